import { describe, expect, test, vi } from 'vitest';

// webextension-polyfill throws outside an extension; settings' pure parts need no browser.
vi.mock('../../src/shared/browser', () => ({ default: {} }));
const { DEFAULT_SETTINGS, activeClutterCategories, validateSettings } = await import('../../src/shared/settings');

describe('validateSettings', () => {
  test.each([
    ['nothing stored', undefined],
    ['a string', 'garbage'],
    ['an array', [1, 2]],
    ['null', null],
  ])('%s gives the defaults', (_name, raw) => {
    expect(validateSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  test('keeps valid fields and drops invalid ones', () => {
    const s = validateSettings({
      removeClutter: false,
      clutterCategories: { newsletter: true, 'push-prompt': 'yes', bogus: true },
      clutterExceptions: ['Example.COM', 42, 'bad host!', 'news.site.org'],
    });
    expect(s.removeClutter).toBe(false);
    expect(s.clutterCategories).toEqual({ ...DEFAULT_SETTINGS.clutterCategories, newsletter: true });
    expect(s.clutterExceptions).toEqual(['example.com', 'news.site.org']);
  });

  test('clutter removal is on by default, newsletter off', () => {
    expect(DEFAULT_SETTINGS.removeClutter).toBe(true);
    expect(DEFAULT_SETTINGS.clutterCategories.newsletter).toBe(false);
  });
});

describe('activeClutterCategories', () => {
  const s = validateSettings({});
  test('default categories on an ordinary site', () => {
    expect(activeClutterCategories(s, 'www.cbsnews.com')).toEqual(['open-in-app', 'app-banner', 'push-prompt']);
  });
  test('the master switch turns everything off', () => {
    expect(activeClutterCategories({ ...s, removeClutter: false }, 'www.cbsnews.com')).toEqual([]);
  });
  test('a site exception turns everything off there only', () => {
    const e = { ...s, clutterExceptions: ['www.cbsnews.com'] };
    expect(activeClutterCategories(e, 'WWW.CBSNEWS.COM')).toEqual([]);
    expect(activeClutterCategories(e, 'edition.cnn.com')).not.toEqual([]);
  });
});
