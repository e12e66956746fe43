/**
 * The permission step of "Hide clutter automatically on every site": the all-sites host permission is
 * optional and asked for only at the moment the user switches the feature on (the click is the user
 * gesture permissions.request needs); switching off gives the permission back.
 */
import browser from '../shared/browser';

/** Must equal the manifest's optional_host_permissions. */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

/** Asks for (on) or releases (off) the all-sites permission; resolves whether the feature may be on. */
export async function setAllSitesAccess(on: boolean): Promise<boolean> {
  if (on) return browser.permissions.request({ origins: ALL_SITES });
  await browser.permissions.remove({ origins: ALL_SITES }).catch(() => false);
  return false;
}
