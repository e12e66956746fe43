/**
 * Each shipped locale renders: Chromium started with --lang=<locale> shows the sidebar and reader in
 * that language (browser.i18n picks the UI language), with no raw message key on screen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT, startServer, type PageServer } from './harness/server';
import { openPage, openSidenote } from './harness/sidenote';
import { launchWith } from './sidebar-harness';

let server: PageServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

type Table = Record<string, { message: string }>;
const messages = (loc: string): Table => JSON.parse(readFileSync(join(ROOT, 'public/_locales', loc, 'messages.json'), 'utf8')) as Table;
const keys = Object.keys(messages('en'));

for (const loc of ['en', 'es', 'de', 'fr']) {
  test(`the sidebar and reader render in ${loc}`, async () => {
    const m = messages(loc);
    const b = await launchWith([`--lang=${loc}`]);
    try {
      const page = await openPage(b, server.url('/pages/seed-cbs/'));
      const doc = await openSidenote(b, page);
      const heading = (id: string): string => (doc.querySelector(`#${id}-heading .sn-section-toggle`)?.textContent ?? '').replace(/\d+/g, '').trim();
      expect(heading('sn-quotes')).toBe(m.quotesHeading!.message);
      expect(heading('sn-sources')).toBe(m.sourcesHeading!.message);
      expect(heading('sn-copyright')).toBe(m.copyrightHeading!.message);
      expect(doc.querySelector('.sn-mode-original')?.textContent).toBe(m.modeOriginal!.message);
      expect(doc.querySelector('.sn-close')?.getAttribute('aria-label')).toBe(m.closeSidenote!.message);
      expect(doc.querySelector('.sn-search')?.getAttribute('placeholder')).toBe(m.searchPlaceholder!.message);
      expect(doc.querySelector('.sn-reading-time')?.textContent).toMatch(new RegExp(m.readingTime!.message.replace('$1', '\\d+').replace(/[.]/g, '\\.')));
      // No message key may reach the screen or an accessible name.
      const shown = `${doc.body.textContent} ${Array.from(doc.querySelectorAll('[aria-label],[title],[placeholder]')).map((e) => `${e.getAttribute('aria-label')} ${e.getAttribute('title')} ${e.getAttribute('placeholder')}`).join(' ')}`;
      const leaked = keys.filter((k) => /[A-Z_]/.test(k) && new RegExp(`\\b${k}\\b`).test(shown));
      expect(leaked).toEqual([]);
      await page.close();
    } finally {
      await b.close();
    }
  });
}
