/**
 * The reader view: a scrolling pane left of the sidebar with a small toolbar (typography and theme),
 * the article's title, metadata and the sanitised body. The body is the only page markup Sidenote
 * shows: DOMPurify's own nodes, inserted as nodes (never re-parsed from a string); everything else is text.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Analysis } from '../core/types';
import type { ReaderPrefs } from '../shared/reader-prefs';
import { formatDate, formatReadingTime } from './format';
import type { ReaderData, Translate, ViewMode } from './types';
import { Typography } from './typography';

/** Readability reports dir as page text; only the three valid values reach the attribute. */
function textDir(dir: string | null): 'ltr' | 'rtl' | 'auto' | undefined {
  const d = dir?.trim().toLowerCase();
  return d === 'ltr' || d === 'rtl' || d === 'auto' ? d : undefined;
}

interface ReaderPaneProps {
  analysis: Analysis;
  reader: ReaderData;
  t: Translate;
  locale?: string;
  prefs: ReaderPrefs;
  onPrefs(patch: Partial<ReaderPrefs>): void;
  onModeChange(mode: ViewMode): void;
}

/** Reader pane, or a plain message with a way back to the page when there is no article. */
export function ReaderPane({ analysis, reader, t, locale, prefs, onPrefs, onModeChange }: ReaderPaneProps) {
  const body = reader.body;
  const bodyRef = useRef<HTMLDivElement>(null);
  // Only a new body replaces the nodes, so a re-render never resets them (or a highlight the content
  // script placed in them). A copy goes in: the same body is shown again after a mode switch.
  useLayoutEffect(() => {
    if (body && bodyRef.current) bodyRef.current.replaceChildren(body.cloneNode(true));
  }, [body]);
  const toolbar = (
    <div class="sn-reader-toolbar">
      <Typography prefs={prefs} t={t} onPrefs={onPrefs} />
    </div>
  );
  if (body === null) {
    return (
      <div class="sn-reader-pane" role="region" aria-label={t('readerView')} tabIndex={0}>
        {toolbar}
        <div class="sn-no-article">
          <p class="sn-no-article-title">{t('noArticleTitle')}</p>
          <p>
            {t('noArticleBefore')}{' '}
            <button type="button" class="sn-link-button" onClick={() => onModeChange('original')}>{t('noArticleLink')}</button>{' '}
            {t('noArticleAfter')}
          </p>
        </div>
      </div>
    );
  }
  const date = formatDate(analysis.published, locale);
  return (
    <div class="sn-reader-pane" role="region" aria-label={t('readerView')} tabIndex={0}>
      {toolbar}
      <article class="sn-reader" lang={analysis.lang ?? undefined} dir={textDir(reader.dir)} aria-labelledby="sn-reader-title">
        <h1 class="sn-title" id="sn-reader-title">{analysis.title || t('untitled')}</h1>
        <p class="sn-meta">
          {analysis.byline && <span class="sn-byline">{analysis.byline}</span>}
          {analysis.siteName && <span class="sn-site">{analysis.siteName}</span>}
          {date && <span class="sn-date">{date}</span>}
          <span class="sn-reading-time">{formatReadingTime(reader.readingMinutes, t)}</span>
        </p>
        <div class="sn-article-body" ref={bodyRef} />
      </article>
    </div>
  );
}
