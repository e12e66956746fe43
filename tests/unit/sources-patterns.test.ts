import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { linksOf, paragraphsOf } from '../../src/core/paragraphs';
import { siteSourceOf } from '../../src/core/source-links';
import { extractSources } from '../../src/core/sources';
import type { Source } from '../../src/core/types';

/** Paragraphs as the pipeline builds them: one <p> per line (raw HTML allowed) inside an <article>. */
function sourcesOf(lines: string[], pageUrl = ''): Source[] {
  const { document } = parseHTML(`<html><body><article>${lines.map((l) => `<p>${l}</p>`).join('')}</article></body></html>`);
  const paragraphs = paragraphsOf(document.querySelector('article') as unknown as Element);
  return extractSources(paragraphs, linksOf(paragraphs), [], pageUrl);
}

interface Case {
  name: string;
  lines: string[];
  pageUrl?: string;
  want: Array<Partial<Source> & { name: string }>;
  not?: string[];
}

const CASES: Case[] = [
  // Unnamed sources described by the story.
  { name: 'en officials after a comma', lines: ['Three others may have escaped, officials said.'], want: [{ name: 'officials', kind: 'person', evidence: 'officials said' }] },
  { name: 'en modified officials', lines: ['Obama administration officials said late Thursday that the deal was done.'], want: [{ name: 'Obama administration officials', kind: 'person' }] },
  {
    name: 'en a source told an agency',
    lines: ['A senior political source told Reuters that talks had stalled.'],
    want: [{ name: 'A senior political source', kind: 'person' }, { name: 'Reuters', kind: 'outlet' }],
  },
  { name: 'en people familiar', lines: ['People familiar with the matter said the bid would fail.'], want: [{ name: 'People familiar with the matter', kind: 'person' }] },
  { name: 'en sentence-initial plural', lines: ['The storm hit at dawn. Authorities say the cases are unrelated.'], want: [{ name: 'Authorities', kind: 'organization' }] },
  { name: 'en the military', lines: ['The camp was shelled, the military said in a statement.'], want: [{ name: 'the military', kind: 'organization', evidence: 'the military said in a statement' }] },
  { name: 'en parenthetical', lines: ['The Afghan Taliban, however, claimed responsibility for the attack.'], want: [{ name: 'Afghan Taliban' }] },
  { name: 'en adverb between', lines: ['Brooke tearfully asked for more time.'], want: [{ name: 'Brooke', kind: 'person' }] },
  {
    name: 'en coordinated verbs',
    lines: ['White House press secretary Josh Earnest condemned the attack and said the US stood with Tunisia.'],
    want: [{ name: 'Josh Earnest', kind: 'person' }],
    not: ['White House'],
  },
  { name: 'de Ermittler', lines: ['Der Täter floh, Ermittler sagten, er sei bewaffnet gewesen.'], want: [{ name: 'Ermittler', kind: 'person' }] },
  { name: 'fr compound tense, plural', lines: ['Des responsables ont déclaré que le plan était prêt.'], want: [{ name: 'Des responsables', kind: 'person' }] },
  { name: 'fr pluperfect', lines: ['François Hollande avait annoncé une réforme.'], want: [{ name: 'François Hollande', kind: 'person' }] },
  { name: 'fr selon une source', lines: ['Selon une source du Quai d’Orsay, la visite est annulée.'], want: [{ name: 'une source du Quai d’Orsay', kind: 'person' }] },
  { name: 'es según fuentes', lines: ['Según fuentes del Ministerio del Interior, el detenido es francés.'], want: [{ name: 'fuentes del Ministerio del Interior', kind: 'person' }] },
  { name: 'es plural verb', lines: ['Los investigadores dijeron que no hay víctimas.'], want: [{ name: 'Los investigadores', kind: 'person' }] },
  // Documents and data.
  { name: 'en according to a described document', lines: ['He was jailed, according to the office release.'], want: [{ name: 'the office release', kind: 'document' }] },
  { name: 'en according to news reports', lines: ['Nine died, according to local news reports.'], want: [{ name: 'local news reports', kind: 'outlet' }] },
  { name: 'en documents seen by an agency', lines: ['Intelligence reports seen by Reuters suggest he is ill.'], want: [{ name: 'Intelligence reports seen by Reuters', kind: 'document' }] },
  { name: 'en video shows', lines: ['Neighborhood surveillance video shows the car speeding away.'], want: [{ name: 'Neighborhood surveillance video', kind: 'document' }] },
  { name: 'en report by names the body first', lines: ['A new report released by the Brookings Institution found that wages stalled.'], want: [{ name: 'Brookings Institution report', kind: 'document' }] },
  {
    name: 'en "the report" is the report named before',
    lines: ['A Pew Research Center survey found that trust fell.', 'The survey said younger adults were most sceptical.'],
    want: [{ name: 'Pew Research Center survey', count: 2 }],
    not: ['The survey'],
  },
  {
    name: 'en said in a named document',
    lines: ['Noem said in the campaign’s public service announcement that the state is open.', 'The agency said in a statement that it would appeal.'],
    want: [{ name: 'the campaign’s public service announcement', kind: 'document' }, { name: 'The agency', kind: 'organization' }],
    not: ['a statement'],
  },
  { name: 'en a headline fragment is no source', lines: ['Maternity scandal report finds failures'], want: [], not: ['report'] },
  { name: 'en "TV shows" is a noun', lines: ['The service has movies and TV shows from Pixar.'], want: [], not: ['TV'] },
  { name: 'en possessive pronoun names no one', lines: ['The hearing was delayed, his spokesman said.'], want: [], not: ['his spokesman', 'spokesman'] },
  // Recipients and outlets.
  { name: 'en told a newspaper', lines: ['Noem told the Argus Leader on Monday that she would sign.'], want: [{ name: 'Noem', kind: 'person' }, { name: 'Argus Leader', kind: 'outlet' }] },
  { name: 'en told the media', lines: ['General Mark Milley told US media this month that troops would stay.'], want: [{ name: 'Mark Milley' }, { name: 'US media', kind: 'outlet' }] },
  { name: 'en the addressee of a letter', lines: ['Opposition Leader Bill Shorten said in a letter to Abbott that the bill was flawed.'], want: [{ name: 'Bill Shorten' }], not: ['Abbott'] },
  { name: 'en email to an agency', lines: ['Sonya Zoghlin, his attorney, said in an email to The Associated Press that he regrets it.'], want: [{ name: 'Sonya Zoghlin' }, { name: 'The Associated Press', kind: 'outlet' }] },
  // Wire services and credit lines.
  {
    name: 'en agency as written, merged with its other spelling',
    lines: ['LONDON (AP) — The vote was held on Thursday.', 'The Associated Press contributed to this report.'],
    want: [{ name: 'AP', kind: 'wire', count: 2 }],
    not: ['The Associated Press'],
  },
  { name: 'en service (place) dateline', lines: ['CNNMoney (New York) — Nearly half of households are struggling.'], want: [{ name: 'CNNMoney', kind: 'wire' }] },
  { name: 'en source line', lines: ['The attack killed 12 people.', 'SOURCE: News agencies'], want: [{ name: 'News agencies', kind: 'wire' }] },
  { name: 'en with wires', lines: ['The virus spread to three provinces.', 'With Post wires'], want: [{ name: 'Post wires', kind: 'wire' }] },
  { name: 'es fuente line', lines: ['El paro bajó en mayo.', 'Fuente: Europa Press'], want: [{ name: 'Europa Press', kind: 'wire' }] },
  {
    name: 'de closing agency credit, not a mid-story caption credit',
    lines: ['Demonstranten vor dem Museum. (Reuters)', 'Die Polizei nahm zwei Männer fest.', 'Die Ermittlungen dauern an.', 'Der Prozess beginnt im Mai. (dpa)'],
    want: [{ name: 'dpa', kind: 'wire' }],
    not: ['Reuters'],
  },
  {
    name: 'embedded post signature',
    lines: ['“We are delighted to welcome Jose,” — Tottenham Hotspur (@SpursOfficial) November 20, 2019'],
    want: [{ name: 'Tottenham Hotspur (@SpursOfficial)', kind: 'link' }],
  },
  // Links.
  {
    name: 'link to another outlet names the outlet',
    pageUrl: 'https://www.nytimes.com/2019/11/19/opinion/x.html',
    lines: ['Trump <a href="https://www.cbsnews.com/news/trump-rally/">tweeted</a> before the vote, and <a href="https://www.nytimes.com/2019/10/01/us/y.html">we reported</a> it.'],
    want: [{ name: 'CBS News', kind: 'outlet', url: 'https://www.cbsnews.com/news/trump-rally/' }],
    not: ['The New York Times', 'we reported'],
  },
  {
    name: 'link to a post names the account; a follow-us link does not',
    lines: ['He <a href="https://twitter.com/realDonaldTrump/status/1191687950360358913">said</a> so.', 'Follow us on <a href="https://twitter.com/bbcnews">Twitter</a>.'],
    want: [{ name: 'Twitter (@realDonaldTrump)', kind: 'link' }],
    not: ['Twitter (@bbcnews)'],
  },
];

describe('extractSources patterns (en, de, fr, es)', () => {
  it.each(CASES)('$name', ({ lines, pageUrl, want, not }) => {
    const sources = sourcesOf(lines, pageUrl);
    for (const w of want) {
      const found = sources.find((s) => s.name === w.name);
      expect(found, `${w.name} in ${JSON.stringify(sources.map((s) => s.name))}`).toBeDefined();
      expect(found).toMatchObject(w);
    }
    for (const n of not ?? []) expect(sources.map((s) => s.name)).not.toContain(n);
  });
});

describe('siteSourceOf', () => {
  it.each([
    ['https://www.cbsnews.com/news/x', 'CBS News'],
    ['https://edition.cnn.com/2019/x', 'CNN'],
    ['https://www.dailymail.co.uk/news/x', 'Daily Mail'],
    ['https://apnews.com/abc', 'AP'],
    ['https://www.usatoday.com/story/x', 'USA Today'],
    ['https://twitter.com/SpursOfficial/status/1', 'Twitter (@SpursOfficial)'],
  ])('%s → %s', (href, name) => {
    expect(siteSourceOf(href)?.name).toBe(name);
  });

  it.each(['https://example.org/report.pdf', 'https://twitter.com/intent/tweet?text=x', '/relative/path', 'https://ldh.la.gov/x'])('%s names no outlet', (href) => {
    expect(siteSourceOf(href)).toBeNull();
  });
});
