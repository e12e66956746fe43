/**
 * Mounts the Sidenote UI into the content script's closed shadow root. Styles arrive as an adopted
 * constructable stylesheet, which page CSPs that block <style> and style attributes still allow.
 */
import { render } from 'preact';
import { App } from './app';
import { SIDEBAR_CSS } from './styles';
import type { AppProps, MountedApp } from './types';

/**
 * A stylesheet built by the shadow's own window: adopting a sheet constructed for another document
 * throws. Null where constructable stylesheets are missing (old engines, DOM shims in tests).
 */
function createSheet(shadow: ShadowRoot): CSSStyleSheet | null {
  const win = (shadow.ownerDocument?.defaultView ?? globalThis) as typeof globalThis;
  const Ctor = win.CSSStyleSheet ?? globalThis.CSSStyleSheet;
  if (typeof Ctor !== 'function' || !('adoptedStyleSheets' in shadow)) return null;
  const sheet = new Ctor();
  sheet.replaceSync(SIDEBAR_CSS);
  return sheet;
}

/** Adds sheet to the shadow's adopted sheets, keeping any the content script adopted itself. */
function adopt(shadow: ShadowRoot, sheet: CSSStyleSheet): void {
  try {
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } catch {
    // Firefox content scripts see the page's array through an Xray wrapper; assigning a
    // content-script array can fail there while mutating the existing one works.
    shadow.adoptedStyleSheets.push(sheet);
  }
}

/** Removes sheet from the shadow's adopted sheets (same Xray caveat as adopt). */
function release(shadow: ShadowRoot, sheet: CSSStyleSheet): void {
  try {
    shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== sheet);
  } catch {
    const i = shadow.adoptedStyleSheets.indexOf(sheet);
    if (i >= 0) shadow.adoptedStyleSheets.splice(i, 1);
  }
}

/** Renders the app into shadow and returns handles to re-render it and to tear it down. */
export function mountApp(shadow: ShadowRoot, props: AppProps): MountedApp {
  const sheet = createSheet(shadow);
  if (sheet) adopt(shadow, sheet);
  let mounted = true;
  render(<App {...props} />, shadow);
  return {
    update(next: AppProps): void {
      if (mounted) render(<App {...next} />, shadow);
    },
    unmount(): void {
      if (!mounted) return;
      mounted = false;
      render(null, shadow);
      shadow.replaceChildren();
      if (sheet) release(shadow, sheet);
    },
  };
}
