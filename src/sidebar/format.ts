/**
 * Pure text formatting for the sidebar and the reader header: dates, reading time, labels, the
 * clipboard forms of a quote and a URL guard. No DOM, no Preact, so it is unit-tested in Node.
 * Every function that shows words takes the UI translator; without one it speaks English (the CLI
 * shape and the unit tests rely on that).
 */
import type { Analysis, ClutterCategory, CopyrightOrigin, Quote, SourceKind } from '../core/types';
import { formatDate, fullCitation, markdownCitation, plainCitation, type CiteQuote, type CiteSource } from '../shared/cite';

export { formatDate };
import type { CopyFormat } from '../shared/reader-prefs';
import type { Translate } from './types';

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
