/**
 * Every style of the reader pane and sidebar, adopted by the shadow root as one constructable
 * stylesheet (strict page CSPs block <style> elements and style attributes, not adopted sheets).
 * Sizes are in px, never rem: rem follows the *page's* root font size, which sites often shrink.
 */
import { CONTROLS_CSS, PRINT_CSS } from './styles-controls';
import { THEME_CSS } from './styles-theme';

/** Default sidebar width (the preference overrides it through --sn-sidebar-px); the reader pane fills the viewport to its left. */
const SIDEBAR_WIDTH = '380px';

const RESET = `
:host {
  /* !important: for important rules the shadow's own :host wins over the page's, so page CSS aimed at
     the host (even "sidenote-root { display: none !important }") cannot hide or restyle it. */
  all: initial !important;
  /* Restated after 'all' so the host keeps the overlay geometry the content script gave it. */
  position: fixed !important;
  inset: 0 !important;
  pointer-events: none !important;
  z-index: 2147483647 !important;
  display: block !important;
}
.sn-root {
  --sn-sidebar-width: min(var(--sn-sidebar-px, ${SIDEBAR_WIDTH}), 100vw);
  --sn-ui-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --sn-serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Times New Roman", serif;
  font-family: var(--sn-ui-font);
  font-size: 14px;
  font-weight: 400;
  font-style: normal;
  line-height: 1.45;
  letter-spacing: normal;
  word-spacing: normal;
  text-align: left;
  text-transform: none;
  text-indent: 0;
  white-space: normal;
  direction: ltr;
  color: var(--sn-fg);
  visibility: visible;
}
.sn-root *, .sn-root *::before, .sn-root *::after { box-sizing: border-box; }
.sn-root button {
  font: inherit;
  color: inherit;
  background: none;
  border: 0;
  margin: 0;
  padding: 0;
  cursor: pointer;
  text-align: inherit;
}
.sn-root :focus-visible { outline: 2px solid var(--sn-accent); outline-offset: 2px; }
.sn-visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
`;

const READER = `
.sn-reader-pane {
  position: fixed;
  top: 0; bottom: 0; left: 0;
  right: var(--sn-sidebar-width);
  overflow-y: auto;
  overscroll-behavior: contain;
  pointer-events: auto;
  background: var(--sn-reader-bg);
  color: var(--sn-fg);
  padding: 48px 32px 96px;
}
.sn-reader, .sn-no-article {
  max-width: var(--sn-width, 672px);
  margin: 0 auto;
  font-family: var(--sn-serif);
  font-size: var(--sn-font-size, 20px);
  line-height: var(--sn-line-height, 1.6);
  overflow-wrap: break-word;
}
.sn-reader[dir="rtl"] { text-align: right; }
.sn-title { font-size: 36px; line-height: 1.2; font-weight: 700; margin: 0 0 16px; }
.sn-meta {
  font-family: var(--sn-ui-font); font-size: 15px; color: var(--sn-muted);
  margin: 0 0 32px; padding-bottom: 16px; border-bottom: 1px solid var(--sn-border);
}
.sn-meta > span + span::before { content: "\\B7"; margin: 0 8px; }
.sn-byline { font-weight: 600; color: var(--sn-fg); }
.sn-date, .sn-reading-time { white-space: nowrap; }
.sn-article-body p, .sn-article-body ul, .sn-article-body ol,
.sn-article-body blockquote, .sn-article-body figure, .sn-article-body pre, .sn-article-body table { margin: 0 0 1.1em; }
.sn-article-body h1, .sn-article-body h2, .sn-article-body h3,
.sn-article-body h4, .sn-article-body h5, .sn-article-body h6 { line-height: 1.25; margin: 1.6em 0 0.6em; }
.sn-article-body h2 { font-size: 1.4em; }
.sn-article-body h3 { font-size: 1.2em; }
.sn-article-body a { color: var(--sn-accent); text-decoration: underline; }
.sn-article-body img, .sn-article-body video, .sn-article-body picture, .sn-article-body svg,
.sn-article-body iframe { max-width: 100%; height: auto; }
.sn-article-body figure { margin-left: 0; margin-right: 0; }
.sn-article-body figcaption { font-family: var(--sn-ui-font); font-size: 14px; color: var(--sn-muted); margin-top: 6px; }
.sn-article-body blockquote {
  margin-left: 0; padding-inline-start: 20px; border-inline-start: 3px solid var(--sn-border); color: var(--sn-muted);
}
.sn-article-body pre { overflow-x: auto; font-size: 15px; background: var(--sn-panel); padding: 12px; }
.sn-article-body code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.85em; }
.sn-article-body table { display: block; overflow-x: auto; border-collapse: collapse; }
.sn-article-body td, .sn-article-body th { border: 1px solid var(--sn-border); padding: 4px 8px; }
.sn-article-body hr { border: 0; border-top: 1px solid var(--sn-border); margin: 2em 0; }
.sn-article-body mark { background: var(--sn-mark); color: inherit; }
.sn-no-article p { margin: 0 0 16px; }
.sn-no-article .sn-no-article-title { font-size: 26px; font-weight: 700; }
.sn-link-button { color: var(--sn-accent); text-decoration: underline; }
`;

const SIDEBAR = `
.sn-sidebar {
  position: fixed;
  top: 0; right: 0; bottom: 0;
  width: var(--sn-sidebar-width);
  max-width: 100vw;
  overflow-y: auto;
  overscroll-behavior: contain;
  pointer-events: auto;
  background: var(--sn-bg);
  color: var(--sn-fg);
  border-left: 1px solid var(--sn-border);
  box-shadow: -4px 0 16px rgba(0, 0, 0, 0.12);
}
.sn-header {
  position: sticky; top: 0; z-index: 1;
  display: flex; flex-wrap: wrap; align-items: center; gap: 8px;
  padding: 12px 16px; background: var(--sn-bg); border-bottom: 1px solid var(--sn-border);
}
.sn-app-name { font-size: 16px; font-weight: 700; margin: 0; flex: 1 1 auto; }
.sn-modes { display: inline-flex; border: 1px solid var(--sn-border); border-radius: 6px; overflow: hidden; }
.sn-root .sn-modes button { padding: 4px 10px; font-size: 13px; }
.sn-modes button + button { border-left: 1px solid var(--sn-border); }
.sn-modes button[aria-pressed="true"] { background: var(--sn-accent); color: var(--sn-accent-fg); }
.sn-root .sn-icon {
  width: 28px; height: 28px; border-radius: 6px; font-size: 20px; line-height: 28px;
  text-align: center; color: var(--sn-muted);
}
.sn-icon:hover, .sn-modes button:hover:not([aria-pressed="true"]) { background: var(--sn-panel); }
.sn-body { padding: 8px 16px 32px; }
.sn-warning {
  margin: 8px 0; padding: 10px 12px; border-radius: 6px;
  background: var(--sn-warn-bg); color: var(--sn-warn-fg);
}
.sn-notes { margin: 4px 0; padding: 0; list-style: none; font-size: 12px; color: var(--sn-muted); }
.sn-section { margin-top: 20px; }
.sn-section h2 {
  font-size: 13px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em;
  color: var(--sn-muted); margin: 0 0 8px;
}
.sn-count {
  display: inline-block; min-width: 20px; padding: 0 6px; margin-left: 4px; border-radius: 10px;
  background: var(--sn-panel); color: var(--sn-fg); font-size: 12px; text-align: center; letter-spacing: 0;
}
.sn-list { list-style: none; margin: 0; padding: 0; }
.sn-list > li { padding: 10px 0; border-top: 1px solid var(--sn-border); }
.sn-list > li:first-child { border-top: 0; }
.sn-empty { color: var(--sn-muted); margin: 0; }
.sn-quote-locate { display: block; width: 100%; border-radius: 4px; }
.sn-quote-locate:hover .sn-quote-text { text-decoration: underline; text-decoration-color: var(--sn-border); }
.sn-quote-text { font-family: var(--sn-serif); font-size: 15px; line-height: 1.5; }
.sn-quote-meta { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; margin-top: 6px; font-size: 13px; }
.sn-speaker { font-weight: 600; }
.sn-speaker.sn-unattributed { font-weight: 400; font-style: italic; color: var(--sn-muted); }
.sn-role { color: var(--sn-muted); }
.sn-quote-kind { font-size: 11px; color: var(--sn-muted); }
.sn-root .sn-copy {
  margin-left: auto; padding: 2px 10px; font-size: 12px; border-radius: 6px;
  border: 1px solid var(--sn-border);
}
.sn-copy:hover { background: var(--sn-panel); }
.sn-root [data-state="failed"] { color: var(--sn-danger); }
.sn-source-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; }
.sn-source-name { font-weight: 600; }
.sn-source-kind, .sn-origin {
  font-size: 11px; padding: 0 6px; border-radius: 4px; border: 1px solid var(--sn-border); color: var(--sn-muted);
}
.sn-source-count { font-size: 12px; color: var(--sn-muted); }
.sn-evidence { margin: 4px 0 0; font-size: 13px; color: var(--sn-muted); font-style: italic; }
.sn-source-link { display: inline-block; margin-top: 4px; font-size: 13px; color: var(--sn-accent); word-break: break-all; }
.sn-copyright-text { display: block; }
.sn-origin { display: inline-block; margin-top: 4px; }
#sn-clutter .sn-list > li { font-size: 13px; }
#sn-clutter h2 .sn-count { margin: 0 4px 0 0; }
.sn-clutter-item { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 8px; }
.sn-clutter-category { font-weight: 600; }
.sn-clutter-text { color: var(--sn-muted); flex: 1 1 12em; min-width: 0; overflow-wrap: anywhere; }
.sn-root .sn-clutter-show {
  margin-left: auto; padding: 2px 10px; font-size: 12px; line-height: 20px; border-radius: 6px;
  border: 1px solid var(--sn-border); background: var(--sn-bg); color: var(--sn-fg);
}
.sn-clutter-show:hover { background: var(--sn-panel); }
/* The per-site checkbox drawn as a switch (it has role=switch): track in the muted text colour so it
   stays visible on every theme's background, accent when on; the knob is a pseudo-element. */
.sn-clutter-site { display: flex; align-items: center; gap: 8px; margin: 0 0 8px; font-size: 13px; cursor: pointer; }
.sn-root .sn-clutter-site input {
  appearance: none; -webkit-appearance: none; position: relative; flex: none; margin: 0;
  width: 32px; height: 18px; border-radius: 9px; background: var(--sn-muted); cursor: pointer;
  transition: background 120ms ease-out;
}
.sn-clutter-site input::before {
  content: ""; position: absolute; top: 2px; left: 2px; width: 14px; height: 14px; border-radius: 50%;
  background: var(--sn-bg); transition: transform 120ms ease-out;
}
.sn-root .sn-clutter-site input:checked { background: var(--sn-accent); }
.sn-clutter-site input:checked::before { transform: translateX(14px); background: var(--sn-accent-fg); }
`;

/**
 * Below 720px the sidebar would leave the reader a sliver, so it becomes a full-width panel
 * along the bottom and the reader pane takes the width above it.
 */
const NARROW = `
@media (max-width: 720px) {
  .sn-sidebar {
    top: auto; left: 0; width: 100vw; height: 45vh;
    border-left: 0; border-top: 1px solid var(--sn-border);
    box-shadow: 0 -4px 16px rgba(0, 0, 0, 0.12);
  }
  .sn-reader-pane { right: 0; bottom: 45vh; padding: 24px 16px 48px; }
  .sn-root[data-sidebar="hidden"] .sn-reader-pane { bottom: 0; }
  .sn-resize, .sn-preview-track { display: none; }
  .sn-title { font-size: 28px; }
}
`;

/** The complete stylesheet text adopted by the shadow root. */
export const SIDEBAR_CSS = RESET + THEME_CSS + READER + SIDEBAR + CONTROLS_CSS + NARROW + PRINT_CSS;
