/**
 * The CLI's DOM: linkedom, the fastest of the DOM libraries on this workload (see
 * ../shared/notes/toolchain.md: Readability on linkedom ~29 ms vs jsdom ~220 ms on a 200 KB page).
 */
import { parseHTML } from 'linkedom';

/** Parses html into a Document whose URL-dependent parts (links, Readability's URL fixing) see url. */
export function parseDocument(html: string, url: string): Document {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  try {
    Object.defineProperty(doc, 'URL', { value: url, configurable: true });
    Object.defineProperty(doc, 'documentURI', { value: url, configurable: true });
    Object.defineProperty(doc, 'baseURI', { value: url, configurable: true });
  } catch {
    // Some builds freeze these; Readability then keeps relative URLs, which is harmless for analysis.
  }
  return doc;
}
