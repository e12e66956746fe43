import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanCopyright } from '../../src/core/copyright';
import { missingQuoteWarnings } from '../../src/core/quote-coverage';

function docOf(bodyHtml: string): Document {
  return parseHTML(`<html><head><title>t</title></head><body>${bodyHtml}</body></html>`).document as unknown as Document;
}

/** The ids of the blocks the copyright scan collected for the coverage check, in order. */
function blockIds(bodyHtml: string): string[] {
  const doc = docOf(bodyHtml);
  const blocks = scanCopyright(doc).quoteBlocks;
  expect(blocks?.body).toBe(doc.body);
  return (blocks?.blocks ?? []).map((el) => el.id);
}

describe('quote blocks collected by the copyright scan', () => {
  // Every text node under body counts, including those the copyright reader skips as invisible or reads
  // as something else (scripts, hidden elements, licence links, credit lines).
  const cases: [string, string, string[]][] = [
    ['plain paragraphs, marks only', '<p id="a">“Quoted,” she said.</p><p id="b">No marks here.</p><p id="c">«Oui», dit-il.</p>', ['a', 'c']],
    ['blockquote before its paragraph', '<blockquote id="q"><p id="p">„Ja“, sagte er.</p></blockquote>', ['q', 'p']],
    ['mark in a nested inline element', '<p id="a">He said <em>"never"</em> twice.</p>', ['a']],
    ['mark inside a hidden element', '<p id="a"><span hidden>"hidden quote"</span> visible</p>', ['a']],
    ['mark inside a script in a paragraph', '<p id="a"><script>var s = "x";</script>text</p>', ['a']],
    ['mark inside a licence link', '<p id="a">Text under <a rel="license" href="/l">"CC BY"</a></p>', ['a']],
    ['mark inside an image credit', '<figure><img src="x.jpg"><p id="a" class="credit">Photo: "Jane" Doe</p></figure>', ['a']],
    ['mark outside any block', '<div>“Loose quote,” he said.</div><span>"x"</span>', []],
    ['single quotes are not marks', "<p id=\"a\">It's 'fine'.</p>", []],
  ];
  it.each(cases)('%s', (_name, html, expected) => {
    expect(blockIds(html)).toEqual(expected);
  });

  it('gives the coverage check the same warnings as its own search', () => {
    const html = readFileSync(new URL('../fixtures/pages/seed-cbs/source.html', import.meta.url), 'utf8');
    let found = 0;
    for (const doc of [parseHTML(html).document as unknown as Document, docOf('<article><p>“A dropped quote that the reader view never showed anyone at all.”</p><p>' + 'Kept paragraph text. '.repeat(5) + '</p></article>')]) {
      const scan = scanCopyright(doc);
      expect(scan.quoteBlocks?.body).toBe(doc.body);
      const reader = 'Kept paragraph text. '.repeat(5).trim();
      const warnings = missingQuoteWarnings(doc.body, reader, [], scan.quoteBlocks?.blocks);
      expect(warnings).toEqual(missingQuoteWarnings(doc.body, reader, []));
      found += warnings.length;
    }
    // The synthetic page loses its quote: the comparison above is not between two empty lists.
    expect(found).toBeGreaterThan(0);
  });
});
