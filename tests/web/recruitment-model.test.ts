import {
  addFormationSchema,
  createRecruitmentRoundSchema,
  DEFAULT_ROUND_SETTINGS,
  FIXED_WHEN_PUBLISHED,
  RECRUITMENT_TRACKS,
  updateFormationSchema,
  updateRecruitmentRoundSchema,
} from '@pamong/core';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../web/src/api/client';
import { I18nProvider } from '../../web/src/i18n';
import { recruitmentEn } from '../../web/src/pages/recruitment/i18n/recruitment-en';
import { recruitmentId } from '../../web/src/pages/recruitment/i18n/recruitment-id';
import type { RecruitmentFormation, RecruitmentRound } from '../../web/src/pages/recruitment/recruitment-api';
import {
  changesAnything,
  conflictText,
  createRoundBody,
  documentType,
  EDUCATION_LEVELS,
  fieldErrorsOf,
  fieldText,
  formationBody,
  formationFormOf,
  isFixed,
  newFormationForm,
  newRoundForm,
  openingsBy,
  parseMajors,
  roundActions,
  roundFormOf,
  roundState,
  updateFormationBody,
  updateRoundBody,
} from '../../web/src/pages/recruitment/recruitment-model';
import { RoundStateBadge } from '../../web/src/pages/recruitment/shared';

/**
 * The recruitment pages' logic (issue 12): the round and formasi forms and the bodies they send,
 * checked against the API's own schemas in @pamong/core; what publication fixes; the round's
 * status; openings per agency or track; and the API's English messages in Bahasa Indonesia.
 */

const round = (over: Partial<RecruitmentRound> = {}): RecruitmentRound => {
  const d = DEFAULT_ROUND_SETTINGS;
  return {
    id: 'r1',
    name: 'Seleksi CPNS 2026',
    kind: 'CPNS',
    year: 2026,
    code: 'CPNS26',
    registrationOpensAt: '2026-12-20T08:00',
    registrationClosesAt: '2027-01-10T23:59',
    referenceDate: '2027-01-10',
    schedule: { skdStartsAt: '2027-02-15T07:30' },
    timeZone: 'Asia/Jakarta',
    skdSubtests: JSON.parse(JSON.stringify(d.skdSubtests)),
    passingGrades: JSON.parse(JSON.stringify(d.passingGrades)),
    skdWeight: d.skdWeight,
    skbWeight: d.skbWeight,
    skbComponents: { ...d.skbComponents },
    skbComponentCaps: { ...d.skbComponentCaps },
    skbMultiplier: d.skbMultiplier,
    objectionDays: d.objectionDays,
    objectionDecisionDays: d.objectionDecisionDays,
    published: false,
    publishedAt: null,
    registrationStatus: 'upcoming',
    formationCount: 2,
    openings: 7,
    createdAt: '2026-12-01T00:00:00Z',
    updatedAt: '2026-12-01T00:00:00Z',
    version: 3,
    ...over,
  } as RecruitmentRound;
};

const formation = (over: Partial<RecruitmentFormation> = {}): RecruitmentFormation => ({
  id: 'f1',
  roundId: 'r1',
  agencyId: 'ag-1',
  agencyName: 'Dinas Kesehatan',
  positionId: 'pos-1',
  positionName: 'Dokter Ahli Pertama',
  unitId: 'unit-1',
  unitName: 'RSUD',
  openings: 3,
  track: 'umum',
  educationRequirements: [{ level: 'S1', majors: ['Pendidikan Dokter'] }],
  minIpk: 3,
  requiredDocuments: [{ type: 'ktp', label: 'KTP', formats: ['pdf'], maxKb: 1024 }],
  createdAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
  version: 1,
  ...over,
});

describe('the round form', () => {
  it('starts at the schema defaults, and its body is what createRecruitmentRound accepts', () => {
    const form = newRoundForm(2026);
    expect(form.skdWeight).toBe('40');
    expect(form.skbMultiplier).toBe('3');
    expect(form.passingGrades.umum).toEqual({ twk: '65', tiu: '80', tkp: '166', total: '' });
    const body = createRoundBody({
      ...form,
      name: 'Seleksi CPNS 2026',
      registrationOpensAt: '2026-12-20T08:00',
      registrationClosesAt: '2027-01-10T23:59',
      referenceDate: '2027-01-10',
      schedule: { ...form.schedule, skdStartsAt: '2027-02-15T07:30' },
    });
    expect(body).not.toHaveProperty('code');
    expect(body.schedule).toEqual({ skdStartsAt: '2027-02-15T07:30' });
    const parsed = createRecruitmentRoundSchema.parse(body);
    expect(parsed.passingGrades).toEqual(DEFAULT_ROUND_SETTINGS.passingGrades);
    expect(parsed.skbComponents).toEqual(DEFAULT_ROUND_SETTINGS.skbComponents);
  });

  it('sends a typed code in capitals, and a bad number as NaN so the API names the field', () => {
    const body = createRoundBody({ ...newRoundForm(2026), code: 'cpns26', skdWeight: 'x' });
    expect(body.code).toBe('CPNS26');
    expect(Number.isNaN(body.skdWeight)).toBe(true);
  });

  it('an unchanged round sends only its version; a change sends just what changed', () => {
    const r = round();
    const form = roundFormOf(r);
    const same = updateRoundBody(form, r);
    expect(same).toEqual({ version: 3 });
    expect(changesAnything(same)).toBe(false);
    const body = updateRoundBody(
      { ...form, name: 'Seleksi CPNS 2026 (revisi)', skdWeight: '50', skbWeight: '50' },
      r,
    );
    expect(body).toEqual({ name: 'Seleksi CPNS 2026 (revisi)', skdWeight: 50, skbWeight: 50, version: 3 });
    expect(updateRecruitmentRoundSchema.parse(body)).toMatchObject(body);
  });

  it('once published, never sends what publication fixes', () => {
    const r = round({ published: true });
    const form = roundFormOf(r);
    const body = updateRoundBody(
      {
        ...form,
        code: 'ZZ99',
        referenceDate: '2027-02-01',
        skdWeight: '50',
        registrationClosesAt: '2027-01-20T23:59',
      },
      r,
    );
    expect(body).toEqual({ registrationClosesAt: '2027-01-20T23:59', version: 3 });
    for (const f of FIXED_WHEN_PUBLISHED) {
      expect(isFixed(f, true)).toBe(true);
      expect(isFixed(f, false)).toBe(false);
    }
    expect(isFixed('name', true)).toBe(false);
  });
});

describe('status and actions', () => {
  it('a draft, then where registration stands', () => {
    expect(roundState({ published: false, registrationStatus: 'open' })).toBe('draft');
    expect(roundState({ published: true, registrationStatus: 'open' })).toBe('open');
  });

  it('only the tenant admin edits and publishes; formasi change freely until registration opens', () => {
    expect(roundActions(round(), true)).toMatchObject({ edit: true, publish: true, addFormation: true });
    expect(roundActions(round(), false)).toMatchObject({ edit: false, publish: false, addFormation: true });
    expect(roundActions(round({ formationCount: 0 }), true).publishNeedsFormasi).toBe(true);
    const open = roundActions(round({ published: true, registrationStatus: 'open' }), true);
    expect(open).toMatchObject({ publish: false, addFormation: false, openingsOnly: true });
    expect(roundActions(round({ registrationStatus: 'closed' }), true).publish).toBe(false);
  });

  it('renders the status in words, never its code', () => {
    const html = renderToString(
      h(
        I18nProvider,
        null,
        h(RoundStateBadge, { round: { published: true, registrationStatus: 'upcoming' } }),
      ),
    );
    expect(html).toContain('Diumumkan · belum dibuka');
    expect(html).not.toContain('upcoming');
  });
});

describe('openings per agency or track', () => {
  const fs = [
    formation(),
    formation({ id: 'f2', openings: 5, track: 'disabilitas' }),
    formation({ id: 'f3', agencyId: 'ag-2', agencyName: 'Dinas Pendidikan', openings: 4, track: 'umum' }),
  ];
  it('sums openings and counts formasi, the most openings first', () => {
    expect(openingsBy(fs, 'agency', (t) => recruitmentId.tracks[t])).toEqual([
      { key: 'ag-1', label: 'Dinas Kesehatan', formations: 2, openings: 8 },
      { key: 'ag-2', label: 'Dinas Pendidikan', formations: 1, openings: 4 },
    ]);
    expect(openingsBy(fs, 'track', (t) => recruitmentId.tracks[t])).toEqual([
      { key: 'umum', label: 'Umum', formations: 2, openings: 7 },
      { key: 'disabilitas', label: 'Disabilitas', formations: 1, openings: 5 },
    ]);
  });
});

describe('the formasi form', () => {
  it('a new formasi with the usual documents is what addFormation accepts', () => {
    const form = {
      ...newFormationForm('ag-1'),
      positionId: '01M968ARQR1BMV91HJAF22166M',
      unitId: '01M968ARQR1BMV91HJAF22166N',
    };
    form.education = [{ level: 'S1', majors: 'Teknik Informatika,\nSistem Informasi, Teknik Informatika' }];
    form.documents.push({ type: '', label: 'Surat Lamaran', formats: ['pdf'], maxKb: '1024' });
    const body = formationBody(form);
    expect(body.educationRequirements).toEqual([
      { level: 'S1', majors: ['Teknik Informatika', 'Sistem Informasi'] },
    ]);
    expect(body.requiredDocuments.at(-1)).toEqual({
      type: 'surat-lamaran',
      label: 'Surat Lamaran',
      formats: ['pdf'],
      maxKb: 1024,
    });
    expect(body).not.toHaveProperty('minIpk');
    expect(addFormationSchema.safeParse(body).success).toBe(true);
  });

  it('a change sends what changed; once registration opened, only the openings', () => {
    const f = formation();
    const form = formationFormOf(f);
    expect(updateFormationBody(form, f, false)).toEqual({ version: 1 });
    const changed = { ...form, openings: '6', minIpk: '', track: 'cumlaude' as const };
    const body = updateFormationBody(changed, f, false);
    expect(body).toMatchObject({ openings: 6, track: 'cumlaude', version: 1 });
    expect('minIpk' in body).toBe(true);
    expect(updateFormationBody(changed, f, true)).toEqual({ openings: 6, version: 1 });
    expect(updateFormationSchema.safeParse({ openings: 6, version: 1 }).success).toBe(true);
  });

  it('majors and document types from what people type', () => {
    expect(parseMajors(' Akuntansi ; Manajemen\n\nAkuntansi ')).toEqual(['Akuntansi', 'Manajemen']);
    expect(documentType('Surat Keterangan Sehat (Jasmani)')).toBe('surat-keterangan-sehat-jasmani');
    expect(documentType('5 Pas foto')).toBe('d-5-pas-foto');
  });
});

describe('messages', () => {
  const m = recruitmentId.messages;
  const phase = (p: string) => (recruitmentId.phases as Record<string, string>)[p] ?? p;
  it('says the API’s field rules in Indonesian', () => {
    expect(fieldText('must be YYYY-MM-DDTHH:mm', m, phase)).toBe('Isi tanggal dan jam.');
    expect(fieldText('skdWeight and skbWeight must add up to 100', m, phase)).toBe('Jumlahnya harus 100%.');
    expect(fieldText('must be at most 150', m, phase)).toBe('Paling besar 150.');
    expect(fieldText('must be after skdStartsAt (2027-02-15T07:30)', m, phase)).toBe(
      'Harus sesudah SKD mulai.',
    );
    expect(fieldText('is fixed once the round is published', m, phase)).toMatch(/setelah seleksi diumumkan/);
    expect(fieldText('is fixed once the administration result is announced', m, phase)).toBe(
      'Hasil seleksi administrasi sudah diumumkan; waktu tutup pendaftaran tidak dapat diubah lagi.',
    );
    expect(fieldText('something new', m, phase)).toBe('Isian tidak valid.');
  });

  it('keys a 400’s field errors by path', () => {
    const err = new ApiError(400, 'validation', 'Invalid', 'x', [
      { path: 'schedule.skdEndsAt', message: 'must be after skdStartsAt (2027-02-15T07:30)' },
      { path: 'passingGrades.umum.twk', message: 'must be at most 150' },
    ]);
    expect(fieldErrorsOf(err, m, phase)).toEqual({
      'schedule.skdEndsAt': 'Harus sesudah SKD mulai.',
      'passingGrades.umum.twk': 'Paling besar 150.',
    });
    expect(fieldErrorsOf(new Error('x'), m, phase)).toEqual({});
  });

  it('says which rule a 409 is', () => {
    const c = recruitmentId.conflict;
    const e = (detail: string, type: 'conflict' | 'version-conflict' = 'conflict') =>
      new ApiError(409, type, 'x', detail);
    expect(conflictText(e('The round was changed by someone else.', 'version-conflict'), c)).toBe(c.version);
    expect(conflictText(e('A round needs at least one formasi to be published.'), c)).toBe(c.noFormasi);
    expect(conflictText(e('The round is published: applicants rely on what it announced.'), c)).toBe(
      c.published,
    );
    expect(
      conflictText(e('Registration of this round has opened: applicants rely on these requirements.'), c),
    ).toBe(c.formasiFixed);
    expect(conflictText(e('Another round already uses the code CPNS26.'), c)).toBe(c.code);
    expect(conflictText(new ApiError(400, 'validation', 'x'), c)).toBeNull();
  });

  it('names every track and education level in both languages', () => {
    for (const dict of [recruitmentId, recruitmentEn]) {
      for (const t of RECRUITMENT_TRACKS) expect(dict.tracks[t]).toBeTruthy();
      for (const l of EDUCATION_LEVELS) expect(dict.education[l]).toBeTruthy();
    }
    expect(Object.values(recruitmentId.tracks)).toEqual([
      'Umum',
      'Cumlaude',
      'Disabilitas',
      'Putra-putri daerah',
    ]);
  });
});
