/**
 * The options page: the clutter master switch, one switch per clutter category and the per-site
 * exception list, all saved to storage.sync on change and kept in step with other open tabs.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { loadSettings, onSettingsChanged, saveSettings, type ClutterCategorySetting, type Settings } from '../shared/settings';
import { Exceptions } from './exceptions';

/** How long the "Saved" confirmation stays visible. */
const SAVED_MS = 2500;

const CATEGORIES: { key: ClutterCategorySetting; id: string; label: string; hint: string }[] = [
  { key: 'open-in-app', id: 'cat-open-in-app', label: '“Open in app” buttons and prompts', hint: 'Bars and pop-ups urging you to read in the site’s app.' },
  { key: 'app-banner', id: 'cat-app-banner', label: 'App install banners', hint: 'Banners advertising the site’s app in an app store.' },
  { key: 'push-prompt', id: 'cat-push-prompt', label: 'Notification prompts', hint: 'Requests to turn on push notifications or alerts.' },
  { key: 'newsletter', id: 'cat-newsletter', label: 'Newsletter sign-up boxes', hint: 'Boxes asking for your email address.' },
];

type Patch = Partial<Omit<Settings, 'version'>>;

/** Settings state with optimistic saving and a transient status message. */
function useSettings(): { settings: Settings | null; status: string; save(patch: Patch): void } {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadSettings()
      .then((s) => { if (live) setSettings(s); })
      .catch(() => { if (live) setStatus('Could not load settings.'); });
    const stop = onSettingsChanged((s) => setSettings(s));
    return () => {
      live = false;
      stop();
      clearTimeout(timer.current);
    };
  }, []);
  const show = (message: string, transient: boolean): void => {
    clearTimeout(timer.current);
    setStatus(message);
    if (transient) timer.current = setTimeout(() => setStatus(''), SAVED_MS);
  };
  const save = (patch: Patch): void => {
    // Show the change at once; storage answers within milliseconds and the listener confirms it.
    setSettings((s) => (s ? { ...s, ...patch } : s));
    saveSettings(patch)
      .then((s) => { setSettings(s); show('Saved', true); })
      .catch(() => show('Could not save. Please try again.', false));
  };
  return { settings, status, save };
}

/** Root of the options page. */
export function OptionsApp() {
  const { settings, status, save } = useSettings();
  return (
    <div class="page">
      <h1>Sidenote options</h1>
      <p class="status" role="status" aria-live="polite">{status}</p>
      {settings === null ? <p>Loading…</p> : (
        <>
          <section class="card" aria-labelledby="clutter-heading">
            <h2 id="clutter-heading">Clutter</h2>
            <div class="switch-row">
              <input
                type="checkbox"
                role="switch"
                id="remove-clutter"
                checked={settings.removeClutter}
                aria-describedby="remove-clutter-hint"
                onChange={(e) => save({ removeClutter: (e.currentTarget as HTMLInputElement).checked })}
              />
              <label for="remove-clutter">Remove app and notification clutter</label>
            </div>
            <p class="hint" id="remove-clutter-hint">
              Hides “open in app” bars, app banners and notification prompts while Sidenote is open.
            </p>
            <fieldset disabled={!settings.removeClutter}>
              <legend>Kinds of clutter to remove</legend>
              {CATEGORIES.map((c) => (
                <div class="switch-row" key={c.key}>
                  <input
                    type="checkbox"
                    role="switch"
                    id={c.id}
                    checked={settings.clutterCategories[c.key]}
                    aria-describedby={`${c.id}-hint`}
                    onChange={(e) => save({
                      clutterCategories: { ...settings.clutterCategories, [c.key]: (e.currentTarget as HTMLInputElement).checked },
                    })}
                  />
                  <label for={c.id}>{c.label}</label>
                  <p class="hint" id={`${c.id}-hint`}>{c.hint}</p>
                </div>
              ))}
            </fieldset>
          </section>
          <Exceptions hosts={settings.clutterExceptions} onChange={(hosts) => save({ clutterExceptions: hosts })} />
        </>
      )}
    </div>
  );
}
