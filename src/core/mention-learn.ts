/**
 * What one mention of a person teaches the index: the title and gender it gives ("US Attorney General X",
 * "la ministre de la Justice, X,", "X, the spokeswoman for Y,"). Each pattern is tried only after a cheap
 * test of the character or word it needs, since this runs for every person named in the article.
 */
import { HONORIFIC_GENDER, type NameRun } from './name-runs';
import {
  ACADEMIC_TITLES, APPOSITION, ARTICLE_GENDER, HONORIFICS, isRoleLike, lastWord, LOWER_ROLE_BEFORE, PRE_APPOSITION, ROLE_NOUN,
  ROLE_STOP, type Entity,
} from './mention-patterns';

/** Picks up the title and gender a mention gives: "US Attorney General X", "X, the spokeswoman for Y,". */
export function learnRole(entity: Entity, run: NameRun, text: string): void {
  for (const t of run.title) {
    const g = HONORIFIC_GENDER[t];
    if (g && !entity.gender) entity.gender = g;
  }
  // The first mention decides: "Dr. Harold Bornstein" keeps the title, a later "Dr. Bornstein" adds none.
  entity.honorific ??= run.title.find((t) => ACADEMIC_TITLES.has(t)) ?? '';
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
  const lead = window.trimEnd().endsWith(',') ? PRE_APPOSITION.exec(window) : null;
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
  const appos = text.charAt(run.end) === ',' ? APPOSITION.exec(text.slice(run.end, run.end + 200)) : null;
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
