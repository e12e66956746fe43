/**
 * Copyright, licence and syndication notices of a page: visible text (footer included), <meta>, JSON-LD,
 * rel=license links and image credits. Reads the original document and never changes it.
 */
import { jsonLdNotes } from './copyright-jsonld';
import { metaNotes } from './copyright-meta';
import type { QuoteBlocks } from './copyright-quote-blocks';
import { scanDocument } from './copyright-visible';
import { licenseFromText, licenseFromUrl } from './licenses';
import { normalizeSpace } from './paragraphs';
import type { CopyrightNote } from './types';

/** Reads copyright, licence and syndication notices from the original document and its metadata. */
export function extractCopyright(doc: Document): CopyrightNote[] {
  return scanCopyright(doc).notes;
}

/**
 * The notices, plus what the same walk collected for the quote-coverage check (the body's blocks that
 * hold a quotation mark), so the pipeline walks the original document once.
 */
export function scanCopyright(doc: Document): { notes: CopyrightNote[]; quoteBlocks: QuoteBlocks | null } {
  const scan = scanDocument(doc);
  const all = [...scan.notes, ...metaNotes(scan.metas), ...jsonLdNotes(scan.ldScripts), ...licenseLinks(scan.licenseLinks)];
  return { notes: dedupe(all), quoteBlocks: scan.quoteBlocks };
}

/**
 * <a rel=license> and <link rel=license>, with the licence named from the URL when it is a known one;
 * rel=copyright links point at the site's rights page (a notice by reference, with no licence unless the
 * URL names one).
 */
export function licenseLinks(links: Element[]): CopyrightNote[] {
  const notes: CopyrightNote[] = [];
  for (const el of links) {
    const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const isLicense = rel.includes('license');
    if (!isLicense && !rel.includes('copyright')) continue;
    const href = el.getAttribute('href') ?? '';
    const label = el.tagName.toUpperCase() === 'A' ? normalizeSpace(el.textContent ?? '') : '';
    const license = licenseFromUrl(href) ?? licenseFromText(label) ?? null;
    if (!isLicense) {
      // "#copyright" jumps to the page's own footer, which the visible reader has read already.
      if (href.startsWith('#')) continue;
      // A bare "Copyright" label says nothing the address does not: keep the address.
      const text = label && !/^(?:©\s*)?copyright$/i.test(label) ? label : href;
      if (text) notes.push({ text, origin: 'license-link', holder: null, year: null, license });
      continue;
    }
    const text = label || license || href;
    if (!text) continue;
    notes.push({ text, origin: 'license-link', holder: null, year: null, license: license ?? (href || null) });
  }
  return notes;
}

/** Drops repeats: the same statement from the same origin (a footer printed twice) is one note. */
function dedupe(notes: CopyrightNote[]): CopyrightNote[] {
  const seen = new Set<string>();
  const out: CopyrightNote[] = [];
  for (const n of notes) {
    const key = `${n.origin}\u0000${n.text.toLowerCase()}\u0000${n.holder ?? ''}\u0000${n.year ?? ''}\u0000${n.license ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(n);
  }
  return out;
}
