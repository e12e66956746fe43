/**
 * How the live clutter hider learns that the page changed. Two strategies:
 * - whole tree: one subtree MutationObserver on <html>. Sees every insertion at once, but the browser
 *   queues a record for every change anywhere (a no-op subtree observer alone costs a third more time
 *   on a page making 10,000 mutations). Used while Sidenote is open, for a few minutes at most.
 * - top level: for the all-sites mode, which lives as long as every page does. Observes only the
 *   children of <html>, <head> and <body> (no subtree), where overlays, banners and app <meta> tags are
 *   attached, so ordinary deep DOM churn (feeds, tickers, frameworks re-rendering) costs nothing.
 *   Clutter inserted deeper is caught by a whole-page rescan in idle time, driven by cheap signals
 *   rather than by mutations: a few timers after start (late prompts come seconds after load) and the
 *   reader's own scrolls, clicks and keys (what usually makes a page show one). Rescans are spaced so
 *   they take at most ~1% of the time (a slow page waits longer between them).
 */

/** Rescans after start, in ms: late prompts typically come a few seconds after load, some later. */
const RESCAN_AFTER_MS = [2_000, 6_000, 20_000, 60_000];
/** Shortest pause between two rescans; the pause grows to RESCAN_COST_FACTOR × the last rescan's cost. */
const RESCAN_MIN_GAP_MS = 2_000;
const RESCAN_COST_FACTOR = 100;
/** An idle callback waits at most this long for the page to go idle. */
const IDLE_TIMEOUT_MS = 1_000;
/** Reader input that may make a page show a prompt (scroll does not bubble: listened to in capture). */
const TRIGGER_EVENTS = ['scroll', 'click', 'keydown', 'visibilitychange'] as const;

/** A running watch; stop() ends every observer, listener and timer it holds. */
export interface ClutterWatch {
  stop(): void;
}

/** Every childList change anywhere under <html>, as one subtree observer. */
export function watchWholeTree(onRecords: (records: MutationRecord[]) => void): ClutterWatch {
  const observer = new MutationObserver(onRecords);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return { stop: () => observer.disconnect() };
}

/**
 * Children added to <html>, <head> and <body> (handed to onRecords as they come), plus rescan() in idle
 * time after the start timers and reader input, spaced by its own cost.
 */
export function watchTopLevel(onRecords: (records: MutationRecord[]) => void, rescan: () => void): ClutterWatch {
  let body: HTMLElement | null = null;
  const observer = new MutationObserver((records) => {
    // A page may swap <body> (document.body = …, or a framework re-creating it): follow the new one.
    if (document.body !== body) observeParts();
    onRecords(records);
  });
  const observeParts = (): void => {
    body = document.body;
    for (const el of [document.documentElement, document.head, body]) if (el) observer.observe(el, { childList: true });
  };
  observeParts();

  // The caller has just scanned the whole page: the spacing counts from now.
  let lastEnd = performance.now();
  let gap = RESCAN_MIN_GAP_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let idle: number | null = null;
  const run = (): void => {
    idle = null;
    const start = performance.now();
    rescan();
    lastEnd = performance.now();
    gap = Math.max(RESCAN_MIN_GAP_MS, (lastEnd - start) * RESCAN_COST_FACTOR);
  };
  const request = (): void => {
    timer = null;
    if (idle !== null) return;
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    else run();
  };
  /** Asks for a rescan: at once (in idle time) when the last one is long enough ago, else when it is. */
  const trigger = (): void => {
    if (timer !== null || idle !== null) return;
    timer = setTimeout(request, Math.max(0, lastEnd + gap - performance.now()));
  };
  const starts = RESCAN_AFTER_MS.map((ms) => setTimeout(trigger, ms));
  const listen = { capture: true, passive: true } as const;
  for (const type of TRIGGER_EVENTS) document.addEventListener(type, trigger, listen);

  return {
    stop() {
      observer.disconnect();
      for (const t of starts) clearTimeout(t);
      if (timer !== null) clearTimeout(timer);
      if (idle !== null && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      for (const type of TRIGGER_EVENTS) document.removeEventListener(type, trigger, listen);
    },
  };
}
