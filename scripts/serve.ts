/**
 * `npm run serve`: serves a built site (default dist/) on http://localhost:4321.
 * Also serves a downloaded copy: `node scripts/serve.ts path/to/site`.
 * Pagefind search needs http, not file://, which is why this exists.
 *
 * The files are served by sirv (the static handler Vite's and Astro's preview
 * build on), which confines lookups to the folder, sets types, ETag and
 * Range. Around it, this adds only what sirv leaves to its caller: GET/HEAD
 * only (405 with Allow otherwise), 400 for a malformed URL, a redirect to the
 * trailing slash the site's pages use, the site's 404 page with status 404,
 * `nosniff`, cache headers, and closing the file when a client aborts a
 * download (sirv pipes without closing the file on an aborted response).
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, isAbsolute } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import sirv from 'sirv';

/** Cache-Control for a served path: Astro's hashed assets never change; everything else is revalidated. */
export function cacheControl(pathname: string): string {
  return pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** True when `file` is `root` or inside it (not a sibling whose name starts with root's). */
export function isInside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

const HTML = 'text/html; charset=utf-8';

/** Starts a static server on `root`; resolves once it listens. */
export function serveSite(root: string, port = 4321, host = '127.0.0.1'): Promise<Server> {
  const base = resolve(root);
  // dev: look files up per request, so a rebuild (a new dist/) is served without a restart.
  const files = sirv(base, {
    dev: true,
    etag: true,
    dotfiles: false,
    extensions: ['html'],
    setHeaders: (res: ServerResponse, pathname: string) => {
      res.setHeader('Cache-Control', cacheControl(pathname));
    },
  });

  const notFound = (res: ServerResponse, head: boolean) => {
    const page = join(base, '404.html');
    res.writeHead(404, { 'Content-Type': HTML, 'Cache-Control': 'no-cache' });
    if (head || !existsSync(page)) return void res.end(head ? undefined : 'Not found');
    pipeline(createReadStream(page), res, () => {});
  };

  const server = createServer((req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Whatever sirv (or we) pipe into the response is closed when the client goes away.
    res.on('pipe', (source: Readable) => res.once('close', () => source.destroy()));

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end('Method not allowed: use GET or HEAD');
    }
    let pathname: string;
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      pathname = decodeURIComponent(url.pathname);
      if (pathname.includes('\0')) throw new URIError('NUL in path');
      const file = join(base, pathname);
      if (!isInside(base, file)) return void res.writeHead(403, { 'Content-Type': 'text/plain' }).end('Forbidden');
      // The site's pages are folders with index.html; /om goes to /om/ as online links do.
      if (!pathname.endsWith('/') && extname(pathname) === '' && existsSync(join(file, 'index.html'))) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}`, 'Cache-Control': 'no-cache' });
        return void res.end();
      }
      if (pathname.endsWith('/') && existsSync(file) && statSync(file).isDirectory() && !existsSync(join(file, 'index.html'))) {
        return notFound(res, req.method === 'HEAD');
      }
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end('Bad request: the URL is not valid');
    }
    files(req, res, () => notFound(res, req.method === 'HEAD'));
  });
  // A socket error (a client resetting the connection) must not stop the server.
  server.on('clientError', (_error, socket) => socket.destroy());
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'dist';
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`No built site in ${root}: run "npm run build" first.`);
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 4321);
  await serveSite(root, port, process.env.HOST ?? 'localhost');
  console.log(`Serving ${root} on http://localhost:${port}/ (Ctrl+C stops).`);
}
