import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentNotFoundError } from '@pamong/http';
import { describe, expect, it } from 'vitest';
import { createLocalDocumentStore } from './documents-local';
import { createLocalServer } from './server';

const KEY = '01HZTENANT0000000000000001/imports/01HZJ0B0000000000000000001.csv';
let clock = new Date('2025-01-01T00:00:00Z');
const store = createLocalDocumentStore({
  dir: mkdtempSync(join(tmpdir(), 'pamong-docs-test-')),
  secret: 'test-secret',
  now: () => clock,
});
const put = (url: string, body: string, contentType = 'text/csv') =>
  store.handleUpload(
    new Request(`http://local${url}`, { method: 'PUT', headers: { 'content-type': contentType }, body }),
  );

describe('createLocalDocumentStore', () => {
  it('an upload URL writes its key, and get reads it back', async () => {
    const up = await store.createUpload(KEY, 'text/csv');
    expect(up).toMatchObject({
      method: 'PUT',
      headers: { 'content-type': 'text/csv' },
      expiresAt: '2025-01-01T00:15:00.000Z',
    });
    expect(up.url.startsWith(`/local/documents/${KEY}?`)).toBe(true);
    expect((await put(up.url, 'nip\n1')).status).toBe(200);
    expect(new TextDecoder().decode(await store.get(KEY))).toBe('nip\n1');
  });

  it('refuses another key, another content type, a forged signature and an expired URL', async () => {
    const up = await store.createUpload(KEY, 'text/csv');
    expect((await put(up.url.replace('imports/', 'other/'), 'x')).status).toBe(403);
    expect((await put(up.url, 'x', 'text/html')).status).toBe(403);
    expect((await put(up.url.replace(/signature=[^&]+/, 'signature=AAAA'), 'x')).status).toBe(403);
    clock = new Date('2025-01-01T00:16:00Z');
    expect((await put(up.url, 'x')).status).toBe(403);
    clock = new Date('2025-01-01T00:00:00Z');
  });

  it('refuses too large a file and keys that leave the folder', async () => {
    const small = createLocalDocumentStore({ dir: store.dir, maxBytes: 3, now: () => clock });
    const up = await small.createUpload(KEY, 'text/csv');
    const res = await small.handleUpload(
      new Request(`http://local${up.url}`, { method: 'PUT', headers: up.headers, body: 'abcd' }),
    );
    expect(res.status).toBe(413);
    await expect(store.createUpload('../escape.csv', 'text/csv')).rejects.toThrow(/not a valid document key/);
    await expect(store.get('a/../../b')).rejects.toThrow(/not a valid document key/);
  });

  it('a key never written is DocumentNotFoundError', async () => {
    await expect(store.get('01HZTENANT0000000000000001/none.csv')).rejects.toBeInstanceOf(
      DocumentNotFoundError,
    );
  });

  it('the local server serves the upload route, outside the API', async () => {
    const api = { fetch: () => new Response('api', { status: 404 }) };
    const server = createLocalServer(api, { webDist: '/nonexistent', documents: store });
    const up = await store.createUpload(KEY, 'text/csv');
    const res = await server.request(up.url, { method: 'PUT', headers: up.headers, body: 'nip\n2' });
    expect(res.status).toBe(200);
    expect(new TextDecoder().decode(await store.get(KEY))).toBe('nip\n2');
  });
});
