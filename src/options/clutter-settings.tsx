/**
 * The options page's clutter card: the master switch, one switch per category, the optional
 * notification-prompt guard and "hide clutter automatically on every site" (which asks for the
 * all-sites permission at that moment). Every change is saved at once and applies live to open tabs.
 */
import type { ClutterCategorySetting, Settings } from '../shared/settings';
import { setAllSitesAccess } from './auto-clutter-switch';

type Patch = Partial<Omit<Settings, 'version'>>;

const CATEGORIES: { key: ClutterCategorySetting; id: string; label: string; hint: string }[] = [
  { key: 'open-in-app', id: 'cat-open-in-app', label: '“Open in app” buttons and prompts', hint: 'Bars and pop-ups urging you to read in the site’s app.' },
  { key: 'app-banner', id: 'cat-app-banner', label: 'App install banners', hint: 'Banners advertising the site’s app in an app store.' },
  { key: 'push-prompt', id: 'cat-push-prompt', label: 'Notification prompts', hint: 'Requests to turn on push notifications or alerts.' },
  { key: 'newsletter', id: 'cat-newsletter', label: 'Newsletter sign-up boxes', hint: 'Pop-ups asking for your email address.' },
];

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
        if (on && !granted) report('Sidenote needs access to all sites to hide clutter automatically.');
        else save({ autoClutter: on });
      })
      .catch(() => report('Could not change site access. Please try again.'));
  };
  return (
    <section class="card" aria-labelledby="clutter-heading">
      <h2 id="clutter-heading">Clutter</h2>
      <Switch
        id="remove-clutter"
        label="Remove app and notification clutter"
        hint="Hides “open in app” bars, app banners and notification prompts while Sidenote is open."
        checked={settings.removeClutter}
        onToggle={(on) => save({ removeClutter: on })}
      />
      <fieldset disabled={!settings.removeClutter}>
        <legend>Kinds of clutter to remove</legend>
        {CATEGORIES.map((c) => (
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
          label="Hide clutter automatically on every site"
          hint="Hides clutter as pages load, without clicking Sidenote. Needs permission to access all sites, asked for when you switch this on and given back when you switch it off."
          checked={settings.autoClutter}
          onToggle={toggleAuto}
        />
      </fieldset>
      <Switch
        id="block-notification-prompt"
        label="Keep pages from asking to show notifications"
        hint="While Sidenote is open, a page’s request for notification permission is answered “not now” without a browser prompt."
        checked={settings.blockNotificationPrompt}
        onToggle={(on) => save({ blockNotificationPrompt: on })}
      />
    </section>
  );
}
