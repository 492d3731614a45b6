import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors';
import { type Holiday, indexHolidays } from './calendar';
import {
  assertLeaveRequest,
  checkLeaveRequest,
  cutiBersamaDebitDelta,
  cutiBersamaDebits,
  DEFAULT_LEAVE_POLICIES,
  type LeaveRequestFacts,
  recountLeaveDays,
  requiredSickDocument,
} from './leave';

// A week in March 2026 with a national holiday on Thursday and cuti bersama on Friday.
const HOLIDAYS: Holiday[] = [
  { date: '2026-03-19', name: 'Hari Suci Nyepi', kind: 'national' },
  { date: '2026-03-20', name: 'Cuti bersama Idulfitri', kind: 'cuti-bersama' },
];
const idx = indexHolidays(HOLIDAYS);
const base: LeaveRequestFacts = {
  employmentType: 'PNS',
  type: 'TAHUNAN',
  startDate: '2026-03-16',
  endDate: '2026-03-20',
  serviceStartDate: '2020-01-01',
};
const rules = (f: Partial<LeaveRequestFacts>) =>
  checkLeaveRequest({ ...base, ...f }, idx).violations.map((v) => v.rule);

describe('policies per employment type', () => {
  it('gives PNS seven types and PPPK four', () => {
    expect(DEFAULT_LEAVE_POLICIES.PNS.types).toHaveLength(7);
    expect(DEFAULT_LEAVE_POLICIES.PPPK.types).toEqual(['TAHUNAN', 'SAKIT', 'MELAHIRKAN', 'BERSAMA']);
    expect(DEFAULT_LEAVE_POLICIES.PNS.cutiBersamaReducesAnnual).toBe(false);
    expect(DEFAULT_LEAVE_POLICIES.PPPK.cutiBersamaReducesAnnual).toBe(true);
  });

  it('refuses a type the employment type does not have', () => {
    expect(rules({ employmentType: 'PPPK', type: 'BESAR' })).toEqual(['type-not-available']);
    expect(rules({ employmentType: 'PPPK', type: 'ALASAN_PENTING', importantReason: 'MENIKAH' })).toEqual([
      'type-not-available',
    ]);
    expect(rules({ employmentType: 'CPNS', type: 'CLTN' })).toEqual(['type-not-available']);
    expect(rules({ type: 'BERSAMA' })).toEqual(['bersama-not-requestable']);
  });
});

describe('working days of a request', () => {
  it('excludes weekends, holidays and cuti bersama, for PNS and PPPK alike', () => {
    // Mon 16 - Sun 22 March: Mon-Wed only.
    expect(checkLeaveRequest({ ...base, endDate: '2026-03-22' }, idx).workingDays).toBe(3);
    expect(
      checkLeaveRequest({ ...base, employmentType: 'PPPK', endDate: '2026-03-22' }, idx).workingDays,
    ).toBe(3);
  });

  it('charges cuti bersama to PPPK annual leave once, through the yearly debit, never to PNS', () => {
    expect(cutiBersamaDebits(HOLIDAYS, 2026, DEFAULT_LEAVE_POLICIES.PNS)).toEqual([]);
    expect(cutiBersamaDebits(HOLIDAYS, 2026, DEFAULT_LEAVE_POLICIES.PPPK)).toEqual(['2026-03-20']);
    // A cuti bersama on a Saturday costs nothing.
    const sat: Holiday[] = [{ date: '2026-03-21', name: 'x', kind: 'cuti-bersama' }];
    expect(cutiBersamaDebits(sat, 2026, DEFAULT_LEAVE_POLICIES.PPPK)).toEqual([]);
  });

  it('refuses a leave of 0 working days and an end before its start', () => {
    expect(rules({ startDate: '2026-03-21', endDate: '2026-03-22' })).toEqual(['no-working-days']);
    expect(rules({ startDate: '2026-03-20', endDate: '2026-03-16' })).toEqual(['end-before-start']);
  });
});

describe('annual leave (tahunan)', () => {
  it('needs 1 year of continuous service, reached on the anniversary', () => {
    expect(rules({ serviceStartDate: '2025-03-17' })).toEqual(['min-service']);
    expect(rules({ serviceStartDate: '2025-03-16' })).toEqual([]);
  });

  it('is none in a year of cuti besar, within the balance, and within one year', () => {
    expect(rules({ besarInYear: true })).toEqual(['annual-in-besar-year']);
    expect(rules({ annualAvailable: 2 })).toEqual(['annual-balance']);
    expect(rules({ annualAvailable: 3 })).toEqual([]);
    expect(rules({ startDate: '2026-12-30', endDate: '2027-01-04' })).toEqual(['annual-crosses-year']);
  });
});

describe('cuti besar', () => {
  const besar = { type: 'BESAR' as const, startDate: '2026-04-01', endDate: '2026-06-30' };
  it('needs 5 years of service, except for a first hajj', () => {
    expect(rules({ ...besar, serviceStartDate: '2021-04-02' })).toEqual(['min-service']);
    expect(rules({ ...besar, serviceStartDate: '2021-04-01' })).toEqual([]);
    expect(rules({ ...besar, serviceStartDate: '2024-01-01', firstHajj: true })).toEqual([]);
  });

  it('lasts at most 3 months, and comes once in 5 years', () => {
    expect(rules({ ...besar, endDate: '2026-07-01' })).toEqual(['besar-max']);
    expect(rules({ ...besar, lastBesarStartDate: '2022-01-01' })).toEqual(['besar-interval']);
    expect(rules({ ...besar, lastBesarStartDate: '2021-04-01' })).toEqual([]);
  });
});

describe('sick leave (sakit)', () => {
  it('needs a note for 1 day, a doctor up to 14, a government doctor beyond', () => {
    expect([1, 2, 14, 15].map(requiredSickDocument)).toEqual([
      'note-to-superior',
      'doctor',
      'doctor',
      'government-doctor',
    ]);
    const sick = { type: 'SAKIT' as const, startDate: '2026-03-02' };
    expect(rules({ ...sick, endDate: '2026-03-02' })).toEqual([]);
    expect(rules({ ...sick, endDate: '2026-03-03' })).toEqual(['sick-document']);
    expect(rules({ ...sick, endDate: '2026-03-15', sickDocument: 'doctor' })).toEqual([]);
    expect(rules({ ...sick, endDate: '2026-03-16', sickDocument: 'doctor' })).toEqual(['sick-document']);
    expect(rules({ ...sick, endDate: '2026-03-16', sickDocument: 'government-doctor' })).toEqual([]);
  });

  it('lasts at most 1 year, 18 months with the health board, 1.5 months after a miscarriage', () => {
    const sick = {
      type: 'SAKIT' as const,
      startDate: '2026-03-02',
      sickDocument: 'government-doctor' as const,
    };
    expect(rules({ ...sick, endDate: '2027-03-01' })).toEqual([]);
    expect(rules({ ...sick, endDate: '2027-03-02' })).toEqual(['sick-max']);
    expect(rules({ ...sick, endDate: '2027-09-01', healthBoardExtension: true })).toEqual([]);
    expect(rules({ ...sick, endDate: '2027-09-02', healthBoardExtension: true })).toEqual(['sick-max']);
    expect(rules({ ...sick, miscarriage: true, endDate: '2026-04-16' })).toEqual([]);
    expect(rules({ ...sick, miscarriage: true, endDate: '2026-04-17' })).toEqual(['sick-miscarriage-max']);
  });

  it("wants the doctor's note attached beyond one day, and nothing attached for one day", () => {
    const sick = { type: 'SAKIT' as const, startDate: '2026-03-02', sickDocument: 'doctor' as const };
    expect(rules({ ...sick, endDate: '2026-03-02', attachmentCount: 0 })).toEqual([]);
    expect(rules({ ...sick, endDate: '2026-03-03', attachmentCount: 0 })).toEqual(['sick-attachment']);
    expect(rules({ ...sick, endDate: '2026-03-03', attachmentCount: 1 })).toEqual([]);
    // Not counted (a caller that does not say) is not checked.
    expect(rules({ ...sick, endDate: '2026-03-03' })).toEqual([]);
  });
});

describe('maternity, important reasons, CLTN', () => {
  const maternity = { type: 'MELAHIRKAN' as const, startDate: '2026-03-02', endDate: '2026-06-01' };
  it('gives maternity leave for the 1st to 3rd child, for 3 months', () => {
    expect(rules({ ...maternity, childOrder: 3 })).toEqual([]);
    expect(rules({ ...maternity, childOrder: 4 })).toEqual(['maternity-child-order']);
    expect(checkLeaveRequest({ ...base, ...maternity, childOrder: 4 }, idx).violations[0]?.message).toMatch(
      /cuti besar/,
    );
    expect(rules({ ...maternity })).toEqual(['maternity-child-order']);
    expect(rules({ ...maternity, childOrder: 1, endDate: '2026-06-02' })).toEqual(['maternity-max']);
  });

  it('caps important reasons at one month and needs the reason', () => {
    const ap = { type: 'ALASAN_PENTING' as const, startDate: '2026-03-02', endDate: '2026-04-01' };
    expect(rules({ ...ap, importantReason: 'KELUARGA_MENINGGAL' })).toEqual([]);
    expect(rules({ ...ap, endDate: '2026-04-02', importantReason: 'BENCANA' })).toEqual([
      'important-reasons-max',
    ]);
    expect(rules(ap)).toEqual(['important-reason']);
  });

  it('needs 5 years and BKN’s approval for CLTN, up to 3 years plus 1', () => {
    const cltn = {
      type: 'CLTN' as const,
      startDate: '2026-03-02',
      endDate: '2029-03-01',
      bknApprovalRef: 'BKN-123',
    };
    expect(rules(cltn)).toEqual([]);
    expect(rules({ ...cltn, bknApprovalRef: ' ' })).toEqual(['cltn-bkn-approval']);
    expect(rules({ ...cltn, serviceStartDate: '2022-01-01' })).toEqual(['min-service']);
    expect(rules({ ...cltn, endDate: '2029-03-02' })).toEqual(['cltn-max']);
    expect(rules({ ...cltn, cltnExtension: true, endDate: '2027-03-01' })).toEqual([]);
    expect(rules({ ...cltn, cltnExtension: true, endDate: '2027-03-02' })).toEqual(['cltn-max']);
  });

  it('names every broken rule in the 400', () => {
    try {
      assertLeaveRequest({ ...base, serviceStartDate: '2026-01-01', besarInYear: true }, idx);
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).status).toBe(400);
      expect((e as AppError).detail).toBe('The leave request breaks: min-service, annual-in-besar-year.');
      expect((e as AppError).errors?.map((x) => x.path)).toEqual(['startDate', 'type']);
    }
  });
});

describe('a holiday changed after approval', () => {
  const request = { type: 'TAHUNAN' as const, startDate: '2026-03-16', endDate: '2026-03-20' };

  it('returns a day when a holiday is added inside the leave, with the reason', () => {
    const after = [...HOLIDAYS, { date: '2026-03-17', name: 'Hari jadi kota', kind: 'regional' as const }];
    const r = recountLeaveDays(request, HOLIDAYS, after);
    expect(r).toMatchObject({ before: 3, after: 2, deltaDays: -1, balanceDelta: 1 });
    expect(r.changes).toEqual([
      { date: '2026-03-17', change: 'added', name: 'Hari jadi kota', kind: 'regional' },
    ]);
    expect(r.reason).toBe('holiday added 2026-03-17 (Hari jadi kota): 3 → 2 working days');
  });

  it('takes a day when a holiday inside the leave is removed', () => {
    const r = recountLeaveDays(request, HOLIDAYS, HOLIDAYS.slice(1));
    expect(r).toMatchObject({ before: 3, after: 4, deltaDays: 1, balanceDelta: -1 });
    expect(r.changes[0]).toMatchObject({ date: '2026-03-19', change: 'removed' });
  });

  it('ignores changes on weekends or outside the leave, and has no balance effect for sick leave', () => {
    const after = [...HOLIDAYS, { date: '2026-03-21', name: 'x', kind: 'regional' as const }];
    expect(recountLeaveDays(request, HOLIDAYS, after)).toMatchObject({
      deltaDays: 0,
      changes: [],
      reason: 'no change',
    });
    const sick = recountLeaveDays({ ...request, type: 'SAKIT' }, HOLIDAYS, HOLIDAYS.slice(1));
    expect(sick).toMatchObject({ deltaDays: 1, balanceDelta: 0 });
  });

  it('moves a PPPK’s cuti bersama debit with the calendar; PNS never', () => {
    const after = [
      ...HOLIDAYS,
      { date: '2026-12-24', name: 'Cuti bersama Natal', kind: 'cuti-bersama' as const },
    ];
    expect(cutiBersamaDebitDelta(HOLIDAYS, after, 2026, DEFAULT_LEAVE_POLICIES.PPPK)).toEqual({
      added: ['2026-12-24'],
      removed: [],
      delta: 1,
    });
    expect(cutiBersamaDebitDelta(HOLIDAYS, after, 2026, DEFAULT_LEAVE_POLICIES.PNS).delta).toBe(0);
  });
});
