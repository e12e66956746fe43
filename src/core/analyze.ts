/**
 * The extraction pipeline: copyright from the original document, clutter stripped from a clone,
 * Readability on that clone, then quotes, speakers and sources from the article's paragraphs.
 * Pure: takes a Document, touches no browser API, never mutates the document it is given.
 */
import { Readability } from '@mozilla/readability';
import { detectClutter, DEFAULT_CLUTTER_CATEGORIES } from './clutter';
import { scanCopyright } from './copyright';
import { linksOf, paragraphsOf, type Paragraph } from './paragraphs';
import { missingQuoteWarnings } from './quote-coverage';
import { extractQuotes } from './quotes';
import { extractSources } from './sources';
import type { Analysis, ClutterCategory, ClutterItem } from './types';

/** Below this many characters of article text a page is treated as "not an article". */
const MIN_ARTICLE_CHARS = 250;
/** Words per minute used for the reading-time estimate (typical adult silent reading). */
const WORDS_PER_MINUTE = 230;

export const WARNING_NOT_ARTICLE = 'not-article: Sidenote found no article on this page.';

export interface AnalyzeOptions {
  /** The page's URL; defaults to the document's own. */
  url?: string;
  /** Clutter categories to strip before Readability runs; empty disables clutter removal. */
  clutterCategories?: readonly ClutterCategory[];
  /**
   * Elements matching this selector are also stripped from the clone. The content script marks the
   * clutter it hid on the live page (found with computed styles a clone lacks) so the reader agrees.
   */
  alsoStrip?: string;
}

export interface Extraction {
  analysis: Analysis;
  /** Readability's article root (in a detached clone), or null when there is no article. */
  content: Element | null;
  dir: string | null;
  excerpt: string | null;
  readingMinutes: number;
  paragraphs: Paragraph[];
  /** Milliseconds spent per stage, for `npm run bench`. */
  timings: Timings;
}

export interface Timings {
  clutter: number;
  readability: number;
  /** Quotes, speakers, sources and copyright together. */
  extractors: number;
  /** The extractors one by one (their sum is extractors); absent where no pipeline ran. */
  stages?: StageTimings;
}

/** Milliseconds per extractor, for the bench's breakdown of where extractor time goes. */
export interface StageTimings {
  /** The copyright scan of the original document (it also collects the quote-coverage candidates). */
  copyright: number;
  /** Quotes and their speakers. */
  quotes: number;
  sources: number;
  /** The check for quotes the reader view lost. */
  coverage: number;
}

/** Runs the whole pipeline on doc. */
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): Extraction {
  const url = options.url ?? doc.URL ?? '';
  const categories = options.clutterCategories ?? DEFAULT_CLUTTER_CATEGORIES;
  const warnings: string[] = [];
  const stages: StageTimings = { copyright: 0, quotes: 0, sources: 0, coverage: 0 };
  const timings: Timings = { clutter: 0, readability: 0, extractors: 0, stages };
  // A document with no root element (an unterminated comment, in DOM libraries that allow it) has
  // nothing to read, and some libraries throw on .title or .body there.
  if (!doc.documentElement) return emptyExtraction(url, timings);
  let t0 = now();

  const scan = safely(() => scanCopyright(doc), { notes: [], quoteBlocks: null }, warnings, 'copyright');
  const copyright = scan.notes;
  stages.copyright = now() - t0;

  const { clone, clutter } = strippedClone(doc, categories, options.alsoStrip, warnings, timings);
  t0 = now();
  const parsed = safely(
    () => new Readability<Element>(clone, { serializer: (n) => n as Element }).parse(),
    null,
    warnings,
    'readability',
  );
  timings.readability = now() - t0;

  let content: Element | null = parsed?.content ?? null;
  let paragraphs = content ? paragraphsOf(content) : [];
  const textLength = paragraphs.reduce((n, p) => n + p.text.length, 0);
  const isArticle = content !== null && textLength >= MIN_ARTICLE_CHARS;
  if (!isArticle) {
    warnings.push(WARNING_NOT_ARTICLE);
    content = null;
    // Readability has mutated the clone; take a fresh one (rare: only pages that are not articles).
    const body = strippedClone(doc, categories, options.alsoStrip, [], timings).clone.body;
    paragraphs = body ? fallbackParagraphs(body) : [];
  }

  t0 = now();
  const quotes = safely(() => extractQuotes(paragraphs), [], warnings, 'quotes');
  stages.quotes = now() - t0;
  t0 = now();
  const sources = isArticle ? safely(() => extractSources(paragraphs, linksOf(paragraphs), quotes, url), [], warnings, 'sources') : [];
  stages.sources = now() - t0;
  t0 = now();
  if (isArticle && doc.body) {
    const readerText = paragraphs.map((p) => p.text).join('\n');
    const clutterTexts = clutter.map((c) => c.text);
    // The copyright scan collected the body's quote blocks; they serve only if it walked this very body.
    const blocks = scan.quoteBlocks?.body === doc.body ? scan.quoteBlocks.blocks : undefined;
    warnings.push(...safely(() => missingQuoteWarnings(doc.body, readerText, clutterTexts, blocks), [], warnings, 'quote-coverage'));
  }
  stages.coverage = now() - t0;
  timings.extractors = stages.copyright + stages.quotes + stages.sources + stages.coverage;
  const text = isArticle ? paragraphs.filter((p) => !p.heading).map((p) => p.text).join('\n\n') : '';
  const words = text ? text.split(/\s+/).length : 0;

  return {
    analysis: {
      url,
      title: (parsed?.title ?? doc.title ?? '').trim(),
      byline: parsed?.byline?.trim() || null,
      siteName: parsed?.siteName?.trim() || null,
      published: parsed?.publishedTime?.trim() || null,
      lang: parsed?.lang?.trim() || doc.documentElement?.getAttribute('lang') || null,
      text,
      quotes,
      sources,
      copyright,
      clutter,
      warnings,
    },
    content,
    dir: parsed?.dir ?? null,
    excerpt: parsed?.excerpt ?? null,
    readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    paragraphs,
    timings,
  };
}

/** The result for a document with nothing in it. */
function emptyExtraction(url: string, timings: Timings): Extraction {
  return {
    analysis: { url, title: '', byline: null, siteName: null, published: null, lang: null, text: '', quotes: [], sources: [], copyright: [], clutter: [], warnings: [WARNING_NOT_ARTICLE] },
    content: null,
    dir: null,
    excerpt: null,
    readingMinutes: 0,
    paragraphs: [],
    timings,
  };
}

/** A clone of doc with clutter (and anything matching alsoStrip) removed, for Readability to consume. */
function strippedClone(
  doc: Document,
  categories: readonly ClutterCategory[],
  alsoStrip: string | undefined,
  warnings: string[],
  timings: Timings,
): { clone: Document; clutter: ClutterItem[] } {
  const clone = doc.cloneNode(true) as Document;
  const t0 = now();
  const clutter: ClutterItem[] = [];
  if (categories.length > 0) {
    for (const hit of safely(() => detectClutter(clone, categories), [], warnings, 'clutter')) {
      clutter.push({ category: hit.category, text: hit.text });
      hit.element.remove();
    }
  }
  if (alsoStrip) for (const el of Array.from(clone.querySelectorAll(alsoStrip))) el.remove();
  timings.clutter += now() - t0;
  return { clone, clutter };
}

/** Milliseconds from a monotonic clock (performance.now exists in browsers and Node). */
function now(): number {
  return performance.now();
}

/** Paragraphs of a page that is not an article: its body minus navigation, headers and footers. */
function fallbackParagraphs(body: Element): Paragraph[] {
  for (const el of Array.from(body.querySelectorAll('nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"]'))) {
    el.remove();
  }
  return paragraphsOf(body);
}

/** Runs one stage; a stage that throws becomes a warning instead of losing the whole analysis. */
function safely<T>(run: () => T, fallback: T, warnings: string[], stage: string): T {
  try {
    return run();
  } catch (err) {
    warnings.push(`${stage}-failed: ${err instanceof Error ? err.message : String(err)}`);
    return fallback;
  }
}
