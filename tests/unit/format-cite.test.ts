import { describe, expect, it } from 'vitest';
import type { Analysis, Quote } from '../../src/core/types';
import { fullCitation, markdownCitation, mdEscape, plainCitation } from '../../src/shared/cite';
import { formatDate, formatQuoteForCopy, formatQuotesForCopy } from '../../src/sidebar/format';
import { translator } from '../../src/sidebar/translate';
import de from '../../public/_locales/de/messages.json';

const src = { title: 'Sessions defends policy', siteName: 'Example News', date: 'June 14, 2018', url: 'https://example.com/a' };
const q = { text: 'We will enforce the law', speaker: 'Jeff Sessions', role: 'US Attorney General' };

function analysis(over: Partial<Analysis> = {}): Analysis {
  return {
    url: 'https://example.com/a', title: 'Sessions defends policy', byline: null, siteName: 'Example News',
    published: '2018-06-14', lang: 'en', text: '', quotes: [], sources: [], copyright: [], clutter: [], warnings: [], ...over,
  };
}
const quote = (over: Partial<Quote> = {}): Quote => ({ ...q, kind: 'full', paragraph: 1, ...over });

describe('citation formats', () => {
  it('citation: “…” — Speaker, Role. “Title.” Site, Date. URL', () => {
    expect(fullCitation(q, src)).toBe('“We will enforce the law” — Jeff Sessions, US Attorney General. “Sessions defends policy.” Example News, June 14, 2018. https://example.com/a');
  });

  it('citation keeps the title’s own end punctuation and leaves out missing parts', () => {
    expect(fullCitation(q, { ...src, title: 'Is this the end?', siteName: null, date: null })).toBe(
      '“We will enforce the law” — Jeff Sessions, US Attorney General. “Is this the end?” https://example.com/a',
    );
    expect(fullCitation({ ...q, role: null }, { title: null, siteName: null, date: null, url: null })).toBe('“We will enforce the law” — Jeff Sessions.');
  });

  it('citation without a speaker runs the quote into the source', () => {
    expect(fullCitation({ text: 'Selected words', speaker: null, role: null }, src)).toBe(
      '“Selected words” — “Sessions defends policy.” Example News, June 14, 2018. https://example.com/a',
    );
  });

  it('plain: attribution line, then the source line', () => {
    expect(plainCitation(q, src)).toBe('“We will enforce the law” — Jeff Sessions, US Attorney General\nSessions defends policy, Example News, June 14, 2018. https://example.com/a');
  });

  it('markdown: a blockquote with an attribution line and a link to the article', () => {
    expect(markdownCitation(q, src)).toBe(
      '> We will enforce the law\n>\n> — Jeff Sessions, US Attorney General, [Sessions defends policy](https://example.com/a), Example News, June 14, 2018',
    );
  });

  it('markdown escapes page text and URLs so they render as written', () => {
    const md = markdownCitation({ text: 'a *bold* [claim] <b>', speaker: 'A_B', role: null }, { ...src, title: 'T [x]', url: 'https://e.com/a (1)' });
    expect(md).toBe('> a \\*bold\\* \\[claim\\] \\<b\\>\n>\n> — A\\_B, [T \\[x\\]](https://e.com/a%20%281%29), Example News, June 14, 2018');
    expect(mdEscape('#1 | `x`')).toBe('\\#1 \\| \\`x\\`');
  });
});

describe('formatQuoteForCopy formats and locales', () => {
  it('picks the format', () => {
    const a = analysis();
    expect(formatQuoteForCopy(quote(), a, { format: 'citation' })).toBe(fullCitation(q, src));
    expect(formatQuoteForCopy(quote(), a, { format: 'markdown' })).toBe(markdownCitation(q, src));
    expect(formatQuoteForCopy(quote(), a)).toBe(plainCitation(q, src));
  });

  it('"Copy all" separates quotes with a blank line so Markdown blockquotes stay apart', () => {
    const all = formatQuotesForCopy([quote(), quote({ text: 'Second', speaker: null, role: null })], analysis(), { format: 'markdown' });
    const blocks = all.split('\n\n');
    expect(blocks).toHaveLength(2);
    expect(blocks[1]).toContain('> Second\n>\n> — Unknown speaker,');
  });

  it('localises the unknown speaker and the date', () => {
    const t = translator(de);
    const text = formatQuoteForCopy(quote({ speaker: null, role: null }), analysis(), { format: 'citation', t, locale: 'de' });
    expect(text).toBe('“We will enforce the law” — Unbekannt. “Sessions defends policy.” Example News, 14. Juni 2018. https://example.com/a');
    expect(formatDate('2018-06-14', 'fr')).toBe('14 juin 2018');
    expect(formatDate('2018-06-14', 'not a locale!')).toBe('June 14, 2018');
  });
});
