/**
 * Sidenote on pages nobody here wrote (../shared/corpus) and on a page that is not an article:
 * what a reader sees there.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Launched } from './harness/browser';
import { CORPUS, type PageServer } from './harness/server';
import { openPage, openSidenote, view } from './harness/sidenote';
import { useSidenote } from './harness/suite';

let server: PageServer;
let b: Launched;
useSidenote((s, l) => ([server, b] = [s, l]));

/** Readability's expected title for a corpus test page. */
function metadata(slug: string): { title: string; byline?: string | null } {
  return JSON.parse(readFileSync(join(CORPUS, `readability/test-pages/${slug}/expected-metadata.json`), 'utf8'));
}

/** A sentence from the page's expected article, to check the reader shows the real body. */
function bodySentence(slug: string): string {
  const html = readFileSync(join(CORPUS, `readability/test-pages/${slug}/expected.html`), 'utf8');
  const text = html.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ').replace(/\s+/g, ' ');
  const sentence = text.split(/(?<=[.!?])\s+/).find((s) => s.length > 60 && !/[“”"&]/.test(s));
  return sentence!.trim().slice(0, 50);
}

describe('real news pages from the shared corpus', () => {
  for (const slug of ['nytimes-1', 'guardian-1', 'bbc-1', 'wapo-1', 'liberation-1', 'seattletimes-1']) {
    test(`${slug}: reader shows the article, the sidebar lists its quotes with speakers`, async () => {
      const page = await openPage(b, server.url(`/corpus/readability/test-pages/${slug}/source.html`));
      const v = view(await openSidenote(b, page));
      const meta = metadata(slug);
      const shownTitle = (await (await import('./harness/shadow')).readShadow(page))?.querySelector('.sn-title')?.textContent ?? '';
      expect(shownTitle.trim()).toBe(meta.title.trim());
      // Drop caps split words ("W hale"), so compare without spaces.
      expect(v.readerText.replace(/\s+/g, '')).toContain(bodySentence(slug).replace(/\s+/g, ''));
      expect(v.warnings).toEqual([]);
      expect(v.counts['sn-quotes']).toBe(v.quotes.length);
      // Every listed quote is words from the article with a speaker or an explicit "Unattributed".
      for (const q of v.quotes) {
        expect(q.text.length).toBeGreaterThan(2);
        expect(v.readerText.replace(/\s+/g, ' ')).toContain(q.text.slice(0, 30));
        expect(q.speaker.length).toBeGreaterThan(0);
      }
      await page.close();
    });
  }

  test('a page that is not an article says so and still lists its quotes and copyright notes', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Sign in</title><meta name="copyright" content="© 2024 Example Corp"></head>
      <body><nav><a href="/">Home</a></nav><form><label>Email <input></label><button>Sign in</button></form>
      <p>“Sign in to keep reading,” said Jane Doe.</p><footer>© 2024 Example Corp. All rights reserved.</footer></body></html>`;
    const page = await openPage(b, server.url(`/raw?type=${encodeURIComponent('text/html; charset=utf-8')}&body=${encodeURIComponent(html)}`));
    const v = view(await openSidenote(b, page));
    expect(v.warnings.join(' ')).toMatch(/doesn.t look like an article/i);
    expect(v.copyright.some((c) => c.includes('Example Corp'))).toBe(true);
    expect(v.quotes.map((q) => q.text)).toContainEqual(expect.stringMatching(/^Sign in to keep reading/));
    await page.close();
  });

  test('on a browser page the button explains itself on the badge and title instead of failing silently', async () => {
    const page = await b.context.newPage();
    await page.goto('chrome://version');
    const { pressAction } = await import('./harness/browser');
    await pressAction(b, page);
    const tabState = async () =>
      b.worker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> }; action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> } } }).chrome;
        const [tab] = await api.tabs.query({ active: true, currentWindow: true });
        return { badge: await api.action.getBadgeText({ tabId: tab!.id }), title: await api.action.getTitle({ tabId: tab!.id }) };
      });
    await expect.poll(async () => (await tabState()).badge, { timeout: 5_000 }).toBe('!');
    expect((await tabState()).title).toMatch(/cannot run on browser pages/i);
    await page.close();
  });
});
