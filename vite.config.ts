/**
 * Extension build. `vite build` writes the shipped Chrome extension to dist/; `--mode e2e` writes
 * dist-e2e/ with test-only additions (host permission for 127.0.0.1 so a fresh tab never lacks the
 * activeTab grant, and __E2E__ = true). Nothing test-only reaches dist/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };

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

export default defineConfig(({ mode }) => {
  const e2e = mode === 'e2e';
  const manifest = structuredClone(baseManifest) as typeof baseManifest & { host_permissions?: string[] };
  if (e2e) manifest.host_permissions = ['http://127.0.0.1/*'];
  return {
    plugins: [preact(), crx({ manifest: manifest as never }), noWebAccessibleContentScript],
    define: { __E2E__: JSON.stringify(e2e) },
    build: {
      outDir: e2e ? 'dist-e2e' : 'dist',
      emptyOutDir: true,
      target: 'chrome120',
      sourcemap: false,
      minify: true,
    },
    server: { strictPort: true },
  };
});
