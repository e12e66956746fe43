/**
 * Turns an article element into the numbered paragraphs every extractor reads.
 * A paragraph is a block of running text: <p>, <li>, <blockquote>, <h2>-<h6>, <pre>, or a <div>
 * with direct text. Paragraphs are numbered from 1 in document order, as the labelling rules require.
 */

export interface Paragraph {
  /** 1-based position in the article body. */
  index: number;
  /** Text with whitespace collapsed. */
  text: string;
  /** True when the paragraph sits inside a <blockquote>. */
  inBlockquote: boolean;
  /** True for headings; extractors may skip them. */
  heading: boolean;
  element: Element;
}

export interface LinkRef {
  text: string;
  href: string;
  paragraph: number;
}

const BLOCK_TAGS = new Set(['P', 'LI', 'BLOCKQUOTE', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'DD', 'DT', 'FIGCAPTION', 'TD']);
const CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BODY']);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'FIGCAPTION', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** Collapses runs of whitespace (including no-break spaces) to single spaces and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}

/** Visible-ish text of an element, skipping script/style and similar non-text children. */
export function textOf(node: Node): string {
  return normalizeSpace(rawTextOf(node));
}

/** textOf before whitespace is collapsed. A module-level function: a closure made per call costs more than the walk on short links. */
function rawTextOf(n: Node): string {
  if (n.nodeType === 3) return n.nodeValue ?? '';
  if (n.nodeType !== 1) return '';
  const el = n as Element;
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return '';
  if (el.tagName === 'BR') return ' ';
  let out = '';
  for (let c = el.firstChild; c; c = c.nextSibling) out += rawTextOf(c);
  return out;
}

function hasDirectText(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3 && (c.nodeValue ?? '').trim().length > 0) return true;
  }
  return false;
}

function isInside(el: Element, tag: string): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (p.tagName === tag) return true;
  return false;
}

/**
 * Splits an article root into paragraphs. Nested blocks are not double-counted: a <blockquote>
 * holding <p>s yields its <p>s, a <li> holding a <p> yields the <p>.
 */
export function paragraphsOf(root: Element): Paragraph[] {
  const out: Paragraph[] = [];
  const visit = (el: Element): void => {
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    const isBlock = BLOCK_TAGS.has(tag);
    const hasBlockChild = Array.from(el.children).some((c) => {
      const t = c.tagName.toUpperCase();
      return BLOCK_TAGS.has(t) || CONTAINER_TAGS.has(t);
    });
    if ((isBlock && !hasBlockChild) || (CONTAINER_TAGS.has(tag) && !hasBlockChild && hasDirectText(el))) {
      const text = textOf(el);
      if (text) {
        out.push({
          index: out.length + 1,
          text,
          inBlockquote: tag === 'BLOCKQUOTE' || isInside(el, 'BLOCKQUOTE'),
          heading: /^H[2-6]$/.test(tag),
          element: el,
        });
      }
      return;
    }
    if (CONTAINER_TAGS.has(tag) && hasDirectText(el)) {
      // Mixed content: text runs directly in a container next to blocks. Collect each run as a paragraph.
      let run = '';
      const flush = (): void => {
        const text = normalizeSpace(run);
        if (text) out.push({ index: out.length + 1, text, inBlockquote: isInside(el, 'BLOCKQUOTE'), heading: false, element: el });
        run = '';
      };
      for (let c = el.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) run += c.nodeValue ?? '';
        else if (c.nodeType === 1) {
          const ct = (c as Element).tagName.toUpperCase();
          if (BLOCK_TAGS.has(ct) || CONTAINER_TAGS.has(ct)) {
            flush();
            visit(c as Element);
          } else if (ct === 'BR') run += '\n';
          else run += ' ' + textOf(c) + ' ';
        }
      }
      flush();
      return;
    }
    for (const c of Array.from(el.children)) visit(c);
  };
  visit(root);
  return out;
}

/** Links inside the article with the paragraph they sit in. */
export function linksOf(paragraphs: Paragraph[]): LinkRef[] {
  const out: LinkRef[] = [];
  for (const p of paragraphs) {
    // A plain walk: selector engines (linkedom's especially) cost more than the whole lookup.
    for (const a of anchorsIn(p.element)) {
      const href = a.getAttribute('href') ?? '';
      const text = textOf(a);
      if (!text || /^(#|javascript:|mailto:)/i.test(href)) continue;
      out.push({ text, href, paragraph: p.index });
    }
  }
  return out;
}

/** The <a href> elements under el, in document order. */
function anchorsIn(el: Element): Element[] {
  // getElementsByTagName is a tight native loop in browsers and in linkedom; a recursive walk over every
  // descendant cost more than the whole link lookup.
  const out: Element[] = [];
  const anchors = el.getElementsByTagName('a');
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i];
    if (a?.hasAttribute('href')) out.push(a);
  }
  return out;
}
