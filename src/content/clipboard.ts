/**
 * Clipboard writes from the page. The async Clipboard API needs a secure context and focus; plain-http
 * pages have neither, so fall back to a hidden textarea and execCommand('copy'), which the
 * clipboardWrite permission allows in content scripts. The textarea lives in Sidenote's closed shadow
 * root so page scripts never see the text.
 */
export async function writeClipboard(text: string, scratch: ShadowRoot): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Fall through: focus or permission was missing.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.setProperty('position', 'fixed');
  area.style.setProperty('opacity', '0');
  area.style.setProperty('pointer-events', 'none');
  scratch.appendChild(area);
  const active = scratch.activeElement as HTMLElement | null;
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  active?.focus?.();
  return ok;
}
