/**
 * Typed settings: defaults, validation and migrations, stored in storage.sync.
 * Anything read from storage is validated: a corrupt or foreign value falls back to the default
 * instead of breaking the extension.
 */
import browser from './browser';
import { DEFAULT_READER_PREFS, validateReaderPrefs, type ReaderPrefs } from './reader-prefs';

export type ClutterCategorySetting = 'open-in-app' | 'app-banner' | 'push-prompt' | 'newsletter';

export interface Settings {
  /** Schema version, for migrations. */
  version: 1;
  /** Master switch: "Remove app and notification clutter". */
  removeClutter: boolean;
  /** Per-category switches (issue 4 adds their UI). */
  clutterCategories: Record<ClutterCategorySetting, boolean>;
  /** Hostnames where clutter is never hidden. */
  clutterExceptions: string[];
  /** While Sidenote is open, answer pages' Notification.requestPermission with "default" (no prompt). */
  blockNotificationPrompt: boolean;
  /** Hide clutter on every site without a click (needs the optional all-sites host permission). */
  autoClutter: boolean;
  /** Reader typography, theme, sidebar width and copy format (absent in older stored shapes: defaults). */
  reader: ReaderPrefs;
}

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: 1,
  removeClutter: true,
  clutterCategories: { 'open-in-app': true, 'app-banner': true, 'push-prompt': true, newsletter: false },
  clutterExceptions: [],
  blockNotificationPrompt: false,
  autoClutter: false,
  reader: DEFAULT_READER_PREFS,
});

const STORAGE_KEY = 'settings';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Normalises an unknown stored value into valid Settings, migrating older shapes. */
export function validateSettings(raw: unknown): Settings {
  const d = DEFAULT_SETTINGS;
  if (!isRecord(raw)) return structuredClone(d) as Settings;
  const cats = isRecord(raw.clutterCategories) ? raw.clutterCategories : {};
  const out: Settings = {
    version: 1,
    removeClutter: typeof raw.removeClutter === 'boolean' ? raw.removeClutter : d.removeClutter,
    clutterCategories: { ...d.clutterCategories },
    clutterExceptions: Array.isArray(raw.clutterExceptions)
      ? raw.clutterExceptions.filter((h): h is string => typeof h === 'string' && /^[a-z0-9.-]{1,253}$/i.test(h)).map((h) => h.toLowerCase())
      : [],
    blockNotificationPrompt: typeof raw.blockNotificationPrompt === 'boolean' ? raw.blockNotificationPrompt : d.blockNotificationPrompt,
    autoClutter: typeof raw.autoClutter === 'boolean' ? raw.autoClutter : d.autoClutter,
    reader: validateReaderPrefs(raw.reader),
  };
  for (const key of Object.keys(d.clutterCategories) as ClutterCategorySetting[]) {
    const v = cats[key];
    if (typeof v === 'boolean') out.clutterCategories[key] = v;
  }
  return out;
}

/** Enabled clutter categories for a host, honouring the master switch and the exception list. */
export function activeClutterCategories(s: Settings, hostname: string): ClutterCategorySetting[] {
  if (!s.removeClutter || s.clutterExceptions.includes(hostname.toLowerCase())) return [];
  return (Object.keys(s.clutterCategories) as ClutterCategorySetting[]).filter((k) => s.clutterCategories[k]);
}

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.sync.get(STORAGE_KEY);
  return validateSettings(got[STORAGE_KEY]);
}

export async function saveSettings(patch: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const next = validateSettings({ ...(await loadSettings()), ...patch });
  await browser.storage.sync.set({ [STORAGE_KEY]: next });
  return next;
}

/** Calls listener with fresh settings whenever they change; returns an unsubscribe function. */
export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'sync' && STORAGE_KEY in changes) listener(validateSettings(changes[STORAGE_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
