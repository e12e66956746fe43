/**
 * Notices when a single-page app moves to another article with pushState while Sidenote is open.
 * The content script's world cannot hook the page's history calls, so it compares the address on
 * popstate and on a slow timer. Hash-only changes (jumps within the article) are ignored.
 */

/** How often the address is compared. */
const POLL_MS = 400;
/** Pause after a change before the new page is read, so the app can render it. */
const SETTLE_MS = 600;

const withoutHash = (href: string): string => href.replace(/#.*$/, '');

/** Calls onChange (once per new address, after it settles) until the returned stop function runs. */
export function watchNavigation(onChange: () => void): () => void {
  let current = withoutHash(location.href);
  let settle: ReturnType<typeof setTimeout> | null = null;
  const check = (): void => {
    const now = withoutHash(location.href);
    if (now === current) return;
    current = now;
    if (settle) clearTimeout(settle);
    settle = setTimeout(() => {
      settle = null;
      onChange();
    }, SETTLE_MS);
  };
  const timer = setInterval(check, POLL_MS);
  window.addEventListener('popstate', check);
  return () => {
    clearInterval(timer);
    if (settle) clearTimeout(settle);
    window.removeEventListener('popstate', check);
  };
}
