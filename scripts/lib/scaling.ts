/**
 * Time against input size for the core pipeline: the seed article's body repeated 1…32 times.
 * Reports the fitted exponent k in time ∝ size^k (1 = linear); `npm run bench` prints it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../src/core/analyze';
import { parseDocument } from '../../src/cli/dom';
import { FIXTURES } from './fixtures';
import { median } from './stats';

export interface ScalingPoint { copies: number; bytes: number; ms: number }

/** Measures the pipeline on growing pages; returns the points and the log-log slope. */
export function measureScaling(factors = [1, 2, 4, 8, 16, 32]): { points: ScalingPoint[]; exponent: number } {
  const seed = readFileSync(join(FIXTURES, 'seed-cbs/source.html'), 'utf8');
  const body = seed.match(/<article[\s\S]*<\/article>/)?.[0] ?? '';
  const points = factors.map((copies) => {
    const html = seed.replace(body, body.repeat(copies));
    const times: number[] = [];
    for (let i = 0; i < 4; i++) {
      const doc = parseDocument(html, 'https://example.com/a');
      const t = performance.now();
      analyzeDocument(doc);
      times.push(performance.now() - t);
    }
    return { copies, bytes: html.length, ms: median(times.slice(1)) };
  });
  const xs = points.map((p) => Math.log(p.bytes));
  const ys = points.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const exponent = xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  return { points, exponent };
}
