/**
 * Launches Debian's Chromium with a built Sidenote loaded, and presses its toolbar button the way a
 * user does: CDP Extensions.triggerAction on the tab target, which fires action.onClicked and grants
 * activeTab (see ../shared/notes/toolchain.md). Never downloads a browser.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Extra Chromium switches and environment for a launch (a UI language, a host-resolver rule). */
export interface LaunchOptions {
  args?: string[];
  env?: Record<string, string>;
}

/** Starts Chromium with the extension in `dist` (relative to the repo) loaded. */
export async function launch(dist: 'dist' | 'dist-e2e' = 'dist-e2e', options: LaunchOptions = {}): Promise<Launched> {
  const ext = join(ROOT, dist);
  const profile = await mkdtemp(join(tmpdir(), 'sidenote-e2e-'));
  const env = options.env ?? {};
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    // Only pass env when there is some: an explicit env breaks service-worker start-up under vitest.
    env: Object.keys(env).length ? ({ ...process.env, ...env } as Record<string, string>) : undefined,
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  // The first press can race the service worker's listener registration.
  for (let i = 0; i < 100; i++) {
    const ready = await worker.evaluate(() => (globalThis as unknown as { chrome: { action: { onClicked: { hasListeners(): boolean } } } }).chrome.action.onClicked.hasListeners());
    if (ready) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Presses Sidenote's toolbar button for the tab showing page. */
export async function pressAction(launched: Launched, page: Page): Promise<void> {
  const press = await prepareAction(launched, page);
  await press();
}

/**
 * Looks up page's tab target once and returns a function that presses the button, so a benchmark
 * times the press itself rather than the CDP set-up. The returned function detaches after one press.
 */
export async function prepareAction(launched: Launched, page: Page): Promise<() => Promise<void>> {
  const cdp = await launched.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as unknown as {
    targetInfos: { targetId: string; url: string }[];
  };
  const url = page.url();
  const tab = targetInfos.find((t) => t.url === url);
  if (!tab) {
    await cdp.detach();
    throw new Error(`no tab target for ${url}`);
  }
  return async () => {
    try {
      await cdp.send('Extensions.triggerAction' as never, { id: launched.extensionId, targetId: tab.targetId } as never);
    } finally {
      await cdp.detach();
    }
  };
}
