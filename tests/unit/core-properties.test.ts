/**
 * Property-based checks of src/core on random and mutated HTML: the pipeline never throws, always
 * returns the CLI schema, and is deterministic. (Its time against input size is measured by
 * `npm run bench`, not asserted here.)
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../src/core/analyze';
import { parseDocument } from '../../src/cli/dom';

const SEED = readFileSync(join(import.meta.dirname, '../fixtures/pages/seed-cbs/source.html'), 'utf8');
const TAGS = ['p', 'div', 'span', 'article', 'section', 'blockquote', 'li', 'ul', 'h1', 'h2', 'figure', 'figcaption', 'footer', 'nav', 'aside', 'a', 'b', 'q', 'script', 'style', 'table', 'td', 'iframe', 'svg', 'meta'];
const MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '「', '」', '©', '(c)', '—', '--', ' said ', ' according to ', '(CNN) --', 'All rights reserved', '&nbsp;', '&amp;', '<', '>'];

const text = fc.array(fc.oneof(fc.constantFrom(...MARKS), fc.string({ maxLength: 12 }), fc.constantFrom('Jane Doe', 'the group', 'he', 'Sessions', 'Reuters')), { maxLength: 12 }).map((xs) => xs.join(' '));
const attrs = fc.array(fc.tuple(fc.constantFrom('class', 'id', 'role', 'style', 'name', 'content', 'href', 'rel', 'data-src', 'aria-modal'), fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('app-banner', 'position:fixed', 'dialog', 'license', 'copyright', 'apple-itunes-app', 'javascript:alert(1)'))), { maxLength: 3 });
const node: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.tuple(fc.constantFrom(...TAGS), attrs, fc.array(tie('node'), { maxLength: 5 })).map(
      ([tag, as, kids]) => `<${tag}${as.map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`).join('')}>${kids.join('')}</${tag}>`,
    ),
  ),
})).node as fc.Arbitrary<string>;
const randomPage = fc.array(node, { maxLength: 8 }).map((kids) => `<!doctype html><html><head><title>t</title></head><body>${kids.join('')}</body></html>`);
/** The seed page with random cuts, duplications and insertions of raw characters. */
const mutatedSeed = fc.array(fc.tuple(fc.nat(SEED.length), fc.nat(200), fc.oneof(fc.constant(''), fc.constantFrom('<', '>', '</p>', '<div>', '"', '“', '<!--', ']]>', '<script>'), fc.string({ maxLength: 8 }))), { minLength: 1, maxLength: 6 }).map((edits) => {
  let s = SEED;
  for (const [at, len, insert] of edits) s = s.slice(0, at % (s.length + 1)) + insert + s.slice((at % (s.length + 1)) + len);
  return s;
});

function run(html: string) {
  const { analysis } = analyzeDocument(parseDocument(html, 'https://example.com/a'), { url: 'https://example.com/a' });
  return analysis;
}

function checkSchema(a: ReturnType<typeof run>): void {
  expect(Object.keys(a).sort()).toEqual(['byline', 'clutter', 'copyright', 'lang', 'published', 'quotes', 'siteName', 'sources', 'text', 'title', 'url', 'warnings'].sort());
  expect(typeof a.text).toBe('string');
  expect(typeof a.title).toBe('string');
  for (const q of a.quotes) {
    expect(typeof q.text).toBe('string');
    expect(q.speaker === null || typeof q.speaker === 'string').toBe(true);
    expect(q.role === null || typeof q.role === 'string').toBe(true);
    expect(['full', 'partial']).toContain(q.kind);
    expect(Number.isInteger(q.paragraph) && q.paragraph >= 1).toBe(true);
  }
  for (const s of a.sources) expect(['person', 'organization', 'wire', 'outlet', 'document', 'link']).toContain(s.kind);
  for (const c of a.copyright) expect(['visible', 'meta', 'json-ld', 'license-link', 'image-credit']).toContain(c.origin);
  for (const c of a.clutter) expect(['open-in-app', 'app-banner', 'push-prompt', 'newsletter']).toContain(c.category);
  for (const w of a.warnings) expect(typeof w).toBe('string');
  // A stage that throws is caught and reported as "<stage>-failed"; none may fail on any input.
  expect(a.warnings.filter((w) => /-failed:/.test(w))).toEqual([]);
}

describe('src/core on hostile input', () => {
  test('random HTML: never throws, always the schema, deterministic', () => {
    fc.assert(
      fc.property(randomPage, (html) => {
        const a = run(html);
        checkSchema(a);
        expect(run(html)).toEqual(a);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
    );
  }, 60_000);
  test('mutated real page: never throws, always the schema, deterministic', () => {
    fc.assert(
      fc.property(mutatedSeed, (html) => {
        const a = run(html);
        checkSchema(a);
        expect(run(html)).toEqual(a);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) },
    );
  }, 60_000);
});

test('a document with no root element at all (found by the property above) gives a warning, not a crash', async () => {
  const { parseHTML } = await import('linkedom');
  const doc = parseHTML('<!--<html><body><p>never closed').document as unknown as Document;
  expect(doc.documentElement).toBeNull();
  const { analysis } = analyzeDocument(doc, { url: 'https://example.com/a' });
  checkSchema(analysis);
  expect(analysis.warnings[0]).toMatch(/^not-article:/);
});
