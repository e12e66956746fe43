/**
 * Analysis warnings. "Not an article" gets a plain-language status message; any other warning (a
 * pipeline stage that failed) is listed small, since it explains a missing section but is not news.
 */
import type { Translate } from './types';

/** Prefix of the core's "this page is not an article" warning. */
const NOT_ARTICLE = 'not-article:';

/** The warnings block; renders nothing when there are none. */
export function Warnings({ warnings, t }: { warnings: string[]; t: Translate }) {
  const notArticle = warnings.some((w) => w.startsWith(NOT_ARTICLE));
  const others = [...new Set(warnings.filter((w) => !w.startsWith(NOT_ARTICLE)))];
  if (!notArticle && others.length === 0) return null;
  return (
    <div class="sn-warnings">
      {notArticle && <p class="sn-warning" role="status">{t('notArticle')}</p>}
      {others.length > 0 && (
        <ul class="sn-notes" aria-label={t('analysisNotes')}>
          {others.map((w) => <li key={w}>{w}</li>)}
        </ul>
      )}
    </div>
  );
}
