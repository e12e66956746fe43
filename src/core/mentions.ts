/**
 * People and organisations the article names, with the title each is introduced with, in reading order.
 * Built once per article from the paragraphs' text outside quotation marks (one linear pass), then used to
 * resolve "Sessions" → "Jeff Sessions", "she" → the nearest woman named, "the group" → the organisation.
 */
import { findNameRuns, HONORIFIC_GENDER, ORG_WORDS, type NameRun } from './name-runs';

export type Gender = 'm' | 'f' | null;

export interface Entity {
  /** Full name as first introduced (the longest form seen first). */
  name: string;
  kind: 'person' | 'org' | 'unknown';
  role: string | null;
  gender: Gender;
  /** True once something shows it is a person (a title, a role, a surname reused, a speech verb). */
  confirmed?: boolean;
}

export interface Mention {
  offset: number;
  entity: Entity;
  /** True when the mention starts its sentence or stands next to a speech verb: the likely topic. */
  subject: boolean;
}

/** A speaker mention this close to an indexed mention of the same entity is that mention. */
const MENTION_SLACK = 80;
/** How many paragraphs back a pronoun or "the group" may look for its antecedent. */
const LOOKBACK_PARAGRAPHS = 4;
/** Nouns that head a role in an apposition or before "for/of/at/with" an organisation. */
export const ROLE_NOUN =
  /\b(?:spokes(?:wo)?man|spokesperson|coordinator|director|president|chair(?:wo)?man|chair|member|attorney|lawyer|professor|founder|co-founder|head|chief|executive|official|officer|researcher|analyst|economist|editor|manager|adviser|advisor|leader|secretary|minister|representative|organi[sz]er|volunteer|employee|staffer|fellow|partner|reporter|correspondent|scientist|expert|owner|student|teacher|doctor|physician|agent|counsel|strategist|consultant|CEO|chief executive|general manager|senator|governor|mayor|commissioner|ambassador|candidate|activist|advocate|vice president|deputy|superintendent|principal|pastor|judge|prosecutor|defender|historian|author|writer|associate|specialist|investigator|engineer|coach|captain|player|ranger|técnico|treinador|comandante|entrenador|jogador|jugador|entraîneur|trainer|actor|actress|singer|rapper|musician|artist|inspector|trader|boss|nurse|pilot|soldier|detective|sergeant|lieutenant|colonel|general|admiral|commander|sheriff|trooper|deputy|host|anchor|presenter|chancellor|premier|mp|lawmaker|legislator|congressman|congresswoman|councillor|councilor|councilman|councilwoman|dean|provost|rabbi|priest|bishop|imam|ministre|ministra|ministro|président|présidente|presidente|porte-parole|portavoz|portavoces|directeur|directrice|director|directora|secrétaire|secretario|secretaria|sprecher|sprecherin|minister|ministerin|präsident|präsidentin|chef|chefin|vorsitzende|vorsitzender|alcalde|alcaldesa|maire|député|députée|diputado|diputada|senador|senadora|sénateur|sénatrice)s?\b/i;
const ORG_INTRO = /(?:\b(?:organi[sz]ed by|group|organi[sz]ation|coalition|campaign|company|firm|agency|charity|nonprofit|non-profit|union)\s+(?:the\s+)?|\b(?:for|of|at|with|from)\s+(?:the\s+)?)$/i;
/** "The group that owns her music, Big Machine, …": a name in apposition to an organisation noun. */
const ORG_APPOSITION =
  /\b(?:the|a|an|its|their)\s+(?:\p{Ll}+\s+)?(?:group|company|label|firm|organi[sz]ation|agency|charity|nonprofit|coalition|union|network|studio|publisher|broadcaster|retailer|manufacturer|startup|bank|insurer|airline|carrier|operator|owner|producer)\b[^,.;:!?]{0,60},\s*$/iu;
/** A name followed by a lower-case word that can be its verb ("Taylor Swift posted"): a likely subject. */
const VERB_AFTER = /^(?:,[^,]{3,140},)?\s+(?:\p{Ll}+ly\s+)?(?!(?:of|for|in|on|at|to|by|with|from|and|or|but|that|which|who|as|than|is|are|the|a|an|de|du|des|et|que|qui|en|y|del|al|con|por|para|und|von|mit|zu)\b)\p{Ll}{2,}/u;
/** ", 55," right after a name: news style gives a person's age there. */
const AGE_APPOSITION = /^\.?,\s*\d{1,3},/;
/** After an opening adverbial ("Then, last week, …"): the run starts the clause. */
const AFTER_LEAD = /(?:^|[.!?]\s+)(?:[^,.!?]{1,40},\s*){1,2}$/;
/** A lower-case role noun right before a name ("técnico Tite"). */
const ROLE_RIGHT_BEFORE = new RegExp(`(?:^|\\s)(?=\\p{Ll})(?:${ROLE_NOUN.source})\\s+$`, 'iu');
/** Capitalised calendar words that follow a role without being a name ("the president Friday"). */
const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const ARTICLE_BEFORE = /\b(?:the|The|der|die|das|le|la|les|el|los|las)\s+$/;
const APPOSITION = /^,\s+(?:(the|a|an|der|die|le|la|el)\s+)?([^,;:!?"“”«»()]{3,140}?)(?=,|(?<!\b\p{Lu})\.(?:\s|$)|;|$|\s+(?:said|says|told|wrote|added)\b)/u;
const APPOSITION_BAD_START = /^(?:who|which|that|whose|where|when|and|but|or|in|on|at|as|if|is|was|has|had|will|would|\d)\b/i;
const NEXT_TO_VERB_AFTER = new RegExp(`^(?:,[^,]{3,140},)?\\s+(?:also\\s+|later\\s+|then\\s+)?(?:${'said|says|told|tells|added|adds|wrote|writes|asked|argued|insisted|warned|explained|noted|testified|recalled|sagte|erklärte|betonte|a déclaré|a dit|dijo|afirmó|explicó|señaló'})\\b`);
const NEXT_TO_VERB_BEFORE = /\b(?:said|says|told|added|wrote|asked)\s+$/;
const PLACE_BEFORE = /\b(?:in|from|at|near|across|into|throughout|outside|inside|around|toward|towards|to|of)\s+$/;
const ROLE_VERB = /\b(?:said|says|told|tells|added|wrote|asked|is|was|has|had|did|does|will|would|could|chose|decided)\b/;
const LOWER_ROLE_BEFORE = /(?:^|[\s,(])(?:(?:the|a|an|le|la|l'|el|der|die|das)\s+)?((?:\p{Ll}[\p{L}'’-]*\s+){0,2}\p{Ll}[\p{L}'’-]*)\s+$/u;
/** "La ministre de la Justice, " right before a name: an article, a lower-case role noun and its complement. */
const PRE_APPOSITION = /(?:^|[.!?]\s+|,\s+)(the|le|la|el|der|die)\s+(\p{Ll}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,5}),\s*$/iu;
/** The gender a French or Spanish singular article gives a role noun ("la ministre", "el portavoz"). */
export const ARTICLE_GENDER: Record<string, 'm' | 'f'> = { le: 'm', la: 'f', el: 'm' };
/** Courtesy titles: they tell gender, not a role. */
const HONORIFICS = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dr', 'Dr.', 'Herr', 'Frau', 'M.', 'Mme', 'Mme.', 'Sr.', 'Sra.', 'Señor', 'Señora', 'Sir', 'Dame', 'Don', 'Doña']);
/** Words a lower-case pre-modifier role never holds: articles, verbs, conjunctions. */
const ROLE_STOP = /^(?:the|a|an|le|la|les|l'|el|los|las|der|die|das|and|or|et|y|und|said|says|told|afirmó|dijo|declaró|a|sagte|erklärte|with|by|to|from|of|in|on|at|as|is|was)$/;
const ACRONYM = /^[\p{Lu}&.]{2,}$/u;
const PLURALISH = /^(?:Officials|Authorities|Police|Residents|Democrats|Republicans|Americans|Experts|Critics|Supporters|Officers|Lawmakers|Investigators|Prosecutors|Researchers|Scientists|Analysts)$/;

/** Generational suffixes that follow a surname ("James P. Kennedy Jr."): "Kennedy" still names him. */
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** The word a later mention uses for the person: the last one before any generational suffix. */
function surnameOf(tokens: string[]): string {
  let i = tokens.length - 1;
  while (i > 0 && NAME_SUFFIX.test(tokens[i]!)) i--;
  return tokens[i]!;
}

/** Nouns for people that tell their gender ("her mother, Fiona,", "la portavoz"), en/de/fr/es. */
const GENDERED_NOUNS: Record<string, 'm' | 'f'> = {
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
const COPULA_GENDER =
  /^\s+(?:is|was)\s+(?:one\s+of\s+)?(?:the|a|an|his|her|their)\s+(?:(?!(?:who|that|which|whose|of|for|to|with|by|and|or)\s)[\p{L}-]+\s+){0,4}?(women|woman|men|man|mothers?|fathers?|daughters?|sons?|sisters?|brothers?|wife|husband|girls?|boys?|grandmother|grandfather|widow|widower|actress|actor)(?![\p{L}'’])/u;

/** The gender a description's head noun tells ("her mother" → f), or null. */
export function roleGender(role: string): Gender {
  const words = role.toLowerCase().split(/[\s,]+/).filter(Boolean);
  // The head is the last word before any "of/for/at" complement ("the mother of the victim").
  const prep = words.findIndex((w, i) => i > 0 && /^(?:of|for|at|de|du|des|del|von|der)$/.test(w));
  const head = (prep > 0 ? words[prep - 1] : words[words.length - 1]) ?? '';
  return GENDERED_NOUNS[head] ?? null;
}

/** The last word of text when a space follows it ("… spokeswoman " → "spokeswoman"), else "". */
function lastWord(text: string): string {
  let end = text.length;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  if (end === text.length) return '';
  const start = text.lastIndexOf(' ', end - 1) + 1;
  return text.slice(start, end);
}

/** True when an apposition reads like a title, not a clause ("who represents…", "said his client…"). */
export function isRoleLike(role: string): boolean {
  return !APPOSITION_BAD_START.test(role) && !ROLE_VERB.test(role);
}

/** The article's named entities and where each is mentioned. */
export class MentionIndex {
  private readonly byParagraph: Mention[][] = [];
  private readonly fullNames = new Map<string, Entity>();
  private readonly surnames = new Map<string, Entity[]>();
  private readonly persons: Entity[] = [];

  /** Registers the mentions of one paragraph; call in paragraph order. masked is the text outside quotes. */
  addParagraph(masked: string, isCommonWord: (lower: string) => boolean): void {
    const mentions: Mention[] = [];
    for (const run of findNameRuns(masked, isCommonWord)) {
      if (run.tokens.length === 0) continue;
      const entity = this.classify(run, masked);
      if (!entity) continue;
      if (entity.kind === 'person' && !entity.gender && entity.role) entity.gender = roleGender(entity.role);
      const follow = masked.slice(run.end, run.end + 170);
      // "Omar is one of the first two Muslim women elected": a copula with a gendered noun tells the gender.
      if (entity.kind === 'person' && !entity.gender && !run.possessive) {
        const cop = COPULA_GENDER.exec(follow);
        if (cop) entity.gender = GENDERED_NOUNS[cop[1]!.toLowerCase()] ?? null;
      }
      const subject = run.sentenceStart || (run.dropped !== undefined && entity.name.startsWith(run.dropped + ' ')) || run.title.length > 0 && /(?:^|[.!?]\s+)$/.test(masked.slice(0, run.start - run.title.join(' ').length - 1)) ||
        NEXT_TO_VERB_AFTER.test(follow) || NEXT_TO_VERB_BEFORE.test(masked.slice(Math.max(0, run.start - 20), run.start)) ||
        (!run.possessive && VERB_AFTER.test(follow) && AFTER_LEAD.test(masked.slice(Math.max(0, run.start - 90), run.start)));
      // "Patrick W. Carlineo Jr., 55, of Addison": an age in apposition is said of a person.
      if (entity.kind === 'person' && (NEXT_TO_VERB_AFTER.test(follow) || AGE_APPOSITION.test(follow))) entity.confirmed = true;
      // "Fiona Parry issued a plea": a full name opening its sentence as the subject of a verb is a person's.
      if (entity.kind === 'person' && run.sentenceStart && run.tokens.length >= 2 && run.title.length === 0 && VERB_AFTER.test(follow)) entity.confirmed = true;
      mentions.push({ offset: run.start, entity, subject });
    }
    this.byParagraph.push(mentions);
  }

  /** Entity for a run of capitalised words used as a speaker at (paragraph, offset). */
  resolveRun(run: NameRun, paragraph: number, offset: number): Entity {
    const key = run.tokens.join(' ');
    const e = this.lookup(run, paragraph, offset);
    if (e.kind !== 'org') {
      e.confirmed = true;
      if (e.kind === 'unknown' && (run.tokens.length > 1 || run.title.length > 0)) e.kind = 'person';
    }
    void key;
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
    if (known && known.kind === 'person' && run.tokens.length > 1) return this.longer(run.tokens) ?? known;
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
    return this.register(run, run.tokens.length > 1 || run.title.length > 0 ? 'person' : 'unknown');
  }

  /** Nearest person before (paragraph, offset) whose gender fits; the pronoun's gender is learnt. */
  nearestPerson(paragraph: number, offset: number, gender: Gender, plural = false): Entity | null {
    // "they said": a group the article named (British usage treats organisations as plural too).
    if (plural) return this.nearest(paragraph, offset, (e) => e.kind === 'org', 1);
    const fits = (e: Entity): boolean => e.kind === 'person' && e.confirmed === true && (gender === null || e.gender === null || e.gender === gender);
    // The topic of the recent sentences (a subject or speaker) first, then anyone named.
    const found = this.nearest(paragraph, offset, fits, 1) ?? this.nearest(paragraph, offset, fits);
    if (found && gender && !found.gender) found.gender = gender;
    return found;
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
    if (noun) {
      const cap = noun.charAt(0).toUpperCase() + noun.slice(1).toLowerCase();
      const named = this.nearest(paragraph, offset, (e) => e.kind === 'org' && e.name.split(' ').includes(cap));
      if (named) return named;
    }
    // "it said": the organisation the recent sentences are about (a subject) before any named in passing.
    const isOrg = (e: Entity): boolean => e.kind === 'org';
    return this.nearest(paragraph, offset, isOrg, 1) ?? this.nearest(paragraph, offset, isOrg);
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
  private longer(tokens: string[]): Entity | null {
    const key = tokens.join(' ');
    let best: Entity | null = null;
    for (const p of this.persons) {
      if (p.name.length > (best?.name.length ?? key.length) && (p.name.startsWith(key + ' ') || p.name.endsWith(' ' + key))) best = p;
    }
    return best;
  }

  private classify(run: NameRun, text: string): Entity | null {
    const before = text.slice(Math.max(0, run.start - 40), run.start);
    const isOrg =
      run.tokens.some((t) => ORG_WORDS.has(t)) ||
      run.tokens.every((t) => ACRONYM.test(t)) ||
      (run.title.length === 0 && ARTICLE_BEFORE.test(before)) ||
      (run.title.length === 0 && run.tokens.length > 1 && ORG_INTRO.test(before) && ROLE_NOUN.test(before.slice(-30)) ) ||
      (run.title.length === 0 && /\b(?:organi[sz]ed by|group|organi[sz]ation|coalition)\s+$/i.test(before)) ||
      (run.title.length === 0 && /,\s*$/.test(before) && ORG_APPOSITION.test(text.slice(Math.max(0, run.start - 100), run.start)));
    if (isOrg) return this.register(run, 'org');
    // "in South Carolina", "from New York": places, not people.
    if (run.title.length === 0 && PLACE_BEFORE.test(before)) return null;
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
      entity = this.longer(run.tokens);
      // A shorter form of a name already given ("Hawk Sawyer") shows it is a person's.
      if (entity) entity.confirmed = true;
    } else if (entity && run.tokens.length === 1) entity.confirmed = entity.kind === 'person';
    if (!entity) {
      if (run.tokens.length >= 2 && run.tokens.length <= 5) entity = this.register(run, 'person');
      else if (run.title.length > 0 && run.tokens.length === 1) entity = this.register(run, 'person');
      // "o técnico Tite", "le ministre Fabius": a one-word name after a lower-case role is a person's.
      else if (run.tokens.length === 1 && ROLE_NOUN.test(lastWord(before)) && ROLE_RIGHT_BEFORE.test(before) && !CALENDAR_WORD.test(run.tokens[0]!)) entity = this.register(run, 'person');
      else return null;
    }
    if (entity.kind === 'person') this.learn(entity, run, text);
    return entity;
  }

  /** Picks up the title and gender a mention gives: "US Attorney General X", "X, the spokeswoman for Y,". */
  private learn(entity: Entity, run: NameRun, text: string): void {
    for (const t of run.title) {
      const g = HONORIFIC_GENDER[t];
      if (g && !entity.gender) entity.gender = g;
    }
    if (entity.role) return;
    // "le ministre Jean Dupont", "spokeswoman Jane Doe": a lower-case role just before the name (the
    // word right before it must be a role noun, a cheap test that spares most names the long regex).
    const window = text.slice(Math.max(0, run.start - 60), run.start);
    const pre = ROLE_NOUN.test(lastWord(window)) ? LOWER_ROLE_BEFORE.exec(window) : null;
    const preWords = pre?.[1]?.split(' ') ?? [];
    let from = preWords.length;
    while (from > 0 && !ROLE_STOP.test(preWords[from - 1]!)) from--;
    const preRole = preWords.slice(from).join(' ');
    if (preRole && ROLE_NOUN.test(preWords[preWords.length - 1] ?? '')) {
      entity.role = preRole;
      entity.confirmed = true;
      return;
    }
    // "La ministre de la Justice, Christiane Taubira,": the role stands before the name, set off by a comma.
    const lead = PRE_APPOSITION.exec(window);
    if (lead && ROLE_NOUN.test(lead[2]!.split(' ')[0]!)) {
      entity.role = lead[2]!;
      entity.gender ??= ARTICLE_GENDER[lead[1]!.toLowerCase()] ?? null;
      entity.confirmed = true;
      return;
    }
    const titleWords = run.title.filter((t) => !HONORIFICS.has(t));
    if (run.title.length > 0) entity.confirmed = true;
    if (titleWords.length > 0) {
      entity.role = titleWords.join(' ');
      return;
    }
    const appos = APPOSITION.exec(text.slice(run.end, run.end + 200));
    if (appos && appos[2]) {
      const role = appos[2].trim();
      if (isRoleLike(role) && (appos[1] || ROLE_NOUN.test(role)) && !/^\p{Lu}[\p{Ll}]+$/u.test(role)) {
        entity.role = role;
        // "Christiane Taubira, la ministre de la Justice,": a French or Spanish article tells her gender.
        if (appos[1] && ROLE_NOUN.test(role.split(' ')[0]!)) entity.gender ??= ARTICLE_GENDER[appos[1].toLowerCase()] ?? null;
        entity.confirmed = true;
      }
    }
  }

  private register(run: NameRun, kind: Entity['kind']): Entity {
    const key = run.tokens.join(' ');
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
