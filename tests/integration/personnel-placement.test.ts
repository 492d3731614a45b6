import { countDynamoCalls } from '@pamong/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import {
  createAgency,
  createUnit,
  createUser,
  expectProblem,
  getJson,
  tableSnapshot,
  UNKNOWN_ID,
} from './helpers';

const SLUG = 'mutasi-kota';
let t: TestApi;
let admin: string;
let opdA: string;
let atasan: string;
let otherAdmin: string;
let agencyA: { id: string; name: string };
let agencyB: { id: string; name: string };
let unitA1: { id: string };
let unitA2: { id: string };
let unitB: { id: string };

interface Person {
  name: string;
  rank: string;
  level: string;
  major: string;
  comps: { code: string; level: number }[];
  agencyId?: string;
  unitId?: string;
}

let seq = 0;
/** NIP = birth date (8) + TMT CPNS YYYYMM (6) + gender digit + a 3-digit sequence (ASN-RULES §1). */
async function hire(p: Person) {
  const n = String(++seq).padStart(3, '0');
  const res = await t.call('POST', '/v1/employees', {
    token: admin,
    body: {
      employmentType: 'PNS',
      nip: `198001152005032${n}`,
      name: p.name,
      gender: 'P',
      birthPlace: 'Palembang',
      birthDate: '1980-01-15',
      agencyId: p.agencyId ?? agencyA.id,
      unitId: p.unitId ?? unitA1.id,
      rank: p.rank,
      tmtCpns: '2005-03-01',
      education: [
        { level: p.level, major: p.major, institution: 'Universitas Sriwijaya', graduationYear: 2003 },
      ],
      competencies: p.comps,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; version: number; bup: number; retirementDate: string; agencyId: string };
}

async function position(over: Record<string, unknown>) {
  const res = await t.call('POST', '/v1/positions', {
    token: admin,
    body: {
      agencyId: agencyA.id,
      unitId: unitA1.id,
      name: 'Jabatan',
      type: 'PELAKSANA',
      positionClass: 7,
      requiredEducation: { levels: ['S1'], majors: [] },
      requiredCompetencies: [],
      seats: 1,
      ...over,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; name: string; seats: number };
}

const placement = (p: { id: string; agencyId?: string; unitId?: string }, version: number, over = {}) => ({
  agencyId: p.agencyId ?? agencyA.id,
  unitId: p.unitId ?? unitA1.id,
  positionId: p.id,
  tmt: '2026-02-01',
  decreeNumber: '821/045/BKD/2026',
  decreeDate: '2026-01-20',
  reason: 'Penataan jabatan sesuai kompetensi',
  version,
  ...over,
});

const place = (employeeId: string, body: unknown, token = admin) =>
  t.call('POST', `/v1/employees/${employeeId}/placements`, { token, body });

const JUSTIFICATION = 'Kebutuhan organisasi mendesak dan telah disetujui Baperjakat.';
const TEK = 'TEK-ANALISIS-DATA';
const MAN = 'MAN-KEPEMIMPINAN';

let best: Awaited<ReturnType<typeof hire>>;
let mid: Awaited<ReturnType<typeof hire>>[];
let weak: Awaited<ReturnType<typeof hire>>;
let retired: Awaited<ReturnType<typeof hire>>;
let onLeave: Awaited<ReturnType<typeof hire>>;
let noComp: Awaited<ReturnType<typeof hire>>;
let inB: Awaited<ReturnType<typeof hire>>;
let pData: { id: string; name: string; seats: number };
let pOpen: { id: string; name: string; seats: number };
let pWide: { id: string; name: string; seats: number };
let pB: { id: string; name: string; seats: number };

beforeAll(async () => {
  t = await createTestApi();
  ({ adminToken: admin } = await createTenantViaApi(t, SLUG));
  agencyA = await createAgency(t, admin, 'Badan Kepegawaian Daerah');
  agencyB = await createAgency(t, admin, 'Dinas Kesehatan');
  unitA1 = await createUnit(t, admin, agencyA.id, 'Bidang Data');
  unitA2 = await createUnit(t, admin, agencyA.id, 'Bidang Umum');
  unitB = await createUnit(t, admin, agencyB.id, 'Bidang Sumber Daya');
  await createUser(t, admin, { username: 'opd.bkd', role: 'agency-admin', agencyId: agencyA.id });
  opdA = await t.loginAs(SLUG, 'opd.bkd');
  await createUser(t, admin, { username: 'atasan.bkd', role: 'supervisor', agencyId: agencyA.id });
  atasan = await t.loginAs(SLUG, 'atasan.bkd');
  ({ adminToken: otherAdmin } = await createTenantViaApi(t, 'mutasi-lain'));

  best = await hire({
    name: 'Ani Best',
    rank: 'IV/a',
    level: 'S2',
    major: 'Statistika',
    comps: [
      { code: TEK, level: 4 },
      { code: MAN, level: 3 },
    ],
  });
  mid = [];
  for (const name of ['Budi', 'Citra', 'Dedi', 'Eka', 'Fajar'])
    mid.push(
      await hire({
        name: `${name} Mid`,
        rank: 'III/b',
        level: 'S1',
        major: 'Statistika',
        comps: [
          { code: TEK, level: 3 },
          { code: MAN, level: 1 },
        ],
      }),
    );
  weak = await hire({
    name: 'Gita Weak',
    rank: 'II/a',
    level: 'SMA',
    major: 'IPA',
    comps: [{ code: TEK, level: 1 }],
  });
  retired = await hire({
    name: 'Hadi Retired',
    rank: 'IV/b',
    level: 'S2',
    major: 'Statistika',
    comps: [{ code: TEK, level: 5 }],
  });
  onLeave = await hire({
    name: 'Indah Cltn',
    rank: 'IV/b',
    level: 'S2',
    major: 'Statistika',
    comps: [{ code: TEK, level: 5 }],
  });
  for (const [e, status] of [
    [retired, 'PENSIUN'],
    [onLeave, 'CLTN'],
  ] as const) {
    const res = await t.call('PATCH', `/v1/employees/${e.id}`, {
      token: admin,
      body: { status, version: 1 },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
  noComp = await hire({ name: 'Joko Umum', rank: 'III/c', level: 'S1', major: 'Manajemen', comps: [] });
  inB = await hire({
    name: 'Kartika Dinkes',
    rank: 'III/c',
    level: 'S1',
    major: 'Statistika',
    comps: [{ code: TEK, level: 3 }],
    agencyId: agencyB.id,
    unitId: unitB.id,
  });

  pData = await position({
    name: 'Kepala Bidang Data',
    type: 'ADMINISTRATOR',
    positionClass: 11,
    requiredEducation: { levels: ['S1'], majors: ['Statistika'] },
    requiredCompetencies: [
      { code: TEK, minLevel: 3 },
      { code: MAN, minLevel: 2 },
    ],
  });
  pOpen = await position({ name: 'Pengadministrasi Umum', unitId: unitA2.id, seats: 3 });
  pWide = await position({
    name: 'Pengolah Data',
    requiredCompetencies: [{ code: TEK, minLevel: 3 }],
    seats: 5,
  });
  pB = await position({
    name: 'Statistisi Ahli Utama',
    agencyId: agencyB.id,
    unitId: unitB.id,
    type: 'FUNGSIONAL',
    functionalLevel: 'AHLI_UTAMA',
    positionClass: 14,
    requiredCompetencies: [{ code: TEK, minLevel: 2 }],
    seats: 2,
  });
});

describe('getPlacementCandidates', () => {
  it('ranks the holders of the required competencies with a factor breakdown, leaving out inactive employees', async () => {
    const res = await getJson(t, `/v1/positions/${pData.id}/candidates`, opdA);
    expect(res.position).toMatchObject({ id: pData.id, filled: 0, vacancies: 1 });
    const ids = res.candidates.map((c: { employeeId: string }) => c.employeeId);
    expect(ids[0]).toBe(best.id);
    expect(ids[ids.length - 1]).toBe(weak.id);
    expect(new Set(ids)).toEqual(new Set([best.id, ...mid.map((m) => m.id), weak.id, inB.id]));
    expect(res.candidates.map((c: { rank: number }) => c.rank)).toEqual(
      ids.map((_: string, i: number) => i + 1),
    );

    const top = res.candidates[0];
    expect(top).toMatchObject({
      name: 'Ani Best',
      agencyId: agencyA.id,
      agencyName: 'Badan Kepegawaian Daerah',
      golongan: 'IV/a',
      employmentType: 'PNS',
      total: 100,
    });
    expect(top.factors.map((f: { factor: string }) => f.factor)).toEqual([
      'education',
      'competency',
      'rank',
      'performance',
    ]);
    expect(top.factors[3]).toMatchObject({ status: 'absent', points: null, weight: 15 });

    // Budi: full education, competency (3/3 + 1/2) / 2, rank III/b two steps below III/d; renormalised over 85.
    const budi = res.candidates.find((c: { employeeId: string }) => c.employeeId === mid[0]!.id);
    expect(budi.total).toBeCloseTo(((25 + 40 * 0.75 + 20 * 0.5) / 85) * 100, 1);
    expect(budi.factors[1].detail).toContain('1/2 met');
    const sum = budi.factors.reduce((s: number, f: { points: number | null }) => s + (f.points ?? 0), 0);
    expect(sum).toBeCloseTo(budi.total, 0);

    const dinkes = res.candidates.find((c: { employeeId: string }) => c.employeeId === inB.id);
    expect(dinkes.agencyName).toBe('Dinas Kesehatan');
  });

  it('limits the answer, and uses the agency employees when the position requires no competency', async () => {
    const three = await getJson(t, `/v1/positions/${pData.id}/candidates?limit=3`, admin);
    expect(three.candidates.map((c: { rank: number }) => c.rank)).toEqual([1, 2, 3]);
    expectProblem(
      await t.call('GET', `/v1/positions/${pData.id}/candidates?limit=51`, { token: admin }),
      400,
      'validation',
      ['limit'],
    );

    const open = await getJson(t, `/v1/positions/${pOpen.id}/candidates?limit=50`, admin);
    const ids = open.candidates.map((c: { employeeId: string }) => c.employeeId);
    expect(ids).toContain(noComp.id);
    expect(ids).toContain(best.id);
    expect(ids).not.toContain(inB.id);
    expect(ids).not.toContain(retired.id);
    expect(ids).not.toContain(onLeave.id);
  });

  it('answers 404 for unknown or foreign positions and 403 to non-admins', async () => {
    expectProblem(
      await t.call('GET', `/v1/positions/${UNKNOWN_ID}/candidates`, { token: admin }),
      404,
      'not-found',
    );
    expectProblem(
      await t.call('GET', `/v1/positions/${pData.id}/candidates`, { token: otherAdmin }),
      404,
      'not-found',
    );
    expectProblem(
      await t.call('GET', `/v1/positions/${pData.id}/candidates`, { token: atasan }),
      403,
      'forbidden',
    );
  });
});

describe('recordPlacement', () => {
  it('places the top candidate: one seat taken, a placement history entry and an unflagged audit entry', async () => {
    const res = await place(best.id, placement(pData, best.version));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      outsideRecommendation: false,
      candidateRank: 1,
      employee: { id: best.id, positionId: pData.id, agencyId: agencyA.id, unitId: unitA1.id, version: 2 },
    });
    best.version = 2;
    expect(await getJson(t, `/v1/positions/${pData.id}`, admin)).toMatchObject({ filled: 1, vacancies: 0 });

    const history = (await getJson(t, `/v1/employees/${best.id}/history`, admin)).items;
    expect(history[0]).toMatchObject({
      kind: 'career',
      event: 'placement',
      tmt: '2026-02-01',
      decreeNumber: '821/045/BKD/2026',
      decreeDate: '2026-01-20',
      reason: 'Penataan jabatan sesuai kompetensi',
      changes: { positionId: { before: null, after: pData.id } },
    });
    const [audit] = (await getJson(t, `/v1/audit?entityType=employee&entityId=${best.id}`, admin)).items;
    expect(audit).toMatchObject({
      action: 'employee.placement',
      changes: { positionId: { before: null, after: pData.id } },
    });
    expect(audit).not.toHaveProperty('flags');

    // Whoever holds the position is no longer its candidate.
    const again = await getJson(t, `/v1/positions/${pData.id}/candidates`, admin);
    expect(again.position.filled).toBe(1);
    expect(again.candidates.map((c: { employeeId: string }) => c.employeeId)).not.toContain(best.id);
  });

  it('answers 409 for a full position and writes nothing', async () => {
    const before = await tableSnapshot(t);
    const res = await place(mid[0]!.id, placement(pData, 1, { justification: JUSTIFICATION }));
    expectProblem(res, 409, 'conflict', ['positionId']);
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('needs a justification outside the top 5 and then flags the audit entry', async () => {
    const before = await tableSnapshot(t);
    const refused = await place(weak.id, placement(pWide, 1));
    expectProblem(refused, 400, 'validation', ['justification']);
    expectProblem(
      await place(weak.id, placement(pWide, 1, { justification: 'terlalu pendek' })),
      400,
      'validation',
      ['justification'],
    );
    expect(await tableSnapshot(t)).toEqual(before);

    const res = await place(weak.id, placement(pWide, 1, { justification: JUSTIFICATION }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.outsideRecommendation).toBe(true);
    expect(res.body.candidateRank).toBeGreaterThan(5);
    const [audit] = (await getJson(t, `/v1/audit?entityType=employee&entityId=${weak.id}`, admin)).items;
    expect(audit).toMatchObject({
      action: 'employee.placement',
      flags: ['outside-recommendation'],
      changes: {
        justification: { before: null, after: JUSTIFICATION },
        candidateRank: { after: res.body.candidateRank },
      },
    });
  });

  it('moves an employee to another agency: seats, headcounts, BUP and history follow', async () => {
    const countA = (await getJson(t, `/v1/agencies/${agencyA.id}`, admin)).employeeCount;
    const countB = (await getJson(t, `/v1/agencies/${agencyB.id}`, admin)).employeeCount;
    const res = await place(
      best.id,
      placement({ id: pB.id, agencyId: agencyB.id, unitId: unitB.id }, best.version),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    best.version = 3;
    // A JF Ahli Utama retires at 65 (PP 11/2017): born 1980-01-15, so on 2045-02-01.
    expect(res.body.employee).toMatchObject({
      agencyId: agencyB.id,
      unitId: unitB.id,
      positionId: pB.id,
      bup: 65,
    });
    expect(res.body.employee.retirementDate).toBe('2045-02-01');
    expect(await getJson(t, `/v1/employees/${best.id}`, admin)).toMatchObject({
      bup: 65,
      positionId: pB.id,
      version: 3,
    });
    expect((await getJson(t, `/v1/positions/${pData.id}`, admin)).filled).toBe(0);
    expect((await getJson(t, `/v1/positions/${pB.id}`, admin)).filled).toBe(1);
    expect((await getJson(t, `/v1/agencies/${agencyA.id}`, admin)).employeeCount).toBe(countA - 1);
    expect((await getJson(t, `/v1/agencies/${agencyB.id}`, admin)).employeeCount).toBe(countB + 1);
    const [entry] = (await getJson(t, `/v1/employees/${best.id}/history`, admin)).items;
    expect(entry.changes).toMatchObject({
      agencyId: { before: agencyA.id, after: agencyB.id },
      unitId: { before: unitA1.id, after: unitB.id },
      positionId: { before: pData.id, after: pB.id },
    });

    // Leaving the position (no positionId) frees the seat and brings the BUP back to 58.
    const left = await place(best.id, {
      ...placement({ id: pB.id, agencyId: agencyB.id, unitId: unitB.id }, 3),
      positionId: undefined,
    });
    expect(left.status, JSON.stringify(left.body)).toBe(201);
    best.version = 4;
    expect(left.body.employee).not.toHaveProperty('positionId');
    expect(left.body.employee.bup).toBe(58);
    expect(left.body.candidateRank).toBeNull();
    expect((await getJson(t, `/v1/positions/${pB.id}`, admin)).filled).toBe(0);
  });

  it('answers 400 at the field, 404 for unknown or foreign employees, and writes nothing', async () => {
    const e = mid[1]!;
    const before = await tableSnapshot(t);
    const cases: [unknown, string[]][] = [
      [placement({ id: pOpen.id }, 1), ['positionId']], // pOpen is in unit A2
      // B's unit under agency A (no position, so the unit check in the transaction answers).
      [{ ...placement({ id: pOpen.id, unitId: unitB.id }, 1), positionId: undefined }, ['unitId']],
      [placement({ id: pOpen.id, unitId: unitA2.id, agencyId: UNKNOWN_ID }, 1), ['agencyId']],
      [placement({ id: UNKNOWN_ID }, 1), ['positionId']],
      [
        { agencyId: agencyA.id, unitId: unitA1.id, tmt: '2026-13-01', kind: 'promosi' },
        ['tmt', 'kind', 'reason', 'version'],
      ],
      // Nothing would change: same agency and unit, and still no position.
      [{ ...placement({ id: pOpen.id }, 1), positionId: undefined }, ['unitId']],
    ];
    for (const [body, paths] of cases) expectProblem(await place(e.id, body), 400, 'validation', paths);
    expectProblem(await place(UNKNOWN_ID, placement(pWide, 1)), 404, 'not-found');
    expectProblem(await place(e.id, placement(pWide, 1), otherAdmin), 404, 'not-found');
    expectProblem(await place(e.id, placement(pWide, 1), atasan), 403, 'forbidden');
    // Retired employees are not placed.
    expectProblem(
      await place(retired.id, placement(pWide, 2, { justification: JUSTIFICATION })),
      409,
      'conflict',
    );
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('refuses a stale version', async () => {
    const before = await tableSnapshot(t);
    expectProblem(await place(mid[1]!.id, placement(pWide, 7)), 409, 'version-conflict');
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('lets an agency admin place only their own employees into their own agency', async () => {
    const before = await tableSnapshot(t);
    // An employee of agency B.
    expectProblem(
      await place(inB.id, placement(pWide, 1, { justification: JUSTIFICATION }), opdA),
      403,
      'forbidden',
    );
    // Their own employee, into agency B.
    expectProblem(
      await place(mid[2]!.id, placement({ id: pB.id, agencyId: agencyB.id, unitId: unitB.id }, 1), opdA),
      403,
      'forbidden',
    );
    expect(await tableSnapshot(t)).toEqual(before);
    const ok = await place(
      mid[2]!.id,
      placement(pOpen, 1, { unitId: unitA2.id, justification: JUSTIFICATION }),
      opdA,
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.employee).toMatchObject({ positionId: pOpen.id, unitId: unitA2.id });
  });
});

describe('concurrent placements', () => {
  it('fills exactly the free seats: the rest answer 409 and filled matches the employees placed', async () => {
    const code = 'TEK-RACE';
    const racers = [];
    for (let i = 0; i < 6; i++)
      racers.push(
        await hire({
          name: `Pelari ${i}`,
          rank: 'III/a',
          level: 'S1',
          major: 'Fisika',
          comps: [{ code, level: 2 }],
        }),
      );
    const seat = await position({
      name: 'Penelaah Data',
      requiredCompetencies: [{ code, minLevel: 1 }],
      seats: 2,
    });
    const results = await Promise.all(
      racers.map((r) => place(r.id, placement(seat, 1, { justification: JUSTIFICATION }))),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 201, 409, 409, 409, 409]);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.type).toMatch(/conflict$/);
    const stored = await getJson(t, `/v1/positions/${seat.id}`, admin);
    expect(stored).toMatchObject({ seats: 2, filled: 2, vacancies: 0 });
    const holders = [];
    for (const r of racers) {
      const e = await getJson(t, `/v1/employees/${r.id}`, admin);
      if (e.positionId === seat.id) holders.push(e);
      else expect(e.version).toBe(1);
    }
    expect(holders).toHaveLength(2);
  });
});

describe('getSuggestedPositions', () => {
  it('ranks vacant positions for an employee, leaving out full ones and their own', async () => {
    const e = mid[2]!; // placed in pOpen above
    const res = await getJson(t, `/v1/employees/${e.id}/suggested-positions`, admin);
    expect(res.employeeId).toBe(e.id);
    expect(res.truncated).toBe(false);
    const ids = res.items.map((s: { position: { id: string } }) => s.position.id);
    expect(ids).not.toContain(pOpen.id);
    expect(ids).toContain(pData.id);
    expect(ids).toContain(pWide.id);
    expect(res.items.every((s: { position: { vacancies: number } }) => s.position.vacancies > 0)).toBe(true);
    expect(res.items.map((s: { rank: number }) => s.rank)).toEqual(ids.map((_: string, i: number) => i + 1));
    const totals = res.items.map((s: { total: number }) => s.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(res.items[0].factors).toHaveLength(4);

    const one = await getJson(t, `/v1/employees/${e.id}/suggested-positions?limit=1`, admin);
    expect(one.items).toHaveLength(1);
    expect(one.items[0]).toEqual(res.items[0]);
  });

  it('answers 404 for unknown or foreign employees and 403 to non-admins', async () => {
    expectProblem(
      await t.call('GET', `/v1/employees/${UNKNOWN_ID}/suggested-positions`, { token: admin }),
      404,
      'not-found',
    );
    expectProblem(
      await t.call('GET', `/v1/employees/${mid[0]!.id}/suggested-positions`, { token: otherAdmin }),
      404,
      'not-found',
    );
    expectProblem(
      await t.call('GET', `/v1/employees/${mid[0]!.id}/suggested-positions`, { token: atasan }),
      403,
      'forbidden',
    );
  });
});

describe('step-downs (issue 11 B15)', () => {
  it('marks a candidate for whom the post is a lower level and ranks them after the others', async () => {
    const code = 'TEK-KESMAS';
    const onB = { agencyId: agencyB.id, unitId: unitB.id };
    const kadisPos = await position({
      ...onB,
      name: 'Kepala Dinas Kesehatan',
      type: 'JPT_PRATAMA',
      positionClass: 14,
      requiredEducation: { levels: ['S2'], majors: [] },
    });
    const kadis = await hire({
      ...onB,
      name: 'Lina Kadis',
      rank: 'IV/c',
      level: 'S2',
      major: 'Kesehatan Masyarakat',
      comps: [{ code, level: 5 }],
    });
    const placed = await place(
      kadis.id,
      placement({ id: kadisPos.id, ...onB }, kadis.version, { justification: JUSTIFICATION }),
    );
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const kasi = await hire({
      ...onB,
      name: 'Made Kasi',
      rank: 'III/d',
      level: 'S1',
      major: 'Kesehatan Masyarakat',
      comps: [{ code, level: 2 }],
    });
    const dokter = await hire({
      ...onB,
      name: 'Nur Dokter',
      rank: 'III/c',
      level: 'S1',
      major: 'Kedokteran',
      comps: [{ code, level: 1 }],
    });
    const kapus = await position({
      ...onB,
      name: 'Kepala Puskesmas Sukarami',
      type: 'PENGAWAS',
      positionClass: 9,
      requiredCompetencies: [{ code, minLevel: 3 }],
    });

    const path = `/v1/positions/${kapus.id}/candidates`;
    const res = await getJson(t, path, admin);
    type Candidate = {
      employeeId: string;
      total: number;
      stepDown: boolean;
      stepDownReason: string | null;
      rank: number;
    };
    const candidates = res.candidates as Candidate[];
    expect(candidates.map((c) => [c.employeeId, c.rank, c.stepDown])).toEqual([
      [kasi.id, 1, false],
      [dokter.id, 2, false],
      [kadis.id, 3, true],
    ]);
    expect(candidates[2]!.stepDownReason).toBe(
      'step down: current position JPT_PRATAMA is a higher level than PENGAWAS (2 steps lower)',
    );
    expect(candidates[0]!.stepDownReason).toBeNull();
    // The score is not penalised: the Kepala Dinas still fits best on paper.
    expect(candidates[2]!.total).toBeGreaterThan(candidates[0]!.total);

    // The holders' positions are read in one BatchGetItem (tenant and account cached by the call above);
    // beside them the performance settings (a GetItem) and the candidates' SKP owner guards of the
    // current and the last performance year (a BatchGetItem that finds none here, so no second one
    // for their annual assessments: the predikat factor stays absent).
    const { calls } = await countDynamoCalls(() => t.call('GET', path, { token: admin }));
    expect(calls.byCommand).toEqual({ GetItem: 2, Query: 1, BatchGetItem: 2 });

    // The Kepala Dinas's own suggestions put lower posts last, with the same mark.
    const suggested = (await getJson(t, `/v1/employees/${kadis.id}/suggested-positions?limit=50`, admin))
      .items as { position: { id: string }; stepDown: boolean }[];
    const firstDown = suggested.findIndex((s) => s.stepDown);
    expect(suggested.find((s) => s.position.id === kapus.id)?.stepDown).toBe(true);
    expect(suggested.slice(firstDown).every((s) => s.stepDown)).toBe(true);
  });
});
