import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { MAX_IMPORT_BYTES } from '@pamong/core';
import {
  assertDocumentKey,
  DOCUMENT_KEY,
  DocumentNotFoundError,
  type DocumentStore,
  UPLOAD_TTL_SECONDS,
} from '@pamong/http';

/** The route the local upload URLs point at; served by the local server and the test API. */
export const LOCAL_DOCUMENTS_PATH = '/local/documents/';

export interface LocalDocumentStore extends DocumentStore {
  readonly dir: string;
  /** `PUT /local/documents/{key}?expires&signature`: what S3 does with a presigned URL. */
  handleUpload(request: Request): Promise<Response>;
}

export interface LocalDocumentOptions {
  /** Files live here, one per key (`.pamong/documents` for `npm start`, a temp folder in tests). */
  dir: string;
  /** Signs upload URLs; a new one per start is fine, URLs live 15 minutes. */
  secret?: string;
  now?: () => Date;
  /** Prefix of upload URLs; empty gives a same-origin path, which is what the web app needs. */
  baseUrl?: string;
  maxBytes?: number;
}

const problem = (status: number, title: string, detail: string) =>
  new Response(JSON.stringify({ type: 'https://pamong.id/problems/upload', title, status, detail }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

/**
 * Documents as files, with uploads that behave like S3 presigned PUTs: the URL names one key, its
 * content type and an expiry, signed with HMAC, so its holder can write that key and nothing else.
 */
export function createLocalDocumentStore(opts: LocalDocumentOptions): LocalDocumentStore {
  const root = resolve(opts.dir);
  const secret = opts.secret ?? randomBytes(32).toString('base64url');
  const now = opts.now ?? (() => new Date());
  const maxBytes = opts.maxBytes ?? MAX_IMPORT_BYTES;
  const sign = (key: string, expires: number, contentType: string) =>
    createHmac('sha256', secret).update(`PUT\n${key}\n${expires}\n${contentType}`).digest('base64url');
  const fileOf = (key: string) => {
    assertDocumentKey(key);
    const file = resolve(root, key);
    if (!file.startsWith(root + sep)) throw new Error(`not a valid document key: ${key}`);
    return file;
  };
  const write = async (key: string, body: Uint8Array) => {
    const file = fileOf(key);
    await mkdir(dirname(file), { recursive: true });
    // Rename is atomic: a reader never sees half a file.
    const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(tmp, body);
    await rename(tmp, file);
  };

  return {
    dir: root,
    async createUpload(key, contentType) {
      fileOf(key);
      const expires = Math.floor(now().getTime() / 1000) + UPLOAD_TTL_SECONDS;
      const query = new URLSearchParams({
        expires: String(expires),
        signature: sign(key, expires, contentType),
      });
      return {
        url: `${opts.baseUrl ?? ''}${LOCAL_DOCUMENTS_PATH}${key}?${query}`,
        method: 'PUT',
        headers: { 'content-type': contentType },
        expiresAt: new Date(expires * 1000).toISOString(),
      };
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(fileOf(key)));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new DocumentNotFoundError(key);
        throw err;
      }
    },
    put: (key, body) => write(key, body),
    async handleUpload(request) {
      const url = new URL(request.url, 'http://local');
      if (request.method !== 'PUT') return problem(405, 'Method not allowed', 'Upload with PUT.');
      const key = decodeURIComponent(url.pathname.slice(LOCAL_DOCUMENTS_PATH.length));
      const expires = Number(url.searchParams.get('expires'));
      const given = Buffer.from(url.searchParams.get('signature') ?? '');
      const contentType = request.headers.get('content-type') ?? '';
      const expected = DOCUMENT_KEY.test(key)
        ? Buffer.from(sign(key, expires, contentType))
        : Buffer.alloc(0);
      if (given.length === 0 || given.length !== expected.length || !timingSafeEqual(given, expected))
        return problem(403, 'Forbidden', 'The upload URL is not valid for this file or content type.');
      if (!Number.isFinite(expires) || expires * 1000 < now().getTime())
        return problem(403, 'Forbidden', 'The upload URL has expired. Ask for a new one.');
      const declared = Number(request.headers.get('content-length') ?? 0);
      if (declared > maxBytes)
        return problem(413, 'Payload too large', `The file is larger than ${maxBytes} bytes.`);
      const body = new Uint8Array(await request.arrayBuffer());
      if (body.length > maxBytes)
        return problem(413, 'Payload too large', `The file is larger than ${maxBytes} bytes.`);
      await write(key, body);
      return new Response(null, { status: 200 });
    },
  };
}

export const localDocumentsDir = (stateDir: string) => join(stateDir, 'documents');
