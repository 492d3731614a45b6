import {
  checkUploadedDocument,
  conflict,
  DOCUMENT_CONTENT_TYPES,
  type DocumentContentType,
  MAX_SKP_EVIDENCE_BYTES,
  type RecordSkpRealisationInput,
  type SkpEvidence,
  type SkpRealisation,
  validationError,
} from '@pamong/core';
import * as keys from '../../keys';
import type { Store, TxItem } from '../../store';

/**
 * Where a realisation's evidence documents live in the documents store:
 * `<tenantId>/skp/<skpId>/<documentId>`. The tenant and the SKP are in the key, so a realisation can
 * only name files uploaded for its own SKP, and the performance function's IAM role reaches this
 * prefix only (infra/lib/constructs/documents-access.ts). No extension: what a file is comes from its
 * bytes, checked when a realisation names it.
 */
export const skpEvidenceKey = (tenantId: string, skpId: string, documentId: string) =>
  `${tenantId}/skp/${skpId}/${documentId}`;

/** Reads a document's bytes; `null` when nothing was uploaded under the key. */
export type ReadDocument = (key: string) => Promise<Uint8Array | null>;

export interface SkpDocumentRecord {
  documentId: string;
  name: string;
  contentType: DocumentContentType;
  size: number;
  itemId: string;
  period: { start: string; end: string };
}

type DocumentEvidence = Extract<SkpEvidence, { kind: 'document' }>;

/**
 * The evidence a realisation names, checked, and the writes that go with it. A document already
 * named by this same realisation is kept as it was checked then. A new one must have been uploaded
 * for this SKP, be at most 4 MB and be a PDF, JPEG or PNG by its bytes; each problem is a 400 at its
 * index, and nothing is written. Each document gets an item that records which realisation names it:
 * put on the condition that no other realisation names it already, and deleted when a re-recording
 * drops it, so a document is never evidence twice and its download follows its realisation.
 */
export async function checkedEvidence(
  store: Store,
  tenantId: string,
  skpId: string,
  input: RecordSkpRealisationInput,
  previous: SkpRealisation | undefined,
  readDocument: ReadDocument | undefined,
  uploadedAt: Date,
): Promise<{ evidence: SkpEvidence[]; writes: TxItem[] }> {
  const had = new Map(
    (previous?.evidence ?? []).flatMap((e) => (e.kind === 'document' ? [[e.documentId, e] as const] : [])),
  );
  const errors: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  const evidence: (SkpEvidence | undefined)[] = await Promise.all(
    input.evidence.map(async (e, i): Promise<SkpEvidence | undefined> => {
      if (e.kind === 'link') return e;
      if (seen.has(e.documentId)) {
        errors.push({ path: `evidence.${i}.documentId`, message: 'names the same document twice' });
        return undefined;
      }
      seen.add(e.documentId);
      const kept = had.get(e.documentId);
      if (kept) return { ...kept, name: e.name };
      if (!readDocument) {
        errors.push({
          path: `evidence.${i}.documentId`,
          message: 'documents cannot be stored in this deployment: give an https link',
        });
        return undefined;
      }
      const bytes = await readDocument(skpEvidenceKey(tenantId, skpId, e.documentId));
      if (!bytes) {
        errors.push({
          path: `evidence.${i}.documentId`,
          message: 'was not uploaded for this SKP: upload the file first',
        });
        return undefined;
      }
      const check = checkUploadedDocument(bytes, {
        maxBytes: MAX_SKP_EVIDENCE_BYTES,
        allowed: DOCUMENT_CONTENT_TYPES,
      });
      if (!check.ok) {
        errors.push({ path: `evidence.${i}.documentId`, message: check.message });
        return undefined;
      }
      return {
        kind: 'document',
        documentId: e.documentId,
        name: e.name,
        contentType: check.contentType,
        size: check.size,
      };
    }),
  );
  if (errors.length > 0) throw validationError(errors);
  const checked = evidence as SkpEvidence[];
  const documents = checked.filter((e): e is DocumentEvidence => e.kind === 'document');
  const period = { start: input.period.start, end: input.period.end };
  const writes: TxItem[] = documents.map((d) => ({
    op: {
      Put: {
        TableName: store.tableName,
        Item: {
          ...keys.skpDocument(tenantId, skpId, d.documentId),
          type: 'SKP_DOCUMENT',
          documentId: d.documentId,
          name: d.name,
          contentType: d.contentType,
          size: d.size,
          itemId: input.itemId,
          period,
          uploadedAt: uploadedAt.toISOString(),
        } satisfies SkpDocumentRecord & Record<string, unknown>,
        ConditionExpression:
          'attribute_not_exists(pk) OR (itemId = :item AND #p.#s = :start AND #p.#e = :end)',
        ExpressionAttributeNames: { '#p': 'period', '#s': 'start', '#e': 'end' },
        ExpressionAttributeValues: { ':item': input.itemId, ':start': period.start, ':end': period.end },
      },
    },
    onConditionFailed: () =>
      conflict(`The document ${d.name} is already evidence of another realisation of this SKP.`),
  }));
  const kept = new Set(documents.map((d) => d.documentId));
  for (const id of had.keys())
    if (!kept.has(id))
      writes.push({
        op: { Delete: { TableName: store.tableName, Key: keys.skpDocument(tenantId, skpId, id) } },
      });
  return { evidence: checked, writes };
}
