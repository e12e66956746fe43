/**
 * Pages no extension may script. Sidenote explains itself on these instead of failing silently.
 */
const RESTRICTED_SCHEMES = /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|about|moz-extension|view-source|resource|data|file):/i;
const STORE_HOSTS = ['chrome.google.com/webstore', 'chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com/addons'];

export const BROWSER_PAGE = 'Sidenote cannot run on browser pages. Open a news article and click again.';
export const STORE_PAGE = 'Sidenote cannot run on the extension store: browsers do not let extensions read it.';

/** Returns a reason when the URL is one Sidenote cannot run on, else null (also when the URL is hidden). */
export function restrictionReason(url: string | undefined): string | null {
  if (!url) return null;
  if (RESTRICTED_SCHEMES.test(url)) return BROWSER_PAGE;
  const bare = url.replace(/^https?:\/\//i, '');
  if (STORE_HOSTS.some((h) => bare.startsWith(h))) return STORE_PAGE;
  return null;
}

/** Turns a failed injection's error into a message for the toolbar button's title. */
export function reasonFromError(detail: string): string {
  if (/gallery|web ?store/i.test(detail)) return STORE_PAGE;
  if (/Cannot access (a |contents of )?(chrome|about|edge|devtools|chrome-extension|moz-extension)|Cannot access contents of url "(chrome|about|data|file)/i.test(detail)) return BROWSER_PAGE;
  if (/Cannot access contents of the page|permission/i.test(detail)) return 'Sidenote needs a click on its button in this tab to read the page. Click it again.';
  return `Sidenote could not start here: ${detail}`;
}
