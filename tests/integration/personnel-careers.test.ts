import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import { allPages, createAgency, createUnit, createUser, expectProblem, getJson } from './helpers';

/**
 * Promotion and retirement lists and the headcount dashboard, on a fixed clock:
 * 2026-03-10 10:00 in Jakarta.
 */
const START = new Date('2026-03-10T03:00:00Z');
let clock = START;
let t: TestApi;
let admin: string;
let adminA: string;
let adminB: string;
let supervisor: string;
let agencyA: { id: string };
let agencyB: { id: string };
let unitA: { id: string };
let unitB: { id: string };
const emp: Record<string, { id: string; version: number }> = {};

const SLUG = 'karier';
const S1 = {
  level: 'S1',
  major: 'Administrasi Publik',
  institution: 'Universitas Andalas',
  graduationYear: 2009,
};

async function hire(key: string, body: Record<string, unknown>) {
  const res = await t.call('POST', '/v1/employees', {
    token: admin,
    body: { birthPlace: 'Padang', education: [S1], ...body },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  emp[key] = res.body;
}

beforeAll(async () => {
  t = await createTestApi({ now: () => clock });
  ({ adminToken: admin } = await createTenantViaApi(t, SLUG));
  agencyA = await createAgency(t, admin, 'Dinas Kesehatan');
  agencyB = await createAgency(t, admin, 'Dinas Pendidikan');
  unitA = await createUnit(t, admin, agencyA.id, 'Sekretariat');
  unitB = await createUnit(t, admin, agencyB.id, 'Bidang SD');
  for (const [username, role, agencyId] of [
    ['opd.a', 'agency-admin', agencyA.id],
    ['opd.b', 'agency-admin', agencyB.id],
    ['atasan', 'supervisor', agencyA.id],
  ] as const)
    await createUser(t, admin, { username, role, agencyId });
  adminA = await t.loginAs(SLUG, 'opd.a');
  adminB = await t.loginAs(SLUG, 'opd.b');
  supervisor = await t.loginAs(SLUG, 'atasan');

  const inA = { agencyId: agencyA.id, unitId: unitA.id };
  const inB = { agencyId: agencyB.id, unitId: unitB.id };
  // 4 years 11 months in III/b on 2026-03-10.
  await hire('andi', {
    ...inA,
    employmentType: 'PNS',
    nip: '198609262015051001',
    name: 'Andi Saputra',
    gender: 'L',
    birthDate: '1986-09-26',
    rank: 'III/b',
    tmtCpns: '2015-05-01',
    tmtRank: '2021-04-01',
  });
  // 3 years 11 months in IV/a; turns 58 in March 2026, so retires on 2026-04-01.
  await hire('budi', {
    ...inA,
    employmentType: 'PNS',
    nip: '196803151995031002',
    name: 'Budi Hartono',
    gender: 'L',
    birthDate: '1968-03-15',
    rank: 'IV/a',
    tmtCpns: '1995-03-01',
    tmtRank: '2022-04-01',
    education: [{ ...S1, level: 'S2' }],
  });
  // No rank TMT: counts from TMT CPNS, 8 years 1 month.
  await hire('citra', {
    ...inB,
    employmentType: 'PNS',
    nip: '199012052018022001',
    name: 'Citra Lestari',
    gender: 'P',
    birthDate: '1990-12-05',
    rank: 'III/a',
    tmtCpns: '2018-02-01',
  });
  await hire('dewi', {
    ...inB,
    employmentType: 'PPPK',
    nip: '199507202023212001',
    name: 'Dewi Anggraini',
    gender: 'P',
    birthDate: '1995-07-20',
    grade: 'IX',
    education: [{ ...S1, level: 'D3' }],
  });
  // IV/e has no next rank; retires on 2028-02-01.
  await hire('eko', {
    ...inA,
    employmentType: 'PNS',
    nip: '197001101996031003',
    name: 'Eko Prasetyo',
    gender: 'L',
    birthDate: '1970-01-10',
    rank: 'IV/e',
    tmtCpns: '1996-03-01',
    tmtRank: '2015-10-01',
    education: [{ ...S1, level: 'S3' }],
  });
});

afterEach(() => {
  clock = START;
});

const ids = (items: { employeeId: string }[]) => items.map((i) => i.employeeId);

describe('listPromotionEligible', () => {
  it('lists PNS with 4 years in rank on today (Jakarta), merit-ordered, each factor visible', async () => {
    const res = await getJson(t, '/v1/personnel/promotions', admin);
    expect(res.asOf).toBe('2026-03-10');
    // Budi has 3 years 11 months, Eko is already IV/e, Dewi is PPPK.
    expect(ids(res.items)).toEqual([emp.citra!.id, emp.andi!.id]);
    expect(res.items[0]).toEqual({
      employeeId: emp.citra!.id,
      name: 'Citra Lestari',
      nip: '199012052018022001',
      agencyId: agencyB.id,
      agencyName: 'Dinas Pendidikan',
      unitId: unitB.id,
      rank: 'III/a',
      tmtRank: '2018-02-01',
      highestEducation: 'S1',
      eligible: true,
      yearsInRank: 8,
      monthsInRank: 97,
      since: '2018-02-01',
      nextRank: 'III/b',
      predikats: [],
      meritScore: 0,
      factors: { yearsInRank: 8, performance: null, rankOrder: 9 },
      detail: '8 years in III/a; eligible for III/b',
    });
    expect(res.items[1]).toMatchObject({ yearsInRank: 4, monthsInRank: 59, nextRank: 'III/c' });
    expect(res.nextCursor).toBeNull();
  });

  it('takes asOf: Budi completes 4 years in IV/a on 2026-04-01', async () => {
    const res = await getJson(t, '/v1/personnel/promotions?asOf=2026-04-01', admin);
    expect(ids(res.items)).toEqual([emp.citra!.id, emp.andi!.id, emp.budi!.id]);
    expect(res.items[2]).toMatchObject({ yearsInRank: 4, monthsInRank: 48, nextRank: 'IV/b' });
    const dayBefore = await getJson(t, '/v1/personnel/promotions?asOf=2026-03-31', admin);
    expect(ids(dayBefore.items)).not.toContain(emp.budi!.id);
    // The default follows the app clock.
    clock = new Date('2026-03-31T17:30:00Z'); // 2026-04-01 00:30 in Jakarta
    const later = await t.loginAs(SLUG, 'admin'); // tokens expire on the app clock too
    expect(ids((await getJson(t, '/v1/personnel/promotions', later)).items)).toContain(emp.budi!.id);
  });

  it('filters by agency, and keeps an agency admin to their own agency', async () => {
    const byB = await getJson(t, `/v1/personnel/promotions?agencyId=${agencyB.id}`, admin);
    expect(ids(byB.items)).toEqual([emp.citra!.id]);
    expect(ids((await getJson(t, '/v1/personnel/promotions', adminA)).items)).toEqual([emp.andi!.id]);
    const other = await t.call('GET', `/v1/personnel/promotions?agencyId=${agencyB.id}`, { token: adminA });
    expectProblem(other, 403, 'forbidden');
    expectProblem(await t.call('GET', '/v1/personnel/promotions', { token: supervisor }), 403, 'forbidden');
    expectProblem(await t.call('GET', '/v1/personnel/promotions'), 401, 'unauthorized');
  });

  it('pages with a cursor bound to the query', async () => {
    const pages = await allPages(t, '/v1/personnel/promotions?asOf=2026-04-01', admin, 1);
    expect(
      pages
        .flat()
        .map((r) => r.employeeId)
        .sort(),
    ).toEqual([emp.andi!.id, emp.budi!.id, emp.citra!.id].sort());
    const first = await getJson(t, '/v1/personnel/promotions?asOf=2026-04-01&limit=1', admin);
    const reused = await t.call(
      'GET',
      `/v1/personnel/promotions?asOf=2026-05-01&limit=1&cursor=${encodeURIComponent(first.nextCursor)}`,
      { token: admin },
    );
    expectProblem(reused, 400, 'bad-cursor');
  });

  it('rejects bad input with field paths', async () => {
    const bad = await t.call('GET', '/v1/personnel/promotions?asOf=2026-02-30&limit=0&agencyId=dinkes', {
      token: admin,
    });
    expectProblem(bad, 400, 'validation', ['asOf', 'limit', 'agencyId']);
    expectProblem(
      await t.call('GET', '/v1/personnel/promotions?asOf=0002-01-01', { token: admin }),
      400,
      'validation',
      ['asOf'],
    );
  });
});

describe('listUpcomingRetirements', () => {
  it('lists the next 12 months by default, soonest first, with counts per agency', async () => {
    const res = await getJson(t, '/v1/personnel/retirements', admin);
    expect(res).toMatchObject({ from: '2026-03-10', to: '2027-03-10', nextCursor: null });
    expect(res.items).toEqual([
      {
        employeeId: emp.budi!.id,
        name: 'Budi Hartono',
        nip: '196803151995031002',
        employmentType: 'PNS',
        agencyId: agencyA.id,
        agencyName: 'Dinas Kesehatan',
        unitId: unitA.id,
        rank: 'IV/a',
        birthDate: '1968-03-15',
        retirementDate: '2026-04-01',
        bup: 58,
      },
    ]);
    expect(res.countsByAgency).toEqual([{ agencyId: agencyA.id, agencyName: 'Dinas Kesehatan', count: 1 }]);
  });

  it('takes 24 months, an agency filter and the agency admin scope', async () => {
    const res = await getJson(t, '/v1/personnel/retirements?months=24', admin);
    expect(res.to).toBe('2028-03-10');
    expect(ids(res.items)).toEqual([emp.budi!.id, emp.eko!.id]);
    expect(res.countsByAgency).toEqual([{ agencyId: agencyA.id, agencyName: 'Dinas Kesehatan', count: 2 }]);
    expect(
      (await getJson(t, `/v1/personnel/retirements?months=24&agencyId=${agencyB.id}`, admin)).items,
    ).toEqual([]);
    const own = await getJson(t, '/v1/personnel/retirements?months=24', adminB);
    expect(own).toMatchObject({ items: [], countsByAgency: [] });
    expect(ids((await getJson(t, '/v1/personnel/retirements?months=24', adminA)).items)).toEqual([
      emp.budi!.id,
      emp.eko!.id,
    ]);
    expectProblem(
      await t.call('GET', `/v1/personnel/retirements?agencyId=${agencyA.id}`, { token: adminB }),
      403,
      'forbidden',
    );
    const pages = await allPages(t, '/v1/personnel/retirements?months=24', admin, 1);
    expect(pages.flat().map((r) => r.employeeId)).toEqual([emp.budi!.id, emp.eko!.id]);
  });

  it('starts today in Jakarta: a retirement on the 1st is listed that day, not the next', async () => {
    clock = new Date('2026-03-31T18:00:00Z'); // 2026-04-01 01:00 WIB
    let token = await t.loginAs(SLUG, 'admin'); // tokens expire on the app clock too
    expect(ids((await getJson(t, '/v1/personnel/retirements', token)).items)).toEqual([emp.budi!.id]);
    clock = new Date('2026-04-01T17:00:00Z'); // 2026-04-02 00:00 WIB
    token = await t.loginAs(SLUG, 'admin');
    const res = await getJson(t, '/v1/personnel/retirements', token);
    expect(res.from).toBe('2026-04-02');
    expect(res.items).toEqual([]);
  });

  it('rejects bad input with field paths', async () => {
    const bad = await t.call('GET', '/v1/personnel/retirements?months=6&limit=101', { token: admin });
    expectProblem(bad, 400, 'validation', ['months', 'limit']);
    expectProblem(await t.call('GET', '/v1/personnel/retirements', { token: supervisor }), 403, 'forbidden');
  });
});

/** The DynamoDB commands one request sends, with the partition each Query read. */
async function commandsOf(path: string, token: string) {
  const doc = t.store.doc;
  const original = doc.send.bind(doc);
  const sent: { name: string; pk?: string; key?: string }[] = [];
  const spy = vi.spyOn(doc, 'send').mockImplementation(((cmd: any, ...rest: any[]) => {
    sent.push({
      name: cmd.constructor.name,
      pk: cmd.input?.ExpressionAttributeValues?.[':pk'],
      key: cmd.input?.Key?.pk,
    });
    return original(cmd, ...rest);
  }) as typeof doc.send);
  try {
    const res = await t.call('GET', path, { token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return { body: res.body, sent };
  } finally {
    spy.mockRestore();
  }
}

describe('getPersonnelDashboard', () => {
  const count = (list: any[], field: string, value: string) => list.find((x) => x[field] === value)?.count;

  it('matches the employees exactly, from 2 Queries and no employee read', async () => {
    const { body: d, sent } = await commandsOf('/v1/personnel/dashboard', admin);
    const queries = sent.filter((s) => s.name === 'QueryCommand');
    expect(queries.map((q) => q.pk!.split('#').pop()).sort()).toEqual(['AGENCIES', 'EMPSTATS']);
    expect(sent.some((s) => /#EMP#|#EMPS$/.test(`${s.pk ?? ''}${s.key ?? ''}`))).toBe(false);

    expect(d.asOf).toBe('2026-03-10');
    expect(d.total).toBe(5);
    expect(d.byAgency).toEqual([
      { agencyId: agencyA.id, agencyName: 'Dinas Kesehatan', total: 3 },
      { agencyId: agencyB.id, agencyName: 'Dinas Pendidikan', total: 2 },
    ]);
    expect(d.byEmploymentType).toEqual([
      { employmentType: 'PNS', count: 4 },
      { employmentType: 'CPNS', count: 0 },
      { employmentType: 'PPPK', count: 1 },
    ]);
    expect(d.byGender).toEqual([
      { gender: 'L', count: 3 },
      { gender: 'P', count: 2 },
    ]);
    expect(d.byRank.filter((r: any) => r.count > 0)).toEqual([
      { rank: 'III/a', count: 1 },
      { rank: 'III/b', count: 1 },
      { rank: 'IV/a', count: 1 },
      { rank: 'IV/e', count: 1 },
    ]);
    expect(d.byGrade.filter((g: any) => g.count > 0)).toEqual([{ grade: 'IX', count: 1 }]);
    expect(d.byEducation.filter((e: any) => e.count > 0)).toEqual([
      { level: 'D3', count: 1 },
      { level: 'S1', count: 2 },
      { level: 'S2', count: 1 },
      { level: 'S3', count: 1 },
    ]);
    // Andi 39, Budi 57, Citra 35, Dewi 30, Eko 56.
    expect(d.byAgeBand).toEqual([
      { band: '<25', count: 0 },
      { band: '25-34', count: 1 },
      { band: '35-44', count: 2 },
      { band: '45-54', count: 0 },
      { band: '55+', count: 2 },
    ]);
    expect(d.retirementsByYear).toEqual([
      { year: 2026, count: 1 },
      { year: 2027, count: 0 },
      { year: 2028, count: 1 },
      { year: 2029, count: 0 },
      { year: 2030, count: 0 },
    ]);
    expect(d.retirementOverdue).toBe(0);
  });

  it('scopes to one agency; an agency admin gets their own', async () => {
    const b = await getJson(t, `/v1/personnel/dashboard?agencyId=${agencyB.id}`, admin);
    expect(b).toMatchObject({ agencyId: agencyB.id, total: 2 });
    expect(b.byAgency).toEqual([{ agencyId: agencyB.id, agencyName: 'Dinas Pendidikan', total: 2 }]);
    expect(count(b.byEmploymentType, 'employmentType', 'PPPK')).toBe(1);
    expect(await getJson(t, '/v1/personnel/dashboard', adminB)).toEqual(b);
    expectProblem(
      await t.call('GET', `/v1/personnel/dashboard?agencyId=${agencyA.id}`, { token: adminB }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.call('GET', '/v1/personnel/dashboard?agencyId=x', { token: admin }),
      400,
      'validation',
      ['agencyId'],
    );
    expectProblem(await t.call('GET', '/v1/personnel/dashboard', { token: supervisor }), 403, 'forbidden');
  });

  it('follows promotions, placements and status changes exactly', async () => {
    // Citra promoted to III/b: leaves the promotion list, moves rank bucket.
    const promoted = await t.call('PATCH', `/v1/employees/${emp.citra!.id}`, {
      token: admin,
      body: {
        rank: 'III/b',
        tmtRank: '2026-03-01',
        history: { kind: 'career', tmt: '2026-03-01', decreeNumber: '823/045/BKD/2026' },
        version: emp.citra!.version,
      },
    });
    expect(promoted.status, JSON.stringify(promoted.body)).toBe(200);
    // Andi moves to Dinas Pendidikan (mutasi).
    const andi = await getJson(t, `/v1/employees/${emp.andi!.id}`, admin);
    const placed = await t.call('POST', `/v1/employees/${emp.andi!.id}/placements`, {
      token: admin,
      body: {
        agencyId: agencyB.id,
        unitId: unitB.id,
        tmt: '2026-03-09',
        reason: 'Pemerataan pegawai',
        version: andi.version,
      },
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    // Eko stops counting.
    const stopped = await t.call('PATCH', `/v1/employees/${emp.eko!.id}`, {
      token: admin,
      body: { status: 'BERHENTI', history: { kind: 'career', tmt: '2026-03-05' }, version: emp.eko!.version },
    });
    expect(stopped.status, JSON.stringify(stopped.body)).toBe(200);

    const d = await getJson(t, '/v1/personnel/dashboard', admin);
    expect(d.total).toBe(4);
    expect(d.byAgency).toEqual([
      { agencyId: agencyA.id, agencyName: 'Dinas Kesehatan', total: 1 },
      { agencyId: agencyB.id, agencyName: 'Dinas Pendidikan', total: 3 },
    ]);
    expect(d.byRank.filter((r: any) => r.count > 0)).toEqual([
      { rank: 'III/b', count: 2 },
      { rank: 'IV/a', count: 1 },
    ]);
    expect(count(d.byEducation, 'level', 'S3')).toBe(0);
    expect(count(d.byAgeBand, 'band', '55+')).toBe(1);
    expect(d.retirementsByYear.map((r: any) => r.count)).toEqual([1, 0, 0, 0, 0]);
    const b = await getJson(t, `/v1/personnel/dashboard?agencyId=${agencyB.id}`, admin);
    expect(b.byGender).toEqual([
      { gender: 'L', count: 1 },
      { gender: 'P', count: 2 },
    ]);

    const promotions = await getJson(t, '/v1/personnel/promotions', admin);
    expect(ids(promotions.items)).toEqual([emp.andi!.id]);
    expect(promotions.items[0]).toMatchObject({ agencyId: agencyB.id, agencyName: 'Dinas Pendidikan' });
    expect(ids((await getJson(t, '/v1/personnel/retirements?months=24', admin)).items)).toEqual([
      emp.budi!.id,
    ]);
  });

  it('answers another tenant with its own, empty, figures', async () => {
    const other = await createTenantViaApi(t, 'karier-lain');
    const d = await getJson(t, '/v1/personnel/dashboard', other.adminToken);
    expect(d).toMatchObject({ total: 0, byAgency: [], retirementOverdue: 0 });
    expect((await getJson(t, '/v1/personnel/promotions', other.adminToken)).items).toEqual([]);
    expect((await getJson(t, '/v1/personnel/retirements?months=24', other.adminToken)).items).toEqual([]);
  });
});
