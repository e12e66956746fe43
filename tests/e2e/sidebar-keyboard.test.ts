/**
 * Keyboard-only use and the plain-http copy path, end to end in headless Chromium.
 * Keyboard: opening moves focus into the reader, Tab walks the controls in a sensible order, Enter on
 * a quote locates it, Esc closes and focus returns to where it was on the page. Focus is read from the
 * accessibility tree, i.e. what a screen reader announces.
 * Copy on http: the page is served as http://sidenote.test (mapped to 127.0.0.1 by the browser's
 * resolver), which is not a secure context, so the async Clipboard API is absent and the content
 * script must fall back to execCommand('copy').
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, pressAction, type Launched } from './harness/browser';
import { startServer, type PageServer } from './harness/server';
import { clickInShadow, readShadow, waitForShadow } from './harness/shadow';
import { openPage, openSidenote, view } from './harness/sidenote';
import { focused, highlight, launchWith } from './sidebar-harness';

let server: PageServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

describe('keyboard only', () => {
  let b: Launched;
  beforeAll(async () => {
    b = await launch('dist-e2e');
  });
  afterAll(async () => {
    await b?.close();
  });

  test('focus goes into the reader, Tab reaches every control in order, Enter locates, Esc closes and focus returns', async () => {
    const page = await openPage(b, server.url('/pages/seed-cbs/'));
    await page.evaluate(() => {
      const link = document.querySelector<HTMLElement>('body a[href]');
      link?.setAttribute('data-before', 'yes');
      link?.focus();
    });
    const before = await focused(page);
    expect(before?.role).toBe('link');

    await openSidenote(b, page);
    await expect.poll(() => focused(page)).toEqual({ role: 'region', name: 'Reader view' });

    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      seen.push(f?.name ?? '');
    }
    const order = ['Text and theme', 'Resize sidebar', 'Reader', 'Original page', 'Hide sidebar', 'Close Sidenote', 'Search quotes and sources'];
    const at = order.map((name) => seen.indexOf(name));
    expect(at.every((i) => i >= 0), seen.join(' | ')).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);

    // Tab on to the first quote and press Enter: the reader scrolls to it and highlights it.
    const first = view((await readShadow(page))!).quotes[0]!;
    let f = await focused(page);
    for (let i = 0; i < 20 && !f?.name.includes(first.text.slice(0, 30)); i++) {
      await page.keyboard.press('Tab');
      f = await focused(page);
    }
    expect(f?.role).toBe('button');
    await page.keyboard.press('Enter');
    await expect.poll(() => highlight(page, 'sidenote-locate').then((h) => h?.text)).toBe(first.text);

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.getElementsByTagName('sidenote-root').length === 0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-before'))).toBe('yes');
    expect(await focused(page)).toEqual(before);
    await page.close();
  });

  test('hiding the sidebar by keyboard keeps focus on the button that brings it back', async () => {
    const page = await openPage(b, server.url('/pages/seed-cbs/'));
    await openSidenote(b, page);
    await clickInShadow(page, '.sn-sidebar-hide');
    await expect.poll(() => focused(page)).toEqual({ role: 'button', name: 'Show sidebar' });
    await page.keyboard.press('Enter');
    await waitForShadow(page, '.sn-sidebar');
    await expect.poll(() => focused(page)).toEqual({ role: 'button', name: 'Hide sidebar' });
    await page.close();
  });
});

describe('copy on a plain-http page that is not a secure context', () => {
  test('falls back to execCommand and the clipboard holds the quote', async () => {
    const b = await launchWith([`--host-resolver-rules=MAP sidenote.test 127.0.0.1`]);
    try {
      const port = new URL(server.origin).port;
      const page = await b.context.newPage();
      await page.goto(`http://sidenote.test:${port}/pages/seed-cbs/`);
      expect(await page.evaluate(() => ({ secure: window.isSecureContext, api: 'clipboard' in navigator }))).toEqual({ secure: false, api: false });
      // A toolbar press grants activeTab on this host (the e2e build's host permission covers only 127.0.0.1).
      await pressAction(b, page);
      const doc = await waitForShadow(page, '.sn-sidebar #sn-copyright', 15_000);
      const q = view(doc).quotes[0]!;
      await clickInShadow(page, '.sn-quote .sn-copy', 0);
      await waitForShadow(page, '.sn-quote .sn-copy[data-state="copied"]');
      // Read the clipboard from a secure page of the same browser.
      await b.context.grantPermissions(['clipboard-read'], { origin: server.origin });
      const reader = await openPage(b, server.url('/raw?type=text/html&body=<p>reader</p>'));
      const clip = await reader.evaluate(() => navigator.clipboard.readText());
      expect(clip.split('\n')[0]).toBe(`“${q.text}” — ${q.speaker}`);
      expect(clip.split('\n')[1]).toContain(`http://sidenote.test:${port}/pages/seed-cbs/`);
    } finally {
      await b.close();
    }
  });
});
