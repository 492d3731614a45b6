import { beforeAll, describe, expect, it } from 'vitest';
import { createTenantViaApi, createTestApi, PASSWORD, type TestApi } from '../support/app';
import { employeeBody } from '../support/personnel';
import { createAgency, createUnit, createUser, expectProblem, getJson, tableSnapshot } from './helpers';

/**
 * Issue 10, points 1 and 2: what an account may do is the account's as of now, not as of its
 * token; and an account links only to an employee of its own agency, one account per employee.
 */
let t: TestApi;
let admin: string;
let agencyA: { id: string };
let agencyB: { id: string };
let employeeA: { id: string };
let employeeA2: { id: string };
let employeeB: { id: string };

const SLUG = 'hak-akses';

const login = (username: string) =>
  t.call('POST', '/v1/auth/login', { body: { tenant: SLUG, username, password: PASSWORD } });

async function version(userId: string): Promise<number> {
  return (await getJson(t, `/v1/users/${userId}`, admin)).version;
}

async function patchUser(userId: string, body: Record<string, unknown>, token = admin) {
  return t.call('PATCH', `/v1/users/${userId}`, { token, body: { ...body, version: await version(userId) } });
}

async function newEmployee(agencyId: string, unitId: string, sequence: number, phone: string) {
  const res = await t.call('POST', '/v1/employees', {
    token: admin,
    body: employeeBody({ agencyId, unitId, sequence, name: `Pegawai ${sequence}`, phone }),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string };
}

beforeAll(async () => {
  t = await createTestApi();
  ({ adminToken: admin } = await createTenantViaApi(t, SLUG));
  agencyA = await createAgency(t, admin, 'Dinas Pendidikan');
  agencyB = await createAgency(t, admin, 'Dinas Kesehatan');
  const unitA = await createUnit(t, admin, agencyA.id, 'Sekretariat A');
  const unitB = await createUnit(t, admin, agencyB.id, 'Sekretariat B');
  employeeA = await newEmployee(agencyA.id, unitA.id, 1, '081234567801');
  employeeA2 = await newEmployee(agencyA.id, unitA.id, 2, '081234567802');
  employeeB = await newEmployee(agencyB.id, unitB.id, 3, '088312345645');
});

describe('a changed role or agency applies at the next request, whatever the token says', () => {
  it('a demoted tenant admin loses user management and the audit trail at once, with the old token', async () => {
    const second = await createUser(t, admin, { username: 'admin.kedua', role: 'tenant-admin' });
    const token = await t.loginAs(SLUG, 'admin.kedua');
    expect((await t.call('GET', '/v1/users', { token })).status).toBe(200);
    expect((await t.call('GET', '/v1/audit', { token })).status).toBe(200);

    const demoted = await patchUser(second.id, { role: 'employee', agencyId: agencyA.id });
    expect(demoted.status, JSON.stringify(demoted.body)).toBe(200);

    const before = await tableSnapshot(t);
    expectProblem(await t.call('GET', '/v1/users', { token }), 403, 'forbidden');
    expectProblem(await t.call('GET', '/v1/audit', { token }), 403, 'forbidden');
    expectProblem(
      await t.call('POST', '/v1/users', {
        token,
        body: { username: 'admin.gelap', name: 'Admin Gelap', role: 'tenant-admin', password: PASSWORD },
      }),
      403,
      'forbidden',
    );
    expect(await tableSnapshot(t)).toEqual(before);
    expect((await login('admin.gelap')).status).toBe(401);
    const me = await getJson(t, '/v1/me', token);
    expect(me.user).toMatchObject({ role: 'employee', agencyId: agencyA.id });
  });

  it('a promoted employee gets the new role with the token issued before', async () => {
    const u = await createUser(t, admin, {
      username: 'naik.pangkat',
      role: 'employee',
      agencyId: agencyA.id,
    });
    const token = await t.loginAs(SLUG, 'naik.pangkat');
    expectProblem(await t.call('GET', '/v1/users', { token }), 403, 'forbidden');
    expect((await patchUser(u.id, { role: 'agency-admin', agencyId: agencyA.id })).status).toBe(200);
    const list = await t.call('GET', '/v1/users', { token });
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    expect(list.body.items.every((x: { agencyId: string }) => x.agencyId === agencyA.id)).toBe(true);
  });

  it("an agency admin moved to another agency sees the new agency's users, not the old one's", async () => {
    const u = await createUser(t, admin, {
      username: 'pindah.opd',
      role: 'agency-admin',
      agencyId: agencyA.id,
    });
    const stay = await createUser(t, admin, {
      username: 'tinggal.a',
      role: 'employee',
      agencyId: agencyA.id,
    });
    const token = await t.loginAs(SLUG, 'pindah.opd');
    expect((await t.call('GET', `/v1/users/${stay.id}`, { token })).status).toBe(200);
    expect((await patchUser(u.id, { agencyId: agencyB.id })).status).toBe(200);
    expectProblem(await t.call('GET', `/v1/users/${stay.id}`, { token }), 404, 'not-found');
    const list = await getJson(t, '/v1/users', token);
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((x: { agencyId: string }) => x.agencyId === agencyB.id)).toBe(true);
    expect((await getJson(t, '/v1/me', token)).user.agencyId).toBe(agencyB.id);
  });
});

describe('linking an account to an employee record', () => {
  let opdAdmin: string;
  beforeAll(async () => {
    await createUser(t, admin, { username: 'opd.admin', role: 'agency-admin', agencyId: agencyA.id });
    opdAdmin = await t.loginAs(SLUG, 'opd.admin');
  });

  const body = (username: string, employeeId: string) => ({
    username,
    name: `Akun ${username}`,
    role: 'employee',
    agencyId: agencyA.id,
    employeeId,
    password: PASSWORD,
  });

  it("refuses another agency's employee (400 employeeId), writing nothing; the other employee stays unseen", async () => {
    const before = await tableSnapshot(t);
    const res = await t.call('POST', '/v1/users', { token: opdAdmin, body: body('penyusup', employeeB.id) });
    expectProblem(res, 400, 'validation', ['employeeId']);
    // The same answer as for an id that does not exist: nothing is learnt about agency B.
    const unknown = await t.call('POST', '/v1/users', {
      token: opdAdmin,
      body: body('penyusup', '01JZZZZZZZZZZZZZZZZZZZZZZZ'),
    });
    expectProblem(unknown, 400, 'validation', ['employeeId']);
    expect(unknown.body.errors).toEqual(res.body.errors);
    expect(await tableSnapshot(t)).toEqual(before);
    expect((await login('penyusup')).status).toBe(401);
  });

  it('refuses an employeeId that is not an id (400), writing nothing', async () => {
    const before = await tableSnapshot(t);
    const res = await t.call('POST', '/v1/users', {
      token: opdAdmin,
      body: body('aneh', 'does-not-exist#X'),
    });
    expectProblem(res, 400, 'validation', ['employeeId']);
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it("refuses the link by PATCH too, for an agency admin and for a tenant admin setting another agency's employee", async () => {
    const u = await createUser(t, admin, { username: 'akun.a', role: 'employee', agencyId: agencyA.id });
    const before = await tableSnapshot(t);
    expectProblem(await patchUser(u.id, { employeeId: employeeB.id }, opdAdmin), 400, 'validation', [
      'employeeId',
    ]);
    expectProblem(await patchUser(u.id, { employeeId: employeeB.id }), 400, 'validation', ['employeeId']);
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('links an employee of the agency to one account at most; unlinking frees it', async () => {
    const first = await t.call('POST', '/v1/users', { token: opdAdmin, body: body('pemilik', employeeA.id) });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.employeeId).toBe(employeeA.id);
    const token = await t.loginAs(SLUG, 'pemilik');
    const mine = await t.call('GET', '/v1/personnel/me', { token });
    expect(mine.status, JSON.stringify(mine.body)).toBe(200);
    expect(mine.body.id).toBe(employeeA.id);

    const before = await tableSnapshot(t);
    expectProblem(
      await t.call('POST', '/v1/users', { token: opdAdmin, body: body('kembaran', employeeA.id) }),
      409,
      'conflict',
    );
    const other = await createUser(t, admin, {
      username: 'akun.lain',
      role: 'employee',
      agencyId: agencyA.id,
    });
    const snapshot = await tableSnapshot(t);
    expectProblem(await patchUser(other.id, { employeeId: employeeA.id }), 409, 'conflict');
    expect(await tableSnapshot(t)).toEqual(snapshot);
    expect(snapshot.length).toBeGreaterThan(before.length);

    // Moving the owner to another record frees the first one for the other account.
    expect((await patchUser(first.body.id, { employeeId: employeeA2.id })).status).toBe(200);
    const relinked = await patchUser(other.id, { employeeId: employeeA.id });
    expect(relinked.status, JSON.stringify(relinked.body)).toBe(200);
    // The owner's old token follows the new link at once.
    expect((await getJson(t, '/v1/personnel/me', token)).id).toBe(employeeA2.id);
  });

  it("refuses to move a linked account to an agency that is not its employee's", async () => {
    const u = await createUser(t, admin, { username: 'terikat', role: 'employee', agencyId: agencyB.id });
    expect((await patchUser(u.id, { employeeId: employeeB.id })).status).toBe(200);
    const before = await tableSnapshot(t);
    expectProblem(await patchUser(u.id, { agencyId: agencyA.id }), 400, 'validation', ['employeeId']);
    expect(await tableSnapshot(t)).toEqual(before);
  });
});
