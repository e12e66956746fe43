/**
 * Copyright forms beyond the basics (copyright.test.ts): Cyrillic notices, rel=copyright links and rights
 * addresses in <meta>, image credits in captions and photo descriptions, and look-alikes that are none.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractCopyright } from '../../src/core/copyright';
import type { CopyrightNote } from '../../src/core/types';

/** Notices found in a snippet (wrapped in a page unless it is one). */
function notesOf(html: string): CopyrightNote[] {
  const { document } = parseHTML(html.startsWith('<html') ? html : `<html><head></head><body>${html}</body></html>`);
  return extractCopyright(document as unknown as Document);
}

interface Case {
  name: string;
  html: string;
  /** Each wanted note must be found (a partial match on its fields). */
  want: Array<Partial<CopyrightNote>>;
  /** Texts that must not be reported. */
  not?: string[];
}

const CYRILLIC: Case[] = [
  {
    name: 'ru: no reproduction without the editors’ permission',
    html: '<footer><p>Любое воспроизведение материалов сайта без разрешения редакции воспрещается.</p></footer>',
    want: [{ text: 'Любое воспроизведение материалов сайта без разрешения редакции воспрещается.', origin: 'visible' }],
  },
  {
    name: 'ru: all rights reserved after the notice',
    html: '<footer><p>© 2019 Газета.Ru. Все права защищены.</p></footer>',
    want: [{ text: '© 2019 Газета.Ru. Все права защищены.', origin: 'visible', year: '2019' }],
  },
  {
    name: 'ru: reprint forbidden',
    html: '<div><p>Перепечатка материалов запрещена.</p></div>',
    want: [{ text: 'Перепечатка материалов запрещена.', origin: 'visible' }],
  },
  {
    name: 'ru: prose about copying is no notice',
    html: '<article><p>Учёные изучали копирование ДНК в клетках.</p></article>',
    want: [],
    not: ['Учёные изучали копирование ДНК в клетках.'],
  },
  {
    name: 'look-alike с in "Copyright (с)" still reads the holder',
    html: '<footer><p>Copyright (\u0441) ООО «Пример», 2019.</p></footer>',
    want: [{ origin: 'visible', year: '2019' }],
  },
];

const LINKS_AND_META: Case[] = [
  {
    name: '<link rel=copyright> in the head',
    html: '<html><head><link rel="copyright" title="Copyright" href="/impressum.html"></head><body></body></html>',
    want: [{ text: '/impressum.html', origin: 'license-link', license: null }],
  },
  {
    name: '<a rel=copyright> keeps its label',
    html: '<footer><a rel="copyright" href="/legal">© 2020 Example Verlag</a></footer>',
    want: [{ text: '© 2020 Example Verlag', origin: 'license-link' }],
  },
  {
    name: 'meta usageTerms: the rights page address',
    html: '<html><head><meta itemprop="usageTerms" name="usageTerms" content="https://example.com/help/rights/terms.html"></head><body></body></html>',
    want: [{ text: 'https://example.com/help/rights/terms.html', origin: 'meta', holder: null }],
  },
  {
    name: 'an ordinary link is no notice',
    html: '<html><head><link rel="canonical" href="/a"></head><body><a rel="nofollow" href="/b">Copyright policy</a></body></html>',
    want: [],
    not: ['/a', '/b'],
  },
];

const CAPTIONS: Case[] = [
  {
    name: 'en: "(Photo Name. Agency)" at the end of a caption',
    html: '<figure><img src="a.jpg"><figcaption>People pray in Kathmandu. (Photo Jane Roe. AFP)</figcaption></figure>',
    want: [{ text: 'Photo Jane Roe. AFP', origin: 'image-credit', holder: 'AFP' }],
  },
  {
    name: 'fr: "DR" in a copy element of the caption',
    html: '<figure><img src="a.jpg"><figcaption><span class="desc">Quatre films</span> <span class="copy">DR</span></figcaption></figure>',
    want: [{ text: 'DR', origin: 'image-credit' }],
  },
  {
    name: 'de: "Foto: dpa" in a photo description element',
    html: '<div><img src="a.jpg"><div class="article__photo__desc">Der Kanzler in Berlin. | Foto: dpa</div></div>',
    want: [{ text: 'Foto: dpa', origin: 'image-credit', holder: 'dpa' }],
  },
  {
    name: 'es: "Foto: EFE" in an image-description element',
    html: '<div><img src="a.jpg"><p class="image-description">El presidente en Madrid. Foto: EFE</p></div>',
    want: [{ text: 'Foto: EFE', origin: 'image-credit', holder: 'EFE' }],
  },
  {
    name: 'en: attribution and source-via elements inside captions',
    html: '<div><img src="a.jpg"><p class="article_caption"><span class="buzz_attribution">West Midlands Police</span></p></div><div><img src="b.jpg"><div class="grid_cell_caption"><p class="grid_source_via">Facebook</p></div></div>',
    want: [
      { text: 'West Midlands Police', origin: 'image-credit' },
      { text: 'Facebook', origin: 'image-credit' },
    ],
  },
  {
    name: 'a "copy" element outside captions is body copy, not a credit',
    html: '<div><img src="a.jpg"><div class="copy">Sign up for our newsletter</div></div>',
    want: [],
    not: ['Sign up for our newsletter'],
  },
];

describe.each([
  ['Cyrillic rights lines', CYRILLIC],
  ['rights links and meta addresses', LINKS_AND_META],
  ['image credits outside figcaption', CAPTIONS],
])('%s', (_title, cases) => {
  it.each(cases)('$name', ({ html, want, not }) => {
    const notes = notesOf(html);
    for (const w of want) expect(notes).toContainEqual(expect.objectContaining(w));
    if (want.length === 0 && !not) expect(notes).toEqual([]);
    for (const text of not ?? []) expect(notes.map((n) => n.text)).not.toContain(text);
  });
});

describe('credit marks that are no image credit', () => {
  it.each([
    ['a layout utility "lh-copy" on the caption itself', '<figure><img src="a.jpg"><figcaption class="caption lh-copy"><span>The mayor speaks.</span><span>Jane Roe / AP file</span></figcaption></figure>', 'The mayor speaks.Jane Roe / AP file'],
    ['an author attribution beside an avatar', '<figure><div class="author-attribution"><img src="a.jpg"><span>Henry Gilbert</span></div></figure>', 'Henry Gilbert'],
    ['a link to the page’s own copyright anchor', '<html><head><link rel="copyright" href="#copyright"></head><body></body></html>', '#copyright'],
  ])('%s', (_name, html, text) => {
    expect(notesOf(html).map((n) => n.text)).not.toContain(text);
  });
});

describe('a caption that opens with a label is no credit when it is a sentence', () => {
  it.each([
    ['en', 'Image: Jose Mourinho has agreed a deal to become manager of Tottenham', null],
    ['de', 'Bild: Der Kanzler hat am Montag in Berlin gesprochen', null],
    ['fr', 'Photo : le président a été reçu à Paris', null],
    ['es', 'Foto: el presidente habló ayer en Madrid', null],
    ['en credit with small words', 'Photo: courtesy of the Smith family', 'Photo: courtesy of the Smith family'],
    ['de credit', 'Foto: Jan Woitas/dpa', 'Foto: Jan Woitas/dpa'],
  ])('%s: %s', (_lang, caption, want) => {
    const credits = notesOf(`<figure><img src="a.jpg"><figcaption>${caption}</figcaption></figure>`).filter((n) => n.origin === 'image-credit');
    expect(credits.map((n) => n.text)).toEqual(want ? [want] : []);
  });
});
