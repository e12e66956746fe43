/**
 * Decides whether a quoted span is speech and whether it is a full quote or a partial one.
 * Titles of works, laws, operations, nicknames and scare quotes are set in quotation marks too; they are
 * told apart by their shape (Title Case, no sentence punctuation) and by the words around them.
 */
import { countWords } from './char-class';
import type { QuoteKind } from './types';

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
/** Characters that join two runs into one word, as WORD does: don't, well-known, U.S. */
const WORD_JOINERS = "'’.-";
/** Words right before the quote that announce a name or title, not speech. */
const TITLE_BEFORE =
  /(?:\b(?:titled|entitled|headlined|nicknamed|hashtag|so-called|known as|slogan|motto|book|film|movie|song|album|show|series|novel|play|poem|documentary|podcast|article|essay|column|op-ed|operation|programme|program|exhibit|exhibition|episode|track|single|musical|opera|initiative|campaign|tagline|titre|intitulé|baptisé|surnommé|titulado|llamado|denominado|apodado|Titel|namens|genannt|sogenannte[nmrs]?|dit)\s*[,:?]?\s*|\bthe\s+term\s+|\bwords?\s+)$/i;
/** A slogan or tagline announced right before: never speech, whatever its punctuation ("The tagline? "Meth. We're on it.""). */
const SLOGAN_BEFORE = /\b(?:tagline|slogan|motto|hashtag|Slogan|lema|eslogan)\s*[,:?]?\s*$/i;
/** "called"/"named"/"dubbed" right before: a title if the quote is in Title Case. */
const NAMING_BEFORE = /\b(?:called|named|dubbed|labell?ed|branded|calls|names|dubs|appelé|appelée|nommé|llamada?|bautizad[oa])\s*$/i;
/** Nouns right after the quote that show it names a thing: the "zero-tolerance" policy. */
const THING_AFTER =
  /^[\s,]*(?:policy|policies|law|laws|act|bill|program|programme|operation|campaign|initiative|plan|slogan|movement|rule|rules|doctrine|tour|series|show|podcast|hashtag|label|category|list|era|strategy|approach|ban|tax|provision|clause|amendment|agreement|deal|project|option|model|status|system|protocol|test|zone|order|package|scheme|app|brand|label|mode|button|feature|march|marches|protest|protests|rally|rallies|event|events|prize|award|ceremony|festival)\b/i;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'de', 'la', 'le', 'el', 'los', 'las', 'les', 'des', 'du', 'y', 'et', 'und', 'der', 'die', 'das', 'is', 'vs', 'vs.', 'il', 'lo', 'i', 'gli', 'di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'e', 'do', 'da', 'dos', 'das', 'em']);
const SENTENCE_PUNCT = /[.!?…]/;
/** A fragment no cue attributes is kept from this many words (shorter: a term or a scare quote). */
const MIN_UNATTRIBUTED_PARTIAL_WORDS = 3;
const CAPITALISED = /(?<![\p{L}\p{N}'’])\p{Lu}\p{Ll}/gu;
/** An article right before the marks: the quoted words are a noun phrase (un «informe secreto»). */
const ARTICLE_BEFORE = /(?:^|\s)(?:a|an|un|una|une|ein|eine|einen|uno)\s*$/i;
const STARTS_UPPER = /^[\s.…¿¡([\-–—"'“‘«„]*[\p{Lu}\p{N}]/u;
/** Writer's text before a quote that leaves the quote at a sentence's start: nothing, ':', ',', a dash, a verb. */
const OPENS_SENTENCE = /(?:^|[:,;—–.!?]|\b(?:said|says|asked|added|wrote|told \p{L}+|sagte|erklärte|dijo|a déclaré|a dit)\s*)\s*$/u;

/** Number of words in text (hyphenated and apostrophised words count once). */
export function wordCount(text: string): number {
  return countWords(text, WORD_JOINERS);
}

/** True when every significant word starts with a capital: a title or a name ("Operation Desert Storm"). */
export function isTitleCase(text: string): boolean {
  const words = text.match(WORD) ?? [];
  let significant = 0;
  for (const w of words) {
    if (SMALL_WORDS.has(w.toLowerCase()) && significant > 0) continue;
    significant++;
    if (!/^[\p{Lu}\p{N}]/u.test(w)) return false;
  }
  return significant > 0;
}

/**
 * Full for a quoted sentence (capitalised, at a sentence's start or after an attribution), partial for a
 * fragment built into the writer's own sentence. `before` is the writer's text from the sentence start.
 */
export function kindOf(text: string, before: string, attributed: boolean): QuoteKind {
  const upper = STARTS_UPPER.test(text);
  if (!upper) return 'partial';
  const sentenceStart = OPENS_SENTENCE.test(before.replace(/["“„«‘]\s*$/, ''));
  if (sentenceStart) return 'full';
  // A capitalised quote mid-sentence that holds a whole sentence of its own ("…, said that “We will…”").
  if (attributed && SENTENCE_PUNCT.test(text.slice(-2)) && wordCount(text) >= 4 && !isTitleCase(text)) return 'full';
  return 'partial';
}

/**
 * True when the span is not someone's words: a title, a name, a term or a scare quote.
 * before/after: the writer's text just around the marks; attributed: a speech cue sits in the sentence;
 * words: wordCount(text), when the caller has it already.
 */
export function isNotSpeech(text: string, kind: QuoteKind, before: string, after: string, attributed: boolean, words = wordCount(text)): boolean {
  if (words < 2) return true;
  const hasSentencePunct = SENTENCE_PUNCT.test(text) || /[,;:]$/.test(text);
  const b = before.replace(/["“„«‘]\s*$/, '');
  if (!hasSentencePunct && words <= 10 && TITLE_BEFORE.test(b)) return true;
  if (SLOGAN_BEFORE.test(b)) return true;
  // American style sets a sentence's period inside the marks: “Dancing with the Stars.” is still a title.
  const bare = text.replace(/[.,]$/, '');
  if (!SENTENCE_PUNCT.test(bare) && isTitleCase(bare) && words <= 12 && (NAMING_BEFORE.test(b) || kind === 'partial' || !attributed)) return true;
  if (kind === 'partial') {
    if (THING_AFTER.test(after.replace(/^["”’»“]/, '')) && words <= 6) return true;
    if (attributed) return false;
    // With no one saying it: two words are a term or a scare quote; a capitalised phrase naming
    // something ("La leggenda del Grande Tempio") or a noun phrase after an article (un «informe secreto»)
    // is a name or a term. Longer fragments are someone's words, woven into the writer's sentence.
    if (words < MIN_UNATTRIBUTED_PARTIAL_WORDS) return true;
    if (words <= 6 && STARTS_UPPER.test(text) && (text.match(CAPITALISED) ?? []).length >= 2) return true;
    if (words <= 4 && ARTICLE_BEFORE.test(b)) return true;
  }
  return false;
}
