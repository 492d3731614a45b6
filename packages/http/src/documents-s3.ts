import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
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

/** S3 is throttling or failing after the SDK's own retries: try again later. */
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

const THROTTLED = new Set([
  'SlowDown',
  'ThrottlingException',
  'RequestTimeout',
  'ServiceUnavailable',
  'InternalError',
]);

function mapS3Error(err: unknown, key: string): unknown {
  const e = err as { name?: string; Code?: string; $metadata?: { httpStatusCode?: number } };
  const name = e?.name ?? e?.Code ?? '';
  const status = e?.$metadata?.httpStatusCode;
  if (name === 'NoSuchKey' || name === 'NotFound' || status === 404) return new DocumentNotFoundError(key);
  if (name === 'AccessDenied' || status === 403) return new DocumentAccessError(key, err);
  if (THROTTLED.has(name) || status === 503 || status === 500) return new DocumentUnavailableError(key, err);
  return err;
}

export interface S3DocumentStoreOptions {
  bucket: string;
  client?: S3Client;
  region?: string;
  uploadTtlSeconds?: number;
  now?: () => Date;
}

/**
 * The documents bucket. Uploads are presigned PUTs bound to one key and its content type; the
 * bucket encrypts with its default KMS key, so no encryption header has to be signed.
 */
export function createS3DocumentStore(opts: S3DocumentStoreOptions): DocumentStore {
  const client = opts.client ?? new S3Client({ region: opts.region });
  const ttl = opts.uploadTtlSeconds ?? UPLOAD_TTL_SECONDS;
  const now = opts.now ?? (() => new Date());
  return {
    async createUpload(key, contentType) {
      assertDocumentKey(key);
      const command = new PutObjectCommand({ Bucket: opts.bucket, Key: key, ContentType: contentType });
      const url = await getSignedUrl(client, command, {
        expiresIn: ttl,
        signableHeaders: new Set(['content-type']),
      });
      return {
        url,
        method: 'PUT',
        headers: { 'content-type': contentType },
        expiresAt: new Date(now().getTime() + ttl * 1000).toISOString(),
      };
    },
    async get(key) {
      assertDocumentKey(key);
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: opts.bucket, Key: key }));
        if (!out.Body) throw new DocumentNotFoundError(key);
        return await out.Body.transformToByteArray();
      } catch (err) {
        throw mapS3Error(err, key);
      }
    },
    async put(key, body, contentType) {
      assertDocumentKey(key);
      try {
        await client.send(
          new PutObjectCommand({ Bucket: opts.bucket, Key: key, Body: body, ContentType: contentType }),
        );
      } catch (err) {
        throw mapS3Error(err, key);
      }
    },
  };
}
