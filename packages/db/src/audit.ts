import type { AuditEntry } from '@pamong/core';
import { ulid } from 'ulid';
import * as keys from './keys';
import type { TxItem } from './store';

/** Who did a change, for the audit entry that goes in the same transaction as the change. */
export interface Actor {
  tenantId: string;
  sub: string;
  role: string;
  requestId: string;
  /**
   * The account's display name when the request knows it (access.ts takes it from the account it
   * reads anyway), kept on the entry as `actorName` so the audit page need not look it up.
   */
  name?: string;
}

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  changes: AuditEntry['changes'];
  flags?: string[];
}

/**
 * The audit Put for a transaction. `attribute_not_exists` makes it insert-only: nothing in the
 * product updates or deletes an audit entry.
 */
export function auditPut(tableName: string, actor: Actor, input: AuditInput, now = new Date()): TxItem {
  const at = now.toISOString();
  const id = ulid(now.getTime());
  const k =
    actor.tenantId === 'PLATFORM'
      ? keys.platformAuditEntry(at, id)
      : keys.auditEntry(actor.tenantId, input.entityType, input.entityId, at, id);
  const entry: AuditEntry = {
    id,
    at,
    tenantId: actor.tenantId,
    actor: { sub: actor.sub, role: actor.role },
    ...(actor.name ? { actorName: actor.name } : {}),
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    changes: input.changes,
    requestId: actor.requestId,
    ...(input.flags?.length ? { flags: input.flags } : {}),
  };
  return {
    op: {
      Put: {
        TableName: tableName,
        Item: { ...k, type: 'AUDIT', ...entry },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  };
}
