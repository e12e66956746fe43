/**
 * Quotes the writer leads into without a speech verb, whose speaker is the subject of the lead-in:
 * - a colon: "Marsha P. Johnson … avait été l'une des premières à s'engager … : «C'est la révolution.»";
 * - a short sentence right before: "Web Football.London to vidí podobně. "…"", "Smith disagreed. “…”".
 * Only a person's (or organisation's) name opening the lead-in counts, never a description or a thing;
 * a lead-in about a sign, banner or headline ("… a banner that read: “…”") is left alone.
 */
import type { MentionIndex } from './mentions';
import { findNameRuns, STOP_WORDS, type NameRun } from './name-runs';
import { sentenceStart } from './sentences';
import { fromEntity, type Attribution } from './speaker-resolve';

/** The lead-in ends with a colon right before the marks. */
const COLON_END = /:\s*$/;
/** Written things whose words a colon may introduce: they, not the sentence's subject, hold the quote. */
const WRITTEN_THING =
  /(?<![\p{L}])(?:signs?|banners?|headlines?|placards?|posters?|slogans?|inscriptions?|captions?|t-shirts?|shirts?|pancartes?|banderoles?|titres?|affiches?|carteles?|pancartas?|titulares?|letreros?|Schild(?:er)?|Plakat(?:e)?|Transparent(?:e)?|Überschrift(?:en)?|Aufschrift(?:en)?)(?![\p{L}])/iu;
/** A short lead-in sentence: at most this many words. */
const MAX_LEAD_WORDS = 8;
/** Words between the name and the verb in a short lead-in ("Web Football.London to vidí podobně"). */
const LOWER_NEXT = /^\s+\p{Ll}/u;

/** The person a colon lead-in names as its subject ("X … had been among the first: «…»"), or null. */
export function colonSpeaker(masked: string, open: number, paragraph: number, index: MentionIndex): Attribution | null {
  // Cheap test first: most quotes have no colon right before them.
  let k = open - 1;
  while (k >= 0 && masked.charCodeAt(k) <= 32) k--;
  if (masked.charAt(k) !== ':') return null;
  const from = sentenceStart(masked, open);
  const lead = masked.slice(from, open);
  if (!COLON_END.test(lead) || WRITTEN_THING.test(lead)) return null;
  const run = openingName(lead);
  if (!run) return null;
  const e = index.resolveRun(run, paragraph, from + run.start);
  if (e.kind !== 'person' || e.name.split(' ').some((t) => STOP_WORDS.has(t))) return null;
  return fromEntity(e, run.title, `${lead.slice(0, run.end)} …:`);
}

/**
 * The name opening the short sentence that ends right before a quote which opens its own sentence
 * ("Smith disagreed. “…”"); text is the paragraph's masked text and open the quote's opening mark.
 */
export function leadSentenceSpeaker(
  masked: string,
  open: number,
  paragraph: number,
  index: MentionIndex,
  isCommon: (lower: string) => boolean = () => false,
): Attribution | null {
  const own = sentenceStart(masked, open);
  if (own === 0 || masked.slice(own, open).trim()) return null;
  const from = sentenceStart(masked, own - 1);
  const lead = masked.slice(from, own).trim();
  if (!lead || lead.split(/\s+/).length > MAX_LEAD_WORDS || WRITTEN_THING.test(lead) || COLON_END.test(lead)) return null;
  // isCommon drops a capitalised common word opening the sentence ("Web Football.London" → "Football.London").
  const run = openingName(lead, isCommon);
  if (!run || !LOWER_NEXT.test(lead.slice(run.end))) return null;
  const e = index.resolveRun(run, paragraph, from + run.start);
  return fromEntity(e, run.title, lead);
}

/** The name run that opens text, unless it is a possessive ("Trump's banner") or a capitalised function word. */
function openingName(text: string, isCommon: (lower: string) => boolean = () => false): NameRun | null {
  const run = findNameRuns(text.slice(0, 160), isCommon)[0];
  // "Memo This Internet-Draft": a function word inside the run shows it is no name.
  if (!run || run.possessive || run.tokens.length === 0 || run.tokens.some((t) => STOP_WORDS.has(t))) return null;
  return run.start === 0 || (run.dropped !== undefined && !text.slice(0, run.start).trim().includes(' ')) ? run : null;
}
