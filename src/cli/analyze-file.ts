import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { analyzeDocument } from '../core';
import type { Analysis } from '../core';
import { parseDocument } from './dom';

export type FileAnalysis = { file: string } & Analysis;

/** Reads and analyses one HTML file; throws an Error with a one-line message when it cannot be read. */
export function analyzeFile(file: string, url?: string): FileAnalysis {
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${file}: no such file` : code === 'EISDIR' ? `${file}: is a directory` : `${file}: cannot read (${code ?? String(err)})`);
  }
  const pageUrl = url ?? pathToFileURL(resolve(file)).href;
  const { analysis } = analyzeDocument(parseDocument(html, pageUrl), { url: pageUrl });
  return { file, ...analysis };
}
