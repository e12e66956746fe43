/**
 * Sources section: who or what the article relies on, the phrase that shows it, and a link when the
 * article gives one (http/https only: page-derived URLs are untrusted).
 */
import type { Source } from '../core/types';
import { safeHttpUrl, sourceKindLabel } from './format';
import { Section } from './section';

/** Visible link text: the host, so a long tracking URL does not flood the sidebar. */
function linkText(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./, '') || href;
  } catch {
    return href;
  }
}

/** The Sources section. */
export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <Section id="sn-sources" title="Sources" count={sources.length} empty="No sources found.">
      {sources.map((source, i) => {
        const href = safeHttpUrl(source.url);
        const count = source.count ?? 1;
        return (
          <li class="sn-source" key={`${i}:${source.name}`} data-kind={source.kind}>
            <div class="sn-source-head">
              <span class="sn-source-name">{source.name}</span>
              <span class="sn-source-kind">{sourceKindLabel(source.kind)}</span>
              {count > 1 && <span class="sn-source-count" title={`Cited ${count} times`}>×{count}</span>}
            </div>
            {source.evidence && <p class="sn-evidence">{source.evidence}</p>}
            {href && (
              <a class="sn-source-link" href={href} rel="noopener noreferrer" target="_blank">{linkText(href)}</a>
            )}
          </li>
        );
      })}
    </Section>
  );
}
