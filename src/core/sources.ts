/**
 * Who and what the story relies on: people and organisations named with an attribution cue, wire services
 * from datelines and credit lines, outlets credited, documents and data, and body links that point to them.
 * One entry per source; later mentions ("Sessions told", "the group said") count towards the first.
 */
import type { LinkRef, Paragraph } from './paragraphs';
import { sentenceStart } from './sentences';
import {
  ACCORDING, AFFILIATION, AUXILIARY, CREDIT_PARAGRAPH, DATA_NOUN, DOC_BY, DOC_MODIFIER, DOC_NOUN, DOC_SUBJECT,
  FINDING_VERBS, INLINE_CREDIT, ORG_ANAPHOR, PRONOUN, scanCues,
} from './source-cues';
import { looksLikeOrganization, nameAfter, nameBefore, namesALinkSource, namesIn, stripTitles, surnameOf } from './source-names';
import type { Quote, Source, SourceKind } from './types';
import { canonicalWire, datelineOf, isOutlet, isWire, wireCreditsOf } from './wire-services';

/** Datelines only open a story: look for one in its first few paragraphs. */
const DATELINE_PARAGRAPHS = 3;
/** How far back (in paragraphs) "the group said" may reach for the group's name. */
const ANAPHOR_REACH = 6;
const MAX_APPOSITIVE_CHARS = 160;
/** Words of link text or its lead-in that make a body link a source rather than navigation. */
const LINK_CUE = /\b(?:according to|report(?:ed|s)?|study|studies|survey|analysis|poll|data|documents?|filings?|complaint|indictment|lawsuit|statement|told|said|says|published|released|wrote|writes|research|records|ruling|letter|memo|transcript|laut|Bericht|Studie|berichtet|selon|rapport|étude|según|informe|estudio|pdf)\b/i;
const LINK_LEAD_CHARS = 80;
/** An appositive describes the name before it: "X, the spokeswoman for Y, said", "X, 75, said", "X, who …". */
const APPOSITIVE_START = /^\s*(?:the|a|an|who|which|his|her|its|their|one|former|then|\d+|le|la|l['’]|les|un|une|qui|der|die|das|ein|eine|einer|el|los|las|uno|quien|\p{Lu}[\p{L}.]*\s+(?:of|for|at|de|des|du|del|der)\b)/iu;
const IN_STATEMENT = /^\s+in\s+an?\s+(?:statement|email|e-mail|interview|letter|news release|press release)/i;

interface Mention {
  name: string;
  kind: SourceKind;
  evidence: string;
  paragraph: number;
}

interface Context {
  /** Full names seen anywhere in the story, by surname. */
  fullBySurname: Map<string, string>;
  /** Organisations named in the story, with where they are mentioned (paragraph, offset). */
  orgs: Map<string, Array<[number, number]>>;
  sources: Map<string, Source>;
  order: Source[];
}

/**
 * Lists who and what the article relies on. quotes: the article's quotes with their resolved speakers
 * ("the 56-year-old said" → Jose Mourinho): everyone quoted is a source too.
 */
export function extractSources(paragraphs: Paragraph[], links: LinkRef[], quotes: readonly Quote[] = []): Source[] {
  const body = paragraphs.filter((p) => !p.heading && !CREDIT_PARAGRAPH.test(p.text));
  const texts = new Map(body.map((p) => [p.index, p.text.replace(INLINE_CREDIT, (m) => ' '.repeat(m.length))]));
  const ctx = prepare(body, texts);
  body.forEach((p, i) => {
    const text = texts.get(p.index) ?? p.text;
    if (i < DATELINE_PARAGRAPHS) {
      const wire = datelineOf(text);
      if (wire) add(ctx, { name: wire.name, kind: 'wire', evidence: wire.evidence, paragraph: p.index });
    }
    for (const w of wireCreditsOf(text)) add(ctx, { name: w.name, kind: 'wire', evidence: w.evidence, paragraph: p.index });
    for (const m of cueMentions(text, p.index, ctx)) add(ctx, m);
  });
  speakerSources(quotes, ctx);
  linkSources(links, texts, ctx);
  return ctx.order;
}

/** Adds the quotes' speakers the cue pass missed; one the pass found already just counts again. */
function speakerSources(quotes: readonly Quote[], ctx: Context): void {
  for (const q of quotes) {
    const name = q.speaker?.trim();
    if (!name || name.length < 2 || PRONOUN.test(name)) continue;
    const lower = name.toLowerCase().replace(/^the\s+/, '');
    const sur = surnameOf(name).toLowerCase();
    const existing = ctx.sources.get(lower) ?? ctx.order.find((s) => {
      const n = s.name.toLowerCase();
      return n.includes(lower) || lower.includes(n) || (s.kind === 'person' && surnameOf(s.name).toLowerCase() === sur);
    });
    if (existing) continue;
    const kind: SourceKind = isWire(name) ? 'wire' : isOutlet(name) ? 'outlet' : looksLikeOrganization(name) ? 'organization' : 'person';
    add(ctx, { name, kind, evidence: q.cue ?? name, paragraph: q.paragraph });
  }
}

/** First pass: full names for surname lookup, and organisations for "the group" lookup. */
function prepare(body: Paragraph[], texts: Map<number, string>): Context {
  const ctx: Context = { fullBySurname: new Map(), orgs: new Map(), sources: new Map(), order: [] };
  const orgNames = new Set<string>();
  for (const p of body) {
    const text = texts.get(p.index) ?? '';
    for (const n of namesIn(text)) {
      if (looksLikeOrganization(n) || isOutlet(n) || isWire(n)) orgNames.add(n);
      else if (!ctx.fullBySurname.has(surnameOf(n))) ctx.fullBySurname.set(surnameOf(n), n);
    }
    AFFILIATION.lastIndex = 0;
    for (let m = AFFILIATION.exec(text); m; m = AFFILIATION.exec(text)) {
      const org = nameAfter(text.slice(m.index + m[0].length));
      // "attorney for John Smith" names a client: only organisation-like or long, initial-free names count.
      if (org && (looksLikeOrganization(org) || (org.split(' ').length >= 3 && !/\b\p{Lu}\.(?:\s|$)/u.test(org)))) orgNames.add(org);
    }
  }
  for (const name of orgNames) {
    const at: Array<[number, number]> = [];
    for (const p of body) {
      const text = texts.get(p.index) ?? '';
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) at.push([p.index, i]);
    }
    ctx.orgs.set(name, at);
  }
  return ctx;
}

/** Every attribution cue in one paragraph, as mentions. */
function cueMentions(text: string, paragraph: number, ctx: Context): Mention[] {
  const out: Mention[] = [];
  const scan = scanCues(text);
  for (const m of scan.verbs) {
    const verb = m.verb;
    const end = m.end;
    const start = sentenceStart(text, m.index);
    let pre = text.slice(start, m.index).trimEnd();
    while (AUXILIARY.test(pre)) pre = pre.replace(AUXILIARY, '');
    const finding = FINDING_VERBS.test(verb);
    const subject = subjectOf(pre, m.index, paragraph, ctx);
    if (subject && (!finding || subject.kind !== 'person')) {
      const statement = IN_STATEMENT.exec(text.slice(end));
      const evidenceEnd = end + (statement ? statement[0].length : 0);
      out.push({ ...subject, evidence: text.slice(start + subject.offset, evidenceEnd).trim(), paragraph });
    } else if (!subject && !finding && /(?:^|[,"”»’']\s*,?|[,"”»]\s*)$/.test(pre)) {
      // Inverted order after a quote: "…," said Anna Tarkov / », a déclaré Jean Dupont.
      const rest = text.slice(end).replace(/^\s+/, '');
      const name = nameAfter(rest);
      if (name && !PRONOUN.test(name)) out.push(mentionOf(name, text.slice(m.index, end + 1 + rest.indexOf(name) + name.length), paragraph, ctx));
    }
    if (verb === 'told' || verb === 'tells') {
      const rest = text.slice(end).replace(/^\s+/, '');
      const outlet = nameAfter(rest);
      if (outlet && (isOutlet(outlet) || isWire(outlet))) out.push({ name: canonicalOutlet(outlet, rest), kind: 'outlet', evidence: `${verb} ${rest.slice(0, rest.indexOf(outlet) + outlet.length)}`, paragraph });
    }
  }
  ACCORDING.lastIndex = 0;
  for (let m = scan.according ? ACCORDING.exec(text) : null; m; m = ACCORDING.exec(text)) {
    const rest = text.slice(m.index + m[0].length);
    const mention = objectOf(rest, m[0], paragraph, ctx);
    if (mention) out.push(mention);
  }
  DOC_BY.lastIndex = 0;
  for (let m = scan.doc ? DOC_BY.exec(text) : null; m; m = DOC_BY.exec(text)) {
    const rest = text.slice(m.index + m[0].length);
    const name = nameAfter(rest);
    if (!name || PRONOUN.test(name)) continue;
    const evidence = text.slice(m.index, m.index + m[0].length + rest.indexOf(name) + name.length);
    if (DATA_NOUN.test(m[1] ?? '')) out.push({ name, kind: kindOf(name, ctx, 'organization'), evidence, paragraph });
    else out.push({ name: `${m[1]} by ${name}`, kind: 'document', evidence: docPhrase(text, m.index) + evidence.slice((m[1] ?? '').length), paragraph });
  }
  DOC_SUBJECT.lastIndex = 0;
  for (let m = scan.doc ? DOC_SUBJECT.exec(text) : null; m; m = DOC_SUBJECT.exec(text)) {
    const phrase = docPhrase(text, m.index);
    if (phrase !== (m[1] ?? '')) out.push({ name: phrase, kind: 'document', evidence: phrase + m[0].slice((m[1] ?? '').length), paragraph });
  }
  return out;
}

/** The document phrase ending at offset: the noun with the modifiers and names written before it. */
function docPhrase(text: string, at: number): string {
  const noun = /^[\p{L}-]+/u.exec(text.slice(at))?.[0] ?? '';
  const before = text.slice(0, at).trimEnd().split(/\s+/);
  const mods: string[] = [];
  for (let i = before.length - 1; i >= 0 && mods.length < 4; i--) {
    const w = before[i] ?? '';
    if (DOC_MODIFIER.test(w) || /^\p{Lu}[\p{L}'’.-]*$/u.test(w)) mods.unshift(w);
    else break;
  }
  while (mods.length && /^(?:The|A|An|New)$/.test(mods[0] ?? '')) mods.shift();
  return [...mods, noun].join(' ');
}

interface Subject {
  name: string;
  kind: SourceKind;
  /** Offset of the subject in the sentence, for the evidence phrase. */
  offset: number;
}

/** The source named just before an attribution verb, or null for a pronoun or a vague subject. */
function subjectOf(pre: string, at: number, paragraph: number, ctx: Context): Subject | null {
  const anaphor = ORG_ANAPHOR.exec(pre);
  if (anaphor) {
    const org = nearestOrg(paragraph, at, ctx);
    return org ? { name: org, kind: kindOf(org, ctx, 'organization'), offset: anaphor.index + (anaphor[0].startsWith(' ') ? 1 : 0) } : null;
  }
  let head = pre;
  if (pre.endsWith(',')) {
    // "Anna Tarkov, the national spokeswoman for Families Belong Together, said": skip the appositive.
    const comma = pre.lastIndexOf(',', pre.length - 2);
    if (comma < 0 || pre.length - comma > MAX_APPOSITIVE_CHARS) return null;
    if (!APPOSITIVE_START.test(pre.slice(comma + 1))) return null;
    head = pre.slice(0, comma);
  }
  const raw = nameBefore(head);
  if (!raw || PRONOUN.test(raw)) return null;
  const name = resolve(stripTitles(raw), ctx);
  let offset = Math.max(0, head.lastIndexOf(raw.split(' ')[0] ?? raw));
  if (/(?:^|\s)the\s$/i.test(head.slice(0, offset))) offset = head.slice(0, offset).search(/the\s$/i);
  return { name, kind: kindOf(name, ctx, null), offset };
}

/** The source named just after a cue ("according to …"): a document, a data provider, a person or a body. */
function objectOf(rest: string, cue: string, paragraph: number, ctx: Context): Mention | null {
  const lead = /^(?:(?:[Tt]he|[Aa]n?|new|recent|latest|[Dd]e[rnm]|[Dd]ie|[Dd]as|[Ll][ea]s?|[Ll]['’]|[Ee]l|[Ll]os|[Uu]n[ae]?)\s+)*/u.exec(rest)?.[0] ?? '';
  const after = rest.slice(lead.length);
  const name = nameAfter(after);
  const nextWord = name ? /^\s*([\p{L}-]+)/u.exec(after.slice(name.length))?.[1] ?? '' : '';
  if (name && !PRONOUN.test(name)) {
    if (DOC_NOUN.test(nextWord)) return { name: `${name} ${nextWord}`, kind: 'document', evidence: `${cue}${lead}${name} ${nextWord}`, paragraph };
    const resolved = isWire(name) || isOutlet(name) ? canonicalOutlet(name, rest) : resolve(stripTitles(name), ctx);
    const outletCue = /report|interview|op-ed|column/i.test(cue);
    return { name: resolved, kind: kindOf(resolved, ctx, outletCue && !looksLikeOrganization(resolved) ? 'outlet' : null), evidence: `${cue}${lead}${name}`.trim(), paragraph };
  }
  const words = after.split(/\s+/).slice(0, 3);
  const nounAt = words.findIndex((w) => DOC_NOUN.test(w.replace(/[.,;:]$/, '')) || DATA_NOUN.test(w.replace(/[.,;:]$/, '')));
  if (nounAt < 0 || !words.slice(0, nounAt).every((w) => DOC_MODIFIER.test(w))) return null;
  const phrase = words.slice(0, nounAt + 1).join(' ').replace(/[.,;:]$/, '');
  // "according to data from X" is left to the data-provider cue; a bare noun ("according to the report") is too vague.
  if (nounAt === 0 && !/documents|records|filings/i.test(phrase)) return null;
  return { name: phrase, kind: 'document', evidence: `${cue}${lead}${phrase}`.trim(), paragraph };
}

function mentionOf(name: string, evidence: string, paragraph: number, ctx: Context): Mention {
  const resolved = resolve(stripTitles(name), ctx);
  return { name: resolved, kind: kindOf(resolved, ctx, null), evidence: evidence.trim(), paragraph };
}

/** A lone surname becomes the full name the story introduced ("Sessions" → "Jeff Sessions"). */
function resolve(name: string, ctx: Context): string {
  if (!name.includes(' ')) return ctx.fullBySurname.get(name) ?? name;
  return name;
}

function kindOf(name: string, ctx: Context, hint: SourceKind | null): SourceKind {
  if (isOutlet(name) || isWire(name)) return 'outlet';
  if (hint) return hint;
  if (ctx.orgs.has(name) || looksLikeOrganization(name)) return 'organization';
  return 'person';
}

/** Agencies by their usual name; outlets keep a leading "The" when the story writes it ("The New York Times"). */
function canonicalOutlet(name: string, written: string): string {
  if (isWire(name)) return canonicalWire(name);
  return written.startsWith(`The ${name}`) ? `The ${name}` : name;
}

/** The organisation mentioned last before (paragraph, offset), within a few paragraphs. */
function nearestOrg(paragraph: number, offset: number, ctx: Context): string | null {
  let best: string | null = null;
  let bestAt: [number, number] = [-1, -1];
  for (const [name, mentions] of ctx.orgs) {
    for (const [p, o] of mentions) {
      const before = p < paragraph || (p === paragraph && o < offset);
      if (!before || paragraph - p > ANAPHOR_REACH) continue;
      if (p > bestAt[0] || (p === bestAt[0] && o > bestAt[1])) {
        best = name;
        bestAt = [p, o];
      }
    }
  }
  return best;
}

/** Adds a mention, merging it into an existing entry of the same name (or whose surname it is). */
function add(ctx: Context, m: Mention): void {
  if (!m.name || m.name.length < 2) return;
  const key = m.name.toLowerCase().replace(/^the\s+/, '');
  let existing = ctx.sources.get(key);
  if (!existing && !m.name.includes(' ')) existing = ctx.order.find((s) => s.kind === 'person' && surnameOf(s.name) === m.name);
  if (existing) {
    existing.count = (existing.count ?? 1) + 1;
    return;
  }
  const source: Source = { name: m.name, kind: m.kind, evidence: m.evidence, url: null, count: 1, paragraph: m.paragraph };
  ctx.sources.set(key, source);
  ctx.order.push(source);
}

/**
 * Body links that back a claim: the link text or the words just before it carry a source cue. A link
 * whose text names a source already found gives that source its URL instead of a new entry.
 */
function linkSources(links: LinkRef[], texts: Map<number, string>, ctx: Context): void {
  for (const link of links) {
    if (!/^(?:https?:)?\/\//i.test(link.href) && !link.href.startsWith('/')) continue;
    const text = texts.get(link.paragraph);
    if (text === undefined) continue;
    const at = text.indexOf(link.text);
    const lead = at >= 0 ? text.slice(Math.max(0, at - LINK_LEAD_CHARS), at) : '';
    const known = ctx.order.find((s) => s.paragraph === link.paragraph && (s.evidence.includes(link.text) || link.text.includes(s.name)));
    if (known) {
      known.url ??= link.href;
      continue;
    }
    if (!LINK_CUE.test(link.text) && !LINK_CUE.test(lead.slice(-40)) && !/\.pdf(?:$|[?#])/i.test(link.href)) continue;
    if (!namesALinkSource(link.text, text) && !/\.pdf(?:$|[?#])/i.test(link.href)) continue;
    const evidence = `${lead.split(/(?<=[.!?])\s/).pop() ?? ''}${link.text}`.trim();
    const key = `link:${link.href}`;
    if (ctx.sources.has(key) || ctx.order.some((s) => s.url === link.href)) continue;
    const source: Source = { name: link.text, kind: 'link', evidence, url: link.href, count: 1, paragraph: link.paragraph };
    ctx.sources.set(key, source);
    ctx.order.push(source);
  }
}
