/**
 * What hidden clutter leaves behind: the empty backdrop that dimmed the page behind a push prompt, and
 * the room a site reserved on <body> for its fixed app banner. Both go with the clutter, and both come
 * back exactly when Sidenote closes.
 */
import { expect, test } from 'vitest';
import type { Launched } from './harness/browser';
import type { PageServer } from './harness/server';
import { closeWithButton, openPage, openSidenote, visibleOnPage } from './harness/sidenote';
import { useSidenote } from './harness/suite';
import { articlePage } from './hostile/pages';

let server: PageServer;
let b: Launched;
useSidenote((s, l) => ([server, b] = [s, l]));

const PAGE = articlePage({
  head: `<style>
    body { padding-top: 64px; margin: 0; }
    .smart-banner { position: fixed; top: 0; left: 0; right: 0; height: 64px; background: #eee; }
    .modal-backdrop { position: fixed; inset: 0; background: rgba(0, 0, 0, .6); z-index: 10; }
    .push-modal { position: fixed; top: 30%; left: 30%; width: 40%; background: #fff; z-index: 11; padding: 16px; }
  </style>`,
  before: `<div class="smart-banner">Get the Example News app — Open in the app</div>
    <div class="modal-backdrop"></div>
    <div class="push-modal" role="dialog">Be the first to know. Get browser notifications for breaking news. <button>Not now</button> <button>Allow</button></div>`,
});

test('the backdrop and the reserved banner space go with the clutter and come back on close', async () => {
  const url = server.route('leftovers', PAGE);
  const page = await openPage(b, url);
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  const state = () =>
    page.evaluate(() => ({
      backdrop: (document.querySelector('.modal-backdrop') as HTMLElement).checkVisibility(),
      bodyPadding: getComputedStyle(document.body).paddingTop,
    }));
  expect(await state()).toEqual({ backdrop: true, bodyPadding: '64px' });

  await openSidenote(b, page);
  expect(await visibleOnPage(page, 'Be the first to know')).toBe(false);
  expect(await visibleOnPage(page, 'Open in the app')).toBe(false);
  expect(await state()).toEqual({ backdrop: false, bodyPadding: '0px' });

  await closeWithButton(b, page);
  expect(await state()).toEqual({ backdrop: true, bodyPadding: '64px' });
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  await page.close();
});

test('a full-screen layer with content, or one that is not beside hidden clutter, stays', async () => {
  const url = server.route(
    'not-leftovers',
    articlePage({
      head: '<style>.gallery-overlay { position: fixed; inset: 0; background: rgba(0,0,0,.1); pointer-events: none; } .dim { position: fixed; inset: 0; }</style>',
      before: '<div class="gallery-overlay">Photo 1 of 12</div><div><div class="dim"></div></div>',
    }),
  );
  const page = await openPage(b, url);
  await openSidenote(b, page);
  const visible = await page.evaluate(() => ['.gallery-overlay', '.dim'].map((s) => (document.querySelector(s) as HTMLElement).checkVisibility()));
  expect(visible).toEqual([true, true]);
  await page.close();
});
