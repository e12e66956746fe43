/**
 * Attribution: finds the cue next to a quote ("she said", "said Sessions", "according to X", "X told Y:",
 * "— X") in the writer's text around it, and resolves the subject to a speaker with the mention index.
 * Works on "masked" paragraph text, where the words inside quotation marks are blanked out, so a name or
 * verb inside a quote is never taken for the writer's attribution.
 */
import { MentionIndex, type Entity } from './mentions';
import { findNameRuns, STOP_WORDS } from './name-runs';
import { holderOf } from './quote-holder';
import { invertedAfter } from './speaker-inverted';
import { colonSpeaker } from './speaker-lead';
import { statementSpeaker } from './speaker-documents';
import { coordinatedSubject } from './speaker-coordinated';
import { sentenceEnd, sentenceStart } from './sentences';
import { ACCORDING_TO, findSpeechVerbs, WEAK_VERBS, type VerbHit } from './speech-verbs';
import { learnVerbGender } from './speaker-descriptive';
import { subjectTail, subjectWhole } from './speaker-subject';
import { fromEntity, lowerRole, pollSpeaking, PRONOUN_ALT, resolveNominal, resolvePronoun, type Attribution } from './speaker-resolve';

export type { Attribution };


/** How far (characters) from the quote an attribution cue may start. */
const AFTER_WINDOW = 160;
const BEFORE_WINDOW = 220;

const HEAD_PRONOUN = new RegExp(`^\\s*(${PRONOUN_ALT})(?![\\p{L}])`, 'iu');
/** French inverted pronoun glued to the verb: "dit-il", "a-t-elle ajouté". */
const GLUED_PRONOUN = /-(?:t-)?(il|elle|ils|elles)\b/i;
/** Conjunctions that show the writer's own clause between a quote and a later cue. */
const FAR_CLAUSE = /\b(?:as|while|because|when|after|before|since|that|which|who|where|if|but)\s/i;
/** Text ending in a word and a comma or colon right before the marks: "he said, “". */
const VERB_THEN_MARK = /\p{L}[,:]\s*["“„«‘]?\s*$/u;
/** Words a subject may have in a cue that follows a quote ending its own sentence. */
const MAX_NEW_SENTENCE_SUBJECT_WORDS = 4;
const COORDINATED = /\s(?:and|but|et|y|und)\s*$/;
/** Nothing but a conjunction before a verb: it shares the subject of the clause before. */
const BARE_COORDINATOR = /(?:^|\s)(?:and|but|et|mais|y|pero|und|aber)\s*$/i;
const TO_BEFORE = /\bto\s+$/i;
/** A possessive description and a comma before a name, after an inverted verb: "sa mère, Anne", "su madre, Lucía". */
const KIN_HEAD = /^((?:sa|son|ses|su|sus|his|her|their|seine?|ihre?)\s+\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*)?),\s+/iu;
const CLAUSE_BREAK = /[;:]|\s[—–]\s|\((?![^)]*$)/;

export interface QuoteContext {
  masked: string;
  /** 0-based paragraph position (the index the mention index uses). */
  paragraph: number;
  open: number;
  end: number;
  /** End of the previous outer quote in this paragraph, or 0. */
  prevEnd: number;
  /** Start of the next outer quote in this paragraph, or the text length. */
  nextOpen: number;
  /** True when the quote ends a sentence and a new one starts after it: no cue after the marks is its. */
  closesSentence?: boolean;
}

/** True when the writer's text right after a quote holds a speech verb (a cue, even one we cannot parse). */
export function hasCueAfter(masked: string, end: number, nextOpen: number): boolean {
  const after = masked.slice(end, Math.min(nextOpen, sentenceEnd(masked, end), end + AFTER_WINDOW));
  return verbsIn(after).length > 0;
}

/** The attribution of one quote from the cue in its own sentence, or null when there is none. */
export function attribute(ctx: QuoteContext, index: MentionIndex): Attribution | null {
  const { masked } = ctx;
  const afterEnd = Math.min(ctx.nextOpen, sentenceEnd(masked, ctx.end), ctx.end + AFTER_WINDOW);
  const after = masked.slice(ctx.end, afterEnd);
  const beforeStart = Math.max(ctx.prevEnd, sentenceStart(masked, ctx.open), ctx.open - BEFORE_WINDOW);
  const before = masked.slice(beforeStart, ctx.open);
  // "He said, “…,” the office said": the verb right before the marks names whose words they are; the
  // cue after only reports them.
  const nearBefore = before.slice(-40);
  if (VERB_THEN_MARK.test(before) && verbsIn(nearBefore).some((v) => !nearBefore.slice(v.end).trim().replace(/^[,:]/, '').trim())) {
    const fromBefore = attributeBefore(before, beforeStart, ctx, index);
    if (fromBefore && fromBefore.speaker) return fromBefore;
  }
  const fromAfter = attributeAfter(after, ctx, index);
  // A cue right after the marks wins; one further on ("…” as X did, Yahoo reported") only when nothing
  // before the quote attributes it.
  if (fromAfter && fromAfter.near !== false) return fromAfter;
  // "X … had been among the first: «…»": a colon lead-in with no verb speaks for its subject.
  return attributeBefore(before, beforeStart, ctx, index) ?? fromAfter ?? colonSpeaker(masked, ctx.open, ctx.paragraph, index);
}

/** The last attributed speaker in a paragraph's own text ("X said she expects…", "X said:"). */
export function lastSpeakerOf(masked: string, paragraph: number, index: MentionIndex): Attribution | null {
  let found: Attribution | null = null;
  for (const verb of verbsIn(masked)) {
    if (WEAK_VERBS.has(verb.text) || /ing$|^announce/.test(verb.text)) continue;
    const clauseStart = Math.max(sentenceStart(masked, verb.index), verb.index - BEFORE_WINDOW);
    const subj = masked.slice(clauseStart, verb.index);
    let a = subjectTail(subj, clauseStart, paragraph, index, verb);
    // "Van Der Beek touched upon the idea … and noted": the verb shares the sentence's subject.
    if (!a && COORDINATED.test(subj)) a = holderOf(masked, clauseStart, verb.index, paragraph, index, () => false);
    if (!a && /[,"”»]\s*$/.test(subj)) {
      const ctx = { masked, paragraph, open: verb.end, end: verb.end, prevEnd: 0, nextOpen: masked.length };
      a = subjectHead(masked.slice(verb.end, verb.end + 200), ctx, index, verb.text);
    }
    if (a && a.speaker) found = a;
  }
  return found;
}

/** Speech verbs in text, minus infinitives ("as if to say", "refused to comment" attribute nothing). */
function verbsIn(text: string): VerbHit[] {
  const out = findSpeechVerbs(text);
  return out.some((v) => TO_BEFORE.test(text.slice(Math.max(0, v.index - 4), v.index))) ? out.filter((v) => !TO_BEFORE.test(text.slice(Math.max(0, v.index - 4), v.index))) : out;
}

/** Cue after the quote: ", he said", ", said Sessions", ", Sessions told …", "— X", ", according to X". */
function attributeAfter(after: string, ctx: QuoteContext, index: MentionIndex): Attribution | null {
  const lead = /^[\s,.!?…]*/.exec(after)![0];
  const rest = after.slice(lead.length);
  if (!rest) return null;
  const acc = ACCORDING_TO.exec(rest);
  if (acc && acc.index <= 2) return subjectHead(rest.slice(acc.index + acc[0].length), ctx, index, acc[0]);
  const dash = /^[—–-]\s*/.exec(rest);
  if (dash) {
    // "— Jane Doe" (optionally ", role") closing the sentence; anything else after a dash is the writer's.
    const tail = rest.slice(dash[0].length);
    // "«…», – сказала X": a dash after the comma and then an inverted verb, as Russian writes it.
    const dashVerb = verbsIn(tail)[0];
    if (dashVerb && dashVerb.index === 0) return invertedAfter(tail.slice(dashVerb.end), ctx, index, dashVerb);
    const run = findNameRuns(tail, () => false)[0];
    if (run && run.start === 0 && run.tokens.length >= 2 && /^(?:,[^.;:!?]*)?[\s.]*$/.test(tail.slice(run.end))) {
      return subjectHead(tail, ctx, index, '—');
    }
    return null;
  }
  const verbs = verbsIn(rest);
  const verb = verbs[0];
  if (!verb) return null;
  const subjText = rest.slice(0, verb.index);
  const glued = GLUED_PRONOUN.exec(verb.text);
  if (glued) return resolvePronoun(glued[1]!, ctx.paragraph, ctx.end, index, verb.text);
  // Inverted: ", said Sessions", ", a déclaré le ministre", ", dijo el presidente".
  if (/^\s*$/.test(subjText)) return invertedAfter(rest.slice(verb.end), ctx, index, verb);
  if (subjText.length > 150 || CLAUSE_BREAK.test(subjText)) return null;
  // After a quote that ended its sentence, only a short subject and its verb still attribute it
  // ("…?” Brooke tearfully asked); a longer clause is the writer's next sentence.
  if (ctx.closesSentence && subjText.trim().split(/\s+/).length > MAX_NEW_SENTENCE_SUBJECT_WORDS) return null;
  const a = subjectWhole(subjText, ctx.end + lead.length, ctx.paragraph, index, verb);
  if (a && (subjText.trim().split(/\s+/).length > 10 || FAR_CLAUSE.test(subjText))) a.near = false;
  return a;
}

/** Cue before the quote: "Sessions said:", "X told reporters, ", "According to X, ", "X: ". */
function attributeBefore(before: string, offset: number, ctx: QuoteContext, index: MentionIndex): Attribution | null {
  if (!before.trim()) return null;
  const acc = ACCORDING_TO.exec(before);
  if (acc && /^[\s"“„«]*$/.test(before.slice(0, acc.index))) {
    const a = subjectHead(before.slice(acc.index + acc[0].length), ctx, index, acc[0].trim());
    if (a && a.speaker) return a;
  }
  const verbs = verbsIn(before);
  for (let i = verbs.length - 1; i >= 0; i--) {
    const verb = verbs[i]!;
    const between = before.slice(verb.end);
    // Between the verb and the quote: a short complement ("told a gathering", "said in a statement:").
    if (between.split(/\s+/).length > 30 || /[.!?]\s/.test(between)) continue;
    const glued = GLUED_PRONOUN.exec(verb.text);
    if (glued) return resolvePronoun(glued[1]!, ctx.paragraph, ctx.open, index, verb.text);
    const subj = before.slice(0, verb.index);
    if (/ing$/i.test(verb.text)) return participleSubject(subj, offset, ctx, index, verb);
    // "Fifty-one percent say that …": the share speaks through the poll or survey the text named.
    const poll = pollSpeaking(subj, ctx.masked.slice(0, offset + verb.index));
    if (poll) return { speaker: poll, role: null, cue: `${subj.trim().split(/\s+/).slice(-3).join(' ')} ${verb.text}` };
    // "he asked about …, called Omar a “…” and said, “…”": the verb shares the sentence's subject.
    if (BARE_COORDINATOR.test(subj)) {
      const from = sentenceStart(ctx.masked, offset + verb.index);
      const shared = holderOf(ctx.masked, from, offset + verb.index, ctx.paragraph, index, () => false);
      if (shared && shared.speaker) return { ...shared, cue: `${shared.cue} ${verb.text}` };
      // "On one Facebook page an unidentified poster put up her picture and wrote": an unnamed subject.
      const described = coordinatedSubject(ctx.masked.slice(from, offset + verb.index));
      if (described) return { speaker: described, role: null, cue: `${described} … ${verb.text}` };
    }
    const a = subjectTail(subj, offset, ctx.paragraph, index, verb);
    if (a) return a;
    if (!subj.trim() || /[,:]\s*$/.test(subj)) {
      // "Said Sessions: …" is rare, but Spanish/French put the speaker after the verb: "Dijo el ministro: «…»".
      const inv = subjectHead(between, ctx, index, verb.text);
      if (inv && inv.speaker) return inv;
    }
    return null;
  }
  // Colon attribution with no verb: "Sessions: “…”".
  const colon = /^\s*([^:]{2,80}):\s*$/.exec(before);
  if (colon) {
    const runs = findNameRuns(colon[1]!, () => false);
    const run = runs[runs.length - 1];
    if (run && run.tokens.length >= 2 && run.end >= colon[1]!.trimEnd().length && runs.length === 1) {
      const e = index.resolveRun(run, ctx.paragraph, ctx.open);
      return fromEntity(e, run.title, colon[1]!.trim());
    }
  }
  return null;
}

/** ", saying …": the speaker is the sentence's subject, the first person named (or pronoun) in the clause. */
function participleSubject(subj: string, offset: number, ctx: QuoteContext, index: MentionIndex, verb: VerbHit): Attribution | null {
  const pron = HEAD_PRONOUN.exec(subj);
  if (pron) return resolvePronoun(pron[1]!, ctx.paragraph, offset, index, `${pron[1]} … ${verb.text}`);
  for (const run of findNameRuns(subj, () => false)) {
    if (run.tokens.length === 0 || run.possessive) continue;
    const e = index.resolveRun(run, ctx.paragraph, offset + run.start);
    if (e.kind === 'person') return fromEntity(e, run.title, `${subj.slice(run.start, run.end)} … ${verb.text}`);
  }
  return null;
}

/** Speaker named at the start of text (after an inverted verb, "according to" or a dash). */
export function subjectHead(text: string, ctx: QuoteContext, index: MentionIndex, cue: string): Attribution | null {
  const t = text.replace(/^[\s,]+/, '');
  const pron = HEAD_PRONOUN.exec(t);
  if (pron) return resolvePronoun(pron[1]!, ctx.paragraph, ctx.open, index, `${cue} ${pron[1]}`);
  const kin = KIN_HEAD.exec(t);
  if (kin) {
    // "a déclaré sa mère, Anne": the description before the name tells who she is, and her gender.
    const named = findNameRuns(t.slice(kin[0].length, kin[0].length + 80), () => false)[0];
    if (named && named.start === 0 && named.tokens.length > 0 && !named.possessive) {
      const e = index.resolveRun(named, ctx.paragraph, ctx.open);
      return fromEntity(e, named.title, `${cue} ${t.slice(0, kin[0].length + named.end)}`, kin[1]);
    }
  }
  const clause = t.split(/[.;:!?(]|,(?!\s+(?:the|a|an)\s)/)[0] ?? '';
  // ", a précisé le communiqué", "hieß es in der Erklärung": a statement speaks for its issuer.
  const issued = statementSpeaker(clause, ctx.paragraph, ctx.open, index, `${cue} ${clause.trim()}`);
  if (issued) return issued;
  const runs = findNameRuns(t.slice(0, 200), () => false);
  const run = runs[0];
  // "said spokeswoman Jane Doe": a lower-case role may stand before the name.
  const preRole = run ? lowerRole(t.slice(0, run.start)) : null;
  if (run && (run.start === 0 || preRole) && run.tokens.length > 0 && !STOP_WORDS.has(run.tokens[0]!)) {
    const e = index.resolveRun(run, ctx.paragraph, ctx.open);
    learnVerbGender(e, cue);
    // "falou o técnico Tite": a one-word name with a person's role before it is a person.
    if (preRole && e.kind === 'unknown') e.kind = 'person';
    const appos = /^,\s+(?:the|an?|der|die|le|la|el)\s+([^,.;:]{3,120}?)(?:,|\.|$)/.exec(t.slice(run.end));
    return fromEntity(e, run.title, `${cue} ${t.slice(0, run.end)}`, appos?.[1] ?? preRole);
  }
  const nominal = /^((?:the|a|an|der|die|das|ein|eine|le|la|les|un|une|el|la|los|las|un|una|o|os)\s+[^,.;:!?]{1,80})/iu.exec(clause);
  if (nominal) return resolveNominal(nominal[1]!.trim(), ctx.paragraph, ctx.open, index, cue);
  return null;
}

export type { Entity };
