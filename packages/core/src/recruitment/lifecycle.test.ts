import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import {
  type ApplicationEvent,
  type ApplicationState,
  applyApplicationEvent,
  newApplication,
  type RoundClock,
  type ScreeningReason,
} from './lifecycle';

const BEFORE: RoundClock = {
  timeZone: 'Asia/Jakarta',
  objectionDays: 3,
  objectionDecisionDays: 7,
  registrationOpensAt: '2025-08-01T01:00:00Z', // 08:00 WIB
  registrationClosesAt: '2025-08-15T17:00:00Z', // 16 August 00:00 WIB
  announcedAt: {},
};
// ADMINISTRATION announced on Friday 29 August 2025, 10:00 WIB (day 0): objections through
// 1 September (closing 2 September 00:00 WIB = 1 September 17:00Z), decisions through 8 September.
const ANNOUNCED: RoundClock = { ...BEFORE, announcedAt: { ADMINISTRATION: '2025-08-29T03:00:00Z' } };
const LAST_MOMENT = '2025-09-01T16:59:59.999Z';
const ONE_PAST = '2025-09-01T17:00:00.000Z';

const DOC_REASON: ScreeningReason = {
  requirement: 'ijazah',
  note: 'The diploma scan is from another major.',
};
const OWN_FAULT: ScreeningReason = {
  requirement: 'ktp',
  note: 'The KTP upload is unreadable.',
  applicantError: true,
};

const fail = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return `${e.status} ${e.errors ? JSON.stringify(e.errors) : e.message}`;
    throw e;
  }
  throw new Error('expected a refusal');
};

const run = (events: ApplicationEvent[], round: RoundClock, from = newApplication()): ApplicationState =>
  events.reduce((s, e) => applyApplicationEvent(s, e, round), from);

const submitted = run([{ type: 'submit', at: '2025-08-10T05:00:00Z' }], BEFORE);
const tms = run(
  [{ type: 'screen', at: '2025-08-20T05:00:00Z', result: 'TMS', reasons: [DOC_REASON, OWN_FAULT] }],
  BEFORE,
  submitted,
);
const ms = run(
  [{ type: 'screen', at: '2025-08-20T05:00:00Z', result: 'MS', reasons: [] }],
  BEFORE,
  submitted,
);
const objection = (
  at: string,
  extra: Partial<Extract<ApplicationEvent, { type: 'object' }>> = {},
): ApplicationEvent => ({
  type: 'object',
  at,
  stage: 'ADMINISTRATION',
  note: 'The diploma is from the required major; see page 2.',
  disputed: ['ijazah'],
  ...extra,
});
const objected = applyApplicationEvent(tms, objection('2025-08-30T02:00:00Z'), ANNOUNCED);

describe('submit', () => {
  it('freezes a draft inside the registration period', () => {
    expect(submitted).toMatchObject({ status: 'SUBMITTED', submittedAt: '2025-08-10T05:00:00.000Z' });
    const atOpening = applyApplicationEvent(
      newApplication(),
      { type: 'submit', at: '2025-08-01T01:00:00Z' },
      BEFORE,
    );
    expect(atOpening.status).toBe('SUBMITTED');
    const lastMoment = applyApplicationEvent(
      newApplication(),
      { type: 'submit', at: '2025-08-15T16:59:59.999Z' },
      BEFORE,
    );
    expect(lastMoment.status).toBe('SUBMITTED');
  });
  it('refuses early, late and a second submit', () => {
    expect(
      fail(() =>
        applyApplicationEvent(newApplication(), { type: 'submit', at: '2025-08-01T00:59:59Z' }, BEFORE),
      ),
    ).toBe('409 Registration opens at 2025-08-01 08:00 local time.');
    expect(
      fail(() =>
        applyApplicationEvent(newApplication(), { type: 'submit', at: '2025-08-15T17:00:00Z' }, BEFORE),
      ),
    ).toBe('409 Registration closed at 2025-08-16 00:00 local time.');
    expect(
      fail(() => applyApplicationEvent(submitted, { type: 'submit', at: '2025-08-10T06:00:00Z' }, BEFORE)),
    ).toBe('409 The application is already submitted and is read-only.');
  });
});

describe('screen (MS/TMS)', () => {
  it('records MS, or TMS with its reasons, and can be changed until the announcement', () => {
    expect(ms).toMatchObject({ status: 'MS', reasons: [] });
    expect(tms).toMatchObject({ status: 'TMS', reasons: [DOC_REASON, OWN_FAULT] });
    const back = applyApplicationEvent(
      tms,
      { type: 'screen', at: '2025-08-21T00:00:00Z', result: 'MS', reasons: [] },
      BEFORE,
    );
    expect(back).toMatchObject({ status: 'MS', reasons: [] });
    expect(tms.status).toBe('TMS'); // the input is untouched
  });
  it('needs a reason for TMS and none for MS', () => {
    const at = '2025-08-20T05:00:00Z';
    expect(
      fail(() =>
        applyApplicationEvent(submitted, { type: 'screen', at, result: 'TMS', reasons: [] }, BEFORE),
      ),
    ).toBe('400 [{"path":"reasons","message":"a TMS result needs at least one reason"}]');
    expect(
      fail(() =>
        applyApplicationEvent(submitted, { type: 'screen', at, result: 'MS', reasons: [DOC_REASON] }, BEFORE),
      ),
    ).toBe('400 [{"path":"reasons","message":"an MS result has no reasons"}]');
    expect(
      fail(() =>
        applyApplicationEvent(
          submitted,
          { type: 'screen', at, result: 'TMS', reasons: [{ requirement: 'ijazah', note: ' ' }] },
          BEFORE,
        ),
      ),
    ).toBe('400 [{"path":"reasons.0.note","message":"is required"}]');
  });
  it('refuses a draft, and any screening after the announcement', () => {
    const at = '2025-08-20T05:00:00Z';
    expect(
      fail(() =>
        applyApplicationEvent(newApplication(), { type: 'screen', at, result: 'MS', reasons: [] }, BEFORE),
      ),
    ).toMatch(/^409 A draft cannot be screened/);
    expect(
      fail(() => applyApplicationEvent(tms, { type: 'screen', at, result: 'MS', reasons: [] }, ANNOUNCED)),
    ).toMatch(/^409 The administration result is announced/);
  });
});

describe('objection (masa sanggah)', () => {
  it('is filed by a TMS applicant inside the window, disputing a reason that was not their own error', () => {
    expect(objected.objections).toEqual([
      {
        stage: 'ADMINISTRATION',
        filedAt: '2025-08-30T02:00:00.000Z',
        note: 'The diploma is from the required major; see page 2.',
        disputed: ['ijazah'],
        decision: null,
      },
    ]);
    expect(objected.status).toBe('TMS');
  });
  it("accepts the window's first and last moment and refuses one past it (day 4) and before", () => {
    expect(applyApplicationEvent(tms, objection('2025-08-29T03:00:00Z'), ANNOUNCED).objections).toHaveLength(
      1,
    );
    expect(applyApplicationEvent(tms, objection(LAST_MOMENT), ANNOUNCED).objections).toHaveLength(1);
    expect(fail(() => applyApplicationEvent(tms, objection(ONE_PAST), ANNOUNCED))).toBe(
      '409 The objection window closed at the end of 2025-09-01 (3 calendar days after the announcement).',
    );
    expect(fail(() => applyApplicationEvent(tms, objection('2025-08-29T02:59:59Z'), ANNOUNCED))).toBe(
      '409 The objection window opens at 2025-08-29 10:00 local time.',
    );
  });
  it('refuses before the announcement, a second objection, and an MS applicant', () => {
    expect(fail(() => applyApplicationEvent(tms, objection('2025-08-25T00:00:00Z'), BEFORE))).toBe(
      '409 The ADMINISTRATION result is not announced yet; the objection window opens when it is.',
    );
    expect(fail(() => applyApplicationEvent(objected, objection('2025-08-31T00:00:00Z'), ANNOUNCED))).toBe(
      '409 An objection to the ADMINISTRATION result has already been filed; it is allowed once.',
    );
    expect(fail(() => applyApplicationEvent(ms, objection('2025-08-30T00:00:00Z'), ANNOUNCED))).toBe(
      '409 Only an applicant found TMS may object to the administration result.',
    );
    expect(
      fail(() => applyApplicationEvent(submitted, objection('2025-08-30T00:00:00Z'), ANNOUNCED)),
    ).toMatch(/^409 Only an applicant found TMS/);
  });
  it('is once only even after a rejected decision', () => {
    const rejected = applyApplicationEvent(
      objected,
      {
        type: 'decide',
        at: '2025-09-02T03:00:00Z',
        stage: 'ADMINISTRATION',
        accepted: false,
        note: 'Wrong major.',
      },
      ANNOUNCED,
    );
    expect(fail(() => applyApplicationEvent(rejected, objection('2025-08-31T00:00:00Z'), ANNOUNCED))).toMatch(
      /allowed once/,
    );
  });
  it("refuses documents, the applicant's own error, and points that are not TMS reasons", () => {
    const at = '2025-08-30T02:00:00Z';
    expect(
      fail(() => applyApplicationEvent(tms, objection(at, { documents: ['new-ijazah.pdf'] }), ANNOUNCED)),
    ).toBe(
      '409 No document can be replaced or added in an objection; it is judged on the documents submitted.',
    );
    expect(
      fail(() => applyApplicationEvent(tms, objection(at, { disputed: ['ijazah', 'ktp'] }), ANNOUNCED)),
    ).toBe(
      "409 The verifier found the error on ktp to be the applicant's own; an objection is only for errors that were not the applicant's.",
    );
    expect(
      fail(() => applyApplicationEvent(tms, objection(at, { disputed: ['transkrip'] }), ANNOUNCED)),
    ).toBe('400 [{"path":"disputed.0","message":"transkrip is not one of the TMS reasons"}]');
    expect(fail(() => applyApplicationEvent(tms, objection(at, { disputed: [' '] }), ANNOUNCED))).toBe(
      '400 [{"path":"disputed","message":"name at least one point disputed"}]',
    );
    expect(fail(() => applyApplicationEvent(tms, objection(at, { note: '' }), ANNOUNCED))).toBe(
      '400 [{"path":"note","message":"is required"}]',
    );
  });
  it('follows the SKD result for an applicant who failed it, in its own window', () => {
    const round: RoundClock = {
      ...ANNOUNCED,
      announcedAt: { ...ANNOUNCED.announcedAt, SKD: '2025-10-01T03:00:00Z' },
    };
    const failedSkd: ApplicationState = { ...ms, examPassed: { SKD: false } };
    const skdObjection = objection('2025-10-04T16:59:59Z', { stage: 'SKD', disputed: ['TKP score'] });
    const after = applyApplicationEvent(failedSkd, skdObjection, round);
    expect(after.objections[0]).toMatchObject({ stage: 'SKD', disputed: ['TKP score'] });
    expect(fail(() => applyApplicationEvent({ ...ms, examPassed: { SKD: true } }, skdObjection, round))).toBe(
      '409 Only an applicant who did not pass the SKD may object to its result.',
    );
    expect(
      fail(() => applyApplicationEvent(failedSkd, { ...skdObjection, at: '2025-10-04T17:00:00Z' }, round)),
    ).toMatch(/closed at the end of 2025-10-04/);
    // Deciding it records the answer; the score is corrected by the import and the ranking.
    const decided = applyApplicationEvent(
      after,
      { type: 'decide', at: '2025-10-06T00:00:00Z', stage: 'SKD', accepted: true, note: 'Rescored.' },
      round,
    );
    expect(decided.status).toBe('MS');
    expect(decided.objections[0]!.decision).toEqual({
      accepted: true,
      note: 'Rescored.',
      decidedAt: '2025-10-06T00:00:00.000Z',
    });
  });
});

describe('decide', () => {
  const decide = (at: string, accepted: boolean): ApplicationEvent => ({
    type: 'decide',
    at,
    stage: 'ADMINISTRATION',
    accepted,
    note: accepted ? 'Verified again: the major matches.' : 'The major does not match.',
  });
  it('turns TMS into MS when accepted, and keeps TMS when rejected', () => {
    const accepted = applyApplicationEvent(objected, decide('2025-09-03T03:00:00Z', true), ANNOUNCED);
    expect(accepted).toMatchObject({ status: 'MS', reasons: [] });
    expect(accepted.objections[0]!.decision).toMatchObject({ accepted: true });
    const rejected = applyApplicationEvent(objected, decide('2025-09-03T03:00:00Z', false), ANNOUNCED);
    expect(rejected).toMatchObject({ status: 'TMS', reasons: [DOC_REASON, OWN_FAULT] });
  });
  it("decides within 7 days of the window's last day, not after", () => {
    // Last decision day 8 September: its last moment is 8 September 23:59:59.999 WIB.
    expect(applyApplicationEvent(objected, decide('2025-09-08T16:59:59.999Z', true), ANNOUNCED).status).toBe(
      'MS',
    );
    expect(fail(() => applyApplicationEvent(objected, decide('2025-09-08T17:00:00Z', true), ANNOUNCED))).toBe(
      '409 The decision period ended at the end of 2025-09-08 (7 days after the objection window).',
    );
  });
  it('refuses without an objection, twice, before the objection, or without a note', () => {
    expect(fail(() => applyApplicationEvent(tms, decide('2025-09-03T03:00:00Z', true), ANNOUNCED))).toBe(
      '409 There is no objection to the ADMINISTRATION result to decide.',
    );
    const once = applyApplicationEvent(objected, decide('2025-09-03T03:00:00Z', false), ANNOUNCED);
    expect(fail(() => applyApplicationEvent(once, decide('2025-09-04T03:00:00Z', true), ANNOUNCED))).toBe(
      '409 The objection to the ADMINISTRATION result is already decided.',
    );
    expect(fail(() => applyApplicationEvent(objected, decide('2025-08-30T01:00:00Z', true), ANNOUNCED))).toBe(
      '409 A decision cannot come before the objection.',
    );
    expect(
      fail(() =>
        applyApplicationEvent(
          objected,
          { ...decide('2025-09-03T03:00:00Z', true), note: ' ' } as ApplicationEvent,
          ANNOUNCED,
        ),
      ),
    ).toMatch(/^400/);
  });
});

describe('correct (after the announcement, before the after-objection announcement)', () => {
  const correct = (result: 'MS' | 'TMS', reasons: ScreeningReason[] = []): ApplicationEvent => ({
    type: 'correct',
    at: '2025-09-03T03:00:00Z',
    result,
    reasons,
    note: 'Found on re-check during the objection period.',
  });
  it('turns MS into TMS with reasons, and TMS into MS', () => {
    expect(applyApplicationEvent(ms, correct('TMS', [DOC_REASON]), ANNOUNCED)).toMatchObject({
      status: 'TMS',
      reasons: [DOC_REASON],
    });
    expect(applyApplicationEvent(tms, correct('MS'), ANNOUNCED)).toMatchObject({ status: 'MS', reasons: [] });
  });
  it('refuses before the announcement, after the after-objection one, with an objection pending, or to the same result', () => {
    expect(fail(() => applyApplicationEvent(ms, correct('TMS', [DOC_REASON]), BEFORE))).toMatch(
      /^409 Before the announcement/,
    );
    const final: RoundClock = {
      ...ANNOUNCED,
      announcedAt: { ...ANNOUNCED.announcedAt, ADMINISTRATION_AFTER_OBJECTION: '2025-09-09T03:00:00Z' },
    };
    expect(fail(() => applyApplicationEvent(ms, correct('TMS', [DOC_REASON]), final))).toBe(
      '409 The after-objection result is announced; the administration result is final.',
    );
    expect(fail(() => applyApplicationEvent(objected, correct('MS'), ANNOUNCED))).toBe(
      '409 This application has an objection pending; decide the objection instead.',
    );
    expect(fail(() => applyApplicationEvent(ms, correct('MS'), ANNOUNCED))).toBe(
      '409 The application is already MS.',
    );
    expect(fail(() => applyApplicationEvent(submitted, correct('MS'), ANNOUNCED))).toMatch(
      /^409 Only a screened application/,
    );
    expect(fail(() => applyApplicationEvent(ms, correct('TMS'), ANNOUNCED))).toMatch(/^400/);
  });
});
