/**
 * UI text from `_locales` through browser.i18n, for the content script (which hands it to the
 * sidebar as a plain function) and the options page. A missing key shows the key itself, so a gap is
 * visible rather than an empty button (the locales unit test keeps that from shipping).
 */
import browser from './browser';

/** Looks up a message; substitutions fill $1, $2… in the message text. */
export type Translate = (key: string, subs?: string | string[]) => string;

/** Messages without substitutions, looked up once: each getMessage call crosses into the browser. */
const cache = new Map<string, string>();

/** The extension's translator. */
export const t: Translate = (key, subs) => {
  if (subs === undefined) {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
  }
  let text: string;
  try {
    text = browser.i18n.getMessage(key, subs) || key;
  } catch {
    text = key;
  }
  if (subs === undefined) cache.set(key, text);
  return text;
};

/** The UI language as a BCP 47 tag ("en", "pt-BR"), for Intl date formatting. */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
