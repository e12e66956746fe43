/**
 * One sidebar section: a labelled <section> whose <h2> carries the item count, then either the list
 * or a sentence saying it is empty.
 */
import type { ComponentChildren } from 'preact';

interface SectionProps {
  id: string;
  title: string;
  count: number;
  /** Shown instead of the list when count is 0. */
  empty: string;
  children?: ComponentChildren;
}

/** A counted, labelled sidebar section. */
export function Section({ id, title, count, empty, children }: SectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} class="sn-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span class="sn-count">{count}</span>
      </h2>
      {count > 0 ? <ul class="sn-list">{children}</ul> : <p class="sn-empty">{empty}</p>}
    </section>
  );
}
