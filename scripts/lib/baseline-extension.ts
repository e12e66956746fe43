/**
 * The benchmark's second baseline: a minimal "Readability-only" MV3 extension, built on the fly into a
 * temporary folder. On a toolbar click its background injects one IIFE that holds nothing but
 * @mozilla/readability and a few lines that clone the document, parse the clone and leave a User Timing
 * measure. Pressed the same way as Sidenote (Extensions.triggerAction), it is the floor any
 * click-to-inject Readability extension pays: injection, compiling Readability in a fresh isolated
 * world, cold code, the parse itself.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Name of the measure the injected script leaves on the page's performance timeline (shared by worlds). */
export const BASELINE_MEASURE = 'baseline:parse';
/** The manifest's name, how the benchmark tells the two extensions' service workers apart. */
export const BASELINE_NAME = 'Readability-only baseline';

// Same host permission as Sidenote's e2e build, so neither extension ever waits on a missing activeTab grant.
const MANIFEST = {
  manifest_version: 3,
  name: BASELINE_NAME,
  version: '1.0.0',
  action: { default_title: 'Parse' },
  background: { service_worker: 'background.js' },
  permissions: ['activeTab', 'scripting'],
  host_permissions: ['http://127.0.0.1/*'],
};

const BACKGROUND = `chrome.action.onClicked.addListener((tab) => {
  chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['parse.js'] });
});
`;

// The measure starts when the injected file starts running; the benchmark times from the press itself.
const PARSE_ENTRY = `import { Readability } from '@mozilla/readability';
const start = performance.now();
const article = new Readability(document.cloneNode(true)).parse();
performance.measure(${JSON.stringify(BASELINE_MEASURE)}, { start, detail: { length: article ? article.length : 0 } });
`;

/** Builds the baseline extension into a new temporary folder and returns the folder and its script's size. */
export async function buildBaselineExtension(root: string): Promise<{ dir: string; bytes: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'sidenote-baseline-'));
  const out = await build({
    stdin: { contents: PARSE_ENTRY, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'chrome120',
    write: false,
  });
  const script = out.outputFiles[0]!.contents;
  writeFileSync(join(dir, 'parse.js'), script);
  writeFileSync(join(dir, 'background.js'), BACKGROUND);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2));
  return { dir, bytes: script.length };
}
