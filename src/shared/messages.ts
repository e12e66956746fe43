/**
 * The one typed message protocol between Sidenote's parts. Every message carries `type`; receivers
 * validate with `isMessage` before acting, and the background also checks the sender.
 */

export type Message =
  /** Content script → background: Sidenote opened or closed in this tab (drives the badge). */
  | { type: 'sidenote:state'; open: boolean }
  /** Background → content script: the toolbar button (or shortcut) was pressed again. */
  | { type: 'sidenote:toggle' };

export type MessageType = Message['type'];

const TYPES: ReadonlySet<string> = new Set<MessageType>(['sidenote:state', 'sidenote:toggle']);

/** Validates an unknown value as a Message, including each payload's fields. */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.type !== 'string' || !TYPES.has(v.type)) return false;
  switch (v.type as MessageType) {
    case 'sidenote:state':
      return typeof v.open === 'boolean';
    case 'sidenote:toggle':
      return true;
  }
}
