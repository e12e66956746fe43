/**
 * What the mention index knows and reads: the entity and mention types, and the patterns of the writer's
 * text around a name (roles, appositions, articles, gendered nouns, verbs next to it), en/de/fr/es.
 */
import { isSpace } from './name-runs';

export type Gender = 'm' | 'f' | null;

export interface Entity {
  /** Full name as first introduced (the longest form seen first). */
  name: string;
  kind: 'person' | 'org' | 'unknown';
  /** The article an organisation is first introduced with ("the Electoral Commission"), as written. */
  article?: string;
  role: string | null;
  gender: Gender;
  /** True once something shows it is a person (a title, a role, a surname reused, a speech verb). */
  confirmed?: boolean;
  /** An academic title the person is first introduced with ("Dr."), part of the name as written; '' for none. */
  honorific?: string;
}

export interface Mention {
  offset: number;
  entity: Entity;
  /** True when the mention starts its sentence or stands next to a speech verb: the likely topic. */
  subject: boolean;
}

/** Nouns that head a role in an apposition or before "for/of/at/with" an organisation. */
export const ROLE_NOUN =
  /\b(?:spokes(?:wo)?man|spokesperson|coordinator|director|president|chair(?:wo)?man|chair|member|attorney|lawyer|professor|founder|co-founder|head|chief|executive|official|officer|researcher|analyst|economist|editor|manager|adviser|advisor|leader|secretary|minister|representative|organi[sz]er|volunteer|employee|staffer|fellow|partner|reporter|correspondent|scientist|expert|owner|student|teacher|doctor|physician|agent|counsel|strategist|consultant|CEO|chief executive|general manager|senator|governor|mayor|commissioner|ambassador|candidate|activist|advocate|vice president|deputy|superintendent|principal|pastor|judge|prosecutor|defender|historian|author|writer|associate|specialist|investigator|engineer|coach|captain|player|ranger|técnico|treinador|comandante|entrenador|jogador|jugador|entraîneur|trainer|actor|actress|singer|rapper|musician|artist|inspector|trader|boss|nurse|pilot|soldier|detective|sergeant|lieutenant|colonel|general|admiral|commander|sheriff|trooper|deputy|host|anchor|presenter|chancellor|premier|mp|lawmaker|legislator|congressman|congresswoman|councillor|councilor|councilman|councilwoman|dean|provost|rabbi|priest|bishop|imam|ministre|ministra|ministro|président|présidente|presidente|porte-parole|portavoz|portavoces|directeur|directrice|director|directora|secrétaire|secretario|secretaria|sprecher|sprecherin|minister|ministerin|präsident|präsidentin|chef|chefin|vorsitzende|vorsitzender|alcalde|alcaldesa|maire|député|députée|diputado|diputada|senador|senadora|sénateur|sénatrice)s?\b/i;
export const ORG_INTRO = /(?:\b(?:organi[sz]ed by|group|organi[sz]ation|coalition|campaign|company|firm|agency|charity|nonprofit|non-profit|union)\s+(?:the\s+)?|\b(?:for|of|at|with|from)\s+(?:the\s+)?)$/i;
/**
 * The last words ORG_INTRO and ORG_INTRO_BARE can end on (lower-cased): a pre-filter, so those regexes,
 * which try every start position of the text, run only when one of these stands before the name.
 */
export const ORG_INTRO_LAST = new Set(['the', 'by', 'group', 'organization', 'organisation', 'coalition', 'campaign', 'company', 'firm', 'agency', 'charity', 'nonprofit', 'profit', 'union', 'for', 'of', 'at', 'with', 'from']);
/** "organized by Families Belong Together", "the coalition Fair Fight". */
export const ORG_INTRO_BARE = /\b(?:organi[sz]ed by|group|organi[sz]ation|coalition)\s+$/i;
/** "The group that owns her music, Big Machine, …": a name in apposition to an organisation noun. */
export const ORG_APPOSITION =
  /\b(?:the|a|an|its|their)\s+(?:\p{Ll}+\s+)?(?:group|company|label|firm|organi[sz]ation|agency|charity|nonprofit|coalition|union|network|studio|publisher|broadcaster|retailer|manufacturer|startup|bank|insurer|airline|carrier|operator|owner|producer)\b[^,.;:!?]{0,60},\s*$/iu;
/** A name followed by a lower-case word that can be its verb ("Taylor Swift posted"): a likely subject. */
export const VERB_AFTER = /^(?:,[^,]{3,140},)?\s+(?:\p{Ll}+ly\s+)?(?!(?:of|for|in|on|at|to|by|with|from|and|or|but|that|which|who|as|than|is|are|the|a|an|de|du|des|et|que|qui|en|y|del|al|con|por|para|und|von|mit|zu)\b)\p{Ll}{2,}/u;
/** ", 55," right after a name: news style gives a person's age there. */
export const AGE_APPOSITION = /^\.?,\s*\d{1,3},/;
/** After an opening adverbial ("Then, last week, …"): the run starts the clause. */
export const AFTER_LEAD = /(?:^|[.!?]\s+)(?:[^,.!?]{1,40},\s*){1,2}$/;
/** A lower-case role noun right before a name ("técnico Tite"). */
export const ROLE_RIGHT_BEFORE = new RegExp(`(?:^|\\s)(?=\\p{Ll})(?:${ROLE_NOUN.source})\\s+$`, 'iu');
/** Capitalised calendar words that follow a role without being a name ("the president Friday"). */
export const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Articles before a name make it an organisation's ("the Electoral Commission"); see wordBeforeSpace. */
export const ARTICLE_BEFORE = new Set(['the', 'The', 'der', 'die', 'das', 'le', 'la', 'les', 'el', 'los', 'las']);
export const APPOSITION = /^,\s+(?:(the|a|an|der|die|le|la|el)\s+)?([^,;:!?"“”«»()]{3,140}?)(?=,|(?<!\b\p{Lu})\.(?:\s|$)|;|$|\s+(?:said|says|told|wrote|added)\b)/u;
export const APPOSITION_BAD_START = /^(?:who|which|that|whose|where|when|and|but|or|in|on|at|as|if|is|was|has|had|will|would|\d)\b/i;
export const NEXT_TO_VERB_AFTER = new RegExp(`^(?:,[^,]{3,140},)?\\s+(?:also\\s+|later\\s+|then\\s+)?(?:${'said|says|told|tells|added|adds|wrote|writes|asked|argued|insisted|warned|explained|noted|testified|recalled|sagte|erklärte|betonte|a déclaré|a dit|dijo|afirmó|explicó|señaló'})\\b`);
export const NEXT_TO_VERB_BEFORE = new Set(['said', 'says', 'told', 'added', 'wrote', 'asked']);
export const PLACE_BEFORE = new Set(['in', 'from', 'at', 'near', 'across', 'into', 'throughout', 'outside', 'inside', 'around', 'toward', 'towards', 'to', 'of']);
export const ROLE_VERB = /\b(?:said|says|told|tells|added|wrote|asked|is|was|has|had|did|does|will|would|could|chose|decided)\b/;
export const LOWER_ROLE_BEFORE = /(?:^|[\s,(])(?:(?:the|a|an|le|la|l'|el|der|die|das)\s+)?((?:\p{Ll}[\p{L}'’-]*\s+){0,2}\p{Ll}[\p{L}'’-]*)\s+$/u;
/** "La ministre de la Justice, " right before a name: an article, a lower-case role noun and its complement. */
export const PRE_APPOSITION = /(?:^|[.!?]\s+|,\s+)(the|le|la|el|der|die)\s+(\p{Ll}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,5}),\s*$/iu;
/** The gender a French or Spanish singular article gives a role noun ("la ministre", "el portavoz"). */
export const ARTICLE_GENDER: Record<string, 'm' | 'f'> = { le: 'm', la: 'f', el: 'm' };
/** Academic and medical titles: not a role, and kept with the name the article introduces ("Dr. Harold Bornstein"). */
export const ACADEMIC_TITLES = new Set(['Dr.', 'Dr']);
/** Courtesy titles: they tell gender, not a role. */
export const HONORIFICS = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dr', 'Dr.', 'Herr', 'Frau', 'M.', 'Mme', 'Mme.', 'Sr.', 'Sra.', 'Señor', 'Señora', 'Sir', 'Dame', 'Don', 'Doña']);
/** Words a lower-case pre-modifier role never holds: articles, verbs, conjunctions. */
export const ROLE_STOP = /^(?:the|a|an|le|la|les|l'|el|los|las|der|die|das|and|or|et|y|und|said|says|told|afirmó|dijo|declaró|a|sagte|erklärte|with|by|to|from|of|in|on|at|as|is|was)$/;
export const ACRONYM = /^[\p{Lu}&.]{2,}$/u;
export const PLURALISH = /^(?:Officials|Authorities|Police|Residents|Democrats|Republicans|Americans|Experts|Critics|Supporters|Officers|Lawmakers|Investigators|Prosecutors|Researchers|Scientists|Analysts)$/;

/** Generational suffixes that follow a surname ("James P. Kennedy Jr."): "Kennedy" still names him. */
export const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** The word a later mention uses for the person: the last one before any generational suffix. */
export function surnameOf(tokens: string[]): string {
  let i = tokens.length - 1;
  while (i > 0 && NAME_SUFFIX.test(tokens[i]!)) i--;
  return tokens[i]!;
}

/** Nouns for people that tell their gender ("her mother, Fiona,", "la portavoz"), en/de/fr/es. */
export const GENDERED_NOUNS: Record<string, 'm' | 'f'> = {
  mother: 'f', father: 'm', wife: 'f', husband: 'm', daughter: 'f', son: 'm', sister: 'f', brother: 'm',
  woman: 'f', man: 'm', girl: 'f', boy: 'm', grandmother: 'f', grandfather: 'm', aunt: 'f', uncle: 'm',
  niece: 'f', nephew: 'm', widow: 'f', widower: 'm', girlfriend: 'f', boyfriend: 'm', actress: 'f', actor: 'm',
  spokeswoman: 'f', spokesman: 'm', chairwoman: 'f', chairman: 'm', businesswoman: 'f', businessman: 'm',
  congresswoman: 'f', congressman: 'm', mutter: 'f', vater: 'm', frau: 'f', tochter: 'f', sohn: 'm',
  mère: 'f', père: 'm', femme: 'f', fille: 'f', fils: 'm', madre: 'f', padre: 'm', esposa: 'f', esposo: 'm',
  hija: 'f', hijo: 'm', hermana: 'f', hermano: 'm',
  women: 'f', men: 'm', mothers: 'f', fathers: 'm', daughters: 'f', sons: 'm', sisters: 'f', brothers: 'm', girls: 'f', boys: 'm',
};

/** "is one of the first two Muslim women", "was the mother of": a copula, a determiner and a gendered noun. */
export const COPULA_GENDER =
  /^\s+(?:is|was)\s+(?:one\s+of\s+)?(?:the|a|an|his|her|their)\s+(?:(?!(?:who|that|which|whose|of|for|to|with|by|and|or)\s)[\p{L}-]+\s+){0,4}?(women|woman|men|man|mothers?|fathers?|daughters?|sons?|sisters?|brothers?|wife|husband|girls?|boys?|grandmother|grandfather|widow|widower|actress|actor)(?![\p{L}'’])/u;

/** The gender a description's head noun tells ("her mother" → f), or null. */
export function roleGender(role: string): Gender {
  let g = ROLE_GENDER_MEMO.get(role);
  if (g === undefined) {
    if (ROLE_GENDER_MEMO.size >= ROLE_GENDER_MEMO_MAX) ROLE_GENDER_MEMO.clear();
    ROLE_GENDER_MEMO.set(role, (g = headGender(role)));
  }
  return g;
}

/** Answers of roleGender by role text: a person's role is asked again at each mention of them. */
const ROLE_GENDER_MEMO = new Map<string, Gender>();
/** The memo is emptied past this size, so a long session never grows it without bound. */
const ROLE_GENDER_MEMO_MAX = 2000;

function headGender(role: string): Gender {
  const words = role.toLowerCase().split(/[\s,]+/).filter(Boolean);
  // The head is the last word before any "of/for/at" complement ("the mother of the victim").
  const prep = words.findIndex((w, i) => i > 0 && /^(?:of|for|at|de|du|des|del|von|der)$/.test(w));
  const head = (prep > 0 ? words[prep - 1] : words[words.length - 1]) ?? '';
  return GENDERED_NOUNS[head] ?? null;
}

/** The last word of text when a space follows it ("… spokeswoman " → "spokeswoman"), else "". */
export function lastWord(text: string): string {
  let end = text.length;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  if (end === text.length) return '';
  const start = text.lastIndexOf(' ', end - 1) + 1;
  return text.slice(start, end);
}

/**
 * The ASCII word (`[A-Za-z0-9_]+`) that ends right where text's trailing whitespace starts; null when
 * text does not end in whitespace, '' when no such word stands there. A set lookup of it answers what
 * `\b(?:w1|w2|…)\s+$` would, without a regex trying every start position of the text.
 */
export function wordBeforeSpace(text: string): string | null {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === text.length) return null;
  let start = end;
  while (start > 0 && isAsciiWordChar(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/** True when text is empty or ends with a sentence stop and whitespace (`/(?:^|[.!?]\s+)$/`). */
export function opensSentence(text: string): boolean {
  if (text === '') return true;
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end < text.length && end > 0 && '.!?'.includes(text.charAt(end - 1));
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** True when an apposition reads like a title, not a clause ("who represents…", "said his client…"). */
export function isRoleLike(role: string): boolean {
  return !APPOSITION_BAD_START.test(role) && !ROLE_VERB.test(role);
}

