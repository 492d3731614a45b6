import { describe, expect, it } from 'vitest';
import { DEFAULT_PASSING_GRADES, DEFAULT_ROUND_SETTINGS, type RoundRules } from './round';
import { checkSkdScores, finalScore, type RankingCandidate, rankFormation, skdPass } from './scoring';

const CPNS: RoundRules = { kind: 'CPNS', ...DEFAULT_ROUND_SETTINGS };
const PPPK: RoundRules = { ...CPNS, kind: 'PPPK' };
const GRADE = DEFAULT_PASSING_GRADES.umum;

describe('checkSkdScores', () => {
  it('takes whole numbers up to each maximum', () => {
    expect(checkSkdScores({ twk: 150, tiu: 175, tkp: 225 }, CPNS.skdSubtests)).toEqual([]);
    expect(checkSkdScores({ twk: 151, tiu: -1, tkp: 100.5 }, CPNS.skdSubtests)).toEqual([
      { path: 'twk', message: 'must be a whole number from 0 to 150' },
      { path: 'tiu', message: 'must be a whole number from 0 to 175' },
      { path: 'tkp', message: 'must be a whole number from 0 to 225' },
    ]);
    expect(checkSkdScores({ twk: 100 }, CPNS.skdSubtests).map((e) => e.path)).toEqual(['tiu', 'tkp']);
  });
});

describe('skdPass (KepmenPANRB 321/2024: TWK ≥ 65, TIU ≥ 80, TKP ≥ 166)', () => {
  it('passes exactly at each grade and fails one point below, naming the subtest', () => {
    expect(skdPass({ twk: 65, tiu: 80, tkp: 166 }, GRADE, 'CPNS')).toEqual({ passed: true, failed: [] });
    expect(skdPass({ twk: 64, tiu: 80, tkp: 166 }, GRADE, 'CPNS')).toEqual({
      passed: false,
      failed: ['twk'],
    });
    expect(skdPass({ twk: 65, tiu: 79, tkp: 166 }, GRADE, 'CPNS')).toEqual({
      passed: false,
      failed: ['tiu'],
    });
    expect(skdPass({ twk: 65, tiu: 80, tkp: 165 }, GRADE, 'CPNS')).toEqual({
      passed: false,
      failed: ['tkp'],
    });
    // A high total does not make up for one subtest.
    expect(skdPass({ twk: 60, tiu: 175, tkp: 225 }, GRADE, 'CPNS').passed).toBe(false);
  });
  it("applies a special track's own thresholds, a cumulative total among them", () => {
    const cumlaude = { tkp: 166, total: 311 };
    expect(skdPass({ twk: 50, tiu: 95, tkp: 166 }, cumlaude, 'CPNS')).toEqual({ passed: true, failed: [] });
    expect(skdPass({ twk: 50, tiu: 94, tkp: 166 }, cumlaude, 'CPNS')).toEqual({
      passed: false,
      failed: ['total'],
    });
    expect(skdPass({ twk: 50, tiu: 60, tkp: 150 }, cumlaude, 'CPNS')).toEqual({
      passed: false,
      failed: ['tkp', 'total'],
    });
  });
  it('has no passing grade in a PPPK round', () => {
    expect(skdPass({ twk: 0, tiu: 0, tkp: 0 }, GRADE, 'PPPK')).toEqual({ passed: true, failed: [] });
  });
});

describe('finalScore: 40% × (SKD ÷ 550 × 100) + 60% × SKB, exact, rounded once', () => {
  it('gives 100.00 and 0.00 at the ends', () => {
    expect(
      finalScore({ twk: 150, tiu: 175, tkp: 225 }, { cat: 100, interview: 100, other: 100 }, CPNS),
    ).toEqual({
      skdNormalised: 100,
      skb: 100,
      final: 100,
    });
    expect(finalScore({ twk: 0, tiu: 0, tkp: 0 }, { cat: 0, interview: 0, other: 0 }, CPNS).final).toBe(0);
  });
  it('rounds an exact half up where naive floating point rounds down', () => {
    // SKD 297 → 54.00 × 0.4 = 21.6; SKB 0.5·60.25 + 0.3·70 + 0.2·75.5 = 66.225 × 0.6 = 39.735;
    // final 61.335 exactly → 61.34. Math.round((0.4·54 + 0.6·66.225)·100)/100 gives 61.33.
    const r = finalScore({ twk: 80, tiu: 85, tkp: 132 }, { cat: 60.25, interview: 70, other: 75.5 }, CPNS);
    expect(r).toEqual({ skdNormalised: 54, skb: 66.23, final: 61.34 });
    expect(
      Math.round((0.4 * ((297 / 550) * 100) + 0.6 * (0.5 * 60.25 + 0.3 * 70 + 0.2 * 75.5)) * 100) / 100,
    ).toBe(61.33);
  });
  it('rounds a repeating fraction to the nearest hundredth', () => {
    // 389/550·40 = 28.290909… + 0.6·80 = 76.290909… → 76.29; 390 → 28.363636… + 48 = 76.363636… → 76.36.
    expect(finalScore({ twk: 100, tiu: 100, tkp: 189 }, { cat: 80, interview: 80, other: 80 }, CPNS)).toEqual(
      {
        skdNormalised: 70.73,
        skb: 80,
        final: 76.29,
      },
    );
    expect(
      finalScore({ twk: 100, tiu: 100, tkp: 190 }, { cat: 80, interview: 80, other: 80 }, CPNS).final,
    ).toBe(76.36);
  });
  it('computes from the exact parts, not the rounded ones shown', () => {
    // SKD 311 → 56.5454… (56.55 shown); SKB 0.5·60.25 + 0.3·70 + 0.2·70 = 65.125 (65.13 shown).
    // Exact: 22.61818… + 39.075 = 61.69318… → 61.69. From the shown parts: 22.62 + 39.078 = 61.698 → 61.70.
    const r = finalScore({ twk: 65, tiu: 80, tkp: 166 }, { cat: 60.25, interview: 70, other: 70 }, CPNS);
    expect(r).toEqual({ skdNormalised: 56.55, skb: 65.13, final: 61.69 });
  });
  it('follows the round weights, and a component weighted 0 needs no score', () => {
    const rules = {
      ...CPNS,
      skdWeight: 50,
      skbWeight: 50,
      skbComponents: { cat: 100, interview: 0, other: 0 },
    };
    expect(finalScore({ twk: 150, tiu: 175, tkp: 225 }, { cat: 50 }, rules).final).toBe(75);
  });
  it('refuses weights that do not add up, a missing component and scores with 3 decimals', () => {
    expect(() =>
      finalScore({ twk: 1, tiu: 1, tkp: 1 }, { cat: 1, interview: 1, other: 1 }, { ...CPNS, skbWeight: 50 }),
    ).toThrow(RangeError);
    expect(() => finalScore({ twk: 1, tiu: 1, tkp: 1 }, { cat: 1, interview: 1 }, CPNS)).toThrow(/other/);
    expect(() =>
      finalScore({ twk: 1, tiu: 1, tkp: 1 }, { cat: 80.125, interview: 1, other: 1 }, CPNS),
    ).toThrow(/2 decimals/);
    expect(() => finalScore({ twk: 1, tiu: 1, tkp: 1 }, { cat: 101, interview: 1, other: 1 }, CPNS)).toThrow(
      RangeError,
    );
  });
});

// Seven who pass, built so that each tie-breaker decides one place (ASN-RULES §7 order).
const cand = (
  id: string,
  twk: number,
  tiu: number,
  tkp: number,
  ipk: number | null,
  birthDate: string,
  skb: RankingCandidate['skb'] = null,
): RankingCandidate => ({ id, skd: { twk, tiu, tkp }, ipk, birthDate, skb });
const A = cand('A', 100, 100, 200, 3.5, '1995-06-15'); // 400
const C = cand('C', 90, 100, 205, 3.5, '1995-06-15'); // 395, TKP 205
const E = cand('E', 95, 100, 200, 3.8, '1995-06-15'); // 395, TKP 200, TIU 100, IPK 3.80
const F = cand('F', 95, 100, 200, 3.5, '1990-01-01'); // same as E but IPK 3.50, older
const B = cand('B', 95, 100, 200, 3.5, '1995-06-15'); // same as F but younger
const G = cand('G', 95, 100, 200, 3.5, '1995-06-15'); // identical to B on every factor
const D = cand('D', 100, 95, 200, 3.5, '1995-06-15'); // 395, TKP 200, TIU 95
const H = cand('H', 60, 140, 200, 3.9, '1990-01-01'); // 400 but TWK below 65
const X: RankingCandidate = { id: 'X', skd: null, ipk: 3.9, birthDate: '1990-01-01' }; // did not sit the SKD
const ALL = [G, X, D, H, B, F, E, C, A];

describe('rankFormation: SKD ranking and the SKB shortlist', () => {
  const r = rankFormation(ALL, { openings: 2, track: 'umum' }, CPNS);
  const row = (id: string) => r.entries.find((e) => e.id === id)!;

  it('orders by total SKD, TKP, TIU, (TWK), IPK, then the older applicant, each decision named', () => {
    expect(r.entries.map((e) => [e.id, e.skdRank, e.skdDecidedBy])).toEqual([
      ['A', 1, null],
      ['C', 2, 'skdTotal'],
      ['E', 3, 'tkp'],
      ['F', 4, 'ipk'],
      ['B', 5, 'age'],
      ['G', 5, 'tie'],
      ['D', 7, 'tiu'],
      ['H', null, null],
      ['X', null, null],
    ]);
  });
  it('never needs TWK on its own: equal total, TKP and TIU fix the TWK', () => {
    expect(r.entries.some((e) => e.skdDecidedBy === 'twk')).toBe(false);
  });
  it('takes up to 3 × openings to the SKB; those failing a subtest or absent are not ranked', () => {
    expect(r.shortlistLimit).toBe(6);
    expect(r.entries.filter((e) => e.shortlisted).map((e) => e.id)).toEqual(['A', 'C', 'E', 'F', 'B', 'G']);
    expect(r.tieAtShortlistLine).toBe(false);
    expect(row('H')).toMatchObject({
      skdPassed: false,
      skdFailed: ['twk'],
      shortlisted: false,
      skdTotal: 400,
    });
    expect(row('X')).toMatchObject({ skdPassed: false, skdFailed: [], skdTotal: null });
  });
  it('lets everyone tied on every factor at the cut line go on, and says so', () => {
    const five = rankFormation(ALL, { openings: 1, track: 'umum' }, { ...CPNS, skbMultiplier: 5 });
    expect(five.entries.filter((e) => e.shortlisted).map((e) => e.id)).toEqual([
      'A',
      'C',
      'E',
      'F',
      'B',
      'G',
    ]);
    expect(five.tieAtShortlistLine).toBe(true);
    const four = rankFormation(ALL, { openings: 1, track: 'umum' }, { ...CPNS, skbMultiplier: 4 });
    expect(four.entries.filter((e) => e.shortlisted).map((e) => e.id)).toEqual(['A', 'C', 'E', 'F']);
    expect(four.tieAtShortlistLine).toBe(false);
  });
  it('ranks a missing IPK below any IPK', () => {
    const noIpk = { ...E, id: 'E0', ipk: null };
    const out = rankFormation([noIpk, B], { openings: 1, track: 'umum' }, CPNS);
    expect(out.entries.map((e) => [e.id, e.skdDecidedBy])).toEqual([
      ['B', null],
      ['E0', 'ipk'],
    ]);
  });
  it('ranks everyone who sat the SKD in a PPPK round, with no passing grade', () => {
    const p = rankFormation(ALL, { openings: 2, track: 'umum' }, PPPK);
    expect(p.passingGradeApplied).toBe(false);
    expect(p.entries.map((e) => [e.id, e.skdRank])).toEqual([
      ['H', 1],
      ['A', 2],
      ['C', 3],
      ['E', 4],
      ['F', 5],
      ['B', 6],
      ['G', 6],
      ['D', 8],
      ['X', null],
    ]);
    expect(p.entries.find((e) => e.id === 'H')!.skdDecidedBy).toBe(null);
    expect(p.entries.find((e) => e.id === 'A')!.skdDecidedBy).toBe('tiu'); // 400 each, TKP 200 each, TIU 140 > 100
  });
  it("uses the formasi track's passing grade", () => {
    const rules = {
      ...CPNS,
      passingGrades: { ...CPNS.passingGrades, disabilitas: { tkp: 156, total: 286 } },
    };
    const out = rankFormation([H], { openings: 1, track: 'disabilitas' }, rules);
    expect(out.entries[0]).toMatchObject({ skdPassed: true, skdRank: 1 });
  });
});

describe('rankFormation: the final ranking', () => {
  const same = { cat: 80, interview: 80, other: 80 };
  const withSkb = ALL.map((c) => ({ ...c, skb: c.skd ? same : null }));

  it('ranks by the final score, then the same tie-breakers, and marks the openings', () => {
    const r = rankFormation(withSkb, { openings: 2, track: 'umum' }, CPNS);
    expect(
      r.entries.map((e) => [e.id, e.finalScore, e.finalRank, e.finalDecidedBy, e.withinOpenings]),
    ).toEqual([
      ['A', 77.09, 1, null, true],
      ['C', 76.73, 2, 'final', true],
      ['E', 76.73, 3, 'tkp', false],
      ['F', 76.73, 4, 'ipk', false],
      ['B', 76.73, 5, 'age', false],
      ['G', 76.73, 5, 'tie', false],
      // Not shortlisted: no final score even with SKB scores imported.
      ['D', null, null, null, false],
      ['H', null, null, null, false],
      ['X', null, null, null, false],
    ]);
    expect(r.entries[0]).toMatchObject({ skdNormalised: 72.73, skbScore: 80 });
    expect(r.tieAtOpeningsLine).toBe(false);
  });
  it('lets the SKB overturn the SKD order', () => {
    const better = withSkb.map((c) =>
      c.id === 'C' ? { ...c, skb: { cat: 95, interview: 80, other: 80 } } : c,
    );
    const r = rankFormation(better, { openings: 2, track: 'umum' }, CPNS);
    expect(r.entries.slice(0, 2).map((e) => [e.id, e.finalScore, e.finalDecidedBy])).toEqual([
      ['C', 81.23, null],
      ['A', 77.09, 'final'],
    ]);
  });
  it('compares the final score as shown: equal at 2 decimals goes to the tie-breakers', () => {
    // Q: SKD 352, SKB 80 → 73.60 exactly. P: SKD 351, SKB 80.125 → 73.6023 → 73.60 shown.
    const Q = cand('Q', 100, 86, 166, 3.0, '1995-01-01', same);
    const P = cand('P', 100, 85, 166, 3.0, '1995-01-01', { cat: 80.25, interview: 80, other: 80 });
    const r = rankFormation([P, Q], { openings: 1, track: 'umum' }, CPNS);
    expect(r.entries.map((e) => [e.id, e.finalScore, e.finalRank, e.finalDecidedBy])).toEqual([
      ['Q', 73.6, 1, null],
      ['P', 73.6, 2, 'skdTotal'],
    ]);
  });
  it('flags a full tie across the openings line for the admin', () => {
    const r = rankFormation(withSkb, { openings: 5, track: 'umum' }, { ...CPNS, skbMultiplier: 2 });
    expect(r.entries.filter((e) => e.withinOpenings).map((e) => e.id)).toEqual([
      'A',
      'C',
      'E',
      'F',
      'B',
      'G',
    ]);
    expect(r.tieAtOpeningsLine).toBe(true);
  });
  it('leaves a shortlisted applicant without SKB scores unranked in the final', () => {
    const missing = withSkb.map((c) => (c.id === 'A' ? { ...c, skb: null } : c));
    const r = rankFormation(missing, { openings: 2, track: 'umum' }, CPNS);
    expect(r.entries.find((e) => e.id === 'A')).toMatchObject({
      shortlisted: true,
      finalRank: null,
      finalScore: null,
    });
    expect(r.entries[0]).toMatchObject({ id: 'C', finalRank: 1 });
  });
  it('refuses a formasi without openings and out-of-range scores', () => {
    expect(() => rankFormation(ALL, { openings: 0, track: 'umum' }, CPNS)).toThrow(RangeError);
    expect(() =>
      rankFormation([cand('Z', 151, 80, 166, 3, '1990-01-01')], { openings: 1, track: 'umum' }, CPNS),
    ).toThrow(RangeError);
    expect(() =>
      rankFormation([cand('Z', 100, 80, 166, 4.01, '1990-01-01')], { openings: 1, track: 'umum' }, CPNS),
    ).toThrow(RangeError);
  });
});
