/** Copyright section: each notice as written and where on the page it was found. */
import type { CopyrightNote } from '../core/types';
import { originLabel } from './format';
import { Section } from './section';
import type { Translate } from './types';

/** The Copyright notes section. */
export function CopyrightList({ notes, t }: { notes: CopyrightNote[]; t: Translate }) {
  return (
    <Section id="sn-copyright" title={t('copyrightHeading')} count={notes.length} empty={t('noCopyright')} t={t}>
      {notes.map((note, i) => (
        <li class="sn-copyright" key={`${i}:${note.text}`} data-origin={note.origin}>
          <span class="sn-copyright-text">{note.text}</span>
          <span class="sn-origin">{originLabel(note.origin, t)}</span>
        </li>
      ))}
    </Section>
  );
}
