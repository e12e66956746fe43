/**
 * Extension build, one source for both browsers:
 *   vite build                    → dist/              shipped Chrome extension (service worker)
 *   vite build --mode e2e         → dist-e2e/          Chrome + test-only additions
 *   vite build --mode firefox     → dist-firefox/      shipped Firefox extension (event page)
 *   vite build --mode e2e-firefox → dist-e2e-firefox/  Firefox + test-only additions
 * Test-only additions: host permission for 127.0.0.1 (a fresh tab never lacks the activeTab grant, and
 * Firefox has no toolbar press over WebDriver BiDi), __E2E__ = true, and in e2e-firefox the bridge
 * content script that relays a page's "press" to the same click handler. Nothing test-only reaches
 * dist/ or dist-firefox/ (tests/e2e-firefox/shipped-builds.test.ts greps them).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { librarySinkAliases } from './scripts/vite/library-sinks.ts';

/** Permanent add-on id: addons.mozilla.org binds the listing (and users' storage) to it. */
export const GECKO_ID = 'sidenote@sidenote.invalid';
/**
 * Oldest Firefox Sidenote declares. 140 (an ESR) is the first to know `data_collection_permissions`
 * (required for new AMO listings) and the CSS Custom Highlight API used to locate quotes; MV3 event
 * pages, scripting, adopted stylesheets and checkVisibility are all older. Tested on ESR 153.
 */
export const GECKO_MIN_VERSION = '140.0';
export const GECKO_ANDROID_MIN_VERSION = '142.0';
const E2E_HOSTS = ['http://127.0.0.1/*'];
const OUT_DIRS: Record<string, string> = { production: 'dist', e2e: 'dist-e2e', firefox: 'dist-firefox', 'e2e-firefox': 'dist-e2e-firefox' };

type Manifest = typeof baseManifest & Record<string, unknown>;

/**
 * The content script is injected as a self-contained IIFE with scripting.executeScript, which needs no
 * web-accessible resources. crxjs lists it as one anyway, letting every page probe for Sidenote;
 * drop that entry so pages cannot fingerprint the extension.
 */
const noWebAccessibleContentScript: Plugin = {
  name: 'sidenote:no-web-accessible-content-script',
  enforce: 'post',
  writeBundle(options) {
    const file = join(options.dir ?? 'dist', 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { web_accessible_resources?: { resources: string[] }[] };
    const kept = (manifest.web_accessible_resources ?? []).filter((r) => !r.resources.every((f) => f.startsWith('src/content/')));
    if (kept.length) manifest.web_accessible_resources = kept;
    else delete manifest.web_accessible_resources;
    writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n');
  },
};

/**
 * crxjs also emits each injected script as an ES-module chunk (assets/content-script.ts-*.js) that no
 * file loads: the IIFE in src/content/ is what runs. Drop every JS chunk no file names, so packages
 * carry no dead code (and reviewers read none).
 */
const noOrphanChunks: Plugin = {
  name: 'sidenote:no-orphan-chunks',
  enforce: 'post',
  writeBundle(options) {
    const dir = options.dir ?? 'dist';
    // Until nothing changes: a dropped chunk may have been the only one naming another (its dynamic import).
    for (let dropped = true; dropped; ) {
      dropped = false;
      const all = listFiles(dir);
      const texts = all.filter((f) => /\.(js|html|json)$/.test(f)).map((f) => ({ f, text: readFileSync(f, 'utf8') }));
      for (const file of all.filter((f) => /assets[\\/][^\\/]+\.js$/.test(f))) {
        const name = basename(file);
        if (!texts.some(({ f, text }) => f !== file && text.includes(name))) {
          rmSync(file);
          dropped = true;
        }
      }
    }
  },
};

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Firefox MV3 runs the background as an event page (background.scripts), not a service worker. */
function firefoxManifest(manifest: Manifest): Manifest {
  const { service_worker: worker, ...rest } = manifest.background;
  return {
    ...manifest,
    background: { ...rest, scripts: [worker] } as never,
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: GECKO_MIN_VERSION, data_collection_permissions: { required: ['none'] } },
      // Firefox for Android learnt data_collection_permissions in 142.
      gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
    },
  };
}

/** The manifest crxjs gets for a mode: the shared source plus each browser's and the tests' needs. */
function manifestFor(firefox: boolean, e2e: boolean): Manifest {
  let manifest = structuredClone(baseManifest) as Manifest;
  if (firefox) manifest = firefoxManifest(manifest);
  if (e2e) manifest.host_permissions = E2E_HOSTS;
  if (e2e && firefox) {
    manifest.content_scripts = [{ matches: E2E_HOSTS, js: ['src/content/e2e-bridge.iife.ts'], run_at: 'document_start' }];
  }
  return manifest;
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox' || mode === 'e2e-firefox';
  const e2e = mode === 'e2e' || mode === 'e2e-firefox';
  return {
    plugins: [preact(), crx({ manifest: manifestFor(firefox, e2e) as never, browser: firefox ? 'firefox' : 'chrome' }), noWebAccessibleContentScript, noOrphanChunks],
    define: { __E2E__: JSON.stringify(e2e) },
    // Bundled libraries with their HTML-string sinks closed (scripts/vite/library-sinks.ts).
    resolve: { alias: librarySinkAliases(fileURLToPath(new URL('.', import.meta.url))) },
    build: {
      outDir: OUT_DIRS[mode] ?? 'dist',
      emptyOutDir: true,
      target: firefox ? 'firefox140' : 'chrome120',
      sourcemap: false,
      // SIDENOTE_UNMINIFIED=1 keeps names readable for `tsx scripts/bench-profile.ts` (never for a release).
      minify: !process.env.SIDENOTE_UNMINIFIED,
    },
    server: { strictPort: true },
  };
});
