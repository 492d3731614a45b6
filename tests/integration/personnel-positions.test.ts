import { STANDARD_COMPETENCIES, STANDARD_COMPETENCY_CODES } from '@pamong/core';
import { seatChange } from '@pamong/db';
import * as positionsRepo from '@pamong/db/repos/personnel/positions';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import {
  allPages,
  createAgency,
  createUnit,
  createUser,
  expectProblem,
  getJson,
  tableSnapshot,
  UNKNOWN_ID,
} from './helpers';

const SLUG = 'jabatan-kota';
let t: TestApi;
let admin: string;
let opdA: string;
let pegawai: string;
let otherAdmin: string;
let agencyA: { id: string; name: string };
let agencyB: { id: string; name: string };
let unitA1: { id: string };
let unitA2: { id: string };
let unitB: { id: string };

const positionBody = (over: Record<string, unknown> = {}) => ({
  agencyId: agencyA.id,
  unitId: unitA1.id,
  name: 'Analis Data Kepegawaian',
  type: 'FUNGSIONAL',
  functionalLevel: 'AHLI_PERTAMA',
  positionClass: 8,
  requiredEducation: { levels: ['S1'], majors: ['Statistika'] },
  requiredCompetencies: [{ code: 'tek-analisis-data', minLevel: 3 }],
  seats: 2,
  ...over,
});

async function createPosition(token: string, over: Record<string, unknown> = {}) {
  const res = await t.call('POST', '/v1/positions', { token, body: positionBody(over) });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const auditOf = async (entityType: string, entityId: string) =>
  (await getJson(t, `/v1/audit?entityType=${entityType}&entityId=${entityId}`, admin)).items;

let nipSeq = 0;
/** A PNS with a NIP that agrees with the birth date, TMT CPNS and gender (ASN-RULES §1). */
async function createEmployee(agencyId: string, unitId: string, positionId?: string) {
  const seq = String(++nipSeq).padStart(3, '0');
  const res = await t.call('POST', '/v1/employees', {
    token: admin,
    body: {
      employmentType: 'PNS',
      nip: `19860926201505${1}${seq}`,
      name: `Pegawai ${seq}`,
      gender: 'L',
      birthPlace: 'Bandar Lampung',
      birthDate: '1986-09-26',
      agencyId,
      unitId,
      rank: 'III/a',
      tmtCpns: '2015-05-01',
      education: [
        { level: 'S1', major: 'Statistika', institution: 'Universitas Lampung', graduationYear: 2009 },
      ],
      ...(positionId ? { positionId } : {}),
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

beforeAll(async () => {
  t = await createTestApi();
  ({ adminToken: admin } = await createTenantViaApi(t, SLUG));
  agencyA = await createAgency(t, admin, 'Badan Kepegawaian Daerah');
  agencyB = await createAgency(t, admin, 'Dinas Kesehatan');
  unitA1 = await createUnit(t, admin, agencyA.id, 'Bidang Mutasi');
  unitA2 = await createUnit(t, admin, agencyA.id, 'Bidang Pengembangan');
  unitB = await createUnit(t, admin, agencyB.id, 'Bidang Pelayanan');
  await createUser(t, admin, { username: 'opd.bkd', role: 'agency-admin', agencyId: agencyA.id });
  opdA = await t.loginAs(SLUG, 'opd.bkd');
  await createUser(t, admin, { username: 'pegawai.dinkes', role: 'employee', agencyId: agencyB.id });
  pegawai = await t.loginAs(SLUG, 'pegawai.dinkes');
  ({ adminToken: otherAdmin } = await createTenantViaApi(t, 'jabatan-lain'));
});

describe('createPosition', () => {
  it('creates a position with no one in it, readable by everyone in the tenant, and audits it', async () => {
    const p = await createPosition(admin);
    expect(p).toMatchObject({
      agencyId: agencyA.id,
      unitId: unitA1.id,
      name: 'Analis Data Kepegawaian',
      type: 'FUNGSIONAL',
      functionalLevel: 'AHLI_PERTAMA',
      positionClass: 8,
      requiredEducation: { levels: ['S1'], majors: ['Statistika'] },
      requiredCompetencies: [{ code: 'TEK-ANALISIS-DATA', minLevel: 3 }],
      seats: 2,
      filled: 0,
      vacancies: 2,
      version: 1,
    });
    expect(await getJson(t, `/v1/positions/${p.id}`, pegawai)).toEqual(p);
    const [entry, ...more] = await auditOf('position', p.id);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      action: 'position.create',
      changes: {
        name: { before: null, after: 'Analis Data Kepegawaian' },
        type: { before: null, after: 'FUNGSIONAL' },
      },
    });
  });

  it('answers 400 at the field for bad bodies and writes nothing', async () => {
    const before = await tableSnapshot(t);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ functionalLevel: undefined }, ['functionalLevel']],
      [{ type: 'PELAKSANA' }, ['functionalLevel']],
      [{ seats: 0, positionClass: 18 }, ['seats', 'positionClass']],
      [
        {
          requiredCompetencies: [
            { code: 'TEK-A', minLevel: 2 },
            { code: 'tek-a', minLevel: 6 },
          ],
        },
        ['requiredCompetencies.1.code', 'requiredCompetencies.1.minLevel'],
      ],
      [{ requiredEducation: { levels: [] } }, ['requiredEducation.levels']],
      [{ unitId: 'bukan-ulid', extra: 1 }, ['unitId', 'extra']],
      [{ agencyId: UNKNOWN_ID }, ['agencyId']],
      // A unit of another agency, and an unknown unit, are 400 at unitId (checked in the transaction).
      [{ unitId: unitB.id }, ['unitId']],
      [{ unitId: UNKNOWN_ID }, ['unitId']],
    ];
    for (const [over, paths] of cases) {
      const res = await t.call('POST', '/v1/positions', { token: admin, body: positionBody(over) });
      expectProblem(res, 400, 'validation', paths);
    }
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('lets an agency admin create in their own agency only (403 elsewhere, nothing written)', async () => {
    const own = await createPosition(opdA, {
      name: 'Pengelola Mutasi',
      type: 'PELAKSANA',
      functionalLevel: undefined,
    });
    expect(own.agencyId).toBe(agencyA.id);
    const before = await tableSnapshot(t);
    const res = await t.call('POST', '/v1/positions', {
      token: opdA,
      body: positionBody({ agencyId: agencyB.id, unitId: unitB.id }),
    });
    expectProblem(res, 403, 'forbidden');
    expectProblem(
      await t.call('POST', '/v1/positions', { token: pegawai, body: positionBody() }),
      403,
      'forbidden',
    );
    expect(await tableSnapshot(t)).toEqual(before);
  });
});

describe('listPositions and getPosition', () => {
  let ids: { b: string; a2: string; a1full: string };

  beforeAll(async () => {
    const b = await createPosition(admin, {
      agencyId: agencyB.id,
      unitId: unitB.id,
      name: 'Perawat Ahli Pertama',
    });
    const a2 = await createPosition(admin, { unitId: unitA2.id, name: 'Analis SDM Aparatur' });
    const a1full = await createPosition(admin, {
      name: 'Kepala Bidang Mutasi',
      type: 'ADMINISTRATOR',
      functionalLevel: undefined,
      seats: 1,
    });
    await createEmployee(agencyA.id, unitA1.id, a1full.id);
    ids = { b: b.id, a2: a2.id, a1full: a1full.id };
  });

  it("lists an agency's positions by unit then name, and the whole tenant's, page by page", async () => {
    const agencyPages = await allPages(t, `/v1/positions?agencyId=${agencyA.id}`, pegawai, 2);
    const agencyItems = agencyPages.flat();
    expect(agencyItems.every((p) => p.agencyId === agencyA.id)).toBe(true);
    const order = agencyItems.map((p) => `${p.unitId}#${p.name.toLowerCase()}`);
    expect(order).toEqual([...order].sort());
    expect(agencyItems.map((p) => p.id)).toContain(ids.a2);
    expect(agencyItems.map((p) => p.id)).not.toContain(ids.b);

    const all = (await allPages(t, '/v1/positions', pegawai, 3)).flat();
    expect(all.map((p) => p.id).sort()).toEqual([...agencyItems.map((p) => p.id), ids.b].sort());
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
  });

  it('vacantOnly leaves out full positions', async () => {
    const full = await getJson(t, `/v1/positions/${ids.a1full}`, admin);
    expect(full).toMatchObject({ seats: 1, filled: 1, vacancies: 0 });
    for (const q of [`agencyId=${agencyA.id}&vacantOnly=true`, 'vacantOnly=true']) {
      const items = (await allPages(t, `/v1/positions?${q}`, admin, 2)).flat();
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((p) => p.vacancies > 0)).toBe(true);
      expect(items.map((p) => p.id)).not.toContain(ids.a1full);
    }
    const everything = (await allPages(t, '/v1/positions?vacantOnly=false', admin, 50)).flat();
    expect(everything.map((p) => p.id)).toContain(ids.a1full);
    expectProblem(await t.call('GET', '/v1/positions?vacantOnly=ya', { token: admin }), 400, 'validation', [
      'vacantOnly',
    ]);
  });

  it("answers 404 for unknown ids and for another tenant's positions, and lists nothing of it", async () => {
    expectProblem(await t.call('GET', `/v1/positions/${UNKNOWN_ID}`, { token: admin }), 404, 'not-found');
    expectProblem(await t.call('GET', `/v1/positions/${ids.b}`, { token: otherAdmin }), 404, 'not-found');
    expect((await getJson(t, '/v1/positions', otherAdmin)).items).toEqual([]);
    expect((await getJson(t, `/v1/positions?agencyId=${agencyA.id}`, otherAdmin)).items).toEqual([]);
    expectProblem(await t.call('GET', '/v1/positions/bukan-ulid', { token: admin }), 400, 'validation', [
      'positionId',
    ]);
  });
});

describe('updatePosition', () => {
  it('changes fields with the version, audits the change, and drops the level when the type is no longer fungsional', async () => {
    const p = await createPosition(admin, { name: 'Pranata Komputer' });
    const res = await t.call('PATCH', `/v1/positions/${p.id}`, {
      token: admin,
      body: { name: 'Pranata Komputer Ahli', seats: 4, version: 1 },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ name: 'Pranata Komputer Ahli', seats: 4, vacancies: 4, version: 2 });
    expect(await getJson(t, `/v1/positions/${p.id}`, admin)).toEqual(res.body);

    const typed = await t.call('PATCH', `/v1/positions/${p.id}`, {
      token: admin,
      body: { type: 'PENGAWAS', version: 2 },
    });
    expect(typed.status, JSON.stringify(typed.body)).toBe(200);
    expect(typed.body.type).toBe('PENGAWAS');
    expect(typed.body).not.toHaveProperty('functionalLevel');
    expect(await getJson(t, `/v1/positions/${p.id}`, admin)).toEqual(typed.body);

    const entries = await auditOf('position', p.id);
    expect(entries.map((e: { action: string }) => e.action)).toEqual([
      'position.update',
      'position.update',
      'position.create',
    ]);
    expect(entries[1].changes).toEqual({
      name: { before: 'Pranata Komputer', after: 'Pranata Komputer Ahli' },
      seats: { before: 2, after: 4 },
    });
    expect(entries[0].changes).toEqual({
      type: { before: 'FUNGSIONAL', after: 'PENGAWAS' },
      functionalLevel: { before: 'AHLI_PERTAMA', after: null },
    });
  });

  it('refuses a stale version, bad fields and an unknown position without writing', async () => {
    const p = await createPosition(admin, { name: 'Arsiparis' });
    const before = await tableSnapshot(t);
    expectProblem(
      await t.call('PATCH', `/v1/positions/${p.id}`, { token: admin, body: { seats: 3, version: 2 } }),
      409,
      'version-conflict',
    );
    expectProblem(
      await t.call('PATCH', `/v1/positions/${p.id}`, {
        token: admin,
        body: { functionalLevel: null, version: 1 },
      }),
      400,
      'validation',
      ['functionalLevel'],
    );
    expectProblem(
      await t.call('PATCH', `/v1/positions/${p.id}`, {
        token: admin,
        body: { seats: -1, unitId: unitA2.id },
      }),
      400,
      'validation',
      ['seats', 'unitId', 'version'],
    );
    expectProblem(
      await t.call('PATCH', `/v1/positions/${UNKNOWN_ID}`, { token: admin, body: { seats: 3, version: 1 } }),
      404,
      'not-found',
    );
    expectProblem(
      await t.call('PATCH', `/v1/positions/${p.id}`, { token: otherAdmin, body: { seats: 3, version: 1 } }),
      404,
      'not-found',
    );
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('never lets seats drop below the employees placed (409 at seats), even against a stale read', async () => {
    const p = await createPosition(admin, { name: 'Statistisi', seats: 3 });
    await createEmployee(agencyA.id, unitA1.id, p.id);
    await createEmployee(agencyA.id, unitA1.id, p.id);
    const before = await tableSnapshot(t);
    const res = await t.call('PATCH', `/v1/positions/${p.id}`, {
      token: admin,
      body: { seats: 1, version: 1 },
    });
    expectProblem(res, 409, 'conflict', ['seats']);

    // A placement that lands between the read and the write is caught by the write's condition.
    const staleRead = { ...p, filled: 0, vacancies: 3 };
    const actor = {
      tenantId: (await getJson(t, '/v1/me', admin)).user.tenantId,
      sub: 'test',
      role: 'tenant-admin',
      requestId: 'r-1',
    };
    const err = await positionsRepo
      .updatePosition(t.store, actor, staleRead, { seats: 1, version: 1 }, new Date())
      .catch((e) => e);
    expect(err).toMatchObject({ status: 409, errors: [{ path: 'seats' }] });
    expect(await tableSnapshot(t)).toEqual(before);

    const ok = await t.call('PATCH', `/v1/positions/${p.id}`, {
      token: admin,
      body: { seats: 2, version: 1 },
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ seats: 2, filled: 2, vacancies: 0 });
  });

  it('lets an agency admin change only positions of their own agency (403 otherwise)', async () => {
    const own = await createPosition(admin, {
      name: 'Pengadministrasi Umum',
      type: 'PELAKSANA',
      functionalLevel: undefined,
    });
    const other = await createPosition(admin, { agencyId: agencyB.id, unitId: unitB.id, name: 'Bidan' });
    const before = await tableSnapshot(t);
    expectProblem(
      await t.call('PATCH', `/v1/positions/${other.id}`, { token: opdA, body: { seats: 5, version: 1 } }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.call('PATCH', `/v1/positions/${own.id}`, { token: pegawai, body: { seats: 5, version: 1 } }),
      403,
      'forbidden',
    );
    expect(await tableSnapshot(t)).toEqual(before);
    const ok = await t.call('PATCH', `/v1/positions/${own.id}`, {
      token: opdA,
      body: { seats: 5, version: 1 },
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.seats).toBe(5);
  });
});

describe('vacantOnly: the vacancy index', () => {
  const LIMIT = 3;
  let agencyC: { id: string; name: string };
  let unitC: { id: string };
  let full: { id: string; name: string }[];
  let fullHolders: { id: string }[];
  let vacant: { id: string; name: string }[];
  let tenantId: string;

  const pelaksana = (name: string, seats: number) => ({
    agencyId: agencyC.id,
    unitId: unitC.id,
    name,
    type: 'PELAKSANA',
    functionalLevel: undefined,
    requiredCompetencies: [],
    seats,
  });
  const vacantPages = (agencyId?: string) =>
    allPages(t, `/v1/positions?vacantOnly=true${agencyId ? `&agencyId=${agencyId}` : ''}`, admin, LIMIT);
  const vacantIdsOfC = async () => (await vacantPages(agencyC.id)).flat().map((p) => p.id);
  const place = async (employeeId: string, positionId?: string) => {
    const e = await getJson(t, `/v1/employees/${employeeId}`, admin);
    const res = await t.call('POST', `/v1/employees/${employeeId}/placements`, {
      token: admin,
      body: {
        agencyId: agencyC.id,
        unitId: unitC.id,
        ...(positionId ? { positionId } : {}),
        tmt: '2026-02-01',
        reason: 'Penataan jabatan',
        justification: 'Kebutuhan organisasi mendesak dan telah disetujui Baperjakat.',
        version: e.version,
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  };

  beforeAll(async () => {
    tenantId = (await getJson(t, '/v1/me', admin)).user.tenantId;
    agencyC = await createAgency(t, admin, 'Dinas Penanaman Modal');
    unitC = await createUnit(t, admin, agencyC.id, 'Bidang Perizinan');
    // More than three pages of full positions sort before the first vacant one, by name and by id.
    full = [];
    fullHolders = [];
    for (let i = 1; i <= 3 * LIMIT + 1; i++) {
      const p = await createPosition(admin, pelaksana(`A Penuh ${String(i).padStart(2, '0')}`, 1));
      fullHolders.push(await createEmployee(agencyC.id, unitC.id, p.id));
      full.push(p);
    }
    vacant = [];
    for (let i = 1; i <= 2 * LIMIT + 1; i++)
      vacant.push(await createPosition(admin, pelaksana(`B Lowong ${String(i).padStart(2, '0')}`, 2)));
    // One seat of two taken: still vacant.
    await createEmployee(agencyC.id, unitC.id, vacant[0]!.id);
  });

  it('has the full positions first when nothing is filtered', async () => {
    const pages = await allPages(t, `/v1/positions?agencyId=${agencyC.id}`, admin, LIMIT);
    expect(pages.slice(0, 3).flat()).toHaveLength(3 * LIMIT);
    expect(pages.slice(0, 3).every((page) => page.every((p) => p.vacancies === 0))).toBe(true);
  });

  it("answers vacancies from the first page on, every page full to the end (an agency's and the tenant's)", async () => {
    const pages = await vacantPages(agencyC.id);
    expect(pages[0]).toHaveLength(LIMIT);
    for (const page of pages.slice(0, -1)) expect(page).toHaveLength(LIMIT);
    expect(pages.at(-1)!.length).toBeGreaterThan(0);
    const items = pages.flat();
    expect(items.map((p) => p.id)).toEqual(vacant.map((p) => p.id));
    expect(items.every((p) => p.vacancies > 0 && p.agencyId === agencyC.id)).toBe(true);
    expect(items[0]).toMatchObject({ id: vacant[0]!.id, seats: 2, filled: 1, vacancies: 1 });
    expect(items[0]).not.toHaveProperty('vacancySort');

    const tenantPages = await vacantPages();
    expect(tenantPages[0]).toHaveLength(LIMIT);
    for (const page of tenantPages.slice(0, -1)) expect(page).toHaveLength(LIMIT);
    const all = tenantPages.flat();
    expect(all.every((p) => p.vacancies > 0)).toBe(true);
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    const ids = all.map((p) => p.id);
    for (const p of vacant) expect(ids).toContain(p.id);
    for (const p of full) expect(ids).not.toContain(p.id);
    // Another tenant sees none of them.
    expect((await getJson(t, '/v1/positions?vacantOnly=true', otherAdmin)).items).toEqual([]);
  });

  it('a placement taking the last seat removes the position from the index; vacating puts it back', async () => {
    const target = vacant[0]!;
    const e = await createEmployee(agencyC.id, unitC.id);
    await place(e.id, target.id);
    expect(await getJson(t, `/v1/positions/${target.id}`, admin)).toMatchObject({ filled: 2, vacancies: 0 });
    expect(await vacantIdsOfC()).not.toContain(target.id);

    // The employee leaves the position (placed in the unit without one): a seat is free again.
    await place(e.id);
    expect(await getJson(t, `/v1/positions/${target.id}`, admin)).toMatchObject({ filled: 1, vacancies: 1 });
    expect(await vacantIdsOfC()).toEqual(vacant.map((p) => p.id));

    // A move from a full position to another: the one left is vacant, the one taken is not.
    const from = full[0]!;
    const to = vacant[1]!;
    await place(fullHolders[0]!.id, to.id);
    await place(e.id, to.id);
    const now = await vacantIdsOfC();
    expect(now).toContain(from.id);
    expect(now).not.toContain(to.id);
    expect(now[0]).toBe(from.id); // `A Penuh 01` sorts first by name
  });

  it('a position update changing seats puts the position in or out of the index', async () => {
    const p = full[1]!;
    const grown = await t.call('PATCH', `/v1/positions/${p.id}`, {
      token: admin,
      body: { seats: 2, name: 'C Diperluas', version: 1 },
    });
    expect(grown.status, JSON.stringify(grown.body)).toBe(200);
    expect(await vacantIdsOfC()).toContain(p.id);
    expect((await vacantIdsOfC()).at(-1)).toBe(p.id); // renamed: sorts by its new name
    const shrunk = await t.call('PATCH', `/v1/positions/${p.id}`, {
      token: admin,
      body: { seats: 1, version: 2 },
    });
    expect(shrunk.status, JSON.stringify(shrunk.body)).toBe(200);
    expect(shrunk.body).toMatchObject({ seats: 1, filled: 1, vacancies: 0 });
    expect(await vacantIdsOfC()).not.toContain(p.id);
  });

  it('keeps the index right when a write was built from a stale read (the write is built again)', async () => {
    const p = await createPosition(admin, pelaksana('D Basi', 2));
    await createEmployee(agencyC.id, unitC.id, p.id);
    // Taking a seat as if the position were empty: the last seat, so it leaves the index.
    await t.store.transact([seatChange(t.store, tenantId, { ...p, filled: 0, seats: 2 }, 1)]);
    expect(await getJson(t, `/v1/positions/${p.id}`, admin)).toMatchObject({ filled: 2, vacancies: 0 });
    expect(await vacantIdsOfC()).not.toContain(p.id);
    // A stale take of a full position is refused as full, and writes nothing.
    const before = await tableSnapshot(t);
    await expect(
      t.store.transact([seatChange(t.store, tenantId, { ...p, filled: 1, seats: 2 }, 1)]),
    ).rejects.toMatchObject({ status: 409, errors: [{ path: 'positionId' }] });
    expect(await tableSnapshot(t)).toEqual(before);

    // An update read when one seat was free, written after a placement took it: out of the index.
    const q = await createPosition(admin, pelaksana('D Basi Dua', 3));
    await createEmployee(agencyC.id, unitC.id, q.id);
    await createEmployee(agencyC.id, unitC.id, q.id);
    const actor = { tenantId, sub: 'test', role: 'tenant-admin', requestId: 'r-vacancy' };
    const stale = { ...q, filled: 1, vacancies: 2 };
    const updated = await positionsRepo.updatePosition(
      t.store,
      actor,
      stale,
      { seats: 2, version: 1 },
      new Date(),
    );
    expect(updated).toMatchObject({ seats: 2, filled: 2, vacancies: 0 });
    expect(await vacantIdsOfC()).not.toContain(q.id);
  });
});

describe('competency catalogue', () => {
  const competency = (code: string, group = 'teknis') => ({
    code,
    name: `Kompetensi ${code}`,
    group,
    levels: [1, 2, 3, 4, 5].map((level) => ({ level, description: `Tingkat ${level}: uraian perilaku` })),
  });

  it('adds a competency (tenant admin only), audits it, and keeps codes unique per tenant', async () => {
    const res = await t.call('POST', '/v1/competencies', {
      token: admin,
      body: competency('tek-pengelolaan-arsip'),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ code: 'TEK-PENGELOLAAN-ARSIP', group: 'teknis', version: 1 });
    expect(res.body.levels).toHaveLength(5);
    const [entry] = await auditOf('competency', 'TEK-PENGELOLAAN-ARSIP');
    expect(entry).toMatchObject({
      action: 'competency.create',
      changes: { code: { before: null, after: 'TEK-PENGELOLAAN-ARSIP' } },
    });

    const before = await tableSnapshot(t);
    const dup = await t.call('POST', '/v1/competencies', {
      token: admin,
      body: competency('TEK-Pengelolaan-Arsip', 'manajerial'),
    });
    expectProblem(dup, 409, 'conflict', ['code']);
    expectProblem(
      await t.call('POST', '/v1/competencies', { token: opdA, body: competency('TEK-LAIN') }),
      403,
      'forbidden',
    );
    expect(await tableSnapshot(t)).toEqual(before);

    // Another tenant has its own catalogue: the same code is free there, and ours is not visible.
    const there = await t.call('POST', '/v1/competencies', {
      token: otherAdmin,
      body: competency('TEK-PENGELOLAAN-ARSIP'),
    });
    expect(there.status).toBe(201);
    expect(
      (await getJson(t, '/v1/competencies', otherAdmin)).items
        .map((c: { code: string }) => c.code)
        .filter((code: string) => !STANDARD_COMPETENCY_CODES.has(code)),
    ).toEqual(['TEK-PENGELOLAAN-ARSIP']);
  });

  it('answers 400 at the field for bad catalogue entries', async () => {
    const before = await tableSnapshot(t);
    const body = competency('MAN-KEPEMIMPINAN', 'manajerial');
    const cases: [unknown, string[]][] = [
      [{ ...body, levels: body.levels.slice(0, 4) }, ['levels']],
      [
        { ...body, levels: [body.levels[0], body.levels[2], body.levels[1], body.levels[3], body.levels[4]] },
        ['levels.1.level', 'levels.2.level'],
      ],
      [{ ...body, group: 'teknikal' }, ['group']],
      [{ ...body, code: '9-ANGKA' }, ['code']],
    ];
    for (const [b, paths] of cases)
      expectProblem(
        await t.call('POST', '/v1/competencies', { token: admin, body: b }),
        400,
        'validation',
        paths,
      );
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('lists the catalogue by code, page by page, optionally of one group, to every staff role', async () => {
    for (const [code, group] of [
      ['MAN-KEPEMIMPINAN', 'manajerial'],
      ['SOS-KEBHINEKAAN', 'sosial-kultural'],
      ['MAN-PERENCANAAN', 'manajerial'],
      ['TEK-ANALISIS-DATA', 'teknis'],
    ]) {
      const res = await t.call('POST', '/v1/competencies', { token: admin, body: competency(code!, group) });
      expect(res.status).toBe(201);
    }
    // The tenant started with the standard competencies (createTenant); these come on top.
    const standard = STANDARD_COMPETENCIES.map((c) => c.code);
    const sorted = (xs: string[]) => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const pages = await allPages(t, '/v1/competencies', pegawai, 2);
    expect(pages.length).toBeGreaterThanOrEqual(7);
    const codes = pages.flat().map((c) => c.code);
    expect(codes).toEqual(
      sorted([
        ...standard,
        'MAN-KEPEMIMPINAN',
        'MAN-PERENCANAAN',
        'SOS-KEBHINEKAAN',
        'TEK-ANALISIS-DATA',
        'TEK-PENGELOLAAN-ARSIP',
      ]),
    );
    const managerial = (await allPages(t, '/v1/competencies?group=manajerial', pegawai, 2)).flat();
    expect(managerial.map((c) => c.code)).toEqual(
      sorted([
        ...STANDARD_COMPETENCIES.filter((c) => c.group === 'manajerial').map((c) => c.code),
        'MAN-KEPEMIMPINAN',
        'MAN-PERENCANAAN',
      ]),
    );
    expectProblem(await t.call('GET', '/v1/competencies?group=lain', { token: admin }), 400, 'validation', [
      'group',
    ]);
  });
});
