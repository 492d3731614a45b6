import { positionsRepo } from '@pamong/db';
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
      (await getJson(t, '/v1/competencies', otherAdmin)).items.map((c: { code: string }) => c.code),
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
      ['SOS-PEREKAT-BANGSA', 'sosial-kultural'],
      ['MAN-PERENCANAAN', 'manajerial'],
      ['TEK-ANALISIS-DATA', 'teknis'],
    ]) {
      const res = await t.call('POST', '/v1/competencies', { token: admin, body: competency(code!, group) });
      expect(res.status).toBe(201);
    }
    const pages = await allPages(t, '/v1/competencies', pegawai, 2);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const codes = pages.flat().map((c) => c.code);
    expect(codes).toEqual([
      'MAN-KEPEMIMPINAN',
      'MAN-PERENCANAAN',
      'SOS-PEREKAT-BANGSA',
      'TEK-ANALISIS-DATA',
      'TEK-PENGELOLAAN-ARSIP',
    ]);
    const managerial = (await allPages(t, '/v1/competencies?group=manajerial', pegawai, 2)).flat();
    expect(managerial.map((c) => c.code)).toEqual(['MAN-KEPEMIMPINAN', 'MAN-PERENCANAAN']);
    expectProblem(await t.call('GET', '/v1/competencies?group=lain', { token: admin }), 400, 'validation', [
      'group',
    ]);
  });
});
