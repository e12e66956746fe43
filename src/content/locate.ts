/**
 * Finds a quote's words in a tree and highlights them. On the original page: with the CSS Custom
 * Highlight API, which paints without touching the page's DOM (so closing Sidenote has nothing to
 * undo). In the reader, inside the closed root: with marks (shadow-marks.ts), since the page can read
 * the highlight registry and would reach the root through a registered range.
 */
import { inShadowRoot, MARK_CSS, markRange, unmark } from './shadow-marks';

const HIGHLIGHT = 'sidenote-locate';
const FOLD = /[\s\u00a0]+/g;

const PREVIEW = 'sidenote-preview';

export const LOCATE_CSS = `::highlight(${HIGHLIGHT}) { background: #ffd166; color: #111; }
::highlight(${PREVIEW}) { background: rgba(255, 209, 102, 0.45); }`;

/** The reader's highlight rules, for the shadow root only. */
export const READER_LOCATE_CSS = MARK_CSS;

type Registry = Map<string, unknown>;
const registry = (): Registry | undefined => (globalThis as { CSS?: { highlights?: Registry } }).CSS?.highlights;

/** Shows range as the named highlight: marks inside Sidenote's root, the page's registry outside. */
function paint(name: string, range: Range): Element | null {
  if (inShadowRoot(range.startContainer)) {
    registry()?.delete(name);
    return markRange(name, range);
  }
  unmark(name);
  if (typeof Highlight !== 'undefined') registry()?.set(name, new Highlight(range));
  return range.startContainer.parentElement;
}

/** Removes the named highlight wherever it is painted. */
function unpaint(name: string): void {
  registry()?.delete(name);
  unmark(name);
}

/** Whitespace-folded text, the form findText searches in. */
export function foldSpace(text: string): string {
  return text.replace(FOLD, ' ').trim();
}

/** Builds a Range over the first occurrence of text under root (whitespace-insensitive), or null. */
export function findText(root: Node, text: string): Range | null {
  const needle = text.replace(FOLD, ' ').trim();
  if (!needle) return null;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let flat = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = (n as Text).parentElement;
    if (parent && /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.tagName)) continue;
    nodes.push(n as Text);
    starts.push(flat.length);
    flat += (n as Text).data;
  }
  // Map a whitespace-folded search back onto raw offsets.
  const folded: number[] = [];
  let foldedText = '';
  let lastSpace = false;
  for (let i = 0; i < flat.length; i++) {
    const space = /[\s\u00a0]/.test(flat[i]!);
    if (space && lastSpace) continue;
    foldedText += space ? ' ' : flat[i];
    folded.push(i);
    lastSpace = space;
  }
  const at = foldedText.indexOf(needle);
  if (at < 0) return null;
  const startRaw = folded[at]!;
  const endRaw = folded[at + needle.length - 1]! + 1;
  const locateNode = (offset: number): [Text, number] => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [nodes[lo]!, offset - starts[lo]!];
  };
  const [sn, so] = locateNode(startRaw);
  const [en, eo] = locateNode(endRaw - 1);
  const range = doc.createRange();
  range.setStart(sn, so);
  range.setEnd(en, eo + 1);
  return range;
}

/** Scrolls the range into the middle of its scroller and highlights it; returns false when not found. */
export function locateAndHighlight(root: Node, text: string): boolean {
  const range = findText(root, text);
  if (!range) return false;
  const target = paint(HIGHLIGHT, range);
  target?.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  return true;
}

/** Removes Sidenote's highlights (located and previewed). */
export function clearHighlight(): void {
  unpaint(HIGHLIGHT);
  unpaint(PREVIEW);
}

/** Paints a faint preview highlight on range (hover in the sidebar), or clears it when null. */
export function previewHighlight(range: Range | null): void {
  if (range) paint(PREVIEW, range);
  else unpaint(PREVIEW);
}
