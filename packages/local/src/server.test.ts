import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './dynamo';
import {
  assertPortFree,
  createLocalServer,
  isApiPath,
  listen,
  PortInUseError,
  type RunningServer,
} from './server';

/** A stand-in for the API: a few routes, and problem+json for everything else. */
function fakeApi() {
  const api = new Hono();
  api.get('/health', (c) => c.json({ status: 'ok' }));
  api.get('/docs', (c) => c.html('<html>docs</html>'));
  api.get('/v1/client-ip', (c) => c.json({ ip: getConnInfo(c).remote.address ?? null }));
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
