/**
 * Pages no extension may script. Sidenote explains itself on these instead of failing silently.
 */
const RESTRICTED_SCHEMES = /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|about|moz-extension|view-source|resource|data|file):/i;
const STORE_HOSTS = ['chrome.google.com/webstore', 'chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com/addons'];

/** Returns a reason when the URL is one Sidenote cannot run on, else null. */
export function restrictionReason(url: string | undefined): string | null {
  if (!url) return 'Sidenote cannot read this tab.';
  if (RESTRICTED_SCHEMES.test(url)) return 'Sidenote cannot run on browser pages. Open a news article and click again.';
  const bare = url.replace(/^https?:\/\//i, '');
  if (STORE_HOSTS.some((h) => bare.startsWith(h))) return 'Browsers do not let extensions run on the extension store.';
  return null;
}
