import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors';
import {
  cancelLeave,
  decideLeave,
  employeeLeaveStatus,
  holdsDays,
  type LeaveApproval,
  newLeaveApproval,
  recommendLeave,
} from './approval';

const AT = '2026-03-02T03:00:00.000Z';
const superior = { employeeId: 'SUP' };
const pybmc = { employeeId: 'KADIS' };
const request = { type: 'TAHUNAN' as const, startDate: '2026-03-16', endDate: '2026-03-18' };
const fresh = () => newLeaveApproval(request, { hasSuperior: true, at: AT, requesterId: 'EMP' });
const recommended = () => recommendLeave(fresh(), { outcome: 'APPROVE', actor: superior, at: AT }).state;

function status(fn: () => unknown): number {
  try {
    fn();
  } catch (e) {
    return (e as AppError).status;
  }
  return 0;
}

describe('two-step approval', () => {
  it('goes superior → PYBMC, and tells the employee only at the decision', () => {
    const s0 = fresh();
    expect(employeeLeaveStatus(s0)).toEqual({ status: 'IN_PROCESS', waitingFor: 'superior' });
    const r1 = recommendLeave(s0, { outcome: 'APPROVE', actor: superior, at: AT });
    expect(r1.state.status).toBe('AWAITING_DECISION');
    expect(r1.effects.notifyEmployee).toBe(false);
    expect(employeeLeaveStatus(r1.state)).toEqual({ status: 'IN_PROCESS', waitingFor: 'pybmc' });
    const r2 = decideLeave(r1.state, { outcome: 'APPROVE', actor: pybmc, at: AT });
    expect(r2.state.status).toBe('APPROVED');
    expect(r2.effects).toEqual({ notifyEmployee: true, reservation: { kind: 'keep' } });
    expect(employeeLeaveStatus(r2.state)).toEqual({ status: 'APPROVED', waitingFor: null });
    expect(r2.state.steps.map((s) => [s.step, s.outcome, s.actorId])).toEqual([
      ['recommendation', 'APPROVE', 'SUP'],
      ['decision', 'APPROVE', 'KADIS'],
    ]);
  });

  it('does not end the request on a rejected recommendation', () => {
    const r = recommendLeave(fresh(), { outcome: 'REJECT', actor: superior, at: AT, note: 'deadline' });
    expect(r.state.status).toBe('AWAITING_DECISION');
    expect(employeeLeaveStatus(r.state).status).toBe('IN_PROCESS');
    expect(decideLeave(r.state, { outcome: 'APPROVE', actor: pybmc, at: AT }).state.status).toBe('APPROVED');
  });

  it('records who acted for whom under a Plt/Plh delegation', () => {
    const plh = { employeeId: 'SEKDIS', actingFor: { employeeId: 'KADIS', kind: 'PLH' as const } };
    const step = decideLeave(recommended(), { outcome: 'APPROVE', actor: plh, at: AT }).state.steps[1]!;
    expect(step).toMatchObject({ actorId: 'SEKDIS', onBehalfOfId: 'KADIS', delegationKind: 'PLH' });
  });

  it('moves the reservation on CHANGE, releases it on DEFER and REJECT', () => {
    const changed = decideLeave(recommended(), {
      outcome: 'CHANGE',
      actor: pybmc,
      at: AT,
      note: 'after the audit',
      changeTo: { startDate: '2026-03-23', endDate: '2026-03-25' },
    });
    expect(changed.state).toMatchObject({
      status: 'CHANGED',
      startDate: '2026-03-23',
      endDate: '2026-03-25',
    });
    expect(changed.effects.reservation).toEqual({
      kind: 'resize',
      startDate: '2026-03-23',
      endDate: '2026-03-25',
    });
    const deferred = decideLeave(recommended(), {
      outcome: 'DEFER',
      actor: pybmc,
      at: AT,
      note: 'urgent duty',
    });
    expect([deferred.state.status, deferred.effects.reservation.kind]).toEqual(['DEFERRED', 'release']);
    const rejected = decideLeave(recommended(), { outcome: 'REJECT', actor: pybmc, at: AT, note: 'no' });
    expect([rejected.state.status, rejected.effects.reservation.kind]).toEqual(['REJECTED', 'release']);
  });

  it('skips the recommendation for an employee with no superior, and records it', () => {
    const s = newLeaveApproval(request, { hasSuperior: false, at: AT, requesterId: 'KADIS' });
    expect(s.status).toBe('AWAITING_DECISION');
    expect(s.steps[0]).toMatchObject({ step: 'recommendation', outcome: 'SKIPPED' });
  });

  it('lets a PYBMC who is also the direct superior give both steps at once', () => {
    const r = decideLeave(fresh(), { outcome: 'APPROVE', actor: pybmc, at: AT, alsoSuperior: true });
    expect(r.state.steps.map((s) => s.step)).toEqual(['recommendation', 'decision']);
  });
});

describe('illegal transitions', () => {
  const decided = () => decideLeave(recommended(), { outcome: 'APPROVE', actor: pybmc, at: AT }).state;
  const rejected = () =>
    decideLeave(recommended(), { outcome: 'REJECT', actor: pybmc, at: AT, note: 'x' }).state;
  const cancelled = () =>
    cancelLeave(fresh(), { by: 'employee', actor: { employeeId: 'EMP' }, at: AT, today: '2026-03-02' }).state;

  it('refuses a second recommendation (409)', () => {
    expect(status(() => recommendLeave(recommended(), { outcome: 'APPROVE', actor: superior, at: AT }))).toBe(
      409,
    );
  });

  it('refuses a decision before the recommendation (409)', () => {
    expect(status(() => decideLeave(fresh(), { outcome: 'APPROVE', actor: pybmc, at: AT }))).toBe(409);
  });

  it.each([
    ['approved', decided],
    ['rejected', rejected],
    ['cancelled', cancelled],
  ] as [string, () => LeaveApproval][])('refuses any step on a %s request (409)', (_, state) => {
    expect(status(() => recommendLeave(state(), { outcome: 'APPROVE', actor: superior, at: AT }))).toBe(409);
    expect(status(() => decideLeave(state(), { outcome: 'APPROVE', actor: pybmc, at: AT }))).toBe(409);
  });

  it('refuses to cancel a rejected, deferred or cancelled request (409)', () => {
    for (const s of [rejected(), cancelled()]) {
      expect(status(() => cancelLeave(s, { by: 'pybmc', actor: pybmc, at: AT, today: '2026-03-02' }))).toBe(
        409,
      );
    }
  });

  it('refuses bad step input (400): CHANGE without dates, DEFER of sick leave, no reason, dates without CHANGE', () => {
    expect(
      status(() => recommendLeave(fresh(), { outcome: 'CHANGE', actor: superior, at: AT, note: 'x' })),
    ).toBe(400);
    expect(
      status(() =>
        recommendLeave(fresh(), {
          outcome: 'CHANGE',
          actor: superior,
          at: AT,
          note: 'x',
          changeTo: { startDate: '2026-03-20', endDate: '2026-03-19' },
        }),
      ),
    ).toBe(400);
    const sick = newLeaveApproval(
      { ...request, type: 'SAKIT' },
      { hasSuperior: true, at: AT, requesterId: 'EMP' },
    );
    expect(status(() => recommendLeave(sick, { outcome: 'DEFER', actor: superior, at: AT, note: 'x' }))).toBe(
      400,
    );
    expect(status(() => recommendLeave(fresh(), { outcome: 'REJECT', actor: superior, at: AT }))).toBe(400);
    expect(
      status(() =>
        recommendLeave(fresh(), {
          outcome: 'APPROVE',
          actor: superior,
          at: AT,
          changeTo: { startDate: '2026-03-20', endDate: '2026-03-21' },
        }),
      ),
    ).toBe(400);
    expect(
      status(() =>
        recommendLeave(fresh(), {
          outcome: 'APPROVE',
          actor: { employeeId: 'SUP', actingFor: { employeeId: 'SUP', kind: 'PLT' } },
          at: AT,
        }),
      ),
    ).toBe(400);
  });
});

describe('cancellation', () => {
  const emp = { employeeId: 'EMP' };
  it('lets the employee cancel before the start, releasing every day', () => {
    const approved = decideLeave(recommended(), { outcome: 'APPROVE', actor: pybmc, at: AT }).state;
    const r = cancelLeave(approved, { by: 'employee', actor: emp, at: AT, today: '2026-03-15' });
    expect(r.state.status).toBe('CANCELLED');
    expect(r.effects.reservation).toEqual({ kind: 'release' });
    expect(holdsDays(r.state.status)).toBe(false);
  });

  it('after the start, only the PYBMC, releasing the days from today', () => {
    const approved = decideLeave(recommended(), { outcome: 'APPROVE', actor: pybmc, at: AT }).state;
    expect(
      status(() => cancelLeave(approved, { by: 'employee', actor: emp, at: AT, today: '2026-03-16' })),
    ).toBe(409);
    const r = cancelLeave(approved, {
      by: 'pybmc',
      actor: pybmc,
      at: AT,
      today: '2026-03-17',
      reason: 'recalled',
    });
    expect(r.effects).toEqual({
      notifyEmployee: true,
      reservation: { kind: 'release-from', date: '2026-03-17' },
    });
    expect(r.state.steps.at(-1)).toMatchObject({ step: 'cancellation', actorId: 'KADIS', note: 'recalled' });
    expect(
      status(() => cancelLeave(approved, { by: 'pybmc', actor: pybmc, at: AT, today: '2026-03-19' })),
    ).toBe(409);
  });
});
