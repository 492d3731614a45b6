import { describe, expect, it } from 'vitest';
import {
  formatHm,
  instantAt,
  localDateOf,
  localMonthOf,
  localTimeOf,
  parseHm,
  zoneOffsetMinutes,
} from './clock';

const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;

describe('server clock in the tenant zone', () => {
  it('puts 23:30 UTC on the next day in WIB, WITA and WIT', () => {
    const instant = new Date('2026-03-01T23:30:00Z');
    expect(instant.toISOString().slice(0, 10)).toBe('2026-03-01');
    expect(localTimeOf(instant, 'Asia/Jakarta')).toEqual({
      date: '2026-03-02',
      minute: 6 * 60 + 30,
      second: 0,
    });
    expect(localTimeOf(instant, 'Asia/Makassar')).toEqual({
      date: '2026-03-02',
      minute: 7 * 60 + 30,
      second: 0,
    });
    expect(localTimeOf(instant, 'Asia/Jayapura')).toEqual({
      date: '2026-03-02',
      minute: 8 * 60 + 30,
      second: 0,
    });
  });

  it('moves the month at each zone’s own midnight', () => {
    // 31 January 16:30 UTC: 23:30 WIB, 00:30 WITA, 01:30 WIT.
    const instant = new Date('2026-01-31T16:30:00Z');
    expect(localMonthOf(instant, 'Asia/Jakarta')).toBe('2026-01');
    expect(localMonthOf(instant, 'Asia/Makassar')).toBe('2026-02');
    expect(localMonthOf(instant, 'Asia/Jayapura')).toBe('2026-02');
    // The year's end, too.
    expect(localDateOf(new Date('2026-12-31T17:00:00Z'), 'Asia/Jakarta')).toBe('2027-01-01');
    expect(localDateOf(new Date('2026-12-31T16:59:59Z'), 'Asia/Jakarta')).toBe('2026-12-31');
  });

  it('reads the offsets of the three zones', () => {
    const at = new Date('2026-06-01T00:00:00Z');
    expect(ZONES.map((z) => zoneOffsetMinutes(at, z))).toEqual([420, 480, 540]);
  });

  it('turns a local date and minute back into the instant', () => {
    expect(instantAt('2026-03-02', 7 * 60 + 30, 'Asia/Jakarta').toISOString()).toBe(
      '2026-03-02T00:30:00.000Z',
    );
    expect(instantAt('2026-03-02', 7 * 60 + 30, 'Asia/Jayapura').toISOString()).toBe(
      '2026-03-01T22:30:00.000Z',
    );
    // Minute 1800 of 1 March is 06:00 on 2 March.
    expect(instantAt('2026-03-01', 1800, 'Asia/Makassar').toISOString()).toBe('2026-03-01T22:00:00.000Z');
  });

  it('parses and formats HH:MM', () => {
    expect(parseHm('07:30')).toBe(450);
    expect(parseHm('24:00')).toBe(1440);
    expect(() => parseHm('24:30')).toThrow(RangeError);
    expect(() => parseHm('7:30')).toThrow(RangeError);
    expect(formatHm(1800)).toBe('06:00');
  });

  it('refuses an invalid instant', () => {
    expect(() => localTimeOf(new Date('nope'), 'Asia/Jakarta')).toThrow(RangeError);
  });
});
