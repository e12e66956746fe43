/**
 * `npm run bench` (all-sites clutter mode): the cost of Sidenote's clutter observer on a page that makes
 * 10,000 DOM mutations, as a ratio to the same page without it, measured in the same browser and run.
 * The workload runs in the page's own world: 100 tasks of 100 mutations each (append an item, drop an
 * old one; some items say "application", a word that sends the clutter pass to its text layer).
 * Elapsed time counts from the first task to the end of the last one, plus any observer pass that
 * finishes later (summed from the e2e build's per-pass measures). Goal: overhead ≤ 2%.
 * A third series installs a do-nothing subtree MutationObserver in the page instead: the cost a
 * subtree observer of these mutations pays (the browser queueing 10,000 records). The all-sites mode
 * does not observe the subtree (src/content/clutter-watch.ts): it watches the children of <html>,
 * <head> and <body> and rescans the page in idle time after start timers and reader input. Those
 * rescans do not depend on mutations, so they are reported apart: after the workload the page is kept
 * open until RESCAN_WINDOW_MS after load and every pass of that time is counted.
 * Usage: tsx scripts/bench-mutations.ts [--rounds N]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, type Launched } from '../tests/e2e/harness/browser';
import { startServer, type PageServer } from '../tests/e2e/harness/server';
import { patchSettings, registeredScripts, resetSettings } from '../tests/e2e/clutter-harness';
import { ROOT } from './lib/fixtures';
import { mutationWorkload, type WorkloadArgs } from './lib/mutation-workload';
import { median } from './lib/stats';

const args = process.argv.slice(2);
const ROUNDS = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 7;
const TASKS = 100;
const PER_TASK = 100;
/** Time left after the workload for observer passes still pending (its pacing is 250 ms). */
const SETTLE_MS = 1_000;
const PAGE = '/pages/seed-cbs/';
/** How long after load the idle-time rescans are counted (the first start timer fires at 2 s). */
const RESCAN_WINDOW_MS = 4_000;
const OUT_DIR = join(ROOT, 'bench');

/** Runs the workload in the page's main world; returns elapsed ms including observer passes after it. */
async function workload(page: Page, noopObserver: boolean): Promise<number> {
  const elapsed = await page.evaluate(mutationWorkload, { tasks: TASKS, perTask: PER_TASK, observer: noopObserver ? 'subtree' : 'none' } satisfies WorkloadArgs);
  await page.waitForTimeout(SETTLE_MS);
  const late = await page.evaluate(
    (end) => performance.getEntriesByName('sidenote:clutter-pass').filter((e) => e.startTime + e.duration > end).reduce((t, e) => t + e.duration, 0),
    elapsed.end,
  );
  return elapsed.end - elapsed.start + late;
}

interface Round {
  ms: number;
  passes: number;
  passMs: number;
  /** Passes (and their ms) from the end of the workload to RESCAN_WINDOW_MS after load: the idle rescans. */
  laterPasses: number;
  laterMs: number;
}

async function round(b: Launched, server: PageServer, noopObserver = false, waitForRescans = false): Promise<Round> {
  const page = await b.context.newPage();
  try {
    await page.goto(server.url(PAGE), { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const ms = await workload(page, noopObserver);
    const passesNow = () =>
      page.evaluate(() => performance.getEntriesByName('sidenote:clutter-pass').map((e) => e.duration));
    const during = await passesNow();
    if (waitForRescans) await page.waitForFunction((t) => performance.now() > t, RESCAN_WINDOW_MS, { timeout: RESCAN_WINDOW_MS * 2 });
    const later = (await passesNow()).slice(during.length);
    // The first pass is the whole-page one at load, before the workload starts.
    const passMs = during.slice(1).reduce((t, d) => t + d, 0);
    return { ms, passes: during.length, passMs, laterPasses: later.length, laterMs: later.reduce((t, d) => t + d, 0) };
  } finally {
    await page.close();
  }
}

const server = await startServer();
const b = await launch('dist-e2e');
const off: number[] = [];
const on: number[] = [];
const noop: number[] = [];
const passTimes: number[] = [];
const rescanCounts: number[] = [];
const rescanMs: number[] = [];
let passes = 0;
try {
  for (let r = 0; r < ROUNDS; r++) {
    // Alternate the two modes so drift in the machine's speed hits both alike.
    await resetSettings(b);
    await waitRegistered(b, false);
    off.push((await round(b, server)).ms);
    noop.push((await round(b, server, true)).ms);
    await patchSettings(b, { autoClutter: true });
    await waitRegistered(b, true);
    const withObserver = await round(b, server, false, true);
    on.push(withObserver.ms);
    rescanCounts.push(withObserver.laterPasses);
    rescanMs.push(withObserver.laterMs);
    passes = Math.max(passes, withObserver.passes);
    passTimes.push(withObserver.passMs);
  }
} finally {
  await resetSettings(b).catch(() => undefined);
  await b.close();
  await server.close();
}

async function waitRegistered(l: Launched, want: boolean): Promise<void> {
  for (let i = 0; i < 100 && (await registeredScripts(l)).length > 0 !== want; i++) await new Promise((r) => setTimeout(r, 50));
}

const result = {
  mutations: TASKS * PER_TASK,
  rounds: ROUNDS,
  withoutObserverMs: median(off),
  withObserverMs: median(on),
  overhead: median(on) / median(off) - 1,
  noopObserverMs: median(noop),
  noopObserverOverhead: median(noop) / median(off) - 1,
  observerPassesMax: passes,
  /** Of the added time, what the observer's detection passes took (the rest: its callbacks, the records). */
  observerPassMs: median(passTimes),
  /** Not mutation-driven: passes from the workload's end to RESCAN_WINDOW_MS after load, and their ms. */
  idleRescans: { windowMs: RESCAN_WINDOW_MS, count: median(rescanCounts), ms: median(rescanMs) },
  samples: { off, on, noop },
};
const md = [
  `All-sites clutter mode, headless Chromium: a page making ${result.mutations} DOM mutations (${TASKS} tasks), median of ${ROUNDS} rounds.`,
  '',
  `| without observer (ms) | with Sidenote's observer (ms) | overhead | observer passes | of which in passes (ms) | a no-op observer instead (ms) | its overhead |`,
  `|---|---|---|---|---|---|---|`,
  `| ${result.withoutObserverMs.toFixed(1)} | ${result.withObserverMs.toFixed(1)} | ${(100 * result.overhead).toFixed(1)}% (goal ≤ 2%) | ${passes} | ${result.observerPassMs.toFixed(1)} | ${result.noopObserverMs.toFixed(1)} | ${(100 * result.noopObserverOverhead).toFixed(1)}% |`,
  '',
  `Samples (ms) without: ${off.map((x) => x.toFixed(1)).join(' ')}; with: ${on.map((x) => x.toFixed(1)).join(' ')}.`,
  `Idle-time rescans (driven by start timers and reader input, not by mutations) in the first ${RESCAN_WINDOW_MS / 1000} s after load: ` +
    `${result.idleRescans.count} taking ${result.idleRescans.ms.toFixed(1)} ms in all (median per page).`,
].join('\n');
console.log(md);
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(join(OUT_DIR, 'results-mutations.json'), JSON.stringify(result, null, 2) + '\n');
writeFileSync(join(OUT_DIR, 'results-mutations.md'), md + '\n');
console.log('\nwrote bench/results-mutations.json, bench/results-mutations.md');
