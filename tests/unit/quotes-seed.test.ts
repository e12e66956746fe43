import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/core/paragraphs';
import { extractQuotes } from '../../src/core/quotes';

const SEED = '/work/shared/seed/000_8d7d5480627e545f.txt';

/** The seed article's body, "(CNN) --" to the last quote, one <p> per line. */
function seedParagraphs() {
  const lines = readFileSync(SEED, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const from = lines.findIndex((l) => l.startsWith('(CNN) --'));
  const to = lines.findIndex((l) => l.startsWith('"If you think that family values'));
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = `<html><body><article>${lines.slice(from, to + 1).map((l) => `<p>${esc(l)}</p>`).join('')}</article></body></html>`;
  const { document } = parseHTML(html);
  return paragraphsOf(document.querySelector('article')!);
}

describe('seed article', () => {
  it('finds exactly the seven quotes with their speakers and roles', () => {
    const quotes = extractQuotes(seedParagraphs());
    const got = quotes.map((q) => [q.text.slice(0, 30), q.speaker, q.role, q.kind, q.paragraph]);
    const FBT = 'Families Belong Together';
    const SESSIONS = ['Jeff Sessions', 'US Attorney General'];
    expect(got).toEqual([
      ['We oppose the cruel, inhumane ', FBT, null, 'full', 3],
      ["We're all volunteers doing thi", 'Anna Tarkov', `national spokeswoman for ${FBT}`, 'full', 6],
      ['So, if you cross the border un', ...SESSIONS, 'full', 11],
      ["If you're smuggling a child, w", ...SESSIONS, 'full', 11],
      ["If you don't want your child t", ...SESSIONS, 'full', 12],
      ['If you think that family value', 'Shannon Heesacker McClain', `national coordinator for ${FBT}`, 'full', 14],
      ['I really think that everybody ', 'Shannon Heesacker McClain', `national coordinator for ${FBT}`, 'full', 14],
    ]);
  });
});
