/**
 * Finds app-install banners, "open in app" sheets, push-notification prompts and newsletter overlays.
 * One walk over the tree: cheap tag/id/class checks on every element (known SDK containers, then
 * site-made class names), text collected only for short blocks reached from a trigger word.
 * Guards keep the article safe: nothing returned is html/body/main/article, contains the article,
 * holds long prose, or is (or sits past) a paragraph of the article body without floating over it.
 */
import {
  APP_META_NAMES,
  ATTRIBUTE_HINT,
  ATTRIBUTE_PATTERNS,
  LIBRARY_CLASS_PREFIXES,
  LIBRARY_IDS,
  LIBRARY_TAGS,
  NEVER_TOKENS,
  STATE_TOKEN,
  TRIGGER,
} from './clutter-patterns';
import { SKIP_TAGS, classifyText, isFloating, makeTextReader, tokensOf, type ClutterOptions } from './clutter-text';
import type { ClutterCategory } from './types';

export type { ClutterOptions } from './clutter-text';

export interface DetectedClutter {
  element: Element;
  category: ClutterCategory;
  text: string;
}

export const ALL_CLUTTER_CATEGORIES: readonly ClutterCategory[] = ['open-in-app', 'app-banner', 'push-prompt', 'newsletter'];
/** What a reader gets unless they opt in: newsletter overlays are sometimes wanted, so they are off. */
export const DEFAULT_CLUTTER_CATEGORIES: readonly ClutterCategory[] = ['open-in-app', 'app-banner', 'push-prompt'];

const EVERY_CATEGORY: ReadonlySet<ClutterCategory> = new Set(ALL_CLUTTER_CATEGORIES);

/** Never clutter themselves; the walk goes through them. */
const PROTECTED_TAGS = new Set(['HTML', 'HEAD', 'BODY', 'MAIN', 'ARTICLE']);
/** An element holding one of these holds the article. */
const ARTICLE_SELECTOR = 'article, main, [role="main"], [itemprop~="articleBody"]';
/** Navigation: a short link there is a menu entry ("Free Mobile App"), not a promo, even in a drop-down overlay. */
const NAV_SELECTOR = 'nav, [role="navigation"], [role="menu"], [role="menubar"]';
/** Elements that show something even without text (a banner drawn as an image or in a frame). */
const MEDIA_SELECTOR = 'img, iframe, svg, picture, video, canvas';
/** Text blocks of an article body: never clutter by wording alone, nor is anything above them. */
const BODY_TEXT_TAGS = new Set(['P', 'BLOCKQUOTE', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'TD', 'DD']);
/** Caps on a matched element's text: SDK containers may carry some copy, site class matches less. */
const LIBRARY_MAX_CHARS = 1500;
const ATTRIBUTE_MAX_CHARS = 600;
/** A paragraph this long is prose, not a prompt. */
const PROSE_CHARS = 200;
/** Text-layer caps: an overlay's text, and a static promo block's text. */
const FLOATING_MAX_CHARS = 300;
const STATIC_MAX_CHARS = 160;
/** Letters allowed besides the prompt's own wording: an overlay has a sentence of copy, a static promo none. */
const FLOATING_MAX_RESIDUAL = 120;
const STATIC_MAX_RESIDUAL = 24;
/** More links than this make a block navigation (a footer bar, a menu), not a prompt. */
const MAX_LINKS = 4;
/** Length of the text kept with each hit, for the sidebar and the CLI. */
const REPORT_CHARS = 200;

/**
 * Finds clutter of the given categories under root and returns the outermost element of each, with
 * its category and (shortened) text. Pass options.isFloating to use computed styles on a live page.
 */
export function detectClutter(
  root: Document | Element,
  categories: readonly ClutterCategory[],
  options: ClutterOptions = {},
): DetectedClutter[] {
  const start = 'documentElement' in root ? root.documentElement : root;
  return start ? detectClutterIn([start], categories, options, false) : [];
}

/**
 * Like detectClutter, but for nodes just added to a live page (the observer's pass): walks only those
 * subtrees, plus the ancestors of each (a container that matched by class but was empty is judged
 * again once it is filled), so a page that keeps mutating never costs a whole-page scan per change.
 */
export function detectAddedClutter(
  added: readonly Node[],
  categories: readonly ClutterCategory[],
  options: ClutterOptions = {},
): DetectedClutter[] {
  return detectClutterIn(added, categories, options, true);
}

function detectClutterIn(
  roots: readonly Node[],
  categories: readonly ClutterCategory[],
  options: ClutterOptions,
  withAncestors: boolean,
): DetectedClutter[] {
  const wanted = new Set(categories);
  if (wanted.size === 0) return [];
  const readText = makeTextReader(LIBRARY_MAX_CHARS);
  const found: DetectedClutter[] = [];
  const triggers: Node[] = [];
  const climbed = new Set<Element>();

  for (const root of roots) {
    if (withAncestors) ancestorHits(root, wanted, options, readText, climbed, found);
    walk(root, wanted, options, readText, found, triggers);
  }
  for (const t of triggers) {
    const hit = textHit(t, wanted, options, readText);
    if (hit) found.push(hit);
  }
  return outermost(found);
}

/** The tag/id/class layers on every element under start; text nodes with a trigger word are collected. */
function walk(
  start: Node,
  wanted: ReadonlySet<ClutterCategory>,
  options: ClutterOptions,
  readText: (el: Element) => string | null,
  found: DetectedClutter[],
  triggers: Node[],
): void {
  const stack: Node[] = [start];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (value.length < FLOATING_MAX_CHARS * 2 && TRIGGER.test(value)) triggers.push(node);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'HEAD') {
      for (const meta of Array.from(el.querySelectorAll('meta'))) pushMeta(meta, wanted, found);
      continue;
    }
    if (tag === 'META') {
      pushMeta(el, wanted, found);
      continue;
    }
    // Iframes are read for their id/class only (Branch draws its banner in one); scripts and styles not at all.
    if (SKIP_TAGS.has(tag) && tag !== 'IFRAME') continue;
    const hit = attributeHit(el, tag, wanted, options, readText);
    if (hit) {
      found.push(hit);
      continue;
    }
    if (tag === 'IFRAME') continue;
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
}

/** The attribute layers on the ancestors of an added node (each ancestor judged once per pass). */
function ancestorHits(
  node: Node,
  wanted: ReadonlySet<ClutterCategory>,
  options: ClutterOptions,
  readText: (el: Element) => string | null,
  climbed: Set<Element>,
  found: DetectedClutter[],
): void {
  for (let a = node.parentElement; a && !climbed.has(a); a = a.parentElement) {
    climbed.add(a);
    const tag = a.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) && tag !== 'IFRAME') continue;
    const hit = attributeHit(a, tag, wanted, options, readText);
    if (hit) found.push(hit);
  }
}

function pushMeta(meta: Element, wanted: ReadonlySet<ClutterCategory>, found: DetectedClutter[]): void {
  const name = (meta.getAttribute('name') ?? '').toLowerCase();
  if (!APP_META_NAMES.has(name) || !wanted.has('app-banner')) return;
  found.push({ element: meta, category: 'app-banner', text: clip(`meta ${name}: ${meta.getAttribute('content') ?? ''}`) });
}

/** Layers 1 and 2: known SDK markup, then site-made class/id names, both behind the size guards. */
function attributeHit(
  el: Element,
  tag: string,
  wanted: ReadonlySet<ClutterCategory>,
  options: ClutterOptions,
  readText: (el: Element) => string | null,
): DetectedClutter | null {
  if (PROTECTED_TAGS.has(tag)) return null;
  // Most elements name nothing of the kind: one test on the raw attributes spares tokenising them.
  if (!LIBRARY_TAGS.has(tag) && !ATTRIBUTE_HINT.test(`${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`)) return null;
  const tokens = tokensOf(el);
  let category = LIBRARY_TAGS.get(tag) ?? libraryCategory(tokens);
  const fromLibrary = category !== undefined;
  if (!category) {
    const own = tokens.filter((t) => !STATE_TOKEN.test(t));
    category = ATTRIBUTE_PATTERNS.find(([r]) => own.some((t) => r.test(t)))?.[1];
  }
  if (!category) return null;
  if (el.getAttribute('role') === 'main' || el.querySelector(ARTICLE_SELECTOR)) return null;
  const text = readText(el);
  if (text === null || (!fromLibrary && text.length > ATTRIBUTE_MAX_CHARS) || hasProse(el)) return null;
  // A site-made container that is still empty shows nothing; the live observer sees it once it is filled.
  if (!fromLibrary && !text && !el.querySelector(MEDIA_SELECTOR)) return null;
  // The wording may name the kind better than the class does (CBS's "smart-banner" is an open-in-app
  // sheet); it is judged against every category so that switching that kind off shows the element.
  const byText = text ? classifyText(text, el, isFloating(el, options), EVERY_CATEGORY)?.category : undefined;
  const chosen = byText ?? category;
  return wanted.has(chosen) ? { element: el, category: chosen, text: clip(text) } : null;
}

function libraryCategory(tokens: readonly string[]): ClutterCategory | undefined {
  for (const t of tokens) {
    const byId = LIBRARY_IDS.get(t);
    if (byId) return byId;
    const byPrefix = LIBRARY_CLASS_PREFIXES.find(([p]) => t.startsWith(p));
    if (byPrefix) return byPrefix[1];
  }
  return undefined;
}

function hasProse(el: Element): boolean {
  const blocks = [el, ...Array.from(el.querySelectorAll('p'))];
  return blocks.some((b) => b.tagName.toUpperCase() === 'P' && (b.textContent ?? '').trim().length > PROSE_CHARS);
}

/**
 * Layer 3: climbs from a trigger word while the text stays short and keeps the outermost block that
 * is a prompt: an overlay whose wording matches, or a static block whose whole text is the promo.
 */
function textHit(
  start: Node,
  wanted: ReadonlySet<ClutterCategory>,
  options: ClutterOptions,
  readText: (el: Element) => string | null,
): DetectedClutter | null {
  let best: DetectedClutter | null = null;
  // Set once the climb leaves a run of prose: from there on only an overlay can be a prompt.
  let pastProse = false;
  if (start.parentElement?.closest(NAV_SELECTOR)) return null;
  for (let a = start.parentElement; a; a = a.parentElement) {
    const tag = a.tagName.toUpperCase();
    if (PROTECTED_TAGS.has(tag) || a.getAttribute('role') === 'main' || (a.getAttribute('itemprop') ?? '').includes('articleBody')) break;
    const proseHolder = BODY_TEXT_TAGS.has(tag) || hasOwnText(a);
    const text = readText(a);
    if (text === null || text.length > FLOATING_MAX_CHARS) {
      // A link inside a long paragraph is part of a sentence ("available on Google Play"), not a promo.
      return proseHolder || !best || !wanted.has(best.category) ? null : best;
    }
    // A live-news bar or ticker is the page's own news, whatever it says.
    if (tokensOf(a).some((t) => NEVER_TOKENS.test(t))) return null;
    const floating = isFloating(a, options);
    // A body paragraph that is nothing but one link ("CLICK HERE TO GET THE … APP") is a promo, not prose.
    const inBody = BODY_TEXT_TAGS.has(tag) && a.closest(ARTICLE_SELECTOR) !== null && !isLinkOnly(a, text);
    const eligible = floating || (!pastProse && !inBody && text.length <= STATIC_MAX_CHARS);
    const hit = eligible && a.querySelectorAll('a').length <= MAX_LINKS ? classifyText(text, a, floating, EVERY_CATEGORY) : null;
    if (hit && hit.residual <= (floating ? FLOATING_MAX_RESIDUAL : STATIC_MAX_RESIDUAL)) {
      best = { element: a, category: hit.category, text: clip(text) };
    } else if (!floating && (proseHolder || inBody)) {
      best = null;
      pastProse = true;
    }
  }
  // A block of a kind that is switched off stays, even when a wanted kind's wording is inside it.
  return best && wanted.has(best.category) ? best : null;
}

/** True when all of el's text is the text of a single link inside it. */
function isLinkOnly(el: Element, text: string): boolean {
  const links = el.querySelectorAll('a');
  return links.length === 1 && normalizeText(links[0]!.textContent ?? '') === text;
}

function normalizeText(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** True when el has text of its own beside its child elements (running prose, not a wrapper). */
function hasOwnText(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && /\p{L}/u.test(c.nodeValue ?? '')) return true;
  return false;
}

/** Drops hits inside other hits and repeated elements, keeping document order of first sight. */
function outermost(hits: DetectedClutter[]): DetectedClutter[] {
  const unique = hits.filter((h, i) => hits.findIndex((o) => o.element === h.element) === i);
  return unique.filter((h) => !unique.some((o) => o !== h && o.element !== h.element && o.element.contains(h.element)));
}

function clip(text: string): string {
  return text.length > REPORT_CHARS ? text.slice(0, REPORT_CHARS - 1) + '…' : text;
}
