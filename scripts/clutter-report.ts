/**
 * Clutter safety report on the shared corpus: for every page, runs analyzeDocument with clutter removal
 * off and on, and counts ground-truth sentences (readability expected.html, aeb articleBody) that are
 * in the output without removal but missing with it. Also counts truth sentences found inside any
 * removed element, and lists what was found where.
 *
 * Run: npx tsx scripts/clutter-report.ts [--list] [--json out.json]
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../src/core/analyze';
import { ALL_CLUTTER_CATEGORIES, detectClutter } from '../src/core/clutter';
import { parseDocument } from '../src/cli/dom';

const CORPUS = resolve(process.env.SIDENOTE_CORPUS ?? '../shared/corpus');
const READABILITY_URL = 'http://fakehost/test/page.html';
/** Sentences shorter than this are too generic ("Share.") to prove anything. */
const MIN_SENTENCE = 25;

interface Page {
  id: string;
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
    out.push({ id: `readability/${slug}`, file, url: READABILITY_URL, truth: blockText(document.body as unknown as Element) });
  }
  const truth = JSON.parse(readFileSync(join(CORPUS, 'aeb/ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  for (const [id, gt] of Object.entries(truth).sort()) {
    const file = join(CORPUS, 'aeb/html', `${id}.html`);
    if (existsSync(file)) out.push({ id: `aeb/${id}`, file, url: gt.url, truth: gt.articleBody ?? '' });
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

const args = process.argv.slice(2);
const list = args.includes('--list');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;

let lost = 0;
let insideClutter = 0;
let checked = 0;
let ms = 0;
let slowest = { id: '', ms: 0 };
const pagesWith = new Map<string, number>();
const rows: Array<{ id: string; lost: string[]; inside: string[]; clutter: Array<{ category: string; tag: string; text: string }> }> = [];

for (const page of pages()) {
  const html = readFileSync(page.file, 'utf8');
  const truth = sentences(page.truth);
  checked += truth.length;
  const raw = norm(analyzeDocument(parseDocument(html, page.url), { url: page.url, clutterCategories: [] }).analysis.text);
  const doc = parseDocument(html, page.url);
  const t0 = performance.now();
  const hits = detectClutter(doc, ALL_CLUTTER_CATEGORIES);
  const took = performance.now() - t0;
  ms += took;
  if (took > slowest.ms) slowest = { id: page.id, ms: took };
  const clean = norm(analyzeDocument(parseDocument(html, page.url), { url: page.url }).analysis.text);
  const pageLost = truth.filter((s) => raw.includes(s) && !clean.includes(s));
  const removed = hits.map((h) => norm(h.element.textContent ?? '')).join('\n');
  const pageInside = truth.filter((s) => removed.includes(s));
  lost += pageLost.length;
  insideClutter += pageInside.length;
  for (const c of new Set(hits.map((h) => h.category))) pagesWith.set(c, (pagesWith.get(c) ?? 0) + 1);
  const clutter = hits.map((h) => ({ category: h.category, tag: h.element.tagName.toLowerCase(), text: h.text.slice(0, 120) }));
  rows.push({ id: page.id, lost: pageLost, inside: pageInside, clutter });
  if (pageLost.length || pageInside.length) console.log(`LOST ${page.id}:`, pageLost, pageInside);
  if (list && hits.length) for (const c of clutter) console.log(`${page.id}\t${c.category}\t<${c.tag}>\t${c.text}`);
}

console.log(`pages ${rows.length}, truth sentences checked ${checked}`);
console.log(`sentences lost to clutter removal: ${lost}; truth sentences inside removed elements: ${insideClutter}`);
console.log(`pages with clutter found: ${rows.filter((r) => r.clutter.length).length}`);
for (const [c, n] of [...pagesWith].sort()) console.log(`  ${c}: ${n} pages, ${rows.reduce((k, r) => k + r.clutter.filter((x) => x.category === c).length, 0)} elements`);
console.log(`detectClutter time: ${(ms / rows.length).toFixed(2)} ms/page average, slowest ${slowest.ms.toFixed(1)} ms (${slowest.id})`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 2));
