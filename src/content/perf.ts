/**
 * Benchmark hooks. In the e2e build only, Sidenote records its stages as User Timing measures
 * (`sidenote:*`) that `npm run bench` reads from the page; the shipped build compiles this to nothing.
 */
import type { Timings } from '../core/analyze';

/** Records a stage that started at `start` (performance.now()) and ends now. */
export function measureSince(name: string, start: number): void {
  if (__E2E__) performance.measure(`sidenote:${name}`, { start, end: performance.now() });
}

/** Records the pipeline's own stage timings. */
export function measureTimings(t: Timings): void {
  if (!__E2E__) return;
  const end = performance.now();
  performance.measure('sidenote:readability', { start: end - t.readability, duration: t.readability });
  performance.measure('sidenote:extractors', { start: end - t.extractors, duration: t.extractors });
  performance.measure('sidenote:clutter-in-clone', { start: end - t.clutter, duration: t.clutter });
}
