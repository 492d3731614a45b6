import { AppError, type RecordSkpRealisationInput, type SkpRealisation } from '@pamong/core';
import { describe, expect, it, vi } from 'vitest';
import type { Store } from '../../store';
import { checkedEvidence, skpEvidenceKey } from './skp-documents';

const TENANT = '01HZTENANT0000000000000001';
const SKP = '01HZSKP0000000000000000001';
const ITEM = '01HZITEM000000000000000001';
const KEPT = '01HZDOC0000000000000000001';
const DROPPED = '01HZDOC0000000000000000002';
const NEW = '01HZDOC0000000000000000003';
const store = { tableName: 'pamong' } as Store;
const PDF = new TextEncoder().encode('%PDF-1.7 x');
const at = new Date('2026-05-02T03:00:00Z');

const input = (evidence: RecordSkpRealisationInput['evidence']): RecordSkpRealisationInput => ({
  itemId: ITEM,
  period: { start: '2026-04', end: '2026-06' },
  value: 1,
  evidence,
});
const previous: SkpRealisation = {
  itemId: ITEM,
  period: { start: '2026-04', end: '2026-06' },
  value: 1,
  note: null,
  evidence: [
    { kind: 'document', documentId: KEPT, name: 'a.pdf', contentType: 'application/pdf', size: 10 },
    { kind: 'document', documentId: DROPPED, name: 'b.png', contentType: 'image/png', size: 20 },
  ],
  source: 'typed',
  recordedByName: 'Sari',
  recordedAt: '2026-05-01T00:00:00.000Z',
};

describe('checkedEvidence', () => {
  it('keeps a document the last recording named without reading it again, reads only the new one, and deletes the dropped one', async () => {
    const read = vi.fn(async () => PDF);
    const { evidence, writes } = await checkedEvidence(
      store,
      TENANT,
      SKP,
      input([
        { kind: 'document', documentId: KEPT, name: 'a (revisi).pdf' },
        { kind: 'document', documentId: NEW, name: 'c.pdf' },
      ]),
      previous,
      read,
      at,
    );
    expect(read).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledWith(skpEvidenceKey(TENANT, SKP, NEW));
    expect(evidence).toEqual([
      {
        kind: 'document',
        documentId: KEPT,
        name: 'a (revisi).pdf',
        contentType: 'application/pdf',
        size: 10,
      },
      { kind: 'document', documentId: NEW, name: 'c.pdf', contentType: 'application/pdf', size: PDF.length },
    ]);
    const puts = writes.flatMap((w) => ('Put' in w.op && w.op.Put ? [w.op.Put.Item] : []));
    expect(puts.map((p) => [p?.sk, p?.itemId, p?.period])).toEqual([
      [`DOC#${KEPT}`, ITEM, { start: '2026-04', end: '2026-06' }],
      [`DOC#${NEW}`, ITEM, { start: '2026-04', end: '2026-06' }],
    ]);
    const deletes = writes.flatMap((w) => ('Delete' in w.op && w.op.Delete ? [w.op.Delete.Key] : []));
    expect(deletes).toEqual([{ pk: `T#${TENANT}#SKP#${SKP}`, sk: `DOC#${DROPPED}` }]);
  });

  it('refuses a new document where the deployment stores none (a 400 that asks for a link), and writes nothing', async () => {
    const err = await checkedEvidence(
      store,
      TENANT,
      SKP,
      input([{ kind: 'document', documentId: NEW, name: 'c.pdf' }]),
      undefined,
      undefined,
      at,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(400);
    expect((err as AppError).errors).toEqual([
      {
        path: 'evidence.0.documentId',
        message: 'documents cannot be stored in this deployment: give an https link',
      },
    ]);
  });

  it('with links only and nothing named before, writes nothing beside the realisation', async () => {
    const read = vi.fn();
    const out = await checkedEvidence(
      store,
      TENANT,
      SKP,
      input([{ kind: 'link', url: 'https://x.example.go.id/a' }]),
      undefined,
      read,
      at,
    );
    expect(out).toEqual({ evidence: [{ kind: 'link', url: 'https://x.example.go.id/a' }], writes: [] });
    expect(read).not.toHaveBeenCalled();
  });
});
