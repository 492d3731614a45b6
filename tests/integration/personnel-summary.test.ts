import { countDynamoCalls } from '@pamong/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import { createAgency, createUnit, createUser, expectProblem, getJson } from './helpers';

/**
 * The home page's personnel numbers (issue 11 B1), on a fixed clock: 2026-03-10 in Jakarta. Each
 * count is checked against what the list it links to holds, for each role that sees it.
 */
const NOW = new Date('2026-03-10T03:00:00Z');
const SLUG = 'ringkas';
let t: TestApi;
let admin: string;
let opdA: string;
let opdB: string;
let atasan: string;
let andiToken: string;
let agencyA: { id: string };
let agencyB: { id: string };
let unitA1: { id: string };
let unitA2: { id: string };
let unitB: { id: string };
const emp: Record<string, { id: string }> = {};

const S1 = {
  level: 'S1',
  major: 'Administrasi Publik',
  institution: 'Universitas Lampung',
  graduationYear: 2009,
};

async function hire(key: string, body: Record<string, unknown>) {
  const res = await t.call('POST', '/v1/employees', {
    token: admin,
    body: { employmentType: 'PNS', birthPlace: 'Metro', education: [S1], ...body },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  emp[key] = res.body;
}

async function addUser(username: string, role: string, agencyId: string, employeeId?: string) {
  await createUser(t, admin, { username, role, agencyId, ...(employeeId ? { employeeId } : {}) });
  return t.loginAs(SLUG, username);
}

async function position(agencyId: string, unitId: string, name: string, seats: number) {
  const res = await t.call('POST', '/v1/positions', {
    token: admin,
    body: {
      agencyId,
      unitId,
      name,
      type: 'PELAKSANA',
      positionClass: 7,
      requiredEducation: { levels: ['S1'], majors: [] },
      requiredCompetencies: [],
      seats,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string };
}

beforeAll(async () => {
  t = await createTestApi({ now: () => NOW });
  ({ adminToken: admin } = await createTenantViaApi(t, SLUG));
  agencyA = await createAgency(t, admin, 'Dinas Kesehatan');
  agencyB = await createAgency(t, admin, 'Dinas Pendidikan');
  unitA1 = await createUnit(t, admin, agencyA.id, 'Sekretariat');
  unitA2 = await createUnit(t, admin, agencyA.id, 'Bidang P2P');
  unitB = await createUnit(t, admin, agencyB.id, 'Bidang SD');
  const filled = await position(agencyA.id, unitA1.id, 'Analis Kepegawaian', 1);
  await position(agencyA.id, unitA2.id, 'Pengelola Data', 2);
  await position(agencyB.id, unitB.id, 'Pengadministrasi Umum', 1);

  const inA1 = { agencyId: agencyA.id, unitId: unitA1.id };
  // 4 years 11 months in III/b: due for promotion; holds the one seat of "Analis Kepegawaian".
  await hire('andi', {
    ...inA1,
    positionId: filled.id,
    nip: '198609262015051001',
    name: 'Andi Saputra',
    gender: 'L',
    birthDate: '1986-09-26',
    rank: 'III/b',
    tmtCpns: '2015-05-01',
    tmtRank: '2021-04-01',
  });
  // Turns 58 in March 2026: retires on 2026-04-01. 3 years 11 months in IV/a: not yet due.
  await hire('budi', {
    ...inA1,
    nip: '196803151995031002',
    name: 'Budi Hartono',
    gender: 'L',
    birthDate: '1968-03-15',
    rank: 'IV/a',
    tmtCpns: '1995-03-01',
    tmtRank: '2022-04-01',
  });
  // The supervisor's own record, in the same unit; 2 years in III/c.
  await hire('sari', {
    ...inA1,
    nip: '198805122012122001',
    name: 'Sari Wulandari',
    gender: 'P',
    birthDate: '1988-05-12',
    rank: 'III/c',
    tmtCpns: '2012-12-01',
    tmtRank: '2024-04-01',
  });
  // Another unit of the same agency: not in the supervisor's team. Due for promotion.
  await hire('dodi', {
    agencyId: agencyA.id,
    unitId: unitA2.id,
    nip: '199001012015031004',
    name: 'Dodi Kurniawan',
    gender: 'L',
    birthDate: '1990-01-01',
    rank: 'III/a',
    tmtCpns: '2015-03-01',
  });
  // Another agency: due for promotion.
  await hire('citra', {
    agencyId: agencyB.id,
    unitId: unitB.id,
    nip: '199012052018022001',
    name: 'Citra Lestari',
    gender: 'P',
    birthDate: '1990-12-05',
    rank: 'III/a',
    tmtCpns: '2018-02-01',
  });
  opdA = await addUser('opd.a', 'agency-admin', agencyA.id);
  opdB = await addUser('opd.b', 'agency-admin', agencyB.id);
  atasan = await addUser('atasan', 'supervisor', agencyA.id, emp.sari!.id);
  andiToken = await addUser('andi', 'employee', agencyA.id, emp.andi!.id);
  const proposed = await t.call('POST', '/v1/personnel/me/corrections', {
    token: andiToken,
    body: { changes: { phone: '081266554433' }, reason: 'Nomor HP baru' },
  });
  expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
});

const count = (n: number) => ({ count: n, atLeast: false });

describe('getPersonnelSummary', () => {
  it("gives a tenant admin the tenant's work, each number what its list holds", async () => {
    const s = await getJson(t, '/v1/personnel/summary', admin);
    expect(s).toEqual({
      asOf: '2026-03-10',
      admin: {
        agencyId: null,
        correctionsPending: count(1),
        vacantPositions: count(2),
        promotionDue: count(3),
        retiringWithin12Months: count(1),
        imports: { running: 0, interrupted: 0, failed: 0 },
      },
      team: null,
      me: null,
    });
    // The same numbers as the lists the tiles link to.
    const promotions = await getJson(t, '/v1/personnel/promotions?limit=100', admin);
    expect(promotions.items.map((r: { name: string }) => r.name).sort()).toEqual([
      'Andi Saputra',
      'Citra Lestari',
      'Dodi Kurniawan',
    ]);
    const retirements = await getJson(t, '/v1/personnel/retirements?months=12', admin);
    expect(retirements.items.map((r: { name: string }) => r.name)).toEqual(['Budi Hartono']);
    const vacant = await getJson(t, '/v1/positions?vacantOnly=true&limit=100', admin);
    expect(vacant.items).toHaveLength(2);
  });

  it("keeps an agency admin's numbers to their own agency", async () => {
    const a = await getJson(t, '/v1/personnel/summary', opdA);
    expect(a.admin).toEqual({
      agencyId: agencyA.id,
      correctionsPending: count(1),
      vacantPositions: count(1),
      promotionDue: count(2),
      retiringWithin12Months: count(1),
      imports: { running: 0, interrupted: 0, failed: 0 },
    });
    const b = await getJson(t, '/v1/personnel/summary', opdB);
    expect(b.admin).toMatchObject({
      agencyId: agencyB.id,
      correctionsPending: count(0),
      vacantPositions: count(1),
      promotionDue: count(1),
      retiringWithin12Months: count(0),
    });
  });

  it("gives a supervisor their unit's team and their own record, and no admin numbers", async () => {
    const s = await getJson(t, '/v1/personnel/summary', atasan);
    expect(s.admin).toBeNull();
    expect(s.team).toEqual({
      agencyId: agencyA.id,
      unitId: unitA1.id,
      unitName: 'Sekretariat',
      members: count(3),
      retiringWithin12Months: count(1),
      promotionDue: count(1),
      activeMentees: 0,
    });
    expect(s.me).toMatchObject({ employeeId: emp.sari!.id, name: 'Sari Wulandari', unitName: 'Sekretariat' });
  });

  it('gives an employee their own record, JP progress and mentor only', async () => {
    const s = await getJson(t, '/v1/personnel/summary', andiToken);
    expect(s).toEqual({
      asOf: '2026-03-10',
      admin: null,
      team: null,
      me: {
        employeeId: emp.andi!.id,
        name: 'Andi Saputra',
        positionName: 'Analis Kepegawaian',
        unitName: 'Sekretariat',
        agencyName: 'Dinas Kesehatan',
        rank: 'III/b',
        grade: null,
        year: 2026,
        jp: { total: 0, target: 20, remaining: 20, percent: 0, met: false },
        mentor: null,
      },
    });
  });

  it('counts without reading the lists: a fixed number of DynamoDB calls per role', async () => {
    const adminCalls = await countDynamoCalls(() => t.call('GET', '/v1/personnel/summary', { token: admin }));
    expect(adminCalls.result.status).toBe(200);
    // 4 Select COUNT queries and one page of import jobs (the account and tenant are cached).
    expect(adminCalls.calls.byCommand).toEqual({ Query: 5 });
    const supervisorCalls = await countDynamoCalls(() =>
      t.call('GET', '/v1/personnel/summary', { token: atasan }),
    );
    // The team's 3 counts and the two mentorship queries; the employee, unit, JP total and mentor profile.
    expect(supervisorCalls.calls.byCommand).toEqual({ Query: 5, GetItem: 4 });
  });

  it('refuses a caller without a tenant role', async () => {
    expectProblem(await t.call('GET', '/v1/personnel/summary'), 401, 'unauthorized');
  });
});

describe('list totals (issue 11 B11)', () => {
  it("gives the employee list its total from the agencies' employee counts, on the first page only", async () => {
    const first = await getJson(t, '/v1/employees?limit=2', admin);
    expect(first.items).toHaveLength(2);
    expect(first.total).toBe(5);
    const second = await getJson(
      t,
      `/v1/employees?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`,
      admin,
    );
    expect(second).not.toHaveProperty('total');
    expect((await getJson(t, `/v1/employees?agencyId=${agencyA.id}`, admin)).total).toBe(4);
    // A supervisor's list is their agency's, and so is its total.
    const theirs = await getJson(t, '/v1/employees', atasan);
    expect(theirs.total).toBe(4);
    expect(theirs.items).toHaveLength(4);
  });
});
