/**
 * Unnamed sources described by the story: "officials said", "a senior political source told Reuters",
 * "according to the office release", "selon une source du Quai d'Orsay", "según fuentes del Gobierno".
 * A description counts only when its head noun is one a story relies on (an official, a source, a
 * document, a body); the phrase is kept as written, since it is all the reader gets.
 */
import type { SourceKind } from './types';

/** People described by what they are: the head of "senior administration officials". */
const PERSON_HEADS = [
  'official', 'officials', 'source', 'sources', 'analyst', 'analysts', 'expert', 'experts', 'prosecutor', 'prosecutors',
  'investigator', 'investigators', 'researcher', 'researchers', 'scientist', 'scientists', 'economist', 'economists',
  'trader', 'traders', 'witness', 'witnesses', 'resident', 'residents', 'spokesman', 'spokeswoman', 'spokesperson',
  'diplomat', 'diplomats', 'aide', 'aides', 'lawmakers', 'critics', 'doctors', 'executives', 'insiders', 'mother',
  'father', 'family', 'relatives', 'neighbors', 'neighbours', 'people familiar',
  'Experten', 'Beamte', 'Ermittler', 'Quellen', 'Kreise', 'Sprecher', 'Sprecherin', 'Analysten', 'Forscher',
  'Wissenschaftler', 'Insider', 'Diplomaten', 'Regierungskreise', 'Sicherheitskreise',
  'responsable', 'responsables', 'expert', 'experts', 'enquêteurs', 'chercheurs', 'analystes', 'diplomates', 'proches',
  'porte-parole', 'fuente', 'fuentes', 'funcionarios', 'expertos', 'investigadores', 'analistas', 'portavoz',
  'diplomáticos', 'responsables', 'testigos',
];
/** Bodies described by what they are: "the military said", "the regional health commission". */
const ORG_HEADS = [
  'authorities', 'police', 'military', 'government', 'administration', 'commission', 'committee', 'council', 'ministry',
  'agency', 'court', 'courts', 'union', 'army', 'regulator', 'regulators', 'prosecutor’s office', 'Polizei', 'Regierung',
  'Behörden', 'Ministerium', 'Staatsanwaltschaft', 'autorités', 'police', 'gouvernement', 'ministère', 'justice',
  'autoridades', 'policía', 'gobierno', 'ministerio', 'fiscalía',
];
/** Documents, data and media a claim rests on. */
const DOC_HEADS = [
  'report', 'reports', 'study', 'studies', 'survey', 'surveys', 'analysis', 'poll', 'polls', 'document', 'documents',
  'records', 'filing', 'filings', 'complaint', 'indictment', 'lawsuit', 'affidavit', 'memo', 'transcript', 'audit',
  'census', 'dataset', 'database', 'release', 'statement', 'announcement', 'website', 'video', 'footage', 'recording',
  'evidence', 'notes', 'letter', 'data', 'figures', 'statistics', 'estimates', 'tally', 'count', 'guidance', 'ruling',
  'Bericht', 'Berichte', 'Studie', 'Umfrage', 'Analyse', 'Dokumente', 'Unterlagen', 'Daten', 'Zahlen', 'Angaben',
  'Erklärung', 'Mitteilung', 'rapport', 'étude', 'enquête', 'sondage', 'documents', 'données', 'chiffres', 'communiqué',
  'informe', 'informes', 'estudio', 'encuesta', 'documentos', 'datos', 'cifras', 'comunicado', 'sentencia',
];
/** Media, when they are what the story cites: "according to local news reports", "told US media". */
const OUTLET_HEADS = ['media', 'news reports', 'press reports', 'newspaper', 'newspapers', 'broadcaster', 'television', 'medios', 'médias', 'Medien', 'Medienberichten'];

/** Articles and numbers that may open a description; possessive pronouns do not ("his spokesman" names no one). */
const DET = String.raw`(?:the|a|an|one|two|three|four|several|some|many|other|another|der|die|das|den|dem|ein|eine|einer|einem|le|la|les|l['’]|un|une|des|plusieurs|el|los|las|un|una|unos|unas|varios|varias)`;
/** Words that can never modify the head: function words and verbs a clause runs on with. */
const NOT_MOD = String.raw`(?:and|or|but|that|which|who|whom|whose|when|where|while|if|as|than|because|after|before|since|to|in|on|at|for|with|by|from|of|into|about|he|she|it|they|we|i|you|his|her|its|their|our|my|is|was|are|were|be|been|has|have|had|not|no|said|says|told|also|und|oder|aber|dass|der|die|das|mit|von|für|et|ou|mais|que|qui|il|elle|ils|de|du|des|à|au|aux|en|dans|y|o|pero|con|por|para|del|al|se|lo)`;
const MOD = String.raw`(?!${NOT_MOD}(?![\p{L}\p{M}'’-]))[\p{L}\p{M}][\p{L}\p{M}'’.-]*`;
const alt = (words: string[]): string => [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, String.raw`\s+`)).join('|');
const HEADS = alt([...PERSON_HEADS, ...ORG_HEADS, ...DOC_HEADS, ...OUTLET_HEADS]);
/** "people familiar with the matter", "sources close to the talks": a short post-modifier before the verb. */
const POST = String.raw`(?:\s+(?:familiar with|with knowledge of|close to|briefed on|seen by|obtained by|reviewed by|with|proches? de|cercanas? a|nahe)\s+(?:[\p{L}\p{M}'’-]+\s+){0,3}[\p{L}\p{M}'’-]+)?`;
/** A description that ends the text before an attribution verb, opening its clause. */
const SUBJECT_AT_END = new RegExp(
  String.raw`(?:^\s*|[,;:(—–.!?]["”’»]?\s*|(?:^|\s)(?:and|but|because|as|while|though|although|after|since|und|aber|weil|et|mais|car|y|pero|porque)\s+)((?:${DET}\s+)?(?:${MOD}\s+){0,4}(?:${HEADS})${POST})$`,
  'iu',
);
/** The same description at the start of the text after a cue ("according to …", "selon …"). */
const OBJECT_AT_START = new RegExp(String.raw`^((?:${DET}\s+)?(?:${MOD}\s+){0,4}(?:${HEADS}))(?![\p{L}\p{M}'’-])`, 'iu');
/** "… of/from/du/del X": the capitalised body the description belongs to ("une source du Quai d'Orsay"). */
const OWNER = /^\s+(?:of|from|at|with|du|de la|de l['’]|des|de|del|de los|von|der|des)\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|for|and|de|du|des|del|la|le|der|für)\s+|d['’])?\p{Lu}[\p{L}\p{M}'’.-]*)*)/u;
const POST_TAIL = new RegExp(`${POST}$`, 'iu');
/** A post-modifier is its word and at most four more: this many characters from the end hold it. */
const POST_CHARS = 60;
/** Characters of text before the verb worth looking at: descriptions are a few words long. */
const TAIL_CHARS = 90;

/** Last words a description can end with (its head, or a post-modifier's last word is anything: see POST_HINT). */
const HEAD_LAST = new Set([...PERSON_HEADS, ...ORG_HEADS, ...DOC_HEADS, ...OUTLET_HEADS].map((w) => w.toLowerCase().split(' ').pop() ?? ''));
/** Words without which no post-modifier is there: a cheap test before the full pattern. */
const POST_HINT = /\b(?:familiar|knowledge|close|briefed|seen|obtained|reviewed|with|proches?|cercanas?|nahe)\b/i;
const PERSON_SET = new Set(PERSON_HEADS.map((w) => w.toLowerCase()));
const DOC_SET = new Set(DOC_HEADS.map((w) => w.toLowerCase()));
const OUTLET_SET = new Set(OUTLET_HEADS.map((w) => w.toLowerCase()));

export interface Description {
  /** The phrase as written ("Obama administration officials", "the office release"). */
  name: string;
  kind: SourceKind;
  /** The head noun, lower-cased, for merging "the report" into the report named before. */
  head: string;
  /** True when a post-modifier ends the description ("reports seen by Reuters"): the name in it is not the subject. */
  post?: boolean;
}

/** The last word of text, lower-cased, found by walking back over letters (cheaper than an end-anchored pattern). */
function lastWord(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) <= 32) end--;
  let start = end;
  while (start > 0 && /[\p{L}\p{M}'’-]/u.test(text.charAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

/** The last word of a description, lower-cased; "people familiar with …" keeps "people familiar". */
function headOf(phrase: string): string {
  const bare = phrase.replace(POST_TAIL, '');
  const words = bare.trim().toLowerCase().split(/\s+/);
  const two = words.slice(-2).join(' ');
  return PERSON_SET.has(two) || OUTLET_SET.has(two) ? two : words[words.length - 1] ?? '';
}

function kindOfHead(head: string): SourceKind {
  if (OUTLET_SET.has(head)) return 'outlet';
  if (DOC_SET.has(head)) return 'document';
  return PERSON_SET.has(head) || head.startsWith('people') ? 'person' : 'organization';
}

/** Whether text may end with a post-modifier ("… familiar with the matter"): a cheap test on its last words. */
export function mayEndWithPostModifier(text: string): boolean {
  return POST_HINT.test(text.length > POST_CHARS ? text.slice(-POST_CHARS) : text);
}

/** The description that ends pre, the text of a sentence up to its attribution verb, or null. */
export function describedSubject(pre: string): Description | null {
  const tail = pre.length > TAIL_CHARS ? pre.slice(-TAIL_CHARS) : pre;
  // Most verbs follow a name or a pronoun: one Set lookup rules the pattern out.
  const last = lastWord(tail);
  if (!last || (!HEAD_LAST.has(last) && !mayEndWithPostModifier(tail))) return null;
  const m = SUBJECT_AT_END.exec(tail);
  const phrase = m?.[1]?.trim();
  if (!phrase || (pre.length > TAIL_CHARS && m?.index === 0 && !/^[,;:(—–.!?]/.test(tail))) return null;
  const head = headOf(phrase);
  // "report finds" (a headline's grammar): a lone singular document noun names nothing.
  if (!/\s/.test(phrase) && DOC_SET.has(head) && !head.endsWith('s')) return null;
  const kind = kindOfHead(head);
  // "A Pew Research Center survey found": the document's name, without the article that introduces it.
  return { name: kind === 'document' ? phrase.replace(/^(?:a|an)\s+/i, '') : phrase, kind, head, post: POST_TAIL.test(phrase) && phrase.replace(POST_TAIL, '') !== phrase };
}

/**
 * The description that starts rest, the text after a cue ("according to the office release"), with the
 * body it belongs to when one follows ("une source du Quai d'Orsay"); null when none is there.
 */
export function describedObject(rest: string): Description | null {
  const m = OBJECT_AT_START.exec(rest);
  if (!m?.[1]) return null;
  const owner = OWNER.exec(rest.slice(m[1].length));
  const head = headOf(m[1]);
  const name = owner ? `${m[1]}${owner[0].replace(/[.,;:]$/, '')}` : m[1];
  return { name: name.replace(/\s+/g, ' '), kind: kindOfHead(head), head };
}
