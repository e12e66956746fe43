import { describe, expect, it } from 'vitest';
import { LONG_DATE_PATTERNS, longDate } from '../../src/shared/long-date';
import { formatDate } from '../../src/shared/cite';

const INTL_OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };

describe('longDate (Intl-free long dates)', () => {
  it.each(Object.keys(LONG_DATE_PATTERNS))('writes every month as Intl does in %s', (locale) => {
    const intl = new Intl.DateTimeFormat(locale, INTL_OPTIONS);
    for (const [year, day] of [[2018, 1], [1999, 14], [2024, 28]] as const) {
      for (let month = 1; month <= 12; month++) {
        expect(longDate(locale, year, month, day)).toBe(intl.format(new Date(Date.UTC(year, month - 1, day))));
      }
    }
  });

  it('leaves other locales and years below 1000 to Intl', () => {
    expect(longDate('pt-BR', 2018, 6, 14)).toBeNull();
    expect(longDate('en', 999, 6, 14)).toBeNull();
    expect(formatDate('2018-06-14', 'pt-BR')).toBe(new Intl.DateTimeFormat('pt-BR', INTL_OPTIONS).format(new Date(Date.UTC(2018, 5, 14))));
  });
});
