/**
 * Clutter section: what Sidenote hid on the live page, so the reader can tell nothing of the
 * article was removed by mistake, each with a "Show" button that brings it back; and a per-site
 * switch that stops (or resumes) hiding clutter on this site, applied at once.
 */
import type { ClutterItem } from '../core/types';
import { clutterLabel } from './format';
import type { Translate } from './types';

interface ClutterListProps {
  items: ClutterItem[];
  enabled: boolean;
  t: Translate;
  /** This site and whether it is excepted; absent when clutter removal is off everywhere. */
  site?: { host: string; excepted: boolean };
  onReveal?(index: number): void;
  onSiteException?(excepted: boolean): void;
}

/** The per-site switch: checked while Sidenote hides clutter on this site. */
function SiteSwitch({ site, t, onSiteException }: Pick<ClutterListProps, 'site' | 't' | 'onSiteException'>) {
  if (!site || !onSiteException) return null;
  return (
    <label class="sn-clutter-site">
      <input
        type="checkbox"
        role="switch"
        checked={!site.excepted}
        onChange={(e) => onSiteException(!(e.currentTarget as HTMLInputElement).checked)}
      />
      <span>{t('clutterSiteSwitch', site.host)}</span>
    </label>
  );
}

/** The clutter summary section. */
export function ClutterList({ items, enabled, t, site, onReveal, onSiteException }: ClutterListProps) {
  if (!enabled) {
    return (
      <section id="sn-clutter" class="sn-section" aria-labelledby="sn-clutter-heading">
        <h2 id="sn-clutter-heading">{t('clutterHeading')}</h2>
        <p class="sn-empty">{site?.excepted ? t('clutterOffSite') : t('clutterOff')}</p>
        <SiteSwitch site={site} t={t} onSiteException={onSiteException} />
      </section>
    );
  }
  return (
    <section id="sn-clutter" class="sn-section" aria-labelledby="sn-clutter-heading">
      <h2 id="sn-clutter-heading">
        <span class="sn-count">{items.length}</span> {items.length === 1 ? t('clutterHiddenOne') : t('clutterHiddenMany')}
      </h2>
      <SiteSwitch site={site} t={t} onSiteException={onSiteException} />
      {items.length > 0 && (
        <ul class="sn-list">
          {items.map((item, i) => {
            const label = clutterLabel(item.category, t);
            return (
              <li class="sn-clutter-item" key={`${i}:${item.text}`} data-category={item.category}>
                <span class="sn-clutter-category">{label}</span>
                {item.text && <span class="sn-clutter-text">{item.text}</span>}
                {onReveal && (
                  <button type="button" class="sn-clutter-show" aria-label={t('clutterShowLabel', label)} onClick={() => onReveal(i)}>
                    {t('clutterShow')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
