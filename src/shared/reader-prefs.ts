/**
 * The reader's own preferences (typography, theme, sidebar width, copy format, grouping): their
 * shape, defaults and validation. Pure, so the settings module stores them and the sidebar (which may
 * not touch the browser API) shares the type and the limits.
 */

export type ReaderTheme = 'auto' | 'light' | 'dark' | 'sepia';
export type ReaderFont = 'serif' | 'sans';
export type CopyFormat = 'plain' | 'citation' | 'markdown';

export interface ReaderPrefs {
  /** Colour theme of the reader and sidebar; auto follows prefers-color-scheme. */
  theme: ReaderTheme;
  font: ReaderFont;
  /** Body text size in px. */
  fontSize: number;
  /** Maximum width of the article column in px. */
  width: number;
  /** Unitless line height of the body text. */
  lineHeight: number;
  /** Sidebar width in px (the resize handle). */
  sidebarWidth: number;
  /** Format of the per-quote Copy and "Copy all" buttons. */
  copyFormat: CopyFormat;
  /** Show quotes grouped under each speaker instead of in article order. */
  groupBySpeaker: boolean;
}

export const THEMES: readonly ReaderTheme[] = ['auto', 'light', 'dark', 'sepia'];
export const FONTS: readonly ReaderFont[] = ['serif', 'sans'];
export const COPY_FORMATS: readonly CopyFormat[] = ['plain', 'citation', 'markdown'];

/** Inclusive limits and step of each numeric preference (the controls use the same numbers). */
export const LIMITS = {
  fontSize: { min: 14, max: 32, step: 2 },
  width: { min: 480, max: 1040, step: 96 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.2 },
  sidebarWidth: { min: 280, max: 720, step: 40 },
} as const;

export const DEFAULT_READER_PREFS: Readonly<ReaderPrefs> = Object.freeze({
  theme: 'auto',
  font: 'serif',
  fontSize: 20,
  width: 672,
  lineHeight: 1.6,
  sidebarWidth: 380,
  copyFormat: 'plain',
  groupBySpeaker: false,
});

type NumericPref = keyof typeof LIMITS;

/** Clamps n into the preference's range, to one decimal (line height) or whole pixels. */
export function clampPref(key: NumericPref, n: number): number {
  const { min, max } = LIMITS[key];
  const v = Math.min(max, Math.max(min, n));
  return key === 'lineHeight' ? Math.round(v * 10) / 10 : Math.round(v);
}

function pick<T extends string>(allowed: readonly T[], v: unknown, d: T): T {
  return allowed.includes(v as T) ? (v as T) : d;
}

function num(key: NumericPref, v: unknown, d: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? clampPref(key, v) : d;
}

/** Normalises an unknown stored value into valid ReaderPrefs; unknown or bad fields get defaults. */
export function validateReaderPrefs(raw: unknown): ReaderPrefs {
  const d = DEFAULT_READER_PREFS;
  const r = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return {
    theme: pick(THEMES, r.theme, d.theme),
    font: pick(FONTS, r.font, d.font),
    fontSize: num('fontSize', r.fontSize, d.fontSize),
    width: num('width', r.width, d.width),
    lineHeight: num('lineHeight', r.lineHeight, d.lineHeight),
    sidebarWidth: num('sidebarWidth', r.sidebarWidth, d.sidebarWidth),
    copyFormat: pick(COPY_FORMATS, r.copyFormat, d.copyFormat),
    groupBySpeaker: typeof r.groupBySpeaker === 'boolean' ? r.groupBySpeaker : d.groupBySpeaker,
  };
}
