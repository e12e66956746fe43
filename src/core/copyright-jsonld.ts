/**
 * Rights fields of schema.org JSON-LD: copyrightHolder, copyrightYear, copyrightNotice, license,
 * creditText and usageInfo, wherever they sit (top level, @graph, arrays, nested objects such as an
 * article's image or publisher). One note per object that carries any of them. Malformed JSON is skipped.
 */
import { licenseFromText, licenseFromUrl } from './licenses';
import { normalizeSpace } from './paragraphs';
import { yearOf } from './copyright-text';
import type { CopyrightNote } from './types';

const RIGHTS_KEYS = ['copyrightHolder', 'copyrightYear', 'copyrightNotice', 'license', 'creditText', 'usageInfo'] as const;
/** Any of RIGHTS_KEYS in the raw script text (keys are matched exactly, so the text must hold one as written). */
const RIGHTS_KEY_TEXT = new RegExp(RIGHTS_KEYS.join('|'));
/** Deeply nested JSON-LD is a site bug or an attack; real rights fields sit within a few levels. */
const MAX_DEPTH = 12;
const MAX_NOTES = 50;

type Json = unknown;
type JsonObject = Record<string, Json>;

/** Notes from the document's <script type="application/ld+json"> elements (found by the document scan). */
export function jsonLdNotes(scripts: Element[]): CopyrightNote[] {
  const notes: CopyrightNote[] = [];
  for (const script of scripts) {
    const raw = script.textContent ?? '';
    // A note needs one of the rights keys; most pages' JSON-LD has none, and parsing it is the cost.
    if (!RIGHTS_KEY_TEXT.test(raw)) continue;
    const data = parseLenient(raw);
    if (data === undefined) continue;
    const ids = new Map<string, JsonObject>();
    collectIds(data, ids, 0);
    walk(data, ids, notes, 0);
    if (notes.length >= MAX_NOTES) break;
  }
  return notes;
}

/** JSON.parse, retried once after the usual site mistakes: HTML comments, CDATA, trailing commas, raw newlines. */
function parseLenient(raw: string): Json | undefined {
  const text = raw.trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    const fixed = text
      .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
      .replace(/,\s*([}\]])/g, '$1')
      .replace(/[\n\r\t\f\v]+/g, ' ');
    try {
      return JSON.parse(fixed);
    } catch {
      return undefined;
    }
  }
}

function isObject(v: Json): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function collectIds(v: Json, ids: Map<string, JsonObject>, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(v)) for (const x of v) collectIds(x, ids, depth + 1);
  else if (isObject(v)) {
    if (typeof v['@id'] === 'string' && Object.keys(v).length > 1) ids.set(v['@id'], v);
    for (const x of Object.values(v)) if (typeof x === 'object') collectIds(x, ids, depth + 1);
  }
}

function walk(v: Json, ids: Map<string, JsonObject>, notes: CopyrightNote[], depth: number): void {
  if (depth > MAX_DEPTH || notes.length >= MAX_NOTES) return;
  if (Array.isArray(v)) {
    for (const x of v) walk(x, ids, notes, depth + 1);
    return;
  }
  if (!isObject(v)) return;
  if (RIGHTS_KEYS.some((k) => v[k] !== undefined && v[k] !== null && v[k] !== '')) {
    const note = noteOf(v, ids);
    if (note) notes.push(note);
  }
  for (const [k, x] of Object.entries(v)) {
    // Holder objects are read as names above; walking into them again would repeat the note.
    if (k === 'copyrightHolder' || k === 'license') continue;
    if (typeof x === 'object') walk(x, ids, notes, depth + 1);
  }
}

/** The name of a holder value: a string, {name}, {@id} that points to a node elsewhere, or a list. */
function nameOf(v: Json, ids: Map<string, JsonObject>): string | null {
  if (typeof v === 'string') return normalizeSpace(v) || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    const names = v.map((x) => nameOf(x, ids)).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (isObject(v)) {
    const own = v.name ?? v.legalName ?? v.alternateName;
    if (typeof own === 'string' && own.trim()) return normalizeSpace(own);
    if (typeof v['@id'] === 'string') {
      const target = ids.get(v['@id']);
      if (target && target !== v) {
        const n = target.name ?? target.legalName;
        if (typeof n === 'string' && n.trim()) return normalizeSpace(n);
      }
    }
    if (typeof v.url === 'string') return v.url;
  }
  return null;
}

function noteOf(v: JsonObject, ids: Map<string, JsonObject>): CopyrightNote | null {
  const holder = nameOf(v.copyrightHolder, ids);
  const yearRaw = nameOf(v.copyrightYear, ids);
  const year = yearRaw ? (yearOf(yearRaw) ?? yearRaw) : null;
  const licenseRaw = nameOf(v.license, ids);
  const license = licenseRaw ? (licenseFromUrl(licenseRaw) ?? licenseFromText(licenseRaw) ?? licenseRaw) : null;
  const notice = nameOf(v.copyrightNotice, ids);
  const credit = nameOf(v.creditText, ids);
  const usage = nameOf(v.usageInfo, ids);
  const text = notice ?? credit ?? holder ?? licenseRaw ?? usage ?? (year ? `© ${year}` : null);
  if (!text) return null;
  return { text, origin: 'json-ld', holder, year, license };
}
