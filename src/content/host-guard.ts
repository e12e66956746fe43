/**
 * Keeps Sidenote's host element on the page when page scripts fight it: a script that removes the
 * host or rewrites its style gets it back, a bounded number of times, after which Sidenote gives up
 * cleanly (closes and restores the page) instead of fighting forever.
 */

/** How many repairs are allowed before giving up. */
const MAX_REPAIRS = 20;

export interface HostGuard {
  stop(): void;
}

/** Watches host; calls onGiveUp when the page keeps removing it. */
export function guardHost(host: HTMLElement, style: Record<string, string>, onGiveUp: () => void): HostGuard {
  let repairs = 0;
  const applyStyle = (): void => {
    for (const [k, v] of Object.entries(style)) host.style.setProperty(k, v, 'important');
  };
  applyStyle();
  const repair = (): void => {
    if (++repairs > MAX_REPAIRS) {
      observer.disconnect();
      onGiveUp();
      return;
    }
    if (!host.isConnected || host.parentNode !== document.documentElement) document.documentElement.appendChild(host);
    applyStyle();
  };
  const observer = new MutationObserver((records) => {
    const styleChanged = records.some((r) => r.type === 'attributes' && r.target === host && !styleIntact());
    const removed = !host.isConnected || host.parentNode !== document.documentElement;
    if (styleChanged || removed) {
      observer.disconnect();
      repair();
      if (repairs <= MAX_REPAIRS) observe();
    }
  });
  const styleIntact = (): boolean => Object.entries(style).every(([k, v]) => host.style.getPropertyValue(k) === v && host.style.getPropertyPriority(k) === 'important');
  const observe = (): void => {
    observer.observe(document.documentElement, { childList: true });
    if (document.body) observer.observe(document.body, { childList: true });
    observer.observe(host, { attributes: true, attributeFilter: ['style', 'hidden', 'class'] });
  };
  observe();
  return { stop: () => observer.disconnect() };
}
