/**
 * Speech nouns that name whose words a fragment is: "directives from Xi to “show no mercy”", "Xi's call
 * for “…”", "les consignes du président de « … »", "el llamado de Macri a «…»", "die Anweisung von Xi,
 * „…“". The noun says the words are an order, call or promise; its "from/by/de/von" complement is the
 * speaker. Only the text right before the opening mark is read, so the cost is one anchored regex.
 */
import type { MentionIndex } from './mentions';
import { findNameRuns, STOP_WORDS } from './name-runs';
import { fromEntity, type Attribution } from './speaker-resolve';

/** How far before the opening mark the noun may stand (characters). */
const WINDOW = 110;
/** Nouns for uttered words, en/fr/es/de. */
const NOUNS =
  'directives?|orders?|instructions?|calls?|appeals?|pledges?|promises?|warnings?|remarks|comments|words|vows?|demands?|pleas?|commands?|threats?|messages?|' +
  'ordres?|consignes?|appels?|promesses?|avertissements?|propos|paroles|menaces?|' +
  'directivas?|órdenes|orden|instrucciones|instrucción|llamados?|llamamientos?|promesas?|advertencias?|palabras|amenazas?|mensajes?|pedidos?|' +
  'Anweisungen|Anweisung|Befehle?|Aufrufe?|Appelle?|Versprechen|Warnungen|Warnung|Worte|Forderungen|Forderung|Botschaft|Mahnung';
/** What the noun and its speaker need between them: a preposition or a possessive ending. */
const LINK_WORD = /\s(?:from|by|de|du|des|del|von|vom)\s|['’]s?\s/i;
/** Noun, "from/by/de/von", the speaker, then what links the noun to its words ("to", "de", "que", a comma). */
const NOUN_FROM = new RegExp(
  `(?<![\\p{L}])(?:${NOUNS})\\s+(?:from|by|de|du|des|del|von|vom)\\s+([^,.;:!?()«»"“”„]{2,70}?)\\s*(?:,\\s*|\\s+(?:to|that|for|of|against|de|d['’]|à|que|a|contra|zu|dass|gegen)\\s*)?$`,
  'iu',
);
/** "Xi's call for “…”", "Merkel’s warning that “…”": a possessive name before the noun. */
const POSSESSIVE_NOUN = new RegExp(`(?<![\\p{L}])((?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}\\p{Lu}[\\p{L}.-]*)['’]s?\\s+(?:\\p{Ll}+\\s+)?(?:${NOUNS})\\s*(?:,\\s*|\\s+(?:to|that|for|of|against)\\s*)?$`, 'u');

/**
 * The speaker a speech noun names right before a quote's opening mark (`before` ends at the mark), or
 * null. offset is where `before` starts in the paragraph's masked text.
 */
export function speechNounSpeaker(before: string, offset: number, paragraph: number, index: MentionIndex): Attribution | null {
  const tail = before.length > WINDOW ? before.slice(-WINDOW) : before;
  const start = offset + before.length - tail.length;
  // The complement needs a preposition or a possessive: one cheap scan spares most texts both regexes.
  if (!LINK_WORD.test(tail)) return null;
  const m = NOUN_FROM.exec(tail) ?? POSSESSIVE_NOUN.exec(tail);
  if (!m) return null;
  const who = m[1]!.replace(/^(?:the|le|la|les|l['’]|el|los|las|der|die|dem|den)\s+/i, '');
  const runs = findNameRuns(who, () => false);
  const run = runs[0];
  // The whole complement must be one name ("from Xi"), not a phrase that merely holds one.
  if (!run || runs.length !== 1 || run.tokens.length === 0 || STOP_WORDS.has(run.tokens[0]!) || run.end < who.trimEnd().length - 1) return null;
  const at = start + m.index + m[0].indexOf(m[1]!);
  const e = index.resolveRun(run, paragraph, at);
  return fromEntity(e, run.title, m[0].trim());
}
