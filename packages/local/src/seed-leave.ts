import { isManagerial } from '@pamong/core';
import type { Store } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import * as attendancePlacesRepo from '@pamong/db/repos/attendance/places';
import { previousMonth } from './demo-attendance';
import type { TenantSeed } from './demo-data';
import { type DemoLeavePlan, type DemoStaff, demoLeave, grantedLeaveDays } from './demo-leave';
import { type DemoRoster, demoRoster } from './demo-shifts';
import { tenantToday } from './seed-util';
import type { SeedWrites, StaffActor, TenantRef } from './seed-writes';

export const LEAVE_KINDS = ['leaveRequests', 'delegations', 'rosterShifts'] as const;
export type LeaveKind = (typeof LEAVE_KINDS)[number];

/** createShiftRoster takes at most 99 shifts a request. */
const ROSTER_BATCH = 99;

export interface LeaveSeeding {
  /** The days an employee (by plan key) is on leave this run writes, in a month: no punches then. */
  onLeave(key: string, month: string): ReadonlySet<string>;
  /**
   * Round `round` of the writes, after everything else is in the table (the approvers are read from
   * the org, the history's month items must be there before leave marks them): 0, the Plh, the shift
   * schedule and the requests; 1, the schedule's assignment and roster and each request's first
   * step; 2 on, the next step. Each round reads what the rounds before wrote, so the caller writes a
   * round out before starting the next. Returns whether another round has work.
   */
  round(round: number): Promise<boolean>;
}

/**
 * The demo's leave (demo-leave.ts) and the shift unit's roster (demo-shifts.ts), through the real
 * operations. Idempotent per part: leave is written when the demo agency has no leave request yet,
 * the Plh when the tenant has no delegation, the schedule, its assignment and this month's roster
 * when each is missing; what exists is read, never written again.
 */
export async function leaveSeeding(
  writes: SeedWrites,
  store: Store,
  tenant: TenantSeed,
  ref: TenantRef,
  existed: boolean,
  now: Date,
  org: { agency(code: string): string; unit(agencyCode: string, name: string): string },
  personnel: { staffOf(agencyCode: string): DemoStaff[]; idOf(key: string): string | undefined },
  count: (kind: LeaveKind, created: boolean, n?: number) => void,
): Promise<LeaveSeeding> {
  const today = tenantToday(now, tenant.timeZone);
  const month = today.slice(0, 7);
  const agencyId = org.agency(tenant.demoAgencyCode);
  const demoStaff = personnel.staffOf(tenant.demoAgencyCode);
  const shift = tenant.shiftService;
  const shiftUnitId = org.unit(shift.agencyCode, shift.unitName);
  const plan: DemoLeavePlan = demoLeave(tenant, demoStaff, today);
  const roster: DemoRoster = demoRoster(tenant, personnel.staffOf(shift.agencyCode), month);
  const byKey = new Map(demoStaff.map((s) => [s.key, s] as const));

  const one = async (pk: string, index?: 'gsi2') =>
    existed &&
    (
      await store.query({
        tenantId: ref.id,
        queryId: 'seed:exists',
        pk,
        limit: 1,
        ...(index ? { index } : {}),
      })
    ).items.length > 0;
  const [hasLeave, hasDelegation, schedule, hasRoster] = await Promise.all([
    one(keys.leaveRequestsByAgency(ref.id, agencyId).gsi2pk, 'gsi2'),
    one(keys.approvalDelegationsPartition(ref.id)),
    existed
      ? attendancePlacesRepo
          .listWorkSchedules(store, ref.id)
          .then((all) => all.find((s) => s.name === roster.schedule.name))
      : undefined,
    one(keys.rosterPartition(ref.id, shiftUnitId, month)),
  ]);
  const hasAssignment =
    !!schedule &&
    (await attendancePlacesRepo.assignmentsOf(store, ref.id, 'unit', shiftUnitId)).some(
      (a) => a.scheduleId === schedule.id && a.fromDate <= roster.fromDate,
    );
  count('leaveRequests', !hasLeave, plan.requests.length);
  count('delegations', !hasDelegation);
  count('rosterShifts', !hasRoster, roster.shifts.length);
  const granted = hasLeave ? new Map<string, Set<string>>() : grantedLeaveDays(plan, previousMonth(today));

  const idOf = (key: string) => {
    const id = personnel.idOf(key);
    if (!id) throw new Error(`demo leave: ${key} has no employee record`);
    return id;
  };
  /** Who acts, as their account (or the account they would have) carries them. */
  let actors: Map<string, StaffActor> | undefined;
  const actorOf = async (key: string): Promise<StaffActor> => {
    if (!actors) {
      actors = new Map();
      await Promise.all(
        tenant.users.map(async (u) => {
          const s = demoStaff.find((x) => x.linkedUsername === u.username);
          if (!s) return;
          const login = await store.get<{ userId: string }>(keys.login(ref.id, u.username), true);
          if (!login) throw new Error(`demo leave: ${u.username} has no login in ${tenant.slug}`);
          actors!.set(s.key, {
            employeeId: idOf(s.key),
            agencyId,
            name: u.name,
            role: u.role === 'supervisor' ? 'supervisor' : 'employee',
            sub: login.userId,
            username: u.username,
          });
        }),
      );
    }
    const known = actors.get(key);
    if (known) return known;
    const s = byKey.get(key)!;
    const employeeId = idOf(key);
    return {
      employeeId,
      agencyId,
      name: s.name,
      role: isManagerial(s.positionType) ? 'supervisor' : 'employee',
      sub: employeeId,
    };
  };

  let scheduleId = schedule?.id;
  const requestIds: string[] = [];

  return {
    onLeave: (key, m) => (m === previousMonth(today) ? (granted.get(key) ?? new Set()) : new Set()),

    async round(round) {
      const work: Promise<unknown>[] = [];
      if (round === 0) {
        if (!hasDelegation) {
          const d = plan.delegation;
          work.push(
            writes.createApprovalDelegation(
              ref,
              { principalId: idOf(d.principal), delegateId: idOf(d.delegate), ...d.body },
              d.at,
            ),
          );
        }
        if (!scheduleId)
          work.push(
            writes.createWorkSchedule(ref, roster.schedule).then((s) => {
              scheduleId = s.id;
            }),
          );
        if (!hasLeave)
          plan.requests.forEach((r, i) => {
            work.push(
              actorOf(r.requester)
                .then((who) => writes.leave(ref, who, { kind: 'request', body: { ...r.body } }, r.at))
                .then(({ id }) => {
                  requestIds[i] = id;
                }),
            );
          });
      }
      if (round === 1) {
        const body = { scheduleId: scheduleId! };
        if (!hasAssignment)
          work.push(
            writes.assignWorkSchedule(ref, {
              ...body,
              target: { kind: 'unit', agencyId: org.agency(shift.agencyCode), unitId: shiftUnitId },
              fromDate: roster.fromDate,
            }),
          );
        if (!hasRoster)
          for (let i = 0; i < roster.shifts.length; i += ROSTER_BATCH)
            work.push(
              writes.createShiftRoster(ref, {
                ...body,
                shifts: roster.shifts
                  .slice(i, i + ROSTER_BATCH)
                  .map(({ employee, ...s }) => ({ employeeId: idOf(employee), ...s })),
              }),
            );
      }
      if (round >= 1 && !hasLeave)
        plan.requests.forEach((r, i) => {
          const step = r.steps[round - 1];
          if (!step) return;
          work.push(
            actorOf(step.by).then((who) =>
              writes.leave(
                ref,
                who,
                { kind: step.step, requestId: requestIds[i]!, body: { ...step.body } },
                step.at,
              ),
            ),
          );
        });
      await Promise.all(work);
      const rosterNext = round === 0 && (!hasAssignment || !hasRoster);
      return rosterNext || (!hasLeave && plan.requests.some((r) => r.steps.length > round));
    },
  };
}
