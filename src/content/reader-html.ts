/**
 * The reader body as safe nodes. Readability's output is the page's own markup, which may carry
 * scripts, handlers or javascript: links; DOMPurify strips those before it enters Sidenote's view.
 * DOMPurify takes the element and returns nodes of its own inert document: no HTML string is parsed
 * on the way, so nothing can mutate between sanitising and showing (no mXSS).
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

/** The article element, sanitised, as a fragment of inert nodes; lazy images get a real src. */
export function readerBody(content: Element): DocumentFragment {
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
  return DOMPurify.sanitize(content, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['style', 'id'],
    ADD_ATTR: ['target'],
  });
}
