import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { linksOf, normalizeSpace, paragraphsOf } from '../../src/core/paragraphs';

function root(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body><div id="r">${html}</div></body></html>`);
  return document.getElementById('r') as unknown as Element;
}

describe('paragraphsOf', () => {
  test('numbers block paragraphs from 1 in document order', () => {
    const ps = paragraphsOf(root('<p>One.</p><h2>Head</h2><p>Two <b>bold</b>.</p><ul><li>Item</li></ul>'));
    expect(ps.map((p) => [p.index, p.text, p.heading])).toEqual([
      [1, 'One.', false],
      [2, 'Head', true],
      [3, 'Two bold.', false],
      [4, 'Item', false],
    ]);
  });
  test('blockquote paragraphs are marked and not double counted', () => {
    const ps = paragraphsOf(root('<blockquote><p>A.</p><p>B.</p></blockquote><p>C.</p>'));
    expect(ps.map((p) => [p.text, p.inBlockquote])).toEqual([['A.', true], ['B.', true], ['C.', false]]);
  });
  test('skips scripts, styles and captions; keeps text in mixed containers', () => {
    const ps = paragraphsOf(root('<div>Loose text<p>Para</p>tail</div><script>x()</script><figure><figcaption>Cap</figcaption></figure>'));
    expect(ps.map((p) => p.text)).toEqual(['Loose text', 'Para', 'tail']);
  });
  test('links carry their paragraph and skip javascript: and anchors', () => {
    const ps = paragraphsOf(root('<p>See <a href="https://x.org/report.pdf">the report</a>.</p><p><a href="javascript:alert(1)">bad</a> <a href="#top">top</a></p>'));
    expect(linksOf(ps)).toEqual([{ text: 'the report', href: 'https://x.org/report.pdf', paragraph: 1 }]);
  });
});

test('normalizeSpace folds no-break and thin spaces', () => {
  expect(normalizeSpace('  a\u00a0\u00a0b\u202fc\n d ')).toBe('a b c d');
});
