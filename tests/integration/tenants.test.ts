import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { STANDARD_COMPETENCIES, standardCompetencyInput, ULID_PATTERN } from '@pamong/core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTenantViaApi, createTestApi, PASSWORD, type TestApi } from '../support/app';
import {
  allPages,
  createAgency,
  createUser,
  expectProblem,
  scanTable,
  tableSnapshot,
  UNKNOWN_ID,
} from './helpers';

let t: TestApi;
let root: string;

const tenantBody = (slug: string, over: Record<string, unknown> = {}) => ({
  slug,
  name: `Pemerintah Kota ${slug}`,
  level: 'kota',
  bpsCode: '1671',
  timeZone: 'Asia/Jakarta',
  firstAdmin: { username: 'bkd.admin', name: 'Admin BKD', password: PASSWORD },
  ...over,
});

beforeAll(async () => {
  t = await createTestApi();
  root = await t.platformToken();
});

describe('create and read tenants', () => {
  it('creates a tenant with its first admin, who can then log in', async () => {
    const res = await t.call('POST', '/v1/platform/tenants', {
      token: root,
      body: tenantBody('palembang', { timeZone: 'Asia/Jakarta', name: 'Pemerintah Kota Palembang' }),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      slug: 'palembang',
      name: 'Pemerintah Kota Palembang',
      level: 'kota',
      bpsCode: '1671',
      timeZone: 'Asia/Jakarta',
      status: 'active',
      version: 1,
    });
    expect(res.body.id).toMatch(ULID_PATTERN);
    expect(res.body).not.toHaveProperty('firstAdmin');
    expect(JSON.stringify(res.body)).not.toContain(PASSWORD);

    const token = await t.loginAs('palembang', 'bkd.admin');
    const me = await t.call('GET', '/v1/me', { token });
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({
      name: 'Admin BKD',
      role: 'tenant-admin',
      tenantId: res.body.id,
      agencyId: null,
    });
    expect(me.body.tenant).toEqual({
      id: res.body.id,
      slug: 'palembang',
      name: 'Pemerintah Kota Palembang',
      level: 'kota',
      timeZone: 'Asia/Jakarta',
    });

    const got = await t.call('GET', `/v1/platform/tenants/${res.body.id}`, { token: root });
    expect(got.status).toBe(200);
    expect(got.body).toEqual(res.body);
  });

  it('starts the tenant with the standard competencies of PermenPANRB 38/2017, each audited', async () => {
    const res = await t.call('POST', '/v1/platform/tenants', { token: root, body: tenantBody('katalog') });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const token = await t.loginAs('katalog', 'bkd.admin');
    const catalogue = (await allPages(t, '/v1/competencies', token, 100)).flat();
    expect(catalogue.map((c) => c.code)).toEqual(
      [...STANDARD_COMPETENCIES.map((c) => c.code)].sort((a, b) => (a < b ? -1 : 1)),
    );
    const integritas = catalogue.find((c) => c.code === 'MAN-INTEGRITAS');
    expect(integritas).toMatchObject({ name: 'Integritas', group: 'manajerial', version: 1 });
    expect(integritas.levels.map((l: { level: number }) => l.level)).toEqual([1, 2, 3, 4, 5]);
    expect(catalogue.filter((c) => c.group === 'manajerial')).toHaveLength(8);
    expect(catalogue.filter((c) => c.group === 'sosial-kultural').map((c) => c.name)).toEqual([
      'Perekat Bangsa',
    ]);
    const history = await t.call('GET', '/v1/audit?entityType=competency&entityId=SOS-PEREKAT-BANGSA', {
      token,
    });
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0]).toMatchObject({
      action: 'competency.create',
      actor: { role: 'platform-admin' },
    });
    // The catalogue is the tenant's own: a standard code is taken there, and a new one may be added.
    expectProblem(
      await t.call('POST', '/v1/competencies', {
        token,
        body: standardCompetencyInput(STANDARD_COMPETENCIES[0]!),
      }),
      409,
      'conflict',
      ['code'],
    );
  });

  it('lets the new admin log in at once even if the slug was tried before it existed', async () => {
    // A login to an unknown slug is answered from the slug cache afterwards; creating the tenant must clear that.
    const early = await t.call('POST', '/v1/auth/login', {
      body: { tenant: 'baru-dibuat', username: 'bkd.admin', password: PASSWORD },
    });
    expectProblem(early, 401, 'unauthorized');
    const res = await t.call('POST', '/v1/platform/tenants', {
      token: root,
      body: tenantBody('baru-dibuat'),
    });
    expect(res.status).toBe(201);
    const login = await t.call('POST', '/v1/auth/login', {
      body: { tenant: 'baru-dibuat', username: 'bkd.admin', password: PASSWORD },
    });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    expect(login.body.user.tenantId).toBe(res.body.id);
  });

  it('accepts a provinsi with a 2-digit BPS code and other Indonesian time zones', async () => {
    const prov = await t.call('POST', '/v1/platform/tenants', {
      token: root,
      body: tenantBody('sulsel', { level: 'provinsi', bpsCode: '73', timeZone: 'Asia/Makassar' }),
    });
    expect(prov.status).toBe(201);
    expect(prov.body).toMatchObject({ level: 'provinsi', bpsCode: '73', timeZone: 'Asia/Makassar' });
    const kab = await t.call('POST', '/v1/platform/tenants', {
      token: root,
      body: tenantBody('jayawijaya', { level: 'kabupaten', bpsCode: '9102', timeZone: 'Asia/Jayapura' }),
    });
    expect(kab.status).toBe(201);
    expect(kab.body.timeZone).toBe('Asia/Jayapura');
  });

  it('answers 404 for an unknown tenant and 400 for a malformed id', async () => {
    expectProblem(
      await t.call('GET', `/v1/platform/tenants/${UNKNOWN_ID}`, { token: root }),
      404,
      'not-found',
    );
    expectProblem(await t.call('GET', '/v1/platform/tenants/lampung', { token: root }), 400, 'validation', [
      'tenantId',
    ]);
  });

  it('refuses a duplicate slug with 409 and writes nothing', async () => {
    await createTenantViaApi(t, 'duplikat');
    const before = await tableSnapshot(t);
    const tenantsBefore = (await allPages(t, '/v1/platform/tenants', root, 100)).flat().length;
    const res = await t.call('POST', '/v1/platform/tenants', {
      token: root,
      body: tenantBody('duplikat', {
        firstAdmin: { username: 'other.admin', name: 'Other', password: PASSWORD },
      }),
    });
    expectProblem(res, 409, 'conflict');
    expect(res.body.detail).toContain('duplikat');
    expect((await allPages(t, '/v1/platform/tenants', root, 100)).flat().length).toBe(tenantsBefore);
    expect(await tableSnapshot(t)).toEqual(before);
    // The original tenant's admin is untouched and the would-be admin does not exist.
    await t.loginAs('duplikat', 'admin');
    const other = await t.call('POST', '/v1/auth/login', {
      body: { tenant: 'duplikat', username: 'other.admin', password: PASSWORD },
    });
    expect(other.status).toBe(401);
  });

  it('refuses bad input with 400 and field paths, writing nothing', async () => {
    const before = await tableSnapshot(t);
    const cases: [Record<string, unknown>, string[]][] = [
      [tenantBody('admin'), ['slug']],
      [tenantBody('platform'), ['slug']],
      [tenantBody('Bad_Slug'), ['slug']],
      [tenantBody('lampung-prov', { level: 'provinsi', bpsCode: '1871' }), ['bpsCode']],
      [tenantBody('bandar-kota', { level: 'kota', bpsCode: '18' }), ['bpsCode']],
      [tenantBody('kabupaten-x', { level: 'kabupaten', bpsCode: '18' }), ['bpsCode']],
      [tenantBody('bpsletters', { bpsCode: '18AB' }), ['bpsCode']],
      [tenantBody('singapura', { timeZone: 'Asia/Singapore' }), ['timeZone']],
      [tenantBody('utc-city', { timeZone: 'UTC' }), ['timeZone']],
      [
        tenantBody('shortpw', { firstAdmin: { username: 'bkd.admin', name: 'Admin', password: 'short' } }),
        ['firstAdmin.password'],
      ],
      [tenantBody('badlevel', { level: 'desa' }), ['level']],
      [tenantBody('noname', { name: '   ' }), ['name']],
      [
        tenantBody('badadmin', { firstAdmin: { username: 'A', name: 'x', password: PASSWORD } }),
        ['firstAdmin.username'],
      ],
      [{ slug: 'missing' }, ['name', 'level', 'bpsCode', 'timeZone', 'firstAdmin']],
    ];
    for (const [body, paths] of cases) {
      const res = await t.call('POST', '/v1/platform/tenants', { token: root, body });
      expectProblem(res, 400, 'validation', paths);
    }
    expect(await tableSnapshot(t)).toEqual(before);
  });
});

describe('a half-made tenant is undone', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('removes the tenant and frees the slug when creating its first admin fails', async () => {
    const original = t.store.doc.send.bind(t.store.doc) as (cmd: unknown) => Promise<unknown>;
    vi.spyOn(t.store.doc, 'send').mockImplementation((async (cmd: unknown) => {
      const adminWrite =
        cmd instanceof TransactWriteCommand &&
        (cmd.input.TransactItems ?? []).some((i) => i.Put?.Item?.type === 'LOGIN');
      if (adminWrite) throw Object.assign(new Error('throttled'), { name: 'ThrottlingException' });
      return original(cmd);
    }) as never);
    const res = await t.call('POST', '/v1/platform/tenants', {
      token: root,
      body: tenantBody('setengah-jadi'),
    });
    vi.restoreAllMocks();
    // Throttling is retryable: 503, and the retry starts from a clean slate.
    expectProblem(res, 503, 'unavailable');
    expect(res.headers.get('retry-after')).toBe('2');

    const items = await scanTable(t);
    expect(items.filter((i) => i.type === 'TENANT' && i.slug === 'setengah-jadi')).toEqual([]);
    expect(items.filter((i) => i.type === 'TENANT_SLUG' && i.pk.endsWith('#setengah-jadi'))).toEqual([]);
    const listed = (await allPages(t, '/v1/platform/tenants', root, 100)).flat();
    expect(listed.map((x) => x.slug)).not.toContain('setengah-jadi');
    expect(
      (
        await t.call('POST', '/v1/auth/login', {
          body: { tenant: 'setengah-jadi', username: 'bkd.admin', password: PASSWORD },
        })
      ).status,
    ).toBe(401);

    const retry = await t.call('POST', '/v1/platform/tenants', {
      token: root,
      body: tenantBody('setengah-jadi'),
    });
    expect(retry.status).toBe(201);
    await t.loginAs('setengah-jadi', 'bkd.admin');
  });
});

describe('list tenants', () => {
  it('pages through every tenant with an opaque cursor', async () => {
    for (const slug of ['halaman-a', 'halaman-b', 'halaman-c']) {
      const res = await t.call('POST', '/v1/platform/tenants', { token: root, body: tenantBody(slug) });
      expect(res.status).toBe(201);
    }
    const everything = (await allPages(t, '/v1/platform/tenants', root, 100)).flat();
    const pages = await allPages(t, '/v1/platform/tenants', root, 2);
    const paged = pages.flat();
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(everything.length / 2));
    for (const p of pages.slice(0, -1)) expect(p).toHaveLength(2);
    expect(paged.map((x) => x.id)).toEqual(everything.map((x) => x.id));
    expect(new Set(paged.map((x) => x.id)).size).toBe(paged.length);
    expect(paged.map((x) => x.slug)).toEqual(expect.arrayContaining(['halaman-a', 'halaman-b', 'halaman-c']));

    const first = await t.call('GET', '/v1/platform/tenants?limit=2', { token: root });
    expect(first.body.items).toHaveLength(2);
    expect(typeof first.body.nextCursor).toBe('string');
    expect(first.body.nextCursor).not.toContain('PLATFORM');
  });

  it('refuses a tampered or foreign cursor with 400 bad-cursor', async () => {
    const first = await t.call('GET', '/v1/platform/tenants?limit=1', { token: root });
    const cursor: string = first.body.nextCursor;
    const [body, sig] = cursor.split('.') as [string, string];
    const flip = (s: string) => s.slice(0, -1) + (s.endsWith('A') ? 'B' : 'A');
    const forgedBody = Buffer.from(JSON.stringify({ pk: 'PLATFORM#TENANTS', sk: 'TENANT#0' })).toString(
      'base64url',
    );
    for (const bad of [
      `${flip(body)}.${sig}`,
      `${body}.${flip(sig)}`,
      `${forgedBody}.${sig}`,
      'garbage',
      `${cursor}.x`,
    ]) {
      const res = await t.call('GET', `/v1/platform/tenants?limit=1&cursor=${encodeURIComponent(bad)}`, {
        token: root,
      });
      expectProblem(res, 400, 'bad-cursor');
    }

    // A platform cursor is refused on a tenant route, and a tenant's cursor in another tenant.
    const a = await createTenantViaApi(t, 'kursor-a');
    const b = await createTenantViaApi(t, 'kursor-b');
    const onTenant = await t.call('GET', `/v1/agencies?cursor=${encodeURIComponent(cursor)}`, {
      token: a.adminToken,
    });
    expectProblem(onTenant, 400, 'bad-cursor');
    await createAgency(t, a.adminToken, 'Dinas A1');
    await createAgency(t, a.adminToken, 'Dinas A2');
    const aPage = await t.call('GET', '/v1/agencies?limit=1', { token: a.adminToken });
    expect(aPage.body.nextCursor).toEqual(expect.any(String));
    const crossTenant = await t.call(
      'GET',
      `/v1/agencies?limit=1&cursor=${encodeURIComponent(aPage.body.nextCursor)}`,
      {
        token: b.adminToken,
      },
    );
    expectProblem(crossTenant, 400, 'bad-cursor');
    // And a tenant cursor is refused on the platform list.
    const onPlatform = await t.call(
      'GET',
      `/v1/platform/tenants?cursor=${encodeURIComponent(aPage.body.nextCursor)}`,
      { token: root },
    );
    expectProblem(onPlatform, 400, 'bad-cursor');
  });
});

describe('suspend and reactivate', () => {
  it('suspends a tenant: every request of its users, login included, is 403 tenant-suspended; reactivating restores it', async () => {
    const { tenantId, tenant, adminToken } = await createTenantViaApi(t, 'ditangguhkan');
    const agency = await createAgency(t, adminToken, 'Dinas Sosial');
    await createUser(t, adminToken, { username: 'pegawai', role: 'employee', agencyId: agency.id });
    const employeeToken = await t.loginAs('ditangguhkan', 'pegawai');
    const other = await createTenantViaApi(t, 'tetap-aktif');

    const suspended = await t.call('POST', `/v1/platform/tenants/${tenantId}/suspend`, {
      token: root,
      body: { version: tenant.version },
    });
    expect(suspended.status).toBe(200);
    expect(suspended.body).toMatchObject({ id: tenantId, status: 'suspended', version: tenant.version + 1 });
    expect((await t.call('GET', `/v1/platform/tenants/${tenantId}`, { token: root })).body.status).toBe(
      'suspended',
    );

    const attempts = [
      await t.call('GET', '/v1/me', { token: adminToken }),
      await t.call('GET', '/v1/agencies', { token: adminToken }),
      await t.call('POST', '/v1/agencies', { token: adminToken, body: { name: 'Dinas Baru' } }),
      await t.call('GET', `/v1/agencies/${agency.id}`, { token: employeeToken }),
      await t.call('GET', '/v1/users', { token: adminToken }),
      await t.call('GET', '/v1/audit', { token: adminToken }),
      // Even a route the employee may not call says "suspended", not "forbidden".
      await t.call('GET', '/v1/users', { token: employeeToken }),
      await t.call('POST', '/v1/auth/login', {
        body: { tenant: 'ditangguhkan', username: 'admin', password: PASSWORD },
      }),
      await t.call('POST', '/v1/auth/login', {
        body: { tenant: 'ditangguhkan', username: 'pegawai', password: PASSWORD },
      }),
    ];
    for (const res of attempts) expectProblem(res, 403, 'tenant-suspended');
    expect(attempts[0]!.body.detail).toMatch(/suspended/i);

    // Other tenants carry on.
    expect((await t.call('GET', '/v1/agencies', { token: other.adminToken })).status).toBe(200);

    const back = await t.call('POST', `/v1/platform/tenants/${tenantId}/reactivate`, {
      token: root,
      body: { version: tenant.version + 1 },
    });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ status: 'active', version: tenant.version + 2 });
    const list = await t.call('GET', '/v1/agencies', { token: adminToken });
    expect(list.status).toBe(200);
    expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([agency.id]);
    expect((await t.call('GET', `/v1/agencies/${agency.id}`, { token: employeeToken })).status).toBe(200);
    await t.loginAs('ditangguhkan', 'pegawai');
  });

  it('answers a stale version with 409 version-conflict and changes nothing', async () => {
    const { tenantId } = await createTenantViaApi(t, 'versi-basi');
    const ok = await t.call('POST', `/v1/platform/tenants/${tenantId}/suspend`, {
      token: root,
      body: { version: 1 },
    });
    expect(ok.status).toBe(200);
    const stale = await t.call('POST', `/v1/platform/tenants/${tenantId}/reactivate`, {
      token: root,
      body: { version: 1 },
    });
    expectProblem(stale, 409, 'version-conflict');
    const staleSuspend = await t.call('POST', `/v1/platform/tenants/${tenantId}/suspend`, {
      token: root,
      body: { version: 7 },
    });
    expectProblem(staleSuspend, 409, 'version-conflict');
    const now = await t.call('GET', `/v1/platform/tenants/${tenantId}`, { token: root });
    expect(now.body).toMatchObject({ status: 'suspended', version: 2 });
  });

  it('validates the suspend request', async () => {
    const { tenantId } = await createTenantViaApi(t, 'validasi-status');
    expectProblem(
      await t.call('POST', `/v1/platform/tenants/${tenantId}/suspend`, { token: root, body: {} }),
      400,
      'validation',
      ['version'],
    );
    expectProblem(
      await t.call('POST', `/v1/platform/tenants/${tenantId}/suspend`, {
        token: root,
        body: { version: 'one' },
      }),
      400,
      'validation',
      ['version'],
    );
    expectProblem(
      await t.call('POST', `/v1/platform/tenants/${UNKNOWN_ID}/suspend`, {
        token: root,
        body: { version: 1 },
      }),
      404,
      'not-found',
    );
    expect((await t.call('GET', `/v1/platform/tenants/${tenantId}`, { token: root })).body.status).toBe(
      'active',
    );
  });
});

describe('who may call platform routes', () => {
  it('refuses tenant users with 403 and anonymous callers with 401', async () => {
    const { tenantId, adminToken } = await createTenantViaApi(t, 'bukan-platform');
    const before = await tableSnapshot(t);
    const calls: [string, string, unknown?][] = [
      ['GET', '/v1/platform/tenants'],
      ['POST', '/v1/platform/tenants', tenantBody('coba-coba')],
      ['GET', `/v1/platform/tenants/${tenantId}`],
      ['POST', `/v1/platform/tenants/${tenantId}/suspend`, { version: 1 }],
      ['POST', `/v1/platform/tenants/${tenantId}/reactivate`, { version: 1 }],
    ];
    for (const [method, path, body] of calls) {
      expectProblem(await t.call(method, path, { token: adminToken, body }), 403, 'forbidden');
      expectProblem(await t.call(method, path, { body }), 401, 'unauthorized');
    }
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('keeps the platform admin out of tenant routes', async () => {
    for (const path of ['/v1/agencies', '/v1/users', '/v1/audit']) {
      expectProblem(await t.call('GET', path, { token: root }), 403, 'forbidden');
    }
    const me = await t.call('GET', '/v1/me', { token: root });
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      user: {
        id: 'platform-root',
        name: 'Platform Root',
        role: 'platform-admin',
        tenantId: 'PLATFORM',
        agencyId: null,
        employeeId: null,
      },
      tenant: null,
    });
  });
});
