import {
  checkLeaveRequest,
  DEFAULT_LEAVE_POLICIES,
  indexHolidays,
  instantAt,
  LEAVE_STATUSES,
  leaveStepSchema,
  nationalHolidaysOf,
  requestLeaveSchema,
  weekdayOf,
} from '@pamong/core';
import { describe, expect, it } from 'vitest';
import { previousMonth } from './demo-attendance';
import { DEMO_TENANTS } from './demo-data';
import { demoLeave, demoStaff, grantedLeaveDays, isDemoWorkingDay, workingDayFrom } from './demo-leave';
import { demoPersonnel } from './demo-personnel';

/** Days that exercise the edges: mid-year, a Monday, December (leave runs into the next year), January. */
const DAYS = ['2026-07-15', '2026-03-02', '2026-12-06', '2026-12-28', '2027-01-04', '2026-06-01'];
const WIB = 'Asia/Jakarta';

const cases = DAYS.flatMap((today) =>
  DEMO_TENANTS.map((t) => {
    const staff = demoStaff(demoPersonnel(t, today), t.demoAgencyCode);
    return { t, today, staff, plan: demoLeave(t, staff, today) };
  }),
);
const name = (c: (typeof cases)[number]) => `${c.t.slug} on ${c.today}`;

describe('workingDayFrom', () => {
  it('skips weekends, holidays and cuti bersama, both ways', () => {
    expect(workingDayFrom('2026-12-23', 1)).toBe('2026-12-28'); // 24 cuti bersama, 25 Christmas
    expect(workingDayFrom('2026-12-28', -1)).toBe('2026-12-23');
    expect(workingDayFrom('2026-12-06', 0)).toBe('2026-12-06');
    expect(isDemoWorkingDay('2026-12-24')).toBe(false);
  });
});

describe('demoLeave', () => {
  it('has a request in every state, PNS and PPPK among those who ask', () => {
    for (const c of cases) {
      expect(new Set(c.plan.requests.map((r) => r.status)), name(c)).toEqual(new Set(LEAVE_STATUSES));
      const types = new Set(
        c.plan.requests.map((r) => c.staff.find((s) => s.key === r.requester)!.employmentType),
      );
      expect([...types].sort(), name(c)).toEqual(['PNS', 'PPPK']);
    }
  });

  it('asks and acts as the routes take it, within the rules of each type, every act in the past and in order', () => {
    for (const c of cases) {
      const midnight = instantAt(c.today, 0, WIB);
      for (const r of c.plan.requests) {
        const who = `${name(c)} ${r.status}`;
        expect(requestLeaveSchema.safeParse(r.body).success, who).toBe(true);
        const requester = c.staff.find((s) => s.key === r.requester)!;
        const year = Number(r.body.startDate.slice(0, 4));
        const check = checkLeaveRequest(
          {
            ...r.body,
            employmentType: requester.employmentType,
            serviceStartDate: requester.tmtCpns!,
          },
          indexHolidays([...nationalHolidaysOf(year), ...nationalHolidaysOf(year + 1)]),
          DEFAULT_LEAVE_POLICIES[requester.employmentType],
        );
        expect(check.violations, who).toEqual([]);
        expect(r.at < midnight, who).toBe(true);
        let last = r.at;
        for (const s of r.steps) {
          if (s.step !== 'cancellation') expect(leaveStepSchema.safeParse(s.body).success, who).toBe(true);
          expect(s.at > last, who).toBe(true);
          expect(s.at < midnight, who).toBe(true);
          last = s.at;
        }
        if (r.body.type === 'TAHUNAN')
          expect(r.body.endDate.slice(0, 4), who).toBe(r.body.startDate.slice(0, 4));
      }
    }
  });

  it('keeps pegawai free ahead: one approved annual leave in the previous month', () => {
    for (const c of cases) {
      const pegawai = c.staff.find((s) => s.linkedUsername === 'pegawai')!;
      const own = c.plan.requests.filter((r) => r.requester === pegawai.key);
      expect(
        own.map((r) => [r.status, r.body.type]),
        name(c),
      ).toEqual([['APPROVED', 'TAHUNAN']]);
      expect(own[0]!.body.startDate.slice(0, 7)).toBe(previousMonth(c.today));
      expect(own[0]!.body.endDate < c.today).toBe(true);
    }
  });

  it('names a Plh for the head over a past week, who decides one leave within it', () => {
    for (const c of cases) {
      const { delegation: d, requests } = c.plan;
      const kepala = c.staff.find((s) => s.linkedUsername === 'kepala')!;
      expect(d.principal, name(c)).toBe(kepala.key);
      expect(c.staff.find((s) => s.key === d.delegate)?.positionType).toBe('ADMINISTRATOR');
      expect([weekdayOf(d.body.startDate), weekdayOf(d.body.endDate)]).toEqual([1, 5]);
      expect(d.body.endDate < c.today).toBe(true);
      expect(d.body.decreeNumber).toMatch(/^800\.1\.11\.1\/\d+\//);
      expect(d.at < instantAt(d.body.startDate, 0, WIB)).toBe(true);
      const byPlh = requests.flatMap((r) => r.steps.filter((s) => s.by === d.delegate));
      expect(byPlh).toHaveLength(1);
      const on = new Intl.DateTimeFormat('en-CA', { timeZone: WIB }).format(byPlh[0]!.at);
      expect(on >= d.body.startDate && on <= d.body.endDate).toBe(true);
      // The head decides nothing in the week they are away.
      for (const r of requests)
        for (const s of r.steps.filter((x) => x.by === kepala.key)) {
          const day = new Intl.DateTimeFormat('en-CA', { timeZone: WIB }).format(s.at);
          expect(day < d.body.startDate || day > d.body.endDate, `${name(c)} ${day}`).toBe(true);
        }
    }
  });

  it('shows leave in the previous month, which its punches leave out', () => {
    for (const c of cases) {
      const pm = previousMonth(c.today);
      const days = grantedLeaveDays(c.plan, pm);
      const pegawai = c.staff.find((s) => s.linkedUsername === 'pegawai')!;
      expect(days.get(pegawai.key)?.size, name(c)).toBe(2);
      expect(days.size).toBeGreaterThanOrEqual(3);
      for (const set of days.values()) for (const d of set) expect(d.startsWith(`${pm}-`)).toBe(true);
    }
  });

  it('is the same for the same tenant and day', () => {
    const [c] = cases;
    expect(demoLeave(c!.t, c!.staff, c!.today)).toEqual(c!.plan);
  });
});
