/**
 * What a MutationObserver alone costs on the 10,000-mutation workload of bench-mutations.ts
 * (scripts/lib/mutation-workload.ts), with no
 * extension loaded: none, one on the top-level children only (what the all-sites mode uses), one on the
 * whole subtree. Separates the observer's own price from the rest of the all-sites mode's overhead.
 * Usage: tsx scripts/bench-observer-cost.ts [--rounds N]
 */
import { chromium } from 'playwright-core';
import { mutationWorkload, type WorkloadObserver } from './lib/mutation-workload';
import { median } from './lib/stats';

const args = process.argv.slice(2);
const ROUNDS = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 21;
const MODES: WorkloadObserver[] = ['none', 'top-level', 'subtree'];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new'] });
try {
  /** One run on a fresh page, so no observer of an earlier run is still registered. */
  const run = async (observer: WorkloadObserver): Promise<number> => {
    const page = await browser.newPage();
    try {
      await page.setContent('<!doctype html><html><head></head><body><p>Page</p></body></html>');
      const { start, end } = await page.evaluate(mutationWorkload, { tasks: 100, perTask: 100, observer });
      return end - start;
    } finally {
      await page.close();
    }
  };
  const times: Record<string, number[]> = Object.fromEntries(MODES.map((m) => [m, []]));
  // Interleaved, so drift in the machine's speed hits every mode alike.
  for (let r = 0; r < ROUNDS; r++) for (const m of MODES) times[m]!.push(await run(m));
  const base = median(times.none!);
  console.log(`10,000 mutations in 100 tasks, headless Chromium, median of ${ROUNDS} rounds:`);
  for (const m of MODES) console.log(`  ${m.padEnd(9)} ${median(times[m]!).toFixed(2)} ms  (${((median(times[m]!) / base - 1) * 100).toFixed(1)}%)`);
} finally {
  await browser.close();
}
