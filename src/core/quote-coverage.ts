/**
 * Readability sometimes drops blockquotes and paragraphs. This compares the quotations on the original
 * page's body (outside navigation, headers, footers, asides, captions and clutter) with the reader's text,
 * and names each one the reader view lost, so the sidebar can warn. Cheap on purpose: only paragraphs that
 * hold a quotation mark are looked at, and a quote counts only when it reads like a sentence.
 */
import { normalizeSpace, paragraphsOf } from './paragraphs';
import { findQuoteSpans } from './quote-marks';

export const WARNING_QUOTE_MISSING = 'quote-missing-from-reader:';
/** A quote shorter than this is more likely a title or a term than lost speech. */
const MIN_WORDS = 6;
/** Words of the quote shown in the warning. */
const SHOWN_WORDS = 8;
/** At most this many warnings: a reader view that lost everything needs one line, not fifty. */
const MAX_WARNINGS = 5;
/** A kept paragraph this long shows where the article lives (short ones repeat everywhere). */
const MIN_KEPT_CHARS = 80;
const OUTSIDE_BODY = new Set(['NAV', 'FOOTER', 'ASIDE', 'HEADER', 'FIGCAPTION', 'FORM']);
const OUTSIDE_ROLES = /^(?:navigation|contentinfo|complementary|banner)$/;
const QUOTE_MARK = /["“„«»「]/;
const SENTENCE_LIKE = /[.!?…。,，]$/;

/**
 * Warnings `quote-missing-from-reader: <first words>` for quotations in body's paragraphs that the reader
 * text does not hold. clutterTexts: texts of the clutter Sidenote removed (never reported).
 */
export function missingQuoteWarnings(body: Element, readerText: string, clutterTexts: string[]): string[] {
  const reader = flatten(readerText);
  const out: string[] = [];
  const seen = new Set<string>();
  const paragraphs = paragraphsOf(body);
  // The article's own containers: those holding paragraphs the reader kept. A quote elsewhere on the page
  // (another story's teaser, a sidebar) was never the article's to lose.
  const articleBlocks = new Set<Element>();
  for (const p of paragraphs) {
    if (p.text.length < MIN_KEPT_CHARS || !reader.includes(flatten(p.text))) continue;
    const parent = p.element.parentElement;
    if (parent) articleBlocks.add(parent);
    if (parent?.parentElement) articleBlocks.add(parent.parentElement);
  }
  for (const p of paragraphs) {
    if (out.length >= MAX_WARNINGS) break;
    if (p.heading || !QUOTE_MARK.test(p.text) || outsideBody(p.element) || !inArticle(p.element, articleBlocks)) continue;
    if (clutterTexts.some((c) => c.includes(p.text))) continue;
    for (const span of findQuoteSpans(p.text)) {
      if (span.depth > 0 || !span.closed) continue;
      const text = normalizeSpace(p.text.slice(span.innerStart, span.innerEnd));
      const words = text.split(' ');
      if (words.length < MIN_WORDS || !SENTENCE_LIKE.test(text)) continue;
      const key = flatten(text);
      if (seen.has(key) || reader.includes(key)) continue;
      seen.add(key);
      out.push(`${WARNING_QUOTE_MISSING} ${words.slice(0, SHOWN_WORDS).join(' ')}…`);
      if (out.length >= MAX_WARNINGS) break;
    }
  }
  return out;
}

/** Lower-case letters and digits only, so spacing, marks and punctuation never cause a false warning. */
function flatten(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function outsideBody(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (OUTSIDE_BODY.has(e.tagName.toUpperCase())) return true;
    const role = e.getAttribute('role');
    if (role && OUTSIDE_ROLES.test(role)) return true;
  }
  return false;
}

/** True when el's parent or grandparent holds paragraphs the reader kept. */
function inArticle(el: Element, blocks: Set<Element>): boolean {
  const parent = el.parentElement;
  return (parent !== null && blocks.has(parent)) || (parent?.parentElement != null && blocks.has(parent.parentElement));
}
