/**
 * Printing while the reader is open prints the article, not the page behind it. Sidenote's host is a
 * fixed overlay (kept so by the host guard), and a fixed element prints only one screenful; so just
 * before printing, a print-only copy of the reader goes into a second, static host with the same
 * stylesheets, the page's body is hidden by an adopted print-only sheet, and the shadow CSS's @media
 * print rules hide the live overlay and the sidebar. Right after printing, all of it is removed.
 */

const PRINT_TAG = 'sidenote-print';
const HIDE_PAGE_CSS = `@media print { body { display: none !important; } } @media screen { ${PRINT_TAG} { display: none !important; } }`;

/** Listens for printing while Sidenote is open; returns the function that stops listening. */
export function installPrint(shadow: ShadowRoot, readerShown: () => boolean): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIDE_PAGE_CSS);
  let copy: HTMLElement | null = null;
  const before = (): void => {
    const root = shadow.querySelector('.sn-root');
    if (copy || !root || !readerShown()) return;
    copy = document.createElement(PRINT_TAG);
    const inner = copy.attachShadow({ mode: 'closed' });
    inner.adoptedStyleSheets = [...shadow.adoptedStyleSheets];
    const clone = root.cloneNode(true) as HTMLElement;
    clone.setAttribute('data-print-copy', '');
    inner.appendChild(clone);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    document.documentElement.appendChild(copy);
  };
  const after = (): void => {
    if (!copy) return;
    copy.remove();
    copy = null;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    after();
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}
