import { describe, expect, it } from 'vitest';
import { countWords, flattenWords, isLetterAt, isWordAt } from '../../src/core/char-class';

/** The table-driven scans must answer exactly as the Unicode-property regexes they replace. */
const SAMPLES = [
  "Hello, world! don't U.S. well-known a--b",
  'İstanbul ÉCOLE straße ß 123 ٣٤ 中文字 한국어 नमस्ते',
  "'a' -b- .c. x' 𠀀x 🔥🔥 Great 🔥",
  'Прощай, «мир» — привет',
  '',
];
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

describe('char-class', () => {
  it.each(SAMPLES)('flattenWords matches the regex: %s', (s) => {
    expect(flattenWords(s)).toBe(s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));
  });
  it.each(SAMPLES)('countWords matches the regex: %s', (s) => {
    expect(countWords(s, "'’.-")).toBe((s.match(WORD) ?? []).length);
  });
  it('classifies letters, digits and astral letters by position', () => {
    const s = 'a1 é𠀀🔥';
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => isLetterAt(s, i))).toEqual([true, false, false, true, true, true, false, false]);
    expect([0, 1, 2].map((i) => isWordAt(s, i))).toEqual([true, true, false]);
    expect(isLetterAt(s, -1)).toBe(false);
    expect(isLetterAt(s, 99)).toBe(false);
  });
});
