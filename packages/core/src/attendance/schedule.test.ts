import { describe, expect, it } from 'vitest';
import { indexHolidays } from './calendar';
import {
  applicableScheduleId,
  DEFAULT_WEEKLY_SCHEDULE,
  instanceForPunch,
  netMinutes,
  plannedDay,
  RAMADAN_WEEKLY_NET_MINUTES,
  ramadanSchedule,
  type ScheduleAssignment,
  shiftInstance,
  WEEKLY_NET_MINUTES,
  type WorkSchedule,
  weeklyNetMinutes,
} from './schedule';

const none = indexHolidays([]);

describe('Perpres 21/2023 schedules', () => {
  it('gives 37.5 net hours a week by default: Mon-Thu 7.5 h, Fri 7.5 h', () => {
    expect(WEEKLY_NET_MINUTES).toBe(37.5 * 60);
    expect(weeklyNetMinutes(DEFAULT_WEEKLY_SCHEDULE)).toBe(WEEKLY_NET_MINUTES);
    expect(netMinutes(DEFAULT_WEEKLY_SCHEDULE[1]!)).toBe(450);
    expect(netMinutes(DEFAULT_WEEKLY_SCHEDULE[5]!)).toBe(450);
    expect(DEFAULT_WEEKLY_SCHEDULE[6]).toBeUndefined();
  });

  it('derives the Ramadan week: 08:00-15:00, Friday 08:00-15:30, 32.5 h', () => {
    const r = ramadanSchedule();
    expect(r[1]).toEqual({ start: '08:00', end: '15:00', breakMinutes: 30 });
    expect(r[5]).toEqual({ start: '08:00', end: '15:30', breakMinutes: 60 });
    expect(weeklyNetMinutes(r)).toBe(RAMADAN_WEEKLY_NET_MINUTES);
    expect(RAMADAN_WEEKLY_NET_MINUTES).toBe(32.5 * 60);
  });

  it('refuses a day with no working time', () => {
    expect(() => netMinutes({ start: '08:00', end: '09:00', breakMinutes: 60 })).toThrow(RangeError);
  });
});

describe('which schedule applies', () => {
  const assignments: ScheduleAssignment[] = [
    { scheduleId: 'unit-old', target: { kind: 'unit', unitId: 'U1' }, fromDate: '2025-01-01' },
    { scheduleId: 'unit-new', target: { kind: 'unit', unitId: 'U1' }, fromDate: '2026-03-01' },
    { scheduleId: 'own', target: { kind: 'employee', employeeId: 'E1' }, fromDate: '2026-03-10' },
  ];
  it('prefers the employee’s own assignment once it starts, else the unit’s latest', () => {
    const who = { employeeId: 'E1', unitId: 'U1' };
    expect(applicableScheduleId(assignments, who, '2026-02-28')).toBe('unit-old');
    expect(applicableScheduleId(assignments, who, '2026-03-01')).toBe('unit-new');
    expect(applicableScheduleId(assignments, who, '2026-03-10')).toBe('own');
    expect(applicableScheduleId(assignments, { employeeId: 'E2', unitId: 'U1' }, '2026-03-10')).toBe(
      'unit-new',
    );
    expect(applicableScheduleId(assignments, { employeeId: 'E3', unitId: 'U9' }, '2026-03-10')).toBeNull();
  });
});

describe('plannedDay', () => {
  const schedule: WorkSchedule = {
    id: 'S',
    kind: 'fixed',
    week: DEFAULT_WEEKLY_SCHEDULE,
    overrides: [
      { label: 'Ramadan 1447 H', startDate: '2026-02-18', endDate: '2026-03-19', week: ramadanSchedule() },
    ],
  };
  it('gives the day’s instants in the zone, the Ramadan week inside its range', () => {
    const mon = plannedDay(schedule, '2026-02-16', none, 'Asia/Jakarta')!;
    expect([mon.start.toISOString(), mon.end.toISOString()]).toEqual([
      '2026-02-16T00:30:00.000Z',
      '2026-02-16T09:00:00.000Z',
    ]);
    const ramadanFri = plannedDay(schedule, '2026-02-20', none, 'Asia/Makassar')!;
    expect([ramadanFri.start.toISOString(), ramadanFri.end.toISOString()]).toEqual([
      '2026-02-20T00:00:00.000Z',
      '2026-02-20T07:30:00.000Z',
    ]);
  });

  it('has nothing on a weekend, a holiday, or a shift schedule', () => {
    expect(plannedDay(schedule, '2026-02-21', none, 'Asia/Jakarta')).toBeNull();
    const h = indexHolidays([{ date: '2026-02-17', name: 'Tahun Baru Imlek', kind: 'national' }]);
    expect(plannedDay(schedule, '2026-02-17', h, 'Asia/Jakarta')).toBeNull();
    expect(plannedDay({ id: 'R', kind: 'shift' }, '2026-02-16', none, 'Asia/Jakarta')).toBeNull();
  });
});

describe('shift instances across midnight', () => {
  const zone = 'Asia/Jayapura';
  const roster = ['2026-03-01', '2026-03-02', '2026-03-03'].map((date) =>
    shiftInstance({ date, start: '22:00', end: '06:00' }, zone),
  );

  it('ends a 22:00-06:00 shift the next morning', () => {
    expect(roster[0]!.start.toISOString()).toBe('2026-03-01T13:00:00.000Z');
    expect(roster[0]!.end.toISOString()).toBe('2026-03-01T21:00:00.000Z');
  });

  it('gives the 05:58 check-out to the previous day’s instance', () => {
    // 05:58 WIT on 2 March.
    const out = new Date('2026-03-01T20:58:00Z');
    expect(instanceForPunch(roster, out, 'out')?.date).toBe('2026-03-01');
  });

  it('gives the 21:50 check-in to that evening’s instance', () => {
    const checkIn = new Date('2026-03-02T12:50:00Z');
    expect(instanceForPunch(roster, checkIn, 'in')?.date).toBe('2026-03-02');
  });

  it('splits back-to-back shifts by the nearest start or end', () => {
    const day = shiftInstance({ date: '2026-03-02', start: '06:00', end: '14:00' }, zone);
    const night = roster[0]!;
    // 06:00 on 2 March: the night shift ends and the day shift starts.
    const at = new Date('2026-03-01T21:00:00Z');
    expect(instanceForPunch([night, day], at, 'out')).toBe(night);
    expect(instanceForPunch([night, day], at, 'in')).toBe(day);
  });

  it('finds no instance on a day off', () => {
    expect(instanceForPunch(roster, new Date('2026-03-10T02:00:00Z'), 'in')).toBeNull();
  });
});
