import {
  canRecordCoaching,
  canRecordReferral,
  FOLLOW_UP_KINDS,
  FOLLOW_UP_REASONS,
  type Role,
  referralOutcomeSchema,
} from '@pamong/core';
import { type ComponentChildren, h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../web/src/api/client';
import { I18nProvider } from '../../web/src/i18n';
import { RowCard, RowList, Summary } from '../../web/src/pages/performance/FollowUps';
import type {
  CoachingPlan,
  DisciplineReferral,
  FollowUpRow,
} from '../../web/src/pages/performance/followup-api';
import { CheckInForm, CoachingPlanForm, OutcomeForm } from '../../web/src/pages/performance/followup-forms';
import {
  checkCheckIn,
  checkInBody,
  checkOutcome,
  checkPlan,
  fieldText,
  fieldTexts,
  isStale,
  KIND_CODES,
  kindCounts,
  mayCoach,
  mayRefer,
  OUTCOME_CODES,
  outcomeBody,
  planBody,
  REASON_CODES,
  refusalText,
  rowActions,
  STATUS_CODES,
  shownPath,
  type Viewer,
  withRecord,
  yearFromQuery,
} from '../../web/src/pages/performance/followup-model';
import { assessmentId } from '../../web/src/pages/performance/i18n/assessment-id';
import { followUpEn } from '../../web/src/pages/performance/i18n/followup-en';
import { followUpId } from '../../web/src/pages/performance/i18n/followup-id';
import { skpEn } from '../../web/src/pages/performance/i18n/skp-en';
import { skpId } from '../../web/src/pages/performance/i18n/skp-id';
import { performanceTabsFor } from '../../web/src/pages/performance/tabs';
import { canOpen, navFor } from '../../web/src/routes';

/**
 * The follow-up register (issue 14 §4, §6): its vocabularies, who gets which button (checked against
 * the API's own rules, so no button leads to a 403), the forms' checks and every refusal in
 * Indonesian, and the rows and forms rendered as a reader sees them.
 */

const AG = '01M95H0000000000000000AG01';
const OTHER_AG = '01M95H0000000000000000AG02';
const UNIT = '01M95H0000000000000000UN01';
const SARI = '01M95H0000000000000000E001';
const DEDI = '01M95H0000000000000000E002';
const AGUS = '01M95H0000000000000000E003';
const YEAR = { start: '2025-01', end: '2025-12' };

function row(over: Partial<FollowUpRow> = {}): FollowUpRow {
  return {
    employeeId: DEDI,
    employeeName: 'Dedi Kurniawan',
    nip: '198703122010011004',
    agencyId: AG,
    unitId: UNIT,
    unitName: 'Bidang Pembinaan SD',
    year: 2025,
    predikat: 'BUTUH_PERBAIKAN',
    kind: 'coaching',
    reasons: ['butuh-perbaikan-or-worse'],
    years: [2025],
    predikats: [
      { year: 2024, predikat: 'BAIK' },
      { year: 2025, predikat: 'BUTUH_PERBAIKAN' },
    ],
    appraiser: { id: AGUS, name: 'Agus Pratama' },
    current: true,
    status: 'to-do',
    coachingPlan: null,
    referral: null,
    ...over,
  };
}

const plan = (over: Partial<CoachingPlan> = {}): CoachingPlan => ({
  employeeId: DEDI,
  employeeName: 'Dedi Kurniawan',
  nip: '198703122010011004',
  agencyId: AG,
  unitId: UNIT,
  unitName: 'Bidang Pembinaan SD',
  year: 2025,
  predikat: 'BUTUH_PERBAIKAN',
  period: YEAR,
  goals: ['Laporan bulanan tepat waktu', 'Menguasai aplikasi Dapodik'],
  checkIns: [
    {
      date: '2026-01-15',
      note: 'Target bulanan dibahas',
      status: 'held',
      recordedByName: 'Agus Pratama',
      recordedAt: '2026-01-15T03:00:00Z',
    },
    { date: '2026-03-15', note: null, status: 'planned', recordedByName: null, recordedAt: null },
  ],
  coach: { id: AGUS, name: 'Agus Pratama' },
  status: 'in-progress',
  createdByName: 'Admin BKD',
  createdAt: '2026-01-05T03:00:00Z',
  updatedAt: '2026-01-15T03:00:00Z',
  version: 2,
  ...over,
});

const referral = (over: Partial<DisciplineReferral> = {}): DisciplineReferral => ({
  employeeId: DEDI,
  employeeName: 'Dedi Kurniawan',
  nip: '198703122010011004',
  agencyId: AG,
  unitId: UNIT,
  unitName: 'Bidang Pembinaan SD',
  year: 2025,
  predikat: 'KURANG',
  reasons: ['kurang-or-sangat-kurang'],
  years: [2025],
  note: 'Diteruskan ke tim pemeriksa',
  referredByName: 'Admin BKD',
  referredAt: '2026-02-01T03:00:00Z',
  outcome: null,
  status: 'referred',
  version: 1,
  ...over,
});

const talent = row({
  employeeId: SARI,
  employeeName: 'Sari Wulandari',
  predikat: 'SANGAT_BAIK',
  kind: 'talent-pool',
  reasons: ['sangat-baik-consecutive'],
  years: [2024, 2025],
  predikats: [
    { year: 2024, predikat: 'SANGAT_BAIK' },
    { year: 2025, predikat: 'SANGAT_BAIK' },
  ],
  status: 'noted',
});
const coachingToDo = row();
const coachingPlanned = row({ coachingPlan: plan(), status: 'in-progress' });
const referralToDo = row({
  kind: 'discipline-referral',
  predikat: 'KURANG',
  reasons: ['kurang-or-sangat-kurang'],
});
const referralReferred = row({
  kind: 'discipline-referral',
  predikat: 'KURANG',
  reasons: ['kurang-or-sangat-kurang'],
  referral: referral(),
  status: 'referred',
});

const tenantAdmin: Viewer = { role: 'tenant-admin', agencyId: null, employeeId: null };
const agencyAdmin: Viewer = { role: 'agency-admin', agencyId: AG, employeeId: null };
const otherAgencyAdmin: Viewer = { role: 'agency-admin', agencyId: OTHER_AG, employeeId: null };
const appraiser: Viewer = { role: 'supervisor', agencyId: AG, employeeId: AGUS };
const otherSupervisor: Viewer = { role: 'supervisor', agencyId: AG, employeeId: SARI };
const himself: Viewer = { role: 'employee', agencyId: AG, employeeId: DEDI };

const fmtDate = (iso: string) =>
  new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
const w = followUpId.problems;

/** Renders in Indonesian, or in English with the language the switch stores. */
function render(node: ComponentChildren, lang: 'id' | 'en' = 'id'): string {
  if (lang === 'en')
    (globalThis as { localStorage?: unknown }).localStorage = { getItem: () => 'en', setItem: () => {} };
  return renderToString(h(I18nProvider, null, node));
}
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('vocabularies', () => {
  it("keeps the API's codes and names each in both languages, never by its code", () => {
    expect(KIND_CODES).toEqual(FOLLOW_UP_KINDS);
    expect(REASON_CODES).toEqual(FOLLOW_UP_REASONS);
    expect(OUTCOME_CODES).toEqual(referralOutcomeSchema.options);
    for (const words of [followUpId, followUpEn]) {
      for (const k of KIND_CODES) {
        expect(words.kinds[k]).toBeTruthy();
        expect(words.kindIntro[k]).toBeTruthy();
        expect(words.empty[k](2025)).toContain('2025');
      }
      for (const r of REASON_CODES) expect(words.reasons[r]([2024, 2025])).not.toContain(r);
      for (const o of OUTCOME_CODES) expect(words.outcomes[o]).not.toBe(o);
      for (const k of KIND_CODES)
        for (const s of Object.keys(words.status[k])) expect(STATUS_CODES as readonly string[]).toContain(s);
    }
    expect(followUpId.status.coaching['to-do']).toBe('Belum ada rencana pembinaan');
    expect(followUpId.outcomes.light).toBe('Hukuman disiplin ringan');
    expect(followUpId.reasons['sangat-baik-consecutive']([2024, 2025])).toContain('2024–2025');
  });
});

describe('who gets which button', () => {
  it('offers admins in scope every action the row still needs, and nobody their own', () => {
    for (const admin of [tenantAdmin, agencyAdmin]) {
      expect(rowActions(admin, talent)).toEqual([]);
      expect(rowActions(admin, coachingToDo)).toEqual(['createPlan']);
      expect(rowActions(admin, coachingPlanned)).toEqual(['checkIn']);
      expect(rowActions(admin, referralToDo)).toEqual(['refer']);
      expect(rowActions(admin, referralReferred)).toEqual(['outcome']);
    }
    for (const r of [coachingToDo, coachingPlanned, referralToDo, referralReferred]) {
      expect(rowActions(otherAgencyAdmin, r)).toEqual([]);
      expect(rowActions(himself, r)).toEqual([]);
      expect(rowActions({ ...agencyAdmin, employeeId: DEDI }, r)).toEqual([]);
    }
  });

  it("lets the appraiser coach but never refer, and others nothing; a row no longer current keeps only its record's actions", () => {
    expect(rowActions(appraiser, coachingToDo)).toEqual(['createPlan']);
    expect(rowActions(appraiser, coachingPlanned)).toEqual(['checkIn']);
    expect(rowActions(appraiser, referralToDo)).toEqual([]);
    expect(rowActions(appraiser, referralReferred)).toEqual([]);
    expect(rowActions(otherSupervisor, coachingToDo)).toEqual([]);
    expect(rowActions(otherSupervisor, coachingPlanned)).toEqual([]);
    // The plan's coach (a new direct superior) records check-ins too.
    expect(
      rowActions(otherSupervisor, row({ coachingPlan: plan({ coach: { id: SARI, name: 'Sari' } }) })),
    ).toEqual(['checkIn']);
    expect(rowActions(tenantAdmin, row({ current: false, reasons: [] }))).toEqual([]);
    expect(rowActions(tenantAdmin, { ...coachingPlanned, current: false })).toEqual(['checkIn']);
    expect(rowActions(tenantAdmin, { ...referralReferred, current: false })).toEqual(['outcome']);
  });

  it("agrees with the API's own rules for every role, so no button leads to a 403", () => {
    const roles: Role[] = ['tenant-admin', 'agency-admin', 'supervisor', 'employee'];
    const people = [null, SARI, DEDI, AGUS];
    for (const role of roles)
      for (const agencyId of [AG, OTHER_AG])
        for (const employeeId of people) {
          const v: Viewer = { role, agencyId, employeeId };
          const actor = { role, agencyId, employeeId: employeeId ?? undefined, tenantId: 'T', sub: 'u' };
          const ref = { agencyId: AG, employeeId: DEDI, coachIds: [AGUS] };
          expect(mayCoach(v, row()), `${role} ${agencyId} ${employeeId}`).toBe(
            canRecordCoaching(actor as never, ref),
          );
          expect(mayRefer(v, row()), `${role} ${agencyId} ${employeeId}`).toBe(
            canRecordReferral(actor as never, ref),
          );
        }
  });
});

describe('the register', () => {
  it('counts each category: what waits for someone and what is recorded', () => {
    expect(kindCounts([talent, coachingToDo, coachingPlanned, referralToDo, referralReferred])).toEqual({
      'talent-pool': { total: 1, waiting: 0, recorded: 0 },
      coaching: { total: 2, waiting: 1, recorded: 1 },
      'discipline-referral': { total: 2, waiting: 1, recorded: 1 },
    });
    expect(kindCounts([])).toEqual({
      'talent-pool': { total: 0, waiting: 0, recorded: 0 },
      coaching: { total: 0, waiting: 0, recorded: 0 },
      'discipline-referral': { total: 0, waiting: 0, recorded: 0 },
    });
  });

  it('puts a saved plan or referral in its row', () => {
    expect(withRecord(coachingToDo, plan({ status: 'planned' }))).toMatchObject({
      status: 'planned',
      coachingPlan: { version: 2 },
    });
    expect(withRecord(referralToDo, referral())).toMatchObject({
      status: 'referred',
      referral: { version: 1 },
    });
  });

  it('shows last year by default, never a year ahead', () => {
    expect(yearFromQuery(undefined, 2026)).toBe(2025);
    expect(yearFromQuery('2026', 2026)).toBe(2026);
    expect(yearFromQuery('2024', 2026)).toBe(2024);
    expect(yearFromQuery('2027', 2026)).toBe(2025);
    expect(yearFromQuery('dua', 2026)).toBe(2025);
    expect(yearFromQuery('1999', 2026)).toBe(2025);
  });
});

describe('refusals in Indonesian', () => {
  it("says the API's field errors in the reader's words", () => {
    const say = (path: string, message: string) => fieldText({ path, message }, w, fmtDate);
    expect(say('checkIns.1.date', 'must come after the one before')).toBe(
      'Harus setelah tanggal pertemuan sebelumnya.',
    );
    expect(say('checkIns.0.date', 'cannot be before 2025-01-01, when the year it follows up began')).toBe(
      `Tidak boleh sebelum ${fmtDate('2025-01-01')}, awal tahun yang ditindaklanjuti.`,
    );
    expect(
      say(
        'checkIns.1.date',
        "cannot be after 2026-12-31: coaching follows up a year's predikat within the year after it",
      ),
    ).toContain('Tidak boleh setelah');
    expect(say('date', 'is in the future: record a check-in once it has taken place')).toBe(w.futureCheckIn);
    expect(say('decidedOn', 'is in the future: record the outcome once decided')).toBe(w.futureDecision);
    expect(say('decidedOn', 'must be a date YYYY-MM-DD')).toBe('Isi tanggal yang benar.');
    expect(say('goals', 'Too small: expected array to have >=1 items')).toBe(w.noGoals);
    expect(say('goals', 'Too big: expected array to have <=10 items')).toBe(w.tooManyGoals);
    expect(say('goals.0', 'Too small: expected string to have >=1 characters')).toBe('Wajib diisi.');
    expect(say('note', 'Too big: expected string to have <=2000 characters')).toBe(
      'Paling banyak 2000 karakter.',
    );
    expect(say('note', 'Invalid input: expected string, received undefined')).toBe('Wajib diisi.');
    expect(say('outcome', 'Invalid option: expected one of "no-violation"|"light"')).toBe(w.chooseOutcome);
  });

  it("says the API's refusals by what they mean, and knows when the register is stale", () => {
    const who = { name: 'Dedi Kurniawan', year: 2025 };
    const refused = (type: 'conflict' | 'not-found' | 'forbidden' | 'version-conflict', detail: string) =>
      new ApiError(409, type, 'x', detail);
    expect(
      refusalText(
        refused('conflict', 'Dedi Kurniawan already has a coaching plan for 2025.'),
        w,
        who,
        fmtDate,
      ),
    ).toBe(w.planExists('Dedi Kurniawan', 2025));
    expect(
      refusalText(
        refused(
          'conflict',
          "Dedi Kurniawan's annual predikat for 2025 is Baik: only Butuh Perbaikan or worse leads to a coaching plan.",
        ),
        w,
        who,
        fmtDate,
      ),
    ).toContain('tidak lagi Butuh Perbaikan');
    expect(
      refusalText(refused('conflict', 'A check-in on 2026-01-15 is recorded already.'), w, who, fmtDate),
    ).toBe(w.checkInExists(fmtDate('2026-01-15')));
    expect(refusalText(refused('not-found', 'Coaching plan not found.'), w, who, fmtDate)).toBe(
      w.noPlan('Dedi Kurniawan'),
    );
    expect(refusalText(refused('version-conflict', 'The referral changed.'), w, who, fmtDate)).toBe(
      w.changed,
    );
    expect(refusalText(new Error('boom'), w, who, fmtDate)).toBeNull();
    expect(isStale(refused('version-conflict', ''))).toBe(true);
    expect(isStale(refused('conflict', "Dedi Kurniawan's referral for 2025 is recorded already."))).toBe(
      true,
    );
    expect(isStale(refused('forbidden', ''))).toBe(false);
  });
});

describe('the forms check what the API checks', () => {
  it('leaves blank lines out of the plan and points errors at the lines shown', () => {
    const send = planBody(
      {
        goals: ['', '  Laporan bulanan tepat waktu '],
        checkIns: [
          { date: '', note: '' },
          { date: '2026-03-01', note: 'Menyepakati target' },
          { date: '2026-02-01', note: '' },
        ],
      },
      DEDI,
      YEAR,
    );
    expect(send.body).toEqual({
      employeeId: DEDI,
      period: YEAR,
      goals: ['Laporan bulanan tepat waktu'],
      checkIns: [{ date: '2026-03-01', note: 'Menyepakati target' }, { date: '2026-02-01' }],
    });
    const error = checkPlan(send, '2026-01-10');
    expect(error?.errors).toEqual([{ path: 'checkIns.1.date', message: 'must come after the one before' }]);
    const fields = fieldTexts(error!.errors, w, fmtDate, (p) => shownPath(p, send));
    expect(fields).toEqual({ 'checkIns.2.date': 'Harus setelah tanggal pertemuan sebelumnya.' });
    expect(shownPath('goals.0', send)).toBe('goals.1');
    expect(shownPath('goals', send)).toBe('goals.0');
  });

  it('refuses a plan without goals and dates outside the year after the one followed up', () => {
    const none = planBody({ goals: ['  '], checkIns: [] }, DEDI, YEAR);
    expect(fieldTexts(checkPlan(none, '2026-01-10')!.errors, w, fmtDate, (p) => shownPath(p, none))).toEqual({
      'goals.0': w.noGoals,
    });
    const late = planBody({ goals: ['Tujuan'], checkIns: [{ date: '2027-01-02', note: '' }] }, DEDI, YEAR);
    expect(checkPlan(late, '2026-01-10')?.errors.map((e) => e.path)).toEqual(['checkIns.0.date']);
    // Every problem at once: no goal, and a date past the window.
    const both = planBody({ goals: [''], checkIns: [{ date: '2027-02-01', note: '' }] }, DEDI, YEAR);
    expect(fieldTexts(checkPlan(both, '2026-01-10')!.errors, w, fmtDate, (p) => shownPath(p, both))).toEqual({
      'goals.0': w.noGoals,
      'checkIns.0.date': w.afterWindow(fmtDate('2026-12-31')),
    });
    const ok = planBody({ goals: ['Tujuan'], checkIns: [{ date: '2026-12-31', note: '' }] }, DEDI, YEAR);
    expect(checkPlan(ok, '2026-01-10')).toBeNull();
  });

  it('refuses a check-in ahead of today or without a note, and an outcome not chosen or not decided yet', () => {
    expect(
      checkCheckIn(checkInBody({ date: '2026-01-11', note: 'Dibahas' }), YEAR, '2026-01-10')?.errors,
    ).toEqual([{ path: 'date', message: 'is in the future: record a check-in once it has taken place' }]);
    expect(
      checkCheckIn(checkInBody({ date: '2026-01-10', note: ' ' }), YEAR, '2026-01-10')?.errors[0]?.path,
    ).toBe('note');
    expect(checkCheckIn(checkInBody({ date: '2026-01-10', note: 'Dibahas' }), YEAR, '2026-01-10')).toBeNull();
    const outcome = (o: '' | 'light', decidedOn: string) =>
      checkOutcome(outcomeBody({ outcome: o, decidedOn, note: '' }, 1), YEAR, '2026-02-10');
    expect(outcome('', '2026-02-01')?.errors.map((e) => e.path)).toEqual(['outcome']);
    expect(outcome('light', '2026-02-11')?.errors.map((e) => e.path)).toEqual(['decidedOn']);
    expect(outcome('light', '2026-02-01')).toBeNull();
  });
});

describe('rendered as a reader sees it', () => {
  const noop = () => {};

  it("shows a row's employee, NIP, unit, predikats and state in words, with the admin's buttons", () => {
    const html = render(
      h(RowList, {
        rows: [coachingPlanned, coachingToDo],
        empty: '',
        period: YEAR,
        viewer: agencyAdmin,
        today: '2026-02-10',
        onSaved: noop,
      }),
    );
    expect(html).toContain('Dedi Kurniawan');
    expect(html).toContain('NIP 198703122010011004');
    expect(html).toContain('Bidang Pembinaan SD');
    expect(html).toContain(`>${assessmentId.predikat.BUTUH_PERBAIKAN}<`);
    expect(html).toContain('Pembinaan berjalan');
    expect(html).toContain('1 dari 2 pertemuan terlaksana');
    expect(html).toContain('Belum ada rencana pembinaan');
    expect(html).toContain('>Catat pertemuan<');
    expect(html).toContain('>Buat rencana pembinaan<');
    for (const code of ['BUTUH_PERBAIKAN', 'in-progress', 'to-do', DEDI, AG, UNIT])
      expect(html).not.toContain(`>${code}<`);
    expect(html).not.toContain(DEDI);
  });

  it('shows the talent pool and a referral in words, in English too', () => {
    const id = render(
      h(RowCard, { row: talent, actions: [], open: null, viewer: tenantAdmin, onAction: noop }),
    );
    expect(id).toContain('>Sangat Baik<');
    expect(id).toContain('Sangat Baik 2 tahun berturut-turut (2024–2025)');
    expect(id).toContain('Masuk talent pool');
    expect(id).not.toContain('SANGAT_BAIK');
    const decided = row({
      kind: 'discipline-referral',
      predikat: 'KURANG',
      reasons: ['kurang-or-sangat-kurang'],
      status: 'decided',
      referral: referral({
        status: 'decided',
        version: 2,
        outcome: {
          outcome: 'moderate',
          decidedOn: '2026-02-05',
          note: 'SK 800/12',
          recordedByName: 'Admin',
          recordedAt: '2026-02-06T00:00:00Z',
        },
      }),
    });
    const en = render(
      h(RowCard, { row: decided, actions: ['outcome'], open: null, viewer: tenantAdmin, onAction: noop }),
      'en',
    );
    expect(en).toContain('Moderate disciplinary penalty');
    expect(en).toContain('>Change the outcome<');
    expect(en).toContain('Rated Poor or Very poor for 2025');
    expect(en).not.toContain('moderate<');
  });

  it('gives the employee and a supervisor who is not the appraiser no buttons at all', () => {
    for (const viewer of [himself, otherSupervisor]) {
      const html = render(
        h(RowList, {
          rows: [coachingToDo, coachingPlanned, referralToDo, referralReferred],
          empty: '',
          period: YEAR,
          viewer,
          today: '2026-02-10',
          onSaved: noop,
        }),
      );
      expect(html).not.toContain('<button');
      expect(html).toContain('Belum dirujuk');
      expect(html).toContain('Dirujuk, menunggu hasil');
    }
  });

  it('summarises the categories in a table beside the chart', () => {
    const html = render(
      h(Summary, { counts: kindCounts([talent, coachingToDo, coachingPlanned]), year: 2025, partial: null }),
    );
    expect(html).toContain('Tindak lanjut predikat 2025 per kategori');
    expect(html).toContain('>Talent pool<');
    expect(html).toContain('>Pembinaan<');
    expect(html).toContain('>Rujukan disiplin<');
    expect(html).toContain('tidak perlu dicatat');
    expect(html).toContain('role="img"');
  });

  it('keeps what was typed in the plan and shows each refusal in Indonesian at its field', () => {
    const error = new ApiError(400, 'validation', 'Invalid input', 'Request validation failed', [
      { path: 'checkIns.1.date', message: 'must come after the one before' },
      { path: 'goals.0', message: 'Too big: expected string to have <=500 characters' },
      { path: 'period', message: 'must be the annual period' },
    ]);
    const html = render(
      h(CoachingPlanForm, {
        subject: { employeeId: DEDI, name: 'Dedi Kurniawan', year: 2025 },
        period: YEAR,
        today: '2026-02-10',
        onSaved: noop,
        onCancel: noop,
        initial: {
          draft: {
            goals: ['Laporan bulanan tepat waktu'],
            checkIns: [
              { date: '2026-03-01', note: 'Menyepakati target' },
              { date: '2026-02-01', note: '' },
            ],
          },
          error,
        },
      }),
    );
    expect(html).toContain('value="Laporan bulanan tepat waktu"');
    expect(html).toContain('value="2026-03-01"');
    expect(html).toContain('value="Menyepakati target"');
    expect(html).toContain('value="2026-02-01"');
    expect(html).toContain('Ada isian yang belum benar. Periksa kolom yang ditandai.');
    expect(html).toContain('Harus setelah tanggal pertemuan sebelumnya.');
    expect(html).toContain('Paling banyak 500 karakter.');
    // A field the form does not show is named in words, never by its path.
    expect(html).toContain('Periode: Isian ini belum benar.');
    expect(html).not.toContain('checkIns.1.date</');
    expect(html).not.toContain('must come after');
    expect(html).toContain('aria-invalid="true"');
  });

  it("keeps a check-in's note and an outcome's choice when the API refuses them", () => {
    const checkIn = render(
      h(CheckInForm, {
        subject: { employeeId: DEDI, name: 'Dedi Kurniawan', year: 2025 },
        plan: plan(),
        period: YEAR,
        today: '2026-02-10',
        onSaved: noop,
        onCancel: noop,
        initial: {
          draft: { date: '2026-01-15', note: 'Membahas laporan Januari' },
          error: new ApiError(409, 'conflict', 'Conflict', 'A check-in on 2026-01-15 is recorded already.'),
        },
      }),
    );
    expect(checkIn).toContain('Membahas laporan Januari');
    expect(checkIn).toContain('value="2026-01-15"');
    expect(checkIn).toContain(
      `Pertemuan tanggal ${fmtDate('2026-01-15')} sudah dicatat. Pilih tanggal lain.`,
    );
    const outcome = render(
      h(OutcomeForm, {
        subject: { employeeId: DEDI, name: 'Dedi Kurniawan', year: 2025 },
        referral: referral(),
        period: YEAR,
        today: '2026-02-10',
        onSaved: noop,
        onCancel: noop,
        initial: {
          draft: { outcome: 'severe', decidedOn: '2026-02-12', note: 'SK 800/12' },
          error: new ApiError(400, 'validation', 'Invalid', undefined, [
            { path: 'decidedOn', message: 'is in the future: record the outcome once decided' },
          ]),
        },
      }),
    );
    expect(outcome).toMatch(
      /<option[^>]*value="severe"[^>]*selected|<option[^>]*selected[^>]*value="severe"/,
    );
    expect(outcome).toContain('value="2026-02-12"');
    expect(outcome).toContain('SK 800/12');
    expect(outcome).toContain('Tanggal ini belum lewat: catat hasil setelah diputuskan.');
    expect(outcome).toContain('>Hukuman disiplin berat<');
  });
});

describe('the page and its tab', () => {
  it('opens to every tenant role, under Kinerja, with the tab in both languages', () => {
    for (const role of ['tenant-admin', 'agency-admin', 'supervisor', 'employee'] as const) {
      expect(canOpen(role, '/performance/follow-ups'), role).toBe(true);
      expect(
        performanceTabsFor(role).map((t) => t.key),
        role,
      ).toContain('followUps');
      expect(navFor(role).find((n) => n.label === 'performance')?.href, role).toBe('/performance/skp');
    }
    expect(canOpen('platform-admin', '/performance/follow-ups')).toBe(false);
    expect(canOpen('applicant', '/performance/follow-ups')).toBe(false);
    expect(skpId.tabs.followUps).toBe('Tindak lanjut');
    expect(skpEn.tabs.followUps).toBe('Follow-up');
  });
});
