/**
 * A translator over a parsed messages.json, with browser.i18n's substitution rules ($1…$9 filled
 * from subs, $$ for a literal $). The extension itself uses browser.i18n; this serves renders
 * outside it (unit tests, the accessibility test page) from the very same _locales files.
 */
import type { Translate } from './types';

export type MessageTable = Record<string, { message: string }>;

/** Builds a Translate over table; a missing key yields the key itself, like shared/i18n. */
export function translator(table: MessageTable): Translate {
  return (key, subs) => {
    const entry = table[key];
    if (!entry) return key;
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return entry.message.replace(/\$(\$|[1-9])/g, (_m, d: string) => (d === '$' ? '$' : list[Number(d) - 1] ?? ''));
  };
}
