/**
 * The common-word test the name finder asks at each sentence's start: whether a capitalised word also
 * appears in lower case in the article ("Officials said" vs "Sessions said").
 */
import { isLetterAt } from './char-class';

/** Fewest buckets in the table of a short text. */
const MIN_BUCKETS = 1024;
/** Most buckets in the table of a long text: a few thousand distinct words keep shared buckets rare. */
const MAX_BUCKETS = 1 << 18;

/**
 * Whether a word appears in lower case somewhere in text: that tells "Officials said" (a common word
 * capitalised at a sentence's start) from "Sessions said" (a name). On the first question the text's
 * letter runs that do not start with an ASCII capital are hashed, without building any string, into a
 * table that keeps the first run of each bucket: a word whose bucket is empty appears nowhere (most names),
 * one equal to its bucket's run is there (most common words); only when another word shares the bucket is
 * the text searched. Answers are memoised.
 */
export function commonWordTest(text: string): (lower: string) => boolean {
  let table: Int32Array | null = null;
  const memo = new Map<string, boolean>();
  return (w: string): boolean => {
    let known = memo.get(w);
    if (known !== undefined) return known;
    if (!lettersOnly(w)) known = occursAsWord(text, w);
    else if (isAsciiUpper(w.charCodeAt(0))) known = false;
    else {
      table ??= lowerRunTable(text);
      const at = table[bucketOf(hashOf(w), table.length)]!;
      if (at < 0) known = false;
      else if (text.startsWith(w, at) && !isLetterAt(text, at + w.length)) known = true;
      else known = occursAsWord(text, w);
    }
    memo.set(w, known);
    return known;
  };
}

/** Whether w occurs in text with no letter right before or after it. */
function occursAsWord(text: string, w: string): boolean {
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
    if (!isLetterAt(text, i - 1) && !isLetterAt(text, i + w.length)) return true;
  }
  return false;
}

function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function lettersOnly(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (!isLetterAt(w, i)) return false;
  return w.length > 0;
}

/** A 32-bit hash of w by UTF-16 code unit, the same lowerRunTable computes for a run. */
function hashOf(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
}

function bucketOf(h: number, size: number): number {
  return (h ^ (h >>> 15)) & (size - 1);
}

/**
 * For each hash bucket, the offset of the first letter run in text that falls in it and does not start
 * with an ASCII capital (only those can equal a lower-cased word), or -1.
 */
function lowerRunTable(text: string): Int32Array {
  let size = MIN_BUCKETS;
  while (size < text.length && size < MAX_BUCKETS) size *= 2;
  const table = new Int32Array(size).fill(-1);
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    // ASCII answered inline: most characters of any text.
    if (c < 128 ? !((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) : !isLetterAt(text, i)) {
      i++;
      continue;
    }
    const from = i;
    // A run that starts with an ASCII capital is only skipped over, not hashed.
    const kept = !isAsciiUpper(c);
    let h = 0;
    do {
      if (kept) h = (Math.imul(h, 31) + c) | 0;
      if (++i >= n) break;
      c = text.charCodeAt(i);
    } while (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : isLetterAt(text, i));
    if (kept) {
      const b = bucketOf(h, size);
      if (table[b]! < 0) table[b] = from;
    }
  }
  return table;
}
