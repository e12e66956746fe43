/**
 * Visible notices: one walk over the page's elements and text nodes, footer included. A text node that
 * passes a cheap trigger regex sends its nearest block to the notice parser; figcaptions and credit
 * elements yield image credits. The document is only read, never changed.
 */
import { captionCreditIn, creditNote } from './copyright-credits';
import { attr, creditMark, MARK_CAPTION, MARK_CREDIT, MARK_NONE } from './copyright-credit-marks';
import { licenseFromText } from './licenses';
import { normalizeSpace } from './paragraphs';
import { isQuoteBlock, quoteBlocksOf, quoteCollector, quoteSubtree, quoteText, type QuoteBlocks, type QuoteCollector } from './copyright-quote-blocks';
import { NOTICE_TRIGGER, NOTICE_TRIGGER_RU, foldConfusables, holderOf, noticeKind, noticeStart, statementsOf, yearOf } from './copyright-text';
import type { CopyrightNote } from './types';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'video', 'audio', 'select', 'textarea', 'head', 'button']);
/** Elements that end a statement; a notice never spans two of them. */
const BLOCKS = new Set([
  'p', 'div', 'li', 'td', 'th', 'dd', 'dt', 'footer', 'section', 'article', 'aside', 'header', 'figcaption',
  'figure', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'body', 'center', 'table', 'tr', 'ul', 'ol',
  'dl', 'form', 'main', 'nav', 'pre', 'html',
]);
/** Blocks longer than this are article prose or page-wide wrappers: read the text node alone instead. */
const MAX_BLOCK_CHARS = 1200;
/** A statement this long is prose, not a notice (the longest real notices are two or three sentences). */
const MAX_STATEMENT_CHARS = 320;
/** A notice run may carry a short non-notice piece between two notice pieces ("A Warner Media Company."). */
const MAX_GLUE_WORDS = 6;
const MAX_NOTE_CHARS = 600;
/** Only these scripts hide look-alikes worth folding; skipping the fold keeps plain-ASCII pages cheap. */
const MAY_HAVE_CONFUSABLES = /[\u0370-\u04ff\u24b6-\u24e9\u2160-\u217f\uff08\uff09\uff23\uff43\ud83c]/;

/** NOTICE_TRIGGER or a look-alike: a text node that fails this can be no notice, folded or not. */
const TRIGGER_OR_CONFUSABLE = new RegExp(`${NOTICE_TRIGGER.source}|${MAY_HAVE_CONFUSABLES.source}`, 'i');

/** Link relations that point at the page's licence or its copyright statement. */
const RIGHTS_REL = /\b(?:license|copyright)\b/i;


/** What the single walk over the document hands to the metadata readers, so nothing walks the DOM twice. */
export interface DocumentScan {
  notes: CopyrightNote[];
  metas: Element[];
  ldScripts: Element[];
  licenseLinks: Element[];
  /** The body's <p>/<blockquote> elements holding a quotation mark, for the quote-coverage check. */
  quoteBlocks: QuoteBlocks | null;
}

interface Walk extends Omit<DocumentScan, 'quoteBlocks'> {
  quotes: QuoteCollector;
  /** Blocks already read: true when read whole, false when too long to be a notice (read node by node). */
  seenBlocks: Map<Element, boolean>;
}

/**
 * One walk over the whole document: visible notices and image credits (body text), and the <meta>,
 * JSON-LD <script> and rel=license elements for the other readers. querySelectorAll would walk it again.
 */
export function scanDocument(doc: Document): DocumentScan {
  const walk: Walk = { notes: [], metas: [], ldScripts: [], licenseLinks: [], seenBlocks: new Map(), quotes: quoteCollector() };
  const root = doc.documentElement;
  if (root) visit(root, false, walk, false);
  return { notes: walk.notes, metas: walk.metas, ldScripts: walk.ldScripts, licenseLinks: walk.licenseLinks, quoteBlocks: quoteBlocksOf(walk.quotes) };
}

/** Visible copyright, rights, syndication and licence notices, plus image credits, in document order. */
export function visibleNotes(doc: Document): CopyrightNote[] {
  return scanDocument(doc).notes;
}

function visit(el: Element, inCaption: boolean, walk: Walk, inHead: boolean): void {
  const tag = el.localName;
  const quotes = walk.quotes;
  if (tag === 'meta') {
    walk.metas.push(el);
    if (quotes.active) quoteSubtree(el, quotes);
    return;
  }
  if (tag === 'script') {
    if (/ld\+json/i.test(attr(el, 'type') ?? '')) walk.ldScripts.push(el);
    if (quotes.active) quoteSubtree(el, quotes);
    return;
  }
  if (tag === 'link' || tag === 'a') {
    // rel=license and rel=copyright links are read (once) by the licence-link reader, not as visible text.
    const rel = attr(el, 'rel');
    if (rel && RIGHTS_REL.test(rel)) {
      walk.licenseLinks.push(el);
      if (quotes.active) quoteSubtree(el, quotes);
      return;
    }
  }
  const head = inHead || tag === 'head';
  // Most elements carry no attribute at all: skip the three attribute look-ups for them.
  const attrs = el.hasAttributes();
  if (head || SKIP.has(tag) || (attrs && el.hasAttribute('hidden'))) {
    // The head and skipped elements hold no visible text, but may hold metadata.
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) visitHidden(c as Element, walk);
    if (quotes.active) quoteSubtree(el, quotes);
    return;
  }
  // The quote-coverage check reads the body that is the root's child (what document.body returns).
  const enters = tag === 'body' && quotes.body === null && el.parentNode === el.ownerDocument?.documentElement;
  if (enters) {
    quotes.body = el;
    quotes.active = true;
  }
  const block = quotes.active && isQuoteBlock(tag);
  if (block) quotes.chain.push(el);
  // Most elements carry no attribute: the credit and caption marks are only looked for on the others.
  const mark = attrs ? creditMark(el, tag, inCaption, walk.notes) : MARK_NONE;
  if (mark === MARK_CREDIT) creditRead(el, quotes);
  else {
    const caption = inCaption || tag === 'figcaption' || mark === MARK_CAPTION;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) visit(c as Element, caption, walk, false);
      else if (c.nodeType === 3) {
        const raw = c.nodeValue ?? '';
        if (quotes.active) quoteText(raw, quotes);
        textNode(c, raw, caption, walk);
      }
    }
  }
  if (block) quotes.chain.pop();
  if (enters) quotes.active = false;
}

/** A credit element's children are not visited; the coverage check still reads them (chain: el is on it). */
function creditRead(el: Element, quotes: QuoteCollector): void {
  if (!quotes.active) return;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1) quoteSubtree(c as Element, quotes);
    else if (c.nodeType === 3) quoteText(c.nodeValue ?? '', quotes);
  }
}

/** Inside the head or a skipped element: only metadata elements count. */
function visitHidden(el: Element, walk: Walk): void {
  const tag = el.localName;
  if (tag === 'meta') walk.metas.push(el);
  else if (tag === 'script') {
    if (/ld\+json/i.test(attr(el, 'type') ?? '')) walk.ldScripts.push(el);
  } else if (tag === 'link' || tag === 'a') {
    if (RIGHTS_REL.test(attr(el, 'rel') ?? '')) walk.licenseLinks.push(el);
  }
  if (tag === 'template' || tag === 'svg') return;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) visitHidden(c as Element, walk);
}

function textNode(node: Node, raw: string, inCaption: boolean, walk: Walk): void {
  if (raw.length < 3) {
    if (!raw.includes('©')) return;
  }
  // Indentation between tags is most of a page's text nodes: no notice there.
  const first = raw.charCodeAt(0);
  if ((first === 10 || first === 32 || first === 9 || first === 13) && raw.trim() === '') return;
  if (inCaption) {
    captionCredit(node, walk);
    return;
  }
  // One scan rules out most text nodes: no trigger, and no look-alike that folding could turn into one.
  if (!TRIGGER_OR_CONFUSABLE.test(raw)) return;
  const folded = MAY_HAVE_CONFUSABLES.test(raw) ? foldConfusables(raw) : raw;
  if (!NOTICE_TRIGGER.test(folded) && (folded === raw || !NOTICE_TRIGGER_RU.test(raw))) return;
  const block = blockOf(node);
  if (block) {
    const seen = walk.seenBlocks.get(block);
    if (seen === true) return;
    if (seen === undefined) {
      const text = blockText(block);
      const whole = text.length <= MAX_BLOCK_CHARS;
      walk.seenBlocks.set(block, whole);
      if (whole) {
        readStatements(text, walk);
        return;
      }
    }
  }
  readStatements(normalizeSpace(raw), walk);
}

/** A caption's credit: only the credit part of "Protesters march. (Photo: Jane Doe/AP)". */
function captionCredit(node: Node, walk: Walk): void {
  const block = blockOf(node);
  if (!block || walk.seenBlocks.has(block)) return;
  walk.seenBlocks.set(block, true);
  const text = blockText(block).replace(/\n/g, ' ');
  const credit = captionCreditIn(text);
  if (credit) walk.notes.push(creditNote(credit));
}


/** Turns a block's statements into notes: each run of adjacent notice statements is one note. */
function readStatements(text: string, walk: Walk): void {
  const statements = statementsOf(text);
  const kinds = statements.map((s) => (s.length > MAX_STATEMENT_CHARS ? null : noticeKind(foldConfusables(s), s)));
  for (let i = 0; i < statements.length; i++) {
    if (!kinds[i]) continue;
    const statement = statements[i] ?? '';
    const from = kinds[i] === 'sign' || kinds[i] === 'word' ? noticeStart(foldConfusables(statement)) : 0;
    let note = statement.slice(from);
    let j = i + 1;
    while (j < statements.length && note.length < MAX_NOTE_CHARS) {
      if (kinds[j]) {
        // A new "©" starts a new notice ("© Morningstar … © S&P …"); rights lines continue the current one.
        if (kinds[j] === 'sign' || kinds[j] === 'word') break;
        note += ' ' + statements[j];
        j++;
      } else if (j + 1 < statements.length && kinds[j + 1] && kinds[j + 1] !== 'sign' && kinds[j + 1] !== 'word' && (statements[j] ?? '').split(/\s+/).length <= MAX_GLUE_WORDS) {
        note += ' ' + statements[j] + ' ' + statements[j + 1];
        j += 2;
      } else break;
    }
    i = j - 1;
    note = normalizeSpace(note);
    if (note.length < 2 || !/[\p{L}\d]/u.test(note)) continue;
    walk.notes.push({ text: note, origin: 'visible', holder: holderOf(note), year: yearOf(note), license: licenseFromText(note) });
  }
}

function blockOf(node: Node): Element | null {
  for (let p = node.parentElement; p; p = p.parentElement) if (BLOCKS.has(p.localName)) return p;
  return null;
}

/** Text of a block with a line break wherever a nested block or <br> starts, so separate lines stay apart. */
function blockText(block: Element): string {
  let out = '';
  const walkText = (n: Node): void => {
    // Past the limit the block is read node by node anyway: stop collecting (a page-wide wrapper is huge).
    if (out.length > MAX_BLOCK_CHARS * 2) return;
    if (n.nodeType === 3) {
      out += n.nodeValue ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const t = (n as Element).localName;
    if (SKIP.has(t)) return;
    if (t === 'br') {
      out += '\n';
      return;
    }
    const isBlock = n !== block && BLOCKS.has(t);
    if (isBlock) out += '\n';
    for (let c = n.firstChild; c; c = c.nextSibling) walkText(c);
    if (isBlock) out += '\n';
  };
  walkText(block);
  return out
    .split('\n')
    .map((line) => normalizeSpace(line))
    .filter(Boolean)
    .join('\n');
}
