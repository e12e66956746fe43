import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase } from './quote-helpers';

/**
 * Bodies and pronouns: "the government" speaks as written rather than as the organisation named last;
 * a pronoun prefers a person known to fit its gender over a nearer one whose gender nothing told, unless
 * that one is the topic of the pronoun's own paragraph; a Chinese cue opening the sentence attributes a
 * fragment later in it. [name, paragraphs, [text start, speaker] in order]
 */
const CASES: SpeakerCase[] = [
  [
    'en: "the government said" is not the NSA named just before',
    ['The NSA collected the metadata for years.', 'The government said the program would catch people who slip “through the cracks of the net”.'],
    [['through the cracks', 'The government']],
  ],
  [
    'fr: « Le gouvernement a déclaré » n’est pas la NSA',
    ['La NSA a collecté ces données pendant des années.', 'Le gouvernement a déclaré que le dispositif visait ceux qui passent « entre les mailles du filet ».'],
    [['entre les mailles', 'Le gouvernement']],
  ],
  [
    'es: «el gobierno dijo» no es la NSA',
    ['La NSA recogió esos datos durante años.', 'El gobierno dijo que el programa busca a quienes se escapan «entre las redes del sistema».'],
    [['entre las redes', 'El gobierno']],
  ],
  [
    'de: „Die Regierung sagte“ ist nicht die NSA (das Substantiv ist selbst ein Name)',
    ['Die NSA sammelte diese Daten jahrelang.', 'Die Regierung sagte, das Programm solle Menschen finden, die „durch die Maschen des Netzes“ schlüpfen.'],
    [['durch die Maschen', 'Regierung']],
  ],
  [
    'es: a subjunctive verb after "aunque" attributes the quote to the description as written',
    ['El conflicto lleva años.', 'Aunque el líder mapuche más radicalizado declare que propician «un proceso de autonomía sin pedirle permiso al Estado», nadie lo apoya.'],
    [['un proceso de autonomía', 'el líder mapuche más radicalizado']],
  ],
  [
    'en: an organisation of several words keeps the article it is introduced with',
    ['“Voters are entitled to transparency and integrity,” the Electoral Commission said.'],
    [['Voters are entitled', 'the Electoral Commission']],
  ],
  [
    'fr: « a déclaré la Commission nationale » garde l’article',
    ['La Commission nationale a déclaré : « Les électeurs ont droit à la transparence. »'],
    [['Les électeurs', 'La Commission nationale']],
  ],
  [
    'es: «dijo la Comisión Electoral» conserva el artículo',
    ['«Los votantes tienen derecho a la transparencia», dijo la Comisión Electoral.'],
    [['Los votantes', 'la Comisión Electoral']],
  ],
  [
    'en: before one word the article may open a longer phrase, so it is left off',
    ['The Twitter account was suspended.', 'Twitter pledged to take “decisive corrective action” on Friday.'],
    [['decisive corrective action', 'Twitter']],
  ],
  [
    'en: a company still speaks for "the company"',
    ['Acme Corp. shipped the devices last week.', '“We stand by our product and our customers,” the company said.'],
    [['We stand by', 'Acme Corp']],
  ],
  [
    'en: "she" takes the woman named close by over a nearer person whose gender nothing told',
    ['Mary Smith, the mother of the boy, spoke first. Jordan Lee said the school had not called.', '“We will not stop,” she said.'],
    [['We will not stop', 'Mary Smith']],
  ],
  [
    'en: unless that person is the topic of the pronoun\'s own paragraph',
    ['Mary Smith, the mother of the boy, spoke first.', 'Jordan Lee said the school had not called. “We will not stop,” she said.'],
    [['We will not stop', 'Jordan Lee']],
  ],
  [
    'fr: « a-t-elle déclaré » prend la ministre plutôt que la personne nommée après elle',
    ['Marie Dupont, la ministre de la Justice, a présenté le texte mardi. Jordan Lefèvre a dit que le texte était prêt.', '« Nous irons jusqu’au bout », a-t-elle déclaré.'],
    [['Nous irons', 'Marie Dupont']],
  ],
  [
    'es: «dijo ella» toma a la ministra',
    ['María Pérez, la ministra de Justicia, presentó el texto. Jordan López dijo que el texto estaba listo.', '«Vamos a llegar hasta el final», dijo ella.'],
    [['Vamos a llegar', 'María Pérez']],
  ],
  [
    'zh: 补充说 opening the sentence attributes a fragment later in it',
    ['NASA发言人斯蒂芬妮·席尔霍尔茨表示，宇航员的营养计划很严格。', '席尔霍尔茨补充说，在测试中使用雪利酒“引发呕吐反射，公众也反对”。'],
    [['引发呕吐反射', '斯蒂芬妮·席尔霍尔茨']],
  ],
  [
    'zh: 认为 opening the sentence is an opinion, and a three-character term is no quote',
    ['席尔霍尔茨认为，这是一种“新常态下的太空饮食文化”。', '席尔霍尔茨说，这是“新常态”。'],
    [],
  ],
];

describe('bodies, pronouns and sentence-opening cues', () => {
  it.each(CASES)('%s', (_name, texts, want) => expectSpeakers(texts, want));
});
