/**
 * Pages no extension may script. Sidenote explains itself on these instead of failing silently.
 * The messages come from _locales when a translator is given (the background passes browser.i18n);
 * without one they are the English texts below, which the locales test keeps equal to en's messages.
 */
const RESTRICTED_SCHEMES = /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|about|moz-extension|view-source|resource|data|file):/i;
const STORE_HOSTS = ['chrome.google.com/webstore', 'chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com/addons'];

export const BROWSER_PAGE = 'Sidenote cannot run on browser pages. Open a news article and click again.';
export const STORE_PAGE = 'Sidenote cannot run on the extension store: browsers do not let extensions read it.';
export const NEEDS_CLICK = 'Sidenote needs a click on its button in this tab to read the page. Click it again.';
/** Prefix of an unexplained failure; the browser's own error text follows it. */
export const COULD_NOT_START = 'Sidenote could not start here: $1';

/** Looks up a UI message (browser.i18n in the background). */
type Translate = (key: string, subs?: string | string[]) => string;

/** English fallbacks by message key, used when no translator is given (unit tests, CLI-like callers). */
export const RESTRICTED_MESSAGES = {
  restrictedBrowserPage: BROWSER_PAGE,
  restrictedStorePage: STORE_PAGE,
  restrictedNeedsClick: NEEDS_CLICK,
  restrictedCouldNotStart: COULD_NOT_START,
} as const;

type Key = keyof typeof RESTRICTED_MESSAGES;

/** The message for key, translated when t is given. */
function say(key: Key, t?: Translate, sub?: string): string {
  if (t) return t(key, sub);
  return sub === undefined ? RESTRICTED_MESSAGES[key] : RESTRICTED_MESSAGES[key].replace('$1', () => sub);
}

/** Returns a reason when the URL is one Sidenote cannot run on, else null (also when the URL is hidden). */
export function restrictionReason(url: string | undefined, t?: Translate): string | null {
  if (!url) return null;
  if (RESTRICTED_SCHEMES.test(url)) return say('restrictedBrowserPage', t);
  const bare = url.replace(/^https?:\/\//i, '');
  if (STORE_HOSTS.some((h) => bare.startsWith(h))) return say('restrictedStorePage', t);
  return null;
}

/** Turns a failed injection's error into a message for the toolbar button's title. */
export function reasonFromError(detail: string, t?: Translate): string {
  if (/gallery|web ?store/i.test(detail)) return say('restrictedStorePage', t);
  if (/Cannot access (a |contents of )?(chrome|about|edge|devtools|chrome-extension|moz-extension)|Cannot access contents of url "(chrome|about|data|file)/i.test(detail)) return say('restrictedBrowserPage', t);
  if (/Cannot access contents of the page|permission/i.test(detail)) return say('restrictedNeedsClick', t);
  return say('restrictedCouldNotStart', t, detail);
}
