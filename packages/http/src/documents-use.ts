import { AppError } from '@pamong/core';
import type { AppDeps } from './deps';
import { DocumentNotFoundError, type DocumentStore } from './documents';

/** The deployment's documents store, or a 503 where none is configured. */
export function documentsOf(deps: AppDeps): DocumentStore {
  if (!deps.documents)
    throw new AppError(
      503,
      'unavailable',
      'Unavailable',
      'Document storage is not configured for this deployment.',
    );
  return deps.documents;
}

/** A document's bytes, or null when nothing was uploaded under the key (any other failure throws). */
export async function readDocumentOrNull(documents: DocumentStore, key: string): Promise<Uint8Array | null> {
  try {
    return await documents.get(key);
  } catch (err) {
    if (err instanceof DocumentNotFoundError) return null;
    throw err;
  }
}
