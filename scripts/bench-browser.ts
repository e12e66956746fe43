/**
 * `npm run bench` (browser part): in headless Chromium with the built extension (e2e build, whose only
 * addition is User Timing measures of Sidenote's stages), over every page of ../shared/corpus, measures in
 * the same tab: click → sidebar rendered, plain Readability.parse() on a clone (the floor), Sidenote's
 * analysis, extractors and live clutter pass, the JS heap before and after, and long tasks. Reports
 * p50 / p95 / max and ratios to plain parse; writes bench/results.json, bench/results.md and
 * bench/time-vs-size.svg. Not a test: it never fails on a slow machine.
 * Like with like: the first press on a page runs Sidenote cold (the content script is injected,
 * compiled and run for the first time in a fresh isolated world, settings are read over messaging)
 * while the plain parse runs in the page's main world. So each page is also measured a second time in
 * the same tab (close, press again: compiled code, warm JIT), and plain parse is reported for its
 * first and second run on the page as well; the ratios are given for both pairs, the original
 * (first open ÷ mean plain parse) unchanged.
 * A second, fairer floor is reported next to it: a Readability-only extension (scripts/lib/baseline-extension.ts)
 * loaded in the same browser and pressed in the same tab, timed from its press to its parse done — what
 * any click-to-inject Readability extension pays (injection, compile in a fresh isolated world, cold code).
 * It is pressed once before Sidenote's first open (cold) and once between Sidenote's close and second
 * open (warm); it never changes the live page.
 * Usage: tsx scripts/bench-browser.ts [--limit N] [--skip N] [--dist DIR]
 *   --out   writes the results to another folder (default bench/), so trial runs leave the committed ones alone.
 *   --vs    also loads a second e2e build and measures it on every page in its own tab, right after or before
 *           (alternating) the first: paired figures on the same pages under the same load, for an A/B
 *           comparison on a busy machine (the Markdown gets a table of per-page differences).
 *   --dist  benchmarks another e2e build (default dist-e2e), e.g. one built with `--outDir` for an A/B comparison.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { prepareAction, type Launched } from '../tests/e2e/harness/browser';
import { launchAll } from './lib/bench-launch';
import { openOnce, type OpenTimes } from './lib/open-times';
import { BASELINE_MEASURE } from './lib/baseline-extension';
import { startServer } from '../tests/e2e/harness/server';
import { corpusPages, CORPUS, ROOT } from './lib/fixtures';
import { pairedTable } from './lib/paired';
import { summarize, type Summary } from './lib/stats';
import { scatterSvg } from './lib/svg-chart';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const LIMIT = Number(flag('--limit') ?? Infinity);
const SKIP = Number(flag('--skip') ?? 0);
/** The e2e build under test (relative to the repo). */
const DIST = flag('--dist') ?? 'dist-e2e';
/** A second build to compare with, page by page (--vs). */
const VS = flag('--vs');
const READABILITY_SRC = readFileSync(join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
const OUT_DIR = resolve(ROOT, flag('--out') ?? 'bench');

interface PageResult extends OpenTimes {
  page: string;
  bytes: number;
  /** Mean of the two plain parses below (the original baseline). */
  parse: number;
  parseFirst: number;
  parseSecond: number;
  heapBefore: number;
  heapAfter: number;
  longestTask: number;
  /** The same tab's second open, after closing the first. */
  second: OpenTimes | null;
  /** Readability-only extension: press → parse done, its first press in the tab (cold) and second (warm). */
  floorFirst: number;
  floorSecond: number;
  /** Press → Sidenote's host gone from the page (the close before the second open). */
  close: number;
}

/** Plain Readability on a clone of the page, in the page's main world (no DOM change). */
async function plainParse(page: Page): Promise<number> {
  return page.evaluate(`(() => { ${READABILITY_SRC}
    const clone = document.cloneNode(true);
    const t = performance.now();
    new Readability(clone).parse();
    return performance.now() - t; })()`) as Promise<number>;
}

async function heap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

/** Presses the Readability-only extension's button; ms from the press to its parse done (NaN if never). */
async function pressFloor(floor: Launched, page: Page): Promise<number> {
  const seen = await page.evaluate((n) => performance.getEntriesByName(n).length, BASELINE_MEASURE);
  const press = await prepareAction(floor, page);
  const clickAt = await page.evaluate(() => performance.now());
  await press();
  const done = await page
    .waitForFunction(([n, k]) => performance.getEntriesByName(n as string).length > (k as number), [BASELINE_MEASURE, seen], { timeout: 30_000, polling: 10 })
    .then(() => true, () => false);
  if (!done) return NaN;
  const end = await page.evaluate((n) => {
    const e = performance.getEntriesByName(n).at(-1)!;
    return e.startTime + e.duration;
  }, BASELINE_MEASURE);
  await page.waitForTimeout(50);
  return end - clickAt;
}

/**
 * Closes Sidenote with the button, presses the floor extension once more (warm), and opens Sidenote
 * again in the same tab: the warm second open.
 */
async function reopen(b: Launched, floor: Launched, page: Page): Promise<{ second: OpenTimes | null; floorSecond: number; close: number }> {
  const press = await prepareAction(b, page);
  // The page's own MutationObserver sees the host leave the DOM: the close's end, without polling's jitter.
  const clickAt = await page.evaluate(() => {
    const w = window as unknown as { __sidenoteClosedAt?: number };
    new MutationObserver((_, obs) => {
      if (document.getElementsByTagName('sidenote-root').length === 0) {
        w.__sidenoteClosedAt = performance.now();
        obs.disconnect();
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
    return performance.now();
  });
  await press();
  const closed = await page
    .waitForFunction(() => document.getElementsByTagName('sidenote-root').length === 0, undefined, { timeout: 10_000, polling: 10 })
    .then(() => true, () => false);
  if (!closed) return { second: null, floorSecond: NaN, close: NaN };
  const close = (await page.evaluate(() => (window as unknown as { __sidenoteClosedAt?: number }).__sidenoteClosedAt ?? NaN)) - clickAt;
  await page.waitForTimeout(50);
  const floorSecond = await pressFloor(floor, page);
  return { second: await openOnce(b, page), floorSecond, close };
}

async function benchPage(b: Launched, floor: Launched, url: string, file: string): Promise<PageResult | null> {
  const page = await b.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch(() => page.waitForLoadState('domcontentloaded'));
    await page.waitForTimeout(200);
    await page.evaluate(() => {
      const w = window as unknown as { __sidenoteLongest: number };
      w.__sidenoteLongest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__sidenoteLongest = Math.max(w.__sidenoteLongest, e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const heapBefore = await heap(page);
    const parseFirst = await plainParse(page);
    const floorFirst = await pressFloor(floor, page);
    const first = await openOnce(b, page);
    if (!first) return null;
    await page.waitForTimeout(50);
    const heapAfter = await heap(page);
    // Chromium does not report long tasks for extension scripts, so Sidenote's own synchronous block
    // (measured from inside) is taken as well; the longer of the two counts.
    const longestTask = Math.max(await page.evaluate(() => (window as unknown as { __sidenoteLongest: number }).__sidenoteLongest), first.openTask);
    const parseSecond = await plainParse(page);
    const { second, floorSecond, close } = await reopen(b, floor, page).catch(() => ({ second: null, floorSecond: NaN, close: NaN }));
    return {
      page: file.slice(CORPUS.length + 1),
      bytes: statSync(file).size,
      parse: (parseFirst + parseSecond) / 2,
      parseFirst,
      parseSecond,
      ...first,
      heapBefore,
      heapAfter,
      longestTask,
      second,
      floorFirst,
      floorSecond,
      close,
    };
  } finally {
    await page.close();
  }
}

const server = await startServer();
const { b, other, floor, floorBytes, floorDir } = await launchAll(DIST, VS);
// Corpus pages name images and scripts on the real web: fail those at once rather than waiting for the
// network (or its absence), so every page's load is local and the same from run to run.
await b.context.route((u) => u.hostname !== '127.0.0.1', (r) => r.abort());
const results: PageResult[] = [];
/** Paired results (--vs): the same page measured with both builds. */
const pairs: [PageResult, PageResult][] = [];
const failed: string[] = [];
try {
  const pages = corpusPages().slice(SKIP, SKIP + LIMIT);
  for (const [i, file] of pages.entries()) {
    const url = server.url('/corpus/' + file.slice(CORPUS.length + 1));
    const run = (ext: Launched): Promise<PageResult | null> => benchPage(ext, floor, url, file).catch((e: unknown) => (console.error(`${file}: ${String(e)}`), null));
    // Alternating which build goes first, so neither always meets the page (or the machine) first.
    const otherFirst = other && i % 2 === 1 ? await run(other) : null;
    const r = await run(b);
    const vs = other ? (otherFirst ?? (await run(other))) : null;
    if (r && vs) pairs.push([r, vs]);
    if (r) results.push(r);
    else failed.push(file.slice(CORPUS.length + 1));
    if ((i + 1) % 25 === 0) console.error(`… ${i + 1}/${pages.length}`);
  }
} finally {
  await b.close();
  await server.close();
  rmSync(floorDir, { recursive: true, force: true });
}

const contentScript = readFileSync(join(ROOT, 'dist/src/content/content-script.js'));
const ok = results.filter((r) => r.parse > 0.05);
const warm = ok.filter((r): r is PageResult & { second: OpenTimes } => r.second !== null && r.parseSecond > 0.05);
const floored = ok.filter((r) => r.floorFirst > 0);
const flooredWarm = warm.filter((r) => r.floorSecond > 0);
/** Summary of the values a build measured (a build without the stage marks has none: NaN). */
const known = (xs: number[]): Summary => summarize(xs.filter((x) => !Number.isNaN(x)));
const rows: [string, Summary, string][] = [
  ['click → sidebar rendered (ms)', summarize(results.map((r) => r.clickToSidebar)), 'first press on the page'],
  ['plain Readability.parse() (ms)', summarize(results.map((r) => r.parse)), 'mean of its 1st and 2nd run'],
  ['Sidenote analysis incl. its Readability run (ms)', summarize(results.map((r) => r.analysis)), ''],
  ['extractors: quotes, speakers, sources, copyright (ms)', summarize(results.map((r) => r.extractors)), ''],
  ['clutter pass on the live page (ms)', summarize(results.map((r) => r.clutterLive)), ''],
  ['click → sidebar ÷ plain parse', summarize(ok.map((r) => r.clickToSidebar / r.parse)), 'goal ≤ 1.25 at p95'],
  ['extractors ÷ plain parse', summarize(ok.map((r) => r.extractors / r.parse)), 'goal ≤ 0.15'],
  ['heap growth (KB)', summarize(results.map((r) => (r.heapAfter - r.heapBefore) / 1024)), ''],
  ['longest task during open (ms)', summarize(results.map((r) => r.longestTask)), ''],
  // Like with like: cold against cold (first runs), warm against warm (second runs, same tab).
  ['plain parse, first run on the page (ms)', summarize(ok.map((r) => r.parseFirst)), 'cold baseline'],
  ['plain parse, second run (ms)', summarize(ok.map((r) => r.parseSecond)), 'warm baseline'],
  // The first open's time by stage (rows stay empty for a build without the stage marks).
  ['first open: press → script starts (ms)', known(results.map((r) => r.toScript)), 'background, injection, compile'],
  ['first open: module init (ms)', known(results.map((r) => r.init)), 'script start → open()'],
  ['first open: settings wait (ms)', known(results.map((r) => r.settingsWait)), 'open() → settings in hand'],
  ['first open: Preact render (ms)', known(results.map((r) => r.render)), 'mount, first render'],
  ['first open: click → first frame painted (ms)', known(results.map((r) => r.painted)), 'incl. style, layout, paint'],
  ['second open: click → first frame painted (ms)', known(warm.map((r) => r.second.painted)), ''],
  ['second open: click → sidebar (ms)', summarize(warm.map((r) => r.second.clickToSidebar)), 'same tab, after closing'],
  ['close: click → page restored (ms)', summarize(results.filter((r) => r.close > 0).map((r) => r.close)), 'same tab, first close'],
  ['second open: extractors (ms)', summarize(warm.map((r) => r.second.extractors)), ''],
  ['first open: click → sidebar ÷ first plain parse', summarize(ok.map((r) => r.clickToSidebar / r.parseFirst)), 'cold ÷ cold'],
  ['first open: extractors ÷ first plain parse', summarize(ok.map((r) => r.extractors / r.parseFirst)), 'cold ÷ cold'],
  ['second open: click → sidebar ÷ second plain parse', summarize(warm.map((r) => r.second.clickToSidebar / r.parseSecond)), 'warm ÷ warm'],
  ['second open: extractors ÷ second plain parse', summarize(warm.map((r) => r.second.extractors / r.parseSecond)), 'warm ÷ warm'],
  // The Readability-only extension: the floor for anything injected on click (see the file's comment).
  ['floor: press → Readability-only extension parsed (ms)', summarize(floored.map((r) => r.floorFirst)), 'first press, cold'],
  ['floor, second press (ms)', summarize(flooredWarm.map((r) => r.floorSecond)), 'warm'],
  ['click → sidebar ÷ floor', summarize(floored.map((r) => r.clickToSidebar / r.floorFirst)), 'first ÷ first press'],
  ['second open: click → sidebar ÷ floor, second press', summarize(flooredWarm.map((r) => r.second.clickToSidebar / r.floorSecond)), 'warm ÷ warm'],
  ['floor ÷ plain parse', summarize(floored.map((r) => r.floorFirst / r.parse)), 'what injection alone costs'],
];
const fastPages = results.filter((r) => r.parse < 100);
const md = [
  `Headless Chromium, ${results.length} corpus pages (${failed.length} failed to open); each page: plain parse, press (first open), plain parse, close, press again (second open; ${warm.length} pages).`,
  'Plain parse runs Readability in the page\'s main world on a clone; Sidenote\'s time runs from the button press (injection, script start, settings, clutter, analysis, render) to the sidebar\'s first render.',
  '',
  '| measure | p50 | p95 | max | note |',
  '|---|---|---|---|---|',
  ...rows.map(([k, s, note]) => `| ${k} | ${s.p50.toFixed(2)} | ${s.p95.toFixed(2)} | ${s.max.toFixed(2)} | ${note} |`),
  '',
  `Floor: a Readability-only extension (scripts/lib/baseline-extension.ts, ${(floorBytes / 1024).toFixed(1)} KB script) pressed in the same tab; ${floored.length} pages.`,
  `Content script: ${(contentScript.length / 1024).toFixed(1)} KB raw, ${(gzipSync(contentScript).length / 1024).toFixed(1)} KB gzip (goal ≤ 60 KB gzip).`,
  `Pages that plain Readability parses in < 100 ms: ${fastPages.length}; of those with a long task > 200 ms while Sidenote opened: ${fastPages.filter((r) => r.longestTask > 200).length}.`,
].join('\n');
console.log(md);
if (VS) {
  const nan = Number.NaN;
  const paired = pairedTable<PageResult>(pairs, [
    ['click → sidebar', (r) => r.clickToSidebar],
    ['click → first frame painted', (r) => r.painted],
    ['press → script starts', (r) => r.toScript],
    ['module init', (r) => r.init],
    ['settings wait', (r) => r.settingsWait],
    ['clutter pass', (r) => r.clutterLive],
    ['analysis', (r) => r.analysis],
    ['Preact render', (r) => r.render],
    ['open task', (r) => r.openTask],
    ['floor (control: the same for both)', (r) => r.floorFirst],
    ['second open: click → sidebar', (r) => r.second?.clickToSidebar ?? nan],
    ['second open: first frame painted', (r) => r.second?.painted ?? nan],
    ['close', (r) => r.close],
  ], [DIST, VS]);
  console.log(`\nPaired, ${pairs.length} pages (each page with both builds, in alternating order):\n\n${paired}`);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'results-paired.md'), paired + '\n');
  writeFileSync(join(OUT_DIR, 'results-paired.json'), JSON.stringify({ a: DIST, b: VS, pairs }, null, 2) + '\n');
}
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(join(OUT_DIR, 'results.md'), md + '\n');
writeFileSync(join(OUT_DIR, 'results.json'), JSON.stringify({ summary: Object.fromEntries(rows.map(([k, s]) => [k, s])), contentScript: { raw: contentScript.length, gzip: gzipSync(contentScript).length }, failed, pages: results }, null, 2) + '\n');
writeFileSync(
  join(OUT_DIR, 'time-vs-size.svg'),
  scatterSvg('Time against page size (headless Chromium, shared corpus)', 'page size (KB)', 'milliseconds', [
    { name: 'Sidenote: click → sidebar rendered', color: '#d1495b', points: results.map((r) => ({ x: r.bytes / 1024, y: r.clickToSidebar })) },
    { name: 'plain Readability.parse()', color: '#00798c', points: results.map((r) => ({ x: r.bytes / 1024, y: r.parse })) },
    { name: 'Readability-only extension: press → parsed', color: '#edae49', points: floored.map((r) => ({ x: r.bytes / 1024, y: r.floorFirst })) },
  ]),
);
console.log(`\nwrote results.json, results.md, time-vs-size.svg in ${OUT_DIR}`);
