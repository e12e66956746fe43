/**
 * Injected by the background on each toolbar click. The isolated world keeps globalThis between
 * injections, so the first run creates the controller and every run toggles it.
 */
import { toggle } from './controller';

toggle();
