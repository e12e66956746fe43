/**
 * Quote extraction: pairs quotation marks per paragraph, drops what is not speech (titles, names of
 * policies, scare quotes, single words), tells full quotes from partial ones and attributes each to a
 * speaker. Three linear passes over the paragraphs: marks and masked text, mentions, quotes.
 */
import { MentionIndex } from './mentions';
import { normalizeSpace, type Paragraph } from './paragraphs';
import { findQuoteSpans, startsWithOpeningMark, type QuoteSpan } from './quote-marks';
import { cjkAttribution, cjkChars, cjkKnownNames, cjkLastNamed, fullForm, isCjkText, lastKnownIn, MIN_CJK_FULL_CHARS } from './quote-cjk';
import { isNotSpeech, kindOf, wordCount } from './quote-filter';
import { sentenceStart } from './sentences';
import { attribute, hasCueAfter, lastSpeakerOf, type Attribution } from './speakers';
import type { Quote } from './types';

/** A full quote this short needs a cue to count (a bare “Yes.” may be anything). */
const MIN_UNATTRIBUTED_WORDS = 4;
/** An unattributed quote opening a paragraph continues the last speaker quoted this many paragraphs back. */
const MAX_CONTINUATION_GAP = 2;
/** How a dangling quote must end to be kept: a sentence's end. */
const DANGLING_END = /[.!?…]$/;
/** A CJK quote ending like a sentence. */
const CJK_FULL_END = /[。！？!?…]$/;
const LETTER = /\p{L}/u;

interface Prepared {
  p: Paragraph;
  spans: QuoteSpan[];
  masked: string;
}

/** Finds direct quotations in the article's paragraphs and attributes them to speakers. */
export function extractQuotes(paragraphs: Paragraph[]): Quote[] {
  const prepared = paragraphs.map(prepare);
  // No quotation marks anywhere: nothing to attribute, so no mention index to build.
  if (prepared.every((x) => x.spans.length === 0)) return [];
  const isCommon = commonWordTest(prepared.map((x) => x.masked).join('\n'));
  const index = new MentionIndex();
  for (const { masked } of prepared) index.addParagraph(masked, isCommon);

  const quotes: Quote[] = [];
  const seen = new Set<string>();
  let runOn: Attribution | null = null;
  let lastQuote: { at: number; attr: Attribution } | null = null;
  let lastCjk: string | null = null;
  let cjkNames: string[] | null = null;
  for (let i = 0; i < prepared.length; i++) {
    const { p, spans, masked } = prepared[i]!;
    const carried: Attribution | null = runOn;
    runOn = null;
    if (p.heading || spans.length === 0) continue;
    const nextStartsQuote = i + 1 < prepared.length && !prepared[i + 1]!.p.heading && startsWithOpeningMark(prepared[i + 1]!.p.text);
    let prevInParagraph: Attribution | null = null;
    let prevEnd = 0;
    for (let s = 0; s < spans.length; s++) {
      const span = spans[s]!;
      const nextOpen = spans[s + 1]?.open ?? masked.length;
      const continuation: boolean = carried !== null && span.open === 0;
      const text = normalizeSpace(p.text.slice(span.innerStart, span.innerEnd));
      // A quote left open at the paragraph's end with no quoted paragraph after it: a stray mark, unless
      // it is a whole attributed sentence (the page dropped the paragraph that closed it).
      const dangling = !span.closed && !nextStartsQuote;
      if (dangling && !DANGLING_END.test(text)) break;
      const ctx = { masked, paragraph: i, open: span.open, end: span.end, prevEnd, nextOpen };
      prevEnd = span.end;
      if (isCjkText(text)) {
        cjkNames ??= cjkKnownNames(prepared.map((x) => x.masked));
        const q = cjkQuote(text, masked, span, ctx.prevEnd, lastCjk, i > 0 ? prepared[i - 1]!.masked : '', cjkNames);
        if (q && !seen.has(text.toLowerCase())) {
          seen.add(text.toLowerCase());
          if (q.speaker) lastCjk = q.speaker;
          quotes.push({ ...q, paragraph: p.index });
        }
        continue;
      }
      if (wordCount(text) < 2) continue;
      let attr = attribute(ctx, index);
      const sentenceFrom = Math.max(ctx.prevEnd, sentenceStart(masked, span.open));
      const kind = continuation ? 'full' : kindOf(text, masked.slice(sentenceFrom, span.open), attr !== null);
      if (isNotSpeech(text, kind, masked.slice(Math.max(0, span.open - 40), span.open), masked.slice(span.end, span.end + 30), attr !== null)) continue;
      // A cue we could not read ("…,” He Jianxiong said") must not be replaced by a guess.
      if ((!attr || !attr.speaker) && !hasCueAfter(masked, span.end, nextOpen)) {
        const startsParagraph = masked.slice(0, span.open).trim() === '';
        const fallback: Attribution | null =
          (continuation ? carried : null) ??
          prevInParagraph ??
          (startsParagraph && i > 0 ? lastSpeakerOf(prepared[i - 1]!.masked, i - 1, index) : null) ??
          (startsParagraph && lastQuote && i - lastQuote.at <= MAX_CONTINUATION_GAP ? lastQuote.attr : null);
        if (fallback && fallback.speaker) attr = { ...fallback, cue: attr?.cue ?? fallback.cue };
      }
      if (!attr && wordCount(text) < MIN_UNATTRIBUTED_WORDS) continue;
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
  return withoutPullQuotes(quotes, new Set(paragraphs.filter((p) => p.inBlockquote).map((p) => p.index)));
}

/** Drops quotes set in a <blockquote> that only repeat (part of) another quote: pull quotes. */
function withoutPullQuotes(quotes: Quote[], blockquoteParagraphs: Set<number>): Quote[] {
  if (blockquoteParagraphs.size === 0) return quotes;
  const flat = quotes.map((q) => q.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));
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
  return { p, spans, masked };
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
  const named = lastKnownIn(upTo, names) ?? cjkLastNamed(upTo) ?? (!head.trim() ? lastKnownIn(prevMasked, names) ?? cjkLastNamed(prevMasked) : null);
  const attr = cjkAttribution(before, after, named ?? last);
  const full = CJK_FULL_END.test(text) || /[：:]\s*$/.test(before);
  if (!attr && (!full || cjkChars(text) < MIN_CJK_FULL_CHARS)) return null;
  // A fragment is only speech when a cue names who said it.
  if (!full && !attr?.speaker) return null;
  const speaker = attr?.speaker ?? named ?? null;
  return { text, speaker: speaker && fullForm(speaker, names), role: null, kind: full ? 'full' : 'partial', cue: attr?.cue ?? null };
}

/**
 * Whether a word appears in lower case somewhere in text: that tells "Officials said" (a common word
 * capitalised at a sentence's start) from "Sessions said" (a name). Looked up lazily and remembered, since
 * only sentence-initial capitalised words are ever asked about.
 */
function commonWordTest(text: string): (lower: string) => boolean {
  const memo = new Map<string, boolean>();
  return (w: string): boolean => {
    let known = memo.get(w);
    if (known === undefined) {
      known = false;
      for (let i = text.indexOf(w); i >= 0 && !known; i = text.indexOf(w, i + 1)) {
        known = !LETTER.test(text.charAt(i - 1)) && !LETTER.test(text.charAt(i + w.length));
      }
      memo.set(w, known);
    }
    return known;
  };
}
