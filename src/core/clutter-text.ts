/**
 * The clutter detector's text layer: what a short block says, whether it floats over the page, and
 * which clutter category its wording belongs to. Only blocks reached from a trigger word are read.
 */
import {
  APP_BANNER,
  APP_BANNER_WEAK,
  CHROME_WORDS,
  FLOATING_TOKENS,
  NEWSLETTER,
  OPEN_IN_APP,
  PROMPT_BUTTONS,
  PUSH_KEYWORD,
  PUSH_STRONG,
  STORE_LINK,
  STORE_WORDS,
} from './clutter-patterns';
import { normalizeSpace } from './paragraphs';
import type { ClutterCategory } from './types';

/** Elements whose text is never shown to a reader. */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD']);
/** Categories in the order a block matching several is labelled (the most specific first). */
const PRIORITY: readonly ClutterCategory[] = ['open-in-app', 'push-prompt', 'app-banner', 'newsletter'];
/** Everything a prompt consists of besides its message; stripped to measure what else a block says. */
const PROMPT_WORDING = [...OPEN_IN_APP, ...APP_BANNER, ...PUSH_STRONG, ...NEWSLETTER, PUSH_KEYWORD].map(globalOf);
const WEAK_WORDING = APP_BANNER_WEAK.map(globalOf);
const CHROME_ALL = globalOf(CHROME_WORDS);
const INLINE_FIXED = /position\s*:\s*(fixed|sticky)/i;

export interface TextHit {
  category: ClutterCategory;
  /** Letters left once the prompt's own wording, buttons and store names are removed. */
  residual: number;
}

/** Options the caller may pass to detectClutter. */
export interface ClutterOptions {
  /** Computed-style check supplied by the live page (position fixed/sticky, high z-index). */
  isFloating?: (el: Element) => boolean;
}

/**
 * Reads visible text (including image alt text and buttons) with a cap: returns null as soon as the
 * text grows past cap, so that climbing from a word to a whole page column stays cheap.
 */
export function makeTextReader(cap: number): (el: Element) => string | null {
  const memo = new Map<Element, string | null>();
  return (el) => {
    const cached = memo.get(el);
    if (cached !== undefined) return cached;
    let out = '';
    let over = false;
    const walk = (n: Node): void => {
      if (over) return;
      if (n.nodeType === 3) {
        out += (n.nodeValue ?? '').replace(/\s+/g, ' ');
        if (out.length > cap * 2 && normalizeSpace(out).length > cap) over = true;
        return;
      }
      if (n.nodeType !== 1) return;
      const child = n as Element;
      const tag = child.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) return;
      if (tag === 'IMG') out += ' ' + (child.getAttribute('alt') ?? '') + ' ';
      else if (tag === 'BR') out += ' ';
      for (let c = child.firstChild; c && !over; c = c.nextSibling) walk(c);
      out += ' ';
    };
    walk(el);
    const text = over ? null : normalizeSpace(out);
    const result = text !== null && text.length <= cap ? text : null;
    memo.set(el, result);
    return result;
  };
}

/** Lower-cased class and id tokens, runs of '_' and '-' read as one '-'. */
export function tokensOf(el: Element): string[] {
  // BEM's "block__elem--mod" reads as "block-elem-mod", so one pattern covers every naming style.
  const raw = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`.toLowerCase().replace(/[-_]+/g, '-').trim();
  return raw ? raw.split(/\s+/) : [];
}

/** True when el sits above the page: a dialog, fixed/sticky inline style, overlay classes or the caller's check. */
export function isFloating(el: Element, options: ClutterOptions): boolean {
  const role = el.getAttribute('role');
  if (role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true') return true;
  if (el.tagName.toUpperCase() === 'DIALOG') return true;
  if (INLINE_FIXED.test(el.getAttribute('style') ?? '')) return true;
  if (tokensOf(el).some((t) => FLOATING_TOKENS.test(t))) return true;
  return options.isFloating ? safeCall(options.isFloating, el) : false;
}

/**
 * Labels a block's text. Push wording needs an overlay or buttons (so an article sentence about
 * notifications never qualifies); newsletter wording needs an overlay (inline sign-up boxes stay).
 */
export function classifyText(text: string, el: Element, floating: boolean, wanted: ReadonlySet<ClutterCategory>): TextHit | null {
  const matches = new Set<ClutterCategory>();
  if (OPEN_IN_APP.some((r) => r.test(text))) matches.add('open-in-app');
  const buttons = PROMPT_BUTTONS.test(text);
  if (PUSH_STRONG.some((r) => r.test(text)) ? floating || buttons : floating && buttons && PUSH_KEYWORD.test(text)) {
    matches.add('push-prompt');
  }
  if (APP_BANNER.some((r) => r.test(text)) || (STORE_WORDS.test(text) && hasStoreLink(el))) matches.add('app-banner');
  if (floating && NEWSLETTER.some((r) => r.test(text))) matches.add('newsletter');
  const category = PRIORITY.find((c) => matches.has(c) && wanted.has(c));
  if (!category) return null;
  return { category, residual: residualOf(text) };
}

/** Letters that remain once prompt wording, weak app cues, buttons and store names are removed. */
export function residualOf(text: string): number {
  let rest = text;
  for (const r of PROMPT_WORDING) rest = rest.replace(r, ' ');
  for (const r of WEAK_WORDING) rest = rest.replace(r, ' ');
  rest = rest.replace(CHROME_ALL, ' ');
  return rest.replace(/[^\p{L}\p{N}]+/gu, '').length;
}

function hasStoreLink(el: Element): boolean {
  for (const a of Array.from(el.querySelectorAll('a[href]'))) if (STORE_LINK.test(a.getAttribute('href') ?? '')) return true;
  return false;
}

function globalOf(r: RegExp): RegExp {
  return new RegExp(r.source, r.flags.includes('g') ? r.flags : r.flags + 'g');
}

function safeCall(check: (el: Element) => boolean, el: Element): boolean {
  try {
    return check(el);
  } catch {
    // A detached or cross-origin node can make getComputedStyle throw; treat it as not floating.
    return false;
  }
}
