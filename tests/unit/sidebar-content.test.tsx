/**
 * The content script's side of the sidebar, on a linkedom document: the clipboard fallback used on
 * plain-http pages, and which quotes the reader view lost.
 */
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../src/core/types';
import { writeClipboard } from '../../src/content/clipboard';
import { missingFromReader } from '../../src/content/reader-actions';

function page() {
  const { document } = parseHTML('<!doctype html><html><body><div id="host"></div></body></html>');
  const shadow = document.getElementById('host')!.attachShadow({ mode: 'closed' }) as unknown as ShadowRoot;
  // linkedom's textarea has no select(); the browser's selects its text (execCommand copies that).
  const create = document.createElement.bind(document);
  document.createElement = ((tag: string) => Object.assign(create(tag), { select() {} })) as typeof document.createElement;
  return { document: document as unknown as Document, shadow };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('writeClipboard', () => {
  it('without a secure context, copies through execCommand from a textarea inside the shadow root', async () => {
    const { document, shadow } = page();
    let seen: { value: string; inShadow: boolean } | null = null;
    const exec = vi.fn((cmd: string) => {
      const area = shadow.querySelector('textarea');
      seen = { value: area?.value ?? '', inShadow: !!area };
      return cmd === 'copy';
    });
    Object.assign(document, { execCommand: exec });
    vi.stubGlobal('document', document);
    vi.stubGlobal('window', { isSecureContext: false });
    vi.stubGlobal('navigator', {});
    expect(await writeClipboard('“Quote” — Someone', shadow)).toBe(true);
    expect(exec).toHaveBeenCalledWith('copy');
    expect(seen).toEqual({ value: '“Quote” — Someone', inShadow: true });
    expect(shadow.querySelector('textarea')).toBeNull();
    expect(document.body.querySelector('textarea')).toBeNull();
  });

  it('reports failure when execCommand refuses', async () => {
    const { document, shadow } = page();
    Object.assign(document, { execCommand: () => false });
    vi.stubGlobal('document', document);
    vi.stubGlobal('window', { isSecureContext: false });
    vi.stubGlobal('navigator', {});
    expect(await writeClipboard('x', shadow)).toBe(false);
  });

  it('uses the async Clipboard API in a secure context, and falls back when it rejects', async () => {
    const { document, shadow } = page();
    const exec = vi.fn(() => true);
    Object.assign(document, { execCommand: exec });
    vi.stubGlobal('document', document);
    vi.stubGlobal('window', { isSecureContext: true });
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    expect(await writeClipboard('a', shadow)).toBe(true);
    expect(writeText).toHaveBeenCalledWith('a');
    expect(exec).not.toHaveBeenCalled();
    writeText.mockRejectedValueOnce(new Error('not focused'));
    expect(await writeClipboard('b', shadow)).toBe(true);
    expect(exec).toHaveBeenCalledWith('copy');
  });
});

describe('missingFromReader', () => {
  it('lists quotes and source phrases the reader body does not contain, whitespace-insensitively', () => {
    const { document } = parseHTML('<div><p>He said we will\n   act now.</p><p>According to Reuters, it rained.</p></div>');
    const analysis = {
      quotes: [
        { text: 'we will act now', speaker: 'A', role: null, kind: 'full', paragraph: 1 },
        { text: 'a paragraph Readability dropped', speaker: 'B', role: null, kind: 'full', paragraph: 9 },
      ],
      sources: [
        { name: 'Reuters', kind: 'wire', evidence: 'According to Reuters', url: null },
        { name: 'AP', kind: 'wire', evidence: '', url: null },
      ],
    } as unknown as Analysis;
    expect(missingFromReader(document.firstElementChild, analysis)).toEqual(['a paragraph Readability dropped', 'AP']);
    expect(missingFromReader(null, analysis)).toEqual([]);
  });
});
