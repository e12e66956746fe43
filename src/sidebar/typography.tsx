/**
 * The reader's "Aa" panel: text size, column width, line spacing, serif or sans, and the theme.
 * Each change goes to onPrefs at once (the content script saves it through the settings module).
 */
import { useState } from 'preact/hooks';
import { clampPref, FONTS, LIMITS, THEMES, type ReaderPrefs } from '../shared/reader-prefs';
import type { Translate } from './types';

interface TypographyProps {
  prefs: ReaderPrefs;
  t: Translate;
  onPrefs(patch: Partial<ReaderPrefs>): void;
}

type Stepped = 'fontSize' | 'width' | 'lineHeight';

/** A "− value +" stepper for one numeric preference. */
function Stepper({ name, label, value, shown, onStep, t }: { name: string; label: string; value: number; shown: string; onStep(dir: -1 | 1): void; t: Translate }) {
  const key = name as Stepped;
  return (
    <div class="sn-stepper" role="group" aria-label={label}>
      <span class="sn-stepper-label" aria-hidden="true">{label}</span>
      <button type="button" class={`sn-${name}-down sn-chip`} aria-label={t('decrease', label)} disabled={value <= LIMITS[key].min} onClick={() => onStep(-1)}>−</button>
      <output class="sn-stepper-value">{shown}</output>
      <button type="button" class={`sn-${name}-up sn-chip`} aria-label={t('increase', label)} disabled={value >= LIMITS[key].max} onClick={() => onStep(1)}>+</button>
    </div>
  );
}

/** The toggle button and, when open, the settings panel. */
export function Typography({ prefs, t, onPrefs }: TypographyProps) {
  const [open, setOpen] = useState(false);
  const step = (key: Stepped) => (dir: -1 | 1) => onPrefs({ [key]: clampPref(key, prefs[key] + dir * LIMITS[key].step) });
  return (
    <div class="sn-typography">
      <button type="button" class="sn-typography-toggle sn-chip" aria-expanded={open} aria-controls="sn-typography-panel" onClick={() => setOpen(!open)}>
        <span aria-hidden="true">Aa</span><span class="sn-visually-hidden">{t('typography')}</span>
      </button>
      <div id="sn-typography-panel" class="sn-typography-panel" role="group" aria-label={t('typography')} hidden={!open}>
        <Stepper name="fontSize" label={t('fontSize')} value={prefs.fontSize} shown={`${prefs.fontSize}px`} onStep={step('fontSize')} t={t} />
        <Stepper name="width" label={t('contentWidth')} value={prefs.width} shown={`${prefs.width}px`} onStep={step('width')} t={t} />
        <Stepper name="lineHeight" label={t('lineHeight')} value={prefs.lineHeight} shown={prefs.lineHeight.toFixed(1)} onStep={step('lineHeight')} t={t} />
        <div class="sn-choice" role="group" aria-label={t('fontFamily')}>
          {FONTS.map((f) => (
            <button type="button" key={f} class={`sn-font-${f} sn-chip`} aria-pressed={prefs.font === f} onClick={() => onPrefs({ font: f })}>{t(`font_${f}`)}</button>
          ))}
        </div>
        <div class="sn-choice" role="group" aria-label={t('theme')}>
          {THEMES.map((th) => (
            <button type="button" key={th} class={`sn-theme-${th} sn-chip`} aria-pressed={prefs.theme === th} onClick={() => onPrefs({ theme: th })}>{t(`theme_${th}`)}</button>
          ))}
        </div>
      </div>
    </div>
  );
}
