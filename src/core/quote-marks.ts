/**
 * Pairs quotation marks inside one paragraph, whatever the convention: straight " and ', curly “ ” ‘ ’,
 * « » (French, Spanish), „ “ and „ ” (German, Polish), » « (German, Danish), ‹ › and 「 」 『 』.
 * Apostrophes (don't, Jones’, ’90s) and inch marks (6'2") are told apart from quotes by the characters
 * around them, the way a reader does: an opener sits before a word, a closer after one.
 */

export interface QuoteSpan {
  /** Index of the opening mark in the paragraph text. */
  open: number;
  /** Index just past the closing mark; the paragraph length when the quote runs on unclosed. */
  end: number;
  /** Index of the first character inside the marks. */
  innerStart: number;
  /** Index just past the last character inside the marks. */
  innerEnd: number;
  /** The opening mark. */
  mark: string;
  /** False when the paragraph ends before the closing mark (a quote that runs on to the next paragraph). */
  closed: boolean;
  /** Nesting depth: 0 for an outer quote. */
  depth: number;
}

/** For each opening mark, the marks that may close it. */
const CLOSERS: Record<string, string> = {
  '"': '"',
  "'": "'",
  '“': '”“', // “…” (English) and, on sloppy sites, “…“
  '„': '“”', // „…“ (German) and „…” (Polish, Hungarian)
  '‚': '‘’',
  '‘': '’',
  '«': '»',
  '»': '«»', // »…« (German books), »…» (Swedish)
  '‹': '›',
  '›': '‹',
  '「': '」',
  '『': '』',
  '”': '”', // ”…” (Swedish, Finnish)
};

/** Marks that only ever open. */
const ALWAYS_OPEN = new Set(['„', '‚', '「', '『']);
/** Marks that only ever close. */
const ALWAYS_CLOSE = new Set(['」', '』']);
const ALL_MARKS = /["'“”„‚‘’«»‹›「」『』]/g;

const SPACE = /[\s\u00a0\u202f\u2009]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\d/;
/** Characters after which an opening mark may stand: start, space, brackets, dashes, slashes, colon. */
const BEFORE_OPEN = /[\s\u00a0\u202f\u2009([{\-–—/:;]/;
/** Characters that may follow a closing mark: space, punctuation, brackets, dashes, another mark. */
const AFTER_CLOSE = /[\s\u00a0\u202f\u2009.,;:!?)\]}\-–—…/"'“”„‚‘’«»‹›」』]/;
/** Elisions that start with an apostrophe: 'n', 'em, 'tis, '90s, ’Twas. */
const ELISION = /^['’‘](?:n['’‘]?\s|em\b|tis\b|twas\b|til\b|cause\b|\d0s\b|\d\d\b)/i;

/** Finds the quoted spans of one paragraph, outer and nested, in order of their opening marks. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: { mark: string; at: number }[] = [];
  ALL_MARKS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ALL_MARKS.exec(text)) !== null) {
    const ch = m[0];
    const at = m.index;
    const prev = at > 0 ? text.charAt(at - 1) : '';
    const next = at + 1 < text.length ? text.charAt(at + 1) : '';
    const prevIsWord = prev !== '' && LETTER_OR_DIGIT.test(prev);
    const nextIsWord = next !== '' && LETTER_OR_DIGIT.test(next);

    // Apostrophes inside words (don't, l’homme, Jones’s) are never marks.
    if ((ch === "'" || ch === '’') && prevIsWord && nextIsWord) continue;
    // Inch and foot marks: 6'2", 12" (unless closing a quote opened with the same mark).
    const inch = (ch === '"' || ch === "'") && DIGIT.test(prev);

    const canClose =
      !ALWAYS_OPEN.has(ch) && prev !== '' && !SPACE.test(prev) && (next === '' || AFTER_CLOSE.test(next) || ALWAYS_CLOSE.has(ch));
    // French « » often hold no-break spaces inside, so a closer may follow a space: « texte ».
    const spacedCloser = (ch === '»' || ch === '«' || ch === '›' || ch === '‹') && SPACE.test(prev);
    const canOpen =
      !ALWAYS_CLOSE.has(ch) &&
      ch !== '’' &&
      (prev === '' || BEFORE_OPEN.test(prev) || /["“„‘‚«»‹]/.test(prev) || ch === '「' || ch === '『') &&
      next !== '' &&
      (!SPACE.test(next) || ch === '«' || ch === '»' || ch === '‹' || ch === '›') &&
      !ELISION.test(text.slice(at, at + 6));

    const closeIdx = canClose || spacedCloser || ALWAYS_CLOSE.has(ch) ? findOpener(stack, ch) : -1;
    if (closeIdx >= 0 && !(inch && stack[closeIdx]?.mark !== ch)) {
      const opener = stack[closeIdx]!;
      // Anything opened inside and left unclosed is dropped: it was an apostrophe or a stray mark.
      stack.length = closeIdx;
      spans.push({
        open: opener.at,
        end: at + 1,
        innerStart: opener.at + 1,
        innerEnd: at,
        mark: opener.mark,
        closed: true,
        depth: closeIdx,
      });
      continue;
    }
    if (canOpen && !inch && !(ch === '”' && stack.length === 0 && prevIsWord)) stack.push({ mark: ch, at });
  }
  // The outermost opener left unclosed runs to the end of the paragraph.
  const runOn = stack[0];
  if (runOn && !(runOn.mark === "'" || runOn.mark === '‘' || runOn.mark === '‚')) {
    spans.push({
      open: runOn.at,
      end: text.length,
      innerStart: runOn.at + 1,
      innerEnd: text.length,
      mark: runOn.mark,
      closed: false,
      depth: 0,
    });
  }
  spans.sort((a, b) => a.open - b.open);
  // Depth relative to the spans kept: a span inside another kept span is nested.
  const outerEnds: number[] = [];
  for (const s of spans) {
    while (outerEnds.length > 0 && outerEnds[outerEnds.length - 1]! <= s.open) outerEnds.pop();
    s.depth = outerEnds.length;
    outerEnds.push(s.end);
  }
  return spans;
}

/** Index in the stack of the innermost opener that ch can close, or -1. Only the top two are tried. */
function findOpener(stack: { mark: string }[], ch: string): number {
  for (let i = stack.length - 1; i >= 0 && i >= stack.length - 2; i--) {
    const closers = CLOSERS[stack[i]!.mark];
    if (closers && closers.includes(ch)) return i;
  }
  return -1;
}

/** True when the paragraph opens with a quotation mark (the sign that a run-on quote continues). */
export function startsWithOpeningMark(text: string): boolean {
  return /^["“„«»‘‚「『‹]/.test(text);
}
