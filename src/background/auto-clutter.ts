/**
 * Background side of two opt-in clutter features:
 * - "Hide clutter automatically on every site": while the setting is on, a small content script that
 *   runs only the clutter hider is registered for http/https pages (it runs only where the user granted
 *   the optional all-sites host permission, requested by the options page); off unregisters it, and
 *   revoking the permission switches the setting off. Nothing is registered by default.
 * - The notification-prompt guard: on a content script's request, replaces the page's
 *   Notification.requestPermission in its main world by one that answers "default", and restores it.
 */
import browser, { type Runtime } from '../shared/browser';
import { isMessage } from '../shared/messages';
import { loadSettings, onSettingsChanged, saveSettings, type Settings } from '../shared/settings';
// The registered script's built path, which crxjs resolves (as service-worker.ts does for the reader).
// eslint-disable-next-line no-restricted-imports
import autoClutterScript from '../content/auto-clutter.ts?iife';

/** Id of the registered script, so it can be found and removed. */
export const AUTO_CLUTTER_ID = 'sidenote-auto-clutter';
/** The optional host permission the automatic mode needs (manifest optional_host_permissions). */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

/** Registers or unregisters the automatic clutter script to match the settings. */
export async function syncAutoClutter(settings: Settings): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_CLUTTER_ID] });
  if (settings.autoClutter && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      { id: AUTO_CLUTTER_ID, matches: ALL_SITES, js: [autoClutterScript], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
    ]);
  } else if (!settings.autoClutter && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [AUTO_CLUTTER_ID] });
  }
}

/** Page-world guard: Notification.requestPermission answers "default" without asking the user. */
function installGuard(): void {
  const key = Symbol.for('sidenote.notification-guard');
  const N = (globalThis as unknown as { Notification?: { requestPermission: unknown } & Record<symbol, unknown> }).Notification;
  if (!N || key in N) return;
  const own = Object.getOwnPropertyDescriptor(N, 'requestPermission');
  const answer = function requestPermission(callback?: (p: string) => void): Promise<string> {
    if (typeof callback === 'function') queueMicrotask(() => callback('default'));
    return Promise.resolve('default');
  };
  // Keep the page's own descriptor (or its absence) to put back exactly on close.
  Object.defineProperty(N, key, { value: own ?? null, configurable: true });
  Object.defineProperty(N, 'requestPermission', { value: answer, configurable: true, writable: true });
}

/** Page-world undo of installGuard. */
function removeGuard(): void {
  const key = Symbol.for('sidenote.notification-guard');
  const N = (globalThis as unknown as { Notification?: Record<string | symbol, unknown> }).Notification;
  if (!N || !(key in N)) return;
  const own = N[key] as PropertyDescriptor | null;
  if (own) Object.defineProperty(N, 'requestPermission', own);
  else delete N.requestPermission;
  delete N[key];
}

async function setGuard(sender: Runtime.MessageSender, on: boolean): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  if (on && !(await loadSettings()).blockNotificationPrompt) return;
  const frameIds = sender.frameId !== undefined ? [sender.frameId] : undefined;
  await browser.scripting.executeScript({ target: { tabId, frameIds }, world: 'MAIN', func: on ? installGuard : removeGuard });
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || !isMessage(message) || message.type !== 'sidenote:notification-guard') return undefined;
  return setGuard(sender, message.on).catch(() => undefined);
});

onSettingsChanged((s) => void syncAutoClutter(s).catch(() => undefined));
browser.permissions.onRemoved.addListener((removed) => {
  if (removed.origins?.some((o) => ALL_SITES.includes(o))) void saveSettings({ autoClutter: false });
});
// Registrations persist, but settings may have changed while the extension was off: check on start.
void loadSettings().then(syncAutoClutter).catch(() => undefined);
