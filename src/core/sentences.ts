/**
 * Sentence bounds in a paragraph's (masked) text: a sentence ends at . ! ? (and a closing mark) before a
 * capital, a digit or an opening mark, unless the dot belongs to an abbreviation or an initial.
 */

/** A sentence end: the terminator and any closing mark, followed by the next sentence's start. */
const SENTENCE_END = /[.!?]["”’»]?(?=\s+(?:["“„«‘(¿¡]|[\p{Lu}\p{N}]))/gu;
/** The text before a dot that makes it an abbreviation (Mr., U.S., an initial), not a sentence end. */
const ABBREV_BEFORE = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Rev|No|vs|Inc|Corp|Co|Ltd|Mt|Ft|Sra|Mme|Jan|Feb|Aug|Sept|Oct|Nov|Dec)|\b\p{Lu}|\.\p{Lu})$/u;

/** Recently split texts: the extractors ask about the same paragraph many times in a row. */
const CACHE_SIZE = 4;
const cache: { text: string; ends: number[] }[] = [];

/** Offsets just past each sentence end in text, ascending; computed once per text. */
function sentenceEnds(text: string): number[] {
  for (const c of cache) if (c.text === text) return c.ends;
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(text)) !== null) {
    if (!ABBREV_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) ends.push(m.index + m[0].length);
  }
  cache.unshift({ text, ends });
  if (cache.length > CACHE_SIZE) cache.pop();
  return ends;
}

/** Index of the first end greater than at (binary search). */
function firstEndAfter(ends: number[], at: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start of the sentence holding position at (just past the last sentence end at or before it). */
export function sentenceStart(text: string, at: number): number {
  const ends = sentenceEnds(text);
  const i = firstEndAfter(ends, at);
  return i > 0 ? ends[i - 1]! : 0;
}

/** End of the sentence holding position at (just past its terminator), or the text's length. */
export function sentenceEnd(text: string, at: number): number {
  const ends = sentenceEnds(text);
  // An end is found by its terminator's index < at in the old scan; ends[] hold index + length, so > at.
  const i = firstEndAfter(ends, at);
  return i < ends.length ? ends[i]! : text.length;
}
