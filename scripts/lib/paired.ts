/**
 * Paired A/B figures for the benchmarks: the same pages measured with two builds under the same load.
 * On a busy machine the medians of two separate runs drift by more than most changes are worth; the
 * median of per-page differences does not drift with the load, since both builds meet it together.
 */
import { median } from './stats';

/** One measure read from both builds' results for a page (NaN where a build does not record it). */
export type Pick<T> = (r: T) => number;

/**
 * A Markdown table: per measure, the median of each build, the median per-page difference (B − A),
 * the median per-page ratio B ÷ A, and on how many pages B was faster.
 */
export function pairedTable<T>(pairs: [T, T][], measures: [string, Pick<T>][], names: [string, string]): string {
  const rows = measures.map(([label, pick]) => {
    const both = pairs.map(([a, b]) => [pick(a), pick(b)] as const).filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b));
    const cell = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : '–');
    const faster = both.filter(([a, b]) => b < a).length;
    return `| ${label} | ${cell(median(both.map(([a]) => a)))} | ${cell(median(both.map(([, b]) => b)))} | ${cell(median(both.map(([a, b]) => b - a)))} | ${cell(median(both.filter(([a]) => a > 0).map(([a, b]) => b / a)))} | ${faster}/${both.length} |`;
  });
  return [
    `| measure (ms) | A: ${names[0]} | B: ${names[1]} | median of B − A | median of B ÷ A | B faster on |`,
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
