/**
 * Names licences from their URLs or their spelled-out titles: creativecommons.org/licenses/by-sa/4.0/
 * and "Creative Commons Attribution-ShareAlike 4.0 International" both become "CC BY-SA 4.0".
 */

const CC_URL = /creativecommons\.org\/licen[cs]es\/((?:by|nc|nd|sa)(?:-(?:by|nc|nd|sa))*)\/(\d+(?:\.\d+)?)/i;
const CC_ZERO_URL = /creativecommons\.org\/publicdomain\/zero\/(\d+(?:\.\d+)?)/i;
const CC_MARK_URL = /creativecommons\.org\/publicdomain\/mark\/(\d+(?:\.\d+)?)/i;
/** Short forms as printed: "CC BY-NC-ND 3.0", "CC-BY-SA 4.0", "CC0". */
const CC_SHORT = /\bCC[\s-]?((?:BY|NC|ND|SA)(?:[\s-](?:BY|NC|ND|SA))*)(?:[\s-]?(\d\.\d))?\b|\bCC0\b/;
/** The long titles, word by word: Attribution, NonCommercial, NoDerivatives, ShareAlike. */
const CC_LONG = /Creative\s+Commons\s+((?:Attribution|Namensnennung|Paternité|Reconocimiento|Atribución)[^\d.;|()]{0,80})(\d\.\d)?/i;
const OTHER_URLS: Array<[RegExp, string]> = [
  [/gnu\.org\/licenses\/fdl/i, 'GNU FDL'],
  [/gnu\.org\/licenses\/(?:gpl|gpl-3)/i, 'GNU GPL'],
  [/opensource\.org\/licenses\/mit/i, 'MIT'],
  [/opensource\.org\/licenses\/apache|apache\.org\/licenses/i, 'Apache-2.0'],
];

const PART_OF_LONG: Array<[RegExp, string]> = [
  [/attribution|namensnennung|paternit|reconocimiento|atribuci/i, 'BY'],
  [/non-?commercial|nicht-?kommerziell|pas d.utilisation commerciale|no ?comercial/i, 'NC'],
  [/no-?deriv|keine bearbeitung|pas de modification|sin ?obra ?derivada|sin ?derivadas/i, 'ND'],
  [/share-?alike|weitergabe unter gleichen|partage dans les m|compartir ?igual/i, 'SA'],
];

/** The licence a URL points to ("CC BY-SA 4.0"), or null when it is not one we know. */
export function licenseFromUrl(url: string): string | null {
  const cc = CC_URL.exec(url);
  if (cc?.[1]) return `CC ${cc[1].toUpperCase()} ${cc[2]}`;
  const zero = CC_ZERO_URL.exec(url);
  if (zero) return `CC0 ${zero[1]}`;
  const mark = CC_MARK_URL.exec(url);
  if (mark) return `Public Domain Mark ${mark[1]}`;
  for (const [re, name] of OTHER_URLS) if (re.test(url)) return name;
  return null;
}

/** The licence a piece of text names ("licensed under CC BY 4.0"), or null. */
export function licenseFromText(text: string): string | null {
  if (text.length < 3) return null;
  const fromUrl = /https?:\/\//i.test(text) ? licenseFromUrl(text) : null;
  if (fromUrl) return fromUrl;
  const short = CC_SHORT.exec(text);
  if (short) {
    if (!short[1]) return 'CC0';
    return `CC ${short[1].toUpperCase().replace(/\s+/g, '-')}${short[2] ? ' ' + short[2] : ''}`;
  }
  const long = CC_LONG.exec(text);
  if (long) {
    const parts = PART_OF_LONG.filter(([re]) => re.test(long[1] ?? '')).map(([, p]) => p);
    if (parts.length === 0) return null;
    return `CC ${parts.join('-')}${long[2] ? ' ' + long[2] : ''}`;
  }
  return null;
}
