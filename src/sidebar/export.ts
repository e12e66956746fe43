/**
 * The whole analysis as a downloadable file: JSON in the CLI's shape (so scripts can read either), or
 * a Markdown report a person can paste into notes. Pure, so it is unit-tested in Node.
 */
import type { Analysis } from '../core/types';
import { mdEscape } from '../shared/cite';
import { formatQuoteForCopy, formatDate, originLabel, sourceKindLabel, safeHttpUrl } from './format';
import type { Translate } from './types';

/** Longest slug taken from the title for the file name. */
const MAX_SLUG = 60;

/** "sidenote-rallies-protesting-immigrant.json": a file name from the title, ASCII only. */
export function exportFilename(analysis: Analysis, ext: 'json' | 'md'): string {
  const slug = (analysis.title || 'article')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  return `sidenote-${slug || 'article'}.${ext}`;
}

/** The analysis as pretty-printed JSON (the CLI's field names). */
export function analysisToJson(analysis: Analysis): string {
  return JSON.stringify(analysis, null, 2) + '\n';
}

/** The analysis as a Markdown report: title and metadata, then quotes, sources and copyright notes. */
export function analysisToMarkdown(analysis: Analysis, t: Translate, locale?: string): string {
  const out: string[] = [`# ${mdEscape(analysis.title || t('untitled'))}`, ''];
  const meta = [analysis.byline, analysis.siteName, formatDate(analysis.published, locale)].filter((p): p is string => !!p?.trim());
  if (meta.length) out.push(meta.map(mdEscape).join(' · '), '');
  const url = safeHttpUrl(analysis.url);
  if (url) out.push(`<${url}>`, '');

  out.push(`## ${t('quotesHeading')} (${analysis.quotes.length})`, '');
  for (const q of analysis.quotes) out.push(formatQuoteForCopy(q, { ...analysis, url: '', title: '', siteName: null, published: null }, { format: 'markdown', t, locale }), '');
  if (!analysis.quotes.length) out.push(t('noQuotes'), '');

  out.push(`## ${t('sourcesHeading')} (${analysis.sources.length})`, '');
  for (const s of analysis.sources) {
    const link = safeHttpUrl(s.url);
    const evidence = s.evidence ? ` — “${mdEscape(s.evidence)}”` : '';
    out.push(`- **${mdEscape(s.name)}** (${sourceKindLabel(s.kind, t)})${evidence}${link ? ` <${link}>` : ''}`);
  }
  out.push(analysis.sources.length ? '' : t('noSources'), ...(analysis.sources.length ? [] : ['']));

  out.push(`## ${t('copyrightHeading')} (${analysis.copyright.length})`, '');
  for (const c of analysis.copyright) out.push(`- ${mdEscape(c.text)} (${originLabel(c.origin, t)})`);
  if (!analysis.copyright.length) out.push(t('noCopyright'));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
