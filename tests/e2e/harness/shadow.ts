/**
 * Reads and clicks inside Sidenote's closed shadow root from outside, the way assistive technology and
 * DevTools do: CDP's DOM domain with `pierce: true`. No test-only open root exists in any build.
 */
import type { CDPSession, Page } from 'playwright-core';
import { parseHTML } from 'linkedom';

interface CdpNode {
  nodeId: number;
  nodeName: string;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

const HOST = 'SIDENOTE-ROOT';

async function session(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

function findHost(node: CdpNode): CdpNode | null {
  if (node.nodeName === HOST) return node;
  for (const c of node.children ?? []) {
    const hit = findHost(c);
    if (hit) return hit;
  }
  return null;
}

/** The shadow root's node id in a fresh DOM snapshot, or null when Sidenote is not open. */
async function shadowRootId(cdp: CDPSession): Promise<number | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const host = findHost(root);
  return host?.shadowRoots?.[0]?.nodeId ?? null;
}

/** True when the page has a Sidenote host element. */
export async function hasHost(page: Page): Promise<boolean> {
  return page.evaluate((tag) => document.getElementsByTagName(tag).length > 0, HOST.toLowerCase());
}

/** The shadow root's content, parsed into a Document for querying; null when Sidenote is closed. */
export async function readShadow(page: Page): Promise<Document | null> {
  const cdp = await session(page);
  try {
    const id = await shadowRootId(cdp);
    if (id === null) return null;
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const shadow = findHost(root)?.shadowRoots?.[0];
    let html = '';
    for (const child of shadow?.children ?? []) {
      const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { nodeId: child.nodeId })) as { outerHTML: string };
      html += outerHTML;
    }
    return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
  } finally {
    await cdp.detach();
  }
}

/**
 * Runs fn(root, ...args) on the closed shadow root itself (DevTools' view of it) and returns its
 * JSON-able result; null when Sidenote is closed. For what a snapshot cannot tell: layout, geometry.
 */
export async function onShadowRoot<T>(page: Page, fn: string, ...args: (string | number)[]): Promise<T | null> {
  const cdp = await session(page);
  try {
    const id = await shadowRootId(cdp);
    if (id === null) return null;
    const { object } = (await cdp.send('DOM.resolveNode', { nodeId: id })) as { object: { objectId: string } };
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      functionDeclaration: `function (...args) { return (${fn})(this, ...args); }`,
      objectId: object.objectId,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
    })) as { result: { value: T } };
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** Polls until the shadow root contains selector; returns the snapshot. */
export function waitForShadow(page: Page, selector: string, timeoutMs = 15_000): Promise<Document> {
  return pollShadow(() => readShadow(page), selector, timeoutMs);
}

/**
 * Reads a shadow-root snapshot every 100 ms until it contains selector. Shared by the Chromium and
 * Firefox harnesses, which differ only in how they read the closed root.
 */
export async function pollShadow(read: () => Promise<Document | null>, selector: string, timeoutMs: number): Promise<Document> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const doc = await read();
    if (doc?.querySelector(selector)) return doc;
    if (Date.now() > end) throw new Error(`timed out waiting for ${selector} in Sidenote's shadow root`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Clicks the centre of the first element matching selector inside the shadow root, with the real mouse. */
export async function clickInShadow(page: Page, selector: string, nth = 0): Promise<void> {
  const cdp = await session(page);
  try {
    const id = await shadowRootId(cdp);
    if (id === null) throw new Error('Sidenote is not open');
    const { nodeIds } = (await cdp.send('DOM.querySelectorAll', { nodeId: id, selector })) as { nodeIds: number[] };
    const nodeId = nodeIds[nth];
    if (!nodeId) throw new Error(`no element ${selector} [${nth}] in the shadow root`);
    await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { content: number[] } };
    const q = model.content;
    const x = (q[0]! + q[2]! + q[4]! + q[6]!) / 4;
    const y = (q[1]! + q[3]! + q[5]! + q[7]!) / 4;
    await page.mouse.click(x, y);
  } finally {
    await cdp.detach();
  }
}

/** Text of each element matching selector, whitespace collapsed. */
export function texts(doc: Document, selector: string): string[] {
  return Array.from(doc.querySelectorAll(selector)).map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
}
