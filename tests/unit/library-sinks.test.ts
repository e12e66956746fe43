/**
 * The build closes the HTML-string sinks of the bundled libraries (scripts/vite/library-sinks.ts).
 * These tests check that every rewrite still matches the installed library, that no variable is
 * assigned to innerHTML/outerHTML in the patched copies, and that patched Readability gives exactly
 * the same article as the original, also on the retry path whose page cache was rewritten.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { librarySinkAliases, PATCHED_LIBRARIES, rewriteSinks } from '../../scripts/vite/library-sinks';
import { parseDocument } from '../../src/cli/dom';
import { corpusPages } from '../../scripts/lib/fixtures';

const ROOT = resolve(import.meta.dirname, '../..');
/** Pages checked for identical output: enough to cover noscript images, retries and big pages. */
const PAGES = corpusPages().filter((_, i) => i % 16 === 0);
/** A dynamic (non-literal) HTML assignment, what the add-ons linter reports. */
const VARIABLE_SINK = /\.(innerHTML|outerHTML)\s*=(?!=)\s*(?!["'`])/g;

type ReadabilityClass = new (doc: Document, opts?: object) => { parse(): { content: string; textContent: string; title: string } | null };

/** Loads a CommonJS Readability.js text as a module, as the bundler would. */
function loadReadability(file: string): ReadabilityClass {
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', 'require', readFileSync(file, 'utf8'))(module, module.exports, createRequire(file));
  return module.exports as unknown as ReadabilityClass;
}

describe('library sinks', () => {
  const aliases = librarySinkAliases(ROOT);
  const patchedFile = (pkg: string, file: string) => join(ROOT, 'node_modules/.sidenote-sinks', pkg, file);
  const globals = globalThis as { DOMParser?: unknown };
  const saved = globals.DOMParser;
  // Patched Readability parses <noscript> markup with DOMParser, a browser global Node lacks; the CLI's
  // parser gives the browser's shape (html, head, body) that DOMParser gives.
  class BrowserShapedParser {
    parseFromString(html: string): Document {
      return parseDocument(html, 'about:blank');
    }
  }
  beforeAll(() => { globals.DOMParser = BrowserShapedParser; });
  afterAll(() => { globals.DOMParser = saved; });

  it('matches every rewrite exactly once in the installed libraries and aliases each library', () => {
    for (const lib of PATCHED_LIBRARIES) {
      const text = readFileSync(join(ROOT, 'node_modules', lib.pkg, lib.file), 'utf8');
      expect(() => rewriteSinks(text, lib.rewrites, lib.pkg)).not.toThrow();
      expect(text.match(VARIABLE_SINK)?.length ?? 0).toBeGreaterThanOrEqual(lib.rewrites.length > 1 ? 2 : 1);
    }
    expect(aliases.map((a) => String(a.find))).toEqual(['/^@mozilla\\/readability$/', '/^dompurify$/', '/^preact$/']);
  });

  it('refuses a library whose text no longer matches', () => {
    expect(() => rewriteSinks('x.innerHTML = y;', [{ find: 'page.innerHTML = pageCacheHtml;', replace: '' }])).toThrow(/found 0/);
  });

  it('leaves no variable HTML assignment in the patched copies', () => {
    for (const lib of PATCHED_LIBRARIES) {
      expect(readFileSync(patchedFile(lib.pkg, lib.file), 'utf8').match(VARIABLE_SINK)).toBeNull();
    }
  });

  it('patched Readability extracts exactly what the original does, first try and after retries', () => {
    const Original = loadReadability(join(ROOT, 'node_modules/@mozilla/readability/Readability.js'));
    const Patched = loadReadability(patchedFile('@mozilla/readability', 'Readability.js'));
    expect(PAGES.length).toBeGreaterThanOrEqual(20);
    for (const page of PAGES) {
      const html = readFileSync(page, 'utf8');
      // An unreachable charThreshold makes Readability restore its page cache and retry with every flag.
      for (const opts of [{}, { charThreshold: 1e9 }]) {
        const a = new Original(parseDocument(html, 'https://example.com/a'), opts).parse();
        const b = new Patched(parseDocument(html, 'https://example.com/a'), opts).parse();
        expect(b?.content, page).toBe(a?.content);
        expect(b?.title, page).toBe(a?.title);
      }
    }
  }, 60_000);

  it('patched Preact renders as before and refuses dangerouslySetInnerHTML', async () => {
    const { h, render } = (await import(patchedFile('preact', 'dist/preact.mjs'))) as typeof import('preact');
    const doc = parseDocument('<!doctype html><html><body><div id="c"></div></body></html>', 'https://example.com/');
    const c = doc.getElementById('c')!;
    render(h('p', { class: 'x' }, 'text ', h('b', null, 'bold')), c);
    expect(c.innerHTML).toBe('<p class="x">text <b>bold</b></p>');
    expect(() => render(h('div', { dangerouslySetInnerHTML: { __html: '<img src=x onerror=alert(1)>' } }), c)).toThrow(/disabled/);
  });
});
