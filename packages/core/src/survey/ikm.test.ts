import { describe, expect, it } from 'vitest';
import {
  computeIkm,
  ELEMENT_CODES,
  type ElementCode,
  type ElementTally,
  gradeOf,
  krejcieMorgan,
  weakestElements,
} from './ikm';

type Tallies = Record<ElementCode, ElementTally>;

/** Tallies where every one of `count` respondents answered every element; `sums` lists U1..U9. */
const uniform = (count: number, sums: readonly number[]): Tallies => {
  expect(sums).toHaveLength(9);
  return Object.fromEntries(ELEMENT_CODES.map((c, i) => [c, { sum: sums[i]!, count }])) as Tallies;
};
const repeat = (n: number, v: number) => Array.from({ length: n }, () => v);
const total = (sums: readonly number[]) => sums.reduce((a, b) => a + b, 0);

describe('computeIkm', () => {
  it('gives 25.00 D "Tidak Baik" when every answer is 1', () => {
    // 12 respondents × 1 → each NRR = 12/12 = 1; IKM = 9 × 1 / 9 × 25 = 25.
    const r = computeIkm(12, uniform(12, repeat(9, 12)));
    expect(r).toMatchObject({ respondents: 12, ikm: 25, grade: 'D', label: 'Tidak Baik' });
    for (const c of ELEMENT_CODES) expect(r.elements[c]).toEqual({ nrr: 1, respondents: 12 });
  });

  it('gives 100.00 A "Sangat Baik" when every answer is 4', () => {
    // 7 respondents × 4 = 28 per element → NRR 4; IKM = 4 × 25 = 100.
    const r = computeIkm(7, uniform(7, repeat(9, 28)));
    expect(r).toMatchObject({ respondents: 7, ikm: 100, grade: 'A', label: 'Sangat Baik' });
    for (const c of ELEMENT_CODES) expect(r.elements[c]).toEqual({ nrr: 4, respondents: 7 });
  });

  // With one count n for all nine elements and a grand total T of the scores,
  // ΣNRR = T/n and IKM = 25·T / (9·n). Each case below spells out T, n and the fraction.
  it.each([
    // T = 8·67 + 68 = 604, n = 19: 25·604/(9·19) = 15100/171 = 88.3041 → 88.30 (B, just below A)
    { n: 19, sums: [...repeat(8, 67), 68], ikm: 88.3, grade: 'B', label: 'Baik' },
    // T = 7·85 + 2·84 = 763, n = 24: 25·763/(9·24) = 19075/216 = 88.3102 → 88.31 (A)
    { n: 24, sums: [...repeat(7, 85), 84, 84], ikm: 88.31, grade: 'A', label: 'Sangat Baik' },
    // T = 6·80 + 3·79 = 717, n = 26: 25·717/(9·26) = 17925/234 = 76.6026 → 76.60 (C)
    { n: 26, sums: [...repeat(6, 80), ...repeat(3, 79)], ikm: 76.6, grade: 'C', label: 'Kurang Baik' },
    // T = 2·59 + 7·58 = 524, n = 19: 25·524/(9·19) = 13100/171 = 76.6082 → 76.61 (B)
    { n: 19, sums: [59, 59, ...repeat(7, 58)], ikm: 76.61, grade: 'B', label: 'Baik' },
    // T = 7·99 + 2·98 = 889, n = 38: 25·889/(9·38) = 22225/342 = 64.9854 → 64.99 (D)
    { n: 38, sums: [...repeat(7, 99), 98, 98], ikm: 64.99, grade: 'D', label: 'Tidak Baik' },
    // T = 9·13 = 117, n = 5: 25·117/(9·5) = 2925/45 = 65 exactly → 65.00 (C); each NRR = 13/5 = 2.6
    { n: 5, sums: repeat(9, 13), ikm: 65, grade: 'C', label: 'Kurang Baik' },
  ] as const)('lands on the band edge $ikm → $grade', ({ n, sums, ikm, grade, label }) => {
    const r = computeIkm(n, uniform(n, sums));
    expect(r.ikm).toBe(ikm);
    expect(r.grade).toBe(grade);
    expect(r.label).toBe(label);
    // The same fraction, independently: round half up of 2500·T / (9·n) hundredths.
    expect(Math.floor((5000 * total(sums) + 9 * n) / (18 * n)) / 100).toBe(ikm);
  });

  it('uses the exact weight 1/9, not 0.111', () => {
    // 10 respondents; U1-U8 sum 35 (NRR 3.5), U9 sum 38 (NRR 3.8); ΣNRR = 8·3.5 + 3.8 = 31.8.
    // Exact:      31.8 × 25 / 9      = 795/9  = 88.333… → 88.33 → A "Sangat Baik".
    // Weight .111: 31.8 × 0.111 × 25 = 3.5298 × 25 = 88.245 → 88.25 (half up) → B "Baik".
    const r = computeIkm(10, uniform(10, [...repeat(8, 35), 38]));
    expect(r).toMatchObject({ ikm: 88.33, grade: 'A', label: 'Sangat Baik' });
    // The rounded weight, in integers: ΣNRR = 318/10, so 318/10 × 111/1000 × 25 = 882450/10^4 = 88.245,
    // i.e. 8824.5 hundredths → 8825 half up.
    const roundedWeightHundredths = Math.floor((318 * 111 * 25 + 50) / 100);
    expect(roundedWeightHundredths).toBe(8825);
    expect(gradeOf(roundedWeightHundredths / 100).grade).toBe('B');
  });

  it('takes NRR per element over its own respondents when counts differ', () => {
    // U1 7/2 = 3.5, U2 10/3 = 3.3333, U3 4/1 = 4, U4 9/4 = 2.25, U5 12/5 = 2.4, U6 3/3 = 1,
    // U7 20/6 = 3.3333, U8 14/7 = 2, U9 30/8 = 3.75.
    // ΣNRR = (3.5 + 4 + 2.25 + 2.4 + 1 + 2 + 3.75) + 10/3 + 10/3 = 189/10 + 20/3 = 767/30.
    // IKM = 25 × 767 / (30 × 9) = 19175/270 = 71.0185 → 71.02 → C.
    // (Pooling all scores instead, 109 / 39 × 25 = 69.87, would be wrong.)
    const tallies: Tallies = {
      U1: { sum: 7, count: 2 },
      U2: { sum: 10, count: 3 },
      U3: { sum: 4, count: 1 },
      U4: { sum: 9, count: 4 },
      U5: { sum: 12, count: 5 },
      U6: { sum: 3, count: 3 },
      U7: { sum: 20, count: 6 },
      U8: { sum: 14, count: 7 },
      U9: { sum: 30, count: 8 },
    };
    const r = computeIkm(8, tallies);
    expect(r).toMatchObject({ respondents: 8, ikm: 71.02, grade: 'C', label: 'Kurang Baik' });
    expect(r.elements).toEqual({
      U1: { nrr: 3.5, respondents: 2 },
      U2: { nrr: 3.3333, respondents: 3 },
      U3: { nrr: 4, respondents: 1 },
      U4: { nrr: 2.25, respondents: 4 },
      U5: { nrr: 2.4, respondents: 5 },
      U6: { nrr: 1, respondents: 3 },
      U7: { nrr: 3.3333, respondents: 6 },
      U8: { nrr: 2, respondents: 7 },
      U9: { nrr: 3.75, respondents: 8 },
    });
  });

  it('rounds each NRR half up to 4 decimals', () => {
    // 97/32 = 3.03125 → 3.0313 (half up); 11/3 = 3.66666… → 3.6667; 10/3 = 3.33333… → 3.3333;
    // 33/32 = 1.03125 → 1.0313; 127/32 = 3.96875 → 3.9688.
    const tallies = uniform(32, repeat(9, 64));
    tallies.U1 = { sum: 97, count: 32 };
    tallies.U2 = { sum: 11, count: 3 };
    tallies.U3 = { sum: 10, count: 3 };
    tallies.U4 = { sum: 33, count: 32 };
    tallies.U5 = { sum: 127, count: 32 };
    const r = computeIkm(32, tallies);
    expect(r.elements.U1.nrr).toBe(3.0313);
    expect(r.elements.U2.nrr).toBe(3.6667);
    expect(r.elements.U3.nrr).toBe(3.3333);
    expect(r.elements.U4.nrr).toBe(1.0313);
    expect(r.elements.U5.nrr).toBe(3.9688);
    expect(r.elements.U6.nrr).toBe(2);
  });

  it('rounds the final value half up when it ends in exactly …5', () => {
    // 8 respondents, each element sum 25 → NRR 25/8 = 3.125; ΣNRR = 28.125;
    // IKM = 28.125 × 25 / 9 = 3.125 × 25 = 78.125 exactly → 78.13 (half up; half-even would give 78.12).
    const r = computeIkm(8, uniform(8, repeat(9, 25)));
    expect(r.elements.U1.nrr).toBe(3.125);
    expect(r).toMatchObject({ ikm: 78.13, grade: 'B', label: 'Baik' });
  });

  it('rounds half up when the NRR differ', () => {
    // n = 8, sums 26, 24 and 7 × 25 → T = 26 + 24 + 175 = 225, ΣNRR = 225/8 = 28.125
    // → 25·225/(9·8) = 5625/72 = 78.125 → 78.13.
    const r = computeIkm(8, uniform(8, [26, 24, ...repeat(7, 25)]));
    expect(r.ikm).toBe(78.13);
  });

  it('returns null IKM, grade and label when there are no responses', () => {
    const r = computeIkm(0, uniform(0, repeat(9, 0)));
    expect(r).toMatchObject({ respondents: 0, ikm: null, grade: null, label: null });
    for (const c of ELEMENT_CODES) expect(r.elements[c]).toEqual({ nrr: null, respondents: 0 });
  });

  it('returns a null IKM when one element has no answers, but keeps the other NRR', () => {
    const tallies = uniform(3, repeat(9, 9));
    tallies.U8 = { sum: 0, count: 0 };
    const r = computeIkm(3, tallies);
    expect(r).toMatchObject({ respondents: 3, ikm: null, grade: null, label: null });
    expect(r.elements.U1).toEqual({ nrr: 3, respondents: 3 });
    expect(r.elements.U8).toEqual({ nrr: null, respondents: 0 });
  });

  it.each([
    ['sum below count (an answer of 0)', { sum: 2, count: 3 }],
    ['sum above 4 × count (an answer of 5)', { sum: 13, count: 3 }],
    ['a positive sum over no answers', { sum: 4, count: 0 }],
    ['a negative sum', { sum: -1, count: 0 }],
    ['a negative count', { sum: 0, count: -1 }],
    ['a fractional sum', { sum: 7.5, count: 3 }],
    ['a fractional count', { sum: 6, count: 2.5 }],
    ['NaN', { sum: Number.NaN, count: 1 }],
  ])('throws on an impossible tally: %s', (_, bad) => {
    const tallies = uniform(3, repeat(9, 9));
    tallies.U4 = bad;
    expect(() => computeIkm(3, tallies)).toThrow(RangeError);
    expect(() => computeIkm(3, tallies)).toThrow(/U4/);
  });

  it('accepts the extreme tallies sum = count and sum = 4 × count', () => {
    const tallies = uniform(3, repeat(9, 9));
    tallies.U1 = { sum: 3, count: 3 };
    tallies.U2 = { sum: 12, count: 3 };
    // ΣNRR = 1 + 4 + 7 × 3 = 26 → 26 × 25 / 9 = 650/9 = 72.222… → 72.22 C.
    expect(computeIkm(3, tallies)).toMatchObject({ ikm: 72.22, grade: 'C' });
  });
});

describe('gradeOf', () => {
  it.each([
    [100, 'A', 'Sangat Baik'],
    [88.31, 'A', 'Sangat Baik'],
    [88.3, 'B', 'Baik'],
    [76.61, 'B', 'Baik'],
    [76.6, 'C', 'Kurang Baik'],
    [65, 'C', 'Kurang Baik'],
    [64.99, 'D', 'Tidak Baik'],
    [25, 'D', 'Tidak Baik'],
  ])('%d → %s %s', (ikm, grade, label) => {
    expect(gradeOf(ikm)).toEqual({ grade, label });
  });

  it('is not fooled by binary fractions of the edges', () => {
    // 0.1 + 0.2 style noise: 76.61 computed as 7661 / 100 and as 76.6 + 0.01 (= 76.61000000000001).
    expect(gradeOf(7661 / 100).grade).toBe('B');
    expect(gradeOf(76.6 + 0.01).grade).toBe('B');
    expect(gradeOf(88.3 + 0.01).grade).toBe('A');
  });

  it.each([24.99, 100.01, 0, -5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %d', (v) => {
    expect(() => gradeOf(v)).toThrow(RangeError);
  });
});

describe('weakestElements', () => {
  it('lists the three lowest NRR, lowest first', () => {
    // NRR: U1 4, U2 3.9, U3 1.5, U4 3.8, U5 2.1, U6 3.7, U7 2, U8 3.6, U9 3.5 (10 respondents).
    const r = computeIkm(10, uniform(10, [40, 39, 15, 38, 21, 37, 20, 36, 35]));
    expect(weakestElements(r)).toEqual(['U3', 'U7', 'U5']);
    expect(weakestElements(r, 5)).toEqual(['U3', 'U7', 'U5', 'U9', 'U8']);
    expect(weakestElements(r, 1)).toEqual(['U3']);
  });

  it('breaks ties by element code', () => {
    // U9, U4 and U2 share NRR 2; U6 has 2.5; the rest 3.
    const r = computeIkm(2, uniform(2, [6, 4, 6, 4, 6, 5, 6, 6, 4]));
    expect(weakestElements(r)).toEqual(['U2', 'U4', 'U9']);
    expect(weakestElements(r, 4)).toEqual(['U2', 'U4', 'U9', 'U6']);
  });

  it('skips elements without answers', () => {
    const tallies = uniform(2, [2, 8, 8, 8, 8, 8, 8, 8, 3]);
    tallies.U1 = { sum: 0, count: 0 };
    const r = computeIkm(2, tallies);
    expect(weakestElements(r)).toEqual(['U9', 'U2', 'U3']);
    expect(weakestElements(computeIkm(0, uniform(0, repeat(9, 0))))).toEqual([]);
  });
});

describe('krejcieMorgan', () => {
  // ASN-RULES §3 says "rounded up" but its own reference pairs round to the nearest integer:
  // 50 → 3841·50 / (10·49 + 3841) = 192050/4331 = 44.34, and the table says 44, not 45.
  it.each([
    [10, 10], // 38410/3931 = 9.77
    [50, 44], // 192050/4331 = 44.34
    [100, 80], // 384100/4831 = 79.51
    [200, 132], // 768200/5831 = 131.74
    [500, 217], // 1920500/8831 = 217.47
    [1000, 278], // 3841000/13831 = 277.71
    [2000, 322], // 7682000/23831 = 322.35
    [5000, 357], // 19205000/53831 = 356.77
    [10000, 370], // 38410000/103831 = 369.93
    [100000, 383], // 384100000/1003831 = 382.63
    [1000000, 384], // 3841000000/10003831 = 383.95
  ])('N = %d → %d (the reference table)', (n, s) => {
    expect(krejcieMorgan(n)).toBe(s);
  });

  it('needs everyone of a tiny population and nobody of an empty one', () => {
    expect(krejcieMorgan(0)).toBe(0);
    // 3841·1 / (0 + 3841) = 1
    expect(krejcieMorgan(1)).toBe(1);
    // 3841·2 / (10 + 3841) = 7682/3851 = 1.995 → 2
    expect(krejcieMorgan(2)).toBe(2);
  });

  it('levels off at 384 for huge populations', () => {
    // 3841·10^8 / (10·(10^8 − 1) + 3841) = 384.09 → 384
    expect(krejcieMorgan(100_000_000)).toBe(384);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %d', (n) => {
    expect(() => krejcieMorgan(n)).toThrow(RangeError);
  });
});
