/**
 * One sidebar section: a labelled <section> whose <h2> is a disclosure button carrying the item
 * count, then optional tools and either the list or a sentence saying it is empty. Collapsing hides
 * the body but keeps the heading and count, so a screen reader still hears "Quotes, 7, collapsed".
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Translate } from './types';

interface SectionProps {
  id: string;
  title: string;
  count: number;
  /** How many items the search or filter leaves; shown as "n shown" when fewer than count. */
  shown?: number;
  /** Shown instead of the list when count is 0. */
  empty: string;
  t: Translate;
  /** Controls between the heading and the list (filters, copy all). */
  tools?: ComponentChildren;
  /** Replaces the default <ul> wrapper (the grouped quote view brings its own structure). */
  body?: ComponentChildren;
  children?: ComponentChildren;
}

/** A counted, labelled, collapsible sidebar section. */
export function Section({ id, title, count, shown, empty, t, tools, body, children }: SectionProps) {
  const [open, setOpen] = useState(true);
  const headingId = `${id}-heading`;
  const bodyId = `${id}-body`;
  const filtered = shown !== undefined && shown < count;
  return (
    <section id={id} class="sn-section" aria-labelledby={headingId} data-open={open}>
      <h2 id={headingId}>
        <button type="button" class="sn-section-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          <span class="sn-chevron" aria-hidden="true" />
          {title} <span class="sn-count">{count}</span>
          {filtered && <span class="sn-shown">{t('shownCount', String(shown))}</span>}
        </button>
      </h2>
      <div id={bodyId} class="sn-section-body" hidden={!open}>
        {count > 0 && tools}
        {count === 0 ? <p class="sn-empty">{empty}</p>
          : shown === 0 ? <p class="sn-empty sn-no-match">{t('noMatches')}</p>
          : body ?? <ul class="sn-list">{children}</ul>}
      </div>
    </section>
  );
}
