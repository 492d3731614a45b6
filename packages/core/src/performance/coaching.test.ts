import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import {
  type CoachingCheckIn,
  coachingCheckInDateIssues,
  coachingPlanStatus,
  followUpWindow,
  MAX_COACHING_CHECK_INS,
  referralDecisionIssues,
  withHeldCheckIn,
} from './coaching';

const planned = (date: string, note: string | null = null): CoachingCheckIn => ({
  date,
  note,
  status: 'planned',
  recordedByName: null,
  recordedAt: null,
});
const by = { name: 'Agus Pratama', at: '2027-02-01T03:00:00.000Z' };

describe('followUpWindow', () => {
  it('runs from the first day of the year to the last day of the year after it', () => {
    expect(followUpWindow({ start: '2026-01', end: '2026-12' })).toEqual({
      from: '2026-01-01',
      until: '2027-12-31',
    });
    // A year starting in April; February of a leap year ends on the 29th.
    expect(followUpWindow({ start: '2026-04', end: '2027-03' })).toEqual({
      from: '2026-04-01',
      until: '2028-03-31',
    });
    expect(followUpWindow({ start: '2027-03', end: '2028-02' }).until).toBe('2029-02-28');
    expect(followUpWindow({ start: '2026-03', end: '2027-02' }).until).toBe('2028-02-29');
  });

  it('refuses what is not a period', () => {
    expect(() => followUpWindow({ start: '2026-13', end: '2026-12' })).toThrow(RangeError);
  });
});

describe('coachingCheckInDateIssues', () => {
  const window = followUpWindow({ start: '2026-01', end: '2026-12' });
  const o = (held: boolean) => ({ held, today: '2027-02-10', path: 'date' });

  it('accepts the window edges', () => {
    expect(coachingCheckInDateIssues('2026-01-01', window, o(true))).toEqual([]);
    expect(coachingCheckInDateIssues('2027-12-31', window, o(false))).toEqual([]);
    expect(coachingCheckInDateIssues('2027-02-10', window, o(true))).toEqual([]);
  });

  it('refuses a day before the year, after the year after it, and a held one still ahead', () => {
    expect(coachingCheckInDateIssues('2025-12-31', window, o(false))).toEqual([
      { path: 'date', message: 'cannot be before 2026-01-01, when the year it follows up began' },
    ]);
    expect(coachingCheckInDateIssues('2028-01-01', window, o(false))[0]?.message).toMatch(
      /cannot be after 2027-12-31/,
    );
    expect(coachingCheckInDateIssues('2027-02-11', window, o(true))).toEqual([
      { path: 'date', message: 'is in the future: record a check-in once it has taken place' },
    ]);
    // A planned check-in may lie ahead.
    expect(coachingCheckInDateIssues('2027-02-11', window, o(false))).toEqual([]);
  });
});

describe('withHeldCheckIn', () => {
  it('completes a planned check-in of the same date, replacing its agenda', () => {
    const out = withHeldCheckIn(
      [planned('2027-01-15', 'Agenda'), planned('2027-03-15')],
      { date: '2027-01-15', note: 'Target bulanan dibahas' },
      by,
    );
    expect(out).toEqual([
      {
        date: '2027-01-15',
        note: 'Target bulanan dibahas',
        status: 'held',
        recordedByName: 'Agus Pratama',
        recordedAt: by.at,
      },
      planned('2027-03-15'),
    ]);
    expect(coachingPlanStatus(out)).toBe('in-progress');
  });

  it('adds an unplanned one in date order', () => {
    const out = withHeldCheckIn(
      [planned('2027-01-15'), planned('2027-03-15')],
      { date: '2027-02-01', note: 'Di luar jadwal' },
      by,
    );
    expect(out.map((c) => [c.date, c.status])).toEqual([
      ['2027-01-15', 'planned'],
      ['2027-02-01', 'held'],
      ['2027-03-15', 'planned'],
    ]);
  });

  it('refuses a second record on a date, and a full plan', () => {
    const once = withHeldCheckIn([], { date: '2027-01-15', note: 'Pertama' }, by);
    expect(() => withHeldCheckIn(once, { date: '2027-01-15', note: 'Kedua' }, by)).toThrow(
      'A check-in on 2027-01-15 is recorded already.',
    );
    const full = Array.from({ length: MAX_COACHING_CHECK_INS }, (_, i) =>
      planned(`2027-01-${String(i + 1).padStart(2, '0')}`),
    );
    try {
      withHeldCheckIn(full, { date: '2027-12-01', note: 'Terlalu banyak' }, by);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).status).toBe(409);
    }
    // A planned date of a full plan can still be held.
    expect(withHeldCheckIn(full, { date: '2027-01-01', note: 'Terjadwal' }, by)).toHaveLength(
      MAX_COACHING_CHECK_INS,
    );
  });

  it('says planned until one is held', () => {
    expect(coachingPlanStatus([])).toBe('planned');
    expect(coachingPlanStatus([planned('2027-01-15', 'Agenda')])).toBe('planned');
  });
});

describe('referralDecisionIssues', () => {
  const window = followUpWindow({ start: '2026-01', end: '2026-12' });
  it('takes a day from the start of the year up to today', () => {
    expect(referralDecisionIssues('2026-01-01', window, '2027-02-10')).toEqual([]);
    expect(referralDecisionIssues('2027-02-10', window, '2027-02-10')).toEqual([]);
    expect(referralDecisionIssues('2025-12-31', window, '2027-02-10')[0]?.path).toBe('decidedOn');
    expect(referralDecisionIssues('2027-02-11', window, '2027-02-10')).toEqual([
      { path: 'decidedOn', message: 'is in the future: record the outcome once decided' },
    ]);
  });
});
