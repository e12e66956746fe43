/** The per-site exception list: hosts where Sidenote never hides clutter. Add by form, remove by button. */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { addHost, normaliseHost } from './hosts';

interface ExceptionsProps {
  hosts: string[];
  onChange(hosts: string[]): void;
}

/** Exception list editor. */
export function Exceptions({ hosts, onChange }: ExceptionsProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const submit = (event: Event): void => {
    event.preventDefault();
    const host = normaliseHost(draft);
    if (!host) {
      setError(t('exceptionsInvalid'));
      return;
    }
    setError('');
    setDraft('');
    if (!hosts.includes(host)) onChange(addHost(hosts, host));
  };
  return (
    <section class="card" aria-labelledby="exceptions-heading">
      <h2 id="exceptions-heading">{t('exceptionsHeading')}</h2>
      <p class="hint" id="exceptions-hint">{t('exceptionsHint')}</p>
      <form class="add-host" onSubmit={submit} noValidate>
        <label for="exception-host">{t('exceptionsSite')}</label>
        <input
          id="exception-host"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="www.example.com"
          value={draft}
          aria-describedby={error ? 'exceptions-hint exception-error' : 'exceptions-hint'}
          aria-invalid={error ? true : undefined}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t('exceptionsAdd')}</button>
      </form>
      {error && <p id="exception-error" class="error" role="alert">{error}</p>}
      {hosts.length === 0
        ? <p class="empty">{t('exceptionsNone')}</p>
        : (
          <ul class="hosts" aria-label={t('exceptionsListLabel')}>
            {hosts.map((host) => (
              <li key={host}>
                <span class="host">{host}</span>
                <button type="button" aria-label={t('exceptionsRemoveHost', host)} onClick={() => onChange(hosts.filter((h) => h !== host))}>
                  {t('exceptionsRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
    </section>
  );
}
