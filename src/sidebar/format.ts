/**
 * Pure text formatting for the sidebar and the reader header: dates, reading time, labels, the
 * clipboard forms of a quote and a URL guard. No DOM, no Preact, so it is unit-tested in Node.
 * Every function that shows words takes the UI translator; without one it speaks English (the CLI
 * shape and the unit tests rely on that).
 */
import type { Analysis, ClutterCategory, CopyrightOrigin, Quote, SourceKind } from '../core/types';
import { fullCitation, markdownCitation, plainCitation, type CiteQuote, type CiteSource } from '../shared/cite';
import type { CopyFormat } from '../shared/reader-prefs';
import type { Translate } from './types';

/** A leading calendar date in ISO 8601 form ("2018-06-14", "2018-06-14T20:00:00-04:00"). */
const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  person: 'person',
  organization: 'organization',
  wire: 'wire',
  outlet: 'outlet',
  document: 'document',
  link: 'link',
};

const ORIGIN_LABELS: Record<CopyrightOrigin, string> = {
  visible: 'visible',
  meta: 'meta',
  'json-ld': 'JSON-LD',
  'license-link': 'licence link',
  'image-credit': 'image credit',
};

const CLUTTER_LABELS: Record<ClutterCategory, string> = {
  'open-in-app': 'Open in app',
  'app-banner': 'App banner',
  'push-prompt': 'Push prompt',
  newsletter: 'Newsletter',
};

/** _locales keys may hold only [A-Za-z0-9_]: "json-ld" → "json_ld". */
export function messageKey(prefix: string, value: string): string {
  return `${prefix}_${value.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/**
 * Formats a published date readably in the UI language ("June 14, 2018", "14. Juni 2018"). Only ISO
 * calendar dates are reformatted, and from their written digits in UTC rather than through a time
 * zone: "2018-06-14T22:00-04:00" is June 14 where the article was written even though it is June 15
 * in UTC. Anything else is shown as written, since guessing ("June 2018" parsed as June 1) would
 * invent precision the page does not give.
 */
export function formatDate(published: string | null | undefined, locale = 'en-US'): string | null {
  const raw = published?.trim();
  if (!raw) return null;
  const m = ISO_DATE.exec(raw);
  if (!m) return raw;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return raw;
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat(locale, opts);
  } catch {
    fmt = new Intl.DateTimeFormat('en-US', opts);
  }
  return fmt.format(new Date(Date.UTC(year, month - 1, day)));
}

/** "4 min read"; never less than one minute, so a short page does not claim "0 min read". */
export function formatReadingTime(minutes: number, t?: Translate): string {
  const n = Number.isFinite(minutes) ? Math.max(1, Math.round(minutes)) : 1;
  return t ? t('readingTime', String(n)) : `${n} min read`;
}

/** Short visible label for a source kind. */
export function sourceKindLabel(kind: SourceKind, t?: Translate): string {
  return t ? t(messageKey('sourceKind', kind)) : SOURCE_KIND_LABELS[kind] ?? String(kind);
}

/** Short visible label for where a copyright note was found. */
export function originLabel(origin: CopyrightOrigin, t?: Translate): string {
  return t ? t(messageKey('origin', origin)) : ORIGIN_LABELS[origin] ?? String(origin);
}

/** Human name of a clutter category. */
export function clutterLabel(category: ClutterCategory, t?: Translate): string {
  return t ? t(messageKey('clutter', category)) : CLUTTER_LABELS[category] ?? String(category);
}

/**
 * Returns url only when it is an absolute http(s) URL. Page-derived links are untrusted: a
 * `javascript:` or `data:` href in the sidebar would run in or navigate from the reader's page.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The article as a citation source, its date in the UI language. */
export function citeSource(analysis: Analysis, locale?: string): CiteSource {
  return { title: analysis.title, siteName: analysis.siteName, date: formatDate(analysis.published, locale), url: analysis.url };
}

/** A quote for citing; an unnamed speaker reads "Unknown speaker" (localised when t is given). */
function citeQuote(quote: Quote, t?: Translate): CiteQuote {
  const speaker = quote.speaker?.trim() ? quote.speaker : t ? t('unknownSpeaker') : 'Unknown speaker';
  return { text: quote.text, speaker, role: quote.role };
}

export interface CopyOptions {
  format?: CopyFormat;
  t?: Translate;
  locale?: string;
}

/**
 * The clipboard form of a quote. plain (the default): "“quote” — Speaker, role" then a line
 * "Title, Site, June 14, 2018. https://…"; citation: one line "“…” — Speaker, Role. “Title.” Site,
 * Date. URL"; markdown: a blockquote with an attribution line. Missing parts are left out without
 * stray separators.
 */
export function formatQuoteForCopy(quote: Quote, analysis: Analysis, opts: CopyOptions = {}): string {
  const q = citeQuote(quote, opts.t);
  const src = citeSource(analysis, opts.locale);
  switch (opts.format ?? 'plain') {
    case 'citation':
      return fullCitation(q, src);
    case 'markdown':
      return markdownCitation(q, src);
    default:
      return plainCitation(q, src);
  }
}

/** Every given quote in one format, separated by blank lines (so Markdown keeps them apart). */
export function formatQuotesForCopy(quotes: readonly Quote[], analysis: Analysis, opts: CopyOptions = {}): string {
  return quotes.map((q) => formatQuoteForCopy(q, analysis, opts)).join('\n\n');
}
