/**
 * The sidebar itself: header, resize handle, search box and export buttons, warnings, then the
 * Quotes, Sources, Copyright and Clutter sections.
 */
import type { ReaderPrefs } from '../shared/reader-prefs';
import { ClutterList } from './clutter-list';
import { CopyrightList } from './copyright-list';
import { analysisToJson, analysisToMarkdown, exportFilename } from './export';
import { Header } from './header';
import { QuoteList } from './quote-list';
import { ResizeHandle } from './resize-handle';
import { SourceList } from './source-list';
import type { AppProps } from './types';
import { Warnings } from './warnings';

export interface SidebarPanelProps {
  app: AppProps;
  prefs: ReaderPrefs;
  setPrefs(patch: Partial<ReaderPrefs>): void;
  width: number;
  onDrag(width: number): void;
  query: string;
  setQuery(q: string): void;
  speaker: string;
  setSpeaker(s: string): void;
  missing: ReadonlySet<string>;
  locate(text: string): void;
  preview(text: string | null): void;
  showOriginal(text: string): void;
  announce(message: string): void;
  onHide(): void;
}

/**
 * Esc in a non-empty search box clears it (the session leaves such an Esc alone); Esc in an empty
 * box falls through and closes Sidenote.
 */
function clearOnEscape(e: KeyboardEvent, setQuery: (q: string) => void): void {
  const box = e.currentTarget as HTMLInputElement;
  if (e.key !== 'Escape' || box.value === '') return;
  // preventDefault also stops the browser's own clearing of type=search, so the state stays the one source.
  e.preventDefault();
  box.value = '';
  setQuery('');
}

/** Search box and export buttons under the header. */
function SidebarTools({ app, query, setQuery, announce }: SidebarPanelProps) {
  const { t, analysis } = app;
  const download = (ext: 'json' | 'md'): void => {
    if (!app.onDownload) return;
    const text = ext === 'json' ? analysisToJson(analysis) : analysisToMarkdown(analysis, t, app.locale);
    app.onDownload(exportFilename(analysis, ext), ext === 'json' ? 'application/json' : 'text/markdown', text);
    announce(t('exported'));
  };
  return (
    <div class="sn-sidebar-tools">
      <div role="search" class="sn-search-row">
        <input
          type="search"
          class="sn-search"
          aria-label={t('searchLabel')}
          placeholder={t('searchPlaceholder')}
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => clearOnEscape(e, setQuery)}
        />
      </div>
      {app.onDownload && (
        <div class="sn-export" role="group" aria-label={t('exportGroup')}>
          <span aria-hidden="true">{t('exportGroup')}</span>
          <button type="button" class="sn-export-json sn-chip" aria-label={t('exportJsonLabel')} onClick={() => download('json')}>JSON</button>
          <button type="button" class="sn-export-md sn-chip" aria-label={t('exportMarkdownLabel')} onClick={() => download('md')}>Markdown</button>
        </div>
      )}
    </div>
  );
}

/** The sidebar <aside>. */
export function SidebarPanel(p: SidebarPanelProps) {
  const { app, prefs } = p;
  const { t, analysis } = app;
  return (
    <aside class="sn-sidebar" aria-label={t('sidebarLabel')}>
      <ResizeHandle width={p.width} t={t} onDrag={p.onDrag} onCommit={(w) => p.setPrefs({ sidebarWidth: w })} />
      <Header mode={app.mode} t={t} onModeChange={app.onModeChange} onHide={p.onHide} onClose={app.onClose} />
      <SidebarTools {...p} />
      <div class="sn-body">
        <Warnings warnings={analysis.warnings} t={t} />
        <QuoteList
          analysis={analysis}
          t={t}
          locale={app.locale}
          prefs={prefs}
          onPrefs={p.setPrefs}
          query={p.query}
          speaker={p.speaker}
          onSpeaker={p.setSpeaker}
          missing={p.missing}
          onCopy={app.onCopy}
          onLocate={p.locate}
          onPreview={p.preview}
          onShowOriginal={p.showOriginal}
          announce={p.announce}
        />
        <SourceList
          sources={analysis.sources}
          t={t}
          query={p.query}
          missing={p.missing}
          onLocate={p.locate}
          onPreview={p.preview}
          onShowOriginal={p.showOriginal}
        />
        <CopyrightList notes={analysis.copyright} t={t} />
        <ClutterList
          items={app.hiddenClutter}
          enabled={app.clutterEnabled}
          t={t}
          site={app.clutterSite}
          onReveal={app.onRevealClutter}
          onSiteException={app.onClutterSiteException}
        />
      </div>
    </aside>
  );
}
