/**
 * Search, speaker filter and speaker grouping over the sidebar's lists. Pure, so it is unit-tested
 * in Node. Matching ignores case, accents and curly-vs-straight quote marks, the way a reader types.
 */
import type { Quote, Source } from '../core/types';

/** A speaker filter value meaning "quotes with no named speaker". */
export const UNATTRIBUTED = '\u0000unattributed';

/** Lower-cased, accent-free, quote-mark-neutral, whitespace-collapsed text for matching. */
export function fold(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’‚']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Every word of query (whitespace-separated) occurs somewhere in the fields. */
function matches(query: string, fields: (string | null | undefined)[]): boolean {
  const words = fold(query).split(' ').filter(Boolean);
  if (!words.length) return true;
  const hay = fields.map(fold).join('\n');
  return words.every((w) => hay.includes(w));
}

/** Whether a quote matches the search box (its words, speaker or role). */
export function quoteMatches(q: Quote, query: string): boolean {
  return matches(query, [q.text, q.speaker, q.role]);
}

/** Whether a source matches the search box (its name, evidence or link). */
export function sourceMatches(s: Source, query: string): boolean {
  return matches(query, [s.name, s.evidence, s.url]);
}

/** Whether a quote passes the speaker filter ('' = everyone). */
export function speakerMatches(q: Quote, speaker: string): boolean {
  if (!speaker) return true;
  if (speaker === UNATTRIBUTED) return !q.speaker?.trim();
  return q.speaker === speaker;
}

export interface SpeakerGroup {
  /** The speaker's name, or null for unattributed quotes (always last). */
  speaker: string | null;
  /** The first role the article gives this speaker, if any. */
  role: string | null;
  /** Indices into the quote array, in article order. */
  indices: number[];
}

/**
 * Quotes grouped by speaker: each speaker once, in order of their first quote, with their role and
 * all their quotes; unattributed quotes form a last group.
 */
export function groupBySpeaker(quotes: readonly Quote[], keep: (q: Quote) => boolean = () => true): SpeakerGroup[] {
  const groups = new Map<string | null, SpeakerGroup>();
  quotes.forEach((q, i) => {
    if (!keep(q)) return;
    const key = q.speaker?.trim() ? q.speaker : null;
    let g = groups.get(key);
    if (!g) {
      g = { speaker: key, role: null, indices: [] };
      groups.set(key, g);
    }
    g.role ??= q.role?.trim() ? q.role : null;
    g.indices.push(i);
  });
  const named = [...groups.values()].filter((g) => g.speaker !== null);
  const none = groups.get(null);
  return none ? [...named, none] : named;
}
