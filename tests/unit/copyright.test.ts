import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractCopyright } from '../../src/core/copyright';
import { licenseFromText, licenseFromUrl } from '../../src/core/licenses';
import type { CopyrightNote } from '../../src/core/types';

function notesOf(html: string): CopyrightNote[] {
  const { document } = parseHTML(html.startsWith('<html') ? html : `<html><head></head><body>${html}</body></html>`);
  return extractCopyright(document as unknown as Document);
}

describe('extractCopyright on the seed page', () => {
  const html = readFileSync(new URL('../fixtures/pages/seed-cbs/source.html', import.meta.url), 'utf8');
  const { document } = parseHTML(html);
  const before = document.toString();
  const notes = extractCopyright(document as unknown as Document);

  it('reads the CNN footer line whole, with holder and year', () => {
    expect(notes).toContainEqual({
      text: '© Copyright 2018 CNN. All Rights Reserved. This material may not be published, broadcast, rewritten or redistributed.',
      origin: 'visible', holder: 'CNN', year: '2018', license: null,
    });
  });
  it('reads the page footer and the JSON-LD holder', () => {
    expect(notes.find((n) => n.text === '© 2018 CBS Interactive Inc. All Rights Reserved.')?.year).toBe('2018');
    expect(notes).toContainEqual({ text: 'CNN', origin: 'json-ld', holder: 'CNN', year: '2018', license: null });
  });
  it('does not change the document', () => {
    expect(document.toString()).toBe(before);
  });
});

interface Case {
  name: string;
  html: string;
  want: Array<Partial<CopyrightNote>>;
  none?: boolean;
}

const CASES: Case[] = [
  { name: '© with year and holder', html: '<footer><p>© 2019 NBC UNIVERSAL</p></footer>', want: [{ text: '© 2019 NBC UNIVERSAL', origin: 'visible', holder: 'NBC UNIVERSAL', year: '2019' }] },
  { name: 'Copyright word and (c)', html: '<footer><small>Copyright (c) 2005-2019 Example Media Ltd.</small></footer>', want: [{ holder: 'Example Media Ltd.', year: '2005-2019' }] },
  { name: 'Cyrillic с look-alike', html: '<footer><p>Copyright (\u0441) 2019 Hearst Shkulev Publishing</p></footer>', want: [{ origin: 'visible', holder: 'Hearst Shkulev Publishing', year: '2019' }] },
  { name: 'circled C look-alike', html: '<footer><p>\u24b8 2020 Daily Planet</p></footer>', want: [{ holder: 'Daily Planet', year: '2020' }] },
  { name: 'German', html: '<footer><p>© 2019 Spiegel Online. Alle Rechte vorbehalten.</p></footer>', want: [{ text: '© 2019 Spiegel Online. Alle Rechte vorbehalten.', holder: 'Spiegel Online' }] },
  { name: 'French', html: '<footer><p>Tous droits réservés Le Monde 2019</p></footer>', want: [{ origin: 'visible' }] },
  { name: 'Spanish', html: '<footer><li>Copyright 2017 SA LA NACION | Todos los derechos reservados</li></footer>', want: [{ holder: 'SA LA NACION', year: '2017' }] },
  { name: 'Chinese rights line', html: '<footer><p>光明网版权所有</p></footer>', want: [{ text: '光明网版权所有', origin: 'visible' }] },
  { name: 'Chinese no-reprint line', html: '<div><p>版权声明：转载须经版权人书面授权并注明来源</p></div>', want: [{ text: '版权声明：转载须经版权人书面授权并注明来源', origin: 'visible' }] },
  {
    name: 'no reproduction without written permission continues the notice',
    html: '<footer><p>Copyright (C) 2017 Asahi Interactive, Inc. All rights reserved. No reproduction or republication without written permission.</p></footer>',
    want: [{ text: 'Copyright (C) 2017 Asahi Interactive, Inc. All rights reserved. No reproduction or republication without written permission.', year: '2017' }],
  },
  { name: 'prose about permission is no notice', html: '<article><p>The mayor said she had asked for permission to build the road.</p></article>', want: [], none: true },
  { name: 'syndication credit', html: '<article><p>This article originally appeared on The Conversation.</p></article>', want: [{ text: 'This article originally appeared on The Conversation.', origin: 'visible' }] },
  { name: 'duplicate footer', html: '<footer><p>© 2018 CNN</p></footer><div><p>© 2018 CNN</p></div>', want: [{ text: '© 2018 CNN' }] },
  { name: 'prose mention is no notice', html: '<article><p>The copyright lawsuit was filed in 2019 by the authors, and the U.S. Copyright Office declined to comment.</p></article>', want: [], none: true },
  { name: 'section 501(c)(3) is no notice', html: '<article><p>The group is a 501(c)(3) charity based in Ohio.</p></article>', want: [], none: true },
  { name: 'nav link is no notice', html: '<nav><a href="/c">Copyright Policy</a></nav>', want: [], none: true },
  {
    name: 'meta, Dublin Core and PRISM',
    html: '<html><head><meta name="copyright" content="2015 LA NACION"><meta name="dcterms.rights" content="© Example Press"><meta name="prism.copyright" content="Copyright 2020 Foo Inc."></head><body></body></html>',
    want: [
      { text: '2015 LA NACION', origin: 'meta', holder: 'LA NACION', year: '2015' },
      { text: '© Example Press', origin: 'meta', holder: 'Example Press' },
      { origin: 'meta', holder: 'Foo Inc.', year: '2020' },
    ],
  },
  {
    name: 'JSON-LD in @graph with @id reference and license URL',
    html: `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"#org","name":"Example News"},{"@type":"NewsArticle","copyrightHolder":{"@id":"#org"},"copyrightYear":2021,"license":"https://creativecommons.org/licenses/by-sa/4.0/","image":{"@type":"ImageObject","creditText":"Jane Doe/Reuters"}}]}</script></head><body></body></html>`,
    want: [
      { text: 'Example News', origin: 'json-ld', holder: 'Example News', year: '2021', license: 'CC BY-SA 4.0' },
      { text: 'Jane Doe/Reuters', origin: 'json-ld' },
    ],
  },
  { name: 'malformed JSON-LD does not throw', html: '<html><head><script type="application/ld+json">{"copyrightHolder": "X",, </script></head><body></body></html>', want: [], none: true },
  {
    name: 'JSON-LD with trailing comma and array',
    html: '<html><head><script type="application/ld+json">[{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"P"},"copyrightNotice":"© 2022 P Media",}]</script></head><body></body></html>',
    want: [{ text: '© 2022 P Media', origin: 'json-ld' }],
  },
  {
    name: 'rel=license',
    html: '<footer><a rel="license" href="https://creativecommons.org/licenses/by/3.0/">Creative Commons License</a></footer>',
    want: [{ origin: 'license-link', license: 'CC BY 3.0', text: 'Creative Commons License' }],
  },
  {
    name: 'image credits in figcaption and credit element',
    html: '<figure><img src="a.jpg"><figcaption>Protesters march in Austin. (AP Photo/Eric Gay)</figcaption></figure><figure><img src="b.jpg"><span class="credit">Getty Images</span></figure><p class="photo-credit">© Reuters</p>',
    want: [
      { text: 'AP Photo/Eric Gay', origin: 'image-credit', holder: 'AP' },
      { text: 'Getty Images', origin: 'image-credit', holder: 'Getty Images' },
      { text: '© Reuters', origin: 'image-credit', holder: 'Reuters' },
    ],
  },
  { name: 'ad label with credit class is no image credit', html: '<div class="ad-credits"><a>inRead invented by Teads</a></div>', want: [], none: true },
];

describe('extractCopyright cases', () => {
  it.each(CASES)('$name', ({ html, want, none }) => {
    const notes = notesOf(html);
    if (none) expect(notes).toEqual([]);
    for (const w of want) expect(notes, JSON.stringify(notes)).toContainEqual(expect.objectContaining(w));
    if (!none) expect(notes.length).toBe(want.length);
  });
});

describe('licence names', () => {
  it.each([
    ['https://creativecommons.org/licenses/by-sa/4.0/', 'CC BY-SA 4.0'],
    ['http://creativecommons.org/licenses/by-nc-nd/3.0/de/', 'CC BY-NC-ND 3.0'],
    ['https://creativecommons.org/publicdomain/zero/1.0/', 'CC0 1.0'],
  ])('%s → %s', (url, name) => expect(licenseFromUrl(url)).toBe(name));
  it('names a licence from its title', () => {
    expect(licenseFromText('Licensed under Creative Commons Attribution-ShareAlike 4.0 International')).toBe('CC BY-SA 4.0');
    expect(licenseFromText('CC BY-NC 2.0')).toBe('CC BY-NC 2.0');
  });
});
