/**
 * Scoring rules for `npm run eval`, as issue 3 defines them:
 * - a predicted quote is correct when ≥ 80% of its word 3-grams occur in the page's labelled quotes;
 *   a labelled quote is found when ≥ 80% of its 3-grams occur in the predicted quotes;
 * - speaker: for each found quote, the best-matching prediction's speaker, by surname and by full name;
 * - sources and copyright notes: matched by name / text overlap, one-to-one.
 * Words are Unicode letter/number runs, lower-cased; Han, kana and Hangul count one character per word
 * (those scripts do not separate words with spaces).
 */

const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}\p{M}_]+/gu;
export const QUOTE_THRESHOLD = 0.8;

export function words(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(WORD) ?? []).map((w) => w);
}

/** The 3-grams of a text; a text shorter than 3 words is one gram. */
export function grams(text: string, n = 3): string[] {
  const w = words(text);
  if (w.length === 0) return [];
  if (w.length < n) return [w.join(' ')];
  const out: string[] = [];
  for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(' '));
  return out;
}

/** Share of a's grams present in the pool (joined text of the other side). */
export function coverage(a: string, pool: Set<string>, poolText: string): number {
  const g = grams(a);
  if (g.length === 0) return 0;
  // A one-gram short text counts when its words appear contiguously in the pool.
  if (g.length === 1 && !pool.has(g[0]!)) return (' ' + poolText + ' ').includes(' ' + g[0] + ' ') ? 1 : 0;
  return g.filter((x) => pool.has(x)).length / g.length;
}

export function gramPool(texts: string[]): { set: Set<string>; text: string } {
  const set = new Set<string>();
  for (const t of texts) for (const g of grams(t)) set.add(g);
  return { set, text: texts.map((t) => words(t).join(' ')).join(' | ') };
}

/** Last word of a name, lower-cased, ignoring suffixes like Jr. */
export function surname(name: string): string {
  const w = words(name).filter((x) => !/^(jr|sr|ii|iii|iv)$/.test(x));
  return w[w.length - 1] ?? '';
}

export function normName(name: string | null | undefined): string {
  return words(name ?? '').join(' ');
}

/** Whether a predicted source name stands for a labelled one. */
export function sameSource(pred: string, gold: string): boolean {
  const p = normName(pred);
  const g = normName(gold);
  if (!p || !g) return false;
  if (p === g || p.includes(g) || g.includes(p)) return true;
  const ps = surname(pred);
  return ps.length > 2 && ps === surname(gold) && words(pred).length > 1 && words(gold).length > 1;
}

/** Whether a predicted copyright note is the labelled one (same words, mostly). */
export function sameNote(pred: string, gold: string): boolean {
  const p = normName(pred);
  const g = normName(gold);
  if (!p || !g) return false;
  if (p.includes(g) || g.includes(p)) return true;
  const pool = gramPool([gold]);
  return coverage(pred, pool.set, pool.text) >= 0.6 || coverage(gold, gramPool([pred]).set, gramPool([pred]).text) >= 0.6;
}

/** Greedy one-to-one matching; returns matched pairs [predIndex, goldIndex]. */
export function matchOneToOne<P, G>(pred: P[], gold: G[], same: (p: P, g: G) => boolean): [number, number][] {
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  pred.forEach((p, i) => {
    const j = gold.findIndex((g, k) => !used.has(k) && same(p, g));
    if (j >= 0) {
      used.add(j);
      pairs.push([i, j]);
    }
  });
  return pairs;
}
