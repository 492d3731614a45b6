import { ULID_PATTERN } from '@pamong/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTenantViaApi, createTestApi, PASSWORD, type TestApi } from '../support/app';
import {
  allPages,
  createAgency,
  createUser,
  expectProblem,
  getJson,
  tableSnapshot,
  UNKNOWN_ID,
} from './helpers';

let t: TestApi;
let admin: string;
let adminId: string;
let agencyA: { id: string };
let agencyB: { id: string };

const SLUG = 'pengguna';

async function login(username: string, password = PASSWORD, tenant = SLUG) {
  return t.call('POST', '/v1/auth/login', { body: { tenant, username, password } });
}

beforeAll(async () => {
  t = await createTestApi();
  ({ adminToken: admin } = await createTenantViaApi(t, SLUG));
  adminId = (await getJson(t, '/v1/me', admin)).user.id;
  agencyA = await createAgency(t, admin, 'Dinas Pendidikan');
  agencyB = await createAgency(t, admin, 'Dinas Kesehatan');
});

describe('create users', () => {
  it('creates a user of every role; the password never comes back and the new password logs in', async () => {
    const roles = [
      { role: 'tenant-admin', agencyId: undefined },
      { role: 'agency-admin', agencyId: agencyA.id },
      { role: 'supervisor', agencyId: agencyA.id },
      { role: 'employee', agencyId: agencyB.id },
    ];
    for (const [i, { role, agencyId }] of roles.entries()) {
      const username = `baru.${role}`;
      const password = `Sandi-Baru-${i}-2026`;
      const res = await t.call('POST', '/v1/users', {
        token: admin,
        body: {
          username,
          name: `Budi ${role}`,
          email: `${role}@pemda.go.id`,
          role,
          password,
          ...(agencyId ? { agencyId } : {}),
        },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({
        username,
        name: `Budi ${role}`,
        email: `${role}@pemda.go.id`,
        role,
        agencyId: agencyId ?? null,
        employeeId: null,
        status: 'active',
        version: 1,
      });
      expect(res.body.id).toMatch(ULID_PATTERN);
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(password);
      expect(text).not.toMatch(/password|scrypt/i);

      expect((await login(username, PASSWORD)).status).toBe(401);
      const ok = await login(username, password);
      expect(ok.status).toBe(200);
      expect(ok.body.user).toEqual({
        id: res.body.id,
        name: `Budi ${role}`,
        role,
        tenantId: expect.any(String),
        agencyId: agencyId ?? null,
      });
      expect(await getJson(t, `/v1/users/${res.body.id}`, admin)).toEqual(res.body);
    }
  });

  it('refuses a duplicate username in the same tenant (409, nothing written) but allows it in another tenant', async () => {
    await createUser(t, admin, { username: 'kembar', role: 'employee', agencyId: agencyA.id });
    const countBefore = (await getJson(t, `/v1/agencies/${agencyA.id}`, admin)).userCount;
    const before = await tableSnapshot(t);
    const dup = await t.call('POST', '/v1/users', {
      token: admin,
      body: {
        username: 'kembar',
        name: 'Orang Lain',
        role: 'supervisor',
        agencyId: agencyB.id,
        password: 'Another-Password-1',
      },
    });
    expectProblem(dup, 409, 'conflict');
    expect(dup.body.detail).toContain('kembar');
    expect(await tableSnapshot(t)).toEqual(before);
    expect((await getJson(t, `/v1/agencies/${agencyA.id}`, admin)).userCount).toBe(countBefore);
    // The first account keeps its password.
    expect((await login('kembar')).status).toBe(200);
    expect((await login('kembar', 'Another-Password-1')).status).toBe(401);

    const other = await createTenantViaApi(t, 'pengguna-lain');
    const otherAgency = await createAgency(t, other.adminToken, 'Dinas Pendidikan');
    const twin = await createUser(t, other.adminToken, {
      username: 'kembar',
      role: 'employee',
      agencyId: otherAgency.id,
      password: 'Other-Tenant-Pass',
    });
    expect(twin.username).toBe('kembar');
    const there = await login('kembar', 'Other-Tenant-Pass', 'pengguna-lain');
    expect(there.status).toBe(200);
    expect(there.body.user.tenantId).toBe(other.tenantId);
    expect((await login('kembar', 'Other-Tenant-Pass')).status).toBe(401);
  });

  it('refuses bad input with 400 and field paths, writing nothing', async () => {
    const before = await tableSnapshot(t);
    const base = { username: 'salah.input', name: 'Salah', password: PASSWORD };
    const cases: [Record<string, unknown>, string[]][] = [
      [{ ...base, role: 'employee' }, ['agencyId']],
      [{ ...base, role: 'supervisor' }, ['agencyId']],
      [{ ...base, role: 'agency-admin' }, ['agencyId']],
      [{ ...base, role: 'employee', agencyId: 'not-a-ulid' }, ['agencyId']],
      [{ ...base, role: 'platform-admin' }, ['role']],
      [{ ...base, role: 'applicant', agencyId: agencyA.id }, ['role']],
      [{ ...base, role: 'tenant-admin', password: 'short' }, ['password']],
      [{ ...base, role: 'tenant-admin', username: 'Has Space' }, ['username']],
      [{ ...base, role: 'tenant-admin', username: 'ab' }, ['username']],
      [{ ...base, role: 'tenant-admin', email: 'not-an-email' }, ['email']],
      [{ ...base, role: 'tenant-admin', name: '' }, ['name']],
      [{ role: 'tenant-admin' }, ['username', 'name', 'password']],
    ];
    for (const [body, paths] of cases) {
      expectProblem(await t.call('POST', '/v1/users', { token: admin, body }), 400, 'validation', paths);
    }
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('refuses an unknown or inactive agency with 400 agencyId, writing nothing', async () => {
    const sleepy = await createAgency(t, admin, 'Dinas Tertidur');
    await t.call('POST', `/v1/agencies/${sleepy.id}/deactivate`, { token: admin, body: { version: 1 } });
    const before = await tableSnapshot(t);
    for (const agencyId of [UNKNOWN_ID, sleepy.id]) {
      const res = await t.call('POST', '/v1/users', {
        token: admin,
        body: {
          username: 'tanpa.dinas',
          name: 'Tanpa Dinas',
          role: 'employee',
          agencyId,
          password: PASSWORD,
        },
      });
      expectProblem(res, 400, 'validation', ['agencyId']);
    }
    expect(await tableSnapshot(t)).toEqual(before);
    expect((await login('tanpa.dinas')).status).toBe(401);
  });
});

describe('read users', () => {
  it('lists every user for a tenant admin, filters by agency, pages with a cursor; 404 for unknown', async () => {
    const { adminToken } = await createTenantViaApi(t, 'daftar-pengguna');
    const x = await createAgency(t, adminToken, 'Dinas X');
    const y = await createAgency(t, adminToken, 'Dinas Y');
    const inX = [
      await createUser(t, adminToken, { username: 'x.satu', name: 'Ani', role: 'employee', agencyId: x.id }),
      await createUser(t, adminToken, {
        username: 'x.dua',
        name: 'Citra',
        role: 'supervisor',
        agencyId: x.id,
      }),
      await createUser(t, adminToken, {
        username: 'x.tiga',
        name: 'Edi',
        role: 'agency-admin',
        agencyId: x.id,
      }),
    ];
    const inY = await createUser(t, adminToken, {
      username: 'y.satu',
      name: 'Bayu',
      role: 'employee',
      agencyId: y.id,
    });

    const all = (await allPages(t, '/v1/users', adminToken, 2)).flat();
    expect(all.map((u) => u.username).sort()).toEqual(['admin', 'x.dua', 'x.satu', 'x.tiga', 'y.satu']);
    // Sorted by name.
    expect(all.map((u) => u.name)).toEqual(
      [...all.map((u) => u.name)].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
    );

    const byAgency = (await allPages(t, `/v1/users?agencyId=${x.id}`, adminToken, 2)).flat();
    expect(byAgency.map((u) => u.id).sort()).toEqual(inX.map((u) => u.id).sort());
    // An agency's first page carries its user count; the tenant-wide list has no such count.
    const firstOfX = await getJson(t, `/v1/users?agencyId=${x.id}&limit=2`, adminToken);
    expect(firstOfX.total).toBe(3);
    expect(
      await getJson(
        t,
        `/v1/users?agencyId=${x.id}&limit=2&cursor=${encodeURIComponent(firstOfX.nextCursor)}`,
        adminToken,
      ),
    ).not.toHaveProperty('total');
    expect(await getJson(t, '/v1/users', adminToken)).not.toHaveProperty('total');
    expect((await allPages(t, `/v1/users?agencyId=${y.id}`, adminToken, 10)).flat().map((u) => u.id)).toEqual(
      [inY.id],
    );

    const first = await t.call('GET', `/v1/users?agencyId=${x.id}&limit=1`, { token: adminToken });
    expectProblem(
      await t.call('GET', `/v1/users?agencyId=${y.id}&cursor=${encodeURIComponent(first.body.nextCursor)}`, {
        token: adminToken,
      }),
      400,
      'bad-cursor',
    );
    expectProblem(await t.call('GET', `/v1/users/${UNKNOWN_ID}`, { token: adminToken }), 404, 'not-found');
    expectProblem(await t.call('GET', '/v1/users/admin', { token: adminToken }), 400, 'validation', [
      'userId',
    ]);
    expectProblem(await t.call('GET', '/v1/users?agencyId=nope', { token: adminToken }), 400, 'validation', [
      'agencyId',
    ]);
    // Users of another tenant are not found.
    expectProblem(await t.call('GET', `/v1/users/${inY.id}`, { token: admin }), 404, 'not-found');
  });
});

describe('agency admins', () => {
  let opd: string;
  let ownUser: { id: string; version: number };
  let otherUser: { id: string; version: number };

  beforeAll(async () => {
    await createUser(t, admin, { username: 'opd.admin', role: 'agency-admin', agencyId: agencyA.id });
    opd = await t.loginAs(SLUG, 'opd.admin');
    ownUser = await createUser(t, admin, { username: 'opd.staf', role: 'employee', agencyId: agencyA.id });
    otherUser = await createUser(t, admin, { username: 'lain.staf', role: 'employee', agencyId: agencyB.id });
  });

  it('creates users in their own agency', async () => {
    for (const role of ['employee', 'supervisor', 'agency-admin']) {
      const u = await createUser(t, opd, { username: `opd.buat.${role}`, role, agencyId: agencyA.id });
      expect(u).toMatchObject({ role, agencyId: agencyA.id });
    }
  });

  it('cannot create in another agency or create a tenant admin (403), and nothing is written', async () => {
    const before = await tableSnapshot(t);
    const cases = [
      { role: 'employee', agencyId: agencyB.id },
      { role: 'tenant-admin', agencyId: agencyA.id },
      { role: 'tenant-admin' },
    ];
    for (const c of cases) {
      const res = await t.call('POST', '/v1/users', {
        token: opd,
        body: { username: 'opd.terlarang', name: 'Terlarang', password: PASSWORD, ...c },
      });
      expectProblem(res, 403, 'forbidden');
    }
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('sees only users of their own agency', async () => {
    expect((await getJson(t, `/v1/users/${ownUser.id}`, opd)).username).toBe('opd.staf');
    expectProblem(await t.call('GET', `/v1/users/${otherUser.id}`, { token: opd }), 404, 'not-found');
    expectProblem(await t.call('GET', `/v1/users/${adminId}`, { token: opd }), 404, 'not-found');
    const listed = (await allPages(t, '/v1/users', opd, 3)).flat();
    expect(listed.length).toBeGreaterThanOrEqual(2);
    for (const u of listed) expect(u.agencyId).toBe(agencyA.id);
    expect(listed.map((u) => u.id)).toContain(ownUser.id);
    expectProblem(await t.call('GET', `/v1/users?agencyId=${agencyB.id}`, { token: opd }), 403, 'forbidden');
    const own = (await allPages(t, `/v1/users?agencyId=${agencyA.id}`, opd, 100)).flat();
    expect(own.map((u) => u.id).sort()).toEqual(listed.map((u) => u.id).sort());
  });

  it('cannot change users of another agency, move a user out, or grant tenant-admin', async () => {
    const before = await tableSnapshot(t);
    expectProblem(
      await t.call('PATCH', `/v1/users/${otherUser.id}`, { token: opd, body: { name: 'X', version: 1 } }),
      404,
      'not-found',
    );
    expectProblem(
      await t.call('POST', `/v1/users/${otherUser.id}/disable`, { token: opd, body: { version: 1 } }),
      404,
      'not-found',
    );
    expectProblem(
      await t.call('PATCH', `/v1/users/${ownUser.id}`, {
        token: opd,
        body: { agencyId: agencyB.id, version: 1 },
      }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.call('PATCH', `/v1/users/${ownUser.id}`, {
        token: opd,
        body: { role: 'tenant-admin', version: 1 },
      }),
      403,
      'forbidden',
    );
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('cannot disable or change a tenant admin who is attached to their agency', async () => {
    // A tenant admin may carry an agencyId (createUser keeps it); that must not put them in an agency admin's hands.
    const boss = await createUser(t, admin, {
      username: 'bkd.terikat',
      role: 'tenant-admin',
      agencyId: agencyA.id,
    });
    const boss2 = await createUser(t, admin, {
      username: 'bkd.terikat2',
      role: 'tenant-admin',
      agencyId: agencyA.id,
    });
    const before = await tableSnapshot(t);
    const disable = await t.call('POST', `/v1/users/${boss.id}/disable`, {
      token: opd,
      body: { version: 1 },
    });
    const rename = await t.call('PATCH', `/v1/users/${boss2.id}`, {
      token: opd,
      body: { name: 'Diambil Alih', version: 1 },
    });
    // Either refusal is right (403, or 404 if tenant admins are hidden from agency admins); a 200 is not.
    for (const res of [disable, rename]) expect([403, 404]).toContain(res.status);
    expect(await tableSnapshot(t)).toEqual(before);
    expect((await login('bkd.terikat')).status).toBe(200);
  });
});

describe('update, disable and enable', () => {
  it('changes role and agency with the version; a stale version is 409; the login carries the new claims', async () => {
    const u = await createUser(t, admin, {
      username: 'pindah.peran',
      role: 'employee',
      agencyId: agencyA.id,
    });
    const res = await t.call('PATCH', `/v1/users/${u.id}`, {
      token: admin,
      body: { role: 'supervisor', agencyId: agencyB.id, name: 'Nama Baru', version: 1 },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: u.id,
      role: 'supervisor',
      agencyId: agencyB.id,
      name: 'Nama Baru',
      version: 2,
    });
    expect(await getJson(t, `/v1/users/${u.id}`, admin)).toEqual(res.body);
    const again = await login('pindah.peran');
    expect(again.body.user).toMatchObject({ role: 'supervisor', agencyId: agencyB.id, name: 'Nama Baru' });

    const before = await tableSnapshot(t);
    expectProblem(
      await t.call('PATCH', `/v1/users/${u.id}`, { token: admin, body: { name: 'Basi', version: 1 } }),
      409,
      'version-conflict',
    );
    expectProblem(
      await t.call('POST', `/v1/users/${u.id}/disable`, { token: admin, body: { version: 1 } }),
      409,
      'version-conflict',
    );
    expect(await tableSnapshot(t)).toEqual(before);

    // Promote to tenant admin without an agency.
    const up = await t.call('PATCH', `/v1/users/${u.id}`, {
      token: admin,
      body: { role: 'tenant-admin', agencyId: null, version: 2 },
    });
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ role: 'tenant-admin', agencyId: null, version: 3 });
    expect((await login('pindah.peran')).body.user).toMatchObject({ role: 'tenant-admin', agencyId: null });
  });

  it('refuses bad updates with 400 and field paths', async () => {
    const u = await createUser(t, admin, { username: 'salah.ubah', role: 'employee', agencyId: agencyA.id });
    const before = await tableSnapshot(t);
    const cases: [unknown, string[]][] = [
      [{ name: 'x' }, ['version']],
      [{ agencyId: null, version: 1 }, ['agencyId']],
      [{ role: 'platform-admin', version: 1 }, ['role']],
      [{ email: 'nope', version: 1 }, ['email']],
      [{ agencyId: UNKNOWN_ID, version: 1 }, ['agencyId']],
    ];
    for (const [body, paths] of cases) {
      expectProblem(
        await t.call('PATCH', `/v1/users/${u.id}`, { token: admin, body }),
        400,
        'validation',
        paths,
      );
    }
    expect(await tableSnapshot(t)).toEqual(before);
    expectProblem(
      await t.call('PATCH', `/v1/users/${UNKNOWN_ID}`, { token: admin, body: { name: 'x', version: 1 } }),
      404,
      'not-found',
    );
  });

  it('disabling blocks login (403 after the right password); enabling restores it', async () => {
    const u = await createUser(t, admin, {
      username: 'dinonaktifkan',
      role: 'employee',
      agencyId: agencyA.id,
    });
    const off = await t.call('POST', `/v1/users/${u.id}/disable`, { token: admin, body: { version: 1 } });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ status: 'disabled', version: 2 });
    expectProblem(await login('dinonaktifkan'), 403, 'forbidden');
    expectProblem(await login('dinonaktifkan', 'wrong-password-1'), 401, 'unauthorized');
    const on = await t.call('POST', `/v1/users/${u.id}/enable`, { token: admin, body: { version: 2 } });
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({ status: 'active', version: 3 });
    expect((await login('dinonaktifkan')).status).toBe(200);
  });

  it('stops a token issued before the account was disabled, and honours it again once enabled', async () => {
    await createUser(t, admin, { username: 'bertoken', role: 'employee', agencyId: agencyA.id });
    const res = await login('bertoken');
    const token = res.body.token as string;
    const id = res.body.user.id as string;
    expect((await t.call('GET', '/v1/me', { token })).status).toBe(200);
    await t.call('POST', `/v1/users/${id}/disable`, { token: admin, body: { version: 1 } });
    const refused = await t.call('GET', '/v1/me', { token });
    expectProblem(refused, 401, 'unauthorized');
    expect(refused.body.detail).toMatch(/disabled/);
    await t.call('POST', `/v1/users/${id}/enable`, { token: admin, body: { version: 2 } });
    expect((await t.call('GET', '/v1/me', { token })).status).toBe(200);
  });

  it('refuses to disable yourself or change your own role (409)', async () => {
    const me = await getJson(t, `/v1/users/${adminId}`, admin);
    const before = await tableSnapshot(t);
    expectProblem(
      await t.call('POST', `/v1/users/${adminId}/disable`, { token: admin, body: { version: me.version } }),
      409,
      'conflict',
    );
    expectProblem(
      await t.call('PATCH', `/v1/users/${adminId}`, {
        token: admin,
        body: { role: 'employee', agencyId: agencyA.id, version: me.version },
      }),
      409,
      'conflict',
    );
    expect(await tableSnapshot(t)).toEqual(before);
    expect((await t.call('GET', '/v1/agencies', { token: admin })).status).toBe(200);
  });

  it('keeps each agency userCount in step with creates and moves', async () => {
    const { adminToken } = await createTenantViaApi(t, 'hitung-pengguna');
    const p = await createAgency(t, adminToken, 'Dinas P');
    const q = await createAgency(t, adminToken, 'Dinas Q');
    const count = async (id: string) => (await getJson(t, `/v1/agencies/${id}`, adminToken)).userCount;
    const u1 = await createUser(t, adminToken, { username: 'hitung.satu', role: 'employee', agencyId: p.id });
    await createUser(t, adminToken, { username: 'hitung.dua', role: 'supervisor', agencyId: p.id });
    expect([await count(p.id), await count(q.id)]).toEqual([2, 0]);
    await t.call('PATCH', `/v1/users/${u1.id}`, { token: adminToken, body: { agencyId: q.id, version: 1 } });
    expect([await count(p.id), await count(q.id)]).toEqual([1, 1]);
    // A failed create (duplicate username) and a rename leave the counts alone.
    await t.call('POST', '/v1/users', {
      token: adminToken,
      body: { username: 'hitung.dua', name: 'Dup', role: 'employee', agencyId: q.id, password: PASSWORD },
    });
    await t.call('PATCH', `/v1/users/${u1.id}`, {
      token: adminToken,
      body: { name: 'Ganti Nama', version: 2 },
    });
    expect([await count(p.id), await count(q.id)]).toEqual([1, 1]);
    // Becoming a tenant admin without an agency leaves the agency.
    await t.call('PATCH', `/v1/users/${u1.id}`, {
      token: adminToken,
      body: { role: 'tenant-admin', agencyId: null, version: 3 },
    });
    expect([await count(p.id), await count(q.id)]).toEqual([1, 0]);
  });
});

describe('roles without user management', () => {
  it('answers 403 to supervisors and employees on every user route', async () => {
    const sup = await createUser(t, admin, {
      username: 'hanya.atasan',
      role: 'supervisor',
      agencyId: agencyA.id,
    });
    await createUser(t, admin, { username: 'hanya.pegawai', role: 'employee', agencyId: agencyA.id });
    for (const username of ['hanya.atasan', 'hanya.pegawai']) {
      const token = await t.loginAs(SLUG, username);
      expectProblem(await t.call('GET', '/v1/users', { token }), 403, 'forbidden');
      expectProblem(await t.call('GET', `/v1/users/${sup.id}`, { token }), 403, 'forbidden');
      expectProblem(
        await t.call('POST', '/v1/users', {
          token,
          body: { username: 'x.y.z', name: 'X', role: 'employee', agencyId: agencyA.id, password: PASSWORD },
        }),
        403,
        'forbidden',
      );
      expectProblem(
        await t.call('PATCH', `/v1/users/${sup.id}`, { token, body: { name: 'X', version: 1 } }),
        403,
        'forbidden',
      );
      expectProblem(
        await t.call('POST', `/v1/users/${sup.id}/disable`, { token, body: { version: 1 } }),
        403,
        'forbidden',
      );
    }
  });
});
