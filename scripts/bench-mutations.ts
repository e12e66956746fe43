/**
 * `npm run bench` (all-sites clutter mode): the cost of Sidenote's clutter observer on a page that makes
 * 10,000 DOM mutations, as a ratio to the same page without it, measured in the same run.
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
 *
 * Fairness: both arms run in one browser with the mode switched on once before the first round
 * (toggling the setting between rounds made the "with" round always follow a storage write and a
 * content-script registration). The "without" page is the same page served under `localhost`, where the
 * e2e build has no host permission, so the all-sites script is not injected there (checked: such a
 * page never records a pass). Rounds rotate the order of the arms, every page starts its workload at
 * the same time after navigation, and the "with" page only once the hider's load-time pass is over.
 * Besides wall time, the renderer main thread's CPU time (CDP Performance.getMetrics ThreadTime) over
 * the workload and the settle time after it is reported: the machine is shared and wall time swings
 * with other processes, CPU time much less.
 * Usage: tsx scripts/bench-mutations.ts [--rounds N] [--dist dist-e2e]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, type Launched } from '../tests/e2e/harness/browser';
import { startServer, type PageServer } from '../tests/e2e/harness/server';
import { patchSettings, registeredScripts, resetSettings } from '../tests/e2e/clutter-harness';
import { ROOT } from './lib/fixtures';
import { mutationWorkload, type WorkloadArgs } from './lib/mutation-workload';
import { median, percentile } from './lib/stats';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const ROUNDS = Number(arg('--rounds') ?? 7);
/** The extension build to measure (a copy of dist-e2e lets one bisect without touching the shared one). */
const DIST = (arg('--dist') ?? 'dist-e2e') as 'dist-e2e';
const TASKS = 100;
const PER_TASK = 100;
/** Time left after the workload for observer passes still pending (its pacing is 250 ms). */
const SETTLE_MS = Number(arg('--settle') ?? 1_000);
/** Every page starts its workload this long after navigation (the hider's load pass is long over). */
const START_AT_MS = 700;
const PAGE = '/pages/seed-cbs/';
/** How long after load the idle-time rescans are counted (the first start timer fires at 2 s). */
const RESCAN_WINDOW_MS = 4_000;
const OUT_DIR = join(ROOT, 'bench');
const PASS = 'sidenote:clutter-pass';

type Arm = 'off' | 'on' | 'noop';

interface Round {
  /** Wall ms of the workload plus observer passes that end after it. */
  ms: number;
  /** Renderer main-thread CPU ms over the workload and the settle time after it. */
  cpuMs: number;
  /** The same over the workload alone (what each mutation costs, without the mode's timers after it). */
  cpuWorkMs: number;
  passes: number;
  passMs: number;
  /** Passes (and their ms) from the end of the workload to RESCAN_WINDOW_MS after load: the idle rescans. */
  laterPasses: number;
  laterMs: number;
}

async function threadTime(cdp: { send(m: 'Performance.getMetrics'): Promise<{ metrics: { name: string; value: number }[] }> }): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return 1000 * (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN);
}

async function round(b: Launched, server: PageServer, arm: Arm): Promise<Round> {
  const url = arm === 'on' ? server.url(PAGE) : server.url(PAGE).replace('//127.0.0.1:', '//localhost:');
  const page: Page = await b.context.newPage();
  try {
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'load' });
    if (arm === 'on') await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, PASS, { timeout: 5_000 });
    await page.waitForFunction((t) => performance.now() > t, START_AT_MS, { polling: 10 });
    const passesNow = () => page.evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), PASS);
    const before = await passesNow();
    const cpu0 = await threadTime(cdp);
    const w = await page.evaluate(mutationWorkload, { tasks: TASKS, perTask: PER_TASK, observer: arm === 'noop' ? 'subtree' : 'none' } satisfies WorkloadArgs);
    const cpuWorkMs = (await threadTime(cdp)) - cpu0;
    await page.waitForTimeout(SETTLE_MS);
    const cpuMs = (await threadTime(cdp)) - cpu0;
    const late = await page.evaluate(
      ([name, end]) => performance.getEntriesByName(name).filter((e) => e.startTime + e.duration > end).reduce((t, e) => t + e.duration, 0),
      [PASS, w.end] as const,
    );
    const during = (await passesNow()).slice(before.length);
    if (arm !== 'on' && before.length + during.length > 0) throw new Error(`the all-sites script ran on ${url}`);
    if (arm === 'on') await page.waitForFunction((t) => performance.now() > t, RESCAN_WINDOW_MS, { timeout: RESCAN_WINDOW_MS * 2 });
    const later = (await passesNow()).slice(before.length + during.length);
    return {
      ms: w.end - w.start + late,
      cpuMs,
      cpuWorkMs,
      passes: during.length,
      passMs: during.reduce((t, d) => t + d, 0),
      laterPasses: later.length,
      laterMs: later.reduce((t, d) => t + d, 0),
    };
  } finally {
    await page.close();
  }
}

async function waitRegistered(l: Launched, want: boolean): Promise<void> {
  for (let i = 0; i < 100 && (await registeredScripts(l)).length > 0 !== want; i++) await new Promise((r) => setTimeout(r, 50));
  if ((await registeredScripts(l)).length > 0 !== want) throw new Error(`auto-clutter script ${want ? 'not registered' : 'still registered'}`);
}

const server = await startServer();
const b = await launch(DIST);
const runs: Record<Arm, Round[]> = { off: [], on: [], noop: [] };
try {
  await resetSettings(b);
  await patchSettings(b, { autoClutter: true });
  await waitRegistered(b, true);
  const arms: Arm[] = ['off', 'on', 'noop'];
  // One warm-up page per arm, not counted: the first page of a fresh browser is slower.
  for (const arm of arms) await round(b, server, arm);
  for (let r = 0; r < ROUNDS; r++) {
    // Rotate the order so each arm runs first, second and third equally often.
    for (let i = 0; i < arms.length; i++) {
      const arm = arms[(i + r) % arms.length]!;
      runs[arm].push(await round(b, server, arm));
    }
  }
} finally {
  await resetSettings(b).catch(() => undefined);
  await b.close();
  await server.close();
}

const ms = (a: Arm) => runs[a].map((x) => x.ms);
const cpu = (a: Arm) => runs[a].map((x) => x.cpuMs);
const cpuWork = (a: Arm) => runs[a].map((x) => x.cpuWorkMs);
/** Median of the per-round ratios on ÷ off (each round's two pages ran next to each other). */
const pairedRatio = (f: (a: Arm) => number[], a: Arm) => median(f(a).map((x, i) => x / f('off')[i]!)) - 1;
const spread = (xs: number[]) => ({ p25: percentile(xs, 25), p50: median(xs), p75: percentile(xs, 75) });
const on = runs.on;
const result = {
  mutations: TASKS * PER_TASK,
  rounds: ROUNDS,
  withoutObserverMs: median(ms('off')),
  withObserverMs: median(ms('on')),
  overhead: median(ms('on')) / median(ms('off')) - 1,
  pairedOverhead: pairedRatio(ms, 'on'),
  cpu: { withoutMs: median(cpu('off')), withMs: median(cpu('on')), overhead: median(cpu('on')) / median(cpu('off')) - 1, pairedOverhead: pairedRatio(cpu, 'on') },
  cpuWorkload: { withoutMs: median(cpuWork('off')), withMs: median(cpuWork('on')), overhead: median(cpuWork('on')) / median(cpuWork('off')) - 1, pairedOverhead: pairedRatio(cpuWork, 'on') },
  noopObserverMs: median(ms('noop')),
  noopObserverOverhead: median(ms('noop')) / median(ms('off')) - 1,
  observerPassesMax: Math.max(...on.map((x) => x.passes)),
  /** Of the added time, what the observer's detection passes took (the rest: its callbacks, the records). */
  observerPassMs: median(on.map((x) => x.passMs)),
  /** Not mutation-driven: passes from the workload's end to RESCAN_WINDOW_MS after load, and their ms. */
  idleRescans: { windowMs: RESCAN_WINDOW_MS, count: median(on.map((x) => x.laterPasses)), ms: median(on.map((x) => x.laterMs)) },
  spread: { off: spread(ms('off')), on: spread(ms('on')), cpuOff: spread(cpu('off')), cpuOn: spread(cpu('on')) },
  samples: { off: ms('off'), on: ms('on'), noop: ms('noop'), cpuOff: cpu('off'), cpuOn: cpu('on'), cpuNoop: cpu('noop') },
};
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const row = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(' ');
const md = [
  `All-sites clutter mode, headless Chromium: a page making ${result.mutations} DOM mutations (${TASKS} tasks), median of ${ROUNDS} interleaved rounds (one browser, mode on; the page without it is served where the mode has no access).`,
  '',
  `| | without (ms) | with Sidenote's observer (ms) | overhead (medians) | overhead (median of paired ratios) | goal |`,
  `|---|---|---|---|---|---|`,
  `| wall time | ${result.withoutObserverMs.toFixed(1)} | ${result.withObserverMs.toFixed(1)} | ${pct(result.overhead)} | ${pct(result.pairedOverhead)} | ≤ 2% |`,
  `| renderer CPU, workload + ${SETTLE_MS} ms after | ${result.cpu.withoutMs.toFixed(1)} | ${result.cpu.withMs.toFixed(1)} | ${pct(result.cpu.overhead)} | ${pct(result.cpu.pairedOverhead)} | ≤ 2% |`,
  `| renderer CPU, workload only | ${result.cpuWorkload.withoutMs.toFixed(1)} | ${result.cpuWorkload.withMs.toFixed(1)} | ${pct(result.cpuWorkload.overhead)} | ${pct(result.cpuWorkload.pairedOverhead)} | ≤ 2% |`,
  '',
  `Observer passes per page: ${result.observerPassesMax} taking ${result.observerPassMs.toFixed(1)} ms (median). ` +
    `A no-op subtree observer instead: ${result.noopObserverMs.toFixed(1)} ms (${pct(result.noopObserverOverhead)}).`,
  '',
  `Wall samples (ms) without: ${row(ms('off'))}; with: ${row(ms('on'))}.`,
  `CPU samples (ms) without: ${row(cpu('off'))}; with: ${row(cpu('on'))}.`,
  `Idle-time rescans (driven by start timers and reader input, not by mutations) in the first ${RESCAN_WINDOW_MS / 1000} s after load: ` +
    `${result.idleRescans.count} taking ${result.idleRescans.ms.toFixed(1)} ms in all (median per page).`,
].join('\n');
console.log(md);
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(join(OUT_DIR, 'results-mutations.json'), JSON.stringify(result, null, 2) + '\n');
writeFileSync(join(OUT_DIR, 'results-mutations.md'), md + '\n');
console.log('\nwrote bench/results-mutations.json, bench/results-mutations.md');
