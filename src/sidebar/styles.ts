/**
 * Every style of the reader pane and sidebar (src/sidebar/css/), adopted by the shadow root as one
 * constructable stylesheet (strict page CSPs block <style> elements and style attributes, not adopted
 * sheets). `?inline` makes Vite hand over the CSS as a string, its @imports inlined and, in a build,
 * minified: the content script carries no comments or indentation.
 */
import css from './css/index.css?inline';

/** The complete stylesheet text adopted by the shadow root. */
export const SIDEBAR_CSS: string = css;
