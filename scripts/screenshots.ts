/**
 * README screenshots, produced from the same end-to-end harness the tests use: the built extension
 * (dist/) in headless Chromium, the seed article served from 127.0.0.1, the real toolbar press, then
 * a quote located (highlighted in the reader), the theme switched through the reader's own "Aa" panel. Writes docs/screenshot.png (light) and
 * docs/screenshot-dark.png (dark). Run: `npm run build && npx tsx scripts/screenshots.ts`.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch } from '../tests/e2e/harness/browser';
import { ROOT, startServer } from '../tests/e2e/harness/server';
import { clickInShadow, waitForShadow } from '../tests/e2e/harness/shadow';
import { openPage, openSidenote } from '../tests/e2e/harness/sidenote';

/** Wait for the demo page's late notification prompt, so the shot shows it hidden. */
const LATE_PROMPT_MS = 3500;

/** Picks a theme in the reader's typography panel and closes the panel again. */
async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await clickInShadow(page, '.sn-typography-toggle');
  await clickInShadow(page, `.sn-theme-${theme}`);
  await waitForShadow(page, `.sn-root[data-theme="${theme}"]`);
  await clickInShadow(page, '.sn-typography-toggle');
  await page.waitForTimeout(200);
}

const server = await startServer();
const b = await launch(process.argv.includes('--e2e') ? 'dist-e2e' : 'dist');
try {
  const page = await openPage(b, server.url('/pages/seed-cbs/'));
  await page.waitForTimeout(LATE_PROMPT_MS);
  await openSidenote(b, page);
  // Locate a quote, so the shots show the highlight in the reader as well.
  await clickInShadow(page, '.sn-quote-locate', 2);
  await page.waitForTimeout(1000);
  for (const [theme, file] of [['light', 'docs/screenshot.png'], ['dark', 'docs/screenshot-dark.png']] as const) {
    await setTheme(page, theme);
    await page.screenshot({ path: join(ROOT, file) });
    console.log(`wrote ${file}`);
  }
} finally {
  await b.close();
  await server.close();
}
