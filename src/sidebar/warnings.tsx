/**
 * Analysis warnings. "Not an article" gets a plain-language status message; any other warning (a
 * pipeline stage that failed) is listed small, since it explains a missing section but is not news.
 */

/** Prefix of the core's "this page is not an article" warning. */
const NOT_ARTICLE = 'not-article:';

const NOT_ARTICLE_MESSAGE = "This page doesn't look like an article. Sidenote still lists the quotes and copyright notes it found.";

/** The warnings block; renders nothing when there are none. */
export function Warnings({ warnings }: { warnings: string[] }) {
  const notArticle = warnings.some((w) => w.startsWith(NOT_ARTICLE));
  const others = [...new Set(warnings.filter((w) => !w.startsWith(NOT_ARTICLE)))];
  if (!notArticle && others.length === 0) return null;
  return (
    <div class="sn-warnings">
      {notArticle && <p class="sn-warning" role="status">{NOT_ARTICLE_MESSAGE}</p>}
      {others.length > 0 && (
        <ul class="sn-notes" aria-label="Analysis notes">
          {others.map((w) => <li key={w}>{w}</li>)}
        </ul>
      )}
    </div>
  );
}
