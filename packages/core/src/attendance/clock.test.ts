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

describe('localTimeOf against Intl, instant by instant', () => {
  /** What Intl says for the instant itself, with no memo of offsets. */
  const direct = (instant: Date, timeZone: string) => {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(instant);
    const get = (t: string) => parts.find((p) => p.type === t)!.value;
    return {
      date: `${get('year')}-${get('month')}-${get('day')}`,
      minute: Number(get('hour')) * 60 + Number(get('minute')),
      second: Number(get('second')),
    };
  };

  it.each([
    // Indonesia's zones across a month's and a year's end.
    ['Asia/Jakarta', '2026-12-31T16:30:00Z'],
    ['Asia/Makassar', '2027-01-31T15:30:00Z'],
    ['Asia/Jayapura', '2026-02-28T14:30:00Z'],
    // Zones whose offset changes (DST), across the change: the memo of 15-minute spans must follow it.
    ['Europe/Berlin', '2026-03-29T00:30:00Z'],
    ['Europe/Berlin', '2026-10-25T00:30:00Z'],
    ['Australia/Lord_Howe', '2026-04-04T14:30:00Z'],
    ['America/St_Johns', '2026-11-01T02:30:00Z'],
  ])('%s around %s: every 7 s for two hours', (zone, around) => {
    const start = new Date(around).getTime();
    for (let t = start; t < start + 2 * 3600_000; t += 7_000) {
      const instant = new Date(t);
      expect(localTimeOf(instant, zone), `${zone} ${instant.toISOString()}`).toEqual(direct(instant, zone));
    }
  });
});
