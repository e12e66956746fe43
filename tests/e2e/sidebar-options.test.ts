/**
 * The options page's Reader card: a theme and text size chosen there are saved through the settings
 * module and apply at once to an open Sidenote; the card passes its own round trip.
 */
import { expect, test } from 'vitest';
import type { Launched } from './harness/browser';
import { type PageServer } from './harness/server';
import { waitForShadow } from './harness/shadow';
import { openPage, openSidenote } from './harness/sidenote';
import { callInShadow } from './sidebar-harness';
import { useSidenote } from './harness/suite';

let server: PageServer;
let b: Launched;
useSidenote((s, l) => ([server, b] = [s, l]));

test('reader settings chosen on the options page apply live to an open Sidenote', async () => {
  const page = await openPage(b, server.url('/pages/seed-cbs/'));
  await openSidenote(b, page);
  const size = (): Promise<string> => callInShadow(page, '.sn-article-body p', 'function () { return getComputedStyle(this).fontSize; }');
  expect(await size()).toBe('20px');

  const options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
  await options.getByLabel('Theme').selectOption('sepia');
  await options.getByLabel('Text size').fill('26');
  await options.getByLabel('Text size').dispatchEvent('change');
  await expect.poll(() => options.locator('output[for="reader-fontSize"]').textContent()).toBe('26px');

  await page.bringToFront();
  await waitForShadow(page, '.sn-root[data-theme="sepia"]');
  await expect.poll(size).toBe('26px');
  const stored = await b.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, { reader: unknown }>> } } } }).chrome;
    return (await api.storage.sync.get('settings')).settings?.reader;
  });
  expect(stored).toMatchObject({ theme: 'sepia', fontSize: 26 });
  await options.close();
  await page.close();
});
