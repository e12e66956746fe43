/**
 * The seed page end to end in real headless Chromium: toolbar click → reader + sidebar, the seven
 * quotes with their speakers, the sources, the copyright note, clutter hidden (including the prompt
 * that appears seconds after load), copy → clipboard, Esc / button / close-button restore the page.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Launched } from './harness/browser';
import { FIXTURES, type PageServer } from './harness/server';
import { clickInShadow, readShadow, waitForShadow } from './harness/shadow';
import { closeWithButton, openPage, openSidenote, view, visibleOnPage } from './harness/sidenote';
import { useSidenote } from './harness/suite';

interface Expected {
  quotes: { text: string; speaker: string; role: string | null }[];
  copyright: { text: string; origin: string }[];
}
const expected = JSON.parse(readFileSync(join(FIXTURES, 'seed-cbs/expected.json'), 'utf8')) as Expected;
const CLUTTER_TEXT = ['View CBS News In', 'Be the first to know', 'Get browser notifications', 'Watch CBS News'];
const words = (s: string): string => s.replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim();

let server: PageServer;
let b: Launched;
const seedUrl = (): string => server.url('/pages/seed-cbs/');

useSidenote((s, l) => ([server, b] = [s, l]));

/** The seed page after its push prompt has arrived (inserted by the page ~3 s after load). */
async function seedWithPrompt() {
  const page = await openPage(b, seedUrl());
  await page.waitForFunction(() => document.body.innerText.includes('Be the first to know'), undefined, { timeout: 10_000 });
  return page;
}

describe('seed page', () => {
  test('shows the reader and all seven quotes with speakers, sources and the copyright note', async () => {
    const page = await seedWithPrompt();
    const doc = await openSidenote(b, page);
    const v = view(doc);
    expect(doc.querySelector('.sn-title')?.textContent).toBe('Rallies Protesting Immigrant Family Separations Taking Place Across US');

    expect(v.quotes).toHaveLength(expected.quotes.length);
    expect(v.counts['sn-quotes']).toBe(expected.quotes.length);
    for (const [i, q] of expected.quotes.entries()) {
      expect(words(v.quotes[i]!.text)).toBe(words(q.text));
      expect(v.quotes[i]!.speaker).toBe(q.speaker);
      if (q.role) expect(v.quotes[i]!.role.toLowerCase()).toContain(q.role.toLowerCase().replace(/^the /, ''));
    }
    expect(v.quotes.some((q) => q.text === 'zero-tolerance')).toBe(false);

    const sources = v.sources.join(' | ');
    for (const name of ['CNN', 'Miguel A. Nogueras', 'Natalia Cornelio', 'Families Belong Together', 'Anna Tarkov']) {
      expect(sources).toContain(name);
    }
    expect(v.copyright.some((c) => c.includes('2018 CNN') && /All Rights Reserved/i.test(c))).toBe(true);

    expect(v.readerText).toContain('(CNN) -- An organization pushing back');
    expect(v.readerText).toContain('Families Belong Together, or Familias Unidas No Divididas');
    for (const clutter of CLUTTER_TEXT) {
      expect(v.readerText).not.toContain(clutter);
      expect(JSON.stringify(v.quotes) + sources).not.toContain(clutter);
    }
    await page.close();
  });

  test('hides app and notification clutter on the page, including the late prompt, and scrolling works', async () => {
    const page = await openPage(b, seedUrl());
    await openSidenote(b, page);
    await clickInShadow(page, '.sn-mode-original');
    await waitForShadow(page, '.sn-mode-original[aria-pressed="true"]');
    expect(await readShadow(page).then((d) => d?.querySelector('.sn-reader'))).toBeFalsy();
    // The prompt arrives ~3 s after load, after Sidenote opened: the observer must catch it.
    await page.waitForFunction(() => document.body.textContent?.includes('Be the first to know'), undefined, { timeout: 10_000 });
    await page.waitForTimeout(600);
    for (const clutter of CLUTTER_TEXT) expect(await visibleOnPage(page, clutter), clutter).toBe(false);
    expect(await visibleOnPage(page, 'Anna Tarkov, the national spokeswoman')).toBe(true);
    expect(await page.evaluate(() => document.querySelector('meta[name="apple-itunes-app"]'))).toBeNull();
    await page.mouse.move(300, 400);
    await page.mouse.wheel(0, 800);
    await page.waitForFunction(() => window.scrollY > 0, undefined, { timeout: 5_000 });
    await page.close();
  });

  test('copy puts the quote and its citation on the clipboard and says Copied', async () => {
    const page = await seedWithPrompt();
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const doc = await openSidenote(b, page);
    const first = view(doc).quotes[0]!;
    await clickInShadow(page, '.sn-quote .sn-copy', 0);
    const after = await waitForShadow(page, '.sn-copy');
    await page.waitForTimeout(100);
    const buttonText = (await readShadow(page))?.querySelector('.sn-quote .sn-copy')?.textContent ?? after.querySelector('.sn-copy')?.textContent;
    expect(buttonText).toContain('Copied');
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    const [line1, line2] = clip.split('\n');
    expect(line1).toBe(`“${first.text}” — ${first.speaker}${first.role ? `, ${first.role}` : ''}`);
    expect(line2).toContain('Rallies Protesting Immigrant Family Separations Taking Place Across US');
    expect(line2).toContain(seedUrl());
    await page.close();
  });

  for (const how of ['toolbar button', 'Escape', 'close button'] as const) {
    test(`closing with the ${how} restores the page exactly (DOM and scroll position)`, async () => {
      const page = await seedWithPrompt();
      await page.evaluate(() => window.scrollTo(0, 640));
      const before = await page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY, sheets: document.adoptedStyleSheets.length }));
      await openSidenote(b, page);
      expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toBe(before.html);
      if (how === 'toolbar button') await closeWithButton(b, page);
      else {
        if (how === 'Escape') await page.keyboard.press('Escape');
        else await clickInShadow(page, '.sn-close');
        await page.waitForFunction(() => document.getElementsByTagName('sidenote-root').length === 0, undefined, { timeout: 10_000 });
      }
      const after = await page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY, sheets: document.adoptedStyleSheets.length }));
      expect(after).toEqual(before);
      expect(await visibleOnPage(page, 'Be the first to know')).toBe(true);
      await page.close();
    });
  }
  test('after the tab navigates away from an open Sidenote, the next press opens it on the new page and the one after closes it', async () => {
    const page = await seedWithPrompt();
    await openSidenote(b, page);
    // The background remembers this tab; the new document has no controller, so it must inject again.
    await page.goto(`${seedUrl()}?next`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.body.innerText.includes('Be the first to know'), undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => document.getElementsByTagName('sidenote-root').length)).toBe(0);
    const doc = await openSidenote(b, page);
    expect(view(doc).quotes).toHaveLength(expected.quotes.length);
    await closeWithButton(b, page);
    expect(await visibleOnPage(page, 'Be the first to know')).toBe(true);
    await page.close();
  });
});

describe('locating quotes', () => {
  test('on "Original page", clicking a quote scrolls the real page to it and highlights its words', async () => {
    const page = await openPage(b, seedUrl());
    const doc = await openSidenote(b, page);
    const last = view(doc).quotes.at(-1)!;
    await clickInShadow(page, '.sn-mode-original');
    await waitForShadow(page, '.sn-mode-original[aria-pressed="true"]');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await clickInShadow(page, '.sn-quote-text', view(doc).quotes.length - 1);
    await page.waitForFunction(() => window.scrollY > 200, undefined, { timeout: 5_000 });
    // Smooth scrolling: wait until the page has come to rest.
    let last_ = -1;
    await expect.poll(async () => {
      const y = await page.evaluate(() => window.scrollY);
      const settled = y === last_;
      last_ = y;
      return settled;
    }, { interval: 150, timeout: 5_000 }).toBe(true);
    const highlighted = await page.evaluate(() => {
      const h = CSS.highlights.get('sidenote-locate');
      const range = h ? ([...h][0] as Range) : null;
      if (!range) return null;
      const rect = range.getBoundingClientRect();
      return { text: range.toString(), inView: rect.top >= 0 && rect.bottom <= window.innerHeight };
    });
    expect(highlighted?.text.replace(/\s+/g, ' ')).toBe(last.text);
    expect(highlighted?.inView).toBe(true);
    await page.close();
  });
});
