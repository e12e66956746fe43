/**
 * Recognises copyright, rights and syndication statements in a run of text and reads their holder and
 * year. Shared by the visible-text, meta and JSON-LD readers so that all of them agree on what a notice is.
 */

/**
 * Look-alikes of the letters and signs a notice is made of. Pages (and scrapers' tricks) write "Copyright
 * (с)" with a Cyrillic с, "Ⓒ" or "ⓒ" for ©; matching runs on a copy where each is replaced one-for-one,
 * so offsets found in the copy are offsets in the original text.
 */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic and Greek letters that look Latin.
  '\u0430': 'a', '\u0435': 'e', '\u043e': 'o', '\u0440': 'p', '\u0441': 'c', '\u0443': 'y', '\u0445': 'x',
  '\u0456': 'i', '\u0458': 'j', '\u0455': 's', '\u0501': 'd', '\u04bb': 'h', '\u04cf': 'l',
  '\u0410': 'A', '\u0412': 'B', '\u0415': 'E', '\u041a': 'K', '\u041c': 'M', '\u041d': 'H', '\u041e': 'O',
  '\u0420': 'P', '\u0421': 'C', '\u0422': 'T', '\u0425': 'X', '\u0406': 'I', '\u0408': 'J', '\u0405': 'S',
  '\u03bf': 'o', '\u03c1': 'p', '\u03b9': 'i', '\u03bd': 'v', '\u039f': 'O', '\u03a1': 'P', '\u03a4': 'T',
  '\u0391': 'A', '\u0395': 'E', '\u0399': 'I', '\u039a': 'K', '\u039c': 'M', '\u039d': 'N',
  // Circled C (Ⓒ ⓒ), Roman numeral C, fullwidth brackets and letters.
  '\u24b8': '\u00a9', '\u24d2': '\u00a9', '\u216d': 'C', '\u217d': 'c', '\uff08': '(', '\uff09': ')',
  '\uff43': 'c', '\uff23': 'C',
  '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ',
};
// Astral characters (🄫) take two code units; they are rare enough to be mapped without keeping offsets.
const ASTRAL_CONFUSABLES = /[\u{1F12B}\u{1F112}]/gu;
const CONFUSABLE_RE = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'g');

/** A year or a year range as printed: 2018, 1996-2015, 2005 – 2019. */
const YEAR = /\b((?:19|20)\d{2})(?:\s*[-–—/]\s*((?:19|20)\d{2}))?\b/;
/** Signs that alone make a notice. "(c)" needs a non-alphanumeric before it: "501(c)(3)" is not one. */
const SIGN = /©|(?<![\p{L}\p{N}])\(\s*c\s*\)(?!\s*\()/iu;
/** "Copyright" as a notice opens: followed by a sign, a year, "by", a colon or a capitalised name. */
const WORD_NOTICE = /\b(?:[Cc]opyright(?:ed)?|COPYRIGHT)\b\s*(?:©|\(\s*[cC]\s*\)|:|\d{4}|[Bb]y\s+\p{Lu}|(?!(?:Policy|Notice|Notices|Information|Info|Terms|Statement|Office|Act|Law|Laws|Agent|Infringement|Complaints?|Claims?|Guidelines|Issues|Protection|Royalty|Board|Directive|Reform|Trolls?|Holders?)\b)\p{Lu})/u;
const RESERVED = /\b(?:all rights reserved|some rights reserved|alle rechte vorbehalten|tous droits réservés|tous droits de reproduction réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden)\b|版权所有|版權所有|著作権所有|저작권자|무단\s?전재/i;
const REDISTRIBUTION = /\bmay not be (?:re)?(?:published|produced|reproduced|copied|distributed|redistributed|broadcast)\b|\bno (?:reproduction|republication|redistribution)\b|\bwithout (?:prior )?(?:express )?written permission\b|\bdarf nicht\b[^.]{0,80}\b(?:veröffentlicht|verbreitet|vervielfältigt)|\breproduction (?:interdite|totale ou partielle)|\bprohibida su reproducción|\bqueda prohibida la reproducción|不得转载|不得轉載|禁止转载|禁止轉載|转载须|轉載須|未经授权|未經授權|無断転載/i;
const SYNDICATION = /\b(?:originally (?:appeared|published|ran) (?:in|on|at|by)|(?:was |is )?first (?:appeared|published) (?:in|on|by)|(?:republished|reprinted|reproduced|used) (?:with|by) (?:kind )?(?:permission|arrangement)|(?:is |was )?republished (?:from|here)|distributed by (?:the )?\p{Lu}[\w ]+ (?:Content Agency|Syndicate|Services)|dieser (?:artikel|beitrag|text) (?:erschien|ist) zuerst|erschien zuerst (?:in|bei|auf)|cet article a (?:été publié|paru) (?:initialement|d'abord|pour la première fois)|publicado originalmente en|este artículo (?:fue publicado|apareció) originalmente)/iu;
const LICENSED = /\b(?:licensed under|under a creative commons|creative commons (?:attribution|license|licence)|lizenziert unter|sous licence|bajo (?:una )?licencia)\b/i;

/**
 * Russian rights lines, tested on the unfolded text: folding look-alikes turns Cyrillic words into
 * Latin-Cyrillic hybrids that no pattern matches. "Все права защищены" is "All rights reserved";
 * "Любое воспроизведение … без разрешения … запрещено" is the no-reproduction line.
 */
const RESERVED_RU = /(?:все|всі) права (?:защищены|захищені|принадлежат)/i;
const REDISTRIBUTION_RU = /(?:воспроизведение|перепечатка|копирование|использование|распространение)[^.!?]{0,120}?(?:без (?:\p{L}+ )?(?:разрешения|согласия|ссылки)|запрещ|воспрещ)|(?:запрещ|воспрещ)\p{L}*\s+(?:\p{L}+\s+){0,2}(?:воспроизведение|перепечатка|копирование)/iu;
/** Pre-check for those lines, on the unfolded text of nodes that hold Cyrillic. */
export const NOTICE_TRIGGER_RU = /права (?:защищены|захищені|принадлежат)|воспроизвед|перепечат|копировани|распространени/i;

/** Cheap pre-check run on every text node: one regex, no allocation when nothing matches. */
export const NOTICE_TRIGGER = /[©Ⓒⓒ]|\(\s*[cс]\s*\)|c[oо]pyright|rights reserved|rechte vorbehalten|droits (?:de reproduction )?réservés|derechos reservados|diritti riservati|direitos reservados|may not be|originally|first (?:appeared|published)|republished|reprinted|permission|erschien zuerst|zuerst (?:in|bei)|initialement|originalmente|creative commons|licen[cs]|版权|版權|转载|轉載|著作権|転載|저작권|전재/i;

/** Tokens after which a period does not end the holder's name. */
const ABBREVIATIONS = /(?:\b(?:Inc|Ltd|Co|Corp|Cie|LLC|L\.L\.C|S\.A|S\.L|AG|GmbH|Jr|Sr|St|Bros|Dr|Mr|Mrs|U\.S|U\.K|N\.Y|No|plc|PLC|Pty|P\.C|S\.p\.A|N\.V|B\.V|Sp|z\.o\.o)|\b\p{Lu})$/u;

export type NoticeKind = 'sign' | 'word' | 'reserved' | 'redistribution' | 'syndication' | 'license';

/** Replaces look-alike characters with the Latin letters and © they imitate, keeping every offset. */
export function foldConfusables(text: string): string {
  let out = text.replace(CONFUSABLE_RE, (c) => CONFUSABLES[c] ?? c);
  if (out.includes('\u{1F12B}') || out.includes('\u{1F112}')) out = out.replace(ASTRAL_CONFUSABLES, '©');
  return out;
}

/**
 * Which kind of notice a (folded) statement is, or null when it is none. raw: the statement before
 * folding, for the patterns written in Cyrillic.
 */
export function noticeKind(folded: string, raw?: string): NoticeKind | null {
  if (SIGN.test(folded)) return 'sign';
  if (WORD_NOTICE.test(folded) && !isProse(folded)) return 'word';
  if (RESERVED.test(folded)) return 'reserved';
  if (REDISTRIBUTION.test(folded)) return 'redistribution';
  if (SYNDICATION.test(folded)) return 'syndication';
  if (LICENSED.test(folded)) return 'license';
  if (raw !== undefined && raw !== folded) {
    if (RESERVED_RU.test(raw)) return 'reserved';
    if (REDISTRIBUTION_RU.test(raw)) return 'redistribution';
  }
  return null;
}

/**
 * True when "copyright" is a word in a sentence rather than the head of a notice: the word comes after
 * several words of lower-case prose ("the copyright lawsuit", "a Copyright Office ruling").
 */
function isProse(folded: string): boolean {
  const at = folded.search(/\bcopyright/i);
  const before = folded.slice(Math.max(0, at - 60), at);
  // A notice's "Copyright" starts its statement or follows a sign/label; prose has lower-case words before it.
  return /\b\p{Ll}{2,}\s+(?:\p{L}+\s+)?$/u.test(before) && !/[©|:·•]\s*$/.test(before);
}

/** Offset where the notice proper starts in a folded statement (its ©, "Copyright" or first word). */
export function noticeStart(folded: string): number {
  const sign = folded.search(/©|(?<![\p{L}\p{N}])\(\s*c\s*\)|\bcopyright\b/iu);
  return sign >= 0 ? sign : 0;
}

/** The first year or year range in a notice, as printed with a plain hyphen ("1996-2015"). */
export function yearOf(text: string): string | null {
  const m = YEAR.exec(text);
  if (!m) return null;
  return m[2] ? `${m[1]}-${m[2]}` : (m[1] ?? null);
}

/**
 * The rights holder named by a notice: what follows the sign, "Copyright" and the year, up to the end of
 * the sentence or to "All rights reserved". Null when the notice names none.
 */
export function holderOf(text: string): string | null {
  const folded = foldConfusables(text);
  const start = folded.search(/©|(?<![\p{L}\p{N}])\(\s*c\s*\)|\bcopyright\b/iu);
  if (start < 0) return holderBeforeReserved(text, folded);
  let rest = text.slice(start);
  let restFolded = folded.slice(start);
  // Strip the signs, the word and the year in whatever order they come ("© Copyright 2018", "Copyright © 2018").
  const lead = /^(?:\s*(?:©|\(\s*c\s*\)|copyright(?:ed)?|by|:|,|(?:19|20)\d{2}(?:\s*[-–—/]\s*(?:19|20)\d{2})?))+\s*/i.exec(restFolded);
  if (lead) {
    rest = rest.slice(lead[0].length);
    restFolded = restFolded.slice(lead[0].length);
  }
  const stop = /\s*(?:[|·•]|\ball rights\b|\bsome rights\b|\balle rechte\b|\btous droits\b|\btodos los derechos\b|\bthis material\b|\s[-–—]\s|$)/i.exec(restFolded);
  let holder = rest.slice(0, stop ? stop.index : rest.length);
  holder = cutAtSentenceEnd(holder);
  // "S&P Indices LLC 2016 and/or its affiliates", "Guardian Media Limited or its affiliated companies".
  holder = holder.replace(/,?\s+(?:(?:19|20)\d{2}\b.*|(?:and\/or|and|or)\s+its\s+(?:affiliate|licensor|subsidiar|partner).*)$/i, '');
  holder = holder.replace(/(?:\s*,)?\s*(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)\d{2})?\s*$/, '').replace(/[\s,;:]+$/, '').trim();
  if (holder.endsWith('.') && !ABBREVIATIONS.test(holder.slice(0, -1))) holder = holder.slice(0, -1).trim();
  if (holder.length < 2 || holder.length > 80 || !/\p{L}/u.test(holder)) return null;
  return holder;
}

/** "2019 Spacenews, Inc. All Rights Reserved": a short name (with or without a year) before the rights phrase. */
function holderBeforeReserved(text: string, folded: string): string | null {
  const at = folded.search(RESERVED);
  if (at <= 0) return null;
  const before = text.slice(0, at).replace(/^\s*(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)\d{2})?[\s,]*/, '').replace(/[\s,;:|]+$/, '');
  const name = before.endsWith('.') && !ABBREVIATIONS.test(before.slice(0, -1)) ? before.slice(0, -1) : before;
  if (!/^[\p{Lu}\d]/u.test(name) || name.split(/\s+/).length > 8 || /[.!?]\s/.test(name)) return null;
  return name;
}

/** Cuts a name at the first sentence-ending period that is not an abbreviation's ("Inc." stays). */
function cutAtSentenceEnd(s: string): string {
  const re = /[.!?](?=\s|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (m[0] === '.' && ABBREVIATIONS.test(s.slice(0, m.index))) continue;
    return s.slice(0, m.index);
  }
  return s;
}

/** Boundaries between statements: after . ! ? followed by space, after 。！？, and at | · • and line breaks. */
const STATEMENT_BREAK = /(?<=[.!?])\s+|(?<=[。！？])\s*|\s*[|\n·•]\s*/;

/** Splits a block's text into statements: sentences, lines and "|"-separated footer parts. */
export function statementsOf(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(STATEMENT_BREAK)) {
    const part = raw.trim();
    if (!part) continue;
    const prev = out.length > 0 ? (out[out.length - 1] ?? null) : null;
    // "CBS Interactive Inc. All Rights Reserved" split after "Inc." is glued back only if the piece before
    // ends in an abbreviation and no hard separator stood between them.
    if (prev !== null && /\.$/.test(prev) && ABBREVIATIONS.test(prev.slice(0, -1)) && text.includes(prev + ' ' + part)) {
      out[out.length - 1] = prev + ' ' + part;
    } else out.push(part);
  }
  return out;
}
