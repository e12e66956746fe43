/**
 * What a MutationObserver alone costs on the 10,000-mutation workload of bench-mutations.ts, with no
 * extension loaded: none, one on the top-level children only (what the all-sites mode uses), one on the
 * whole subtree. Separates the observer's own price from the rest of the all-sites mode's overhead.
 * Usage: tsx scripts/bench-observer-cost.ts [--rounds N]
 */
import { chromium } from 'playwright-core';
import { median } from './lib/stats';

const args = process.argv.slice(2);
const ROUNDS = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 21;
const MODES = ['none', 'top-level', 'subtree'] as const;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new'] });
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><head></head><body><p>Page</p></body></html>');
  const run = (mode: string): Promise<number> =>
    page.evaluate(
      (m) =>
        new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => undefined);
          if (m === 'top-level') for (const el of [document.documentElement, document.head, document.body]) observer.observe(el, { childList: true });
          if (m === 'subtree') observer.observe(document.documentElement, { childList: true, subtree: true });
          const list = document.createElement('div');
          document.body.appendChild(list);
          const channel = new MessageChannel();
          let task = 0;
          const start = performance.now();
          channel.port1.onmessage = () => {
            for (let i = 0; i < 100; i++) {
              const item = document.createElement('div');
              item.textContent = `Item ${task * 100 + i}`;
              if (i % 2 === 0) list.appendChild(item);
              else list.firstChild?.remove();
            }
            if (++task < 100) channel.port2.postMessage(0);
            else setTimeout(() => { observer.disconnect(); list.remove(); resolve(performance.now() - start); }, 0);
          };
          channel.port2.postMessage(0);
        }),
      mode,
    );
  const times: Record<string, number[]> = Object.fromEntries(MODES.map((m) => [m, []]));
  // Interleaved, so drift in the machine's speed hits every mode alike.
  for (let r = 0; r < ROUNDS; r++) for (const m of MODES) times[m]!.push(await run(m));
  const base = median(times.none!);
  console.log(`10,000 mutations in 100 tasks, headless Chromium, median of ${ROUNDS} rounds:`);
  for (const m of MODES) console.log(`  ${m.padEnd(9)} ${median(times[m]!).toFixed(2)} ms  (${((median(times[m]!) / base - 1) * 100).toFixed(1)}%)`);
} finally {
  await browser.close();
}
