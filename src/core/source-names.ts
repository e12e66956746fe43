/**
 * Reading names out of running text: the capitalised run right before an attribution verb ("Jeff
 * Sessions said") or right after a cue ("according to Miguel A. Nogueras, an attorney…"), minus titles,
 * and whether a name is a person or an organisation.
 */

import { DOC_NOUN } from './source-cues';

/** Words that join the parts of a name: "Association of State …", "Centro de …", "Ludwig van …". */
const CONNECTORS = new Set(['of', 'for', 'the', 'on', 'de', 'del', 'della', 'der', 'des', 'du', 'la', 'le', 'van', 'von', 'da', 'dos', 'das', 'y', 'für', 'al', 'bin', 'ibn', '&', 'and', 'und', 'et', 'in', 'at']);
/** Connectors that may join two names only inside an organisation's name. */
const WEAK_CONNECTORS = new Set(['and', 'und', 'et', 'y', 'in', 'at']);
/** A statement is a document too when it is linked ("another statement", "un comunicado"). */
const STATEMENT_NOUN = /^(?:statement|statements|release|letter|comunicado|communiqué|Erklärung|Mitteilung|declaración|déclaration)$/i;
/** A verb of attribution inside link text: the link is the cue phrase, not the source's name. */
const LINK_VERB = /\b(?:said|says|told|tells|states|stated|wrote|writes|reported|reports|announced|finds|found|shows|showed)\b/i;
/** Capitalised words that start sentences or clauses but are never part of a source's name. */
const STOP_WORDS = new Set([
  'The', 'A', 'An', 'But', 'And', 'Or', 'So', 'Yet', 'Also', 'In', 'On', 'At', 'After', 'Before', 'When', 'While',
  'Meanwhile', 'However', 'Still', 'Later', 'Earlier', 'Now', 'Then', 'This', 'That', 'These', 'Those', 'Last',
  'Next', 'Today', 'Yesterday', 'Tonight', 'As', 'If', 'Since', 'Because', 'Although', 'Though', 'Instead', 'Even',
  'Der', 'Die', 'Das', 'Den', 'Dem', 'Ein', 'Eine', 'Auch', 'Doch', 'Aber', 'Und', 'Wie', 'So', 'Laut', 'Nach',
  'Le', 'La', 'Les', 'Un', 'Une', 'Mais', 'Et', 'Selon', 'Pour', 'Dans', 'El', 'Los', 'Las', 'Una', 'Pero', 'Según',
  'Para', 'Con', 'En', 'Por', 'Al', 'Del', 'He', 'She', 'They', 'It', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Its',
  'Er', 'Sie', 'Es', 'Wir', 'Il', 'Elle', 'Ils', 'Elles', 'Nous', 'On', 'Él', 'Ella', 'Ellos', 'Ellas',
  'According', 'Officials', 'Police', 'Authorities', 'Experts', 'Prosecutors', 'Witnesses', 'Residents', 'Researchers',
  'Critics', 'Analysts', 'Sources', 'Investigators', 'Doctors', 'Scientists', 'Others', 'Many', 'Some', 'Most', 'Both',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Montag', 'Dienstag', 'Mittwoch',
  'Donnerstag', 'Freitag', 'Samstag', 'Sonntag', 'Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi',
  'Dimanche', 'Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado', 'Domingo', 'Mr', 'Mr.', 'Mrs', 'Mrs.',
  'Ms', 'Ms.', 'Dr', 'Dr.', 'Prof.', 'Herr', 'Frau', 'M.', 'Mme', 'Sr.', 'Sra.', 'Don', 'Doña',
]);
/** Titles and roles written before a name ("US Attorney General Jeff Sessions"): the name is what follows. */
const TITLE_WORDS = new Set([
  'President', 'Vice', 'Attorney', 'General', 'Secretary', 'Minister', 'Prime', 'Senator', 'Sen.', 'Rep.', 'Gov.',
  'Governor', 'Mayor', 'Judge', 'Justice', 'Chief', 'Director', 'CEO', 'Chairman', 'Chairwoman', 'Chair', 'Commissioner',
  'Sheriff', 'Officer', 'Spokesman', 'Spokeswoman', 'Deputy', 'Ambassador', 'Chancellor', 'Pope', 'King', 'Queen',
  'Prince', 'Princess', 'Lord', 'Sir', 'Dame', 'Rev.', 'Coach', 'Captain', 'Capt.', 'Lt.', 'Sgt.', 'Col.', 'Gen.', 'Adm.',
  'Detective', 'Professor', 'Prof.', 'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'US', 'U.S.', 'UK', 'Democratic', 'Republican',
  'Democrat', 'Sens.', 'Reps.', 'Speaker', 'Leader', 'Majority', 'Minority', 'Councilman', 'Councilwoman', 'Trooper',
  'Bundeskanzlerin', 'Bundeskanzler', 'Kanzlerin', 'Kanzler', 'Ministerin', 'Präsident', 'Präsidentin', 'Bürgermeister',
  'Bürgermeisterin', 'Herr', 'Frau', 'Président', 'Présidente', 'Ministre', 'Premier', 'Maire', 'M.', 'Mme',
  'Presidente', 'Ministro', 'Ministra', 'Alcalde', 'Alcaldesa', 'Sr.', 'Sra.', 'Don', 'Doña', 'Former', 'State',
  'Federal', 'Foreign', 'Defense', 'Defence', 'Interior', 'Health', 'Finance', 'Education', 'Homeland', 'Security',
]);
/** Words that make a capitalised name an organisation. */
const ORG_WORDS = /\b(?:Office|Department|Dept\.|Ministry|Agency|Association|Institute|Institution|University|College|School|Company|Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|Group|Project|Council|Committee|Commission|Court|Bureau|Service|Services|Party|Government|Foundation|Center|Centre|Union|Network|Administration|Authority|Board|Police|Army|Navy|Force|Forces|Bank|Fund|Organi[sz]ation|Society|Federation|League|Coalition|Alliance|Campaign|Club|Trust|Hospital|Museum|Library|Airlines?|House|Pentagon|Kremlin|Congress|Senate|Parliament|Assembly|Guard|Patrol|Team|Network|Lab|Labs|Laboratory|Clinic|Research|Partners|Capital|Holdings|Systems|Technologies|Media|Motors|Energy|Pharmaceuticals|Finance|Securities|Analytics|Consulting|Church|Diocese|Ministerium|Amt|Bundesamt|Polizei|Regierung|Verband|Institut|Universität|Gericht|Staatsanwaltschaft|Behörde|Partei|Stiftung|Ministère|Gouvernement|Université|Tribunal|Parquet|Gendarmerie|Préfecture|Mairie|Ministerio|Gobierno|Universidad|Policía|Fiscalía|Ayuntamiento|Instituto|Partido|Fundación|Secretaría|Centro|Asociación|Junta)\b/;
/** Parts of a name token: words, initials, "U.S.", "O'Brien", "Attorney's", hyphenated names. */
const NAME_TOKEN = /^(?:[\p{Lu}][\p{L}\p{M}'’.-]*|[\p{Lu}]\.|&|\d+(?:st|nd|rd|th)?)$/u;
const ELIDED_DE = /^d['’]\p{Lu}/u;
const OPENING = /^[(“„«‘"'[]+/;
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
const MAX_NAME_TOKENS = 10;

/** Splits text into word tokens, keeping punctuation attached so a trailing comma ends a name. */
function tokens(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function isNameToken(t: string): boolean {
  return NAME_TOKEN.test(t) && !STOP_WORDS.has(t);
}

/** Trims connectors and stop words from both ends and drops "and …" joins that are not an organisation's. */
function tidy(parts: string[], fromEnd: boolean): string | null {
  let p = parts.slice();
  while (p.length && (CONNECTORS.has(p[0] ?? '') || STOP_WORDS.has(p[0] ?? ''))) p.shift();
  while (p.length && CONNECTORS.has(p[p.length - 1] ?? '')) p.pop();
  if (p.length === 0) return null;
  const joined = p.join(' ');
  if (!ORG_WORDS.test(joined)) {
    const weak = fromEnd ? p.map((t) => WEAK_CONNECTORS.has(t)).lastIndexOf(true) : p.findIndex((t) => WEAK_CONNECTORS.has(t));
    if (weak >= 0) p = fromEnd ? p.slice(weak + 1) : p.slice(0, weak);
  }
  const name = p.join(' ').replace(/[’']s$/, '').replace(/[,;:]+$/, '');
  return name && /\p{Lu}/u.test(name) ? name : null;
}

/** The name that ends text ("… the group said" → null; "“…,” Sessions" → "Sessions"). */
export function nameBefore(text: string): string | null {
  const t = tokens(text);
  const parts: string[] = [];
  for (let i = t.length - 1; i >= 0 && parts.length < MAX_NAME_TOKENS; i--) {
    const tok = t[i] ?? '';
    const bare = tok.replace(/[,;:]$/, '');
    if (parts.length === 0 && bare !== tok) break; // "X, said" is an appositive's end, handled by the caller
    if (bare !== tok) break;
    // "(Alibaba says …": an opening bracket or quote starts the name and ends the search.
    const open = OPENING.exec(bare)?.[0] ?? '';
    const word = bare.slice(open.length);
    if (isNameToken(word) || SUFFIX.test(word) || (parts.length > 0 && CONNECTORS.has(word))) parts.unshift(word);
    else break;
    if (open) break;
  }
  return tidy(parts, true);
}

/** The name that starts text ("Miguel A. Nogueras, an assistant …" → "Miguel A. Nogueras"). */
export function nameAfter(text: string): string | null {
  const t = tokens(text);
  const parts: string[] = [];
  for (let i = 0; i < t.length && parts.length < MAX_NAME_TOKENS; i++) {
    const tok = t[i] ?? '';
    const bare = tok.replace(/[.,;:!?)"”»]+$/, (m) => (/^\.$/.test(m) && /^(?:[\p{Lu}]|Jr|Sr|Inc|Corp|Ltd|Co|St|U\.S)$/u.test(tok.slice(0, -1)) ? '.' : ''));
    // "Stanford University's Center on …" goes on; "Smith's lawyer" ends at the possessive.
    const possessiveEnd = /[’']s$/.test(bare) && !isNameToken(t[i + 1] ?? '');
    const ended = bare.length < tok.length || possessiveEnd;
    // "Quai d’Orsay", "Côte d’Ivoire": an elided "de" glued to the next name word.
    const elided = parts.length > 0 && ELIDED_DE.test(bare);
    if (isNameToken(bare) || elided || SUFFIX.test(bare) || (parts.length > 0 && CONNECTORS.has(bare)) || (i === 0 && /^(?:the|der|die|das|la|le|el|los|las|les)$/i.test(bare))) {
      parts.push(bare);
      if (ended) break;
    } else break;
  }
  return tidy(parts, false);
}

/** Drops titles in front of a person's name: "US Attorney General Jeff Sessions" → "Jeff Sessions". */
export function stripTitles(name: string): string {
  if (ORG_WORDS.test(name)) return name;
  const t = name.split(' ');
  let last = -1;
  t.forEach((w, i) => {
    if (TITLE_WORDS.has(w) && i < t.length - 1) last = i;
  });
  return last >= 0 ? t.slice(last + 1).join(' ') : name;
}

/** True when a name reads as an organisation's (has an organisation word, or is an acronym like FBI). */
export function looksLikeOrganization(name: string): boolean {
  return ORG_WORDS.test(name) || /^(?:the\s+)?[A-Z][A-Z&.]{1,7}$/.test(name);
}

/** The surname of a person's name, for merging "Sessions" into "Jeff Sessions". */
export function surnameOf(name: string): string {
  const t = name.split(' ').filter((w) => !SUFFIX.test(w));
  return t[t.length - 1] ?? name;
}

/** Capital and word letters of the Latin, Greek and Cyrillic scripts, as ranges: without the Unicode flag V8
 * runs the name pattern about ten times faster than with \p{Lu} (Latin Extended-A mixes both cases). */
const UPPER = String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F\u0386-\u03AB\u0400-\u042F`;
const LETTERS = String.raw`A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF`;
const NAME_RUN = new RegExp(
  String.raw`(?:[${UPPER}][${LETTERS}'’.-]*|[${UPPER}]\.)(?:\s+(?:(?:de|del|van|von|der|da|dos|bin|al)\s+)?(?:[${UPPER}][${LETTERS}'’.-]*|[${UPPER}]\.|Jr\.?|Sr\.?|II|III))+`,
  'g',
);

/** All capitalised runs of two or more tokens in a text, as candidate full names. */
export function namesIn(text: string): string[] {
  const out: string[] = [];
  const re = NAME_RUN;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const name = tidy(m[0].split(/\s+/), false);
    if (name && name.includes(' ')) out.push(stripTitles(name));
  }
  return out;
}

/**
 * Whether a link's text can name the source it points to: a document ("the report") or a name (a
 * capitalised word past the first), but not the writer's own words that happen to be linked ("he said",
 * "a rally", "bought out") and not a whole paragraph that is one link (another story's headline).
 */
export function namesALinkSource(linkText: string, paragraphText: string): boolean {
  const t = linkText.trim();
  if (t === paragraphText.trim() || LINK_VERB.test(t)) return false;
  const words = t.split(/\s+/);
  return words.some((w) => DOC_NOUN.test(w.replace(/[^\p{L}]+$/u, '')) || STATEMENT_NOUN.test(w)) || words.slice(1).some((w) => /^\p{Lu}/u.test(w));
}
