/**
 * Launching for the browser benchmark: Chromium with Sidenote's e2e build, optionally a second build to
 * compare with (bench-browser --vs), and the Readability-only floor extension, with a handle per extension.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { Worker } from 'playwright-core';
import { launch, type Launched } from '../../tests/e2e/harness/browser';
import { BASELINE_NAME, buildBaselineExtension } from './baseline-extension';
import { ROOT } from './fixtures';

/** Reads which extension a service worker belongs to, from its manifest's name. */
async function workerName(w: Worker): Promise<string> {
  return w.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string } } } }).chrome.runtime.getManifest().name);
}

/** Chromium's id for an unpacked extension: the first 128 bits of SHA-256 of its path, in the letters a–p. */
function unpackedId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/**
 * Launches Chromium with Sidenote's e2e build `dist` (and the build `vs`, if given) and the floor extension loaded (the
 * later switches override the harness's single-extension ones) and returns a handle per extension.
 */
export async function launchAll(dist: string, vs: string | undefined): Promise<{ b: Launched; other: Launched | null; floor: Launched; floorBytes: number; floorDir: string }> {
  const { dir, bytes } = await buildBaselineExtension(ROOT);
  const dists = [join(ROOT, dist), ...(vs ? [join(ROOT, vs)] : [])];
  const all = [...dists, dir].join(',');
  const b = await launch(dist as 'dist-e2e', { args: [`--disable-extensions-except=${all}`, `--load-extension=${all}`] });
  for (let i = 0; i < 200 && b.context.serviceWorkers().length < dists.length + 1; i++) await new Promise((r) => setTimeout(r, 50));
  const workers = b.context.serviceWorkers();
  const names = await Promise.all(workers.map(workerName));
  const floorWorker = workers[names.indexOf(BASELINE_NAME)];
  const byDir = (d: string): Worker | undefined => workers.find((w) => new URL(w.url()).host === unpackedId(d));
  const [ownWorker, otherWorker] = dists.map(byDir);
  if (!floorWorker || !ownWorker || (vs && !otherWorker)) throw new Error(`expected every extension's worker, got: ${names.join(', ')}`);
  const handle = (worker: Worker): Launched => ({ ...b, worker, extensionId: new URL(worker.url()).host });
  return { b: handle(ownWorker), other: otherWorker ? handle(otherWorker) : null, floor: handle(floorWorker), floorBytes: bytes, floorDir: dir };
}
