import type { LinkRef, Paragraph } from './paragraphs';
import type { Source } from './types';

/** Lists who and what the article relies on. */
export function extractSources(paragraphs: Paragraph[], links: LinkRef[]): Source[] {
  void paragraphs;
  void links;
  return [];
}
