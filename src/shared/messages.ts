/**
 * The one typed message protocol between Sidenote's parts. Every message carries `type`; receivers
 * validate with `isMessage` before acting, and the background also checks the sender.
 */

export type Message =
  /**
   * Content script → background: Sidenote opened or closed in this tab (drives the badge); `problem`
   * says why it closed by itself (shown on the toolbar button's title).
   */
  | { type: 'sidenote:state'; open: boolean; problem?: string }
  /** Background → content script: the toolbar button (or shortcut) was pressed again. */
  | { type: 'sidenote:toggle' }
  /** Content script → background: install (on) or remove the page's Notification.requestPermission guard. */
  | { type: 'sidenote:notification-guard'; on: boolean };

export type MessageType = Message['type'];

/** Longest problem text the background will show. */
const MAX_PROBLEM = 300;

const TYPES: ReadonlySet<string> = new Set<MessageType>(['sidenote:state', 'sidenote:toggle', 'sidenote:notification-guard']);

/** Validates an unknown value as a Message, including each payload's fields. */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.type !== 'string' || !TYPES.has(v.type)) return false;
  switch (v.type as MessageType) {
    case 'sidenote:state':
      return typeof v.open === 'boolean' && (v.problem === undefined || (typeof v.problem === 'string' && v.problem.length <= MAX_PROBLEM));
    case 'sidenote:notification-guard':
      return typeof v.on === 'boolean';
    case 'sidenote:toggle':
      return true;
  }
}
