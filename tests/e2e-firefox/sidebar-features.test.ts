/**
 * Two sidebar features in real Firefox ESR:
 * - the Markdown copy format: picking it in the quote tools and pressing Copy puts a blockquote with
 *   its attribution line on the clipboard (read back with a real Ctrl+V into a page text field);
 * - Esc in the search box clears the search first, and only Esc in the empty box closes Sidenote
 *   (the session's window-level Esc handler must see through Firefox's closed-root retargeting too).
 */
import { expect, test } from 'vitest';
import type { PageServer } from '../e2e/harness/server';
import { view } from '../e2e/harness/sidenote';
import { openPage, type LaunchedFirefox } from './harness/firefox';
import { clickInShadow, onShadow, readShadow, waitForShadow } from './harness/shadow';
import { openSidenote, pasteIntoPage, until, waitForNoHost } from './harness/sidenote';
import { useFirefox } from './harness/suite';

const SEED = '/pages/seed-cbs/';
const TITLE = 'Rallies Protesting Immigrant Family Separations Taking Place Across US';

let server: PageServer;
let ff: LaunchedFirefox;

useFirefox((s, f) => ([server, ff] = [s, f]));

test('the Markdown copy format copies a blockquote with its attribution line', async () => {
  const page = await openPage(ff, server.url(SEED));
  const first = view(await openSidenote(page)).quotes[0]!;
  await onShadow(page, `(root) => {
    const select = root.querySelector('.sn-copy-format');
    select.value = 'markdown';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }`);
  expect(await until(async () => (await onShadow<string>(page, '(root) => root.querySelector(".sn-copy-format").value')) === 'markdown')).toBe(true);
  await clickInShadow(page, '.sn-quote .sn-copy', 0);
  expect(await until(async () => (await onShadow<string>(page, '(root) => root.querySelector(".sn-quote .sn-copy").textContent'))?.includes('Copied') ?? false)).toBe(true);

  // "> quote", a bare ">" line, then "> — Speaker, Role, [Title](url), …"; Markdown escapes undone to compare.
  const lines = (await pasteIntoPage(page)).split('\n').map((l) => l.replace(/\\(.)/g, '$1'));
  expect(lines[0]).toBe(`> ${first.text}`);
  expect(lines[1]).toBe('>');
  expect(lines[2]).toMatch(/^> — /);
  expect(lines[2]).toContain(first.speaker);
  expect(lines[2]).toContain(`[${TITLE}](${server.url(SEED)})`);
  await page.close();
});

test('Esc in a non-empty search box clears it; Esc in the empty box closes Sidenote', async () => {
  const page = await openPage(ff, server.url(SEED));
  const all = (await openSidenote(page)).querySelectorAll('li.sn-quote').length;
  expect(all).toBeGreaterThan(1);
  await onShadow(page, '(root) => root.querySelector(".sn-search").focus()');
  await page.keyboard.type('zzqxj');
  await waitForShadow(page, '.sn-no-match');

  await page.keyboard.press('Escape');
  await waitForShadow(page, '#sn-quotes li.sn-quote');
  expect((await readShadow(page))?.querySelectorAll('li.sn-quote').length).toBe(all);
  expect(await onShadow<string>(page, '(root) => root.querySelector(".sn-search").value')).toBe('');

  await page.keyboard.press('Escape');
  await waitForNoHost(page);
  await page.close();
});
