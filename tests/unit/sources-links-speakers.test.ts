import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { linksOf, paragraphsOf } from '../../src/core/paragraphs';
import { extractQuotes } from '../../src/core/quotes';
import { extractSources } from '../../src/core/sources';

/** Sources of an article given as HTML paragraphs, with the quotes' speakers passed in as the pipeline does. */
function sourceNames(lines: string[]): string[] {
  const { document } = parseHTML(`<html><body><article>${lines.map((l) => `<p>${l}</p>`).join('')}</article></body></html>`);
  const paragraphs = paragraphsOf(document.querySelector('article') as unknown as Element);
  return extractSources(paragraphs, linksOf(paragraphs), extractQuotes(paragraphs)).map((s) => s.name);
}

describe('quoted speakers are sources', () => {
  it.each([
    [
      'a speaker named only through "the 56-year-old"',
      ['Jose Mourinho, the former Chelsea manager, was appointed on Wednesday.', 'The 56-year-old said after his appointment: “I am excited to be joining a club with such a great heritage.”'],
      'Jose Mourinho',
    ],
    ['an inverted cue with an adverb', ['Ally Brooke danced last.', '“Can I give it to James?” Brooke tearfully asked before apologizing.'], 'Ally Brooke'],
  ])('%s', (_name, lines, expected) => {
    expect(sourceNames(lines)).toContain(expected);
  });

  it('a speaker the cue pass found already is not listed twice', () => {
    const names = sourceNames(['“We will appeal,” said Jane Doe, a lawyer for the family.', '“It is not over,” Doe said.']);
    expect(names.filter((n) => n.includes('Doe'))).toEqual(['Jane Doe']);
  });
});

describe('which links name a source', () => {
  /** [name, paragraph HTML, the link's text, whether a source carries that name] */
  it.each([
    ['the linked words are the writer\'s cue ("he said")', 'The plan will work, <a href="https://example.com/a">he said</a> on Monday.', 'he said', false],
    ['a whole paragraph that is one link is a teaser', '<a href="https://example.com/b">Airline went into records after crash, engineer says</a>', 'Airline went into records after crash, engineer says', false],
    ['a linked common phrase after a cue names nothing', 'Trump said at <a href="https://example.com/c">a rally</a> that he would win.', 'a rally', false],
    ['a linked report is a source', 'The city grew fast, according to <a href="https://example.com/d">a new census report</a>.', 'a new census report', true],
    ['a linked statement is a source', 'Now they have put out <a href="https://example.com/e">another statement</a> about it.', 'another statement', true],
  ])('%s', (_name, line, linkText, named) => {
    expect(sourceNames([line]).includes(linkText)).toBe(named);
  });
});
