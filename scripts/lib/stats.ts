/** Small statistics helpers for the benchmarks. */

/** The p-th percentile (nearest rank) of xs. */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export function median(xs: number[]): number {
  return percentile(xs, 50);
}

export interface Summary {
  p50: number;
  p95: number;
  max: number;
}

export function summarize(xs: number[]): Summary {
  return { p50: percentile(xs, 50), p95: percentile(xs, 95), max: xs.length ? Math.max(...xs) : NaN };
}
