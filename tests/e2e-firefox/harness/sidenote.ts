/**
 * Shared steps of the Firefox suites: press through the bridge, wait for the sidebar, read what a
 * person would see. What the sidebar shows is read with the Chromium suite's `view`, so both browsers
 * are held to the same expectations.
 */
import type { Page } from 'puppeteer-core';
import { bridge } from './firefox';
import { waitForShadow } from './shadow';
import { textIsVisible } from '../../e2e/harness/page-probes';

const SIDEBAR_READY = '.sn-sidebar #sn-copyright';

/** Presses Sidenote (same click handler as the toolbar) and waits until the sidebar has rendered. */
export async function openSidenote(page: Page): Promise<Document> {
  await bridge(page, 'press');
  return waitForShadow(page, SIDEBAR_READY, 15_000);
}

/** Presses again and waits until Sidenote's host is gone. */
export async function closeWithPress(page: Page): Promise<void> {
  await bridge(page, 'press');
  await waitForNoHost(page);
}

/** Waits until Sidenote's host element has left the page. */
export async function waitForNoHost(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementsByTagName('sidenote-root').length === 0, { timeout: 10_000 });
}

/** Whether some element whose own text contains text is visible on the live page. */
export async function visibleOnPage(page: Page, text: string): Promise<boolean> {
  return page.evaluate(textIsVisible, text);
}

/** Polls check until it returns true or timeoutMs passes. */
export async function until(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Pastes the clipboard the way a person does: a focused text field on the page, Ctrl+V from the real keyboard. */
export async function pasteIntoPage(page: Page): Promise<string> {
  await page.evaluate(() => {
    const area = document.createElement('textarea');
    area.id = 'paste-target';
    area.style.cssText = 'position:fixed;left:0;top:0;width:200px;height:100px;z-index:2147483647';
    document.body.appendChild(area);
    area.focus();
  });
  await page.keyboard.down('Control');
  await page.keyboard.press('v');
  await page.keyboard.up('Control');
  return page.evaluate(() => (document.getElementById('paste-target') as HTMLTextAreaElement).value);
}
