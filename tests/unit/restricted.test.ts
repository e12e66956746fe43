import { describe, expect, test } from 'vitest';
import { BROWSER_PAGE, STORE_PAGE, reasonFromError, restrictionReason } from '../../src/background/restricted';

describe('restricted pages', () => {
  test.each([
    ['chrome://version', BROWSER_PAGE],
    ['chrome-extension://abc/options.html', BROWSER_PAGE],
    ['about:blank', BROWSER_PAGE],
    ['view-source:https://example.com', BROWSER_PAGE],
    ['https://chromewebstore.google.com/detail/x', STORE_PAGE],
    ['https://chrome.google.com/webstore/category', STORE_PAGE],
    ['https://addons.mozilla.org/en-US/firefox/', STORE_PAGE],
    ['https://www.cbsnews.com/news/x/', null],
    ['http://127.0.0.1:8080/pages/seed-cbs/', null],
    [undefined, null],
  ])('%s', (url, reason) => {
    expect(restrictionReason(url)).toBe(reason);
  });

  test.each([
    ['Cannot access a chrome:// URL', BROWSER_PAGE],
    ['The extensions gallery cannot be scripted.', STORE_PAGE],
    ['Cannot access contents of url "about:blank".', BROWSER_PAGE],
  ])('error %s', (detail, reason) => {
    expect(reasonFromError(detail)).toBe(reason);
  });
  test('unknown errors are passed on, not swallowed', () => {
    expect(reasonFromError('Frame with ID 0 was removed.')).toContain('Frame with ID 0 was removed.');
  });
});
