/**
 * The options page's clutter switch, stored in storage.sync, applies at once to a tab where Sidenote
 * is open: off shows the page's clutter again, on hides it again.
 */
import { expect, test } from 'vitest';
import type { Launched } from './harness/browser';
import { type PageServer } from './harness/server';
import { waitForShadow } from './harness/shadow';
import { openPage, openSidenote, visibleOnPage } from './harness/sidenote';
import { useSidenote } from './harness/suite';

let server: PageServer;
let b: Launched;
useSidenote((s, l) => ([server, b] = [s, l]));

test('the "Remove app and notification clutter" switch applies live to an open Sidenote', async () => {
  const page = await openPage(b, server.url('/pages/seed-cbs/'));
  await openSidenote(b, page);
  expect(await visibleOnPage(page, 'View CBS News In')).toBe(false);

  const options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
  const master = options.getByRole('switch', { name: 'Remove app and notification clutter' });
  await expect.poll(() => master.isChecked()).toBe(true);
  await master.click();
  await expect.poll(() => master.isChecked()).toBe(false);

  await page.bringToFront();
  await expect.poll(() => visibleOnPage(page, 'View CBS News In'), { timeout: 5_000 }).toBe(true);
  await expect.poll(() => visibleOnPage(page, 'Watch CBS News'), { timeout: 5_000 }).toBe(true);
  await waitForShadow(page, '#sn-clutter');

  const stored = await b.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return api.storage.sync.get('settings');
  });
  expect((stored.settings as { removeClutter: boolean }).removeClutter).toBe(false);

  await options.bringToFront();
  await master.click();
  await expect.poll(() => master.isChecked()).toBe(true);
  await expect.poll(() => visibleOnPage(page, 'View CBS News In'), { timeout: 5_000 }).toBe(false);
  await options.close();
  await page.close();
});
