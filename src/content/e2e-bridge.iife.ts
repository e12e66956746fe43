/**
 * End-to-end builds for Firefox only (registered by vite.config.ts in `--mode e2e-firefox`, never in a
 * shipped build). WebDriver BiDi cannot press a toolbar button, so a test page posts
 * `{ sidenoteE2E: 'press' | 'options' }` to itself and this script relays it to the background, which
 * runs the same handler a real click runs. tests/e2e-firefox/shipped-builds.test.ts checks dist/ and
 * dist-firefox/ carry none of this.
 */
import browser from '../shared/browser';

const ACTIONS: ReadonlySet<string> = new Set(['press', 'options']);

window.addEventListener('message', (event: MessageEvent) => {
  // Only the page's own window talks to the bridge; frames and other windows are ignored.
  if (event.source !== window) return;
  const action = (event.data as { sidenoteE2E?: unknown } | null)?.sidenoteE2E;
  if (typeof action !== 'string' || !ACTIONS.has(action)) return;
  void browser.runtime.sendMessage({ type: 'sidenote-e2e', action }).catch(() => undefined);
});
