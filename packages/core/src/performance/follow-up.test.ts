import { describe, expect, it } from 'vitest';
import { followUpRegister, followUpsFor } from './follow-up';

describe('followUpsFor', () => {
  it('puts Sangat Baik two years running in the talent pool', () => {
    expect(
      followUpsFor(
        [
          { year: 2025, predikat: 'SANGAT_BAIK' },
          { year: 2026, predikat: 'SANGAT_BAIK' },
        ],
        2026,
      ),
    ).toEqual([{ kind: 'talent-pool', reasons: ['sangat-baik-consecutive'], years: [2025, 2026] }]);
  });

  it('needs the years to be consecutive', () => {
    expect(
      followUpsFor(
        [
          { year: 2024, predikat: 'SANGAT_BAIK' },
          { year: 2026, predikat: 'SANGAT_BAIK' },
        ],
        2026,
      ),
    ).toEqual([]);
    expect(followUpsFor([{ year: 2026, predikat: 'SANGAT_BAIK' }], 2026)).toEqual([]);
  });

  it('leads Baik to nothing', () => {
    expect(followUpsFor([{ year: 2026, predikat: 'BAIK' }], 2026)).toEqual([]);
  });

  it('leads a first Butuh Perbaikan to coaching only', () => {
    expect(followUpsFor([{ year: 2026, predikat: 'BUTUH_PERBAIKAN' }], 2026)).toEqual([
      { kind: 'coaching', reasons: ['butuh-perbaikan-or-worse'], years: [2026] },
    ]);
  });

  it('refers a persisting Butuh Perbaikan to the discipline process', () => {
    expect(
      followUpsFor(
        [
          { year: 2025, predikat: 'KURANG' },
          { year: 2026, predikat: 'BUTUH_PERBAIKAN' },
        ],
        2026,
      ),
    ).toEqual([
      { kind: 'coaching', reasons: ['butuh-perbaikan-or-worse'], years: [2026] },
      { kind: 'discipline-referral', reasons: ['persistent-low-predikat'], years: [2025, 2026] },
    ]);
  });

  it('refers Kurang and Sangat Kurang at once, and says when it also persists', () => {
    expect(followUpsFor([{ year: 2026, predikat: 'SANGAT_KURANG' }], 2026)).toEqual([
      { kind: 'coaching', reasons: ['butuh-perbaikan-or-worse'], years: [2026] },
      { kind: 'discipline-referral', reasons: ['kurang-or-sangat-kurang'], years: [2026] },
    ]);
    expect(
      followUpsFor(
        [
          { year: 2025, predikat: 'BUTUH_PERBAIKAN' },
          { year: 2026, predikat: 'KURANG' },
        ],
        2026,
      )[1],
    ).toEqual({
      kind: 'discipline-referral',
      reasons: ['kurang-or-sangat-kurang', 'persistent-low-predikat'],
      years: [2025, 2026],
    });
  });

  it('reads the worst predikat of a year recorded twice, and nothing for a year without one', () => {
    expect(
      followUpsFor(
        [
          { year: 2026, predikat: 'BAIK' },
          { year: 2026, predikat: 'BUTUH_PERBAIKAN' },
        ],
        2026,
      ).map((f) => f.kind),
    ).toEqual(['coaching']);
    expect(followUpsFor([{ year: 2025, predikat: 'SANGAT_KURANG' }], 2026)).toEqual([]);
  });

  it('follows tenant settings', () => {
    const history = [
      { year: 2024, predikat: 'SANGAT_BAIK' as const },
      { year: 2025, predikat: 'SANGAT_BAIK' as const },
      { year: 2026, predikat: 'SANGAT_BAIK' as const },
    ];
    expect(followUpsFor(history, 2026, { talentPoolYears: 3, persistYears: 2 })[0]!.years).toEqual([
      2024, 2025, 2026,
    ]);
    expect(followUpsFor(history.slice(1), 2026, { talentPoolYears: 3, persistYears: 2 })).toEqual([]);
    expect(
      followUpsFor([{ year: 2026, predikat: 'BUTUH_PERBAIKAN' }], 2026, {
        talentPoolYears: 2,
        persistYears: 1,
      }).map((f) => f.kind),
    ).toEqual(['coaching', 'discipline-referral']);
  });
});

describe('followUpRegister', () => {
  it('lists referrals, then coaching, then the talent pool', () => {
    const rows = followUpRegister(
      [
        {
          employeeId: 'e3',
          history: [
            { year: 2025, predikat: 'SANGAT_BAIK' },
            { year: 2026, predikat: 'SANGAT_BAIK' },
          ],
        },
        { employeeId: 'e2', history: [{ year: 2026, predikat: 'BUTUH_PERBAIKAN' }] },
        { employeeId: 'e1', history: [{ year: 2026, predikat: 'KURANG' }] },
        { employeeId: 'e0', history: [{ year: 2026, predikat: 'BAIK' }] },
        { employeeId: 'e9', history: [] },
      ],
      2026,
    );
    expect(rows.map((r) => [r.kind, r.employeeId, r.predikat])).toEqual([
      ['discipline-referral', 'e1', 'KURANG'],
      ['coaching', 'e1', 'KURANG'],
      ['coaching', 'e2', 'BUTUH_PERBAIKAN'],
      ['talent-pool', 'e3', 'SANGAT_BAIK'],
    ]);
  });
});
