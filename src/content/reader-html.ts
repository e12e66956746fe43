/**
 * The reader body as safe HTML. Readability's output is the page's own markup, which may carry
 * scripts, handlers or javascript: links; DOMPurify strips those before it enters Sidenote's view.
 */
import DOMPurify from 'dompurify';

const LAZY_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url'];

/** Sanitised HTML of the article element, with lazy images given a real src. */
export function readerHtml(content: Element): string {
  for (const img of Array.from(content.querySelectorAll('img'))) {
    if (!img.getAttribute('src') || img.getAttribute('src')?.startsWith('data:image/gif')) {
      const lazy = LAZY_ATTRS.map((a) => img.getAttribute(a)).find((v) => v && !v.startsWith('data:'));
      if (lazy) img.setAttribute('src', lazy);
    }
  }
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
