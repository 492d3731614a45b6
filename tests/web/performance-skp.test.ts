import {
  type AppError,
  assertSkpApproved,
  assertSkpEditable,
  BERAKHLAK_LABELS,
  BERAKHLAK_VALUES,
  CADENCES,
  cascadeResultSchema,
  cascadeSkpItems,
  DEFAULT_DISTRIBUTION_TABLE,
  DEFAULT_PERFORMANCE_SETTINGS,
  DEFAULT_PREDIKAT_MATRIX,
  ORG_PREDIKATS,
  PREDIKAT_LABELS,
  PREDIKATS,
  RATINGS,
  recordSkpRealisationSchema,
  SKP_ACTIONS,
  SKP_STATUSES,
  skpPlanIssues,
  TARGET_KINDS,
  transitionSkp,
  updatePerformanceSettingsSchema,
  updateSkpPlanSchema,
} from '@pamong/core';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../web/src/i18n';
import { skpEn } from '../../web/src/pages/performance/i18n/skp-en';
import { skpId } from '../../web/src/pages/performance/i18n/skp-id';
import type {
  PerformanceSettings,
  SkpCascade,
  SkpDetail,
  SkpWithItems,
} from '../../web/src/pages/performance/skp-api';
import {
  assessmentPeriodsOf,
  cascadeBody,
  cascadeTree,
  checkPlanDraft,
  checkRealisationDraft,
  checkSettingsDraft,
  currentPeriod,
  distributionRuleText,
  emptyItem,
  matrixChanges,
  type PeriodName,
  parseNumber,
  performanceYearAt,
  periodFromKey,
  periodKey,
  periodName,
  placeErrors,
  planBody,
  planDraftOf,
  planFieldPaths,
  planIsDirty,
  realisationBody,
  realisationsOf,
  settingsBody,
  settingsDraftOf,
  skpFieldErrors,
  skpRefusal,
  skpRuleMessage,
  statusTone,
  supportersOf,
  yearFromQuery,
  yearPeriod,
} from '../../web/src/pages/performance/skp-model';
import { SkpStatusBadge, YearSwitch } from '../../web/src/pages/performance/skp-parts';
import { PERFORMANCE_TABS, performanceTabsFor } from '../../web/src/pages/performance/tabs';
import { canOpen, navFor } from '../../web/src/routes';

/** SKP pages (issue 14 §1, §6): the plan body, the API's rules in words, the cascade tree, periods, settings. */

const words = skpId.rules;

/** Ids as the API gives them (26-character ULIDs). */
const ITEM1 = '01M95H0000000000000000A001';
const ITEM2 = '01M95H0000000000000000A002';
const BOSS1 = '01M95H0000000000000000B001';
const BOSS2 = '01M95H0000000000000000B002';

/** An SKP as getSkp answers it, with two items: one typed, one cascaded from the appraiser's item. */
function detail(over: Partial<SkpDetail> = {}): SkpDetail {
  return {
    id: 'skp-dewi',
    employeeId: 'emp-dewi',
    employeeName: 'Dewi Lestari',
    nip: '199304242019102001',
    agencyId: 'ag-disdik',
    unitId: 'unit-sma',
    unitName: 'Bidang Pembinaan SMA',
    positionName: 'Guru Ahli Pertama',
    period: { start: '2026-01', end: '2026-12' },
    appraiser: { id: 'emp-budi', name: 'Budi Santoso' },
    appraiserSuperior: { id: 'emp-ridwan', name: 'Ridwan Marzuki' },
    status: 'draft',
    revision: 0,
    items: [
      {
        id: ITEM1,
        text: 'Meningkatnya mutu layanan SMA',
        indicators: [
          { text: 'SMA terakreditasi minimal B', target: { kind: 'quality', value: 85, unit: '%' } },
          { text: 'Rencana peningkatan mutu', target: { kind: 'quantity', value: 12, unit: 'dokumen' } },
        ],
        parentItemId: BOSS1,
        expectation: null,
        source: 'cascade',
      },
      {
        id: ITEM2,
        text: 'Laporan pemantauan akreditasi',
        indicators: [{ text: 'Laporan per triwulan', target: { kind: 'time', value: 4, unit: 'laporan' } }],
        parentItemId: null,
        expectation: 'Paling lambat tanggal 10',
        source: 'manual',
      },
    ],
    behaviourExpectations: { AKUNTABEL: 'Laporan keuangan tepat waktu' },
    history: [],
    version: 3,
    createdAt: '2026-01-05T02:00:00.000Z',
    updatedAt: '2026-01-06T02:00:00.000Z',
    appraiserItems: [
      { id: BOSS1, text: 'Mutu layanan pendidikan SMA' },
      { id: BOSS2, text: 'Pembinaan kepala sekolah' },
    ],
    realisations: [],
    feedback: [],
    can: {
      edit: true,
      submit: true,
      approve: false,
      revise: false,
      recordRealisation: false,
      addFeedback: false,
      assess: false,
      cascade: false,
    },
    ...over,
  };
}

describe('the plan as edited and the body sent for it', () => {
  it('sends each item with its id, text, indicators, parent and expectation, never its source', () => {
    const draft = planDraftOf(detail());
    const body = planBody(draft, 3);
    expect(body.version).toBe(3);
    expect(body.items).toEqual([
      {
        id: ITEM1,
        text: 'Meningkatnya mutu layanan SMA',
        indicators: [
          { text: 'SMA terakreditasi minimal B', target: { kind: 'quality', value: 85, unit: '%' } },
          { text: 'Rencana peningkatan mutu', target: { kind: 'quantity', value: 12, unit: 'dokumen' } },
        ],
        parentItemId: BOSS1,
        expectation: null,
      },
      {
        id: ITEM2,
        text: 'Laporan pemantauan akreditasi',
        indicators: [{ text: 'Laporan per triwulan', target: { kind: 'time', value: 4, unit: 'laporan' } }],
        parentItemId: null,
        expectation: 'Paling lambat tanggal 10',
      },
    ]);
    for (const item of body.items) expect(item).not.toHaveProperty('source');
    expect(body.behaviourExpectations).toEqual({ AKUNTABEL: 'Laporan keuangan tepat waktu' });
    // What is sent is what the API takes (a strict schema: `source` would be refused).
    expect(updateSkpPlanSchema.safeParse(body).success).toBe(true);
    expect(
      updateSkpPlanSchema.safeParse({ ...body, items: [{ ...body.items[0], source: 'cascade' }] }).success,
    ).toBe(false);
  });

  it('sends a new item without an id, trimmed, with a decimal comma read, blanks left out', () => {
    const draft = planDraftOf(detail({ items: [], behaviourExpectations: {} }));
    const item = emptyItem();
    item.text = '  Tersusunnya laporan  ';
    item.parentItemId = BOSS2;
    item.expectation = '   ';
    item.indicators[0] = {
      ...item.indicators[0]!,
      text: ' Laporan ',
      kind: 'quality',
      value: '97,5',
      unit: ' % ',
    };
    draft.items.push(item);
    draft.behaviour.KOMPETEN = '   ';
    draft.behaviour.LOYAL = ' Menjaga rahasia jabatan ';
    const body = planBody(draft, 1);
    expect(body.items).toEqual([
      {
        text: 'Tersusunnya laporan',
        indicators: [{ text: 'Laporan', target: { kind: 'quality', value: 97.5, unit: '%' } }],
        parentItemId: BOSS2,
        expectation: null,
      },
    ]);
    expect(body.behaviourExpectations).toEqual({ LOYAL: 'Menjaga rahasia jabatan' });
    expect(updateSkpPlanSchema.safeParse(body).success).toBe(true);
  });

  it('reads numbers as typed', () => {
    expect(parseNumber('12')).toBe(12);
    expect(parseNumber(' 12,5 ')).toBe(12.5);
    expect(parseNumber('0.25')).toBe(0.25);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('12 dokumen')).toBeNull();
    expect(parseNumber('1e3')).toBeNull();
  });

  it('knows when the form holds unsaved changes', () => {
    const skp = detail();
    const draft = planDraftOf(skp);
    expect(planIsDirty(draft, skp)).toBe(false);
    // "12.0" is the same target as 12.
    draft.items[0]!.indicators[1]!.value = '12.0';
    expect(planIsDirty(draft, skp)).toBe(false);
    draft.items[1]!.expectation = 'Paling lambat tanggal 5';
    expect(planIsDirty(draft, skp)).toBe(true);
    const moved = planDraftOf(skp);
    moved.items.reverse();
    expect(planIsDirty(moved, skp)).toBe(true);
  });

  it('checks the plan before sending, at the API’s field paths, in words', () => {
    const draft = planDraftOf(detail());
    draft.items[0]!.text = ' ';
    draft.items[0]!.indicators[0]!.value = '120';
    draft.items[0]!.indicators[1]!.value = 'dua belas';
    draft.items[1]!.indicators[0]!.value = '0';
    draft.items[1]!.indicators[0]!.unit = '';
    expect(checkPlanDraft(draft, words)).toEqual({
      'items.0.text': 'Wajib diisi.',
      'items.0.indicators.0.target.value': 'Target kualitas berupa persentase: paling tinggi 100.',
      'items.0.indicators.1.target.value': 'Isi dengan angka, mis. 12 atau 12,5.',
      'items.1.indicators.0.target.value': 'Target harus lebih dari 0.',
      'items.1.indicators.0.target.unit': 'Wajib diisi.',
    });
    const none = planDraftOf(detail({ items: [] }));
    expect(checkPlanDraft(none, words)).toEqual({});
    expect(checkPlanDraft(none, words, true)).toEqual({
      items: 'Tambahkan paling sedikit satu hasil kerja sebelum mengajukan SKP.',
    });
    const bare = planDraftOf(detail());
    bare.items[1]!.indicators = [];
    expect(checkPlanDraft(bare, words)).toEqual({
      'items.1.indicators': 'Setiap hasil kerja memerlukan paling sedikit satu indikator.',
    });
  });

  it('lists every field the form shows, so an error lands at its field', () => {
    const paths = planFieldPaths(planDraftOf(detail()));
    expect(paths.has('items.0.parentItemId')).toBe(true);
    expect(paths.has('items.0.indicators.1.target.unit')).toBe(true);
    expect(paths.has('items.2.text')).toBe(false);
    expect(paths.has('behaviourExpectations.KOLABORATIF')).toBe(true);
  });
});

describe('the API’s broken rules in Bahasa Indonesia', () => {
  const plan = {
    employeeId: 'emp-dewi',
    period: { start: '2026-01', end: '2026-12' },
    appraiserId: 'emp-budi',
    behaviourExpectations: {},
  };
  const item = (over: object = {}) => ({
    id: 'i1',
    text: 'Laporan',
    indicators: [{ text: 'Laporan', target: { kind: 'quantity' as const, value: 4, unit: 'laporan' } }],
    parentItemId: 'boss-1',
    ...over,
  });
  const appraiserSkp = {
    employeeId: 'emp-budi',
    status: 'approved',
    period: { start: '2026-01', end: '2026-12' },
    itemIds: ['boss-1'],
  };

  it('says each rule of the plan, as the API words it, in the reader’s words', () => {
    const said = (issues: { path: string; message: string }[]) => skpFieldErrors(issues, words);
    expect(
      said(
        skpPlanIssues(
          { ...plan, items: [item()] },
          { appraiserSkp: { ...appraiserSkp, status: 'submitted' } },
        ),
      ),
    ).toEqual({
      'items.0.parentItemId':
        'SKP pejabat penilai belum disetujui, jadi hasil kerjanya belum dapat didukung.',
    });
    expect(said(skpPlanIssues({ ...plan, items: [item()] }, { appraiserSkp: null }))).toEqual({
      'items.0.parentItemId':
        'Pejabat penilai belum memiliki SKP untuk tahun ini, jadi belum ada hasil kerja yang dapat didukung.',
    });
    expect(
      said(skpPlanIssues({ ...plan, items: [item({ parentItemId: 'gone' })] }, { appraiserSkp })),
    ).toEqual({
      'items.0.parentItemId': 'Hasil kerja ini tidak ada (lagi) di SKP pejabat penilai. Pilih yang lain.',
    });
    const targets = skpPlanIssues(
      {
        ...plan,
        items: [
          item({
            parentItemId: null,
            indicators: [
              { text: 'Mutu', target: { kind: 'quality', value: 101, unit: '%' } },
              { text: 'Jumlah', target: { kind: 'quantity', value: 0, unit: 'dokumen' } },
            ],
          }),
        ],
      },
      { appraiserSkp },
    );
    expect(said(targets)).toEqual({
      'items.0.indicators.0.target.value': 'Target kualitas berupa persentase: paling tinggi 100.',
      'items.0.indicators.1.target.value': 'Target harus lebih dari 0.',
    });
    expect(said(skpPlanIssues({ ...plan, items: [] }, { appraiserSkp, forSubmission: true }))).toEqual({
      items: 'Tambahkan paling sedikit satu hasil kerja sebelum mengajukan SKP.',
    });
  });

  it('says the schema’s own messages in words too', () => {
    const parsed = updateSkpPlanSchema.safeParse({
      items: [{ text: '', indicators: [], parentItemId: null }],
      behaviourExpectations: {},
      version: 1,
    });
    expect(parsed.success).toBe(false);
    const errors = parsed.error!.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    expect(skpFieldErrors(errors, words)).toEqual({
      'items.0.text': 'Wajib diisi.',
      'items.0.indicators': words.invalid,
    });
    const link = recordSkpRealisationSchema.safeParse({
      itemId: '01M95GYH06NNBTFFFZWN30TPAB',
      period: { start: '2026-10', end: '2026-12' },
      value: -1,
      evidence: [{ kind: 'link', url: 'http://drive.example.go.id/x' }],
    });
    const linkErrors = link.error!.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    expect(skpFieldErrors(linkErrors, words)).toEqual({
      value: 'Paling sedikit 0.',
      'evidence.0.url': 'Tuliskan tautan lengkap yang diawali https://',
    });
    const settings = updatePerformanceSettingsSchema.safeParse({
      minRaters: 2,
      matrix: {
        ...DEFAULT_PREDIKAT_MATRIX,
        below: { ...DEFAULT_PREDIKAT_MATRIX.below, above: 'SANGAT_BAIK' },
      },
      version: 0,
    });
    const settingsErrors = settings.error!.issues.map((i) => ({
      path: i.path.join('.'),
      message: i.message,
    }));
    expect(skpFieldErrors(settingsErrors, words)).toEqual({
      minRaters: 'Paling sedikit 3.',
      // The cell a higher rating gives a worse predikat in: the one above the changed cell.
      'matrix.meets.above': words.matrixOrder,
    });
  });

  it('says the realisation service’s rules', () => {
    expect(skpRuleMessage("is outside the SKP's period 2026-01 to 2026-12", words)).toBe(
      'Periode ini di luar periode SKP.',
    );
    expect(
      skpRuleMessage(
        'must be a quarterly assessment period of the year starting 2026-01, or the whole year',
        words,
      ),
    ).toBe('Pilih salah satu periode penilaian dari daftar.');
    expect(skpRuleMessage('attaching documents is not available yet: give an https link', words)).toBe(
      'Unggah dokumen belum tersedia; cantumkan tautan https.',
    );
    expect(skpRuleMessage('is not a direct subordinate of Budi Santoso', words)).toBe(
      'Pegawai ini bukan bawahan langsung Anda.',
    );
    expect(skpRuleMessage('something new the API says', words)).toBe(words.invalid);
    // Two rules at one field are said together, each once.
    expect(
      skpFieldErrors(
        [
          { path: 'value', message: 'must be above 0' },
          { path: 'value', message: 'must be above 0' },
          { path: 'value', message: 'is a percentage: at most 100' },
        ],
        words,
      ),
    ).toEqual({ value: 'Target harus lebih dari 0. Target kualitas berupa persentase: paling tinggi 100.' });
  });

  it('puts an error at the nearest field shown, and says the rest without a path', () => {
    const shown = new Set([
      'items',
      'items.0.text',
      'items.0.indicators.0',
      'items.0.indicators.0.target.value',
    ]);
    expect(
      placeErrors(
        {
          'items.0.indicators.0.target': 'A',
          'items.0.indicators.0.target.value': 'B',
          'items.0.text': 'C',
          'items.7.text': 'D',
          appraiserId: 'E',
          reason: 'E',
        },
        shown,
      ),
    ).toEqual({
      fields: {
        'items.0.indicators.0': 'A',
        'items.0.indicators.0.target.value': 'B',
        'items.0.text': 'C',
        items: 'D',
      },
      general: ['E'],
    });
  });

  it('tells the refusals apart by the API’s detail', () => {
    const detailOf = (run: () => unknown) => {
      try {
        run();
      } catch (err) {
        return (err as AppError).message;
      }
      throw new Error('did not refuse');
    };
    expect(skpRefusal(detailOf(() => assertSkpEditable('approved')))).toBe('approved-locked');
    expect(skpRefusal(detailOf(() => assertSkpEditable('submitted')))).toBe('submitted-locked');
    expect(skpRefusal(detailOf(() => assertSkpApproved('draft')))).toBe('not-approved');
    expect(
      skpRefusal(
        detailOf(() =>
          transitionSkp({ status: 'approved', revision: 0 }, 'approve', {
            actorEmployeeId: 'emp-budi',
            ownerId: 'emp-dewi',
            appraiserId: 'emp-budi',
            at: '2026-01-01T00:00:00Z',
          }),
        ),
      ),
    ).toBe('wrong-state');
    expect(
      skpRefusal(
        detailOf(() =>
          cascadeSkpItems({
            superiorSkp: {
              id: 's',
              employeeId: 'emp-budi',
              status: 'draft',
              period: { start: '2026-01', end: '2026-12' },
              appraiserId: 'emp-ridwan',
              items: [],
            },
            subordinates: [{ employeeId: 'emp-dewi', skp: null }],
            newItemId: () => 'x',
          }),
        ),
      ),
    ).toBe('cascade-not-approved');
    // The service's own details (packages/db/src/repos/performance/skp.ts).
    expect(
      skpRefusal(
        'Dewi Lestari already has an SKP for 2026-01 to 2026-12. Open it instead of creating another.',
      ),
    ).toBe('exists');
    expect(
      skpRefusal(
        'Ridwan Marzuki has no direct superior in the org structure, so the SKP has no appraiser. Place a leader over the unit first.',
      ),
    ).toBe('no-appraiser');
    expect(skpRefusal('Dewi Lestari has no direct subordinates in the org structure to cascade to.')).toBe(
      'no-subordinates',
    );
    expect(skpRefusal('The SKP changed and is no longer approved.')).toBe('changed');
    expect(skpRefusal(undefined)).toBe('other');
  });
});

describe('the cascade', () => {
  const summary = (id: string, name: string, items: SkpWithItems['items']): SkpWithItems => ({
    id,
    employeeId: `emp-${id}`,
    employeeName: name,
    nip: null,
    unitId: 'unit-sma',
    unitName: 'Bidang SMA',
    positionName: null,
    period: { start: '2026-01', end: '2026-12' },
    appraiser: { id: 'emp-budi', name: 'Budi Santoso' },
    status: 'draft',
    revision: 0,
    version: 1,
    updatedAt: '2026-01-06T02:00:00.000Z',
    itemCount: items.length,
    items,
  });
  const it_ = (id: string, text: string, parentItemId: string | null) => ({
    id,
    text,
    indicators: [{ text, target: { kind: 'quantity' as const, value: 1, unit: 'dokumen' } }],
    parentItemId,
    expectation: null,
    source: parentItemId ? ('cascade' as const) : ('manual' as const),
  });
  const level: SkpCascade = {
    skp: summary('budi', 'Budi Santoso', [
      it_('b1', 'Mutu layanan SMA', null),
      it_('b2', 'Pembinaan kepala sekolah', null),
    ]),
    subordinates: [
      summary('dewi', 'Dewi Lestari', [
        it_('d1', 'Mutu layanan SMA', 'b1'),
        it_('d2', 'Laporan akreditasi', 'b1'),
        it_('d3', 'Arsip sekolah', null),
      ]),
      summary('eko', 'Eko Prasetyo', [
        it_('e1', 'Pembinaan kepala sekolah', 'b2'),
        it_('e2', 'Tugas lama', 'gone'),
      ]),
      summary('fitri', 'Fitri Subagyo', []),
    ],
  };

  it('hangs each subordinate item under the item it supports, by parentItemId', () => {
    const tree = cascadeTree(level);
    expect(
      tree.items.map((n) => [n.item.id, n.supporters.map((s) => `${s.skp.employeeName}:${s.item.id}`)]),
    ).toEqual([
      ['b1', ['Dewi Lestari:d1', 'Dewi Lestari:d2']],
      ['b2', ['Eko Prasetyo:e1']],
    ]);
    // Items that support none of the level's items, and subordinates with no item yet.
    expect(tree.unlinked.map((u) => [u.skp.employeeName, u.items.map((i) => i.id)])).toEqual([
      ['Dewi Lestari', ['d3']],
      ['Eko Prasetyo', ['e2']],
    ]);
    expect(tree.empty.map((s) => s.employeeName)).toEqual(['Fitri Subagyo']);
    // A subordinate's own level is read the same way: its items' supporters.
    expect(supportersOf(level, 'b2').map((s) => s.item.text)).toEqual(['Pembinaan kepala sekolah']);
    expect(supportersOf(level, 'nothing')).toEqual([]);
  });

  it('leaves out the items when all are chosen, and the subordinates for “all direct subordinates”', () => {
    expect(cascadeBody('skp-budi', ['b1', 'b2'], new Set(['b2', 'b1']), 'all')).toEqual({
      skpId: 'skp-budi',
    });
    expect(cascadeBody('skp-budi', ['b1', 'b2', 'b3'], new Set(['b3', 'b1']), ['emp-dewi'])).toEqual({
      skpId: 'skp-budi',
      itemIds: ['b1', 'b3'],
      subordinateIds: ['emp-dewi'],
    });
  });

  it('says every refusal reason of the API in words', () => {
    const reasons = cascadeResultSchema.shape.refused.element.shape.reason.options;
    for (const dict of [skpId, skpEn])
      for (const r of reasons) expect(dict.cascade.reasons[r], r).toBeTruthy();
  });
});

describe('periods', () => {
  const monthId = (m: string) =>
    new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${m}-01T00:00:00Z`),
    );
  const monthNameId = (m: string) =>
    new Intl.DateTimeFormat('id-ID', { month: 'long', timeZone: 'UTC' }).format(
      new Date(`${m}-01T00:00:00Z`),
    );
  const say = (p: PeriodName) => skpId.period(p, monthId, monthNameId);

  it('names a year, a quarter, a half-year and a month as people say them', () => {
    expect(say(periodName({ start: '2026-01', end: '2026-12' }, 1))).toBe('Tahun 2026');
    expect(say(periodName({ start: '2026-10', end: '2026-12' }, 1))).toBe(
      'Triwulan IV (Oktober–Desember 2026)',
    );
    expect(say(periodName({ start: '2026-07', end: '2026-12' }, 1))).toBe('Semester II (Juli–Desember 2026)');
    expect(say(periodName({ start: '2026-03', end: '2026-03' }, 1))).toBe('Maret 2026');
    expect(say(periodName({ start: '2026-02', end: '2026-04' }, 1))).toBe('Februari 2026 – April 2026');
    // A year starting in April: its first quarter is April-June, and the year says its months.
    expect(periodName({ start: '2026-04', end: '2026-06' }, 4)).toMatchObject({ kind: 'quarter', n: 1 });
    expect(periodName({ start: '2027-01', end: '2027-03' }, 4)).toMatchObject({ kind: 'quarter', n: 4 });
    expect(say(periodName({ start: '2026-04', end: '2027-03' }, 4))).toBe(
      'Tahun 2026 (April 2026 – Maret 2027)',
    );
  });

  it('knows the year of a day and its periods under the tenant’s settings', () => {
    expect(performanceYearAt('2026-12-06', 1)).toBe(2026);
    expect(performanceYearAt('2027-02-10', 4)).toBe(2026);
    expect(yearPeriod(2026, 1)).toEqual({ start: '2026-01', end: '2026-12' });
    const quarters = assessmentPeriodsOf(2026, { yearStartMonth: 1, cadence: 'quarterly' });
    expect(quarters.map(periodKey)).toEqual([
      '2026-01/2026-03',
      '2026-04/2026-06',
      '2026-07/2026-09',
      '2026-10/2026-12',
    ]);
    expect(currentPeriod(quarters, '2026-12-06')).toEqual({ start: '2026-10', end: '2026-12' });
    expect(currentPeriod(quarters, '2025-11-30')).toEqual({ start: '2026-01', end: '2026-03' });
    expect(currentPeriod(quarters, '2027-01-02')).toEqual({ start: '2026-10', end: '2026-12' });
    expect(periodFromKey('2026-10/2026-12')).toEqual({ start: '2026-10', end: '2026-12' });
    expect(periodFromKey('nope')).toBeNull();
  });

  it('reads the year from the URL within bounds', () => {
    expect(yearFromQuery(undefined, 2026)).toBe(2026);
    expect(yearFromQuery('2025', 2026)).toBe(2025);
    expect(yearFromQuery('2027', 2026)).toBe(2027);
    expect(yearFromQuery('2028', 2026)).toBe(2026);
    expect(yearFromQuery('1999', 2026)).toBe(2026);
    expect(yearFromQuery('abc', 2026)).toBe(2026);
  });
});

describe('realisation', () => {
  const draft = {
    itemId: 'item-1',
    period: { start: '2026-10', end: '2026-12' },
    value: '80,5',
    note: '  Data BAN-S/M  ',
    links: ['https://drive.lampungprov.go.id/disdik/akreditasi.pdf', '  ', 'https://sekolah.id/laporan'],
  };

  it('sends links only, blanks dropped, the value read', () => {
    const body = realisationBody(draft);
    expect(body).toEqual({
      itemId: 'item-1',
      period: { start: '2026-10', end: '2026-12' },
      value: 80.5,
      note: 'Data BAN-S/M',
      evidence: [
        { kind: 'link', url: 'https://drive.lampungprov.go.id/disdik/akreditasi.pdf' },
        { kind: 'link', url: 'https://sekolah.id/laporan' },
      ],
    });
    expect(realisationBody({ ...draft, note: ' ', links: [''] })).not.toHaveProperty('note');
    expect(
      recordSkpRealisationSchema.safeParse({ ...body, itemId: '01M95GYH06NNBTFFFZWN30TPAB' }).success,
    ).toBe(true);
  });

  it('asks for an https link and a number of at least 0', () => {
    expect(
      checkRealisationDraft(
        {
          ...draft,
          value: '-1',
          links: ['http://drive.example.go.id/x', 'https://ok.go.id/a', 'drive.go.id'],
        },
        words,
      ),
    ).toEqual({
      value: 'Realisasi tidak boleh kurang dari 0.',
      'evidence.0.url': 'Tuliskan tautan lengkap yang diawali https://',
      'evidence.2.url': 'Tuliskan tautan lengkap yang diawali https://',
    });
    expect(checkRealisationDraft({ ...draft, period: null, value: '' }, words)).toMatchObject({
      period: 'Pilih salah satu.',
      value: 'Wajib diisi.',
    });
    expect(checkRealisationDraft({ ...draft, links: [] }, words)).toEqual({});
  });

  it('lists an item’s realisations in period order', () => {
    const r = (itemId: string, start: string, end: string) => ({ itemId, period: { start, end } });
    expect(
      realisationsOf(
        [r('a', '2026-10', '2026-12'), r('b', '2026-01', '2026-03'), r('a', '2026-04', '2026-06')],
        'a',
      ),
    ).toEqual([r('a', '2026-04', '2026-06'), r('a', '2026-10', '2026-12')]);
  });
});

describe('settings', () => {
  const saved = {
    ...DEFAULT_PERFORMANCE_SETTINGS,
    version: 2,
    updatedAt: '2026-02-01T00:00:00Z',
  } as PerformanceSettings;

  it('sends only what changed, with the version read; nothing when nothing did', () => {
    const draft = settingsDraftOf(saved);
    expect(settingsBody(draft, saved)).toBeNull();
    draft.minRaters = '5';
    draft.matrix.meets.meets = 'BUTUH_PERBAIKAN';
    draft.cadence = 'semester';
    expect(settingsBody(draft, saved)).toEqual({
      version: 2,
      minRaters: 5,
      cadence: 'semester',
      matrix: {
        ...DEFAULT_PREDIKAT_MATRIX,
        meets: { ...DEFAULT_PREDIKAT_MATRIX.meets, meets: 'BUTUH_PERBAIKAN' },
      },
    });
    expect(matrixChanges(draft.matrix, DEFAULT_PREDIKAT_MATRIX)).toEqual(['meets.meets']);
    // Editing never touches the settings read.
    expect(saved.matrix.meets.meets).toBe('BAIK');
  });

  it('checks the matrix order and the numbers before sending', () => {
    const draft = settingsDraftOf(saved);
    draft.matrix.below.above = 'SANGAT_BAIK';
    draft.minRaters = '2';
    draft.talentPoolYears = '1,5';
    draft.persistYears = '';
    expect(checkSettingsDraft(draft, words)).toEqual({
      'matrix.meets.above': words.matrixOrder,
      minRaters: 'Isi dengan angka bulat 3 sampai 20.',
      talentPoolYears: 'Isi dengan angka bulat.',
      persistYears: 'Wajib diisi.',
    });
    expect(checkSettingsDraft(settingsDraftOf(saved), words)).toEqual({});
  });

  it('says the distribution table in words', () => {
    const s = skpId.settings;
    const say = (rule: (typeof DEFAULT_DISTRIBUTION_TABLE)['BAIK'][number]) =>
      distributionRuleText(rule as PerformanceSettings['distribution']['BAIK'][number], {
        predikat: (p) => skpId.predikats[p]!,
        or: s.or,
        max: s.max,
        min: s.min,
        some: s.some,
      });
    expect(DEFAULT_DISTRIBUTION_TABLE.BAIK.map(say)).toEqual([
      'paling banyak 70% Baik',
      'harus ada pegawai Butuh Perbaikan atau Kurang/Misconduct',
    ]);
    expect(DEFAULT_DISTRIBUTION_TABLE.SANGAT_KURANG.map(say)).toEqual([
      'paling sedikit 60% Sangat Kurang',
      'paling sedikit 10% Kurang/Misconduct atau Butuh Perbaikan',
      'paling banyak 0% Sangat Baik',
    ]);
  });
});

describe('words', () => {
  const paths = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      v && typeof v === 'object' ? paths(v, `${prefix}${k}.`) : [`${prefix}${k}`],
    );

  it('has the same texts in both languages', () => {
    expect(paths(skpEn).sort()).toEqual(paths(skpId).sort());
  });

  it('names every value, kind, status, action, predikat, rating and cadence, never by its code', () => {
    expect(skpId.berakhlak).toEqual(BERAKHLAK_LABELS);
    expect(skpId.predikats).toEqual(PREDIKAT_LABELS);
    for (const dict of [skpId, skpEn]) {
      for (const v of BERAKHLAK_VALUES) expect(dict.berakhlak[v], v).toBeTruthy();
      for (const k of TARGET_KINDS) expect(dict.targetKinds[k], k).toBeTruthy();
      for (const s of SKP_STATUSES) expect(dict.statuses[s], s).toBeTruthy();
      for (const s of SKP_STATUSES) expect(dict.statusHints[s], s).toBeTruthy();
      for (const a of SKP_ACTIONS) expect(dict.history.did[a], a).toBeTruthy();
      for (const p of PREDIKATS) expect(dict.predikats[p], p).toBeTruthy();
      for (const p of ORG_PREDIKATS) expect(dict.orgPredikats[p], p).toBeTruthy();
      for (const r of RATINGS) expect(dict.ratings[r], r).toBeTruthy();
      for (const c of CADENCES) expect(dict.cadences[c], c).toBeTruthy();
    }
    expect(skpId.targetKinds).toEqual({ quantity: 'Kuantitas', quality: 'Kualitas', time: 'Waktu' });
    expect(statusTone('draft')).toBe('draft');
    expect(statusTone('submitted')).toBe('waiting');
    expect(statusTone('approved')).toBe('ok');
  });

  it('renders the status and the year switch in the reader’s words', () => {
    const html = renderToString(
      h(I18nProvider, null, [
        h(SkpStatusBadge, { status: 'submitted' }),
        h(YearSwitch, { year: 2026, max: 2027, onChange: () => {} }),
      ]),
    );
    expect(html).toContain('>Diajukan<');
    expect(html).toContain('aria-label="Tahun sebelumnya (2025)"');
    expect(html).toContain('aria-label="Tahun berikutnya (2027)"');
    expect(html).not.toContain('submitted');
  });
});

describe('pages and roles', () => {
  it('opens the SKP pages and the team to every tenant role, the settings to admins', () => {
    for (const role of ['tenant-admin', 'agency-admin', 'supervisor', 'employee'] as const) {
      expect(canOpen(role, '/performance/skp'), role).toBe(true);
      expect(canOpen(role, '/performance/skp/:skpId'), role).toBe(true);
      expect(canOpen(role, '/performance/team'), role).toBe(true);
      expect(navFor(role).find((n) => n.label === 'performance')?.href, role).toBe('/performance/skp');
    }
    expect(canOpen('supervisor', '/performance/settings')).toBe(false);
    expect(canOpen('employee', '/performance/settings')).toBe(false);
    expect(canOpen('agency-admin', '/performance/settings')).toBe(true);
    expect(canOpen('tenant-admin', '/performance/settings')).toBe(true);
    expect(canOpen('applicant', '/performance/skp')).toBe(false);
    expect(canOpen('platform-admin', '/performance/team')).toBe(false);
  });

  it('shows each role the tabs of the pages it may open, in order', () => {
    const keys = (role: Parameters<typeof performanceTabsFor>[0]) =>
      performanceTabsFor(role).map((t) => t.key);
    expect(keys('employee')).toContain('mySkp');
    expect(keys('employee')).toContain('team');
    expect(keys('employee')).not.toContain('settings');
    expect(keys('agency-admin')).toContain('settings');
    // In the order of the bar; tabs of pages not registered yet are left out.
    const order = PERFORMANCE_TABS.map((t) => t.key);
    const shown = keys('tenant-admin');
    expect(shown).toEqual(order.filter((k) => shown.includes(k)));
    for (const key of order) expect(skpId.tabs[key]).toBeTruthy();
    expect(skpId.tabs.mySkp).toBe('Rencana SKP saya');
  });
});
