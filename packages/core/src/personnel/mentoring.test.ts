import { describe, expect, it } from 'vitest';
import { isNewEmployee, type Mentee, type Mentor, rankMentors } from './mentoring';

describe('isNewEmployee', () => {
  it('treats every CPNS as new, however long ago the TMT', () => {
    expect(isNewEmployee({ employmentType: 'CPNS', tmtCpns: '2019-03-01' }, '2026-06-15')).toBe(true);
    expect(isNewEmployee({ employmentType: 'CPNS' }, '2026-06-15')).toBe(true);
  });

  it('counts a PNS from TMT CPNS until two completed years', () => {
    const pns = { employmentType: 'PNS' as const, tmtCpns: '2024-03-01' };
    expect(isNewEmployee(pns, '2025-03-01')).toBe(true);
    expect(isNewEmployee(pns, '2026-02-28')).toBe(true);
    expect(isNewEmployee(pns, '2026-03-01')).toBe(false);
    expect(isNewEmployee(pns, '2030-01-02')).toBe(false);
  });

  it('falls back to startDate for a PNS without TMT CPNS', () => {
    expect(
      isNewEmployee({ employmentType: 'PNS', tmtCpns: null, startDate: '2025-01-02' }, '2026-01-01'),
    ).toBe(true);
    expect(isNewEmployee({ employmentType: 'PNS', startDate: '2020-01-02' }, '2026-01-01')).toBe(false);
  });

  it('counts a PPPK from the contract start, not from a TMT CPNS', () => {
    expect(isNewEmployee({ employmentType: 'PPPK', startDate: '2025-01-01' }, '2026-12-31')).toBe(true);
    expect(isNewEmployee({ employmentType: 'PPPK', startDate: '2025-01-01' }, '2027-01-01')).toBe(false);
    expect(isNewEmployee({ employmentType: 'PPPK', tmtCpns: '2025-06-01' }, '2026-01-01')).toBe(false);
  });

  it('does not treat an employee without a start date as new', () => {
    expect(isNewEmployee({ employmentType: 'PNS' }, '2026-01-01')).toBe(false);
    expect(isNewEmployee({ employmentType: 'PPPK', startDate: null }, '2026-01-01')).toBe(false);
  });

  it('treats a start after today as new', () => {
    expect(isNewEmployee({ employmentType: 'PPPK', startDate: '2026-04-01' }, '2026-01-01')).toBe(true);
  });

  it('completes a year from 29 February on 1 March in a common year', () => {
    const pns = { employmentType: 'PNS' as const, tmtCpns: '2024-02-29' };
    expect(isNewEmployee(pns, '2026-02-28')).toBe(true);
    expect(isNewEmployee(pns, '2026-03-01')).toBe(false);
  });

  it('rejects malformed dates', () => {
    expect(() => isNewEmployee({ employmentType: 'PNS', tmtCpns: '01-03-2024' }, '2026-01-01')).toThrow(
      RangeError,
    );
    expect(() => isNewEmployee({ employmentType: 'PNS', tmtCpns: '2024-03-01' }, '2026/01/01')).toThrow(
      RangeError,
    );
  });
});

describe('rankMentors', () => {
  const mentee: Mentee = {
    employeeId: 'emp-fajar',
    agencyId: 'opd-diskominfo',
    competencies: [
      { code: 'TEK-ANALISIS-DATA', level: 1 },
      { code: 'MNJ-KEPEMIMPINAN', level: 2 },
    ],
    neededCompetencies: [
      'TEK-ANALISIS-DATA',
      'TEK-KEAMANAN-INFORMASI',
      'MNJ-KEPEMIMPINAN',
      'TEK-ANALISIS-DATA',
    ],
  };
  const mentor = (
    employeeId: string,
    agencyId: string,
    offered: [string, number][],
    capacity = 3,
    activeMentees = 1,
  ): Mentor => ({
    employeeId,
    agencyId,
    offeredCompetencies: offered.map(([code, level]) => ({ code, level })),
    capacity,
    activeMentees,
  });

  const mentors: Mentor[] = [
    mentor('emp-zainal', 'opd-dinkes', [['SOS-KOMUNIKASI-PUBLIK', 4]], 5, 0),
    mentor('emp-citra', 'opd-diskominfo', [
      ['TEK-ANALISIS-DATA', 1],
      ['MNJ-KEPEMIMPINAN', 3],
    ]),
    mentor(
      'emp-dodi',
      'opd-bappeda',
      [
        ['TEK-ANALISIS-DATA', 3],
        ['TEK-KEAMANAN-INFORMASI', 2],
      ],
      6,
      1,
    ),
    mentor('emp-budi', 'opd-diskominfo', [
      ['TEK-ANALISIS-DATA', 3],
      ['TEK-KEAMANAN-INFORMASI', 2],
      ['MNJ-KEPEMIMPINAN', 2],
    ]),
    mentor('emp-andi', 'opd-diskominfo', [
      ['TEK-ANALISIS-DATA', 4],
      ['TEK-KEAMANAN-INFORMASI', 3],
    ]),
    mentor(
      'emp-hana',
      'opd-bappeda',
      [
        ['TEK-ANALISIS-DATA', 4],
        ['TEK-KEAMANAN-INFORMASI', 3],
        ['MNJ-KEPEMIMPINAN', 4],
      ],
      2,
      1,
    ),
    mentor(
      'emp-full',
      'opd-diskominfo',
      [
        ['TEK-ANALISIS-DATA', 4],
        ['TEK-KEAMANAN-INFORMASI', 4],
        ['MNJ-KEPEMIMPINAN', 4],
      ],
      2,
      2,
    ),
    mentor('emp-over', 'opd-diskominfo', [['TEK-ANALISIS-DATA', 4]], 1, 3),
    mentor('emp-fajar', 'opd-diskominfo', [['TEK-ANALISIS-DATA', 4]], 3, 0),
  ];

  it('orders by overlap, then same agency, then free capacity, then id', () => {
    const ranked = rankMentors(mentee, mentors);
    expect(
      ranked.map((m) => [m.employeeId, m.factors.overlap, m.factors.sameAgency, m.factors.freeCapacity]),
    ).toEqual([
      ['emp-hana', 3, false, 1],
      ['emp-andi', 2, true, 2],
      ['emp-budi', 2, true, 2],
      ['emp-dodi', 2, false, 5],
      ['emp-citra', 1, true, 2],
      ['emp-zainal', 0, false, 5],
    ]);
  });

  it('excludes the mentee themself and full or over-full mentors', () => {
    const ids = rankMentors(mentee, mentors).map((m) => m.employeeId);
    expect(ids).not.toContain('emp-fajar');
    expect(ids).not.toContain('emp-full');
    expect(ids).not.toContain('emp-over');
    expect(
      rankMentors(mentee, [mentor('emp-nol', 'opd-diskominfo', [['TEK-ANALISIS-DATA', 4]], 0, 0)]),
    ).toEqual([]);
  });

  it('matches only codes offered above the mentee level, sorted, each need once', () => {
    const byId = new Map(rankMentors(mentee, mentors).map((m) => [m.employeeId, m]));
    expect(byId.get('emp-hana')!.matched).toEqual([
      'MNJ-KEPEMIMPINAN',
      'TEK-ANALISIS-DATA',
      'TEK-KEAMANAN-INFORMASI',
    ]);
    // Leadership at 2 equals the mentee's own level, so Budi cannot grow it.
    expect(byId.get('emp-budi')!.matched).toEqual(['TEK-ANALISIS-DATA', 'TEK-KEAMANAN-INFORMASI']);
    // Analysis at 1 equals the mentee's level; leadership at 3 is above it.
    expect(byId.get('emp-citra')!.matched).toEqual(['MNJ-KEPEMIMPINAN']);
    // Offered but not needed.
    expect(byId.get('emp-zainal')!.matched).toEqual([]);
  });

  it('scores the share of distinct needed codes covered', () => {
    const scores = rankMentors(mentee, mentors).map((m) => [m.employeeId, m.score]);
    expect(scores).toEqual([
      ['emp-hana', 1],
      ['emp-andi', 2 / 3],
      ['emp-budi', 2 / 3],
      ['emp-dodi', 2 / 3],
      ['emp-citra', 1 / 3],
      ['emp-zainal', 0],
    ]);
  });

  it('does not depend on the input order', () => {
    const forward = rankMentors(mentee, mentors);
    expect(rankMentors(mentee, [...mentors].reverse())).toEqual(forward);
  });

  it('without stated needs, matches any code offered above the mentee level', () => {
    const open: Mentee = {
      employeeId: 'emp-gita',
      agencyId: 'opd-bkpsdm',
      competencies: [{ code: 'TEK-ANALISIS-DATA', level: 3 }],
      neededCompetencies: [],
    };
    const ranked = rankMentors(open, [
      mentor('emp-a', 'opd-bkpsdm', [
        ['TEK-ANALISIS-DATA', 3],
        ['SOS-KOMUNIKASI-PUBLIK', 2],
      ]),
      mentor('emp-b', 'opd-dinkes', [
        ['TEK-ANALISIS-DATA', 4],
        ['MNJ-PERENCANAAN', 3],
      ]),
    ]);
    expect(ranked.map((m) => [m.employeeId, m.matched, m.score])).toEqual([
      ['emp-b', ['MNJ-PERENCANAAN', 'TEK-ANALISIS-DATA'], 2 / 3],
      ['emp-a', ['SOS-KOMUNIKASI-PUBLIK'], 1 / 3],
    ]);
  });

  it('scores 0 when no available mentor can grow anything', () => {
    const expert: Mentee = {
      ...mentee,
      competencies: [{ code: 'SOS-KOMUNIKASI-PUBLIK', level: 5 }],
      neededCompetencies: [],
    };
    expect(rankMentors(expert, [mentors[0]!])).toEqual([
      {
        employeeId: 'emp-zainal',
        score: 0,
        factors: { overlap: 0, sameAgency: false, freeCapacity: 5 },
        matched: [],
      },
    ]);
  });
});
