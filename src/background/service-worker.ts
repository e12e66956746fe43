/**
 * Background: turns a toolbar click (or Alt+Shift+R) into an injection of the content script,
 * whose onExecute() toggles Sidenote in that tab. Nothing runs on a page before the user asks.
 */
import browser, { type Runtime, type Tabs } from '../shared/browser';
import { isMessage } from '../shared/messages';
import { t } from '../shared/i18n';
// The background's one link to the content script is the built file's path, which crxjs resolves.
// eslint-disable-next-line no-restricted-imports
import contentScript from '../content/content-script.ts?iife';
import { mayHaveController, rememberInjection } from './injected-tabs';
import { reasonFromError, restrictionReason } from './restricted';
import { listenForE2EBridge } from './e2e-bridge';
import './auto-clutter';
import './context-menus';

/** The button's resting title: the manifest's default_title, from the same _locales message. */
const defaultTitle = (): string => t('actionTitle');

async function showProblem(tabId: number, reason: string): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  await browser.action.setBadgeText({ tabId, text: '!' });
  await browser.action.setTitle({ tabId, title: reason });
}

/**
 * Resets the badge and title before an injection. Not awaited: extension API calls reach the browser in
 * the order they are made, so a state the script reports later still lands after these.
 */
function clearProblem(tabId: number): void {
  void browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
  void browser.action.setTitle({ tabId, title: defaultTitle() }).catch(() => undefined);
}

/**
 * Runs in the tab's isolated world (Sidenote's own, shared with the content script): toggles the
 * controller the content script left on globalThis, if any. Must be self-contained: it is serialised.
 */
function toggleExisting(): boolean {
  const controller = (globalThis as Record<symbol, { toggle(): Promise<void> } | undefined>)[Symbol.for('sidenote.controller')];
  if (!controller) return false;
  void controller.toggle();
  return true;
}

/**
 * What a toolbar click does: toggle Sidenote if this tab has it already (a tiny injection, so second
 * opens and closes skip re-parsing the whole content script), else inject the content script; or
 * explain why it cannot.
 */
export async function toggleSidenote(tab: Tabs.Tab): Promise<void> {
  if (tab.id === undefined) return;
  // Without a grant the URL may be hidden from us; then the injection's error says what the page is.
  const reason = restrictionReason(tab.url, t);
  if (reason) {
    await showProblem(tab.id, reason);
    return;
  }
  try {
    // Cleared before, not after, the injection: the script may report a problem of its own meanwhile.
    clearProblem(tab.id);
    const target = { tabId: tab.id };
    if (await mayHaveController(tab.id)) {
      const [toggled] = await browser.scripting.executeScript({ target, func: toggleExisting });
      if (toggled?.result === true) return;
    }
    await browser.scripting.executeScript({ target, files: [contentScript] });
    await rememberInjection(tab.id);
  } catch (err) {
    await showProblem(tab.id, reasonFromError(err instanceof Error ? err.message : String(err), t));
  }
}

browser.action.onClicked.addListener((tab) => {
  void toggleSidenote(tab);
});

// Firefox end-to-end builds only: BiDi cannot press the button, so tests reach the same handler via a bridge.
if (__E2E__) listenForE2EBridge(toggleSidenote);

/** Accepts state reports only from Sidenote's own content scripts in a tab. */
function fromOwnContentScript(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.tab?.id !== undefined;
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!fromOwnContentScript(sender) || !isMessage(message)) return undefined;
  if (message.type === 'sidenote:state' && sender.tab?.id !== undefined) {
    const tabId = sender.tab.id;
    if (message.problem) {
      void showProblem(tabId, message.problem);
    } else {
      void browser.action.setBadgeText({ tabId, text: message.open ? 'on' : '' });
      void browser.action.setBadgeBackgroundColor({ tabId, color: '#1f6feb' });
      void browser.action.setTitle({ tabId, title: message.open ? t('closeSidenote') : defaultTitle() });
    }
  }
  return undefined;
});
