/**
 * Quote extraction: pairs quotation marks per paragraph, drops what is not speech (titles, names of
 * policies, scare quotes, single words), tells full quotes from partial ones and attributes each to a
 * speaker. Three linear passes over the paragraphs: marks and masked text, mentions, quotes.
 */
import { flattenWords } from './char-class';
import { MentionIndex } from './mentions';
import { normalizeSpace, type Paragraph } from './paragraphs';
import { findQuoteSpans, startsWithOpeningMark, type QuoteSpan } from './quote-marks';
import { cjkAttribution, cjkChars, cjkKnownNames, cjkLastNamed, fullForm, isCjkText, lastKnownIn, MIN_CJK_FULL_CHARS } from './quote-cjk';
import { commonWordTest } from './quote-common-words';
import { isNotSpeech, kindOf, wordCount } from './quote-filter';
import { holderOf, type Holder } from './quote-holder';
import { sentenceStart } from './sentences';
import { attribute, hasCueAfter, lastSpeakerOf, type Attribution } from './speakers';
import { addedCarriesBack, settleDescriptions } from './speaker-carry';
import { leadSentenceSpeaker } from './speaker-lead';
import type { Quote, QuoteKind } from './types';

/** A full quote this short needs a cue to count (a bare “Yes.” may be anything). */
const MIN_UNATTRIBUTED_WORDS = 4;
/** An unattributed quote opening a paragraph continues the last speaker quoted this many paragraphs back. */
const MAX_CONTINUATION_GAP = 2;
/** How a dangling quote must end to be kept: a sentence's end. */
const DANGLING_END = /[.!?…]$/;
/** A CJK quote ending like a sentence. */
const CJK_FULL_END = /[。！？!?…]$/;
/** Paragraphs a CJK quote opening its paragraph looks back through for the person a pronoun means. */
const CJK_LOOKBACK_PARAGRAPHS = 2;
const CJK_SENTENCE_END = /[。！？]/;
/** Words at most between two fragments that share one cue, and the conjunction that joins them. */
const MAX_SHARED_CUE_GAP_WORDS = 8;
/** A cue right after the second fragment starts with a comma or a dash. */
const AFTER_CUE_START = /^\s*[,—–-]/;
const COORDINATOR = /(?:^|\s)(?:and|or|et|ou|y|o|e|und|oder|и|a)\s/i;
/** Teaser lines skipped inside a run-on quote: at most this many, each at most this long. */
const MAX_TEASERS_SKIPPED = 8;
const MAX_TEASER_CHARS = 160;
const TEASER_END = /[.!?…:;,"”»’)]$/;
/** What follows a quote that ends a sentence when a new sentence starts. */
const NEXT_SENTENCE = /^\s+\p{Lu}/u;
/**
 * A name glued to a copy of itself and to the next words ("Ilhan OmarIlhan OmarHillicon Valley…"): a
 * hover card's text that Readability kept. The copy is blanked (offsets stay) and a full stop ends the name.
 */
/**
 * A lower-case letter glued to a capital, in Latin and Cyrillic: plain ranges, because a \p{Ll}\p{Lu}
 * scan costs ten times more; the ranges overlap (Latin Extended mixes cases), which only costs a check.
 */
const GLUED_ANY = /[a-zß-öø-ÿĀ-ɏа-яё][A-ZÀ-ÖØ-ÞĀ-ɏА-ЯЁ]/;
const GLUED_POINT = /[a-zß-öø-ÿĀ-ɏа-яё](?=[A-ZÀ-ÖØ-ÞĀ-ɏА-ЯЁ])/g;
/** The longest doubled name looked for (four words). */
const MAX_HOVER_NAME = 60;
const HOVER_NAME = /(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})\1(?=\p{Lu})/gu;

interface Prepared {
  p: Paragraph;
  spans: QuoteSpan[];
  /** Words inside each span (the same count for its space-normalised text): asked up to five times a span. */
  words: number[];
  masked: string;
}

/** Finds direct quotations in the article's paragraphs and attributes them to speakers. */
export function extractQuotes(paragraphs: Paragraph[]): Quote[] {
  const prepared = paragraphs.map(prepare);
  // No quotation marks anywhere: nothing to attribute, so no mention index to build.
  if (prepared.every((x) => x.spans.length === 0)) return [];
  const isCommon = commonWordTest(prepared.map((x) => x.masked).join('\n'));
  // Mentions are indexed lazily, up to the paragraph being attributed: attribution only ever looks back,
  // so the paragraphs after the last quote (often half the article) are never scanned for names.
  const index = new MentionIndex();
  let indexed = 0;

  const quotes: Quote[] = [];
  const seen = new Set<string>();
  const notSpeech = new Set<string>();
  let runOn: Attribution | null = null;
  let lastQuote: { at: number; attr: Attribution } | null = null;
  let lastCjk: string | null = null;
  let cjkNames: string[] | null = null;
  for (let i = 0; i < prepared.length; i++) {
    const { p, spans, words, masked } = prepared[i]!;
    // Teaser lines Readability left inside a run-on quote ("More from UK", other stories' headlines) do
    // not end it: the quote goes on in the next quoted paragraph.
    if (runOn && isTeaser(p)) continue;
    const carried: Attribution | null = runOn;
    runOn = null;
    if (p.heading || spans.length === 0) continue;
    const nextStartsQuote = nextQuotedParagraph(prepared, i);
    let prevInParagraph: Attribution | null = null;
    let prevEnd = 0;
    for (let s = 0; s < spans.length; s++) {
      const span = spans[s]!;
      const nextOpen = nextSpeechOpen(spans, words, s) ?? masked.length;
      const continuation: boolean = carried !== null && span.open === 0;
      const text = normalizeSpace(p.text.slice(span.innerStart, span.innerEnd));
      // A quote left open at the paragraph's end with no quoted paragraph after it: a stray mark, unless
      // it is a whole attributed sentence (the page dropped the paragraph that closed it).
      const dangling = !span.closed && !nextStartsQuote;
      if (dangling && !DANGLING_END.test(text)) break;
      // A quote that ends its own sentence ("…impeached.” And 70 percent say…") takes no cue from the next.
      const closesSentence = span.closed && DANGLING_END.test(text) && NEXT_SENTENCE.test(masked.slice(span.end, span.end + 3));
      const ctx = { masked, paragraph: i, open: span.open, end: span.end, prevEnd, nextOpen, closesSentence };
      prevEnd = span.end;
      if (isCjkText(text)) {
        cjkNames ??= cjkKnownNames(prepared.map((x) => x.masked));
        // The two paragraphs before: a caption or a short aside often sits between a name and "他说".
        const prevText = prepared.slice(Math.max(0, i - CJK_LOOKBACK_PARAGRAPHS), i).map((x) => x.masked).join('\n');
        const q = cjkQuote(text, masked, span, ctx.prevEnd, lastCjk, prevText, cjkNames);
        if (q && !seen.has(text.toLowerCase())) {
          seen.add(text.toLowerCase());
          if (q.speaker) lastCjk = q.speaker;
          quotes.push({ ...q, paragraph: p.index });
        }
        continue;
      }
      const wordsIn = words[s]!;
      if (wordsIn < 2) continue;
      while (indexed <= i) index.addParagraph(prepared[indexed++]!.masked, isCommon);
      let attr = attribute(ctx, index) ?? sharedCue(masked, spans, words, s, i, index);
      const sentenceFrom = Math.max(ctx.prevEnd, sentenceStart(masked, span.open));
      const kind: QuoteKind = continuation ? 'full' : kindOf(text, masked.slice(sentenceFrom, span.open), attr !== null);
      // A fragment woven into the writer's sentence with no speech verb: its holder is the sentence's subject.
      const holder: Holder | null = kind === 'partial' && !attr?.speaker ? holderOf(masked, sentenceFrom, span.open, i, index, isCommon) : null;
      const flatKey = flattenWords(text);
      if (notSpeech.has(flatKey)) continue;
      if (isNotSpeech(text, kind, masked.slice(Math.max(0, span.open - 40), span.open), masked.slice(span.end, span.end + 30), attr !== null || !!holder?.explicit, wordsIn)) {
        // A title or slogan once introduced as such stays one when the article repeats it (a two-word
        // scare quote may still be someone's words later, when a cue attributes them).
        if (wordsIn >= 3) notSpeech.add(flatKey);
        continue;
      }
      // A cue we could not read ("…,” He Jianxiong said") must not be replaced by a guess.
      if ((!attr || !attr.speaker) && !hasCueAfter(masked, span.end, nextOpen)) {
        const startsParagraph = masked.slice(0, span.open).trim() === '';
        // "X admitted she fears being mocked. «…»": a quote opening its own sentence after the writer's
        // text carries on the speaker that text last attributed.
        const opensSentence = !startsParagraph && masked.slice(sentenceFrom, span.open).trim() === '';
        const fallback: Attribution | null =
          (continuation ? carried : null) ??
          prevInParagraph ??
          (opensSentence ? lastSpeakerOf(masked.slice(ctx.prevEnd, span.open), i, index) ?? leadSentenceSpeaker(masked, span.open, i, index, isCommon) : null) ??
          (startsParagraph && i > 0 ? lastSpeakerOf(prepared[i - 1]!.masked, i - 1, index) : null) ??
          (startsParagraph && lastQuote && i - lastQuote.at <= MAX_CONTINUATION_GAP ? lastQuote.attr : null);
        if (fallback && fallback.speaker) attr = { ...fallback, cue: attr?.cue ?? fallback.cue };
      }
      if (holder && !attr?.speaker) attr = holder;
      if (!attr && wordsIn < MIN_UNATTRIBUTED_WORDS) continue;
      if (dangling && !attr?.speaker) break;
      if (!span.closed && !dangling) runOn = attr;
      const key = text.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      if (attr && attr.speaker) {
        prevInParagraph = attr;
        lastQuote = { at: i, attr };
      }
      quotes.push({
        text,
        speaker: attr?.speaker ?? null,
        role: attr?.speaker ? attr.role : null,
        kind,
        paragraph: p.index,
        cue: attr?.cue ?? null,
      });
    }
  }
  // "«…». «…», a ajouté X": X spoke the first one too; "ce projet de loi" is the "Le projet de loi" of before.
  addedCarriesBack(quotes);
  settleDescriptions(quotes, paragraphTexts(paragraphs));
  // A speaker first named by one word gets the full name the article gives later ("Fiona" → "Fiona Parry"),
  // possibly after the last quote: only then are the remaining paragraphs indexed.
  const oneWord = quotes.filter((q) => q.speaker && !q.speaker.includes(' ') && !isCjkText(q.speaker));
  if (oneWord.length > 0) while (indexed < prepared.length) index.addParagraph(prepared[indexed++]!.masked, isCommon);
  for (const q of oneWord) q.speaker = index.fullestName(q.speaker!);
  return withoutPullQuotes(quotes, new Set(paragraphs.filter((p) => p.inBlockquote).map((p) => p.index)));
}

/**
 * A paragraph's text by its index, from a map built on the first question (most articles ask none), not a
 * search of the list per quote; the first paragraph with an index wins, as a `find` would give.
 */
function paragraphTexts(paragraphs: Paragraph[]): (index: number) => string {
  let byIndex: Map<number, string> | null = null;
  return (index) => {
    if (byIndex === null) {
      byIndex = new Map();
      for (const p of paragraphs) if (!byIndex.has(p.index)) byIndex.set(p.index, p.text);
    }
    return byIndex.get(index) ?? '';
  };
}

/**
 * Where the next quote that may be speech opens: a one-word span ('the "Pose" actor said') is a title
 * inside the writer's cue, not a new quote, and must not cut the cue off.
 */
function nextSpeechOpen(spans: QuoteSpan[], words: number[], s: number): number | null {
  for (let k = s + 1; k < spans.length; k++) if (words[k]! >= 2) return spans[k]!.open;
  return null;
}

/** A short line with no sentence punctuation at its end: a headline or label, not the article's prose. */
function isTeaser(p: Paragraph): boolean {
  return p.heading || (p.text.length <= MAX_TEASER_CHARS && !TEASER_END.test(p.text) && !startsWithOpeningMark(p.text));
}

/** Whether the next paragraph past any teaser lines opens with a quotation mark (a run-on quote goes on). */
function nextQuotedParagraph(prepared: Prepared[], i: number): boolean {
  for (let j = i + 1; j < prepared.length && j <= i + MAX_TEASERS_SKIPPED + 1; j++) {
    const next = prepared[j]!.p;
    if (!isTeaser(next)) return startsWithOpeningMark(next.text);
  }
  return false;
}

/** Drops quotes set in a <blockquote> that only repeat (part of) another quote: pull quotes. */
function withoutPullQuotes(quotes: Quote[], blockquoteParagraphs: Set<number>): Quote[] {
  if (blockquoteParagraphs.size === 0) return quotes;
  const flat = quotes.map((q) => flattenWords(q.text));
  return quotes.filter((q, i) => !blockquoteParagraphs.has(q.paragraph) || !flat.some((f, j) => j !== i && !blockquoteParagraphs.has(quotes[j]!.paragraph) && f.includes(flat[i]!)));
}

/** Outer quote spans of a paragraph and its text with the quoted words blanked out. */
function prepare(p: Paragraph): Prepared {
  const spans = p.heading ? [] : findQuoteSpans(p.text).filter((s) => s.depth === 0);
  let masked = p.text;
  if (spans.length > 0) {
    const parts: string[] = [];
    let at = 0;
    for (const s of spans) {
      parts.push(p.text.slice(at, s.innerStart), ' '.repeat(s.innerEnd - s.innerStart));
      at = s.innerEnd;
    }
    parts.push(p.text.slice(at));
    masked = parts.join('');
  }
  const words = spans.map((s) => wordCount(p.text.slice(s.innerStart, s.innerEnd)));
  return { p, spans, words, masked: hasDoubledName(masked) ? masked.replace(HOVER_NAME, unglue) : masked };
}

/**
 * Cheap test before the backreference regex: a doubled name glued on both sides ("OmarIlhan OmarHill")
 * shows as two lower→upper glue points whose distance is the name's length, with the same text on
 * both sides of the first. Most paragraphs have no glue point at all, or one ("McDonald", "iPhone").
 */
function hasDoubledName(text: string): boolean {
  if (!GLUED_ANY.test(text)) return false;
  GLUED_POINT.lastIndex = 0;
  const points: number[] = [];
  for (let m = GLUED_POINT.exec(text); m; m = GLUED_POINT.exec(text)) {
    const at = m.index + m[0].length;
    // Any earlier glue point may start the copy ("Ronald McDonaldRonald McDonaldHill" has one inside).
    for (let k = points.length - 1; k >= 0 && at - points[k]! <= MAX_HOVER_NAME; k--) {
      const from = points[k]!;
      const len = at - from;
      if (from >= len && text.startsWith(text.slice(from, at), from - len)) return true;
    }
    points.push(at);
  }
  return false;
}

/** Replaces a hover card's doubled name with the name, a full stop and spaces of the copy's length. */
function unglue(_all: string, name: string): string {
  return name + '.' + ' '.repeat(name.length - 1);
}

/** A quote in Chinese, Japanese or Korean: kept when a cue verb attributes it or it is a whole sentence. */
function cjkQuote(
  text: string,
  masked: string,
  span: QuoteSpan,
  prevEnd: number,
  last: string | null,
  prevMasked: string,
  names: string[],
): Omit<Quote, 'paragraph'> | null {
  const head = masked.slice(prevEnd, span.open);
  const before = head.slice(Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？')) + 1);
  const after = masked.slice(span.end, span.end + 40);
  const upTo = masked.slice(0, span.open);
  // In the paragraph's first sentence ("他说：“…”") a pronoun still means someone the paragraphs before named.
  const firstSentence = !CJK_SENTENCE_END.test(upTo);
  const named = lastKnownIn(upTo, names) ?? cjkLastNamed(upTo) ?? (firstSentence ? lastKnownIn(prevMasked, names) ?? cjkLastNamed(prevMasked) : null);
  const attr = cjkAttribution(before, after, named ?? last, cjkChars(text));
  const full = CJK_FULL_END.test(text) || /[：:]\s*$/.test(before);
  if (!attr && (!full || cjkChars(text) < MIN_CJK_FULL_CHARS)) return null;
  // A fragment is only speech when a cue names who said it.
  if (!full && !attr?.speaker) return null;
  const speaker = attr?.speaker ?? named ?? null;
  return { text, speaker: speaker && fullForm(speaker, names), role: null, kind: full ? 'full' : 'partial', cue: attr?.cue ?? null };
}

/**
 * «les plus éprouvés» par la catastrophe et les «plus vulnérables», selon le ministère: two fragments
 * joined in one sentence share the cue after the second. Null unless only a short coordinated phrase
 * separates them and a cue follows the second.
 */
function sharedCue(masked: string, spans: QuoteSpan[], words: number[], s: number, paragraph: number, index: MentionIndex): Attribution | null {
  const span = spans[s]!;
  const next = spans[s + 1];
  if (!next || !span.closed || !next.closed) return null;
  const between = masked.slice(span.end, next.open);
  if (/[.!?;:]/.test(between) || between.trim().split(/\s+/).length > MAX_SHARED_CUE_GAP_WORDS || !COORDINATOR.test(between)) return null;
  const nextOpen = nextSpeechOpen(spans, words, s + 1) ?? masked.length;
  const a = attribute({ masked, paragraph, open: next.open, end: next.end, prevEnd: span.end, nextOpen }, index);
  return a && a.speaker && AFTER_CUE_START.test(masked.slice(next.end, next.end + 3)) ? a : null;
}
