/**
 * The reader view: a scrolling pane left of the sidebar with a small toolbar (typography and theme),
 * the article's title, metadata and the sanitised body. The body HTML is the only markup Sidenote
 * injects; everything else is text.
 */
import { useMemo } from 'preact/hooks';
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
  // A stable object, so a re-render with the same HTML never resets the body (and any highlight
  // the content script placed in it).
  const body = useMemo(() => (reader.html === null ? null : { __html: reader.html }), [reader.html]);
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
        <div class="sn-article-body" dangerouslySetInnerHTML={body} />
      </article>
    </div>
  );
}
