/**
 * Highlights inside Sidenote's closed shadow root, as <mark> elements. The CSS Custom Highlight API
 * keeps its registry on the document, where page scripts read it too: a registered Range hands them
 * its nodes, and a node's getRootNode() the closed root with everything Sidenote shows. Marks stay in
 * the root. They wrap text of the reader body, which is Sidenote's own copy, so the page is untouched.
 */
const ATTR = 'data-sn-mark';

/** The marks of each highlight name, so each can be undone on its own. */
const marked = new Map<string, Element[]>();

export const MARK_CSS = `mark[${ATTR}] { background: #ffd166; color: #111; }
mark[${ATTR}="sidenote-preview"] { background: rgba(255, 209, 102, 0.45); color: inherit; }`;

/** Text nodes the range touches, in document order. */
function textNodesIn(range: Range): Text[] {
  const common = range.commonAncestorContainer;
  if (common.nodeType === Node.TEXT_NODE) return [common as Text];
  const walker = (common.ownerDocument ?? document).createTreeWalker(common, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) out.push(n as Text);
  return out;
}

/**
 * Wraps the range's text in marks named name (replacing that name's earlier marks) and returns the
 * first mark. The range itself is left collapsed by the DOM changes; callers measure before marking.
 */
export function markRange(name: string, range: Range): Element | null {
  unmark(name);
  const marks: Element[] = [];
  const { startContainer, startOffset, endContainer, endOffset } = range;
  for (const text of textNodesIn(range)) {
    const start = text === startContainer ? startOffset : 0;
    const end = text === endContainer ? endOffset : text.data.length;
    if (start >= end) continue;
    if (end < text.data.length) text.splitText(end);
    const part = start > 0 ? text.splitText(start) : text;
    const mark = part.ownerDocument.createElement('mark');
    mark.setAttribute(ATTR, name);
    part.replaceWith(mark);
    mark.append(part);
    marks.push(mark);
  }
  marked.set(name, marks);
  return marks[0] ?? null;
}

/** Removes the marks named name, merging their text back. */
export function unmark(name: string): void {
  for (const mark of marked.get(name) ?? []) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...Array.from(mark.childNodes));
    parent.normalize();
  }
  marked.delete(name);
}

/** True when node lives in a shadow root (Sidenote's), not in the page's document. */
export function inShadowRoot(node: Node): boolean {
  return node.getRootNode() instanceof ShadowRoot;
}
