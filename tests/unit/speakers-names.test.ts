import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase } from './quote-helpers';

/**
 * Speaker names as the article first writes them: an academic title the person is introduced with
 * stays ("Dr. Harold Bornstein"), a courtesy title does not; a name with a possessive inside keeps it
 * ("the People’s Daily"); two names joined by a conjunction after a Czech inverted verb stay one name
 * with the conjunction; a medium before a name is not part of the name in later cues.
 * [name, paragraphs, [text start, speaker] in order]
 */
const CASES: SpeakerCase[] = [
  [
    'en: "Dr." of the first mention stays with the name',
    ['Trump released a letter from his physician Dr. Harold Bornstein.', '“His physical strength and stamina are extraordinary,” Bornstein wrote.'],
    [['His physical strength', 'Dr. Harold Bornstein']],
  ],
  [
    'de: „Dr.“ der ersten Nennung bleibt beim Namen',
    ['Die Klinik wird von Dr. Anna Weber geleitet.', '„Die Lage ist unter Kontrolle“, sagte Weber.'],
    [['Die Lage ist', 'Dr. Anna Weber']],
  ],
  [
    'en: a courtesy title is no part of the name',
    ['The letter came from Mr. Harold Bornstein.', '“His physical strength and stamina are extraordinary,” Bornstein wrote.'],
    [['His physical strength', 'Harold Bornstein']],
  ],
  [
    'en: "the People’s Daily warned" keeps the possessive inside the name',
    ['On Monday, the People’s Daily, the mouthpiece of the party, warned that there is “absolutely no room for compromise”.'],
    [['absolutely no room', 'the People’s Daily']],
  ],
  [
    'en: a person after a possessive is not an organisation’s name',
    ['On Monday, the president’s lawyer Rudy Giuliani warned that there is “absolutely no room for compromise”.'],
    [['absolutely no room', 'Rudy Giuliani']],
  ],
  [
    'cs: "server Claret and Hugh" keeps the conjunction',
    ['"Pořád toho odvádí strašnou spoustu mimo hlavní pozornost," píše ve svém hodnocení server Claret and Hugh.'],
    [['Pořád toho odvádí', 'Claret and Hugh']],
  ],
  [
    'cs: "píše na Twitter Gary Lineker", then "Lineker" alone',
    [
      '"Je to nejlepší hráč ligy, to je jasné," píše na Twitter Gary Lineker.',
      '"Hraje prostě velkolepě a připomínám, že je mu stále jen dvaadvacet let," kroutí hlavou Lineker.',
    ],
    [['Je to nejlepší', 'Gary Lineker'], ['Hraje prostě', 'Gary Lineker']],
  ],
];

describe('speakers: names as the article writes them', () => {
  for (const [name, texts, want] of CASES) it(name, () => expectSpeakers(texts, want));
});
