import type { Paragraph } from './paragraphs';
import type { Quote } from './types';

/** Finds direct quotations in the article's paragraphs and attributes them to speakers. */
export function extractQuotes(paragraphs: Paragraph[]): Quote[] {
  void paragraphs;
  return [];
}
