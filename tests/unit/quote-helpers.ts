import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import { paragraphsOf, type Paragraph } from '../../src/core/paragraphs';
import { extractQuotes } from '../../src/core/quotes';

/** Paragraphs of an article made of the given texts, one <p> each. */
export function paras(...texts: string[]): Paragraph[] {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const { document } = parseHTML(`<html><body><article>${texts.map((t) => `<p>${esc(t)}</p>`).join('')}</article></body></html>`);
  return paragraphsOf(document.querySelector('article')!);
}

/** A table case for speakers: its name, the paragraphs' texts, each wanted quote as [opening words, speaker]. */
export type SpeakerCase = [string, string[], [string, string | null][]];

/** Asserts the article's quotes are exactly the wanted ones, in order: each opens with its words and has its speaker. */
export function expectSpeakers(texts: string[], want: [string, string | null][]): void {
  const got = extractQuotes(paras(...texts)).map((q) => [q.text, q.speaker] as const);
  expect(got).toHaveLength(want.length);
  want.forEach(([start, speaker], i) => {
    expect(got[i]![0].startsWith(start)).toBe(true);
    expect(got[i]![1]).toBe(speaker);
  });
}
