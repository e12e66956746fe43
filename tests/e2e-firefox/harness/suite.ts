/**
 * The set-up the Firefox end-to-end files share: a page server on 127.0.0.1 and Firefox ESR with the
 * e2e build of Sidenote installed, started before the file's tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { startServer, type PageServer } from '../../e2e/harness/server';
import { launchFirefox, type LaunchedFirefox } from './firefox';

/** Registers the file's beforeAll/afterAll; `ready` receives the server and browser once started. */
export function useFirefox(ready: (server: PageServer, browser: LaunchedFirefox) => unknown): void {
  let server: PageServer | undefined;
  let browser: LaunchedFirefox | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchFirefox();
    await ready(server, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
