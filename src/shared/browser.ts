/**
 * The one import of webextension-polyfill. Every extension API call in Sidenote goes through this
 * module, so Chrome and Firefox run the same code (a lint rule forbids `chrome.*` elsewhere).
 */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs, Storage } from 'webextension-polyfill';
export default browser;
