/**
 * Styles of the interactive extras: collapsible section headings, the quote tools, search and export,
 * the grouped view, the "not in reader" note, the typography panel, the resize handle, the hover
 * preview marker and the show-sidebar button.
 */

export const CONTROLS_CSS = `
.sn-root .sn-chip {
  padding: 2px 10px; font-size: 12px; line-height: 20px; border-radius: 6px;
  border: 1px solid var(--sn-border); background: var(--sn-bg); color: var(--sn-fg);
}
.sn-root .sn-chip:hover:not(:disabled):not([aria-pressed="true"]) { background: var(--sn-panel); }
.sn-root .sn-chip[aria-pressed="true"] { background: var(--sn-accent); color: var(--sn-accent-fg); border-color: var(--sn-accent); }
.sn-root .sn-chip:disabled { opacity: 0.55; cursor: default; }
.sn-root select, .sn-root input[type="search"] {
  font: inherit; font-size: 12px; color: var(--sn-fg); background: var(--sn-bg);
  border: 1px solid var(--sn-border); border-radius: 6px; padding: 2px 6px; max-width: 100%;
}
.sn-root input[type="search"] { width: 100%; font-size: 14px; padding: 6px 10px; }
.sn-section-toggle {
  display: inline-flex; align-items: center; gap: 4px; text-transform: inherit; letter-spacing: inherit;
  font-weight: inherit;
}
.sn-chevron::before {
  content: ""; display: inline-block; border: 5px solid transparent; border-top-color: currentColor;
  border-bottom-width: 0; transition: transform 120ms ease-out; margin-right: 2px;
}
.sn-section[data-open="false"] .sn-chevron::before { transform: rotate(-90deg); }
.sn-shown { font-size: 11px; text-transform: none; letter-spacing: 0; font-weight: 400; margin-left: 4px; }
.sn-sidebar-tools { padding: 8px 16px 0; display: grid; gap: 8px; }
.sn-export { display: flex; align-items: center; gap: 6px; font-size: 12px; color: var(--sn-muted); }
.sn-tools { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; margin: 0 0 8px; font-size: 12px; }
.sn-field { display: inline-flex; align-items: center; gap: 4px; color: var(--sn-muted); }
.sn-groups { list-style: none; margin: 0; padding: 0; }
.sn-group + .sn-group { margin-top: 12px; }
.sn-group-head {
  display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; margin: 0; padding: 6px 0;
  font-size: 14px; border-bottom: 1px solid var(--sn-border);
}
.sn-group-speaker { font-weight: 700; }
.sn-group-head .sn-role { font-weight: 400; font-size: 13px; }
.sn-group .sn-list > li:first-child { border-top: 0; }
.sn-missing { margin: 6px 0 0; font-size: 12px; color: var(--sn-muted); }
.sn-root .sn-show-original { color: var(--sn-accent); text-decoration: underline; }
.sn-source-locate { display: block; width: 100%; border-radius: 4px; }
.sn-source-locate:hover .sn-source-name { text-decoration: underline; }
.sn-evidence { display: block; }
.sn-reader-toolbar {
  position: sticky; top: 0; z-index: 2; height: 0; overflow: visible;
  display: flex; justify-content: flex-end; font-family: var(--sn-ui-font); font-size: 14px;
}
.sn-typography { position: relative; margin-top: -36px; }
.sn-root .sn-typography-toggle { font-family: var(--sn-serif); font-size: 16px; padding: 2px 12px; }
.sn-typography-panel {
  position: absolute; right: 0; top: 36px; width: 300px; display: grid; gap: 10px; padding: 12px;
  background: var(--sn-bg); color: var(--sn-fg); border: 1px solid var(--sn-border); border-radius: 8px;
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.18);
}
.sn-typography-panel[hidden] { display: none; }
.sn-stepper { display: grid; grid-template-columns: 1fr auto 64px auto; align-items: center; gap: 6px; }
.sn-stepper-value { text-align: center; font-variant-numeric: tabular-nums; }
.sn-choice { display: flex; flex-wrap: wrap; gap: 6px; }
.sn-resize {
  position: fixed; top: 0; bottom: 0; right: calc(var(--sn-sidebar-width) - 4px); width: 8px;
  cursor: col-resize; z-index: 3; touch-action: none;
}
.sn-resize:hover, .sn-resize:focus-visible { background: var(--sn-accent); opacity: 0.5; }
.sn-root .sn-sidebar-show {
  position: fixed; top: 12px; right: 16px; pointer-events: auto; z-index: 3;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2); padding: 4px 12px; font-size: 13px;
}
.sn-preview-track { position: fixed; top: 0; bottom: 0; right: var(--sn-sidebar-width); width: 6px; z-index: 3; }
.sn-preview-marker {
  position: absolute; left: 0; right: 0; height: 12px; margin-top: -6px; border-radius: 3px;
  background: var(--sn-accent); transition: top 120ms ease-out;
}
.sn-root[data-font="sans"] .sn-reader { font-family: var(--sn-ui-font); }
@media (prefers-reduced-motion: reduce) {
  .sn-root *, .sn-root *::before, .sn-root *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
}
`;

/**
 * Printing prints the article: the live overlay is hidden, and in the content script's static print
 * copy ([data-print-copy]) the sidebar, toolbars and markers disappear and the reader pane flows as
 * ordinary content (the content script also hides the page behind it while printing).
 */
export const PRINT_CSS = `
@media print {
  :host { position: static !important; }
  .sn-root:not([data-print-copy]) { display: none !important; }
  .sn-sidebar, .sn-reader-toolbar, .sn-sidebar-show, .sn-preview-track, .sn-resize { display: none !important; }
  .sn-root { --sn-sidebar-px: 0px; --sn-reader-bg: #ffffff; --sn-fg: #000000; --sn-muted: #333333; color-scheme: light; }
  .sn-reader-pane { position: static; overflow: visible; padding: 0; background: #ffffff; color: #000000; }
  .sn-reader { max-width: none; }
  .sn-article-body a { color: inherit; }
}
`;
