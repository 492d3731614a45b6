import { ULID_PATTERN } from '@pamong/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTenantViaApi, createTestApi, PASSWORD, type TestApi } from '../support/app';
import {
  createAgency,
  createUnit,
  expectProblem,
  getJson,
  type Res,
  scanTable,
  tableSnapshot,
  UNKNOWN_ID,
} from './helpers';

let t: TestApi;
let admin: string;
let adminA: string;
let adminB: string;
let supervisor: string;
let unlinked: string;
let andiToken: string;
let citraToken: string;
let agencyA: { id: string };
let agencyB: { id: string };
let andi: { id: string; version: number };
let citra: { id: string; version: number };

const SLUG = 'koreksi';
const S1 = { level: 'S1', major: 'Ilmu Komputer', institution: 'Universitas Andalas', graduationYear: 2009 };
const S2 = {
  level: 'S2',
  major: 'Sistem Informasi',
  institution: 'Institut Teknologi Bandung',
  graduationYear: 2019,
};

async function addUser(username: string, role: string, agencyId: string, employeeId?: string) {
  const res = await t.call('POST', '/v1/users', {
    token: admin,
    body: {
      username,
      name: `User ${username}`,
      role,
      agencyId,
      password: PASSWORD,
      ...(employeeId ? { employeeId } : {}),
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return t.loginAs(SLUG, username);
}

async function hire(body: Record<string, unknown>) {
  const res = await t.call('POST', '/v1/employees', {
    token: admin,
    body: { employmentType: 'PNS', birthPlace: 'Padang', education: [S1], ...body },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

beforeAll(async () => {
  t = await createTestApi();
  ({ adminToken: admin } = await createTenantViaApi(t, SLUG));
  agencyA = await createAgency(t, admin, 'Dinas Kominfo');
  agencyB = await createAgency(t, admin, 'Dinas Pendidikan');
  const unitA = await createUnit(t, admin, agencyA.id, 'Bidang Aplikasi');
  const unitB = await createUnit(t, admin, agencyB.id, 'Bidang SD');
  andi = await hire({
    agencyId: agencyA.id,
    unitId: unitA.id,
    nip: '198609262015051001',
    name: 'Andi Saputra',
    gender: 'L',
    birthDate: '1986-09-26',
    rank: 'III/b',
    tmtCpns: '2015-05-01',
  });
  citra = await hire({
    agencyId: agencyB.id,
    unitId: unitB.id,
    nip: '199012052018022001',
    name: 'Citra Lestari',
    gender: 'P',
    birthDate: '1990-12-05',
    rank: 'III/a',
    tmtCpns: '2018-02-01',
    email: 'citra@disdik.go.id',
  });
  adminA = await addUser('opd.a', 'agency-admin', agencyA.id);
  adminB = await addUser('opd.b', 'agency-admin', agencyB.id);
  supervisor = await addUser('atasan', 'supervisor', agencyA.id);
  unlinked = await addUser('tanpa.pegawai', 'employee', agencyA.id);
  andiToken = await addUser('andi', 'employee', agencyA.id, andi.id);
  citraToken = await addUser('citra', 'employee', agencyB.id, citra.id);
});

const propose = (token: string, body: unknown) =>
  t.call('POST', '/v1/personnel/me/corrections', { token, body });
const decide = (token: string, id: string, body: unknown) =>
  t.call('POST', `/v1/personnel/corrections/${id}/decision`, { token, body });
const audits = async (entityId: string) =>
  (await scanTable(t)).filter((i) => i.type === 'AUDIT' && i.entityId === entityId);

/** A failed request must leave the table exactly as it was. */
async function expectNoWrite(request: () => Promise<Res>, status: number, type: string, paths?: string[]) {
  const before = await tableSnapshot(t);
  expectProblem(await request(), status, type, paths);
  expect(await tableSnapshot(t)).toEqual(before);
}

let first: { id: string; version: number };

describe('proposeProfileCorrection', () => {
  it('stores a pending correction of my own record, with the version and values it corrects; audited', async () => {
    const res = await propose(andiToken, {
      changes: { education: [S1, S2], phone: '081266554433' },
      reason: 'Ijazah S2 belum tercatat dan nomor HP baru',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      employeeId: andi.id,
      employeeName: 'Andi Saputra',
      agencyId: agencyA.id,
      changes: { education: [S1, S2], phone: '081266554433' },
      current: { education: [S1], phone: null },
      reason: 'Ijazah S2 belum tercatat dan nomor HP baru',
      status: 'pending',
      employeeVersion: 1,
      proposedBy: { role: 'employee' },
      version: 1,
    });
    expect(res.body.id).toMatch(ULID_PATTERN);
    expect(res.body).not.toHaveProperty('decision');
    first = res.body;
    // Nothing changes on the record until an admin approves.
    expect(await getJson(t, `/v1/employees/${andi.id}`, admin)).toMatchObject({
      version: 1,
      education: [S1],
    });
    const [entry, ...more] = await audits(first.id);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      action: 'correction.propose',
      entityType: 'correction',
      changes: { status: { before: null, after: 'pending' }, phone: { before: null, after: '081266554433' } },
    });
  });

  it('rejects bad input with field paths and writes nothing', async () => {
    await expectNoWrite(() => propose(andiToken, { changes: {}, reason: 'x' }), 400, 'validation', [
      'changes',
    ]);
    await expectNoWrite(
      () => propose(andiToken, { changes: { name: 'Andi S', phone: '12' }, reason: '' }),
      400,
      'validation',
      ['changes.name', 'changes.phone', 'reason'],
    );
    await expectNoWrite(
      () => propose(andiToken, { changes: { education: [{ ...S1, level: 'S9' }] }, extra: 1 }),
      400,
      'validation',
      ['changes.education.0.level', 'reason', 'extra'],
    );
  });

  it('refuses a correction that changes nothing', async () => {
    await expectNoWrite(
      () => propose(andiToken, { changes: { birthPlace: 'Padang' }, reason: 'Sudah benar' }),
      400,
      'validation',
      ['changes.birthPlace'],
    );
  });

  it('needs an account linked to an employee', async () => {
    await expectNoWrite(
      () => propose(unlinked, { changes: { phone: '081200000000' }, reason: 'Nomor baru' }),
      404,
      'not-found',
    );
    await expectNoWrite(
      () => propose(admin, { changes: { phone: '081200000000' }, reason: 'x' }),
      404,
      'not-found',
    );
    expectProblem(await t.call('POST', '/v1/personnel/me/corrections', { body: {} }), 401, 'unauthorized');
  });
});

describe('listProfileCorrections', () => {
  let citraCorrection: { id: string };

  beforeAll(async () => {
    const res = await propose(citraToken, { changes: { frontTitle: 'Dra.' }, reason: 'Gelar depan' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    citraCorrection = res.body;
  });

  it('shows a tenant admin every agency, an agency admin their own', async () => {
    const all = await getJson(t, '/v1/personnel/corrections?status=pending', admin);
    expect(all.items.map((c: { id: string }) => c.id)).toEqual([first.id, citraCorrection.id]);
    const own = await getJson(t, '/v1/personnel/corrections', adminA);
    expect(own.items.map((c: { id: string }) => c.id)).toEqual([first.id]);
    const byB = await getJson(t, `/v1/personnel/corrections?agencyId=${agencyB.id}`, admin);
    expect(byB.items.map((c: { id: string }) => c.id)).toEqual([citraCorrection.id]);
    expect((await getJson(t, '/v1/personnel/corrections?status=approved', admin)).items).toEqual([]);
  });

  it('refuses other agencies, non-admins and bad filters', async () => {
    expectProblem(
      await t.call('GET', `/v1/personnel/corrections?agencyId=${agencyB.id}`, { token: adminA }),
      403,
      'forbidden',
    );
    expectProblem(await t.call('GET', '/v1/personnel/corrections', { token: supervisor }), 403, 'forbidden');
    expectProblem(await t.call('GET', '/v1/personnel/corrections', { token: andiToken }), 403, 'forbidden');
    expectProblem(
      await t.call('GET', '/v1/personnel/corrections?status=done&limit=500', { token: admin }),
      400,
      'validation',
      ['status', 'limit'],
    );
  });

  it('rejects: status and reason recorded, the record untouched, audited; never twice', async () => {
    const res = await decide(admin, citraCorrection.id, {
      decision: 'reject',
      reason: 'Ijazah belum dilampirkan',
      version: 1,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      status: 'rejected',
      version: 2,
      decision: { decision: 'reject', reason: 'Ijazah belum dilampirkan', by: { role: 'tenant-admin' } },
    });
    const employee = await getJson(t, `/v1/employees/${citra.id}`, admin);
    expect(employee.version).toBe(1);
    expect(employee).not.toHaveProperty('frontTitle');
    expect((await audits(citraCorrection.id)).map((a) => a.action).sort()).toEqual([
      'correction.propose',
      'correction.reject',
    ]);
    expect((await getJson(t, '/v1/personnel/corrections?status=rejected', admin)).items).toHaveLength(1);
    await expectNoWrite(
      () => decide(admin, citraCorrection.id, { decision: 'approve', reason: 'Salah klik', version: 2 }),
      409,
      'conflict',
    );
  });
});

describe('decideProfileCorrection: approve', () => {
  it('validates the body and hides other agencies and unknown ids', async () => {
    await expectNoWrite(
      () => decide(admin, first.id, { decision: 'maybe', reason: '', extra: true }),
      400,
      'validation',
      ['decision', 'reason', 'version', 'extra'],
    );
    await expectNoWrite(
      () => decide(admin, 'bukan-id', { decision: 'approve', reason: 'ok', version: 1 }),
      400,
      'validation',
      ['correctionId'],
    );
    const ok = { decision: 'approve', reason: 'Sesuai ijazah', version: 1 };
    await expectNoWrite(() => decide(admin, UNKNOWN_ID, ok), 404, 'not-found');
    await expectNoWrite(() => decide(adminB, first.id, ok), 404, 'not-found');
    await expectNoWrite(() => decide(supervisor, first.id, ok), 403, 'forbidden');
    await expectNoWrite(() => decide(andiToken, first.id, ok), 403, 'forbidden');
    await expectNoWrite(() => decide(admin, first.id, { ...ok, version: 2 }), 409, 'version-conflict');
    const other = await createTenantViaApi(t, 'koreksi-lain');
    await expectNoWrite(() => decide(other.adminToken, first.id, ok), 404, 'not-found');
    expect((await getJson(t, '/v1/personnel/corrections', other.adminToken)).items).toEqual([]);
  });

  it('applies the change to the record and closes the correction in one go, audited both; never twice', async () => {
    const res = await decide(adminA, first.id, { decision: 'approve', reason: 'Sesuai ijazah', version: 1 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      status: 'approved',
      version: 2,
      decision: { decision: 'approve', reason: 'Sesuai ijazah', by: { role: 'agency-admin' } },
    });
    const employee = await getJson(t, `/v1/employees/${andi.id}`, admin);
    expect(employee).toMatchObject({ version: 2, education: [S1, S2], phone: '081266554433' });
    // The aggregates follow: the highest education is now S2.
    const dashboard = await getJson(t, `/v1/personnel/dashboard?agencyId=${agencyA.id}`, admin);
    expect(dashboard.byEducation.filter((e: { count: number }) => e.count > 0)).toEqual([
      { level: 'S2', count: 1 },
    ]);

    expect((await audits(first.id)).map((a) => a.action).sort()).toEqual([
      'correction.approve',
      'correction.propose',
    ]);
    const employeeAudit = (await audits(andi.id)).find((a) => a.action === 'employee.correction');
    expect(employeeAudit?.changes).toMatchObject({
      phone: { before: null, after: '081266554433' },
      correctionId: { before: null, after: first.id },
    });
    await expectNoWrite(
      () => decide(admin, first.id, { decision: 'reject', reason: 'Lagi', version: 2 }),
      409,
      'conflict',
    );
    expect((await getJson(t, '/v1/personnel/corrections?status=approved', adminA)).items).toHaveLength(1);
  });

  it('applies on top of other changes, but not over a change to a corrected field', async () => {
    const ok = await propose(andiToken, { changes: { backTitle: 'S.Kom., M.T.' }, reason: 'Gelar belakang' });
    const clash = await propose(andiToken, {
      changes: { email: 'andi@kominfo.go.id' },
      reason: 'Email dinas',
    });
    expect([ok.status, clash.status]).toEqual([201, 201]);
    expect(clash.body.employeeVersion).toBe(2);
    // An admin sets the email (and nothing else the first correction touches) meanwhile.
    const patched = await t.call('PATCH', `/v1/employees/${andi.id}`, {
      token: admin,
      body: { email: 'andi.saputra@kominfo.go.id', version: 2 },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);

    await expectNoWrite(
      () => decide(admin, clash.body.id, { decision: 'approve', reason: 'ok', version: 1 }),
      409,
      'conflict',
      ['changes.email'],
    );
    const applied = await decide(admin, ok.body.id, { decision: 'approve', reason: 'ok', version: 1 });
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    expect(await getJson(t, `/v1/employees/${andi.id}`, admin)).toMatchObject({
      version: 4,
      backTitle: 'S.Kom., M.T.',
      email: 'andi.saputra@kominfo.go.id',
    });
    const rejected = await decide(admin, clash.body.id, {
      decision: 'reject',
      reason: 'Sudah diubah',
      version: 1,
    });
    expect(rejected.body.status).toBe('rejected');
  });

  it('refuses an agency admin once the employee has moved to another agency', async () => {
    const res = await propose(andiToken, { changes: { phone: '081299990000' }, reason: 'Nomor baru' });
    expect(res.status).toBe(201);
    const e = await getJson(t, `/v1/employees/${andi.id}`, admin);
    const units = await getJson(t, `/v1/agencies/${agencyB.id}/units`, admin);
    const moved = await t.call('POST', `/v1/employees/${andi.id}/placements`, {
      token: admin,
      body: {
        agencyId: agencyB.id,
        unitId: units.items[0].id,
        tmt: '2026-03-01',
        reason: 'Mutasi',
        version: e.version,
      },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(201);
    await expectNoWrite(
      () => decide(adminA, res.body.id, { decision: 'approve', reason: 'ok', version: 1 }),
      403,
      'forbidden',
    );
    const approved = await decide(admin, res.body.id, { decision: 'approve', reason: 'ok', version: 1 });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect((await getJson(t, `/v1/employees/${andi.id}`, admin)).phone).toBe('081299990000');
  });
});
