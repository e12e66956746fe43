/**
 * Reads and clicks inside Sidenote's closed shadow root from outside, the way the Chromium harness does
 * with CDP `pierce`: WebDriver BiDi serialises a node with `includeShadowTree: 'all'`, which hands the
 * test (never the page) a reference to a closed root. No build opens the root or exposes it.
 * Uses puppeteer's BiDi connection and frame id, which are internal (stable in puppeteer-core 24).
 */
import type { Page } from 'puppeteer-core';
import { parseHTML } from 'linkedom';
import { pollShadow } from '../../e2e/harness/shadow';

interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}
interface EvaluateResult {
  type: 'success' | 'exception';
  result?: RemoteValue;
  exceptionDetails?: { text: string };
}
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: EvaluateResult }>;
}

function bidi(page: Page): { send: BidiConnection['send']; context: string } {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  return { send: (m, p) => connection.send(m, p), context };
}

function unwrap(r: EvaluateResult): RemoteValue {
  if (r.type !== 'success' || !r.result) throw new Error(`BiDi script failed: ${r.exceptionDetails?.text ?? 'no result'}`);
  return r.result;
}

/** BiDi reference to Sidenote's (closed) shadow root, or null when Sidenote is not open. */
async function shadowRef(page: Page): Promise<string | null> {
  const { send, context } = bidi(page);
  const r = await send('script.evaluate', {
    expression: 'document.querySelector("sidenote-root")',
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const host = unwrap(r.result);
  if (host.type !== 'node') return null;
  const root = (host.value as { shadowRoot?: RemoteValue | null }).shadowRoot;
  return root?.sharedId ?? null;
}

/**
 * Runs `fn(shadowRoot, ...args)` in the page and returns its JSON-able result; null when Sidenote is
 * closed. fn is source text of a function returning a value JSON.stringify can carry.
 */
export async function onShadow<T>(page: Page, fn: string, ...args: (string | number)[]): Promise<T | null> {
  const id = await shadowRef(page);
  if (!id) return null;
  const { send, context } = bidi(page);
  const r = await send('script.callFunction', {
    functionDeclaration: `(root, ...args) => JSON.stringify((${fn})(root, ...args) ?? null)`,
    arguments: [{ sharedId: id }, ...args.map((a) => (typeof a === 'string' ? { type: 'string', value: a } : { type: 'number', value: a }))],
    target: { context },
    awaitPromise: true,
  });
  return JSON.parse(unwrap(r.result).value as string) as T;
}

/** The shadow root's content, parsed into a Document for querying; null when Sidenote is closed. */
export async function readShadow(page: Page): Promise<Document | null> {
  const html = await onShadow<string>(page, '(root) => Array.from(root.children, (c) => c.outerHTML).join("")');
  if (html === null) return null;
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
}

/** Polls until the shadow root contains selector; returns the snapshot. */
export function waitForShadow(page: Page, selector: string, timeoutMs = 15_000): Promise<Document> {
  return pollShadow(() => readShadow(page), selector, timeoutMs);
}

/** Clicks the centre of the nth element matching selector inside the shadow root, with the real mouse. */
export async function clickInShadow(page: Page, selector: string, nth = 0): Promise<void> {
  const box = await onShadow<{ x: number; y: number; width: number; height: number }>(
    page,
    `(root, sel, n) => {
      const el = root.querySelectorAll(sel)[n];
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }`,
    selector,
    nth,
  );
  if (!box) throw new Error(`no element ${selector} [${nth}] in Sidenote's shadow root`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
