import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase } from './quote-helpers';

/**
 * Quotes led into without a speech verb next to them: a speech noun with its "from/de/von" complement
 * ("directives from Xi to “…”"), a colon after a sentence whose subject is a person, a short sentence
 * naming the speaker right before a quote, and an unnamed subject shared by a coordinated verb ("an
 * unidentified poster put up her picture and wrote …"). Each rule has a case that must not fire.
 * [name, paragraphs, [text start, speaker] in order]
 */
const CASES: SpeakerCase[] = [
  // Speech nouns.
  [
    'en: "directives from Xi to" names the speaker of the fragment',
    ['The detentions originated in directives from Xi Jinping to “show absolutely no mercy” to the detainees.'],
    [['show absolutely no mercy', 'Xi Jinping']],
  ],
  [
    'en: a possessive name before the noun ("Merkel’s call for")',
    ['Angela Merkel spoke in Berlin.', 'Few followed Angela Merkel’s call for “a common European answer to the crisis”.'],
    [['a common European answer', 'Angela Merkel']],
  ],
  [
    'fr: « les consignes de Jean Dupont de »',
    ['Les policiers ont suivi les consignes de Jean Dupont de « ne rien laisser passer aux frontières ».'],
    [['ne rien laisser passer', 'Jean Dupont']],
  ],
  [
    'es: «el llamado de Mauricio Macri a»',
    ['Pocos atendieron el llamado de Mauricio Macri a «dejar atrás la grieta de una vez».'],
    [['dejar atrás la grieta', 'Mauricio Macri']],
  ],
  [
    'de: „die Anweisung von Olaf Scholz, …“',
    ['Die Beamten folgten der Anweisung von Olaf Scholz, „keine Ausnahmen mehr zuzulassen“.'],
    [['keine Ausnahmen mehr', 'Olaf Scholz']],
  ],
  [
    'en: a noun whose complement is no name attributes nothing',
    ['There were calls from voters to “end the chaos at the border now”.'],
    [['end the chaos', null]],
  ],
  // Colon lead-ins.
  [
    'fr: a person opening the sentence speaks the quote after its colon',
    ['Marsha P. Johnson, icône queer, avait été l’une des premières à s’engager à New York, en 1969 : «C’est la révolution. Dieu merci.»'],
    [['C’est la révolution', 'Marsha P. Johnson']],
  ],
  [
    'en: colon after a sentence about a person',
    ['Maria Lopez had one message for the crowd: “We will not be moved from this square.”'],
    [['We will not be moved', 'Maria Lopez']],
  ],
  [
    'es: dos puntos tras una oración sobre una persona',
    ['Lucía Fernández tenía un solo mensaje para la multitud: «No nos moverán de esta plaza.»'],
    [['No nos moverán', 'Lucía Fernández']],
  ],
  [
    'de: Doppelpunkt nach einem Satz über eine Person',
    ['Anna Schmidt hatte nur eine Botschaft für die Menge: „Wir lassen uns nicht von diesem Platz vertreiben.“'],
    [['Wir lassen uns nicht', 'Anna Schmidt']],
  ],
  [
    'en: a sign or banner holds the words after the colon, not the subject',
    ['Maria Lopez marched past a banner that read: “We will not be moved from this square.”'],
    [['We will not be moved', null]],
  ],
  // A short sentence right before the quote.
  [
    'cs: "Web Football.London to vidí podobně." names the speaker of the next quote',
    ['Web Football.London to vidí podobně. "Opět byl silný ve vzduchu, na obou koncích hřiště."'],
    [['Opět byl silný', 'Web Football.London']],
  ],
  [
    'en: "Smith disagreed." before a quote',
    ['John Smith disagreed. “The plan will cost far more than the council admits.”'],
    [['The plan will cost', 'John Smith']],
  ],
  [
    'fr: « Pierre Martin n’est pas d’accord. »',
    ['Pierre Martin conteste. « Le projet coûtera bien plus que ce que la mairie admet. »'],
    [['Le projet coûtera', 'Pierre Martin']],
  ],
  [
    'es: «Juan Pérez discrepa.»',
    ['Juan Pérez discrepa. «El plan costará mucho más de lo que admite el ayuntamiento.»'],
    [['El plan costará', 'Juan Pérez']],
  ],
  [
    'de: „Thomas Müller widerspricht.“',
    ['Thomas Müller widerspricht. „Der Plan wird viel mehr kosten, als die Stadt zugibt.“'],
    [['Der Plan wird', 'Thomas Müller']],
  ],
  [
    'en: a long sentence before the quote names no speaker',
    ['John Smith arrived at the town hall on Monday morning with a folder of papers and two lawyers. “The plan will cost far more than the council admits.”'],
    [['The plan will cost', null]],
  ],
  // An unnamed subject shared by a coordinated verb.
  [
    'en: "an unidentified poster put up her picture and wrote"',
    ['On one Facebook page an unidentified poster put up her picture and wrote it was “disrespectful, rude and against the flag code.”'],
    [['disrespectful, rude', 'an unidentified poster']],
  ],
  [
    'es: «un usuario anónimo publicó su foto y escribió»',
    ['En una página de Facebook un usuario anónimo publicó su foto y escribió que era «irrespetuoso, grosero y contrario al código de la bandera».'],
    [['irrespetuoso, grosero', 'un usuario anónimo']],
  ],
  [
    'fr: « un internaute anonyme a publié sa photo et a écrit »',
    ['Sur une page Facebook un internaute anonyme a publié sa photo et a écrit que c’était « irrespectueux, grossier et contraire au code du drapeau ».'],
    [['irrespectueux, grossier', 'un internaute anonyme']],
  ],
  [
    'de: „veröffentlichte ein anonymer Nutzer ihr Foto und schrieb“',
    ['Auf einer Facebook-Seite veröffentlichte ein anonymer Nutzer ihr Foto und schrieb, es sei „respektlos, unhöflich und gegen die Flaggenordnung“.'],
    [['respektlos, unhöflich', 'ein anonymer Nutzer']],
  ],
];

describe('speakers: lead-ins without a speech verb next to the quote', () => {
  for (const [name, texts, want] of CASES) it(name, () => expectSpeakers(texts, want));
});
