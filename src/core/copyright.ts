import type { CopyrightNote } from './types';

/** Reads copyright, licence and syndication notices from the original document and its metadata. */
export function extractCopyright(doc: Document): CopyrightNote[] {
  void doc;
  return [];
}
