/**
 * The context menu's actions and the keyboard shortcut's manifest entry. No tool can open Chromium's
 * native context menu, so the e2e build exposes the service worker's real click handler and the test
 * calls it with the data a click delivers (menu item id, selection text, the tab); everything after
 * that (injection, metadata, clipboard) is the shipped code path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Launched } from './harness/browser';
import { ROOT, type PageServer } from './harness/server';
import { openPage } from './harness/sidenote';
import { waitForShadow } from './harness/shadow';
import { useSidenote } from './harness/suite';

let server: PageServer;
let b: Launched;

useSidenote(async (s, l) => {
  [server, b] = [s, l];
  await l.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.origin });
});

/** Calls the service worker's menu handler for the tab showing url. */
async function clickMenu(url: string, menuItemId: string, selectionText?: string): Promise<string | null> {
  return b.worker.evaluate(async ({ url, menuItemId, selectionText }) => {
    const g = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> } };
      __sidenoteMenuClick(info: object, tab: object): Promise<string | null>;
    };
    const [tab] = await g.chrome.tabs.query({ url });
    return g.__sidenoteMenuClick({ menuItemId, selectionText }, tab!);
  }, { url, menuItemId, selectionText });
}

test('the manifest binds Alt+Shift+R to the toolbar action and asks for the contextMenus permission', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
    commands: Record<string, { suggested_key: { default: string } }>;
    permissions: string[];
  };
  expect(manifest.commands._execute_action?.suggested_key.default).toBe('Alt+Shift+R');
  expect(manifest.permissions).toContain('contextMenus');
  const built = JSON.parse(readFileSync(join(ROOT, 'dist-e2e/manifest.json'), 'utf8')) as typeof manifest;
  expect(built.commands._execute_action?.suggested_key.default).toBe('Alt+Shift+R');
});

test('"Open in Sidenote" opens Sidenote on the page', async () => {
  const url = server.url('/pages/seed-cbs/');
  const page = await openPage(b, url);
  await clickMenu(url, 'sidenote-open');
  const doc = await waitForShadow(page, '.sn-sidebar #sn-quotes');
  expect(doc.querySelectorAll('.sn-quote').length).toBeGreaterThan(0);
  await page.close();
});

test('"Copy as quote with citation" copies the selection with the page\'s title, site, date and URL', async () => {
  const url = server.url('/pages/seed-cbs/');
  const page = await openPage(b, url);
  const selection = 'An organization pushing back against the Trump administration';
  const copied = await clickMenu(url, 'sidenote-copy-citation', selection);
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip).toBe(copied);
  // The page's og:title, og:site_name and article:published_time (2018-06-14T14:05:00-04:00).
  expect(clip).toBe(`“${selection}” — “Rallies Protesting Immigrant Family Separations Taking Place Across US.” CBS News, June 14, 2018. ${url}`);
  await page.close();
});
