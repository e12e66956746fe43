/**
 * Patterns the clutter detector matches: known SDK containers, class/id tokens and the wording of
 * app-install and notification prompts in English, German, French and Spanish.
 * Kept apart from the detector so the vocabulary can grow without touching the walk.
 */
import type { ClutterCategory } from './types';

/** Ids set by third-party banner and push SDKs; their containers are clutter whatever they say. */
export const LIBRARY_IDS: ReadonlyMap<string, ClutterCategory> = new Map([
  ['branch-banner-iframe', 'app-banner'],
  ['branch-banner', 'app-banner'],
  ['branch-journeys-top', 'app-banner'],
  ['smartbanner', 'app-banner'],
  ['onesignal-slidedown-container', 'push-prompt'],
  ['onesignal-popover-container', 'push-prompt'],
  ['onesignal-bell-container', 'push-prompt'],
  ['pushengage-optin', 'push-prompt'],
  ['iz-optin-main-container', 'push-prompt'],
]);

/** Class tokens (or id/class prefixes) set by the same SDKs. */
export const LIBRARY_CLASS_PREFIXES: ReadonlyArray<readonly [string, ClutterCategory]> = [
  ['smartbanner', 'app-banner'],
  ['branch-journeys', 'app-banner'],
  ['branch-banner', 'app-banner'],
  ['onesignal-slidedown', 'push-prompt'],
  ['onesignal-popover', 'push-prompt'],
  ['onesignal-bell', 'push-prompt'],
  ['onesignal-customlink', 'push-prompt'],
  ['pushengage', 'push-prompt'],
  ['izooto', 'push-prompt'],
  ['iz-optin', 'push-prompt'],
  ['cleverpush-confirm', 'push-prompt'],
  ['cleverpush-bell', 'push-prompt'],
  ['cleverpush-backdrop', 'push-prompt'],
  ['ua-web-notify', 'push-prompt'],
  ['airship-', 'push-prompt'],
  ['urbanairship', 'push-prompt'],
];

/** Custom elements that are always app banners. */
export const LIBRARY_TAGS: ReadonlyMap<string, ClutterCategory> = new Map([['AMP-APP-BANNER', 'app-banner']]);

/** <meta name=…> that ask the browser to show its own app banner. */
export const APP_META_NAMES = new Set(['apple-itunes-app', 'google-play-app']);

/**
 * Site-made class/id tokens (lower-cased, '_' read as '-'). Matched per token so "has-app-banner" on a
 * wrapper is skipped by STATE_TOKEN, and only on elements that pass the size guards.
 */
export const ATTRIBUTE_PATTERNS: ReadonlyArray<readonly [RegExp, ClutterCategory]> = [
  [/(^|-)(open-?in-?app|app-?interstitial|continue-?in-?(app|browser)|deep-?link-?banner|app-?open-?(banner|sheet|prompt))($|-)/, 'open-in-app'],
  [/(^|-)(smart-?banner|app-?banner|app-?promo|app-?download-?(banner|promo|bar|cta)|download-?(the-?)?app|get-?the-?app|install-?app|app-?install-?(banner|promo)|mobile-?app-?(banner|promo|cta))($|-)/, 'app-banner'],
  [/(^|-)(push-?(prompt|notification|notif|optin|opt-?in|subscribe|popup|modal|bell|ask)s?|web-?push|notification-?(prompt|optin|popup|modal|permission|subscribe)s?)($|-)/, 'push-prompt'],
  // One qualifier may sit between the two words ("newsletter-2014-modal", "newsletter-signup-popup").
  [/(^|-)(newsletter-?([a-z0-9]+-)?(modal|popup|overlay|interstitial|lightbox)|(modal|popup|overlay)-?newsletter)($|-)/, 'newsletter'],
];

/**
 * A word every id/class matched above contains, whatever its separators ("branch_banner", "iz-optin"):
 * elements whose id and class hold none of them are skipped without being tokenised. Keep it a
 * superset when adding a pattern (tests/unit/clutter.test.ts checks every table entry against it).
 */
export const ATTRIBUTE_HINT = /app|browser|banner|push|notif|newsletter|branch|onesignal|izooto|optin|airship/i;

/** Tokens that describe a page state rather than the element itself ("has-smartbanner" on <body>). */
export const STATE_TOKEN = /^(has|no|is|with|without|show|hide|hidden)-/;

/** Class/id words of blocks that must never be hidden by the text heuristics (live bars, tickers). */
export const NEVER_TOKENS = /breaking|ticker|live-?blog|liveblog/;

/** Class/id tokens of overlays, used when no computed style is available. */
export const FLOATING_TOKENS = /(^|[-_])(modal|overlay|popup|popover|lightbox|interstitial|toast|slidedown|slide-?in|sheet|drawer|sticky|fixed)($|[-_])/;

/** Quick test on a text node before any climbing: only these words can start a text-based match. */
export const TRIGGER = /\b(apps?\b|app-?store|application|aplicaci|notif|benachrichtig|mitteilung|push|alertes|newsletter|bolet|continu|weiter|fortfahren|ouvrir|abrir|google play|be the first)|öffnen/i;

const NAME = "[\\p{L}\\d&.'’ -]{1,30}?";

/** Wording of "open this in our app / continue in the browser" sheets. */
export const OPEN_IN_APP = [
  new RegExp(`\\bopen (it |this )?in (the |our )?(${NAME} )?app\\b`, 'iu'),
  new RegExp(`\\b(read|view|see|continue|watch) (more |it |this (story|article|video) )?in (the |our )?(${NAME} )?app\\b`, 'iu'),
  new RegExp(`\\bview ${NAME} in\\b[^]{0,60}?\\bapp\\b[^]{0,30}?\\bopen\\b`, 'iu'),
  /\bcontinue (in|to|with|on|using) (the )?(browser|chrome|safari|firefox|mobile (web|site)|web ?site|web)\b/i,
  /\b(in|mit) der [\p{L}\d ]{0,25}?app (öffnen|lesen|ansehen|weiterlesen)/iu,
  /\b(weiter|fortfahren|bleiben) (im|in) (browser|chrome|safari)\b|\b(im|in) (browser|chrome|safari) (fortfahren|weiterlesen|bleiben)\b/iu,
  /\bouvrir (dans|avec) l['’]app(li(cation)?)?\b|\blire dans l['’]app(li(cation)?)?\b/iu,
  /\bcontinuer (dans|sur|avec) (le navigateur|chrome|safari|le site)\b/iu,
  /\b(abrir|leer|ver) en (la )?(app|aplicaci[oó]n)\b/iu,
  /\bcontinuar en (el )?(navegador|chrome|safari|la web)\b/iu,
];

/** Wording of app-install promos. */
export const APP_BANNER = [
  new RegExp(`\\b(get|download|install|try) (the|our) (${NAME} )?(free )?app\\b`, 'iu'),
  /\b(download|available) (it )?(on|from) the (apple )?app store\b|\bget it (free )?on google play\b/i,
  /\b(hol dir|holen sie sich|lade dir|laden sie( sich)?|installieren sie) (die|unsere) [\p{L}\d ]{0,25}?app\b/iu,
  /\b(die|unsere) [\p{L}\d ]{0,25}?app (herunterladen|laden|installieren)\b|\bjetzt (die|unsere) [\p{L}\d ]{0,20}?app\b/iu,
  /\bt[ée]l[ée]charge(z|r) (notre |l['’] ?)(app|appli|application)\b|\binstalle(z|r) (notre |l['’] ?)(app|appli|application)\b/iu,
  /\b(descarga|descargar|baja|instala|instalar) (nuestra|la) (app|aplicaci[oó]n)\b/iu,
];

/** Words that only count as app promo next to a stronger cue ("Watch CBS News" beside "Get the app"). */
export const APP_BANNER_WEAK = [/\bwatch [\p{Lu}\d][\p{L}\d&.'’-]*( [\p{Lu}\d][\p{L}\d&.'’-]*){0,3}/u, /\bapp\b/i];

/** Wording that on its own asks for push-notification permission. */
export const PUSH_STRONG = [
  /\b(get|receive|turn on|enable|allow|activate|subscribe to|sign up for) (our |browser |push |desktop |web |instant |breaking[- ]news |news )*(notifications|push alerts)\b/i,
  /\b(would like|wants) to (send you|show) (push )?notifications\b/i,
  /\b(Benachrichtigungen|Mitteilungen|Push-Nachrichten|Push-Mitteilungen)\b[^]{0,30}?\b(aktivieren|erhalten|zulassen|erlauben|abonnieren)\b/iu,
  /\b(aktivieren|erhalten|erlauben|abonnieren) Sie[^]{0,30}?\b(Benachrichtigungen|Mitteilungen|Push-Nachrichten)\b/iu,
  /\brecevoir (les |nos )?(alertes|notifications)\b|\bactive[rz] (les )?notifications\b/iu,
  /\b(recibir|activar|activa|permitir|permite|aceptar) (las |nuestras )?notificaciones\b/iu,
];

/** Words naming notifications, enough inside an overlay that also offers allow/deny buttons. */
export const PUSH_KEYWORD = /\b(notifications?|push|benachrichtigungen|mitteilungen|alertes|notificaciones)\b|be the first to know/iu;

/** Wording of newsletter sign-up overlays. */
export const NEWSLETTER = [
  /\b(sign up|subscribe|register) (for|to) (our|the) [\p{L}\d ]{0,30}?newsletters?\b/iu,
  /\bget (our|the) [\p{L}\d ]{0,30}?newsletters?\b/iu,
  /\bnewsletters? (abonnieren|bestellen|anmelden)\b|\b(inscrivez-vous|abonnez-vous) (à|a) (notre|la) newsletter\b/iu,
  /\b(suscr[ií]bete|reg[ií]strate|inscr[ií]bete) (a|en) (nuestro|nuestra|el|la) (bolet[ií]n|newsletter)\b/iu,
];

/** Button and store words that make up the rest of a prompt; removed before judging what is left. */
export const CHROME_WORDS = /\b(not now|no,? thanks|maybe later|later|allow|block|yes|subscribe|accept|dismiss|close|continue|open|install|get|download|free|chrome|safari|firefox|browser|app store|google play|nicht jetzt|später|nein,? danke|erlauben|zulassen|ablehnen|öffnen|plus tard|non merci|pas maintenant|autoriser|accepter|refuser|ouvrir|ahora no|más tarde|no,? gracias|permitir|aceptar|rechazar|abrir)\b|[×✕✖]/giu;

/** Answer buttons of a permission prompt ("Not now" / "Allow"). */
export const PROMPT_BUTTONS = /\b(not now|no,? thanks|maybe later|later|allow|block|yes|subscribe|accept|dismiss|close|nicht jetzt|später|nein,? danke|erlauben|zulassen|ablehnen|abonnieren|plus tard|non merci|pas maintenant|autoriser|accepter|refuser|ahora no|más tarde|no,? gracias|permitir|aceptar|rechazar)\b|[×✕✖]/iu;

/** Words that, beside a store link, make a short block an app promo ("iPhone App", "Google Play"). */
export const STORE_WORDS = /\b(apps?|app store|google play|ios|android|iphone|ipad)\b/i;

/** Hosts of app-store links; a short block of such links is an app promo. */
export const STORE_LINK = /(apps|itunes)\.apple\.com\/|play\.google\.com\/store|\.app\.link\/|onelink\.me\//i;
