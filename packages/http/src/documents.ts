/**
 * Object storage for documents (import files now; attachments later). In AWS an S3 bucket with
 * presigned uploads, locally files under a folder with a signed upload route: the browser PUTs the
 * file straight to the store, so a large file never passes through the API (and its 1 MB limit).
 */
export interface UploadTarget {
  url: string;
  method: 'PUT';
  /** Headers the PUT must carry (the signed content type). */
  headers: Record<string, string>;
  expiresAt: string;
}

export interface DocumentStore {
  /** A URL that lets its holder write this one key, for a limited time. */
  createUpload(key: string, contentType: string): Promise<UploadTarget>;
  /** The stored bytes; a missing key throws DocumentNotFoundError. */
  get(key: string): Promise<Uint8Array>;
  put(key: string, body: Uint8Array, contentType?: string): Promise<void>;
}

export class DocumentNotFoundError extends Error {
  constructor(readonly key: string) {
    super('The document does not exist (not uploaded yet?).');
    this.name = 'DocumentNotFoundError';
  }
}

/** Keys are tenant-prefixed paths of safe segments: no `..`, no leading slash, no odd characters. */
export const DOCUMENT_KEY = /^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

export function assertDocumentKey(key: string): void {
  if (!DOCUMENT_KEY.test(key) || key.length > 512) throw new Error(`not a valid document key: ${key}`);
}

/** How long an upload URL stays valid. */
export const UPLOAD_TTL_SECONDS = 15 * 60;
