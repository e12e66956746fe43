/**
 * Where Sidenote's in-page time goes: presses the toolbar button on corpus pages in headless Chromium
 * with a CDP CPU profile running on the page (it captures the extension's isolated world too), and
 * prints the functions with the most self time summed over the pages, with the file they come from.
 * Build unminified first for readable names: `SIDENOTE_UNMINIFIED=1 npm run build:e2e`.
 * Usage: tsx scripts/bench-profile.ts [--limit N] [--skip N] [--top N] [--second] [--lines] [--dist DIR]
 *   --dist  profiles another e2e build (default dist-e2e).
 *   --second  profiles a second open in the same tab (warm: compiled script, warm JIT) instead of the first.
 *   --inclusive  counts each function's total time (itself and what it calls) instead of its self time.
 *   --lines  also prints the content script's module init (what modules compute when evaluated: the
 *            script's top level and the bundler's lazy initialisers, init_<module>) per module and its
 *            hottest lines. Needs the unminified build: minified, the initialisers have no names.
 *            Built with source maps as well (`--sourcemap`), it also sums the init time per source file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, prepareAction, type Launched } from '../tests/e2e/harness/browser';
import { startServer } from '../tests/e2e/harness/server';
import { corpusPages, CORPUS } from './lib/fixtures';
import { decodeSegment } from './lib/source-map';

const args = process.argv.slice(2);
const num = (name: string, dflt: number): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const LIMIT = num('--limit', 10);
const SKIP = num('--skip', 0);
const TOP = num('--top', 40);
const SECOND = args.includes('--second');
const INCLUSIVE = args.includes('--inclusive');
const LINES = args.includes('--lines');
const DIST = args.includes('--dist') ? args[args.indexOf('--dist') + 1]! : 'dist-e2e';
/** The injected script, whose top level (an anonymous function at line 1) is the module init. */
const SCRIPT = 'src/content/content-script.js';
/** Sampling interval in microseconds: fine enough for stages of a few milliseconds. */
const SAMPLING_US = 100;

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const selfMs = new Map<string, number>();
/** Self time per line of the content script's module init (--lines), and per module. */
const topLineMs = new Map<number, number>();
const moduleInitMs = new Map<string, number>();
let totalMs = 0;
/** The built script's lines, read once the build is known to exist (--lines). */
let scriptLines: string[] = [];
/** How the bundler wraps a lazily initialised module (unminified build): `var init_x = __esmMin(() => {`. */
const LAZY_INIT = /\b(init_[\w$]+) = (?:\/\* @__PURE__ \*\/ )?__esmMin\(/;

/**
 * The module a function's body initialises: the script's own top level (line 1), or a module the
 * bundler wrapped in a lazy initialiser (dynamically imported modules); null for ordinary functions.
 */
function initOf(f: ProfileNode['callFrame']): string | null {
  if (f.functionName || !f.url.endsWith(SCRIPT)) return null;
  if (f.lineNumber === 0) return '(script top level)';
  return LAZY_INIT.exec(scriptLines[f.lineNumber] ?? '')?.[1] ?? null;
}

/** Spreads each module-init node's self time over its lines by their share of its samples. */
function addTopLines(p: Profile, nodeMs: Map<number, number>): void {
  for (const n of p.nodes) {
    const init = initOf(n.callFrame);
    const ms = nodeMs.get(n.id) ?? 0;
    if (!init || !ms) continue;
    moduleInitMs.set(init, (moduleInitMs.get(init) ?? 0) + ms);
    const ticks = (n.positionTicks ?? []).reduce((sum, t) => sum + t.ticks, 0);
    for (const t of n.positionTicks ?? []) topLineMs.set(t.line, (topLineMs.get(t.line) ?? 0) + (ms * t.ticks) / ticks);
  }
}

/** Adds a profile's self time per function (name + script + line) to the running totals. */
function addProfile(p: Profile): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nodeMs = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) {
    const ms = (p.timeDeltas[i + 1] ?? 0) / 1000;
    totalMs += ms;
    const sampled = p.samples[i]!;
    nodeMs.set(sampled, (nodeMs.get(sampled) ?? 0) + ms);
    const keys = new Set<string>();
    for (let id: number | undefined = p.samples[i]; id !== undefined; id = INCLUSIVE ? parent.get(id) : undefined) {
      const f = byId.get(id)!.callFrame;
      const file = f.url ? f.url.replace(/^.*\/(src|assets)\//, '$1/') : '';
      keys.add(`${f.functionName || '(anonymous)'}  ${file}:${f.lineNumber + 1}`);
    }
    for (const key of keys) selfMs.set(key, (selfMs.get(key) ?? 0) + ms);
  }
  if (LINES) addTopLines(p, nodeMs);
}

async function press(b: Launched, page: import('playwright-core').Page, count: number): Promise<void> {
  const go = await prepareAction(b, page);
  await go();
  await page.waitForFunction((c) => performance.getEntriesByName('sidenote:open').length >= c, count, { timeout: 30_000, polling: 10 });
}

async function profilePage(b: Launched, url: string): Promise<void> {
  const page = await b.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch(() => page.waitForLoadState('domcontentloaded'));
    await page.waitForTimeout(200);
    if (SECOND) {
      await press(b, page, 1);
      await press(b, page, 1); // closes
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    await cdp.send('Profiler.start');
    await press(b, page, SECOND ? 2 : 1);
    await page.waitForTimeout(50);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    addProfile(profile);
    await cdp.detach();
  } finally {
    await page.close();
  }
}

if (LINES) scriptLines = readFileSync(join(import.meta.dirname, '..', DIST, SCRIPT), 'utf8').split('\n');

/**
 * The source file each line of the built script starts in, from its source map (empty without one):
 * module init lines are top-level statements, one module's each, so a line's first mapping names it.
 */
function lineSources(): string[] {
  const file = join(import.meta.dirname, '..', DIST, SCRIPT + '.map');
  if (!existsSync(file)) return [];
  const map = JSON.parse(readFileSync(file, 'utf8')) as { sources: string[]; mappings: string };
  let source = 0;
  return map.mappings.split(';').map((line) => {
    let first: number | null = null;
    // Source indices are deltas running across the whole map: every segment moves them.
    for (const seg of line ? line.split(',') : []) {
      const fields = decodeSegment(seg);
      if (fields.length < 4) continue;
      source += fields[1]!;
      first ??= source;
    }
    return map.sources[first ?? source] ?? '';
  });
}
const server = await startServer();
const b = await launch(DIST as 'dist-e2e');
try {
  for (const file of corpusPages().slice(SKIP, SKIP + LIMIT)) {
    await profilePage(b, server.url('/corpus/' + file.slice(CORPUS.length + 1))).catch((e: unknown) => console.error(`skip ${file}: ${String(e)}`));
  }
} finally {
  await b.close();
  await server.close();
}
const rows = [...selfMs.entries()].filter(([k]) => !/^\((idle|program|root)\)/.test(k)).sort((a, b) => b[1] - a[1]);
const busy = totalMs - (selfMs.get('(idle)  :0') ?? 0);
console.log(`${LIMIT} pages, ${SECOND ? 'second' : 'first'} open; busy ${busy.toFixed(0)} ms of ${totalMs.toFixed(0)} ms sampled\n`);
for (const [k, ms] of rows.slice(0, TOP)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${((100 * ms) / busy).toFixed(1).padStart(5)}%  ${k}`);
if (LINES) {
  const sum = [...moduleInitMs.values()].reduce((x, y) => x + y, 0);
  console.log(`\nContent script module init (top level and lazy initialisers): ${sum.toFixed(1)} ms self time; by module:`);
  for (const [init, ms] of [...moduleInitMs.entries()].sort((x, y) => y[1] - x[1]).slice(0, TOP)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${init}`);
  const sources = lineSources();
  if (sources.length) {
    const perSource = new Map<string, number>();
    for (const [line, ms] of topLineMs) {
      const src = (sources[line - 1] ?? '').replace(/^(\.\.\/)+/, '') || '(unmapped)';
      perSource.set(src, (perSource.get(src) ?? 0) + ms);
    }
    console.log(`\nModule init by source file (ms over ${LIMIT} pages):`);
    for (const [src, ms] of [...perSource.entries()].sort((x, y) => y[1] - x[1]).slice(0, TOP)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${src}`);
  }
  console.log('\nHottest module-init lines:');
  for (const [line, ms] of [...topLineMs.entries()].sort((x, y) => y[1] - x[1]).slice(0, TOP)) {
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${SCRIPT}:${line}  ${(scriptLines[line - 1] ?? '').trim().slice(0, 110)}`);
  }
}
