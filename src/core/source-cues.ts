/**
 * The phrases by which a story attributes information, in English, German, French and Spanish, compiled
 * once. Kept apart from the speech verbs of quote attribution: a source is also what a report "found" or
 * what data "show", and "according to" names a source with no quote at all.
 */

/** Word edges for the phrase patterns. They are compiled without the Unicode flag (several times faster in
 * V8), so letters are ranges: Latin with precomposed accents (pages are NFC), Greek, Cyrillic. */
const WORD_LETTER = String.raw`A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF`;
const L = String.raw`(?<![${WORD_LETTER}'’-])`;
const R = String.raw`(?![${WORD_LETTER}])`;
const alt = (words: string[]): string => words.map((w) => w.replace(/ /g, String.raw`\s+`)).join('|');

/** Verbs whose subject (before them) is the source: "Jeff Sessions said", "the group said", "sagte Müller". */
const ATTRIBUTION_VERBS = [
  'said', 'says', 'say', 'told', 'asked', 'asks', 'tells', 'added', 'adds', 'explained', 'explains', 'stated', 'states', 'wrote', 'writes',
  'announced', 'announces', 'noted', 'notes', 'confirmed', 'confirms', 'testified', 'claimed', 'claims', 'warned',
  'warns', 'argued', 'argues', 'acknowledged', 'insisted', 'insists', 'reported', 'reports', 'estimated', 'estimates',
  'recalled', 'recalls', 'tweeted', 'posted', 'disclosed', 'revealed', 'reveals', 'alleged', 'alleges', 'stressed',
  'emphasized', 'emphasised', 'predicted', 'found', 'finds', 'showed', 'shows', 'show', 'concluded', 'suggested',
  'suggests', 'suggest', 'denied', 'denies', 'admitted', 'conceded', 'cited', 'described', 'pledged', 'urged', 'replied',
  'complained', 'contended', 'maintained', 'countered', 'asserted', 'agreed', 'announced',
  'sagte', 'sagt', 'sagten', 'erklärte', 'erklärt', 'erklärten', 'teilte', 'teilt', 'berichtete', 'berichtet',
  'betonte', 'betont', 'schrieb', 'schreibt', 'meldete', 'meldet', 'bestätigte', 'bestätigt', 'warnte', 'warnt',
  'a déclaré', 'a dit', 'a affirmé', 'a expliqué', 'a ajouté', 'a indiqué', 'a précisé', 'a annoncé', 'a confirmé',
  'a souligné', 'a estimé', 'a rapporté', 'a écrit', 'a assuré', 'déclare', 'affirme', 'explique', 'ajoute', 'indique',
  'précise', 'annonce', 'souligne', 'rapporte', 'assure', 'a reconnu', 'a démenti', 'a averti', 'a rappelé', 'a révélé',
  'dijo', 'afirmó', 'explicó', 'señaló', 'declaró', 'aseguró', 'indicó', 'informó', 'agregó', 'añadió', 'anunció',
  'confirmó', 'dice', 'afirma', 'explica', 'señala', 'asegura', 'indica', 'informa', 'reveló', 'sostuvo', 'advirtió',
  'detalló', 'precisó', 'dijeron', 'afirmaron', 'señalaron', 'indicaron', 'explicaron', 'informaron', 'aseguraron',
  'declararon', 'denunció', 'denunciaron', 'advirtieron', 'reconoció', 'negó',
  'sagten', 'meinte', 'sagt', 'erklärten', 'berichteten', 'warnten', 'bestätigten', 'räumte', 'kritisierte',
];
/** Verbs for which only a document or an organisation can be the subject ("the study found"). */
export const FINDING_VERBS = /^(?:found|finds|showed|shows|show|concluded|estimated|estimates)$/;
/** Letters of the scripts served, for word edges in the non-Unicode pattern below (Latin, precomposed accents). */
const LETTER = String.raw`A-Za-z\u00C0-\u024F`;
const escapeRe = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
/** One-word verbs; a participle found alone ("déclaré" with no "a") is not one. */
const SINGLE_VERBS = new Set(ATTRIBUTION_VERBS.filter((v) => !v.includes(' ')));
/** French passé composé: the participle after "a" ("a déclaré"). */
const AUX_PARTICIPLES = new Set(ATTRIBUTION_VERBS.filter((v) => v.startsWith('a ')).map((v) => v.slice(2)));
/** French auxiliaries before a participle: "a déclaré", "ont indiqué", "avait annoncé". */
const FRENCH_AUX = /(?:^|[^\p{L}])(a|ont|avait|avaient)\s$/u;
/** Words without which ACCORDING cannot match: each of its phrases holds one of them. */
const ACCORDING_WORDS = [
  'according', 'laut', "d'après", 'd’après', 'selon', 'según', 'acuerdo', 'citing', 'cited', 'reported', 'angaben', 'zitiert',
  'interview', 'op-ed', 'column', 'statement', 'letter', 'email', 'e-mail', 'post', 'spokesman', 'spokeswoman', 'spokesperson',
  'representative', 'official', 'officials', 'release', 'sprecherin', 'sprecher', 'porte-parole', 'portavoz',
];
const alternation = (words: Iterable<string>): string => [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRe).join('|');

export interface VerbHit {
  index: number;
  end: number;
  verb: string;
}

/** What one pass over a text's words found: its attribution verbs, and whether the costlier phrase
 * patterns (ACCORDING, DOC_BY, DOC_SUBJECT) can match at all. */
export interface CueScan {
  verbs: VerbHit[];
  /** A word that can start or anchor an ACCORDING phrase occurs. */
  according: boolean;
  /** A document or data noun occurs (DOC_BY, DOC_SUBJECT). */
  doc: boolean;
}

/**
 * One pattern for the whole scan: group 1 a verb (or a French participle), group 2 an ACCORDING word,
 * group 3 a document noun. Without the Unicode flag, with explicit letter ranges for word edges, V8 runs
 * it several times faster than a word-by-word tokenizer with Set lookups. Built on first use.
 */
let cueScan: RegExp | null = null;
const ACCORDING_SET = new Set(ACCORDING_WORDS);
let docSet = new Set<string>();

function cuePattern(): RegExp {
  const verbs = ATTRIBUTION_VERBS.map((v) => (v.startsWith('a ') ? v.slice(2) : v));
  const according = ACCORDING_WORDS.flatMap((w) => [w, capitalised(w)]);
  const docs = [...DOC_NOUNS, ...DATA_NOUNS].flatMap((w) => [w.toLowerCase(), capitalised(w)]);
  docSet = new Set(docs);
  return new RegExp(`(?<![${LETTER}'’-])(?:(${alternation(verbs)})|(${alternation(according)})|(${alternation(docs)}))(?![${LETTER}'’-])`, 'g');
}

/** Every attribution verb in text, in order, and which phrase patterns are worth running. */
export function scanCues(text: string): CueScan {
  const out: VerbHit[] = [];
  let according = false;
  let doc = false;
  const re = (cueScan ??= cuePattern());
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[1];
    if (w === undefined) {
      if (m[2] !== undefined) according = true;
      else doc = true;
      continue;
    }
    const end = m.index + w.length;
    // "reported", "reports", "estimates": a verb that is also a cue word or a document noun.
    according ||= ACCORDING_SET.has(w);
    doc ||= docSet.has(w);
    if (AUX_PARTICIPLES.has(w)) {
      const aux = FRENCH_AUX.exec(text.slice(Math.max(0, m.index - 9), m.index))?.[1];
      if (aux) out.push({ index: m.index - aux.length - 1, end, verb: `a ${w}` });
      else if (SINGLE_VERBS.has(w)) out.push({ index: m.index, end, verb: w });
    } else out.push({ index: m.index, end, verb: w });
  }
  return { verbs: out, according, doc };
}

/** Cues whose object (after them) is the source: "according to X", "laut X", "selon X", "según X". */
export const ACCORDING = new RegExp(
  `${L}(according to|laut|selon|d['’]après|según|de acuerdo con|citing|cited by|as reported by|(?:first |originally )?reported by|nach Angaben (?:von|des|der)|zitiert nach|in an? (?:interview|op-ed|column|statement|letter|email|e-mail|post) (?:with|for|to|from|in|on)|said in an (?:interview|email|e-mail) (?:with|to)|(?:a |an |the )?(?:spokes(?:wo)?man|spokesperson|representative|official|officials|statement|press release|spokes(?:wo)?man) (?:for|from|of|at|with)|(?:der |die )?(?:Sprecherin|Sprecher) (?:des|der|von)|(?:le |la )?porte-parole (?:de|du|des)|(?:el |la )?portavoz (?:de|del))\\s+`,
  'gi',
);
/** Kinds of documents a story relies on. */
const DOC_NOUNS = [
  'report', 'reports', 'study', 'studies', 'survey', 'analysis', 'poll', 'documents', 'document', 'records', 'filing',
  'filings', 'complaint', 'indictment', 'lawsuit', 'affidavit', 'memo', 'transcript', 'audit', 'paper', 'research',
  'census', 'dataset', 'database', 'review', 'investigation', 'ruling', 'release',
  'Bericht', 'Studie', 'Umfrage', 'Analyse', 'Dokumente', 'Unterlagen', 'Gerichtsakten', 'Anklageschrift',
  'rapport', 'étude', 'enquête', 'sondage', 'documents', 'informe', 'estudio', 'encuesta', 'documentos', 'sentencia',
];
const DATA_NOUNS = ['data', 'figures', 'statistics', 'numbers', 'estimates', 'Daten', 'Zahlen', 'données', 'chiffres', 'datos', 'cifras'];
export const DOC_NOUN = new RegExp(`^(?:${alt(DOC_NOUNS)})$`, 'iu');
export const DATA_NOUN = new RegExp(`^(?:${alt(DATA_NOUNS)})$`, 'iu');
/** "a new report released by X", "data from X", "eine Studie der X", "un rapport de X", "datos de X". */
export const DOC_BY = new RegExp(
  `${L}((?:${alt(DOC_NOUNS)}|${alt(DATA_NOUNS)}))\\s+(?:(?:released|published|issued|conducted|compiled|commissioned|prepared|produced|funded|led|written|obtained|filed|provided|veröffentlicht|publié|publicado|elaborado)(?:\\s+(?:on|in|last|this|earlier|late|early)(?:\\s+[${WORD_LETTER}\\d]+){1,2})?\\s+)?(?:by|from|von|der|des|de la|de l['’]|du|de|del)\\s+`,
  'gi',
);
/** "court documents show", "police records say": the document is the subject of the finding verb. */
export const DOC_SUBJECT = new RegExp(`${L}(${alt([...DOC_NOUNS, ...DATA_NOUNS])})\\s+(?:show|shows|showed|found|finds|say|says|said|state|states|stated|revealed|reveal|indicate|indicates|indicated|concluded|suggest|suggests|suggested|zeigen|zeigt|belegen|montre|montrent|révèle|muestra|muestran|revela)${R}`, 'gi');
/** Modifiers that make a bare document noun specific enough to be a source ("court documents"). */
export const DOC_MODIFIER = /^(?:court|police|government|federal|state|internal|official|public|leaked|new|recent|latest|annual|census|autopsy|medical|financial|scientific|peer-reviewed|published|unpublished|confidential|classified|company|corporate|military|congressional|parliamentary|judicial|legal|campaign|polling)$/i;
/** Anaphors for an organisation already named: "the group said", "l'organisation affirme". */
export const ORG_ANAPHOR = /(?:^|\s)(?:the|this|that|der|die|das|le|la|l['’]|el)\s*(group|organization|organisation|company|agency|firm|department|ministry|office|union|party|campaign|coalition|association|institute|center|centre|council|committee|network|charity|nonprofit|non-profit|Gruppe|Organisation|Verband|Unternehmen|Behörde|Ministerium|Partei|groupe|association|entreprise|ministère|grupo|organización|empresa|asociación|ministerio)$/iu;
/** Person-with-organisation phrases that register an organisation: "spokeswoman for Families Belong Together". */
const AFFILIATION_WORDS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'coordinator', 'director', 'president', 'founder', 'co-founder', 'chair',
  'chairman', 'chairwoman', 'member', 'attorney', 'lawyer', 'executive', 'official', 'officer', 'head', 'leader', 'CEO',
  'chief', 'organizer', 'organiser', 'researcher', 'professor', 'analyst', 'economist', 'fellow', 'representative',
  'volunteer', 'manager', 'secretary', 'counsel', 'partner', 'defender', 'staff', 'organized', 'organised', 'sponsored',
]);
/** The preposition of an affiliation; the role word before it is checked against AFFILIATION_WORDS. */
const AFFILIATION_PREP = /\s(?:for|of|at|with|by)\s+(?:the\s+)?/g;
/** A letter (ASCII, or any non-ASCII letter-ish code unit) or a hyphen: walking back over a word without a regex per character. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || (c >= 0xc0 && c !== 0x2019 && c !== 0xa0 && c < 0x2000);
}

/**
 * Offsets just past each "spokeswoman for (the) …" in text, where an organisation's name starts. Finds the
 * (frequent, short) prepositions first and looks one word back: far cheaper than a 40-way alternation tried
 * at every word.
 */
export function affiliationsIn(text: string): number[] {
  const out: number[] = [];
  AFFILIATION_PREP.lastIndex = 0;
  for (let m = AFFILIATION_PREP.exec(text); m; m = AFFILIATION_PREP.exec(text)) {
    let start = m.index;
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
    const word = text.slice(start, m.index);
    if (AFFILIATION_WORDS.has(word) || AFFILIATION_WORDS.has(word.slice(word.lastIndexOf('-') + 1))) out.push(m.index + m[0].length);
  }
  return out;
}
/** Pronouns and vague subjects that are never a new source. */
export const PRONOUN = /^(?:he|she|they|it|we|i|you|er|sie|es|wir|ich|il|elle|ils|elles|on|nous|je|él|ella|ellos|ellas|yo|nosotros)$/i;
/** Words between a subject and its verb: "Sessions has said", "the group also said". */
export const AUXILIARY = /\s+(?:has|have|had|also|later|previously|then|earlier|further|recently|again|hat|hatte|haben|ha|han|había|avait|a|on \w+day)$/i;
/** Paragraphs that are bylines or photo credits, not reporting. */
export const CREDIT_PARAGRAPH = /^(?:(?:By|Von|Par|Por)\s+\p{Lu}[^.]{0,100}$|(?:Photo|Photograph|Foto|Image|Credit|Crédit|Crédito|Bild|Picture)s?\s*(?:by\b|[:：]))/u;
/** Credits inside a paragraph: "(Photo: Jane Doe/AP)", "(AP Photo/Evan Vucci)". */
export const INLINE_CREDIT = /\((?:[^()]*\bPhoto\b|Photo|Foto|Bild|Image|Credit)[^()]*\)/gi;
