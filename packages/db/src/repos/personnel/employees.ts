import {
  type CreateEmployeeInput,
  educationOrder,
  employeeRuleErrors,
  type HistoryEntry,
  notFound,
  rankOrder,
  type SearchEmployeesQuery,
  type UpdateEmployeeInput,
  validationError,
  versionConflict,
} from '@pamong/core';
import type { Actor } from '../../audit';
import { newId } from '../../ids';
import * as keys from '../../keys';
import type { Page, Store, TxItem } from '../../store';
import { getAgency } from '../org';
import {
  asStoredEmployee,
  EmployeeTransaction,
  type EmployeeWriteOptions,
  type EmployeeWriteSet,
  employeeWriteSet,
  employeeWrites,
  type StoredEmployee,
  withDerived,
} from './employee-writes';
import { asPosition, positionFromBody, seatChange, unitInAgency } from './occupancy';

export async function getStoredEmployee(
  store: Store,
  tenantId: string,
  employeeId: string,
  consistent = false,
): Promise<StoredEmployee> {
  const item = await store.get<Record<string, unknown>>(keys.employee(tenantId, employeeId), consistent);
  if (!item) throw notFound('Employee');
  return asStoredEmployee(item);
}

/** The employee holding a NIP in this tenant, if any (the guard item names it). */
export async function findByNip(store: Store, tenantId: string, nip: string): Promise<StoredEmployee | null> {
  const guard = await store.get<{ employeeId: string }>(keys.nipGuard(tenantId, nip), true);
  if (!guard) return null;
  return getStoredEmployee(store, tenantId, guard.employeeId, true);
}

async function agencyFromBody(store: Store, tenantId: string, agencyId: string) {
  try {
    const agency = await getAgency(store, tenantId, agencyId, true);
    if (agency.status !== 'active') throw notFound('Agency');
    return agency;
  } catch {
    throw validationError(
      [{ path: 'agencyId', message: 'agency does not exist or is not active' }],
      'Unknown agency.',
    );
  }
}

/**
 * The stored employee a create body describes, with the names and position type it is derived
 * from, plus the seat it takes. Reads the agency and the position (2 GetItems at most).
 */
export async function prepareNewEmployee(
  store: Store,
  tenantId: string,
  input: CreateEmployeeInput,
  now: Date,
  id = newId(),
): Promise<{ employee: StoredEmployee; extra: TxItem[] }> {
  const agency = await agencyFromBody(store, tenantId, input.agencyId);
  const position = input.positionId ? await positionFromBody(store, tenantId, input.positionId) : undefined;
  if (position && position.unitId !== input.unitId)
    throw validationError([{ path: 'positionId', message: 'position belongs to another unit' }]);
  const at = now.toISOString();
  const { competencies, ...rest } = input;
  const employee = withDerived({
    ...rest,
    id,
    competencies: [...(competencies ?? [])].sort((a, b) => a.code.localeCompare(b.code)),
    status: 'AKTIF',
    agencyName: agency.name,
    ...(position
      ? {
          positionName: position.name,
          positionType: position.type,
          ...(position.functionalLevel ? { functionalLevel: position.functionalLevel } : {}),
        }
      : {}),
    bup: 58,
    retirementDate: '',
    createdAt: at,
    updatedAt: at,
    version: 1,
  } as StoredEmployee);
  const extra = [unitInAgency(store, tenantId, input.agencyId, input.unitId)];
  if (position) extra.push(seatChange(store, tenantId, position, 1));
  return { employee, extra };
}

/** A new employee and all its writes (see `employeeWriteSet`), before they are sent. */
export async function newEmployeeWriteSet(
  store: Store,
  actor: Actor,
  input: CreateEmployeeInput,
  now: Date,
  opts: Partial<EmployeeWriteOptions> & {
    /** Stored with the employee beyond the create input: `recruitment`, the link of a hire. */
    extraFields?: Record<string, unknown>;
  } = {},
): Promise<{ employee: StoredEmployee; set: EmployeeWriteSet }> {
  const { extraFields, ...writeOpts } = opts;
  const prepared = await prepareNewEmployee(store, actor.tenantId, input, now);
  const employee = extraFields ? { ...prepared.employee, ...extraFields } : prepared.employee;
  const extra = prepared.extra;
  const tmt = employee.tmtRank ?? employee.tmtCpns ?? now.toISOString().slice(0, 10);
  const set = employeeWriteSet(
    store,
    actor,
    undefined,
    employee,
    { action: 'employee.create', now, history: { kind: 'initial', event: 'initial', tmt }, ...writeOpts },
    extra,
  );
  return { employee, set };
}

export async function createEmployee(
  store: Store,
  actor: Actor,
  input: CreateEmployeeInput,
  now: Date,
  opts: Partial<EmployeeWriteOptions> = {},
): Promise<StoredEmployee> {
  const { employee, set } = await newEmployeeWriteSet(store, actor, input, now, opts);
  const tx = new EmployeeTransaction(store, actor.tenantId);
  if (!tx.add(set)) throw new Error('an employee write needs more than 100 items');
  await store.transact(tx.items());
  return employee;
}

/** Which history event a patch is, from the fields it changes (a promotion, a status change, a correction). */
function eventOf(before: StoredEmployee, after: StoredEmployee, kind: 'career' | 'correction'): string {
  if (kind === 'correction') return 'correction';
  if (before.rank !== after.rank || before.grade !== after.grade) return 'promotion';
  if (before.employmentType !== after.employmentType) return 'appointment';
  return 'status';
}

/** Applies a patch to a stored employee; null clears an optional field. */
export function applyPatch(before: StoredEmployee, patch: Omit<UpdateEmployeeInput, 'version' | 'history'>) {
  const next: Record<string, unknown> = { ...before };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    if (v === null) delete next[k];
    else next[k] = v;
  }
  if (patch.competencies)
    next.competencies = [...patch.competencies].sort((a, b) => a.code.localeCompare(b.code));
  return next as unknown as StoredEmployee;
}

/** The cross-field rules on the record as it would be after the patch, reported at the patch's fields. */
export function assertValidRecord(e: StoredEmployee) {
  const errors = employeeRuleErrors(e);
  if (errors.length) throw validationError(errors);
}

export async function updateEmployee(
  store: Store,
  actor: Actor,
  employeeId: string,
  input: UpdateEmployeeInput,
  now: Date,
  opts: Partial<EmployeeWriteOptions> = {},
): Promise<StoredEmployee> {
  const before = await getStoredEmployee(store, actor.tenantId, employeeId, true);
  const { version, history, ...patch } = input;
  if (before.version !== version) throw versionConflict('The employee');
  // The position's name and type are copies; refreshing them here keeps the BUP right after a
  // position was reclassified (1 GetItem, only for employees holding a position).
  const position = before.positionId
    ? await store.get<Record<string, unknown>>(keys.position(actor.tenantId, before.positionId))
    : undefined;
  const refreshed = position ? asPosition(position) : undefined;
  const after = withDerived({
    ...applyPatch(before, patch),
    ...(refreshed
      ? {
          positionName: refreshed.name,
          positionType: refreshed.type,
          functionalLevel: refreshed.functionalLevel,
        }
      : {}),
    updatedAt: now.toISOString(),
    version: before.version + 1,
  });
  if (!after.functionalLevel) delete after.functionalLevel;
  assertValidRecord(after);
  const kind = history?.kind ?? 'correction';
  await store.transact(
    employeeWrites(store, actor, before, after, {
      action: 'employee.update',
      now,
      history: {
        kind,
        event: eventOf(before, after, kind),
        tmt: history?.tmt ?? now.toISOString().slice(0, 10),
        decreeNumber: history?.decreeNumber,
        decreeDate: history?.decreeDate,
        reason: history?.reason,
      },
      ...opts,
    }),
  );
  return after;
}

export interface ListEmployeesQuery {
  agencyId?: string;
  cursor?: string;
  limit: number;
}

export async function listEmployees(
  store: Store,
  tenantId: string,
  q: ListEmployeesQuery,
): Promise<Page<StoredEmployee>> {
  const page = q.agencyId
    ? await store.query<Record<string, unknown>>({
        tenantId,
        queryId: `employees:agency:${q.agencyId}`,
        index: 'gsi2',
        pk: keys.employeesByAgency(tenantId, q.agencyId).gsi2pk,
        limit: q.limit,
        cursor: q.cursor,
      })
    : await store.query<Record<string, unknown>>({
        tenantId,
        queryId: 'employees:all',
        index: 'gsi1',
        pk: keys.employeesByTenant(tenantId).gsi1pk,
        limit: q.limit,
        cursor: q.cursor,
      });
  return { items: page.items.map(asStoredEmployee), nextCursor: page.nextCursor };
}

export async function listHistory(
  store: Store,
  tenantId: string,
  employeeId: string,
  q: { cursor?: string; limit: number },
): Promise<Page<HistoryEntry>> {
  const page = await store.query<Record<string, unknown>>({
    tenantId,
    queryId: `employee-history:${employeeId}`,
    pk: keys.employeePartition(tenantId, employeeId),
    skBeginsWith: keys.employeeHistoryPrefix(),
    forward: false,
    limit: q.limit,
    cursor: q.cursor,
  });
  return {
    items: page.items.map((i) => {
      const { pk: _a, sk: _b, type: _c, ...rest } = i;
      return rest as unknown as HistoryEntry;
    }),
    nextCursor: page.nextCursor,
  };
}

/** A search hit as read from the index: the employee summary plus what the filters matched on. */
export interface SearchRow {
  employeeId: string;
  name: string;
  nip: string;
  employmentType: string;
  agencyId: string;
  agencyName: string;
  unitId: string;
  positionId?: string;
  positionName?: string;
  rank?: string;
  grade?: string;
  email?: string;
  phone?: string;
  highestEducation: string | null;
  comps: Record<string, number>;
}

/**
 * One Query per page, whatever the tenant's size. The driving index is the first competency
 * filter's holder partition (by name), else the agency's or the tenant's name index; a name
 * prefix is a key condition; every other filter is a FilterExpression on attributes copied onto
 * the index items. A page may hold fewer than `limit` hits when filters drop items: follow
 * `nextCursor` until it is null.
 */
export async function searchEmployees(
  store: Store,
  tenantId: string,
  q: SearchEmployeesQuery,
): Promise<Page<SearchRow>> {
  const comps = q.competency ?? [];
  const prefix = q.namePrefix ? keys.employeeNamePrefix(q.namePrefix) : undefined;
  const filters: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  comps.forEach((c, i) => {
    names[`#c${i}`] = c.code;
    values[`:l${i}`] = c.minLevel;
    filters.push(`comps.#c${i} >= :l${i}`);
  });
  if (q.agencyId && comps.length > 0) {
    filters.push('agencyId = :agency');
    values[':agency'] = q.agencyId;
  }
  if (q.employmentType) {
    filters.push('employmentType = :etype');
    values[':etype'] = q.employmentType;
  }
  if (q.minRank) {
    filters.push('rankOrder >= :rank');
    values[':rank'] = rankOrder(q.minRank);
  }
  if (q.educationLevel) {
    filters.push('eduOrder >= :edu');
    values[':edu'] = educationOrder(q.educationLevel);
  }
  if (q.major) {
    filters.push('contains(majors, :major)');
    values[':major'] = `|${q.major.trim().toLowerCase().replace(/\s+/g, ' ')}|`;
  }
  // Retired and dismissed employees are not candidates for anything.
  filters.push('#status IN (:aktif, :cltn)');
  names['#status'] = 'status';
  values[':aktif'] = 'AKTIF';
  values[':cltn'] = 'CLTN';

  const queryId = `employee-search:${JSON.stringify({ ...q, cursor: undefined, limit: undefined })}`;
  const first = comps[0];
  const spec = first
    ? { pk: keys.competencyHoldersPartition(tenantId, first.code) }
    : q.agencyId
      ? { index: 'gsi2' as const, pk: keys.employeesByAgency(tenantId, q.agencyId).gsi2pk }
      : { index: 'gsi1' as const, pk: keys.employeesByTenant(tenantId).gsi1pk };
  const page = await store.query<Record<string, unknown>>({
    tenantId,
    queryId,
    ...spec,
    skBeginsWith: prefix,
    limit: q.limit,
    cursor: q.cursor,
    filter: { expression: filters.join(' AND '), names, values },
  });
  return {
    items: page.items.map((i) => ({
      employeeId: String(i.employeeId ?? i.id),
      name: String(i.name),
      nip: String(i.nip),
      employmentType: String(i.employmentType),
      agencyId: String(i.agencyId),
      agencyName: String(i.agencyName ?? ''),
      unitId: String(i.unitId),
      ...(i.positionId
        ? { positionId: String(i.positionId), positionName: String(i.positionName ?? '') }
        : {}),
      ...(i.rank ? { rank: String(i.rank) } : {}),
      ...(i.grade ? { grade: String(i.grade) } : {}),
      ...(i.email ? { email: String(i.email) } : {}),
      ...(i.phone ? { phone: String(i.phone) } : {}),
      highestEducation: (i.highestEducation as string | null | undefined) ?? null,
      comps: (i.comps as Record<string, number>) ?? {},
    })),
    nextCursor: page.nextCursor,
  };
}
