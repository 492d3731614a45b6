import {
  AppError,
  type Correction,
  type CorrectionStatus,
  conflict,
  type DecideCorrectionInput,
  type ListCorrectionsQuery,
  notFound,
  type ProposeCorrectionInput,
  validationError,
  versionConflict,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import { newId } from '../../ids';
import * as keys from '../../keys';
import { type Page, type Store, stripKeys, type TxItem } from '../../store';
import { employeeWrites, type StoredEmployee, withDerived } from './employee-writes';
import { applyPatch, assertValidRecord, getStoredEmployee } from './employees';

/**
 * Self-service profile corrections: the employee proposes, an admin approves or rejects. Approval
 * applies the change through `employeeWrites` in the same transaction that closes the correction,
 * so a correction is never approved without its change, nor applied twice.
 */

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const fieldsOf = (changes: Record<string, unknown>) =>
  Object.keys(changes).filter((k) => changes[k] !== undefined);

function correctionItem(tenantId: string, c: Correction): Record<string, unknown> {
  const sort = keys.correctionSort(c.status, c.id);
  return {
    ...keys.correction(tenantId, c.id),
    ...keys.correctionsByAgency(tenantId, c.agencyId),
    gsi1sk: sort,
    ...keys.correctionsByTenant(tenantId),
    gsi2sk: sort,
    type: 'CORRECTION',
    ...c,
  };
}

const asCorrection = (i: Record<string, unknown>) => stripKeys(i) as unknown as Correction;

export async function getCorrection(
  store: Store,
  tenantId: string,
  correctionId: string,
  consistent = false,
): Promise<Correction> {
  const item = await store.get<Record<string, unknown>>(keys.correction(tenantId, correctionId), consistent);
  if (!item) throw notFound('Correction');
  return asCorrection(item);
}

/**
 * Stores a pending correction of the actor's own employee record: 1 GetItem (the employee) and
 * 1 TransactWriteItems (the correction, a check that the employee is still at the version read,
 * the audit entry).
 */
export async function proposeCorrection(
  store: Store,
  actor: Actor,
  employeeId: string,
  input: ProposeCorrectionInput,
  now: Date,
): Promise<Correction> {
  const t = actor.tenantId;
  const e = await getStoredEmployee(store, t, employeeId, true);
  const raw = input.changes as Record<string, unknown>;
  const changes = Object.fromEntries(fieldsOf(raw).map((f) => [f, raw[f]]));
  const current = Object.fromEntries(
    Object.keys(changes).map((f) => [f, (e as unknown as Record<string, unknown>)[f] ?? null]),
  );
  const unchanged = Object.keys(changes).filter((f) => same(changes[f], current[f]));
  if (unchanged.length === Object.keys(changes).length)
    throw validationError(
      unchanged.map((f) => ({ path: `changes.${f}`, message: 'is already the recorded value' })),
      'The correction changes nothing.',
    );
  assertValidRecord(applyPatch(e, input.changes));
  const at = now.toISOString();
  const correction: Correction = {
    id: newId(),
    employeeId: e.id,
    employeeName: e.name,
    agencyId: e.agencyId,
    changes,
    current,
    reason: input.reason,
    status: 'pending',
    employeeVersion: e.version,
    proposedBy: { sub: actor.sub, role: actor.role },
    proposedAt: at,
    version: 1,
  };
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: correctionItem(t, correction),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    {
      op: {
        ConditionCheck: {
          TableName: store.tableName,
          Key: keys.employee(t, e.id),
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': e.version },
        },
      },
      onConditionFailed: () => versionConflict('The employee'),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'correction.propose',
        entityType: 'correction',
        entityId: correction.id,
        changes: {
          status: { before: null, after: 'pending' },
          employeeId: { before: null, after: e.id },
          ...Object.fromEntries(
            Object.keys(changes).map((f) => [f, { before: current[f], after: changes[f] }]),
          ),
        },
      },
      now,
    ),
  ]);
  return correction;
}

/**
 * One Query of gsi1 (an agency's corrections) or gsi2 (the tenant's), by status then oldest
 * first; a status filter is a key prefix.
 */
export async function listCorrections(
  store: Store,
  tenantId: string,
  q: ListCorrectionsQuery,
): Promise<Page<Correction>> {
  const page = await store.query<Record<string, unknown>>({
    tenantId,
    queryId: `corrections:${q.agencyId ?? '*'}:${q.status ?? '*'}`,
    ...(q.agencyId
      ? { index: 'gsi1' as const, pk: keys.correctionsByAgency(tenantId, q.agencyId).gsi1pk }
      : { index: 'gsi2' as const, pk: keys.correctionsByTenant(tenantId).gsi2pk }),
    skBeginsWith: q.status ? keys.correctionStatusPrefix(q.status) : undefined,
    limit: q.limit,
    cursor: q.cursor,
  });
  return { items: page.items.map(asCorrection), nextCursor: page.nextCursor };
}

const decided = (status: string) =>
  conflict(`This correction was already ${status}; it cannot be decided again.`);

/** Closes the correction, only from pending and at the version the admin saw. */
function closeCorrection(store: Store, tenantId: string, c: Correction, after: Correction): TxItem {
  const sort = keys.correctionSort(after.status, c.id);
  return {
    op: {
      Update: {
        TableName: store.tableName,
        Key: keys.correction(tenantId, c.id),
        UpdateExpression: 'SET #status = :s, decision = :d, version = :nv, gsi1sk = :sort, gsi2sk = :sort',
        ConditionExpression: 'version = :v AND #status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':s': after.status,
          ':d': after.decision,
          ':nv': after.version,
          ':sort': sort,
          ':v': c.version,
          ':pending': 'pending',
        },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    onConditionFailed: (existed, old) =>
      existed && old?.status !== 'pending' ? decided(String(old?.status)) : versionConflict('The correction'),
  };
}

export interface DecideOptions {
  now: Date;
  /** The date the applied correction is recorded at (today in the tenant's time zone). */
  today: string;
  /** Throws when the actor may not change this employee (an agency admin and another agency). */
  assertCanWrite?: (e: StoredEmployee) => void;
}

/**
 * Rejects (1 TransactWriteItems: the correction and its audit entry) or approves (1 GetItem of the
 * employee, then 1 TransactWriteItems: the employee's writes with their audit entry, the
 * correction and its audit entry).
 */
export async function decideCorrection(
  store: Store,
  actor: Actor,
  c: Correction,
  input: DecideCorrectionInput,
  opts: DecideOptions,
): Promise<Correction> {
  const t = actor.tenantId;
  if (c.status !== 'pending') throw decided(c.status);
  if (c.version !== input.version) throw versionConflict('The correction');
  const status: CorrectionStatus = input.decision === 'approve' ? 'approved' : 'rejected';
  const after: Correction = {
    ...c,
    status,
    decision: {
      decision: input.decision,
      reason: input.reason,
      by: { sub: actor.sub, role: actor.role },
      at: opts.now.toISOString(),
    },
    version: c.version + 1,
  };
  const audit = auditPut(
    store.tableName,
    actor,
    {
      action: `correction.${input.decision}`,
      entityType: 'correction',
      entityId: c.id,
      changes: { status: { before: c.status, after: status }, reason: { before: null, after: input.reason } },
    },
    opts.now,
  );
  const items: TxItem[] = [closeCorrection(store, t, c, after), audit];
  if (input.decision === 'approve') items.unshift(...(await applyWrites(store, actor, c, input, opts)));
  await store.transact(items);
  return after;
}

async function applyWrites(
  store: Store,
  actor: Actor,
  c: Correction,
  input: DecideCorrectionInput,
  opts: DecideOptions,
): Promise<TxItem[]> {
  const before = await getStoredEmployee(store, actor.tenantId, c.employeeId, true);
  opts.assertCanWrite?.(before);
  // Another change to a corrected field since the proposal would be silently overwritten.
  const record = before as unknown as Record<string, unknown>;
  const moved = Object.keys(c.changes).filter((f) => !same(record[f], c.current[f]));
  if (moved.length)
    throw new AppError(
      409,
      'conflict',
      'Conflict',
      'The employee record changed after this correction was proposed. Reject it and ask for a new one.',
      moved.map((f) => ({ path: `changes.${f}`, message: 'was changed on the record since the proposal' })),
    );
  const after = withDerived({
    ...applyPatch(before, c.changes as Parameters<typeof applyPatch>[1]),
    updatedAt: opts.now.toISOString(),
    version: before.version + 1,
  });
  assertValidRecord(after);
  return employeeWrites(store, actor, before, after, {
    action: 'employee.correction',
    now: opts.now,
    history: { kind: 'correction', event: 'correction', tmt: opts.today, reason: input.reason },
    auditExtra: { correctionId: { before: null, after: c.id } },
  });
}
