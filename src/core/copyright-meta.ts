/**
 * Rights statements in <meta>: name=copyright, Dublin Core (dc.rights, dcterms.rights and kin), PRISM
 * (prism.copyright) and schema.org microdata (itemprop=copyrightHolder/copyrightYear/license/usageTerms).
 */
import { licenseFromText } from './licenses';
import { normalizeSpace } from './paragraphs';
import { holderOf, yearOf } from './copyright-text';
import type { CopyrightNote } from './types';

/** Meta names that carry a rights statement, lower-cased; "dc:" and "dc." spellings both occur. */
const RIGHTS_NAMES = /^(?:copyright|rights|dc[.:]rights(?:holder)?|dc[.:]rights\.(?:license|holder)|dcterms[.:](?:rights|rightsholder|accessrights|license|dateCopyrighted)|prism[.:](?:copyright|rightsagent|copyrightyear)|rights-standard|copyrightholder|copyrightyear|copyrightnotice|license|creditText|usageTerms|acquireLicensePage)$/i;
const YEAR_NAMES = /(?:year|datecopyrighted)$/i;
const LICENSE_NAMES = /license|licence/i;
/** Names whose value is the address of the site's terms of use or rights page, not a statement. */
const TERMS_NAMES = /^(?:usageTerms|acquireLicensePage)$/i;
const HOLDER_NAMES = /holder|rightsagent/i;

/** Notes from the document's <meta> elements (found by the document scan), one per statement. */
export function metaNotes(metas: Element[]): CopyrightNote[] {
  const notes: CopyrightNote[] = [];
  for (const meta of metas) {
    const name = meta.getAttribute('name') ?? meta.getAttribute('property') ?? meta.getAttribute('itemprop') ?? '';
    if (!name || !RIGHTS_NAMES.test(name.trim())) continue;
    const text = normalizeSpace(meta.getAttribute('content') ?? '');
    if (!text) continue;
    const key = name.trim();
    if (TERMS_NAMES.test(key)) {
      notes.push({ text, origin: 'meta', holder: null, year: null, license: null });
    } else if (YEAR_NAMES.test(key)) {
      notes.push({ text, origin: 'meta', holder: null, year: yearOf(text), license: null });
    } else if (LICENSE_NAMES.test(key)) {
      notes.push({ text, origin: 'meta', holder: null, year: yearOf(text), license: licenseFromText(text) ?? text });
    } else {
      // "2015 LA NACION", "© Cable News Network", or the holder's bare name: strip the year and signs.
      const holder = HOLDER_NAMES.test(key) || !/[©]|\bcopyright\b|\(c\)/i.test(text) ? bareHolder(text) : holderOf(text);
      notes.push({ text, origin: 'meta', holder, year: yearOf(text), license: licenseFromText(text) });
    }
  }
  return notes;
}

/** The holder in a meta value with no sign: "2015 LA NACION" → "LA NACION"; a URL or sentence → null. */
function bareHolder(text: string): string | null {
  if (/^https?:/i.test(text)) return null;
  const withSign = holderOf(`© ${text}`);
  if (withSign && withSign.split(/\s+/).length <= 8) return withSign;
  return null;
}
