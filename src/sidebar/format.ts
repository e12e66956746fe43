/**
 * Pure text formatting for the sidebar and the reader header: dates, reading time, labels, the
 * clipboard form of a quote and a URL guard. No DOM, no Preact, so it is unit-tested in Node.
 */
import type { Analysis, ClutterCategory, CopyrightOrigin, Quote, SourceKind } from '../core/types';

/**
 * The UI is English, so dates use one fixed English format ("June 14, 2018") whatever the page's
 * language: the sidebar and the copied citation then read consistently.
 */
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** A leading calendar date in ISO 8601 form ("2018-06-14", "2018-06-14T20:00:00-04:00"). */
const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

/** Sentence-ending punctuation after which the citation line adds no extra full stop. */
const ENDS_SENTENCE = /[.!?…]["”’)]*$/;

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

/**
 * Formats a published date readably ("June 14, 2018"). Only ISO calendar dates are reformatted, and
 * from their written digits rather than through a time zone: "2018-06-14T22:00-04:00" is June 14 where
 * the article was written even though it is June 15 in UTC. Anything else is shown as written, since
 * guessing ("June 2018" parsed as June 1) would invent precision the page does not give.
 */
export function formatDate(published: string | null | undefined): string | null {
  const raw = published?.trim();
  if (!raw) return null;
  const m = ISO_DATE.exec(raw);
  if (!m) return raw;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return raw;
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** "4 min read"; never less than one minute, so a short page does not claim "0 min read". */
export function formatReadingTime(minutes: number): string {
  const n = Number.isFinite(minutes) ? Math.max(1, Math.round(minutes)) : 1;
  return `${n} min read`;
}

/** Short visible label for a source kind. */
export function sourceKindLabel(kind: SourceKind): string {
  return SOURCE_KIND_LABELS[kind] ?? String(kind);
}

/** Short visible label for where a copyright note was found. */
export function originLabel(origin: CopyrightOrigin): string {
  return ORIGIN_LABELS[origin] ?? String(origin);
}

/** Human name of a clutter category. */
export function clutterLabel(category: ClutterCategory): string {
  return CLUTTER_LABELS[category] ?? String(category);
}

/** "3 items" / "1 item": the sidebar counts are small, so plain English plurals suffice. */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
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

/**
 * The clipboard form of a quote: the quote with its speaker and role, then a citation line
 * "Title, Site, June 14, 2018. https://…". Missing parts are left out without stray separators.
 */
export function formatQuoteForCopy(quote: Quote, analysis: Analysis): string {
  const speaker = clean(quote.speaker) ?? 'Unknown speaker';
  const role = clean(quote.role);
  const first = `“${clean(quote.text) ?? ''}” — ${speaker}${role ? `, ${role}` : ''}`;

  const title = clean(analysis.title);
  const site = clean(analysis.siteName);
  const parts = [title, site && site !== title ? site : null, formatDate(analysis.published)]
    .filter((p): p is string => !!p)
    .map((p) => p.replace(/[\s,;:]+$/, ''))
    .filter((p) => p.length > 0);
  let citation = parts.join(', ');
  if (citation && !ENDS_SENTENCE.test(citation)) citation += '.';
  const url = clean(analysis.url);
  const second = [citation, url].filter((p) => !!p).join(' ');
  return second ? `${first}\n${second}` : first;
}

/** Collapses whitespace; empty becomes null. */
function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}
