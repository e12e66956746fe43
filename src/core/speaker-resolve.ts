/**
 * Turning an attribution's subject into a speaker: pronouns to the nearest compatible person, noun
 * phrases ("the organization", "the spokeswoman", "the 56-year-old") to the person or organisation they
 * stand for, or kept as the article's own description ("a Fox executive").
 */
import { ARTICLE_GENDER, isRoleLike, MentionIndex, ROLE_NOUN, roleGender, type Entity, type Gender } from './mentions';
import { STOP_WORDS } from './name-runs';

export interface Attribution {
  speaker: string | null;
  role: string | null;
  /** The attribution phrase as written ("Sessions told"). */
  cue: string;
  /** True when a cue was found but it names no one we can resolve (a bare "I said"). */
  unresolved?: boolean;
  /** False for a cue found after the quote but past a clause of the writer's own. */
  near?: boolean;
}

/** Subject pronouns of en/de/fr/es with the gender and number they ask of their antecedent. */
export const PRONOUNS: Record<string, { gender: Gender; plural?: boolean; org?: boolean }> = {
  he: { gender: 'm' }, she: { gender: 'f' }, er: { gender: 'm' }, il: { gender: 'm' }, elle: { gender: 'f' },
  él: { gender: 'm' }, ella: { gender: 'f' }, they: { gender: null, plural: true }, ils: { gender: null, plural: true },
  elles: { gender: null, plural: true }, ellos: { gender: null, plural: true }, it: { gender: null, org: true },
  sie: { gender: null }, lui: { gender: 'm' },
  // Russian and Portuguese subject pronouns ("Она рассказала", "ele disse").
  он: { gender: 'm' }, она: { gender: 'f' }, они: { gender: null, plural: true },
  ele: { gender: 'm' }, ela: { gender: 'f' }, eles: { gender: null, plural: true },
};
export const PRONOUN_ALT = Object.keys(PRONOUNS).join('|');
/** Articles that open a descriptive subject ("a Fox executive", "le ministre"). */
export const ARTICLES = /^(?:the|a|an|one|another|o|der|die|das|ein|eine|einer|le|la|les|l'|un|une|el|los|las|uno|una|unos|unas)$/i;
/** "the 56-year-old", "der 56-Jährige". */
const AGE = /^\d+-(?:year-old|Jährige[r]?|ans?)$/i;
/** Role nouns that tell the gender of the person they describe. */
const GENDERED: Record<string, 'm' | 'f'> = { actor: 'm', actress: 'f', spokesman: 'm', spokeswoman: 'f', chairman: 'm', chairwoman: 'f', congressman: 'm', congresswoman: 'f', businessman: 'm', businesswoman: 'f' };
/** Head nouns that stand for an organisation ("the group said"). */
const ORG_NOUNS = /^(?:organi[sz]ation|group|company|firm|agency|department|ministry|government|administration|campaign|coalition|union|party|network|police|association|committee|council|office|charity|foundation|institute|university|court|commission|board|bank|club|team|airline|school|district|service|bureau|organisation|gruppe|unternehmen|ministerium|regierung|partei|groupe|entreprise|ministère|gouvernement|parti|grupo|empresa|ministerio|gobierno|partido)s?$/i;
/** Bodies the article's own words name (the government of the country): no other organisation stands for them. */
const SELF_STANDING = /^(?:government|gouvernement|gobierno|regierung|governo)$/i;
/** A share of people as a subject: "Fifty-one percent", "44% of voters". */
const PERCENT_SUBJECT = /(?:\bpercent|\bper cent|%)(?:\s+of\s+[\p{L}\s-]{1,40})?\s*$/u;
/** A poll or survey named in the text: "A new ABC News poll", "the Pew survey". */
const POLL = /\b(?:[Aa]n?|[Tt]he)\s+(?:(?:new|latest|recent)\s+)?(?:[\p{Lu}][\p{L}./&-]*\s+){0,4}(?:poll|survey)\b/gu;

/** A short lower-case role right before a name ("spokeswoman", "president"), or null. */
export function lowerRole(text: string): string | null {
  let t = text.trim();
  if (!t || t.split(/\s+/).length > 5 || !/^[\p{Ll}][\p{L}\s'’-]*$/u.test(t)) return null;
  const words = t.split(/\s+/);
  if (ARTICLES.test(words[0]!)) t = words.slice(1).join(' ');
  const last = t.split(/\s+/).pop() ?? '';
  return t && ROLE_NOUN.test(last) ? t : null;
}

/** Resolves a subject pronoun to the nearest compatible person (or organisation for "it"). */
export function resolvePronoun(word: string, paragraph: number, offset: number, index: MentionIndex, cue: string): Attribution | null {
  const p = PRONOUNS[word.toLowerCase()];
  if (!p) return null;
  const entity = p.org ? index.nearestOrg(paragraph, offset, null) : index.nearestPerson(paragraph, offset, p.gender, p.plural);
  if (!entity) return { speaker: null, role: null, cue, unresolved: true };
  return fromEntity(entity, [], cue);
}

/** Resolves a noun phrase subject ("the group", "a Fox executive") to an entity or keeps it as written. */
export function resolveNominal(np: string, paragraph: number, offset: number, index: MentionIndex, cue: string): Attribution | null {
  const words = np.split(/\s+/);
  const article = words[0]!.toLowerCase();
  // Head noun: the last word before a preposition ("a spokeswoman for the agency" → spokeswoman).
  const prep = words.findIndex((w, i) => i > 0 && /^(?:for|of|at|with|from|in|on|für|von|de|du|des|del)$/i.test(w));
  const head = (prep > 0 ? words[prep - 1] : words[words.length - 1]) ?? '';
  if (words.length < 2) return null;
  if (/^(?:the|der|die|das|le|la|les|el|los|las|o|os)$/.test(article)) {
    if (ORG_NOUNS.test(head) && (prep < 0 || words.length <= 3)) {
      // "Le gouvernement considère": the government is a body of its own, never just the organisation
      // named last (the NSA); unless a name holds the noun, the article's words are the speaker.
      const org = SELF_STANDING.test(head) ? index.namedOrg(paragraph, offset, head) : index.nearestOrg(paragraph, offset, head);
      if (org) return fromEntity(org, [], cue);
    } else {
      // "la ministre" is a woman, "le ministre" a man: the article tells which minister is meant.
      const person = index.personWithRole(paragraph, offset, head.replace(/s$/, ''), ARTICLE_GENDER[article] ?? null);
      if (person) return fromEntity(person, [], cue);
      // "the 56-year-old said", "the actor said": a definite description of someone already named.
      if (words.length <= 3 && (AGE.test(head) || (ROLE_NOUN.test(head) && !/s$/i.test(head)))) {
        const named = index.nearestPerson(paragraph, offset, GENDERED[head.toLowerCase()] ?? null);
        if (named) return fromEntity(named, [], cue);
      }
    }
  }
  if (!/^\p{L}/u.test(head) || STOP_WORDS.has(head)) return null;
  return { speaker: np, role: null, cue };
}

/** The attribution for a resolved entity, with the role the article gives it. */
export function fromEntity(entity: Entity, title: string[], cue: string, appositionRole?: string | null, _runText?: string): Attribution {
  // "her mother, Fiona, said": the description tells the person's gender for a later "she".
  if (entity.kind !== 'org' && !entity.gender) {
    entity.gender = roleGender(entity.role ?? appositionRole ?? '');
    // A kinship or gendered role ("her mother") also shows a one-word name is a person's.
    if (entity.gender && entity.kind === 'unknown') entity.kind = 'person';
  }
  let role = entity.role;
  if (!role && appositionRole && isRoleLike(appositionRole.trim())) role = appositionRole.trim();
  if (!role && title.length > 0) role = title.join(' ');
  if (role) role = role.replace(/^(?:the|a|an)\s+/i, '');
  const speaker = entity.kind === 'org' && entity.article ? `${entity.article} ${entity.name}` : entity.honorific ? `${entity.honorific} ${entity.name}` : entity.name;
  return { speaker, role: role || null, cue };
}


/** "Fifty-one percent say …": the poll or survey named last in textBefore speaks for the share, or null. */
export function pollSpeaking(subject: string, textBefore: string): string | null {
  if (!PERCENT_SUBJECT.test(subject)) return null;
  return lastMatch(POLL, textBefore)?.replace(/^(?:the|The)\s+/, '') ?? null;
}

/** The last match of a global regex in text, or null. */
function lastMatch(re: RegExp, text: string): string | null {
  let last: string | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m[0];
  return last;
}
