/**
 * Extra steps for the sidebar suites: act on an element inside the closed shadow root through CDP
 * (the node is resolved with `pierce`, as DevTools does), and read which element has focus from the
 * accessibility tree (what a screen reader hears). Nothing here needs an open root in any build.
 */
import type { CDPSession, Page } from 'playwright-core';
import { launch, type Launched } from './harness/browser';
import { onShadowRoot } from './harness/shadow';

interface AXNode {
  role?: { value?: string };
  name?: { value?: string };
  properties?: { name: string; value: { value?: unknown } }[];
  ignored?: boolean;
}

async function withCdp<T>(page: Page, run: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await run(cdp);
  } finally {
    await cdp.detach();
  }
}

/** Calls fn(element, arg) on the nth element matching selector inside Sidenote's shadow root. */
export async function callInShadow<T>(page: Page, selector: string, fn: string, arg?: unknown, nth = 0): Promise<T> {
  return withCdp(page, async (cdp) => {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: { nodeId: number } };
    const { nodeIds: hosts } = (await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'sidenote-root' })) as { nodeIds: number[] };
    const { node } = (await cdp.send('DOM.describeNode', { nodeId: hosts[0]!, depth: 1, pierce: true })) as { node: { shadowRoots?: { backendNodeId: number }[] } };
    const shadowBackend = node.shadowRoots?.[0]?.backendNodeId;
    if (shadowBackend === undefined) throw new Error('Sidenote is not open');
    const { nodeIds: [shadowId] } = (await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [shadowBackend] })) as { nodeIds: number[] };
    const { nodeIds } = (await cdp.send('DOM.querySelectorAll', { nodeId: shadowId!, selector })) as { nodeIds: number[] };
    if (nodeIds[nth] === undefined) throw new Error(`no ${selector} [${nth}] in the shadow root`);
    const { object } = (await cdp.send('DOM.resolveNode', { nodeId: nodeIds[nth] })) as { object: { objectId: string } };
    const res = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      arguments: [{ value: arg ?? null }],
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T }; exceptionDetails?: unknown };
    if (res.exceptionDetails) throw new Error(`callInShadow failed: ${JSON.stringify(res.exceptionDetails)}`);
    return res.result.value;
  });
}

/** Chooses value in a <select> inside the shadow root, firing the change event a user's pick fires. */
export async function selectInShadow(page: Page, selector: string, value: string): Promise<void> {
  await callInShadow(page, selector, `function (v) { this.value = v; this.dispatchEvent(new Event('change', { bubbles: true })); }`, value);
}

/** Role and accessible name of the focused node, from the accessibility tree. */
export async function focused(page: Page): Promise<{ role: string; name: string } | null> {
  return withCdp(page, async (cdp) => {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    // The document itself reports focused too; the element with focus is the last focused node.
    const hit = nodes.filter((n) => !n.ignored && n.role?.value !== 'RootWebArea' && n.properties?.some((p) => p.name === 'focused' && p.value.value === true)).at(-1);
    return hit ? { role: String(hit.role?.value ?? ''), name: String(hit.name?.value ?? '') } : null;
  });
}

/** Sidenote's settings as stored (storage.sync), read in the extension's service worker. */
export async function storedSettings(b: Launched): Promise<Record<string, unknown>> {
  return b.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return ((await api.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>;
  });
}

/** Reads the named highlight inside the shadow root: its marks' text and whether they are in view. */
const MARKS_FN = `(root, name) => {
  const marks = [...root.querySelectorAll('mark[data-sn-mark="' + name + '"]')];
  if (!marks.length) return null;
  const first = marks[0].getBoundingClientRect();
  const last = marks[marks.length - 1].getBoundingClientRect();
  return { text: marks.map((m) => m.textContent).join('').replace(/\\s+/g, ' '), inView: first.top >= 0 && last.bottom <= innerHeight && first.height > 0 };
}`;

/**
 * The named highlight's text and whether it is inside the viewport: marks in the reader (inside the
 * closed root), else the page's CSS highlight of that name (original page).
 */
export async function highlight(page: Page, name: string): Promise<{ text: string; inView: boolean } | null> {
  const marks = await onShadowRoot<{ text: string; inView: boolean }>(page, MARKS_FN, name);
  if (marks) return marks;
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    const range = h ? ([...h][0] as Range) : null;
    if (!range) return null;
    const rect = range.getBoundingClientRect();
    return { text: range.toString().replace(/\s+/g, ' '), inView: rect.top >= 0 && rect.bottom <= window.innerHeight && rect.height > 0 };
  }, name);
}

/** What the page itself can reach through the highlight registry: any range inside a shadow root. */
export function registryReachesShadow(page: Page): Promise<boolean> {
  return page.evaluate(() => [...CSS.highlights.values()].some((h) => [...h].some((r) => (r as Range).startContainer.getRootNode() instanceof ShadowRoot)));
}

/** harness/browser's launch of the e2e build with extra Chromium switches and environment. */
export function launchWith(extraArgs: string[], env: Record<string, string> = {}): Promise<Launched> {
  return launch('dist-e2e', { args: extraArgs, env });
}
