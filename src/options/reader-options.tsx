/**
 * The options page's Reader card: theme, font, text size, column width, line spacing and sidebar
 * width, the same preferences the reader's "Aa" panel and resize handle change, with a live preview.
 */
import { Fragment } from 'preact';
import { t } from '../shared/i18n';
import { FONTS, LIMITS, THEMES, type ReaderPrefs } from '../shared/reader-prefs';
import './reader-options.css';

interface ReaderOptionsProps {
  reader: ReaderPrefs;
  onChange(reader: ReaderPrefs): void;
}

type Ranged = keyof typeof LIMITS;

/** Display form of a numeric preference. */
function shown(key: Ranged, v: number): string {
  return key === 'lineHeight' ? v.toFixed(1) : `${v}px`;
}

/** The Reader settings card. */
export function ReaderOptions({ reader, onChange }: ReaderOptionsProps) {
  const set = (patch: Partial<ReaderPrefs>): void => onChange({ ...reader, ...patch });
  const ranges: [Ranged, string][] = [
    ['fontSize', t('fontSize')],
    ['width', t('contentWidth')],
    ['lineHeight', t('lineHeight')],
    ['sidebarWidth', t('optionsSidebarWidth')],
  ];
  return (
    <section class="card" aria-labelledby="reader-heading">
      <h2 id="reader-heading">{t('optionsReaderHeading')}</h2>
      <p class="hint">{t('optionsReaderHint')}</p>
      <div class="reader-grid">
        <label for="reader-theme">{t('theme')}</label>
        <select id="reader-theme" value={reader.theme} onChange={(e) => set({ theme: (e.currentTarget as HTMLSelectElement).value as ReaderPrefs['theme'] })}>
          {THEMES.map((th) => <option key={th} value={th}>{t(`theme_${th}`)}</option>)}
        </select>
        <span />
        <label for="reader-font">{t('fontFamily')}</label>
        <select id="reader-font" value={reader.font} onChange={(e) => set({ font: (e.currentTarget as HTMLSelectElement).value as ReaderPrefs['font'] })}>
          {FONTS.map((f) => <option key={f} value={f}>{t(`font_${f}`)}</option>)}
        </select>
        <span />
        {ranges.map(([key, label]) => (
          <Fragment key={key}>
            <label for={`reader-${key}`}>{label}</label>
            <input
              id={`reader-${key}`}
              type="range"
              min={LIMITS[key].min}
              max={LIMITS[key].max}
              step={key === 'lineHeight' ? 0.1 : key === 'fontSize' ? 1 : 8}
              value={reader[key]}
              onChange={(e) => set({ [key]: Number((e.currentTarget as HTMLInputElement).value) })}
            />
            <output for={`reader-${key}`}>{shown(key, reader[key])}</output>
          </Fragment>
        ))}
      </div>
      <div class="reader-preview" data-theme={reader.theme} data-font={reader.font} style={{ fontSize: `${reader.fontSize}px`, lineHeight: String(reader.lineHeight) }}>
        <h3>{t('optionsPreview')}</h3>
        <p>{t('optionsPreviewText')}</p>
      </div>
    </section>
  );
}
