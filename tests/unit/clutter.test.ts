import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ALL_CLUTTER_CATEGORIES, DEFAULT_CLUTTER_CATEGORIES, detectClutter } from '../../src/core/clutter';
import { analyzeDocument } from '../../src/core/analyze';
import type { ClutterCategory } from '../../src/core/types';

const SEED = resolve(__dirname, '../fixtures/pages/seed-cbs/source.html');
const PROSE =
  'The council voted on Tuesday to extend the program for another year, after a long debate in which members ' +
  'weighed the cost against the benefits that residents described at three public hearings held this spring.';

function doc(body: string, head = ''): Document {
  return parseHTML(`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
}

function article(inner: string): string {
  return `<main><article><h1>Headline</h1><p>${PROSE}</p>${inner}<p>${PROSE}</p></article></main>`;
}

/** The seed page with its push prompt inserted the way the page's script does after 3 seconds. */
function seedDocument(): Document {
  const d = parseHTML(readFileSync(SEED, 'utf8')).document as unknown as Document;
  const tpl = d.getElementById('notify-dialog-template') as HTMLTemplateElement;
  const holder = d.createElement('div');
  holder.innerHTML = tpl.innerHTML;
  const dialog = holder.firstElementChild as Element;
  dialog.id = 'notify-dialog';
  d.body.appendChild(dialog);
  return d;
}

function summary(hits: ReturnType<typeof detectClutter>): Array<[ClutterCategory, string]> {
  return hits.map((h) => [h.category, h.text]);
}

describe('detectClutter on the seed page', () => {
  const d = seedDocument();
  const hits = detectClutter(d, ALL_CLUTTER_CATEGORIES);

  it('finds the app promo, the itunes meta, the open-in-app sheet and the late push prompt', () => {
    const byCategory = (c: ClutterCategory) => hits.filter((h) => h.category === c);
    expect(byCategory('app-banner').map((h) => h.element.tagName)).toEqual(['META', 'ASIDE']);
    expect(byCategory('app-banner')[1]?.text).toContain('Watch CBS News');
    expect(byCategory('open-in-app').map((h) => h.element.getAttribute('id'))).toEqual(['app-sheet']);
    expect(byCategory('push-prompt').map((h) => h.element.getAttribute('id'))).toEqual(['notify-dialog']);
    expect(hits).toHaveLength(4);
  });

  it('touches no article paragraph, header, footer copyright or related rail', () => {
    for (const h of hits) {
      expect(h.element.closest('article, header, footer, .related')).toBeNull();
      expect(h.element.querySelector('article, p.content__copyright')).toBeNull();
    }
  });

  it('keeps all 14 body paragraphs in analyzeDocument, with or without clutter removal', () => {
    const clean = analyzeDocument(seedDocument(), { clutterCategories: ALL_CLUTTER_CATEGORIES });
    const raw = analyzeDocument(seedDocument(), { clutterCategories: [] });
    expect(clean.analysis.text).toBe(raw.analysis.text);
    expect(clean.paragraphs.filter((p) => !p.heading)).toHaveLength(14);
    expect(clean.analysis.clutter.map((c) => c.category).sort()).toEqual(['app-banner', 'app-banner', 'open-in-app', 'push-prompt']);
  });

  it('returns only the categories asked for', () => {
    expect(summary(detectClutter(seedDocument(), ['push-prompt'])).map(([c]) => c)).toEqual(['push-prompt']);
    expect(detectClutter(seedDocument(), [])).toEqual([]);
    expect(DEFAULT_CLUTTER_CATEGORIES).not.toContain('newsletter');
  });
});

/** [name, body html, category expected for the element with id="hit"]. */
const LIBRARY_CASES: Array<[string, string, ClutterCategory]> = [
  ['smartbanner.js', '<div id="hit" class="smartbanner smartbanner--ios smartbanner--top js_smartbanner"><div class="smartbanner__exit"></div><div class="smartbanner__info"><div class="smartbanner__info__title">The Daily</div><div>FREE - On the App Store</div></div><a class="smartbanner__button">View</a></div>', 'app-banner'],
  ['Branch iframe', '<iframe id="hit" class="branch-banner-iframe"></iframe>', 'app-banner'],
  ['Branch journeys', '<div id="hit" class="branch-journeys-top"><div>Read more in the app</div></div>', 'open-in-app'],
  ['amp-app-banner', '<amp-app-banner id="hit" layout="nodisplay"><div>Get the Example app</div><button open-button>View</button></amp-app-banner>', 'app-banner'],
  ['OneSignal slidedown', '<div id="onesignal-slidedown-container" class="onesignal-slidedown-container onesignal-reset slide-down"><div id="onesignal-slidedown-dialog"><div class="slidedown-body-message">We\'d like to show you notifications for the latest news and updates.</div><button>No thanks</button><button>Allow</button></div></div>', 'push-prompt'],
  ['OneSignal bell', '<div id="onesignal-bell-container" class="onesignal-bell-container onesignal-reset"><div class="onesignal-bell-launcher"></div></div>', 'push-prompt'],
  ['PushEngage', '<div id="pushengage-optin" class="pushengage-optin-box"><p>Subscribe to get updates</p><button>Allow</button></div>', 'push-prompt'],
  ['iZooto', '<div id="iz-optin-main-container"><div class="iz-optin-text">Get the latest news</div></div>', 'push-prompt'],
  ['CleverPush', '<div class="cleverpush-confirm cleverpush-confirm-default"><div class="cleverpush-confirm-text">Jetzt Eilmeldungen erhalten</div><button class="cleverpush-confirm-btn-deny">Später</button></div>', 'push-prompt'],
  ['Airship', '<div class="ua-web-notify-prompt"><span>Get notified</span></div>', 'push-prompt'],
  ['site class app-banner', '<div class="app-banner-container"><span>Our app</span></div>', 'app-banner'],
  ['site class open-in-app', '<div class="open-in-app-bar"><a>Open</a></div>', 'open-in-app'],
];

describe('known libraries and class names', () => {
  it.each(LIBRARY_CASES)('%s', (_name, html, category) => {
    const d = doc(`<header><a href="/">Home</a></header>${html}${article('')}`);
    const hits = detectClutter(d, ALL_CLUTTER_CATEGORIES);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.category).toBe(category);
    expect(hits[0]?.element.closest('article')).toBeNull();
  });

  it('returns app meta tags and only the outermost element', () => {
    const d = doc('<div class="smartbanner"><div class="smartbanner__button smart-banner-cta">Install</div></div>', '<meta name="apple-itunes-app" content="app-id=1"><meta name="google-play-app" content="app-id=x">');
    expect(detectClutter(d, ['app-banner']).map((h) => h.element.tagName)).toEqual(['META', 'META', 'DIV']);
  });

  it('never returns html, body, main, article, or an element wrapping the article', () => {
    const d = doc(`<div id="page" class="has-smartbanner app-banner-offset">${article('')}</div>`);
    (d.body as Element).setAttribute('class', 'smartbanner-visible app-banner');
    d.querySelector('article')?.setAttribute('class', 'app-banner');
    expect(detectClutter(d, ALL_CLUTTER_CATEGORIES)).toEqual([]);
  });
});

/** Site-built prompts by wording: [name, html]; each must yield exactly one hit of the category. */
const TEXT_CASES: Array<[string, string, ClutterCategory]> = [
  ['en push dialog', '<div role="dialog"><h2>Be the first to know</h2><p>Get browser notifications for breaking news, live events, and exclusive reporting.</p><button>Not now</button><button>Allow</button></div>', 'push-prompt'],
  ['de push', '<div style="position: fixed; top: 0"><p>Verpassen Sie keine Eilmeldung: Benachrichtigungen aktivieren?</p><button>Nein danke</button><button>Erlauben</button></div>', 'push-prompt'],
  ['de Mitteilungen', '<div role="dialog"><p>Mitteilungen aktivieren</p><button>Später</button><button>Ja</button></div>', 'push-prompt'],
  ['fr push', '<div aria-modal="true" role="dialog"><p>Recevoir les alertes de la rédaction</p><button>Plus tard</button><button>Autoriser</button></div>', 'push-prompt'],
  ['fr notifications', '<div class="modal-wrap"><p>Voulez-vous activer les notifications ?</p><button>Non merci</button><button>Oui</button></div>', 'push-prompt'],
  ['es push', '<div role="dialog"><p>¿Quieres recibir notificaciones de las últimas noticias?</p><button>Ahora no</button><button>Permitir</button></div>', 'push-prompt'],
  ['en open-in-app sheet', '<div role="dialog"><div>View The Globe In</div><div>The Globe App <a>Open</a></div><div>Chrome <button>Continue</button></div></div>', 'open-in-app'],
  ['continue in browser', '<div style="position:fixed;bottom:0">Open in the Times app <a>Open</a> <a>Continue in browser</a></div>', 'open-in-app'],
  ['de open in app', '<div class="sheet">In der App öffnen <a>Öffnen</a> Weiter im Browser</div>', 'open-in-app'],
  ['es open in app', '<div role="dialog">Abrir en la app <a>Abrir</a> Continuar en el navegador</div>', 'open-in-app'],
  ['static get-the-app promo', '<aside class="promo"><div>Watch Metro News</div><div>Get the app</div><a href="https://apps.apple.com/app/id1">App Store</a> <a href="https://play.google.com/store/apps/details?id=x">Google Play</a></aside>', 'app-banner'],
  ['download our app', '<div class="cta"><strong>Download our app</strong> for the latest news</div>', 'app-banner'],
  ['fr app', '<div class="encart">Téléchargez notre application</div>', 'app-banner'],
  ['es app', '<div class="bloque">Descarga nuestra app</div>', 'app-banner'],
  ['newsletter overlay', '<div class="overlay"><h3>Sign up for our Morning newsletter</h3><input type="email"><button>Subscribe</button></div>', 'newsletter'],
];

describe('text heuristics', () => {
  it.each(TEXT_CASES)('%s', (_name, html, category) => {
    const d = doc(`<nav><a href="/">Home</a></nav>${article('')}${html}`);
    const hits = detectClutter(d, ALL_CLUTTER_CATEGORIES);
    expect(summary(hits).map(([c]) => c)).toEqual([category]);
    expect(hits[0]?.element.closest('article')).toBeNull();
  });

  it('uses the isFloating callback when styles are only computed', () => {
    const d = doc(`${article('')}<div class="x-9f">Turn on notifications <span>Allow</span></div><div class="y-2">We use notifications for alerts. <span>Allow</span></div>`);
    const floating = (el: Element) => el.getAttribute('class') === 'y-2';
    expect(summary(detectClutter(d, ['push-prompt'], { isFloating: floating })).map(([, t]) => t)).toEqual([
      'Turn on notifications Allow',
      'We use notifications for alerts. Allow',
    ]);
    expect(detectClutter(d, ['push-prompt']).map((h) => h.text)).toEqual(['Turn on notifications Allow']);
  });

  it('leaves newsletter overlays alone unless asked', () => {
    const d = doc(`${article('')}<div class="overlay">Sign up for our daily newsletter <button>Subscribe</button></div>`);
    expect(detectClutter(d, DEFAULT_CLUTTER_CATEGORIES)).toEqual([]);
  });
});

/** Blocks that must never be found: [name, html]. */
const NEVER_CASES: Array<[string, string]> = [
  ['article paragraph about an app', article('<p>Download the app from the App Store, the company said.</p><p>"Get the app," she told users.</p>')],
  ['article list about apps', article('<ul><li>Get the app</li><li>Open in the app</li></ul>')],
  ['article paragraph about notifications', article('<p>Users can now turn on notifications for breaking news, Apple said.</p>')],
  ['heading inside the article', article('<h2>Download our app? Not yet</h2>')],
  ['breaking-news bar', `<figure class="breaking-news" data-component='["live-headline","smart-banner"]'><p>Watch CBSN Live</p><button>Close</button></figure>${article('')}`],
  ['site inbox', `<div class="notifications-panel" role="dialog"><h3>Notifications</h3><p>You have no new notifications.</p></div>${article('')}`],
  ['long prose in a dialog', `<div role="dialog"><p>${PROSE} ${PROSE} Get the app.</p></div>${article('')}`],
  ['nav menu with an app link', `<nav><ul><li><a href="/us">U.S.</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/apps">Apps</a></li></ul></nav>${article('')}`],
  ['figure caption naming an app', article('<figure><img alt=""><figcaption>The Uber app on a phone. (Photo: AP)</figcaption></figure>')],
  ['store name inside a sentence', `<div class="entry"><p>Dunkirk is available to rent on <a href="https://play.google.com/store/movies/details?id=1">Google Play</a> and YouTube. ${PROSE}</p></div>`],
  ['store name in a short page paragraph', '<div><p>Some Apple products, like <a href="/gifts">App Store gift cards</a>, make good presents.</p></div>'],
  ['static notification sentence', `<div class="note">Get browser notifications for breaking news.</div>${article('')}`],
];

describe('never-match guards', () => {
  it.each(NEVER_CASES)('%s', (_name, body) => {
    expect(summary(detectClutter(doc(body), ALL_CLUTTER_CATEGORIES))).toEqual([]);
  });
});

describe('categories switched off, navigation, BEM names and link-only promos', () => {
  const SHEET = '<div class="smart-banner" style="position:fixed"><span>View Daily News in</span> <span>Daily News App</span> <a href="#">Open</a> <span>Chrome</span> <a href="#">Continue</a></div>';

  it('leaves an open-in-app sheet with a banner class alone when only open-in-app is off', () => {
    const d = doc(article('') + SHEET);
    expect(summary(detectClutter(d, ALL_CLUTTER_CATEGORIES)).map(([c]) => c)).toEqual(['open-in-app']);
    expect(detectClutter(d, ['app-banner', 'push-prompt', 'newsletter'])).toEqual([]);
  });

  it('does not take a short menu entry about the app for a promo', () => {
    const menu = '<nav><ul><li><a href="/news">News</a></li><li><a href="https://m.onelink.me/1">Free Mobile App</a></li></ul></nav>';
    expect(detectClutter(doc(menu + article('')), ALL_CLUTTER_CATEGORIES)).toEqual([]);
    const dropDown = '<nav class="overlay-menu"><ul><li class="overlay-nav__item"><a href="https://m.onelink.me/1">Free Mobile App</a></li></ul></nav>';
    expect(detectClutter(doc(dropDown + article('')), ALL_CLUTTER_CATEGORIES)).toEqual([]);
  });

  it('reads BEM class names and a qualifier between newsletter and modal', () => {
    const bem = '<div class="c-newsletter__modal"><p>Choose your newsletters</p><button>×</button></div>';
    const qualified = '<section class="site-modal newsletter_2014_modal"><button>×</button></section>';
    expect(summary(detectClutter(doc(article('') + bem + qualified), ALL_CLUTTER_CATEGORIES)).map(([c]) => c)).toEqual(['newsletter', 'newsletter']);
  });

  it('ignores an empty site-made container but hides an empty SDK container', () => {
    const empty = '<div id="notification-modals" class="notification-modals"></div>';
    const sdk = '<div id="onesignal-slidedown-container"></div>';
    expect(detectClutter(doc(article('') + empty), ALL_CLUTTER_CATEGORIES)).toEqual([]);
    expect(summary(detectClutter(doc(article('') + sdk), ALL_CLUTTER_CATEGORIES))).toEqual([['push-prompt', '']]);
  });

  it('hides a body paragraph that is only an app link, never a sentence that links to the app', () => {
    const promo = '<p><strong><a href="/apps">CLICK HERE TO GET THE DAILY NEWS APP</a></strong></p>';
    const sentence = '<p>Readers can <a href="/apps">get the Daily News app</a> for free.</p>';
    expect(summary(detectClutter(doc(article(promo)), ALL_CLUTTER_CATEGORIES))).toEqual([['app-banner', 'CLICK HERE TO GET THE DAILY NEWS APP']]);
    expect(detectClutter(doc(article(sentence)), ALL_CLUTTER_CATEGORIES)).toEqual([]);
  });
});
