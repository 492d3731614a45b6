import { describe, expect, it } from 'vitest';
import {
  assessSkpSchema,
  cascadeSkpItemsSchema,
  createCoachingPlanSchema,
  createSkpSchema,
  finaliseSkpAssessmentsSchema,
  openFeedbackRoundSchema,
  performancePeriodSchema,
  recordSkpRealisationSchema,
  skpTransitionSchema,
  submitFeedbackSchema,
} from '../schemas/performance';
import {
  DEFAULT_PERFORMANCE_SETTINGS,
  performanceSettingsSchema,
  predikatMatrixSchema,
  updatePerformanceSettingsSchema,
} from '../schemas/performance-settings';
import { DEFAULT_DISTRIBUTION_TABLE } from './distribution';
import { DEFAULT_PREDIKAT_MATRIX } from './predikat';

const ID = '01HZX3V9Q8W6M2K4T7R5N1P0AB';
const ID2 = '01HZX3V9Q8W6M2K4T7R5N1P0AC';
const year = { start: '2026-01', end: '2026-12' };
const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('tenant settings', () => {
  it('defaults to the rules’ values and parses', () => {
    expect(performanceSettingsSchema.parse(DEFAULT_PERFORMANCE_SETTINGS)).toEqual(
      DEFAULT_PERFORMANCE_SETTINGS,
    );
    expect(DEFAULT_PERFORMANCE_SETTINGS.matrix).toEqual(DEFAULT_PREDIKAT_MATRIX);
    expect(DEFAULT_PERFORMANCE_SETTINGS.distribution).toEqual(DEFAULT_DISTRIBUTION_TABLE);
    expect(DEFAULT_PERFORMANCE_SETTINGS.minRaters).toBe(3);
    expect(DEFAULT_PERFORMANCE_SETTINGS.ikmPredikat).toEqual({
      A: 'ISTIMEWA',
      B: 'BAIK',
      C: 'BUTUH_PERBAIKAN',
      D: 'KURANG',
    });
  });

  it('refuses a matrix where a better rating gives a worse predikat', () => {
    const r = predikatMatrixSchema.safeParse({
      ...DEFAULT_PREDIKAT_MATRIX,
      above: { above: 'SANGAT_BAIK', meets: 'SANGAT_KURANG', below: 'KURANG' },
    });
    expect(paths(r)).toEqual(['above.meets']);
  });

  it('refuses a minimum of raters below 3 and an empty update', () => {
    expect(paths(updatePerformanceSettingsSchema.safeParse({ minRaters: 2, version: 0 }))).toEqual([
      'minRaters',
    ]);
    expect(updatePerformanceSettingsSchema.safeParse({ version: 0 }).success).toBe(false);
    expect(updatePerformanceSettingsSchema.safeParse({ cadence: 'monthly', version: 3 }).success).toBe(true);
  });

  it('refuses a distribution table whose minimums pass 100%', () => {
    const r = updatePerformanceSettingsSchema.safeParse({
      distribution: {
        ...DEFAULT_DISTRIBUTION_TABLE,
        KURANG: [
          { kind: 'min', predikats: ['KURANG'], percent: 60 },
          { kind: 'min', predikats: ['BUTUH_PERBAIKAN'], percent: 50 },
        ],
      },
      version: 1,
    });
    expect(paths(r)).toEqual(['distribution.KURANG']);
  });
});

describe('inputs', () => {
  it('takes a period of at most 12 months, start first', () => {
    expect(performancePeriodSchema.safeParse(year).success).toBe(true);
    expect(paths(performancePeriodSchema.safeParse({ start: '2026-06', end: '2026-01' }))).toEqual(['end']);
    expect(paths(performancePeriodSchema.safeParse({ start: '2026-01', end: '2027-01' }))).toEqual(['end']);
  });

  it('creates an SKP with items, indicators and targets', () => {
    const ok = createSkpSchema.parse({
      period: year,
      items: [
        {
          text: 'Tersusunnya laporan',
          indicators: [{ text: 'Jumlah laporan', target: { kind: 'quantity', value: 4, unit: 'laporan' } }],
          parentItemId: ID,
        },
      ],
      behaviourExpectations: { AKUNTABEL: 'Tepat waktu' },
    });
    expect(ok.items[0]!.parentItemId).toBe(ID);
    const bad = createSkpSchema.safeParse({
      period: year,
      items: [
        { text: 'x', indicators: [{ text: 'Mutu', target: { kind: 'quality', value: 130, unit: '%' } }] },
        { text: 'y', indicators: [] },
      ],
      behaviourExpectations: { JUJUR: 'x' },
      appraiserId: ID,
    });
    expect(paths(bad)).toEqual(
      expect.arrayContaining([
        'items.0.indicators.0.target.value',
        'items.1.indicators',
        'behaviourExpectations',
        '',
      ]),
    );
  });

  it('cascades to all subordinates or a chosen set', () => {
    expect(cascadeSkpItemsSchema.safeParse({ skpId: ID }).success).toBe(true);
    expect(cascadeSkpItemsSchema.safeParse({ skpId: ID, subordinateIds: [ID2], itemIds: [ID] }).success).toBe(
      true,
    );
    expect(cascadeSkpItemsSchema.safeParse({ skpId: ID, subordinateIds: [] }).success).toBe(false);
  });

  it('needs a reason to return or revise', () => {
    expect(paths(skpTransitionSchema.safeParse({ action: 'revise', version: 2 }))).toEqual(['reason']);
    expect(skpTransitionSchema.safeParse({ action: 'approve', version: 2 }).success).toBe(true);
  });

  it('takes realisation evidence as documents or https links', () => {
    const base = { itemId: ID, period: { start: '2026-01', end: '2026-03' }, value: 3 };
    expect(
      recordSkpRealisationSchema.safeParse({
        ...base,
        evidence: [
          { kind: 'document', documentId: ID2, name: 'laporan.pdf' },
          { kind: 'link', url: 'https://drive.example.go.id/x' },
        ],
      }).success,
    ).toBe(true);
    // A document is named with the name to show; an id that is not a ULID, or no name, is refused.
    expect(
      paths(
        recordSkpRealisationSchema.safeParse({
          ...base,
          evidence: [
            { kind: 'document', documentId: 'x' },
            { kind: 'document', documentId: ID2, name: ' ' },
          ],
        }),
      ),
    ).toEqual(['evidence.0.documentId', 'evidence.0.name', 'evidence.1.name']);
    expect(
      paths(
        recordSkpRealisationSchema.safeParse({
          ...base,
          evidence: Array.from({ length: 11 }, () => ({ kind: 'link', url: 'https://x.example.go.id' })),
        }),
      ),
    ).toEqual(['evidence']);
    expect(
      paths(
        recordSkpRealisationSchema.safeParse({ ...base, evidence: [{ kind: 'link', url: 'http://x.id' }] }),
      ),
    ).toEqual(['evidence.0.url']);
  });

  it('assesses with two ratings and per-value notes', () => {
    expect(
      assessSkpSchema.safeParse({
        skpId: ID,
        period: year,
        hasilKerja: 'meets',
        perilaku: 'above',
        perilakuNotes: { LOYAL: 'Baik' },
      }).success,
    ).toBe(true);
    expect(
      paths(assessSkpSchema.safeParse({ skpId: ID, period: year, hasilKerja: 'great', perilaku: 'above' })),
    ).toEqual(['hasilKerja']);
  });

  it('finalises one organisation: a unit or an agency', () => {
    expect(finaliseSkpAssessmentsSchema.safeParse({ unitId: ID, period: year }).success).toBe(true);
    expect(
      paths(finaliseSkpAssessmentsSchema.safeParse({ unitId: ID, agencyId: ID2, period: year })),
    ).toEqual(['unitId']);
    expect(paths(finaliseSkpAssessmentsSchema.safeParse({ period: year }))).toEqual(['unitId']);
  });

  it('answers a 360 with all seven values on 1-5 and nothing naming the rater', () => {
    const scores = {
      BERORIENTASI_PELAYANAN: 5,
      AKUNTABEL: 4,
      KOMPETEN: 4,
      HARMONIS: 3,
      LOYAL: 5,
      ADAPTIF: 4,
      KOLABORATIF: 2,
    };
    expect(submitFeedbackSchema.safeParse({ scores, comment: 'Baik' }).success).toBe(true);
    expect(paths(submitFeedbackSchema.safeParse({ scores: { ...scores, LOYAL: 6 } }))).toEqual([
      'scores.LOYAL',
    ]);
    expect(submitFeedbackSchema.safeParse({ scores, raterId: ID }).success).toBe(false);
  });

  it('opens a round with each rater once', () => {
    const r = openFeedbackRoundSchema.safeParse({
      subject: { kind: 'employee', id: ID },
      period: year,
      raters: [
        { employeeId: ID2, relation: 'peer' },
        { employeeId: ID2, relation: 'subordinate' },
      ],
      closesOn: '2026-12-15',
    });
    expect(paths(r)).toEqual(['raters.1.employeeId']);
  });

  it('dates coaching check-ins in order', () => {
    const r = createCoachingPlanSchema.safeParse({
      employeeId: ID,
      period: year,
      goals: ['Laporan tepat waktu'],
      checkIns: [{ date: '2026-03-01' }, { date: '2026-02-01' }],
    });
    expect(paths(r)).toEqual(['checkIns.1.date']);
  });
});
