import { describe, expect, it } from 'vitest';
import { menteeEligibility, notNewEmployeeDetail } from './mentee-eligibility';
import { isNewEmployee } from './mentoring';

describe('menteeEligibility', () => {
  it('a CPNS is always eligible, with no end date', () => {
    expect(menteeEligibility({ employmentType: 'CPNS', tmtCpns: '2015-03-01' }, '2026-06-15')).toEqual({
      eligible: true,
      reason: 'cpns',
      countedFrom: null,
      newUntil: null,
    });
  });

  it('a PNS counts from TMT CPNS: eligible the day before the second anniversary, not on it', () => {
    const pns = { employmentType: 'PNS' as const, tmtCpns: '2024-03-01', startDate: '2020-01-01' };
    expect(menteeEligibility(pns, '2026-02-28')).toEqual({
      eligible: true,
      reason: 'first-years',
      countedFrom: '2024-03-01',
      newUntil: '2026-03-01',
    });
    expect(menteeEligibility(pns, '2026-03-01')).toMatchObject({ eligible: false, reason: 'established' });
  });

  it('a PNS without TMT CPNS counts from the start date', () => {
    expect(
      menteeEligibility({ employmentType: 'PNS', tmtCpns: null, startDate: '2025-07-01' }, '2026-01-01'),
    ).toMatchObject({ eligible: true, countedFrom: '2025-07-01', newUntil: '2027-07-01' });
  });

  it('a PPPK counts from the contract start, never from a TMT CPNS', () => {
    expect(
      menteeEligibility(
        { employmentType: 'PPPK', tmtCpns: '2025-06-01', startDate: '2019-01-01' },
        '2026-01-01',
      ),
    ).toEqual({ eligible: false, reason: 'established', countedFrom: '2019-01-01', newUntil: '2021-01-01' });
    expect(menteeEligibility({ employmentType: 'PPPK', tmtCpns: '2025-06-01' }, '2026-01-01')).toEqual({
      eligible: false,
      reason: 'no-start-date',
      countedFrom: null,
      newUntil: null,
    });
  });

  it('an empty start date is no start date', () => {
    expect(
      menteeEligibility({ employmentType: 'PNS', tmtCpns: '', startDate: '' }, '2026-01-01'),
    ).toMatchObject({ eligible: false, reason: 'no-start-date' });
  });

  it('a start after today is eligible', () => {
    expect(
      menteeEligibility({ employmentType: 'PPPK', startDate: '2026-04-01' }, '2026-01-01'),
    ).toMatchObject({
      eligible: true,
      reason: 'first-years',
      newUntil: '2028-04-01',
    });
  });

  it('a 29 February start ends on 1 March of a common year, and on 29 February of a leap year', () => {
    expect(menteeEligibility({ employmentType: 'PNS', tmtCpns: '2024-02-29' }, '2025-01-01').newUntil).toBe(
      '2026-03-01',
    );
    expect(menteeEligibility({ employmentType: 'PNS', tmtCpns: '2026-02-28' }, '2026-03-01').newUntil).toBe(
      '2028-02-28',
    );
  });

  it('always agrees with isNewEmployee, and newUntil is the first day it turns false', () => {
    const records = [
      { employmentType: 'PNS' as const, tmtCpns: '2024-02-29' },
      { employmentType: 'PNS' as const, tmtCpns: '2023-12-31' },
      { employmentType: 'PPPK' as const, startDate: '2024-06-15' },
      { employmentType: 'PNS' as const, startDate: '2024-01-01' },
    ];
    const days = ['2025-12-31', '2026-01-01', '2026-02-28', '2026-03-01', '2026-06-14', '2026-06-15'];
    for (const r of records)
      for (const d of days) {
        const e = menteeEligibility(r, d);
        expect(e.eligible, `${JSON.stringify(r)} on ${d}`).toBe(isNewEmployee(r, d));
        expect(isNewEmployee(r, e.newUntil!)).toBe(false);
        const dayBefore = new Date(Date.parse(`${e.newUntil}T00:00:00Z`) - 86_400_000)
          .toISOString()
          .slice(0, 10);
        expect(isNewEmployee(r, dayBefore)).toBe(true);
      }
  });

  it('rejects malformed dates like isNewEmployee', () => {
    expect(() => menteeEligibility({ employmentType: 'PNS', tmtCpns: '01-03-2024' }, '2026-01-01')).toThrow(
      RangeError,
    );
  });
});

describe('notNewEmployeeDetail', () => {
  it('states the rule and, when known, the day the employee stopped being new', () => {
    const e = menteeEligibility({ employmentType: 'PNS', tmtCpns: '2015-05-01' }, '2026-01-01');
    expect(notNewEmployeeDetail(e)).toBe(
      'Mentor suggestions are for new employees (CPNS, or PNS/PPPK in their first 2 years of service); this employee is not new (no longer new since 2017-05-01).',
    );
    expect(notNewEmployeeDetail(menteeEligibility({ employmentType: 'PPPK' }, '2026-01-01'))).toContain(
      'no TMT CPNS or start date recorded',
    );
  });
});
