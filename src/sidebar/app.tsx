/**
 * The whole Sidenote UI inside the shadow root: the reader pane (reader mode only) and the sidebar
 * with quotes, sources, copyright notes and the clutter summary. Renders from props only; the view
 * state a session does not need to keep (search, filter, sidebar hidden, drag width) lives here.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DEFAULT_READER_PREFS, type ReaderPrefs } from '../shared/reader-prefs';
import { ReaderPane } from './reader-pane';
import { SidebarPanel } from './sidebar-panel';
import type { AppProps } from './types';

/** How long an announcement stays in the live region (then it is cleared so a repeat is re-read). */
const ANNOUNCE_MS = 2000;

/** Text for a polite live region, cleared after ANNOUNCE_MS. */
function useAnnouncer(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const announce = useCallback((next: string) => {
    clearTimeout(timer.current);
    setMessage(next);
    timer.current = setTimeout(() => setMessage(''), ANNOUNCE_MS);
  }, []);
  return [message, announce];
}

/**
 * Preferences from props, with this view's unsaved changes on top until new props arrive (then the
 * session's copy, which includes them, wins). Kept in a ref so a change shows on the very next render.
 */
function usePrefs(props: AppProps): [ReaderPrefs, (patch: Partial<ReaderPrefs>) => void] {
  const local = useRef<{ base: ReaderPrefs | undefined; patch: Partial<ReaderPrefs> }>({ base: props.prefs, patch: {} });
  const [, bump] = useState(0);
  if (local.current.base !== props.prefs) local.current = { base: props.prefs, patch: {} };
  const prefs = { ...(props.prefs ?? DEFAULT_READER_PREFS), ...local.current.patch };
  const set = (patch: Partial<ReaderPrefs>): void => {
    local.current.patch = { ...local.current.patch, ...patch };
    bump((n) => n + 1);
    props.onPrefs?.(patch);
  };
  return [prefs, set];
}

/** Root component. */
export function App(props: AppProps) {
  const { analysis, reader, mode, t } = props;
  const [announcement, announce] = useAnnouncer();
  const [prefs, setPrefs] = usePrefs(props);
  const [dragWidth, setDragWidth] = useState<number | null>(null);
  const [sidebarOpen, setSidebarOpen] = useState(true);
  const [query, setQuery] = useState('');
  const [speaker, setSpeaker] = useState('');
  const [previewAt, setPreviewAt] = useState<number | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const toggled = useRef(false);
  const missing = useMemo(() => new Set(mode === 'reader' ? reader.missing ?? [] : []), [mode, reader.missing]);

  // Keyboard users land in Sidenote when it opens: the article in reader mode, else the sidebar.
  useEffect(() => {
    const first = root.current?.querySelector<HTMLElement>(mode === 'reader' ? '.sn-reader-pane' : '.sn-app-name');
    first?.focus({ preventScroll: true });
  }, []);
  // Hiding or showing the sidebar keeps focus on the button that brings it back (or hides it again).
  useEffect(() => {
    if (!toggled.current) return;
    root.current?.querySelector<HTMLElement>(sidebarOpen ? '.sn-sidebar-hide' : '.sn-sidebar-show')?.focus();
  }, [sidebarOpen]);

  const locate = (text: string): void => {
    const found = props.onLocate(text);
    if (found === false) announce(t(missing.has(text) ? 'notInReader' : 'notFound'));
  };
  const showOriginal = (text: string): void => {
    props.onModeChange('original');
    props.onLocate(text, 'original');
  };
  const preview = (text: string | null): void => {
    const at = props.onPreview?.(text) ?? null;
    setPreviewAt(text === null ? null : at);
  };
  const toggleSidebar = (open: boolean): void => {
    toggled.current = true;
    setPreviewAt(null);
    setSidebarOpen(open);
  };

  const width = dragWidth ?? prefs.sidebarWidth;
  const style = {
    '--sn-sidebar-px': `${sidebarOpen ? width : 0}px`,
    '--sn-font-size': `${prefs.fontSize}px`,
    '--sn-width': `${prefs.width}px`,
    '--sn-line-height': String(prefs.lineHeight),
  };
  return (
    <div class="sn-root" ref={root} data-theme={prefs.theme} data-font={prefs.font} data-sidebar={sidebarOpen ? 'open' : 'hidden'} style={style}>
      {mode === 'reader' && (
        <ReaderPane analysis={analysis} reader={reader} t={t} locale={props.locale} prefs={prefs} onPrefs={setPrefs} onModeChange={props.onModeChange} />
      )}
      {sidebarOpen ? (
        <SidebarPanel
          app={props}
          prefs={prefs}
          setPrefs={(patch) => {
            if (patch.sidebarWidth !== undefined) setDragWidth(null);
            setPrefs(patch);
          }}
          width={width}
          onDrag={setDragWidth}
          query={query}
          setQuery={setQuery}
          speaker={speaker}
          setSpeaker={setSpeaker}
          missing={missing}
          locate={locate}
          preview={preview}
          showOriginal={showOriginal}
          announce={announce}
          onHide={() => toggleSidebar(false)}
        />
      ) : (
        <button type="button" class="sn-sidebar-show sn-chip" onClick={() => toggleSidebar(true)}>{t('showSidebar')}</button>
      )}
      {previewAt !== null && (
        <div class="sn-preview-track" aria-hidden="true">
          <div class="sn-preview-marker" style={{ top: `${Math.round(previewAt * 1000) / 10}%` }} />
        </div>
      )}
      <div class="sn-announcer sn-visually-hidden" aria-live="polite" aria-atomic="true">{announcement}</div>
    </div>
  );
}
