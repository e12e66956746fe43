import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes';
import { cjkKnownNames } from '../../src/core/quote-cjk';
import { paras } from './quote-helpers';

/**
 * Attribution patterns outside English (issue 3): inverted cues with a phrase between verb and name,
 * dash attributions, pronoun subjects in Chinese. [name, paragraphs, [text start, speaker] in order]
 */
const CASES: [string, string[], [string, string | null][]][] = [
  [
    'cs: inverted cue with a phrase between the verb and the name ("píše na Twitter Gary Lineker")',
    ['"Stali se excelentním týmem a zaslouží si obrovský kredit," píše na Twitter Gary Lineker.'],
    [['Stali se', 'Gary Lineker']],
  ],
  [
    'cs: inverted cue whose subject is a described outlet ("hodnotí … večerník Evening Standard")',
    ['"Má dobrou rozehrávku a udělal spoustu těžké práce," hodnotí českého středopolaře londýnský večerník Evening Standard.'],
    [['Má dobrou', 'Evening Standard']],
  ],
  [
    'cs: a gesture verb introduces the speech ("kroutí hlavou Lineker")',
    ['Gary Lineker sleduje tým pravidelně.', '"Hraje prostě velkolepě a je mu stále jen dvaadvacet let," kroutí hlavou Lineker.'],
    [['Hraje prostě', 'Gary Lineker']],
  ],
  [
    'pt: inverted cue with a role before the name ("acrescentou o comandante Tite")',
    ['"Em 2012 eu fiz e errei, e aprendi muito com isso", acrescentou o comandante Tite.'],
    [['Em 2012', 'Tite']],
  ],
  [
    'pt: "acrescentou o comandante" is the coach named before',
    ['"Seja dada a ele a prioridade de estudo", falou o técnico Tite ao programa.', '"Em 2012 eu fiz e errei, e aprendi muito com isso", acrescentou o comandante.'],
    [['Seja dada', 'Tite'], ['Em 2012', 'Tite']],
  ],
  [
    'es: "llamó a X “…”" attributes a partial quote; a sentence-initial adverb is not a name',
    ['Entonces, cada actor reivindica sus intereses. El politólogo Samuel Huntington definía una sociedad así y el jurista Carlos Nino llamó a la Argentina "un país al margen de la ley".'],
    [['un país', 'Carlos Nino']],
  ],
  [
    'ru: «…», – сказал X with an en dash after the comma',
    ['«Стареть публично – это ужасно и это не для слабонервных», – сказала Полина Поризкова.'],
    [['Стареть', 'Полина Поризкова']],
  ],
  [
    'ru: a quote alone in its paragraph continues "Она откровенно рассказала" of the paragraph before',
    ['Полина Поризкова дала интервью журналу.', 'Она откровенно рассказала, что постоянно прибегает к процедурам красоты.', '«Я лично ненавижу, когда вижу, что кто-то сделал пластику и уколы».'],
    [['Я лично', 'Полина Поризкова']],
  ],
  [
    'ru: «…, – пожаловалась X. — …» is two quotes around the writer\'s words; one » closes both levels',
    ['Модель рассказала о страхах. «Стареть публично – это ужасно, это не для слабонервных, – пожаловалась Поризкова. — Я постоянно говорю себе: «Да ладно, красота не так уж важна!»'],
    [['Стареть публично', 'Поризкова'], ['Я постоянно', 'Поризкова']],
  ],
  [
    'zh: "他说" after "像戴夫·汉森这样的专家认为" is Hanson, not a fragment of the verb',
    ['社会学荣誉教授戴夫·汉森研究酒精超过40年。', '像戴夫·汉森这样的专家认为确实如此。他说：“我不认为它会有任何不同。”'],
    [['我不认为', '戴夫·汉森']],
  ],
  [
    'zh: "他说：“…”" opening a paragraph looks back past a caption for the person, not the last speaker',
    ['Nasa表示：“这种试验对整个食品和饮料行业都有影响。”', '然而，像戴夫·汉森这样的专家认为，继续禁止饮酒并没有什么害处。', '图注：圣餐杯回到了地球上', '他说：“这是一个政治问题，也是一个文化方面的问题。”'],
    [['这种试验', 'Nasa'], ['这是一个政治', '戴夫·汉森']],
  ],
  [
    'fr: two fragments joined by "et" share the cue after the second ("selon le ministère")',
    ['Il devait ramener des Français, «les plus éprouvés» par la catastrophe et les «plus vulnérables parmi les blessés», selon le ministère des Affaires étrangères.'],
    [['les plus éprouvés', 'le ministère des Affaires étrangères'], ['plus vulnérables', 'le ministère des Affaires étrangères']],
  ],
  [
    'en: two fragments in one sentence without a cue after the second stay unattributed',
    ['The plan was “dead on arrival” and “waste of time” in the view of many readers.'],
    [],
  ],
  [
    'en: an inverted cue followed by an outlet is still the name right after the verb',
    ['“We will not back down from this fight at all,” said Jane Doe on CNN.'],
    [['We will not', 'Jane Doe']],
  ],
];

describe('speaker cues outside English', () => {
  it.each(CASES)('%s', (_name, texts, expected) => {
    const got = extractQuotes(paras(...texts)).map((q, i) => [q.text.slice(0, expected[i]?.[0].length ?? 0), q.speaker]);
    expect(got).toEqual(expected);
  });
});

/** [name, paragraph texts, transliterated names expected among the known names, names that must not be] */
const NAMES: [string, string[], string[], string[]][] = [
  ['zh: function characters around a dotted name are not part of it', ['像戴夫·汉森这样的专家认为如此。', '宇航员巴兹·奥尔德林和尼尔·阿姆斯特朗。'], ['戴夫·汉森', '巴兹·奥尔德林', '尼尔·阿姆斯特朗'], ['认', '巴兹·奥尔德林和尼尔', '和尼尔·阿姆斯特朗']],
];

describe('known CJK names', () => {
  it.each(NAMES)('%s', (_name, texts, present, absent) => {
    const names = cjkKnownNames(texts);
    for (const n of present) expect(names).toContain(n);
    for (const n of absent) expect(names).not.toContain(n);
  });
});
