/**
 * The clutter UI's leftovers, end to end in headless Chromium:
 * - Esc in the sidebar's search box clears the search first; only Esc in the empty box closes Sidenote.
 * - With Chromium in German, the clutter section, the options page's clutter card and title, and the
 *   toolbar button's title (manifest __MSG__ and the background's setTitle) come from de's _locales.
 * - The Show button and the per-site switch are styled like the sidebar's other controls, not left
 *   to the browser's default button and checkbox, in the light and dark themes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Launched } from './harness/browser';
import { ROOT, startServer, type PageServer } from './harness/server';
import { hasHost, readShadow, waitForShadow } from './harness/shadow';
import { openPage, openSidenote } from './harness/sidenote';
import { useSidenote } from './harness/suite';
import { callInShadow, launchWith } from './sidebar-harness';

type Table = Record<string, { message: string }>;
const messages = (loc: string): Table => JSON.parse(readFileSync(join(ROOT, 'public/_locales', loc, 'messages.json'), 'utf8')) as Table;
const SEED = '/pages/seed-cbs/';

describe('English build', () => {
  let server: PageServer;
  let b: Launched;
  useSidenote((s, l) => ([server, b] = [s, l]));

  test('Esc in a non-empty search box clears it; Esc in the empty box closes Sidenote', async () => {
    const page = await openPage(b, server.url(SEED));
    const doc = await openSidenote(b, page);
    const all = doc.querySelectorAll('li.sn-quote').length;
    expect(all).toBeGreaterThan(1);

    await callInShadow(page, '.sn-search', 'function () { this.focus(); }');
    await page.keyboard.type('zzqxj');
    await waitForShadow(page, '.sn-no-match');

    await page.keyboard.press('Escape');
    await waitForShadow(page, '#sn-quotes li.sn-quote');
    expect(await hasHost(page)).toBe(true);
    const after = (await readShadow(page))!;
    expect(await callInShadow<string>(page, '.sn-search', 'function () { return this.value; }')).toBe('');
    expect(after.querySelectorAll('li.sn-quote').length).toBe(all);
    // Focus stays in the box, so the next Esc is the box's too, and now it closes.
    expect(await callInShadow<boolean>(page, '.sn-search', 'function () { return this.getRootNode().activeElement === this; }')).toBe(true);

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.getElementsByTagName('sidenote-root').length === 0);
    await page.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the Show button and the site switch have the sidebar's control styling (${theme})`, async () => {
      const page = await openPage(b, server.url(SEED));
      await openSidenote(b, page);
      await callInShadow(page, '.sn-typography-toggle', 'function () { this.click(); }');
      await callInShadow(page, `.sn-theme-${theme}`, 'function () { this.click(); }');
      await waitForShadow(page, `.sn-root[data-theme="${theme}"]`);
      const style = (selector: string, pseudo = ''): Promise<Record<string, string>> =>
        callInShadow(page, selector, `function (p) {
          const s = getComputedStyle(this, p || null);
          return { radius: s.borderTopLeftRadius, border: s.borderTopStyle, bg: s.backgroundColor, color: s.color, appearance: s.appearance, width: s.width };
        }`, pseudo);
      const copy = await style('button.sn-copy');
      const show = await style('.sn-clutter-show');
      expect(show.radius).toBe(copy.radius);
      expect(show.border).toBe('solid');
      expect(show.color).toBe(copy.color);
      const track = await style('.sn-clutter-site input');
      expect(track.appearance).toBe('none');
      expect(track.width).toBe('32px');
      const knob = await style('.sn-clutter-site input', '::before');
      expect(knob.bg).not.toBe(track.bg);
      await page.close();
    });
  }
});

describe('German UI', () => {
  const de = messages('de');
  let server: PageServer;
  let b: Launched;
  beforeAll(async () => {
    server = await startServer();
    b = await launchWith(['--lang=de']);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  test('the clutter section speaks German', async () => {
    const page = await openPage(b, server.url(SEED));
    const doc = await openSidenote(b, page);
    const heading = doc.querySelector('#sn-clutter-heading')?.textContent ?? '';
    const n = Number.parseInt(heading, 10);
    expect(n).toBeGreaterThan(1);
    expect(heading.replace(/\d+/, '').trim()).toBe(de.clutterHiddenMany!.message);
    expect(doc.querySelector('.sn-clutter-site')?.textContent?.trim()).toBe(de.clutterSiteSwitch!.message.replace('$1', '127.0.0.1'));
    const item = doc.querySelector('.sn-clutter-item[data-category="push-prompt"]') ?? doc.querySelector('.sn-clutter-item');
    const category = item?.querySelector('.sn-clutter-category')?.textContent ?? '';
    expect(Object.entries(de).some(([k, v]) => k.startsWith('clutter_') && v.message === category)).toBe(true);
    const show = item?.querySelector('.sn-clutter-show');
    expect(show?.textContent).toBe(de.clutterShow!.message);
    expect(show?.getAttribute('aria-label')).toBe(de.clutterShowLabel!.message.replace('$1', category));
    await page.close();
  });

  test('the options page title and clutter card, and the toolbar title, speak German', async () => {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
    await page.getByRole('switch').first().waitFor();
    expect(await page.title()).toBe(de.optionsTitle!.message);
    expect(await page.locator('#clutter-heading').textContent()).toBe(de.clutterHeading!.message);
    expect(await page.locator('label[for="remove-clutter"]').textContent()).toBe(de.optionsRemoveClutter!.message);
    expect(await page.locator('label[for="cat-push-prompt"]').textContent()).toBe(de.optionsCatPushPrompt!.message);
    expect(await page.locator('#clutter-heading ~ fieldset legend').textContent()).toBe(de.optionsClutterKinds!.message);
    await page.close();
    const title = await b.worker.evaluate(() => (globalThis as unknown as { chrome: { action: { getTitle(d: object): Promise<string> } } }).chrome.action.getTitle({}));
    expect(title).toBe(de.actionTitle!.message);
  });
});
