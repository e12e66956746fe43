import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../src/core/types';
import { mountApp } from '../../src/sidebar/mount';
import type { AppProps } from '../../src/sidebar/types';
import { translator } from '../../src/sidebar/translate';
import en from '../../public/_locales/en/messages.json';

/** Nodes as the content script hands them over: a fragment (DOMPurify's output in the extension). */
function fragment(doc: Document, html: string): DocumentFragment {
  const template = doc.createElement('template');
  template.innerHTML = html;
  return template.content;
}

const t = translator(en);

function analysis(over: Partial<Analysis> = {}): Analysis {
  return {
    url: 'https://example.com/a',
    title: 'A <b>headline</b>',
    byline: 'Jane Doe',
    siteName: 'Example News',
    published: '2018-06-14',
    lang: 'en',
    text: 'x',
    quotes: [
      { text: 'We will <img src=x onerror=alert(1)> act', speaker: 'Jeff Sessions', role: 'US Attorney General', kind: 'full', paragraph: 1 },
      { text: 'anonymous words', speaker: null, role: null, kind: 'partial', paragraph: 2 },
    ],
    sources: [
      { name: 'Reuters', kind: 'wire', evidence: 'according to Reuters', url: 'https://reuters.com/x', count: 3 },
      { name: 'Evil', kind: 'link', evidence: 'see here', url: 'javascript:alert(1)' },
    ],
    copyright: [{ text: '© 2018 Example', origin: 'json-ld', holder: 'Example', year: '2018', license: null }],
    clutter: [],
    warnings: [],
    ...over,
  };
}

function setup(over: Partial<AppProps> = {}) {
  const { document } = parseHTML('<!doctype html><html><body><div id="host"></div></body></html>');
  const shadow = document.getElementById('host')!.attachShadow({ mode: 'closed' }) as unknown as ShadowRoot;
  const props: AppProps = {
    analysis: analysis(),
    reader: { body: fragment(document, '<p>Body <em>text</em></p>'), readingMinutes: 4, dir: 'ltr' },
    mode: 'reader',
    t,
    hiddenClutter: [{ category: 'push-prompt', text: 'Be the first to know' }],
    clutterEnabled: true,
    onModeChange: vi.fn(),
    onClose: vi.fn(),
    onCopy: vi.fn(async () => true),
    onLocate: vi.fn(),
    ...over,
  };
  const app = mountApp(shadow, props);
  const $ = (sel: string) => shadow.querySelector(sel) as HTMLElement | null;
  const $$ = (sel: string) => Array.from(shadow.querySelectorAll(sel)) as HTMLElement[];
  const click = (el: Element | null) => el!.dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event('click', { bubbles: true }));
  return { shadow, props, app, $, $$, click };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('sidebar rendering', () => {
  it('renders the reader pane and the three sections', () => {
    const { $, $$ } = setup();
    expect($('article.sn-reader')?.getAttribute('lang')).toBe('en');
    expect($('.sn-title')?.textContent).toBe('A <b>headline</b>');
    expect($('.sn-date')?.textContent).toBe('June 14, 2018');
    expect($('.sn-reading-time')?.textContent).toBe('4 min read');
    expect($('.sn-article-body em')?.textContent).toBe('text');
    expect($('aside.sn-sidebar')?.getAttribute('aria-label')).toBe('Sidenote');
    expect($('#sn-quotes .sn-count')?.textContent).toBe('2');
    expect($$('li.sn-quote')).toHaveLength(2);
    expect($$('.sn-speaker').map((e) => e.textContent)).toEqual(['Jeff Sessions', 'Unattributed']);
    expect($('.sn-role')?.textContent).toBe('US Attorney General');
    expect($('#sn-sources .sn-count')?.textContent).toBe('2');
    expect($('#sn-copyright .sn-origin')?.textContent).toBe('JSON-LD');
    expect($('#sn-clutter .sn-count')?.textContent).toBe('1');
    expect($('button.sn-mode-reader')?.getAttribute('aria-pressed')).toBe('true');
    expect($('button.sn-mode-original')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('inserts the body as nodes, keeps them across re-renders and replaces them only for a new body', () => {
    const { $, app, props, shadow } = setup();
    const em = $('.sn-article-body em');
    expect(em?.textContent).toBe('text');
    // The session's fragment is never emptied: a copy is shown, so a remount can show it again.
    expect(props.reader.body?.firstChild?.textContent).toBe('Body text');
    app.update({ ...props, mode: 'reader', clutterEnabled: false });
    expect($('.sn-article-body em')).toBe(em);
    const doc = shadow.ownerDocument!;
    app.update({ ...props, reader: { ...props.reader, body: fragment(doc, '<p>Second <strong>page</strong></p>') } });
    expect($('.sn-article-body')?.textContent).toBe('Second page');
    expect($('.sn-article-body em')).toBeNull();
  });

  it('renders page strings as text, never HTML, and only http(s) links', () => {
    const { $, $$ } = setup();
    expect($('.sn-quote-text')?.textContent).toBe('We will <img src=x onerror=alert(1)> act');
    expect($('.sn-sidebar img')).toBeNull();
    const links = $$('a.sn-source-link');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe('https://reuters.com/x');
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('copies, locates, switches mode and closes through the callbacks', async () => {
    const { $, props, click } = setup();
    click($('.sn-quote-locate'));
    expect(props.onLocate).toHaveBeenCalledWith('We will <img src=x onerror=alert(1)> act');
    click($('button.sn-copy'));
    await flush();
    await flush();
    expect(props.onCopy).toHaveBeenCalledWith(
      '“We will <img src=x onerror=alert(1)> act” — Jeff Sessions, US Attorney General\nA <b>headline</b>, Example News, June 14, 2018. https://example.com/a',
    );
    expect($('button.sn-copy')?.textContent).toBe('Copied');
    expect($('.sn-announcer')?.textContent).toBe('Copied');
    click($('button.sn-mode-original'));
    expect(props.onModeChange).toHaveBeenCalledWith('original');
    click($('button.sn-close'));
    expect(props.onClose).toHaveBeenCalled();
  });

  it('reports a failed copy', async () => {
    const { $, click } = setup({ onCopy: vi.fn(async () => false) });
    click($('button.sn-copy'));
    await flush();
    await flush();
    expect($('button.sn-copy')?.textContent).toBe('Copy failed');
  });

  it('original mode has no reader pane; update and unmount work', async () => {
    const { $, app, props, shadow } = setup({ mode: 'original' });
    expect($('.sn-reader-pane')).toBeNull();
    expect($('.sn-sidebar')).not.toBeNull();
    app.update({ ...props, mode: 'reader', clutterEnabled: false, analysis: analysis({ quotes: [], warnings: ['not-article: x', 'quotes-failed: boom'] }) });
    await flush();
    expect($('.sn-reader-pane')).not.toBeNull();
    expect($('#sn-quotes .sn-empty')?.textContent).toBe('No direct quotes found.');
    expect($('.sn-warning')?.getAttribute('role')).toBe('status');
    expect($('.sn-warning')?.textContent).toContain("doesn't look like an article");
    expect($('#sn-clutter')?.textContent).toContain('Clutter removal is off');
    app.unmount();
    expect(shadow.childNodes.length).toBe(0);
  });

  it('shows a message when there is no article', () => {
    const { $ } = setup({ reader: { body: null, readingMinutes: 0, dir: null } });
    expect($('.sn-no-article')?.textContent).toContain('Sidenote found no article on this page.');
    expect($('.sn-article-body')).toBeNull();
  });
});
