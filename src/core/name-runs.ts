/**
 * Finds runs of capitalised words ("US Attorney General Jeff Sessions", "Families Belong Together") in a
 * piece of text and splits a leading title off a person's name. One linear pass over whitespace tokens.
 */

export interface NameRun {
  /** Offset of the run's first character in the text scanned. */
  start: number;
  /** Offset just past the run. */
  end: number;
  /** The run's words (possessive 's and trailing punctuation removed). */
  tokens: string[];
  /** Leading title words ("US Attorney General"), empty when none. */
  title: string[];
  /** True when the run starts a sentence, so its first word may just be capitalised prose. */
  sentenceStart: boolean;
  /** True when the run ended on a possessive ("Trump's"). */
  possessive: boolean;
  /** A sentence-initial common word dropped from the front ("Big" of "Big Machine"), if any. */
  dropped?: string;
}

/** Lower-case particles allowed inside a name ("Ursula von der Leyen", "Bank of America"). */
const CONNECTORS = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'bin', 'al', 'ibn', 'of', 'y', 'dos', 'das', 'ter', 'zu']);
/** Abbreviations whose dot does not end the run. */
const ABBREVIATIONS = /^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|St|Jr|Sr|Rev|Hon|Pres|Supt|Insp|Det|Mt|Ft|Sra|Mme|Mlle|M|Fr|Lic|Ing)\.$/;
const INITIAL = /^\p{Lu}\.(?:\p{Lu}\.)*$/u;
/** Words that are capitalised because they start a sentence or are function words, never names. */
export const STOP_WORDS = new Set(
  ('The A An But And Or So Yet If When While As At In On Of For From To By With Without After Before Since Until ' +
    'This That These Those It Its He She They We I You His Her Their Our My Your There Here Then Now Still Also ' +
    'Der Die Das Ein Eine Und Aber Er Sie Es Wir Ich Im Am Le La Les Un Une Des Et Mais Il Elle Ils Elles Nous ' +
    'El Los Las Una Y Pero Él Ella Ellos En Con Para Por Según Selon Laut According However Meanwhile Yesterday ' +
    'Today Tomorrow Last Next Many Some Most All Both Each Every Other Another Such What Who Why How Where Which ' +
    'During Despite Amid Throughout Entonces Además También Así Ahora Ayer Alors Ainsi Cependant Pourtant Ensuite Puis Doch Heute Gestern ' +
    // Prepositions that open a sentence ("Sur une page…", "Auf einer Seite…"), never a name's first word.
    'Sur Dans Sous Chez Avec Sans Pour Auf Bei Nach Mit Aus Über Unter Sobre Desde Hacia Tras').split(' '),
);
/** Title words that may precede a name ("Attorney General", "Sen.", "Bundeskanzlerin"). */
export const TITLE_WORDS = new Set(
  ('Mr Mrs Ms Dr Prof Sen Rep Gov Gen President Vice Attorney General Secretary Senator Sen. Representative Rep. Congressman Congresswoman Governor Gov. ' +
    'Mayor Chancellor Minister Prime Foreign Defense Defence Chief Justice Judge Dr. Prof. Professor Sheriff Officer ' +
    'Detective Sgt. Lt. Col. Gen. Adm. Capt. Maj. Commissioner Director Chairman Chairwoman Chair CEO Speaker Leader ' +
    'Majority Minority Ambassador Bishop Pope King Queen Prince Princess Lord Lady Sir Dame Mr. Mrs. Ms. Miss Coach ' +
    'Deputy Assistant Acting Former Democratic Republican Labour Conservative House Senate State Homeland Security ' +
    'Health Education Treasury Interior Commerce Energy Transportation Agriculture Labor Press Spokesman Spokeswoman ' +
    'Spokesperson Superintendent Inspector Councilman Councilwoman Councillor Councilor Trooper Deputy Principal Rabbi ' +
    'Father Rev. Pastor Cardinal Archbishop Admiral Colonel Lieutenant Sergeant Captain Major Corporal Private ' +
    'Commander Marshal Auditor Comptroller Treasurer Clerk Administrator Chancellor Provost Dean Editor Anchor ' +
    'Präsident Präsidentin Bundeskanzlerin Bundeskanzler Kanzlerin Kanzler Ministerin Bundesminister Bundesministerin ' +
    'Herr Frau M. Mme Président Présidente Ministre Presidente Ministro Ministra Señor Señora Sr. Sra. Don Doña ' +
    'National International Federal Regional District Associate Executive Senior Managing Special Chief-Executive').split(' '),
);
/** Words that make a capitalised run an organisation's name rather than a person's. */
export const ORG_WORDS = new Set(
  ('Association Associations Agency Agencies Department Ministry Project Projects University College School Institute ' +
    'Inc Inc. Corp Corp. Corporation Company Co. Ltd LLC Group Party Committee Council Police Court Courts News Times Post ' +
    'Network Center Centre Foundation Bank Union Commission Office Administration Service Services Coalition ' +
    'Alliance Fund Board Organization Organisation Club Church Hospital Society Federation League Army Navy Force ' +
    'Forces Government Congress Senate House Parliament Bureau Authority Trust Media Press Magazine Journal Institute ' +
    'Council Caucus Campaign Movement Network Airlines Motors Systems Technologies Industries Partners Capital ' +
    'Reuters AFP Bloomberg Associated Federal Ministerium Partei Regierung Gewerkschaft Verband Bundesamt Polizei ' +
    'Ministère Gouvernement Parti Syndicat Ministerio Gobierno Partido Sindicato Asociación Tribunal Commission ' +
    'Patrol Guard Watch Lab Laboratory Laboratories Studios Records Coalition Club FC Team Council Museum Library').split(' '),
);
/** German compound titles ("Außenminister", "Bundeskanzlerin", "Regierungssprecher"): a prefix and a role noun. */
const GERMAN_COMPOUND_TITLE = /^\p{Lu}\p{Ll}{2,}(?:minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|sprecher|sprecherin|chef|chefin|direktor|direktorin|vorsitzende|vorsitzender)$/u;
/** Honorifics that also tell a person's gender. */
export const HONORIFIC_GENDER: Record<string, 'm' | 'f'> = {
  'Mr.': 'm', Mr: 'm', 'Mrs.': 'f', Mrs: 'f', 'Ms.': 'f', Ms: 'f', Miss: 'f', Herr: 'm', Frau: 'f', 'M.': 'm',
  Mme: 'f', 'Mme.': 'f', 'Sr.': 'm', 'Sra.': 'f', Señor: 'm', Señora: 'f', Sir: 'm', Dame: 'f', Lord: 'm', Lady: 'f',
  King: 'm', Queen: 'f', Prince: 'm', Princess: 'f', Congressman: 'm', Congresswoman: 'f', Spokesman: 'm',
  Spokeswoman: 'f', Chairman: 'm', Chairwoman: 'f', Father: 'm', Don: 'm', Doña: 'f',
};

/** Punctuation stripped from a token's front and back (one BMP unit each). */
const LEAD_CHARS = `("“„‚‘'«»‹›¿¡[{–—-`;
const TRAIL_CHARS = `)"”“’‘'«»‹›,;:!?.]}…–—`;
const UPPER_START = /^\p{Lu}/u;
const POSSESSIVE = /['’]s?$/;
/** Characters that end a sentence, and closing marks that may follow them ("…said.”"). */
const SENTENCE_STOPS = '.!?:';
const CLOSING_AFTER_STOP = '"”’»';
/**
 * The next token that does not start with a lower-case ASCII letter or a digit: the space before it and its
 * first character (a plain two-character search; a lookbehind made V8 check every position backwards).
 */
const NEXT_CANDIDATE = /\s[^\sa-z0-9]/g;

/** Whether c is a character `\s` matches (the token separator). */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether c is an ASCII letter or digit: never leading or trailing punctuation (most characters tested). */
function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** `UPPER_START.test(word)`, answered by arithmetic for ASCII (most words), by the regex otherwise. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word);
}

/** Whether word (with its dot) is an abbreviation or an initial ("Mr.", "J.", "U.S."). */
function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.test(word) || INITIAL.test(word);
}

/** Whether the token text[from, to) ends a sentence ("said.", "it?”"), for a token with no capital. */
function endsSentenceAt(text: string, from: number, to: number): boolean {
  const last = text.charAt(to - 1);
  if (SENTENCE_STOPS.includes(last)) return true;
  return to - from >= 2 && CLOSING_AFTER_STOP.includes(last) && SENTENCE_STOPS.includes(text.charAt(to - 2));
}

/**
 * Capitalised runs in text. `isCommonWord` tells whether a sentence-initial capitalised word is really a
 * common word (it appears in lower case elsewhere), so "Officials said" does not yield a name "Officials".
 * One pass over the whitespace-separated tokens; the tokens that start with a lower-case ASCII letter or a
 * digit outside a run (most of any text) are skipped by one regex search, without allocating anything.
 */
export function findNameRuns(text: string, isCommonWord: (lower: string) => boolean): NameRun[] {
  const runs: NameRun[] = [];
  let cur: OpenRun | null = null;
  let pendingConnector: { token: string; end: number } | null = null;
  let atSentenceStart = true;
  // The run in progress is ended inline (no `flush` closure): a closure would keep `cur` and
  // `pendingConnector` in a heap context, and this loop reads them at every token.
  const n = text.length;
  let from = 0;
  while (from < n) {
    const c = text.charCodeAt(from);
    if (isSpace(c)) {
      from++;
      continue;
    }
    if (cur === null && ((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      // Outside a run, words that start lower-case matter only for whether the last of them ends a
      // sentence: jump to the next token that may start a name.
      NEXT_CANDIDATE.lastIndex = from;
      const hit = NEXT_CANDIDATE.exec(text);
      const next = hit ? hit.index + 1 : n;
      let end = next;
      while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
      let start = end - 1;
      while (start > from && !isSpace(text.charCodeAt(start - 1))) start--;
      atSentenceStart = endsSentenceAt(text, start, end);
      from = next;
      continue;
    }
    let to = from + 1;
    while (to < n && !isSpace(text.charCodeAt(to))) to++;
    // Leading and trailing punctuation by character code, without slicing the token first: most tokens
    // are bare words, and the word is cut out of the text once.
    let wordStart = from;
    while (wordStart < to && !isAsciiAlnum(text.charCodeAt(wordStart)) && LEAD_CHARS.includes(text.charAt(wordStart))) wordStart++;
    let wordEnd = to;
    while (wordEnd > wordStart && !isAsciiAlnum(text.charCodeAt(wordEnd - 1)) && TRAIL_CHARS.includes(text.charAt(wordEnd - 1))) wordEnd--;
    // "Mr.", "J.": an abbreviation's or initial's dot stays with the word.
    if (wordEnd < to && text.charCodeAt(wordEnd) === 46 && isAbbreviation(text.slice(wordStart, to))) wordEnd++;
    let word = text.slice(wordStart, wordEnd);
    const hasLead = wordStart > from;
    const hasTrail = wordEnd < to;
    const tokenFrom = from;
    const start = wordStart;
    from = to;
    if (hasLead && cur !== null) {
      if (cur.tokens.length > 0) runs.push(finishRun(cur, false, isCommonWord));
      cur = null;
      pendingConnector = null;
    }
    let possessive = false;
    const lastChar = word.charAt(word.length - 1);
    if ((lastChar === 's' && /['’]s$/.test(word)) || ((lastChar === "'" || lastChar === '’') && /s['’]$/.test(word) && word.length > 3)) {
      possessive = true;
      word = word.replace(POSSESSIVE, '');
    }
    const sentenceStartHere = atSentenceStart || hasLead;
    if (word && startsUpper(word)) {
      if (!cur) cur = { start, end: start + word.length, tokens: [], sentenceStart: sentenceStartHere };
      else if (pendingConnector) cur.tokens.push(pendingConnector.token);
      pendingConnector = null;
      cur.tokens.push(word);
      cur.end = start + word.length;
    } else if (cur && CONNECTORS.has(word) && !hasTrail && !possessive) {
      pendingConnector = { token: word, end: start + word.length };
    } else if (cur !== null) {
      if (cur.tokens.length > 0) runs.push(finishRun(cur, false, isCommonWord));
      cur = null;
      pendingConnector = null;
    }
    if ((possessive || hasTrail) && cur !== null) {
      if (cur.tokens.length > 0) runs.push(finishRun(cur, possessive, isCommonWord));
      cur = null;
      pendingConnector = null;
    }
    atSentenceStart = endsSentenceAt(text, tokenFrom, to) && !isAbbreviation(word + '.');
  }
  if (cur !== null && cur.tokens.length > 0) runs.push(finishRun(cur, false, isCommonWord));
  return runs;
}

/** A run being collected: its first word's offset, its end so far, its words. */
interface OpenRun {
  start: number;
  end: number;
  tokens: string[];
  sentenceStart: boolean;
}

function finishRun(
  cur: OpenRun,
  possessive: boolean,
  isCommonWord: (lower: string) => boolean,
): NameRun {
  let tokens = cur.tokens;
  let start = cur.start;
  let dropped: string | undefined;
  // Drop capitalised function words and sentence-initial common words from the front.
  while (tokens.length > 0) {
    const first = tokens[0]!;
    const stop = STOP_WORDS.has(first);
    if (stop || (cur.sentenceStart && start === cur.start && isCommonWord(first.toLowerCase()))) {
      if (!stop) dropped = first;
      start += first.length + 1;
      tokens = tokens.slice(1);
      cur.sentenceStart = false;
    } else break;
  }
  // A trailing connector never ends a name.
  while (tokens.length > 0 && CONNECTORS.has(tokens[tokens.length - 1]!)) tokens = tokens.slice(0, -1);
  const title: string[] = [];
  let lastTitle = -1;
  let lastOrg = -1;
  for (let i = 0; i < tokens.length; i++) if (ORG_WORDS.has(tokens[i]!)) lastOrg = i;
  // "Jamie Werner of Ngātiwai": without an organisation word, what follows "of" is an affiliation.
  const ofAt = tokens.indexOf('of');
  if (lastOrg < 0 && ofAt > 0 && !TITLE_WORDS.has(tokens[ofAt - 1]!)) tokens = tokens.slice(0, ofAt);
  // A title after the organisation's name splits it off: "Indiana State Teachers Association President Keith Gambill".
  for (let i = lastOrg + 1; i < tokens.length - 1; i++) if (TITLE_WORDS.has(tokens[i]!) && !ORG_WORDS.has(tokens[i]!)) lastTitle = i;
  if (lastOrg >= 0 && lastTitle < 0) lastTitle = -1;
  // "Außenminister Heiko Maas": a German compound ending in a role noun is a title, not a first name.
  if (lastTitle < 0 && lastOrg < 0 && tokens.length >= 3 && GERMAN_COMPOUND_TITLE.test(tokens[0]!)) lastTitle = 0;
  if (lastTitle >= 0) {
    // Everything up to the last title word is the title ("US Attorney General"), the rest the name.
    title.push(...tokens.slice(0, lastTitle + 1));
    tokens = tokens.slice(lastTitle + 1);
  }
  return { start, end: cur.end, tokens, title, sentenceStart: cur.sentenceStart, possessive, ...(dropped ? { dropped } : {}) };
}
