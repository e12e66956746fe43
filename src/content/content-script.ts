/**
 * Injected by the background when this tab has no Sidenote yet (a self-contained IIFE). The extension's
 * isolated world keeps globalThis between injections, so the controller lives there under a key page
 * scripts cannot see (they run in another world); later clicks toggle it with a tiny `func` injection
 * (src/background/service-worker.ts) instead of re-running this whole file. If two clicks race past that
 * check, the second injection finds the controller and just toggles it.
 */
// First: starts the settings read before the rest of the script is evaluated (see script-start.ts).
import './script-start';
import { Controller } from './controller';

const KEY = Symbol.for('sidenote.controller');
type Holder = { [KEY]?: Controller };

const holder = globalThis as unknown as Holder;
void (holder[KEY] ??= new Controller()).toggle();
