import type { AuditEntry } from '@pamong/core';
import { keys } from '../keys';
import { type Page, type Store, stripKeys } from '../store';

/**
 * By entity: the entity's own partition on the table. By time: the tenant's audit log on gsi1.
 * Both sort by ISO time, so a date range is a BETWEEN on the sort key. Newest first.
 */
export async function listAuditEntries(
  store: Store,
  tenantId: string,
  q: { entityType?: string; entityId?: string; from?: string; to?: string; limit: number; cursor?: string },
): Promise<Page<AuditEntry>> {
  const from = q.from ? new Date(q.from).toISOString() : '0000';
  const to = q.to ? `${new Date(q.to).toISOString()}\uffff` : '9999';
  const byEntity = q.entityType && q.entityId;
  const res = await store.query<Record<string, unknown>>({
    tenantId,
    queryId: `audit:${q.entityType ?? ''}:${q.entityId ?? ''}:${from}:${to}`,
    ...(byEntity
      ? { pk: keys.auditByEntity(tenantId, q.entityType!, q.entityId!) }
      : { index: 'gsi1' as const, pk: keys.auditByTime(tenantId) }),
    skBetween: [from, to],
    limit: q.limit,
    cursor: q.cursor,
    forward: false,
  });
  const items = res.items.map((i) => stripKeys(i) as unknown as AuditEntry);
  return { items, nextCursor: res.nextCursor };
}
