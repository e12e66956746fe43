/**
 * Hostile pages: markup, styles and scripts that attack or fight Sidenote. Every case checks that no
 * page-supplied payload ran, that Sidenote shows the right thing or a clear message, and (unless the
 * page itself keeps changing) that closing restores the page exactly.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { pressAction, type Launched } from '../harness/browser';
import { type PageServer } from '../harness/server';
import { readShadow } from '../harness/shadow';
import { openSidenote, view, type SidebarView } from '../harness/sidenote';
import { articlePage, PAYLOAD_IMG, PAYLOAD_TEXT } from './pages';
import { useSidenote } from '../harness/suite';

let server: PageServer;
let b: Launched;
useSidenote((s, l) => ([server, b] = [s, l]));

interface Outcome {
  page: Page;
  view: SidebarView;
  doc: Document;
}

const snapshot = (page: Page) => page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY }));
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0);

/** Opens a served page, presses the button, and returns what Sidenote shows. */
async function open(url: string): Promise<Outcome> {
  const page = await b.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const doc = await openSidenote(b, page);
  return { page, view: view(doc), doc };
}

/** The standard run: open, no payload ran, close, page restored exactly. */
async function survives(name: string, html: string, headers: Record<string, string> = {}): Promise<Outcome> {
  const url = server.route(name, html, headers);
  const page = await b.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(100);
  const before = await snapshot(page);
  const runsBefore = await pwned(page);
  const doc = await openSidenote(b, page);
  const v = view(doc);
  await page.waitForTimeout(150);
  expect(await pwned(page), 'a page payload ran').toBe(runsBefore);
  await pressAction(b, page);
  // Polled from here: some cases break the page's MutationObserver, which Playwright's waitForFunction uses.
  await expect.poll(() => page.evaluate(() => document.getElementsByTagName('sidenote-root').length), { timeout: 10_000 }).toBe(0);
  expect(await snapshot(page)).toEqual(before);
  expect(await pwned(page), 'a page payload ran').toBe(runsBefore);
  return { page, view: v, doc };
}

describe('XSS payloads in page text never execute', () => {
  test('in a quote', async () => {
    const { view: v, page } = await survives('xss-quote', articlePage({ body: `<p>The mayor spoke at length about the plan and its history in the city.</p><p>“${PAYLOAD_TEXT} is not a tag,” said Ann Lee, a city official.</p>`.repeat(3) }));
    expect(v.quotes[0]?.text).toContain('<img src=x onerror=');
    await page.close();
  });
  test('in the title and byline', async () => {
    const { doc, page } = await survives('xss-title', articlePage({ title: `Budget ${PAYLOAD_TEXT} vote`, before: `<meta name="author" content="${PAYLOAD_IMG.replace(/"/g, '&quot;')}">` }));
    expect(doc.querySelector('.sn-title')?.textContent).toContain('<img');
    await page.close();
  });
  test('in an image caption and a live onerror image inside the article', async () => {
    const body = `<figure><img src="data:," onerror="window.__pwned=(window.__pwned||0)+1"><figcaption>${PAYLOAD_TEXT} (Photo: AP)</figcaption></figure>` + articlePage().match(/<p>.*<\/p>/gs)![0];
    const { doc, page } = await survives('xss-caption', articlePage({ body }));
    expect(doc.querySelector('.sn-article-body [onerror]')).toBeNull();
    await page.close();
  });
  test('in JSON-LD, including a closing script tag inside a string', async () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","copyrightHolder":{"@type":"Organization","name":"<\\/script>${PAYLOAD_IMG.replace(/"/g, '\\"')}"},"copyrightYear":2024}</script>`;
    const { view: v, page } = await survives('xss-jsonld', articlePage({ head: ld }));
    expect(v.copyright.join(' ')).toContain('Example News');
    await page.close();
  });
  test('javascript: links are not kept as javascript: links in the reader', async () => {
    const body = articlePage().match(/<p>.*<\/p>/gs)![0] + '<p>Read <a href="javascript:window.__pwned=1">the full report</a> on the council site, which has all the figures.</p>';
    const { doc, page } = await survives('xss-jslink', articlePage({ body }));
    expect(doc.querySelector('.sn-article-body a[href^="javascript"]')).toBeNull();
    await page.close();
  });
  test('SVG with script and event handlers in the article', async () => {
    const svg = '<svg width="10" height="10" onload="window.__pwned=(window.__pwned||0)+1"><script>window.__pwned=(window.__pwned||0)+1</script><rect width="10" height="10"/></svg>';
    const { doc, page } = await survives('xss-svg', articlePage({ body: svg + articlePage().match(/<p>.*<\/p>/gs)![0] }));
    expect(doc.querySelector('.sn-article-body script, .sn-article-body [onload]')).toBeNull();
    await page.close();
  });
  test('iframes and forms in the article do not reach the reader', async () => {
    const body = '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe><form action="https://evil.example"><input name=x></form>' + articlePage().match(/<p>.*<\/p>/gs)![0];
    const { doc, page } = await survives('xss-iframe', articlePage({ body }));
    expect(doc.querySelector('.sn-article-body iframe, .sn-article-body form, .sn-article-body input')).toBeNull();
    await page.close();
  });
});

describe('page styles that attack', () => {
  /** Screenshot of the sidebar region. */
  async function sidebarShot(html: string, name: string, headers: Record<string, string> = {}): Promise<Buffer> {
    const { page } = await open(server.route(name, html, headers));
    await page.waitForTimeout(300);
    const shot = await page.screenshot({ clip: { x: 1280 - 380, y: 0, width: 380, height: 900 } });
    await page.close();
    return shot;
  }
  const attacks: [string, string][] = [
    ['all-unset', '<style>* { all: unset !important; } html, body { display: block !important; }</style>'],
    ['host-rules', '<style>:host { display: none !important; } sidenote-root { display: none !important; opacity: 0 !important; } * { font: 40px Impact !important; color: red !important; }</style>'],
    ['z-index', '<style>.cover { position: fixed; inset: 0; z-index: 2147483647; background: rgba(255,0,0,.4); pointer-events: none; }</style>'],
    ['fonts', '<style>html { font-size: 4px !important; line-height: 9 !important; letter-spacing: 3px !important; direction: rtl; } * { font-family: monospace !important; }</style>'],
  ];
  for (const [name, style] of attacks) {
    test(`the sidebar looks the same under "${name}"`, async () => {
      const clean = await sidebarShot(articlePage(), `style-clean-${name}`);
      const attacked = await sidebarShot(articlePage({ head: style, before: name === 'z-index' ? '<div class="cover"></div>' : '' }), `style-${name}`);
      expect(attacked.equals(clean), `sidebar pixels differ under ${name}`).toBe(true);
    });
  }
});

describe('page scripts that fight', () => {
  test('a page that keeps removing Sidenote\'s host: Sidenote gives up cleanly and the page is restored', async () => {
    const script = `<script>new MutationObserver(() => { for (const el of document.querySelectorAll('sidenote-root')) el.remove(); }).observe(document.documentElement, { childList: true, subtree: true });</script>`;
    const url = server.route('fight-remove', articlePage({ after: script }));
    const page = await b.context.newPage();
    await page.goto(url);
    const before = await snapshot(page);
    await pressAction(b, page);
    await page.waitForTimeout(1500);
    // Never half-open: no host left behind and every change undone, and the button says why.
    expect(await snapshot(page)).toEqual(before);
    const title = await b.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> }; action: { getTitle(d: object): Promise<string> } } }).chrome;
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      return api.action.getTitle({ tabId: tab!.id });
    });
    expect(title).toMatch(/kept removing Sidenote/);
    await page.close();
  });
  test('a page that moves the host and rewrites its style', async () => {
    const script = `<script>setTimeout(() => { const h = document.querySelector('sidenote-root'); if (h) { document.body.prepend(h); h.style.display = 'none'; } }, 300);</script>`;
    const { page } = await open(server.route('fight-move', articlePage({ after: script })));
    await page.waitForTimeout(800);
    const state = await page.evaluate(() => {
      const h = document.querySelector('sidenote-root') as HTMLElement | null;
      return h ? { parent: h.parentElement?.tagName, display: getComputedStyle(h).display } : null;
    });
    expect(state).toEqual({ parent: 'HTML', display: 'block' });
    expect((await readShadow(page))?.querySelector('.sn-sidebar')).toBeTruthy();
    await page.close();
  });
  const patches: [string, string][] = [
    ['attachShadow', 'Element.prototype.attachShadow = function () { window.__pwned = 99; throw new Error("no shadow for you"); };'],
    ['JSON and Array.prototype', 'JSON.parse = () => { throw new Error("no JSON"); }; JSON.stringify = () => "{}"; Array.prototype.map = function () { return []; }; Array.prototype.filter = function () { return []; };'],
    ['MutationObserver', 'window.MutationObserver = function () { throw new Error("no observers"); };'],
    ['Notification.requestPermission in a loop', 'setInterval(() => { try { Notification.requestPermission(); } catch (e) {} }, 5);'],
  ];
  for (const [name, code] of patches) {
    test(`main-world patches of ${name} do not reach Sidenote`, async () => {
      const { view: v, page } = await survives(`patch-${name.replace(/\W+/g, '-')}`, articlePage({ head: `<script>${code}</script>` }));
      expect(v.quotes.map((q) => q.speaker)).toEqual(['Maria Lopez', 'Tom Becker']);
      await page.close();
    });
  }
  test('a page postMessage cannot drive Sidenote', async () => {
    const url = server.route('postmessage', articlePage());
    const page = await b.context.newPage();
    await page.goto(url);
    await page.evaluate(() => {
      for (const msg of [{ type: 'sidenote:toggle' }, { type: 'sidenote:state', open: true }, 'sidenote:toggle']) window.postMessage(msg, '*');
    });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.getElementsByTagName('sidenote-root').length)).toBe(0);
    await page.close();
  });
});

describe('strict page security policies', () => {
  test("CSP default-src 'none'; style-src 'none' — the sidebar is still styled", async () => {
    const { page, view: v } = await survives('csp-strict', articlePage(), { 'content-security-policy': "default-src 'none'; style-src 'none'; img-src 'none'" });
    expect(v.quotes).toHaveLength(2);
    await page.close();
    const again = await open(server.route('csp-strict-2', articlePage(), { 'content-security-policy': "default-src 'none'; style-src 'none'" }));
    const width = await again.page.evaluate(() => 0);
    void width;
    const shot = await again.page.screenshot({ clip: { x: 1280 - 380, y: 0, width: 380, height: 200 } });
    const plain = await open(server.route('csp-none', articlePage()));
    const plainShot = await plain.page.screenshot({ clip: { x: 1280 - 380, y: 0, width: 380, height: 200 } });
    expect(shot.equals(plainShot)).toBe(true);
    await again.page.close();
    await plain.page.close();
  });
  test("Trusted Types: require-trusted-types-for 'script'", async () => {
    const { view: v, page } = await survives('trusted-types', articlePage(), { 'content-security-policy': "require-trusted-types-for 'script'; trusted-types 'none'" });
    expect(v.readerText).toContain('bus network');
    await page.close();
  });
});

describe('big, busy and odd pages', () => {
  test('a 5 MB page with 50,000 nodes opens with a result and closes cleanly', async () => {
    // 50,000 small nodes carrying 5 MB of attributes: heavy for the DOM, but not a competing text block.
    const filler = Array.from({ length: 25_000 }, (_, i) => `<div class="row" data-payload="${'x'.repeat(180)}"><span>${i}</span></div>`).join('');
    const html = articlePage({ after: `<section>${filler}</section>` });
    expect(html.length).toBeGreaterThan(4_500_000);
    const { page, view: v } = await survives('huge', html);
    expect(v.quotes.map((q) => q.speaker)).toEqual(['Maria Lopez', 'Tom Becker']);
    await page.close();
  });
  test('a page that mutates its DOM forever', async () => {
    const script = `<script>const box = document.createElement('div'); box.id = 'ticker'; document.body.appendChild(box); setInterval(() => { const s = document.createElement('span'); s.textContent = Date.now(); box.appendChild(s); if (box.childNodes.length > 50) box.firstChild.remove(); }, 5);</script>`;
    const url = server.route('mutating', articlePage({ after: script }));
    const { page, view: v } = await open(url);
    expect(v.quotes).toHaveLength(2);
    // Still responsive: the page's own timers keep running and the sidebar still answers.
    const ticks = await page.evaluate(() => new Promise<number>((r) => { let n = 0; const t = setInterval(() => n++, 10); setTimeout(() => { clearInterval(t); r(n); }, 500); }));
    expect(ticks).toBeGreaterThan(20);
    await pressAction(b, page);
    await page.waitForFunction(() => document.getElementsByTagName('sidenote-root').length === 0 && document.querySelectorAll('[data-sidenote-hidden]').length === 0);
    await page.close();
  });
  test('a single-page app that navigates with pushState refreshes the sidebar', async () => {
    const second = `<p>The harbour authority approved a new ferry terminal on Friday after a decade of planning and public hearings.</p><p>“The ferry will change how people cross the bay,” said Priya Natarajan, the authority's director.</p><p>Construction is planned to start in the autumn, and the terminal should open two years later, officials said.</p>`;
    const script = `<script>window.goNext = () => { document.querySelector('article').innerHTML = '<h1>Ferry terminal approved</h1>' + ${JSON.stringify(second.repeat(2))}; document.title = 'Ferry terminal approved'; history.pushState({}, '', '/t/spa-2'); };</script>`;
    const { page } = await open(server.route('spa', articlePage({ after: script })));
    await page.evaluate(() => (window as unknown as { goNext(): void }).goNext());
    await expect.poll(async () => view((await readShadow(page))!).quotes.map((q) => q.speaker), { timeout: 5_000 }).toEqual(['Priya Natarajan']);
    await page.close();
  });
  test('an article inside an iframe: a clear message, no crash', async () => {
    const inner = articlePage().replace(/"/g, '&quot;');
    const { view: v, page } = await survives('iframe-article', `<!doctype html><html><head><title>Embed</title></head><body><iframe srcdoc="${inner}" width="800" height="600"></iframe></body></html>`);
    expect(v.warnings.join(' ')).toMatch(/doesn.t look like an article/i);
    await page.close();
  });
  test('a right-to-left page keeps its direction in the reader', async () => {
    const body = Array.from({ length: 6 }, () => '<p>قال رئيس المجلس إن الخطة الجديدة ستغير طريقة تنقل السكان في المدينة خلال السنوات القادمة، وإنها تحظى بدعم واسع من السكان والتجار.</p>').join('');
    const { doc, page } = await survives('rtl', articlePage({ lang: 'ar', dir: 'rtl', title: 'المجلس يوسع شبكة الحافلات', body }));
    expect(doc.querySelector('.sn-reader')?.getAttribute('dir')).toBe('rtl');
    await page.close();
  });
  test('quirks mode and broken markup', async () => {
    const broken = articlePage({ doctype: false }).replace(/<\/p>/g, '').replace('</article>', '<div><span><b>unclosed');
    const { view: v, page } = await survives('quirks', broken);
    expect(v.quotes.map((q) => q.speaker)).toContain('Maria Lopez');
    await page.close();
  });
  test('a page that throws during load still gets a sidebar', async () => {
    const { view: v, page } = await survives('throws', articlePage({ head: '<script>throw new Error("page bug")</script>', after: '<script>null.x()</script>' }));
    expect(v.quotes).toHaveLength(2);
    await page.close();
  });
});

describe('documents that are not HTML articles', () => {
  test('text/plain shows a result or a clear message', async () => {
    const url = server.route('plain.txt', 'Just some plain text.\n\nNothing to read here, really.', { 'content-type': 'text/plain; charset=utf-8' });
    const { view: v, page } = await open(url);
    expect(v.warnings.join(' ')).toMatch(/doesn.t look like an article/i);
    await page.close();
  });
  test('an image URL shows a clear message', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const url = server.route('pixel.png', png, { 'content-type': 'image/png' });
    const { view: v, page } = await open(url);
    expect(v.warnings.join(' ')).toMatch(/doesn.t look like an article/i);
    await page.close();
  });
});
