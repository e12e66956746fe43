/**
 * Image credits: the credit part of a caption ("Protesters march. (Photo: Jane Doe/AP)" → "Photo: Jane
 * Doe/AP") and the holder a credit names (its picture agency, the name after "©" or the last "/").
 */
import { licenseFromText } from './licenses';
import { foldConfusables, holderOf, yearOf } from './copyright-text';
import type { CopyrightNote } from './types';

/** Small words a credit line may hold in lower case (en/de/fr/es); other lower-case words are prose. */
const CREDIT_SMALL_WORDS = new Set([
  'for', 'of', 'by', 'via', 'and', 'the', 'courtesy', 'file', 'photo', 'handout', 'pool', 'staff',
  'für', 'von', 'und', 'der', 'die', 'de', 'du', 'des', 'la', 'le', 'les', 'et', 'pour', 'del', 'el', 'y', 'para',
]);
/** This many other lower-case words make a caption's "Image: …" a sentence rather than a credit. */
const MAX_CREDIT_LOWER_WORDS = 3;

/** Credit lines inside captions: "Photo: X", "(AP Photo/Evan Vucci)", "John Doe/Getty Images", "© Reuters". */
const CAPTION_CREDIT = new RegExp(
  [
    // "(Photo Prakash Mathema. AFP)": a parenthesis that opens with the word, with no colon after it.
    String.raw`\((?:Photos?|Fotos?|Images?|Bild)\s+[^()\[\]]+\)`,
    String.raw`(?:Photo(?:graph)?s?|Pictures?|Images?|Fotos?|Bild(?:er)?|Imagen|Crédits?(?: photo)?|Credits?|Crédito|Fotografía|Source)\s*(?:by\s+|[:：]\s*|\s[-–—]\s)\S[^()\[\]]*`,
    String.raw`(?:AP|AFP|Reuters|REUTERS|EPA|dpa|EFE|ANSA)\s+(?:Photo|Foto|Images?)\s*\/\s*[^()\[\]]+`,
    String.raw`©\s*[^()\[\]]+`,
    String.raw`(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}.'’-]*\s*\/\s*(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4}(?:file|via [^()]+)?`,
    String.raw`\((?:AP|AFP|Reuters|REUTERS|Getty Images|EPA|dpa|EFE|ANSA|Bloomberg|PA)\)`,
  ].join('|'),
  'u',
);
/** Picture agencies, so a credit's holder is the agency ("AP Photo/Evan Vucci" → AP). */
const AGENCY = /\b(Getty Images|AP|Associated Press|AFP|Reuters|REUTERS|EPA|Shutterstock|Alamy|dpa|picture alliance|EFE|ANSA|Bloomberg|Xinhua|PA Images|PA|Imago|Keystone|Sipa|Corbis|iStock(?:photo)?|NurPhoto|SOPA Images|ZUMA(?: Press)?|Anadolu(?: Agency)?|Polaris|NASA|Wikimedia Commons)\b/;

/** The credit in a caption's text, or null when it holds none (or only a labelled sentence). */
export function captionCreditIn(text: string): string | null {
  const m = CAPTION_CREDIT.exec(text);
  if (!m) return null;
  const credit = m[0].replace(/^\(|\)$/g, '').replace(/[\s.,;]+$/, '').trim();
  return credit.length >= 2 && !isCaptionSentence(credit) ? credit : null;
}

/**
 * "Image: Jose Mourinho has agreed a deal to become manager": a caption that opens with a label, not a
 * credit. Credits are names; several lower-case words that are not the small words of a credit
 * ("for", "via", "courtesy of the") make a sentence.
 */
function isCaptionSentence(credit: string): boolean {
  let lower = 0;
  for (const word of credit.split(/\s+/).slice(1)) {
    if (/^\p{Ll}/u.test(word) && !CREDIT_SMALL_WORDS.has(word)) lower++;
  }
  return lower >= MAX_CREDIT_LOWER_WORDS;
}

/** An image-credit note for a credit line, with its holder: the agency, the "©" name or the name after "/". */
export function creditNote(text: string): CopyrightNote {
  const folded = foldConfusables(text);
  const agency = AGENCY.exec(text);
  let holder: string | null = agency ? (agency[1] ?? null) : null;
  if (!holder && /©|\(c\)|copyright/i.test(folded)) holder = holderOf(text);
  if (!holder && text.includes('/')) holder = text.slice(text.lastIndexOf('/') + 1).replace(/\b(?:file|via)\b.*$/i, '').trim() || null;
  if (!holder) holder = text.replace(/^(?:Photo(?:graph)?s?|Pictures?|Images?|Fotos?|Bild|Imagen|Crédits?(?: photo)?|Credits?|Crédito|Source)\s*(?:by\s+|[:：]\s*)/i, '').trim() || null;
  return { text, origin: 'image-credit', holder, year: yearOf(text), license: licenseFromText(text) };
}
