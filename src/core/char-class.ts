/**
 * Character classes by position, for the scans that run over a whole article. A `\p{L}` regex is exact
 * but slow to run across long text in V8 (about ten times a plain range class); these answer ASCII with
 * arithmetic and everything else from a table filled lazily from the same Unicode properties, so the
 * answers are the regex's (`[\p{L}\p{N}]`), at the cost of an array read.
 */

/** Table cell states: not yet asked, a letter, a digit, neither. */
const UNKNOWN = 0;
const LETTER = 1;
const DIGIT = 2;
const OTHER = 3;
const LETTER_RE = /^\p{L}$/u;
const DIGIT_RE = /^\p{N}$/u;
/** One cell per BMP code point above ASCII, filled on first sight. */
let table: Uint8Array | null = null;
/** Astral code points (outside the BMP) seen so far: rare in news text. */
const astral = new Map<number, number>();

function classify(ch: string): number {
  return LETTER_RE.test(ch) ? LETTER : DIGIT_RE.test(ch) ? DIGIT : OTHER;
}

/** The class of the character at i; a surrogate half answers for the pair it belongs to. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return LETTER;
    return c >= 48 && c <= 57 ? DIGIT : OTHER;
  }
  if (c >= 0xd800 && c <= 0xdfff) {
    const at = c >= 0xdc00 ? i - 1 : i;
    const cp = text.codePointAt(at) ?? c;
    if (cp < 0x10000) return OTHER;
    let k = astral.get(cp);
    if (k === undefined) astral.set(cp, (k = classify(String.fromCodePoint(cp))));
    return k;
  }
  table ??= new Uint8Array(65536);
  let k = table[c]!;
  if (k === UNKNOWN) table[c] = k = classify(String.fromCharCode(c));
  return k;
}

/** Whether the character at i is a letter (`\p{L}`); false past the text's ends. */
export function isLetterAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && classAt(text, i) === LETTER;
}

/** Whether the character at i is a letter or a digit (`[\p{L}\p{N}]`): part of a word. */
export function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && classAt(text, i) !== OTHER;
}

/**
 * Lower-case letters and digits only (`text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')`): what two
 * texts are compared by when spacing, marks and punctuation may differ.
 */
export function flattenWords(text: string): string {
  const lower = text.toLowerCase();
  const parts: string[] = [];
  let from = -1;
  for (let i = 0; i <= lower.length; i++) {
    const word = i < lower.length && classAt(lower, i) !== OTHER;
    if (word && from < 0) from = i;
    else if (!word && from >= 0) {
      parts.push(lower.slice(from, i));
      from = -1;
    }
  }
  return parts.length === 1 ? parts[0]! : parts.join('');
}

/** Number of letter-or-digit runs in text, counting a run joined by one of `joiners` as one word. */
export function countWords(text: string, joiners: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (classAt(text, i) !== OTHER) {
      if (!inWord) n++;
      inWord = true;
    } else if (inWord && joiners.includes(text.charAt(i)) && i + 1 < text.length && classAt(text, i + 1) !== OTHER) {
      // "don't", "well-known", "U.S": the joiner keeps the word going.
    } else inWord = false;
  }
  return n;
}
