import {
  type AnnouncementContent,
  AppError,
  announcementHashInput,
  applyApplicationEvent,
  assertCanAnnounce,
} from '@pamong/core';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../web/src/api/client';
import {
  administrationAnnounced,
  decideConflict,
  pendingObjection,
  publishConflict,
} from '../../web/src/pages/recruitment/announcements-model';
import { announcementsEn } from '../../web/src/pages/recruitment/i18n/announcements-en';
import { announcementsId } from '../../web/src/pages/recruitment/i18n/announcements-id';
import { ANNOUNCEMENT_TEXT } from '../../web/src/public/announcements-i18n';
import {
  administrationWindow,
  type ChainVersion,
  chainIntact,
  checkChain,
  disputableReasons,
  documentLabels,
  examObjectionState,
  failedExamStage,
  OBJECTION_PARTS,
  objectionBody,
  objectionRefusal,
  objectionStageWindow,
  pageOf,
  reasonName,
  searchRows,
  sha256Hex,
  shortHash,
} from '../../web/src/public/announcements-model';
import { PublicApiError } from '../../web/src/public/api';

/**
 * The announcement pages' logic (issue 12 §4-5): the chain re-checked in the browser's way
 * (SubtleCrypto over core's announcementHashInput) against hashes made the server's way
 * (node:crypto), the results' search and pages, reasons in words, the objection window from core's
 * calendar, and the API's 409s (made by core itself) in the reader's language.
 */

async function chainOf(n: number): Promise<ChainVersion[]> {
  const out: ChainVersion[] = [];
  let previousHash: string | null = null;
  for (let version = 1; version <= n; version++) {
    const content: AnnouncementContent = {
      tenantId: 't1',
      roundId: 'r1',
      stage: version === 1 ? 'ADMINISTRATION' : 'ADMINISTRATION_AFTER_OBJECTION',
      version,
      publishedAt: `2026-10-${29 + version}T03:00:00.000Z`,
      note: 'Catatan — “é” ✓',
      results: [{ registrationNumber: 'CPNS26-000001-7', status: version === 1 ? 'TMS' : 'MS', reasons: [] }],
    };
    const hash = await sha256Hex(announcementHashInput(content, previousHash));
    out.push({ version, hash, previousHash, content: content as unknown as Record<string, unknown> });
    previousHash = hash;
  }
  return out;
}

describe('the chain check', () => {
  it('hashes UTF-8 text with SHA-256 (the FIPS 180-2 vectors)', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    // Non-ASCII text is hashed as UTF-8, as the server's node:crypto does.
    expect(await sha256Hex('é')).toBe('4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c');
  });

  it('passes an intact chain of server-made hashes', async () => {
    const checks = await checkChain(await chainOf(2));
    expect(checks.map((c) => [c.hashMatches, c.linkMatches, c.versionMatches])).toEqual([
      [true, true, true],
      [true, true, true],
    ]);
    expect(chainIntact(checks)).toBe(true);
  });

  it('finds a changed result, a broken link and a missing version', async () => {
    const changed = await chainOf(2);
    (changed[0]!.content.results as { status: string }[])[0]!.status = 'MS';
    const a = await checkChain(changed);
    expect(a[0]!.hashMatches).toBe(false);
    expect(a[1]!.hashMatches && a[1]!.linkMatches).toBe(true);
    expect(chainIntact(a)).toBe(false);

    const relinked = await chainOf(2);
    relinked[1] = { ...relinked[1]!, previousHash: 'f'.repeat(64) };
    const b = await checkChain(relinked);
    expect(b[1]!.linkMatches).toBe(false);
    expect(b[1]!.hashMatches).toBe(false);

    const gap = (await chainOf(3)).filter((v) => v.version !== 2);
    const c = await checkChain(gap);
    expect(c[1]!.linkMatches).toBe(false);
    expect(c[1]!.versionMatches).toBe(false);
  });

  it('shortens a hash to its ends', () => {
    expect(shortHash('0123456789abcdef'.repeat(4))).toBe('01234567…89abcdef');
  });
});

describe('the results table', () => {
  const rows = Array.from({ length: 45 }, (_, i) => ({
    registrationNumber: `CPNS26-${String(i + 1).padStart(6, '0')}-X`,
    name: i === 7 ? 'Siti Rahmawati' : `Pelamar ${i + 1}`,
  }));

  it('searches by registration number (dashes and case ignored) or name', () => {
    expect(searchRows(rows, 'siti').map((r) => r.name)).toEqual(['Siti Rahmawati']);
    expect(searchRows(rows, 'cpns26000012').map((r) => r.registrationNumber)).toEqual(['CPNS26-000012-X']);
    expect(searchRows(rows, '  ').length).toBe(45);
  });

  it('pages at 20, clamping a page past the end', () => {
    expect(pageOf(rows, 1).rows.length).toBe(20);
    expect(pageOf(rows, 3)).toMatchObject({ page: 3, pages: 3 });
    expect(pageOf(rows, 3).rows.length).toBe(5);
    expect(pageOf(rows, 9).page).toBe(3);
    expect(pageOf([], 1)).toMatchObject({ page: 1, pages: 1, rows: [] });
  });

  it('names the reasons in words, never as keys', () => {
    const labels = documentLabels([
      { requiredDocuments: [{ type: 'ijazah', label: 'Ijazah asli' }] },
      { requiredDocuments: [{ type: 'ktp', label: 'KTP elektronik' }] },
    ]);
    const id = ANNOUNCEMENT_TEXT.id.requirement;
    expect(reasonName('ijazah', labels, id)).toBe('Ijazah asli');
    expect(reasonName('ktp', labels, id)).toBe('KTP elektronik');
    expect(reasonName('maxAge', labels, id)).toBe('Batas usia');
    expect(reasonName('education', labels, ANNOUNCEMENT_TEXT.en.requirement)).toBe('Education qualification');
    expect(reasonName('lain', labels, id)).toBe('Persyaratan lain (lain)');
  });

  it('offers only the reasons that were not the applicant’s own error', () => {
    const reasons = [
      { requirement: 'ijazah', note: 'a' },
      { requirement: 'pas-foto', note: 'b', applicantError: true },
    ];
    expect(disputableReasons(reasons).map((r) => r.requirement)).toEqual(['ijazah']);
  });
});

describe('the objection window', () => {
  const round = { objectionDays: 3, timeZone: 'Asia/Jakarta' };
  const list = [
    { stage: 'ADMINISTRATION', version: 1, publishedAt: '2026-10-30T15:30:00.000Z' }, // 22.30 WIB, 30 Oct
    { stage: 'ADMINISTRATION', version: 2, publishedAt: '2026-11-01T02:00:00.000Z' },
  ];

  it('runs from the first ADMINISTRATION version to the end of the 3rd calendar day after it', () => {
    const w = administrationWindow(list, round, new Date('2026-11-02T16:59:59Z'));
    expect(w).toMatchObject({
      lastDay: '2026-11-02',
      closesAt: '2026-11-02T17:00:00.000Z',
      position: 'open',
    });
    expect(administrationWindow(list, round, new Date('2026-11-02T17:00:00Z'))?.position).toBe('late');
  });

  it('crosses a month end in the tenant’s zone (WIT)', () => {
    const w = administrationWindow(
      [{ stage: 'ADMINISTRATION', version: 1, publishedAt: '2026-01-30T20:00:00Z' }], // 31 Jan 05.00 WIT
      { objectionDays: 3, timeZone: 'Asia/Jayapura' },
      new Date('2026-02-01T00:00:00Z'),
    );
    expect(w).toMatchObject({
      lastDay: '2026-02-03',
      closesAt: '2026-02-03T15:00:00.000Z',
      position: 'open',
    });
  });

  it('has no window before the ADMINISTRATION announcement', () => {
    expect(administrationWindow([], round, new Date())).toBeNull();
  });
});

/** Core's own 409 of an event, as the public client would have it. */
function publicConflict(run: () => unknown): PublicApiError {
  try {
    run();
  } catch (err) {
    if (err instanceof AppError) return new PublicApiError(err.status, err.type, err.message);
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('submitObjection’s 409s in the applicant’s words', () => {
  const tms = {
    status: 'TMS' as const,
    submittedAt: '2026-10-01T00:00:00.000Z',
    reasons: [
      { requirement: 'ijazah', note: 'x' },
      { requirement: 'pas-foto', note: 'y', applicantError: true },
    ],
    objections: [],
  };
  const clock = {
    timeZone: 'Asia/Jakarta',
    objectionDays: 3,
    objectionDecisionDays: 7,
    registrationOpensAt: '2026-09-01T00:00:00.000Z',
    registrationClosesAt: '2026-09-30T00:00:00.000Z',
    announcedAt: { ADMINISTRATION: '2026-10-30T03:00:00.000Z' },
  };
  const object = (at: string, disputed = ['ijazah']) => ({
    type: 'object' as const,
    at,
    stage: 'ADMINISTRATION' as const,
    note: 'n',
    disputed,
  });

  it('maps late, repeated, own error, not TMS and not announced', () => {
    const t = ANNOUNCEMENT_TEXT.id.refusal;
    const late = publicConflict(() => applyApplicationEvent(tms, object('2026-11-03T00:00:00Z'), clock));
    expect(t[objectionRefusal(late) ?? 'other']).toBe(t.late);
    const filed = applyApplicationEvent(tms, object('2026-10-31T00:00:00Z'), clock);
    const again = publicConflict(() => applyApplicationEvent(filed, object('2026-10-31T01:00:00Z'), clock));
    expect(objectionRefusal(again)).toBe('repeated');
    const own = publicConflict(() =>
      applyApplicationEvent(tms, object('2026-10-31T00:00:00Z', ['pas-foto']), clock),
    );
    expect(objectionRefusal(own)).toBe('ownError');
    const ms = publicConflict(() =>
      applyApplicationEvent({ ...tms, status: 'MS', reasons: [] }, object('2026-10-31T00:00:00Z'), clock),
    );
    expect(objectionRefusal(ms)).toBe('notTms');
    const early = publicConflict(() =>
      applyApplicationEvent(tms, object('2026-10-31T00:00:00Z'), { ...clock, announcedAt: {} }),
    );
    expect(objectionRefusal(early)).toBe('notAnnounced');
    expect(objectionRefusal(new PublicApiError(400, 'validation', 'x'))).toBeNull();
  });

  it('has every text in both languages', () => {
    expect(Object.keys(ANNOUNCEMENT_TEXT.en).sort()).toEqual(Object.keys(ANNOUNCEMENT_TEXT.id).sort());
    expect(Object.keys(ANNOUNCEMENT_TEXT.en.refusal).sort()).toEqual(
      Object.keys(ANNOUNCEMENT_TEXT.id.refusal).sort(),
    );
  });
});

describe('the objection to an SKD or SKB result', () => {
  const round = { objectionDays: 3, timeZone: 'Asia/Jakarta' };
  const row = (registrationNumber: string, passed: boolean) => ({ registrationNumber, passed });
  // The SKD first announced at 09.00 WIB on 10 Dec (version 2), corrected two days later (version 3); no SKB yet.
  const versions = [
    { stage: 'ADMINISTRATION', version: 1, publishedAt: '2026-10-30T03:00:00.000Z', results: [] },
    {
      stage: 'SKD',
      version: 2,
      publishedAt: '2026-12-10T02:00:00.000Z',
      results: [row('A-1', false), row('B-2', true), row('C-3', false)],
    },
    {
      stage: 'SKD',
      version: 3,
      publishedAt: '2026-12-12T02:00:00.000Z',
      results: [row('A-1', false), row('B-2', true), row('C-3', true)],
    },
  ];
  const app = (registrationNumber: string | null, objections: { stage: string }[] = []) => ({
    registrationNumber,
    objections,
  });
  const open = new Date('2026-12-12T05:00:00Z');

  it('runs from the stage’s FIRST version, in the tenant’s calendar', () => {
    const w = objectionStageWindow('SKD', versions, round, open);
    expect(w).toMatchObject({
      announcedAt: '2026-12-10T02:00:00.000Z',
      opensAt: '2026-12-10T02:00:00.000Z',
      lastDay: '2026-12-13',
      closesAt: '2026-12-13T17:00:00.000Z',
      position: 'open',
    });
    expect(objectionStageWindow('SKB', versions, round, open)).toBeNull();
    // The administration window stays its own.
    expect(administrationWindow(versions, round, open)?.position).toBe('late');
  });

  it('is offered only to an applicant the LATEST version lists as not passed, within the window', () => {
    expect(examObjectionState('SKD', app('A-1'), versions, round, open)).toMatchObject({ kind: 'open' });
    expect(examObjectionState('SKD', app('B-2'), versions, round, open)).toEqual({ kind: 'none' });
    // Not passed in v2, passed in the corrected v3: no objection.
    expect(failedExamStage('SKD', versions, 'C-3')).toBe(false);
    expect(examObjectionState('SKD', app('C-3'), versions, round, open)).toEqual({ kind: 'none' });
    expect(examObjectionState('SKD', app('Z-9'), versions, round, open)).toEqual({ kind: 'none' });
    expect(examObjectionState('SKD', app(null), versions, round, open)).toEqual({ kind: 'none' });
    expect(examObjectionState('SKB', app('A-1'), versions, round, open)).toEqual({ kind: 'none' });
    // Administration rows (MS/TMS) are never an exam failure.
    expect(
      failedExamStage(
        'SKD',
        [{ stage: 'SKD', version: 1, results: [{ registrationNumber: 'A-1', status: 'TMS' }] }],
        'A-1',
      ),
    ).toBe(false);
  });

  it('says "not open yet" before the announcement (a clock behind) and "closed" after the last day', () => {
    const early = examObjectionState('SKD', app('A-1'), versions, round, new Date('2026-12-10T01:00:00Z'));
    expect(early.kind).toBe('early');
    const late = examObjectionState('SKD', app('A-1'), versions, round, new Date('2026-12-13T17:00:00Z'));
    expect(late.kind).toBe('late');
  });

  it('shows a filed objection instead of the form', () => {
    expect(examObjectionState('SKD', app('A-1', [{ stage: 'SKD' }]), versions, round, open)).toEqual({
      kind: 'filed',
    });
    expect(
      examObjectionState('SKD', app('A-1', [{ stage: 'ADMINISTRATION' }]), versions, round, open).kind,
    ).toBe('open');
  });

  it('sends the stage, the disputed parts once each and the trimmed note', () => {
    expect(objectionBody('SKD', ['twk', ' twk ', ''], '  Nilai TWK saya tercatat 0.  ')).toEqual({
      stage: 'SKD',
      disputed: ['twk'],
      note: 'Nilai TWK saya tercatat 0.',
    });
    expect(OBJECTION_PARTS).toEqual({ SKD: ['twk', 'tiu', 'tkp'], SKB: ['cat', 'interview', 'other'] });
    for (const lang of ['id', 'en'] as const)
      for (const part of [...OBJECTION_PARTS.SKD, ...OBJECTION_PARTS.SKB])
        expect(ANNOUNCEMENT_TEXT[lang].examObjection.parts[part]).toBeTruthy();
  });

  it('reads core’s exam 409s in Indonesian', () => {
    const clock = {
      timeZone: 'Asia/Jakarta',
      objectionDays: 3,
      objectionDecisionDays: 7,
      registrationOpensAt: '2026-09-01T00:00:00.000Z',
      registrationClosesAt: '2026-09-30T00:00:00.000Z',
      announcedAt: { ADMINISTRATION: '2026-10-30T03:00:00.000Z', SKD: '2026-12-10T02:00:00.000Z' },
    };
    const ms = {
      status: 'MS' as const,
      submittedAt: '2026-10-01T00:00:00.000Z',
      reasons: [],
      objections: [],
    };
    const skd = (at: string) => ({
      type: 'object' as const,
      at,
      stage: 'SKD' as const,
      note: 'n',
      disputed: ['twk'],
    });
    const t = ANNOUNCEMENT_TEXT.id.refusal;
    const passed = publicConflict(() =>
      applyApplicationEvent({ ...ms, examPassed: { SKD: true } }, skd('2026-12-11T00:00:00Z'), clock),
    );
    expect(passed.detail).toMatch(/Only an applicant who did not pass the SKD may object/);
    expect(objectionRefusal(passed)).toBe('notFailed');
    expect(t.notFailed).toMatch(/tidak lulus/);
    const failed = { ...ms, examPassed: { SKD: false } };
    const late = publicConflict(() => applyApplicationEvent(failed, skd('2026-12-14T00:00:00Z'), clock));
    expect(objectionRefusal(late)).toBe('late');
    const early = publicConflict(() => applyApplicationEvent(failed, skd('2026-12-10T01:00:00Z'), clock));
    expect(objectionRefusal(early)).toBe('early');
    const filed = applyApplicationEvent(failed, skd('2026-12-11T00:00:00Z'), clock);
    expect(filed.objections.map((o) => [o.stage, o.disputed])).toEqual([['SKD', ['twk']]]);
    const again = publicConflict(() => applyApplicationEvent(filed, skd('2026-12-11T01:00:00Z'), clock));
    expect(objectionRefusal(again)).toBe('repeated');
    const notYet = publicConflict(() =>
      applyApplicationEvent(
        { ...ms, examPassed: { SKB: false } },
        { ...skd('2026-12-11T00:00:00Z'), stage: 'SKB' },
        clock,
      ),
    );
    expect(objectionRefusal(notYet)).toBe('notAnnounced');
  });
});

describe('the staff side', () => {
  const staffConflict = (run: () => unknown) => {
    try {
      run();
    } catch (err) {
      if (err instanceof AppError) return new ApiError(err.status, 'conflict', err.title, err.message);
      throw err;
    }
    throw new Error('expected a refusal');
  };

  // Registration of the round closed on 20 October 2026, 23:59 WIB.
  const registration = { registrationOpensAt: '2026-10-01T08:00', registrationClosesAt: '2026-10-20T23:59' };

  it('names why publishing is refused', () => {
    const c = announcementsId.conflict;
    const stillOpen = staffConflict(() =>
      assertCanAnnounce(
        'ADMINISTRATION',
        {},
        {
          now: '2026-10-20T16:58:00.000Z',
          timeZone: 'Asia/Jakarta',
          objectionDays: 3,
          registration,
        },
      ),
    );
    expect(publishConflict(stillOpen, c)).toBe(c.registrationOpen('2026-10-20 23:59'));
    expect(publishConflict(stillOpen, announcementsEn.conflict)).toBe(
      'Registration has not closed yet (it closes 2026-10-20 23:59). The administrative result can be announced only after it closes.',
    );
    expect(
      publishConflict(
        new ApiError(
          409,
          'conflict',
          'Conflict',
          "The round's registration was changed meanwhile; reload and try again.",
        ),
        c,
      ),
    ).toBe(c.registrationChanged);
    const open = staffConflict(() =>
      assertCanAnnounce(
        'ADMINISTRATION_AFTER_OBJECTION',
        { ADMINISTRATION: '2026-10-30T03:00:00.000Z' },
        { now: '2026-11-01T00:00:00.000Z', timeZone: 'Asia/Jakarta', objectionDays: 3, registration },
      ),
    );
    expect(publishConflict(open, c)).toBe(c.windowOpen('2026-11-03 00:00'));
    const before = staffConflict(() =>
      assertCanAnnounce(
        'ADMINISTRATION_AFTER_OBJECTION',
        {},
        {
          now: '2026-11-01T00:00:00.000Z',
          timeZone: 'Asia/Jakarta',
          objectionDays: 3,
          registration,
        },
      ),
    );
    expect(publishConflict(before, c)).toBe(c.notAnnounced);
    const detail = (d: string) => new ApiError(409, 'conflict', 'Conflict', d);
    expect(
      publishConflict(
        detail(
          '2 submitted applications are not screened yet (MS or TMS); screen them before the announcement.',
        ),
        c,
      ),
    ).toBe(c.unscreened('2'));
    expect(
      publishConflict(
        detail('1 objection is not decided yet; decide them before the after-objection announcement.'),
        c,
      ),
    ).toBe(c.pendingObjections('1'));
    expect(
      publishConflict(
        detail(
          'The SKD results come from the exam scores and the ranking (importExamScores, computeRanking), which this round does not have yet.',
        ),
        c,
      ),
    ).toBe(c.exams);
    expect(publishConflict(new ApiError(400, 'validation', 'Bad'), c)).toBeNull();
  });

  it('names why a decision is refused', () => {
    const d = announcementsId.decideConflict;
    const at = (detail: string) => new ApiError(409, 'conflict', 'Conflict', detail);
    expect(decideConflict(at('The objection to the ADMINISTRATION result is already decided.'), d)).toBe(
      d.decided,
    );
    expect(decideConflict(at('The decision period ended at the end of 2026-11-09 (7 days …).'), d)).toBe(
      d.late,
    );
    expect(decideConflict(at('There is no objection to the ADMINISTRATION result to decide.'), d)).toBe(
      d.none,
    );
  });

  it('locks the decision once the administration result is announced', () => {
    expect(administrationAnnounced(null)).toBe(false);
    expect(administrationAnnounced([{ stage: 'ADMINISTRATION_AFTER_OBJECTION' }])).toBe(false);
    expect(administrationAnnounced([{ stage: 'ADMINISTRATION' }])).toBe(true);
    expect(
      pendingObjection([
        { stage: 'SKD', decision: { accepted: false } },
        { stage: 'ADMINISTRATION', decision: null },
      ])?.stage,
    ).toBe('ADMINISTRATION');
    expect(Object.keys(announcementsEn).sort()).toEqual(Object.keys(announcementsId).sort());
  });
});
