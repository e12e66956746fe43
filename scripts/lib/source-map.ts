/**
 * Just enough of the source map v3 format to answer "which source file produced this generated
 * position?" (used to attribute linter findings, and bench-size's bytes, to our code or to a library).
 */
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export interface RawSourceMap {
  sources: string[];
  mappings: string;
}

/** Decodes one segment's base64 VLQ fields. */
export function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let shift = 0;
  let value = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * The source path for generated (line, column): line 1-based, column 0-based, as ESLint-style tools
 * report lines. Null when that position has no mapping.
 */
export function sourceAt(map: RawSourceMap, line: number, column: number): string | null {
  const lines = map.mappings.split(';');
  let source = 0;
  let found: number | null = null;
  for (let l = 0; l < line && l < lines.length; l++) {
    let col = 0;
    for (const seg of lines[l]!.split(',').filter(Boolean)) {
      const [dCol, dSource] = decodeSegment(seg);
      col += dCol ?? 0;
      if (dSource !== undefined) source += dSource;
      // Source indices carry across lines; only the target line's segments pick the answer.
      if (l === line - 1 && col <= column && dSource !== undefined) found = source;
    }
  }
  return found === null ? null : (map.sources[found] ?? null);
}
