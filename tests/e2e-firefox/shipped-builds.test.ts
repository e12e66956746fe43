/**
 * The shipped builds: dist-firefox/ is what Firefox expects for MV3 (event page, gecko id and minimum
 * version, options, command, locales) and installs in real Firefox ESR; neither dist/ nor dist-firefox/
 * carries anything test-only (the BiDi bridge, 127.0.0.1, __E2E__). The e2e build is checked to carry
 * the bridge, so the grep is known to find it where it exists.
 */
import { afterAll, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness/server';
import { launchFirefox, type LaunchedFirefox } from './harness/firefox';
import { GECKO_ID, GECKO_MIN_VERSION } from '../../vite.config';

const TEST_ONLY = /sidenoteE2E|sidenote-e2e|e2e-bridge|127\.0\.0\.1|__E2E__/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

function testOnlyHits(dist: string): string[] {
  return files(join(ROOT, dist)).filter((f) => /\.(js|json|html)$/.test(f) && TEST_ONLY.test(readFileSync(f, 'utf8')));
}

let ff: LaunchedFirefox | undefined;
afterAll(async () => {
  await ff?.close();
});

test('dist-firefox/ has an event page, the gecko id and minimum version, options, command and locales', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'dist-firefox/manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.background.service_worker).toBeUndefined();
  expect(manifest.background.scripts).toHaveLength(1);
  expect(existsSync(join(ROOT, 'dist-firefox', manifest.background.scripts[0]))).toBe(true);
  expect(manifest.browser_specific_settings.gecko).toMatchObject({ id: GECKO_ID, strict_min_version: GECKO_MIN_VERSION });
  expect(existsSync(join(ROOT, 'dist-firefox', manifest.options_ui.page))).toBe(true);
  expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+R');
  expect(existsSync(join(ROOT, 'dist-firefox/_locales', manifest.default_locale, 'messages.json'))).toBe(true);
  expect(manifest.host_permissions).toBeUndefined();
  expect(manifest.content_scripts).toBeUndefined();
});

test('the bridge and other test-only code are in the e2e build and in neither shipped build', () => {
  expect(testOnlyHits('dist-e2e-firefox').length).toBeGreaterThan(0);
  expect(testOnlyHits('dist')).toEqual([]);
  expect(testOnlyHits('dist-firefox')).toEqual([]);
});

test('real Firefox ESR installs dist-firefox/ under its gecko id', async () => {
  ff = await launchFirefox('dist-firefox');
  expect(ff.addonId).toBe(GECKO_ID);
});
