import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { missingQuoteWarnings } from '../../src/core/quote-coverage';
import { findQuoteSpans } from '../../src/core/quote-marks';

const ARTICLE =
  '<p>The council met on Monday to discuss the new budget for the coming year and its many cuts.</p>' +
  '<p>“We cannot keep every library open with the money we have left,” the mayor said.</p>' +
  '<blockquote><p>“Every child in this city deserves a library within walking distance.”</p></blockquote>' +
  '<p>The vote is expected next week, after a public consultation that has drawn many letters.</p>';

function body(html: string): Element {
  return parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as Element;
}

describe('quote-missing-from-reader warnings', () => {
  const reader = [
    'The council met on Monday to discuss the new budget for the coming year and its many cuts.',
    '“We cannot keep every library open with the money we have left,” the mayor said.',
    'The vote is expected next week, after a public consultation that has drawn many letters.',
  ].join('\n');

  it('names a quote the reader view dropped', () => {
    expect(missingQuoteWarnings(body(`<article>${ARTICLE}</article>`), reader, [])).toEqual([
      'quote-missing-from-reader: Every child in this city deserves a library…',
    ]);
  });

  it('is silent when the reader kept every quote', () => {
    const all = reader + '\n“Every child in this city deserves a library within walking distance.”';
    expect(missingQuoteWarnings(body(`<article>${ARTICLE}</article>`), all, [])).toEqual([]);
  });

  it('ignores navigation, footers, asides, captions, clutter and other stories on the page', () => {
    const page =
      `<article>${ARTICLE.replace(/<blockquote>.*<\/blockquote>/, '')}</article>` +
      '<aside><p>“Read our other story about the park that nobody ever visits anymore.”</p></aside>' +
      '<footer><p>“The best local news in the whole wide region, every day.”</p></footer>' +
      '<div><div><p>“Teaser of another story that the reader rightly left out here.”</p></div></div>';
    expect(missingQuoteWarnings(body(page), reader, [])).toEqual([]);
    const clutter = `<article>${ARTICLE}</article>`;
    expect(missingQuoteWarnings(body(clutter), reader, ['“Every child in this city deserves a library within walking distance.”'])).toEqual([]);
  });
});

/** [name, paragraph text, quoted texts (outer spans, closed)] */
const SPANS: [string, string, string[]][] = [
  ['en: doubled apostrophes close a curly quote', '“It was an attempt to mislead voters,’’ Will Moy said.', ['It was an attempt to mislead voters,']],
  ['en: ``…\'\' typewriter pair', "``Yes we can,'' he said.", ['Yes we can,']],
  ['en: curly closer after a stray space', '“We have seen demand that day, and continue to see ” Mayer said.', ['We have seen demand that day, and continue to see ']],
  ['en: straight closer after a stray space before the writer’s words', '"Who are we as a nation? " she wrote.', ['Who are we as a nation? ']],
  ['de: „…“ and »…«', '„Wir bleiben“, sagte er. »Das ist klar«, fügte er hinzu.', ['Wir bleiben', 'Das ist klar']],
  ['fr: « … » with no-break spaces', '«\u00a0Nous ne céderons rien\u00a0», a-t-elle dit.', [' Nous ne céderons rien ']],
  ['es: «…» and a nested “…”', '«Dijo “basta” y se fue», contó Ana.', ['Dijo “basta” y se fue']],
  ['zh: marks right against Han characters; ‘…’ inside is nested', '他说：“关注点转移到国家‘一带一路’建设。”卢宇说', ['关注点转移到国家‘一带一路’建设。']],
  ['ko: marks right against Hangul', '그는 “잘못인가요”라고 말했다.', ['잘못인가요']],
  ['ja: 「」', '社長は「来年も出す」と述べた。', ['来年も出す']],
];

describe('quotation marks of every convention', () => {
  it.each(SPANS)('%s', (_name, text, expected) => {
    const spans = findQuoteSpans(text).filter((s) => s.depth === 0 && s.closed);
    expect(spans.map((s) => text.slice(s.innerStart, s.innerEnd).replace(/\u00a0/g, ' '))).toEqual(expected);
  });
});
