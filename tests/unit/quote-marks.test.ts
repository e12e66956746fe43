import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/core/quote-marks';

/** Outer quoted texts of a paragraph; "…+" marks a quote left open at the paragraph's end. */
function outer(text: string): string[] {
  return findQuoteSpans(text)
    .filter((s) => s.depth === 0)
    .map((s) => text.slice(s.innerStart, s.innerEnd) + (s.closed ? '' : '+'));
}

const CASES: [string, string, string[]][] = [
  ['straight double', 'He said "we will go" and left.', ['we will go']],
  ['curly double', '“We will go,” he said. “Now.”', ['We will go,', 'Now.']],
  ['single curly as primary', '‘We will go,’ he said.', ['We will go,']],
  ['nested: outer only', '“He told me ‘no way’ twice,” she said.', ['He told me ‘no way’ twice,']],
  ['apostrophes inside', '“Jones’ dog doesn’t bark in the ’90s,” he said.', ['Jones’ dog doesn’t bark in the ’90s,']],
  ['inch marks are not quotes', 'He is 6\'2" tall and said "fine by me" later.', ['fine by me']],
  ['French guillemets with no-break spaces', '« Nous irons\u00a0», a déclaré le ministre.', [' Nous irons\u00a0']],
  ['French guillemets tight', '«Pour certains on est très interrogatif», a ajouté Laurent Fabius.', ['Pour certains on est très interrogatif']],
  ['German „ “', '„Wir schaffen das“, sagte Merkel.', ['Wir schaffen das']],
  ['Polish-style „ ”', '„Idziemy”, powiedział.', ['Idziemy']],
  ['German » «', '»Wir kommen«, sagte er.', ['Wir kommen']],
  ['Japanese corners', '彼は「行きます」と言った。', ['行きます']],
  ['Spanish «»', '«Vamos a ganar», dijo el presidente.', ['Vamos a ganar']],
  ['run-on quote left open', '"If you are smuggling a child, we will prosecute you.', ['If you are smuggling a child, we will prosecute you.+']],
  ['possessive is no closer', 'The boys\' toys were "quite old" indeed.', ['quite old']],
  ['one » closes a nested and its outer quote at the paragraph end', 'Она сказала: «Я говорю себе: «Да ладно!»', ['Я говорю себе: «Да ладно!»']],
  ['ru: a dash interruption splits the quote', '«Это ужасно, – сказала она. — Я борюсь с собой».', ['Это ужасно,', 'Я борюсь с собой']],
  ['a dash inside a quote without a resuming dash is no interruption', '«Стареть публично – это ужасно, – сказала она».', ['Стареть публично – это ужасно, – сказала она']],
];

describe('findQuoteSpans', () => {
  it.each(CASES)('%s', (_name, text, expected) => {
    expect(outer(text)).toEqual(expected);
  });
});
