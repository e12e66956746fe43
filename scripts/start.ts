/**
 * `npm start`: serves the bundled demo page (the seed article) on 127.0.0.1 and opens it in Chromium
 * with Sidenote loaded. With a display, the browser stays open for you to click the toolbar button.
 * Without one (a server, CI), it runs headless: presses the button, saves a screenshot under
 * artifacts/ and prints what the sidebar shows.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { launch, CHROMIUM } from '../tests/e2e/harness/browser';
import { ROOT, startServer } from '../tests/e2e/harness/server';
import { openPage, openSidenote, view } from '../tests/e2e/harness/sidenote';

async function headed(url: string): Promise<void> {
  const ext = join(ROOT, 'dist');
  const context = await chromium.launchPersistentContext(join(ROOT, 'artifacts/profile'), {
    executablePath: CHROMIUM,
    headless: false,
    viewport: null,
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  console.log(`Sidenote is loaded. Click its toolbar button (or press Alt+Shift+R) on ${url}. Close the browser to stop.`);
  await new Promise((done) => context.on('close', done));
}

async function headless(url: string): Promise<void> {
  const b = await launch('dist');
  try {
    const page = await openPage(b, url);
    await page.waitForTimeout(3500); // let the demo page's late notification prompt arrive
    const v = view(await openSidenote(b, page));
    await page.waitForTimeout(300);
    mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
    const shot = join(ROOT, 'artifacts/sidenote-demo.png');
    await page.screenshot({ path: shot });
    console.log(`No display: ran headless. Screenshot: ${shot}`);
    console.log(`Quotes (${v.quotes.length}):`);
    for (const q of v.quotes) console.log(`  “${q.text.slice(0, 70)}${q.text.length > 70 ? '…' : ''}” — ${q.speaker}${q.role ? `, ${q.role}` : ''}`);
    console.log(`Sources (${v.sources.length}): ${v.sources.join('; ')}`);
    console.log(`Copyright notes (${v.copyright.length}): ${v.copyright.join(' | ')}`);
    console.log(`Clutter hidden: ${v.counts['sn-clutter'] ?? 0}`);
  } finally {
    await b.close();
  }
}

const server = await startServer();
const url = server.url('/pages/seed-cbs/');
try {
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) await headed(url);
  else await headless(url);
} finally {
  await server.close();
}
