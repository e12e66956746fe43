/**
 * The seed page end to end in real headless Firefox ESR: press → reader + sidebar with the labelled
 * quotes and speakers, sources and the copyright note; clutter hidden on the page (including the
 * prompt that arrives seconds after load); the toolbar press, Esc and × restore the page exactly.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { FIXTURES, type PageServer } from '../e2e/harness/server';
import { view } from '../e2e/harness/sidenote';
import { openPage, type LaunchedFirefox } from './harness/firefox';
import { clickInShadow, readShadow, waitForShadow } from './harness/shadow';
import { closeWithPress, openSidenote, visibleOnPage, waitForNoHost } from './harness/sidenote';
import { useFirefox } from './harness/suite';

interface Expected {
  quotes: { text: string; speaker: string; role: string | null }[];
}
const expected = JSON.parse(readFileSync(join(FIXTURES, 'seed-cbs/expected.json'), 'utf8')) as Expected;
const CLUTTER_TEXT = ['View CBS News In', 'Be the first to know', 'Get browser notifications', 'Watch CBS News'];
const PROMPT = 'Be the first to know';
const words = (s: string): string => s.replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim();

let server: PageServer;
let ff: LaunchedFirefox;
const seedUrl = (): string => server.url('/pages/seed-cbs/');

useFirefox((s, f) => ([server, ff] = [s, f]));

/** The seed page after its push prompt has arrived (inserted by the page ~3 s after load). */
async function seedWithPrompt(): Promise<Page> {
  const page = await openPage(ff, seedUrl());
  await page.waitForFunction((t) => document.body.innerText.includes(t), { timeout: 10_000 }, PROMPT);
  return page;
}

describe('seed page in Firefox', () => {
  test('shows the reader and the labelled quotes with speakers, sources and the copyright note', async () => {
    const page = await seedWithPrompt();
    const doc = await openSidenote(page);
    const v = view(doc);
    expect(doc.querySelector('.sn-title')?.textContent).toBe('Rallies Protesting Immigrant Family Separations Taking Place Across US');
    expect(v.quotes).toHaveLength(expected.quotes.length);
    for (const [i, q] of expected.quotes.entries()) {
      expect(words(v.quotes[i]!.text)).toBe(words(q.text));
      expect(v.quotes[i]!.speaker).toBe(q.speaker);
      if (q.role) expect(v.quotes[i]!.role.toLowerCase()).toContain(q.role.toLowerCase().replace(/^the /, ''));
    }
    const sources = v.sources.join(' | ');
    for (const name of ['CNN', 'Miguel A. Nogueras', 'Natalia Cornelio', 'Families Belong Together', 'Anna Tarkov']) {
      expect(sources).toContain(name);
    }
    expect(v.copyright.some((c) => c.includes('2018 CNN') && /All Rights Reserved/i.test(c))).toBe(true);
    expect(v.readerText).toContain('(CNN) -- An organization pushing back');
    for (const clutter of CLUTTER_TEXT) expect(v.readerText).not.toContain(clutter);
    await page.close();
  });

  test('hides app and notification clutter on the page, including the late prompt', async () => {
    const page = await openPage(ff, seedUrl());
    await openSidenote(page);
    await clickInShadow(page, '.sn-mode-original');
    await waitForShadow(page, '.sn-mode-original[aria-pressed="true"]');
    expect((await readShadow(page))?.querySelector('.sn-reader')).toBeFalsy();
    await page.waitForFunction((t) => document.body.textContent?.includes(t), { timeout: 10_000 }, PROMPT);
    await new Promise((r) => setTimeout(r, 600));
    for (const clutter of CLUTTER_TEXT) expect(await visibleOnPage(page, clutter), clutter).toBe(false);
    expect(await visibleOnPage(page, 'Anna Tarkov, the national spokeswoman')).toBe(true);
    await page.close();
  });

  for (const how of ['toolbar handler', 'Escape', 'close button'] as const) {
    test(`closing with the ${how} restores the page exactly (DOM and scroll position)`, async () => {
      const page = await seedWithPrompt();
      await page.evaluate(() => window.scrollTo(0, 640));
      const snapshot = () => page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY, sheets: document.adoptedStyleSheets.length }));
      const before = await snapshot();
      await openSidenote(page);
      expect((await snapshot()).html).not.toBe(before.html);
      if (how === 'toolbar handler') await closeWithPress(page);
      else {
        if (how === 'Escape') await page.keyboard.press('Escape');
        else await clickInShadow(page, '.sn-close');
        await waitForNoHost(page);
      }
      expect(await snapshot()).toEqual(before);
      expect(await visibleOnPage(page, PROMPT)).toBe(true);
      await page.close();
    });
  }
});
