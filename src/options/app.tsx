/**
 * The options page: the clutter master switch, one switch per clutter category and the per-site
 * exception list, all saved to storage.sync on change and kept in step with other open tabs.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { loadSettings, onSettingsChanged, saveSettings, type Settings } from '../shared/settings';
import { ClutterSettings } from './clutter-settings';
import { Exceptions } from './exceptions';
import { ReaderOptions } from './reader-options';

/** How long the "Saved" confirmation stays visible. */
const SAVED_MS = 2500;

type Patch = Partial<Omit<Settings, 'version'>>;

/** Settings state with optimistic saving and a transient status message. */
function useSettings(): { settings: Settings | null; status: string; save(patch: Patch): void; show(message: string, transient: boolean): void } {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadSettings()
      .then((s) => { if (live) setSettings(s); })
      .catch(() => { if (live) setStatus(t('optionsLoadFailed')); });
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
      .then((s) => { setSettings(s); show(t('optionsSaved'), true); })
      .catch(() => show(t('optionsSaveFailed'), false));
  };
  return { settings, status, save, show };
}

/** Root of the options page. */
export function OptionsApp() {
  const { settings, status, save, show } = useSettings();
  return (
    <div class="page">
      <h1>{t('optionsTitle')}</h1>
      <p class="status" role="status" aria-live="polite">{status}</p>
      {settings === null ? <p>{t('optionsLoading')}</p> : (
        <>
          <ClutterSettings settings={settings} save={save} report={(m) => show(m, false)} />
          <ReaderOptions reader={settings.reader} onChange={(reader) => save({ reader })} />
          <Exceptions hosts={settings.clutterExceptions} onChange={(hosts) => save({ clutterExceptions: hosts })} />
        </>
      )}
    </div>
  );
}
