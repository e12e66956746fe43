import { describe, expect, it } from 'vitest';
import type { Analysis, Quote } from '../../src/core/types';
import {
  formatDate,
  formatQuoteForCopy,
  formatReadingTime,
  originLabel,
  safeHttpUrl,
  sourceKindLabel,
} from '../../src/sidebar/format';

function analysis(over: Partial<Analysis> = {}): Analysis {
  return {
    url: 'https://example.com/news/sessions',
    title: 'Sessions defends policy',
    byline: 'By A. Reporter',
    siteName: 'Example News',
    published: '2018-06-14T20:00:00-04:00',
    lang: 'en',
    text: '',
    quotes: [],
    sources: [],
    copyright: [],
    clutter: [],
    warnings: [],
    ...over,
  };
}

function quote(over: Partial<Quote> = {}): Quote {
  return { text: 'We will enforce the law', speaker: 'Jeff Sessions', role: 'US Attorney General', kind: 'full', paragraph: 3, ...over };
}

describe('formatDate', () => {
  it('formats ISO dates from their written digits, ignoring the time zone', () => {
    expect(formatDate('2018-06-14')).toBe('June 14, 2018');
    expect(formatDate('2018-06-14T23:30:00-04:00')).toBe('June 14, 2018');
    expect(formatDate('2018-06-14T01:00:00Z')).toBe('June 14, 2018');
    expect(formatDate('2020-02-29 10:00')).toBe('February 29, 2020');
  });

  it('shows anything that is not a full ISO date as written', () => {
    expect(formatDate('June 2018')).toBe('June 2018');
    expect(formatDate('Thu, 14 Jun 2018 20:00:00 GMT')).toBe('Thu, 14 Jun 2018 20:00:00 GMT');
    expect(formatDate('2018-13-01')).toBe('2018-13-01');
    expect(formatDate('2019-02-29')).toBe('2019-02-29');
    expect(formatDate('yesterday')).toBe('yesterday');
  });

  it('returns null for missing or blank dates', () => {
    expect(formatDate(null)).toBeNull();
    expect(formatDate(undefined)).toBeNull();
    expect(formatDate('   ')).toBeNull();
  });
});

describe('formatQuoteForCopy', () => {
  it('produces the quote, speaker, role and a full citation line', () => {
    expect(formatQuoteForCopy(quote(), analysis())).toBe(
      '“We will enforce the law” — Jeff Sessions, US Attorney General\n'
        + 'Sessions defends policy, Example News, June 14, 2018. https://example.com/news/sessions',
    );
  });

  it('omits the role when there is none', () => {
    expect(formatQuoteForCopy(quote({ role: null }), analysis()).split('\n')[0]).toBe('“We will enforce the law” — Jeff Sessions');
  });

  it('names an unknown speaker', () => {
    expect(formatQuoteForCopy(quote({ speaker: null, role: null }), analysis()).split('\n')[0]).toBe('“We will enforce the law” — Unknown speaker');
  });

  it('leaves out missing citation parts without stray separators', () => {
    const noSite = formatQuoteForCopy(quote(), analysis({ siteName: null }));
    expect(noSite.split('\n')[1]).toBe('Sessions defends policy, June 14, 2018. https://example.com/news/sessions');
    const noDate = formatQuoteForCopy(quote(), analysis({ published: null }));
    expect(noDate.split('\n')[1]).toBe('Sessions defends policy, Example News. https://example.com/news/sessions');
    const onlyUrl = formatQuoteForCopy(quote(), analysis({ title: '', siteName: null, published: null }));
    expect(onlyUrl.split('\n')[1]).toBe('https://example.com/news/sessions');
    const noUrl = formatQuoteForCopy(quote(), analysis({ url: '' }));
    expect(noUrl.split('\n')[1]).toBe('Sessions defends policy, Example News, June 14, 2018.');
    const nothing = formatQuoteForCopy(quote(), analysis({ title: ' ', siteName: null, published: null, url: '' }));
    expect(nothing).toBe('“We will enforce the law” — Jeff Sessions, US Attorney General');
  });

  it('never doubles punctuation or repeats a site that equals the title', () => {
    const q = formatQuoteForCopy(quote(), analysis({ title: 'Is this the end?', siteName: null, published: null }));
    expect(q.split('\n')[1]).toBe('Is this the end? https://example.com/news/sessions');
    const trailingComma = formatQuoteForCopy(quote(), analysis({ siteName: 'Example News, ', published: null }));
    expect(trailingComma.split('\n')[1]).toBe('Sessions defends policy, Example News. https://example.com/news/sessions');
    const same = formatQuoteForCopy(quote(), analysis({ siteName: 'Sessions defends policy', published: null }));
    expect(same.split('\n')[1]).toBe('Sessions defends policy. https://example.com/news/sessions');
  });

  it('keeps an unparseable date as written', () => {
    const q = formatQuoteForCopy(quote(), analysis({ published: 'Updated 5 hours ago' }));
    expect(q.split('\n')[1]).toBe('Sessions defends policy, Example News, Updated 5 hours ago. https://example.com/news/sessions');
  });

  it('normalises whitespace in page-derived text', () => {
    const q = formatQuoteForCopy(quote({ text: ' We  will\nenforce ', speaker: ' Jeff\tSessions ' }), analysis());
    expect(q.split('\n')[0]).toBe('“We will enforce” — Jeff Sessions, US Attorney General');
  });
});

describe('small formatters', () => {
  it('reading time never says zero', () => {
    expect(formatReadingTime(4)).toBe('4 min read');
    expect(formatReadingTime(0)).toBe('1 min read');
    expect(formatReadingTime(Number.NaN)).toBe('1 min read');
  });

  it('labels', () => {
    expect(sourceKindLabel('wire')).toBe('wire');
    expect(originLabel('json-ld')).toBe('JSON-LD');
    expect(originLabel('license-link')).toBe('licence link');
  });

  it('safeHttpUrl only accepts http(s)', () => {
    expect(safeHttpUrl('https://example.com/a')).toBe('https://example.com/a');
    expect(safeHttpUrl('http://example.com')).toBe('http://example.com/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,hi')).toBeNull();
    expect(safeHttpUrl('/relative')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});
