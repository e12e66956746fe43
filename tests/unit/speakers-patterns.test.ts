import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes';
import { paras } from './quote-helpers';

/** [name, paragraphs, expected [text start, speaker] of every quote in order] */
const CASES: [string, string[], [string, string | null][]][] = [
  [
    'en: affiliation and lower-case role before the name ("Commerzbank analyst")',
    ['“Russia also failed to fulfil its agreed cuts so far,” Commerzbank analyst Carsten Fritsch said.'],
    [['Russia also failed', 'Carsten Fritsch']],
  ],
  [
    'en: lower-case role lead-in with a place ("Kaitaia conservation department ranger")',
    ['“The birds came back in large numbers this spring,” Kaitaia conservation department ranger Jamie Werner said.'],
    [['The birds came back', 'Jamie Werner']],
  ],
  [
    'en: a manner adverb between subject and verb',
    ['Ally Brooke danced last.', '“Can I give it to James?” Brooke tearfully asked before apologizing.'],
    [['Can I give it', 'Ally Brooke']],
  ],
  [
    'en: a bare plural group speaks ("officers announced")',
    ['“We got her, we got her!” officers announced on their radios.'],
    [['We got her', 'officers']],
  ],
  [
    'en: "the 56-year-old said:" is the person just named',
    ['Jose Mourinho, the former Chelsea manager, was appointed on Wednesday.', 'The 56-year-old said after his appointment: “I am excited to be joining a club with such a great heritage.”'],
    [['I am excited', 'Jose Mourinho']],
  ],
  [
    'en: "her mother, Fiona, said": the apposition is the name',
    ['“The drug was in her system, there was no antidote at all,” her mother, Fiona, said in a statement.'],
    [['The drug was', 'Fiona']],
  ],
  [
    'en: a run-on quote whose closing paragraph the page dropped is kept when attributed',
    ['Tottenham said in a statement: “Jose is one of the most accomplished managers in the game.', 'More from the club'],
    [['Jose is one', 'Tottenham']],
  ],
  [
    'en: doubled apostrophes close a curly quote (“…’’)',
    ['“It was an attempt to mislead voters,’’ Will Moy, chief executive of Full Fact, told the BBC.'],
    [['It was an attempt', 'Will Moy']],
  ],
  [
    'en: a straight closing mark after a stray space',
    ['Ilhan Omar wrote to the judge.', '"Who are we as a nation if we respond with retribution ourselves? " she wrote in her letter.'],
    [['Who are we', 'Ilhan Omar']],
  ],
  [
    'de: „…“, sagte with a role before the name',
    ['„Wir werden die Gespräche fortsetzen“, sagte Bundeskanzlerin Angela Merkel am Montag.'],
    [['Wir werden', 'Angela Merkel']],
  ],
  [
    'de: »…«, erläuterte',
    ['»Die Zahlen sind eindeutig und sie werden weiter steigen«, erläuterte Thomas Müller.'],
    [['Die Zahlen', 'Thomas Müller']],
  ],
  [
    'fr: « … » with no-break spaces, a-t-elle résumé and inverted verb',
    ['Marie Dupont a parlé lundi.', '« Nous ne céderons rien sur ce point », a déclaré Marie Dupont.'],
    [['Nous ne céderons', 'Marie Dupont']],
  ],
  [
    'es: «…», resumió (verb before, speaker after a colon cue)',
    ['El ministro Carlos Ruiz habló ayer.', 'Carlos Ruiz lo resumió así: «La estrategia es clara y no vamos a cambiarla».'],
    [['La estrategia', 'Carlos Ruiz']],
  ],
  [
    'pt: disse',
    ['“Em 2012 eu errei e não faria de novo agora”, disse o técnico Tite.'],
    [['Em 2012', 'Tite']],
  ],
  [
    'zh: 说 after the closing mark, 表示 before the opening one',
    ['“我高中毕业后就出国留学了。”卢宇说。', '李博灏表示：“知识产权是经济可持续增长的灵魂所在。”'],
    [['我高中', '卢宇'], ['知识产权', '李博灏']],
  ],
  [
    'zh: a role and an organisation are trimmed off the name; a surname takes the full name',
    ['美国宇航局发言人丹尼尔·霍特表示：“宇航员不允许喝酒。”', '霍特指出：“酒精的使用受到严格控制。”'],
    [['宇航员', '丹尼尔·霍特'], ['酒精', '丹尼尔·霍特']],
  ],
  [
    'ko: a quotative ending marks speech; 그는 is the topic named before',
    ['하지만 엘제이는 사진을 공개했다. 그는 “제 여자친구랑 여행 간 게 잘못인가요”라고 말했다.'],
    [['제 여자친구랑', '엘제이']],
  ],
];

describe('speaker patterns (en/de/fr/es and more)', () => {
  it.each(CASES)('%s', (_name, texts, expected) => {
    const quotes = extractQuotes(paras(...texts));
    expect(quotes.map((q, i) => [q.text.slice(0, expected[i]?.[0].length ?? 0), q.speaker])).toEqual(expected);
  });
});

/** [name, paragraphs, quote texts expected (in order)] */
const KEEP: [string, string[], string[]][] = [
  [
    'a pull quote in a <blockquote> that repeats a body quote is dropped',
    ['“We will rebuild every single house on this street,” the mayor, Ana Ruiz, said on Monday.'],
    ['We will rebuild every single house on this street,'],
  ],
  [
    'ja: 「」 with と述べた needs a named subject; a survey answer is not speech',
    ['回答者の約85％が「見分けられない」と回答した。', '山田社長は「来年も新製品を出す予定だ」と述べた。'],
    ['来年も新製品を出す予定だ'],
  ],
  [
    'zh: a scare-quoted term with no cue is not a quote',
    ['国家‘一带一路’建设正在进行。'],
    [],
  ],
];

describe('which spans are quotes', () => {
  it.each(KEEP)('%s', (_name, texts, expected) => {
    expect(extractQuotes(paras(...texts)).map((q) => q.text)).toEqual(expected);
  });

  it('drops the blockquote copy of a body quote', async () => {
    const { parseHTML } = await import('linkedom');
    const { paragraphsOf } = await import('../../src/core/paragraphs');
    const { document } = parseHTML(
      '<html><body><article><p>“We will rebuild every single house on this street,” the mayor, Ana Ruiz, said.</p>' +
        '<blockquote><p>“We will rebuild every single house”</p></blockquote></article></body></html>',
    );
    const quotes = extractQuotes(paragraphsOf(document.querySelector('article')!));
    expect(quotes.map((q) => q.text)).toEqual(['We will rebuild every single house on this street,']);
  });
});
