/**
 * One press of Sidenote's button in the browser benchmark, timed from the press to the sidebar's render
 * and split into its stages by the User Timing marks and measures the e2e build leaves (src/content/perf.ts).
 */
import type { Page } from 'playwright-core';
import { prepareAction, type Launched } from '../../tests/e2e/harness/browser';

/** One press's stages, from Sidenote's User Timing measures. */
export interface OpenTimes {
  clickToSidebar: number;
  analysis: number;
  extractors: number;
  clutterLive: number;
  /** Time in the press's own synchronous block (Chromium reports no long tasks for extension scripts). */
  openTask: number;
  /**
   * Where a press's time goes (NaN for a build without the marks): press → the content script starts
   * running (background, injection, compile; 0-based from the press), module init (script start → open()
   * called), the settings wait (open() → settings in hand), the Preact render, and press → the end of the
   * first frame after the render (style, layout, paint of the UI). A second open runs no script, so its
   * toScript and init are NaN.
   */
  toScript: number;
  init: number;
  settingsWait: number;
  render: number;
  painted: number;
}

/** The latest `sidenote:<name>` measure's duration on the page (NaN if none). */
export async function measure(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => performance.getEntriesByName(`sidenote:${n}`).at(-1)?.duration ?? NaN, name);
}

/** Presses the button and waits for the sidebar's render measure; null when it never comes. */
export async function openOnce(b: Launched, page: Page): Promise<OpenTimes | null> {
  const seen = await page.evaluate(() => performance.getEntriesByName('sidenote:open').length);
  const press = await prepareAction(b, page);
  const clickAt = await page.evaluate(() => performance.now());
  await press();
  const rendered = await page
    .waitForFunction((n) => performance.getEntriesByName('sidenote:open').length > n, seen, { timeout: 30_000, polling: 10 })
    .then(() => true, () => false);
  if (!rendered) return null;
  const painted = await page
    .waitForFunction((n) => performance.getEntriesByName('sidenote:painted').length > n, seen, { timeout: 2_000, polling: 10 })
    .then(() => true, () => false);
  // No helper functions inside: tsx would wrap them in a __name() the page does not have.
  const at = await page.evaluate((since) => {
    const [open, script, settings, paint] = ['open', 'script-start', 'settings', 'painted'].map((n) => performance.getEntriesByName(`sidenote:${n}`).filter((e) => e.startTime >= since).at(-1));
    return {
      openStart: open!.startTime,
      openEnd: open!.startTime + open!.duration,
      script: script?.startTime ?? NaN,
      settings: settings?.startTime ?? NaN,
      painted: paint ? paint.startTime + paint.duration : NaN,
    };
  }, clickAt);
  return {
    clickToSidebar: at.openEnd - clickAt,
    toScript: at.script - clickAt,
    init: at.openStart - at.script,
    settingsWait: at.settings - at.openStart,
    render: await measure(page, 'render'),
    painted: painted ? at.painted - clickAt : NaN,
    analysis: await measure(page, 'analysis'),
    extractors: await measure(page, 'extractors'),
    clutterLive: await measure(page, 'clutter-live'),
    openTask: await measure(page, 'open-task'),
  };
}
