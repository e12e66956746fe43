import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { linksOf, paragraphsOf } from '../../src/core/paragraphs';
import { extractSources } from '../../src/core/sources';
import type { Source } from '../../src/core/types';

/** Builds paragraphs the way the pipeline does: one <p> per line (raw HTML allowed) inside an <article>. */
function sourcesOf(lines: string[]): Source[] {
  const html = `<html><body><article>${lines.map((l) => `<p>${l}</p>`).join('')}</article></body></html>`;
  const { document } = parseHTML(html);
  const root = document.querySelector('article') as unknown as Element;
  const paragraphs = paragraphsOf(root);
  return extractSources(paragraphs, linksOf(paragraphs));
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('extractSources on the seed article', () => {
  const lines = readFileSync(new URL('../../../shared/seed/000_8d7d5480627e545f.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map(escapeHtml);
  const sources = sourcesOf(lines);
  const byName = new Map(sources.map((s) => [s.name, s]));

  it.each([
    ['CNN', 'wire'],
    ['Families Belong Together', 'organization'],
    ['Anna Tarkov', 'person'],
    ['Miguel A. Nogueras', 'person'],
    ['Natalia Cornelio', 'person'],
    ['Jeff Sessions', 'person'],
    ['Shannon Heesacker McClain', 'person'],
  ])('finds %s (%s)', (name, kind) => {
    expect(byName.get(name)?.kind).toBe(kind);
  });

  it('merges "Sessions told" into Jeff Sessions and "the organization says" into the group', () => {
    expect(byName.get('Jeff Sessions')?.count).toBeGreaterThanOrEqual(2);
    expect(byName.get('Families Belong Together')?.count).toBeGreaterThanOrEqual(2);
    expect(byName.get('Families Belong Together')?.paragraph).toBe(4);
    expect(byName.get('CNN')?.evidence).toBe('(CNN) --');
  });

  it('takes nothing from the clutter lines and adds no pronoun sources', () => {
    for (const s of sources) {
      expect(s.name).not.toMatch(/CBS|Chrome|Safari|browser|^(?:he|she|it|they)$/i);
    }
    expect(sources.length).toBeLessThanOrEqual(9);
  });
});

interface Case {
  lang: string;
  lines: string[];
  want: Array<Partial<Source> & { name: string }>;
  not?: string[];
}

const CASES: Case[] = [
  {
    lang: 'en dateline',
    lines: ['WASHINGTON (Reuters) - The Senate voted on Tuesday to pass the bill, officials said.'],
    want: [{ name: 'Reuters', kind: 'wire', evidence: '(Reuters) -' }],
  },
  {
    lang: 'en AP credit',
    lines: ['The storm moved north overnight.', 'The Associated Press contributed to this report.'],
    want: [{ name: 'The Associated Press', kind: 'wire' }],
  },
  {
    lang: 'en outlet and person',
    lines: ['Maria Lopez, a spokeswoman for the city, told The New York Times that the plan was dead.', 'Lopez said later that talks would resume.'],
    want: [{ name: 'Maria Lopez', kind: 'person', count: 2 }, { name: 'The New York Times', kind: 'outlet' }],
  },
  {
    lang: 'en first reported',
    lines: ['The deal was first reported by the Wall Street Journal on Monday.'],
    want: [{ name: 'Wall Street Journal', kind: 'outlet' }],
  },
  {
    lang: 'en documents and data',
    lines: [
      'According to court documents, the man fled the scene.',
      'A new report released by the Brookings Institution found that wages stalled.',
      'Data from the Census Bureau show rising rents.',
    ],
    want: [
      { name: 'court documents', kind: 'document' },
      { name: 'Brookings Institution report', kind: 'document' },
      { name: 'Census Bureau', kind: 'organization' },
    ],
  },
  {
    lang: 'en statement and inversion',
    lines: ['“We will appeal,” said Tom Baker, the union’s lawyer.', 'The Department of Justice said in a statement that it disagreed.'],
    want: [
      { name: 'Tom Baker', kind: 'person' },
      { name: 'Department of Justice', kind: 'organization', evidence: 'The Department of Justice said in a statement' },
    ],
  },
  {
    lang: 'en byline and photo credit',
    lines: ['By Jane Smith, CNN', 'Photo: John Doe/Getty Images', 'Prices rose, he said.'],
    want: [],
    not: ['Jane Smith', 'John Doe', 'Getty Images'],
  },
  {
    lang: 'en link',
    lines: ['The agency published <a href="https://example.org/report.pdf">its findings</a> last week.', 'Read <a href="https://example.org/more">more stories</a> here.'],
    want: [{ name: 'its findings', kind: 'link', url: 'https://example.org/report.pdf' }],
    not: ['more stories'],
  },
  {
    lang: 'de',
    lines: ['BERLIN (dpa) - Die Regierung plant neue Regeln.', 'Laut Statistischem Bundesamt stiegen die Preise.', '„Das ist falsch“, sagte Olaf Müller.'],
    want: [
      { name: 'dpa', kind: 'wire' },
      { name: 'Statistischem Bundesamt', kind: 'organization' },
      { name: 'Olaf Müller', kind: 'person' },
    ],
  },
  {
    lang: 'fr',
    lines: ['PARIS (AFP) - Le gouvernement a présenté son plan.', 'Selon Marie Dupont, la réforme est prête.', '« Nous sommes prêts », a déclaré Jean Martin.'],
    want: [
      { name: 'AFP', kind: 'wire' },
      { name: 'Marie Dupont', kind: 'person' },
      { name: 'Jean Martin', kind: 'person' },
    ],
  },
  {
    lang: 'es',
    lines: ['MADRID (EFE) - El Gobierno aprobó la ley.', 'Según el Instituto Nacional de Estadística, el paro bajó.', '"Es un buen día", dijo Ana García.'],
    want: [
      { name: 'EFE', kind: 'wire' },
      { name: 'Instituto Nacional de Estadística', kind: 'organization' },
      { name: 'Ana García', kind: 'person' },
    ],
  },
];

describe('extractSources by cue and language', () => {
  it.each(CASES)('$lang', ({ lines, want, not }) => {
    const sources = sourcesOf(lines);
    for (const w of want) {
      const found = sources.find((s) => s.name === w.name);
      expect(found, `${w.name} in ${JSON.stringify(sources)}`).toBeDefined();
      expect(found).toMatchObject(w);
    }
    for (const n of not ?? []) expect(sources.map((s) => s.name)).not.toContain(n);
  });
});
