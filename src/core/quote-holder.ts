/**
 * The holder of a partial quote that no speech verb attributes: the one whose words the writer weaves
 * into the sentence ("Twitter pledged to take “decisive corrective action”", "La Constitución manda
 * «…»", "the company, according to the filing, said it had …"). The holder is the sentence's subject —
 * a name, a pronoun or a descriptive noun phrase at the start of the sentence or of a clause after a
 * comma — or whoever "according to" names in the same sentence. A holder names a speaker; it never makes
 * a fragment speech on its own (the caller decides that first).
 */
import type { MentionIndex } from './mentions';
import { findNameRuns, STOP_WORDS } from './name-runs';
import { sentenceStart } from './sentences';
import { subjectHead } from './speakers';
import { ACCORDING_TO } from './speech-verbs';
import { fromEntity, lowerRole, resolveNominal, resolvePronoun, type Attribution } from './speaker-resolve';
import { speechNounSpeaker } from './speaker-nouns';
import { partOfDocument } from './speaker-documents';

/** Person pronouns that can be a sentence's subject ("it"/"il" are left out: "it is", "il s'agit"). */
const SUBJECT_PRONOUN = /^(he|she|they|elle|elles|él|ella|ellos|er)\s+\p{Ll}/iu;
/** A definite or indefinite article opening a descriptive subject ("the report", "el informe", "le texte"). */
const ARTICLE = /^(?:the|a|an|le|la|les|un|une|el|los|las|der|die|das|ce|cette|this)$/i;
/** A complement between a head noun and the verb: "of the bill", "de loi", "del Senado". */
const COMPLEMENT = /^(?:of|de|du|des|del|von|der)$/i;
/** Words that cannot follow a subject as its verb: prepositions, conjunctions, relative pronouns. */
const NOT_A_VERB =
  /^(?:of|for|in|on|at|to|by|with|from|and|or|but|that|which|who|whose|as|than|de|du|des|à|au|aux|en|et|ou|que|qui|dont|del|al|y|o|con|por|para|cuyo|cuya|von|und|oder|mit|zu|für|den|dem)$/i;
/** A singular person pronoun and a lower-case word anywhere in the sentence ("at the time she accused");
 * "they" is left out: mid-sentence it is as often the people the writer describes. */
const LEAD_PRONOUN = /(?<![\p{L}])(he|she|elle|él|ella)\s+\p{Ll}/iu;
/** A relative pronoun opening a clause after a comma, whose subject comes next: "a quien", "que", "whom", "den". */
const RELATIVE_LEAD = /^(?:a\s+quien(?:es)?|a\s+(?:la|las|los)\s+que|al\s+que|que|whom|which|auquel|à\s+qui|den|dem|welche[nm]?)\s+(?=\p{L})/iu;
/** A quotation mark that may open a quote. */
const OPENING_MARK = /["“„«‘'‚»「『]/;
/** The first word of a text (the verb after a nominal subject). */
const NEXT_WORD = /^\s*([\p{L}'’-]+)/u;
/** How many characters into the sentence a subject may start (a short lead phrase and its comma). */
const MAX_LEAD = 90;
/** Head nouns that make a descriptive subject a plausible holder of words (a text or a body), not a thing. */
const HOLDER_NOUN =
  /^(?:report|study|statement|document|documents|filing|letter|memo|bill|law|text|notes|ruling|decision|order|complaint|lawsuit|indictment|survey|poll|analysis|constitution|constitución|informe|documento|texto|ley|proyecto|carta|comunicado|rapport|texte|projet|loi|décret|arrêt|lettre|communiqué|bericht|gesetz|brief|studie|government|gouvernement|gobierno|regierung|company|group|organi[sz]ation|agency|court|police|ministry|ministère|ministerio|commission|committee|council|party|campaign)s?$/i;

/** A holder; explicit when the writer names it as the source ("according to X"), not just as the subject. */
export type Holder = Attribution & { explicit?: boolean };

/** The holder of a partial quote whose sentence runs from `from` to the quote's opening mark at `open`. */
export function holderOf(
  masked: string,
  from: number,
  open: number,
  paragraph: number,
  index: MentionIndex,
  isCommon: (lower: string) => boolean,
): Holder | null {
  const sentence = masked.slice(from, open);
  // "directives from Xi to «…»": a speech noun right before the marks names whose words they are (only
  // when `open` is a quote's mark: callers also ask for the holder of a verb's clause).
  const noun = OPENING_MARK.test(masked.charAt(open)) ? speechNounSpeaker(sentence, from, paragraph, index) : null;
  if (noun && noun.speaker) return noun;
  const acc = ACCORDING_TO.exec(sentence);
  if (acc) {
    // "according to the notes of the Bill — «…»": the holder ends at the next dash or clause break.
    const rest = sentence.slice(acc.index + acc[0].length).split(/\s[—–-]\s|[;:(]/)[0]!;
    const ctx = { masked, paragraph, open: from + acc.index, end: from + acc.index, prevEnd: 0, nextOpen: open };
    const named = subjectHead(rest, ctx, index, acc[0]);
    if (named && named.speaker) return { ...named, explicit: true };
  }
  // The sentence's start, then each clause start after a comma within the lead.
  const starts = [0];
  for (let i = sentence.indexOf(','); i >= 0 && i < MAX_LEAD; i = sentence.indexOf(',', i + 1)) starts.push(i + 1);
  for (const s of starts) {
    const a = subjectAt(sentence, s, from, paragraph, index, isCommon);
    if (a) return a;
  }
  // "In a post at the time she accused him of …": a person pronoun in the lead is the subject.
  const pron = LEAD_PRONOUN.exec(sentence);
  if (pron) return resolvePronoun(pron[1]!, paragraph, from + pron.index, index, `${pron[1]} …`);
  // "Le projet de loi énonce les domaines… Il s'agit de « … »": the previous sentence's subject holds it.
  if (from > 0) {
    const prev = sentenceStart(masked, from - 1);
    if (prev < from) return subjectAt(masked.slice(prev, from), 0, prev, paragraph, index, isCommon);
  }
  return null;
}

/** The subject that starts sentence at `at`: a name, a pronoun or a noun phrase followed by a verb. */
function subjectAt(
  sentence: string,
  at: number,
  from: number,
  paragraph: number,
  index: MentionIndex,
  isCommon: (lower: string) => boolean,
): Attribution | null {
  let lead = /^[\s,—–-]*/.exec(sentence.slice(at))![0].length;
  // "Ocalan, a quien el informe ubicó «…»": after a relative pronoun the clause's own subject follows.
  if (at > 0) lead += RELATIVE_LEAD.exec(sentence.slice(at + lead))?.[0].length ?? 0;
  const t = sentence.slice(at + lead);
  const offset = from + at + lead;
  if (!t) return null;
  const pron = SUBJECT_PRONOUN.exec(t);
  if (pron) return resolvePronoun(pron[1]!, paragraph, offset, index, `${pron[1]} …`);
  // "One of the provisions of this bill requires": the text speaks, before any capitalised "One" is read as a name.
  const part = partOfDocument(t);
  if (part) return { speaker: part, role: null, cue: part };
  const run = findNameRuns(t.slice(0, 160), isCommon)[0];
  const pre = run ? t.slice(0, run.start) : '';
  const preRole = run && pre.trim() ? lowerRole(pre) : null;
  if (run && run.tokens.length > 0 && !run.possessive && !STOP_WORDS.has(run.tokens[0]!) && (run.start === 0 || preRole || /^(?:the|le|la|l['’]|el)\s+$/i.test(pre))) {
    const next = /^\s*(?:\([^)]*\)\s*)?(?:,[^,]{3,120},\s*)?(\p{Ll}[\p{L}'’-]*)/u.exec(t.slice(run.end));
    if (next && !NOT_A_VERB.test(next[1]!)) {
      const e = index.resolveRun(run, paragraph, offset + run.start);
      return fromEntity(e, run.title, t.slice(0, run.end), preRole);
    }
    return null;
  }
  const np = nominalSubject(t);
  if (!np) return null;
  // The cue is the subject and its verb as written ("el informe ubicó"), like a speech verb's cue.
  const verb = NEXT_WORD.exec(t.slice(np.length))?.[1];
  return resolveNominal(np, paragraph, offset, index, verb ? `${np} ${verb}` : np);
}

/**
 * "The report found", "le projet de loi énonce", "la Constitución manda": an article, at most one
 * modifier, a head noun that can hold words (a text or a body), an optional "of …" complement, then a
 * lower-case verb. Returns the noun phrase, or null.
 */
function nominalSubject(t: string): string | null {
  const words = t.slice(0, 120).split(/\s+/);
  let i = 0;
  const elided = /^(?:l|d)['’](\p{L}+)$/iu.exec(words[0] ?? '');
  if (!elided && !ARTICLE.test(words[0] ?? '')) return null;
  if (!elided) i = 1;
  let head = -1;
  for (let k = i; k <= i + 1 && k < words.length; k++) {
    const w = k === 0 && elided ? elided[1]! : words[k]!;
    if (HOLDER_NOUN.test(w.replace(/[,;:]$/, ''))) head = k;
  }
  if (head < 0 || /[,;:]$/.test(words[head]!)) return null;
  let end = head + 1;
  if (COMPLEMENT.test(words[end] ?? '')) {
    end++;
    if (ARTICLE.test(words[end] ?? '')) end++;
    while (end < words.length && end <= head + 5 && /^\p{Lu}/u.test(words[end]!)) end++;
    if (end === head + 2 || (end < words.length && /^\p{Ll}/u.test(words[end]!) && !/^\p{Lu}/u.test(words[end - 1]!) && ARTICLE.test(words[end - 1]!))) end++;
  }
  const verb = words[end];
  if (!verb || !/^\p{Ll}[\p{L}'’-]*$/u.test(verb) || NOT_A_VERB.test(verb)) return null;
  return words.slice(0, end).join(' ');
}
