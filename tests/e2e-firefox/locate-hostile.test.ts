/**
 * Locate and hostile pages in real Firefox ESR:
 * - clicking a quote scrolls the reader pane (or, on "Original page", the page itself) to its words and
 *   highlights exactly them, in view; read from the document's highlight registry, which Firefox shares
 *   between the content script and the page just as Chromium does;
 * - XSS payloads in page text, markup and JSON-LD never run and show as text; closing puts the page back
 *   exactly (DOM and scroll position);
 * - page CSS that unsets every property and covers the window at the top z-index leaves the sidebar
 *   pixel-identical; a page that keeps removing Sidenote's host makes it give up and restore the page.
 * Hostile pages are built with the Chromium suite's page builders, so both browsers face the same attacks.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { PageServer } from '../e2e/harness/server';
import { view } from '../e2e/harness/sidenote';
import { articlePage, PAYLOAD_IMG, PAYLOAD_TEXT } from '../e2e/hostile/pages';
import { openPage, type LaunchedFirefox } from './harness/firefox';
import { clickInShadow, onShadow, waitForShadow } from './harness/shadow';
import { closeWithPress, openSidenote, until, waitForNoHost } from './harness/sidenote';
import { useFirefox } from './harness/suite';

const SEED = '/pages/seed-cbs/';
const SPEAKERS = ['Maria Lopez', 'Tom Becker'];
/** Live payloads the page itself runs at load (so the counter is shown to work); a copy would run them again. */
const LIVE = 'window.__live=(window.__live||0)+1';
const SIDEBAR_CLIP = { x: 1280 - 380, y: 0, width: 380, height: 900 };
/**
 * The named highlight (marks inside the root in the reader, else the page's CSS highlight), where it is,
 * and the reader pane's scroll offset.
 */
const HIGHLIGHT_FN = `(root, name) => {
  const marks = [...root.querySelectorAll('mark[data-sn-mark="' + name + '"]')];
  const h = CSS.highlights.get(name);
  let range = h ? [...h][0] : null;
  if (marks.length) {
    range = document.createRange();
    range.setStartBefore(marks[0]);
    range.setEndAfter(marks[marks.length - 1]);
  }
  const pane = root.querySelector('.sn-reader-pane');
  const scrollTop = pane ? pane.scrollTop : null;
  if (!range) return { text: null, scrollTop };
  const r = range.getBoundingClientRect();
  const box = pane ? pane.getBoundingClientRect() : { top: 0, bottom: innerHeight };
  return { text: range.toString().replace(/\\s+/g, ' '), inView: r.height > 0 && r.top >= Math.max(0, box.top) && r.bottom <= Math.min(innerHeight, box.bottom), scrollTop };
}`;

interface Located { text: string | null; inView?: boolean; scrollTop: number | null }

let server: PageServer;
let ff: LaunchedFirefox;
useFirefox((s, f) => ([server, ff] = [s, f]));

const located = async (page: Page): Promise<Located> => (await onShadow<Located>(page, HIGHLIGHT_FN, 'sidenote-locate'))!;
const snapshot = (page: Page) => page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY }));
const counters = (page: Page) => page.evaluate(() => {
  const w = window as unknown as { __pwned?: number; __live?: number };
  return { pwned: w.__pwned ?? 0, live: w.__live ?? 0 };
});

/** Polls read until two reads 150 ms apart agree (smooth scrolling has come to rest); returns the last. */
async function settled<T>(read: () => Promise<T>): Promise<T> {
  let last = JSON.stringify(await read());
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 150));
    const next = JSON.stringify(await read());
    if (next === last) break;
    last = next;
  }
  return JSON.parse(last) as T;
}

describe('locate in Firefox', () => {
  test('clicking a quote scrolls the reader pane to it and highlights exactly its words', async () => {
    const page = await openPage(ff, server.url(SEED));
    const quotes = view(await openSidenote(page)).quotes;
    const last = quotes.length - 1;
    expect(last).toBeGreaterThan(2);
    const before = await located(page);
    expect(before).toEqual({ text: null, scrollTop: 0 });
    await clickInShadow(page, '.sn-quote-locate', last);
    expect(await until(async () => (await located(page)).inView === true)).toBe(true);
    const after = await settled(() => located(page));
    expect(after.text).toBe(quotes[last]!.text);
    expect(after.inView).toBe(true);
    expect(after.scrollTop).toBeGreaterThan(200);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // The page's highlight registry holds no range inside the closed root (it would hand the root over).
    expect(await page.evaluate(() => [...CSS.highlights.values()].some((h) => [...h].some((r) => (r as Range).startContainer.getRootNode() instanceof ShadowRoot)))).toBe(false);
    await page.close();
  });

  test('on "Original page", clicking a quote scrolls the real page to it and highlights its words', async () => {
    const page = await openPage(ff, server.url(SEED));
    const quotes = view(await openSidenote(page)).quotes;
    await clickInShadow(page, '.sn-mode-original');
    await waitForShadow(page, '.sn-mode-original[aria-pressed="true"]');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await clickInShadow(page, '.sn-quote-locate', quotes.length - 1);
    expect(await until(async () => (await page.evaluate(() => window.scrollY)) > 200)).toBe(true);
    await settled(() => page.evaluate(() => window.scrollY));
    const h = await located(page);
    expect(h.text).toBe(quotes.at(-1)!.text);
    expect(h.inView).toBe(true);
    // The words are on the live page, outside Sidenote's shadow root.
    const onLivePage = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('sidenote-locate') ?? [])][0] as Range | undefined;
      return range ? range.startContainer.getRootNode() === document : null;
    });
    expect(onLivePage).toBe(true);
    await page.close();
  });
});

/** Opens a served page as a person would, scrolled to y, and records the page and the payload counters. */
async function openHostile(name: string, html: string, y = 0) {
  const page = await openPage(ff, server.route(name, html));
  await page.evaluate((to) => window.scrollTo(0, to), y);
  await new Promise((r) => setTimeout(r, 100));
  return { page, before: await snapshot(page), runs: await counters(page) };
}

/** Every payload kind in one article: escaped text in a quote, title, caption and JSON-LD; live markup in the body. */
function xssPage(): string {
  const quote = `<p>“${PAYLOAD_TEXT} is not a tag,” said Maria Lopez, the council president.</p>`;
  const ld = `<script type="application/ld+json">{"@type":"NewsArticle","copyrightHolder":{"@type":"Organization","name":"<\\/script>${PAYLOAD_IMG.replace(/"/g, '\\"')}"},"copyrightYear":2024}</script>`;
  const live = `<figure><img src="data:," onerror="${LIVE}"><figcaption>${PAYLOAD_TEXT} (Photo: AP)</figcaption></figure>`
    + `<p>Read <a href="javascript:${LIVE}">the full report</a> on the council site, which has all the figures.</p>`
    + `<svg width="10" height="10"><script>${LIVE}</script><rect width="10" height="10"/></svg>`;
  const body = articlePage().match(/<p>.*<\/p>/gs)![0];
  return articlePage({ title: `Budget ${PAYLOAD_TEXT} vote`, head: ld, body: live + quote + body, after: '<div style="height:1600px"></div>' });
}

describe('hostile pages in Firefox', () => {
  test('XSS payloads in a quote, the title, a caption and JSON-LD never run and show as text', async () => {
    const { page, runs } = await openHostile('ff-xss', xssPage());
    // The page's own live payloads ran once each at load (the counters work); the text ones did not.
    expect(runs).toEqual({ pwned: 0, live: 2 });
    const doc = await openSidenote(page);
    const v = view(doc);
    expect(v.quotes.find((q) => q.speaker === 'Maria Lopez')?.text).toContain('<img src=x onerror=');
    expect(doc.querySelector('.sn-title')?.textContent).toContain('<img src=x onerror=');
    expect(doc.querySelector('.sn-article-body')?.textContent).toContain(`${PAYLOAD_IMG} (Photo: AP)`);
    expect(doc.querySelector('.sn-article-body [onerror], .sn-article-body script, .sn-article-body a[href^="javascript"]')).toBeNull();
    await new Promise((r) => setTimeout(r, 300));
    expect(await counters(page)).toEqual(runs);
    await closeWithPress(page);
    expect(await counters(page)).toEqual(runs);
    await page.close();
  });

  test('closing restores an XSS page exactly: DOM and scroll position', async () => {
    const { page, before } = await openHostile('ff-xss-restore', xssPage(), 700);
    expect(before.y).toBe(700);
    await openSidenote(page);
    expect((await snapshot(page)).html).not.toBe(before.html);
    await closeWithPress(page);
    expect(await snapshot(page)).toEqual(before);
    await page.close();
  });

  test('page CSS that unsets everything and covers the window at the top z-index leaves the sidebar unchanged', async () => {
    const shot = async (name: string, html: string): Promise<{ png: Buffer; speakers: string[]; onTop: boolean; cover: string | null }> => {
      const page = await openPage(ff, server.route(name, html));
      const speakers = view(await openSidenote(page)).quotes.map((q) => q.speaker);
      await new Promise((r) => setTimeout(r, 300));
      const png = Buffer.from(await page.screenshot({ clip: SIDEBAR_CLIP }));
      // What the page hit-tests in the sidebar's middle: Sidenote's host (retargeted from its closed root).
      const onTop = await page.evaluate(({ x, width, height }) => document.elementFromPoint(x + width / 2, height / 2)?.tagName === 'SIDENOTE-ROOT', SIDEBAR_CLIP);
      // The attack is in force: the cover spans the window at the top z-index.
      const cover = await page.evaluate(() => { const c = document.querySelector('.cover'); return c && `${getComputedStyle(c).position} ${getComputedStyle(c).zIndex} ${c.getBoundingClientRect().width}`; });
      await page.close();
      return { png, speakers, onTop, cover };
    };
    const attack = '<style>* { all: unset !important; } html, body { display: block !important; } .cover { position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; background: rgba(255,0,0,.4) !important; }</style>';
    const clean = await shot('ff-style-clean', articlePage());
    const attacked = await shot('ff-style-attack', articlePage({ head: attack, after: '<div class="cover"></div>' }));
    expect(clean.speakers).toEqual(SPEAKERS);
    expect(attacked.speakers).toEqual(SPEAKERS);
    expect(attacked.cover).toBe('fixed 2147483647 1280');
    expect(attacked.onTop).toBe(true);
    expect(attacked.png.equals(clean.png), 'sidebar pixels differ under the attack').toBe(true);
  });

  test("a page that keeps removing Sidenote's host: Sidenote gives up and the page is restored", async () => {
    const fight = `<script>window.__removals = 0; new MutationObserver(() => { for (const el of document.querySelectorAll('sidenote-root')) { el.remove(); window.__removals++; } }).observe(document.documentElement, { childList: true, subtree: true });</script>`;
    const { page, before } = await openHostile('ff-fight-remove', articlePage({ after: fight }));
    await page.evaluate(() => window.postMessage({ sidenoteE2E: 'press' }, '*'));
    const removals = () => page.evaluate(() => (window as unknown as { __removals: number }).__removals);
    expect(await until(async () => (await removals()) > 1)).toBe(true);
    // Gave up rather than fighting forever: the page's removals stop and no host is left behind.
    const stopped = await settled(removals);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await removals()).toBe(stopped);
    await waitForNoHost(page);
    expect(await snapshot(page)).toEqual(before);
    await page.close();
  });
});
