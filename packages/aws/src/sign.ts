import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { fromEnv } from '@aws-sdk/credential-provider-env';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentity, Checksum, HttpRequest, SourceData } from '@smithy/types';

/**
 * SigV4 for the few AWS calls a function makes outside the DynamoDB client (an S3 object, an
 * async Lambda invoke). The S3 client with its presigner and middleware was ~245 KB of the
 * personnel bundle and the Lambda client ~75 KB, paid at every cold start for three calls; the
 * signer and the credential provider are in the bundle anyway (the DynamoDB client brings them),
 * so signing here and sending with `fetch` costs a few KB.
 */

/** Fixed credentials (tests), or a provider asked before each request. */
export type CredentialSource = AwsCredentialIdentity | (() => Promise<AwsCredentialIdentity>);

function bytesOf(data: SourceData): string | Uint8Array {
  if (typeof data === 'string') return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

/** The signer's hash and HMAC (it passes the key to the constructor), on node:crypto. */
export class NodeSha256 implements Checksum {
  readonly digestLength = 32;
  private hash: Hash | Hmac;

  constructor(private readonly secret?: SourceData) {
    this.hash = this.start();
  }

  private start(): Hash | Hmac {
    return this.secret === undefined ? createHash('sha256') : createHmac('sha256', bytesOf(this.secret));
  }

  update(chunk: Uint8Array): void {
    this.hash.update(chunk);
  }

  async digest(): Promise<Uint8Array> {
    return this.hash.digest();
  }

  reset(): void {
    this.hash = this.start();
  }
}

export interface SignerOptions {
  service: string;
  region: string;
  /** Default: the function's own, which Lambda puts in its environment (fromEnv reads them per call). */
  credentials?: CredentialSource;
}

export function createSigner(opts: SignerOptions): SignatureV4 {
  return new SignatureV4({
    service: opts.service,
    region: opts.region,
    credentials: opts.credentials ?? fromEnv(),
    sha256: NodeSha256,
    // S3 signs the path as sent; every other service signs it URI-encoded once more.
    uriEscapePath: opts.service !== 's3',
  });
}

/**
 * encodeURIComponent leaves `!'()*` alone; SigV4's canonical form encodes them, so a URL built
 * with this says the same as the string that was signed.
 */
export function escapeUri(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `https://<service>.<region>.amazonaws.com`, in the partition of the region. */
export function regionalHost(prefix: string, region: string): string {
  return `${prefix}.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}`;
}

export interface AwsRequest {
  method: string;
  /** Path already escaped (escapeUri per segment); the query is signed as it stands. */
  url: URL;
  headers?: Record<string, string>;
  body?: Uint8Array;
}

function toHttpRequest({ method, url, headers = {}, body }: AwsRequest): HttpRequest {
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = value;
  return {
    method,
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname,
    query,
    headers: {
      host: url.host,
      ...(body ? { 'content-length': String(body.byteLength) } : {}),
      ...headers,
    },
    body,
  };
}

function formatUrl(request: HttpRequest): string {
  const port = request.port ? `:${request.port}` : '';
  const query = Object.keys(request.query ?? {})
    .sort()
    .map((name) => `${escapeUri(name)}=${escapeUri(String(request.query![name]))}`)
    .join('&');
  return `${request.protocol}//${request.hostname}${port}${request.path}${query ? `?${query}` : ''}`;
}

/** A URL that carries its own signature in the query (X-Amz-*), for a client without credentials. */
export async function presignUrl(
  signer: SignatureV4,
  request: AwsRequest,
  opts: { expiresIn: number; signingDate: Date; signableHeaders?: Set<string> },
): Promise<string> {
  return formatUrl(await signer.presign(toHttpRequest(request), opts));
}

/**
 * The request's `fetch` arguments with the Authorization header. `host` and `content-length` are
 * signed but left to fetch, which derives the same values from the URL and the body.
 */
export async function signRequest(
  signer: SignatureV4,
  request: AwsRequest,
  signingDate: Date,
): Promise<{ url: string; init: RequestInit }> {
  const signed = await signer.sign(toHttpRequest(request), { signingDate });
  const { host: _host, 'content-length': _length, ...headers } = signed.headers;
  return {
    url: request.url.href,
    init: { method: request.method, headers, body: request.body as RequestInit['body'] },
  };
}

/** A short, jittered pause before the one retry, so two callers throttled together do not collide again. */
export function backoff(baseMs = 100): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, baseMs + Math.random() * baseMs));
}
