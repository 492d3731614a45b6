import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { AGE_BANDS, RESPONDENT_EDUCATION, RESPONDENT_OCCUPATION } from '../schemas/survey';
import { ageBand, type CountedResponse, counterDelta, sumDeltas, tallyCounters } from './counters';
import { computeIkm, ELEMENT_CODES, type ElementCode } from './ikm';

const response: CountedResponse = {
  answers: { U1: 4, U2: 3, U3: 2, U4: 1, U5: 4, U6: 3, U7: 4, U8: 2, U9: 3 },
  respondent: { gender: 'P', age: 34, education: 'D4-S1', occupation: 'Wirausaha' },
  serviceType: 'KTP elektronik',
};

const expectedAll = {
  'all.r': 1,
  'all.s.U1': 4,
  'all.s.U2': 3,
  'all.s.U3': 2,
  'all.s.U4': 1,
  'all.s.U5': 4,
  'all.s.U6': 3,
  'all.s.U7': 4,
  'all.s.U8': 2,
  'all.s.U9': 3,
  'all.n.U1': 1,
  'all.n.U2': 1,
  'all.n.U3': 1,
  'all.n.U4': 1,
  'all.n.U5': 1,
  'all.n.U6': 1,
  'all.n.U7': 1,
  'all.n.U8': 1,
  'all.n.U9': 1,
  'all.g.P': 1,
  'all.a.25-34': 1,
  'all.e.D4-S1': 1,
  'all.o.Wirausaha': 1,
  'all.svc.KTP elektronik': 1,
};
const asVerified = (d: Record<string, number>) =>
  Object.fromEntries(Object.entries(d).map(([k, v]) => [k.replace(/^all\./, 'ver.'), v]));

describe('counterDelta', () => {
  it('counts an unverified response only under `all.`', () => {
    expect(counterDelta(response, false)).toEqual(expectedAll);
  });

  it('counts a verified response under both `all.` and `ver.`', () => {
    const d = counterDelta(response, true);
    expect(d).toEqual({ ...expectedAll, ...asVerified(expectedAll) });
    expect(Object.keys(d)).toHaveLength(48);
  });

  it('has no service attribute when the response names no service type', () => {
    const { serviceType: _, ...without } = response;
    const d = counterDelta(without, true);
    expect(Object.keys(d).filter((k) => k.includes('.svc.'))).toEqual([]);
    expect(Object.keys(d)).toHaveLength(46);
    expect(counterDelta({ ...response, serviceType: '' }, false)).not.toHaveProperty(['all.svc.']);
  });

  it('puts the age into its band', () => {
    expect(
      counterDelta({ ...response, respondent: { ...response.respondent, age: 65 } }, false),
    ).toHaveProperty(['all.a.65+'], 1);
  });
});

describe('ageBand', () => {
  it.each([
    [15, '15-24'],
    [24, '15-24'],
    [25, '25-34'],
    [34, '25-34'],
    [35, '35-44'],
    [44, '35-44'],
    [45, '45-54'],
    [54, '45-54'],
    [55, '55-64'],
    [64, '55-64'],
    [65, '65+'],
    [100, '65+'],
  ])('%d → %s', (age, band) => {
    expect(ageBand(age)).toBe(band);
  });

  it('only returns the bands the schema knows', () => {
    const seen = new Set(Array.from({ length: 86 }, (_, i) => ageBand(15 + i)));
    expect([...seen]).toEqual([...AGE_BANDS]);
  });
});

describe('sumDeltas', () => {
  it('adds the same attributes and keeps the others', () => {
    expect(sumDeltas([{ 'all.r': 1, 'all.s.U1': 4 }, { 'all.r': 1, 'all.s.U1': 2, 'ver.r': 1 }, {}])).toEqual(
      {
        'all.r': 2,
        'all.s.U1': 6,
        'ver.r': 1,
      },
    );
  });

  it('gives an empty object for no deltas and accepts any iterable', () => {
    expect(sumDeltas([])).toEqual({});
    function* gen() {
      yield { 'all.r': 1 };
      yield { 'all.r': 1 };
    }
    expect(sumDeltas(gen())).toEqual({ 'all.r': 2 });
  });
});

describe('tallyCounters', () => {
  // Three month items of a quarter as DynamoDB returns them: keys and bookkeeping next to the counters.
  const item = (month: string, counters: Record<string, number>) => ({
    pk: `T#t1#IKM#${month}`,
    sk: 'UNIT#u1',
    type: 'IKM_COUNTER',
    scope: 'unit',
    unitId: 'u1',
    month,
    ...counters,
  });
  const jan = item('2026-01', {
    'all.r': 2,
    'all.s.U1': 7,
    'all.n.U1': 2,
    'all.s.U9': 5,
    'all.n.U9': 2,
    'all.g.L': 1,
    'all.g.P': 1,
    'all.a.25-34': 2,
    'all.e.SMA': 2,
    'all.o.PNS': 1,
    'all.o.Swasta': 1,
    'all.svc.KTP elektronik': 2,
    'ver.r': 1,
    'ver.s.U1': 4,
    'ver.n.U1': 1,
    'ver.g.P': 1,
  });
  const feb = item('2026-02', {
    'all.r': 1,
    'all.s.U1': 3,
    'all.n.U1': 1,
    'all.s.U9': 1,
    'all.n.U9': 1,
    'all.g.L': 1,
    'all.a.65+': 1,
    'all.e.S3': 1,
    'all.o.PNS': 1,
    'all.svc.Akta kelahiran': 1,
  });
  const mar = item('2026-03', {});

  it('merges several month items of the `all` variant', () => {
    const t = tallyCounters([jan, feb, mar], 'all');
    expect(t.respondents).toBe(3);
    expect(t.elements.U1).toEqual({ sum: 10, count: 3 });
    expect(t.elements.U9).toEqual({ sum: 6, count: 3 });
    expect(t.elements.U5).toEqual({ sum: 0, count: 0 });
    expect(t.demographics).toEqual({
      gender: { L: 2, P: 1 },
      ageBand: { '25-34': 2, '65+': 1 },
      education: { SMA: 2, S3: 1 },
      occupation: { PNS: 2, Swasta: 1 },
      serviceType: { 'KTP elektronik': 2, 'Akta kelahiran': 1 },
    });
  });

  it('keeps the `ver` variant apart', () => {
    const t = tallyCounters([jan, feb, mar], 'ver');
    expect(t.respondents).toBe(1);
    expect(t.elements.U1).toEqual({ sum: 4, count: 1 });
    expect(t.elements.U9).toEqual({ sum: 0, count: 0 });
    expect(t.demographics).toEqual({
      gender: { P: 1 },
      ageBand: {},
      education: {},
      occupation: {},
      serviceType: {},
    });
  });

  it('gives an empty tally for no items', () => {
    const t = tallyCounters([], 'all');
    expect(t.respondents).toBe(0);
    for (const c of ELEMENT_CODES) expect(t.elements[c]).toEqual({ sum: 0, count: 0 });
    expect(computeIkm(t.respondents, t.elements).ikm).toBeNull();
  });

  it('ignores attributes that are not counters of the variant', () => {
    const t = tallyCounters(
      [
        {
          'all.r': 1,
          version: 3,
          'all.s.U10': 4,
          'all.n.U10': 1,
          'all.s.constructor': 4,
          'all.constructor.x': 1,
          'all.toString.x': 1,
          'all.x.y': 1,
          'all.note': 'not a number',
          'all.g.L': '1',
          'alls.r': 5,
          r: 7,
        },
      ],
      'all',
    );
    expect(t.respondents).toBe(1);
    expect(Object.keys(t.elements)).toEqual([...ELEMENT_CODES]);
    expect(t.demographics.gender).toEqual({});
    // Nothing was written onto inherited members either.
    expect(Object.hasOwn(Object, 'sum')).toBe(false);
    expect(Object.hasOwn(Object, 'count')).toBe(false);
  });

  it('keeps a service type that has a dot in its name whole', () => {
    const t = tallyCounters([{ 'all.svc.Izin usaha v2.1': 2 }], 'all');
    expect(t.demographics.serviceType).toEqual({ 'Izin usaha v2.1': 2 });
  });

  it('counts a service type named like an Object.prototype member as a number', () => {
    // Service types are free text chosen by the admin; `obj[key] ?? 0` would read the inherited
    // member and concatenate a string instead of adding.
    const t = tallyCounters(
      [
        { 'all.svc.constructor': 2, 'all.svc.toString': 1, 'all.svc.__proto__': 3 },
        { 'all.svc.constructor': 1 },
      ],
      'all',
    );
    expect(t.demographics.serviceType.constructor).toBe(3);
    expect(t.demographics.serviceType.toString).toBe(1);
    expect(Object.entries(t.demographics.serviceType)).toEqual([
      ['constructor', 3],
      ['toString', 1],
      ['__proto__', 3],
    ]);
    expect(JSON.parse(JSON.stringify(t.demographics.serviceType))).toEqual(
      JSON.parse('{"constructor":3,"toString":1,"__proto__":3}'),
    );
  });
});

describe('counters round trip', () => {
  const SERVICE_TYPES = ['KTP elektronik', 'Kartu keluarga', 'Akta kelahiran'];

  const generate = (seed: number, n: number) => {
    const rand = seededRandom(seed);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    return Array.from({ length: n }, () => {
      // Skewed towards 3-4 like real surveys, so the IKM lands in the interesting B/A range.
      const answers = Object.fromEntries(
        ELEMENT_CODES.map((c) => [c, pick([1, 2, 3, 3, 3, 4, 4, 4])]),
      ) as Record<ElementCode, number>;
      const r: CountedResponse & { verified: boolean } = {
        answers,
        respondent: {
          gender: pick(['L', 'P']),
          age: 15 + Math.floor(rand() * 86),
          education: pick(RESPONDENT_EDUCATION),
          occupation: pick(RESPONDENT_OCCUPATION),
        },
        verified: rand() < 0.3,
      };
      if (rand() < 0.8) r.serviceType = pick(SERVICE_TYPES);
      return r;
    });
  };

  /** The IKM straight from raw answers: ΣNRR = T/n when all n respondents answered all nine. */
  const independentIkm = (rs: readonly CountedResponse[]) => {
    if (rs.length === 0) return null;
    const total = rs.reduce((s, r) => s + ELEMENT_CODES.reduce((t, c) => t + r.answers[c], 0), 0);
    // round half up of 2500·T / (9·n) hundredths, in safe integers.
    return Math.floor((5000 * total + 9 * rs.length) / (18 * rs.length)) / 100;
  };
  const independentGrade = (ikm: number) => (ikm >= 88.31 ? 'A' : ikm >= 76.61 ? 'B' : ikm >= 65 ? 'C' : 'D');
  const countBy = (rs: readonly CountedResponse[], f: (r: CountedResponse) => string | undefined) => {
    const out: Record<string, number> = {};
    for (const r of rs) {
      const k = f(r);
      if (k !== undefined) out[k] = (out[k] ?? 0) + 1;
    }
    return out;
  };

  it.each([1, 7, 42, 2026, 314159])('seed %d: counters give the IKM of the raw answers', (seed) => {
    const responses = generate(seed, 250);
    // Spread the responses over the three months of a quarter, one counter item per month.
    const months = ['2026-04', '2026-05', '2026-06'];
    const items = months.map((month, m) => ({
      pk: `T#t1#IKM#${month}`,
      sk: 'UNIT#u1',
      month,
      ...sumDeltas(responses.filter((_, i) => i % 3 === m).map((r) => counterDelta(r, r.verified))),
    }));

    for (const variant of ['all', 'ver'] as const) {
      const raw = variant === 'all' ? responses : responses.filter((r) => r.verified);
      const t = tallyCounters(items, variant);
      const result = computeIkm(t.respondents, t.elements);

      expect(t.respondents).toBe(raw.length);
      const expected = independentIkm(raw);
      expect(result.ikm).toBe(expected);
      expect(result.grade).toBe(expected === null ? null : independentGrade(expected));
      for (const c of ELEMENT_CODES) {
        const sum = raw.reduce((s, r) => s + r.answers[c], 0);
        expect(t.elements[c]).toEqual({ sum, count: raw.length });
        expect(result.elements[c].nrr).toBe(Math.round((sum / raw.length) * 10_000) / 10_000);
      }
      expect(t.demographics).toEqual({
        gender: countBy(raw, (r) => r.respondent.gender),
        ageBand: countBy(raw, (r) => ageBand(r.respondent.age)),
        education: countBy(raw, (r) => r.respondent.education),
        occupation: countBy(raw, (r) => r.respondent.occupation),
        serviceType: countBy(raw, (r) => r.serviceType),
      });
    }
  });

  it('a month of only unverified responses has an `all` IKM and no `ver` one', () => {
    const responses = generate(99, 20).map((r) => ({ ...r, verified: false }));
    const items = [sumDeltas(responses.map((r) => counterDelta(r, r.verified)))];
    expect(
      computeIkm(tallyCounters(items, 'all').respondents, tallyCounters(items, 'all').elements).ikm,
    ).toBe(independentIkm(responses));
    const ver = tallyCounters(items, 'ver');
    expect(computeIkm(ver.respondents, ver.elements)).toMatchObject({ respondents: 0, ikm: null });
  });
});
