/**
 * The set-up every end-to-end file shares: a page server on 127.0.0.1 and Chromium with a build of
 * Sidenote, started before the file's tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { launch, type Launched } from './browser';
import { startServer, type PageServer } from './server';

/**
 * Registers the file's beforeAll/afterAll; `ready` receives the server and browser once started (and may
 * finish the set-up, e.g. grant the page's origin a permission, before the first test).
 */
export function useSidenote(ready: (server: PageServer, browser: Launched) => unknown, dist: 'dist' | 'dist-e2e' = 'dist-e2e'): void {
  let server: PageServer | undefined;
  let browser: Launched | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launch(dist);
    await ready(server, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
