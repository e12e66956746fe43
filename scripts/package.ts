/**
 * `npm run package` (after both builds) writes store-ready archives to artifacts/:
 *   sidenote-chrome-<version>.zip          dist/, for the Chrome Web Store
 *   sidenote-firefox-<version>.zip         dist-firefox/, for addons.mozilla.org
 *   sidenote-firefox-<version>-sources.zip the sources AMO asks for when code is bundled/minified:
 *                                          every file git tracks or would track (not ignored), so a
 *                                          reviewer can `npm ci && npm run build:firefox` and compare.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { zip, type ZipEntry } from './lib/zip';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'artifacts');
/** Never shipped inside an extension package. */
const NOT_PACKAGED = /(^|\/)(\.DS_Store|[^/]+\.map)$/;
/** Big inputs the build does not read: the hand-labelled test pages and generated figures. */
const NOT_IN_SOURCES = /^(tests\/fixtures\/pages\/|bench\/results|dist(-[\w-]+)?\/|artifacts\/)/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
}

function entriesOf(dir: string): ZipEntry[] {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${relative(ROOT, dir)}/ has no manifest.json: build it first`);
  return walk(dir)
    .map((f) => relative(dir, f).split(sep).join('/'))
    .filter((name) => !NOT_PACKAGED.test(name))
    .map((name) => ({ name, data: readFileSync(join(dir, name)) }));
}

function sourceEntries(): ZipEntry[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' });
  return listed
    .split('\0')
    .filter((name) => name && !NOT_IN_SOURCES.test(name) && existsSync(join(ROOT, name)) && statSync(join(ROOT, name)).isFile())
    .map((name) => ({ name, data: readFileSync(join(ROOT, name)) }));
}

/** Writes one archive and reports its size. */
function write(name: string, entries: ZipEntry[]): void {
  const bytes = zip(entries);
  writeFileSync(join(OUT, name), bytes);
  console.log(`artifacts/${name}  ${entries.length} files, ${(bytes.length / 1024).toFixed(1)} KiB`);
}

const chromeVersion = (JSON.parse(readFileSync(join(ROOT, 'dist/manifest.json'), 'utf8')) as { version: string }).version;
const firefoxVersion = (JSON.parse(readFileSync(join(ROOT, 'dist-firefox/manifest.json'), 'utf8')) as { version: string }).version;
mkdirSync(OUT, { recursive: true });
write(`sidenote-chrome-${chromeVersion}.zip`, entriesOf(join(ROOT, 'dist')));
write(`sidenote-firefox-${firefoxVersion}.zip`, entriesOf(join(ROOT, 'dist-firefox')));
write(`sidenote-firefox-${firefoxVersion}-sources.zip`, sourceEntries());
