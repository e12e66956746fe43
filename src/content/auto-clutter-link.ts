/**
 * The meeting point of the "hide clutter on every site" script and an opened Sidenote in the same tab.
 * Both run in the extension's isolated world, which shares globalThis (but not module state, each is
 * its own bundle), so the automatic hider registers itself here and a Session pauses it while open:
 * two hiders marking the same elements would un-hide each other's work on close.
 */

const KEY = Symbol.for('sidenote.auto-clutter');

/** What the automatic hider exposes to a Session. */
export interface AutoClutterHandle {
  suspend(): void;
  resume(): void;
}

type Holder = { [KEY]?: AutoClutterHandle };

/** Registers the automatic hider of this frame (one at most). */
export function registerAutoClutter(handle: AutoClutterHandle): void {
  (globalThis as unknown as Holder)[KEY] = handle;
}

/** The automatic hider of this frame, if the page has one. */
export function autoClutter(): AutoClutterHandle | undefined {
  return (globalThis as unknown as Holder)[KEY];
}

/** Suspends the automatic hider (when there is one) and returns the function that resumes it. */
export function pauseAutoClutter(): () => void {
  const auto = autoClutter();
  if (!auto) return () => undefined;
  auto.suspend();
  return () => auto.resume();
}
