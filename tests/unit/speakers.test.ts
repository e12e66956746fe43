import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes';
import { paras } from './quote-helpers';

/** [name, paragraphs, expected speaker and role of every quote in order] */
const CASES: [string, string[], [string | null, string | null][]][] = [
  [
    'en: pre-modifier title, surname and pronoun resolve to the first full name',
    [
      'US Attorney General Jeff Sessions announced the change last month.',
      '“We are going to prosecute you,” Sessions told a gathering of police chiefs.',
      '“Do not bring them across the border,” he said.',
    ],
    [['Jeff Sessions', 'US Attorney General'], ['Jeff Sessions', 'US Attorney General']],
  ],
  [
    'en: apposition role, "the" stripped',
    ['“We are all volunteers doing this in our spare time,” said Anna Tarkov, the national spokeswoman for Families Belong Together.'],
    [['Anna Tarkov', 'national spokeswoman for Families Belong Together']],
  ],
  [
    'en: "the organization says" resolves to the organisation named earlier',
    [
      'The rallies are being organized by Families Belong Together in many cities.',
      '“We oppose the separation of children from their families,” the organization says.',
    ],
    [['Families Belong Together', null]],
  ],
  [
    'en: anonymous speaker keeps the description',
    ['“We were not consulted on any of this,” a Fox executive said.'],
    [['a Fox executive', null]],
  ],
  [
    'en: pronoun picks the compatible person',
    ['Ms. Carol Baker met Mr. Tom Reed on Friday.', '“It went very well for both of us,” she said.'],
    [['Carol Baker', null]],
  ],
  [
    'en: speaker introduced in the previous paragraph, then quoted with no cue',
    ['Dr. Lisa Grant, a physician at City Hospital, said the numbers were rising:', '“We have never seen anything like this before.”'],
    // The academic title she is introduced with is part of her name as written (see speakers-names).
    [['Dr. Lisa Grant', 'physician at City Hospital']],
  ],
  [
    'en: according to',
    ['The rise was “far faster than anyone had expected,” according to Miguel A. Nogueras, an assistant federal public defender.'],
    [['Miguel A. Nogueras', 'assistant federal public defender']],
  ],
  [
    'en: colon and dash attributions',
    ['Paul Brown: “We will appeal this ruling tomorrow.”', '“Nobody is above the law.” — Karen White'],
    [['Paul Brown', null], ['Karen White', null]],
  ],
  [
    'de: erklärte with title',
    ['„Die Lage ist ernst, aber nicht hoffnungslos“, erklärte Ministerin Anna Becker.'],
    [['Anna Becker', 'Ministerin']],
  ],
  [
    'fr: glued pronoun',
    ['Le ministre Jean Dupont était à Paris.', '« Nous ne reculerons pas devant la menace », a-t-il déclaré.'],
    [['Jean Dupont', 'ministre']],
  ],
  [
    'es: dijo with inverted subject',
    ['«No vamos a permitir esta situación», afirmó la ministra Carmen Ruiz.'],
    [['Carmen Ruiz', 'ministra']],
  ],
];

describe('speakers', () => {
  it.each(CASES)('%s', (_name, texts, expected) => {
    const got = extractQuotes(paras(...texts)).map((q) => [q.speaker, q.role]);
    expect(got).toEqual(expected);
  });
});
