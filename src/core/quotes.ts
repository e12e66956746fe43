/**
 * Quote extraction: pairs quotation marks per paragraph, drops what is not speech (titles, names of
 * policies, scare quotes, single words), tells full quotes from partial ones and attributes each to a
 * speaker. Three linear passes over the paragraphs: marks and masked text, mentions, quotes.
 */
import { MentionIndex } from './mentions';
import { normalizeSpace, type Paragraph } from './paragraphs';
import { findQuoteSpans, startsWithOpeningMark, type QuoteSpan } from './quote-marks';
import { isNotSpeech, kindOf, wordCount } from './quote-filter';
import { sentenceStart } from './sentences';
import { attribute, hasCueAfter, lastSpeakerOf, type Attribution } from './speakers';
import type { Quote } from './types';

/** A full quote this short needs a cue to count (a bare “Yes.” may be anything). */
const MIN_UNATTRIBUTED_WORDS = 4;
/** An unattributed quote opening a paragraph continues the last speaker quoted this many paragraphs back. */
const MAX_CONTINUATION_GAP = 2;
const LOWER_WORD = /(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu;

interface Prepared {
  p: Paragraph;
  spans: QuoteSpan[];
  masked: string;
}

/** Finds direct quotations in the article's paragraphs and attributes them to speakers. */
export function extractQuotes(paragraphs: Paragraph[]): Quote[] {
  const prepared = paragraphs.map(prepare);
  // Words seen in lower case anywhere tell "Officials said" (common word) from "Sessions said" (name).
  const lower = new Set<string>();
  for (const { masked } of prepared) for (const m of masked.matchAll(LOWER_WORD)) lower.add(m[0]);
  const isCommon = (w: string): boolean => lower.has(w);
  const index = new MentionIndex();
  for (const { masked } of prepared) index.addParagraph(masked, isCommon);

  const quotes: Quote[] = [];
  const seen = new Set<string>();
  let runOn: Attribution | null = null;
  let lastQuote: { at: number; attr: Attribution } | null = null;
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
      if (!span.closed && !nextStartsQuote) break;
      const text = normalizeSpace(p.text.slice(span.innerStart, span.innerEnd));
      const ctx = { masked, paragraph: i, open: span.open, end: span.end, prevEnd, nextOpen };
      prevEnd = span.end;
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
      if (!span.closed) runOn = attr;
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
  return quotes;
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
