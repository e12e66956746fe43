/**
 * The reader view: a scrolling pane left of the sidebar with the article's title, metadata and the
 * sanitised body. The body HTML is the only markup Sidenote injects; everything else is text.
 */
import { useMemo } from 'preact/hooks';
import type { Analysis } from '../core/types';
import { formatDate, formatReadingTime } from './format';
import type { ReaderData, ViewMode } from './types';

/** Readability reports dir as page text; only the three valid values reach the attribute. */
function textDir(dir: string | null): 'ltr' | 'rtl' | 'auto' | undefined {
  const d = dir?.trim().toLowerCase();
  return d === 'ltr' || d === 'rtl' || d === 'auto' ? d : undefined;
}

interface ReaderPaneProps {
  analysis: Analysis;
  reader: ReaderData;
  onModeChange(mode: ViewMode): void;
}

/** Reader pane, or a plain message with a way back to the page when there is no article. */
export function ReaderPane({ analysis, reader, onModeChange }: ReaderPaneProps) {
  // A stable object, so a re-render with the same HTML never resets the body (and any highlight
  // the content script placed in it).
  const body = useMemo(() => (reader.html === null ? null : { __html: reader.html }), [reader.html]);
  if (body === null) {
    return (
      <div class="sn-reader-pane" role="region" aria-label="Reader view" tabIndex={0}>
        <div class="sn-no-article">
          <p class="sn-no-article-title">Sidenote found no article on this page.</p>
          <p>
            The sidebar still lists what it found. Switch to the{' '}
            <button type="button" class="sn-link-button" onClick={() => onModeChange('original')}>original page</button>{' '}
            to read it as published.
          </p>
        </div>
      </div>
    );
  }
  const date = formatDate(analysis.published);
  return (
    <div class="sn-reader-pane" role="region" aria-label="Reader view" tabIndex={0}>
      <article class="sn-reader" lang={analysis.lang ?? undefined} dir={textDir(reader.dir)}>
        <h1 class="sn-title">{analysis.title || 'Untitled article'}</h1>
        <p class="sn-meta">
          {analysis.byline && <span class="sn-byline">{analysis.byline}</span>}
          {analysis.siteName && <span class="sn-site">{analysis.siteName}</span>}
          {date && <span class="sn-date">{date}</span>}
          <span class="sn-reading-time">{formatReadingTime(reader.readingMinutes)}</span>
        </p>
        <div class="sn-article-body" dangerouslySetInnerHTML={body} />
      </article>
    </div>
  );
}
