/**
 * `npm run eval`: scores the CLI's output against the hand-labelled fixture pages and prints, per page
 * and in total, quote precision/recall, speaker accuracy (surname and full name), source and copyright
 * precision/recall, and every miss with its context. `--json <file>` also writes the figures.
 * Usage: tsx scripts/eval.ts [--json out.json] [--only <slug-substring>] [--quiet]
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFixtures, ROOT, type Labels } from './lib/fixtures';
import { coverage, gramPool, matchOneToOne, normName, QUOTE_THRESHOLD, sameNote, sameSource, surname } from './lib/score';

interface Predicted {
  file: string;
  quotes: { text: string; speaker: string | null; role: string | null; kind: string; paragraph: number }[];
  sources: { name: string; kind: string; evidence: string }[];
  copyright: { text: string; origin: string }[];
}

interface Tally {
  quotePred: number; quoteCorrect: number; quoteGold: number; quoteFound: number;
  speakerSurname: number; speakerFull: number; speakerTotal: number;
  srcPred: number; srcGold: number; srcMatched: number;
  cpPred: number; cpGold: number; cpMatched: number;
}

const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const quiet = args.includes('--quiet');

const zero = (): Tally => ({ quotePred: 0, quoteCorrect: 0, quoteGold: 0, quoteFound: 0, speakerSurname: 0, speakerFull: 0, speakerTotal: 0, srcPred: 0, srcGold: 0, srcMatched: 0, cpPred: 0, cpGold: 0, cpMatched: 0 });
const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
const fmt = (x: number | null): string => (x === null ? '  –  ' : x.toFixed(3));

/** Runs the built CLI once over every page (one JSON object per line). */
function runCli(pages: Labels[]): Map<string, Predicted> {
  const out = new Map<string, Predicted>();
  // One process per page keeps each page's --url (labels carry the page's real address).
  for (const p of pages) {
    const argv = [join(ROOT, 'bin/sidenote.mjs'), 'analyze', p.file, ...(p.url ? ['--url', p.url] : [])];
    const stdout = execFileSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 64 << 20 });
    out.set(p.slug, JSON.parse(stdout) as Predicted);
  }
  return out;
}

/** Pronouns and other words that never identify a speaker on their own, whatever the aliases list. */
const NOT_A_NAME = new Set(['he', 'she', 'it', 'they', 'him', 'her', 'them', 'we', 'i', 'you', 'er', 'sie', 'es', 'il', 'elle', 'ils', 'elles', 'on', 'él', 'ella', 'ellos', 'ellas', '他', '她', '그', '그녀']);

/**
 * Whether the predicted speaker names the labelled one: [surname match, full-name match].
 * Full name: the labelled speaker exactly. Surname: the labelled speaker's last word among the
 * prediction's words, or one of the article's other names for them (aliases) — but never a bare pronoun,
 * which names no one (the issue asks for pronouns resolved to the person).
 */
function speakerMatch(pred: string | null, gold: { speaker: string | null; aliases?: string[] }): [boolean, boolean] {
  if (gold.speaker === null) return [pred === null, pred === null];
  if (!pred) return [false, false];
  const p = normName(pred);
  if (NOT_A_NAME.has(p)) return [false, false];
  const full = p === normName(gold.speaker);
  const alias = (gold.aliases ?? []).some((n) => normName(n) === p);
  const sur = full || alias || p.split(' ').includes(surname(gold.speaker));
  return [sur, full];
}

function scorePage(gold: Labels, pred: Predicted, misses: string[]): Tally {
  const t = zero();
  const goldPool = gramPool(gold.quotes.map((q) => q.text));
  const predPool = gramPool(pred.quotes.map((q) => q.text));
  t.quotePred = pred.quotes.length;
  t.quoteGold = gold.quotes.length;
  for (const q of pred.quotes) {
    if (coverage(q.text, goldPool.set, goldPool.text) >= QUOTE_THRESHOLD) t.quoteCorrect++;
    else misses.push(`  false quote  p${q.paragraph}: “${q.text.slice(0, 110)}” — ${q.speaker ?? 'null'}`);
  }
  for (const g of gold.quotes) {
    if (coverage(g.text, predPool.set, predPool.text) < QUOTE_THRESHOLD) {
      misses.push(`  missed quote p${g.paragraph ?? '?'}: “${g.text.slice(0, 110)}” — ${g.speaker ?? 'null'}`);
      continue;
    }
    t.quoteFound++;
    // The prediction that covers this labelled quote best carries the speaker.
    let best = -1;
    let bestCov = 0;
    const gPool = gramPool([g.text]);
    pred.quotes.forEach((p, i) => {
      const c = coverage(p.text, gPool.set, gPool.text);
      if (c > bestCov) [best, bestCov] = [i, c];
    });
    const p = pred.quotes[best];
    if (!p) continue;
    t.speakerTotal++;
    const [sur, full] = speakerMatch(p.speaker, g);
    if (sur) t.speakerSurname++;
    if (full) t.speakerFull++;
    if (!sur) misses.push(`  wrong speaker p${g.paragraph ?? '?'}: “${g.text.slice(0, 60)}” — got ${p.speaker ?? 'null'}, want ${g.speaker}`);
    else if (!full) misses.push(`  wrong full name p${g.paragraph ?? '?'}: “${g.text.slice(0, 60)}” — got ${p.speaker ?? 'null'}, want ${g.speaker}`);
  }
  t.srcPred = pred.sources.length;
  t.srcGold = gold.sources.length;
  const sp = matchOneToOne(pred.sources, gold.sources, (p, g) => sameSource(p.name, g.name));
  t.srcMatched = sp.length;
  const matchedGoldSrc = new Set(sp.map(([, j]) => j));
  const matchedPredSrc = new Set(sp.map(([i]) => i));
  gold.sources.forEach((g, j) => matchedGoldSrc.has(j) || misses.push(`  missed source: ${g.name} (${g.kind}) — ${g.evidence ?? ''}`.slice(0, 160)));
  pred.sources.forEach((p, i) => matchedPredSrc.has(i) || misses.push(`  extra source: ${p.name} (${p.kind}) — ${p.evidence}`.slice(0, 160)));
  t.cpPred = pred.copyright.length;
  t.cpGold = gold.copyright.length;
  const cp = matchOneToOne(pred.copyright, gold.copyright, (p, g) => sameNote(p.text, g.text));
  t.cpMatched = cp.length;
  const matchedGoldCp = new Set(cp.map(([, j]) => j));
  const matchedPredCp = new Set(cp.map(([i]) => i));
  gold.copyright.forEach((g, j) => matchedGoldCp.has(j) || misses.push(`  missed copyright (${g.origin}): ${g.text}`.slice(0, 160)));
  pred.copyright.forEach((p, i) => matchedPredCp.has(i) || misses.push(`  extra copyright (${p.origin}): ${p.text}`.slice(0, 160)));
  return t;
}

function add(a: Tally, b: Tally): void {
  for (const k of Object.keys(a) as (keyof Tally)[]) a[k] += b[k];
}

function figures(t: Tally) {
  return {
    quotePrecision: ratio(t.quoteCorrect, t.quotePred),
    quoteRecall: ratio(t.quoteFound, t.quoteGold),
    speakerSurname: ratio(t.speakerSurname, t.speakerTotal),
    speakerFull: ratio(t.speakerFull, t.speakerTotal),
    sourcePrecision: ratio(t.srcMatched, t.srcPred),
    sourceRecall: ratio(t.srcMatched, t.srcGold),
    copyrightPrecision: ratio(t.cpMatched, t.cpPred),
    copyrightRecall: ratio(t.cpMatched, t.cpGold),
  };
}

const pages = loadFixtures(only ? (s) => s.includes(only) : undefined);
const predictions = runCli(pages);
const total = zero();
const byLang = new Map<string, Tally>();
const perPage: Record<string, ReturnType<typeof figures> & { counts: Tally }> = {};
console.log('page                          quoteP  quoteR  spkSur  spkFull srcP    srcR    copyP   copyR   (pred/gold quotes)');
for (const page of pages) {
  const misses: string[] = [];
  const t = scorePage(page, predictions.get(page.slug)!, misses);
  add(total, t);
  const lang = (page.lang ?? '?').slice(0, 2).toLowerCase();
  if (!byLang.has(lang)) byLang.set(lang, zero());
  add(byLang.get(lang)!, t);
  const f = figures(t);
  perPage[page.slug] = { ...f, counts: t };
  console.log(`${page.slug.padEnd(30).slice(0, 30)}${[f.quotePrecision, f.quoteRecall, f.speakerSurname, f.speakerFull, f.sourcePrecision, f.sourceRecall, f.copyrightPrecision, f.copyrightRecall].map(fmt).join('   ')}   (${t.quotePred}/${t.quoteGold})`);
  if (!quiet) for (const m of misses) console.log(m);
}
const f = figures(total);
console.log('\nTOTAL over', pages.length, 'pages,', total.quoteGold, 'labelled quotes,', total.quotePred, 'predicted');
for (const [k, v] of Object.entries(f)) console.log(`  ${k.padEnd(20)} ${fmt(v)}`);
console.log('\nBy language (quote P / R / speaker surname):');
for (const [lang, t] of [...byLang].sort()) {
  const g = figures(t);
  console.log(`  ${lang}: ${fmt(g.quotePrecision)} / ${fmt(g.quoteRecall)} / ${fmt(g.speakerSurname)}   (${t.quoteGold} labelled quotes)`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ total: f, counts: total, byLanguage: Object.fromEntries([...byLang].map(([l, t]) => [l, figures(t)])), perPage }, null, 2) + '\n');
