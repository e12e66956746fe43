/**
 * How the live clutter hider learns that the page changed. Two strategies:
 * - whole tree: one subtree MutationObserver on <html>. Sees every insertion at once, but the browser
 *   queues a record for every change anywhere (a no-op subtree observer alone costs a third more time
 *   on a page making 10,000 mutations). Used while Sidenote is open, for a few minutes at most.
 * - top level: for the all-sites mode, which lives as long as every page does. Looks only at the
 *   children of <html>, <head> and <body>, where overlays, banners and app <meta> tags are attached, and
 *   without any MutationObserver: even a childList observer on three nodes measurably slowed a page
 *   making 10,000 mutations (scripts/bench-mutations.ts, CPU time: +4.6% with it, -0.5% without), so a
 *   timer compares each part's child count and first and last child with the last look (a few property
 *   reads) and hands over the children it has not seen. Ordinary deep DOM churn costs nothing.
 *   Clutter inserted deeper is caught by a whole-page rescan in idle time, driven by cheap signals
 *   rather than by mutations: a few timers after start (late prompts come seconds after load) and the
 *   reader's own scrolls, clicks and keys (what usually makes a page show one). Rescans are spaced so
 *   they take at most ~1% of the time (a slow page waits longer between them).
 */

/** How often the top level is looked at while late prompts are most likely, then afterwards. */
const LOOK_FAST_MS = 250;
const LOOK_FAST_FOR_MS = 20_000;
const LOOK_SLOW_MS = 1_000;
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
 * Children added to <html>, <head> and <body> since the caller's scan (handed to onAdded within a
 * look interval), plus rescan() in idle time after the start timers and reader input, spaced by its
 * own cost.
 */
export function watchTopLevel(onAdded: (nodes: Node[]) => void, rescan: () => void): ClutterWatch {
  const looker = topLevelLooker();
  const began = performance.now();
  let look: ReturnType<typeof setTimeout> | null = null;
  const tick = (): void => {
    const added = looker();
    if (added.length > 0) onAdded(added);
    look = setTimeout(tick, performance.now() - began < LOOK_FAST_FOR_MS ? LOOK_FAST_MS : LOOK_SLOW_MS);
  };
  look = setTimeout(tick, LOOK_FAST_MS);

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
      if (look !== null) clearTimeout(look);
      for (const t of starts) clearTimeout(t);
      if (timer !== null) clearTimeout(timer);
      if (idle !== null && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      for (const type of TRIGGER_EVENTS) document.removeEventListener(type, trigger, listen);
    },
  };
}

/** What one part of the top level looked like: enough to tell, cheaply, that its children changed. */
interface Shape {
  parent: Node | null;
  count: number;
  first: Node | null;
  last: Node | null;
}

/**
 * A function that returns the element and text children of <html>, <head> and <body> it has not
 * returned (or seen at creation) before. Cheap when nothing changed: three shape comparisons.
 * A page that swaps <body> (document.body = …) hands over the new body's children.
 */
function topLevelLooker(): () => Node[] {
  const seen = new WeakSet<Node>();
  const parts = (): (Node | null)[] => [document.documentElement, document.head, document.body];
  const shapeOf = (parent: Node | null): Shape => ({ parent, count: parent?.childNodes.length ?? 0, first: parent?.firstChild ?? null, last: parent?.lastChild ?? null });
  const same = (a: Shape, b: Node | null): boolean =>
    a.parent === b && a.count === (b?.childNodes.length ?? 0) && a.first === (b?.firstChild ?? null) && a.last === (b?.lastChild ?? null);
  const collect = (parent: Node | null, into: Node[] | null): void => {
    const children = parent?.childNodes;
    if (!children) return;
    for (let i = 0; i < children.length; i++) {
      const n = children[i]!;
      if ((n.nodeType === 1 || n.nodeType === 3) && !seen.has(n)) {
        seen.add(n);
        into?.push(n);
      }
    }
  };
  let shapes = parts().map((p) => {
    collect(p, null);
    return shapeOf(p);
  });
  return () => {
    const now = parts();
    if (now.every((p, i) => same(shapes[i]!, p))) return [];
    const added: Node[] = [];
    for (const p of now) collect(p, added);
    shapes = now.map(shapeOf);
    return added;
  };
}
