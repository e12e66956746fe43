/**
 * Asks the background to keep the page from raising the browser's notification permission prompt
 * while Sidenote is open (the optional "blockNotificationPrompt" setting). The guard must live in the
 * page's main world, which a content script cannot reach, so the background installs it with
 * scripting.executeScript({ world: 'MAIN' }) and removes it again on close.
 */
import browser from '../shared/browser';
import type { Message } from '../shared/messages';

/** Installs (on) or removes the guard in this tab's page; failures leave the page as it was. */
export async function setNotificationGuard(on: boolean): Promise<void> {
  const message: Message = { type: 'sidenote:notification-guard', on };
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // The background may be restarting; the page then keeps its own behaviour, which is harmless.
  }
}
