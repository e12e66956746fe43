/**
 * The shipped dist/ (activeTab only, no host permissions): one real press works, and nothing
 * test-only leaked into the build.
 */
import { expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Launched } from './harness/browser';
import { ROOT, type PageServer } from './harness/server';
import { openPage, openSidenote, view } from './harness/sidenote';
import { useSidenote } from './harness/suite';

let server: PageServer;
let b: Launched;
useSidenote((s, l) => ([server, b] = [s, l]), 'dist');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

test('dist/ asks only for activeTab, scripting, storage, clipboardWrite and contextMenus, with no host access', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'dist/manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect([...manifest.permissions].sort()).toEqual(['activeTab', 'clipboardWrite', 'contextMenus', 'scripting', 'storage']);
  expect(manifest.host_permissions).toBeUndefined();
  // All-sites access exists only as an optional permission, requested from the options page on demand.
  expect(manifest.optional_host_permissions ?? []).toEqual(['http://*/*', 'https://*/*']);
  expect(manifest.content_scripts).toBeUndefined();
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+R');
  for (const f of files(join(ROOT, 'dist')).filter((f) => f.endsWith('.js'))) {
    expect(readFileSync(f, 'utf8'), f).not.toMatch(/127\.0\.0\.1|__E2E__/);
  }
});

test('a real toolbar press on the activeTab-only build opens Sidenote on the seed page', async () => {
  const page = await openPage(b, server.url('/pages/seed-cbs/'));
  const v = view(await openSidenote(b, page));
  expect(v.quotes.length).toBeGreaterThan(0);
  expect(v.readerText).toContain('Families Belong Together');
  await page.close();
});
