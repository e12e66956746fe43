/**
 * Inverted cues, where the speaker follows the verb: ", said Sessions", ", a déclaré le ministre" and, in
 * languages with freer word order, a name closing the clause after a complement ("píše na Twitter Gary
 * Lineker", "hodnotí … večerník Evening Standard").
 */
import type { MentionIndex } from './mentions';
import { findNameRuns, STOP_WORDS } from './name-runs';
import { descriptiveSubject, learnVerbGender } from './speaker-descriptive';
import { fromEntity, lowerRole, type Attribution } from './speaker-resolve';
import { subjectHead, type QuoteContext } from './speakers';
import { ENGLISH_VERBS, type VerbHit } from './speech-verbs';

/** Words an inverted clause may hold before its closing name ("hodnotí českého středopolaře londýnský večerník X"). */
const MAX_INVERTED_CLAUSE_WORDS = 9;
/** A German verb phrase ending in a dative article ("sagte der", "sagte dem"). */
const DATIVE_TAIL = /\s(der|dem)$/;
/** A preposition right before a capitalised word: that word is a place or medium ("na Twitter", "em Lisboa"). */
const PREPOSITION_END = /(?:^|\s)(?:na|ve|v|do|z|ze|s|se|pro|po|od|u|em|no|da|de|do|para|com|в|на|по|с|из|для|in|on|at|to|with|by|for|from|of|via|en|à|au|con|por|dans|sur|auf|im|bei|mit)\s+$/iu;

/**
 * The subject of an inverted cue, in the text after its verb. Outside English the subject may close the
 * clause after a complement ("píše na Twitter Gary Lineker", "acrescentou o comandante Tite").
 */
export function invertedAfter(text: string, ctx: QuoteContext, index: MentionIndex, verb: VerbHit): Attribution | null {
  // "sagte der Minister": the article the verb phrase took for a dative ("sagte der Zeitung") opens the
  // subject when the description stands for someone already named.
  const dative = DATIVE_TAIL.exec(verb.text);
  if (dative) {
    const d = subjectHead(`${dative[1]}${text}`, ctx, index, verb.text);
    if (d && d.speaker && !d.speaker.toLowerCase().startsWith(`${dative[1]} `)) return d;
  }
  const a = subjectHead(text, ctx, index, verb.text);
  if (a && a.speaker) return a;
  if (ENGLISH_VERBS.has(verb.text)) return null;
  // "…," tvrdí mladá anglická superstar: an article-less description stands for a person already named.
  return clauseFinalName(text, ctx, index, verb) ?? descriptiveSubject(text.split(/[.;:!?(,]/)[0]!, verb, ctx.paragraph, ctx.open, index);
}

/** A name that ends the clause after an inverted verb, with only a few lower-case words before it. */
function clauseFinalName(text: string, ctx: QuoteContext, index: MentionIndex, verb: VerbHit): Attribution | null {
  const clause = text.split(/[.;:!?(]/)[0]!.replace(/[\s,]+$/, '');
  if (clause.trim().split(/\s+/).length > MAX_INVERTED_CLAUSE_WORDS) return null;
  const runs = findNameRuns(clause, () => false);
  let run = runs[runs.length - 1];
  if (!run || run.end < clause.length || run.possessive || run.tokens.length === 0 || STOP_WORDS.has(run.tokens[0]!)) return null;
  const lead = clause.slice(0, run.start);
  // Any other capitalised word before it: two names, no safe choice.
  if (runs.length > 1 && !/^\s*(?:and|a|i|y|e|и|et)\s*$/iu.test(clause.slice(runs[runs.length - 2]!.end, run.start))) return null;
  // "server Claret and Hugh": two runs joined by a conjunction are one name, conjunction included.
  if (runs.length > 1) {
    const prev = runs[runs.length - 2]!;
    run = { ...run, start: prev.start, tokens: [...prev.tokens, clause.slice(prev.end, run.start).trim(), ...run.tokens] };
  }
  // "na Twitter Gary Lineker": the first capitalised word is the preposition's object, not the name.
  let medium: string | null = null;
  if (PREPOSITION_END.test(lead) && run.tokens.length >= 3) {
    medium = run.tokens[0]!;
    run = { ...run, start: clause.indexOf(run.tokens[1]!, run.start), tokens: run.tokens.slice(1) };
  } else if (PREPOSITION_END.test(lead)) return null;
  const e = index.resolveRun(run, ctx.paragraph, ctx.open);
  // The index may have read the medium and the name as one name ("Twitter Gary Lineker"): later cues
  // that name him by surname alone must find the name without it.
  if (medium && e.kind === 'person' && e.name.startsWith(`${medium} `)) e.name = e.name.slice(medium.length + 1);
  learnVerbGender(e, verb.text);
  const a = fromEntity(e, run.title, `${verb.text} ${clause.trim()}`, lowerRole(clause.slice(0, run.start).trim().split(/\s+/).slice(-2).join(' ')));
  // The mention index saw the medium and the name as one run; the speaker is the name alone.
  if (medium && a.speaker?.startsWith(`${medium} `)) a.speaker = a.speaker.slice(medium.length + 1);
  return a;
}
