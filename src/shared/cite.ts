/**
 * Pure citation text for a quote: the three copy formats the sidebar offers and the context menu's
 * "Copy as quote with citation". No DOM and no browser API, so the background, the sidebar and the
 * unit tests share one implementation.
 */
import { longDate } from './long-date';

/** Where a quote comes from; every field may be missing on a real page. */
export interface CiteSource {
  title: string | null;
  siteName: string | null;
  /** Already formatted for display ("June 14, 2018"), or null. */
  date: string | null;
  url: string | null;
}

export interface CiteQuote {
  text: string;
  /** Display name; callers substitute a localised "Unknown speaker" when the article names no one. */
  speaker: string | null;
  role: string | null;
}

/** A leading calendar date in ISO 8601 form ("2018-06-14", "2018-06-14T20:00:00-04:00"). */
const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
/** Sentence-ending punctuation after which a citation adds no extra full stop. */
const ENDS_SENTENCE = /[.!?…]["”’)]*$/;
/** Characters with meaning in Markdown inline text (escaped in page-derived strings). */
const MD_SPECIAL = /[\\`*_[\]<>#|~]/g;

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
  return longDate(locale, year, month, day) ?? dateFormat(locale).format(new Date(Date.UTC(year, month - 1, day)));
}

const DATE_OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
/** Formatters are costly to build (milliseconds each, cold) and the sidebar formats on every render. */
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string): Intl.DateTimeFormat {
  let fmt = formats.get(locale);
  if (!fmt) {
    try {
      fmt = new Intl.DateTimeFormat(locale, DATE_OPTIONS);
    } catch {
      fmt = new Intl.DateTimeFormat('en-US', DATE_OPTIONS);
    }
    formats.set(locale, fmt);
  }
  return fmt;
}

/** Collapses whitespace; empty becomes null. */
export function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** Ends s with a full stop unless it already ends a sentence. */
function stop(s: string): string {
  return ENDS_SENTENCE.test(s) ? s : `${s}.`;
}

/** Title, site (unless it repeats the title) and date, trimmed of trailing separators. */
function citeParts(src: CiteSource): { title: string | null; rest: string[] } {
  const title = clean(src.title)?.replace(/[\s,;:]+$/, '') || null;
  const site = clean(src.siteName);
  const rest = [site && site !== clean(src.title) ? site : null, clean(src.date)]
    .filter((p): p is string => !!p)
    .map((p) => p.replace(/[\s,;:]+$/, ''))
    .filter((p) => p.length > 0);
  return { title, rest };
}

/** "“text” — Speaker, Role" (the speaker part left out when there is none). */
export function attributionLine(q: CiteQuote): string {
  const speaker = clean(q.speaker);
  const role = clean(q.role);
  const who = speaker ? ` — ${speaker}${role ? `, ${role}` : ''}` : '';
  return `“${clean(q.text) ?? ''}”${who}`;
}

/** "Title, Site, June 14, 2018. https://…": the plain format's second line. */
export function sourceLine(src: CiteSource): string {
  const { title, rest } = citeParts(src);
  let line = [title, ...rest].filter((p): p is string => !!p).join(', ');
  if (line) line = stop(line);
  return [line, clean(src.url)].filter((p) => !!p).join(' ');
}

/** Plain: the attribution line, then the source line (when there is one). */
export function plainCitation(q: CiteQuote, src: CiteSource): string {
  const second = sourceLine(src);
  return second ? `${attributionLine(q)}\n${second}` : attributionLine(q);
}

/** One line: “…” — Speaker, Role. “Title.” Site, Date. URL */
export function fullCitation(q: CiteQuote, src: CiteSource): string {
  const { title, rest } = citeParts(src);
  // Without a speaker the quote runs straight into the source: “…” — “Title.” Site…
  const parts = [clean(q.speaker) ? stop(attributionLine(q)) : `${attributionLine(q)} —`];
  if (title) parts.push(`“${stop(title)}”`);
  if (rest.length) parts.push(stop(rest.join(', ')));
  const url = clean(src.url);
  if (url) parts.push(url);
  return parts.join(' ');
}

/** Escapes Markdown syntax in page-derived text so it renders as written. */
export function mdEscape(s: string): string {
  return s.replace(MD_SPECIAL, (c) => `\\${c}`);
}

/** A URL safe inside Markdown link parentheses. */
function mdUrl(url: string): string {
  // encodeURIComponent leaves parentheses alone, and a ")" would end the Markdown link.
  return url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A Markdown blockquote with an attribution line: "> text\n>\n> — Speaker, Role, [Title](url), Site, Date". */
export function markdownCitation(q: CiteQuote, src: CiteSource): string {
  const { title, rest } = citeParts(src);
  const url = clean(src.url);
  const speaker = clean(q.speaker);
  const role = clean(q.role);
  const who = speaker ? [mdEscape(speaker), role ? mdEscape(role) : null].filter(Boolean).join(', ') : null;
  const link = title ? (url ? `[${mdEscape(title)}](${mdUrl(url)})` : `*${mdEscape(title)}*`) : url ? `<${mdUrl(url)}>` : null;
  const tail = [who, link, ...rest.map(mdEscape)].filter((p): p is string => !!p).join(', ');
  const body = `> ${mdEscape(clean(q.text) ?? '')}`;
  return tail ? `${body}\n>\n> — ${tail}` : body;
}
