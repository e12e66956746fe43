import { describe, expect, it } from 'vitest';
import { roleGender } from '../../src/core/mentions';
import { expectSpeakers, type SpeakerCase } from './quote-helpers';

/**
 * Speaker resolution rules: generational suffixes, a verb coordinated with the sentence's subject, ages in
 * apposition, gender from a kinship or role noun, "it" → the organisation the text is about, and the full
 * name given later to a speaker first named by one word. [name, paragraphs, [text start, speaker] in order]
 */
const CASES: SpeakerCase[] = [
  [
    'en: a surname resolves past a "Jr." suffix',
    ['James P. Kennedy Jr., the U.S. Attorney, said the case matters.', '“Free speech carries a responsibility with it,” Kennedy said.'],
    [['Free speech', 'James P. Kennedy Jr']],
  ],
  [
    'en: "… and said, “…”" takes the sentence\'s subject, not the reporting cue after the quote',
    [
      'John Miller, 55, of Addison, pleaded guilty on Monday.',
      'During the call, he asked about the group and said, “somebody ought to stop her right now,” the prosecutor’s office said.',
    ],
    [['somebody ought', 'John Miller']],
  ],
  [
    'de: „… und sagte: …“ übernimmt das Subjekt des Satzes',
    ['Peter Schmidt, 55, aus Bonn, wurde verurteilt.', 'Er fragte am Telefon nach der Gruppe und sagte: „Jemand sollte sie sofort aufhalten.“'],
    [['Jemand sollte', 'Peter Schmidt']],
  ],
  [
    'en: "her mother, Fiona," makes Fiona a woman for a later "She added"',
    [
      'Eloise Parry, 21, was taken to hospital after taking the tablets.',
      '“The drug was in her system and there was no antidote,” her mother, Fiona, said in a statement.',
      'She added: “They never stood a chance of saving her.”',
      'Fiona Parry issued a plea for people to stay away from the pills.',
    ],
    [['The drug', 'Fiona Parry'], ['They never', 'Fiona Parry']],
  ],
  [
    'en: "it said" is the organisation the sentence before is about, not one named in passing',
    [
      'The Food Standards Agency warned people to stay away from products that contained DNP.',
      '“We advise the public not to take any tablets containing it,” it said in a statement.',
    ],
    [['We advise', 'The Food Standards Agency']],
  ],
  [
    'fr: « sa mère, Anne, » est une femme pour un « elle » plus loin',
    [
      'Marc Durand, 21, a été hospitalisé lundi soir.',
      'Sa mère, Anne, a déclaré : « Il avait pris huit comprimés ce soir-là. »',
      'Elle a ajouté : « Les médecins ont tout essayé pour le sauver. »',
      'Anne Durand a lancé un appel aux parents.',
    ],
    [['Il avait', 'Anne Durand'], ['Les médecins', 'Anne Durand']],
  ],
  [
    'es: un nombre de pila se completa con el nombre dado más tarde',
    ['«No sabíamos nada de esas pastillas», dijo su madre, Lucía.', 'Lucía Gómez pidió a los padres que vigilen las compras.'],
    [['No sabíamos', 'Lucía Gómez']],
  ],
  [
    'en: a first name shared by two people named in full stays as it is',
    ['“We never knew about the pills at all,” her sister, Anna, said.', 'Anna Smith and Anna Jones both spoke to the inquiry.'],
    [['We never knew', 'Anna']],
  ],
];

describe('speaker resolution', () => {
  it.each(CASES)('%s', (_name, texts, want) => expectSpeakers(texts, want));
});

describe('roleGender', () => {
  it.each([
    ['her mother', 'f'],
    ['the father of the victim', 'm'],
    ['sa mère', 'f'],
    ['su padre', 'm'],
    ['seine Tochter', 'f'],
    ['the spokeswoman for the agency', 'f'],
    ['the mayor', null],
    ['', null],
  ] as const)('roleGender(%s) = %s', (role, want) => expect(roleGender(role)).toBe(want));
});
