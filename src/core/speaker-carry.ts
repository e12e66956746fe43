/**
 * Speakers carried between quotes after attribution: an "added" cue says its speaker had already spoken
 * (« … ». « … », a ajouté Laurent Fabius), so an unattributed quote just before it, in the same
 * paragraph, is theirs too.
 */
import type { Quote } from './types';

/** A cue whose verb continues a speaker's words, en/fr/es/de (and the inverted "added X"). */
const ADDED_CUE =
  /(?<![\p{L}])(?:added|adds|went on|continued|a ajouté|ajoute|ajoute-t-(?:il|elle)|a-t-(?:il|elle) ajouté|poursuit|a poursuivi|añadió|añade|agregó|agrega|fügte|fügt|ergänzte|ergänzt)(?![\p{L}])/iu;

/** Gives an unattributed quote the speaker of the next quote in its paragraph when that one's cue is "added". */
export function addedCarriesBack(quotes: Quote[]): void {
  for (let i = quotes.length - 2; i >= 0; i--) {
    const q = quotes[i]!;
    const next = quotes[i + 1]!;
    if (q.speaker || !next.speaker || next.paragraph !== q.paragraph || !next.cue || !ADDED_CUE.test(next.cue)) continue;
    q.speaker = next.speaker;
    q.role = next.role;
    q.cue = next.cue;
  }
}

/** A speaker that is a description: a determiner, then lower-case words ("ce projet de loi", "the report"). */
const DESCRIPTION = /^(?:the|this|that|le|la|les|l['’]|ce|cet|cette|el|los|las|este|esta|ese|esa|der|die|das|dieser|diese|dieses)\s+(\p{Ll}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,4})$/iu;
/** A definite determiner: the description points back at how the text was introduced. */
const DEFINITE = /^(?:the|le|la|l['’]|el|der|die|das)\s/i;
/** "un «informe de carácter secreto»", 'a "secret report"': an indefinite article and a quoted description. */
const QUOTED_INTRO = /(?<![\p{L}])(?:a|an|un|una|une|ein|eine|einen)\s+["“«„‘]\s*([^"”»“’]{3,80}?)\s*["”»“’]/giu;
/** How far back in the paragraph an introduction may be (characters). */
const INTRO_WINDOW = 500;

/**
 * Descriptions name one text or body the same way throughout: "ce projet de loi" takes the form an
 * earlier quote's speaker gave it ("Le projet de loi"); "el informe", when the paragraph introduced it as
 * un «informe de carácter secreto», takes that description (the article's own name for it).
 * paragraphText gives the text of a quote's paragraph (1-based, as Quote.paragraph).
 */
export function settleDescriptions(quotes: Quote[], paragraphText: (paragraph: number) => string): void {
  const firstForm = new Map<string, string>();
  for (const q of quotes) {
    const m = q.speaker ? DESCRIPTION.exec(q.speaker) : null;
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const earlier = firstForm.get(key);
    if (earlier) {
      q.speaker = earlier;
      continue;
    }
    if (DEFINITE.test(q.speaker!)) {
      const intro = quotedIntro(paragraphText(q.paragraph), q.text, key.split(' ').pop()!);
      if (intro) q.speaker = intro;
    }
    firstForm.set(key, q.speaker!);
  }
}

/** The last quoted description introduced with an indefinite article before the quote that holds the head noun. */
function quotedIntro(text: string, quote: string, head: string): string | null {
  const at = text.indexOf(quote);
  if (at < 0) return null;
  const before = text.slice(Math.max(0, at - INTRO_WINDOW), at);
  let found: string | null = null;
  QUOTED_INTRO.lastIndex = 0;
  for (let m = QUOTED_INTRO.exec(before); m; m = QUOTED_INTRO.exec(before)) {
    if (m[1]!.toLowerCase().split(/\s+/).includes(head)) found = m[1]!;
  }
  return found;
}
