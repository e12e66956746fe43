/**
 * People and organisations the article names, with the title each is introduced with, in reading order.
 * Built once per article from the paragraphs' text outside quotation marks (one linear pass), then used to
 * resolve "Sessions" → "Jeff Sessions", "she" → the nearest woman named, "the group" → the organisation.
 */
import { findNameRuns, isSpace, ORG_WORDS, type NameRun } from './name-runs';
import { learnRole } from './mention-learn';
import {
  ACRONYM, AFTER_LEAD, AGE_APPOSITION, ARTICLE_BEFORE, CALENDAR_WORD, COPULA_GENDER, GENDERED_NOUNS, lastWord,
  NEXT_TO_VERB_AFTER, NEXT_TO_VERB_BEFORE, opensSentence, ORG_APPOSITION, ORG_INTRO, ORG_INTRO_BARE, ORG_INTRO_LAST, PLACE_BEFORE, PLURALISH, ROLE_NOUN,
  ROLE_RIGHT_BEFORE, roleGender, surnameOf, VERB_AFTER, wordBeforeSpace, type Entity, type Gender, type Mention,
} from './mention-patterns';

export { ARTICLE_GENDER, isRoleLike, ROLE_NOUN, roleGender } from './mention-patterns';
export type { Entity, Gender, Mention } from './mention-patterns';

/** A speaker mention this close to an indexed mention of the same entity is that mention. */
const MENTION_SLACK = 80;
/** How many paragraphs back a pronoun or "the group" may look for its antecedent. */
const LOOKBACK_PARAGRAPHS = 4;
/** The article's named entities and where each is mentioned. */
export class MentionIndex {
  private readonly byParagraph: Mention[][] = [];
  private readonly fullNames = new Map<string, Entity>();
  private readonly surnames = new Map<string, Entity[]>();
  private readonly persons: Entity[] = [];
  /** Each indexed paragraph's masked text: a cue may point back at a sentence before ("it says" → the statement). */
  private readonly texts: string[] = [];

  /** Registers the mentions of one paragraph; call in paragraph order. masked is the text outside quotes. */
  addParagraph(masked: string, isCommonWord: (lower: string) => boolean): void {
    const mentions: Mention[] = [];
    for (const run of findNameRuns(masked, isCommonWord)) {
      if (run.tokens.length === 0) continue;
      const entity = this.classify(run, masked);
      if (!entity) continue;
      if (entity.kind === 'person' && !entity.gender && entity.role) entity.gender = roleGender(entity.role);
      const follow = masked.slice(run.end, run.end + 170);
      const person = entity.kind === 'person';
      // "Omar is one of the first two Muslim women elected": a copula with a gendered noun tells the gender.
      if (person && !entity.gender && !run.possessive) {
        const cop = COPULA_GENDER.exec(follow);
        if (cop) entity.gender = GENDERED_NOUNS[cop[1]!.toLowerCase()] ?? null;
      }
      // The verb tests read the same text up to twice: each runs at most once (no closures: this loop is hot).
      let verbNext: boolean | undefined;
      let verbAfter: boolean | undefined;
      let subject = run.sentenceStart || (run.dropped !== undefined && entity.name.startsWith(run.dropped + ' ')) ||
        (run.title.length > 0 && opensSentence(masked.slice(0, run.start - run.title.join(' ').length - 1)));
      if (!subject) subject = verbNext = NEXT_TO_VERB_AFTER.test(follow);
      if (!subject) subject = NEXT_TO_VERB_BEFORE.has(wordBeforeSpace(masked.slice(Math.max(0, run.start - 20), run.start)) ?? '');
      if (!subject && !run.possessive) {
        verbAfter = VERB_AFTER.test(follow);
        // AFTER_LEAD ends in ",\s*$": only text ending in a comma can match, and the regex would try every offset.
        subject = verbAfter && endsWithComma(masked, run.start) && AFTER_LEAD.test(masked.slice(Math.max(0, run.start - 90), run.start));
      }
      // "Patrick W. Carlineo Jr., 55, of Addison": an age in apposition is said of a person.
      if (person && ((verbNext ??= NEXT_TO_VERB_AFTER.test(follow)) || AGE_APPOSITION.test(follow))) entity.confirmed = true;
      // "Fiona Parry issued a plea": a full name opening its sentence as the subject of a verb is a person's.
      if (person && run.sentenceStart && run.tokens.length >= 2 && run.title.length === 0 && (verbAfter ??= VERB_AFTER.test(follow))) entity.confirmed = true;
      mentions.push({ offset: run.start, entity, subject });
    }
    this.byParagraph.push(mentions);
    this.texts.push(masked);
  }

  /** The masked text of an indexed paragraph, or '' when it is not indexed (yet). */
  textOf(paragraph: number): string {
    return this.texts[paragraph] ?? '';
  }

  /** Entity for a run of capitalised words used as a speaker at (paragraph, offset). */
  resolveRun(run: NameRun, paragraph: number, offset: number): Entity {
    const e = this.lookup(run, paragraph, offset);
    if (e.kind !== 'org') {
      e.confirmed = true;
      if (e.kind === 'unknown' && (run.tokens.length > 1 || run.title.length > 0)) e.kind = 'person';
    }
    this.addSpeakerMention(paragraph, offset, e);
    return e;
  }

  /**
   * A speaker named by a cue is the topic there: "«…», – пожаловалась Поризкова" makes Поризкова a
   * mention even when the name alone did not read as one when the paragraph was indexed, so a later
   * pronoun or description can find her.
   */
  private addSpeakerMention(paragraph: number, offset: number, entity: Entity): void {
    const list = this.byParagraph[paragraph];
    if (!list) return;
    let at = list.length;
    while (at > 0 && list[at - 1]!.offset > offset) at--;
    if (list.some((m) => m.entity === entity && Math.abs(m.offset - offset) < MENTION_SLACK)) return;
    list.splice(at, 0, { offset, entity, subject: true });
  }

  private lookup(run: NameRun, paragraph: number, offset: number): Entity {
    const key = run.tokens.join(' ');
    const known = this.fullNames.get(key);
    if (known && known.kind === 'person' && run.tokens.length > 1) return this.longer(key) ?? known;
    if (known && (known.kind !== 'unknown' || run.tokens.length > 1)) return known;
    const last = surnameOf(run.tokens);
    const bySurname = this.surnames.get(last);
    if (bySurname && bySurname.length > 0) {
      if (bySurname.length === 1 || run.tokens.length > 1) return bySurname.find((e) => e.name.endsWith(key)) ?? bySurname[0]!;
      // Several people share the surname: the one mentioned most recently.
      const recent = this.nearest(paragraph, offset, (e) => bySurname.includes(e));
      if (recent) return recent;
      return bySurname[0]!;
    }
    return this.register(run, run.tokens.length > 1 || run.title.length > 0 ? 'person' : 'unknown', key);
  }

  /** Nearest person before (paragraph, offset) whose gender fits; the pronoun's gender is learnt. */
  nearestPerson(paragraph: number, offset: number, gender: Gender, plural = false): Entity | null {
    // "they said": a group the article named (British usage treats organisations as plural too).
    if (plural) return this.nearest(paragraph, offset, (e) => e.kind === 'org', 1);
    const fits = (e: Entity): boolean => e.kind === 'person' && e.confirmed === true && (gender === null || e.gender === null || e.gender === gender);
    // The topic of the recent sentences (a subject or speaker) first, then anyone named.
    let found = this.nearest(paragraph, offset, fits, 1) ?? this.nearest(paragraph, offset, fits);
    // "elle" after "Marsha P. Johnson … Sylvia": a person known to be a woman close by beats a nearer
    // one whose gender nothing has told yet, unless that one is the topic of the pronoun's own paragraph.
    if (found && gender && !found.gender && !this.subjectHere(paragraph, offset, found)) {
      const known = (e: Entity): boolean => e.kind === 'person' && e.confirmed === true && e.gender === gender;
      found = this.nearest(paragraph, offset, known, 1) ?? found;
    }
    if (found && gender && !found.gender) found.gender = gender;
    return found;
  }

  /** Whether entity is a subject mention in paragraph before offset. */
  private subjectHere(paragraph: number, offset: number, entity: Entity): boolean {
    for (const m of this.byParagraph[paragraph] ?? []) if (m.offset < offset && m.subject && m.entity === entity) return true;
    return false;
  }

  /**
   * Nearest person before (paragraph, offset) for a description ("the former supermodel"): a person, or a
   * one-word name a cue has already made speak (its kind still unknown), whose gender fits.
   */
  nearestDescribed(paragraph: number, offset: number, gender: Gender): Entity | null {
    const fits = (e: Entity): boolean =>
      (e.kind === 'person' || e.kind === 'unknown') && e.confirmed === true && (gender === null || e.gender === null || e.gender === gender);
    return this.nearest(paragraph, offset, fits, 1) ?? this.nearest(paragraph, offset, fits);
  }

  /** Nearest organisation before (paragraph, offset), preferring one whose name holds the noun. */
  nearestOrg(paragraph: number, offset: number, noun: string | null): Entity | null {
    const named = noun ? this.namedOrg(paragraph, offset, noun) : null;
    if (named) return named;
    // "it said": the organisation the recent sentences are about (a subject) before any named in passing.
    const isOrg = (e: Entity): boolean => e.kind === 'org';
    return this.nearest(paragraph, offset, isOrg, 1) ?? this.nearest(paragraph, offset, isOrg);
  }

  /** Nearest organisation before (paragraph, offset) whose name holds the noun ("the agency" → "Food Standards Agency"). */
  namedOrg(paragraph: number, offset: number, noun: string): Entity | null {
    const cap = noun.charAt(0).toUpperCase() + noun.slice(1).toLowerCase();
    return this.nearest(paragraph, offset, (e) => e.kind === 'org' && e.name.split(' ').includes(cap));
  }

  /** The person introduced with a role containing noun ("the spokeswoman"), nearest first, whose gender fits. */
  personWithRole(paragraph: number, offset: number, noun: string, gender: Gender = null): Entity | null {
    // A capitalised (German) noun may close a compound role: "der Minister" is the "Außenminister".
    const lead = /^\p{Lu}/u.test(noun) ? '(?:\\b|(?<=\\p{Ll}))' : '\\b';
    const re = new RegExp(`${lead}${noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'iu');
    const fits = (e: Entity): boolean => gender === null || e.gender === null || e.gender === gender;
    return this.nearest(paragraph, offset, (e) => e.kind === 'person' && e.role !== null && re.test(e.role) && fits(e));
  }

  /** Nearest mention before (paragraph, offset) that ok accepts; subjectsWithin: only subjects, this many paragraphs back. */
  private nearest(paragraph: number, offset: number, ok: (e: Entity) => boolean, subjectsWithin = -1): Entity | null {
    const subjectsOnly = subjectsWithin >= 0;
    const back = subjectsOnly ? subjectsWithin : LOOKBACK_PARAGRAPHS;
    for (let p = paragraph; p >= 0 && p >= paragraph - back; p--) {
      const list = this.byParagraph[p];
      if (!list) continue;
      for (let i = list.length - 1; i >= 0; i--) {
        const m = list[i]!;
        if (p === paragraph && m.offset >= offset) continue;
        if (subjectsOnly && !m.subject) continue;
        if (ok(m.entity)) return m.entity;
      }
    }
    return null;
  }

  /**
   * The longest name the article gives the person a one-word speaker name stands for ("Fiona" →
   * "Fiona Parry", named in full later on): the one person whose name starts or ends with that word.
   * Unchanged when none or several fit.
   */
  fullestName(name: string): string {
    if (name.includes(' ')) return name;
    let found: string | null = null;
    for (const p of this.persons) {
      if (!/^\p{Lu}/u.test(p.name) || (!p.name.startsWith(name + ' ') && !p.name.endsWith(' ' + name))) continue;
      if (found !== null && found !== p.name) return name;
      found = p.name;
    }
    return found ?? name;
  }

  /** A person already named with more words that contain these ("Te Kaurinui" → "Te Kaurinui Robert Parata"). */
  private longer(key: string): Entity | null {
    let best: Entity | null = null;
    for (const p of this.persons) {
      if (p.name.length > (best?.name.length ?? key.length) && (p.name.startsWith(key + ' ') || p.name.endsWith(' ' + key))) best = p;
    }
    return best;
  }

  private classify(run: NameRun, text: string): Entity | null {
    const before = text.slice(Math.max(0, run.start - 40), run.start);
    // null when before does not end in whitespace: then none of the "word + space" patterns can match.
    const wordBefore = wordBeforeSpace(before);
    const untitled = run.title.length === 0;
    const introWord = wordBefore !== null && ORG_INTRO_LAST.has(wordBefore.toLowerCase());
    const isOrg =
      hasOrgWord(run.tokens) ||
      allAcronyms(run.tokens) ||
      (untitled && wordBefore !== null && ARTICLE_BEFORE.has(wordBefore)) ||
      (untitled && introWord && run.tokens.length > 1 && ORG_INTRO.test(before) && ROLE_NOUN.test(before.slice(-30))) ||
      (untitled && introWord && ORG_INTRO_BARE.test(before)) ||
      (untitled && before.trimEnd().endsWith(',') && ORG_APPOSITION.test(text.slice(Math.max(0, run.start - 100), run.start)));
    if (isOrg) {
      const org = this.register(run, 'org');
      // "the Electoral Commission": a name of several words keeps the article it is first written with
      // (before one word the article is as often the start of a longer phrase: "the Twitter account").
      if (org.article === undefined) org.article = untitled && run.tokens.length > 1 && wordBefore !== null && ARTICLE_BEFORE.has(wordBefore) ? wordBefore : '';
      return org;
    }
    // "in South Carolina", "from New York": places, not people.
    if (untitled && wordBefore !== null && PLACE_BEFORE.has(wordBefore)) return null;
    if (PLURALISH.test(run.tokens[0]!)) return null;
    const key = run.tokens.join(' ');
    // "Big Machine have…": the capitalised common word at the sentence's start belongs to a known name.
    const known = (run.dropped ? this.fullNames.get(`${run.dropped} ${key}`) : undefined) ?? this.fullNames.get(key);
    let entity: Entity | null = known ?? null;
    if (!entity && run.tokens.length === 1) {
      const bySurname = this.surnames.get(key);
      if (bySurname && bySurname.length > 0) entity = bySurname[bySurname.length - 1]!;
    }
    if (!entity && run.tokens.length >= 2) {
      entity = this.longer(key);
      // A shorter form of a name already given ("Hawk Sawyer") shows it is a person's.
      if (entity) entity.confirmed = true;
    } else if (entity && run.tokens.length === 1) entity.confirmed = entity.kind === 'person';
    if (!entity) {
      if (run.tokens.length >= 2 && run.tokens.length <= 5) entity = this.register(run, 'person', key);
      else if (run.title.length > 0 && run.tokens.length === 1) entity = this.register(run, 'person', key);
      // "o técnico Tite", "le ministre Fabius": a one-word name after a lower-case role is a person's.
      else if (run.tokens.length === 1 && ROLE_NOUN.test(lastWord(before)) && ROLE_RIGHT_BEFORE.test(before) && !CALENDAR_WORD.test(run.tokens[0]!)) entity = this.register(run, 'person', key);
      else return null;
    }
    if (entity.kind === 'person') learnRole(entity, run, text);
    return entity;
  }

  /** The entity named key (the run's tokens joined by spaces, passed in when the caller has joined them already). */
  private register(run: NameRun, kind: Entity['kind'], key = run.tokens.join(' ')): Entity {
    const existing = this.fullNames.get(key);
    if (existing) return existing;
    const entity: Entity = { name: key, kind, role: null, gender: null };
    this.fullNames.set(key, entity);
    if (kind === 'person') {
      this.persons.push(entity);
      const last = surnameOf(run.tokens);
      const list = this.surnames.get(last) ?? [];
      list.push(entity);
      this.surnames.set(last, list);
    }
    return entity;
  }
}

/** Whether text before `end`, past any whitespace, ends in a comma. */
function endsWithComma(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i > 0 && text.charCodeAt(i - 1) === 44;
}

/** Whether a token is an organisation word ("Association", "Ministerio"). */
function hasOrgWord(tokens: string[]): boolean {
  for (const t of tokens) if (ORG_WORDS.has(t)) return true;
  return false;
}

/** Whether every token is an acronym ("NSA", "AT&T"); true for none, as `every` is. */
function allAcronyms(tokens: string[]): boolean {
  for (const t of tokens) if (!ACRONYM.test(t)) return false;
  return true;
}
