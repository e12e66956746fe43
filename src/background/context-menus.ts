/**
 * Context menu: "Open in Sidenote" on any page (the same toggle as the toolbar button) and, on a text
 * selection, "Copy as quote with citation", which copies “selection” — “Title.” Site, Date. URL with
 * the page's own metadata. Both act only on the user's click, which grants activeTab for that tab.
 */
import browser, { type Tabs } from '../shared/browser';
import { formatDate, fullCitation } from '../shared/cite';
import { t, uiLocale } from '../shared/i18n';
import { toggleSidenote } from './service-worker';

export const MENU_OPEN = 'sidenote-open';
export const MENU_COPY = 'sidenote-copy-citation';

/** What a menu click tells the handler (the part of menus.OnClickData Sidenote reads). */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

interface PageMeta {
  title: string | null;
  siteName: string | null;
  published: string | null;
  url: string;
}

/** Runs in the page: the article's title, site name and date from its metadata. Self-contained. */
function readPageMeta(): PageMeta {
  const meta = (sel: string): string | null => document.querySelector<HTMLMetaElement>(sel)?.content?.trim() || null;
  return {
    title: meta('meta[property="og:title"]') ?? (document.title.trim() || null),
    siteName: meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]'),
    published: meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]'),
    url: location.href,
  };
}

/**
 * Runs in the page: writes text to the clipboard, falling back to execCommand in a textarea inside a
 * closed shadow root (plain-http pages have no async Clipboard API; page scripts never see the text).
 */
async function writeInPage(text: string): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Fall back below.
    }
  }
  const host = document.createElement('span');
  const shadow = host.attachShadow({ mode: 'closed' });
  const area = document.createElement('textarea');
  area.value = text;
  shadow.appendChild(area);
  document.documentElement.appendChild(host);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  host.remove();
  return ok;
}

/** Copies the selection as a quote with the page's citation; resolves to the copied text or null. */
async function copySelection(text: string, tabId: number): Promise<string | null> {
  const [meta] = await browser.scripting.executeScript({ target: { tabId }, func: readPageMeta });
  const m = meta?.result as PageMeta | undefined;
  if (!m) return null;
  const citation = fullCitation(
    { text, speaker: null, role: null },
    { title: m.title, siteName: m.siteName, date: formatDate(m.published, uiLocale()), url: m.url },
  );
  const [wrote] = await browser.scripting.executeScript({ target: { tabId }, func: writeInPage, args: [citation] });
  return wrote?.result === true ? citation : null;
}

/** Handles a click on one of Sidenote's menu items. */
export async function onMenuClick(info: MenuClick, tab: Tabs.Tab | undefined): Promise<string | null> {
  if (!tab || tab.id === undefined) return null;
  if (info.menuItemId === MENU_OPEN) {
    await toggleSidenote(tab);
    return null;
  }
  if (info.menuItemId === MENU_COPY && info.selectionText?.trim()) return copySelection(info.selectionText, tab.id);
  return null;
}

/** (Re)creates the menu items; menus persist, so this runs on install and update. */
async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_OPEN, title: t('menuOpen'), contexts: ['page'] });
  browser.contextMenus.create({ id: MENU_COPY, title: t('menuCopyCitation'), contexts: ['selection'] });
}

browser.runtime.onInstalled.addListener(() => {
  void createMenus();
});
browser.contextMenus.onClicked.addListener((info, tab) => {
  void onMenuClick(info, tab);
});

// The e2e build lets tests click a menu item (no tool can open a native context menu).
if (__E2E__) (globalThis as { __sidenoteMenuClick?: typeof onMenuClick }).__sidenoteMenuClick = onMenuClick;
