/**
 * What the content script hands the sidebar: data and callbacks only. The sidebar never touches the
 * page or the browser API; it renders these props inside Sidenote's closed shadow root.
 */
import type { Analysis, ClutterItem } from '../core/types';

export type ViewMode = 'reader' | 'original';

export interface ReaderData {
  /** Article body HTML, already sanitised by the content script (DOMPurify). Null when no article. */
  html: string | null;
  readingMinutes: number;
  dir: string | null;
}

export interface AppProps {
  analysis: Analysis;
  reader: ReaderData;
  mode: ViewMode;
  /** Clutter elements hidden on the live page right now. */
  hiddenClutter: ClutterItem[];
  /** Whether clutter removal is on for this page (master switch, categories, site exceptions). */
  clutterEnabled: boolean;
  onModeChange(mode: ViewMode): void;
  onClose(): void;
  /** Writes text to the clipboard; resolves true on success. */
  onCopy(text: string): Promise<boolean>;
  /** Scrolls to and highlights a quote's words in the current view (reader or original page). */
  onLocate(text: string): void;
}

export interface MountedApp {
  update(props: AppProps): void;
  unmount(): void;
}
