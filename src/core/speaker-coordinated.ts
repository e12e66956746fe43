/**
 * The subject shared by a coordinated speech verb when the sentence opens with a place or time phrase
 * rather than its subject: "On one Facebook page an unidentified poster put up her picture and wrote
 * “…”", "En una página de Facebook un usuario anónimo publicó su foto y escribió «…»", "Sur Facebook, un
 * internaute anonyme a publié sa photo et a écrit « … »", "Auf Facebook veröffentlichte ein anonymer
 * Nutzer ihr Foto und schrieb „…“". An unnamed speaker keeps the article's description.
 */

/** An indefinite description and then a past-tense verb (en, es, fr). Group 1: the description. */
const INDEFINITE_THEN_VERB =
  /(?<![\p{L}])((?:an?|one|another|un|una|une|otro|otra)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]{3,})\s+(?:[\p{Ll}]+ed|put|wrote|took|made|said|told|gave|got|went|came|sent|left|saw|found|shared|[\p{Ll}]+(?:ó|ió)|(?:a|avait)\s+[\p{Ll}]+(?:é|i|is|it|u))(?![\p{L}])/u;
/** German word order after a fronted phrase: the verb, then the description ("veröffentlichte ein anonymer Nutzer"). */
const VERB_THEN_INDEFINITE = /(?<![\p{L}])\p{Ll}+te\s+((?:ein|eine|einer)\s+(?:\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+)(?![\p{L}])/u;
/** Words a description never holds: pronouns and conjunctions show a clause instead. */
const NOT_DESCRIPTION = /\s(?:he|she|they|it|who|that|which|and|or|but|of|il|elle|qui|que|et|ou|él|ella|que|y|o|er|sie|und|oder)\s/i;

/** The indefinite description that is the subject of a sentence's first clause (`lead`, up to the coordinated verb), or null. */
export function coordinatedSubject(lead: string): string | null {
  const m = INDEFINITE_THEN_VERB.exec(lead) ?? VERB_THEN_INDEFINITE.exec(lead);
  if (!m) return null;
  const np = m[1]!;
  return NOT_DESCRIPTION.test(` ${np} `) ? null : np;
}
