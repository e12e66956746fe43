import { describe, expect, test } from 'vitest';
import { isMessage } from '../../src/shared/messages';

describe('isMessage', () => {
  test.each([
    [{ type: 'sidenote:state', open: true }, true],
    [{ type: 'sidenote:state', open: false }, true],
    [{ type: 'sidenote:toggle' }, true],
    [{ type: 'sidenote:state' }, false],
    [{ type: 'sidenote:state', open: 'yes' }, false],
    [{ type: 'other' }, false],
    [{ open: true }, false],
    ['sidenote:toggle', false],
    [null, false],
    [undefined, false],
  ])('%j → %s', (value, ok) => {
    expect(isMessage(value)).toBe(ok);
  });
});

test('a state report may say why Sidenote closed, within bounds', () => {
  expect(isMessage({ type: 'sidenote:state', open: false, problem: 'This page kept removing the panel.' })).toBe(true);
  expect(isMessage({ type: 'sidenote:state', open: false, problem: 42 })).toBe(false);
  expect(isMessage({ type: 'sidenote:state', open: false, problem: 'x'.repeat(301) })).toBe(false);
});
