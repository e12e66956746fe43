/**
 * A static server on 127.0.0.1 for end-to-end pages:
 *   /pages/<slug>/         → tests/fixtures/pages/<slug>/source.html
 *   /corpus/<path>         → ../shared/corpus/<path> (real news pages)
 *   /raw?type=…&body=…     → a response with that content type (for non-HTML cases)
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const FIXTURES = join(ROOT, 'tests/fixtures/pages');
export const CORPUS = resolve(ROOT, '../shared/corpus');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

export interface PageServer {
  origin: string;
  url(path: string): string;
  /** Serves body at path (under /t/) with the given headers; returns the page's URL. */
  route(path: string, body: string | Buffer, headers?: Record<string, string>): string;
  close(): Promise<void>;
}

function safeJoin(base: string, rel: string): string | null {
  const full = normalize(join(base, decodeURIComponent(rel)));
  return full.startsWith(base) ? full : null;
}

export async function startServer(): Promise<PageServer> {
  const routes = new Map<string, { body: string | Buffer; headers: Record<string, string> }>();
  const server: Server = createServer(async (req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const routed = routes.get(u.pathname);
    if (routed) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...routed.headers });
      res.end(routed.body);
      return;
    }
    let file: string | null = null;
    if (u.pathname.startsWith('/pages/')) {
      const slug = u.pathname.slice('/pages/'.length).replace(/\/.*$/, '');
      file = safeJoin(FIXTURES, `${slug}/source.html`);
    } else if (u.pathname.startsWith('/corpus/')) {
      file = safeJoin(CORPUS, u.pathname.slice('/corpus/'.length));
    } else if (u.pathname === '/raw') {
      res.writeHead(200, { 'content-type': u.searchParams.get('type') ?? 'text/plain' });
      res.end(u.searchParams.get('body') ?? '');
      return;
    }
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const body = await readFile(file);
      const ext = file.slice(file.lastIndexOf('.'));
      res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + path,
    route: (path, body, headers = {}) => {
      routes.set(`/t/${path}`, { body, headers });
      return `${origin}/t/${path}`;
    },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
