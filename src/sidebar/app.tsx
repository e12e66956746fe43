/**
 * The whole Sidenote UI inside the shadow root: the reader pane (reader mode only) and the sidebar
 * with quotes, sources, copyright notes and the clutter summary. Renders from props only.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ClutterList } from './clutter-list';
import { CopyrightList } from './copyright-list';
import { Header } from './header';
import { QuoteList } from './quote-list';
import { ReaderPane } from './reader-pane';
import { SourceList } from './source-list';
import type { AppProps } from './types';
import { Warnings } from './warnings';

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

/** Root component. */
export function App(props: AppProps) {
  const { analysis, reader, mode } = props;
  const [announcement, announce] = useAnnouncer();
  return (
    <div class="sn-root">
      {mode === 'reader' && <ReaderPane analysis={analysis} reader={reader} onModeChange={props.onModeChange} />}
      <aside class="sn-sidebar" aria-label="Sidenote">
        <Header mode={mode} onModeChange={props.onModeChange} onClose={props.onClose} />
        <div class="sn-body">
          <Warnings warnings={analysis.warnings} />
          <QuoteList analysis={analysis} onCopy={props.onCopy} onLocate={props.onLocate} announce={announce} />
          <SourceList sources={analysis.sources} />
          <CopyrightList notes={analysis.copyright} />
          <ClutterList items={props.hiddenClutter} enabled={props.clutterEnabled} />
        </div>
        <div class="sn-visually-hidden" aria-live="polite" aria-atomic="true">{announcement}</div>
      </aside>
    </div>
  );
}
