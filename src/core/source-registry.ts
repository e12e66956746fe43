/**
 * The sources found so far and what the story tells about names: full names by surname ("Sessions" →
 * "Jeff Sessions"), organisations (for "the group said"), and the merging of mentions into one entry each.
 */
import type { Paragraph } from './paragraphs';
import { affiliationsIn } from './source-cues';
import { looksLikeOrganization, nameAfter, namesIn, surnameOf } from './source-names';
import type { Source, SourceKind } from './types';
import { canonicalWire, isOutlet, isWire } from './wire-services';

/** How far back (in paragraphs) "the group said" may reach for the group's name. */
const ANAPHOR_REACH = 6;
/** A source named by its noun alone ("the report", "the commission"): the noun, for merging into the one named before. */
const VAGUE = /^(?:[Tt]he|[Tt]his|[Tt]hat|[Ll][ea]|[Ll]['’]|[Ee]l|[Dd]er|[Dd]ie|[Dd]as)\s*(?:\p{Ll}+\s+){0,2}([\p{L}-]+)$/u;

/** One piece of evidence for a source, before it is merged into the source's entry. */
export interface Mention {
  name: string;
  kind: SourceKind;
  evidence: string;
  paragraph: number;
}

/** What one extraction run knows: names by surname, organisations, paragraph texts, sources so far. */
export interface Context {
  /** Full names seen anywhere in the story, by surname. */
  fullBySurname: Map<string, string>;
  /** Organisations named in the story. */
  orgs: Set<string>;
  /** Each paragraph's text (credits blanked), by paragraph number: where "the group" looks back. */
  texts: Map<number, string>;
  sources: Map<string, Source>;
  order: Source[];
}

/** First pass: full names for surname lookup, and organisations for "the group" lookup. */
export function prepare(body: Paragraph[], texts: Map<number, string>): Context {
  const ctx: Context = { fullBySurname: new Map(), orgs: new Set(), texts, sources: new Map(), order: [] };
  const orgNames = ctx.orgs;
  for (const p of body) {
    const text = texts.get(p.index) ?? '';
    for (const n of namesIn(text)) {
      if (looksLikeOrganization(n) || isOutlet(n) || isWire(n)) orgNames.add(n);
      else if (!ctx.fullBySurname.has(surnameOf(n))) ctx.fullBySurname.set(surnameOf(n), n);
    }
    for (const at of affiliationsIn(text)) {
      const org = nameAfter(text.slice(at));
      // "attorney for John Smith" names a client: only organisation-like or long, initial-free names count.
      if (org && (looksLikeOrganization(org) || (org.split(' ').length >= 3 && !/\b\p{Lu}\.(?:\s|$)/u.test(org)))) orgNames.add(org);
    }
  }
  return ctx;
}

/** A lone surname becomes the full name the story introduced ("Sessions" → "Jeff Sessions"). */
export function resolve(name: string, ctx: Context): string {
  if (!name.includes(' ')) return ctx.fullBySurname.get(name) ?? name;
  return name;
}

/** A source's kind: an outlet by name, else the hint, else an organisation when the story names it as one. */
export function kindOf(name: string, ctx: Context, hint: SourceKind | null): SourceKind {
  if (isOutlet(name) || isWire(name)) return 'outlet';
  if (hint) return hint;
  if (ctx.orgs.has(name) || looksLikeOrganization(name)) return 'organization';
  return 'person';
}

/** Agencies by their usual name; outlets keep a leading "The" when the story writes it ("The New York Times"). */
export function canonicalOutlet(name: string, written: string): string {
  if (isWire(name)) return canonicalWire(name);
  return written.startsWith(`The ${name}`) ? `The ${name}` : name;
}

/**
 * The organisation mentioned last before (paragraph, offset), within a few paragraphs. Looked up only
 * for an anaphor ("the group said"), in the few paragraphs it may reach, not indexed for every story.
 */
export function nearestOrg(paragraph: number, offset: number, ctx: Context): string | null {
  for (let p = paragraph; p >= paragraph - ANAPHOR_REACH; p--) {
    const text = ctx.texts.get(p);
    if (text === undefined || (p === paragraph && offset === 0)) continue;
    let best: string | null = null;
    let bestAt = -1;
    for (const name of ctx.orgs) {
      const at = text.lastIndexOf(name, p === paragraph ? offset - 1 : text.length);
      if (at > bestAt) {
        best = name;
        bestAt = at;
      }
    }
    if (best) return best;
  }
  return null;
}

/** The key a source is merged by: case, a leading article and an agency's spelling ("AP") do not count. */
function keyOf(name: string): string {
  return (isWire(name) ? canonicalWire(name) : name).toLowerCase().replace(/^(?:the|a|an)\s+/, '');
}

/** Adds a mention, merging it into an existing entry of the same name (or whose surname it is). */
export function add(ctx: Context, m: Mention): void {
  if (!m.name || m.name.length < 2) return;
  const key = keyOf(m.name);
  const lower = m.name.toLowerCase();
  let existing = ctx.sources.get(key);
  if (!existing && !m.name.includes(' ')) existing = ctx.order.find((s) => s.kind === 'person' && surnameOf(s.name) === m.name);
  // "the report" after a named report is that report again; "the commission" the commission named before.
  const vague = VAGUE.exec(m.name)?.[1]?.toLowerCase();
  if (!existing && vague) existing = ctx.order.find((s) => s.kind !== 'link' && s.name.toLowerCase().endsWith(` ${vague}`));
  // "data from the Census Bureau" and "Census Bureau" in one paragraph are one source.
  if (!existing) existing = ctx.order.find((s) => s.paragraph === m.paragraph && s.kind !== 'link' && (lower.endsWith(` ${s.name.toLowerCase()}`) || s.name.toLowerCase().endsWith(` ${lower}`)));
  if (existing) {
    // Two patterns reading the same phrase ("A … survey found") are one mention, not two.
    const same = existing.paragraph === m.paragraph && (existing.evidence.includes(m.evidence) || m.evidence.includes(existing.evidence));
    if (!same) existing.count = (existing.count ?? 1) + 1;
    return;
  }
  const source: Source = { name: m.name, kind: m.kind, evidence: m.evidence, url: null, count: 1, paragraph: m.paragraph };
  ctx.sources.set(key, source);
  ctx.order.push(source);
}
