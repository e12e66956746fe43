/**
 * `npm run lint:firefox`: the add-ons linter (web-ext lint) on the Firefox build, as addons.mozilla.org
 * runs it on upload. Fails on any error, warning or notice, in Sidenote's code or in the libraries it
 * bundles (their innerHTML sinks are closed at build time: scripts/vite/library-sinks.ts).
 * A twin build with hidden source maps (same sources and mode, maps kept out of dist-firefox/) is
 * linted too, so each message names the source file it comes from; the shipped dist-firefox/ must
 * report exactly the same messages.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sourceAt } from './lib/source-map';

const ROOT = resolve(import.meta.dirname, '..');
const SHIPPED = join(ROOT, 'dist-firefox');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

function lint(dir: string): LintReport {
  const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.slice(out.indexOf('{'))) as LintReport;
}

/** Where a message's code came from: a path under node_modules, a src/ path, or null when unknown. */
function origin(dir: string, m: LintMessage): string | null {
  if (!m.file || !m.line || !m.column || !m.file.endsWith('.js')) return null;
  try {
    return sourceAt(JSON.parse(readFileSync(join(dir, `${m.file}.map`), 'utf8')), m.line, m.column - 1);
  } catch {
    return null;
  }
}

const shape = (r: LintReport): string[] => [...r.errors, ...r.warnings, ...r.notices].map((m) => `${m.code} ${(m.file ?? '').replace(/-[\w-]{8}\.js$/, '.js')}`).sort();

const twin = mkdtempSync(join(tmpdir(), 'sidenote-lint-'));
try {
  execFileSync('npx', ['vite', 'build', '--mode', 'firefox', '--outDir', twin, '--sourcemap', 'hidden', '--logLevel', 'error'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const mapped = lint(twin);
  const shipped = lint(SHIPPED);
  const problems: string[] = [];
  for (const m of [...mapped.warnings, ...mapped.notices]) {
    problems.push(`${m.code} in ${m.file}:${m.line}:${m.column} (${origin(twin, m) ?? 'unknown source'}): ${m.message}`);
  }
  for (const m of [...mapped.errors, ...shipped.errors]) problems.push(`error ${m.code} in ${m.file ?? 'manifest'}: ${m.message}`);
  if (shape(mapped).join('\n') !== shape(shipped).join('\n')) problems.push('dist-firefox/ reports other messages than its source-mapped twin: rebuild it (npm run build:firefox)');
  console.log(`web-ext lint dist-firefox: ${shipped.errors.length} errors, ${shipped.warnings.length} warnings, ${shipped.notices.length} notices`);
  for (const p of problems) console.error(`  PROBLEM ${p}`);
  if (problems.length) process.exit(1);
} finally {
  rmSync(twin, { recursive: true, force: true });
}
