import {
  backoff,
  type CredentialSource,
  createSigner,
  escapeUri,
  presignUrl,
  regionalHost,
  signRequest,
} from '@pamong/aws';
import {
  assertDocumentKey,
  DocumentNotFoundError,
  type DocumentStore,
  UPLOAD_TTL_SECONDS,
} from './documents';

/** S3 said no: the function's role or the bucket policy is wrong. Not retryable; an operator must look. */
export class DocumentAccessError extends Error {
  constructor(
    readonly key: string,
    cause: unknown,
  ) {
    super('Access to the documents bucket was denied.', { cause });
    this.name = 'DocumentAccessError';
  }
}

/** S3 is throttling, failing or out of reach, after one retry: try again later. */
export class DocumentUnavailableError extends Error {
  readonly retryable = true;
  constructor(
    readonly key: string,
    cause: unknown,
  ) {
    super('The documents bucket is busy or unavailable. Try again later.', { cause });
    this.name = 'DocumentUnavailableError';
  }
}

/** An answer from S3 other than 2xx; named by its `<Code>` (NoSuchKey, SlowDown, ...) when it has one. */
export class S3ResponseError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string | undefined,
    readonly requestId: string | undefined,
  ) {
    super(message ?? `S3 answered ${status}`);
    this.name = code ?? `S3Http${status}`;
  }
}

const THROTTLED = new Set([
  'SlowDown',
  'ThrottlingException',
  'RequestTimeout',
  'ServiceUnavailable',
  'InternalError',
]);

const xmlField = (xml: string, name: string) =>
  new RegExp(`<${name}>([^<]{1,1024})</${name}>`).exec(xml)?.[1];

function s3ResponseError(res: Response, body: Uint8Array): S3ResponseError {
  const xml = new TextDecoder().decode(body.subarray(0, 8192));
  return new S3ResponseError(
    res.status,
    xmlField(xml, 'Code'),
    xmlField(xml, 'Message'),
    res.headers.get('x-amz-request-id') ?? xmlField(xml, 'RequestId'),
  );
}

const isTransient = (err: S3ResponseError) => err.status >= 500 || THROTTLED.has(err.code ?? '');

function mapS3Error(err: unknown, key: string): unknown {
  if (!(err instanceof S3ResponseError)) return new DocumentUnavailableError(key, err);
  if (err.code === 'NoSuchKey' || err.code === 'NotFound' || err.status === 404)
    return new DocumentNotFoundError(key);
  if (err.code === 'AccessDenied' || err.status === 403) return new DocumentAccessError(key, err);
  if (isTransient(err)) return new DocumentUnavailableError(key, err);
  return err;
}

/** Import files run to 10+ MB: a GET or PUT gets a minute, not the few seconds of an API call. */
const TRANSFER_TIMEOUT_MS = 60_000;
const ATTEMPTS = 2;

export interface S3DocumentStoreOptions {
  bucket: string;
  /** Default: AWS_REGION. */
  region?: string;
  uploadTtlSeconds?: number;
  now?: () => Date;
  /** Default: the function's role, from its environment. */
  credentials?: CredentialSource;
  /** Default: the global fetch, looked up at each call. */
  fetch?: typeof fetch;
  /** An S3-compatible endpoint (`http://127.0.0.1:9000`), addressed path-style. Default: AWS S3. */
  endpoint?: string;
  /** Per GET or PUT attempt, body included. */
  timeoutMs?: number;
}

/**
 * The documents bucket. Uploads are presigned PUTs bound to one key and its content type; the
 * bucket encrypts with its default KMS key, so no encryption header has to be signed.
 */
export function createS3DocumentStore(opts: S3DocumentStoreOptions): DocumentStore {
  const region = opts.region ?? process.env.AWS_REGION;
  if (!region) throw new Error('createS3DocumentStore: no region (AWS_REGION is not set)');
  const signer = createSigner({ service: 's3', region, credentials: opts.credentials });
  const ttl = opts.uploadTtlSeconds ?? UPLOAD_TTL_SECONDS;
  const now = opts.now ?? (() => new Date());
  const timeoutMs = opts.timeoutMs ?? TRANSFER_TIMEOUT_MS;
  const path = (key: string) => key.split('/').map(escapeUri).join('/');
  const objectUrl = (key: string) =>
    opts.endpoint
      ? new URL(`${opts.endpoint.replace(/\/+$/, '')}/${escapeUri(opts.bucket)}/${path(key)}`)
      : new URL(`https://${opts.bucket}.${regionalHost('s3', region)}/${path(key)}`);

  async function transfer(method: 'GET' | 'PUT', key: string, body?: Uint8Array, contentType?: string) {
    assertDocumentKey(key);
    const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
    for (let attempt = 1; ; attempt++) {
      // Outside the catch below: missing credentials are a deployment fault, not an S3 outage.
      const { url, init } = await signRequest(signer, { method, url: objectUrl(key), headers, body }, now());
      let failure: unknown;
      let retry = false;
      try {
        const res = await (opts.fetch ?? fetch)(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        const bytes = new Uint8Array(await res.arrayBuffer());
        if (res.ok) return bytes;
        failure = s3ResponseError(res, bytes);
        retry = isTransient(failure as S3ResponseError);
      } catch (err) {
        failure = err;
        // A timeout has used the whole budget; a second one would only double the wait.
        retry = (err as Error)?.name !== 'TimeoutError';
      }
      if (!retry || attempt >= ATTEMPTS) throw mapS3Error(failure, key);
      await backoff();
    }
  }

  return {
    async createUpload(key, contentType) {
      assertDocumentKey(key);
      const signingDate = now();
      const url = await presignUrl(
        signer,
        {
          method: 'PUT',
          url: objectUrl(key),
          // The file's hash is not known here, and S3 accepts that when told so. The name is hoisted
          // into the query as written, and signed so: spelt as the SDK's presigner spells it.
          headers: { 'content-type': contentType, 'X-Amz-Content-Sha256': 'UNSIGNED-PAYLOAD' },
        },
        // The browser must then send this very content type (the bucket's CORS allows only it).
        { expiresIn: ttl, signingDate, signableHeaders: new Set(['content-type']) },
      );
      return {
        url,
        method: 'PUT',
        headers: { 'content-type': contentType },
        expiresAt: new Date(signingDate.getTime() + ttl * 1000).toISOString(),
      };
    },
    async get(key) {
      return transfer('GET', key);
    },
    async put(key, body, contentType) {
      await transfer('PUT', key, body, contentType);
    },
  };
}
