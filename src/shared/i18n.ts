/**
 * UI text from `_locales` through browser.i18n, for the content script (which hands it to the
 * sidebar as a plain function) and the options page. A missing key shows the key itself, so a gap is
 * visible rather than an empty button (the locales unit test keeps that from shipping).
 */
import browser from './browser';

/** Looks up a message; substitutions fill $1, $2… in the message text. */
export type Translate = (key: string, subs?: string | string[]) => string;

/** Separates a key from its substitutions in a cache key (no message key or count contains it). */
const SEP = '\u0000';

/**
 * Each text looked up once per page: every getMessage call crosses into the browser's bindings (and,
 * in Chrome and Firefox's webextension-polyfill fallback, a Proxy), and the sidebar asks again for the
 * same labels on each render. Substituted texts are keyed with their substitutions (counts, mostly).
 */
const cache = new Map<string, string>();

/** The i18n namespace, read once (through the polyfill's Proxy where one is in use). */
let api: typeof browser.i18n | null = null;

/** The extension's translator. */
export const t: Translate = (key, subs) => {
  const id = subs === undefined ? key : [key, ...(Array.isArray(subs) ? subs : [subs])].join(SEP);
  const hit = cache.get(id);
  if (hit !== undefined) return hit;
  let text: string;
  try {
    api ??= browser.i18n;
    text = api.getMessage(key, subs) || key;
  } catch {
    text = key;
  }
  cache.set(id, text);
  return text;
};

/**
 * Loads the message catalogue before it is needed. The first lookup on a page is the costly one (the
 * browser hands the whole catalogue over synchronously, milliseconds on a cold page); a caller that is
 * about to wait for something else (the settings read) calls this first, so that wait hides the cost.
 */
export function warmMessages(): void {
  t('extName');
}

let locale: string | null = null;

/** The UI language as a BCP 47 tag ("en", "pt-BR"), for Intl date formatting (read once: it cannot change while a page is open). */
export function uiLocale(): string {
  if (locale === null) {
    try {
      locale = browser.i18n.getUILanguage() || 'en';
    } catch {
      locale = 'en';
    }
  }
  return locale;
}
