/**
 * Runs work that can wait until the sidebar is on screen (the toolbar badge, for one), so it does not
 * delay the first frame after an open.
 */

/** Hidden tabs get no animation frames: the work runs after this long at the latest. */
const FALLBACK_MS = 200;

/** Calls fn once, right after the next frame is rendered (or after FALLBACK_MS without frames). */
export function afterNextFrame(fn: () => void): void {
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    fn();
  };
  // A task queued from an animation frame callback runs once that frame's rendering is done.
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, FALLBACK_MS);
}
