/**
 * Functions evaluated inside the page under test, shared by the Chromium (Playwright) and Firefox
 * (puppeteer) harnesses. Each must be self-contained: the drivers serialise it into the page.
 */

/** Whether some element whose own text contains needle is visible on the page. */
export function textIsVisible(needle: string): boolean {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n.nodeValue ?? '').includes(needle)) {
      const el = n.parentElement;
      if (el && el.checkVisibility({ checkVisibilityCSS: true } as CheckVisibilityOptions)) return true;
    }
  }
  return false;
}
