import { describe, expect, it } from 'vitest';
import { indexHolidays } from './calendar';
import { instantAt } from './clock';
import { dayView, defaultWorkSchedule, punchStatus, teamStatusOf } from './day-view';

const WIB = 'Asia/Jakarta';
const WIT = 'Asia/Jayapura';
const at = (date: string, hm: string, tz = WIB) =>
  instantAt(date, Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3)), tz);
const none = indexHolidays([]);
const schedule = defaultWorkSchedule();

describe('defaultWorkSchedule', () => {
  it('is Perpres 21/2023 and turns Ramadan ranges into 08:00 weeks', () => {
    const s = defaultWorkSchedule([
      { label: 'Ramadan 1448 H', startDate: '2027-02-08', endDate: '2027-03-09' },
    ]);
    expect(s.week[1]).toEqual({ start: '07:30', end: '16:00', breakMinutes: 60 });
    expect(s.week[5]).toEqual({ start: '07:30', end: '16:30', breakMinutes: 90 });
    expect(s.overrides?.[0]?.week[1]?.start).toBe('08:00');
    const inRamadan = dayView({
      date: '2027-02-10',
      schedule: s,
      holidays: none,
      timeZone: WIB,
      punches: undefined,
      now: at('2027-02-10', '06:00'),
    });
    expect(inRamadan.planned?.start).toBe('08:00');
  });
});

describe('dayView', () => {
  // 2026-12-07 is a Monday.
  it('reads a late check-in and an early check-out in local time, with their bands', () => {
    const d = dayView({
      date: '2026-12-07',
      schedule,
      holidays: none,
      timeZone: WIB,
      punches: {
        firstIn: at('2026-12-07', '08:05').toISOString(),
        lastOut: at('2026-12-07', '15:00').toISOString(),
        flags: ['low-accuracy', 'low-accuracy'],
      },
      now: at('2026-12-07', '20:00'),
    });
    expect(d).toMatchObject({
      status: 'present',
      weekday: 1,
      planned: { start: '07:30', end: '16:00' },
      firstIn: '08:05',
      lastOut: '15:00',
      lateMinutes: 35,
      earlyMinutes: 60,
      lateBand: '31-60',
      earlyBand: '31-60',
      deductionBp: 200,
      flags: ['low-accuracy'],
    });
  });

  it('is pending before the planned end and absent after it when nobody punched', () => {
    const args = { date: '2026-12-07', schedule, holidays: none, timeZone: WIB, punches: undefined };
    expect(dayView({ ...args, now: at('2026-12-07', '15:59') }).status).toBe('pending');
    const after = dayView({ ...args, now: at('2026-12-07', '16:00') });
    expect(after.status).toBe('absent');
    expect(after.deductionBp).toBe(500);
  });

  it('is a day off on a holiday and on the weekend, naming the holiday', () => {
    const holidays = indexHolidays([
      { date: '2026-12-25', name: 'Kelahiran Yesus Kristus', kind: 'national' },
    ]);
    const xmas = dayView({
      date: '2026-12-25',
      schedule,
      holidays,
      timeZone: WIB,
      punches: undefined,
      now: at('2026-12-26', '00:00'),
    });
    expect(xmas).toMatchObject({
      status: 'off',
      planned: null,
      holiday: { name: 'Kelahiran Yesus Kristus', kind: 'national' },
    });
    const saturday = dayView({
      date: '2026-12-05',
      schedule,
      holidays: none,
      timeZone: WIB,
      punches: undefined,
      now: at('2026-12-06', '00:00'),
    });
    expect(saturday).toMatchObject({ status: 'off', weekday: 6, holiday: null });
  });

  it('uses the zone of the location: 07:30 WIT is 05:30 WIB', () => {
    const d = dayView({
      date: '2026-12-31',
      schedule,
      holidays: none,
      timeZone: WIT,
      punches: { firstIn: at('2026-12-31', '07:30', WIT).toISOString() },
      now: at('2026-12-31', '09:00', WIT),
    });
    expect(d).toMatchObject({ firstIn: '07:30', lateMinutes: 0, lateBand: null, status: 'present' });
  });
});

describe('dayView with approved requests', () => {
  it('reads a duty day as duty, not absent, and waives an izin side', () => {
    const args = {
      date: '2026-12-07',
      schedule,
      holidays: none,
      timeZone: WIB,
      now: at('2026-12-08', '00:00'),
    };
    expect(dayView({ ...args, punches: { onDuty: true } })).toMatchObject({ status: 'duty', deductionBp: 0 });
    const late = {
      firstIn: at('2026-12-07', '09:00').toISOString(),
      lastOut: at('2026-12-07', '16:00').toISOString(),
    };
    expect(dayView({ ...args, punches: late })).toMatchObject({ lateBand: '61-90', deductionBp: 125 });
    expect(dayView({ ...args, punches: { ...late, lateWaived: true } })).toMatchObject({
      lateMinutes: 90,
      lateBand: null,
      deductionBp: 0,
    });
  });
});

describe('dayView on a shift schedule', () => {
  it('reads the rostered night shift, also on a holiday, and a day without a shift as off', () => {
    const shift = { id: 'S', kind: 'shift' as const };
    const holidays = indexHolidays([{ date: '2026-12-25', name: 'Natal', kind: 'national' }]);
    const night = {
      date: '2026-12-25',
      start: at('2026-12-25', '22:00'),
      end: new Date(at('2026-12-25', '22:00').getTime() + 8 * 3600_000),
      breakMinutes: 0,
    };
    const d = dayView({
      date: '2026-12-25',
      schedule: shift,
      holidays,
      timeZone: WIB,
      punches: {
        firstIn: at('2026-12-25', '21:55').toISOString(),
        lastOut: at('2026-12-26', '05:58').toISOString(),
      },
      now: at('2026-12-26', '09:00'),
      rostered: night,
    });
    expect(d).toMatchObject({
      status: 'present',
      planned: { start: '22:00', end: '06:00' },
      lateMinutes: 0,
      earlyMinutes: 2,
    });
    const none = dayView({
      date: '2026-12-24',
      schedule: shift,
      holidays,
      timeZone: WIB,
      punches: undefined,
      now: at('2026-12-26', '09:00'),
    });
    expect(none.status).toBe('off');
  });
});

describe('punchStatus', () => {
  const instance = { start: at('2026-12-07', '07:30'), end: at('2026-12-07', '16:00') };
  it('says on time up to 07:30:59 and late from 07:31', () => {
    expect(
      punchStatus(instance, 'in', new Date(at('2026-12-07', '07:30').getTime() + 59_000), null),
    ).toMatchObject({ status: 'on-time', lateMinutes: 0 });
    expect(punchStatus(instance, 'in', at('2026-12-07', '07:31'), null)).toMatchObject({
      status: 'late',
      lateMinutes: 1,
    });
  });
  it('says early for a check-out before the end, and off-day without an instance', () => {
    expect(punchStatus(instance, 'out', at('2026-12-07', '07:31'), at('2026-12-07', '15:45'))).toMatchObject({
      status: 'early',
      earlyMinutes: 15,
    });
    expect(punchStatus(null, 'in', at('2026-12-05', '08:00'), null).status).toBe('off-day');
  });
});

describe('teamStatusOf', () => {
  it('maps day statuses to the team view', () => {
    expect(teamStatusOf({ status: 'present', lateMinutes: 0 })).toBe('on-time');
    expect(teamStatusOf({ status: 'present', lateMinutes: 12 })).toBe('late');
    expect(teamStatusOf({ status: 'pending', lateMinutes: null })).toBe('not-yet');
    expect(teamStatusOf({ status: 'absent', lateMinutes: null })).toBe('absent');
    expect(teamStatusOf({ status: 'off', lateMinutes: null })).toBe('off');
  });
});
