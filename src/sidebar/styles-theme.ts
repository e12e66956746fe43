/**
 * Colour themes of the reader and sidebar as custom properties on .sn-root: light (the default),
 * dark, sepia, and auto, which is light or dark by prefers-color-scheme. Every pair of text and
 * background colours here keeps WCAG AA contrast (the axe e2e run checks it in light and dark).
 */

const LIGHT = `
  --sn-bg: #ffffff;
  --sn-fg: #1f2328;
  --sn-muted: #59636e;
  --sn-border: #d1d9e0;
  --sn-panel: #f6f8fa;
  --sn-accent: #0b57d0;
  --sn-accent-fg: #ffffff;
  --sn-warn-bg: #fff8c5;
  --sn-warn-fg: #3b2e00;
  --sn-danger: #b3261e;
  --sn-reader-bg: #fbfaf7;
  --sn-mark: #ffe58a;
  color-scheme: light;
`;

const DARK = `
  --sn-bg: #1b1d21;
  --sn-fg: #e6e8eb;
  --sn-muted: #a3acb7;
  --sn-border: #3a3f46;
  --sn-panel: #24272c;
  --sn-accent: #8ab4f8;
  --sn-accent-fg: #10131a;
  --sn-warn-bg: #3d3417;
  --sn-warn-fg: #f5e6a8;
  --sn-danger: #ffb4ab;
  --sn-reader-bg: #16181b;
  --sn-mark: #6b5a12;
  color-scheme: dark;
`;

const SEPIA = `
  --sn-bg: #f7f0e1;
  --sn-fg: #3b2f20;
  --sn-muted: #5f4b32;
  --sn-border: #d8c9a7;
  --sn-panel: #ede2c9;
  --sn-accent: #7c4210;
  --sn-accent-fg: #ffffff;
  --sn-warn-bg: #f5e3a3;
  --sn-warn-fg: #3b2e00;
  --sn-danger: #9c1f17;
  --sn-reader-bg: #f4ecd8;
  --sn-mark: #f2c86b;
  color-scheme: light;
`;

/** Theme rules, appended after the base rules. */
export const THEME_CSS = `
.sn-root { ${LIGHT} }
.sn-root[data-theme="dark"] { ${DARK} }
.sn-root[data-theme="sepia"] { ${SEPIA} }
@media (prefers-color-scheme: dark) {
  .sn-root[data-theme="auto"] { ${DARK} }
}
`;
