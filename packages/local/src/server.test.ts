import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getConnInfo } from '@hono/node-server/conninfo';
import { MAX_BODY_BYTES } from '@pamong/http';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSurveyPoster, POSTER_CSP } from '../../../functions/surveys/routes/poster';
import { freePort } from './dynamo';
import {
  assertPortFree,
  createLocalServer,
  isApiPath,
  listen,
  MAX_API_BODY_BYTES,
  PortInUseError,
  type RunningServer,
} from './server';

/**
 * A stand-in for the API: a few routes, problem+json for everything else, and the real API's 1 MB
 * body limit in front, which answers 413 from a declared length without reading the body.
 */
function fakeApi() {
  const api = new Hono();
  api.use(
    '*',
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ title: 'Payload too large' }, 413) }),
  );
  api.get('/health', (c) => c.json({ status: 'ok' }));
  api.get('/docs', (c) => c.html('<html>docs</html>'));
  api.get('/v1/client-ip', (c) => c.json({ ip: getConnInfo(c).remote.address ?? null }));
  // Answers before reading the body, as the API does without a token.
  api.post('/v1/secure', (c) => c.json({ title: 'Unauthorized' }, 401));
  api.post('/v1/echo', async (c) => c.json({ bytes: (await c.req.arrayBuffer()).byteLength }));
  // As the real route answers (functions/surveys/routes/units.ts): the page with its own policy.
  api.get('/v1/poster', async (c) =>
    c.body(
      await buildSurveyPoster({
        unit: { name: 'Loket Terpadu', agencyName: 'Dinas Kependudukan' },
        tenant: { name: 'Kota Palembang' },
        surveyUrl: 'http://127.0.0.1/survei/palembang/01HZX',
        shortUrl: 'http://127.0.0.1/s/palembang/ABC123',
      }),
      200,
      { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': POSTER_CSP },
    ),
  );
  api.notFound((c) =>
    c.json({ title: 'Not found', status: 404 }, 404, { 'content-type': 'application/problem+json' }),
  );
  return api;
}

describe('createLocalServer', () => {
  let dist: string;
  let server: RunningServer;
  const html = { accept: 'text/html,application/xhtml+xml' };

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'pamong-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Pamong</title>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    // A file named like an API path must never shadow the API.
    writeFileSync(join(dist, 'health'), 'not the api');
    server = await listen(createLocalServer(fakeApi(), { webDist: dist }), 0);
  });

  afterAll(async () => {
    await server?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { headers });

  it('sends API paths to the API, even when a web file has the same name', async () => {
    const res = await get('/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('keeps unknown API routes as API 404s, never the web app', async () => {
    const res = await get('/v1/nothing-here', html);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('serves built assets with a long cache and index.html fresh', async () => {
    const asset = await get('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const index = await get('/', html);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<title>Pamong</title>');
    expect(index.headers.get('cache-control')).toBe('no-cache');
  });

  it('falls back to index.html for page navigations the SPA router handles', async () => {
    const res = await get('/agencies/01HZX/units', html);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('<title>Pamong</title>');
  });

  it('does not answer a missing script or a non-GET with the SPA page', async () => {
    const missing = await get('/assets/missing.js', { accept: '*/*' });
    expect(missing.status).toBe(404);
    const post = await fetch(`${server.url}/agencies`, { method: 'POST', headers: html });
    expect(post.status).toBe(404);
  });

  it('sends the strict CSP and frame-deny everywhere, and relaxes CSP only for /docs', async () => {
    const page = await get('/', html);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const api = await get('/health');
    expect(api.headers.get('content-security-policy')).toBe(csp);
    const docs = await get('/docs');
    expect(docs.headers.get('content-security-policy')).toContain(
      "script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net",
    );
    expect(docs.headers.get('x-frame-options')).toBe('DENY');
  });

  it("leaves the QR poster its own CSP, under which its print button's handler may run", async () => {
    const res = await get('/v1/poster', html);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(POSTER_CSP);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    const page = await res.text();
    // The page's only script is its button's handler: no <script> element, one inline handler.
    expect(page).not.toMatch(/<script/i);
    const handlers = [...page.matchAll(/\son[a-z]+="([^"]*)"/gi)].map((m) => m[1]!);
    expect(handlers).toEqual(['window.print()']);
    // A CSP allows an inline handler by hash only with 'unsafe-hashes' beside the hash of its text.
    const hash = createHash('sha256').update(handlers[0]!).digest('base64');
    const scriptSrc = csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find(([name]) => name === 'script-src');
    expect(scriptSrc).toEqual(expect.arrayContaining(["'unsafe-hashes'", `'sha256-${hash}'`]));
  });

  it('gives the API the socket address, not a spoofed X-Forwarded-For', async () => {
    const res = await get('/v1/client-ip', { 'x-forwarded-for': '203.0.113.9' });
    expect(await res.json()).toEqual({ ip: '127.0.0.1' });
  });

  it('tells a person when the web app is not built', async () => {
    const empty = await listen(createLocalServer(fakeApi(), { webDist: join(dist, 'missing') }), 0);
    try {
      const res = await fetch(`${empty.url}/`, { headers: html });
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('npm run build:web');
    } finally {
      await empty.close();
    }
  });

  it('reports a port in use clearly', async () => {
    const port = await freePort();
    const taken = await listen(createLocalServer(fakeApi(), { webDist: dist }), port);
    try {
      await expect(listen(createLocalServer(fakeApi(), { webDist: dist }), port)).rejects.toBeInstanceOf(
        PortInUseError,
      );
    } finally {
      await taken.close();
    }
    await expect(assertPortFree(port)).resolves.toBeUndefined();
  });
});

describe('keep-alive after an answer that comes before the body is read', () => {
  let server: RunningServer;
  let agent: http.Agent;

  beforeAll(async () => {
    server = await listen(createLocalServer(fakeApi(), { webDist: '/nonexistent' }), 0);
  });
  afterAll(async () => {
    await server?.close();
  });

  interface Answer {
    status: number;
    connection: string | undefined;
    body: string;
    /** The client side's port: the same port means the same connection. */
    localPort: number;
  }

  /** One request through the keep-alive agent; `body: 'headers-only'` sends a length but no bytes. */
  const send = (
    method: string,
    path: string,
    body?: Buffer | 'headers-only',
    headers: Record<string, string | number> = {},
  ) =>
    new Promise<Answer>((resolve, reject) => {
      const req = http.request(`${server.url}${path}`, { method, agent, headers }, (res) => {
        const localPort = res.socket.localPort ?? 0;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          text += d;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body: text, localPort }),
        );
        if (body === 'headers-only') res.on('end', () => req.destroy());
      });
      req.on('error', reject);
      if (body === 'headers-only') req.flushHeaders();
      else req.end(body);
    });

  const body200k = () => Buffer.alloc(200 * 1024, 'a');

  it.each([
    ['a 401 without a token', '/v1/secure', 401],
    ['a 404 for a POST to a page', '/agencies', 404],
  ])('keeps the connection usable after %s on a 200 KB POST', async (_, path, status) => {
    agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await send('POST', path, body200k(), { 'content-type': 'application/json' });
      expect(first.status).toBe(status);
      expect(first.connection).toBe('keep-alive');
      const second = await send('GET', '/health');
      expect(second.status).toBe(200);
      expect(second.localPort).toBe(first.localPort);
    } finally {
      agent.destroy();
    }
  });

  it('still hands the API the whole body, with a length or chunked', async () => {
    agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const sized = await send('POST', '/v1/echo', body200k());
      expect(JSON.parse(sized.body)).toEqual({ bytes: 200 * 1024 });
      // Without a content-length node sends the body chunked.
      const chunked = await send('POST', '/v1/echo', Buffer.alloc(MAX_API_BODY_BYTES, 'b'), {
        'transfer-encoding': 'chunked',
      });
      expect(JSON.parse(chunked.body)).toEqual({ bytes: MAX_API_BODY_BYTES });
      expect(chunked.localPort).toBe(sized.localPort);
    } finally {
      agent.destroy();
    }
  });

  it('reads no more than the limit: a larger body gets 413 and connection: close, and the next request a new connection', async () => {
    agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const declared = await send('POST', '/v1/echo', 'headers-only', {
        'content-length': 2 * MAX_API_BODY_BYTES,
      });
      expect(declared.status).toBe(413);
      expect(declared.connection).toBe('close');
      const chunked = await send('POST', '/v1/echo', Buffer.alloc(MAX_API_BODY_BYTES + 4096, 'c'), {
        'transfer-encoding': 'chunked',
      });
      expect(chunked.status).toBe(413);
      expect(chunked.connection).toBe('close');
      const next = await send('GET', '/health');
      expect(next.status).toBe(200);
      expect(next.connection).toBe('keep-alive');
    } finally {
      agent.destroy();
    }
  });

  it("reads as much as the API's own limit", () => {
    expect(MAX_API_BODY_BYTES).toBe(MAX_BODY_BYTES);
  });
});

describe('isApiPath', () => {
  it.each([
    ['/v1', true],
    ['/v1/agencies', true],
    ['/health', true],
    ['/openapi.json', true],
    ['/docs', true],
    ['/docs/assets/x.js', true],
    ['/', false],
    ['/v1agencies', false],
    ['/healthz', false],
    ['/documents', false],
    ['/assets/index.js', false],
  ])('%s → %s', (path, expected) => {
    expect(isApiPath(path)).toBe(expected);
  });
});
