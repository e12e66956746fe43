import { describe, expect, it } from 'vitest';
import { isBareDescription, verbGender } from '../../src/core/speaker-descriptive';
import { expectSpeakers, type SpeakerCase } from './quote-helpers';

/**
 * Article-less descriptions that stand for a person already named (Czech, Russian), and a quote that opens
 * its own sentence after the writer's attributed text. [name, paragraphs, [text start, speaker] in order]
 */
const CASES: SpeakerCase[] = [
  [
    'cs: inverted cue with a bare description ("tvrdí mladá anglická superstar")',
    ['Declan Rice řekl, že zůstane.', '"Náš kolektiv je teď opravdu speciální," tvrdí mladá anglická superstar.'],
    [['Náš kolektiv', 'Declan Rice']],
  ],
  [
    'ru: a description before the verb, then a quote opening its own sentence',
    ['«Это тяжело», – пожаловалась Поризкова.', 'Бывшая супермодель призналась, что боится: люди смеются. «Я думаю, что кто-то сейчас скажет: посмотри на неё»'],
    [['Это тяжело', 'Поризкова'], ['Я думаю', 'Поризкова']],
  ],
  [
    'en: a quote opening its own sentence after "X said …" carries on X',
    ['Jane Doe, the mayor, spoke on Monday.', 'Doe said the budget was too small. “We cannot keep every library open with this money.”'],
    [['We cannot', 'Jane Doe']],
  ],
  [
    'de: dasselbe nach "X sagte …"',
    ['Angela Merkel sprach am Montag.', 'Merkel sagte, der Haushalt sei zu klein. „Wir können nicht jede Bibliothek offen halten.“'],
    [['Wir können', 'Angela Merkel']],
  ],
  [
    'fr: même chose après « X a déclaré … »',
    ['Jean Dupont a parlé lundi.', 'Dupont a déclaré que le budget était trop faible. « Nous ne pouvons pas garder toutes les bibliothèques. »'],
    [['Nous ne pouvons', 'Jean Dupont']],
  ],
  [
    'es: lo mismo tras «X dijo …»',
    ['María López habló el lunes.', 'López dijo que el presupuesto era pequeño. «No podemos mantener todas las bibliotecas abiertas.»'],
    [['No podemos', 'María López']],
  ],
  [
    'en: a bare phrase before an English verb is not a description of anyone',
    ['Jane Doe spoke on Monday.', '“We cannot keep every library open with this money,” local residents said.'],
    [['We cannot', 'local residents']],
  ],
];

describe('descriptive subjects and sentence-opening quotes', () => {
  it.each(CASES)('%s', (_name, texts, want) => expectSpeakers(texts, want));
});

describe('bare descriptions and verb gender', () => {
  it.each([
    ['mladá anglická superstar', true],
    ['Бывшая супермодель', true],
    ['na Twitteru', false],
    ['он', false],
    ['V roce 2019 hráč', false],
    ['jedna dva tři čtyři pět', false],
  ] as const)('isBareDescription(%s) = %s', (np, want) => expect(isBareDescription(np)).toBe(want));

  it.each([
    ['призналась', 'f'],
    ['сказал', 'm'],
    ['řekla', 'f'],
    ['uvedl', 'm'],
    ['tvrdí', null],
    ['dijo', null],
  ] as const)('verbGender(%s) = %s', (verb, want) => expect(verbGender(verb)).toBe(want));
});
