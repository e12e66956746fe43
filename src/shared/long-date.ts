/**
 * Long calendar dates ("June 14, 2018") in the UI languages Sidenote ships, without Intl. The first
 * Intl formatter in a page's renderer loads ICU's date data: 15–50 ms measured in Chromium (any
 * formatter, once per page), and the reader's byline shows a date in the first open's first render.
 * Other locales, and years Intl reads differently (below 1000), still go through Intl. A unit test keeps
 * these tables equal to Intl's output for every month and locale listed.
 */

const split = (names: string): readonly string[] => names.split(' ');

const MONTHS = {
  en: split('January February March April May June July August September October November December'),
  de: split('Januar Februar März April Mai Juni Juli August September Oktober November Dezember'),
  fr: split('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
  es: split('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'),
};

type Pattern = (year: number, month: number, day: number) => string;

const monthDayYear = (names: readonly string[]): Pattern => (y, m, d) => `${names[m - 1]} ${d}, ${y}`;
const dayMonthYear = (names: readonly string[]): Pattern => (y, m, d) => `${d} ${names[m - 1]} ${y}`;
const german: Pattern = (y, m, d) => `${d}. ${MONTHS.de[m - 1]} ${y}`;
const spanish: Pattern = (y, m, d) => `${d} de ${MONTHS.es[m - 1]} de ${y}`;

/** Locale tags as browsers report the UI language, and their long date pattern (CLDR's). */
export const LONG_DATE_PATTERNS: Readonly<Record<string, Pattern>> = {
  en: monthDayYear(MONTHS.en),
  'en-US': monthDayYear(MONTHS.en),
  'en-GB': dayMonthYear(MONTHS.en),
  de: german,
  'de-DE': german,
  fr: dayMonthYear(MONTHS.fr),
  'fr-FR': dayMonthYear(MONTHS.fr),
  es: spanish,
  'es-ES': spanish,
};

/**
 * The long date for a valid calendar date (month 1–12) in locale, as Intl would write it; null when
 * the locale (or the year) is not covered here and Intl has to do it.
 */
export function longDate(locale: string, year: number, month: number, day: number): string | null {
  const pattern = LONG_DATE_PATTERNS[locale];
  return pattern && year >= 1000 ? pattern(year, month, day) : null;
}
