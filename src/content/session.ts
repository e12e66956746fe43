/**
 * One open Sidenote in a tab: hides clutter on the live page, analyses a clone of the document,
 * shows the reader and sidebar in a closed shadow root, and on close puts the page back exactly as it
 * was (host removed, clutter shown, meta tags restored, scroll position kept).
 */
import { analyzeDocument, type Extraction } from '../core/analyze';
import type { ClutterCategory, ClutterItem } from '../core/types';
import { activeClutterCategories, loadSettings, onSettingsChanged, type Settings } from '../shared/settings';
import { mountApp } from '../sidebar/mount';
import type { AppProps, MountedApp, ViewMode } from '../sidebar/types';
import { writeClipboard } from './clipboard';
import { clearHighlight, LOCATE_CSS, locateAndHighlight } from './locate';
import { HIDDEN_ATTR, PageClutter } from './page-clutter';
import { readerHtml } from './reader-html';

/** The host's tag: a custom-element name no page uses, so page CSS aimed at common tags misses it. */
const HOST_TAG = 'sidenote-root';

export class Session {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private app: MountedApp | null = null;
  private clutter: PageClutter | null = null;
  private extraction: Extraction | null = null;
  private readerHtml: string | null = null;
  private mode: ViewMode = 'reader';
  private categories: readonly ClutterCategory[] = [];
  private hiddenItems: ClutterItem[] = [];
  private unsubscribe: (() => void) | null = null;
  private scroll = { x: 0, y: 0 };
  private readonly locateSheet = new CSSStyleSheet();
  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && !e.defaultPrevented) {
      e.stopPropagation();
      this.close();
    }
  };

  constructor(private readonly onClosed: () => void) {}

  async open(): Promise<void> {
    this.scroll = { x: window.scrollX, y: window.scrollY };
    const settings = await loadSettings().catch(() => null);
    this.categories = settings ? activeClutterCategories(settings, location.hostname) : [];

    this.host = document.createElement(HOST_TAG);
    for (const [k, v] of Object.entries({ position: 'fixed', inset: '0', 'z-index': '2147483647', 'pointer-events': 'none', display: 'block' })) {
      this.host.style.setProperty(k, v, 'important');
    }
    this.shadow = this.host.attachShadow({ mode: 'closed' });
    this.clutter = new PageClutter(this.host, (items) => {
      this.hiddenItems = items;
      this.render();
    });
    this.clutter.apply(this.categories);
    this.analyse();
    this.mode = this.extraction?.content ? 'reader' : 'original';

    document.documentElement.appendChild(this.host);
    this.app = mountApp(this.shadow, this.props());
    // The highlight rule must live in each tree it paints: the reader (shadow) and the original page.
    this.locateSheet.replaceSync(LOCATE_CSS);
    this.shadow.adoptedStyleSheets = [...this.shadow.adoptedStyleSheets, this.locateSheet];
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.locateSheet];
    window.addEventListener('keydown', this.onKey, true);
    this.unsubscribe = onSettingsChanged((s) => this.applySettings(s));
  }

  close(): void {
    if (!this.host) return;
    window.removeEventListener('keydown', this.onKey, true);
    this.unsubscribe?.();
    clearHighlight();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== this.locateSheet);
    this.app?.unmount();
    this.host.remove();
    this.clutter?.restore();
    this.host = null;
    this.shadow = null;
    this.app = null;
    if (window.scrollX !== this.scroll.x || window.scrollY !== this.scroll.y) window.scrollTo(this.scroll.x, this.scroll.y);
    this.onClosed();
  }

  /** Settings changed elsewhere (the options page): re-hide clutter and re-read the article. */
  private applySettings(settings: Settings): void {
    const next = activeClutterCategories(settings, location.hostname);
    if (next.join() === this.categories.join()) return;
    this.categories = next;
    this.clutter?.apply(next);
    this.analyse();
    this.render();
  }

  private analyse(): void {
    this.extraction = analyzeDocument(document, {
      url: location.href,
      clutterCategories: this.categories,
      alsoStrip: `[${HIDDEN_ATTR}]`,
    });
    this.readerHtml = this.extraction.content ? readerHtml(this.extraction.content) : null;
  }

  private render(): void {
    if (this.app) this.app.update(this.props());
  }

  private props(): AppProps {
    const extraction = this.extraction!;
    return {
      analysis: extraction.analysis,
      reader: { html: this.readerHtml, readingMinutes: extraction.readingMinutes, dir: extraction.dir },
      mode: this.mode,
      hiddenClutter: this.hiddenItems,
      clutterEnabled: this.categories.length > 0,
      onModeChange: (mode) => {
        this.mode = mode;
        clearHighlight();
        this.render();
      },
      onClose: () => this.close(),
      onCopy: (text) => (this.shadow ? writeClipboard(text, this.shadow) : Promise.resolve(false)),
      onLocate: (text) => {
        const root = this.mode === 'reader' && this.shadow ? this.shadow.querySelector('.sn-article-body') : document.body;
        if (root) locateAndHighlight(root, text);
      },
    };
  }
}
