/**
 * Closes the HTML-string sinks inside the libraries Sidenote bundles, so the shipped code assigns no
 * variable to innerHTML anywhere (addons.mozilla.org's linter flags each such assignment, and a
 * reviewer has to prove it safe). Each rewrite swaps a string round-trip for a DOM operation with the
 * same result, or removes a branch Sidenote never takes so that it fails closed:
 * - Readability caches the page as `page.innerHTML` and re-parses it before each retry; cloned nodes
 *   give back the same tree without serialising and re-parsing it.
 * - Readability parses a <noscript>'s markup to find the real image; DOMParser parses it in an inert
 *   document (no script, no loads) and the nodes are imported, as innerHTML would have produced.
 * - DOMPurify falls back to innerHTML on a template document when DOMParser is missing; every browser
 *   Sidenote supports has DOMParser, so the fallback yields an empty (safe) result instead.
 * - Preact's `dangerouslySetInnerHTML`: Sidenote inserts sanitised nodes instead (lint forbids the
 *   prop), so the branch throws rather than parse a string.
 * Every rewrite must match its library text exactly once, or the build stops: an updated library is
 * reviewed again rather than shipped with a sink open.
 * The patched copies are written under node_modules/.sidenote-sinks/ and reached by resolve aliases,
 * not by a transform plugin: crxjs builds the injected IIFE content script in a second Vite build that
 * inherits the parent's `resolve` but none of its plugins.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Alias } from 'vite';

export interface SinkRewrite {
  find: string;
  replace: string;
}

/** A library Sidenote bundles: the import it answers, the file to patch and the files beside it. */
interface PatchedLibrary {
  /** Import specifier the alias captures (exactly; subpaths like preact/hooks import it in turn). */
  specifier: string;
  /** Package folder under node_modules. */
  pkg: string;
  /** The file the alias points to, relative to the package folder. */
  entry: string;
  /** Text of the entry when Sidenote writes it itself rather than copying the package's. */
  entryText?: string;
  /** The patched file, relative to the package folder (the entry or a file it requires). */
  file: string;
  /** Further files the copy needs, copied unchanged. */
  beside: string[];
  rewrites: SinkRewrite[];
}

export const PATCHED_LIBRARIES: PatchedLibrary[] = [
  {
    specifier: '@mozilla/readability',
    pkg: '@mozilla/readability',
    // Sidenote imports only Readability: the package's index.js would also bundle isProbablyReaderable.
    entry: 'sidenote-entry.mjs',
    entryText: "import Readability from './Readability.js';\nexport { Readability };\n",
    file: 'Readability.js',
    beside: ['package.json', 'LICENSE.md'],
    rewrites: [
      {
        find: 'var pageCacheHtml = page.innerHTML;',
        replace: 'var pageCacheNodes = Array.from(page.childNodes, function (n) { return n.cloneNode(true); });',
      },
      {
        find: 'page.innerHTML = pageCacheHtml;',
        replace: 'page.replaceChildren.apply(page, pageCacheNodes.map(function (n) { return n.cloneNode(true); }));',
      },
      {
        find: 'tmp.innerHTML = noscript.innerHTML;',
        replace:
          'tmp.replaceChildren.apply(tmp, Array.from(new DOMParser().parseFromString(noscript.innerHTML, "text/html").body.childNodes, function (n) { return doc.importNode(n, true); }));',
      },
    ],
  },
  {
    specifier: 'dompurify',
    pkg: 'dompurify',
    entry: 'dist/purify.es.mjs',
    file: 'dist/purify.es.mjs',
    beside: ['LICENSE'],
    rewrites: [
      {
        find: 'doc.documentElement.innerHTML = IS_EMPTY_INPUT ? emptyHTML : dirtyPayload;',
        replace: '/* Sidenote: no DOMParser, no parse: the result stays empty. */',
      },
    ],
  },
  {
    specifier: 'preact',
    pkg: 'preact',
    entry: 'dist/preact.mjs',
    file: 'dist/preact.mjs',
    beside: ['LICENSE'],
    rewrites: [
      {
        find: '(t.innerHTML=h.__html)',
        replace: '(function(){throw new Error("dangerouslySetInnerHTML is disabled in Sidenote")})()',
      },
    ],
  },
];

/** Applies rewrites to a library's text; throws when one does not match exactly once. */
export function rewriteSinks(code: string, rewrites: SinkRewrite[], label = 'library'): string {
  let out = code;
  for (const r of rewrites) {
    const count = out.split(r.find).length - 1;
    if (count !== 1) throw new Error(`library-sinks: expected "${r.find}" once in ${label}, found ${count}`);
    out = out.replace(r.find, () => r.replace);
  }
  return out;
}

/** Writes only when the text differs, so parallel builds never rewrite a file another one is reading. */
function writeIfChanged(file: string, text: string): void {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/**
 * Writes the patched copies under root/node_modules/.sidenote-sinks/ and returns the aliases that
 * send each library's import there. The source map comment is dropped: the old map would point a
 * reviewer at the unpatched lines.
 */
export function librarySinkAliases(root: string): Alias[] {
  const out = join(root, 'node_modules', '.sidenote-sinks');
  return PATCHED_LIBRARIES.map((lib) => {
    const from = join(root, 'node_modules', lib.pkg);
    const to = join(out, lib.pkg);
    for (const f of [...lib.beside, lib.entry].filter((f) => f !== lib.file && existsSync(join(from, f)))) {
      writeIfChanged(join(to, f), readFileSync(join(from, f), 'utf8'));
    }
    if (lib.entryText) writeIfChanged(join(to, lib.entry), lib.entryText);
    const patched = rewriteSinks(readFileSync(join(from, lib.file), 'utf8'), lib.rewrites, `${lib.pkg}/${lib.file}`);
    writeIfChanged(join(to, lib.file), patched.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
    const escaped = lib.specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    return { find: new RegExp(`^${escaped}$`), replacement: join(to, lib.entry) };
  });
}
