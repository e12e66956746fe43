/**
 * Firefox: the options page's clutter switch, stored in storage.sync, applies at once to a tab where
 * Sidenote is open (off shows the page's clutter again, on hides it again). The extension opens its
 * options page itself (runtime.openOptionsPage through the e2e bridge): tests cannot navigate to
 * moz-extension:// URLs.
 */
import { expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { PageServer } from '../e2e/harness/server';
import { clickAt, openOptions, openPage, type LaunchedFirefox } from './harness/firefox';
import { waitForShadow } from './harness/shadow';
import { openSidenote, until, visibleOnPage } from './harness/sidenote';
import { useFirefox } from './harness/suite';

const MASTER = 'Remove app and notification clutter';

let server: PageServer;
let ff: LaunchedFirefox;

useFirefox((s, f) => ([server, ff] = [s, f]));

/** The switch labelled label: its checked state and where it is on screen. */
async function switchState(options: Page, label: string): Promise<{ checked: boolean; box: { x: number; y: number; width: number; height: number } }> {
  return options.evaluate((text) => {
    const l = Array.from(document.querySelectorAll('label')).find((e) => e.textContent?.trim() === text);
    const input = l ? (document.getElementById(l.htmlFor) as HTMLInputElement | null) : null;
    if (!input) throw new Error(`no switch labelled ${text}`);
    input.scrollIntoView({ block: 'center' });
    const r = input.getBoundingClientRect();
    return { checked: input.checked, box: { x: r.x, y: r.y, width: r.width, height: r.height } };
  }, label);
}

/** Reads storage.sync as the options page (an extension page) sees it. */
async function storedRemoveClutter(options: Page): Promise<unknown> {
  return options.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { storage: { sync: { get(k: string): Promise<Record<string, { removeClutter?: boolean }>> } } } }).browser;
    return (await api.storage.sync.get('settings')).settings?.removeClutter;
  });
}

test('the "Remove app and notification clutter" switch applies live to an open Sidenote', async () => {
  const page = await openPage(ff, server.url('/pages/seed-cbs/'));
  await openSidenote(page);
  expect(await visibleOnPage(page, 'View CBS News In')).toBe(false);

  const options = await openOptions(ff, page);
  expect(await options.evaluate(() => location.protocol)).toBe('moz-extension:');
  expect(await until(async () => (await switchState(options, MASTER)).checked)).toBe(true);
  await clickAt(options, (await switchState(options, MASTER)).box);
  expect(await until(async () => !(await switchState(options, MASTER)).checked)).toBe(true);

  expect(await until(() => visibleOnPage(page, 'View CBS News In'))).toBe(true);
  expect(await until(() => visibleOnPage(page, 'Watch CBS News'))).toBe(true);
  await waitForShadow(page, '#sn-clutter');
  expect(await until(async () => (await storedRemoveClutter(options)) === false)).toBe(true);

  await clickAt(options, (await switchState(options, MASTER)).box);
  expect(await until(async () => (await switchState(options, MASTER)).checked)).toBe(true);
  expect(await until(async () => !(await visibleOnPage(page, 'View CBS News In')))).toBe(true);
  await options.close();
  await page.close();
});
