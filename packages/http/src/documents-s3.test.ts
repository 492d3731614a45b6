import { GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DocumentNotFoundError } from './documents';
import { createS3DocumentStore, DocumentAccessError, DocumentUnavailableError } from './documents-s3';

const client = new S3Client({
  region: 'ap-southeast-3',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
});
const s3 = mockClient(client);
const store = createS3DocumentStore({
  bucket: 'pamong-documents',
  client,
  now: () => new Date('2025-01-01T00:00:00Z'),
});
const KEY = '01HZTENANT0000000000000001/imports/01HZJ0B0000000000000000001.xlsx';

const s3Error = (name: string, status: number) =>
  new S3ServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
  });

beforeEach(() => s3.reset());

describe('createS3DocumentStore', () => {
  it('presigns a PUT bound to the key and its content type, valid for 15 minutes', async () => {
    const up = await store.createUpload(KEY, 'text/csv');
    const url = new URL(up.url);
    expect(url.hostname).toBe('pamong-documents.s3.ap-southeast-3.amazonaws.com');
    expect(decodeURIComponent(url.pathname)).toBe(`/${KEY}`);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('900');
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toContain('content-type');
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(up).toMatchObject({
      method: 'PUT',
      headers: { 'content-type': 'text/csv' },
      expiresAt: '2025-01-01T00:15:00.000Z',
    });
  });

  it('refuses a key that could leave its prefix', async () => {
    await expect(store.createUpload('../other-tenant/x.csv', 'text/csv')).rejects.toThrow(
      /not a valid document key/,
    );
    await expect(store.get('/abs')).rejects.toThrow(/not a valid document key/);
  });

  it('reads an object back as bytes', async () => {
    s3.on(GetObjectCommand, { Bucket: 'pamong-documents', Key: KEY }).resolves({
      Body: { transformToByteArray: async () => new Uint8Array([1, 2, 3]) } as never,
    });
    expect(await store.get(KEY)).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('writes an object with its content type', async () => {
    s3.on(PutObjectCommand).resolves({});
    await store.put(KEY, new Uint8Array([9]), 'text/csv');
    expect(s3.commandCalls(PutObjectCommand)[0]!.args[0].input).toMatchObject({
      Bucket: 'pamong-documents',
      Key: KEY,
      ContentType: 'text/csv',
    });
  });

  it('NoSuchKey is DocumentNotFoundError (the file was never uploaded)', async () => {
    s3.on(GetObjectCommand).rejects(s3Error('NoSuchKey', 404));
    await expect(store.get(KEY)).rejects.toBeInstanceOf(DocumentNotFoundError);
  });

  it('AccessDenied is DocumentAccessError, not retryable, on reads and writes', async () => {
    s3.on(GetObjectCommand).rejects(s3Error('AccessDenied', 403));
    s3.on(PutObjectCommand).rejects(s3Error('AccessDenied', 403));
    await expect(store.get(KEY)).rejects.toBeInstanceOf(DocumentAccessError);
    const err = await store.put(KEY, new Uint8Array([1])).catch((e) => e);
    expect(err).toBeInstanceOf(DocumentAccessError);
    expect(err.retryable).toBeUndefined();
  });

  it.each([
    ['SlowDown', 503],
    ['ThrottlingException', 400],
    ['InternalError', 500],
  ])('%s is DocumentUnavailableError, retryable', async (name, status) => {
    s3.on(GetObjectCommand).rejects(s3Error(name, status));
    const err = await store.get(KEY).catch((e) => e);
    expect(err).toBeInstanceOf(DocumentUnavailableError);
    expect(err.retryable).toBe(true);
  });

  it('passes other errors through unchanged', async () => {
    const odd = new Error('socket hang up');
    s3.on(GetObjectCommand).rejects(odd);
    await expect(store.get(KEY)).rejects.toBe(odd);
  });
});
