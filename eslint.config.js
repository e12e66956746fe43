/**
 * Lint, including the architecture's import boundaries: src/core imports nothing outside itself,
 * the runtimes (content, background, sidebar, options, cli) never import each other except that the
 * content script mounts the sidebar, and only src/shared/browser.ts touches webextension-polyfill or chrome.*.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const runtimes = ['content', 'background', 'sidebar', 'options', 'cli'];

/**
 * HTML-string sinks. Sidenote shows page markup only as nodes DOMPurify returned; a string parsed into
 * a live document could run script or mutate after sanitising. (The add-ons linter checks the bundle.)
 */
const htmlSinks = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Insert sanitised nodes (DOMPurify RETURN_DOM_FRAGMENT), not an HTML string.' },
  { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]", message: 'Build nodes (textContent, createElement) instead of assigning HTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Build nodes instead of inserting HTML.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'document.write is never needed.' },
];

/** Import patterns a folder under src/ may not use. */
function forbidden(folder) {
  const others = runtimes.filter((r) => r !== folder && !(folder === 'content' && r === 'sidebar'));
  const patterns = [
    { group: others.flatMap((r) => [`../${r}`, `../${r}/*`, `**/src/${r}/*`]), message: `src/${folder} must not import another runtime.` },
    { group: ['webextension-polyfill'], message: 'Import the browser API from src/shared/browser.ts.' },
  ];
  return patterns;
}

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'artifacts/**', 'bench/**/*.json', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-globals': ['error', { name: 'chrome', message: 'Use src/shared/browser.ts (webextension-polyfill).' }],
    },
  },
  { files: ['src/**'], rules: { 'no-restricted-syntax': ['error', ...htmlSinks] } },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['../*', '!./*', '**/shared/*', '**/content/*', '**/sidebar/*', '**/background/*', '**/options/*', '**/cli/*'], message: 'src/core is pure: it imports nothing outside src/core.' },
          { group: ['webextension-polyfill', 'preact', 'preact/*', 'linkedom', 'jsdom', 'happy-dom'], message: 'src/core must not import browser, UI or DOM libraries.' },
        ],
      }],
      'no-restricted-globals': ['error', 'chrome', 'browser', 'window', 'document', 'navigator', 'location', 'localStorage'],
    },
  },
  {
    files: ['src/shared/**'],
    ignores: ['src/shared/browser.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['../content/*', '../sidebar/*', '../background/*', '../options/*', '../cli/*'], message: 'src/shared must not import a runtime.' },
        { group: ['webextension-polyfill'], message: 'Only src/shared/browser.ts imports webextension-polyfill.' },
      ] }],
    },
  },
  ...runtimes.map((folder) => ({
    files: [`src/${folder}/**`],
    rules: { 'no-restricted-imports': ['error', { patterns: forbidden(folder) }] },
  })),
  {
    files: ['src/sidebar/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [
      ...forbidden('sidebar'),
      { group: ['**/shared/browser', '**/shared/settings', '**/shared/messages'], message: 'The sidebar renders from data only: no browser API.' },
    ] }] },
  },
);
