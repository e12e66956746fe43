/**
 * The common-word test the name finder asks at each sentence's start: whether a capitalised word also
 * appears in lower case in the article ("Officials said" vs "Sessions said").
 */
import { isLetterAt } from './char-class';

/**
 * Whether a word appears in lower case somewhere in text: that tells "Officials said" (a common word
 * capitalised at a sentence's start) from "Sessions said" (a name). The text's lower-case letter runs
 * are collected once, on the first question, into a Set; a word holding other characters ("o'brien") is
 * searched for directly, once.
 */
export function commonWordTest(text: string): (lower: string) => boolean {
  let runs: Set<string> | null = null;
  const memo = new Map<string, boolean>();
  return (w: string): boolean => {
    if (lettersOnly(w)) return (runs ??= lowerLetterRuns(text)).has(w);
    let known = memo.get(w);
    if (known === undefined) {
      known = false;
      for (let i = text.indexOf(w); i >= 0 && !known; i = text.indexOf(w, i + 1)) {
        known = !isLetterAt(text, i - 1) && !isLetterAt(text, i + w.length);
      }
      memo.set(w, known);
    }
    return known;
  };
}

function lettersOnly(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (!isLetterAt(w, i)) return false;
  return w.length > 0;
}

/** The runs of letters in text that do not start with an ASCII capital (only those can equal a lower-cased word). */
function lowerLetterRuns(text: string): Set<string> {
  const out = new Set<string>();
  let from = -1;
  for (let i = 0; i <= text.length; i++) {
    const letter = i < text.length && isLetterAt(text, i);
    if (letter && from < 0) from = i;
    else if (!letter && from >= 0) {
      const c = text.charCodeAt(from);
      if (c < 65 || c > 90) out.add(text.slice(from, i));
      from = -1;
    }
  }
  return out;
}
