/**
 * The content script's side of the sidebar's reader features: which quotes and sources the reader
 * view lost, the hover preview's position, and file downloads for export.
 */
import type { Analysis } from '../core/types';
import { findText, foldSpace, previewHighlight } from './locate';

/** How long the Blob URL of an export lives: long enough for the browser to start the download. */
const REVOKE_MS = 10_000;

/**
 * Quote texts and source phrases that do not occur in the reader body: Readability dropped their
 * paragraph. Judged on the sanitised body, exactly the text the reader shows; compared
 * whitespace-folded, the way locate searches.
 */
export function missingFromReader(content: Node | null, analysis: Analysis): string[] {
  if (!content) return [];
  const body = foldSpace(content.textContent ?? '');
  const texts = [...analysis.quotes.map((q) => q.text), ...analysis.sources.map((s) => s.evidence || s.name)];
  return [...new Set(texts.filter((t) => t && !body.includes(foldSpace(t))))];
}

/**
 * Previews text under root (hover): paints the faint highlight and returns where it is as a fraction
 * of the scroller's content height, for the sidebar's position marker. Null when not found or cleared.
 */
export function previewIn(root: Element | null, scroller: Element | null, text: string | null): number | null {
  const range = text && root ? findText(root, text) : null;
  // Measured first: painting in the reader wraps the words in marks, which moves the range's ends.
  const rect = range?.getBoundingClientRect();
  previewHighlight(range);
  if (!range || !rect) return null;
  if (scroller && scroller !== document.documentElement) {
    const box = scroller.getBoundingClientRect();
    return clamp01((rect.top - box.top + scroller.scrollTop) / Math.max(1, scroller.scrollHeight));
  }
  return clamp01((rect.top + window.scrollY) / Math.max(1, document.documentElement.scrollHeight));
}

function clamp01(n: number): number {
  return Math.min(1, Math.max(0, n));
}

/**
 * Offers text as a file: a Blob URL on an <a download> clicked inside Sidenote's closed shadow root,
 * so the page never sees the link or the data. The URL is revoked once the download has started.
 */
export function downloadText(scratch: ShadowRoot, filename: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  scratch.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_MS);
}
