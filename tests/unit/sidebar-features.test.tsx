/**
 * The sidebar's reader features rendered from props in linkedom: copy formats from prefs, "Copy all",
 * export, the "not in the reader" note, search, grouping, collapsing, hiding, typography and resize
 * going out through onPrefs, and a translated render.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../src/core/types';
import { DEFAULT_READER_PREFS } from '../../src/shared/reader-prefs';
import { mountApp } from '../../src/sidebar/mount';
import { translator } from '../../src/sidebar/translate';
import type { AppProps } from '../../src/sidebar/types';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';

/** Nodes as the content script hands them over: a fragment (DOMPurify's output in the extension). */
function fragment(doc: Document, html: string): DocumentFragment {
  const template = doc.createElement('template');
  template.innerHTML = html;
  return template.content;
}

const analysis: Analysis = {
  url: 'https://example.com/a', title: 'Headline', byline: null, siteName: 'Example News', published: '2018-06-14', lang: 'en', text: 'x',
  quotes: [
    { text: 'First words', speaker: 'Ann Lee', role: 'Mayor', kind: 'full', paragraph: 1 },
    { text: 'Dropped words', speaker: 'Bob Roe', role: null, kind: 'full', paragraph: 2 },
    { text: 'More words', speaker: 'Ann Lee', role: 'Mayor', kind: 'partial', paragraph: 3 },
  ],
  sources: [{ name: 'Reuters', kind: 'wire', evidence: 'according to Reuters', url: null }],
  copyright: [], clutter: [], warnings: [],
};

function setup(over: Partial<AppProps> = {}) {
  const { document } = parseHTML('<!doctype html><html><body><div id="host"></div></body></html>');
  const win = document.defaultView as unknown as typeof globalThis;
  const shadow = document.getElementById('host')!.attachShadow({ mode: 'closed' }) as unknown as ShadowRoot;
  const props: AppProps = {
    analysis,
    reader: { body: fragment(document, '<p>First words. More words.</p>'), readingMinutes: 2, dir: 'ltr', missing: ['Dropped words'] },
    mode: 'reader',
    t: translator(en),
    prefs: DEFAULT_READER_PREFS,
    hiddenClutter: [],
    clutterEnabled: false,
    onPrefs: vi.fn(),
    onDownload: vi.fn(),
    onPreview: vi.fn(() => 0.25),
    onModeChange: vi.fn(),
    onClose: vi.fn(),
    onCopy: vi.fn(async () => true),
    onLocate: vi.fn(() => true),
    ...over,
  };
  const app = mountApp(shadow, props);
  const $ = (sel: string) => shadow.querySelector(sel) as HTMLElement | null;
  const $$ = (sel: string) => Array.from(shadow.querySelectorAll(sel)) as HTMLElement[];
  const fire = (el: Element | null, type: string) => el!.dispatchEvent(new win.Event(type, { bubbles: true }));
  const key = (el: Element | null, k: string) => el!.dispatchEvent(Object.assign(new win.Event('keydown', { bubbles: true }), { key: k }));
  return { props, app, $, $$, fire, key };
}
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('sidebar features', () => {
  it('copies in the preferred format and copies all shown quotes', async () => {
    const { $, $$, fire, props } = setup({ prefs: { ...DEFAULT_READER_PREFS, copyFormat: 'citation' } });
    fire($$('.sn-quote .sn-copy')[0]!, 'click');
    await flush();
    expect(props.onCopy).toHaveBeenLastCalledWith('“First words” — Ann Lee, Mayor. “Headline.” Example News, June 14, 2018. https://example.com/a');
    fire($('.sn-copy-all'), 'click');
    await flush();
    expect((props.onCopy as ReturnType<typeof vi.fn>).mock.calls.at(-1)![0].split('\n\n')).toHaveLength(3);
    await flush();
    expect($('.sn-copy-all')?.textContent).toBe('Copied');
  });

  it('a quote missing from the reader says so and offers the original page', () => {
    const { $$, fire, props } = setup();
    const dropped = $$('.sn-quote').find((li) => li.textContent?.includes('Dropped words'))!;
    expect(dropped.getAttribute('data-missing')).toBe('true');
    expect(dropped.querySelector('.sn-missing')?.textContent).toContain('The reader view left this out.');
    expect($$('.sn-quote .sn-missing')).toHaveLength(1);
    fire(dropped.querySelector('.sn-show-original'), 'click');
    expect(props.onModeChange).toHaveBeenCalledWith('original');
    expect(props.onLocate).toHaveBeenLastCalledWith('Dropped words', 'original');
  });

  it('the note is not shown on the original page, where everything is', () => {
    const { $$ } = setup({ mode: 'original' });
    expect($$('.sn-missing')).toHaveLength(0);
  });

  it('hover previews through onPreview and shows the position marker', async () => {
    const { $, fire, props } = setup();
    fire($('.sn-quote-locate'), 'mouseenter');
    await flush();
    expect(props.onPreview).toHaveBeenLastCalledWith('First words');
    expect($('.sn-preview-marker')).not.toBeNull();
    fire($('.sn-quote-locate'), 'mouseleave');
    await flush();
    expect(props.onPreview).toHaveBeenLastCalledWith(null);
    expect($('.sn-preview-marker')).toBeNull();
  });

  it('search filters quotes and sources and reports how many are shown', async () => {
    const { $, $$, fire } = setup();
    const box = $('.sn-search') as HTMLInputElement;
    box.value = 'ann more';
    fire(box, 'input');
    await flush();
    expect($$('.sn-quote-text').map((e) => e.textContent)).toEqual(['More words']);
    expect($('#sn-quotes .sn-count')?.textContent).toBe('3');
    expect($('#sn-quotes .sn-shown')?.textContent).toBe('1 shown');
    expect($('#sn-sources .sn-no-match')).not.toBeNull();
  });

  it('groups by speaker (saved as a preference) and collapses sections', async () => {
    const { $, $$, fire, props } = setup({ prefs: { ...DEFAULT_READER_PREFS, groupBySpeaker: true } });
    expect($$('.sn-group-speaker').map((e) => e.textContent)).toEqual(['Ann Lee', 'Bob Roe']);
    expect($$('.sn-group')[0]!.querySelectorAll('.sn-quote')).toHaveLength(2);
    expect($$('.sn-group .sn-speaker')).toHaveLength(0);
    fire($('.sn-group-toggle'), 'click');
    expect(props.onPrefs).toHaveBeenCalledWith({ groupBySpeaker: false });
    fire($('#sn-quotes .sn-section-toggle'), 'click');
    await flush();
    expect($('#sn-quotes .sn-section-toggle')?.getAttribute('aria-expanded')).toBe('false');
    expect($('#sn-quotes-body')?.hasAttribute('hidden')).toBe(true);
    expect($('#sn-quotes .sn-count')?.textContent).toBe('3');
  });

  it('hides and shows the sidebar while the reader stays', async () => {
    const { $, fire } = setup();
    fire($('.sn-sidebar-hide'), 'click');
    await flush();
    expect($('.sn-sidebar')).toBeNull();
    expect($('.sn-reader')).not.toBeNull();
    expect($('.sn-root')?.getAttribute('data-sidebar')).toBe('hidden');
    fire($('.sn-sidebar-show'), 'click');
    await flush();
    expect($('.sn-sidebar')).not.toBeNull();
  });

  it('typography, theme and resize go out through onPrefs, within limits', async () => {
    const { $, fire, key, props } = setup({ prefs: { ...DEFAULT_READER_PREFS, fontSize: 32 } });
    expect($('.sn-root')?.getAttribute('data-theme')).toBe('auto');
    fire($('.sn-typography-toggle'), 'click');
    await flush();
    expect($('.sn-typography-panel')?.hasAttribute('hidden')).toBe(false);
    expect($('.sn-fontSize-up')?.hasAttribute('disabled')).toBe(true);
    fire($('.sn-fontSize-down'), 'click');
    expect(props.onPrefs).toHaveBeenLastCalledWith({ fontSize: 30 });
    fire($('.sn-theme-sepia'), 'click');
    expect(props.onPrefs).toHaveBeenLastCalledWith({ theme: 'sepia' });
    await flush();
    expect($('.sn-root')?.getAttribute('data-theme')).toBe('sepia');
    key($('.sn-resize'), 'ArrowLeft');
    expect(props.onPrefs).toHaveBeenLastCalledWith({ sidebarWidth: 420 });
    key($('.sn-resize'), 'End');
    expect(props.onPrefs).toHaveBeenLastCalledWith({ sidebarWidth: 720 });
  });

  it('exports JSON and Markdown through onDownload', () => {
    const { $, fire, props } = setup();
    fire($('.sn-export-json'), 'click');
    expect(props.onDownload).toHaveBeenLastCalledWith('sidenote-headline.json', 'application/json', expect.stringContaining('"quotes"'));
    fire($('.sn-export-md'), 'click');
    expect(props.onDownload).toHaveBeenLastCalledWith('sidenote-headline.md', 'text/markdown', expect.stringMatching(/^# Headline\n/));
  });

  it('renders in the translator’s language', () => {
    const { $ } = setup({ t: translator(fr), locale: 'fr' });
    expect($('#sn-quotes-heading')?.textContent).toContain('Citations');
    expect($('.sn-mode-original')?.textContent).toBe('Page d’origine');
    expect($('.sn-date')?.textContent).toBe('14 juin 2018');
    expect($('.sn-reading-time')?.textContent).toBe('2 min de lecture');
  });
});
