/**
 * Credit lines that name a source outright: "Source: News agencies", "Quelle: dpa", "来源：人民日报海外版",
 * "With Post wires", "With files from The Canadian Press", and the signature line of an embedded post
 * ("— Rep. Ilhan Omar (@Ilhan) November 19, 2019").
 */
import type { SourceKind } from './types';

/** A whole short paragraph "Source: …" in the languages served, and in the CJK pages' full-width form. */
const SOURCE_LINE = /^\s*(?:SOURCES?|Sources?|Quellen?|QUELLE|Fuentes?|FUENTE|Fonte|来源|來源|出典|출처)\s*[:：]\s*(\S.{1,80}?)\s*\.?$/u;
/** "With Post wires", "With wire services", "With files from Reuters", "Mit Agenturen". */
const WITH_WIRES = /^\s*[—–-]?\s*(?:With|with)\s+(?:files from\s+)?((?:(?:the|The)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}(?:wires?|wire services|news services|agencies|[\p{Lu}][\p{L}.'’-]*))\s*\.?$/u;
/** "— Name (@handle) Month D, YYYY" under an embedded post: the account that posted it. */
const POST_SIGNATURE = /[—–]\s*([^—–()]{2,60}?)\s*\((@[A-Za-z0-9_]{1,30})\)\s*(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4})/gu;
/** Longest paragraph that can be a credit line rather than prose. */
const MAX_CREDIT_CHARS = 100;

export interface CreditHit {
  name: string;
  kind: SourceKind;
  evidence: string;
}

/** The sources a paragraph credits by a "Source:" or "With … wires" line, or by a post's signature. */
export function creditsOf(text: string): CreditHit[] {
  const out: CreditHit[] = [];
  if (text.length <= MAX_CREDIT_CHARS) {
    const line = SOURCE_LINE.exec(text) ?? WITH_WIRES.exec(text);
    if (line?.[1]) out.push({ name: line[1].trim(), kind: 'wire', evidence: line[0].trim() });
  }
  if (text.includes('(@')) {
    POST_SIGNATURE.lastIndex = 0;
    for (let m = POST_SIGNATURE.exec(text); m; m = POST_SIGNATURE.exec(text)) {
      out.push({ name: `${(m[1] ?? '').trim()} (${m[2] ?? ''})`, kind: 'link', evidence: m[0].trim() });
    }
  }
  return out;
}
