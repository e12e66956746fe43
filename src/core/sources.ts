/**
 * Who and what the story relies on: people and organisations named with an attribution cue, wire services
 * from datelines and credit lines, outlets credited, documents and data, and body links that point to them.
 * One entry per source; later mentions ("Sessions told", "the group said") count towards the first.
 */
import type { LinkRef, Paragraph } from './paragraphs';
import { sentenceStart } from './sentences';
import {
  ACCORDING, AUXILIARY, CREDIT_PARAGRAPH, DATA_NOUN, DOC_BY, DOC_MODIFIER, DOC_NOUN, DOC_SUBJECT,
  FINDING_VERBS, INLINE_CREDIT, ORG_ANAPHOR, PRONOUN, scanCues,
} from './source-cues';
import { creditsOf } from './source-credits';
import { describedObject, describedSubject, mayEndWithPostModifier } from './source-descriptive';
import { linkSources } from './source-links';
import { add, canonicalOutlet, type Context, kindOf, type Mention, nearestOrg, prepare, resolve } from './source-registry';
import { looksLikeOrganization, nameAfter, nameBefore, stripTitles, surnameOf } from './source-names';
import type { Quote, Source, SourceKind } from './types';
import { datelineOf, isOutlet, isWire, wireCreditsOf } from './wire-services';

/** Datelines only open a story: look for one in its first few paragraphs. */
const DATELINE_PARAGRAPHS = 3;
/** A closing "(dpa)" credits the story only in its last few paragraphs (elsewhere it credits a picture). */
const CLOSING_PARAGRAPHS = 2;
const MAX_APPOSITIVE_CHARS = 160;
/** An appositive describes the name before it: "X, the spokeswoman for Y, said", "X, 75, said", "X, who …". */
const APPOSITIVE_START = /^\s*(?:the|a|an|who|which|his|her|its|their|one|former|then|\d+|le|la|l['’]|les|un|une|qui|der|die|das|ein|eine|einer|el|los|las|uno|quien|\p{Lu}[\p{L}.]*\s+(?:of|for|at|de|des|du|del|der)\b)/iu;
/** Text before a verb that ends in a quotation (or its comma): the speaker follows the verb. */
const AFTER_QUOTE = /(?:^|[,"”»’']\s*,?|[,"”»]\s*)$/;
/** A lower-case adverb between subject and verb: "Brooke tearfully asked" (never a name like "Kelly"). */
const ADVERB = /\s+\p{Ll}{2,}ly$/u;
/** What follows "shows"/"show" when it is a noun ("TV shows, films and …"). */
const NOUN_AFTER_SHOWS = /^(?:\s*[,.;:)]|\s+(?:and|or|about|on|in|for|with|like|from|of|at|by|to)\b)/;
/** "in a letter to", "in an email to": the cue's object is whom the source wrote to. */
const ADDRESSEE_CUE = /^(?:said )?in an?\s.*\bto\s*$/i;
/** "… and" (or "und", "et", "y") right before the verb: a second verb of the sentence's subject. */
const COORDINATED_END = /\s(?:and|und|et|y)$/;
/** A past-tense verb in lower case: where a sentence's subject ends ("Josh Earnest condemned"). */
const FIRST_VERB = /\s(?=\p{Ll}+ed\s)/u;
/** Longest stretch before a verb that the end-anchored subject patterns need to see. */
const TAIL_CHARS = 60;
/** A parenthetical between subject and verb: "The Taliban, however, claimed". */
const PARENTHETICAL = /,\s*(?:however|meanwhile|though|too|in turn|for (?:its|his|her|their) part|jedoch|allerdings|cependant|pourtant|de son côté|sin embargo|por su parte),?$/i;
/** "in" (and its de/fr/es forms) opening the medium after a verb: "said in the report". */
const IN_PHRASE = /^\s+(?:in|im|in der|dans|en)\s+/i;
const IN_STATEMENT = /^\s+in\s+an?\s+(?:statement|email|e-mail|interview|letter|news release|press release)/i;

/**
 * Lists who and what the article relies on. quotes: the article's quotes with their resolved speakers
 * ("the 56-year-old said" → Jose Mourinho): everyone quoted is a source too. pageUrl: the article's address,
 * so links to its own site are not read as crediting another outlet.
 */
export function extractSources(paragraphs: Paragraph[], links: LinkRef[], quotes: readonly Quote[] = [], pageUrl = ''): Source[] {
  const body = paragraphs.filter((p) => !p.heading && !CREDIT_PARAGRAPH.test(p.text));
  const texts = new Map(body.map((p) => [p.index, p.text.replace(INLINE_CREDIT, (m) => ' '.repeat(m.length))]));
  const ctx = prepare(body, texts);
  body.forEach((p, i) => {
    const text = texts.get(p.index) ?? p.text;
    if (i < DATELINE_PARAGRAPHS) {
      const wire = datelineOf(text);
      if (wire) add(ctx, { name: wire.name, kind: 'wire', evidence: wire.evidence, paragraph: p.index });
    }
    for (const w of wireCreditsOf(text, i >= body.length - CLOSING_PARAGRAPHS)) add(ctx, { name: w.name, kind: 'wire', evidence: w.evidence, paragraph: p.index });
    for (const c of creditsOf(text)) add(ctx, { ...c, paragraph: p.index });
    for (const m of cueMentions(text, p.index, ctx)) add(ctx, m);
  });
  speakerSources(quotes, ctx);
  for (const s of linkSources(links, texts, ctx.order, pageUrl)) ctx.order.push(s);
  return ctx.order;
}

/** Adds the quotes' speakers the cue pass missed; one the pass found already just counts again. */
function speakerSources(quotes: readonly Quote[], ctx: Context): void {
  for (const q of quotes) {
    // "Le gouvernement a déclaré", "officials said": the description is the source, whoever it was resolved to.
    const d = q.cue ? describedSubject(q.cue) : null;
    const name = d && d.name.length === q.cue?.trim().length ? d.name : q.speaker?.trim();
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

/** Every attribution cue in one paragraph, as mentions. */
function cueMentions(text: string, paragraph: number, ctx: Context): Mention[] {
  const out: Mention[] = [];
  const scan = scanCues(text);
  for (const m of scan.verbs) {
    const verb = m.verb;
    const end = m.end;
    const start = sentenceStart(text, m.index);
    const pre = trimSubject(text.slice(start, m.index).trimEnd());
    const finding = FINDING_VERBS.test(verb);
    // "TV shows and films": a plural noun, not a finding.
    if (finding && NOUN_AFTER_SHOWS.test(text.slice(end, end + 8))) continue;
    const told = verb === 'told' || verb === 'tells';
    const named = subjectOf(pre, m.index, paragraph, ctx);
    // "reports seen by Reuters suggest": the description, not the name that ends it, is the subject.
    const description = named && !mayEndWithPostModifier(pre) ? null : described(pre);
    const subject = description?.post ? description : named ?? description ?? coordinated(pre, ctx);
    // "Americans say": a plural verb after a name is a poll's or a crowd's, not a source's.
    if (subject && verb === 'say' && subject.kind === 'person' && !/\s/.test(subject.name) && !described(pre)) continue;
    if (subject && (!finding || subject.kind !== 'person')) {
      const statement = IN_STATEMENT.exec(text.slice(end));
      const evidenceEnd = end + (statement ? statement[0].length : 0);
      out.push({ ...subject, evidence: text.slice(start + subject.offset, evidenceEnd).trim(), paragraph });
      const medium = inDocument(text.slice(end));
      if (medium) out.push({ name: medium, kind: 'document', evidence: `${verb} in ${medium}`, paragraph });
    } else if (!subject && !finding && !told && AFTER_QUOTE.test(pre)) {
      // Inverted order after a quote: "…," said Anna Tarkov / », a déclaré Jean Dupont / "…," said a spokesman.
      const rest = text.slice(end).replace(/^\s+/, '');
      const name = nameAfter(rest);
      if (name && !PRONOUN.test(name)) out.push(mentionOf(name, text.slice(m.index, end + 1 + rest.indexOf(name) + name.length), paragraph, ctx));
      else {
        const d = describedObject(rest);
        if (d && d.kind !== 'document') out.push({ name: d.name, kind: d.kind, evidence: `${verb} ${d.name}`, paragraph });
      }
    }
    if (told) {
      const recipient = toldOutlet(text.slice(end).replace(/^\s+/, ''));
      if (recipient) out.push({ name: recipient, kind: 'outlet', evidence: `${verb} ${recipient}`, paragraph });
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
    else out.push({ name: `${name} ${m[1]}`, kind: 'document', evidence: docPhrase(text, m.index) + evidence.slice((m[1] ?? '').length), paragraph });
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

/**
 * The document a source spoke through: "said in the campaign's public service announcement". A bare
 * "in a statement" is the usual wording of any statement and names no document of its own.
 */
function inDocument(after: string): string | null {
  const lead = IN_PHRASE.exec(after);
  if (!lead) return null;
  const d = describedObject(after.slice(lead[0].length));
  if (!d || d.kind !== 'document') return null;
  return d.name.replace(/^(?:a|an|his|her|its|their)\s+/i, '').split(/\s+/).length >= 2 ? d.name : null;
}

/** The outlet a story's source spoke to ("told the Argus Leader", "told US media"), or null for a person. */
function toldOutlet(rest: string): string | null {
  const name = nameAfter(rest);
  if (name && (isOutlet(name) || isWire(name) || isOutlet(`The ${name}`))) return canonicalOutlet(name, rest);
  const d = describedObject(rest);
  return d?.kind === 'outlet' ? d.name : null;
}

/** The subject of "X condemned the attack and said": the name before the sentence's first verb. */
function coordinated(pre: string, ctx: Context): Subject | null {
  if (!COORDINATED_END.test(pre)) return null;
  const verb = FIRST_VERB.exec(pre);
  if (!verb || verb.index === 0) return null;
  const raw = nameBefore(pre.slice(0, verb.index));
  if (!raw || PRONOUN.test(raw)) return null;
  const name = resolve(stripTitles(raw), ctx);
  return { name, kind: kindOf(name, ctx, null), offset: Math.max(0, pre.lastIndexOf(raw, verb.index)) };
}

/**
 * The text before a verb without what stands between subject and verb: a parenthetical (", however,"),
 * auxiliaries ("has also") and adverbs ("tearfully"). The end-anchored patterns only see the tail:
 * run on a whole long sentence, V8 would try them at every offset.
 */
function trimSubject(pre: string): string {
  for (;;) {
    const skipped = Math.max(0, pre.length - TAIL_CHARS);
    const tail = skipped ? pre.slice(skipped) : pre;
    const m = PARENTHETICAL.exec(tail) ?? AUXILIARY.exec(tail) ?? ADVERB.exec(tail);
    if (!m) return pre;
    pre = pre.slice(0, skipped + m.index);
  }
}

/** An unnamed source described before its verb ("Obama administration officials said"), as a subject. */
function described(pre: string): (Subject & { post?: boolean }) | null {
  const d = describedSubject(pre);
  return d ? { name: d.name, kind: d.kind, offset: pre.length - d.name.length, post: d.post } : null;
}

interface Subject {
  name: string;
  kind: SourceKind;
  /** Offset of the subject in the sentence, for the evidence phrase. */
  offset: number;
}

/** The source named just before an attribution verb, or null for a pronoun or a vague subject. */
function subjectOf(pre: string, at: number, paragraph: number, ctx: Context): Subject | null {
  const skipped = Math.max(0, pre.length - TAIL_CHARS);
  const anaphor = ORG_ANAPHOR.exec(skipped ? pre.slice(skipped) : pre);
  if (anaphor) {
    anaphor.index += skipped;
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
    if (ADDRESSEE_CUE.test(cue) && !isOutlet(name) && !isWire(name)) return null;
    if (DOC_NOUN.test(nextWord)) return { name: `${name} ${nextWord}`, kind: 'document', evidence: `${cue}${lead}${name} ${nextWord}`, paragraph };
    const resolved = isWire(name) || isOutlet(name) ? canonicalOutlet(name, rest) : resolve(stripTitles(name), ctx);
    const outletCue = /report|interview|op-ed|column/i.test(cue);
    return { name: resolved, kind: kindOf(resolved, ctx, outletCue && !looksLikeOrganization(resolved) ? 'outlet' : null), evidence: `${cue}${lead}${name}`.trim(), paragraph };
  }
  // "in a letter to …", "in an email to …": whoever follows is the addressee, a source only when an outlet.
  if (ADDRESSEE_CUE.test(cue)) return null;
  const d = describedObject(rest);
  if (!d) return null;
  return { name: d.name, kind: d.kind, evidence: `${cue}${d.name}`.trim(), paragraph };
}

function mentionOf(name: string, evidence: string, paragraph: number, ctx: Context): Mention {
  const resolved = resolve(stripTitles(name), ctx);
  return { name: resolved, kind: kindOf(resolved, ctx, null), evidence: evidence.trim(), paragraph };
}
