/**
 * A statement speaks for whoever issued it: "“…,” the statement said" after "the US military said in a
 * statement", or "“…,” it says" after "Now they've put out another statement". The issuer is read off the
 * sentence that introduced the statement ("X said in a statement", "X issued a statement", "a statement
 * from X"), nearest first; an issuer that does not resolve (a bare "they") hands over to the statement
 * before it, as "another statement" comes from the same body. Reports and studies are not statements:
 * they speak as themselves ("the report states").
 */
import type { MentionIndex } from './mentions';
import { sentenceStart } from './sentences';
import type { Attribution } from './speaker-resolve';
import { subjectTail } from './speaker-subject';
import { subjectHead, type QuoteContext } from './speakers';

/** Paragraphs looked back through for the sentence that introduced the statement. */
const LOOKBACK_PARAGRAPHS = 3;
/** Statements looked at, nearest first, before giving up. */
const MAX_STATEMENTS = 4;
/** A statement noun, en/fr/es/de. */
const STATEMENT = /(?<![\p{L}])(?:statements?|press releases?|communiqués?|déclarations?|comunicados?|declaraci(?:ón|ones)|(?:Presse)?[Ee]rklärung(?:en)?|(?:Presse)?[Mm]itteilung(?:en)?)(?![\p{L}])/gu;
/** "the statement", "le communiqué", "el comunicado", "die Erklärung": a definite statement as a subject. */
const STATEMENT_SUBJECT =
  /^(?:(?:in|dans|en)\s+)?(?:the|this|that|le|ce|la|cette|el|este|esta|die|diese|der|dieser)\s+(?:(?:\p{L}+)\s+)?(?:statement|press release|communiqué|déclaration|comunicado|declaración|(?:Presse)?[Ee]rklärung|(?:Presse)?[Mm]itteilung)$/iu;
/** The verb that issued it, right before the noun: "said in a", "put out another", "a publié un", "emitió un". */
const ISSUED_BY_SUBJECT =
  /(?<![\p{L}])(?:said|says|wrote|writes|added|announced|put out|issued|issues|released|releases|published|sent|posted|a déclaré|a indiqué|a publié|a diffusé|a annoncé|dijo|señaló|indicó|publicó|emitió|difundió|sagte|teilte|erklärte|veröffentlichte)\s+(?:\p{Ll}+\s+){0,2}?(?:a|an|another|its|their|his|her|the|un|une|dans un|dans une|en un|en una|una|otro|otra|in einer|eine|einer|ihre|seine)\s+(?:new\s+|nouveau\s+|nueva?\s+|neue[rn]?\s+)?$/iu;
/** Auxiliaries between the subject and the issuing verb ("they've put out", "has issued"). */
const AUXILIARY = /(?:['’]ve|['’]s|\s+(?:has|have|had|also|then|later|again))\s*$/i;
/** "a statement from the ministry", "un communiqué du ministère". */
const FROM_AFTER = /^\s+(?:released\s+|issued\s+|published\s+)?(?:from|by|de|du|des|del|von|vom)\s+/iu;

/**
 * "the statement said", ", a précisé le communiqué", "hieß es in der Erklärung": when np (the subject
 * as written) is a definite statement, whoever issued it, with the cue kept; otherwise null.
 */
export function statementSpeaker(np: string, paragraph: number, offset: number, index: MentionIndex, cue: string): Attribution | null {
  if (!STATEMENT_SUBJECT.test(np.trim())) return null;
  const issuer = statementIssuer(paragraph, offset, index);
  return issuer ? { ...issuer, cue } : null;
}

/** The issuer of the statement a cue at (paragraph, offset) refers to, nearest first, or null. */
export function statementIssuer(paragraph: number, offset: number, index: MentionIndex): Attribution | null {
  let seen = 0;
  for (let p = paragraph; p >= 0 && p >= paragraph - LOOKBACK_PARAGRAPHS; p--) {
    const text = p === paragraph ? index.textOf(p).slice(0, offset) : index.textOf(p);
    const hits: number[][] = [];
    STATEMENT.lastIndex = 0;
    for (let m = STATEMENT.exec(text); m; m = STATEMENT.exec(text)) hits.push([m.index, m.index + m[0].length]);
    for (let k = hits.length - 1; k >= 0 && seen < MAX_STATEMENTS; k--, seen++) {
      const a = issuerAt(text, hits[k]![0]!, hits[k]![1]!, p, index);
      if (a && a.speaker) return a;
    }
  }
  return null;
}

/** Whether the sentence holding the cue at offset, or the one before it, mentions a statement ("it says"). */
export function statementNearby(paragraph: number, offset: number, index: MentionIndex): boolean {
  const text = index.textOf(paragraph);
  const from = sentenceStart(text, offset);
  const own = text.slice(from, offset);
  STATEMENT.lastIndex = 0;
  if (STATEMENT.test(own)) return true;
  // The sentence before: in this paragraph, or the previous paragraph's last one when the cue's sentence opens it.
  const before = from > 0 && text.slice(0, from).trim() ? text.slice(sentenceStart(text, from - 1), from) : lastSentence(index.textOf(paragraph - 1));
  STATEMENT.lastIndex = 0;
  return STATEMENT.test(before);
}

function lastSentence(text: string): string {
  const t = text.trimEnd();
  return t ? t.slice(sentenceStart(t, Math.max(0, t.length - 2))) : '';
}

/** Who issued the statement whose noun spans [start, end) of text: the subject of the issuing verb, or "from X". */
function issuerAt(text: string, start: number, end: number, paragraph: number, index: MentionIndex): Attribution | null {
  const from = sentenceStart(text, start);
  const lead = text.slice(from, start);
  const verb = ISSUED_BY_SUBJECT.exec(lead);
  if (verb) {
    // The subject is the clause right before the verb: "…, the US military said in a statement".
    const clauseAt = Math.max(lead.lastIndexOf(',', verb.index), lead.lastIndexOf(';', verb.index)) + 1;
    const subj = lead.slice(clauseAt, verb.index).replace(AUXILIARY, '');
    if (subj.trim()) {
      const hit = { index: from + verb.index, end: from + verb.index + verb[0].length, text: verb[0].trim().split(/\s+/)[0]! };
      const a = subjectTail(subj, from + clauseAt, paragraph, index, hit);
      if (a) return a;
    }
  }
  const after = FROM_AFTER.exec(text.slice(end, end + 100));
  if (after) {
    const at = end + after[0].length;
    const ctx: QuoteContext = { masked: text, paragraph, open: at, end: at, prevEnd: 0, nextOpen: text.length };
    return subjectHead(text.slice(at, at + 100), ctx, index, 'statement from');
  }
  return null;
}

/** Nouns for a part of a text: "one of the provisions of this bill provides" — the part speaks for the text. */
const PART_NOUN =
  '(?:provisions?|sections?|articles?|clauses?|paragraphs?|chapters?|passages?|dispositions?|alinéas?|disposici(?:ón|ones)|art[íi]culos?|apartados?|cl[áa]usulas?|Bestimmung(?:en)?|Artikel|Abschnitte?|Klauseln?)';
/** Texts that can hold words ("the bill", "le projet de loi", "la ley", "des Gesetzes"). */
const DOCUMENT_HEAD =
  /^(?:bill|law|act|report|constitution|treaty|agreement|text|document|decree|order|ruling|contract|directive|regulation|projet|loi|texte|rapport|décret|traité|accord|proyecto|ley|informe|texto|decreto|tratado|acuerdo|constitución|Gesetz|Gesetzentwurf|Bericht|Vertrag|Abkommen|Text|Verordnung|Entwurf)$/i;
/** A part noun and its "of the …" complement opening the sentence, then a lower-case verb; group 1 the text, 2 the verb. */
const PART_OF_DOCUMENT = new RegExp(
  `^(?:(?:one|l['’]une?|une?|uno|una|eine[rs]?|the|a|an|la|le|les|el|los|las|die|der)\\s+)?(?:(?:of\\s+the|des|de\\s+los|de\\s+las|der)\\s+)?(?:[\\p{L}\\d-]+\\s+){0,2}?${PART_NOUN}(?:\\s+[\\p{L}\\d-]+){0,4}?` +
    `\\s+((?:(?:of|de)\\s+(?:this|the|that|ce|cet|cette|le|la|l['’]|el|este|esta|esa)\\s*|(?:du|del|des|dieses)\\s+)\\p{L}+(?:\\s+de\\s+loi)?)\\s+(\\p{Ll}[\\p{L}'’-]*)`,
  'iu',
);
/** The preposition before the text's determiner: dropped from the speaker ("of this bill" → "this bill"). */
const LEADING_OF = /^(?:of|de)\s+/i;
const CONTRACTED = /^(?:du|del|des|dieses)\s+/i;

/**
 * "Une des dispositions de ce projet de loi prévoit", "Section 3 of the bill states": a part of a text
 * opening the sentence speaks for the text. Returns the text as written ("ce projet de loi"), or null.
 */
export function partOfDocument(sentence: string): string | null {
  const m = PART_OF_DOCUMENT.exec(sentence.slice(0, 160));
  if (!m) return null;
  // "du projet de loi", "des Gesetzes": a contracted article is dropped with its preposition.
  const np = m[1]!.replace(LEADING_OF, '').replace(CONTRACTED, '');
  const words = np.split(/\s+/);
  // The head is the last word, or the word before a "de loi" complement; German genitives end in -es/-s.
  const head = words.length >= 3 && words[words.length - 2]!.toLowerCase() === 'de' ? words[words.length - 3]! : words[words.length - 1]!;
  if (DOCUMENT_HEAD.test(head)) return np;
  // "des Gesetzes": the genitive ending is dropped, so the text is named as it is elsewhere ("Gesetz").
  const stem = head.replace(/e?s$/, '');
  return DOCUMENT_HEAD.test(stem) ? np.replace(head, stem) : null;
}
