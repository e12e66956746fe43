/**
 * Where Sidenote's in-page time goes: presses the toolbar button on corpus pages in headless Chromium
 * with a CDP CPU profile running on the page (it captures the extension's isolated world too), and
 * prints the functions with the most self time summed over the pages, with the file they come from.
 * Build unminified first for readable names: `SIDENOTE_UNMINIFIED=1 npm run build:e2e`.
 * Usage: tsx scripts/bench-profile.ts [--limit N] [--skip N] [--top N] [--second]
 *   --second  profiles a second open in the same tab (warm: compiled script, warm JIT) instead of the first.
 *   --inclusive  counts each function's total time (itself and what it calls) instead of its self time.
 */
import { launch, prepareAction, type Launched } from '../tests/e2e/harness/browser';
import { startServer } from '../tests/e2e/harness/server';
import { corpusPages, CORPUS } from './lib/fixtures';

const args = process.argv.slice(2);
const num = (name: string, dflt: number): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const LIMIT = num('--limit', 10);
const SKIP = num('--skip', 0);
const TOP = num('--top', 40);
const SECOND = args.includes('--second');
const INCLUSIVE = args.includes('--inclusive');
/** Sampling interval in microseconds: fine enough for stages of a few milliseconds. */
const SAMPLING_US = 100;

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const selfMs = new Map<string, number>();
let totalMs = 0;

/** Adds a profile's self time per function (name + script + line) to the running totals. */
function addProfile(p: Profile): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (let i = 0; i < p.samples.length; i++) {
    const ms = (p.timeDeltas[i + 1] ?? 0) / 1000;
    totalMs += ms;
    const keys = new Set<string>();
    for (let id: number | undefined = p.samples[i]; id !== undefined; id = INCLUSIVE ? parent.get(id) : undefined) {
      const f = byId.get(id)!.callFrame;
      const file = f.url ? f.url.replace(/^.*\/(src|assets)\//, '$1/') : '';
      keys.add(`${f.functionName || '(anonymous)'}  ${file}:${f.lineNumber + 1}`);
    }
    for (const key of keys) selfMs.set(key, (selfMs.get(key) ?? 0) + ms);
  }
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

const server = await startServer();
const b = await launch('dist-e2e');
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
