/**
 * News agencies and outlets, and the dateline and credit-line forms in which stories credit them:
 * "(CNN) --", "WASHINGTON (Reuters) -", "BERLIN (dpa) -", "MADRID, 3 jun (EFE).-", "— The Associated Press
 * contributed to this report", "Mit Material von dpa", "avec AFP", "con información de EFE".
 */

/** Agencies and networks that file datelined copy; the regex alternation is built from this list. */
export const WIRE_NAMES = [
  'The Associated Press', 'Associated Press', 'AP', 'Reuters', 'Agence France-Presse', 'AFP', 'dpa', 'DPA', 'EFE',
  'ANSA', 'Bloomberg', 'Bloomberg News', 'UPI', 'United Press International', 'CNN', 'Xinhua', 'Kyodo', 'Yonhap',
  'Press Association', 'PA', 'PA Media', 'TASS', 'Interfax', 'Europa Press', 'APA', 'KNA', 'epd', 'AAP', 'SDA',
  'Keystone-SDA', 'Belga', 'ANP', 'Anadolu', 'Anadolu Agency', 'Notimex', 'The Canadian Press', 'Canadian Press',
  'CP', 'Lusa', 'NTB', 'TT', 'Ritzau', 'PTI', 'IANS', 'ANI', 'CNA', 'Bernama', 'Antara', 'RIA Novosti', 'AP/dpa',
  'SID', 'Telam', 'Télam', 'Prensa Latina', 'Agencia EFE', 'CNS', 'RNS', 'Sputnik',
];
/** Publications and broadcasters commonly credited in copy; names ending in an outlet word are found without it. */
export const OUTLET_NAMES = [
  'The New York Times', 'New York Times', 'The Washington Post', 'Washington Post', 'The Wall Street Journal',
  'Wall Street Journal', 'Politico', 'Axios', 'BBC', 'NPR', 'ABC', 'ABC News', 'CBS', 'CBS News', 'NBC', 'NBC News',
  'MSNBC', 'Fox News', 'CNBC', 'PBS', 'The Guardian', 'The Times', 'The Telegraph', 'Financial Times', 'The Economist',
  'The Atlantic', 'The New Yorker', 'BuzzFeed News', 'Vox', 'HuffPost', 'Bild', 'Der Spiegel', 'Spiegel', 'Die Zeit',
  'Zeit Online', 'ARD', 'ZDF', 'Le Monde', 'Le Figaro', 'Libération', 'Mediapart', 'France Info', 'franceinfo',
  'El País', 'El Mundo', 'ABC', 'La Vanguardia', 'Clarín', 'La Nación', 'LA NACION', 'Al Jazeera', 'Sky News',
  'ProPublica', 'The Intercept', 'Stern', 'Focus', 'RTL', 'TF1', 'France 24', 'Deutsche Welle', 'DW', 'TMZ', 'Variety',
  'Bloomberg Businessweek', 'Forbes', 'Fortune', 'Reuters', 'Time', 'Newsweek', 'The Hill', 'Vice', 'Slate', 'Wired',
  'USA Today', 'Daily Mail', 'The Sun', 'PBS NewsHour', 'CNET', 'TechCrunch', 'The Verge', 'Yahoo News', 'Ouest-France',
  'RFI', 'BFMTV', 'Europe 1', 'France Inter', 'El Confidencial', 'RTVE', 'Cadena SER', 'Infobae', 'tagesschau.de', 'n-tv',
];
/** Last words that make a capitalised name an outlet: "the Seattle Times", "Süddeutsche Zeitung". */
const OUTLET_TAIL = /\b(?:Leader|Times|Post|Journal|News|Tribune|Herald|Gazette|Guardian|Telegraph|Chronicle|Magazine|Daily|Today|Radio|Television|TV|Zeitung|Allgemeine|Rundschau|Anzeiger|Kurier|Spiegel|Presse|Monde|Figaro|Parisien|Observer|Independent|Standard|Mirror|Express|Courier|Inquirer|Globe|Star|Bulletin|Dispatch|Register|Examiner|Reporter|Insider|Review|Weekly|Sentinel|Enquirer|Beacon|Record|Mail|Periódico|Diario|Nación|Correo|Heraldo|Informador|Universal|Mundo|País|Noticias|Semana|Stampa|Repubblica|Corriere)$/;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const byLength = (a: string, b: string): number => b.length - a.length;
const WIRE_ALT = [...new Set(WIRE_NAMES)].sort(byLength).map(escape).join('|');

/**
 * A dateline: an optional place and date in capitals, then the agency in brackets and a dash or period.
 * Any short bracketed all-caps tag in that position is an agency too ("(KABC) —", "(CNSNews.com) --").
 */
const DATELINE = new RegExp(
  String.raw`^[\p{Lu}\d][^()]{0,60}?\(\s*(${WIRE_ALT}|[A-Z][A-Za-z.]{1,14})(?:\s*[/,-]\s*[^)]{1,20})?\s*\)\s*(?:[-–—:.]+|\s)|^\(\s*(${WIRE_ALT}|[A-Z][A-Za-z.]{1,14})(?:\s*[/,-]\s*[^)]{1,20})?\s*\)\s*(?:[-–—:.]+|\s)` +
    // "CNNMoney (New York) --": the service first, then the place; a place in capitals ("PARIS (AFP)") is the other form.
    String.raw`|^((?=[\p{L}.]*\p{Ll})\p{Lu}[\p{L}.]{1,24})\s+\(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}\)\s*(?:[-–—]+|$)`,
  'u',
);
/** Bylines of the form "BERLIN, 3. Juni (dpa) -" put the place first; a dateline must begin the story. */
const CREDIT_LINES = new RegExp(
  [
    String.raw`(?:^|[—–-]\s*|\(\s*)((?:The )?${`(?:${WIRE_ALT})`}(?:\s+(?:and|&)\s+(?:${WIRE_ALT}))?)\s+(?:contributed|also contributed)(?: reporting| to this (?:report|story|article))?`,
    String.raw`\b(?:Mit Material von|Material von|Mit Agenturmaterial von|avec|Avec|con información de|Con información de|Con información de la agencia|Fuente:|Quelle:|Source\s?:)\s+(?:l'|la |der |den )?((?:${WIRE_ALT})(?:\s*(?:,|/|und|and|et|y)\s*(?:${WIRE_ALT}))*)\b`,
    String.raw`(?:^|\s)\(\s*((?:${WIRE_ALT})(?:\s*[/,]\s*(?:${WIRE_ALT}))*)\s*\)\s*$`,
    String.raw`^\s*[—–-]\s*((?:${WIRE_ALT}))\s*$`,
  ].join('|'),
  'u',
);

const WIRE_SET = new Set(WIRE_NAMES.map((n) => n.toLowerCase()));
const OUTLET_SET = new Set(OUTLET_NAMES.map((n) => n.toLowerCase()));

export interface WireHit {
  name: string;
  evidence: string;
}

/** The agency of a dateline at the start of text ("(CNN) --" → CNN, "CNNMoney (New York) --"), as written, or null. */
export function datelineOf(text: string): WireHit | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  if (m[3]) return { name: m[3], evidence: m[0].trim() };
  const name = (m[1] ?? m[2] ?? '').trim();
  if (!name) return null;
  return { name, evidence: m[0].slice(m[0].lastIndexOf('(')).trim() };
}

/**
 * Agency credit lines anywhere in a paragraph: "Reuters contributed to this report", "(dpa)", "avec AFP".
 * nearEnd: whether the paragraph is among the story's last, where a closing "(dpa)" credits the story.
 */
export function wireCreditsOf(text: string, nearEnd = true): WireHit[] {
  if (!mayHoldCredit(text)) return [];
  const m = CREDIT_LINES.exec(text);
  // A bare "(Reuters)" closing a paragraph mid-story credits a photo or video; at the story's end, the story.
  if (!m || (m[3] && !nearEnd)) return [];
  const names = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').split(/\s*(?:,|\/|\band\b|&|\bund\b|\bet\b|\by\b)\s*/).filter(Boolean);
  return names.map((n) => ({ name: n, evidence: m[0].trim() }));
}

/** A paragraph opening with a dash ("— Reuters"); anchored, so V8 tries it at the start only. */
const LEADING_DASH = /^\s*[—–-]/;
/** The labels of CREDIT_LINES' "Quelle: dpa" form (a bare colon occurs in most long paragraphs). */
const CREDIT_LABEL = /Fuente:|Quelle:|Source\s?:/;
/** "avec AFP": the word and the whitespace CREDIT_LINES requires after it. */
const AVEC = /vec\s/;
/**
 * Tests that rule CREDIT_LINES out for most paragraphs; the pattern itself is long. Each of its forms
 * needs one of them: "contributed", a label or lead-in word, a closing bracket, or a leading dash.
 */
function mayHoldCredit(text: string): boolean {
  return (
    text.includes('contribut') || text.includes('aterial') || AVEC.test(text) || text.includes('nformación') ||
    CREDIT_LABEL.test(text) || text.trimEnd().endsWith(')') || LEADING_DASH.test(text)
  );
}

/** "Associated Press", "The Associated Press" and "AP" are one agency; keep the most common spelling. */
export function canonicalWire(name: string): string {
  const n = name.replace(/^the\s+/i, '');
  if (/^(?:AP|Associated Press)$/i.test(n)) return 'The Associated Press';
  if (/^(?:AFP|Agence France-Presse)$/i.test(n)) return 'AFP';
  if (/^dpa$/i.test(n)) return 'dpa';
  if (/^(?:EFE|Agencia EFE)$/i.test(n)) return 'EFE';
  return n;
}

/** True for a known agency name. */
export function isWire(name: string): boolean {
  return WIRE_SET.has(name.toLowerCase()) || WIRE_SET.has(name.replace(/^the\s+/i, '').toLowerCase());
}

/** True for a known outlet or a name that ends like one ("The Seattle Times"). */
export function isOutlet(name: string): boolean {
  const bare = name.replace(/^(?:the|der|die|le|la|el)\s+/i, '').toLowerCase();
  // A tail word alone ("TV", "News") is a common noun, not a name.
  return OUTLET_SET.has(name.toLowerCase()) || OUTLET_SET.has(bare) || (bare.includes(' ') && OUTLET_TAIL.test(name));
}
