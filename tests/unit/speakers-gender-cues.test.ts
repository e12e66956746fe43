import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase } from './quote-helpers';

/**
 * Gender and role cues that steer a later pronoun or description: a Slavic past-tense verb ending next to
 * the name, a French inverted cue with a kinship apposition ("a déclaré son père, Paul"), a copular "X is one
 * of the … women" before a pronoun in a reported "that he said" clause, and "the minister" / "la ministre" / "der Minister" resolving to the
 * nearest earlier person with that role, never to one named later.
 * [name, paragraphs, [text start, speaker] in order]
 */
const CASES: SpeakerCase[] = [
  [
    'ru: "сказал Иван Петров" makes him male, so "сказала бывшая модель" is the woman named before',
    [
      'Анна Смирнова работала моделью двадцать лет.',
      '«Мы будем работать дальше», — сказал Иван Петров.',
      '«Я никогда не жалела о своей работе», — сказала бывшая модель.',
    ],
    [['Мы будем', 'Иван Петров'], ['Я никогда', 'Анна Смирнова']],
  ],
  [
    'cs: "řekl Jan Novák" makes him male, so "řekla bývalá modelka" is the woman named before',
    [
      'Eva Svobodová pracovala jako modelka dvacet let.',
      '„Budeme pokračovat dál,“ řekl Jan Novák.',
      '„Nikdy jsem toho nelitovala,“ řekla bývalá modelka.',
    ],
    [['Budeme', 'Jan Novák'], ['Nikdy', 'Eva Svobodová']],
  ],
  [
    'cs: "řekla Eva Svobodová" makes her female, so "řekl bývalý trenér" is the man named before',
    [
      'Petr Dvořák trénoval tým deset let.',
      '„Budeme pokračovat dál,“ řekla Eva Svobodová.',
      '„Nikdy jsem toho nelitoval,“ řekl bývalý trenér.',
    ],
    [['Budeme', 'Eva Svobodová'], ['Nikdy', 'Petr Dvořák']],
  ],
  [
    'fr: « a déclaré son père, Paul » fait de Paul un homme : le « elle » suivant est Anne',
    [
      'Anne Durand témoignait lundi devant le tribunal.',
      '« Elle avait pris huit comprimés ce soir-là », a déclaré son père, Paul.',
      'Elle a ajouté : « Les médecins ont tout essayé pour me sauver. »',
    ],
    [['Elle avait', 'Paul'], ['Les médecins', 'Anne Durand']],
  ],
  [
    'en: "Omar is one of the first two Muslim women" makes Omar a woman, so "recalled that he said" is the man',
    [
      'A New York man pleaded guilty Monday to threatening to kill U.S. Rep. Ilhan Omar, D-Minn., in March, prosecutors said.',
      'Patrick Carlineo, 55, of Addison, pleaded guilty on Monday.',
      'He was arrested in April for the call to the offices of Omar.',
      'During the call, he asked about the group and said, “somebody ought to stop her,” the office said. Omar is one of the first two Muslim women elected to Congress.',
      'The staff member who reported the call recalled that he said, “I will stop her myself,” the office said.',
    ],
    [['somebody ought', 'Patrick Carlineo'], ['I will stop', 'Patrick Carlineo']],
  ],
  [
    'en: "the minister" is the nearest earlier person with that role, not one named later',
    [
      'Foreign Minister Laurent Fabius flew to Kathmandu on Thursday.',
      '“We are still looking for more than 200 people,” the minister said.',
      'Prime Minister Manuel Valls spoke in Paris.',
    ],
    [['We are still', 'Laurent Fabius']],
  ],
  [
    'fr: « la ministre » est la ministre nommée avant, pas le ministre nommé plus près',
    [
      'La ministre de la Justice, Christiane Taubira, était défavorable au texte.',
      'Le ministre de l’Intérieur, Bernard Cazeneuve, a défendu le projet.',
      '« Ce texte est dangereux », a déclaré la ministre.',
    ],
    [['Ce texte', 'Christiane Taubira']],
  ],
  [
    'fr: « le ministre » est le ministre, l’apposition après le nom donne le genre',
    [
      'Bernard Cazeneuve, le ministre de l’Intérieur, a défendu le projet.',
      'Christiane Taubira, la ministre de la Justice, était défavorable au texte.',
      '« Ce texte protège les Français », a déclaré le ministre.',
    ],
    [['Ce texte', 'Bernard Cazeneuve']],
  ],
  [
    'de: „sagte der Minister“ ist der zuvor genannte Außenminister',
    ['Außenminister Heiko Maas reiste am Donnerstag nach Kathmandu.', 'Anna Weber vom Roten Kreuz begleitete ihn.', '„Wir suchen noch mehr als 200 Menschen“, sagte der Minister.'],
    [['Wir suchen', 'Heiko Maas']],
  ],
  [
    'de: „sagte der Minister“ nach „Minister Heiko Maas“',
    ['Minister Heiko Maas reiste am Donnerstag nach Kathmandu.', 'Anna Weber vom Roten Kreuz begleitete ihn.', '„Wir suchen noch mehr als 200 Menschen“, sagte der Minister.'],
    [['Wir suchen', 'Heiko Maas']],
  ],
];

describe('speaker gender and role cues', () => {
  it.each(CASES)('%s', (_name, texts, want) => expectSpeakers(texts, want));
});

/** The copula rule reads the noun the subject is said to be, not one in a relative clause after it. */
const COPULA: SpeakerCase[] = [
  [
    'en: "was the lawyer who represented the man" says nothing of her gender: "she" still finds her',
    [
      'Jane Roe was the lawyer who represented the man in court.',
      'She said, “We will appeal the verdict next week.”',
    ],
    [['We will appeal', 'Jane Roe']],
  ],
  [
    'en: "is the mother of" makes her a woman, so "he" is the man named before her',
    [
      'John Smith spoke to the court on Monday.',
      'Mary Jones is the mother of the victim.',
      'He said, “We will appeal the verdict next week.”',
    ],
    [['We will appeal', 'John Smith']],
  ],
];

describe('gender from a copula', () => {
  it.each(COPULA)('%s', (_name, texts, want) => expectSpeakers(texts, want));
});
