/**
 * Visible notices: one walk over the page's elements and text nodes, footer included. A text node that
 * passes a cheap trigger regex sends its nearest block to the notice parser; figcaptions and credit
 * elements yield image credits. The document is only read, never changed.
 */
import { captionCreditIn, creditNote } from './copyright-credits';
import { licenseFromText } from './licenses';
import { normalizeSpace } from './paragraphs';
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

/** Link relations that point at the page's licence or its copyright statement. */
const RIGHTS_REL = /\b(?:license|copyright)\b/i;
/** Class names or itemprops of elements that hold an image's credit line. */
const CREDIT_MARK = /(?:^|[\s_-])(?:credits?|copyright|photographer|bildnachweis|bildquelle|fotograf|image-?source|photo-?source|media-?source|photo-?by|caption-?source)(?=$|[\s_-])/i;
/** camelCase class names: imageCredit, photoCopyright (case-sensitive, or "accreditation" would match). */
const CREDIT_MARK_CAMEL = /[a-z](?:Credit|Copyright)/;
/** Page-wide footers hold the site's notice next to its logo: never an image credit. */
const FOOTER_CLASS = /(?:^|[\s_-])(?:footer|site-?info|colophon)/i;
const CREDIT_ITEMPROP = /\b(?:copyrightHolder|creditText|copyrightNotice)\b/;
/** Context that makes a credit-ish element an image's credit rather than the page footer's notice. */
const IMAGE_CONTEXT = /image|photo|img|media|asset|figure|caption|picture|gallery|video|foto|bild/i;
/** How many ancestors up a credit element may sit from the image it credits. */
const IMAGE_NEIGHBOUR_LEVELS = 2;
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|figcaption|legend|bildunterschrift|(?:image|img|photo|foto|picture|media)[_-]*(?:text|desc(?:ription)?))(?:$|[\s_-])/i;
/**
 * Class names that mark a credit only inside a caption or figure: "copy" as a whole class name ("DR",
 * "© AFP"), "attribution", "source_via". Elsewhere "copy" is a page's body copy.
 */
const CAPTION_CREDIT_MARK = /(?:^|\s)copy(?=$|\s)|(?:^|[\s_-])(?:attribution|source[_-]?via)(?=$|[\s_-])/i;
/** "author-attribution" and bylines name a writer, not a picture's owner; "lh-copy" is a layout utility. */
const NOT_CREDIT_CLASS = /author|byline|writer/i;
/**
 * A substring every CREDIT_MARK, CREDIT_MARK_CAMEL, CAPTION_CREDIT_MARK and CAPTION_CLASS match contains: one test per class
 * attribute, and the precise patterns only run on the few that pass (most class names are layout names).
 */
const CLASS_PREFILTER = /credit|copy|photo|bild|foto|source|caption|legend|image|img|picture|media|attribution/i;
const MAX_CREDIT_CHARS = 200;


/** What the single walk over the document hands to the metadata readers, so nothing walks the DOM twice. */
export interface DocumentScan {
  notes: CopyrightNote[];
  metas: Element[];
  ldScripts: Element[];
  licenseLinks: Element[];
}

interface Walk extends DocumentScan {
  /** Blocks already read: true when read whole, false when too long to be a notice (read node by node). */
  seenBlocks: Map<Element, boolean>;
}

/**
 * One walk over the whole document: visible notices and image credits (body text), and the <meta>,
 * JSON-LD <script> and rel=license elements for the other readers. querySelectorAll would walk it again.
 */
export function scanDocument(doc: Document): DocumentScan {
  const walk: Walk = { notes: [], metas: [], ldScripts: [], licenseLinks: [], seenBlocks: new Map() };
  const root = doc.documentElement;
  if (root) visit(root, false, walk, false);
  return walk;
}

/** Visible copyright, rights, syndication and licence notices, plus image credits, in document order. */
export function visibleNotes(doc: Document): CopyrightNote[] {
  return scanDocument(doc).notes;
}

/**
 * An attribute's raw value. getAttributeNode is standard and as cheap as getAttribute in browsers; in
 * linkedom (the CLI's DOM) getAttribute('class') rebuilds a DOMTokenList and escapes every value, which
 * made attribute reads the walk's largest cost.
 */
function attr(el: Element, name: string): string | null {
  return el.getAttributeNode(name)?.value ?? null;
}

function visit(el: Element, inCaption: boolean, walk: Walk, inHead: boolean): void {
  const tag = el.localName;
  if (tag === 'meta') {
    walk.metas.push(el);
    return;
  }
  if (tag === 'script') {
    if (/ld\+json/i.test(attr(el, 'type') ?? '')) walk.ldScripts.push(el);
    return;
  }
  if (tag === 'link' || tag === 'a') {
    // rel=license and rel=copyright links are read (once) by the licence-link reader, not as visible text.
    const rel = attr(el, 'rel');
    if (rel && RIGHTS_REL.test(rel)) {
      walk.licenseLinks.push(el);
      return;
    }
  }
  const head = inHead || tag === 'head';
  // Most elements carry no attribute at all: skip the three attribute look-ups for them.
  const attrs = el.hasAttributes();
  if (head || SKIP.has(tag) || (attrs && el.hasAttribute('hidden'))) {
    // The head and skipped elements hold no visible text, but may hold metadata.
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) visitHidden(c as Element, walk);
    return;
  }
  let caption = inCaption || tag === 'figcaption';
  if (attrs) {
    const cls = attr(el, 'class') ?? '';
    const marked = cls !== '' && CLASS_PREFILTER.test(cls);
    const itemprop = attr(el, 'itemprop') ?? '';
    if ((marked && (CREDIT_MARK.test(cls) || CREDIT_MARK_CAMEL.test(cls))) || (itemprop && CREDIT_ITEMPROP.test(itemprop))) {
      if (creditElement(el, cls, inCaption, walk)) return;
    } else if (marked && tag !== 'figcaption' && CAPTION_CREDIT_MARK.test(cls) && !NOT_CREDIT_CLASS.test(cls) && (inCaption || hasFigureAncestor(el))) {
      if (creditElement(el, cls, true, walk)) return;
    }
    if (marked && !caption) caption = CAPTION_CLASS.test(cls);
  }
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1) visit(c as Element, caption, walk, false);
    else if (c.nodeType === 3) textNode(c, caption, walk);
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

/** Reads an element marked as a credit. Returns false when it is no image credit (a footer "copyright" div). */
function creditElement(el: Element, cls: string, inCaption: boolean, walk: Walk): boolean {
  const text = normalizeSpace(el.textContent ?? '');
  if (!text || text.length > MAX_CREDIT_CHARS) return false;
  const imageLike = inCaption || IMAGE_CONTEXT.test(cls) || hasFigureAncestor(el) || nearImage(el);
  if (!imageLike || inFooter(el)) return false;
  const folded = foldConfusables(text);
  // A "copyright" class holding "© 2019 Site. All rights reserved." inside a figure is still a page notice.
  if (/\ball rights reserved\b/i.test(folded)) return false;
  pushCredit(text, walk);
  return true;
}

/** True when an image sits next to el: a bare "credit" class on an ad's label is no image credit. */
function nearImage(el: Element): boolean {
  let p: Element | null = el.parentElement;
  for (let i = 0; p && i < IMAGE_NEIGHBOUR_LEVELS; i++, p = p.parentElement) {
    if (p.querySelector('img, picture, video')) return true;
  }
  return false;
}

function inFooter(el: Element): boolean {
  for (let p: Element | null = el; p; p = p.parentElement) {
    if (p.localName === 'footer' || attr(p, 'role') === 'contentinfo') return true;
    const c = attr(p, 'class');
    if (c && FOOTER_CLASS.test(c)) return true;
  }
  return false;
}

function hasFigureAncestor(el: Element): boolean {
  let depth = 0;
  for (let p = el.parentElement; p && depth < 4; p = p.parentElement, depth++) {
    const t = p.localName;
    if (t === 'figure' || t === 'figcaption' || t === 'picture') return true;
  }
  return false;
}

function textNode(node: Node, inCaption: boolean, walk: Walk): void {
  const raw = node.nodeValue ?? '';
  if (raw.length < 3) {
    if (!raw.includes('©')) return;
  }
  // Indentation between tags is most of a page's text nodes: no notice there.
  const first = raw.charCodeAt(0);
  if ((first === 10 || first === 32 || first === 9 || first === 13) && raw.trim() === '') return;
  const folded = MAY_HAVE_CONFUSABLES.test(raw) ? foldConfusables(raw) : raw;
  if (inCaption) {
    captionCredit(node, walk);
    return;
  }
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


function pushCredit(text: string, walk: Walk): void {
  walk.notes.push(creditNote(text));
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
