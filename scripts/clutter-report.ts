/**
 * Clutter report on the shared corpus and the labelled fixtures, all measured in one run:
 * 1. No article text lost: for every corpus page, runs analyzeDocument with clutter removal off and on
 *    (every category) and counts ground-truth sentences in the output without removal but missing with
 *    it, separately for Readability's expected.html and for the aeb benchmark's articleBody (both must
 *    be 0); also truth sentences found inside any removed element.
 * 2. aeb benchmark F1 (metric of ../shared/corpus/README.md) of Sidenote's `text` with the default
 *    clutter removal vs plain Readability's textContent on the same DOM library, same run.
 * 3. Precision and recall per category of what is hidden, against the `clutter` labels of
 *    tests/fixtures/pages/<slug>/expected.json (every category switched on). A label with a `selector`
 *    matches a hit on that element, inside it or around it; one without is matched by its words.
 *
 * Run: npm run clutter-report [-- --list] [--json out.json]
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../src/core/analyze';
import { ALL_CLUTTER_CATEGORIES, detectClutter, type DetectedClutter } from '../src/core/clutter';
import { parseDocument } from '../src/cli/dom';
import { loadFixtures } from './lib/fixtures';

const CORPUS = resolve(process.env.SIDENOTE_CORPUS ?? '../shared/corpus');
const READABILITY_URL = 'http://fakehost/test/page.html';
/** Sentences shorter than this are too generic ("Share.") to prove anything. */
const MIN_SENTENCE = 25;
/** Share of a label's words a hit's text must hold to match it, for labels without a selector. */
const WORD_MATCH = 0.6;

interface Page {
  id: string;
  kind: 'readability' | 'aeb';
  file: string;
  url: string;
  truth: string;
}

function pages(): Page[] {
  const out: Page[] = [];
  const rdir = join(CORPUS, 'readability/test-pages');
  for (const slug of readdirSync(rdir).sort()) {
    const file = join(rdir, slug, 'source.html');
    const expected = join(rdir, slug, 'expected.html');
    if (!existsSync(file) || !existsSync(expected)) continue;
    const { document } = parseHTML(`<html><body>${readFileSync(expected, 'utf8')}</body></html>`);
    out.push({ id: `readability/${slug}`, kind: 'readability', file, url: READABILITY_URL, truth: blockText(document.body as unknown as Element) });
  }
  const truth = JSON.parse(readFileSync(join(CORPUS, 'aeb/ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  for (const [id, gt] of Object.entries(truth).sort()) {
    const file = join(CORPUS, 'aeb/html', `${id}.html`);
    if (existsSync(file)) out.push({ id: `aeb/${id}`, kind: 'aeb', file, url: gt.url, truth: gt.articleBody ?? '' });
  }
  return out;
}

/** Text with a newline after each block, so sentences never run across paragraphs. */
function blockText(root: Element): string {
  for (const el of Array.from(root.querySelectorAll('p, div, li, h1, h2, h3, h4, h5, h6, blockquote, br, td, figcaption, pre'))) {
    el.after(root.ownerDocument.createTextNode('\n'));
  }
  return root.textContent ?? '';
}

const norm = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'").trim();

function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?]["'”’]?)\s+(?=["'“‘]?[\p{Lu}\d])/u)
    .map(norm)
    .filter((s) => s.length >= MIN_SENTENCE);
}

/** The benchmark's per-page shares: multisets of token 4-grams, tp/fp/fn as counts. */
function shingleCounts(predicted: string, truth: string): { tp: number; fp: number; fn: number } {
  const grams = (text: string): Map<string, number> => {
    const tokens = text.match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];
    const out = new Map<string, number>();
    const n = Math.max(1, tokens.length - 3);
    for (let i = 0; i < n; i++) {
      const g = tokens.slice(i, i + 4).join(' ');
      if (g) out.set(g, (out.get(g) ?? 0) + 1);
    }
    return out;
  };
  const p = grams(predicted);
  const t = grams(truth);
  let tp = 0;
  for (const [g, c] of p) tp += Math.min(c, t.get(g) ?? 0);
  const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  return { tp, fp: sum(p) - tp, fn: sum(t) - tp };
}

/** Mean per-page precision and recall, and their F1 (README metric). */
class Bench {
  private p: number[] = [];
  private r: number[] = [];
  add(predicted: string, truth: string): void {
    const { tp, fp, fn } = shingleCounts(predicted, truth);
    this.p.push(tp + fp > 0 ? tp / (tp + fp) : 0);
    this.r.push(tp + fn > 0 ? tp / (tp + fn) : 0);
  }
  toString(): string {
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const P = mean(this.p);
    const R = mean(this.r);
    return `P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${((2 * P * R) / (P + R || 1)).toFixed(3)} (${this.p.length} pages)`;
  }
}

const args = process.argv.slice(2);
const list = args.includes('--list');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;

// ---- 1 and 2: corpus-wide safety and the benchmark ----
const lost = { readability: 0, aeb: 0 };
const checked = { readability: 0, aeb: 0 };
let insideClutter = 0;
let ms = 0;
const sidenote = new Bench();
const plain = new Bench();
const rows: Array<{ id: string; lost: string[]; inside: string[]; clutter: Array<{ category: string; tag: string; text: string }> }> = [];

for (const page of pages()) {
  const html = readFileSync(page.file, 'utf8');
  const truth = sentences(page.truth);
  checked[page.kind] += truth.length;
  const raw = norm(analyzeDocument(parseDocument(html, page.url), { url: page.url, clutterCategories: [] }).analysis.text);
  const t0 = performance.now();
  const hits = detectClutter(parseDocument(html, page.url), ALL_CLUTTER_CATEGORIES);
  ms += performance.now() - t0;
  const clean = norm(analyzeDocument(parseDocument(html, page.url), { url: page.url, clutterCategories: ALL_CLUTTER_CATEGORIES }).analysis.text);
  const pageLost = truth.filter((s) => raw.includes(s) && !clean.includes(s));
  const removed = hits.map((h) => norm(h.element.textContent ?? '')).join('\n');
  const pageInside = truth.filter((s) => removed.includes(s));
  lost[page.kind] += pageLost.length;
  insideClutter += pageInside.length;
  if (page.kind === 'aeb') {
    sidenote.add(analyzeDocument(parseDocument(html, page.url), { url: page.url }).analysis.text, page.truth);
    const parsed = new Readability(parseDocument(html, page.url)).parse();
    plain.add(parsed?.textContent ?? '', page.truth);
  }
  const clutter = hits.map((h) => ({ category: h.category, tag: h.element.tagName.toLowerCase(), text: h.text.slice(0, 120) }));
  rows.push({ id: page.id, lost: pageLost, inside: pageInside, clutter });
  if (pageLost.length || pageInside.length) console.log(`LOST ${page.id}:`, pageLost, pageInside);
  if (list) for (const c of clutter) console.log(`${page.id}\t${c.category}\t<${c.tag}>\t${c.text}`);
}

console.log(`corpus pages ${rows.length}; detectClutter ${(ms / rows.length).toFixed(2)} ms/page on average`);
console.log(`lost sentences of readability expected.html: ${lost.readability} of ${checked.readability}`);
console.log(`lost sentences of aeb articleBody: ${lost.aeb} of ${checked.aeb}`);
console.log(`truth sentences inside removed elements: ${insideClutter}`);
console.log(`aeb benchmark, Sidenote text (default clutter removal): ${sidenote}`);
console.log(`aeb benchmark, plain Readability textContent (same run): ${plain}`);

// ---- 3: precision and recall per category on the labelled fixtures ----
interface Label { category: string; text: string; selector?: string }
const words = (s: string): string[] => norm(s).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function matches(label: Label, hit: DetectedClutter, doc: Document): boolean {
  if (label.selector) {
    return Array.from(doc.querySelectorAll(label.selector)).some((e) => e === hit.element || e.contains(hit.element) || hit.element.contains(e));
  }
  const have = new Set(words(hit.text));
  const want = words(label.text);
  return want.length > 0 && want.filter((w) => have.has(w)).length / want.length >= WORD_MATCH;
}

const score = new Map<string, { tp: number; fp: number; fn: number }>(ALL_CLUTTER_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
let labelledPages = 0;
for (const fx of loadFixtures(undefined, { includeClutterOnly: true })) {
  if (!fx.clutter) continue;
  labelledPages++;
  const labels = fx.clutter as Label[];
  const doc = parseDocument(readFileSync(fx.file, 'utf8'), fx.url ?? READABILITY_URL);
  const hits = detectClutter(doc, ALL_CLUTTER_CATEGORIES);
  const found = new Set<Label>();
  for (const hit of hits) {
    const label = labels.find((l) => l.category === hit.category && !found.has(l) && matches(l, hit, doc));
    if (label) found.add(label);
    score.get(hit.category)![label ? 'tp' : 'fp']++;
    if (!label) console.log(`  FP ${fx.slug} ${hit.category}: ${hit.text.slice(0, 90)}`);
  }
  for (const l of labels.filter((x) => !found.has(x))) {
    score.get(l.category)!.fn++;
    console.log(`  FN ${fx.slug} ${l.category}: ${l.text.slice(0, 90)}`);
  }
}
console.log(`labelled pages: ${labelledPages} (every category on)`);
for (const [c, s] of score) {
  const p = s.tp + s.fp ? (s.tp / (s.tp + s.fp)).toFixed(2) : '—';
  const r = s.tp + s.fn ? (s.tp / (s.tp + s.fn)).toFixed(2) : '—';
  console.log(`  ${c.padEnd(12)} precision ${p} recall ${r} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 2));
