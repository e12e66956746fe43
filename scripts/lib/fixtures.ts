/** Loads the labelled fixture pages (tests/fixtures/pages/<slug>/expected.json) and their HTML paths. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'tests/fixtures/pages');
export const CORPUS = resolve(ROOT, '../shared/corpus');

export interface LabelledQuote {
  text: string;
  speaker: string | null;
  aliases?: string[];
  role?: string | null;
  kind: 'full' | 'partial';
  paragraph?: number;
}

export interface Labels {
  slug: string;
  file: string;
  url?: string;
  lang?: string;
  quotes: LabelledQuote[];
  sources: { name: string; kind: string; evidence?: string }[];
  copyright: { text: string; origin: string }[];
  clutter?: { category: string; text: string }[];
  /** Labelled for clutter only (`"clutterOnly": true`): its empty quote lists mean "not labelled", not "none". */
  clutterOnly?: boolean;
}

export interface LoadOptions {
  /** Include clutter-only pages; off by default, so quote/source/copyright scoring never sees them. */
  includeClutterOnly?: boolean;
}

/**
 * Every labelled page, sorted by slug. Pages whose HTML is missing are skipped with a warning;
 * clutter-only pages are skipped unless options.includeClutterOnly is set.
 */
export function loadFixtures(filter?: (slug: string) => boolean, options: LoadOptions = {}): Labels[] {
  const out: Labels[] = [];
  for (const slug of readdirSync(FIXTURES).sort()) {
    if (filter && !filter(slug)) continue;
    const dir = join(FIXTURES, slug);
    const expectedPath = join(dir, 'expected.json');
    if (!existsSync(expectedPath)) continue;
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
    const clutterOnly = expected.clutterOnly === true;
    if (clutterOnly && !options.includeClutterOnly) continue;
    const file = expected.corpus ? join(CORPUS, expected.corpus) : join(dir, 'source.html');
    if (!existsSync(file)) {
      console.warn(`skip ${slug}: ${file} not found`);
      continue;
    }
    out.push({ slug, file, url: expected.url, lang: expected.lang, quotes: expected.quotes ?? [], sources: expected.sources ?? [], copyright: expected.copyright ?? [], clutter: expected.clutter, clutterOnly });
  }
  return out;
}

/** Absolute paths of every page in the shared corpus (both collections). */
export function corpusPages(): string[] {
  const rdb = join(CORPUS, 'readability/test-pages');
  const aeb = join(CORPUS, 'aeb/html');
  return [
    ...readdirSync(rdb).map((d) => join(rdb, d, 'source.html')),
    ...readdirSync(aeb).filter((f) => f.endsWith('.html')).map((f) => join(aeb, f)),
  ];
}
