/**
 * Helpers shared by the clutter end-to-end files: settings written straight to storage.sync from the
 * service worker (as the options page would), and the extension's registered content scripts.
 */
import type { Launched } from './harness/browser';

type Api = {
  chrome: {
    storage: { sync: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> } };
    scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  };
};

/** Merges patch into the stored settings. */
export async function patchSettings(b: Launched, patch: Record<string, unknown>): Promise<void> {
  await b.worker.evaluate(async (p) => {
    const { chrome } = globalThis as unknown as Api;
    const got = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...((got.settings as object) ?? {}), ...p } });
  }, patch);
}

/** Back to default settings. */
export async function resetSettings(b: Launched): Promise<void> {
  await b.worker.evaluate(() => (globalThis as unknown as Api).chrome.storage.sync.clear());
}

/** Stored settings as the extension sees them (raw). */
export async function storedSettings(b: Launched): Promise<Record<string, unknown>> {
  const got = await b.worker.evaluate(() => (globalThis as unknown as Api).chrome.storage.sync.get('settings'));
  return (got.settings as Record<string, unknown>) ?? {};
}

/** Ids of the content scripts the extension has registered. */
export async function registeredScripts(b: Launched): Promise<string[]> {
  const list = await b.worker.evaluate(() => (globalThis as unknown as Api).chrome.scripting.getRegisteredContentScripts());
  return list.map((s) => s.id);
}
