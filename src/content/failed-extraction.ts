/**
 * What the sidebar shows when the analysis itself fails (a page that throws, a DOM the pipeline cannot
 * read): an empty result with a plain warning, so the user gets a message instead of nothing.
 */
import type { Extraction } from '../core/analyze';

export const WARNING_FAILED = 'failed: Sidenote could not read this page.';

/** An Extraction with no article and a warning that names the error. */
export function failedExtraction(url: string, title: string, err: unknown): Extraction {
  const detail = err instanceof Error ? err.message : String(err);
  return {
    analysis: {
      url,
      title,
      byline: null,
      siteName: null,
      published: null,
      lang: null,
      text: '',
      quotes: [],
      sources: [],
      copyright: [],
      clutter: [],
      warnings: [`${WARNING_FAILED} (${detail.slice(0, 200)})`],
    },
    content: null,
    dir: null,
    excerpt: null,
    readingMinutes: 0,
    paragraphs: [],
    timings: { clutter: 0, readability: 0, extractors: 0 },
  };
}
