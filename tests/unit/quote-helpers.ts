import { parseHTML } from 'linkedom';
import { paragraphsOf, type Paragraph } from '../../src/core/paragraphs';

/** Paragraphs of an article made of the given texts, one <p> each. */
export function paras(...texts: string[]): Paragraph[] {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const { document } = parseHTML(`<html><body><article>${texts.map((t) => `<p>${esc(t)}</p>`).join('')}</article></body></html>`);
  return paragraphsOf(document.querySelector('article')!);
}
