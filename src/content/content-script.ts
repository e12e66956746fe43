/**
 * Injected by the background on each toolbar click (a self-contained IIFE). The extension's isolated
 * world keeps globalThis between injections but this module's own state is new each time, so the
 * controller lives on globalThis under a key page scripts cannot see (they run in another world).
 * Everything else is imported dynamically: the IIFE build inlines it behind lazy initialisers, so the
 * modules' top-level work (tables, patterns, libraries) runs on the first click only, not on each one.
 */
import type { Controller } from './controller';

const KEY = Symbol.for('sidenote.controller');
type Holder = { [KEY]?: Controller };

const holder = globalThis as unknown as Holder;
const existing = holder[KEY];
if (existing) void existing.toggle();
else void import('./controller').then(({ Controller: Ctor }) => (holder[KEY] ??= new Ctor()).toggle());
