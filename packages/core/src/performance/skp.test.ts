import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import {
  type AppraiserSkpRef,
  assertSkpPlan,
  BERAKHLAK_LABELS,
  BERAKHLAK_VALUES,
  type CascadeSkp,
  cascadeSkpItems,
  MAX_SKP_ITEMS,
  type SkpItem,
  type SkpPlan,
  skpPlanIssues,
} from './skp';

const year = { start: '2026-01', end: '2026-12' };
const item = (id: string, extra: Partial<SkpItem> = {}): SkpItem => ({
  id,
  text: `Hasil kerja ${id}`,
  indicators: [{ text: 'Jumlah dokumen', target: { kind: 'quantity', value: 12, unit: 'dokumen' } }],
  ...extra,
});
const appraiserSkp: AppraiserSkpRef = {
  employeeId: 'head',
  status: 'approved',
  period: year,
  itemIds: ['h1', 'h2'],
};
const plan = (items: SkpItem[], extra: Partial<SkpPlan> = {}): SkpPlan => ({
  employeeId: 'staff',
  period: year,
  appraiserId: 'head',
  items,
  behaviourExpectations: {},
  ...extra,
});

describe('BerAKHLAK', () => {
  it('has the seven core values', () => {
    expect(BERAKHLAK_VALUES.map((v) => BERAKHLAK_LABELS[v])).toEqual([
      'Berorientasi Pelayanan',
      'Akuntabel',
      'Kompeten',
      'Harmonis',
      'Loyal',
      'Adaptif',
      'Kolaboratif',
    ]);
  });
});

describe('skpPlanIssues', () => {
  it('accepts items supporting items of the appraiser’s approved SKP', () => {
    const p = plan([item('a', { parentItemId: 'h1', expectation: 'Tepat waktu' }), item('b')], {
      behaviourExpectations: { AKUNTABEL: 'Laporan tepat waktu' },
    });
    expect(skpPlanIssues(p, { appraiserSkp, forSubmission: true })).toEqual([]);
  });

  it('names the field of each problem', () => {
    const p = plan([
      item('a', { parentItemId: 'zz' }),
      item('a', { text: ' ', indicators: [] }),
      item('c', {
        indicators: [
          { text: 'Kualitas', target: { kind: 'quality', value: 120, unit: '%' } },
          { text: '', target: { kind: 'time', value: 0, unit: 'bulan' } },
        ],
      }),
    ]);
    expect(skpPlanIssues(p, { appraiserSkp })).toEqual([
      { path: 'items.0.parentItemId', message: "is not an item of the appraiser's SKP" },
      { path: 'items.1.id', message: 'is used twice' },
      { path: 'items.1.text', message: 'is empty' },
      { path: 'items.1.indicators', message: 'needs at least one indicator' },
      { path: 'items.2.indicators.0.target.value', message: 'is a percentage: at most 100' },
      { path: 'items.2.indicators.1.text', message: 'is empty' },
      { path: 'items.2.indicators.1.target.value', message: 'must be above 0' },
    ]);
  });

  it.each([
    [null, 'the appraiser has no SKP for this period'],
    [{ ...appraiserSkp, employeeId: 'someone-else' }, "is not on the appraiser's own SKP"],
    [
      { ...appraiserSkp, period: { start: '2025-01', end: '2025-12' } },
      "the appraiser's SKP is for another period",
    ],
    [{ ...appraiserSkp, status: 'submitted' }, "the appraiser's SKP is not approved yet"],
  ])('refuses a parent when the appraiser SKP is %o', (ref, message) => {
    expect(skpPlanIssues(plan([item('a', { parentItemId: 'h1' })]), { appraiserSkp: ref })).toEqual([
      { path: 'items.0.parentItemId', message },
    ]);
  });

  it('needs no appraiser SKP when no item has a parent', () => {
    expect(skpPlanIssues(plan([item('a')]), { appraiserSkp: null })).toEqual([]);
  });

  it('needs an item to submit, and a different appraiser', () => {
    expect(skpPlanIssues(plan([], { appraiserId: 'staff' }), { appraiserSkp, forSubmission: true })).toEqual([
      { path: 'appraiserId', message: 'cannot be the employee themself' },
      { path: 'items', message: 'needs at least one hasil kerja item to submit' },
    ]);
  });

  it('throws a 400 with the paths', () => {
    expect(() => assertSkpPlan(plan([item('a', { parentItemId: 'zz' })]), { appraiserSkp })).toThrow(
      AppError,
    );
  });
});

describe('cascadeSkpItems', () => {
  const superiorItems = Array.from({ length: 30 }, (_, i) => item(`h${i}`));
  const superiorSkp: CascadeSkp = {
    id: 'skp-head',
    employeeId: 'head',
    status: 'approved',
    period: year,
    appraiserId: 'kadis',
    items: superiorItems,
  };
  const ids = () => {
    let n = 0;
    return () => `new-${++n}`;
  };
  const staffSkp = (employeeId: string, items: SkpItem[] = [], status = 'draft'): CascadeSkp => ({
    id: `skp-${employeeId}`,
    employeeId,
    status,
    period: year,
    appraiserId: 'head',
    items,
  });

  it('sends 30 items to 70 staff in one call: 2,100 items, parents set', () => {
    const subordinates = Array.from({ length: 70 }, (_, i) => ({
      employeeId: `s${i}`,
      skp: i % 2 === 0 ? staffSkp(`s${i}`) : null,
    }));
    const result = cascadeSkpItems({ superiorSkp, subordinates, newItemId: ids() });
    expect(result.created).toBe(2100);
    expect(result.refused).toEqual([]);
    expect(result.targets).toHaveLength(70);
    expect(result.targets[0]!.skpId).toBe('skp-s0');
    expect(result.targets[1]!.skpId).toBeNull();
    const first = result.targets[0]!.newItems[0]!;
    expect(first).toEqual({
      id: 'new-1',
      text: 'Hasil kerja h0',
      indicators: superiorItems[0]!.indicators,
      parentItemId: 'h0',
      expectation: null,
      source: 'cascade',
    });
    // A copy, not the superior's own indicator objects.
    expect(first.indicators[0]).not.toBe(superiorItems[0]!.indicators[0]);
    expect(new Set(result.targets.flatMap((t) => t.newItems.map((i) => i.id))).size).toBe(2100);
  });

  it('is idempotent: items already cascaded are not duplicated', () => {
    const once = cascadeSkpItems({
      superiorSkp,
      itemIds: ['h0', 'h1'],
      subordinates: [{ employeeId: 's1', skp: staffSkp('s1') }],
      newItemId: ids(),
    });
    const after = staffSkp('s1', once.targets[0]!.newItems);
    const twice = cascadeSkpItems({
      superiorSkp,
      itemIds: ['h0', 'h1', 'h2'],
      subordinates: [{ employeeId: 's1', skp: after }],
      newItemId: ids(),
    });
    expect(twice.created).toBe(1);
    expect(twice.targets[0]!.alreadyCascaded).toEqual(['h0', 'h1']);
    expect(twice.targets[0]!.newItems.map((i) => i.parentItemId)).toEqual(['h2']);
  });

  it('counts a typed item supporting the same parent as already cascaded', () => {
    const r = cascadeSkpItems({
      superiorSkp,
      itemIds: ['h0'],
      subordinates: [{ employeeId: 's1', skp: staffSkp('s1', [item('own', { parentItemId: 'h0' })]) }],
      newItemId: ids(),
    });
    expect(r.created).toBe(0);
    expect(r.targets[0]!.alreadyCascaded).toEqual(['h0']);
  });

  it('refuses single subordinates and carries on with the others', () => {
    const r = cascadeSkpItems({
      superiorSkp,
      itemIds: ['h0'],
      subordinates: [
        { employeeId: 's1', skp: staffSkp('s1', [], 'submitted') },
        { employeeId: 's2', skp: staffSkp('s2', [], 'approved') },
        { employeeId: 's3', skp: { ...staffSkp('s3'), appraiserId: 'other-head' } },
        { employeeId: 's4', skp: { ...staffSkp('s4'), period: { start: '2025-01', end: '2025-12' } } },
        {
          employeeId: 's5',
          skp: staffSkp(
            's5',
            Array.from({ length: MAX_SKP_ITEMS }, (_, i) => item(`x${i}`)),
          ),
        },
        { employeeId: 's6', skp: staffSkp('s6') },
      ],
      newItemId: ids(),
    });
    expect(r.refused).toEqual([
      { employeeId: 's1', reason: 'plan-not-editable' },
      { employeeId: 's2', reason: 'plan-not-editable' },
      { employeeId: 's3', reason: 'not-subordinate' },
      { employeeId: 's4', reason: 'other-period' },
      { employeeId: 's5', reason: 'too-many-items' },
    ]);
    expect(r.targets.map((t) => t.employeeId)).toEqual(['s6']);
    expect(r.created).toBe(1);
  });

  it('cascades only from an approved SKP (409)', () => {
    expect(() =>
      cascadeSkpItems({
        superiorSkp: { ...superiorSkp, status: 'draft' },
        subordinates: [{ employeeId: 's1', skp: null }],
        newItemId: ids(),
      }),
    ).toThrow(/approved SKP/);
  });

  it('answers 400 for unknown or repeated items and subordinates', () => {
    try {
      cascadeSkpItems({
        superiorSkp,
        itemIds: ['h0', 'nope', 'h0'],
        subordinates: [
          { employeeId: 's1', skp: null },
          { employeeId: 's1', skp: null },
          { employeeId: 'head', skp: null },
        ],
        newItemId: ids(),
      });
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).status).toBe(400);
      expect((e as AppError).errors).toEqual([
        { path: 'itemIds.1', message: "is not an item of the superior's SKP" },
        { path: 'itemIds.2', message: 'is listed twice' },
        { path: 'subordinates.1.employeeId', message: 'is listed twice' },
        { path: 'subordinates.2.employeeId', message: 'is the superior themself' },
      ]);
    }
    expect(() => cascadeSkpItems({ superiorSkp, subordinates: [], newItemId: ids() })).toThrow(AppError);
  });
});
