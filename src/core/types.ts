/**
 * The analysis contract shared by the CLI, the content script and the sidebar.
 * Field names follow the CLI schema promised in issue 2; later work may add fields, never rename them.
 */

export type QuoteKind = 'full' | 'partial';

export interface Quote {
  /** The words inside the quotation marks, whitespace normalised. */
  text: string;
  /** Full name or organisation as the article first introduces it; null when the article names no one. */
  speaker: string | null;
  /** The speaker's title as written ("US Attorney General"); null when none is given. */
  role: string | null;
  kind: QuoteKind;
  /** 1-based paragraph number in the article body. */
  paragraph: number;
  /** Text of the attribution cue that named the speaker ("Sessions told"), for display and debugging. */
  cue?: string | null;
}

export type SourceKind = 'person' | 'organization' | 'wire' | 'outlet' | 'document' | 'link';

export interface Source {
  name: string;
  kind: SourceKind;
  /** The phrase that shows the article relies on this source ("according to Miguel A. Nogueras"). */
  evidence: string;
  url: string | null;
  /** How many times the article relies on it. */
  count?: number;
  /** 1-based paragraph of the first evidence. */
  paragraph?: number;
}

export type CopyrightOrigin = 'visible' | 'meta' | 'json-ld' | 'license-link' | 'image-credit';

export interface CopyrightNote {
  text: string;
  origin: CopyrightOrigin;
  holder: string | null;
  year: string | null;
  license: string | null;
}

export type ClutterCategory = 'open-in-app' | 'app-banner' | 'push-prompt' | 'newsletter';

export interface ClutterItem {
  category: ClutterCategory;
  text: string;
}

export interface Analysis {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  lang: string | null;
  /** Plain article text after clutter removal, paragraphs separated by blank lines. Empty when no article. */
  text: string;
  quotes: Quote[];
  sources: Source[];
  copyright: CopyrightNote[];
  clutter: ClutterItem[];
  warnings: string[];
}
