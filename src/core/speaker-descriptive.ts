/**
 * Descriptive subjects without an article, as languages without articles write them: Czech "tvrdí mladá
 * anglická superstar", Russian "Бывшая супермодель призналась". Such a description stands for a person
 * the article has already named (like English "the actor said"); it is resolved to the nearest person,
 * with the gender a Slavic past-tense verb shows. English verbs never take this path: English puts an
 * article there, and a bare phrase before an English verb is as often the writer's own clause.
 */
import type { Entity, Gender, MentionIndex } from './mentions';
import { fromEntity, PRONOUNS, type Attribution } from './speaker-resolve';
import { ENGLISH_VERBS, SLAVIC_VERBS, type VerbHit } from './speech-verbs';

/** A description this long at most ("mladá anglická superstar", "бывшая супермодель"). */
const MAX_WORDS = 4;
/** Letters only; the first word may be capitalised (it may open the sentence), the rest are lower-case. */
const FIRST_WORD = /^\p{L}[\p{Ll}-]*$/u;
const OTHER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/** Prepositions and conjunctions that show a clause or a complement, not a subject. */
const NOT_SUBJECT_WORD =
  /^(?:a|i|v|ve|na|do|z|ze|s|se|k|ke|o|u|po|pro|od|za|že|když|ale|jak|то|что|и|а|но|в|во|на|с|со|к|по|о|об|от|до|за|из|для|как|это|этот|эта|его|её|их|он|она|они|я|мы|вы|ты|ему|ей|им)$/iu;
/** Slavic past tense: Russian "-ла(сь)" / Czech and Polish "-la" is said of a woman, "-л(ся)" / "-l" of a man. */
const FEMININE_PAST = /(?:ла|лась|la)$/u;
const MASCULINE_PAST = /(?:л|лся|l)$/u;

/** The gender a verb's ending shows (Slavic past tense), or null. */
export function verbGender(verb: string): Gender {
  const last = verb.split(' ').pop() ?? '';
  if (FEMININE_PAST.test(last)) return 'f';
  if (MASCULINE_PAST.test(last)) return 'm';
  return null;
}

/**
 * "сказал Иван Петров", "řekla Eva Svobodová": a Czech or Russian past-tense cue shows the named speaker's
 * gender, so a later description with the other ending ("сказала бывшая модель") does not land on them.
 * Only Slavic verbs count: a Spanish "señala" ends like a feminine past tense without being one.
 */
export function learnVerbGender(entity: Entity, verb: string): void {
  if (entity.kind === 'org' || entity.gender || !SLAVIC_VERBS.has(verb.toLowerCase())) return;
  entity.gender = verbGender(verb);
}

/** True when np reads as an article-less description: a few lower-case words, no pronoun or preposition. */
export function isBareDescription(np: string): boolean {
  const words = np.trim().split(/\s+/);
  if (words.length === 0 || words.length > MAX_WORDS || !words[0]) return false;
  return words.every((w, i) => (i === 0 ? FIRST_WORD : OTHER_WORD).test(w) && !NOT_SUBJECT_WORD.test(w) && !Object.prototype.hasOwnProperty.call(PRONOUNS, w.toLowerCase()));
}

/**
 * The person an article-less description next to a non-English speech verb stands for: the nearest person
 * before offset whose gender fits the verb. Null for English verbs, for anything that is not a bare
 * description, and when no person fits.
 */
export function descriptiveSubject(np: string, verb: VerbHit, paragraph: number, offset: number, index: MentionIndex): Attribution | null {
  if (ENGLISH_VERBS.has(verb.text) || !isBareDescription(np)) return null;
  const person = index.nearestDescribed(paragraph, offset, SLAVIC_VERBS.has(verb.text.toLowerCase()) ? verbGender(verb.text) : null);
  return person ? fromEntity(person, [], `${np.trim()} ${verb.text}`) : null;
}
