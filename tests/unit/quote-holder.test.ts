import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/core/quote-marks';
import { extractQuotes } from '../../src/core/quotes';
import { scanCues } from '../../src/core/source-cues';
import { findSpeechVerbs } from '../../src/core/speech-verbs';
import { paras } from './quote-helpers';

/** [name, paragraphs, expected [text start, speaker] of every quote in order] */
const HOLDERS: [string, string[], [string, string | null][]][] = [
  [
    'en: an organisation pledges a fragment (no speech verb)',
    ['Twitter pledged to take “decisive corrective action” against similar strategies in the future.'],
    [['decisive corrective action', 'Twitter']],
  ],
  [
    'en: "according to X" anywhere in the sentence names the holder',
    ['President Donald Trump, according to the White House, made a trip to the hospital for a "quick exam and labs" on Saturday.'],
    [['quick exam and labs', 'the White House']],
  ],
  [
    'fr: a document as subject ("le projet de loi prévoit")',
    ['Le projet de loi prévoit de contraindre les fournisseurs à « détecter une menace terroriste sur la base d’un traitement automatisé ».'],
    [['détecter une menace', 'Le projet de loi']],
  ],
  [
    'fr: the previous sentence\'s subject holds an impersonal sentence\'s fragments',
    ['Le projet de loi énonce les domaines de la surveillance. Il s’agit notamment de « la prévention du terrorisme » et de « la criminalité organisée ».'],
    [['la prévention du terrorisme', 'Le projet de loi'], ['la criminalité organisée', 'Le projet de loi']],
  ],
  [
    'es: a text as subject ("La Constitución manda"): the name, without its article',
    ['La cuestión es social. La Constitución manda "reconocer la preexistencia étnica y cultural de los pueblos indígenas".'],
    [['reconocer la preexistencia', 'Constitución']],
  ],
  [
    'en: a pronoun subject after a lead phrase',
    ['Taylor Swift spoke out.', 'In a post at the time she accused him of years of "incessant, manipulative bullying".'],
    [['incessant, manipulative bullying', 'Taylor Swift']],
  ],
  [
    'en: a long fragment with no holder is kept, unattributed',
    ['The army took to the streets: a display of “clearing the barricades before the vote” which reminded everyone.'],
    [['clearing the barricades', null]],
  ],
];

/** [name, paragraphs, expected quote texts] */
const NOT_QUOTES: [string, string[], string[]][] = [
  ['en: two unattributed words are a scare quote', ['The so-called experts gave “bad advice” again.'], []],
  ['en: a Title Case name with the period inside the marks', ['James Van Der Beek has been eliminated from “Dancing with the Stars.”'], []],
  ['it: a title with Italian particles', ['Netflix ospiterà il remake della serie “I Cavalieri dello Zodiaco”, prodotta da Toei.'], []],
  ['it: a capitalised title mid-sentence', ['Dopo il primo esperimento de “La leggenda del Grande Tempio”, datato 2014, i fan sono delusi.'], []],
  ['es: a noun phrase after an indefinite article is a term', ['Se publicaron extractos de un "informe de carácter secreto" que mencionaba contactos.'], []],
  ['en: a name of a march', ['Thousands launched “save the students” marches on the campus.'], []],
  ['en: a tagline after a question mark', ['The tagline? "Meth. We\'re on it."'], []],
];

/** [name, paragraphs, expected [text start, speaker]] for speakers. */
const SPEAKERS: [string, string[], [string, string | null][]][] = [
  [
    'en: a hover card glued to the name does not break "she"',
    ['Rep. Ilhan OmarIlhan OmarHillicon Valley: Progressives oppose funding bill MORE (D-Minn.) was threatened.', 'Omar asked for compassion in a letter. She added, "We must teach the defendant love."'],
    [['We must teach the defendant love.', 'Ilhan Omar']],
  ],
  [
    'en: "they said" is the organisation that opened the previous paragraph',
    ['The group that owns her music, Big Machine, says she may play.', 'Big Machine have twice denied doing anything wrong.', '"At no point did we say Taylor could not perform," they said in a statement.'],
    [['At no point did we say', 'Big Machine']],
  ],
  [
    'en: "she" after a full name that opens its sentence as a subject',
    ['Jennifer Mattinson, a coroner, said the death was avoidable.', 'Fiona Parry issued a plea for people to stay away from the pills.', '“She just never understood how dangerous the tablets were,” she said.'],
    [['She just never understood', 'Fiona Parry']],
  ],
  [
    'en: the verb before the marks beats a reporting cue after them',
    ['During the call, Patrick Carlineo said, “somebody ought to put a bullet in her skull,” the prosecutor’s office said.'],
    [['somebody ought to put', 'Patrick Carlineo']],
  ],
  [
    'en: a quote ending its sentence takes no cue from the next sentence',
    ['A new ABC News poll shows majority support. Fifty-one percent say that “the president should be removed from office.” And 70 percent of Americans say the call was wrong.'],
    [['the president should be removed', 'A new ABC News poll']],
  ],
  [
    'en: … but a short inverted cue after it still counts',
    ['“Can I give it to James?” Brooke tearfully asked.'],
    [['Can I give it to James?', 'Brooke']],
  ],
  [
    'en: a run-on quote goes on past teaser lines Readability left in',
    ['Tottenham said in a statement: "Jose is one of the most accomplished managers in the game.', 'More from UK', 'Prince Andrew: universities abandon ties with duke', '"He has won a domestic title in a record four different countries."'],
    [['Jose is one of', 'Tottenham'], ['He has won a domestic title', 'Tottenham']],
  ],
  [
    'en: a coordinated verb shares its sentence\'s subject ("X touched upon … and noted")',
    ['In his announcement, Van Der Beek touched upon miscarriage and noted there should be no shame.', '"Kimberly and I have been through three of those first appointments before."'],
    [['Kimberly and I', 'Van Der Beek']],
  ],
  [
    'en: a blanked title inside a descriptive subject ("the "Pose" actor")',
    ['James Van Der Beek danced on Monday.', '"Hearing the heartbeat was something we never take for granted," the "Pose" actor previously said.'],
    [['Hearing the heartbeat', 'James Van Der Beek']],
  ],
];

describe('holders of partial quotes', () => {
  it.each(HOLDERS)('%s', (_name, texts, expected) => {
    expect(extractQuotes(paras(...texts)).map((q) => [q.text.slice(0, expected[0]?.[0].length ?? 0), q.speaker])).toEqual(expected);
  });
});

describe('fragments that are not quotes', () => {
  it.each(NOT_QUOTES)('%s', (_name, texts, expected) => {
    expect(extractQuotes(paras(...texts)).map((q) => q.text)).toEqual(expected);
  });
});

describe('speaker resolution', () => {
  it.each(SPEAKERS)('%s', (_name, texts, expected) => {
    const got = extractQuotes(paras(...texts)).map((q, i) => [q.text.slice(0, expected[i]?.[0].length ?? 0), q.speaker]);
    expect(got).toEqual(expected);
  });
});

describe('mixed quotation marks', () => {
  it.each([
    ['“ closed by a straight "', 'He said, “somebody ought to go," the office said.', 'somebody ought to go,'],
    ['" closed by a curly ”', 'She said, "we will win” and left.', 'we will win'],
  ])('%s', (_name, text, inner) => {
    const outer = findQuoteSpans(text).filter((s) => s.depth === 0);
    expect(outer.map((s) => text.slice(s.innerStart, s.innerEnd))).toEqual([inner]);
  });
});

describe('speech verbs by word lookup', () => {
  it.each([
    ['en: the longest phrase wins', '“No,” he said in a statement.', ['said in a statement']],
    ['en: case-sensitive ("United States" holds no verb)', 'The United States remains.', []],
    ['en: a hyphenated tail is no verb', 'a well-said line', []],
    ['fr: glued pronoun forms', '« Non », a-t-elle dit, puis dit-il encore.', ['a-t-elle dit', 'dit-il']],
    ['de: separable verb with a space', 'Er fügte hinzu, dass', ['fügte hinzu']],
    ['es: inverted', '—dijo el ministro', ['dijo']],
  ])('%s', (_name, text, verbs) => {
    expect(findSpeechVerbs(text).map((v) => v.text)).toEqual(verbs);
  });
});

describe('source cue scan', () => {
  it.each([
    ['a plain sentence needs no phrase pattern', 'The mayor visited the site on Monday.', false, false],
    ['"according to" and a document noun', 'According to a new Report, the city grew.', true, true],
    ['"selon" alone', 'Selon le ministre, rien ne change.', true, false],
  ])('%s', (_name, text, according, doc) => {
    const scan = scanCues(text);
    expect([scan.according, scan.doc]).toEqual([according, doc]);
  });
});

describe('a curly opener with a stray space', () => {
  it('opens a quote when a word follows the space', () => {
    const text = '“Operating is different,” Mayer said. “ I love what I’m doing.”';
    expect(findQuoteSpans(text).map((s) => text.slice(s.innerStart, s.innerEnd).trim())).toEqual(['Operating is different,', 'I love what I’m doing.']);
  });
});
