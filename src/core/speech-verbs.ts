/**
 * Verbs and phrases that attribute words to a speaker, for English, German, French and Spanish.
 * Compiled once into regexes; the attribution code looks for them next to a quote.
 */
import { isWordAt } from './char-class';

/** English: simple past, present and a few perfect forms journalists use to attribute speech. */
const EN = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks', 'argued', 'argues',
  'insisted', 'insists', 'warned', 'warns', 'explained', 'explains', 'stated', 'states', 'noted', 'notes',
  'declared', 'declares', 'announced', 'announces', 'continued', 'continues', 'replied', 'replies',
  'responded', 'responds', 'recalled', 'recalls', 'remarked', 'remarks', 'observed', 'observes',
  'claimed', 'claims', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'conceded', 'concedes',
  'suggested', 'suggests', 'stressed', 'stresses', 'emphasized', 'emphasised', 'emphasizes', 'emphasises',
  'tweeted', 'tweets', 'posted', 'posts', 'testified', 'testifies', 'confirmed', 'confirms',
  'predicted', 'predicts', 'promised', 'promises', 'vowed', 'vows', 'complained', 'complains',
  'contended', 'contends', 'maintained', 'maintains', 'countered', 'counters', 'cautioned', 'cautions',
  'urged', 'urges', 'pointed out', 'points out', 'went on', 'goes on', 'joked', 'jokes', 'quipped',
  'shouted', 'yelled', 'cried', 'whispered', 'murmured', 'recounted', 'recounts', 'described', 'describes',
  'called', 'calls', 'labeled', 'labelled', 'dubbed', 'wrote in', 'reported', 'reports', 'mused',
  'boasted', 'boasts', 'lamented', 'laments', 'charged', 'alleged', 'alleges', 'concluded', 'concludes',
  'agreed', 'agrees', 'objected', 'answered', 'answers', 'began', 'begins', 'offered', 'sighed', 'laughed',
  'has said', 'had said', 'have said', 'is quoted as saying', 'was quoted as saying', 'told reporters',
  'said in a statement', 'wrote on twitter', 'texted', 'emailed', 'messaged', 'exclaimed', 'summed up',
  'tells me', 'told me', 'told us', 'explains', 'adds',
  'saying', 'telling', 'adding', 'writing', 'noting', 'warning', 'arguing', 'insisting', 'explaining', 'declaring',
];

/** German: präteritum and present of the usual Redeeinleitungen. */
const DE = [
  'sagte', 'sagt', 'sagten', 'sagen', 'erklärte', 'erklärt', 'erklärten', 'betonte', 'betont', 'betonten',
  'meinte', 'meint', 'fügte hinzu', 'fügt hinzu', 'schrieb', 'schreibt', 'fragte', 'fragt', 'warnte', 'warnt',
  'sagte er', 'so', 'kritisierte', 'kritisiert', 'forderte', 'fordert', 'teilte mit', 'teilt mit',
  'erzählte', 'erzählt', 'berichtete', 'berichtet', 'sprach', 'spricht', 'antwortete', 'antwortet',
  'ergänzte', 'ergänzt', 'räumte ein', 'räumt ein', 'versicherte', 'versichert', 'bekräftigte', 'bekräftigt',
  'unterstrich', 'unterstreicht', 'stellte klar', 'stellt klar', 'behauptete', 'behauptet', 'twitterte',
  'zitiert', 'zitierte', 'hieß es', 'heißt es', 'kommentierte', 'kommentiert', 'sagte dem', 'sagte der',
  'erläuterte', 'erläutert', 'mahnte', 'mahnt', 'kündigte an', 'verwies', 'argumentierte', 'appellierte',
  'beklagte', 'beklagt', 'lobte', 'lobt', 'erinnerte', 'verkündete', 'fasste zusammen', 'bilanzierte', 'resümierte',
  'gab zu', 'gibt zu', 'wies darauf hin', 'machte deutlich', 'stellte fest', 'stellt fest',
];

/** French: passé composé, présent and passé simple. */
const FR = [
  'a déclaré', 'a dit', 'a affirmé', 'a expliqué', 'a ajouté', 'a souligné', 'a assuré', 'a estimé',
  'a indiqué', 'a précisé', 'a confié', 'a répondu', 'a écrit', 'a lancé', 'a martelé', 'a insisté',
  'a prévenu', 'a averti', 'a raconté', 'a rappelé', 'a reconnu', 'a jugé', 'a dénoncé', 'a tweeté',
  'déclare', 'dit', 'affirme', 'explique', 'ajoute', 'souligne', 'assure', 'estime', 'indique', 'précise',
  'confie', 'répond', 'écrit', 'lance', 'martèle', 'insiste', 'prévient', 'raconte', 'rappelle', 'reconnaît',
  'déclara', 'dit-il', 'dit-elle', 'explique-t-il', 'explique-t-elle', 'ajoute-t-il', 'ajoute-t-elle',
  'a-t-il dit', 'a-t-elle dit', 'a-t-il déclaré', 'a-t-elle déclaré', 'a-t-il ajouté', 'a-t-elle ajouté',
  'a-t-il expliqué', 'a-t-elle expliqué', 'a-t-il affirmé', 'a-t-elle affirmé', 'a-t-il souligné',
  'a-t-elle souligné', 'a-t-il assuré', 'a-t-elle assuré', 'a-t-il estimé', 'a-t-elle estimé',
  'a-t-il lancé', 'a-t-elle lancé', 'souligne-t-il', 'souligne-t-elle', 'estime-t-il', 'estime-t-elle',
  'assure-t-il', 'assure-t-elle', 'précise-t-il', 'précise-t-elle', 'lance-t-il', 'lance-t-elle',
  'confie-t-il', 'confie-t-elle', 'raconte-t-il', 'raconte-t-elle', 'poursuit', 'poursuit-il', 'poursuit-elle',
  'a qualifié', 'a résumé', 'a regretté', 'regrette', 'a salué', 'a annoncé', 'a promis', 'a plaidé', 'a fustigé',
  'a ironisé', 'ironise', 'a réagi', 'a souhaité', 'a demandé', 'demande', 'a interrogé', 'a tranché', 'tranche',
  'résume', 'a admis', 'admet', 'a nuancé', 'nuance', 'a mis en garde', 'a appelé', 'a conclu', 'conclut',
];

/** Spanish: pretérito, presente and perfecto. */
const ES = [
  'dijo', 'dice', 'afirmó', 'afirma', 'declaró', 'declara', 'explicó', 'explica', 'aseguró', 'asegura',
  'señaló', 'señala', 'añadió', 'añade', 'agregó', 'agrega', 'indicó', 'indica', 'sostuvo', 'sostiene',
  'manifestó', 'manifiesta', 'expresó', 'expresa', 'advirtió', 'advierte', 'subrayó', 'subraya',
  'destacó', 'destaca', 'insistió', 'insiste', 'comentó', 'comenta', 'escribió', 'escribe', 'preguntó',
  'pregunta', 'respondió', 'responde', 'contó', 'cuenta', 'recordó', 'recuerda', 'admitió', 'reconoció',
  'reconoce', 'opinó', 'opina', 'ha dicho', 'ha afirmado', 'ha declarado', 'ha explicado', 'ha asegurado',
  'ha señalado', 'ha añadido', 'tuiteó', 'remarcó', 'enfatizó', 'apuntó', 'apunta', 'precisó', 'precisa',
  'relató', 'relata', 'concluyó', 'criticó', 'denunció', 'denuncia', 'resumió', 'resume', 'sentenció', 'aclaró',
  'planteó', 'recalcó', 'puntualizó', 'lamentó', 'reclamó', 'advirtió', 'ironizó', 'confesó', 'confiesa', 'defendió',
  'llamó', 'calificó', 'definió', 'describió', 'tildó',
  // Subjunctive after "aunque", "cuando", "que": "Aunque el líder declare que …".
  'declare', 'declaren', 'diga', 'digan', 'afirme', 'afirmen', 'sostenga', 'asegure',
];

/** Czech and Russian verbs, whose past tense tells the speaker's gender ("řekl" of a man, "řekla" of a woman). */
const SLAVIC_LIST = [
  'řekl', 'řekla', 'uvedl', 'uvedla', 'dodal', 'dodala', 'píše', 'napsal', 'napsala', 'prohlásil', 'prohlásila',
  'tvrdí', 'říká', 'zdůrazňuje', 'zdůraznil', 'přidává se', 'hodnotí', 'míní', 'konstatoval',
  'kroutí hlavou', 'dodává', 'vysvětluje', 'vysvětlil', 'vysvětlila', 'popisuje', 'konstatuje', 'poznamenal', 'poznamenala',
  'doplnil', 'doplnila', 'uvádí', 'líčí', 'prozradil', 'prozradila', 'připomíná', 'varuje', 'varoval', 'oponuje', 'pokračuje',
  'сказал', 'сказала', 'заявил', 'заявила', 'отметил', 'отметила', 'добавил', 'добавила', 'пояснил', 'пояснила',
  'рассказал', 'рассказала', 'призналась', 'признался', 'пожаловалась', 'пожаловался', 'написал', 'написала', 'подчеркнул', 'подчеркнула',
];
/** The Czech and Russian speech verbs, for reading a speaker's gender off a past-tense ending. */
export const SLAVIC_VERBS: ReadonlySet<string> = new Set(SLAVIC_LIST);

/**
 * Other languages the corpus holds (Portuguese, Italian, Czech, Russian): the commonest verbs only, so a
 * speaker is still found next to the quote.
 */
const OTHER = [
  'disse', 'diz', 'afirmou', 'afirma', 'declarou', 'declara', 'explicou', 'explica', 'acrescentou', 'acrescenta', 'falou',
  'contou', 'comentou', 'ressaltou', 'destacou', 'completou', 'garantiu', 'escreveu',
  'ha detto', 'ha dichiarato', 'ha spiegato', 'ha aggiunto', 'ha affermato', 'ha scritto', 'dice', 'spiega', 'aggiunge',
  ...SLAVIC_LIST,
];


/** "according to X" and its cousins: the speaker follows the phrase. */
const ACCORDING = ['segundo', 'secondo', 'podle', 'по словам', 'according to', 'laut', 'nach Angaben von', 'selon', "d'après", 'según', 'de acuerdo con', 'in the words of'];

/** Verbs that may introduce a partial quote without being speech verbs proper ("called it …"). */
export const PARTIAL_VERBS = /\b(?:called|calls|labell?ed|dubbed|described|describes|termed|branded|likened|referred to)\b/i;

function alternation(words: string[]): string {
  const uniq = Array.from(new Set(words)).sort((a, b) => b.length - a.length);
  return uniq.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

/**
 * Every verb phrase as words, grouped by its first word, longest first: scanning a text is one pass over
 * its words with a Map lookup each, far cheaper than a 400-way regex tried at every offset.
 * Case-sensitive on purpose: "the United States" holds no verb "states".
 */
const BY_FIRST_WORD = new Map<string, string[][]>();
for (const phrase of new Set([...EN, ...DE, ...FR, ...ES, ...OTHER])) {
  const words = phrase.split(' ');
  const list = BY_FIRST_WORD.get(words[0]!) ?? [];
  list.push(words);
  BY_FIRST_WORD.set(words[0]!, list);
}
for (const list of BY_FIRST_WORD.values()) list.sort((a, b) => b.length - a.length);
const SPACE_ONLY = /^\s+$/;

export interface VerbHit {
  index: number;
  end: number;
  /** The verb phrase, words separated by single spaces. */
  text: string;
}

/**
 * The words of text: runs of letters and digits, hyphenated parts included ("dit-il", "a-t-elle"), by
 * a character scan (a `\p{L}` regex tokenizer costs several times more on long text).
 */
function wordsOf(text: string): { at: number; w: string }[] {
  const words: { at: number; w: string }[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordAt(text, i)) {
      i++;
      continue;
    }
    const at = i;
    while (i < n && (isWordAt(text, i) || (text.charCodeAt(i) === 45 && isWordAt(text, i + 1) && isWordAt(text, i - 1)))) i++;
    words.push({ at, w: text.slice(at, i) });
  }
  return words;
}

/** Every speech verb phrase in text, in order, as whole words; the longest phrase wins at each word. */
export function findSpeechVerbs(text: string): VerbHit[] {
  const out: VerbHit[] = [];
  const words = wordsOf(text);
  for (let i = 0; i < words.length; i++) {
    const { at, w } = words[i]!;
    // A word right after a hyphen is the tail of a compound ("well-said"), never a verb of its own.
    if (text.charAt(at - 1) === '-') continue;
    let phrases = BY_FIRST_WORD.get(w);
    let skip = 0;
    // "dit-il", "a-t-elle dit": the whole compound or its first part may start a phrase.
    if (!phrases && w.includes('-')) {
      phrases = BY_FIRST_WORD.get(w.slice(0, w.indexOf('-')));
      skip = 1;
    }
    if (!phrases) continue;
    for (const p of phrases) {
      if (skip && p.length > 1) continue;
      let ok = true;
      let end = at + (skip ? p[0]!.length : w.length);
      for (let k = 1; k < p.length && ok; k++) {
        const next = words[i + k];
        ok = next !== undefined && next.w === p[k] && SPACE_ONLY.test(text.slice(end, next.at));
        if (ok) end = next!.at + next!.w.length;
      }
      if (!ok) continue;
      out.push({ index: at, end, text: p.join(' ') });
      i += p.length - 1;
      break;
    }
  }
  return out;
}

/** English verb phrases: inverted-cue fallbacks meant for other word orders skip them. */
export const ENGLISH_VERBS: ReadonlySet<string> = new Set(EN);

/** "according to" phrases as whole words. */
export const ACCORDING_TO = new RegExp(`(?<![\\p{L}])(?:${alternation(ACCORDING)})(?![\\p{L}])`, 'iu');

/** Words that are verbs only in some uses and need a nearby subject to count ("so", "dit", "cuenta"). */
export const WEAK_VERBS = new Set(['so', 'dit', 'cuenta', 'pregunta', 'lance', 'states', 'notes', 'posts', 'remarks', 'claims', 'calls', 'reports', 'answers', 'began', 'begins', 'offered', 'say', 'sagen', 'describes', 'described', 'called', 'charged', 'agreed', 'agrees', 'promises', 'continues', 'continued', 'went on', 'goes on', 'labeled', 'labelled', 'dubbed', 'reported']);
