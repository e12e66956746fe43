/**
 * Building blocks for hostile test pages: an ordinary article with quotes, into which each case puts
 * its attack. Payloads that would run if Sidenote ever treated page text as HTML set window.__pwned.
 */

export const PAYLOAD_IMG = '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">';
/** The same payload as inert page text (escaped), which only becomes markup if someone injects it. */
export const PAYLOAD_TEXT = PAYLOAD_IMG.replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface ArticleParts {
  title?: string;
  head?: string;
  before?: string;
  body?: string;
  after?: string;
  lang?: string;
  dir?: string;
  doctype?: boolean;
}

const PARAGRAPHS = [
  'The city council voted on Tuesday to expand the bus network across the northern districts, a plan that has been debated for years by residents and business owners alike.',
  '“This is a good day for everyone who rides the bus to work,” said Maria Lopez, the council president.',
  'The expansion adds four routes and extends evening service, according to a report from the city transit authority released last month.',
  'Opponents argued that the cost, estimated at $40 million over five years, would strain the budget at a time when other services face cuts.',
  '“We cannot keep paying for promises,” said Tom Becker, a council member who voted against the plan.',
  'The first new routes are expected to open in the spring, with the rest following by the end of next year, officials said.',
];

/** A complete article page; parts replace or extend the defaults. */
export function articlePage(parts: ArticleParts = {}): string {
  const body = parts.body ?? PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');
  return `${parts.doctype === false ? '' : '<!doctype html>'}
<html lang="${parts.lang ?? 'en'}"${parts.dir ? ` dir="${parts.dir}"` : ''}>
<head><meta charset="utf-8"><title>${parts.title ?? 'Council expands bus network'}</title>${parts.head ?? ''}</head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
${parts.before ?? ''}
<article>
<h1>${parts.title ?? 'Council expands bus network'}</h1>
<p class="byline">By Sam Writer</p>
${body}
</article>
${parts.after ?? ''}
<footer>© 2024 Example News. All rights reserved.</footer>
</body></html>`;
}
