import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes';
import { paras } from './quote-helpers';

type Row = [text: string, speaker: string | null, kind: 'full' | 'partial', paragraph: number];

/** [name, paragraphs, expected quotes] — which spans are quotes, their kind and paragraph. */
const CASES: [string, string[], Row[]][] = [
  [
    'en: full quotes split by attribution are two entries',
    ['Jane Doe, a spokeswoman for Acme Corp., spoke on Monday.', '“We are ready,” she said. “The plan is sound.”'],
    [['We are ready,', 'Jane Doe', 'full', 2], ['The plan is sound.', 'Jane Doe', 'full', 2]],
  ],
  [
    'en: partial quote built into the sentence',
    ['Senator Mary Smith called the policy “cruel and inhumane” on Tuesday.'],
    [['cruel and inhumane', 'Mary Smith', 'partial', 1]],
  ],
  [
    'en: titles, policy names, nicknames and scare quotes are not quotes',
    [
      'Jeff Sessions announced the “zero-tolerance” policy and a new “Operation Safe Border” plan.',
      'The film “The Girl With the Dragon Tattoo” was shown, and the so-called “deal of the century” stalled.',
      'Critics dubbed him “The Terminator” while the “fake news” crowd cheered.',
    ],
    [],
  ],
  [
    'en: a single attributed word is never an entry; a short attributed quote is',
    ['“Never,” he said.', '“No comment,” said John Smith.'],
    [['No comment,', 'John Smith', 'full', 2]],
  ],
  [
    'en: run-on quote keeps its speaker in the next paragraph',
    ['“We will fight for this,” Mayor Ann Lee told reporters. “We have always done so.', '“And we always will.”'],
    [
      ['We will fight for this,', 'Ann Lee', 'full', 1],
      ['We have always done so.', 'Ann Lee', 'full', 1],
      ['And we always will.', 'Ann Lee', 'full', 2],
    ],
  ],
  [
    'de: „ “ with sagte',
    ['Bundeskanzlerin Angela Merkel war in Berlin.', '„Wir schaffen das, und wir werden es zeigen“, sagte Merkel am Montag.'],
    [['Wir schaffen das, und wir werden es zeigen', 'Angela Merkel', 'full', 2]],
  ],
  [
    'fr: guillemets with a déclaré',
    ['« Nous ne céderons pas sur ce point », a déclaré Emmanuel Macron jeudi.'],
    [['Nous ne céderons pas sur ce point', 'Emmanuel Macron', 'full', 1]],
  ],
  [
    'es: según and dijo',
    ['«Vamos a ganar esta elección», dijo Pedro Sánchez.', 'Según Ana Pérez, «la situación es muy grave para todos».'],
    [['Vamos a ganar esta elección', 'Pedro Sánchez', 'full', 1], ['la situación es muy grave para todos', 'Ana Pérez', 'partial', 2]],
  ],
];

describe('extractQuotes', () => {
  it.each(CASES)('%s', (_name, texts, expected) => {
    const got = extractQuotes(paras(...texts)).map((q) => [q.text, q.speaker, q.kind, q.paragraph]);
    expect(got).toEqual(expected);
  });
});
