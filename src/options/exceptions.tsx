/** The per-site exception list: hosts where Sidenote never hides clutter. Add by form, remove by button. */
import { useState } from 'preact/hooks';
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
      setError('Enter a site address such as www.example.com.');
      return;
    }
    setError('');
    setDraft('');
    if (!hosts.includes(host)) onChange(addHost(hosts, host));
  };
  return (
    <section class="card" aria-labelledby="exceptions-heading">
      <h2 id="exceptions-heading">Site exceptions</h2>
      <p class="hint" id="exceptions-hint">
        Sidenote never hides clutter on these sites. Use the exact host name shown in the address bar
        (www.example.com and example.com are different sites).
      </p>
      <form class="add-host" onSubmit={submit} noValidate>
        <label for="exception-host">Site</label>
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
        <button type="submit">Add</button>
      </form>
      {error && <p id="exception-error" class="error" role="alert">{error}</p>}
      {hosts.length === 0
        ? <p class="empty">No exceptions.</p>
        : (
          <ul class="hosts" aria-label="Sites where clutter is never hidden">
            {hosts.map((host) => (
              <li key={host}>
                <span class="host">{host}</span>
                <button type="button" aria-label={`Remove ${host}`} onClick={() => onChange(hosts.filter((h) => h !== host))}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
    </section>
  );
}
