/**
 * `npm run bench` (browser part): in headless Chromium with the built extension (e2e build, whose only
 * addition is User Timing measures of Sidenote's stages), over every page of ../shared/corpus, measures in
 * the same tab: click → sidebar rendered, plain Readability.parse() on a clone (the floor), Sidenote's
 * analysis, extractors and live clutter pass, the JS heap before and after, and long tasks. Reports
 * p50 / p95 / max and ratios to plain parse; writes bench/results.json, bench/results.md and
 * bench/time-vs-size.svg. Not a test: it never fails on a slow machine.
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

interface PageResult {
  page: string;
  bytes: number;
  parse: number;
  clickToSidebar: number;
  analysis: number;
  extractors: number;
  clutterLive: number;
  heapBefore: number;
  heapAfter: number;
  longestTask: number;
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
    const parseBefore = await plainParse(page);
    const press = await prepareAction(b, page);
    const clickAt = await page.evaluate(() => performance.now());
    await press();
    const rendered = await page
      .waitForFunction(() => performance.getEntriesByName('sidenote:open').length > 0, undefined, { timeout: 30_000, polling: 10 })
      .then(() => true, () => false);
    if (!rendered) return null;
    const openEnd = await page.evaluate(() => {
      const e = performance.getEntriesByName('sidenote:open').at(-1)!;
      return e.startTime + e.duration;
    });
    const [analysis, extractors, clutterLive] = [await measure(page, 'analysis'), await measure(page, 'extractors'), await measure(page, 'clutter-live')];
    await page.waitForTimeout(50);
    const heapAfter = await heap(page);
    // Chromium does not report long tasks for extension scripts, so Sidenote's own synchronous block
    // (measured from inside) is taken as well; the longer of the two counts.
    const longestTask = Math.max(await page.evaluate(() => (window as unknown as { __sidenoteLongest: number }).__sidenoteLongest), await measure(page, 'open-task'));
    const parseAfter = await plainParse(page);
    return {
      page: file.slice(CORPUS.length + 1),
      bytes: statSync(file).size,
      parse: (parseBefore + parseAfter) / 2,
      clickToSidebar: openEnd - clickAt,
      analysis,
      extractors,
      clutterLive,
      heapBefore,
      heapAfter,
      longestTask,
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
const rows: [string, Summary, string][] = [
  ['click → sidebar rendered (ms)', summarize(results.map((r) => r.clickToSidebar)), ''],
  ['plain Readability.parse() (ms)', summarize(results.map((r) => r.parse)), ''],
  ['Sidenote analysis incl. its Readability run (ms)', summarize(results.map((r) => r.analysis)), ''],
  ['extractors: quotes, speakers, sources, copyright (ms)', summarize(results.map((r) => r.extractors)), ''],
  ['clutter pass on the live page (ms)', summarize(results.map((r) => r.clutterLive)), ''],
  ['click → sidebar ÷ plain parse', summarize(ok.map((r) => r.clickToSidebar / r.parse)), 'goal ≤ 1.25 at p95'],
  ['extractors ÷ plain parse', summarize(ok.map((r) => r.extractors / r.parse)), 'goal ≤ 0.15'],
  ['heap growth (KB)', summarize(results.map((r) => (r.heapAfter - r.heapBefore) / 1024)), ''],
  ['longest task during open (ms)', summarize(results.map((r) => r.longestTask)), ''],
];
const fastPages = results.filter((r) => r.parse < 100);
const md = [
  `Headless Chromium, ${results.length} corpus pages (${failed.length} failed to open), one press each.`,
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
