export { analyzeDocument, WARNING_NOT_ARTICLE, type AnalyzeOptions, type Extraction } from './analyze';
export { detectClutter, ALL_CLUTTER_CATEGORIES, DEFAULT_CLUTTER_CATEGORIES, type DetectedClutter } from './clutter';
export { paragraphsOf, normalizeSpace, textOf, type Paragraph } from './paragraphs';
export type * from './types';
