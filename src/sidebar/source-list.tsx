/**
 * Sources section: who or what the article relies on, the phrase that shows it (a button that
 * locates that phrase in the view), and a link when the article gives one (http/https only:
 * page-derived URLs are untrusted). Filtered by the search box.
 */
import type { Source } from '../core/types';
import { sourceMatches } from './filter';
import { safeHttpUrl, sourceKindLabel } from './format';
import { Section } from './section';
import type { Translate } from './types';

interface SourceListProps {
  sources: Source[];
  t: Translate;
  query: string;
  missing: ReadonlySet<string>;
  onLocate(text: string): void;
  onPreview(text: string | null): void;
  onShowOriginal(text: string): void;
}

/** Visible link text: the host, so a long tracking URL does not flood the sidebar. */
function linkText(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./, '') || href;
  } catch {
    return href;
  }
}

/** One source row. */
function SourceItem({ source, t, missing, onLocate, onPreview, onShowOriginal }: Omit<SourceListProps, 'sources' | 'query' | 'missing'> & { source: Source; missing: boolean }) {
  const href = safeHttpUrl(source.url);
  const count = source.count ?? 1;
  const target = source.evidence || source.name;
  return (
    <li class="sn-source" data-kind={source.kind} data-missing={missing ? 'true' : undefined}>
      <button
        type="button"
        class="sn-source-locate"
        title={t(missing ? 'notInReader' : 'showInArticle')}
        onClick={() => onLocate(target)}
        onMouseEnter={() => onPreview(target)}
        onMouseLeave={() => onPreview(null)}
        onFocus={() => onPreview(target)}
        onBlur={() => onPreview(null)}
      >
        <span class="sn-source-head">
          <span class="sn-source-name">{source.name}</span>
          <span class="sn-source-kind">{sourceKindLabel(source.kind, t)}</span>
          {count > 1 && <span class="sn-source-count" title={t('citedTimes', String(count))}>×{count}</span>}
        </span>
        {source.evidence && <span class="sn-evidence">{source.evidence}</span>}
      </button>
      {href && <a class="sn-source-link" href={href} rel="noopener noreferrer" target="_blank">{linkText(href)}</a>}
      {missing && (
        <p class="sn-missing">
          {t('droppedFromReader')}{' '}
          <button type="button" class="sn-show-original" onClick={() => onShowOriginal(target)}>{t('showOnOriginal')}</button>
        </p>
      )}
    </li>
  );
}

/** The Sources section. */
export function SourceList({ sources, query, missing, ...rest }: SourceListProps) {
  const t = rest.t;
  const visible = sources.filter((s) => sourceMatches(s, query)).length;
  return (
    <Section id="sn-sources" title={t('sourcesHeading')} count={sources.length} shown={visible} empty={t('noSources')} t={t}>
      {sources.map((source, i) => (sourceMatches(source, query)
        ? <SourceItem key={`${i}:${source.name}`} source={source} missing={missing.has(source.evidence || source.name)} {...rest} />
        : null))}
    </Section>
  );
}
