/**
 * The local server survives hostile requests: malformed URLs, paths out of the
 * served folder, other methods, and aborted downloads (no file left open).
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControl, isInside, serveSite } from '../../scripts/serve.ts';

const parent = mkdtempSync(join(tmpdir(), 'serve-'));
const root = join(parent, 'dist');
mkdirSync(join(root, 'om'), { recursive: true });
mkdirSync(join(root, '_astro'));
writeFileSync(join(root, 'index.html'), '<h1>Hem</h1>');
writeFileSync(join(root, '404.html'), '<h1>Sidan finns inte</h1>');
writeFileSync(join(root, 'om', 'index.html'), '<h1>Om</h1>');
writeFileSync(join(root, '_astro', 'app.abc123.js'), 'console.log(1)');
writeFileSync(join(root, 'big.bin'), Buffer.alloc(8 * 1024 * 1024, 1));
// A sibling whose name starts with the served folder's name, and a file beside it.
mkdirSync(join(parent, 'distSECRET'));
writeFileSync(join(parent, 'distSECRET', 'x.txt'), 'secret');
writeFileSync(join(parent, 'distSECRET.txt'), 'secret');

let server: Server;
let port: number;

/** Sends a raw request line (so nothing normalises the path) and returns status, headers and body. */
function raw(path: string, method = 'GET'): Promise<{ status: number; head: string; body: string }> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${method} ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString('latin1')));
    socket.on('end', () => {
      const [head, ...rest] = data.split('\r\n\r\n');
      done({ status: Number(head.split(' ')[1]), head, body: rest.join('\r\n\r\n') });
    });
    socket.on('error', fail);
  });
}

const openFds = () => readdirSync('/proc/self/fd').length;

beforeAll(async () => {
  server = await serveSite(root, 0);
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('serve', () => {
  it('serves pages with nosniff and no-cache, hashed assets immutable', async () => {
    const home = await raw('/');
    expect(home.status).toBe(200);
    expect(home.body).toBe('<h1>Hem</h1>');
    expect(home.head).toMatch(/x-content-type-options: nosniff/i);
    expect(home.head).toMatch(/cache-control: no-cache/i);
    const asset = await raw('/_astro/app.abc123.js');
    expect(asset.head).toMatch(/cache-control: public, max-age=31536000, immutable/i);
    expect(asset.head).toMatch(/content-type: text\/javascript/i);
  });

  it('answers a malformed URL with 400 and keeps serving', async () => {
    expect((await raw('/%')).status).toBe(400);
    expect((await raw('/%E0%A4%A')).status).toBe(400);
    expect((await raw('/')).status).toBe(200);
  });

  it('serves nothing outside the served folder', async () => {
    for (const path of ['/..%2fdistSECRET.txt', '/..%2fdistSECRET/x.txt', '/../distSECRET.txt', '/%2e%2e/distSECRET.txt', '/..%5cdistSECRET.txt']) {
      const result = await raw(path);
      expect(result.body, path).not.toContain('secret');
      expect([400, 403, 404], path).toContain(result.status);
    }
    expect(isInside('/a/dist', '/a/distSECRET/x')).toBe(false);
    expect(isInside('/a/dist', '/a/dist/x')).toBe(true);
  });

  it('gives the 404 page with status 404, and redirects to the trailing slash', async () => {
    const missing = await raw('/finns-inte/');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('Sidan finns inte');
    const om = await raw('/om?x=1');
    expect(om.status).toBe(301);
    expect(om.head).toMatch(/location: \/om\/\?x=1/i);
    expect((await raw('/om/')).body).toBe('<h1>Om</h1>');
  });

  it('allows GET and HEAD only', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const result = await raw('/', method);
      expect(result.status, method).toBe(405);
      expect(result.head).toMatch(/allow: GET, HEAD/i);
    }
    const head = await raw('/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('closes the file of every aborted download', async () => {
    const before = openFds();
    for (let i = 0; i < 100; i++) {
      await new Promise<void>((done) => {
        const req = request({ port, host: '127.0.0.1', path: '/big.bin' }, (res) => {
          res.once('data', () => {
            req.destroy();
            done();
          });
        });
        req.on('error', () => done());
        req.end();
      });
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(openFds() - before).toBeLessThan(10);
    expect((await raw('/')).status).toBe(200);
  });

  it('cache policy', () => {
    expect(cacheControl('/_astro/x.1234.css')).toContain('immutable');
    expect(cacheControl('/index.html')).toBe('no-cache');
  });
});
