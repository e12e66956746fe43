import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/types';
import { analysisToJson, analysisToMarkdown, exportFilename } from '../../src/sidebar/export';
import { translator } from '../../src/sidebar/translate';
import en from '../../public/_locales/en/messages.json';

const t = translator(en);
const analysis: Analysis = {
  url: 'https://example.com/a', title: 'Élan: the *big* story', byline: 'Jane Doe', siteName: 'Example News', published: '2018-06-14',
  lang: 'en', text: 'x',
  quotes: [
    { text: 'We will act', speaker: 'Jeff Sessions', role: 'US Attorney General', kind: 'full', paragraph: 1 },
    { text: 'Nobody said this', speaker: null, role: null, kind: 'partial', paragraph: 2 },
  ],
  sources: [
    { name: 'Reuters', kind: 'wire', evidence: 'according to Reuters', url: 'https://reuters.com/x' },
    { name: 'Evil', kind: 'link', evidence: '', url: 'javascript:alert(1)' },
  ],
  copyright: [{ text: '© 2018 Example', origin: 'json-ld', holder: 'Example', year: '2018', license: null }],
  clutter: [], warnings: [],
};

describe('export', () => {
  it('names the file after the title, ASCII only', () => {
    expect(exportFilename(analysis, 'json')).toBe('sidenote-elan-the-big-story.json');
    expect(exportFilename({ ...analysis, title: '' }, 'md')).toBe('sidenote-article.md');
    expect(exportFilename({ ...analysis, title: 'x'.repeat(200) }, 'md').length).toBeLessThan(80);
  });

  it('JSON is the analysis itself', () => {
    expect(JSON.parse(analysisToJson(analysis))).toEqual(analysis);
  });

  it('Markdown has the title, metadata, every quote, source and note, escaped and with safe links only', () => {
    const md = analysisToMarkdown(analysis, t, 'en');
    expect(md).toBe([
      '# Élan: the \\*big\\* story',
      '',
      'Jane Doe · Example News · June 14, 2018',
      '',
      '<https://example.com/a>',
      '',
      '## Quotes (2)',
      '',
      '> We will act',
      '>',
      '> — Jeff Sessions, US Attorney General',
      '',
      '> Nobody said this',
      '>',
      '> — Unknown speaker',
      '',
      '## Sources (2)',
      '',
      '- **Reuters** (wire) — “according to Reuters” <https://reuters.com/x>',
      '- **Evil** (link)',
      '',
      '## Copyright notes (1)',
      '',
      '- © 2018 Example (JSON-LD)',
      '',
    ].join('\n'));
  });

  it('says when a section is empty', () => {
    const md = analysisToMarkdown({ ...analysis, quotes: [], sources: [], copyright: [] }, t);
    expect(md).toContain('## Quotes (0)\n\nNo direct quotes found.\n\n## Sources (0)\n\nNo sources found.\n\n## Copyright notes (0)\n\nNo copyright notes found.\n');
  });
});
