/**
 * The CLI's DOM: linkedom, the fastest of the DOM libraries on this workload (see
 * ../shared/notes/toolchain.md: Readability on linkedom ~29 ms vs jsdom ~220 ms on a 200 KB page).
 */
import { parseHTML } from 'linkedom';

/** Parses html into a Document whose URL-dependent parts (links, Readability's URL fixing) see url. */
export function parseDocument(html: string, url: string): Document {
  const doc = browserShaped(parseHTML(html).document as unknown as Document);
  try {
    Object.defineProperty(doc, 'URL', { value: url, configurable: true });
    Object.defineProperty(doc, 'documentURI', { value: url, configurable: true });
    Object.defineProperty(doc, 'baseURI', { value: url, configurable: true });
  } catch {
    // Some builds freeze these; Readability then keeps relative URLs, which is harmless for analysis.
  }
  return doc;
}

const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'STYLE', 'BASE']);

/**
 * A browser always builds <html><head><body>, whatever the markup (a fragment, bare text, an
 * unterminated comment). linkedom keeps what it was given, so a fragment's first element becomes the
 * root. Rebuild such documents in the browser's shape, so the CLI sees what the extension would.
 */
function browserShaped(doc: Document): Document {
  const root = doc.documentElement;
  if (root && root.tagName === 'HTML' && hasChild(root, 'HEAD') && hasChild(root, 'BODY')) return doc;
  const shell = parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
  const place = (node: Node): void => {
    const el = node.nodeType === 1 ? (node as Element) : null;
    if (el && (el.tagName === 'HTML' || el.tagName === 'HEAD' || el.tagName === 'BODY')) {
      for (const child of Array.from(el.childNodes)) place(child);
    } else if (el && HEAD_TAGS.has(el.tagName)) shell.head.append(el);
    else if (node.nodeType === 1 || node.nodeType === 3) shell.body.append(node);
  };
  for (const node of Array.from(doc.childNodes)) place(node);
  return shell;
}

function hasChild(el: Element, tag: string): boolean {
  return Array.from(el.children).some((c) => c.tagName === tag);
}
