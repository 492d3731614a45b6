import { describe, expect, it } from 'vitest';
import {
  addMonths,
  daysIn,
  dayTone,
  isoWeekday,
  monthWeeks,
  orderedBands,
} from '../../web/src/pages/attendance/calendar';
import { distanceM, nearestLocation } from '../../web/src/pages/attendance/geo';
import {
  formatWeek,
  netMinutes,
  type Week,
  type WeekWords,
  weekGroups,
  weekNetMinutes,
} from '../../web/src/pages/attendance/week';

/** The attendance pages' pure helpers: distances, the month grid, a week in words. */

// Kantor Gubernur Lampung (Jl. Wolter Monginsidi, Bandar Lampung) and nearby points.
const GUBERNUR = { lat: -5.4292, lon: 105.2611 };

describe('distanceM and nearestLocation', () => {
  it('measures as the API does (haversine, IUGG mean radius)', () => {
    // One degree of latitude on the mean sphere: 2πR/360.
    expect(distanceM({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111_195.1, 0);
    // 0.001° of latitude is about 111 m anywhere.
    expect(distanceM(GUBERNUR, { lat: -5.4282, lon: 105.2611 })).toBeCloseTo(111.2, 1);
    // Jakarta (Monas) to Bandar Lampung: about 220 km.
    const monas = { lat: -6.1754, lon: 106.8272 };
    expect(distanceM(monas, GUBERNUR) / 1000).toBeGreaterThan(190);
    expect(distanceM(monas, GUBERNUR) / 1000).toBeLessThan(200);
    expect(distanceM(GUBERNUR, GUBERNUR)).toBe(0);
  });

  const office = { id: 'A', name: 'Kantor Gubernur', ...GUBERNUR, radiusM: 100 };
  // About 340 m north-east.
  const annex = { id: 'B', name: 'Gedung Dinas Pendidikan', lat: -5.427, lon: 105.2632, radiusM: 50 };

  it('picks a location whose fence holds the position over a nearer one that does not', () => {
    // 60 m from the office (inside its 100 m), about 75 m from a post with a 20 m fence.
    const near = { id: 'C', name: 'Pos', lat: -5.4282, lon: 105.2616, radiusM: 20 };
    const here = { lat: -5.42866, lon: 105.2611 };
    const best = nearestLocation(here, [near, office]);
    expect(best?.location.id).toBe('A');
    expect(best?.inside).toBe(true);
    expect(best?.distanceM).toBe(61);
  });

  it('answers the nearest of all when the position is outside every fence, rounding up', () => {
    const here = { lat: -5.432, lon: 105.2611 };
    const best = nearestLocation(here, [annex, office]);
    expect(best).toMatchObject({ location: { id: 'A' }, inside: false });
    // 0.0028° of latitude: 311.3 m, shown as 312 m (never less than the truth).
    expect(best?.distanceM).toBe(312);
    expect(nearestLocation(here, [])).toBeNull();
  });

  it('counts the edge of the fence as inside', () => {
    // A radius of exactly the distance, to the millimetre.
    const d = distanceM(GUBERNUR, { lat: -5.4301, lon: 105.2611 });
    const edge = { ...office, radiusM: Math.round(d * 1000) / 1000 };
    expect(nearestLocation({ lat: -5.4301, lon: 105.2611 }, [edge])?.inside).toBe(true);
  });
});

describe('the month grid', () => {
  it('lays December 2026 out from Monday: the 1st is a Tuesday, five weeks', () => {
    const weeks = monthWeeks('2026-12');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([
      null,
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(weeks[4]).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null, null]);
    for (const w of weeks) expect(w).toHaveLength(7);
  });

  it('starts a month that begins on a Monday in the first cell, and a Sunday start in the last', () => {
    // 1 June 2026 is a Monday; 1 March 2026 a Sunday (six weeks).
    expect(monthWeeks('2026-06')[0]![0]).toBe('2026-06-01');
    const march = monthWeeks('2026-03');
    expect(march[0]).toEqual([null, null, null, null, null, null, '2026-03-01']);
    expect(march).toHaveLength(6);
    // February 2027 starts on a Monday and has 28 days: exactly four weeks.
    expect(monthWeeks('2027-02')).toHaveLength(4);
    expect(monthWeeks('2027-02').flat().filter(Boolean)).toHaveLength(28);
  });

  it('counts days and weekdays, and moves across years', () => {
    expect(daysIn('2028-02')).toBe(29);
    expect(daysIn('2026-02')).toBe(28);
    expect(isoWeekday('2026-12-06')).toBe(7);
    expect(isoWeekday('2026-12-07')).toBe(1);
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2026-03', -14)).toBe('2025-01');
  });

  const day = (over: Partial<Parameters<typeof dayTone>[0]>) => ({
    status: 'present' as const,
    holiday: null,
    lateMinutes: null,
    earlyMinutes: null,
    lateBand: null,
    earlyBand: null,
    ...over,
  });

  it('colours a day by how it went', () => {
    expect(dayTone(day({}))).toBe('on-time');
    expect(dayTone(day({ lateMinutes: 11, lateBand: '1-30' }))).toBe('short');
    expect(dayTone(day({ earlyMinutes: 25, earlyBand: '1-30' }))).toBe('short');
    // Present without a check-out: the missing record counts against the day.
    expect(dayTone(day({ earlyBand: 'no-record' }))).toBe('short');
    expect(dayTone(day({ status: 'absent' }))).toBe('absent');
    expect(dayTone(day({ status: 'off' }))).toBe('off');
    expect(dayTone(day({ status: 'off', holiday: { name: 'Hari Natal' } }))).toBe('holiday');
    expect(dayTone(day({ status: 'leave' }))).toBe('away');
    expect(dayTone(day({ status: 'duty' }))).toBe('away');
    expect(dayTone(day({ status: 'pending' }))).toBe('pending');
  });

  it('orders the TL/PSW bands by their first minute, the days without a record last', () => {
    expect(
      orderedBands({ 'no-record': 1, '>90': 0, '31-60': 2, '1-30': 4 }, { '61-90': 1, '1-30': 0 }),
    ).toEqual(['1-30', '31-60', '61-90', '>90', 'no-record']);
  });
});

describe('a week in words', () => {
  const words: WeekWords = {
    days: ['Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab', 'Min'],
    time: (hm) => hm.replace(':', '.'),
    firstBreak: (m) => `istirahat ${m} mnt`,
    laterBreak: (m) => `${m} mnt`,
    none: 'Tidak ada hari kerja',
  };
  const monThu = { start: '07:30', end: '16:00', breakMinutes: 60 };
  const fri = { start: '07:30', end: '16:30', breakMinutes: 90 };
  const perpres: Week = { '1': monThu, '2': monThu, '3': monThu, '4': monThu, '5': fri };

  it('groups the days of Perpres 21/2023 and counts its 37.5 hours', () => {
    expect(formatWeek(perpres, words)).toBe(
      'Sen–Kam 07.30–16.00 (istirahat 60 mnt), Jum 07.30–16.30 (90 mnt)',
    );
    expect(netMinutes(monThu)).toBe(450);
    expect(weekNetMinutes(perpres)).toBe(2250);
  });

  it('does not join days that are apart, even with the same hours', () => {
    const split: Week = { '1': monThu, '3': monThu, '6': { start: '08:00', end: '12:00', breakMinutes: 0 } };
    expect(weekGroups(split).map((g) => [g.from, g.to])).toEqual([
      [1, 1],
      [3, 3],
      [6, 6],
    ]);
    expect(formatWeek(split, words)).toBe(
      'Sen 07.30–16.00 (istirahat 60 mnt), Rab 07.30–16.00 (60 mnt), Sab 08.00–12.00 (0 mnt)',
    );
    expect(weekNetMinutes(split)).toBe(450 + 450 + 240);
  });

  it('says so when there is no working day', () => {
    expect(formatWeek({}, words)).toBe('Tidak ada hari kerja');
    expect(weekNetMinutes({})).toBe(0);
  });
});
