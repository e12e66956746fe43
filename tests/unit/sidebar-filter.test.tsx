import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/types';
import { DEFAULT_READER_PREFS, clampPref, validateReaderPrefs } from '../../src/shared/reader-prefs';
import { fold, groupBySpeaker, quoteMatches, sourceMatches, speakerMatches, UNATTRIBUTED } from '../../src/sidebar/filter';
import { translator } from '../../src/sidebar/translate';

const q = (text: string, speaker: string | null, role: string | null = null): Quote => ({ text, speaker, role, kind: 'full', paragraph: 1 });
const quotes = [q('We act', 'Ann Lee', 'Mayor'), q('Not me', null), q('“Café” now', 'Bob'), q('Again we act', 'Ann Lee', null), q('Who?', null)];

describe('search and filters', () => {
  it('folds case, accents, quote marks and spaces', () => {
    expect(fold('  “Café”\n’s ')).toBe('"cafe" \'s');
  });

  it('every word of the query must match the text, speaker or role', () => {
    expect(quotes.filter((x) => quoteMatches(x, 'cafe')).map((x) => x.speaker)).toEqual(['Bob']);
    expect(quotes.filter((x) => quoteMatches(x, 'act ann')).length).toBe(2);
    expect(quotes.filter((x) => quoteMatches(x, 'mayor')).length).toBe(1);
    expect(quotes.filter((x) => quoteMatches(x, '  ')).length).toBe(quotes.length);
    expect(sourceMatches({ name: 'Reuters', kind: 'wire', evidence: 'according to Reuters', url: null }, 'ACCORDING')).toBe(true);
    expect(sourceMatches({ name: 'Reuters', kind: 'wire', evidence: '', url: 'https://x.org/y' }, 'x.org')).toBe(true);
    expect(sourceMatches({ name: 'Reuters', kind: 'wire', evidence: '', url: null }, 'ap')).toBe(false);
  });

  it('speaker filter: everyone, one name, or the unattributed', () => {
    expect(quotes.filter((x) => speakerMatches(x, '')).length).toBe(5);
    expect(quotes.filter((x) => speakerMatches(x, 'Ann Lee')).length).toBe(2);
    expect(quotes.filter((x) => speakerMatches(x, UNATTRIBUTED)).map((x) => x.text)).toEqual(['Not me', 'Who?']);
  });

  it('groups each speaker once, in order of first quote, with the first role given, unattributed last', () => {
    expect(groupBySpeaker(quotes)).toEqual([
      { speaker: 'Ann Lee', role: 'Mayor', indices: [0, 3] },
      { speaker: 'Bob', role: null, indices: [2] },
      { speaker: null, role: null, indices: [1, 4] },
    ]);
    expect(groupBySpeaker(quotes, (x) => x.text.includes('act'))).toEqual([{ speaker: 'Ann Lee', role: 'Mayor', indices: [0, 3] }]);
  });
});

describe('reader preferences', () => {
  it('defaults for anything missing or invalid, clamps numbers', () => {
    expect(validateReaderPrefs(undefined)).toEqual(DEFAULT_READER_PREFS);
    expect(validateReaderPrefs({ theme: 'neon', font: 'comic', fontSize: 'big', copyFormat: 'rtf', groupBySpeaker: 'yes' })).toEqual(DEFAULT_READER_PREFS);
    const p = validateReaderPrefs({ theme: 'sepia', font: 'sans', fontSize: 99, width: 10, lineHeight: 1.55, sidebarWidth: 500.4, copyFormat: 'markdown', groupBySpeaker: true });
    expect(p).toEqual({ theme: 'sepia', font: 'sans', fontSize: 32, width: 480, lineHeight: 1.6, sidebarWidth: 500, copyFormat: 'markdown', groupBySpeaker: true });
    expect(clampPref('lineHeight', 1.2 + 0.2)).toBe(1.4);
  });
});

describe('translator', () => {
  it('fills $1…$9, keeps $$ as $, and shows unknown keys as themselves', () => {
    const t = translator({ a: { message: '$1 of $2 ($$)' }, b: { message: 'plain' } });
    expect(t('a', ['3', '7'])).toBe('3 of 7 ($)');
    expect(t('a', '3')).toBe('3 of  ($)');
    expect(t('b')).toBe('plain');
    expect(t('missing')).toBe('missing');
  });
});
