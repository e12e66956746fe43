/**
 * `npm run bench` (Node part): over every page of ../shared/corpus, in one process, times plain
 * `Readability.parse()` on a clone (the floor) and Sidenote's pipeline stages on the same page, and
 * reports p50 / p95 / max of each and of the ratios extractors ÷ parse and clutter ÷ parse, and where
 * extractor time goes: each extractor's time ÷ parse, summed over all pages.
 * Figures are ratios to the baseline measured in the same run, never absolute thresholds.
 * Usage: tsx scripts/bench.ts [--runs N] [--limit N] [--out bench/results-node.json]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { analyzeDocument, type StageTimings } from '../src/core/analyze';
import { parseDocument } from '../src/cli/dom';
import { corpusPages, CORPUS, ROOT } from './lib/fixtures';
import { measureScaling } from './lib/scaling';
import { median, summarize } from './lib/stats';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => (args.includes(name) ? args[args.indexOf(name) + 1]! : dflt);
const RUNS = Number(opt('--runs', '3'));
const LIMIT = Number(opt('--limit', '100000'));
const OUT = join(ROOT, opt('--out', 'bench/results-node.json'));



/** The extractors, in the order analyzeDocument runs them (keys of its StageTimings). */
const STAGES = ['copyright', 'quotes', 'sources', 'coverage'] as const satisfies readonly (keyof StageTimings)[];
type Stage = (typeof STAGES)[number];

interface PageResult extends Record<Stage, number> { page: string; bytes: number; parse: number; clutter: number; extractors: number; total: number }

const results: PageResult[] = [];
for (const file of corpusPages().slice(0, LIMIT)) {
  const html = readFileSync(file, 'utf8');
  const runs: Omit<PageResult, 'page' | 'bytes'>[] = [];
  for (let r = 0; r < RUNS + 1; r++) {
    const doc = parseDocument(html, 'http://fakehost/test/page.html');
    const clone = doc.cloneNode(true) as Document;
    const t0 = performance.now();
    new Readability(clone).parse();
    const parse = performance.now() - t0;
    const t1 = performance.now();
    const { timings } = analyzeDocument(doc, { url: 'http://fakehost/test/page.html' });
    const total = performance.now() - t1;
    const stages = timings.stages ?? { copyright: 0, quotes: 0, sources: 0, coverage: 0 };
    if (r > 0) runs.push({ parse, clutter: timings.clutter, extractors: timings.extractors, total, ...stages }); // run 0 warms up
  }
  results.push({
    page: file.slice(CORPUS.length + 1),
    bytes: Buffer.byteLength(html),
    parse: median(runs.map((x) => x.parse)),
    clutter: median(runs.map((x) => x.clutter)),
    extractors: median(runs.map((x) => x.extractors)),
    total: median(runs.map((x) => x.total)),
    ...(Object.fromEntries(STAGES.map((k) => [k, median(runs.map((x) => x[k]))])) as Record<Stage, number>),
  });
}

const valid = results.filter((r) => r.parse > 0.05);
const series = {
  'Readability.parse() ms': results.map((r) => r.parse),
  'Sidenote pipeline ms': results.map((r) => r.total),
  'extractors ms': results.map((r) => r.extractors),
  'clutter pass ms': results.map((r) => r.clutter),
  'extractors ÷ parse': valid.map((r) => r.extractors / r.parse),
  'clutter ÷ parse': valid.map((r) => r.clutter / r.parse),
  'pipeline ÷ parse': valid.map((r) => r.total / r.parse),
};
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const summary = Object.fromEntries(Object.entries(series).map(([k, xs]) => [k, summarize(xs)]));
const parseSum = sum(results.map((r) => r.parse));
const aggregate = {
  'extractors ÷ parse (all pages summed)': sum(results.map((r) => r.extractors)) / parseSum,
  'clutter ÷ parse (all pages summed)': sum(results.map((r) => r.clutter)) / parseSum,
};
/** Each extractor's share: its time over all pages ÷ parse over all pages (they add up to the extractors line). */
const byStage = Object.fromEntries(STAGES.map((k) => [k, sum(results.map((r) => r[k])) / parseSum])) as Record<Stage, number>;

console.log(`Node + linkedom, ${results.length} corpus pages, median of ${RUNS} runs each (after a warm-up run)\n`);
console.log('| measure | p50 | p95 | max |\n|---|---|---|---|');
for (const [k, v] of Object.entries(summary)) console.log(`| ${k} | ${v.p50.toFixed(3)} | ${v.p95.toFixed(3)} | ${v.max.toFixed(3)} |`);
for (const [k, v] of Object.entries(aggregate)) console.log(`\n${k}: ${v.toFixed(3)}`);
console.log(`  by stage (÷ parse, all pages summed): ${STAGES.map((k) => `${k} ${byStage[k].toFixed(3)}`).join(' · ')}`);
const slowest = [...valid].sort((a, b) => b.extractors / b.parse - a.extractors / a.parse).slice(0, 5);
console.log('\nHighest extractors ÷ parse:');
for (const r of slowest) console.log(`  ${r.page}: ${(r.extractors / r.parse).toFixed(3)} (${r.extractors.toFixed(2)} ms / ${r.parse.toFixed(2)} ms)`);
const scaling = measureScaling();
console.log('\nTime against size (seed article body repeated):');
for (const p of scaling.points) console.log(`  ×${p.copies}: ${(p.bytes / 1024).toFixed(0)} KB → ${p.ms.toFixed(2)} ms`);
console.log(`  fitted exponent (1 = linear): ${scaling.exponent.toFixed(2)}`);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify({ environment: `node ${process.version}, linkedom`, runs: RUNS, summary, aggregate, byStage, scaling, pages: results }, null, 2) + '\n');
console.log(`\nwrote ${OUT}`);
