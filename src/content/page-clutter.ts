/**
 * Hides clutter on the live page, reversibly. Elements get a Sidenote attribute that an adopted style
 * sheet turns into `display: none !important`: the page's scripts own neither, so frameworks that
 * re-render their own nodes do not crash, and restore() undoes everything. App-banner <meta> tags are
 * taken out while Sidenote is open (browsers read them live) and put back where they were.
 * Late clutter (a prompt that appears seconds after load) is caught by one batched MutationObserver
 * that ignores Sidenote's own changes and spends a bounded time per pass.
 */
import { detectClutter } from '../core/clutter';
import type { ClutterCategory, ClutterItem } from '../core/types';

export const HIDDEN_ATTR = 'data-sidenote-hidden';
/** Minimum pause between two observer passes, so a page mutating endlessly costs little. */
const PASS_INTERVAL_MS = 250;
/** Performance measure left by each pass in the e2e build only, so tests can count passes per second. */
export const PASS_MARK = 'sidenote:clutter-pass';
/** Scroll-lock styles Sidenote overrides on html/body while clutter is hidden. */
const UNLOCK_ATTR = 'data-sidenote-unlock';

const CSS = `[${HIDDEN_ATTR}] { display: none !important; }
html[${UNLOCK_ATTR}], html[${UNLOCK_ATTR}] > body { overflow: auto !important; position: static !important; }`;

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
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastPass = 0;
  private readonly sheet = new CSSStyleSheet();

  constructor(
    /** Sidenote's own UI host (never clutter, and its insertion is not a page change); null when there is none. */
    private readonly ownHost: Element | null,
    private readonly onChange: (items: ClutterItem[]) => void,
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
    this.pass();
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(document.documentElement, { childList: true, subtree: true });
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

  /** Undoes everything: attributes, meta tags, the style sheet, the observer. */
  restore(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const h of this.hidden.reverse()) this.unhide(h);
    this.hidden = [];
    document.documentElement.removeAttribute(UNLOCK_ATTR);
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
    const relevant = records.some((r) =>
      Array.from(r.addedNodes).some((n) => n.nodeType === 1 && !this.isOurs(n)),
    );
    if (!relevant || this.timer) return;
    const wait = Math.max(0, this.lastPass + PASS_INTERVAL_MS - performance.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.pass();
    }, wait);
  }

  private isOurs(node: Node): boolean {
    return node === this.ownHost || this.hidden.some((h) => h.element === node);
  }

  /** One detection pass over the page; newly found clutter is hidden. */
  private pass(): void {
    const start = performance.now();
    this.lastPass = start;
    const known = new Set(this.hidden.map((h) => h.element));
    const found = detectClutter(document, this.categories, { isFloating });
    let changed = false;
    for (const hit of found) {
      if (known.has(hit.element) || this.revealed.has(hit.element) || this.isOrHoldsHost(hit.element)) continue;
      const item: ClutterItem = { category: hit.category, text: hit.text };
      if (hit.element.tagName === 'META') {
        const parent = hit.element.parentNode;
        if (!parent) continue;
        this.hidden.push({ element: hit.element, item, parent, next: hit.element.nextSibling });
        hit.element.remove();
      } else {
        hit.element.setAttribute(HIDDEN_ATTR, hit.category);
        this.hidden.push({ element: hit.element, item });
      }
      changed = true;
    }
    if (changed) {
      this.unlockScroll();
      this.onChange(this.items);
    }
    // Test builds leave one measure per pass, so e2e tests can count passes and their cost.
    if (__E2E__) performance.measure(PASS_MARK, { start });
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
