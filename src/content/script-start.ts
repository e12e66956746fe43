/**
 * The content script's first module (content-script.ts imports it before anything else, so it is
 * evaluated first): it marks when the script started running (e2e builds) and starts the settings read
 * at once, so the storage round trip overlaps the evaluation of everything else (several
 * milliseconds of module initialisation on a cold page) instead of following it.
 */
import { loadSettings, type Settings } from '../shared/settings';
import { markNow } from './perf';

markNow('script-start');

/** The read started with the script; handed to the first open only (later opens read afresh). */
let early: Promise<Settings | null> | null = loadSettings().catch(() => null);

/** The settings for an open: the read started with the script the first time, a fresh read after. */
export function takeSettings(): Promise<Settings | null> {
  const got = early ?? loadSettings().catch(() => null);
  early = null;
  return got;
}
