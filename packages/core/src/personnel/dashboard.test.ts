import { describe, expect, it } from 'vitest';
import { buildDashboard, dateInZone, type StatsItem } from './dashboard';

const DINKES = '01JAAAAAAAAAAAAAAAAAAAAAAA';
const DISDIK = '01JBBBBBBBBBBBBBBBBBBBBBBB';
const BAPPEDA = '01JCCCCCCCCCCCCCCCCCCCCCCC';
const agencies = [
  { id: DISDIK, name: 'Dinas Pendidikan' },
  { id: DINKES, name: 'Dinas Kesehatan' },
  { id: BAPPEDA, name: 'Bappeda' },
];

const stats: StatsItem[] = [
  {
    agencyId: DINKES,
    total: 3,
    'type#PNS': 2,
    'type#PPPK': 1,
    'gender#L': 1,
    'gender#P': 2,
    'rank#III/a': 1,
    'rank#IV/b': 1,
    'grade#IX': 1,
    'edu#S1': 2,
    'edu#S2': 1,
    'birth#1968-05': 1,
    'birth#2001-06': 1,
    'birth#2001-07': 1,
    'retire#2026-06': 1,
    'retire#2059-08': 1,
    'retire#2059-07': 1,
  },
  {
    agencyId: DISDIK,
    total: 2,
    'type#PNS': 1,
    'type#CPNS': 1,
    'gender#L': 2,
    'rank#III/a': 2,
    // A moved employee leaves zeros behind; they must add nothing.
    'grade#IX': 0,
    'edu#SMA': 1,
    'edu#NONE': 1,
    'birth#1990-01': 2,
    'retire#2026-07': 1,
    'retire#2030-12': 1,
    'retire#2031-01': 0,
  },
];

const count = <T extends { count: number }>(list: T[], pick: (x: T) => boolean) => list.find(pick)?.count;

describe('buildDashboard', () => {
  it('adds up the agencies, with every vocabulary value present in its order', () => {
    const d = buildDashboard(stats, agencies, { asOf: '2026-06-15' });
    expect(d.total).toBe(5);
    expect(d.agencyId).toBeNull();
    expect(d.byAgency).toEqual([
      { agencyId: BAPPEDA, agencyName: 'Bappeda', total: 0 },
      { agencyId: DINKES, agencyName: 'Dinas Kesehatan', total: 3 },
      { agencyId: DISDIK, agencyName: 'Dinas Pendidikan', total: 2 },
    ]);
    expect(d.byEmploymentType).toEqual([
      { employmentType: 'PNS', count: 3 },
      { employmentType: 'CPNS', count: 1 },
      { employmentType: 'PPPK', count: 1 },
    ]);
    expect(d.byGender).toEqual([
      { gender: 'L', count: 3 },
      { gender: 'P', count: 2 },
    ]);
    expect(d.byRank).toHaveLength(17);
    expect(d.byRank[0]).toEqual({ rank: 'I/a', count: 0 });
    expect(count(d.byRank, (r) => r.rank === 'III/a')).toBe(3);
    expect(count(d.byRank, (r) => r.rank === 'IV/b')).toBe(1);
    expect(d.byGrade).toHaveLength(17);
    expect(count(d.byGrade, (g) => g.grade === 'IX')).toBe(1);
    expect(d.byEducation.map((e) => e.level)).toEqual([
      'SD',
      'SMP',
      'SMA',
      'D1',
      'D2',
      'D3',
      'D4',
      'S1',
      'S2',
      'S3',
      'NONE',
    ]);
    expect(d.byEducation.filter((e) => e.count > 0)).toEqual([
      { level: 'SMA', count: 1 },
      { level: 'S1', count: 2 },
      { level: 'S2', count: 1 },
      { level: 'NONE', count: 1 },
    ]);
  });

  it('counts ages from the birth month, as if born on the 1st', () => {
    const d = buildDashboard(stats, agencies, { asOf: '2026-06-15' });
    // 2001-06: 25 on 2026-06-15 if born on or before the 15th, 24 after; the month says 25.
    // 2001-07: 24. 1990-01: 36. 1968-05: 58.
    expect(d.byAgeBand).toEqual([
      { band: '<25', count: 1 },
      { band: '25-34', count: 1 },
      { band: '35-44', count: 2 },
      { band: '45-54', count: 0 },
      { band: '55+', count: 1 },
    ]);
    // A month earlier the June birthday has not come yet.
    expect(buildDashboard(stats, agencies, { asOf: '2026-05-31' }).byAgeBand[0]).toEqual({
      band: '<25',
      count: 2,
    });
  });

  it('counts retirements per calendar year for five years; a passed date is overdue', () => {
    const d = buildDashboard(stats, agencies, { asOf: '2026-06-15' });
    expect(d.retirementsByYear).toEqual([
      { year: 2026, count: 1 },
      { year: 2027, count: 0 },
      { year: 2028, count: 0 },
      { year: 2029, count: 0 },
      { year: 2030, count: 1 },
    ]);
    // 2026-06-01 is before asOf; 2059 is beyond the five years and not overdue either.
    expect(d.retirementOverdue).toBe(1);
    // On the retirement day itself it is still upcoming.
    const onTheDay = buildDashboard(stats, agencies, { asOf: '2026-06-01' });
    expect(onTheDay.retirementsByYear[0]).toEqual({ year: 2026, count: 2 });
    expect(onTheDay.retirementOverdue).toBe(0);
  });

  it('narrows every figure to one agency', () => {
    const d = buildDashboard(stats, agencies, { asOf: '2026-06-15', agencyId: DISDIK });
    expect(d.agencyId).toBe(DISDIK);
    expect(d.total).toBe(2);
    expect(d.byAgency).toEqual([{ agencyId: DISDIK, agencyName: 'Dinas Pendidikan', total: 2 }]);
    expect(count(d.byRank, (r) => r.rank === 'III/a')).toBe(2);
    expect(count(d.byGrade, (g) => g.grade === 'IX')).toBe(0);
    expect(d.byGender).toEqual([
      { gender: 'L', count: 2 },
      { gender: 'P', count: 0 },
    ]);
    expect(d.retirementOverdue).toBe(0);
  });

  it('shows an agency without stats as zero, and stats of an unlisted agency under its id', () => {
    const lone = '01JDDDDDDDDDDDDDDDDDDDDDDD';
    const d = buildDashboard([{ agencyId: lone, total: 1, 'type#PNS': 1 }], [], { asOf: '2026-01-01' });
    expect(d.byAgency).toEqual([{ agencyId: lone, agencyName: lone, total: 1 }]);
    const empty = buildDashboard([], agencies, { asOf: '2026-01-01', agencyId: BAPPEDA });
    expect(empty.total).toBe(0);
    expect(empty.byAgency).toEqual([{ agencyId: BAPPEDA, agencyName: 'Bappeda', total: 0 }]);
    expect(empty.byAgeBand.every((b) => b.count === 0)).toBe(true);
  });
});

describe('dateInZone', () => {
  it('gives the calendar date in the tenant time zone', () => {
    const instant = new Date('2026-06-14T17:30:00Z');
    expect(dateInZone(instant, 'Asia/Jakarta')).toBe('2026-06-15');
    expect(dateInZone(instant, 'UTC')).toBe('2026-06-14');
    expect(dateInZone(new Date('2026-06-14T15:30:00Z'), 'Asia/Jayapura')).toBe('2026-06-15');
    expect(dateInZone(new Date('2026-06-14T15:30:00Z'), 'Asia/Jakarta')).toBe('2026-06-14');
  });
});
