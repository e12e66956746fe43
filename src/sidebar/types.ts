/**
 * What the content script hands the sidebar: data and callbacks only. The sidebar never touches the
 * page or the browser API; it renders these props inside Sidenote's closed shadow root.
 */
import type { Analysis, ClutterItem } from '../core/types';
import type { ReaderPrefs } from '../shared/reader-prefs';

/** Looks up a UI message from _locales; substitutions fill $1, $2… (the content script passes browser.i18n). */
export type Translate = (key: string, subs?: string | string[]) => string;

export type ViewMode = 'reader' | 'original';

export interface ReaderData {
  /** Article body as nodes DOMPurify returned (the content script sanitised them). Null when no article. */
  body: DocumentFragment | null;
  readingMinutes: number;
  dir: string | null;
  /** Quote and source-evidence texts that are not in the reader body (Readability dropped them). */
  missing?: string[];
}

export interface AppProps {
  analysis: Analysis;
  reader: ReaderData;
  mode: ViewMode;
  /** Clutter elements hidden on the live page right now. */
  hiddenClutter: ClutterItem[];
  /** Whether clutter removal is on for this page (master switch, categories, site exceptions). */
  clutterEnabled: boolean;
  /** This site and whether it is on the clutter exception list; absent when the master switch is off. */
  clutterSite?: { host: string; excepted: boolean };
  /** Shows the hidden clutter item at this index on the page again (the "Show" button). */
  onRevealClutter?(index: number): void;
  /** Adds (true) or removes (false) this site from the clutter exception list. */
  onClutterSiteException?(excepted: boolean): void;
  /** UI text (browser.i18n in the extension). */
  t: Translate;
  /** BCP 47 UI language for dates ("en" when absent). */
  locale?: string;
  /** Typography, theme, sidebar width and copy format; defaults when absent. */
  prefs?: ReaderPrefs;
  /** Saves changed preferences (the settings module remembers them). */
  onPrefs?(patch: Partial<ReaderPrefs>): void;
  /** Offers text as a file download (export). */
  onDownload?(filename: string, mime: string, text: string): void;
  /** Hover preview: highlights text faintly in the view; returns its position (0–1 of the view's height) or null. */
  onPreview?(text: string | null): number | null;
  onModeChange(mode: ViewMode): void;
  onClose(): void;
  /** Writes text to the clipboard; resolves true on success. */
  onCopy(text: string): Promise<boolean>;
  /** Scrolls to and highlights words in the current view (or `where`); true when found. */
  onLocate(text: string, where?: ViewMode): boolean | void;
}

export interface MountedApp {
  update(props: AppProps): void;
  unmount(): void;
}
