/**
 * The accessibility test page. axe-core cannot see into Sidenote's closed shadow root, so this page
 * renders the very same UI into an *open* one: the same core analysis of a served fixture page, the
 * same DOMPurify reader body, the same mountApp (components and adopted stylesheet) and the same
 * English _locales messages. Only the shadow mode and the stubbed callbacks differ from the extension.
 * Query: ?page=/pages/<slug>/&theme=light|dark|sepia|auto&mode=reader|original
 */
import { analyzeDocument } from '../../../src/core/analyze';
import { missingFromReader } from '../../../src/content/reader-actions';
import { readerBody } from '../../../src/content/reader-html';
import { validateReaderPrefs } from '../../../src/shared/reader-prefs';
import { mountApp } from '../../../src/sidebar/mount';
import { translator } from '../../../src/sidebar/translate';
import type { AppProps, ViewMode } from '../../../src/sidebar/types';
import en from '../../../public/_locales/en/messages.json';

const params = new URLSearchParams(location.search);
const src = new URL(params.get('page') ?? '/pages/seed-cbs/', location.href).href;
const doc = new DOMParser().parseFromString(await (await fetch(src)).text(), 'text/html');
const extraction = analyzeDocument(doc, { url: src, clutterCategories: ['open-in-app', 'app-banner', 'push-prompt'] });
const body = extraction.content ? readerBody(extraction.content) : null;

const host = document.createElement('sidenote-root');
document.body.appendChild(host);
const shadow = host.attachShadow({ mode: 'open' });
let mode = (params.get('mode') ?? 'reader') as ViewMode;
let prefs = validateReaderPrefs({ theme: params.get('theme') ?? 'light' });

const props = (): AppProps => ({
  analysis: extraction.analysis,
  reader: { body, readingMinutes: extraction.readingMinutes, dir: extraction.dir, missing: missingFromReader(body, extraction.analysis) },
  mode,
  t: translator(en),
  locale: 'en',
  prefs,
  hiddenClutter: extraction.analysis.clutter,
  clutterEnabled: true,
  // As in the extension: each hidden item has a Show button and the site has its switch.
  clutterSite: { host: location.hostname, excepted: false },
  onRevealClutter: () => undefined,
  onClutterSiteException: () => undefined,
  onPrefs: (patch) => {
    prefs = { ...prefs, ...patch };
    app.update(props());
  },
  onDownload: () => undefined,
  onPreview: () => null,
  onModeChange: (next) => {
    mode = next;
    app.update(props());
  },
  onClose: () => undefined,
  onCopy: async () => true,
  onLocate: () => true,
});
const app = mountApp(shadow, props());
document.documentElement.dataset.ready = 'true';
