/**
 * The phrases by which a story attributes information, in English, German, French and Spanish, compiled
 * once. Kept apart from the speech verbs of quote attribution: a source is also what a report "found" or
 * what data "show", and "according to" names a source with no quote at all.
 */

const L = String.raw`(?<![\p{L}\p{M}'’-])`;
const R = String.raw`(?![\p{L}\p{M}])`;
const alt = (words: string[]): string => words.map((w) => w.replace(/ /g, String.raw`\s+`)).join('|');

/** Verbs whose subject (before them) is the source: "Jeff Sessions said", "the group said", "sagte Müller". */
const ATTRIBUTION_VERBS = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'explained', 'explains', 'stated', 'states', 'wrote', 'writes',
  'announced', 'announces', 'noted', 'notes', 'confirmed', 'confirms', 'testified', 'claimed', 'claims', 'warned',
  'warns', 'argued', 'argues', 'acknowledged', 'insisted', 'insists', 'reported', 'reports', 'estimated', 'estimates',
  'recalled', 'recalls', 'tweeted', 'posted', 'disclosed', 'revealed', 'reveals', 'alleged', 'alleges', 'stressed',
  'emphasized', 'emphasised', 'predicted', 'found', 'finds', 'showed', 'shows', 'show', 'concluded',
  'sagte', 'sagt', 'sagten', 'erklärte', 'erklärt', 'erklärten', 'teilte', 'teilt', 'berichtete', 'berichtet',
  'betonte', 'betont', 'schrieb', 'schreibt', 'meldete', 'meldet', 'bestätigte', 'bestätigt', 'warnte', 'warnt',
  'a déclaré', 'a dit', 'a affirmé', 'a expliqué', 'a ajouté', 'a indiqué', 'a précisé', 'a annoncé', 'a confirmé',
  'a souligné', 'a estimé', 'a rapporté', 'a écrit', 'a assuré', 'déclare', 'affirme', 'explique', 'ajoute', 'indique',
  'précise', 'annonce', 'souligne', 'rapporte', 'assure',
  'dijo', 'afirmó', 'explicó', 'señaló', 'declaró', 'aseguró', 'indicó', 'informó', 'agregó', 'añadió', 'anunció',
  'confirmó', 'dice', 'afirma', 'explica', 'señala', 'asegura', 'indica', 'informa', 'reveló', 'sostuvo', 'advirtió',
  'detalló', 'precisó',
];
/** Verbs for which only a document or an organisation can be the subject ("the study found"). */
export const FINDING_VERBS = /^(?:found|finds|showed|shows|show|concluded|estimated|estimates)$/;
/** One-word verbs, looked up word by word: a Set is far cheaper than a 100-way regex tried at every offset. */
const SINGLE_VERBS = new Set(ATTRIBUTION_VERBS.filter((v) => !v.includes(' ')));
/** French passé composé: the participle after "a" ("a déclaré"). */
const AUX_PARTICIPLES = new Set(ATTRIBUTION_VERBS.filter((v) => v.startsWith('a ')).map((v) => v.slice(2)));
const WORD = /[\p{L}\p{M}'’-]+/gu;

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

/** Words (lower-cased) without which ACCORDING cannot match: each of its phrases holds one of them. */
const ACCORDING_WORDS = new Set([
  'according', 'laut', "d'après", 'd’après', 'selon', 'según', 'acuerdo', 'citing', 'cited', 'reported', 'angaben', 'zitiert',
  'interview', 'op-ed', 'column', 'statement', 'letter', 'email', 'e-mail', 'post', 'spokesman', 'spokeswoman', 'spokesperson',
  'representative', 'official', 'officials', 'release', 'sprecherin', 'sprecher', 'porte-parole', 'portavoz',
]);
/** Document and data nouns (lower-cased) that DOC_BY and DOC_SUBJECT start with. */
const DOC_WORDS = new Set<string>();

/** Every attribution verb in text, in order, and which phrase patterns are worth running. */
export function scanCues(text: string): CueScan {
  const out: VerbHit[] = [];
  let according = false;
  let doc = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0];
    const end = m.index + w.length;
    if (!according || !doc) {
      // Most words are lower case already: only a capitalised one needs a lower-cased copy.
      const c = w.charCodeAt(0);
      const lower = (c >= 65 && c <= 90) || c > 127 ? w.toLowerCase() : w;
      according ||= ACCORDING_WORDS.has(lower);
      doc ||= DOC_WORDS.has(lower);
    }
    if (SINGLE_VERBS.has(w)) out.push({ index: m.index, end, verb: w });
    else if (AUX_PARTICIPLES.has(w) && text.slice(Math.max(0, m.index - 2), m.index) === 'a ' && !/[\p{L}]/u.test(text.charAt(m.index - 3))) {
      out.push({ index: m.index - 2, end, verb: `a ${w}` });
    }
  }
  return { verbs: out, according, doc };
}

/** Cues whose object (after them) is the source: "according to X", "laut X", "selon X", "según X". */
export const ACCORDING = new RegExp(
  `${L}(according to|laut|selon|d['’]après|según|de acuerdo con|citing|cited by|as reported by|(?:first |originally )?reported by|nach Angaben (?:von|des|der)|zitiert nach|in an? (?:interview|op-ed|column|statement|letter|email|e-mail|post) (?:with|for|to|from|in|on)|said in an (?:interview|email|e-mail) (?:with|to)|(?:a |an |the )?(?:spokes(?:wo)?man|spokesperson|representative|official|officials|statement|press release|spokes(?:wo)?man) (?:for|from|of|at|with)|(?:der |die )?(?:Sprecherin|Sprecher) (?:des|der|von)|(?:le |la )?porte-parole (?:de|du|des)|(?:el |la )?portavoz (?:de|del))\\s+`,
  'giu',
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
for (const w of [...DOC_NOUNS, ...DATA_NOUNS]) DOC_WORDS.add(w.toLowerCase());
export const DOC_NOUN = new RegExp(`^(?:${alt(DOC_NOUNS)})$`, 'iu');
export const DATA_NOUN = new RegExp(`^(?:${alt(DATA_NOUNS)})$`, 'iu');
/** "a new report released by X", "data from X", "eine Studie der X", "un rapport de X", "datos de X". */
export const DOC_BY = new RegExp(
  `${L}((?:${alt(DOC_NOUNS)}|${alt(DATA_NOUNS)}))\\s+(?:(?:released|published|issued|conducted|compiled|commissioned|prepared|produced|funded|led|written|obtained|filed|provided|veröffentlicht|publié|publicado|elaborado)(?:\\s+(?:on|in|last|this|earlier|late|early)(?:\\s+[\\p{L}\\d]+){1,2})?\\s+)?(?:by|from|von|der|des|de la|de l['’]|du|de|del)\\s+`,
  'giu',
);
/** "court documents show", "police records say": the document is the subject of the finding verb. */
export const DOC_SUBJECT = new RegExp(`${L}(${alt([...DOC_NOUNS, ...DATA_NOUNS])})\\s+(?:show|shows|showed|found|finds|say|says|said|state|states|stated|revealed|reveal|indicate|indicates|indicated|concluded|suggest|suggests|suggested|zeigen|zeigt|belegen|montre|montrent|révèle|muestra|muestran|revela)${R}`, 'giu');
/** Modifiers that make a bare document noun specific enough to be a source ("court documents"). */
export const DOC_MODIFIER = /^(?:court|police|government|federal|state|internal|official|public|leaked|new|recent|latest|annual|census|autopsy|medical|financial|scientific|peer-reviewed|published|unpublished|confidential|classified|company|corporate|military|congressional|parliamentary|judicial|legal|campaign|polling)$/i;
/** Anaphors for an organisation already named: "the group said", "l'organisation affirme". */
export const ORG_ANAPHOR = /(?:^|\s)(?:the|this|that|der|die|das|le|la|l['’]|el)\s*(group|organization|organisation|company|agency|firm|department|ministry|office|union|party|campaign|coalition|association|institute|center|centre|council|committee|network|charity|nonprofit|non-profit|Gruppe|Organisation|Verband|Unternehmen|Behörde|Ministerium|Partei|groupe|association|entreprise|ministère|grupo|organización|empresa|asociación|ministerio)$/iu;
/** Person-with-organisation phrases that register an organisation: "spokeswoman for Families Belong Together". */
export const AFFILIATION = /\b(?:spokes(?:wo)?man|spokesperson|coordinator|director|president|founder|co-founder|chair(?:man|woman)?|member|attorney|lawyer|executive|official|officer|head|leader|CEO|chief|organizer|organiser|researcher|professor|analyst|economist|fellow|representative|volunteer|manager|secretary|counsel|partner|defender|staff|organized|organised|sponsored)\s+(?:for|of|at|with|by)\s+(?:the\s+)?/gu;
/** Pronouns and vague subjects that are never a new source. */
export const PRONOUN = /^(?:he|she|they|it|we|i|you|er|sie|es|wir|ich|il|elle|ils|elles|on|nous|je|él|ella|ellos|ellas|yo|nosotros)$/i;
/** Words between a subject and its verb: "Sessions has said", "the group also said". */
export const AUXILIARY = /\s+(?:has|have|had|also|later|previously|then|earlier|further|recently|again|hat|hatte|haben|ha|han|había|avait|a|on \w+day)$/i;
/** Paragraphs that are bylines or photo credits, not reporting. */
export const CREDIT_PARAGRAPH = /^(?:(?:By|Von|Par|Por)\s+\p{Lu}[^.]{0,100}$|(?:Photo|Photograph|Foto|Image|Credit|Crédit|Crédito|Bild|Picture)s?\s*(?:by\b|[:：]))/u;
/** Credits inside a paragraph: "(Photo: Jane Doe/AP)", "(AP Photo/Evan Vucci)". */
export const INLINE_CREDIT = /\((?:[^()]*\bPhoto\b|Photo|Foto|Bild|Image|Credit)[^()]*\)/gi;
