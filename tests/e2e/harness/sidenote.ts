/**
 * Shared steps of the end-to-end suites: open a served page, press Sidenote's button, wait for the
 * sidebar to render, and read what a person would see.
 */
import type { Page } from 'playwright-core';
import { pressAction, type Launched } from './browser';
import { hasHost, readShadow, texts, waitForShadow } from './shadow';
import { textIsVisible } from './page-probes';

/** Opens url in a new tab and waits for it to load. */
export async function openPage(b: Launched, url: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Presses the toolbar button and waits until the sidebar has rendered its sections. */
export async function openSidenote(b: Launched, page: Page): Promise<Document> {
  await pressAction(b, page);
  try {
    return await waitForShadow(page, '.sn-sidebar #sn-copyright', 8_000);
  } catch {
    // A fresh tab sometimes lacks the activeTab grant on the first press (toolchain.md): press again.
    if (!(await hasHost(page))) await pressAction(b, page);
    return waitForShadow(page, '.sn-sidebar #sn-copyright', 15_000);
  }
}

/** Presses the button again and waits until Sidenote's host is gone. */
export async function closeWithButton(b: Launched, page: Page): Promise<void> {
  await pressAction(b, page);
  await page.waitForFunction(() => document.getElementsByTagName('sidenote-root').length === 0, undefined, { timeout: 10_000, polling: 100 });
}

export interface SidebarView {
  quotes: { text: string; speaker: string; role: string }[];
  sources: string[];
  copyright: string[];
  warnings: string[];
  readerText: string;
  counts: Record<string, number>;
}

/** What the sidebar and reader show, as plain data. */
export function view(doc: Document): SidebarView {
  const quotes = Array.from(doc.querySelectorAll('.sn-quote')).map((li) => ({
    text: li.querySelector('.sn-quote-text')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    speaker: li.querySelector('.sn-speaker')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    role: li.querySelector('.sn-role')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  }));
  const counts: Record<string, number> = {};
  for (const id of ['sn-quotes', 'sn-sources', 'sn-copyright', 'sn-clutter']) {
    const c = doc.querySelector(`#${id} .sn-count`)?.textContent;
    if (c) counts[id] = Number.parseInt(c, 10);
  }
  return {
    quotes,
    sources: texts(doc, '.sn-source-name'),
    copyright: texts(doc, '.sn-copyright-text'),
    warnings: texts(doc, '.sn-warning'),
    readerText: texts(doc, '.sn-article-body').join('\n'),
    counts,
  };
}

/** Fresh snapshot of what Sidenote shows now. */
export async function currentView(page: Page): Promise<SidebarView | null> {
  const doc = await readShadow(page);
  return doc ? view(doc) : null;
}

/** Whether some element whose own text contains text is visible on the live page. */
export async function visibleOnPage(page: Page, text: string): Promise<boolean> {
  return page.evaluate(textIsVisible, text);
}
