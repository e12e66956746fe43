/**
 * Body links as sources: a link whose text or lead-in carries a source cue ("the report", "according
 * to"), a link to a document (PDF), a link to another news outlet's site (the outlet is credited, whatever
 * the link's words), and a link to a post on a social network ("Twitter (@handle)").
 */
import type { LinkRef } from './paragraphs';
import { namesALinkSource } from './source-names';
import type { Source } from './types';
import { canonicalWire, isWire, OUTLET_NAMES, WIRE_NAMES } from './wire-services';

/** Words of link text or its lead-in that make a body link a source rather than navigation. */
const LINK_CUE = /\b(?:according to|report(?:ed|s)?|study|studies|survey|analysis|poll|data|documents?|filings?|complaint|indictment|lawsuit|statement|told|said|says|published|released|wrote|writes|research|records|ruling|letter|memo|transcript|laut|Bericht|Studie|berichtet|selon|rapport|étude|según|informe|estudio|pdf)\b/i;
const LINK_LEAD_CHARS = 80;
const PDF = /\.pdf(?:$|[?#])/i;
const WEB = /^(?:https?:)?\/\//i;
/** Agencies and outlets whose site name is not their name squashed ("apnews.com" is AP's). */
const SITE_ALIASES: Record<string, string> = { apnews: 'AP', reuters: 'Reuters', afp: 'AFP', bbc: 'BBC', nyti: 'The New York Times' };
/** Social networks whose first path segment is the account that posted. */
const SOCIAL: Record<string, string> = { 'twitter.com': 'Twitter', 'x.com': 'X', 'instagram.com': 'Instagram', 'facebook.com': 'Facebook', 'tiktok.com': 'TikTok', 'youtube.com': 'YouTube' };
/** Path segments that are sections of the network, not accounts. */
/** Words before a link that make it the site's own promotion ("Follow us on Twitter"), not a source. */
const PROMO_LEAD = /\b(?:follow|subscribe|like us|join us|sign up|folgen Sie|abonnieren|suivez|abonnez|síguenos|suscríbete)\b/i;
const NOT_ACCOUNT = /^(?:i|intent|share|hashtag|search|home|watch|p|reel|explore|sharer|groups|events|pages|channel|c|user|embed)$/i;

/** Outlets by their name squashed to letters ("cbsnews" → "CBS News"), for naming a linked site. */
const BY_SITE_NAME = new Map<string, string>();
for (const n of [...WIRE_NAMES, ...OUTLET_NAMES]) {
  const key = n.replace(/^the\s+/i, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  if (key.length >= 3 && !BY_SITE_NAME.has(key)) BY_SITE_NAME.set(key, n);
}
for (const [k, v] of Object.entries(SITE_ALIASES)) BY_SITE_NAME.set(k, v);

/** Whether text holds words as whole words ("washington post's fact checker" holds "washington post"). */
function hasWords(text: string, words: string): boolean {
  const at = text.indexOf(words);
  if (at < 0) return false;
  const before = text.charAt(at - 1);
  const after = text.charAt(at + words.length);
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

/** The host of an absolute URL without "www.", lower-cased, or '' for a relative or broken one. */
export function hostOf(url: string): string {
  const m = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(url);
  return m?.[1] ? m[1].toLowerCase().replace(/^www\d?\./, '') : '';
}

/** A site's own name: the label before the public suffix ("edition.cnn.com" → cnn, "bbc.co.uk" → bbc). */
function siteOf(host: string): string {
  const labels = host.split('.');
  labels.pop();
  const last = labels[labels.length - 1] ?? '';
  if (labels.length > 1 && last.length <= 3 && /^(?:co|com|org|net|gov|gob|gouv|ac|edu|ne|or)$/.test(last)) labels.pop();
  return labels[labels.length - 1] ?? '';
}

/** The outlet or account a link points to by its address alone ("https://www.cbsnews.com/…" → CBS News). */
export function siteSourceOf(href: string): { name: string; kind: Source['kind'] } | null {
  const host = hostOf(href);
  if (!host) return null;
  const social = SOCIAL[host.replace(/^(?:mobile|m)\./, '')];
  if (social) {
    const account = /^(?:https?:)?\/\/[^/]+\/@?([A-Za-z0-9_.]{2,30})(?:[/?#]|$)/.exec(href)?.[1];
    return account && !NOT_ACCOUNT.test(account) ? { name: `${social} (@${account})`, kind: 'link' } : null;
  }
  // Every label but the public suffix: "edition.cnn.com" → cnn, "dailymail.co.uk" → dailymail.
  for (const label of host.split('.').slice(0, -1)) {
    const outlet = BY_SITE_NAME.get(label);
    if (outlet) return { name: outlet, kind: 'outlet' };
  }
  return null;
}

/**
 * Sources from body links. texts: each paragraph's text by index; known: the sources found so far (a link
 * whose text names one gives it its URL instead of a new entry); pageUrl: a link to the page's own site
 * never credits the site itself.
 */
export function linkSources(links: LinkRef[], texts: Map<number, string>, known: Source[], pageUrl = ''): Source[] {
  const own = siteOf(hostOf(pageUrl));
  const out: Source[] = [];
  const seen = new Set(known.map((s) => s.url).filter(Boolean));
  // Body links often repeat a site: name each host once.
  const sites = new Map<string, ReturnType<typeof siteSourceOf>>();
  for (const link of links) {
    if (!WEB.test(link.href) && !link.href.startsWith('/')) continue;
    const text = texts.get(link.paragraph);
    if (text === undefined) continue;
    const host = hostOf(link.href);
    const ownSite = !host || (own !== '' && siteOf(host) === own);
    const at = text.indexOf(link.text);
    const lead = at >= 0 ? text.slice(Math.max(0, at - LINK_LEAD_CHARS), at) : '';
    if (seen.has(link.href) || PROMO_LEAD.test(lead) || PROMO_LEAD.test(link.text)) continue;
    let site = ownSite ? null : sites.get(host);
    if (site === undefined) {
      site = siteSourceOf(link.href);
      // Social links name the account from the path: only outlets are the same for the whole host.
      if (site?.kind !== 'link') sites.set(host, site);
    }
    // A link to another outlet credits that outlet, even inside another source's phrase ("Trump tweeted").
    const outlet = site?.kind === 'outlet' ? site.name.toLowerCase().replace(/^the\s+/, '') : '';
    const named = outlet
      ? [...known, ...out].find((s) => hasWords(s.name.toLowerCase(), outlet) || (isWire(s.name) && canonicalWire(s.name) === canonicalWire(outlet)))
      : known.find((s) => (s.paragraph === link.paragraph && s.evidence.includes(link.text)) || (s.name.length > 2 && link.text.includes(s.name)));
    if (named) {
      if (outlet) named.count = (named.count ?? 1) + 1;
      named.url ??= link.href;
      seen.add(link.href);
      continue;
    }
    const evidence = `${lead.split(/(?<=[.!?])\s/).pop() ?? ''}${link.text}`.trim();
    const cued = (LINK_CUE.test(link.text) || LINK_CUE.test(lead.slice(-40))) && namesALinkSource(link.text, text);
    if (!site && !cued && !PDF.test(link.href)) continue;
    seen.add(link.href);
    out.push({ name: site ? site.name : link.text, kind: site ? site.kind : 'link', evidence, url: link.href, count: 1, paragraph: link.paragraph });
  }
  return out;
}
