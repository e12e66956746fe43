/**
 * Background half of the Firefox end-to-end bridge (see src/content/e2e-bridge.iife.ts). Installed only when
 * __E2E__ is true, so the shipped bundles drop it: a relayed "press" runs the toolbar's own click
 * handler for the sender's tab; "options" opens the options page the way the browser's menu does
 * (tests cannot navigate to moz-extension:// themselves).
 */
import browser, { type Runtime, type Tabs } from '../shared/browser';

interface BridgeMessage {
  type: 'sidenote-e2e';
  action: 'press' | 'options';
}

function isBridgeMessage(value: unknown): value is BridgeMessage {
  const v = value as Partial<BridgeMessage> | null;
  return typeof v === 'object' && v !== null && v.type === 'sidenote-e2e' && (v.action === 'press' || v.action === 'options');
}

/** Routes bridge messages from Sidenote's own content scripts to onPress / the options page. */
export function listenForE2EBridge(onPress: (tab: Tabs.Tab) => Promise<void>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !sender.tab || !isBridgeMessage(message)) return undefined;
    if (message.action === 'press') void onPress(sender.tab);
    else void browser.runtime.openOptionsPage();
    return undefined;
  });
}
