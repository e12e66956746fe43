/**
 * What hidden clutter leaves behind on the live page: an empty full-screen backdrop that dimmed the page
 * behind a prompt, and padding or margin a site reserved on html/body for a fixed banner. Both are
 * found from the hidden element's own geometry, never from site-specific rules.
 */

/** Class or id words that mark a dimming layer. */
const BACKDROP_WORDS = /(^|[-_\s])(backdrop|overlay|scrim|dimmer|mask|modal-bg|lightbox-bg|shade)([-_\s]|$)/i;
/** How much of the viewport a backdrop covers. */
const COVERS = 0.9;
/** Reserved space matches a banner's height to within this many pixels. */
const SLACK_PX = 2;
/** A banner taller than this share of the viewport is not a bar the page reserved room for. */
const MAX_BAR_SHARE = 0.4;

export const UNPAD_ATTR = 'data-sidenote-unpad';
export const UNPAD_CSS = ['pt', 'pb', 'mt', 'mb']
  .map((k) => `[${UNPAD_ATTR}~="${k}"] { ${{ pt: 'padding-top', pb: 'padding-bottom', mt: 'margin-top', mb: 'margin-bottom' }[k]}: 0 !important; }`)
  .join('\n');

export interface BarGeometry {
  edge: 'top' | 'bottom';
  height: number;
}

/** Where a floating element sits, read before it is hidden: a bar along the top or bottom edge, or null. */
export function barGeometry(el: Element): BarGeometry | null {
  const r = el.getBoundingClientRect();
  if (r.height <= 0 || r.height > innerHeight * MAX_BAR_SHARE || r.width < innerWidth * 0.5) return null;
  if (r.top <= 1) return { edge: 'top', height: r.height };
  if (r.bottom >= innerHeight - 1) return { edge: 'bottom', height: r.height };
  return null;
}

/** Tokens for html/body whose padding or margin equals the hidden bar's height on its edge. */
export function reservedSpace(bar: BarGeometry): Map<Element, string[]> {
  const out = new Map<Element, string[]>();
  for (const el of [document.documentElement, document.body]) {
    if (!el) continue;
    const s = getComputedStyle(el);
    const tokens: string[] = [];
    const [pad, mar] = bar.edge === 'top' ? [s.paddingTop, s.marginTop] : [s.paddingBottom, s.marginBottom];
    if (near(pad, bar.height)) tokens.push(bar.edge === 'top' ? 'pt' : 'pb');
    if (near(mar, bar.height)) tokens.push(bar.edge === 'top' ? 'mt' : 'mb');
    if (tokens.length) out.set(el, tokens);
  }
  return out;
}

function near(value: string, height: number): boolean {
  const px = parseFloat(value);
  return px > 0 && Math.abs(px - height) <= SLACK_PX;
}

/**
 * Empty full-screen layers next to a hidden element (its siblings, or its parent's) that only dim the
 * page: fixed, covering the viewport, no text or media, and named like a backdrop or lying beside it.
 */
export function leftoverBackdrops(hidden: Element, isOurs: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const near = new Set<Element>();
  for (const scope of [hidden.parentElement, hidden.parentElement?.parentElement]) {
    if (!scope || scope === document.documentElement) continue;
    for (const c of Array.from(scope.children)) if (c !== hidden && !c.contains(hidden)) near.add(c);
  }
  for (const el of near) {
    if (isOurs(el) || el === document.body || el.hasAttribute('data-sidenote-hidden')) continue;
    if ((el.textContent ?? '').trim() !== '' || el.querySelector('img, video, iframe, canvas, svg, picture, input, button, a')) continue;
    const s = getComputedStyle(el);
    if (s.position !== 'fixed' || s.display === 'none' || s.visibility === 'hidden') continue;
    const r = el.getBoundingClientRect();
    if (r.width < innerWidth * COVERS || r.height < innerHeight * COVERS) continue;
    const named = BACKDROP_WORDS.test(`${el.id} ${el.getAttribute('class') ?? ''}`);
    if (named || el.previousElementSibling === hidden || el.nextElementSibling === hidden) out.push(el);
  }
  return out;
}
