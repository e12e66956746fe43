/**
 * Benchmark hooks. In the e2e build only, Sidenote records its stages as User Timing measures
 * (`sidenote:*`) that `npm run bench` reads from the page; the shipped build compiles this to nothing.
 */
import type { Timings } from '../core/analyze';

/** Records a stage that started at `start` (performance.now()) and ends now. */
export function measureSince(name: string, start: number): void {
  if (__E2E__) performance.measure(`sidenote:${name}`, { start, end: performance.now() });
}

/** Records an instant (a mark) the benchmark splits a press at. */
export function markNow(name: string): void {
  if (__E2E__) performance.mark(`sidenote:${name}`);
}

/**
 * Records `sidenote:painted`, from `start` to the end of the first frame after the UI was rendered
 * (style, layout and paint of the reader and sidebar included): a task queued from the next animation
 * frame runs once that frame's rendering is done.
 */
export function measurePainted(start: number): void {
  if (!__E2E__) return;
  requestAnimationFrame(() => setTimeout(() => measureSince('painted', start), 0));
}

/** Records the pipeline's own stage timings. */
export function measureTimings(t: Timings): void {
  if (!__E2E__) return;
  const end = performance.now();
  performance.measure('sidenote:readability', { start: end - t.readability, duration: t.readability });
  performance.measure('sidenote:extractors', { start: end - t.extractors, duration: t.extractors });
  performance.measure('sidenote:clutter-in-clone', { start: end - t.clutter, duration: t.clutter });
}
