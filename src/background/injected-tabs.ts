/**
 * The tabs into which Sidenote's content script was injected in this browser session. A click on any
 * other tab injects at once: the toggle probe (one more script injection, ~4 ms) is only worth paying
 * where a controller may already live. A remembered tab may have navigated since, so it is still probed.
 * Kept in storage.session (trusted contexts only: page and content scripts cannot read it) so that a
 * restarted service worker still knows; if that storage fails, a missed probe costs only speed, since a
 * second injection finds the existing controller and toggles it.
 */
import browser from '../shared/browser';

const KEY = 'injectedTabs';

let known: Promise<Set<number>> | null = null;

/** The remembered tab ids, read once per service-worker lifetime. */
function load(): Promise<Set<number>> {
  known ??= browser.storage.session
    .get(KEY)
    .then((stored) => {
      const ids: unknown = stored[KEY];
      return new Set(Array.isArray(ids) ? ids.filter((id): id is number => Number.isInteger(id)) : []);
    })
    .catch(() => new Set<number>());
  return known;
}

/** Whether the content script may already be running in this tab. */
export async function mayHaveController(tabId: number): Promise<boolean> {
  return (await load()).has(tabId);
}

/** Notes an injection into tabId. */
export async function rememberInjection(tabId: number): Promise<void> {
  const ids = await load();
  if (ids.has(tabId)) return;
  ids.add(tabId);
  await browser.storage.session.set({ [KEY]: [...ids] }).catch(() => undefined);
}

// Started with the service worker, so a click rarely waits for the read.
void load();
