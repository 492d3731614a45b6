import { countDynamoCalls } from '@pamong/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import { employeeBody, makeNip } from '../support/personnel';
import {
  allPages,
  createAgency,
  createUnit,
  createUser,
  expectProblem,
  getJson,
  scanTable,
  tableSnapshot,
  UNKNOWN_ID,
} from './helpers';

let t: TestApi;
let admin: string;
let otherTenantAdmin: string;
let agencyA: { id: string; name: string };
let agencyB: { id: string; name: string };
let unitA: { id: string };
let unitA2: { id: string };
let unitB: { id: string };

const SLUG = 'pegawai-a';

async function create(body: Record<string, unknown>, token = admin) {
  return t.call('POST', '/v1/employees', { token, body });
}
async function created(body: Record<string, unknown>, token = admin) {
  const res = await create(body, token);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

beforeAll(async () => {
  t = await createTestApi();
  ({ adminToken: admin } = await createTenantViaApi(t, SLUG));
  ({ adminToken: otherTenantAdmin } = await createTenantViaApi(t, 'pegawai-b'));
  agencyA = await createAgency(t, admin, 'Dinas Pendidikan');
  agencyB = await createAgency(t, admin, 'Dinas Kesehatan');
  unitA = await createUnit(t, admin, agencyA.id, 'Bidang SD');
  unitA2 = await createUnit(t, admin, agencyA.id, 'Bidang SMP');
  unitB = await createUnit(t, admin, agencyB.id, 'Bidang P2P');
});

describe('createEmployee', () => {
  it('stores a PNS and answers 201 with id, version, BUP and retirement date', async () => {
    const body = employeeBody({ agencyId: agencyA.id, unitId: unitA.id, name: 'Ahmad Fauzi' });
    const res = await create(body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      nip: '198609262015051001',
      name: 'Ahmad Fauzi',
      status: 'AKTIF',
      version: 1,
      bup: 58,
      retirementDate: '2044-10-01',
      competencies: [],
    });
    expect(res.body.id).toMatch(/^[0-9A-Z]{26}$/);
    const again = await getJson(t, `/v1/employees/${res.body.id}`, admin);
    expect(again).toEqual(res.body);
    // The initial history entry and the audit entry came with it.
    const history = await getJson(t, `/v1/employees/${res.body.id}/history`, admin);
    expect(history.items).toHaveLength(1);
    expect(history.items[0]).toMatchObject({ kind: 'initial', event: 'initial' });
    const audit = await getJson(t, `/v1/audit?entityType=employee&entityId=${res.body.id}`, admin);
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(['employee.create']);
  });

  it('refuses a NIP whose gender digit disagrees, naming digit 15, and writes nothing', async () => {
    const before = await tableSnapshot(t);
    const body = employeeBody({ agencyId: agencyA.id, unitId: unitA.id, gender: 'L', sequence: 7 });
    body.nip = makeNip('1986-09-26', '2015-05-01', 'P', 7);
    const res = await create(body);
    expectProblem(res, 400, 'validation', ['nip']);
    expect(res.body.errors[0].message).toBe('digit 15 (gender) is 2 but gender is L');
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('checks the NIP against the birth date and TMT CPNS, and its own calendar', async () => {
    const base = employeeBody({ agencyId: agencyA.id, unitId: unitA.id, sequence: 8 });
    const wrongBirth = await create({ ...base, birthDate: '1987-01-01' });
    expectProblem(wrongBirth, 400, 'validation', ['nip']);
    expect(wrongBirth.body.errors[0].message).toContain('digits 1-8 (birth date)');
    const wrongTmt = await create({ ...base, tmtCpns: '2016-03-01' });
    expectProblem(wrongTmt, 400, 'validation', ['nip']);
    expect(wrongTmt.body.errors[0].message).toContain('digits 9-14 (TMT CPNS)');
    const notDate = await create({ ...base, nip: '198602312015051008' });
    expect(notDate.status).toBe(400);
    expect(notDate.body.errors.some((e: { path: string }) => e.path === 'nip')).toBe(true);
    const short = await create({ ...base, nip: '19860926201505100' });
    expectProblem(short, 400, 'validation', ['nip']);
  });

  it('keeps rank for PNS/CPNS and grade for PPPK, and checks the NI PPPK birth-date prefix', async () => {
    const pns = employeeBody({ agencyId: agencyA.id, unitId: unitA.id, sequence: 9 });
    expectProblem(await create({ ...pns, grade: 'IX' }), 400, 'validation', ['grade']);
    const noRank = { ...pns };
    delete noRank.rank;
    expectProblem(await create(noRank), 400, 'validation', ['rank']);
    const pppk = employeeBody({
      agencyId: agencyA.id,
      unitId: unitA.id,
      employmentType: 'PPPK',
      sequence: 1,
    });
    expectProblem(await create({ ...pppk, rank: 'III/a' }), 400, 'validation', ['rank']);
    expectProblem(await create({ ...pppk, nip: `19900101${String(pppk.nip).slice(8)}` }), 400, 'validation', [
      'nip',
    ]);
    const ok = await created(pppk);
    expect(ok).toMatchObject({ employmentType: 'PPPK', grade: 'IX' });
    expect(ok.rank).toBeUndefined();
  });

  it('answers 409 for a NIP already used in the tenant, but not for one used in another tenant', async () => {
    const body = employeeBody({ agencyId: agencyA.id, unitId: unitA.id, sequence: 20, name: 'Siti Aminah' });
    await created(body);
    const dup = await create({ ...body, name: 'Orang Lain' });
    expectProblem(dup, 409, 'conflict');
    const other = await createAgency(t, otherTenantAdmin, 'Dinas Pendidikan');
    const otherUnit = await createUnit(t, otherTenantAdmin, other.id, 'Bidang SD');
    const elsewhere = await create({ ...body, agencyId: other.id, unitId: otherUnit.id }, otherTenantAdmin);
    expect(elsewhere.status, JSON.stringify(elsewhere.body)).toBe(201);
  });

  it('requires the agency, unit and position to exist in the tenant, and the unit to be in the agency', async () => {
    const before = await tableSnapshot(t);
    const base = employeeBody({ agencyId: agencyA.id, unitId: unitA.id, sequence: 30 });
    expectProblem(await create({ ...base, agencyId: UNKNOWN_ID }), 400, 'validation', ['agencyId']);
    expectProblem(await create({ ...base, unitId: unitB.id }), 400, 'validation', ['unitId']);
    expectProblem(await create({ ...base, positionId: UNKNOWN_ID }), 400, 'validation', ['positionId']);
    expectProblem(await create({ ...base, tenantId: UNKNOWN_ID }), 400, 'validation', ['tenantId']);
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('keeps an agency admin to their own agency', async () => {
    await createUser(t, admin, { username: 'opd.a', role: 'agency-admin', agencyId: agencyA.id });
    const opd = await t.loginAs(SLUG, 'opd.a');
    const res = await create(employeeBody({ agencyId: agencyB.id, unitId: unitB.id, sequence: 40 }), opd);
    expectProblem(res, 403, 'forbidden');
    await created(employeeBody({ agencyId: agencyA.id, unitId: unitA.id, sequence: 41 }), opd);
  });
});

describe('updateEmployee and history', () => {
  it('applies a partial change, records a promotion as a career event, and refuses a stale version', async () => {
    const e = await created(
      employeeBody({ agencyId: agencyA.id, unitId: unitA.id, sequence: 50, name: 'Rudi Hartono' }),
    );
    const res = await t.call('PATCH', `/v1/employees/${e.id}`, {
      token: admin,
      body: {
        rank: 'III/c',
        tmtRank: '2025-04-01',
        history: {
          kind: 'career',
          tmt: '2025-04-01',
          decreeNumber: '800/123/BKD/2025',
          reason: 'Kenaikan pangkat reguler',
        },
        version: 1,
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ rank: 'III/c', version: 2, name: 'Rudi Hartono' });
    const fix = await t.call('PATCH', `/v1/employees/${e.id}`, {
      token: admin,
      body: { name: 'Rudi Hartanto', version: 2 },
    });
    expect(fix.status, JSON.stringify(fix.body)).toBe(200);
    const stale = await t.call('PATCH', `/v1/employees/${e.id}`, {
      token: admin,
      body: { name: 'X', version: 1 },
    });
    expectProblem(stale, 409, 'version-conflict');
    const history = (await getJson(t, `/v1/employees/${e.id}/history`, admin)).items;
    // The name fix is not a history field, so only the promotion and the initial entry are there.
    expect(history.map((h: { event: string }) => h.event)).toEqual(['promotion', 'initial']);
    expect(history[0]).toMatchObject({
      kind: 'career',
      tmt: '2025-04-01',
      decreeNumber: '800/123/BKD/2025',
      reason: 'Kenaikan pangkat reguler',
      changes: { rank: { before: 'III/b', after: 'III/c' } },
    });
  });

  it('tells a correction apart from a career event', async () => {
    const e = await created(employeeBody({ agencyId: agencyA.id, unitId: unitA.id, sequence: 51 }));
    const res = await t.call('PATCH', `/v1/employees/${e.id}`, {
      token: admin,
      body: { rank: 'III/a', history: { kind: 'correction', reason: 'Salah ketik golongan' }, version: 1 },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [latest] = (await getJson(t, `/v1/employees/${e.id}/history`, admin)).items;
    expect(latest).toMatchObject({ kind: 'correction', event: 'correction', reason: 'Salah ketik golongan' });
  });

  it('rechecks the NIP rules on the record after the patch', async () => {
    const e = await created(employeeBody({ agencyId: agencyA.id, unitId: unitA.id, sequence: 52 }));
    const res = await t.call('PATCH', `/v1/employees/${e.id}`, {
      token: admin,
      body: { gender: 'P', version: 1 },
    });
    expectProblem(res, 400, 'validation', ['nip']);
    const career = await t.call('PATCH', `/v1/employees/${e.id}`, {
      token: admin,
      body: { rank: 'III/c', history: { kind: 'career' }, version: 1 },
    });
    expectProblem(career, 400, 'validation', ['history.tmt']);
    expect((await getJson(t, `/v1/employees/${e.id}`, admin)).version).toBe(1);
  });

  it('moves the NIP guard when the NIP is corrected, so the old NIP is free again', async () => {
    const body = employeeBody({ agencyId: agencyA.id, unitId: unitA.id, sequence: 53 });
    const e = await created(body);
    const newNip = makeNip('1986-09-26', '2015-05-01', 'L', 54);
    const res = await t.call('PATCH', `/v1/employees/${e.id}`, {
      token: admin,
      body: { nip: newNip, version: 1 },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    await created({ ...body, name: 'Pemilik NIP lama' });
    expectProblem(await create({ ...body, nip: newNip }), 409, 'conflict');
  });

  it("refreshes the BUP from a reclassified position on the holder's next update", async () => {
    const pos = await t.call('POST', '/v1/positions', {
      token: admin,
      body: {
        agencyId: agencyA.id,
        unitId: unitA.id,
        name: 'Analis Kebijakan',
        type: 'FUNGSIONAL',
        functionalLevel: 'AHLI_MUDA',
        positionClass: 9,
        requiredEducation: { levels: ['S1'], majors: [] },
        seats: 2,
      },
    });
    expect(pos.status, JSON.stringify(pos.body)).toBe(201);
    const e = await created(
      employeeBody({ agencyId: agencyA.id, unitId: unitA.id, sequence: 56, positionId: pos.body.id }),
    );
    expect(e.bup).toBe(58);
    const reclassified = await t.call('PATCH', `/v1/positions/${pos.body.id}`, {
      token: admin,
      body: { functionalLevel: 'AHLI_UTAMA', version: pos.body.version },
    });
    expect(reclassified.status, JSON.stringify(reclassified.body)).toBe(200);
    const res = await t.call('PATCH', `/v1/employees/${e.id}`, {
      token: admin,
      body: { phone: '081211112222', version: 1 },
    });
    expect(res.body).toMatchObject({ bup: 65, retirementDate: '2051-10-01' });
  });

  it('answers 404 for an unknown employee and for one of another tenant', async () => {
    const e = await created(employeeBody({ agencyId: agencyA.id, unitId: unitA.id, sequence: 55 }));
    expectProblem(await t.call('GET', `/v1/employees/${UNKNOWN_ID}`, { token: admin }), 404, 'not-found');
    expectProblem(
      await t.call('GET', `/v1/employees/${e.id}`, { token: otherTenantAdmin }),
      404,
      'not-found',
    );
    const patch = await t.call('PATCH', `/v1/employees/${e.id}`, {
      token: otherTenantAdmin,
      body: { name: 'Bukan', version: 1 },
    });
    expectProblem(patch, 404, 'not-found');
  });
});

describe('listEmployees, masking and my profile', () => {
  let self: { id: string };
  let colleague: { id: string };
  let farAway: { id: string };
  let employeeToken: string;
  let supervisorToken: string;

  beforeAll(async () => {
    self = await created(
      employeeBody({
        agencyId: agencyA.id,
        unitId: unitA2.id,
        sequence: 60,
        name: 'Zaenal Abidin',
        email: 'zaenal@pemda.go.id',
      }),
    );
    colleague = await created(
      employeeBody({
        agencyId: agencyA.id,
        unitId: unitA2.id,
        sequence: 61,
        name: 'Zahra Putri',
        gender: 'P',
      }),
    );
    farAway = await created(
      employeeBody({
        agencyId: agencyA.id,
        unitId: unitA.id,
        sequence: 62,
        name: 'Zulkifli',
        phone: '081234567890',
      }),
    );
    const boss = await created(
      employeeBody({ agencyId: agencyA.id, unitId: unitA2.id, sequence: 63, name: 'Zainal Kepala' }),
    );
    await t.call('POST', '/v1/users', {
      token: admin,
      body: {
        username: 'pegawai.z',
        name: 'Zaenal',
        role: 'employee',
        agencyId: agencyA.id,
        employeeId: self.id,
        password: 'correct-horse-battery',
      },
    });
    await t.call('POST', '/v1/users', {
      token: admin,
      body: {
        username: 'atasan.z',
        name: 'Zainal',
        role: 'supervisor',
        agencyId: agencyA.id,
        employeeId: boss.id,
        password: 'correct-horse-battery',
      },
    });
    employeeToken = await t.loginAs(SLUG, 'pegawai.z');
    supervisorToken = await t.loginAs(SLUG, 'atasan.z');
  });

  it('links an existing account to an employee record, refusing an unknown one', async () => {
    const user = await createUser(t, admin, {
      username: 'akun.lama',
      role: 'employee',
      agencyId: agencyA.id,
    });
    const before = await tableSnapshot(t);
    const bad = await t.call('PATCH', `/v1/users/${user.id}`, {
      token: admin,
      body: { employeeId: UNKNOWN_ID, version: user.version },
    });
    expectProblem(bad, 400, 'validation', ['employeeId']);
    expect(await tableSnapshot(t)).toEqual(before);
    const res = await t.call('PATCH', `/v1/users/${user.id}`, {
      token: admin,
      body: { employeeId: colleague.id, version: user.version },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const token = await t.loginAs(SLUG, 'akun.lama');
    expect((await getJson(t, '/v1/me', token)).user.employeeId).toBe(colleague.id);
    expect((await getJson(t, '/v1/personnel/me', token)).id).toBe(colleague.id);
  });

  it('pages through the agency by name', async () => {
    const pages = await allPages(t, `/v1/employees?agencyId=${agencyA.id}`, admin, 3);
    const names = pages.flat().map((e) => e.name);
    expect(names.length).toBeGreaterThan(6);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(pages.length).toBeGreaterThan(1);
  });

  it('shows a supervisor the NIP in full inside their unit only', async () => {
    const inside = await getJson(t, `/v1/employees/${colleague.id}`, supervisorToken);
    expect(inside.nip).toMatch(/^\d{18}$/);
    const outside = await getJson(t, `/v1/employees/${farAway.id}`, supervisorToken);
    expect(outside).toMatchObject({ nip: '1986***********062', nipMasked: true });
    const list = await getJson(t, '/v1/employees?limit=100', supervisorToken);
    const far = list.items.find((e: { id: string }) => e.id === farAway.id);
    expect(far.nipMasked).toBe(true);
    expect(list.items.every((e: { agencyId: string }) => e.agencyId === agencyA.id)).toBe(true);
  });

  it('lets an employee see only themselves, in full, through getMyProfile and getEmployee', async () => {
    const me = await getJson(t, '/v1/personnel/me', employeeToken);
    expect(me).toMatchObject({
      id: self.id,
      nip: makeNip('1986-09-26', '2015-05-01', 'L', 60),
      email: 'zaenal@pemda.go.id',
    });
    expect(me.nipMasked).toBeUndefined();
    expect((await getJson(t, `/v1/employees/${self.id}`, employeeToken)).id).toBe(self.id);
    expectProblem(
      await t.call('GET', `/v1/employees/${colleague.id}`, { token: employeeToken }),
      404,
      'not-found',
    );
    expectProblem(await t.call('GET', '/v1/employees', { token: employeeToken }), 403, 'forbidden');
    expectProblem(await t.call('GET', '/v1/personnel/me', { token: admin }), 404, 'not-found');
  });
});

describe('searchEmployees', () => {
  let analyst: { id: string };
  let nurse: { id: string };
  let opdB: string;

  beforeAll(async () => {
    analyst = await created(
      employeeBody({
        agencyId: agencyA.id,
        unitId: unitA.id,
        sequence: 70,
        name: 'Dewi Lestari',
        gender: 'P',
        rank: 'III/d',
        email: 'dewi@pemda.go.id',
        competencies: [
          { code: 'TEK-ANALISIS-DATA', level: 4 },
          { code: 'MAN-KOMUNIKASI', level: 3 },
        ],
        education: [
          { level: 'S2', major: 'Statistika', institution: 'Universitas Gadjah Mada', graduationYear: 2014 },
        ],
      }),
    );
    nurse = await created(
      employeeBody({
        agencyId: agencyB.id,
        unitId: unitB.id,
        sequence: 71,
        name: 'Dedi Kurniawan',
        rank: 'II/c',
        competencies: [{ code: 'TEK-ANALISIS-DATA', level: 2 }],
        education: [
          { level: 'D3', major: 'Keperawatan', institution: 'Poltekkes Tanjungkarang', graduationYear: 2008 },
        ],
      }),
    );
    await createUser(t, admin, { username: 'opd.b', role: 'agency-admin', agencyId: agencyB.id });
    opdB = await t.loginAs(SLUG, 'opd.b');
  });

  const search = async (qs: string, token = admin) => getJson(t, `/v1/personnel/search?${qs}`, token);
  const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id).sort();

  it('finds by competency and minimum level, with the matched competencies', async () => {
    const both = await search('competency=TEK-ANALISIS-DATA:2&limit=100');
    expect(ids(both)).toEqual([analyst.id, nurse.id].sort());
    const high = await search('competency=tek-analisis-data:3&limit=100');
    expect(ids(high)).toEqual([analyst.id]);
    expect(high.items[0]).toMatchObject({
      name: 'Dewi Lestari',
      agencyName: 'Dinas Pendidikan',
      rank: 'III/d',
      highestEducation: 'S2',
      matchedCompetencies: [{ code: 'TEK-ANALISIS-DATA', level: 4 }],
    });
    const two = await search('competency=TEK-ANALISIS-DATA:2,MAN-KOMUNIKASI:3&limit=100');
    expect(ids(two)).toEqual([analyst.id]);
  });

  it('filters by education, major, minimum rank, type, agency and name prefix', async () => {
    expect(ids(await search('competency=TEK-ANALISIS-DATA&educationLevel=S1&limit=100'))).toEqual([
      analyst.id,
    ]);
    expect(ids(await search('competency=TEK-ANALISIS-DATA&major=keperawatan&limit=100'))).toEqual([nurse.id]);
    expect(ids(await search('competency=TEK-ANALISIS-DATA&minRank=III/a&limit=100'))).toEqual([analyst.id]);
    expect(ids(await search(`competency=TEK-ANALISIS-DATA&agencyId=${agencyB.id}&limit=100`))).toEqual([
      nurse.id,
    ]);
    expect(ids(await search('competency=TEK-ANALISIS-DATA&employmentType=PPPK&limit=100'))).toEqual([]);
    expect(ids(await search('namePrefix=dewi%20l&limit=100'))).toEqual([analyst.id]);
    expect(ids(await search('namePrefix=De&competency=TEK-ANALISIS-DATA&limit=100'))).toEqual(
      [analyst.id, nurse.id].sort(),
    );
    expect(ids(await search(`namePrefix=De&agencyId=${agencyB.id}&limit=100`))).toEqual([nurse.id]);
  });

  it('searches the whole tenant for an agency admin, masking contact data of other agencies', async () => {
    const page = await search('competency=TEK-ANALISIS-DATA:3&limit=100', opdB);
    expect(ids(page)).toEqual([analyst.id]);
    expect(page.items[0]).toMatchObject({ contactMasked: true, email: 'd***@pemda.go.id', nipMasked: false });
    const mine = await search('competency=TEK-ANALISIS-DATA:3&limit=100', admin);
    expect(mine.items[0]).toMatchObject({ contactMasked: false, email: 'dewi@pemda.go.id' });
  });

  it('costs one Query per page, and pages with the cursor', async () => {
    const { result, calls } = await countDynamoCalls(() =>
      t.call('GET', '/v1/personnel/search?competency=TEK-ANALISIS-DATA:1&limit=1', { token: admin }),
    );
    expect(result.status).toBe(200);
    // The call counter sees the tenant/account checks as GetItems; the search itself is one Query.
    expect(calls.byCommand.Query).toBe(1);
    const pages = await allPages(t, '/v1/personnel/search?competency=TEK-ANALISIS-DATA:1', admin, 1);
    expect(
      pages
        .flat()
        .map((i) => i.id)
        .sort(),
    ).toEqual([analyst.id, nurse.id].sort());
  });

  it('refuses bad filters with the field named, and foreign cursors', async () => {
    expectProblem(
      await t.call('GET', '/v1/personnel/search?competency=TEK:9', { token: admin }),
      400,
      'validation',
      ['competency'],
    );
    expectProblem(
      await t.call('GET', '/v1/personnel/search?minRank=V/a', { token: admin }),
      400,
      'validation',
      ['minRank'],
    );
    const first = await search('competency=TEK-ANALISIS-DATA:1&limit=1');
    const foreign = await t.call(
      'GET',
      `/v1/personnel/search?competency=TEK-ANALISIS-DATA:1&limit=1&cursor=${encodeURIComponent(first.nextCursor)}`,
      { token: otherTenantAdmin },
    );
    expect(foreign.status).toBe(400);
  });

  it('drops a retired employee from search and from the index items', async () => {
    const e = await created(
      employeeBody({
        agencyId: agencyA.id,
        unitId: unitA.id,
        sequence: 72,
        name: 'Pensiunan Satu',
        competencies: [{ code: 'TEK-ARSIP', level: 3 }],
      }),
    );
    expect(ids(await search('competency=TEK-ARSIP'))).toEqual([e.id]);
    const res = await t.call('PATCH', `/v1/employees/${e.id}`, {
      token: admin,
      body: { status: 'PENSIUN', history: { kind: 'career', tmt: '2026-01-01', reason: 'BUP' }, version: 1 },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(ids(await search('competency=TEK-ARSIP'))).toEqual([]);
    const holders = (await scanTable(t)).filter((i) => String(i.pk).includes('COMPHOLDERS#TEK-ARSIP'));
    expect(holders).toEqual([]);
  });
});
