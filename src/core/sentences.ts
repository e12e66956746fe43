/**
 * Sentence bounds in a paragraph's (masked) text: a sentence ends at . ! ? (and a closing mark) before a
 * capital, a digit or an opening mark, unless the dot belongs to an abbreviation or an initial.
 */

/** A sentence end: the terminator and any closing mark, followed by the next sentence's start. */
const SENTENCE_END = /[.!?]["”’»]?(?=\s+(?:["“„«‘(¿¡]|[\p{Lu}\p{N}]))/gu;
/** The text before a dot that makes it an abbreviation (Mr., U.S., an initial), not a sentence end. */
const ABBREV_BEFORE = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Rev|No|vs|Inc|Corp|Co|Ltd|Mt|Ft|Sra|Mme)|\b\p{Lu}|\.\p{Lu})$/u;

/** Start of the sentence holding position at (after the last sentence end before it). */
export function sentenceStart(text: string, at: number): number {
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(text)) !== null && m.index < at) {
    if (!ABBREV_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) start = m.index + m[0].length;
  }
  return start;
}

/** End of the sentence holding position at. */
export function sentenceEnd(text: string, at: number): number {
  SENTENCE_END.lastIndex = at;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(text)) !== null) {
    if (!ABBREV_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) return m.index + m[0].length;
  }
  return text.length;
}
