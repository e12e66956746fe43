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
 * Usage: tsx scripts/bench-browser.ts [--limit N]
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launch, prepareAction, type Launched } from '../tests/e2e/harness/browser';
import { startServer } from '../tests/e2e/harness/server';
import { corpusPages, CORPUS, ROOT } from './lib/fixtures';
import { summarize, type Summary } from './lib/stats';
import { scatterSvg } from './lib/svg-chart';

const args = process.argv.slice(2);
const LIMIT = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
const READABILITY_SRC = readFileSync(join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
const OUT_DIR = join(ROOT, 'bench');

/** One press's stages, from Sidenote's User Timing measures. */
interface OpenTimes {
  clickToSidebar: number;
  analysis: number;
  extractors: number;
  clutterLive: number;
  /** Time in the press's own synchronous block (Chromium reports no long tasks for extension scripts). */
  openTask: number;
}

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

async function measure(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => performance.getEntriesByName(`sidenote:${n}`).at(-1)?.duration ?? NaN, name);
}

/** Presses the button and waits for the sidebar's render measure; null when it never comes. */
async function openOnce(b: Launched, page: Page): Promise<OpenTimes | null> {
  const seen = await page.evaluate(() => performance.getEntriesByName('sidenote:open').length);
  const press = await prepareAction(b, page);
  const clickAt = await page.evaluate(() => performance.now());
  await press();
  const rendered = await page
    .waitForFunction((n) => performance.getEntriesByName('sidenote:open').length > n, seen, { timeout: 30_000, polling: 10 })
    .then(() => true, () => false);
  if (!rendered) return null;
  const openEnd = await page.evaluate(() => {
    const e = performance.getEntriesByName('sidenote:open').at(-1)!;
    return e.startTime + e.duration;
  });
  return {
    clickToSidebar: openEnd - clickAt,
    analysis: await measure(page, 'analysis'),
    extractors: await measure(page, 'extractors'),
    clutterLive: await measure(page, 'clutter-live'),
    openTask: await measure(page, 'open-task'),
  };
}

/** Closes Sidenote with the button and opens it again in the same tab: the warm second open. */
async function reopen(b: Launched, page: Page): Promise<OpenTimes | null> {
  await (await prepareAction(b, page))();
  const closed = await page
    .waitForFunction(() => document.getElementsByTagName('sidenote-root').length === 0, undefined, { timeout: 10_000, polling: 10 })
    .then(() => true, () => false);
  if (!closed) return null;
  await page.waitForTimeout(50);
  return openOnce(b, page);
}

async function benchPage(b: Launched, url: string, file: string): Promise<PageResult | null> {
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
    const first = await openOnce(b, page);
    if (!first) return null;
    await page.waitForTimeout(50);
    const heapAfter = await heap(page);
    // Chromium does not report long tasks for extension scripts, so Sidenote's own synchronous block
    // (measured from inside) is taken as well; the longer of the two counts.
    const longestTask = Math.max(await page.evaluate(() => (window as unknown as { __sidenoteLongest: number }).__sidenoteLongest), first.openTask);
    const parseSecond = await plainParse(page);
    const second = await reopen(b, page).catch(() => null);
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
    };
  } finally {
    await page.close();
  }
}

const server = await startServer();
const b = await launch('dist-e2e');
// Corpus pages name images and scripts on the real web: fail those at once rather than waiting for the
// network (or its absence), so every page's load is local and the same from run to run.
await b.context.route((u) => u.hostname !== '127.0.0.1', (r) => r.abort());
const results: PageResult[] = [];
const failed: string[] = [];
try {
  const pages = corpusPages().slice(0, LIMIT);
  for (const [i, file] of pages.entries()) {
    const url = server.url('/corpus/' + file.slice(CORPUS.length + 1));
    const r = await benchPage(b, url, file).catch(() => null);
    if (r) results.push(r);
    else failed.push(file.slice(CORPUS.length + 1));
    if ((i + 1) % 25 === 0) console.error(`… ${i + 1}/${pages.length}`);
  }
} finally {
  await b.close();
  await server.close();
}

const contentScript = readFileSync(join(ROOT, 'dist/src/content/content-script.js'));
const ok = results.filter((r) => r.parse > 0.05);
const warm = ok.filter((r): r is PageResult & { second: OpenTimes } => r.second !== null && r.parseSecond > 0.05);
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
  ['second open: click → sidebar (ms)', summarize(warm.map((r) => r.second.clickToSidebar)), 'same tab, after closing'],
  ['second open: extractors (ms)', summarize(warm.map((r) => r.second.extractors)), ''],
  ['first open: click → sidebar ÷ first plain parse', summarize(ok.map((r) => r.clickToSidebar / r.parseFirst)), 'cold ÷ cold'],
  ['first open: extractors ÷ first plain parse', summarize(ok.map((r) => r.extractors / r.parseFirst)), 'cold ÷ cold'],
  ['second open: click → sidebar ÷ second plain parse', summarize(warm.map((r) => r.second.clickToSidebar / r.parseSecond)), 'warm ÷ warm'],
  ['second open: extractors ÷ second plain parse', summarize(warm.map((r) => r.second.extractors / r.parseSecond)), 'warm ÷ warm'],
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
  `Content script: ${(contentScript.length / 1024).toFixed(1)} KB raw, ${(gzipSync(contentScript).length / 1024).toFixed(1)} KB gzip (goal ≤ 60 KB gzip).`,
  `Pages that plain Readability parses in < 100 ms: ${fastPages.length}; of those with a long task > 200 ms while Sidenote opened: ${fastPages.filter((r) => r.longestTask > 200).length}.`,
].join('\n');
console.log(md);
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(join(OUT_DIR, 'results.md'), md + '\n');
writeFileSync(join(OUT_DIR, 'results.json'), JSON.stringify({ summary: Object.fromEntries(rows.map(([k, s]) => [k, s])), contentScript: { raw: contentScript.length, gzip: gzipSync(contentScript).length }, failed, pages: results }, null, 2) + '\n');
writeFileSync(
  join(OUT_DIR, 'time-vs-size.svg'),
  scatterSvg('Time against page size (headless Chromium, shared corpus)', 'page size (KB)', 'milliseconds', [
    { name: 'Sidenote: click → sidebar rendered', color: '#d1495b', points: results.map((r) => ({ x: r.bytes / 1024, y: r.clickToSidebar })) },
    { name: 'plain Readability.parse()', color: '#00798c', points: results.map((r) => ({ x: r.bytes / 1024, y: r.parse })) },
  ]),
);
console.log(`\nwrote bench/results.json, bench/results.md, bench/time-vs-size.svg`);
