/**
 * The reader body as safe HTML. Readability's output is the page's own markup, which may carry
 * scripts, handlers or javascript: links; DOMPurify strips those before it enters Sidenote's view.
 */
import DOMPurify from 'dompurify';

const LAZY_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url'];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];
/**
 * Landmark elements and roles inside the article would duplicate the page's (and the reader pane's)
 * landmarks for screen readers; the reader keeps their content as plain blocks.
 */
const LANDMARK_TAGS = 'main, header, footer, nav, aside';
const LANDMARK_ROLES = new Set(['main', 'banner', 'contentinfo', 'navigation', 'complementary', 'search', 'region', 'form', 'application']);

/** Gives lazy <img> and <picture><source> a real srcset from their data-* attribute. */
function fixLazySrcset(content: Element): void {
  for (const el of Array.from(content.querySelectorAll('img, source'))) {
    if (el.getAttribute('srcset')) continue;
    const lazy = LAZY_SRCSET_ATTRS.map((a) => el.getAttribute(a)).find((v) => v && !v.startsWith('data:'));
    if (lazy) el.setAttribute('srcset', lazy);
  }
}

/** Turns landmark elements into divs and drops landmark roles (see LANDMARK_TAGS). */
function flattenLandmarks(content: Element): void {
  for (const el of Array.from(content.querySelectorAll(LANDMARK_TAGS))) {
    const div = el.ownerDocument.createElement('div');
    div.append(...Array.from(el.childNodes));
    el.replaceWith(div);
  }
  for (const el of Array.from(content.querySelectorAll('[role]'))) {
    if (LANDMARK_ROLES.has((el.getAttribute('role') ?? '').trim().toLowerCase())) el.removeAttribute('role');
  }
}

/** Sanitised HTML of the article element, with lazy images given a real src. */
export function readerHtml(content: Element): string {
  for (const img of Array.from(content.querySelectorAll('img'))) {
    if (!img.getAttribute('src') || img.getAttribute('src')?.startsWith('data:image/gif')) {
      const lazy = LAZY_ATTRS.map((a) => img.getAttribute(a)).find((v) => v && !v.startsWith('data:'));
      if (lazy) img.setAttribute('src', lazy);
    }
  }
  fixLazySrcset(content);
  flattenLandmarks(content);
  for (const a of Array.from(content.querySelectorAll('a[href]'))) {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  return DOMPurify.sanitize(content.outerHTML, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['style', 'id'],
    ADD_ATTR: ['target'],
  });
}
