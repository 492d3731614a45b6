import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import {
  assertCanAddFormation,
  assertCanPublish,
  assertFormationChangeAllowed,
  assertRoundChangeAllowed,
  registrationStatus,
} from './publication';

const TZ = 'Asia/Jakarta';
const round = {
  registrationOpensAt: '2026-03-01T08:00',
  registrationClosesAt: '2026-03-15T23:59',
  code: 'CPNS26',
  referenceDate: '2026-03-01',
  skdWeight: 40,
  name: 'Seleksi CPNS 2026',
  published: true,
};
// 2026-03-01T08:00 in Jakarta is 01:00 UTC.
const BEFORE = '2026-03-01T00:59:59Z';
const OPENING = '2026-03-01T01:00:00Z';
const LAST = '2026-03-15T16:58:59Z';
const CLOSED = '2026-03-15T16:59:00Z';

const refusal = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return { status: e.status, paths: (e.errors ?? []).map((x) => x.path) };
  }
};

describe('registrationStatus', () => {
  it('is upcoming before the local opening minute, open on [opens, closes), closed after', () => {
    expect(registrationStatus(round, BEFORE, TZ)).toBe('upcoming');
    expect(registrationStatus(round, OPENING, TZ)).toBe('open');
    expect(registrationStatus(round, LAST, TZ)).toBe('open');
    expect(registrationStatus(round, CLOSED, TZ)).toBe('closed');
  });

  it('reads the times in the tenant zone: the same wall clock opens 2 hours earlier in Jayapura', () => {
    expect(registrationStatus(round, '2026-02-28T23:30:00Z', 'Asia/Jayapura')).toBe('open');
    expect(registrationStatus(round, '2026-02-28T23:30:00Z', TZ)).toBe('upcoming');
  });
});

describe('assertRoundChangeAllowed', () => {
  it('lets a draft change anything', () => {
    const draft = { ...round, published: false };
    expect(
      refusal(() => assertRoundChangeAllowed(draft, { ...draft, code: 'X2', skdWeight: 50 }, LAST, TZ)),
    ).toBe(null);
  });

  it('fixes the selection rules of a published round, naming each field', () => {
    expect(
      refusal(() =>
        assertRoundChangeAllowed(
          round,
          { ...round, code: 'CPNS26B', referenceDate: '2026-04-01' },
          BEFORE,
          TZ,
        ),
      ),
    ).toEqual({ status: 409, paths: ['code', 'referenceDate'] });
    expect(
      refusal(() => assertRoundChangeAllowed(round, { ...round, skdWeight: 50 }, BEFORE, TZ))?.paths,
    ).toEqual(['skdWeight']);
  });

  it('keeps the name and an unchanged round free', () => {
    expect(refusal(() => assertRoundChangeAllowed(round, { ...round, name: 'Baru' }, LAST, TZ))).toBe(null);
  });

  it('moves the opening only while upcoming and only into the future', () => {
    const later = { ...round, registrationOpensAt: '2026-03-02T08:00' };
    expect(refusal(() => assertRoundChangeAllowed(round, later, BEFORE, TZ))).toBe(null);
    expect(refusal(() => assertRoundChangeAllowed(round, later, OPENING, TZ))?.paths).toEqual([
      'registrationOpensAt',
    ]);
    const past = { ...round, registrationOpensAt: '2026-02-28T08:00' };
    expect(refusal(() => assertRoundChangeAllowed(round, past, BEFORE, TZ))?.paths).toEqual([
      'registrationOpensAt',
    ]);
  });

  it('extends an open registration but never brings its close forward', () => {
    const extended = { ...round, registrationClosesAt: '2026-03-20T23:59' };
    const shortened = { ...round, registrationClosesAt: '2026-03-10T23:59' };
    expect(refusal(() => assertRoundChangeAllowed(round, extended, LAST, TZ))).toBe(null);
    expect(refusal(() => assertRoundChangeAllowed(round, shortened, LAST, TZ))?.paths).toEqual([
      'registrationClosesAt',
    ]);
    expect(refusal(() => assertRoundChangeAllowed(round, shortened, BEFORE, TZ))).toBe(null);
  });
});

describe('registration after the administration announcement', () => {
  const extended = { ...round, registrationClosesAt: '2026-03-20T23:59' };
  const shortened = { ...round, registrationClosesAt: '2026-03-10T23:59' };
  it('may move no more: neither extended nor brought forward', () => {
    for (const after of [extended, shortened])
      expect(refusal(() => assertRoundChangeAllowed(round, after, CLOSED, TZ, true))).toEqual({
        status: 409,
        paths: ['registrationClosesAt'],
      });
  });
  it('may still be extended after it closed while nothing is announced', () => {
    expect(refusal(() => assertRoundChangeAllowed(round, extended, CLOSED, TZ, false))).toBe(null);
  });
  it('leaves the name and the later phases editable', () => {
    expect(refusal(() => assertRoundChangeAllowed(round, { ...round, name: 'Baru' }, CLOSED, TZ, true))).toBe(
      null,
    );
  });
});

describe('assertCanPublish', () => {
  const draft = { ...round, published: false, formationCount: 1 };
  it('publishes a draft with formasi before registration closes', () => {
    expect(refusal(() => assertCanPublish(draft, LAST, TZ))).toBe(null);
  });
  it('refuses a second publication, an empty round, and a closed registration (409)', () => {
    expect(refusal(() => assertCanPublish({ ...draft, published: true }, BEFORE, TZ))?.status).toBe(409);
    expect(refusal(() => assertCanPublish({ ...draft, formationCount: 0 }, BEFORE, TZ))?.status).toBe(409);
    expect(refusal(() => assertCanPublish(draft, CLOSED, TZ))?.status).toBe(409);
  });
});

describe('formasi of a published round', () => {
  const formation = { positionId: 'P1', unitId: 'U1', track: 'umum', openings: 2, maxAge: 35 };
  it('are added and changed freely until registration opens', () => {
    expect(refusal(() => assertCanAddFormation(round, BEFORE, TZ))).toBe(null);
    expect(refusal(() => assertCanAddFormation({ ...round, published: false }, LAST, TZ))).toBe(null);
    expect(
      refusal(() => assertFormationChangeAllowed(round, formation, { ...formation, maxAge: 30 }, BEFORE, TZ)),
    ).toBe(null);
  });
  it('after it opens: no new formasi, requirements fixed, openings still change', () => {
    expect(refusal(() => assertCanAddFormation(round, OPENING, TZ))?.status).toBe(409);
    expect(
      refusal(() =>
        assertFormationChangeAllowed(
          round,
          formation,
          { ...formation, maxAge: 30, track: 'cumlaude' },
          LAST,
          TZ,
        ),
      ),
    ).toEqual({ status: 409, paths: ['track', 'maxAge'] });
    expect(
      refusal(() => assertFormationChangeAllowed(round, formation, { ...formation, openings: 5 }, LAST, TZ)),
    ).toBe(null);
  });
});
