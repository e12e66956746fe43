/**
 * axe-core (through @axe-core/playwright) on the reader and sidebar in light, dark and sepia, with the
 * typography panel open and the grouped view, and on the options page in light and dark.
 *
 * Why a test page: axe runs in the page and walks open shadow roots only; Sidenote's root is closed
 * on purpose (pages must not reach into it), and no build ships an open one. So the reader and
 * sidebar are rendered by tests/e2e/a11y-page: the same core analysis of the seed page, the same
 * sanitised reader HTML, the same Preact components, adopted stylesheet and English messages, mounted
 * into an open root. The options page is the real extension page.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import preact from '@preact/preset-vite';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Launched } from './harness/browser';
import { ROOT, startServer, type PageServer } from './harness/server';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };

let server: PageServer;
let b: Launched;
let out: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'sidenote-a11y-'));
  await build({
    configFile: false,
    logLevel: 'error',
    root: join(ROOT, 'tests/e2e/a11y-page'),
    base: '/a11y/',
    plugins: [preact()],
    define: { __E2E__: 'false' },
    build: { outDir: out, emptyOutDir: true, target: 'chrome120', minify: false },
  });
  server = await startServer();
  b = await launch('dist-e2e');
});
afterAll(async () => {
  await b?.close();
  await server?.close();
  if (out) await rm(out, { recursive: true, force: true });
});

/** Opens the test page (served from the built bundle on the fixture server's origin). */
async function testPage(query: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await b.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.route(`${server.origin}/a11y/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice('/a11y/'.length) || 'index.html';
    const body = await readFile(join(out, path.endsWith('/') || path === '' ? 'index.html' : path)).catch(() => null);
    if (!body) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, body, contentType: TYPES[extname(path)] ?? 'text/html' });
  });
  await page.goto(`${server.origin}/a11y/index.html?${query}`);
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}

/**
 * axe violations as "rule: target" lines (empty when clean). On the test page it also checks that
 * axe really walked into the shadow root (passing checks on nodes whose target starts at the host).
 */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  if (page.url().includes('/a11y/')) {
    // A node inside a shadow root is targeted as [[host selector, selector inside the root]].
    const shadowed = (n: { target: unknown[] }): boolean => Array.isArray(n.target[0]) && n.target[0][0] === 'sidenote-root';
    expect(result.passes.flatMap((r) => r.nodes).filter(shadowed).length).toBeGreaterThan(50);
    expect(result.passes.some((r) => r.id === 'color-contrast' && r.nodes.some(shadowed))).toBe(true);
  }
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}

describe('reader and sidebar', () => {
  for (const [theme, scheme] of [['light', 'light'], ['dark', 'dark'], ['sepia', 'light'], ['auto', 'dark']] as const) {
    test(`no violations in the ${theme} theme${theme === 'auto' ? ' (system dark)' : ''}`, async () => {
      const page = await testPage(`page=/pages/seed-cbs/&theme=${theme}`, scheme);
      expect(await page.locator('.sn-quote').count()).toBeGreaterThan(0);
      expect(await page.locator('.sn-article-body p').count()).toBeGreaterThan(3);
      expect(await violations(page)).toEqual([]);
      await page.close();
    });
  }

  test('no violations with the typography panel open, the grouped view and a filter', async () => {
    const page = await testPage('page=/pages/seed-cbs/&theme=dark', 'dark');
    await page.locator('.sn-typography-toggle').click();
    await page.locator('.sn-group-toggle').click();
    await page.locator('.sn-search').fill('we');
    await expect.poll(() => page.locator('.sn-group-speaker').count()).toBeGreaterThan(0);
    expect(await page.locator('.sn-typography-panel').isVisible()).toBe(true);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  test('no violations on the original-page view (sidebar only) and with the sidebar hidden', async () => {
    const page = await testPage('page=/pages/seed-cbs/&theme=light&mode=original');
    expect(await page.locator('.sn-reader-pane').count()).toBe(0);
    expect(await violations(page)).toEqual([]);
    await page.close();
    const reader = await testPage('page=/pages/seed-cbs/&theme=light');
    await reader.locator('.sn-sidebar-hide').click();
    await reader.locator('.sn-sidebar-show').waitFor();
    expect(await violations(reader)).toEqual([]);
    await reader.close();
  });
});

describe('options page', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`no violations in ${scheme} mode`, async () => {
      const page = await b.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
      await page.getByRole('switch').first().waitFor();
      expect(await violations(page)).toEqual([]);
      await page.close();
    });
  }
});
