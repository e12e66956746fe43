/**
 * Hides clutter on the live page, reversibly. Elements get a Sidenote attribute that an adopted style
 * sheet turns into `display: none !important`: the page's scripts own neither, so frameworks that
 * re-render their own nodes do not crash, and restore() undoes everything. App-banner <meta> tags are
 * taken out while Sidenote is open (browsers read them live) and put back where they were.
 * Late clutter (a prompt that appears seconds after load) is caught by a batched MutationObserver on
 * the whole tree while Sidenote is open, and in the all-sites mode by cheap looks at the top level plus
 * idle-time rescans (see clutter-watch.ts) that ignores Sidenote's own changes and looks only at the added
 * subtrees (and their ancestors), with a time budget per pass: a page mutating endlessly never costs a
 * whole-page scan per change.
 */
import { detectAddedClutter, detectClutter, type DetectedClutter } from '../core/clutter';
import type { ClutterCategory, ClutterItem } from '../core/types';
import { barGeometry, leftoverBackdrops, reservedSpace, UNPAD_ATTR, UNPAD_CSS } from './clutter-leftovers';
import { watchTopLevel, watchWholeTree, type ClutterWatch } from './clutter-watch';

export const HIDDEN_ATTR = 'data-sidenote-hidden';
/** Minimum pause between two observer passes, so a page mutating endlessly costs little. */
const PASS_INTERVAL_MS = 250;
/**
 * In the all-sites mode an observer pass waits for the page to go idle (at most this long), so it never
 * lands in the middle of the page's own burst of work: the top-level change that triggers it (a list
 * or an overlay appended to <body>) usually comes at the start of such a burst.
 */
const IDLE_PASS_TIMEOUT_MS = 1_000;
/** Time one observer pass may spend before leaving the rest of the added nodes to the next pass. */
const PASS_BUDGET_MS = 4;
/** Added nodes judged between two budget checks. */
const PASS_CHUNK = 64;
/**
 * Performance measure left by each pass in the e2e build only, so tests can count passes per second;
 * its detail says what the pass judged: 'rescan' (the whole page) or 'added' (nodes from mutations).
 */
export const PASS_MARK = 'sidenote:clutter-pass';
/** Scroll-lock styles Sidenote overrides on html/body while clutter is hidden. */
const UNLOCK_ATTR = 'data-sidenote-unlock';

const CSS = `[${HIDDEN_ATTR}] { display: none !important; }
html[${UNLOCK_ATTR}], html[${UNLOCK_ATTR}] > body { overflow: auto !important; position: static !important; }
${UNPAD_CSS}`;
/** What the sidebar lists for an empty backdrop hidden along with the clutter it dimmed the page for. */
const BACKDROP_TEXT = '(the empty backdrop behind it)';

/** Which changes the hider watches for: every insertion ('tree') or the top level plus rescans ('top-level'). */
export type WatchMode = 'tree' | 'top-level';

interface Hidden {
  element: Element;
  item: ClutterItem;
  /** For removed <meta> tags: where to put them back. */
  parent?: Node;
  next?: Node | null;
}

export class PageClutter {
  private hidden: Hidden[] = [];
  /** Elements the reader chose to show again; never re-hidden while this instance lives. */
  private readonly revealed = new WeakSet<Element>();
  private categories: readonly ClutterCategory[] = [];
  private watch: ClutterWatch | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** A pending idle callback for the next observer pass (all-sites mode only). */
  private idle: number | null = null;
  private lastPass = 0;
  /** Nodes added since the last observer pass, not yet looked at. */
  private pending: Node[] = [];
  private readonly sheet = new CSSStyleSheet();

  constructor(
    /** Sidenote's own UI host (never clutter, and its insertion is not a page change); null when there is none. */
    private readonly ownHost: Element | null,
    private readonly onChange: (items: ClutterItem[]) => void,
    private readonly watchMode: WatchMode = 'tree',
  ) {
    this.sheet.replaceSync(CSS);
  }

  /** Currently hidden items, in the order they were found. */
  get items(): ClutterItem[] {
    return this.hidden.map((h) => h.item);
  }

  /** Hides clutter of these categories now and as it appears; an empty list un-hides everything. */
  apply(categories: readonly ClutterCategory[]): void {
    this.restore();
    this.categories = categories;
    if (categories.length === 0) {
      this.onChange(this.items);
      return;
    }
    if (!document.adoptedStyleSheets.includes(this.sheet)) {
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    }
    this.rescan();
    this.watch =
      this.watchMode === 'tree'
        ? watchWholeTree((records) => this.onMutations(records))
        : watchTopLevel((nodes) => this.onAdded(nodes), () => this.rescan());
  }

  /** One whole-page detection pass. */
  private rescan(): void {
    const start = performance.now();
    this.pass(detectClutter(document, this.categories, { isFloating }), start, 'rescan');
  }

  /** Shows one hidden item again (the sidebar's "show" button). */
  reveal(index: number): void {
    const h = this.hidden[index];
    if (!h) return;
    this.revealed.add(h.element);
    this.unhide(h);
    this.hidden.splice(index, 1);
    this.onChange(this.items);
  }

  /** Undoes everything: attributes, meta tags, the style sheet, the watch. */
  restore(): void {
    this.watch?.stop();
    this.watch = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.idle !== null) cancelIdleCallback(this.idle);
    this.idle = null;
    this.pending = [];
    for (const h of this.hidden.reverse()) this.unhide(h);
    this.hidden = [];
    document.documentElement.removeAttribute(UNLOCK_ATTR);
    for (const el of [document.documentElement, document.body]) el?.removeAttribute(UNPAD_ATTR);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }

  private unhide(h: Hidden): void {
    if (h.parent) {
      if (!h.element.isConnected) h.parent.insertBefore(h.element, h.next && h.next.parentNode === h.parent ? h.next : null);
    } else {
      h.element.removeAttribute(HIDDEN_ATTR);
    }
  }

  private onMutations(records: MutationRecord[]): void {
    // Runs for every batch of page mutations: no allocation, no DOM reads beyond the records.
    for (const r of records) {
      const added = r.addedNodes;
      for (let i = 0; i < added.length; i++) {
        const n = added[i]!;
        if ((n.nodeType === 1 || n.nodeType === 3) && !this.isOurs(n)) this.pending.push(n);
      }
    }
    this.schedule();
  }

  /** Top-level children the all-sites watch found since its last look. */
  private onAdded(nodes: Node[]): void {
    for (const n of nodes) if (!this.isOurs(n)) this.pending.push(n);
    this.schedule();
  }

  private schedule(): void {
    if (this.pending.length === 0 || this.timer || this.idle !== null) return;
    const wait = Math.max(0, this.lastPass + PASS_INTERVAL_MS - performance.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.watchMode === 'top-level' && typeof requestIdleCallback === 'function') {
        this.idle = requestIdleCallback(() => {
          this.idle = null;
          this.observerPass();
        }, { timeout: IDLE_PASS_TIMEOUT_MS });
      } else {
        this.observerPass();
      }
    }, wait);
  }

  /** Judges the added nodes in chunks until the budget is spent; the rest waits for the next pass. */
  private observerPass(): void {
    const start = performance.now();
    const found: DetectedClutter[] = [];
    while (this.pending.length > 0 && performance.now() - start < PASS_BUDGET_MS) {
      // Nodes already gone, or inside something hidden, show nothing new.
      const chunk = this.pending.splice(0, PASS_CHUNK).filter((n) => n.isConnected && !n.parentElement?.closest(`[${HIDDEN_ATTR}]`));
      found.push(...detectAddedClutter(chunk, this.categories, { isFloating }));
    }
    this.pass(found, start, 'added');
    this.schedule();
  }

  private isOurs(node: Node): boolean {
    return node === this.ownHost || this.hidden.some((h) => h.element === node);
  }

  /** Hides what a detection pass found (skipping what is hidden already or was revealed). */
  private pass(found: DetectedClutter[], start: number, kind: 'rescan' | 'added'): void {
    this.lastPass = start;
    const known = new Set(this.hidden.map((h) => h.element));
    let changed = false;
    for (const hit of found) {
      if (known.has(hit.element) || this.revealed.has(hit.element) || this.isOrHoldsHost(hit.element)) continue;
      known.add(hit.element);
      const item: ClutterItem = { category: hit.category, text: hit.text };
      if (hit.element.tagName === 'META') {
        const parent = hit.element.parentNode;
        if (!parent) continue;
        this.hidden.push({ element: hit.element, item, parent, next: hit.element.nextSibling });
        hit.element.remove();
      } else {
        const floating = isFloating(hit.element);
        const bar = floating ? barGeometry(hit.element) : null;
        hit.element.setAttribute(HIDDEN_ATTR, hit.category);
        this.hidden.push({ element: hit.element, item });
        if (floating) this.hideLeftovers(hit.element, hit.category, bar, known);
      }
      changed = true;
    }
    if (changed) {
      this.unlockScroll();
      this.onChange(this.items);
    }
    // Test builds leave one measure per pass, so e2e tests can count passes and their cost.
    if (__E2E__) performance.measure(PASS_MARK, { start, detail: kind });
  }

  /** Hides the empty backdrop a floating prompt leaves, and gives back room reserved for a bar. */
  private hideLeftovers(el: Element, category: ClutterCategory, bar: ReturnType<typeof barGeometry>, known: Set<Element>): void {
    for (const backdrop of leftoverBackdrops(el, (x) => this.isOrHoldsHost(x) || known.has(x))) {
      backdrop.setAttribute(HIDDEN_ATTR, category);
      known.add(backdrop);
      this.hidden.push({ element: backdrop, item: { category, text: BACKDROP_TEXT } });
    }
    if (!bar) return;
    for (const [target, tokens] of reservedSpace(bar)) {
      const current = new Set((target.getAttribute(UNPAD_ATTR) ?? '').split(' ').filter(Boolean));
      for (const t of tokens) current.add(t);
      target.setAttribute(UNPAD_ATTR, [...current].join(' '));
    }
  }

  private isOrHoldsHost(el: Element): boolean {
    return this.ownHost !== null && (el === this.ownHost || el.contains(this.ownHost));
  }

  /** Clutter overlays often lock scrolling on html/body; undo that while they are hidden. */
  private unlockScroll(): void {
    const locked = [document.documentElement, document.body].some((el) => {
      if (!el) return false;
      const s = getComputedStyle(el);
      return s.overflowY === 'hidden' || s.position === 'fixed';
    });
    if (locked) document.documentElement.setAttribute(UNLOCK_ATTR, '');
  }
}

/** Live-page check the core detector cannot do on its own: is the element floating over the page? */
function isFloating(el: Element): boolean {
  const p = getComputedStyle(el).position;
  return p === 'fixed' || p === 'sticky';
}
