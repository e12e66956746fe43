/**
 * One open Sidenote in a tab: hides clutter on the live page, analyses a clone of the document,
 * shows the reader and sidebar in a closed shadow root, and on close puts the page back exactly as it
 * was (host removed, clutter shown, meta tags restored, scroll position kept).
 */
import { analyzeDocument, type Extraction } from '../core/analyze';
import type { ClutterCategory, ClutterItem } from '../core/types';
import { activeClutterCategories, onSettingsChanged, saveSettings, type Settings } from '../shared/settings';
import { mountApp } from '../sidebar/mount';
import type { AppProps, MountedApp, ViewMode } from '../sidebar/types';
import { writeClipboard } from './clipboard';
import { clearHighlight, LOCATE_CSS, locateAndHighlight, READER_LOCATE_CSS } from './locate';
import { pauseAutoClutter } from './auto-clutter-link';
import { setNotificationGuard } from './notification-guard';
import { HIDDEN_ATTR, PageClutter } from './page-clutter';
import { failedExtraction } from './failed-extraction';
import { guardHost, type HostGuard } from './host-guard';
import { watchNavigation } from './navigation-watch';
import { markNow, measurePainted, measureSince, measureTimings } from './perf';
import { takeSettings } from './script-start';
import { readerBody } from './reader-html';
import { downloadText, missingFromReader, previewIn } from './reader-actions';
import { installPrint } from './print';
import { t, uiLocale, warmMessages } from '../shared/i18n';
import { DEFAULT_READER_PREFS, type ReaderPrefs } from '../shared/reader-prefs';

/** The host's tag: a custom-element name no page uses, so page CSS aimed at common tags misses it. */
const HOST_TAG = 'sidenote-root';
/** Input types whose Esc belongs to the field while it holds text. */
const TEXT_INPUT = /^(text|search|email|url|tel|number|password)$/;
/** The host's own inline style, re-applied if a page script changes it. */
const HOST_STYLE = { position: 'fixed', inset: '0', 'z-index': '2147483647', 'pointer-events': 'none', display: 'block' };

export class Session {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private app: MountedApp | null = null;
  private clutter: PageClutter | null = null;
  private extraction: Extraction | null = null;
  private readerBody: DocumentFragment | null = null;
  private mode: ViewMode = 'reader';
  private categories: readonly ClutterCategory[] = [];
  private hiddenItems: ClutterItem[] = [];
  private settings: Settings | null = null;
  private guarded = false;
  private resumeAuto: (() => void) | null = null;
  private unsubscribe: (() => void) | null = null;
  private stopNavigationWatch: (() => void) | null = null;
  private hostGuard: HostGuard | null = null;
  private scroll = { x: 0, y: 0 };
  /** Where focus was before Sidenote opened; it goes back there on close. */
  private returnFocus: Element | null = null;
  private missing: string[] = [];
  private stopPrint: (() => void) | null = null;
  private readonly locateSheet = new CSSStyleSheet();
  private readonly readerLocateSheet = new CSSStyleSheet();
  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && !e.defaultPrevented && !this.typingInSidenote(e)) {
      e.stopPropagation();
      this.close();
    }
  };

  constructor(private readonly onClosed: (problem?: string) => void) {}

  /**
   * True when a key event goes to a text field of Sidenote's own that holds text: Esc there is the
   * field's (the sidebar clears its search box), not a request to close. This window listener sees a
   * closed root's host as composedPath()[0], so the focused field is read from the root itself.
   */
  private typingInSidenote(e: KeyboardEvent): boolean {
    if (!this.shadow || e.composedPath()[0] !== this.host) return false;
    const el = this.shadow.activeElement;
    const text = el?.tagName === 'TEXTAREA' || (el?.tagName === 'INPUT' && TEXT_INPUT.test((el as HTMLInputElement).type));
    return text && (el as HTMLInputElement).value !== '';
  }

  async open(): Promise<void> {
    const opened = performance.now();
    this.scroll = { x: window.scrollX, y: window.scrollY };
    this.returnFocus = document.activeElement;
    // The first open gets the read the script started as it began (script-start.ts).
    const loading = takeSettings();
    // The first UI text lookup fetches the message catalogue synchronously; do it while settings load.
    warmMessages();
    const settings = await loading;
    markNow('settings');
    // From here to the end of open() runs as one task: the page cannot respond meanwhile.
    const syncStart = performance.now();
    this.settings = settings;
    this.categories = settings ? activeClutterCategories(settings, location.hostname) : [];
    this.resumeAuto = pauseAutoClutter();
    this.guardNotifications(settings?.blockNotificationPrompt === true);

    this.host = document.createElement(HOST_TAG);
    this.shadow = this.host.attachShadow({ mode: 'closed' });
    this.clutter = new PageClutter(this.host, (items) => {
      this.hiddenItems = items;
      this.render();
    });
    const clutterStart = performance.now();
    try {
      this.clutter.apply(this.categories);
    } catch {
      // A page whose DOM defeats the clutter pass still gets its reader and sidebar.
      this.clutter.restore();
    }
    measureSince('clutter-live', clutterStart);
    const analysisStart = performance.now();
    this.analyse();
    measureSince('analysis', analysisStart);
    if (this.extraction) measureTimings(this.extraction.timings);
    this.mode = this.extraction?.content ? 'reader' : 'original';

    document.documentElement.appendChild(this.host);
    this.hostGuard = guardHost(this.host, HOST_STYLE, () => this.close(t('hostRemoved')));
    const renderStart = performance.now();
    this.app = mountApp(this.shadow, this.props());
    measureSince('render', renderStart);
    measureSince('open', opened);
    measurePainted(opened);
    measureSince('open-task', syncStart);
    // Each tree gets the rules of its own kind of highlight: marks in the reader, ::highlight on the page
    // (that one only when a highlight first goes on the page: see pageView()).
    this.readerLocateSheet.replaceSync(READER_LOCATE_CSS);
    this.shadow.adoptedStyleSheets = [...this.shadow.adoptedStyleSheets, this.readerLocateSheet];
    window.addEventListener('keydown', this.onKey, true);
    this.stopPrint = installPrint(this.shadow, () => this.mode === 'reader');
    this.unsubscribe = onSettingsChanged((s) => this.applySettings(s));
    this.stopNavigationWatch = watchNavigation(() => this.refresh());
  }

  /** The page moved to another article (single-page app navigation): read it again. */
  private refresh(): void {
    if (!this.host) return;
    clearHighlight();
    this.analyse();
    this.mode = this.extraction?.content ? this.mode : 'original';
    this.render();
  }

  /** Closes Sidenote and restores the page; `problem` is set when Sidenote had to close by itself. */
  close(problem?: string): void {
    if (!this.host) return;
    window.removeEventListener('keydown', this.onKey, true);
    this.stopPrint?.();
    this.stopPrint = null;
    this.unsubscribe?.();
    this.stopNavigationWatch?.();
    this.hostGuard?.stop();
    clearHighlight();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== this.locateSheet);
    this.app?.unmount();
    this.host.remove();
    this.clutter?.restore();
    this.guardNotifications(false);
    this.resumeAuto?.();
    this.resumeAuto = null;
    this.host = null;
    this.shadow = null;
    this.app = null;
    if (window.scrollX !== this.scroll.x || window.scrollY !== this.scroll.y) window.scrollTo(this.scroll.x, this.scroll.y);
    (this.returnFocus as HTMLElement | null)?.focus?.({ preventScroll: true });
    this.returnFocus = null;
    this.onClosed(problem);
  }

  /** Settings changed elsewhere (the options page): re-hide clutter and re-read the article. */
  private applySettings(settings: Settings): void {
    this.settings = settings;
    this.guardNotifications(settings.blockNotificationPrompt);
    const next = activeClutterCategories(settings, location.hostname);
    if (next.join() === this.categories.join()) return this.render();
    this.categories = next;
    this.clutter?.apply(next);
    this.analyse();
    this.render();
  }

  /** Installs or removes the page-world notification guard (only changes are sent). */
  private guardNotifications(on: boolean): void {
    if (on === this.guarded) return;
    this.guarded = on;
    void setNotificationGuard(on);
  }

  /** The sidebar's per-site switch: adds or removes this host from the exception list (applies live). */
  private setSiteException(excepted: boolean): void {
    const host = location.hostname.toLowerCase();
    const hosts = (this.settings?.clutterExceptions ?? []).filter((h) => h !== host);
    void saveSettings({ clutterExceptions: excepted ? [...hosts, host].sort() : hosts }).catch(() => undefined);
  }

  /** The tree a locate searches: the reader body, or the live page. */
  private viewRoot(mode: ViewMode): Element | null {
    return mode === 'reader' && this.shadow ? this.shadow.querySelector('.sn-article-body') : this.pageView();
  }

  /**
   * The live page as a locate's tree, with the page's ::highlight rules adopted on first use rather than
   * on open: a document sheet whose rules match every element makes the browser restyle the whole page
   * (measured: 1,106 elements restyled in the first frame instead of 189 on a news page), a cost the
   * first open should not pay for a highlight it may never show.
   */
  private pageView(): Element | null {
    if (this.host && !document.adoptedStyleSheets.includes(this.locateSheet)) {
      this.locateSheet.replaceSync(LOCATE_CSS);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.locateSheet];
    }
    return document.body;
  }

  /** Shows new reader preferences at once and saves them (the settings listener confirms). */
  private setReaderPrefs(patch: Partial<ReaderPrefs>): void {
    const reader = { ...(this.settings?.reader ?? DEFAULT_READER_PREFS), ...patch };
    if (this.settings) this.settings = { ...this.settings, reader };
    this.render();
    void saveSettings({ reader }).catch(() => undefined);
  }

  private analyse(): void {
    try {
      this.extraction = analyzeDocument(document, {
        url: location.href,
        // The live pass has already marked every clutter element (with computed styles the clone lacks);
        // stripping the marks is enough, so the clone is not searched a second time.
        clutterCategories: [],
        alsoStrip: `[${HIDDEN_ATTR}]`,
      });
      this.readerBody = this.extraction.content ? readerBody(this.extraction.content) : null;
      this.missing = missingFromReader(this.readerBody, this.extraction.analysis);
    } catch (err) {
      this.extraction = failedExtraction(location.href, document.title, err);
      this.readerBody = null;
    }
  }

  private render(): void {
    if (this.app) this.app.update(this.props());
  }

  private props(): AppProps {
    const extraction = this.extraction!;
    return {
      analysis: extraction.analysis,
      reader: { body: this.readerBody, readingMinutes: extraction.readingMinutes, dir: extraction.dir, missing: this.missing },
      t,
      locale: uiLocale(),
      prefs: this.settings?.reader ?? DEFAULT_READER_PREFS,
      onPrefs: (patch) => this.setReaderPrefs(patch),
      onDownload: (name, mime, text) => { if (this.shadow) downloadText(this.shadow, name, mime, text); },
      onPreview: (text) => previewIn(this.viewRoot(this.mode), this.mode === 'reader' ? this.shadow?.querySelector('.sn-reader-pane') ?? null : null, text),
      mode: this.mode,
      hiddenClutter: this.hiddenItems,
      clutterEnabled: this.categories.length > 0,
      clutterSite: this.settings?.removeClutter
        ? { host: location.hostname, excepted: this.settings.clutterExceptions.includes(location.hostname.toLowerCase()) }
        : undefined,
      onRevealClutter: (index) => this.clutter?.reveal(index),
      onClutterSiteException: (excepted) => this.setSiteException(excepted),
      onModeChange: (mode) => {
        this.mode = mode;
        clearHighlight();
        this.render();
      },
      onClose: () => this.close(),
      onCopy: (text) => (this.shadow ? writeClipboard(text, this.shadow) : Promise.resolve(false)),
      onLocate: (text, where) => {
        const root = this.viewRoot(where ?? this.mode);
        return root ? locateAndHighlight(root, text) : false;
      },
    };
  }
}
