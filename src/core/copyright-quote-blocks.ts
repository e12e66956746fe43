/**
 * The quote-coverage check needs the <p> and <blockquote> elements of the original body whose text holds
 * a quotation mark. The copyright scan walks every node of the original document anyway, so it collects
 * them on the way: a second walk over the whole body cost about as much as the rest of that check.
 */
import { QUOTE_MARK } from './quote-coverage';

/** What the walk hands to the coverage check: the body it walked and the blocks, in document order. */
export interface QuoteBlocks {
  /** The <body> child of the root element that was walked; the check uses the list only for this body. */
  body: Element;
  blocks: Element[];
}

/** Walk state: the <p>/<blockquote> ancestors of the current node inside the body, outermost first. */
export interface QuoteCollector {
  body: Element | null;
  /** True while the walk is inside body. */
  active: boolean;
  chain: Element[];
  found: Set<Element>;
}

/** A collector for one document walk. */
export function quoteCollector(): QuoteCollector {
  return { body: null, active: false, chain: [], found: new Set() };
}

/** True when tag is one of the blocks the coverage check reads. */
export function isQuoteBlock(tag: string): boolean {
  return tag === 'p' || tag === 'blockquote';
}

/** Records the enclosing blocks of a text node that holds a quotation mark (outer before inner). */
export function quoteText(value: string, q: QuoteCollector): void {
  if (q.chain.length === 0 || !QUOTE_MARK.test(value)) return;
  for (const el of q.chain) q.found.add(el);
}

/**
 * The same for a subtree the copyright walk does not read as visible text (scripts, hidden elements,
 * credit lines): the coverage check looks at every text node under body.
 */
export function quoteSubtree(el: Element, q: QuoteCollector): void {
  const block = isQuoteBlock(el.localName);
  if (block) q.chain.push(el);
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1) quoteSubtree(c as Element, q);
    else if (c.nodeType === 3) quoteText(c.nodeValue ?? '', q);
  }
  if (block) q.chain.pop();
}

/** The collected blocks, or null when the walk met no body. */
export function quoteBlocksOf(q: QuoteCollector): QuoteBlocks | null {
  return q.body ? { body: q.body, blocks: [...q.found] } : null;
}
