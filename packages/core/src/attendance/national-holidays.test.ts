import { describe, expect, it } from 'vitest';
import { HOLIDAY_DECREES, nationalHolidaysOf } from './national-holidays';

describe('national holidays and cuti bersama (SKB 3 Menteri)', () => {
  const y2026 = nationalHolidaysOf(2026);

  it('has the 17 national holidays and 8 days of cuti bersama the 2026 decree sets', () => {
    expect(y2026.filter((d) => d.kind === 'national')).toHaveLength(17);
    expect(y2026.filter((d) => d.kind === 'cuti-bersama').map((d) => d.date)).toEqual([
      '2026-02-16',
      '2026-03-18',
      '2026-03-20',
      '2026-03-23',
      '2026-03-24',
      '2026-05-15',
      '2026-05-28',
      '2026-12-24',
    ]);
  });

  it('keeps every day a real date of its year, once, in date order', () => {
    for (const decree of HOLIDAY_DECREES) {
      const dates = decree.days.map((d) => d.date);
      expect(new Set(dates).size).toBe(dates.length);
      expect([...dates].sort()).toEqual(dates);
      for (const date of dates) {
        expect(date.startsWith(`${decree.year}-`)).toBe(true);
        expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
      }
      expect(decree.source).toMatch(/SKB/);
    }
  });

  it('places Idulfitri 1447 H on Saturday and Sunday 21-22 March 2026, with cuti bersama around it', () => {
    const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
    const idulfitri = y2026.filter((d) => d.name.includes('Idulfitri'));
    expect(idulfitri.map((d) => [d.date, d.kind, weekday(d.date)])).toEqual([
      ['2026-03-20', 'cuti-bersama', 5],
      ['2026-03-21', 'national', 6],
      ['2026-03-22', 'national', 0],
      ['2026-03-23', 'cuti-bersama', 1],
      ['2026-03-24', 'cuti-bersama', 2],
    ]);
  });

  it('has nothing for a year whose decree is not in the list yet', () => {
    expect(nationalHolidaysOf(2027)).toEqual([]);
  });
});
