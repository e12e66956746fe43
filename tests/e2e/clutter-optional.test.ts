/**
 * The two opt-in clutter features in real Chromium:
 * - "Keep pages from asking to show notifications": while Sidenote is open, the page's own
 *   Notification.requestPermission answers "default"; closing puts the page's function back.
 * - "Hide clutter automatically on every site": off by default (nothing registered, nothing runs);
 *   on registers the clutter-only script, so a page loaded afterwards has its clutter hidden without a
 *   click (the e2e build holds the 127.0.0.1 host permission the real switch asks for); switching it
 *   off on the options page unregisters it and shows the clutter again live.
 */
import { beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Launched } from './harness/browser';
import { type PageServer } from './harness/server';
import { closeWithButton, openPage, openSidenote, visibleOnPage } from './harness/sidenote';
import { patchSettings, registeredScripts, resetSettings } from './clutter-harness';
import { useSidenote } from './harness/suite';

let server: PageServer;
let b: Launched;

useSidenote(async (s, l) => {
  [server, b] = [s, l];
  await l.context.grantPermissions(['notifications'], { origin: s.origin });
});
beforeEach(async () => {
  await resetSettings(b);
});

/** Presses the page's own "Get alerts" button and returns what its requestPermission call answered. */
async function ask(page: Page): Promise<string> {
  await page.evaluate(() => {
    document.getElementById('answer')!.textContent = '';
    document.getElementById('ask')!.click();
  });
  await page.waitForFunction(() => document.getElementById('answer')!.textContent !== '', undefined, { timeout: 5_000 });
  return page.evaluate(() => document.getElementById('answer')!.textContent!);
}

test('with the notification switch on, the page\'s permission request answers "default" only while Sidenote is open', async () => {
  await patchSettings(b, { blockNotificationPrompt: true });
  const page = await openPage(b, server.url('/pages/clutter-notify/'));
  await page.evaluate(() => {
    (window as unknown as { original: unknown }).original = Notification.requestPermission;
  });
  expect(await ask(page)).toBe('granted');

  await openSidenote(b, page);
  await expect.poll(() => ask(page), { timeout: 5_000 }).toBe('default');

  await closeWithButton(b, page);
  await expect.poll(() => ask(page), { timeout: 5_000 }).toBe('granted');
  expect(await page.evaluate(() => Notification.requestPermission === (window as unknown as { original: unknown }).original)).toBe(true);
  await page.close();
});

test('with the notification switch off (the default), Sidenote leaves the page\'s requestPermission alone', async () => {
  const page = await openPage(b, server.url('/pages/clutter-notify/'));
  await openSidenote(b, page);
  await page.waitForTimeout(500);
  expect(await ask(page)).toBe('granted');
  await page.close();
});

test('"hide clutter automatically": off by default; on hides clutter on pages loaded later; off in options undoes it live', async () => {
  expect(await registeredScripts(b)).toEqual([]);
  const plain = await openPage(b, server.url('/pages/seed-cbs/'));
  await plain.waitForTimeout(500);
  expect(await visibleOnPage(plain, 'View CBS News In')).toBe(true);
  await plain.close();

  const options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
  const auto = options.getByRole('switch', { name: 'Hide clutter automatically on every site' });
  await expect.poll(() => auto.isChecked()).toBe(false);

  // What the options page saves once the user grants the all-sites permission.
  await patchSettings(b, { autoClutter: true });
  await expect.poll(() => registeredScripts(b)).toEqual(['sidenote-auto-clutter']);
  await expect.poll(() => auto.isChecked()).toBe(true);

  const page = await openPage(b, server.url('/pages/seed-cbs/'));
  await expect.poll(() => visibleOnPage(page, 'View CBS News In'), { timeout: 5_000 }).toBe(false);
  expect(await visibleOnPage(page, 'Watch CBS News')).toBe(false);
  expect(await page.evaluate(() => document.querySelector('meta[name="apple-itunes-app"]'))).toBeNull();
  expect(await page.evaluate(() => document.getElementsByTagName('sidenote-root').length)).toBe(0);
  expect(await visibleOnPage(page, 'Anna Tarkov, the national spokeswoman')).toBe(true);

  // Opening and closing Sidenote hands the page back to the automatic hider, clutter still hidden.
  await openSidenote(b, page);
  await closeWithButton(b, page);
  await page.waitForTimeout(300);
  expect(await visibleOnPage(page, 'View CBS News In')).toBe(false);

  await options.bringToFront();
  await auto.click();
  await expect.poll(() => auto.isChecked()).toBe(false);
  await expect.poll(() => registeredScripts(b)).toEqual([]);
  await expect.poll(() => visibleOnPage(page, 'View CBS News In'), { timeout: 5_000 }).toBe(true);
  expect(await page.evaluate(() => document.querySelector('meta[name="apple-itunes-app"]') !== null)).toBe(true);
  await options.close();
  await page.close();
});
