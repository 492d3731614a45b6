import { DEFAULT_PERFORMANCE_SETTINGS, gradeOf, orgRatingChoiceIssues } from '@pamong/core';
import { type ComponentChildren, h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../web/src/api/client';
import { I18nProvider } from '../../web/src/i18n';
import { ikmEn } from '../../web/src/pages/performance/i18n/ikm-en';
import { ikmId } from '../../web/src/pages/performance/i18n/ikm-id';
import type { OrganisationIkm, OrgIkmEvaluation } from '../../web/src/pages/performance/ikm-api';
import {
  GRADE_FLOORS,
  ikmStanding,
  isReasonRefusal,
  missingRespondents,
  preselectedPredikat,
  readIkmTarget,
  reasonRequired,
  suggestedFromDetail,
  suggestionOf,
  surveyNoteParts,
  trendFloor,
  trendGeometry,
  trendSummary,
} from '../../web/src/pages/performance/ikm-model';
import {
  IkmSnapshot,
  IkmSummary,
  IkmTile,
  RatingReasonField,
  reasonRefusalText,
} from '../../web/src/pages/performance/ikm-parts';
import type { PerformanceSettings, SkpDetail } from '../../web/src/pages/performance/skp-api';
import { PlanEditor } from '../../web/src/pages/performance/skp-editor';
import { Realisations } from '../../web/src/pages/performance/skp-realisation';
import { surveysEn } from '../../web/src/pages/surveys/i18n/en';
import { surveysId } from '../../web/src/pages/surveys/i18n/id';
import { orgUnitOptions, orgUnitPatch } from '../../web/src/pages/surveys/org-unit';

/**
 * Survey-driven evaluation on the web (issue 14 §5): the IKM tile of the organisation rating page
 * (indicative or with a suggestion), the reason a departing rating needs and the API's 400 at
 * `reason` in words, the automatic IKM item that cannot be edited, removed or typed, the survey
 * unit's org unit, and the IKM target of the settings. Checked against the API's own rules in
 * @pamong/core where there is one; rendered in Bahasa Indonesia (the default language).
 */

const render = (node: ComponentChildren) => renderToString(h(I18nProvider, null, node));
const names: Record<string, string> = {
  ISTIMEWA: 'Istimewa',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};
const predikatName = (p: string) => names[p] ?? p;
const CODES = /ISTIMEWA|BUTUH_PERBAIKAN|SANGAT_KURANG|SANGAT_BAIK/;

const evaluation = (over: Partial<OrgIkmEvaluation> = {}): OrgIkmEvaluation => ({
  ikm: 82.5,
  grade: 'B',
  respondents: 12,
  population: 15,
  minimumSample: 14,
  indicative: true,
  suggestedPredikat: null,
  ...over,
});

const months = (values: (number | null)[]): OrganisationIkm['months'] =>
  values.map((ikm, i) => ({
    month: `2026-${String(i + 1).padStart(2, '0')}`,
    ikm,
    grade: ikm === null ? null : gradeOf(ikm).grade,
    respondents: ikm === null ? 0 : 5,
  }));

/** An organisation's IKM as getOrganisationIkm answers it. */
const orgIkm = (over: Partial<OrganisationIkm> = {}): OrganisationIkm => ({
  org: { kind: 'unit', id: 'unit-layanan', agencyId: 'ag-dukcapil', name: 'Bidang Pelayanan' },
  period: { start: '2026-01', end: '2026-03' },
  surveyUnits: [
    { id: 'su-ktp', name: 'Loket KTP-el' },
    { id: 'su-info', name: 'Layanan Informasi' },
  ],
  evaluation: evaluation(),
  months: months([81.2, null, 83.9]),
  ...over,
});

describe('what an IKM amounts to', () => {
  it('tells a suggestion from the three reasons an IKM is only indicative', () => {
    expect(ikmStanding(evaluation({ indicative: false, suggestedPredikat: 'BAIK', respondents: 14 }))).toBe(
      'suggested',
    );
    expect(ikmStanding(evaluation())).toBe('below-minimum');
    expect(ikmStanding(evaluation({ population: null, minimumSample: null }))).toBe('no-population');
    expect(ikmStanding(evaluation({ ikm: null, grade: null, respondents: 0 }))).toBe('no-responses');
    expect(missingRespondents(evaluation())).toBe(2);
    expect(missingRespondents(evaluation({ respondents: 20 }))).toBe(0);
  });

  it('suggests only what the API suggests, never while indicative', () => {
    expect(suggestionOf(evaluation({ indicative: false, suggestedPredikat: 'ISTIMEWA' }))).toBe('ISTIMEWA');
    expect(suggestionOf(evaluation({ indicative: true, suggestedPredikat: 'ISTIMEWA' }))).toBeNull();
    expect(suggestionOf(null)).toBeNull();
  });

  it('starts the form on the suggestion, never over a stored or chosen predikat', () => {
    const suggested = evaluation({ indicative: false, suggestedPredikat: 'BAIK' });
    expect(preselectedPredikat(null, false, suggested)).toBe('BAIK');
    expect(preselectedPredikat('KURANG', false, suggested)).toBe('KURANG');
    expect(preselectedPredikat(null, true, suggested)).toBeNull();
    expect(preselectedPredikat(null, false, evaluation())).toBeNull();
    expect(preselectedPredikat(null, false, null)).toBeNull();
  });

  it('asks for a reason exactly when the API does', () => {
    const predikats = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
    for (const suggested of [null, ...predikats])
      for (const chosen of predikats) {
        const api = orgRatingChoiceIssues({ suggested, chosen, reason: null }).length > 0;
        expect(reasonRequired(suggested, chosen), `${suggested} → ${chosen}`).toBe(api);
      }
    expect(reasonRequired('BAIK', null)).toBe(false);
  });
});

describe('the IKM tile', () => {
  it('shows an indicative IKM: its value and grade, the respondents against the minimum, why, no suggestion', () => {
    const html = render(h(IkmSummary, { data: orgIkm(), predikatName, canLink: true }));
    expect(html).toContain('82,50');
    expect(html).toContain('Mutu B: Baik');
    expect(html).toContain('12 dari minimal 14 responden');
    expect(html).toContain('>indikatif<');
    expect(html).toContain('Masih kurang 2 responden untuk mencapai sampel minimal (Krejcie-Morgan)');
    expect(html).not.toContain('Predikat yang disarankan');
    expect(html).toContain('Loket KTP-el');
    expect(html).toContain('Layanan Informasi');
    // The trend: a chart with a summary for screen readers, and every month in a table.
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Grafik IKM per bulan\. 2 bulan bernilai/);
    expect(html).toContain('<table>');
    expect(html).toContain('Februari 2026');
    expect(html).toContain('tanpa responden');
    expect(html).not.toMatch(CODES);
  });

  it('says why when the population is not recorded', () => {
    const html = render(
      h(IkmSummary, {
        data: orgIkm({ evaluation: evaluation({ population: null, minimumSample: null }) }),
        predikatName,
      }),
    );
    expect(html).toContain('12 responden');
    expect(html).toContain('populasi) periode ini belum dicatat');
    expect(html).toContain('>indikatif<');
  });

  it('names the suggested predikat once the sample is enough', () => {
    const data = orgIkm({
      evaluation: evaluation({
        ikm: 90.1,
        grade: 'A',
        respondents: 14,
        indicative: false,
        suggestedPredikat: 'ISTIMEWA',
      }),
    });
    const html = render(h(IkmSummary, { data, predikatName }));
    expect(html).toContain('14 dari minimal 14 responden');
    expect(html).not.toContain('indikatif');
    expect(html).toContain('Predikat yang disarankan: <strong>Istimewa</strong>');
    expect(html).toContain('Mutu A: Sangat Baik');
    // One's own unit's IKM shows no suggestion.
    expect(render(h(IkmSummary, { data, predikatName, showSuggestion: false }))).not.toContain(
      'Predikat yang disarankan',
    );
  });

  it('says so politely when no survey unit is linked, and only an admin is shown where to link one', () => {
    const none = orgIkm({ surveyUnits: [], evaluation: null, months: [] });
    const admin = render(h(IkmSummary, { data: none, predikatName, canLink: true }));
    expect(admin).toContain('Belum ada unit layanan SKM yang terhubung dengan Bidang Pelayanan');
    expect(admin).toContain('Penilaian tetap dapat diberikan seperti biasa');
    expect(admin).toContain('href="/surveys"');
    const head = render(h(IkmSummary, { data: none, predikatName, canLink: false }));
    expect(head).not.toContain('href="/surveys"');
    expect(head).not.toContain('<svg');
    const agency = render(
      h(IkmSummary, {
        data: { ...none, org: { kind: 'agency', id: 'ag', agencyId: 'ag', name: 'Dinas Sosial' } },
        predikatName,
      }),
    );
    expect(agency).toContain('Dinas Sosial belum memiliki unit layanan SKM');
  });

  it("waits for a choice, and never shows another organisation's figures while loading", () => {
    const base = { periodName: 'Triwulan I 2026', predikatName, canLink: false };
    const empty = { data: null, error: null, loading: false };
    expect(render(h(IkmTile, { ...base, org: null, read: empty }))).toContain(
      'Pilih organisasi pada formulir untuk melihat IKM-nya',
    );
    const other = render(
      h(IkmTile, {
        ...base,
        org: { kind: 'unit', id: 'unit-lain', name: 'Bidang Data' },
        read: { data: orgIkm(), error: null, loading: true },
      }),
    );
    expect(other).toContain('Bidang Data · Triwulan I 2026');
    expect(other).toContain('Memuat IKM');
    expect(other).not.toContain('82,50');
    const refused = render(
      h(IkmTile, {
        ...base,
        org: { kind: 'unit', id: 'unit-layanan', name: 'Bidang Pelayanan' },
        read: { data: null, error: new ApiError(403, 'forbidden', 'Forbidden'), loading: false },
      }),
    );
    expect(refused).toContain('hanya dapat dilihat oleh pegawai perangkat daerahnya');
  });

  it('draws a month without respondents as a gap, on an axis from a round number to 100', () => {
    const m = months([70, 75, null, 80, 90]);
    const g = trendGeometry(m, { width: 320, height: 132 });
    expect(g.floor).toBe(60);
    expect(g.segments).toHaveLength(2);
    expect(g.segments[0]!.split(' ')).toHaveLength(2);
    expect(g.points[2]!.y).toBeNull();
    expect(g.y(100)).toBeLessThan(g.y(80));
    expect(trendFloor(months([40.5]))).toBe(30);
    expect(trendFloor(months([99]))).toBe(60);
    expect(trendSummary(m)).toMatchObject({
      rated: 4,
      best: { month: '2026-05', ikm: 90 },
      worst: { month: '2026-01', ikm: 70 },
      last: { month: '2026-05' },
    });
    // The grade floors drawn are those of the regulation (and of @pamong/core).
    expect(gradeOf(GRADE_FLOORS.A).grade).toBe('A');
    expect(gradeOf(GRADE_FLOORS.A - 0.01).grade).toBe('B');
    expect(gradeOf(GRADE_FLOORS.B).grade).toBe('B');
    expect(gradeOf(GRADE_FLOORS.B - 0.01).grade).toBe('C');
    expect(gradeOf(GRADE_FLOORS.C).grade).toBe('C');
    expect(gradeOf(GRADE_FLOORS.C - 0.01).grade).toBe('D');
  });
});

describe('the reason of a rating that departs from the suggestion', () => {
  const field = (over: Partial<Parameters<typeof RatingReasonField>[0]> = {}) =>
    render(
      h(RatingReasonField, {
        id: 'reason',
        value: '',
        onInput: () => {},
        suggested: null,
        chosen: null,
        optionalLabel: 'Alasan (opsional)',
        optionalHint: 'Opsional: dasar penilaian.',
        ...over,
      }),
    );

  it('is optional while the choice follows the suggestion', () => {
    const html = field();
    expect(html).toContain('Alasan (opsional)');
    expect(html).not.toContain('required');
    expect(html).not.toContain('wajib');
  });

  it('appears as required, saying what the IKM suggests, when another predikat is chosen', () => {
    const html = field({ suggested: 'Istimewa', chosen: 'Baik' });
    expect(html).toContain('Alasan <span class="ikm-required">(wajib)</span>');
    expect(html).toMatch(/<textarea[^>]*required/);
    expect(html).toContain('aria-required="true"');
    expect(html).toContain('IKM menyarankan Istimewa. Jelaskan mengapa organisasi ini dinilai Baik');
  });

  it("shows the API's 400 at reason in Indonesian next to the field, keeping what was typed", () => {
    // The problem the API answers (see functions/performance, rateOrganisation).
    const error = ApiError.fromProblem(400, {
      type: 'https://pamong.id/problems/validation',
      title: 'Validation failed',
      status: 400,
      detail: "The unit's IKM suggests ISTIMEWA: give the reason for BAIK.",
      errors: [
        { path: 'reason', message: 'is required when the predikat differs from the one the IKM suggests' },
      ],
    });
    expect(isReasonRefusal(error)).toBe(true);
    expect(suggestedFromDetail(error.detail)).toBe('ISTIMEWA');
    // The server's reading names the predikat, even when the form knew another (or none).
    const message = reasonRefusalText(ikmId, error.detail, null, predikatName);
    expect(message).toBe(
      'Tuliskan alasan memilih predikat selain Istimewa, predikat yang disarankan dari IKM.',
    );
    const html = field({ suggested: 'Istimewa', chosen: 'Baik', value: 'Antrean panjang', error: message });
    expect(html).toContain('Antrean panjang</textarea>');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain(`<p class="field-error" id="reason-error">${message}</p>`);
    expect(html).toContain('aria-describedby="reason-hint reason-error"');
    expect(html).not.toMatch(CODES);
    // Another refusal is not this one.
    expect(isReasonRefusal(new ApiError(409, 'conflict', 'Conflict', 'finalised'))).toBe(false);
    expect(
      isReasonRefusal(
        new ApiError(400, 'validation', 'Validation failed', undefined, [
          { path: 'reason', message: 'Too big: expected string to have <=2000 characters' },
        ]),
      ),
    ).toBe(false);
    expect(suggestedFromDetail(undefined)).toBeNull();
  });

  it('lists a rating with the IKM it was given with, and says when it departed', () => {
    const ikm = evaluation({
      ikm: 90.1,
      grade: 'A',
      respondents: 14,
      indicative: false,
      suggestedPredikat: 'ISTIMEWA',
    });
    const departed = render(h(IkmSnapshot, { ikm, predikat: 'BAIK', predikatName }));
    expect(departed).toContain('IKM saat dinilai');
    expect(departed).toContain('90,10 · mutu A (Sangat Baik)');
    expect(departed).toContain('14 responden');
    expect(departed).toContain('disarankan Istimewa');
    expect(departed).toContain('berbeda dari saran');
    const followed = render(h(IkmSnapshot, { ikm, predikat: 'ISTIMEWA', predikatName }));
    expect(followed).not.toContain('berbeda dari saran');
    expect(render(h(IkmSnapshot, { ikm: evaluation(), predikat: 'BAIK', predikatName }))).toContain(
      'indikatif, tanpa saran',
    );
    expect(render(h(IkmSnapshot, { ikm: null, predikat: 'BAIK', predikatName }))).toBe('');
  });
});

describe("the unit head's automatic IKM item", () => {
  const IKM_ITEM = '01M95H0000000000000000I001';
  const TYPED_ITEM = '01M95H0000000000000000I002';
  const skp = (over: Partial<SkpDetail> = {}): SkpDetail => ({
    id: 'skp-agus',
    employeeId: 'emp-agus',
    employeeName: 'Agus Pratama',
    nip: null,
    agencyId: 'ag-dukcapil',
    unitId: 'unit-layanan',
    unitName: 'Bidang Pelayanan',
    positionName: 'Kepala Bidang Pelayanan',
    period: { start: '2026-01', end: '2026-12' },
    appraiser: { id: 'emp-hasan', name: 'Hasan Basri' },
    appraiserSuperior: null,
    status: 'draft',
    revision: 0,
    items: [
      {
        id: IKM_ITEM,
        text: 'IKM unit ≥ 76.61',
        indicators: [
          {
            text: 'Indeks Kepuasan Masyarakat unit layanan',
            target: { kind: 'quality', value: 76.61, unit: 'IKM' },
          },
        ],
        parentItemId: null,
        expectation: null,
        source: 'ikm',
      },
      {
        id: TYPED_ITEM,
        text: 'Antrean KTP-el selesai hari itu',
        indicators: [{ text: 'Permohonan selesai', target: { kind: 'quantity', value: 95, unit: '%' } }],
        parentItemId: null,
        expectation: null,
        source: 'manual',
      },
    ],
    behaviourExpectations: {},
    history: [],
    version: 1,
    createdAt: '2026-01-05T02:00:00.000Z',
    updatedAt: '2026-01-05T02:00:00.000Z',
    appraiserItems: [],
    realisations: [],
    feedback: [],
    can: {
      edit: true,
      submit: true,
      approve: false,
      revise: false,
      recordRealisation: true,
      addFeedback: false,
      assess: false,
      cascade: false,
    },
    ...over,
  });
  const settings = { ...DEFAULT_PERFORMANCE_SETTINGS, version: 0, updatedAt: null } as PerformanceSettings;

  it('is marked "otomatis dari SKM" in the plan editor: no text to edit, no delete button', () => {
    const html = render(
      h(PlanEditor, {
        detail: skp(),
        notice: null,
        onSaved: async () => {},
        onSubmitted: async () => {},
        onStale: async () => {},
      }),
    );
    expect(html).toContain('Otomatis dari SKM');
    expect(html).toContain('ditambahkan otomatis');
    // Its text and target are shown, in the reader's digits, never as fields.
    expect(html).toContain('IKM unit ≥ 76,61');
    expect(html).toContain('76,61 IKM');
    expect(html).not.toContain('name="items.0.text"');
    expect(html).not.toContain('name="items.0.indicators.0.target.value"');
    expect(html).not.toContain('aria-label="Hapus hasil kerja 1"');
    // The typed item stays editable and removable; the IKM item keeps its expectation field.
    expect(html).toContain('name="items.1.text"');
    expect(html).toContain('aria-label="Hapus hasil kerja 2"');
    expect(html).toContain('name="items.0.expectation"');
  });

  it('shows its realisations as filled from the survey, with no way to type one', () => {
    const detail = skp({
      status: 'approved',
      can: { ...skp().can, edit: false },
      realisations: [
        {
          itemId: IKM_ITEM,
          period: { start: '2026-10', end: '2026-12' },
          value: 81.25,
          note: '10 responden SKM, mutu B',
          evidence: [],
          source: 'survey',
          recordedByName: 'SKM',
          recordedAt: '2026-11-10T02:00:00.000Z',
        },
      ],
    });
    const html = render(
      h(Realisations, {
        item: detail.items[0]!,
        n: 1,
        detail,
        settings,
        realisations: detail.realisations,
        reload: async () => {},
      }),
    );
    expect(html).toContain('IKM 81,25');
    expect(html).toContain('10 responden SKM, mutu B (Baik)');
    expect(html).toContain('target 76,61 tercapai');
    expect(html).toContain('otomatis dari SKM');
    expect(html).toContain('Realisasinya diisi otomatis dari survei');
    expect(html).not.toContain('Catat realisasi');
    // A typed item of the same SKP can still be recorded.
    const typed = render(
      h(Realisations, {
        item: detail.items[1]!,
        n: 2,
        detail,
        settings,
        realisations: [],
        reload: async () => {},
      }),
    );
    expect(typed).toContain('Catat realisasi');
  });

  it("reads the API's SKM note back, and leaves any other note as it is", () => {
    expect(surveyNoteParts('131 responden SKM, mutu B')).toEqual({ respondents: 131, grade: 'B' });
    expect(surveyNoteParts('Dicatat manual')).toBeNull();
    expect(surveyNoteParts(null)).toBeNull();
  });
});

describe("a survey unit's org unit", () => {
  const units = [
    { id: 'u-sd', name: 'Bidang Pembinaan SD' },
    { id: 'u-sek', name: 'Sekretariat' },
    { id: 'u-ab', name: 'Bidang Anak Berkebutuhan Khusus' },
  ];

  it("offers the agency's units by name, keeping a linked unit that is no longer active", () => {
    expect(orgUnitOptions(units, null).map((o) => o.name)).toEqual([
      'Bidang Anak Berkebutuhan Khusus',
      'Bidang Pembinaan SD',
      'Sekretariat',
    ]);
    expect(orgUnitOptions(units, { id: 'u-sd', name: 'Bidang Pembinaan SD' })).toHaveLength(3);
    expect(orgUnitOptions(units, { id: 'u-lama', name: 'Bidang Lama' }).at(-1)).toEqual({
      value: 'u-lama',
      name: 'Bidang Lama',
      gone: true,
    });
  });

  it('sends the org unit only when it changed, the whole agency as null', () => {
    expect(orgUnitPatch('', null)).toEqual({});
    expect(orgUnitPatch('u-sd', 'u-sd')).toEqual({});
    expect(orgUnitPatch('u-sd', null)).toEqual({ orgUnitId: 'u-sd' });
    expect(orgUnitPatch('', 'u-sd')).toEqual({ orgUnitId: null });
  });

  it('names the select and its choices in both languages', () => {
    expect(surveysId.units.orgUnit).toBe('Melayani unit kerja');
    expect(surveysId.units.wholeAgency).toBe('Seluruh perangkat daerah');
    expect(surveysEn.units.orgUnit).toBeTruthy();
    expect(surveysId.units.orgUnitGone('Bidang Lama')).toBe('Bidang Lama (tidak aktif)');
  });
});

describe('the IKM target of the settings', () => {
  it('reads 25 to 100 as typed in either language, with two decimals at most, as the API takes it', () => {
    expect(readIkmTarget('76,61')).toEqual({ value: 76.61 });
    expect(readIkmTarget('76.61')).toEqual({ value: 76.61 });
    expect(readIkmTarget(' 80 ')).toEqual({ value: 80 });
    expect(readIkmTarget('25')).toEqual({ value: 25 });
    expect(readIkmTarget('100')).toEqual({ value: 100 });
    expect(readIkmTarget('')).toEqual({ problem: 'required' });
    expect(readIkmTarget('tujuh puluh')).toEqual({ problem: 'number' });
    expect(readIkmTarget('-5')).toEqual({ problem: 'number' });
    expect(readIkmTarget('101')).toEqual({ problem: 'range' });
    expect(readIkmTarget('24,99')).toEqual({ problem: 'range' });
    expect(readIkmTarget('76,615')).toEqual({ problem: 'decimals' });
    expect(DEFAULT_PERFORMANCE_SETTINGS.ikmTarget).toBe(76.61);
  });

  it('says each problem in Indonesian', () => {
    expect(ikmId.settings.problems).toEqual({
      required: 'Isi target IKM.',
      number: 'Isi angka, misalnya 76,61.',
      range: 'Target IKM antara 25 dan 100.',
      decimals: 'Paling banyak dua angka di belakang koma, misalnya 76,61.',
    });
  });
});

describe('words', () => {
  const paths = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      v && typeof v === 'object' ? paths(v, `${prefix}${k}.`) : [`${prefix}${k}`],
    );

  it('has the same texts in both languages, here and on the survey pages', () => {
    expect(paths(ikmEn).sort()).toEqual(paths(ikmId).sort());
    expect(paths(surveysEn).sort()).toEqual(paths(surveysId).sort());
  });

  it('names the grades as PermenPANRB 14/2017 does', () => {
    expect(ikmId.grades).toEqual({ A: 'Sangat Baik', B: 'Baik', C: 'Kurang Baik', D: 'Tidak Baik' });
    for (const g of ['A', 'B', 'C', 'D'] as const)
      expect(ikmId.grades[g]).toBe(gradeOf(g === 'A' ? 90 : g === 'B' ? 80 : g === 'C' ? 70 : 50).label);
  });
});
