import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import {
  assertCanAnnounce,
  checkSchedule,
  DEFAULT_PASSING_GRADES,
  DEFAULT_ROUND_SETTINGS,
  DEFAULT_SKD_SUBTESTS,
  skdMaxTotal,
} from './round';

const status = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return e instanceof AppError ? `${e.status} ${e.message}` : 'other';
  }
};

describe('round defaults (ASN-RULES §7)', () => {
  it('hold the SKD subtests, 550 in all, and the KepmenPANRB 321/2024 passing grades on every track', () => {
    expect(skdMaxTotal(DEFAULT_SKD_SUBTESTS)).toBe(550);
    expect(DEFAULT_SKD_SUBTESTS.twk).toEqual({ questions: 30, maxScore: 150 });
    for (const g of Object.values(DEFAULT_PASSING_GRADES)) expect(g).toEqual({ twk: 65, tiu: 80, tkp: 166 });
    expect(DEFAULT_ROUND_SETTINGS).toMatchObject({
      skdWeight: 40,
      skbWeight: 60,
      skbMultiplier: 3,
      objectionDays: 3,
      objectionDecisionDays: 7,
      skbComponents: { cat: 50, interview: 30, other: 20 },
    });
  });
});

describe('checkSchedule', () => {
  const settings = { objectionDays: 3, objectionDecisionDays: 7 };
  const full = {
    registrationOpensAt: '2025-08-01T08:00',
    registrationClosesAt: '2025-08-15T23:59',
    administrationAnnouncementAt: '2025-08-25T10:00',
    skdStartsAt: '2025-09-05T07:00',
    skdEndsAt: '2025-09-20T17:00',
    skdAnnouncementAt: '2025-09-25T10:00',
    skbStartsAt: '2025-10-06T07:00',
    skbEndsAt: '2025-10-15T17:00',
    skbAnnouncementAt: '2025-10-20T10:00',
    finalAnnouncementAt: '2025-10-31T10:00',
  };

  it('accepts phases in order, and the registration alone', () => {
    expect(checkSchedule(full, settings)).toEqual([]);
    expect(
      checkSchedule(
        { registrationOpensAt: full.registrationOpensAt, registrationClosesAt: full.registrationClosesAt },
        settings,
      ),
    ).toEqual([]);
  });

  it('needs registration to close strictly after it opens', () => {
    expect(checkSchedule({ ...full, registrationClosesAt: full.registrationOpensAt }, settings)).toEqual([
      {
        path: 'schedule.registrationClosesAt',
        message: 'must be after registrationOpensAt (2025-08-01T08:00)',
      },
    ]);
  });

  it('refuses a phase before the one before it', () => {
    expect(checkSchedule({ ...full, administrationAnnouncementAt: '2025-08-15T23:00' }, settings)).toEqual([
      {
        path: 'schedule.administrationAnnouncementAt',
        message: 'must not be before registrationClosesAt (2025-08-15T23:59)',
      },
    ]);
    expect(checkSchedule({ ...full, skbEndsAt: '2025-10-06T07:00' }, settings)[0]!.path).toBe(
      'schedule.skbEndsAt',
    );
  });

  it('puts the SKD after the objection and decision days of the administration result', () => {
    // Announced 25 August: objections to 28 August, decisions to 4 September; SKD from 5 September.
    expect(checkSchedule({ ...full, skdStartsAt: '2025-09-04T07:00' }, settings)).toEqual([
      {
        path: 'schedule.skdStartsAt',
        message:
          'must be after 2025-09-04, when the objections to administrationAnnouncementAt (3 days) and their decisions (7 days) are over',
      },
    ]);
    expect(checkSchedule({ ...full, skdStartsAt: '2025-09-05T00:00' }, settings)).toEqual([]);
    expect(checkSchedule({ ...full, finalAnnouncementAt: '2025-10-30T10:00' }, settings)[0]!.path).toBe(
      'schedule.finalAnnouncementAt',
    );
  });
});

describe('assertCanAnnounce', () => {
  // Registration ran 1-15 August 2025 (WIB); every case below is after it closed.
  const registration = { registrationOpensAt: '2025-08-01T08:00', registrationClosesAt: '2025-08-15T23:59' };
  const ctx = { now: '2025-09-01T00:00:00Z', timeZone: 'Asia/Jakarta', objectionDays: 3, registration };
  it('follows the stage order', () => {
    expect(status(() => assertCanAnnounce('ADMINISTRATION', {}, ctx))).toBe('ok');
    expect(status(() => assertCanAnnounce('SKD', {}, ctx))).toBe(
      '409 SKD cannot be announced before ADMINISTRATION_AFTER_OBJECTION.',
    );
    expect(status(() => assertCanAnnounce('FINAL', { SKD: '2025-08-01T00:00:00Z' }, ctx))).toMatch(/^409/);
  });
  it('allows a correction (a new version) of a stage already announced', () => {
    expect(status(() => assertCanAnnounce('SKD', { SKD: '2025-08-20T03:00:00Z' }, ctx))).toBe('ok');
  });
  it('waits for the objection window of the stage before to close', () => {
    // ADMINISTRATION on 25 August 10:00 WIB: the window closes at 29 August 00:00 WIB = 28 August 17:00Z.
    const published = { ADMINISTRATION: '2025-08-25T03:00:00Z' };
    expect(
      status(() =>
        assertCanAnnounce('ADMINISTRATION_AFTER_OBJECTION', published, {
          ...ctx,
          now: '2025-08-28T16:59:59Z',
        }),
      ),
    ).toBe(
      '409 ADMINISTRATION_AFTER_OBJECTION cannot be announced while the objection window of ADMINISTRATION is open (until 2025-08-29 00:00 local).',
    );
    expect(
      status(() =>
        assertCanAnnounce('ADMINISTRATION_AFTER_OBJECTION', published, {
          ...ctx,
          now: '2025-08-28T17:00:00Z',
        }),
      ),
    ).toBe('ok');
    // SKD has no window of its own to wait for after ADMINISTRATION_AFTER_OBJECTION.
    expect(
      status(() =>
        assertCanAnnounce(
          'SKD',
          { ...published, ADMINISTRATION_AFTER_OBJECTION: '2025-08-31T23:00:00Z' },
          ctx,
        ),
      ),
    ).toBe('ok');
  });
  it('waits for registration to close before the first ADMINISTRATION, in the tenant zone', () => {
    // 15 August 23:59 WIB is 16:59Z: a minute before it registration is still open.
    expect(
      status(() => assertCanAnnounce('ADMINISTRATION', {}, { ...ctx, now: '2025-08-15T16:58:59Z' })),
    ).toBe(
      '409 ADMINISTRATION cannot be announced before registration closes (2025-08-15T23:59 local): applications submitted after it would never be screened.',
    );
    expect(
      status(() => assertCanAnnounce('ADMINISTRATION', {}, { ...ctx, now: '2025-08-15T16:59:00Z' })),
    ).toBe('ok');
    // Before registration even opens, too.
    expect(
      status(() => assertCanAnnounce('ADMINISTRATION', {}, { ...ctx, now: '2025-07-01T00:00:00Z' })),
    ).toMatch(/^409 ADMINISTRATION cannot be announced before registration closes/);
    // In Jayapura (WIT, UTC+9) the same wall clock closes two hours earlier.
    expect(
      status(() =>
        assertCanAnnounce(
          'ADMINISTRATION',
          {},
          { ...ctx, timeZone: 'Asia/Jayapura', now: '2025-08-15T14:59:00Z' },
        ),
      ),
    ).toBe('ok');
  });
  it('lets a correction of ADMINISTRATION through whatever registration says', () => {
    // A later version of an announced stage reopens nothing, even if the round's dates were odd.
    expect(
      status(() =>
        assertCanAnnounce(
          'ADMINISTRATION',
          { ADMINISTRATION: '2025-08-20T03:00:00Z' },
          {
            ...ctx,
            now: '2025-08-10T00:00:00Z',
          },
        ),
      ),
    ).toBe('ok');
  });
});
