/**
 * Readability sometimes drops blockquotes and paragraphs. This compares the quotations on the original
 * page's body (outside navigation, headers, footers, asides, captions and clutter) with the reader's text,
 * and names each one the reader view lost, so the sidebar can warn. Cheap on purpose: only paragraphs that
 * hold a quotation mark are looked at, a quote counts only when it reads like a sentence, and where it
 * sits on the page is checked only for the few the reader lacks.
 */
import { flattenWords } from './char-class';
import { normalizeSpace } from './paragraphs';
import { findQuoteSpans } from './quote-marks';

export const WARNING_QUOTE_MISSING = 'quote-missing-from-reader:';
/** A quote shorter than this is more likely a title or a term than lost speech. */
const MIN_WORDS = 6;
/** Words of the quote shown in the warning. */
const SHOWN_WORDS = 8;
/** At most this many warnings: a reader view that lost everything needs one line, not fifty. */
const MAX_WARNINGS = 5;
/** A kept paragraph this long shows where the article lives (short ones repeat everywhere). */
const MIN_KEPT_CHARS = 50;
/** How much of a paragraph's start is compared with the reader to tell it was kept. */
const OPENING_CHARS = 120;
const MIN_OPENING = 30;
/** Elements whose text may hold a dropped quote. */
const BLOCKS = ['p', 'blockquote'];
const OUTSIDE_BODY = new Set(['NAV', 'FOOTER', 'ASIDE', 'HEADER', 'FIGCAPTION', 'FORM']);
const OUTSIDE_ROLES = /^(?:navigation|contentinfo|complementary|banner)$/;
/** A text node holding one of these may hold a quotation (also used by the copyright scan's collector). */
export const QUOTE_MARK = /["“„«»「]/;
/** NodeFilter.SHOW_TEXT (core code reads no browser globals). */
const SHOW_TEXT = 4;
const SENTENCE_LIKE = /[.!?…。,，]$/;

/**
 * Warnings `quote-missing-from-reader: <first words>` for quotations in body's paragraphs that the reader
 * text does not hold. clutterTexts: texts of the clutter Sidenote removed (never reported). blocks: body's
 * <p>/<blockquote> elements holding a quotation mark, in document order, when a walk already collected
 * them (the copyright scan does); found here otherwise.
 */
export function missingQuoteWarnings(body: Element, readerText: string, clutterTexts: string[], blocks?: Element[]): string[] {
  let reader: string | null = null;
  let kept: Set<string> | null = null;
  const out: string[] = [];
  const seen = new Set<string>();
  const candidates = blocks ?? blocksWithMarks(body);
  for (const tag of BLOCKS) {
    for (const el of candidates) {
      if (out.length >= MAX_WARNINGS) return out;
      if (el.tagName.toLowerCase() !== tag) continue;
      const raw = el.textContent ?? '';
      // A blockquote's own paragraphs are looked at one by one.
      if (tag === 'blockquote' && el.getElementsByTagName('p').length > 0) continue;
      // Most paragraphs were kept as they are: a Set lookup of the whole text tells at once.
      const text = normalizeSpace(raw);
      kept ??= new Set(readerText.split('\n'));
      if (kept.has(text)) continue;
      // A paragraph whose opening the reader holds was kept whole: no need to look at its quotes.
      const opening = flatten(raw.slice(0, OPENING_CHARS));
      reader ??= flatten(readerText);
      if (opening.length >= MIN_OPENING && reader.includes(opening)) continue;
      for (const span of findQuoteSpans(text)) {
        if (span.depth > 0 || !span.closed) continue;
        const quote = normalizeSpace(text.slice(span.innerStart, span.innerEnd));
        const words = quote.split(' ');
        if (words.length < MIN_WORDS || !SENTENCE_LIKE.test(quote)) continue;
        const key = flatten(quote);
        if (seen.has(key) || reader.includes(key)) continue;
        seen.add(key);
        // Only now, for the rare quote the reader lacks, check where it sits on the page.
        if (outsideBody(el) || !inArticle(el, reader) || clutterTexts.some((c) => c.includes(quote))) continue;
        out.push(`${WARNING_QUOTE_MISSING} ${words.slice(0, SHOWN_WORDS).join(' ')}…`);
      }
    }
  }
  return out;
}

/**
 * The <p> and <blockquote> elements under body whose text holds a quotation mark, in document order
 * (outer before inner). One walk over the text nodes: asking every paragraph for its textContent costs
 * more than the rest of this check together, and most paragraphs hold no mark at all.
 */
function blocksWithMarks(body: Element): Element[] {
  const found = new Set<Element>();
  const doc = body.ownerDocument;
  if (!doc) return [];
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  const chain: Element[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!QUOTE_MARK.test(n.nodeValue ?? '')) continue;
    chain.length = 0;
    for (let e = n.parentElement; e && e !== body; e = e.parentElement) {
      const tag = e.tagName.toLowerCase();
      if (tag === 'p' || tag === 'blockquote') chain.push(e);
    }
    for (let i = chain.length - 1; i >= 0; i--) found.add(chain[i]!);
  }
  return [...found];
}

/** Lower-case letters and digits only, so spacing, marks and punctuation never cause a false warning. */
function flatten(text: string): string {
  return flattenWords(text);
}

function outsideBody(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (OUTSIDE_BODY.has(e.tagName.toUpperCase())) return true;
    const role = e.getAttribute('role');
    if (role && OUTSIDE_ROLES.test(role)) return true;
  }
  return false;
}

/**
 * True when el sits in the article: its parent or grandparent also holds a paragraph the reader kept.
 * A quote elsewhere on the page (another story's teaser, a sidebar) was never the article's to lose.
 */
function inArticle(el: Element, reader: string): boolean {
  for (let box = el.parentElement, up = 0; box && up < 2; box = box.parentElement, up++) {
    for (const p of Array.from(box.getElementsByTagName('p'))) {
      if (p === el) continue;
      const t = flatten(p.textContent ?? '');
      if (t.length >= MIN_KEPT_CHARS && reader.includes(t)) return true;
    }
  }
  return false;
}
