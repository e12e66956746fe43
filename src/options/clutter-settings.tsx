/**
 * The options page's clutter card: the master switch, one switch per category, the optional
 * notification-prompt guard and "hide clutter automatically on every site" (which asks for the
 * all-sites permission at that moment). Every change is saved at once and applies live to open tabs.
 */
import { t } from '../shared/i18n';
import type { ClutterCategorySetting, Settings } from '../shared/settings';
import { setAllSitesAccess } from './auto-clutter-switch';

type Patch = Partial<Omit<Settings, 'version'>>;

/** The category switches, their words from _locales. */
function categories(): { key: ClutterCategorySetting; id: string; label: string; hint: string }[] {
  return [
    { key: 'open-in-app', id: 'cat-open-in-app', label: t('optionsCatOpenInApp'), hint: t('optionsCatOpenInAppHint') },
    { key: 'app-banner', id: 'cat-app-banner', label: t('optionsCatAppBanner'), hint: t('optionsCatAppBannerHint') },
    { key: 'push-prompt', id: 'cat-push-prompt', label: t('optionsCatPushPrompt'), hint: t('optionsCatPushPromptHint') },
    { key: 'newsletter', id: 'cat-newsletter', label: t('optionsCatNewsletter'), hint: t('optionsCatNewsletterHint') },
  ];
}

interface SwitchProps {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  onToggle(checked: boolean): void;
}

/** One labelled switch with its hint. */
function Switch({ id, label, hint, checked, onToggle }: SwitchProps) {
  return (
    <div class="switch-row">
      <input
        type="checkbox"
        role="switch"
        id={id}
        checked={checked}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-hint`}>{hint}</p>
    </div>
  );
}

interface ClutterSettingsProps {
  settings: Settings;
  save(patch: Patch): void;
  /** Shows a message in the page's status line. */
  report(message: string): void;
}

/** The clutter card. */
export function ClutterSettings({ settings, save, report }: ClutterSettingsProps) {
  const toggleAuto = (on: boolean): void => {
    // permissions.request must run in this click's task, before any other await.
    setAllSitesAccess(on)
      .then((granted) => {
        if (on && !granted) report(t('optionsAllSitesNeeded'));
        else save({ autoClutter: on });
      })
      .catch(() => report(t('optionsSiteAccessFailed')));
  };
  return (
    <section class="card" aria-labelledby="clutter-heading">
      <h2 id="clutter-heading">{t('clutterHeading')}</h2>
      <Switch
        id="remove-clutter"
        label={t('optionsRemoveClutter')}
        hint={t('optionsRemoveClutterHint')}
        checked={settings.removeClutter}
        onToggle={(on) => save({ removeClutter: on })}
      />
      <fieldset disabled={!settings.removeClutter}>
        <legend>{t('optionsClutterKinds')}</legend>
        {categories().map((c) => (
          <Switch
            key={c.key}
            id={c.id}
            label={c.label}
            hint={c.hint}
            checked={settings.clutterCategories[c.key]}
            onToggle={(on) => save({ clutterCategories: { ...settings.clutterCategories, [c.key]: on } })}
          />
        ))}
        <Switch
          id="auto-clutter"
          label={t('optionsAutoClutter')}
          hint={t('optionsAutoClutterHint')}
          checked={settings.autoClutter}
          onToggle={toggleAuto}
        />
      </fieldset>
      <Switch
        id="block-notification-prompt"
        label={t('optionsBlockNotification')}
        hint={t('optionsBlockNotificationHint')}
        checked={settings.blockNotificationPrompt}
        onToggle={(on) => save({ blockNotificationPrompt: on })}
      />
    </section>
  );
}
