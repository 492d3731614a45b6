import {
  type AgencyScope,
  addDays,
  type CreateShiftRosterInput,
  forbidden,
  inScope,
  parseHm,
  type RosterShiftRecord,
  type ShiftInstance,
  shiftInstance,
  validationError,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import * as keys from '../../keys';
import { type Store, stripKeys, type TxItem } from '../../store';
import { getUnit } from '../org';
import { asStoredEmployee } from '../personnel/employee-writes';
import { getWorkSchedule } from './places';

/**
 * Shift rosters for services that run around the clock (issue 13 §1): one item per shift in the
 * unit's month partition, keyed by the day the shift starts. A night shift (22:00-06:00) is one
 * item on its start date; check-in finds it from the next morning too, so a 05:58 check-out
 * belongs to it, not to the calendar date it happens on.
 */

const asShift = (item: Record<string, unknown>): RosterShiftRecord =>
  stripKeys(item) as unknown as RosterShiftRecord;

const field = (path: string, message: string) => validationError([{ path, message }]);

/**
 * Writes up to 99 shifts of a shift schedule at once, with one audit entry on the schedule: a shift
 * already rostered for that employee and date is replaced. Every employee must exist (and, for an
 * agency admin, be in their agency); nothing is written otherwise.
 */
export async function createShiftRoster(
  store: Store,
  actor: Actor,
  scope: AgencyScope,
  input: CreateShiftRosterInput,
  now: Date,
): Promise<RosterShiftRecord[]> {
  const schedule = await getWorkSchedule(store, actor.tenantId, input.scheduleId).catch(() => null);
  if (!schedule) throw field('scheduleId', 'is not a schedule of this tenant');
  if (schedule.kind !== 'shift')
    throw field('scheduleId', 'is a fixed schedule; a roster needs a shift schedule');
  const ids = [...new Set(input.shifts.map((s) => s.employeeId))];
  const found = new Map(
    (await store.batchGet<Record<string, unknown>>(ids.map((id) => keys.employee(actor.tenantId, id))))
      .map(asStoredEmployee)
      .map((e) => [e.id, e]),
  );
  const errors = input.shifts.flatMap((s, i) => {
    const e = found.get(s.employeeId);
    if (!e) return [{ path: `shifts.${i}.employeeId`, message: 'is not an employee of this tenant' }];
    return [];
  });
  if (errors.length) throw validationError(errors);
  for (const e of found.values())
    if (!inScope(scope, e.agencyId))
      throw forbidden('An agency admin rosters their own agency’s employees only.');
  const at = now.toISOString();
  const shifts: RosterShiftRecord[] = input.shifts.map((s) => {
    const e = found.get(s.employeeId)!;
    return {
      employeeId: e.id,
      employeeName: e.name,
      unitId: e.unitId,
      scheduleId: schedule.id,
      date: s.date,
      start: s.start,
      end: s.end,
      breakMinutes: s.breakMinutes,
      crossesMidnight: parseHm(s.end) <= parseHm(s.start),
    };
  });
  const writes: TxItem[] = shifts.map((s) => ({
    op: {
      Put: {
        TableName: store.tableName,
        Item: {
          ...keys.rosterShift(actor.tenantId, s.unitId, s.date, s.employeeId),
          type: 'ROSTER_SHIFT',
          agencyId: found.get(s.employeeId)!.agencyId,
          ...s,
          updatedAt: at,
        },
      },
    },
  }));
  writes.push(
    auditPut(
      store.tableName,
      actor,
      {
        action: 'workSchedule.roster',
        entityType: 'workSchedule',
        entityId: schedule.id,
        changes: {
          shifts: {
            before: null,
            after: shifts.map((s) => `${s.date} ${s.start}-${s.end} ${s.employeeName}`),
          },
        },
      },
      now,
    ),
  );
  await store.transact(writes);
  return shifts;
}

/** A unit's roster of a month, by start date. Admins see their scope; a supervisor their own unit. */
export async function listShiftRoster(
  store: Store,
  tenantId: string,
  viewer: { scope: AgencyScope | null; ownUnitId?: string | null },
  q: { agencyId: string; unitId: string; month: string },
): Promise<RosterShiftRecord[]> {
  const allowed = viewer.scope ? inScope(viewer.scope, q.agencyId) : viewer.ownUnitId === q.unitId;
  if (!allowed) throw forbidden("You see your own unit's roster only.");
  await getUnit(store, tenantId, q.agencyId, q.unitId);
  const out: RosterShiftRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.query<Record<string, unknown>>({
      tenantId,
      queryId: `roster:${q.unitId}:${q.month}`,
      pk: keys.rosterPartition(tenantId, q.unitId, q.month),
      limit: 500,
      cursor,
    });
    out.push(...page.items.map(asShift));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

/**
 * The shift instances of one employee starting between `from` and `to` (inclusive): one Query per
 * month the range touches, in the unit's partition.
 */
export async function shiftInstancesOf(
  store: Store,
  tenantId: string,
  employee: { id: string; unitId: string },
  from: string,
  to: string,
  timeZone: string,
): Promise<ShiftInstance[]> {
  const months = [...new Set([from.slice(0, 7), to.slice(0, 7)])];
  const pages = await Promise.all(
    months.map((m) =>
      store.query<Record<string, unknown>>({
        tenantId,
        queryId: `roster:${employee.unitId}:${m}:${employee.id}`,
        pk: keys.rosterPartition(tenantId, employee.unitId, m),
        skBetween: keys.rosterDays(from < `${m}-01` ? `${m}-01` : from, to > `${m}-31` ? `${m}-31` : to),
        limit: 1000,
        filter: { expression: 'employeeId = :e', values: { ':e': employee.id } },
      }),
    ),
  );
  return pages
    .flatMap((p) => p.items.map(asShift))
    .map((s) =>
      shiftInstance({ date: s.date, start: s.start, end: s.end, breakMinutes: s.breakMinutes }, timeZone),
    );
}

/** The day before, for the night shift a morning punch may belong to. */
export const dayBefore = (date: string) => addDays(date, -1);
