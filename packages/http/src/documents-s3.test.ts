import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import {
  type CapturedRequest,
  capturingFetch,
  capturingHandler,
  headersOf,
  type LocalServer,
  type localServer,
  refusingEndpoint,
  reply,
  setupSigningTests,
  signedHeaderNames,
  withoutSdkBookkeeping,
} from '@pamong/aws/test-util';
import { describe, expect, it, vi } from 'vitest';
import { DocumentNotFoundError } from './documents';
import {
  createS3DocumentStore,
  DocumentAccessError,
  DocumentUnavailableError,
  type S3DocumentStoreOptions,
  S3ResponseError,
} from './documents-s3';

const NOW = new Date('2025-01-01T00:00:00Z');
const REGION = 'ap-southeast-3';
const BUCKET = 'pamong-documents';
const KEY = '01HZTENANT0000000000000001/imports/01HZJ0B0000000000000000001.xlsx';
type Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
const SESSION: Credentials = {
  accessKeyId: 'ASIAEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  sessionToken: 'IQoJb3JpZ2luX2VjE+/long=token',
};
const STATIC: Credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
const XML = { 'content-type': 'application/xml' };
const s3ErrorXml = (code: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${code} says S3</Message>` +
  `<RequestId>REQ1</RequestId></Error>`;

const store = (o: Partial<S3DocumentStoreOptions> = {}) =>
  createS3DocumentStore({ bucket: BUCKET, region: REGION, credentials: SESSION, now: () => NOW, ...o });

/** The SDK as the adapter used it before, minus its bookkeeping and its CRC32 (see the presign test). */
const sdkClient = (extra: Partial<ConstructorParameters<typeof S3Client>[0]> = {}, credentials = SESSION) =>
  withoutSdkBookkeeping(
    new S3Client({
      region: REGION,
      credentials,
      maxAttempts: 1,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      ...extra,
    }),
  );

const openServer = setupSigningTests(NOW);
let server: LocalServer | undefined;

describe('createS3DocumentStore: presigned upload', () => {
  it('presigns a PUT bound to the key and its content type, valid for 15 minutes', async () => {
    const up = await store().createUpload(KEY, 'text/csv');
    const url = new URL(up.url);
    expect(url.hostname).toBe('pamong-documents.s3.ap-southeast-3.amazonaws.com');
    expect(decodeURIComponent(url.pathname)).toBe(`/${KEY}`);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('900');
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('content-type;host');
    expect(url.searchParams.get('X-Amz-Content-Sha256')).toBe('UNSIGNED-PAYLOAD');
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(up).toEqual({
      url: up.url,
      method: 'PUT',
      headers: { 'content-type': 'text/csv' },
      expiresAt: '2025-01-01T00:15:00.000Z',
    });
  });

  it.each([
    ['session credentials (a Lambda role)', SESSION, 'text/csv', 900],
    ['long-term keys', STATIC, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 600],
  ])(
    'is the URL @aws-sdk/s3-request-presigner signs, parameter for parameter (%s)',
    async (_, credentials, type, ttl) => {
      const ours = new URL((await store({ credentials, uploadTtlSeconds: ttl }).createUpload(KEY, type)).url);
      const sdk = new URL(
        await getSignedUrl(
          sdkClient({}, credentials),
          new PutObjectCommand({ Bucket: BUCKET, Key: KEY, ContentType: type }),
          { expiresIn: ttl, signableHeaders: new Set(['content-type']) },
        ),
      );
      expect(`${ours.origin}${ours.pathname}`).toBe(`${sdk.origin}${sdk.pathname}`);
      const params = (u: URL) => Object.fromEntries(u.searchParams);
      expect(params(ours)).toEqual(params(sdk));
      for (const name of ['X-Amz-Signature', 'X-Amz-SignedHeaders', 'X-Amz-Credential', 'X-Amz-Date'])
        expect(ours.searchParams.get(name), name).toBe(sdk.searchParams.get(name));
    },
  );

  it('carries no checksum: the SDK by default signs the CRC32 of an empty body, which a real upload cannot match', async () => {
    const url = new URL((await store().createUpload(KEY, 'text/csv')).url);
    const names = [...url.searchParams.keys()].map((n) => n.toLowerCase());
    expect(names.filter((n) => n.includes('checksum'))).toEqual([]);
    expect(names).not.toContain('x-id');
  });

  it('takes the credentials and the region from the Lambda environment by default', async () => {
    vi.stubEnv('AWS_REGION', 'ap-southeast-3');
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'ASIAFROMENV');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'env-secret');
    vi.stubEnv('AWS_SESSION_TOKEN', 'env-token');
    const up = await createS3DocumentStore({ bucket: BUCKET }).createUpload(KEY, 'text/csv');
    const url = new URL(up.url);
    expect(url.searchParams.get('X-Amz-Credential')).toBe(
      'ASIAFROMENV/20250101/ap-southeast-3/s3/aws4_request',
    );
    expect(url.searchParams.get('X-Amz-Security-Token')).toBe('env-token');
  });

  it('refuses a key that could leave its prefix', async () => {
    await expect(store().createUpload('../other-tenant/x.csv', 'text/csv')).rejects.toThrow(
      /not a valid document key/,
    );
    await expect(store().get('/abs')).rejects.toThrow(/not a valid document key/);
    await expect(store().put('a/../b', new Uint8Array([1]))).rejects.toThrow(/not a valid document key/);
  });
});

describe('createS3DocumentStore: GET and PUT are signed as the SDK signs them', () => {
  const BODY = new TextEncoder().encode('nip,nama\n198001012005011001,Siti\n');
  const sdkCommand = (method: string) =>
    method === 'GET'
      ? new GetObjectCommand({ Bucket: BUCKET, Key: KEY })
      : new PutObjectCommand({ Bucket: BUCKET, Key: KEY, Body: BODY, ContentType: 'text/csv' });
  const ourCall = (s: ReturnType<typeof store>, method: string) =>
    method === 'GET' ? s.get(KEY) : s.put(KEY, BODY, 'text/csv');

  it.each(['GET', 'PUT'])('%s to the bucket on AWS: same URL, same Authorization', async (method) => {
    const captured: CapturedRequest[] = [];
    await sdkClient({ requestHandler: capturingHandler(captured) as never })
      .send(sdkCommand(method) as never)
      .catch(() => {});
    const sdk = captured[0]!;
    const ours = capturingFetch(() => new Response(method === 'GET' ? BODY : null, { status: 200 }));
    await ourCall(store({ fetch: ours.fetch }), method);
    const { url, init } = ours.calls[0]!;
    expect(url).toBe(`https://${sdk.hostname}${sdk.path}`);
    expect(url).toBe(`https://pamong-documents.s3.ap-southeast-3.amazonaws.com/${KEY}`);
    expect(init.method).toBe(method);
    expect(headersOf(init).authorization).toBe(sdk.headers.authorization);
    if (method === 'PUT') expect(init.body).toBe(BODY);
  });

  it.each(['GET', 'PUT'])(
    '%s as received by a server: every signed header arrives as signed',
    async (method) => {
      server = await openServer((_req, res) => reply(res, 200, method === 'GET' ? 'abc' : ''));
      await sdkClient({ endpoint: server.url, forcePathStyle: true }).send(sdkCommand(method) as never);
      await ourCall(store({ endpoint: server.url }), method);
      const [sdk, ours] = server.received;
      expect(ours!.url).toBe(sdk!.url);
      expect(ours!.url).toBe(`/${BUCKET}/${KEY}`);
      expect(ours!.headers.authorization).toBe(sdk!.headers.authorization);
      const signed = signedHeaderNames(ours!.headers.authorization);
      expect(signed).toEqual(
        method === 'GET'
          ? ['host', 'x-amz-content-sha256', 'x-amz-date', 'x-amz-security-token']
          : [
              'content-length',
              'content-type',
              'host',
              'x-amz-content-sha256',
              'x-amz-date',
              'x-amz-security-token',
            ],
      );
      for (const name of signed) expect(ours!.headers[name], name).toBe(sdk!.headers[name]);
      expect(ours!.body).toEqual(sdk!.body);
    },
  );
});

describe('createS3DocumentStore: answers and failures (a local S3 stand-in)', () => {
  const serve = async (
    answer: Parameters<typeof localServer>[0],
    o: Partial<S3DocumentStoreOptions> = {},
  ) => {
    server = await openServer(answer);
    return store({ endpoint: server.url, ...o });
  };

  it('reads an object back as bytes', async () => {
    const s = await serve((_req, res) => reply(res, 200, Buffer.from([1, 2, 3])));
    expect(await s.get(KEY)).toEqual(new Uint8Array([1, 2, 3]));
    expect(server!.received[0]).toMatchObject({ method: 'GET', url: `/${BUCKET}/${KEY}` });
  });

  it('writes an object with its content type', async () => {
    const s = await serve((_req, res) => reply(res, 200));
    await s.put(KEY, new Uint8Array([9, 8]), 'text/csv');
    const [req] = server!.received;
    expect(req).toMatchObject({ method: 'PUT', url: `/${BUCKET}/${KEY}` });
    expect(req!.headers['content-type']).toBe('text/csv');
    expect([...req!.body]).toEqual([9, 8]);
  });

  it('404 NoSuchKey is DocumentNotFoundError (the file was never uploaded), asked once', async () => {
    const s = await serve((_req, res) => reply(res, 404, s3ErrorXml('NoSuchKey'), XML));
    await expect(s.get(KEY)).rejects.toBeInstanceOf(DocumentNotFoundError);
    expect(server!.received).toHaveLength(1);
  });

  it('403 AccessDenied is DocumentAccessError, not retryable, on reads and writes', async () => {
    const s = await serve((_req, res) =>
      reply(res, 403, s3ErrorXml('AccessDenied'), { ...XML, 'x-amz-request-id': 'REQ403' }),
    );
    await expect(s.get(KEY)).rejects.toBeInstanceOf(DocumentAccessError);
    const err = await s.put(KEY, new Uint8Array([1])).catch((e) => e);
    expect(err).toBeInstanceOf(DocumentAccessError);
    expect(err.retryable).toBeUndefined();
    expect(err.cause).toMatchObject({ name: 'AccessDenied', status: 403, requestId: 'REQ403' });
    expect(server!.received).toHaveLength(2);
  });

  it('503 SlowDown is retried once, then DocumentUnavailableError (retryable)', async () => {
    const s = await serve((_req, res) => reply(res, 503, s3ErrorXml('SlowDown'), XML));
    const err = await s.put(KEY, new Uint8Array([7]), 'text/csv').catch((e) => e);
    expect(err).toBeInstanceOf(DocumentUnavailableError);
    expect(err.retryable).toBe(true);
    expect(err.cause).toMatchObject({ name: 'SlowDown', status: 503 });
    expect(server!.received.map((r) => [...r.body])).toEqual([[7], [7]]);
  });

  it('a 503 followed by a success is a success', async () => {
    const s = await serve((_req, res, i) =>
      i === 0 ? reply(res, 503, s3ErrorXml('SlowDown'), XML) : reply(res, 200, 'ok'),
    );
    expect(new TextDecoder().decode(await s.get(KEY))).toBe('ok');
    expect(server!.received).toHaveLength(2);
  });

  it.each([
    ['InternalError', 500],
    ['ThrottlingException', 400],
    ['RequestTimeout', 400],
  ])('%s (%i) is DocumentUnavailableError after one retry', async (code, status) => {
    const s = await serve((_req, res) => reply(res, status, s3ErrorXml(code), XML));
    const err = await s.get(KEY).catch((e) => e);
    expect(err).toBeInstanceOf(DocumentUnavailableError);
    expect(err.cause.name).toBe(code);
    expect(server!.received).toHaveLength(2);
  });

  it('a 5xx without an S3 body (a proxy, a load balancer) is DocumentUnavailableError too', async () => {
    const s = await serve((_req, res) =>
      reply(res, 502, '<html>Bad Gateway</html>', { 'content-type': 'text/html' }),
    );
    const err = await s.get(KEY).catch((e) => e);
    expect(err).toBeInstanceOf(DocumentUnavailableError);
    expect(err.cause).toMatchObject({ status: 502, code: undefined });
  });

  it('a refused connection is DocumentUnavailableError', async () => {
    const s = store({ endpoint: await refusingEndpoint() });
    const err = await s.get(KEY).catch((e) => e);
    expect(err).toBeInstanceOf(DocumentUnavailableError);
    expect(err.cause.cause.code).toBe('ECONNREFUSED');
  });

  it('a server that does not answer in time is DocumentUnavailableError, without a second wait', async () => {
    const s = await serve(() => {}, { timeoutMs: 200 });
    const err = await s.get(KEY).catch((e) => e);
    expect(err).toBeInstanceOf(DocumentUnavailableError);
    expect(err.cause.name).toBe('TimeoutError');
    expect(server!.received).toHaveLength(1);
  });

  it('gives a transfer a minute by default (imports run to 10+ MB)', async () => {
    const timeout = vi.spyOn(AbortSignal, 'timeout');
    const s = await serve((_req, res) => reply(res, 200, 'x'));
    await s.get(KEY);
    expect(timeout).toHaveBeenCalledWith(60_000);
  });

  it('passes other S3 errors through, named by their code', async () => {
    const s = await serve((_req, res) => reply(res, 400, s3ErrorXml('InvalidArgument'), XML));
    const err = await s.put(KEY, new Uint8Array([1])).catch((e) => e);
    expect(err).toBeInstanceOf(S3ResponseError);
    expect(err).toMatchObject({ name: 'InvalidArgument', status: 400, message: 'InvalidArgument says S3' });
    expect(server!.received).toHaveLength(1);
  });

  it('missing credentials are a deployment fault, not an outage: the provider error passes through', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', '');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', '');
    const s = await serve((_req, res) => reply(res, 200), { credentials: undefined });
    const err = await s.get(KEY).catch((e) => e);
    expect(err).not.toBeInstanceOf(DocumentUnavailableError);
    expect(err.name).toBe('CredentialsProviderError');
    expect(server!.received).toHaveLength(0);
  });
});
