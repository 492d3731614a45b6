import {
  AppError,
  type CreatePositionInput,
  diffFields,
  type ListPositionsQuery,
  type Position,
  type UpdatePositionInput,
  validationError,
  versionConflict,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import { newId } from '../../ids';
import * as keys from '../../keys';
import type { Page, Store, TxItem } from '../../store';
import { asPosition, getPosition, unitInAgency, vacancyAttributes, vacantPositionsQuery } from './occupancy';

export { getPosition };

const POSITION_AUDIT_FIELDS = [
  'agencyId',
  'unitId',
  'name',
  'type',
  'functionalLevel',
  'positionClass',
  'requiredEducation',
  'requiredCompetencies',
  'seats',
] as const;

const nameLower = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ').slice(0, 120);
/** gsi1 sort key: an agency's positions by unit, then name. */
const agencySort = (p: Pick<Position, 'unitId' | 'name' | 'id'>) =>
  keys.positionByAgencySort(p.unitId, p.name, p.id);

/** The agency named in a create body must exist and be active; checked in the create transaction. */
function agencyActive(store: Store, tenantId: string, agencyId: string): TxItem {
  return {
    op: {
      ConditionCheck: {
        TableName: store.tableName,
        Key: keys.agency(tenantId, agencyId),
        ConditionExpression: 'attribute_exists(pk) AND #status = :active',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':active': 'active' },
      },
    },
    onConditionFailed: () =>
      validationError(
        [{ path: 'agencyId', message: 'agency does not exist or is not active' }],
        'Unknown agency.',
      ),
  };
}

/**
 * One TransactWriteItems: the position (in the vacancy index: it has no one in it yet), the agency
 * and unit checks, the audit entry.
 */
export async function createPosition(
  store: Store,
  actor: Actor,
  input: CreatePositionInput,
  now: Date,
): Promise<Position> {
  const t = actor.tenantId;
  const at = now.toISOString();
  const { functionalLevel, type, ...rest } = input;
  const stored = {
    ...rest,
    positionType: type,
    ...(functionalLevel ? { functionalLevel } : {}),
    id: newId(),
    filled: 0,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const vacancy = vacancyAttributes(t, stored);
  await store.transact([
    // The agency check comes before the unit's: an unknown agency is reported at agencyId.
    agencyActive(store, t, input.agencyId),
    unitInAgency(store, t, input.agencyId, input.unitId),
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.position(t, stored.id),
            ...keys.positionsByAgency(t, input.agencyId),
            gsi1sk: agencySort(stored),
            ...(stored.filled < stored.seats ? vacancy.index : {}),
            vacancySort: vacancy.vacancySort,
            type: 'POSITION',
            nameLower: nameLower(stored.name),
            ...stored,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'position.create',
        entityType: 'position',
        entityId: stored.id,
        changes: diffFields(undefined, { ...stored, type }, POSITION_AUDIT_FIELDS),
      },
      now,
    ),
  ]);
  return asPosition(stored);
}

/**
 * One Query per page, every page full: an agency's positions (gsi1, by unit and name) or the whole
 * tenant's (the positions partition, by id); vacant only: the vacancy index (gsi2, sparse: only
 * positions with a free seat are in it), the tenant's by agency, unit and name, or one agency's
 * (a sort-key prefix).
 */
export async function listPositions(
  store: Store,
  tenantId: string,
  q: ListPositionsQuery,
): Promise<Page<Position>> {
  const base = { tenantId, limit: q.limit, cursor: q.cursor };
  const page = q.vacantOnly
    ? await store.query<Record<string, unknown>>({
        ...base,
        queryId: q.agencyId ? `positions:vacant:agency:${q.agencyId}` : 'positions:vacant:all',
        ...vacantPositionsQuery(tenantId, q.agencyId),
      })
    : q.agencyId
      ? await store.query<Record<string, unknown>>({
          ...base,
          queryId: `positions:agency:${q.agencyId}:false`,
          index: 'gsi1',
          pk: keys.positionsByAgency(tenantId, q.agencyId).gsi1pk,
        })
      : await store.query<Record<string, unknown>>({
          ...base,
          queryId: 'positions:all:false',
          pk: keys.positionsPartition(tenantId),
          skBeginsWith: keys.positionPrefix(),
        });
  return { items: page.items.map(asPosition), nextCursor: page.nextCursor };
}

const seatsBelowFilled = (filled: number) =>
  new AppError(
    409,
    'conflict',
    'Conflict',
    `${filled} employees hold this position; seats cannot be fewer.`,
    [{ path: 'seats', message: `cannot be below the ${filled} employees placed` }],
  );

/** The position after a patch; a type other than FUNGSIONAL drops the functional level unless one is sent. */
function applyPatch(before: Position, patch: Omit<UpdatePositionInput, 'version'>): Position {
  const next: Record<string, unknown> = { ...before };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    if (v === null) delete next[k];
    else next[k] = v;
  }
  if (next.type !== 'FUNGSIONAL' && patch.functionalLevel === undefined) delete next.functionalLevel;
  if (next.type === 'FUNGSIONAL' && !next.functionalLevel)
    throw validationError([{ path: 'functionalLevel', message: 'is required for a fungsional position' }]);
  if (next.type !== 'FUNGSIONAL' && next.functionalLevel)
    throw validationError([{ path: 'functionalLevel', message: 'is only for fungsional positions' }]);
  return next as unknown as Position;
}

/**
 * A GetItem, then one TransactWriteItems: an Update conditional on the version and on the seats
 * not dropping below `filled`, plus the audit entry. It is an Update, not a Put, so a placement
 * that ADDs to `filled` at the same time is never overwritten. The Update also puts the position
 * into the vacancy index or takes it out: which one follows from `filled` as read, and the
 * condition holds it (`filled < seats` or `filled = seats`); a placement that crosses that line
 * meanwhile fails the condition and the Update is built again from the item as it then is. The
 * answer's `filled` is the one the written Update was built from.
 *
 * Holders keep their copy of the position's type (and so their BUP) and name until their record is
 * next written (an update or a placement re-reads the position); changing the type here does not
 * rewrite them.
 */
export async function updatePosition(
  store: Store,
  actor: Actor,
  before: Position,
  input: UpdatePositionInput,
  now: Date,
): Promise<Position> {
  const { version, ...patch } = input;
  if (before.version !== version) throw versionConflict('The position');
  const merged = applyPatch(before, patch);
  if (merged.seats < before.filled) throw seatsBelowFilled(before.filled);
  const after: Position = { ...merged, updatedAt: now.toISOString(), version: version + 1 };
  const values: Record<string, unknown> = {
    ':name': after.name,
    ':nameLower': nameLower(after.name),
    ':gsi1sk': agencySort(after),
    ':type': after.type,
    ':class': after.positionClass,
    ':edu': after.requiredEducation,
    ':comps': after.requiredCompetencies,
    ':seats': after.seats,
    ':at': after.updatedAt,
    ':next': after.version,
    ':v': version,
  };
  const sets = [
    '#name = :name',
    'nameLower = :nameLower',
    'gsi1sk = :gsi1sk',
    'positionType = :type',
    'positionClass = :class',
    'requiredEducation = :edu',
    'requiredCompetencies = :comps',
    'seats = :seats',
    'updatedAt = :at',
    'version = :next',
  ];
  if (after.functionalLevel) {
    sets.push('functionalLevel = :level');
    values[':level'] = after.functionalLevel;
  }
  const vacancy = vacancyAttributes(actor.tenantId, after);
  values[':vacancySort'] = vacancy.vacancySort;
  sets.push('vacancySort = :vacancySort');
  let filled = before.filled;
  /** The Update for the position holding `held` employees: vacant (in the index) or full (out). */
  const positionUpdate = (held: number): TxItem => {
    const vacant = held < after.seats;
    const vacantValues = vacant
      ? { ':vacant': vacancy.index.gsi2pk, ':vacantSort': vacancy.index.gsi2sk }
      : {};
    const vacantSets = vacant ? [...sets, 'gsi2pk = :vacant', 'gsi2sk = :vacantSort'] : sets;
    const removes = [
      ...(vacant ? [] : ['gsi2pk', 'gsi2sk']),
      ...(after.functionalLevel ? [] : ['functionalLevel']),
    ];
    filled = held;
    return {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.position(actor.tenantId, before.id),
          UpdateExpression: `SET ${vacantSets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
          ConditionExpression: `attribute_exists(pk) AND version = :v AND filled ${vacant ? '<' : '='} :seats`,
          ExpressionAttributeNames: { '#name': 'name' },
          ExpressionAttributeValues: { ...values, ...vacantValues },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      rebuild: (old) =>
        old?.version === version && Number(old.filled) <= after.seats
          ? positionUpdate(Number(old.filled))
          : undefined,
      onConditionFailed: (existed, old) =>
        existed && old?.version === version
          ? seatsBelowFilled(Number(old.filled))
          : versionConflict('The position'),
    };
  };
  await store.transact([
    positionUpdate(before.filled),
    auditPut(
      store.tableName,
      actor,
      {
        action: 'position.update',
        entityType: 'position',
        entityId: before.id,
        changes: diffFields(
          before as unknown as Record<string, unknown>,
          after as unknown as Record<string, unknown>,
          POSITION_AUDIT_FIELDS,
        ),
      },
      now,
    ),
  ]);
  return { ...after, filled, vacancies: Math.max(0, after.seats - filled) };
}
