/** Copyright section: each notice as written and where on the page it was found. */
import type { CopyrightNote } from '../core/types';
import { originLabel } from './format';
import { Section } from './section';

/** The Copyright notes section. */
export function CopyrightList({ notes }: { notes: CopyrightNote[] }) {
  return (
    <Section id="sn-copyright" title="Copyright notes" count={notes.length} empty="No copyright notes found.">
      {notes.map((note, i) => (
        <li class="sn-copyright" key={`${i}:${note.text}`} data-origin={note.origin}>
          <span class="sn-copyright-text">{note.text}</span>
          <span class="sn-origin">{originLabel(note.origin)}</span>
        </li>
      ))}
    </Section>
  );
}
