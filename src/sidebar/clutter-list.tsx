/**
 * Clutter section: what Sidenote hid on the live page, so the reader can tell nothing of the
 * article was removed by mistake; or a note that clutter removal is off here.
 */
import type { ClutterItem } from '../core/types';
import { clutterLabel } from './format';

interface ClutterListProps {
  items: ClutterItem[];
  enabled: boolean;
}

/** The clutter summary section. */
export function ClutterList({ items, enabled }: ClutterListProps) {
  if (!enabled) {
    return (
      <section id="sn-clutter" class="sn-section" aria-labelledby="sn-clutter-heading">
        <h2 id="sn-clutter-heading">Clutter</h2>
        <p class="sn-empty">Clutter removal is off.</p>
      </section>
    );
  }
  return (
    <section id="sn-clutter" class="sn-section" aria-labelledby="sn-clutter-heading">
      <h2 id="sn-clutter-heading">
        <span class="sn-count">{items.length}</span> clutter {items.length === 1 ? 'item' : 'items'} hidden
      </h2>
      {items.length > 0 && (
        <ul class="sn-list">
          {items.map((item, i) => (
            <li class="sn-clutter-item" key={`${i}:${item.text}`} data-category={item.category}>
              <span class="sn-clutter-category">{clutterLabel(item.category)}</span>
              {item.text && <span class="sn-clutter-text">{item.text}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
