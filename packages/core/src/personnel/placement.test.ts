import { describe, expect, it } from 'vitest';
import {
  type CandidateInput,
  isOutsideRecommendation,
  PLACEMENT_WEIGHTS,
  type PlacementScore,
  type PositionInput,
  predikatSchema,
  rankCandidates,
  scoreCandidate,
  suggestPositions,
  TOP_RECOMMENDATIONS,
} from './placement';

// Kepala Bidang Aplikasi Informatika, Diskominfo Kota Palembang.
const kabidAptika: PositionInput = {
  id: 'pos-kabid-aptika',
  type: 'ADMINISTRATOR',
  positionClass: 11,
  requiredEducation: { levels: ['S1', 'S2'], majors: ['Teknik Informatika', 'Sistem Informasi'] },
  requiredCompetencies: [
    { code: 'TEK-KEAMANAN-INFORMASI', minLevel: 2 },
    { code: 'TEK-ANALISIS-DATA', minLevel: 3 },
    { code: 'MNJ-KEPEMIMPINAN', minLevel: 3 },
  ],
};

const rina: CandidateInput = {
  id: 'emp-rina',
  name: 'Rina Oktaviani, S.Kom.',
  employmentType: 'PNS',
  rank: 'III/d',
  education: [
    { level: 'SMA', major: 'IPA' },
    { level: 'S1', major: 'Teknik Informatika' },
  ],
  competencies: [
    { code: 'TEK-ANALISIS-DATA', level: 4 },
    { code: 'TEK-KEAMANAN-INFORMASI', level: 2 },
    { code: 'MNJ-KEPEMIMPINAN', level: 3 },
  ],
  latestPredikat: 'SANGAT_BAIK',
};

// D3, wrong major, one rank step short, partial competencies, predikat Baik.
const agus: CandidateInput = {
  id: 'emp-agus',
  name: 'Agus Salim, A.Md.',
  employmentType: 'PNS',
  rank: 'III/c',
  education: [{ level: 'D3', major: 'Manajemen Informatika' }],
  competencies: [
    { code: 'TEK-ANALISIS-DATA', level: 2 },
    { code: 'TEK-KEAMANAN-INFORMASI', level: 2 },
  ],
  latestPredikat: 'BAIK',
};

const factor = (s: PlacementScore, name: string) => s.factors.find((f) => f.factor === name)!;

describe('predikatSchema', () => {
  it('accepts the five predikats and rejects others', () => {
    expect(predikatSchema.parse('BUTUH_PERBAIKAN')).toBe('BUTUH_PERBAIKAN');
    expect(predikatSchema.safeParse('ISTIMEWA').success).toBe(false);
  });
});

describe('scoreCandidate', () => {
  it('gives a fully qualified candidate 100 with shares equal to the weights', () => {
    const s = scoreCandidate(kabidAptika, rina);
    expect(s.total).toBe(100);
    expect(s.factors.map((f) => [f.factor, f.weight, f.status, f.score, f.points, f.share])).toEqual([
      ['education', 25, 'present', 1, 25, 25],
      ['competency', 40, 'present', 1, 40, 40],
      ['rank', 20, 'present', 1, 20, 20],
      ['performance', 15, 'present', 1, 15, 15],
    ]);
    expect(factor(s, 'education').detail).toBe('S1 meets S1; major Teknik Informatika matches');
    expect(factor(s, 'competency').detail).toBe(
      '3/3 met; met: MNJ-KEPEMIMPINAN, TEK-ANALISIS-DATA, TEK-KEAMANAN-INFORMASI',
    );
    expect(factor(s, 'performance').detail).toBe('latest predikat SANGAT_BAIK');
  });

  it('combines partial factors with the documented formulas', () => {
    const s = scoreCandidate(kabidAptika, agus);
    // education: D3 is 2 levels below S1 (0.5) × no matching major (0.5) = 0.25 → 6.25 points
    // competency: (2/3 + 1 + 0) / 3 = 0.5556 → 22.22 points; rank: 1 step below III/d = 0.75 → 15
    // performance: BAIK 0.8 → 12; total 55.47
    expect(s.total).toBe(55.5);
    expect(s.factors.map((f) => [f.factor, f.score, f.points, f.share])).toEqual([
      ['education', 0.25, 6.25, 11.3],
      ['competency', 0.5556, 22.22, 40.1],
      ['rank', 0.75, 15, 27],
      ['performance', 0.8, 12, 21.6],
    ]);
    expect(factor(s, 'education').detail).toBe('D3 is 2 below S1; no matching major');
    expect(factor(s, 'competency').detail).toBe(
      '1/3 met; met: TEK-KEAMANAN-INFORMASI; missing: MNJ-KEPEMIMPINAN (0/3), TEK-ANALISIS-DATA (2/3)',
    );
    expect(factor(s, 'rank').detail).toBe('III/c is 1 step below minimum rank III/d');
  });

  it('renormalises over the present weights when no predikat is recorded', () => {
    const s = scoreCandidate(kabidAptika, { ...agus, latestPredikat: null });
    // (6.25 + 22.222 + 15) × 100 / 85 = 51.14
    expect(s.total).toBe(51.1);
    expect(factor(s, 'performance')).toEqual({
      factor: 'performance',
      weight: 15,
      status: 'absent',
      score: null,
      points: null,
      share: null,
      detail: 'no predikat recorded; excluded from the total',
    });
    expect(factor(s, 'education').points).toBe(7.35);
    expect(factor(s, 'competency').points).toBe(26.14);
    expect(factor(s, 'rank').points).toBe(17.65);
    const shares = s.factors.map((f) => f.share ?? 0);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
  });

  it('treats a missing predikat as neither zero nor a bonus', () => {
    const absent = scoreCandidate(kabidAptika, { ...agus, latestPredikat: undefined }).total;
    const zero = scoreCandidate(kabidAptika, { ...agus, latestPredikat: 'SANGAT_KURANG' }).total;
    const best = scoreCandidate(kabidAptika, { ...agus, latestPredikat: 'SANGAT_BAIK' }).total;
    expect(zero).toBe(43.5);
    expect(best).toBe(58.5);
    expect(absent).toBeGreaterThan(zero);
    expect(absent).toBeLessThan(best);
    // A fully qualified newcomer without an SKP is not held back by the missing factor.
    expect(scoreCandidate(kabidAptika, { ...rina, latestPredikat: null }).total).toBe(100);
  });

  it('scores each predikat on the documented scale', () => {
    const perf = (latestPredikat: CandidateInput['latestPredikat']) =>
      factor(scoreCandidate(kabidAptika, { ...rina, latestPredikat }), 'performance').score;
    expect([
      perf('SANGAT_BAIK'),
      perf('BAIK'),
      perf('BUTUH_PERBAIKAN'),
      perf('KURANG'),
      perf('SANGAT_KURANG'),
    ]).toEqual([1, 0.8, 0.4, 0.2, 0]);
  });

  it('gives full level credit above the lowest required level', () => {
    const s = scoreCandidate(kabidAptika, {
      ...rina,
      education: [{ level: 'S3', major: 'Sistem Informasi' }],
    });
    expect(factor(s, 'education')).toMatchObject({
      score: 1,
      detail: 'S3 meets S1; major Sistem Informasi matches',
    });
  });

  it('matches majors after normalising case and spaces', () => {
    const s = scoreCandidate(kabidAptika, {
      ...rina,
      education: [{ level: 'S1', major: '  teknik   INFORMATIKA ' }],
    });
    expect(factor(s, 'education').score).toBe(1);
  });

  it('halves education for the right level in the wrong major', () => {
    const s = scoreCandidate(kabidAptika, { ...rina, education: [{ level: 'S2', major: 'Ilmu Hukum' }] });
    expect(factor(s, 'education')).toMatchObject({ score: 0.5, detail: 'S2 meets S1; no matching major' });
  });

  it('counts a matching major from any education entry', () => {
    const s = scoreCandidate(kabidAptika, {
      ...rina,
      education: [
        { level: 'D3', major: 'Teknik Informatika' },
        { level: 'S1', major: 'Manajemen' },
      ],
    });
    expect(factor(s, 'education').score).toBe(1);
  });

  it('floors level credit at 0 and gives 0 without education', () => {
    const sma = scoreCandidate(kabidAptika, {
      ...rina,
      education: [{ level: 'SMA', major: 'Teknik Informatika' }],
    });
    expect(factor(sma, 'education')).toMatchObject({
      score: 0,
      detail: 'SMA is 5 below S1; major Teknik Informatika matches',
    });
    const none = scoreCandidate(kabidAptika, { ...rina, education: [] });
    expect(factor(none, 'education')).toMatchObject({
      score: 0,
      detail: 'no education recorded (requires S1); no matching major',
    });
  });

  it('gives full education credit when nothing is required', () => {
    const open: PositionInput = { ...kabidAptika, requiredEducation: { levels: [], majors: [] } };
    const s = scoreCandidate(open, { ...rina, education: [] });
    expect(factor(s, 'education')).toMatchObject({ score: 1, detail: 'no level required; any major' });
  });

  it('gives full competency credit when nothing is required', () => {
    const s = scoreCandidate({ ...kabidAptika, requiredCompetencies: [] }, { ...rina, competencies: [] });
    expect(factor(s, 'competency')).toMatchObject({ score: 1, detail: 'no competencies required' });
  });

  it('takes the highest level of a repeated competency and treats a zero minimum as met', () => {
    const position: PositionInput = {
      ...kabidAptika,
      requiredCompetencies: [
        { code: 'TEK-ANALISIS-DATA', minLevel: 4 },
        { code: 'SOS-PEREKAT-BANGSA', minLevel: 0 },
      ],
    };
    const s = scoreCandidate(position, {
      ...rina,
      competencies: [
        { code: 'TEK-ANALISIS-DATA', level: 4 },
        { code: 'TEK-ANALISIS-DATA', level: 2 },
      ],
    });
    expect(factor(s, 'competency')).toMatchObject({
      score: 1,
      detail: '2/2 met; met: SOS-PEREKAT-BANGSA, TEK-ANALISIS-DATA',
    });
  });

  it('scores rank through rankEligibility, so a PPPK gets 0 for a structural position', () => {
    const s = scoreCandidate(kabidAptika, { ...rina, employmentType: 'PPPK', rank: null, grade: 'XI' });
    expect(factor(s, 'rank')).toMatchObject({
      score: 0,
      points: 0,
      detail: 'ADMINISTRATOR is not open to PPPK',
    });
    expect(s.total).toBe(80);
  });

  it('reports share 0 rather than dividing by a zero total', () => {
    const s = scoreCandidate(kabidAptika, {
      ...agus,
      employmentType: 'PPPK',
      rank: null,
      education: [],
      competencies: [],
      latestPredikat: 'SANGAT_KURANG',
    });
    expect(s.total).toBe(0);
    expect(s.factors.map((f) => f.share)).toEqual([0, 0, 0, 0]);
  });

  it('keeps the weights summing to 100', () => {
    expect(Object.values(PLACEMENT_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe('rankCandidates', () => {
  // Two required competencies at level 4, so competency scores move in steps of 1/8.
  const pranata: PositionInput = {
    id: 'pos-pranata-komputer',
    type: 'ADMINISTRATOR',
    positionClass: 11,
    requiredEducation: { levels: ['S1'], majors: ['Teknik Informatika'] },
    requiredCompetencies: [
      { code: 'TEK-ANALISIS-DATA', minLevel: 4 },
      { code: 'TEK-PENGELOLAAN-JARINGAN', minLevel: 4 },
    ],
  };
  const base = {
    employmentType: 'PNS' as const,
    education: [{ level: 'S1' as const, major: 'Teknik Informatika' }],
    latestPredikat: 'BAIK' as const,
  };
  // 25 + 40 + 15 (III/c, one step short) + 12 = 92
  const dedi: CandidateInput = {
    ...base,
    id: 'emp-002',
    name: 'Dedi Kurniawan, S.T.',
    rank: 'III/c',
    competencies: [
      { code: 'TEK-ANALISIS-DATA', level: 4 },
      { code: 'TEK-PENGELOLAAN-JARINGAN', level: 4 },
    ],
  };
  // 25 + 35 (7/8) + 20 + 12 = 92
  const sari: CandidateInput = {
    ...base,
    id: 'emp-001',
    name: 'Sari Puspita, S.Kom.',
    rank: 'III/d',
    competencies: [
      { code: 'TEK-ANALISIS-DATA', level: 4 },
      { code: 'TEK-PENGELOLAAN-JARINGAN', level: 3 },
    ],
  };

  it('orders by total, numbering from 1', () => {
    const ranked = rankCandidates(kabidAptika, [agus, rina]);
    expect(ranked.map((r) => [r.candidateId, r.rank, r.total])).toEqual([
      ['emp-rina', 1, 100],
      ['emp-agus', 2, 55.5],
    ]);
    expect(ranked[0]!.factors).toEqual(scoreCandidate(kabidAptika, rina).factors);
  });

  it('breaks an equal total by competency points before id', () => {
    const ranked = rankCandidates(pranata, [sari, dedi]);
    expect(ranked.map((r) => [r.candidateId, r.total, r.factors[1]!.points])).toEqual([
      ['emp-002', 92, 40],
      ['emp-001', 92, 35],
    ]);
  });

  it('breaks a full tie by id, whatever the input order', () => {
    const twin = { ...dedi, id: 'emp-000', name: 'Dewi Lestari, S.T.' };
    const forward = rankCandidates(pranata, [dedi, sari, twin]).map((r) => r.candidateId);
    const backward = rankCandidates(pranata, [twin, sari, dedi]).map((r) => r.candidateId);
    expect(forward).toEqual(['emp-000', 'emp-002', 'emp-001']);
    expect(backward).toEqual(forward);
  });

  it('returns an empty list for no candidates', () => {
    expect(rankCandidates(pranata, [])).toEqual([]);
  });
});

describe('step-downs', () => {
  // Kepala Puskesmas: a pengawas post. The Kepala Dinas fits it best on paper.
  const kapus: PositionInput = {
    id: 'pos-kapus',
    type: 'PENGAWAS',
    positionClass: 9,
    requiredEducation: { levels: ['S1'], majors: [] },
    requiredCompetencies: [{ code: 'TEK-KESEHATAN-MASYARAKAT', minLevel: 3 }],
  };
  const person = (id: string, level: number, currentPosition: CandidateInput['currentPosition']) => ({
    id,
    name: id,
    employmentType: 'PNS' as const,
    rank: 'IV/b' as const,
    education: [{ level: 'S2' as const, major: 'Kesehatan Masyarakat' }],
    competencies: [{ code: 'TEK-KESEHATAN-MASYARAKAT', level }],
    currentPosition,
  });
  const kadis = person('emp-kadis', 5, { type: 'JPT_PRATAMA' });
  const kasi = person('emp-kasi', 2, { type: 'PENGAWAS' });
  const dokter = person('emp-dokter', 1, { type: 'FUNGSIONAL', functionalLevel: 'AHLI_MUDA' });
  const staf = person('emp-staf', 1, null);

  it('marks the step down in the breakdown without changing its score', () => {
    const s = scoreCandidate(kapus, kadis);
    expect(s.stepDown).toBe(true);
    expect(s.stepDownReason).toBe(
      'step down: current position JPT_PRATAMA is a higher level than PENGAWAS (2 steps lower)',
    );
    expect(s.total).toBe(scoreCandidate(kapus, { ...kadis, currentPosition: null }).total);
    expect(scoreCandidate(kapus, kasi)).toMatchObject({ stepDown: false, stepDownReason: null });
    expect(scoreCandidate(kapus, rina)).toMatchObject({ stepDown: false, stepDownReason: null });
  });

  it('ranks step-downs after every other candidate, even lower totals, then by total among themselves', () => {
    const former = person('emp-sekda', 4, { type: 'JPT_MADYA' });
    const ranked = rankCandidates(kapus, [kadis, staf, dokter, former, kasi]);
    expect(ranked.map((r) => [r.candidateId, r.rank, r.stepDown])).toEqual([
      ['emp-kasi', 1, false],
      ['emp-dokter', 2, false],
      ['emp-staf', 3, false],
      ['emp-kadis', 4, true],
      ['emp-sekda', 5, true],
    ]);
    expect(ranked[3]!.total).toBeGreaterThan(ranked[0]!.total);
  });

  it('a placement of a step-down candidate falls outside the recommendation once five others rank', () => {
    const others = [1, 2, 3, 4, 5].map((i) => person(`emp-${i}`, 1, null));
    const ids = rankCandidates(kapus, [kadis, ...others]).map((r) => r.candidateId);
    expect(ids.at(-1)).toBe('emp-kadis');
    expect(isOutsideRecommendation(ids, 'emp-kadis')).toBe(true);
  });

  it('suggestPositions puts lower posts after the others for an employee who holds one', () => {
    const kabid: PositionInput = { ...kapus, id: 'pos-kabid', type: 'ADMINISTRATOR' };
    const suggested = suggestPositions({ ...kasi, currentPosition: { type: 'ADMINISTRATOR' } }, [
      { ...kapus, vacancies: 1 },
      { ...kabid, requiredCompetencies: [{ code: 'TEK-KESEHATAN-MASYARAKAT', minLevel: 5 }], vacancies: 1 },
    ]);
    expect(suggested.map((s) => [s.positionId, s.stepDown])).toEqual([
      ['pos-kabid', false],
      ['pos-kapus', true],
    ]);
  });
});

describe('suggestPositions', () => {
  const kasiInfra: PositionInput = {
    id: 'pos-kasi-infra',
    type: 'PENGAWAS',
    positionClass: 9,
    requiredEducation: { levels: ['S1'], majors: ['Teknik Informatika'] },
    requiredCompetencies: [{ code: 'TEK-PENGELOLAAN-JARINGAN', minLevel: 3 }],
  };
  const analis: PositionInput = {
    id: 'pos-analis-data',
    type: 'FUNGSIONAL',
    functionalLevel: 'AHLI_MUDA',
    positionClass: 9,
    requiredEducation: { levels: ['S1'], majors: ['Statistika', 'Teknik Informatika'] },
    requiredCompetencies: [{ code: 'TEK-ANALISIS-DATA', minLevel: 3 }],
  };

  it('scores only positions with vacancies and orders them like candidates', () => {
    const suggested = suggestPositions(rina, [
      { ...kasiInfra, vacancies: 1 },
      { ...kabidAptika, vacancies: 0 },
      { ...analis, vacancies: 2 },
      { ...analis, id: 'pos-negative', vacancies: -1 },
    ]);
    // analis: all met → 100; kasi infra: network competency missing → 100 - 40 = 60.
    expect(suggested.map((s) => [s.positionId, s.rank, s.vacancies, s.total])).toEqual([
      ['pos-analis-data', 1, 2, 100],
      ['pos-kasi-infra', 2, 1, 60],
    ]);
    expect(suggested[1]!.factors).toEqual(scoreCandidate(kasiInfra, rina).factors);
  });

  it('breaks ties by position id', () => {
    const suggested = suggestPositions(rina, [
      { ...analis, id: 'pos-b', vacancies: 1 },
      { ...analis, id: 'pos-a', vacancies: 3 },
    ]);
    expect(suggested.map((s) => s.positionId)).toEqual(['pos-a', 'pos-b']);
  });
});

describe('isOutsideRecommendation', () => {
  const ids = ['emp-1', 'emp-2', 'emp-3', 'emp-4', 'emp-5', 'emp-6'];

  it('is false within the first five and true from the sixth', () => {
    expect(TOP_RECOMMENDATIONS).toBe(5);
    expect(isOutsideRecommendation(ids, 'emp-1')).toBe(false);
    expect(isOutsideRecommendation(ids, 'emp-5')).toBe(false);
    expect(isOutsideRecommendation(ids, 'emp-6')).toBe(true);
  });

  it('is true for a candidate not ranked at all, and false on a short list', () => {
    expect(isOutsideRecommendation(ids, 'emp-99')).toBe(true);
    expect(isOutsideRecommendation(['emp-1', 'emp-2'], 'emp-2')).toBe(false);
  });
});
