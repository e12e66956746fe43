/**
 * Opens and closes Sidenote in this tab. One Session at a time; a press while one is opening is ignored
 * so double clicks cannot stack two sidebars.
 */
import browser from '../shared/browser';
import { afterNextFrame } from './after-frame';
import { Session } from './session';

export class Controller {
  private session: Session | null = null;
  private busy = false;

  /** What a toolbar click does: open when closed, close when open. */
  async toggle(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      if (this.session) {
        this.session.close();
      } else {
        const session = new Session((problem) => {
          if (this.session === session) this.session = null;
          void report(false, problem);
        });
        this.session = session;
        try {
          await session.open();
          // The badge is cosmetic: it can wait for the sidebar's first frame (unless closed meanwhile).
          afterNextFrame(() => {
            if (this.session === session) void report(true);
          });
        } catch (err) {
          // Leave the page as it was rather than half-open.
          session.close();
          this.session = null;
          throw err;
        }
      }
    } finally {
      this.busy = false;
    }
  }
}

/** Tells the background whether Sidenote is open here (it shows that on the toolbar badge). */
async function report(open: boolean, problem?: string): Promise<void> {
  try {
    await browser.runtime.sendMessage(problem ? { type: 'sidenote:state', open, problem } : { type: 'sidenote:state', open });
  } catch {
    // The background may be restarting; the badge is cosmetic.
  }
}
