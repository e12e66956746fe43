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
  '"': '"”', // "…" and, on sloppy sites, "…”
  "'": "'",
  '“': '”“"', // “…” (English) and, on sloppy sites, “…“ or “…"
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

const DOUBLED = /’’|''|‘‘|``/;
const DOUBLED_CLOSE = /’’|''/g;
const DOUBLED_OPEN = /‘‘|``/g;
/** Han, kana, Hangul and CJK punctuation: text set without spaces between words. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const SPACE = /[\s\u00a0\u202f\u2009]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\d/;
/** Characters after which an opening mark may stand: start, space, brackets, dashes, slashes, colon. */
const BEFORE_OPEN = /[\u2060\s\u00a0\u202f\u2009([{\-–—/:;]/;
/** Characters that may follow a closing mark: space, punctuation, brackets, dashes, another mark. */
const AFTER_CLOSE = /[\u2060\s\u00a0\u202f\u2009.,;:!?)\]}\-–—…/"'“”„‚‘’«»‹›」』]/;
/** A curly opener with a stray space before its first word (`said. “ I love it.”`): still an opener. */
const STRAY_SPACE_OPEN = /^\s[\p{L}\p{N}]/u;
/** Elisions that start with an apostrophe: 'n', 'em, 'tis, '90s, ’Twas. */
/** Only punctuation and space after the last closer: a doubled closer written once. */
const CLOSED_AT_END = /^[\s.!?…]*$/;
/** Marks of the conventions that interrupt a quote with dashes. */
const INTERRUPTIBLE = new Set(['«', '„', '"', '»']);
/**
 * ", – verb Name. – " inside a quote: punctuation, a dash, the writer's lower-case clause without marks,
 * then a dash that resumes the quote. Group 2 is the resuming dash and its spaces.
 */
const INTERRUPTION = /[,!?…]\s+[–—]\s+(\p{Ll}[^«»"“”„.!?–—]{2,80}[.,:])(\s+[–—]\s+)(?=\p{Lu})/u;
const ELISION = /^['’‘](?:n['’‘]?\s|em\b|tis\b|twas\b|til\b|cause\b|\d0s\b|\d\d\b)/i;

/** Whether c is an ASCII letter (NaN, past either end of the text, is not). */
function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Finds the quoted spans of one paragraph, outer and nested, in order of their opening marks. */
export function findQuoteSpans(raw: string): QuoteSpan[] {
  // Doubled single marks stand for double ones (“…’’, ``…''); a word joiner keeps every offset in place.
  const text = DOUBLED.test(raw) ? raw.replace(DOUBLED_CLOSE, '”\u2060').replace(DOUBLED_OPEN, '\u2060“') : raw;
  const spans: QuoteSpan[] = [];
  const stack: { mark: string; at: number; inner: number }[] = [];
  ALL_MARKS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ALL_MARKS.exec(text)) !== null) {
    const ch = m[0];
    const at = m.index;
    // An apostrophe between two ASCII letters (don't, Jones's), the commonest mark by far, is never a
    // quotation mark: the rule below, answered without its character tests.
    if ((ch === "'" || ch === '’') && isAsciiLetter(text.charCodeAt(at - 1)) && isAsciiLetter(text.charCodeAt(at + 1))) continue;
    const prev = at > 0 ? text.charAt(at - 1) : '';
    const next = at + 1 < text.length ? text.charAt(at + 1) : '';
    const prevIsWord = prev !== '' && LETTER_OR_DIGIT.test(prev);
    const nextIsWord = next !== '' && LETTER_OR_DIGIT.test(next);

    // Apostrophes inside words (don't, l’homme, Jones’s) are never marks.
    // Scripts without spaces (Chinese, Japanese, Korean) set marks right against words: no apostrophes there.
    const cjkSide = CJK.test(prev) || CJK.test(next);
    if ((ch === "'" || ch === '’') && prevIsWord && nextIsWord && !cjkSide) continue;
    // Inch and foot marks: 6'2", 12" (unless closing a quote opened with the same mark).
    const inch = (ch === '"' || ch === "'") && DIGIT.test(prev);

    const canClose =
      !ALWAYS_OPEN.has(ch) && prev !== '' && !SPACE.test(prev) && (next === '' || AFTER_CLOSE.test(next) || ALWAYS_CLOSE.has(ch) || (CJK.test(next) && ch !== '“' && ch !== '‘'));
    // French « » often hold no-break spaces inside, so a closer may follow a space: « texte ».
    // A curly ” after a stray space still closes an open “ when no word follows it ("to see ” Mayer said).
    const spacedCloser =
      ((ch === '»' || ch === '«' || ch === '›' || ch === '‹') && SPACE.test(prev)) ||
      (ch === '”' && SPACE.test(prev) && (next === '' || !LETTER_OR_DIGIT.test(next)) && stack.length > 0 && stack[stack.length - 1]!.mark === '“') ||
      // A straight " after a stray space closes when the writer's lower-case words follow (`ourselves? " she wrote`).
      (ch === '"' && SPACE.test(prev) && stack.length > 0 && stack[stack.length - 1]!.mark === '"' && /^\s+\p{Ll}/u.test(text.slice(at + 1, at + 4)));
    const canOpen =
      !ALWAYS_CLOSE.has(ch) &&
      ch !== '’' &&
      (prev === '' || BEFORE_OPEN.test(prev) || /["“„‘‚«»‹]/.test(prev) || ch === '「' || ch === '『' || (CJK.test(prev) && ch !== '”' && ch !== '’')) &&
      next !== '' &&
      (!SPACE.test(next) || ch === '«' || ch === '»' || ch === '‹' || ch === '›' || (ch === '“' && STRAY_SPACE_OPEN.test(text.slice(at + 1, at + 3)) && (prev === '' || SPACE.test(prev)))) &&
      !ELISION.test(text.slice(at, at + 6));

    const closeIdx = canClose || spacedCloser || ALWAYS_CLOSE.has(ch) ? findOpener(stack, ch) : -1;
    if (closeIdx >= 0 && !(inch && stack[closeIdx]?.mark !== ch)) {
      const opener = stack[closeIdx]!;
      // Anything opened inside and left unclosed is dropped: it was an apostrophe or a stray mark.
      stack.length = closeIdx;
      spans.push({
        open: opener.at,
        // A doubled closer (’’) ends after both of its characters.
        end: next === '\u2060' ? at + 2 : at + 1,
        innerStart: opener.inner,
        innerEnd: at,
        mark: opener.mark,
        closed: true,
        depth: closeIdx,
      });
      continue;
    }
    if (canOpen && !inch && !(ch === '”' && stack.length === 0 && prevIsWord)) stack.push({ mark: ch, at: prev === '\u2060' ? at - 1 : at, inner: at + 1 });
  }
  // The outermost opener left unclosed runs to the end of the paragraph.
  const runOn = stack[0];
  if (runOn && !(runOn.mark === "'" || runOn.mark === '‘' || runOn.mark === '‚')) {
    // "«… «…!»" at the paragraph's end: one closer stands for both (the writer dropped the doubled »»).
    const last = spans[spans.length - 1];
    const shared = stack.length === 1 && last !== undefined && last.open > runOn.at && CLOSED_AT_END.test(text.slice(last.end));
    spans.push({
      open: runOn.at,
      end: shared ? last.end : text.length,
      innerStart: runOn.inner,
      innerEnd: shared ? last.end : text.length,
      mark: runOn.mark,
      closed: shared,
      depth: 0,
    });
  }
  spans.sort((a, b) => a.open - b.open);
  splitInterrupted(text, spans);
  // Depth relative to the spans kept: a span inside another kept span is nested.
  const outerEnds: number[] = [];
  for (const s of spans) {
    while (outerEnds.length > 0 && outerEnds[outerEnds.length - 1]! <= s.open) outerEnds.pop();
    s.depth = outerEnds.length;
    outerEnds.push(s.end);
  }
  return spans;
}

/**
 * Russian-style interrupted quotes: «Первая часть, – сказала она. – Вторая часть». The writer's words
 * between the two dashes are not quoted, so the outer span is split in two around them.
 */
function splitInterrupted(text: string, spans: QuoteSpan[]): void {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.depth !== 0 || !INTERRUPTIBLE.has(s.mark)) continue;
    INTERRUPTION.lastIndex = 0;
    const m = INTERRUPTION.exec(text.slice(s.innerStart, s.innerEnd));
    if (!m) continue;
    const cut = s.innerStart + m.index + 1;
    const resume = s.innerStart + m.index + m[0].length;
    const first: QuoteSpan = { ...s, end: cut, innerEnd: cut, closed: true };
    const second: QuoteSpan = { ...s, open: resume - m[2]!.trimStart().length, innerStart: resume };
    spans.splice(i, 1, first, second);
  }
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
