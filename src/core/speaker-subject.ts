/**
 * The subject right before a speech verb ("Sessions told", "the organization says", "her mother, Fiona,
 * said", "police said", "Бывшая супермодель призналась"), resolved to a speaker with the mention index.
 * Text is masked paragraph text: words inside quotation marks are blanked out.
 */
import { ROLE_NOUN, type MentionIndex } from './mentions';
import { findNameRuns, STOP_WORDS } from './name-runs';
import { descriptiveSubject, learnVerbGender } from './speaker-descriptive';
import { ARTICLES, fromEntity, lowerRole, PRONOUN_ALT, resolveNominal, resolvePronoun, type Attribution } from './speaker-resolve';
import { WEAK_VERBS, type VerbHit } from './speech-verbs';
import { statementIssuer, statementNearby, statementSpeaker } from './speaker-documents';

const TAIL_PRONOUN = new RegExp(`(?:^|[\\s,;(])(${PRONOUN_ALT})\\s*$`, 'iu');
/** Adverbs and auxiliaries between a subject and its verb ("The president also admitted"). */
const TRAILING_ADVERBS = /(?:\s+(?:also|later|then|previously|again|further|repeatedly|recently|once|has|had|have|had|has since|would|will|once|still|even|often|simply|quickly|flatly|publicly|privately|earlier|yesterday|today|ferner|auch|aussi|también|ya))+\s*$/i;
/** Words a plain descriptive subject never holds: verbs, conjunctions, relative pronouns. */
const NOT_IN_NOMINAL = /\s(?:as|if|to|that|which|who|when|while|and|but|is|was|were|are|be|been|because|than|then|so|not|it|its|this|there)(?:\s|$)/i;
/** Object pronouns between a French or Spanish subject and its verb: "nos la resumió", "le lui a dit". */
const CLITICS = /(?:\s+(?:nos|me|te|se|le|les|lo|la|los|las|lui|leur|nous|vous))+\s*$/i;
/** A manner adverb between a subject and its verb ("tearfully", Russian "откровенно"). */
const LY_ADVERB = /\s+(?:\p{Ll}+ly|\p{Script=Cyrillic}+о)\s*$/u;
/** Bare plural groups that speak without an article: "officers said", "police told reporters". */
const BARE_GROUP =
  /(?:^|[\s,])((?:\p{Ll}[\p{L}-]*\s+)?(?:officers|officials|police|witnesses|residents|analysts|experts|authorities|investigators|prosecutors|doctors|researchers|scientists|sources|critics|organi[sz]ers|activists|protesters|lawmakers|officials|traders|economists|neighbo(?:u)?rs|parents|students|teachers|workers|employees|fans|firefighters|paramedics|rescuers|agents|troopers|deputies))\s*$/u;
/** Capitalised affiliation words and then lower-case role words before a name: "Commerzbank analyst". */
const LEAD_ROLE = /^(?:(?:the|a|an)\s+)?((?:[\p{Lu}][\p{L}&.'’-]*\s+){0,4}(?:\p{Ll}[\p{L}'’-]*\s+){0,3}\p{Ll}[\p{L}'’-]*)\s*$/u;
/** "the People’s " right before a name: an article and a capitalised possessive that belong to it. */
const POSSESSIVE_OWNER = /(?:^|[\s,(])((?:the|The)\s+\p{Lu}[\p{L}-]*['’]s)\s+$/u;
const ARTICLE_START = /^(?:the|a|an)\s/i;
const EMPTY_MARKS = /\s*["“”«»‘’']\s*["“”«»‘’']\s*/g;
/** Punctuation that ends the clause a bare descriptive subject would open. */
const CLAUSE_PUNCT = /[,;:.!?—–«»"“”()]/;

/** subjText is exactly the subject before a verb (", Sessions told"); it must be nothing but a noun phrase. */
export function subjectWhole(subjText: string, offset: number, paragraph: number, index: MentionIndex, verb: VerbHit): Attribution | null {
  const words = subjText.trim().split(/\s+/);
  if (words.length > 16) return null;
  return subjectTail(subjText, offset, paragraph, index, verb, true);
}

/** The subject at the end of text, just before the verb. whole: text must be only the subject. */
export function subjectTail(
  text: string,
  offset: number,
  paragraph: number,
  index: MentionIndex,
  verb: VerbHit,
  whole = false,
): Attribution | null {
  // Adverbs between subject and verb ("Brooke tearfully asked", "the actor previously said") are skipped.
  // trimEnd is the `\s+$` replace without the regex trying every offset; the adverb regex, anchored at the
  // end the same way, runs only when the text can match it (it ends in "ly" or "о").
  const unadverbed = text.trimEnd().replace(TRAILING_ADVERBS, '');
  const unadverbedEnd = unadverbed.trimEnd();
  const trimmed = (unadverbedEnd.endsWith('ly') || unadverbedEnd.endsWith('о') ? unadverbed.replace(LY_ADVERB, '') : unadverbed).replace(CLITICS, '');
  const cueOf = (from: number): string => `${trimmed.slice(from).trim()} ${verb.text}`.trim();
  const pron = TAIL_PRONOUN.exec(trimmed);
  if (pron) {
    const from = pron.index + pron[0].length - pron[1]!.length;
    if (whole && trimmed.slice(0, from).replace(/^[\s,.]*/, '').trim()) return null;
    // "“…,” it says" after "they've put out another statement": "it" is the statement, its issuer speaks.
    if (pron[1]!.toLowerCase() === 'it' && statementNearby(paragraph, offset + from, index)) {
      const issuer = statementIssuer(paragraph, offset + from, index);
      if (issuer) return { ...issuer, cue: cueOf(from) };
    }
    return resolvePronoun(pron[1]!, paragraph, offset + from, index, cueOf(from));
  }
  // "Name, the role, said": the apposition sits between the name and the verb.
  const appos = /,\s+(?:(?:the|a|an)\s+)?([^,]{3,140}),$/.exec(trimmed);
  const core = appos ? trimmed.slice(0, appos.index) : trimmed;
  const runs = findNameRuns(core, () => false);
  const run = runs[runs.length - 1];
  if (run && run.end >= core.length && run.tokens.length > 0 && !STOP_WORDS.has(run.tokens[run.tokens.length - 1]!)) {
    const lead = core.slice(0, Math.max(0, run.start - run.title.join(' ').length));
    const preRole = lowerRole(lead.replace(/^[\s,]+/, '')) ?? leadRole(lead);
    if (whole && !preRole && lead.replace(/^[\s,.]*/, '').trim() && !/^[\s,.]*(?:but|and|so|then|later|also)\s/i.test(core) && !/,\s*$/.test(lead)) {
      // Something other than the name precedes it: not a plain subject.
      if (!/\b(?:the|a|an)\s+[\p{L}\s'’-]*$/iu.test(core.slice(0, run.start))) return null;
    }
    if (WEAK_VERBS.has(verb.text.toLowerCase()) && run.possessive) return null;
    if (run.possessive) return null;
    const entity = index.resolveRun(run, paragraph, offset + run.start);
    learnVerbGender(entity, verb.text);
    const runText = core.slice(run.start);
    const a = fromEntity(entity, run.title, cueOf(run.start), appos?.[1] ?? preRole, runText);
    // "the People’s Daily warned": a name with a possessive inside it, which the run stopped at.
    const owner = entity.kind !== 'person' && run.title.length === 0 ? POSSESSIVE_OWNER.exec(lead) : null;
    if (owner && a.speaker && !ARTICLE_START.test(a.speaker)) return { ...a, speaker: `${owner[1]} ${a.speaker}`, cue: cueOf(run.start - owner[1]!.length - 1) };
    return a;
  }
  // "her mother, Fiona, said": the apposition is the name, the lead its description.
  if (appos && /^(?:her|his|their|its|ihre?|sa|son|su)\s/i.test(core.trim())) {
    const named = findNameRuns(appos[1]!, () => false);
    if (named.length === 1 && named[0]!.start === 0 && named[0]!.end >= appos[1]!.trimEnd().length) {
      const entity = index.resolveRun(named[0]!, paragraph, offset + appos.index);
      return fromEntity(entity, named[0]!.title, cueOf(0), core.trim());
    }
  }
  // "officers announced", "police said": a bare plural noun speaks for a group the article describes.
  const bare = BARE_GROUP.exec(core);
  if (bare && (!whole || core.trim() === bare[1])) return { speaker: bare[1]!, role: null, cue: `${bare[1]} ${verb.text}` };
  // "the organization says", "a Fox executive said", "Morton County sheriff's spokeswoman said".
  const words = core.split(/\s+/);
  const tail = words.slice(-8);
  const artAt = tail.findIndex((w) => ARTICLES.test(w));
  if (artAt >= 0) {
    // 'the "Pose" actor': the quoted title is blanked in masked text, leaving an empty pair of marks.
    const np = tail.slice(artAt).join(' ').replace(/^[\s,]+/, '').replace(EMPTY_MARKS, ' ').replace(/\s+/g, ' ');
    if (whole && words.length - tail.length + artAt > 1 && !/^[\s,.]*(?:but|and|so|then|later|also)\s/i.test(core)) return null;
    if (/[,;:]/.test(np) && !appos) return null;
    if (NOT_IN_NOMINAL.test(np)) return null;
    // "the statement said": whoever issued the statement the article mentioned.
    const issuer = statementSpeaker(np, paragraph, offset, index, `${np} ${verb.text}`);
    if (issuer) return issuer;
    return resolveNominal(np, paragraph, offset, index, `${np} ${verb.text}`);
  }
  // "Бывшая супермодель призналась": languages without articles describe a person with bare words.
  const clause = core.split(CLAUSE_PUNCT).pop() ?? '';
  if (whole && clause.trim() !== core.replace(/^[\s,.]+/, '').trim()) return null;
  return descriptiveSubject(clause, verb, paragraph, offset + core.length - clause.length, index);
}

/** A role with an affiliation in front of a name ("Taliban spokesman", "Kaitaia conservation department ranger"). */
function leadRole(lead: string): string | null {
  const m = LEAD_ROLE.exec(lead.replace(/^[\s,]+/, ''));
  if (!m) return null;
  const role = m[1]!;
  const last = role.split(/\s+/).pop() ?? '';
  if (NOT_IN_NOMINAL.test(' ' + role + ' ') || !ROLE_NOUN.test(last)) return null;
  return role;
}
