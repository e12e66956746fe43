/**
 * The reader's own settings end to end on the seed page in headless Chromium: theme and typography
 * remembered across sessions, the sidebar width resized by keyboard and remembered, printing the article,
 * and lazy images kept in the reader.
 */
import type { Launched } from './harness/browser';
import type { PageServer } from './harness/server';
import { clickInShadow, waitForShadow } from './harness/shadow';
import { closeWithButton, openPage, openSidenote } from './harness/sidenote';
import { callInShadow, storedSettings } from './sidebar-harness';
import { useSidenote } from './harness/suite';
import { describe, expect, test } from 'vitest';

let server: PageServer;
let b: Launched;
const seedUrl = (): string => server.url('/pages/seed-cbs/');

useSidenote((s, l) => {
  [server, b] = [s, l];
});

describe('reader settings', () => {
  test('theme and text size change from the Aa panel, are saved, and apply on the next open', async () => {
    const page = await openPage(b, seedUrl());
    await openSidenote(b, page);
    const bg = (): Promise<string> => callInShadow(page, '.sn-reader-pane', 'function () { return getComputedStyle(this).backgroundColor; }');
    const size = (): Promise<string> => callInShadow(page, '.sn-article-body p', 'function () { return getComputedStyle(this).fontSize; }');
    const lightBg = await bg();
    expect(await size()).toBe('20px');
    await clickInShadow(page, '.sn-typography-toggle');
    await clickInShadow(page, '.sn-theme-dark');
    await waitForShadow(page, '.sn-root[data-theme="dark"]');
    expect(await bg()).not.toBe(lightBg);
    await clickInShadow(page, '.sn-fontSize-up');
    await expect.poll(size).toBe('22px');
    await clickInShadow(page, '.sn-font-sans');
    await expect.poll(() => storedSettings(b).then((s) => s.reader)).toMatchObject({ theme: 'dark', fontSize: 22, font: 'sans' });

    await closeWithButton(b, page);
    await openSidenote(b, page);
    await waitForShadow(page, '.sn-root[data-theme="dark"][data-font="sans"]');
    expect(await size()).toBe('22px');
    await clickInShadow(page, '.sn-typography-toggle');
    await clickInShadow(page, '.sn-theme-light');
    await expect.poll(bg).toBe(lightBg);
    await page.close();
  });

  test('the resize handle changes the sidebar width by keyboard and remembers it', async () => {
    const page = await openPage(b, seedUrl());
    await openSidenote(b, page);
    const width = (): Promise<number> => callInShadow(page, '.sn-sidebar', 'function () { return Math.round(this.getBoundingClientRect().width); }');
    const before = await width();
    await callInShadow(page, '.sn-resize', 'function () { this.focus(); }');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(width).toBe(before + 40);
    await expect.poll(() => storedSettings(b).then((s) => (s.reader as { sidebarWidth: number }).sidebarWidth)).toBe(before + 40);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(width).toBe(before - 40);
    await page.close();
  });

  test('printing prints the article: page body hidden, a static reader copy without the sidebar; undone afterwards', async () => {
    const page = await openPage(b, seedUrl());
    await openSidenote(b, page);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const state = () => page.evaluate(() => {
      const copy = document.querySelector('sidenote-print');
      return {
        pageShown: document.body.checkVisibility(),
        copy: copy ? { position: getComputedStyle(copy).position, height: copy.getBoundingClientRect().height } : null,
      };
    });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const printing = await state();
    expect(printing.pageShown).toBe(false);
    expect(printing.copy?.position).toBe('static');
    // The whole article flows (taller than the 900px screen), not a one-screen fixed overlay.
    expect(printing.copy!.height).toBeGreaterThan(900);
    expect(await callInShadow<string>(page, '.sn-root', 'function () { return getComputedStyle(this).display; }')).toBe('none');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    expect(await state()).toMatchObject({ pageShown: true, copy: null });
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });

  test('the reader keeps lazy images (data-src, data-srcset, <picture>) and drops landmark wrappers', async () => {
    const para = (n: number): string => `<p>Paragraph ${n} of a long enough story, with words enough for Readability to treat it as the article body, said the editor, who wrote it carefully for this test of images.</p>`;
    const html = `<!doctype html><html lang="en"><head><title>Lazy images</title></head><body><main><article><h1>Lazy images</h1>
      ${para(1)}<figure><img alt="one" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/one.png"><figcaption>One</figcaption></figure>
      ${para(2)}${para(3)}<figure><img alt="two" data-srcset="/img/two.png 1x, /img/two@2x.png 2x" data-src="/img/two.png"></figure>
      ${para(4)}<picture><source type="image/webp" data-srcset="/img/three.webp"><img alt="three" data-src="/img/three.png"></picture>
      ${para(5)}${para(6)}</article></main></body></html>`;
    const page = await openPage(b, server.url(`/raw?type=text/html&body=${encodeURIComponent(html)}`));
    const doc = await openSidenote(b, page);
    const img = (alt: string) => doc.querySelector(`.sn-article-body img[alt="${alt}"]`);
    // Readability makes the URLs absolute.
    const abs = (p: string): string => server.url(p);
    expect(img('one')?.getAttribute('src')).toBe(abs('/img/one.png'));
    expect(img('two')?.getAttribute('srcset')).toBe(`${abs('/img/two.png')} 1x, ${abs('/img/two@2x.png')} 2x`);
    expect(img('three')?.getAttribute('src')).toBe(abs('/img/three.png'));
    expect(doc.querySelector('.sn-article-body picture source')?.getAttribute('srcset')).toBe('/img/three.webp');
    expect(doc.querySelector('.sn-article-body main, .sn-article-body [role="main"]')).toBeNull();
    await page.close();
  });
});
