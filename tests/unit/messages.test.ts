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
