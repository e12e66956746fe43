import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase } from './quote-helpers';

/**
 * Texts and statements as speakers: a statement speaks for whoever issued it ("it says", "the statement
 * said"); a part of a text speaks for the text ("one of the provisions of this bill provides"); a
 * description keeps the form the article first gave it, or the quoted description it was introduced
 * with; an "added" cue carries its speaker back to the unattributed quote before it; a subject after a
 * relative pronoun holds a fragment ("a quien el informe ubicó «…»"; German puts the verb last, so the
 * construction differs there).
 * [name, paragraphs, [text start, speaker] in order]
 */
const CASES: SpeakerCase[] = [
  // Statements speak for their issuer.
  [
    'en: "the statement said" after "X said in a statement"',
    ['Two soldiers were killed in a crash, the US military said in a statement on Wednesday.', '“The cause of the crash is under investigation,” the statement said.'],
    [['The cause of the crash', 'the US military']],
  ],
  [
    'en: "it says" after "they put out another statement" goes back to the statement before',
    [
      'Big Machine Records have denied doing anything wrong.',
      '“At no point did we block her special,” they said in a statement on their website.',
      'Now they’ve put out another statement to the organisers of the awards.',
      '“We have agreed to grant all licenses of our artists,” it says.',
    ],
    [['At no point', 'Big Machine Records'], ['We have agreed', 'Big Machine Records']],
  ],
  [
    'en: "it says" with no statement nearby is the organisation named',
    ['The Acme Corporation defended its prices.', '“We have agreed to lower them next year,” it says.'],
    [['We have agreed', 'The Acme Corporation']],
  ],
  [
    'fr: « a précisé le communiqué » après « Air France a publié un communiqué »',
    ['Air France a publié un communiqué mardi soir.', '« Aucun vol ne sera annulé », a précisé le communiqué.'],
    [['Aucun vol', 'Air France']],
  ],
  [
    'es: «el comunicado dijo» tras «la empresa Acme dijo en un comunicado»',
    ['La empresa Acme Energía dijo en un comunicado que revisará las tarifas.', '«Las tarifas bajarán el próximo año», indicó el comunicado.'],
    [['Las tarifas bajarán', 'Acme Energía']],
  ],
  [
    'de: „die Erklärung“ nach „Siemens sagte in einer Erklärung“',
    ['Siemens Energy sagte in einer Erklärung, man prüfe die Lage.', '„Die Ursache wird noch untersucht“, hieß es in der Erklärung.'],
    [['Die Ursache wird', 'Siemens Energy']],
  ],
  // A part of a text speaks for the text; descriptions keep their first form.
  [
    'fr: « une des dispositions de ce projet de loi prévoit » → the bill, in the form first given',
    [
      'Le projet de loi énonce les domaines de « la prévention du terrorisme » et de la défense.',
      'Une des dispositions les plus contestées de ce projet de loi prévoit de contraindre les opérateurs à « détecter une menace terroriste ».',
    ],
    [['la prévention du terrorisme', 'Le projet de loi'], ['détecter une menace', 'Le projet de loi']],
  ],
  [
    'en: "one of the provisions of this bill requires"',
    ['One of the provisions of this bill requires providers to “detect a terrorist threat automatically”.'],
    [['detect a terrorist threat', 'this bill']],
  ],
  [
    'es: «una de las disposiciones de la ley establece»',
    ['Una de las disposiciones de la ley establece que los operadores deberán «detectar amenazas de forma automática».'],
    [['detectar amenazas', 'la ley']],
  ],
  [
    'de: „eine Bestimmung des Gesetzes sieht vor“',
    ['Eine Bestimmung des Gesetzes sieht vor, dass Anbieter „Bedrohungen automatisch erkennen“ müssen.'],
    [['Bedrohungen automatisch', 'Gesetz']],
  ],
  [
    'en: a part of something that is no text names nothing',
    ['One of the sections of the crowd wanted to “chant and sing for hours”.'],
    [['chant and sing', null]],
  ],
  // A definite description takes the quoted description it was introduced with.
  [
    'es: «el informe» introduced as un «informe de carácter secreto»',
    ['Se publicaron extractos de un «informe de carácter secreto». Aparecía Ocalan, a quien el informe ubicó «con domicilios en Palermo y en el centro porteño».'],
    [['con domicilios en Palermo', 'informe de carácter secreto']],
  ],
  [
    'en: "the report" introduced as a "confidential report"',
    ['Extracts of a “confidential report on the unions” were published. The report placed him “at two addresses in the city centre”.'],
    [['confidential report on the unions', null], ['at two addresses', 'confidential report on the unions']],
  ],
  // Subject after a relative pronoun.
  [
    'fr: « auquel le rapport attribue »',
    ['On y trouvait Ocalan, auquel le rapport attribue « des domiciles à Palerme et dans le centre ».'],
    [['des domiciles à Palerme', 'le rapport']],
  ],
  [
    'en: "whom the report placed"',
    ['There was Ocalan, whom the report placed “at two addresses in the city centre”.'],
    [['at two addresses', 'the report']],
  ],
  // "added" carries back.
  [
    'fr: « a ajouté Laurent Fabius » gives him the fragment before',
    ['Les autorités sont sans nouvelles «d’encore plus de 200» personnes. «Pour certains d’entre eux on est très interrogatif», a ajouté Laurent Fabius.'],
    [['d’encore plus de 200', 'Laurent Fabius'], ['Pour certains', 'Laurent Fabius']],
  ],
  [
    'en: "added Jane Doe"',
    ['There is still no news of “more than two hundred people” so far. “For some of them we are very worried,” added Jane Doe.'],
    [['more than two hundred', 'Jane Doe'], ['For some of them', 'Jane Doe']],
  ],
  [
    'es: «añadió Ana Gómez»',
    ['Las autoridades siguen sin noticias de «más de doscientas personas» por ahora. «Para algunos de ellos estamos muy preocupados», añadió Ana Gómez.'],
    [['más de doscientas', 'Ana Gómez'], ['Para algunos', 'Ana Gómez']],
  ],
  [
    'de: „ergänzte Anna Schmidt“',
    ['Von „mehr als zweihundert Menschen“ gibt es noch keine Nachricht. „Um einige von ihnen sorgen wir uns sehr“, ergänzte Anna Schmidt.'],
    [['mehr als zweihundert', 'Anna Schmidt'], ['Um einige', 'Anna Schmidt']],
  ],
  [
    'en: "said" carries nothing back',
    ['There is still no news of “more than two hundred people” so far. “For some of them we are very worried,” said Jane Doe.'],
    [['more than two hundred', null], ['For some of them', 'Jane Doe']],
  ],
];

describe('speakers: statements, texts and descriptions', () => {
  for (const [name, texts, want] of CASES) it(name, () => expectSpeakers(texts, want));
});
