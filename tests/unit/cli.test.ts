import { afterEach, describe, expect, test, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

function capture(): { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  return { out: () => out, err: () => err };
}
afterEach(() => vi.restoreAllMocks());

const dir = mkdtempSync(join(tmpdir(), 'sidenote-cli-'));
const article = join(dir, 'article.html');
writeFileSync(article, `<!doctype html><html lang="en"><head><title>Council votes</title></head><body><article><h1>Council votes</h1>
${'<p>The city council voted on Tuesday to expand the bus network across the northern districts, a plan debated for years.</p>'.repeat(3)}
<p>“This is a good day for riders,” said Maria Lopez, the council president.</p></article>
<footer>© 2024 Example News. All rights reserved.</footer></body></html>`);
const notArticle = join(dir, 'login.html');
writeFileSync(notArticle, '<!doctype html><html><head><title>Log in</title></head><body><form><input><button>Go</button></form></body></html>');

describe('sidenote analyze', () => {
  test('one file prints one JSON object with the promised fields', () => {
    const io = capture();
    expect(main(['analyze', article, '--url', 'https://example.com/a'])).toBe(0);
    const r = JSON.parse(io.out());
    expect(Object.keys(r)).toEqual(['file', 'url', 'title', 'byline', 'siteName', 'published', 'lang', 'text', 'quotes', 'sources', 'copyright', 'clutter', 'warnings']);
    expect(r.url).toBe('https://example.com/a');
    expect(r.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
    expect(r.quotes[0]).toMatchObject({ speaker: 'Maria Lopez', kind: 'full' });
    expect(r.copyright.some((c: { text: string }) => c.text.includes('Example News'))).toBe(true);
  });
  test('several files print one object per line', () => {
    const io = capture();
    expect(main(['analyze', article, notArticle])).toBe(0);
    const lines = io.out().trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]!).warnings[0]).toMatch(/^not-article:/);
    expect(JSON.parse(lines[1]!).text).toBe('');
  });
  test('a missing file exits non-zero with a one-line message', () => {
    const io = capture();
    expect(main(['analyze', join(dir, 'nope.html')])).not.toBe(0);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(io.err()).toMatch(/no such file/);
  });
  test('usage errors exit 2', () => {
    const io = capture();
    expect(main(['frobnicate'])).toBe(2);
    expect(main(['analyze'])).toBe(2);
    expect(io.err()).toMatch(/usage/);
  });
});
