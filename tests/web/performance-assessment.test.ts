import {
  annualPeriod,
  assessmentPeriods,
  BERAKHLAK_VALUES,
  DEFAULT_DISTRIBUTION_TABLE,
  DEFAULT_PREDIKAT_MATRIX,
  distributionLimits,
  ORG_PREDIKATS,
  PREDIKATS,
  predikatOf,
  RATINGS,
  unitHeadHasilKerjaIssues,
  validatePeriod,
} from '@pamong/core';
import { describe, expect, it } from 'vitest';
import type {
  Assessment,
  AssessmentDistribution,
  DistributionLimit,
  SkpSummary,
} from '../../web/src/pages/performance/assessment-api';
import {
  BERAKHLAK_CODES,
  capChart,
  capShort,
  capText,
  checkRatingDraft,
  currentChoice,
  headedOrg,
  headRule,
  isBelow,
  livePredikat,
  ORG_PREDIKAT_CODES,
  PREDIKAT_CODES,
  parseDecimal,
  performanceYearOf,
  periodChoices,
  periodFromKey,
  periodText,
  predikatTone,
  RATING_CODES,
  type RatingDraft,
  rateableUnits,
  ratingBody,
  refusalOf,
  refusedCaps,
  sentRows,
  teamRows,
  teamUnits,
  waitingCount,
} from '../../web/src/pages/performance/assessment-model';
import {
  currentSkp,
  formsView,
  mySkpView,
  PERFORMANCE_TILE_WORDS,
  waitingFor,
  waitingView,
} from '../../web/src/pages/performance/assessment-tiles';
import { assessmentEn } from '../../web/src/pages/performance/i18n/assessment-en';
import { assessmentId } from '../../web/src/pages/performance/i18n/assessment-id';

/**
 * The assessment and organisation-rating pages' pure helpers (web/src/pages/performance/
 * assessment-model.ts) and the performance home tiles, checked against the API's own rules in
 * @pamong/core where there is one: the same matrix, the same periods, the same caps.
 */

const fmt = (n: number) => new Intl.NumberFormat('id-ID').format(n);

const skp = (over: Partial<SkpSummary> = {}): SkpSummary => ({
  id: 'S1',
  employeeId: 'E1',
  employeeName: 'Dewi Lestari',
  nip: null,
  unitId: 'U1',
  unitName: 'Bidang SMA',
  positionName: 'Guru Ahli Pertama',
  period: { start: '2026-01', end: '2026-12' },
  appraiser: { id: 'A1', name: 'Budi Santoso' },
  status: 'approved',
  revision: 0,
  version: 3,
  updatedAt: '2026-02-01T00:00:00Z',
  itemCount: 2,
  ...over,
});

const assessment = (over: Partial<Assessment> = {}): Assessment => ({
  skpId: 'S1',
  employeeId: 'E1',
  employeeName: 'Dewi Lestari',
  nip: null,
  agencyId: 'AG',
  unitId: 'U1',
  unitName: 'Bidang SMA',
  period: { start: '2026-10', end: '2026-12' },
  hasilKerja: 'meets',
  perilaku: 'meets',
  perilakuNotes: {},
  predikat: 'BAIK',
  hasilKerjaFrom: 'appraiser',
  orgPredikat: null,
  appraiser: { id: 'A1', name: 'Budi Santoso' },
  assessedByName: 'Budi Santoso',
  assessedAt: '2026-12-06T03:00:00Z',
  createdAt: '2026-12-06T03:00:00Z',
  version: 1,
  ...over,
});

describe('vocabularies', () => {
  it("keeps the API's codes and their order", () => {
    expect(RATING_CODES).toEqual(RATINGS);
    expect(PREDIKAT_CODES).toEqual(PREDIKATS);
    expect(ORG_PREDIKAT_CODES).toEqual(ORG_PREDIKATS);
    expect(BERAKHLAK_CODES).toEqual(BERAKHLAK_VALUES);
  });

  it('names every code in both languages, the predikats as the regulation does in Indonesian', () => {
    for (const t of [assessmentId, assessmentEn]) {
      for (const p of PREDIKAT_CODES) expect(t.predikat[p]).toBeTruthy();
      for (const p of ORG_PREDIKAT_CODES) expect(t.orgPredikat[p]).toBeTruthy();
      for (const r of RATING_CODES) expect(t.ratings[r]).toBeTruthy();
      for (const v of BERAKHLAK_CODES) expect(t.berakhlak[v]).toBeTruthy();
    }
    expect(assessmentId.predikat).toEqual({
      SANGAT_BAIK: 'Sangat Baik',
      BAIK: 'Baik',
      BUTUH_PERBAIKAN: 'Butuh Perbaikan',
      KURANG: 'Kurang',
      SANGAT_KURANG: 'Sangat Kurang',
    });
    expect(assessmentId.ratings.above).toBe('Di atas ekspektasi');
    expect(assessmentId.orgPredikat.ISTIMEWA).toBe('Istimewa');
    expect(assessmentId.berakhlak.BERORIENTASI_PELAYANAN).toBe('Berorientasi Pelayanan');
  });

  it('colours predikats by how good they are', () => {
    expect(predikatTone('SANGAT_BAIK')).toBe('best');
    expect(predikatTone('ISTIMEWA')).toBe('best');
    expect(predikatTone('BAIK')).toBe('good');
    expect(predikatTone('BUTUH_PERBAIKAN')).toBe('fix');
    expect(predikatTone('KURANG')).toBe('poor');
    expect(predikatTone('SANGAT_KURANG')).toBe('poor');
  });
});

describe('the predikat shown live', () => {
  it('gives, for every cell of the default matrix, what the API computes', () => {
    for (const h of RATING_CODES)
      for (const p of RATING_CODES)
        expect(livePredikat(DEFAULT_PREDIKAT_MATRIX, h, p), `${h} × ${p}`).toBe(predikatOf(h, p));
    expect(livePredikat(DEFAULT_PREDIKAT_MATRIX, 'above', 'above')).toBe('SANGAT_BAIK');
    expect(livePredikat(DEFAULT_PREDIKAT_MATRIX, 'below', 'meets')).toBe('BUTUH_PERBAIKAN');
    expect(livePredikat(DEFAULT_PREDIKAT_MATRIX, 'below', 'below')).toBe('SANGAT_KURANG');
  });

  it("follows a tenant's own matrix, not the default", () => {
    const strict = {
      ...DEFAULT_PREDIKAT_MATRIX,
      meets: { above: 'BAIK', meets: 'BUTUH_PERBAIKAN', below: 'KURANG' },
    } as const;
    expect(livePredikat(strict, 'meets', 'meets')).toBe('BUTUH_PERBAIKAN');
    expect(livePredikat(strict, 'above', 'meets')).toBe('BAIK');
  });

  it('waits for both ratings', () => {
    expect(livePredikat(DEFAULT_PREDIKAT_MATRIX, 'above', null)).toBeNull();
    expect(livePredikat(DEFAULT_PREDIKAT_MATRIX, null, 'meets')).toBeNull();
    expect(livePredikat(DEFAULT_PREDIKAT_MATRIX, undefined, undefined)).toBeNull();
  });
});

describe('periods from the cadence', () => {
  const quarterly = { yearStartMonth: 1, cadence: 'quarterly' as const };

  it('offers the four quarters of a calendar year, then the year, exactly as the API validates them', () => {
    const choices = periodChoices(2026, quarterly);
    expect(choices.map((c) => c.key)).toEqual([
      '2026-01/2026-03',
      '2026-04/2026-06',
      '2026-07/2026-09',
      '2026-10/2026-12',
      '2026-01/2026-12',
    ]);
    expect(choices.map((c) => c.kind)).toEqual(['quarter', 'quarter', 'quarter', 'quarter', 'year']);
    expect(choices.slice(0, 4)).toMatchObject(assessmentPeriods(2026, quarterly));
    expect(choices[4]).toMatchObject(annualPeriod(2026, quarterly));
    for (const c of choices)
      expect(validatePeriod(c, { settings: quarterly, kind: 'assessment' }), c.key).toEqual([]);
  });

  it('follows a year starting in April, monthly and semester cadences', () => {
    for (const settings of [
      { yearStartMonth: 4, cadence: 'semester' as const },
      { yearStartMonth: 4, cadence: 'monthly' as const },
      { yearStartMonth: 7, cadence: 'quarterly' as const },
    ]) {
      const choices = periodChoices(2026, settings);
      expect(choices.filter((c) => c.kind !== 'year')).toMatchObject(assessmentPeriods(2026, settings));
      for (const c of choices) expect(validatePeriod(c, { settings, kind: 'assessment' })).toEqual([]);
    }
    const semesters = periodChoices(2026, { yearStartMonth: 4, cadence: 'semester' });
    expect(semesters.map((c) => c.key)).toEqual(['2026-04/2026-09', '2026-10/2027-03', '2026-04/2027-03']);
    expect(periodChoices(2026, { yearStartMonth: 1, cadence: 'monthly' })).toHaveLength(13);
  });

  it('opens on the period holding today; a past year on its last, a coming year on its first', () => {
    const choices = periodChoices(2026, quarterly);
    expect(currentChoice(choices, '2026-12-06')?.key).toBe('2026-10/2026-12');
    expect(currentChoice(choices, '2026-04-01')?.key).toBe('2026-04/2026-06');
    expect(currentChoice(choices, '2027-02-10')?.key).toBe('2026-10/2026-12');
    expect(currentChoice(choices, '2025-11-30')?.key).toBe('2026-01/2026-03');
  });

  it('names the performance year of a month when the year starts in April', () => {
    expect(performanceYearOf('2026-03', 4)).toBe(2025);
    expect(performanceYearOf('2026-04-15', 4)).toBe(2026);
    expect(performanceYearOf('2026-12', 1)).toBe(2026);
  });

  it('says a period in words, whatever cadence it was written under', () => {
    const w = assessmentId.periods;
    expect(periodText({ start: '2026-10', end: '2026-12' }, 1, w)).toBe('Triwulan IV 2026');
    expect(periodText({ start: '2026-01', end: '2026-12' }, 1, w)).toBe('Tahun 2026');
    expect(periodText({ start: '2026-07', end: '2026-12' }, 1, w)).toBe('Semester II 2026');
    expect(periodText({ start: '2026-03', end: '2026-03' }, 1, w)).toBe('Maret 2026');
    expect(periodText({ start: '2026-04', end: '2027-03' }, 4, w)).toBe('Tahun 2026');
    expect(periodText({ start: '2026-02', end: '2026-04' }, 1, w)).toBe('Feb 2026 – Apr 2026');
    expect(periodText({ start: '2026-10', end: '2026-12' }, 1, assessmentEn.periods)).toBe('Quarter IV 2026');
  });

  it('reads a period key back, and refuses what is not one', () => {
    expect(periodFromKey('2026-10/2026-12')).toEqual({ start: '2026-10', end: '2026-12' });
    expect(periodFromKey('2026-12/2026-10')).toBeNull();
    expect(periodFromKey('2026-13/2026-12')).toBeNull();
    expect(periodFromKey(undefined)).toBeNull();
  });
});

describe('the distribution against its caps', () => {
  /** The distribution as the API answers it, from core's own limits. */
  const dist = (
    org: (typeof ORG_PREDIKATS)[number],
    counts: Record<string, number>,
  ): AssessmentDistribution => {
    const full = Object.fromEntries(
      PREDIKATS.map((p) => [p, counts[p] ?? 0]),
    ) as AssessmentDistribution['counts'];
    const limits = distributionLimits(org, full, DEFAULT_DISTRIBUTION_TABLE).map(
      (l, index): DistributionLimit => ({
        index,
        rule: l.rule as DistributionLimit['rule'],
        bound: l.bound,
        allowed: l.count,
        given: l.given,
        status: l.ok ? 'ok' : 'exceeded',
        label: l.label,
      }),
    );
    const total = Object.values(full).reduce((a, b) => a + b, 0);
    return {
      org: { kind: 'unit', id: 'U1', agencyId: 'AG', name: 'Bidang SMA' },
      period: { start: '2026-10', end: '2026-12' },
      counts: full,
      total,
      version: total,
      orgRating: { predikat: org, version: 1 },
      limits,
      status: limits.every((l) => l.status === 'ok') ? 'ok' : 'exceeded',
      finalised: false,
      finalisation: null,
    };
  };

  it('charts given against allowed per cap of a unit rated Baik, the broken ones marked', () => {
    const d = dist('BAIK', { SANGAT_BAIK: 1, BAIK: 4 });
    expect(capChart(d, assessmentId.caps)).toEqual({
      labels: ['Baik (maks. 70%)', 'Butuh Perbaikan atau Kurang (min. 1 orang)'],
      given: [4, 0],
      allowed: [3, 1],
      broken: [true, true],
    });
    const fixed = dist('BAIK', { SANGAT_BAIK: 1, BAIK: 4, BUTUH_PERBAIKAN: 1 });
    expect(capChart(fixed, assessmentId.caps)).toMatchObject({
      given: [4, 1],
      allowed: [4, 1],
      broken: [false, false],
    });
  });

  it('charts nothing for an organisation not rated yet', () => {
    const d = { ...dist('BAIK', { BAIK: 2 }), orgRating: null, limits: [], status: 'unrated' as const };
    expect(capChart(d, assessmentId.caps)).toEqual({ labels: [], given: [], allowed: [], broken: [] });
  });

  it('says each cap with its numbers, in both languages', () => {
    const d = dist('KURANG', { KURANG: 6, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 1, BAIK: 2 });
    expect(d.limits.map((l) => capText(l, d.total, assessmentId.caps))).toEqual([
      'Paling sedikit 6 dari 10 pegawai berpredikat Kurang (60%)',
      'Paling sedikit 1 dari 10 pegawai berpredikat Butuh Perbaikan (10%)',
      'Paling banyak 1 dari 10 pegawai berpredikat Sangat Baik (10%)',
    ]);
    expect(capShort(d.limits[2]!, assessmentEn.caps)).toBe('Very good (max. 10%)');
    const some = dist('BAIK', {}).limits[1]!;
    expect(capText(some, 0, assessmentId.caps)).toBe(
      'Harus ada pegawai berpredikat Butuh Perbaikan atau Kurang (belum berlaku: belum ada yang dinilai)',
    );
  });

  it("names the caps of a 409 by their index, with the API's numbers", () => {
    const d = dist('BAIK', { SANGAT_BAIK: 1, BAIK: 4 });
    const errors = [
      { path: 'distribution.0', message: 'at most 3 of 5 may be Baik (70%); 4 given' },
      {
        path: 'distribution.1',
        message: 'at least 1 of 5 must be Butuh Perbaikan or Kurang/Misconduct (at least one); 0 given',
      },
    ];
    const caps = refusedCaps(errors, d.limits);
    expect(
      caps.map(({ index, allowed, given, total, bound }) => ({ index, allowed, given, total, bound })),
    ).toEqual([
      { index: 0, allowed: 3, given: 4, total: 5, bound: 'at-most' },
      { index: 1, allowed: 1, given: 0, total: 5, bound: 'at-least' },
    ]);
    expect(caps[0]!.limit?.rule).toEqual({ kind: 'max', predikats: ['BAIK'], percent: 70 });
    // Unknown paths are not caps; a cap missing from the distribution still has its numbers.
    expect(refusedCaps([{ path: 'period', message: 'x' }], d.limits)).toEqual([]);
    expect(
      refusedCaps([{ path: 'distribution.5', message: 'at most 2 of 9 may be X (10%); 3 given' }], []),
    ).toEqual([{ index: 5, limit: null, allowed: 2, given: 3, total: 9, bound: 'at-most' }]);
  });

  it("tells the API's refusals apart", () => {
    expect(
      refusalOf(
        'The assessments of the unit Bidang SMA for 2026-10 to 2026-12 are finalised; nothing can change them now.',
      ),
    ).toBe('finalised');
    expect(refusalOf('The assessments of the unit X for 2026-10 to 2026-12 are already finalised.')).toBe(
      'finalised',
    );
    expect(
      refusalOf(
        'Budi Santoso heads the unit Bidang SMA, which has no rating for 2026-10 to 2026-12: rate the unit first, since their hasil kerja follows it.',
      ),
    ).toBe('headUnrated');
    expect(
      refusalOf(
        'The unit X has no rating for 2026-10 to 2026-12: rate it first, since its rating sets the caps.',
      ),
    ).toBe('unrated');
    expect(refusalOf('The unit X has no assessments for 2026-10 to 2026-12 to finalise.')).toBe('empty');
    expect(refusalOf('The SKP is submitted; it must be approved first.')).toBe('notApproved');
    expect(refusalOf("The organisation's rating changed meanwhile. Reload it and assess again.")).toBe(
      'changed',
    );
    expect(refusalOf(undefined)).toBeNull();
  });

  it("reads a unit head's hasil-kerja rule off the API's 400", () => {
    const [issue] = unitHeadHasilKerjaIssues(
      'above',
      'BAIK',
      { ISTIMEWA: 'above', BAIK: 'meets', BUTUH_PERBAIKAN: 'below', KURANG: 'below', SANGAT_KURANG: 'below' },
      'unit',
    );
    expect(headRule(issue!.message)).toEqual({ expected: 'meets', orgPredikat: 'BAIK' });
    const [sk] = unitHeadHasilKerjaIssues(
      'above',
      'SANGAT_KURANG',
      { ISTIMEWA: 'above', BAIK: 'meets', BUTUH_PERBAIKAN: 'below', KURANG: 'below', SANGAT_KURANG: 'below' },
      'agency',
    );
    expect(headRule(sk!.message)).toEqual({ expected: 'below', orgPredikat: 'SANGAT_KURANG' });
    expect(headRule('must be one of above, meets, below')).toBeNull();
  });
});

describe('the team and its organisations', () => {
  const period = { start: '2026-10', end: '2026-12' };
  const team = [
    skp({ id: 'S2', employeeId: 'E2', employeeName: 'Bambang Prasetyo' }),
    skp({ id: 'S1' }),
    skp({ id: 'S3', employeeId: 'E3', employeeName: 'Eni', status: 'submitted' }),
    skp({ id: 'S4', employeeId: 'E4', employeeName: 'Ahmad Mansyur' }),
  ];

  it('lists the team by name, each with its assessment of exactly the chosen period', () => {
    const rows = teamRows(
      team,
      [
        assessment({ skpId: 'S2', predikat: 'SANGAT_BAIK' }),
        assessment({ skpId: 'S1', period: { start: '2026-07', end: '2026-09' } }),
      ],
      period,
    );
    expect(rows.map((r) => [r.skp.employeeName, r.assessment?.predikat ?? null])).toEqual([
      ['Ahmad Mansyur', null],
      ['Bambang Prasetyo', 'SANGAT_BAIK'],
      ['Dewi Lestari', null],
      ['Eni', null],
    ]);
    // Approved and not assessed: Ahmad and Dewi; Eni's SKP is not approved yet.
    expect(waitingCount(rows)).toBe(2);
    // Once the unit's period is final, nothing waits there any more.
    expect(waitingCount(rows, (unitId) => unitId === 'U1')).toBe(0);
  });

  // The Dinas of the demo: Sekretariat (U0, where the Kepala Dinas sits) with Subbagian Umum (U0a)
  // under it; Bidang SMA (U1) with Seksi Kurikulum (U1a) under it; Bidang SMK (U2).
  const tree: Record<string, string | null> = { U0: null, U0a: 'U0', U1: null, U1a: 'U1', U2: null };
  const parentOf = (id: string) => tree[id] ?? null;

  it('knows which unit lies below which', () => {
    expect(isBelow('U1a', 'U1', parentOf)).toBe(true);
    expect(isBelow('U1', 'U1', parentOf)).toBe(false);
    expect(isBelow('U2', 'U0', parentOf)).toBe(false);
    // A loop in the tree ends the walk.
    expect(isBelow('A', 'Z', (id) => (id === 'A' ? 'B' : 'A'))).toBe(false);
  });

  it('shows an appraiser the organisation they most likely head: their unit, or the agency', () => {
    expect(teamUnits(team)).toEqual([{ id: 'U1', name: 'Bidang SMA', count: 4 }]);
    // A Kabid appraising the staff of the Bidang and the head of a section under it heads the Bidang.
    expect(headedOrg(team, 'AG', 'U1', parentOf)).toEqual({ kind: 'unit', id: 'U1' });
    expect(headedOrg([...team, skp({ id: 'S9', unitId: 'U1a' })], 'AG', 'U1', parentOf)).toEqual({
      kind: 'unit',
      id: 'U1',
    });
    // The Kepala Dinas (in the Sekretariat) appraising one Kabid heads the agency, not the Bidang.
    const kabid = [skp({ id: 'K1', unitId: 'U1', unitName: 'Bidang SMA' })];
    expect(headedOrg(kabid, 'AG', 'U0', parentOf)).toEqual({ kind: 'agency', id: 'AG' });
    // Without their own unit: the team's one unit, or the agency when it spans several.
    expect(headedOrg(kabid, 'AG', null, parentOf)).toEqual({ kind: 'unit', id: 'U1' });
    expect(headedOrg([...kabid, skp({ id: 'K2', unitId: 'U2' })], 'AG', null, parentOf)).toEqual({
      kind: 'agency',
      id: 'AG',
    });
    expect(headedOrg([], 'AG', 'U1', parentOf)).toEqual({ kind: 'agency', id: 'AG' });
  });

  it('offers a head the units of the people they appraise; their own only when they head the agency', () => {
    const heads = [
      skp({ id: 'K1', unitId: 'U2', unitName: 'Bidang SMK' }),
      skp({ id: 'K2', unitId: 'U1', unitName: 'Bidang SMA' }),
      skp({ id: 'K3', unitId: 'U0', unitName: 'Sekretariat' }),
    ];
    // The Kepala Dinas rates the Bidang and the Sekretariat (headed by the Sekretaris).
    expect(rateableUnits(heads, 'U0', true)).toEqual([
      { id: 'U1', name: 'Bidang SMA' },
      { id: 'U2', name: 'Bidang SMK' },
      { id: 'U0', name: 'Sekretariat' },
    ]);
    // A Kabid rates the section under the Bidang, never the Bidang.
    expect(
      rateableUnits([...team, skp({ id: 'S9', unitId: 'U1a', unitName: 'Seksi Kurikulum' })], 'U1', false),
    ).toEqual([{ id: 'U1a', name: 'Seksi Kurikulum' }]);
    // A unit head whose team all works in their own unit rates nothing.
    expect(rateableUnits(team, 'U1', false)).toEqual([]);
  });
});

describe('an organisation rating as the form holds it', () => {
  const draft = (over: Partial<RatingDraft> = {}): RatingDraft => ({
    org: { kind: 'unit', id: 'U1' },
    predikat: 'BAIK',
    indicators: [{ text: '', target: '', realisation: '' }],
    reason: '',
    ...over,
  });
  const period = { start: '2026-10', end: '2026-12' };

  it('reads numbers as they are typed in either language', () => {
    expect(parseDecimal('92,5')).toBe(92.5);
    expect(parseDecimal('92.5')).toBe(92.5);
    expect(parseDecimal('1.250,5')).toBe(1250.5);
    expect(parseDecimal(' 40 ')).toBe(40);
    expect(parseDecimal('-3')).toBe(-3);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('sembilan')).toBeNull();
    expect(parseDecimal('9,5,1')).toBeNull();
  });

  it('sends exactly one organisation, drops empty indicator rows, and leaves out an empty reason', () => {
    expect(ratingBody(draft(), period)).toEqual({ unitId: 'U1', period, predikat: 'BAIK', indicators: [] });
    expect(
      ratingBody(
        draft({
          org: { kind: 'agency', id: 'AG' },
          predikat: 'ISTIMEWA',
          indicators: [
            { text: '', target: '', realisation: '' },
            { text: ' APK SMA ', target: '90', realisation: '91,5' },
          ],
          reason: ' Capaian IKU melampaui target ',
        }),
        period,
      ),
    ).toEqual({
      agencyId: 'AG',
      period,
      predikat: 'ISTIMEWA',
      indicators: [{ text: 'APK SMA', target: 90, realisation: 91.5 }],
      reason: 'Capaian IKU melampaui target',
    });
  });

  it('names what is missing by the paths the API uses, and maps its paths back to the rows', () => {
    const rows = [
      { text: 'Sekolah terbina', target: '40', realisation: 'tiga puluh' },
      { text: '', target: '', realisation: '' },
      { text: '', target: '5', realisation: '4' },
    ];
    expect(checkRatingDraft(draft({ org: null, predikat: null, indicators: rows }))).toEqual({
      unitId: 'org',
      predikat: 'predikat',
      'indicators.0.realisation': 'number',
      'indicators.2.text': 'text',
    });
    expect(ratingBody(draft({ indicators: rows }), period)).toBeNull();
    expect(sentRows(rows)).toEqual([0, 2]);
  });
});

describe('the performance home tiles', () => {
  const w = PERFORMANCE_TILE_WORDS.id;

  it("shows one's own SKP of the period holding today, and what to do without one", () => {
    const older = skp({ id: 'S0', period: { start: '2025-01', end: '2025-12' } });
    const now = skp({ id: 'S1', status: 'submitted' });
    expect(currentSkp([now, older], '2026-12-06')?.id).toBe('S1');
    expect(currentSkp([older], '2026-12-06')?.id).toBe('S0');
    expect(currentSkp([], '2026-12-06')).toBeNull();
    expect(mySkpView({ skp: now }, w)).toEqual({
      value: 'Diajukan',
      text: true,
      hint: 'SKP 2026 · pejabat penilai Budi Santoso',
      tone: undefined,
    });
    expect(mySkpView({ skp: skp() }, w).tone).toBe('good');
    expect(mySkpView({ skp: skp({ status: 'draft' }) }, w).tone).toBe('attention');
    expect(mySkpView({ skp: null }, PERFORMANCE_TILE_WORDS.en)).toMatchObject({
      value: 'No SKP yet',
      tone: 'attention',
    });
  });

  it('counts approved team SKPs without an assessment of the current period', () => {
    const period = { start: '2026-10', end: '2026-12' };
    const team = [
      skp({ id: 'S1' }),
      skp({ id: 'S2' }),
      skp({ id: 'S3', status: 'submitted' }),
      skp({ id: 'S4', period: { start: '2025-01', end: '2025-12' } }),
    ];
    const assessed = [
      { skpId: 'S1', period },
      { skpId: 'S2', period: { start: '2026-07', end: '2026-09' } },
    ];
    expect(waitingFor(team, assessed, period)).toBe(1);
    expect(waitingView({ count: 1, atLeast: false, period, yearStartMonth: 1 }, w, fmt)).toEqual({
      value: '1',
      hint: 'SKP tim yang belum dinilai, triwulan IV 2026',
      tone: 'attention',
    });
    expect(waitingView({ count: 0, atLeast: true, period, yearStartMonth: 1 }, w, fmt)).toMatchObject({
      value: '0+',
      tone: 'good',
    });
  });

  it('counts the 360 forms to fill, and leaves the tile out for someone never asked', () => {
    expect(formsView({ count: 2, total: 3, atLeast: false }, w, fmt)).toEqual({
      value: '2',
      hint: 'jawaban tanpa nama penilai',
      tone: 'attention',
    });
    expect(formsView({ count: 0, total: 3, atLeast: false }, w, fmt)).toEqual({
      value: '0',
      hint: 'semua formulir sudah diisi',
      tone: undefined,
    });
    expect(formsView({ count: 0, total: 0, atLeast: false }, w, fmt)).toBeNull();
  });
});
