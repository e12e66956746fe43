/**
 * Launches Debian's firefox-esr over WebDriver BiDi (puppeteer-core 24; Playwright cannot drive ESR 153,
 * see ../shared/notes/toolchain.md) with a built Sidenote installed as a temporary add-on. BiDi has no
 * toolbar press, so tests press through the e2e build's bridge, which runs the real click handler.
 * Never downloads a browser.
 */
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { join } from 'node:path';
import { ROOT } from '../../e2e/harness/server';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const VIEWPORT = { width: 1280, height: 900 };

export interface LaunchedFirefox {
  browser: Browser;
  addonId: string;
  close(): Promise<void>;
}

/** Starts headless Firefox (own temporary profile) and installs the extension built into `dist`. */
export async function launchFirefox(dist: 'dist-e2e-firefox' | 'dist-firefox' = 'dist-e2e-firefox'): Promise<LaunchedFirefox> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, defaultViewport: VIEWPORT });
  try {
    const addonId = await browser.installExtension(join(ROOT, dist));
    return { browser, addonId, close: () => browser.close() };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

/** Opens url in a new tab and waits for it to load. */
export async function openPage(b: LaunchedFirefox, url: string): Promise<Page> {
  const page = await b.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/**
 * Sends an action through the bridge: the page posts it to itself, the bridge content script (present
 * from document_start, so always there once the page has loaded) relays it to the background.
 */
export async function bridge(page: Page, action: 'press' | 'options'): Promise<void> {
  await page.evaluate((a) => window.postMessage({ sidenoteE2E: a }, '*'), action);
}

/** True when the page has a Sidenote host element. */
export async function hasHost(page: Page): Promise<boolean> {
  return page.evaluate(() => document.getElementsByTagName('sidenote-root').length > 0);
}

/**
 * Has the extension open its options page (tests may not navigate to moz-extension:// themselves) and
 * returns that tab once it runs the options app. Firefox reports the tab's URL as about:blank to BiDi
 * at first; a reload from inside settles it.
 */
export async function openOptions(b: LaunchedFirefox, from: Page): Promise<Page> {
  const known = new Set(await b.browser.pages());
  const created = b.browser.waitForTarget((t: Target) => t.type() === 'page', { timeout: 10_000 });
  await bridge(from, 'options');
  await created;
  let options: Page | undefined;
  for (let i = 0; i < 100 && !options; i++) {
    options = (await b.browser.pages()).find((p) => !known.has(p));
    if (!options) await new Promise((r) => setTimeout(r, 50));
  }
  if (!options) throw new Error('the options page did not open');
  // A mark on the old document tells it apart from the reloaded one, so no step runs mid-reload.
  await options.evaluate(() => {
    (window as unknown as Record<string, boolean>).sidenoteBeforeReload = true;
    location.reload();
  }).catch(() => undefined);
  await options.waitForFunction(() => !('sidenoteBeforeReload' in window) && document.querySelector('input[role="switch"]') !== null, { timeout: 10_000 });
  return options;
}

/** Clicks the centre of the element with the real mouse (BiDi input actions). */
export async function clickAt(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<void> {
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
