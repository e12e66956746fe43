/**
 * The sidebar a reader uses, end to end on the seed page in headless Chromium: every copy format and
 * "Copy all" read back from the clipboard, JSON and Markdown export, locate and hover preview in the
 * reader, search, speaker filter, grouping, collapsing and hiding the sidebar. Reader settings, print and
 * lazy images: reader-settings.test.ts.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Launched } from './harness/browser';
import { FIXTURES, type PageServer } from './harness/server';
import { clickInShadow, readShadow, texts, waitForShadow } from './harness/shadow';
import { openPage, openSidenote, view } from './harness/sidenote';
import { callInShadow, highlight, registryReachesShadow, selectInShadow, storedSettings } from './sidebar-harness';
import { useSidenote } from './harness/suite';

interface Expected { quotes: { text: string; speaker: string }[] }
const expected = JSON.parse(readFileSync(join(FIXTURES, 'seed-cbs/expected.json'), 'utf8')) as Expected;
const TITLE = 'Rallies Protesting Immigrant Family Separations Taking Place Across US';

let server: PageServer;
let b: Launched;
const seedUrl = (): string => server.url('/pages/seed-cbs/');

useSidenote(async (s, l) => {
  [server, b] = [s, l];
  await l.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.origin });
});

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Waits until the shadow root's snapshot satisfies check. */
async function until(page: Page, check: (doc: Document) => boolean, timeout = 5_000): Promise<Document> {
  const end = Date.now() + timeout;
  for (;;) {
    const doc = await readShadow(page);
    if (doc && check(doc)) return doc;
    if (Date.now() > end) throw new Error('condition not met in the shadow root');
    await page.waitForTimeout(100);
  }
}

describe('copy and export', () => {
  test('each copy format puts the specified text on the clipboard, visibly and audibly confirmed', async () => {
    const page = await openPage(b, seedUrl());
    const doc = await openSidenote(b, page);
    const q = view(doc).quotes[2]!;
    expect(q.speaker).toBe('Jeff Sessions');
    const site = doc.querySelector('.sn-site')?.textContent;
    const date = doc.querySelector('.sn-date')?.textContent;
    expect(site).toBe('CBS News');
    expect(date).toBe('June 14, 2018');
    const url = seedUrl();
    const want = {
      plain: `“${q.text}” — ${q.speaker}, ${q.role}\n${TITLE}, ${site}, ${date}. ${url}`,
      citation: `“${q.text}” — ${q.speaker}, ${q.role}. “${TITLE}.” ${site}, ${date}. ${url}`,
      markdown: `> ${q.text}\n>\n> — ${q.speaker}, ${q.role}, [${TITLE}](${url}), ${site}, ${date}`,
    };
    for (const [format, text] of Object.entries(want)) {
      await selectInShadow(page, '.sn-copy-format', format);
      await waitForShadow(page, `.sn-copy-format option[value="${format}"][selected], .sn-copy-format`);
      await clickInShadow(page, '.sn-quote .sn-copy', 2);
      const after = await until(page, (d) => d.querySelectorAll('.sn-quote .sn-copy')[2]?.textContent === 'Copied');
      expect(after.querySelector('.sn-announcer')?.textContent).toBe('Copied');
      expect(await clipboard(page), format).toBe(text);
    }
    expect((await storedSettings(b)).reader).toMatchObject({ copyFormat: 'markdown' });
    await page.close();
  });

  test('"Copy all" copies every quote shown, in the chosen format', async () => {
    const page = await openPage(b, seedUrl());
    await openSidenote(b, page);
    await selectInShadow(page, '.sn-copy-format', 'citation');
    await clickInShadow(page, '.sn-copy-all');
    await until(page, (d) => d.querySelector('.sn-copy-all')?.textContent === 'Copied');
    const lines = (await clipboard(page)).split('\n\n');
    expect(lines).toHaveLength(expected.quotes.length);
    lines.forEach((line, i) => {
      expect(line).toContain(expected.quotes[i]!.speaker);
      expect(line).toContain(`“${TITLE}.” CBS News, June 14, 2018. ${seedUrl()}`);
    });
    // Filtered to one speaker, "Copy all" copies only what is shown.
    await selectInShadow(page, '.sn-speaker-filter', 'Jeff Sessions');
    await until(page, (d) => d.querySelectorAll('.sn-quote').length === 3);
    await page.waitForTimeout(2100); // the button reads "Copy all" again
    await clickInShadow(page, '.sn-copy-all');
    await until(page, (d) => d.querySelector('.sn-copy-all')?.textContent === 'Copied');
    const only = (await clipboard(page)).split('\n\n');
    expect(only).toHaveLength(expected.quotes.filter((q) => q.speaker === 'Jeff Sessions').length);
    for (const line of only) expect(line).toContain('— Jeff Sessions, US Attorney General.');
    await page.close();
  });

  test('exports the analysis as JSON and as Markdown downloads', async () => {
    const page = await openPage(b, seedUrl());
    const doc = await openSidenote(b, page);
    const shown = view(doc);
    const [json] = await Promise.all([page.waitForEvent('download'), clickInShadow(page, '.sn-export-json')]);
    expect(json.suggestedFilename()).toMatch(/^sidenote-rallies-protesting-immigrant-family.*\.json$/);
    const data = JSON.parse(await readFile((await json.path())!, 'utf8')) as { title: string; url: string; quotes: { text: string; speaker: string }[]; sources: { name: string }[] };
    expect(data.title).toBe(TITLE);
    expect(data.url).toBe(seedUrl());
    expect(data.quotes.map((q) => q.speaker)).toEqual(shown.quotes.map((q) => q.speaker));
    expect(data.sources.map((s) => s.name)).toEqual(shown.sources);

    const [md] = await Promise.all([page.waitForEvent('download'), clickInShadow(page, '.sn-export-md')]);
    expect(md.suggestedFilename()).toMatch(/\.md$/);
    const text = await readFile((await md.path())!, 'utf8');
    expect(text.startsWith(`# ${TITLE}\n`)).toBe(true);
    expect(text).toContain(`## Quotes (${shown.quotes.length})`);
    expect(text).toContain(`## Sources (${shown.sources.length})`);
    expect(text.match(/^> (?!— )/gm)).toHaveLength(shown.quotes.length);
    expect(text).toContain('> — Jeff Sessions, US Attorney General');
    await page.close();
  });
});

describe('locate, search and filter', () => {
  test('clicking a quote scrolls the reader to it and highlights its exact words; hovering previews it', async () => {
    const page = await openPage(b, seedUrl());
    const doc = await openSidenote(b, page);
    const quotes = view(doc).quotes;
    const last = quotes.length - 1;
    expect(await callInShadow<number>(page, '.sn-reader-pane', 'function () { return this.scrollTop; }')).toBe(0);
    await clickInShadow(page, '.sn-quote-locate', last);
    await expect.poll(() => highlight(page, 'sidenote-locate').then((h) => h?.inView), { timeout: 5_000 }).toBe(true);
    expect((await highlight(page, 'sidenote-locate'))?.text).toBe(quotes[last]!.text);
    expect(await callInShadow<number>(page, '.sn-reader-pane', 'function () { return this.scrollTop; }')).toBeGreaterThan(200);
    // The page's highlight registry never holds a range inside the closed root (it would hand the root over).
    expect(await registryReachesShadow(page)).toBe(false);

    // Hover: a faint preview highlight on the words and a marker where they are.
    const box = await callInShadow<{ x: number; y: number }>(page, '.sn-quote-locate', 'function () { this.scrollIntoView({ block: "center" }); const r = this.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }', null, 0);
    await page.mouse.move(box.x, box.y);
    await expect.poll(() => highlight(page, 'sidenote-preview').then((h) => h?.text)).toBe(quotes[0]!.text);
    await waitForShadow(page, '.sn-preview-marker');
    expect(await registryReachesShadow(page)).toBe(false);
    await page.mouse.move(5, 5);
    await expect.poll(() => highlight(page, 'sidenote-preview')).toBeNull();
    await page.close();
  });

  test('clicking a source highlights the phrase that shows it, in the reader and on the original page', async () => {
    const page = await openPage(b, seedUrl());
    const doc = await openSidenote(b, page);
    const names = texts(doc, '.sn-source-name');
    const i = names.indexOf('Miguel A. Nogueras');
    const evidence = texts(doc, '.sn-source')[i]!;
    await clickInShadow(page, '.sn-source-locate', i);
    await expect.poll(() => highlight(page, 'sidenote-locate').then((x) => x?.text ?? '')).toContain('Miguel A. Nogueras');
    const h = (await highlight(page, 'sidenote-locate'))!;
    expect(evidence).toContain(h.text);
    await clickInShadow(page, '.sn-mode-original');
    await waitForShadow(page, '.sn-mode-original[aria-pressed="true"]');
    await clickInShadow(page, '.sn-source-locate', i);
    await expect.poll(() => highlight(page, 'sidenote-locate').then((x) => x?.inView)).toBe(true);
    expect((await highlight(page, 'sidenote-locate'))?.text).toBe(h.text);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.close();
  });

  test('the search box filters quotes and sources; the speaker filter and grouping work', async () => {
    const page = await openPage(b, seedUrl());
    const doc = await openSidenote(b, page);
    const all = view(doc);
    await clickInShadow(page, '.sn-search');
    await page.keyboard.type('prosecute');
    let now = await until(page, (d) => d.querySelectorAll('.sn-quote').length < all.quotes.length);
    const hits = expected.quotes.filter((q) => /prosecute/i.test(q.text));
    expect(view(now).quotes.map((q) => q.text.slice(0, 20))).toEqual(hits.map((q) => q.text.slice(0, 20)));
    expect(now.querySelector('#sn-quotes .sn-count')?.textContent).toBe(String(all.quotes.length));
    expect(now.querySelector('#sn-quotes .sn-shown')?.textContent).toBe(`${hits.length} shown`);

    await page.keyboard.press('Control+A');
    await page.keyboard.type('nogueras');
    now = await until(page, (d) => d.querySelectorAll('.sn-source').length === 1);
    expect(texts(now, '.sn-source-name')).toEqual(['Miguel A. Nogueras']);
    expect(now.querySelector('#sn-quotes .sn-no-match')).not.toBeNull();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await until(page, (d) => d.querySelectorAll('.sn-quote').length === all.quotes.length);

    await selectInShadow(page, '.sn-speaker-filter', 'Shannon Heesacker McClain');
    now = await until(page, (d) => d.querySelectorAll('.sn-quote').length === 2);
    expect(new Set(view(now).quotes.map((q) => q.speaker))).toEqual(new Set(['Shannon Heesacker McClain']));
    await selectInShadow(page, '.sn-speaker-filter', '');

    await clickInShadow(page, '.sn-group-toggle');
    now = await waitForShadow(page, '.sn-group-speaker');
    expect(texts(now, '.sn-group-speaker')).toEqual([...new Set(expected.quotes.map((q) => q.speaker))]);
    expect(texts(now, '.sn-group .sn-group-head .sn-count').map(Number)).toEqual([1, 1, 3, 2]);
    expect(now.querySelectorAll('.sn-group .sn-quote')).toHaveLength(expected.quotes.length);
    expect((await storedSettings(b)).reader).toMatchObject({ groupBySpeaker: true });
    await page.close();
  });

  test('sections collapse with their counts kept; the sidebar hides while the reader stays, and comes back', async () => {
    const page = await openPage(b, seedUrl());
    await openSidenote(b, page);
    await clickInShadow(page, '#sn-sources .sn-section-toggle');
    let doc = await waitForShadow(page, '#sn-sources .sn-section-toggle[aria-expanded="false"]');
    expect(doc.querySelector('#sn-sources-body')?.hasAttribute('hidden')).toBe(true);
    expect(Number(doc.querySelector('#sn-sources .sn-count')?.textContent)).toBeGreaterThan(0);

    await clickInShadow(page, '.sn-sidebar-hide');
    doc = await waitForShadow(page, '.sn-sidebar-show');
    expect(doc.querySelector('.sn-sidebar')).toBeNull();
    expect(doc.querySelector('.sn-reader .sn-title')?.textContent).toBe(TITLE);
    const paneRight = await callInShadow<number>(page, '.sn-reader-pane', 'function () { return this.getBoundingClientRect().right; }');
    expect(paneRight).toBe(1280);
    await clickInShadow(page, '.sn-sidebar-show');
    doc = await waitForShadow(page, '.sn-sidebar #sn-quotes');
    expect(view(doc).quotes).toHaveLength(expected.quotes.length);
    await page.close();
  });
});
