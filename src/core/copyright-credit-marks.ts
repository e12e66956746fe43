/**
 * Image credits marked by class or itemprop ("credit", "photo-copyright", itemprop=creditText) and
 * caption classes, for the copyright walk: read only on elements that carry attributes.
 */
import { creditNote } from './copyright-credits';
import { foldConfusables } from './copyright-text';
import { normalizeSpace } from './paragraphs';
import type { CopyrightNote } from './types';

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

/**
 * An attribute's raw value. getAttributeNode is standard and as cheap as getAttribute in browsers; in
 * linkedom (the CLI's DOM) getAttribute('class') rebuilds a DOMTokenList and escapes every value, which
 * made attribute reads the walk's largest cost.
 */
export function attr(el: Element, name: string): string | null {
  return el.getAttributeNode(name)?.value ?? null;
}

/** An element with no credit or caption mark. */
export const MARK_NONE = 0;
/** The element was read as an image credit: its children are not read again. */
export const MARK_CREDIT = 1;
/** The element's class marks a caption: its text nodes are read for a credit. */
export const MARK_CAPTION = 2;

/**
 * Reads an element's class and itemprop for credit and caption marks (and reads the credit if it is one):
 * MARK_CREDIT after pushing an image credit to notes, MARK_CAPTION for a caption, else MARK_NONE.
 */
export function creditMark(el: Element, tag: string, inCaption: boolean, notes: CopyrightNote[]): number {
  const cls = attr(el, 'class') ?? '';
  const marked = cls !== '' && CLASS_PREFILTER.test(cls);
  const itemprop = attr(el, 'itemprop') ?? '';
  if ((marked && (CREDIT_MARK.test(cls) || CREDIT_MARK_CAMEL.test(cls))) || (itemprop && CREDIT_ITEMPROP.test(itemprop))) {
    if (creditElement(el, cls, inCaption, notes)) return MARK_CREDIT;
  } else if (marked && tag !== 'figcaption' && CAPTION_CREDIT_MARK.test(cls) && !NOT_CREDIT_CLASS.test(cls) && (inCaption || hasFigureAncestor(el))) {
    if (creditElement(el, cls, true, notes)) return MARK_CREDIT;
  }
  return marked && !inCaption && tag !== 'figcaption' && CAPTION_CLASS.test(cls) ? MARK_CAPTION : MARK_NONE;
}

/** Reads an element marked as a credit. Returns false when it is no image credit (a footer "copyright" div). */
function creditElement(el: Element, cls: string, inCaption: boolean, notes: CopyrightNote[]): boolean {
  const text = normalizeSpace(el.textContent ?? '');
  if (!text || text.length > MAX_CREDIT_CHARS) return false;
  const imageLike = inCaption || IMAGE_CONTEXT.test(cls) || hasFigureAncestor(el) || nearImage(el);
  if (!imageLike || inFooter(el)) return false;
  const folded = foldConfusables(text);
  // A "copyright" class holding "© 2019 Site. All rights reserved." inside a figure is still a page notice.
  if (/\ball rights reserved\b/i.test(folded)) return false;
  notes.push(creditNote(text));
  return true;
}

/** True when an image sits next to el: a bare "credit" class on an ad's label is no image credit. */
function nearImage(el: Element): boolean {
  let p: Element | null = el.parentElement;
  for (let i = 0; p && i < IMAGE_NEIGHBOUR_LEVELS; i++, p = p.parentElement) {
    if (holdsImage(p)) return true;
  }
  return false;
}

/** Whether an <img>, <picture> or <video> sits anywhere under el (a selector query is parsed on every call). */
function holdsImage(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const t = c.localName;
    if (t === 'img' || t === 'picture' || t === 'video' || holdsImage(c)) return true;
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
