/**
 * Clutter control while Sidenote is open on the seed page: the sidebar's "Show" button brings one
 * hidden item back (and it stays back), the sidebar's per-site switch un-hides and re-hides live, and
 * the options page's per-category switch applies live to that category only.
 */
import { beforeEach, expect, test } from 'vitest';
import type { Launched } from './harness/browser';
import { type PageServer } from './harness/server';
import { clickInShadow, readShadow, waitForShadow } from './harness/shadow';
import { openPage, openSidenote, view, visibleOnPage } from './harness/sidenote';
import { resetSettings, storedSettings } from './clutter-harness';
import { useSidenote } from './harness/suite';

let server: PageServer;
let b: Launched;
useSidenote((s, l) => ([server, b] = [s, l]));
beforeEach(async () => {
  await resetSettings(b);
});

const SHEET = 'View CBS News In';
const PROMO = 'Watch CBS News';

async function hiddenCount(page: Parameters<typeof readShadow>[0]): Promise<number | undefined> {
  const doc = await readShadow(page);
  return doc ? view(doc).counts['sn-clutter'] : undefined;
}

test('the sidebar lists hidden clutter with categories, and "Show" brings one item back for good', async () => {
  const page = await openPage(b, server.url('/pages/seed-cbs/'));
  const doc = await openSidenote(b, page);
  const before = view(doc).counts['sn-clutter']!;
  expect(before).toBeGreaterThanOrEqual(3);
  expect(doc.querySelector('.sn-clutter-item[data-category="open-in-app"] .sn-clutter-category')?.textContent).toBeTruthy();
  expect(await visibleOnPage(page, SHEET)).toBe(false);

  await clickInShadow(page, '.sn-clutter-item[data-category="open-in-app"] .sn-clutter-show');
  await expect.poll(() => visibleOnPage(page, SHEET), { timeout: 5_000 }).toBe(true);
  await expect.poll(() => hiddenCount(page)).toBe(before - 1);
  // The observer must not hide it again: wait past a few passes, with the page mutating.
  await page.evaluate(() => document.body.appendChild(document.createElement('div')));
  await page.waitForTimeout(800);
  expect(await visibleOnPage(page, SHEET)).toBe(true);
  expect(await visibleOnPage(page, PROMO)).toBe(false);
  await page.close();
});

test('the sidebar\'s per-site switch un-hides clutter live and hides it again', async () => {
  const page = await openPage(b, server.url('/pages/seed-cbs/'));
  await openSidenote(b, page);
  expect(await visibleOnPage(page, SHEET)).toBe(false);

  await clickInShadow(page, '.sn-clutter-site input');
  await expect.poll(() => visibleOnPage(page, SHEET), { timeout: 5_000 }).toBe(true);
  expect(await visibleOnPage(page, PROMO)).toBe(true);
  expect(await page.evaluate(() => document.querySelector('meta[name="apple-itunes-app"]') !== null)).toBe(true);
  expect((await storedSettings(b)).clutterExceptions).toEqual(['127.0.0.1']);
  await waitForShadow(page, '.sn-clutter-site input:not([checked])');

  await clickInShadow(page, '.sn-clutter-site input');
  await expect.poll(() => visibleOnPage(page, SHEET), { timeout: 5_000 }).toBe(false);
  expect(await visibleOnPage(page, PROMO)).toBe(false);
  expect((await storedSettings(b)).clutterExceptions).toEqual([]);
  await page.close();
});

test('a per-category switch on the options page applies live to that category only', async () => {
  const page = await openPage(b, server.url('/pages/seed-cbs/'));
  await openSidenote(b, page);
  expect(await visibleOnPage(page, SHEET)).toBe(false);

  const options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
  const openInApp = options.getByRole('switch', { name: '“Open in app” buttons and prompts' });
  await expect.poll(() => openInApp.isChecked()).toBe(true);
  await openInApp.click();
  await expect.poll(() => openInApp.isChecked()).toBe(false);

  await page.bringToFront();
  await expect.poll(() => visibleOnPage(page, SHEET), { timeout: 5_000 }).toBe(true);
  expect(await visibleOnPage(page, PROMO)).toBe(false);
  const doc = await readShadow(page);
  expect(doc?.querySelector('.sn-clutter-item[data-category="open-in-app"]')).toBeFalsy();
  expect(doc?.querySelector('.sn-clutter-item[data-category="app-banner"]')).toBeTruthy();
  await options.close();
  await page.close();
});
