import {
  conflict,
  diffFields,
  MAX_SERVICE_CODES_PER_BATCH,
  type ServiceCodeBatch,
  validationError,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import { newId } from '../../ids';
import * as keys from '../../keys';
import { type Page, type Store, stripKeys, type TxItem } from '../../store';
import { CollisionError, getScopedUnit, MAX_CODE_ATTEMPTS, randomCrockford, type UnitScope } from './common';

/** One-time service codes (kode layanan) of a unit, issued in batches. */

export const SERVICE_CODE_LENGTH = 8;

/** `ABCD2345` → `ABCD-2345`, as printed on receipts. */
export const formatServiceCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/** `count` distinct codes: a repeat inside the batch is drawn again. */
function distinctCodes(count: number, next: () => string): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(next());
  return [...codes];
}

/**
 * Issues a batch of one-time codes in one transaction: the batch, each code (insert-only, so a code
 * already issued to this unit is never reissued) and the audit entry. 90 codes + 2 items stays under
 * DynamoDB's 100 items per transaction. The codes themselves never go into the audit trail.
 */
export async function issueServiceCodes(
  store: Store,
  actor: Actor,
  unitId: string,
  input: { count: number; validDays: number },
  scope: UnitScope,
  now: Date,
  nextCode: () => string = () => randomCrockford(SERVICE_CODE_LENGTH),
): Promise<ServiceCodeBatch> {
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_SERVICE_CODES_PER_BATCH) {
    throw validationError([{ path: 'count', message: `must be 1-${MAX_SERVICE_CODES_PER_BATCH}` }]);
  }
  const tenantId = actor.tenantId;
  await getScopedUnit(store, tenantId, unitId, scope, true);
  const batchId = newId();
  const createdAt = now.toISOString();
  const expiresAt = new Date(now.getTime() + input.validDays * 86_400_000).toISOString();
  for (let attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt++) {
    const codes = distinctCodes(input.count, nextCode);
    const batch: ServiceCodeBatch = {
      id: batchId,
      unitId,
      count: codes.length,
      used: 0,
      expiresAt,
      createdAt,
      codes: codes.map(formatServiceCode),
    };
    const items: TxItem[] = [
      {
        op: {
          Put: {
            TableName: store.tableName,
            Item: {
              ...keys.serviceCodeBatch(tenantId, unitId, batchId),
              type: 'SERVICE_CODE_BATCH',
              ...batch,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      },
      ...codes.map(
        (code): TxItem => ({
          op: {
            Put: {
              TableName: store.tableName,
              Item: {
                ...keys.serviceCode(tenantId, unitId, code),
                type: 'SERVICE_CODE',
                code,
                unitId,
                batchId,
                expiresAt,
                status: 'issued',
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          onConditionFailed: () => new CollisionError(),
        }),
      ),
      auditPut(
        store.tableName,
        actor,
        {
          action: 'serviceCodes.issue',
          entityType: 'surveyUnit',
          entityId: unitId,
          changes: diffFields(undefined, { batchId, count: batch.count, expiresAt }, [
            'batchId',
            'count',
            'expiresAt',
          ]),
        },
        now,
      ),
    ];
    try {
      await store.transact(items);
      return batch;
    } catch (err) {
      if (!(err instanceof CollisionError)) throw err;
    }
  }
  throw conflict('Could not generate unused service codes. Try again.');
}

const asBatch = (i: Record<string, unknown>): ServiceCodeBatch => {
  const { id, unitId, count, used, expiresAt, createdAt, codes } = stripKeys(
    i,
  ) as unknown as ServiceCodeBatch;
  return { id, unitId, count, used, expiresAt, createdAt, codes };
};

/** Newest first (batch ids are ULIDs). */
export async function listServiceCodeBatches(
  store: Store,
  tenantId: string,
  unitId: string,
  page: { limit: number; cursor?: string },
  scope: UnitScope,
): Promise<Page<ServiceCodeBatch>> {
  const [, res] = await Promise.all([
    getScopedUnit(store, tenantId, unitId, scope),
    store.query<Record<string, unknown>>({
      tenantId,
      queryId: `codeBatches:${unitId}`,
      pk: keys.serviceCodeBatchesPartition(tenantId, unitId),
      limit: page.limit,
      cursor: page.cursor,
      forward: false,
    }),
  ]);
  return { items: res.items.map(asBatch), nextCursor: res.nextCursor };
}
