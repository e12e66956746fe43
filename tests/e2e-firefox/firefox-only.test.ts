/**
 * Where Firefox differs from Chromium, checked in real Firefox ESR:
 * - clipboard: on a plain-http page (no secure context) Copy goes through the content script's
 *   execCommand fallback; a real Ctrl+V into a text field must paste exactly the quote and its citation;
 * - styles: the sidebar's adopted constructable stylesheet (assigned through Firefox's Xray wrappers)
 *   applies under a page CSP that forbids every style, script and image;
 * - the closed shadow root: Firefox gives extension content scripts `openOrClosedShadowRoot`, but the
 *   page itself must see neither the root nor anything Sidenote shows.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { FIXTURES, startServer, type PageServer } from '../e2e/harness/server';
import { view } from '../e2e/harness/sidenote';
import { launchFirefox, openPage, type LaunchedFirefox } from './harness/firefox';
import { clickInShadow, onShadow, waitForShadow } from './harness/shadow';
import { openSidenote, pasteIntoPage, until } from './harness/sidenote';

const STRICT_CSP = "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'";
const TITLE = 'Rallies Protesting Immigrant Family Separations Taking Place Across US';
/** Computed properties the sidebar's stylesheet sets away from the browser's defaults. */
const STYLED = ['position', 'overflow-y', 'background-color', 'font-family', 'width'];

let server: PageServer;
let cspServer: Server;
let cspOrigin: string;
let ff: LaunchedFirefox;

beforeAll(async () => {
  server = await startServer();
  // The shared server sets no CSP header; this one serves the seed page under a strict one.
  cspServer = createServer(async (_req, res) => {
    const body = await readFile(join(FIXTURES, 'seed-cbs/source.html'));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP });
    res.end(body);
  });
  await new Promise<void>((ok) => cspServer.listen(0, '127.0.0.1', ok));
  cspOrigin = `http://127.0.0.1:${(cspServer.address() as AddressInfo).port}`;
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
  await new Promise((ok) => cspServer?.close(ok));
});

/** Computed values of STYLED on the sidebar and on the reader's title, read in the page. */
async function sidebarStyles(page: Page): Promise<Record<string, string> | null> {
  return onShadow<Record<string, string>>(
    page,
    `(root, props) => {
      const out = {};
      for (const [name, el] of [['sidebar', root.querySelector('.sn-sidebar')], ['title', root.querySelector('.sn-title')]]) {
        const cs = getComputedStyle(el);
        for (const p of props.split(',')) out[name + ' ' + p] = cs.getPropertyValue(p);
      }
      out.sheets = String(root.adoptedStyleSheets.length);
      return out;
    }`,
    STYLED.join(','),
  );
}

test('Copy on a plain-http page puts the quote and its citation on the clipboard (real Ctrl+V)', async () => {
  const page = await openPage(ff, server.url('/pages/seed-cbs/'));
  const first = view(await openSidenote(page)).quotes[0]!;
  await clickInShadow(page, '.sn-quote .sn-copy', 0);
  await waitForShadow(page, '.sn-quote .sn-copy', 5_000);
  expect(await until(async () => (await onShadow<string>(page, '(root) => root.querySelector(".sn-quote .sn-copy").textContent'))?.includes('Copied') ?? false)).toBe(true);

  const pasted = await pasteIntoPage(page);
  const [line1, line2] = pasted.split('\n');
  expect(line1).toBe(`“${first.text}” — ${first.speaker}${first.role ? `, ${first.role}` : ''}`);
  expect(line2).toContain(TITLE);
  expect(line2).toContain(server.url('/pages/seed-cbs/'));
  await page.close();
});

test('the sidebar is styled the same under a strict page CSP as without one', async () => {
  const plain = await openPage(ff, server.url('/pages/seed-cbs/'));
  await openSidenote(plain);
  const baseline = await sidebarStyles(plain);
  await plain.close();

  const strict = await openPage(ff, `${cspOrigin}/pages/seed-cbs/`);
  const doc = await openSidenote(strict);
  expect(doc.querySelector('.sn-title')?.textContent).toBe(TITLE);
  const underCsp = await sidebarStyles(strict);
  expect(baseline?.['sidebar position']).toBe('fixed');
  expect(baseline?.['sidebar overflow-y']).toBe('auto');
  expect(Number(baseline?.sheets)).toBeGreaterThan(0);
  expect(underCsp).toEqual(baseline);
  // The CSP is really in force: a <style> the page adds is ignored here, applied on the plain page.
  const probe = (page: Page) => page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { margin-left: 37px !important; }';
    document.head.append(style);
    return getComputedStyle(document.body).marginLeft;
  });
  expect(await probe(strict)).not.toBe('37px');
  const again = await openPage(ff, server.url('/pages/seed-cbs/'));
  expect(await probe(again)).toBe('37px');
  await again.close();
  await strict.close();
});

test('the page sees neither the closed shadow root nor what Sidenote shows', async () => {
  const page = await openPage(ff, server.url('/pages/seed-cbs/'));
  const pageText = await page.evaluate(() => document.body.innerText);
  const doc = await openSidenote(page);
  // Lines only the sidebar shows: its section headings with their counts, absent from the page before.
  const sidebarOnly = Array.from(doc.querySelectorAll('.sn-sidebar h2'), (h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()).filter((t) => !pageText.includes(t));
  expect(sidebarOnly.length).toBeGreaterThan(0);
  const seen = await page.evaluate(() => {
    const host = document.querySelector('sidenote-root')!;
    return {
      shadowRoot: host.shadowRoot,
      privilegedApi: 'openOrClosedShadowRoot' in host,
      children: host.childNodes.length,
      html: document.documentElement.outerHTML,
      text: document.body.innerText + document.documentElement.textContent,
    };
  });
  expect(seen.shadowRoot).toBeNull();
  expect(seen.privilegedApi).toBe(false);
  expect(seen.children).toBe(0);
  expect(seen.html).not.toContain('sn-sidebar');
  for (const line of sidebarOnly) expect(seen.text).not.toContain(line);
  await page.close();
});
