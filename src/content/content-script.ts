/**
 * Injected by the background on each toolbar click (a self-contained IIFE). The extension's isolated
 * world keeps globalThis between injections but this module's own state is new each time, so the
 * controller lives on globalThis under a key page scripts cannot see (they run in another world).
 */
import { Controller } from './controller';

const KEY = Symbol.for('sidenote.controller');
type Holder = { [KEY]?: Controller };

const holder = globalThis as unknown as Holder;
holder[KEY] ??= new Controller();
void holder[KEY].toggle();
