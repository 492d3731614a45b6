import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { HOLIDAY_DECREES, PLATFORM_TENANT_ID, STANDARD_COMPETENCIES } from '@pamong/core';
import { auditPut, countDynamoCalls } from '@pamong/db';
import * as orgRepo from '@pamong/db/repos/org';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTenantViaApi, createTestApi, PASSWORD, type TestApi } from '../support/app';
import { employeeBody } from '../support/personnel';
import {
  allPages,
  createAgency,
  createUnit,
  createUser,
  expectProblem,
  getJson,
  scanTable,
  UNKNOWN_ID,
} from './helpers';

const SLUG = 'audit-kota';

// A clock that moves 3 ms on every reading, so every audit entry has its own time and "newest
// first" is well defined, even for entries written within one real millisecond.
let ms = Date.parse('2026-03-02T01:00:00.000Z');
const now = () => {
  ms += 3;
  return new Date(ms);
};

let t: TestApi;
let admin: string;
let adminId: string;
let tenantId: string;
let seq = 0;

beforeAll(async () => {
  t = await createTestApi({ now });
  ({ adminToken: admin, tenantId } = await createTenantViaApi(t, SLUG));
  adminId = (await getJson(t, '/v1/me', admin)).user.id;
});

afterEach(() => {
  vi.restoreAllMocks();
});

const auditItems = async () => (await scanTable(t)).filter((i) => i.type === 'AUDIT');
const tenantLog = async (query = '') =>
  (await allPages(t, `/v1/audit${query ? `?${query}` : ''}`, admin, 100)).flat();

/** Sends a mutation with a fresh request id and returns the response and the one entry it wrote. */
async function mutate(method: string, path: string, body?: unknown, token = admin) {
  const requestId = `audit-req-${String(++seq).padStart(4, '0')}`;
  const before = await auditItems();
  const res = await t.call(method, path, { token, body, headers: { 'x-request-id': requestId } });
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  expect(res.headers.get('x-request-id')).toBe(requestId);
  const after = await auditItems();
  const seen = new Set(before.map((i) => `${i.pk}|${i.sk}`));
  const added = after.filter((i) => !seen.has(`${i.pk}|${i.sk}`));
  expect(added).toHaveLength(1);
  const newest = (await t.call('GET', '/v1/audit?limit=1', { token: admin })).body.items[0];
  return { res, requestId, entry: added[0]!, newest };
}

function expectEntry(
  got: { entry: Record<string, any>; newest: Record<string, any>; requestId: string },
  want: {
    action: string;
    entityType: string;
    entityId: string;
    changes: Record<string, { before: unknown; after: unknown }>;
    sub?: string;
    role?: string;
    actorName?: string;
  },
) {
  const expected = {
    tenantId,
    actor: { sub: want.sub ?? adminId, role: want.role ?? 'tenant-admin' },
    // The account's name is kept with the entry as of the change.
    actorName: want.actorName ?? `Admin ${SLUG}`,
    action: want.action,
    entityType: want.entityType,
    entityId: want.entityId,
    changes: want.changes,
    requestId: got.requestId,
  };
  expect(got.entry).toMatchObject(expected);
  expect(got.entry.changes).toEqual(want.changes);
  // The API shows the same entry, as the newest one, without key attributes.
  expect(got.newest).toEqual({ ...expected, id: got.entry.id, at: got.entry.at });
  expect(Date.parse(got.newest.at)).not.toBeNaN();
}

describe('every mutation writes exactly one audit entry in its transaction', () => {
  it('covers agencies, units and users with actor, action, changed fields and request id', async () => {
    const ca = await mutate('POST', '/v1/agencies', { name: 'Dinas Audit', code: 'DA' });
    const agencyId = ca.res.body.id;
    expectEntry(ca, {
      action: 'agency.create',
      entityType: 'agency',
      entityId: agencyId,
      changes: {
        name: { before: null, after: 'Dinas Audit' },
        code: { before: null, after: 'DA' },
        status: { before: null, after: 'active' },
      },
    });

    const ren = await mutate('PATCH', `/v1/agencies/${agencyId}`, { name: 'Dinas Audit Baru', version: 1 });
    expectEntry(ren, {
      action: 'agency.update',
      entityType: 'agency',
      entityId: agencyId,
      changes: { name: { before: 'Dinas Audit', after: 'Dinas Audit Baru' } },
    });

    const off = await mutate('POST', `/v1/agencies/${agencyId}/deactivate`, { version: 2 });
    expectEntry(off, {
      action: 'agency.deactivate',
      entityType: 'agency',
      entityId: agencyId,
      changes: { status: { before: 'active', after: 'inactive' } },
    });
    const on = await mutate('POST', `/v1/agencies/${agencyId}/reactivate`, { version: 3 });
    expectEntry(on, {
      action: 'agency.reactivate',
      entityType: 'agency',
      entityId: agencyId,
      changes: { status: { before: 'inactive', after: 'active' } },
    });

    const cu = await mutate('POST', `/v1/agencies/${agencyId}/units`, { name: 'Sekretariat' });
    const unitId = cu.res.body.id;
    expectEntry(cu, {
      action: 'unit.create',
      entityType: 'unit',
      entityId: unitId,
      changes: {
        name: { before: null, after: 'Sekretariat' },
        agencyId: { before: null, after: agencyId },
        status: { before: null, after: 'active' },
      },
    });
    // A sub-unit bumps its parent's childCount in the same transaction, still one entry.
    const sub = await mutate('POST', `/v1/agencies/${agencyId}/units`, {
      name: 'Subbagian',
      parentUnitId: unitId,
    });
    expectEntry(sub, {
      action: 'unit.create',
      entityType: 'unit',
      entityId: sub.res.body.id,
      changes: {
        name: { before: null, after: 'Subbagian' },
        agencyId: { before: null, after: agencyId },
        parentUnitId: { before: null, after: unitId },
        status: { before: null, after: 'active' },
      },
    });
    const uu = await mutate('PATCH', `/v1/agencies/${agencyId}/units/${unitId}`, {
      name: 'Sekretariat Dinas',
      version: 1,
    });
    expectEntry(uu, {
      action: 'unit.update',
      entityType: 'unit',
      entityId: unitId,
      changes: { name: { before: 'Sekretariat', after: 'Sekretariat Dinas' } },
    });

    const other = await createAgency(t, admin, 'Dinas Tujuan Audit');
    const move = await mutate('PATCH', `/v1/agencies/${agencyId}/units/${sub.res.body.id}`, {
      agencyId: other.id,
      version: 1,
    });
    expectEntry(move, {
      action: 'unit.update',
      entityType: 'unit',
      entityId: sub.res.body.id,
      changes: {
        agencyId: { before: agencyId, after: other.id },
        parentUnitId: { before: unitId, after: null },
      },
    });
    const du = await mutate('POST', `/v1/agencies/${agencyId}/units/${unitId}/deactivate`, { version: 2 });
    expectEntry(du, {
      action: 'unit.deactivate',
      entityType: 'unit',
      entityId: unitId,
      changes: { status: { before: 'active', after: 'inactive' } },
    });

    const secret = 'Sandi-Audit-2026';
    const cr = await mutate('POST', '/v1/users', {
      username: 'audit.pegawai',
      name: 'Rina Audit',
      email: 'rina@pemda.go.id',
      role: 'employee',
      agencyId,
      password: secret,
    });
    const userId = cr.res.body.id;
    expectEntry(cr, {
      action: 'user.create',
      entityType: 'user',
      entityId: userId,
      changes: {
        username: { before: null, after: 'audit.pegawai' },
        name: { before: null, after: 'Rina Audit' },
        email: { before: null, after: 'rina@pemda.go.id' },
        role: { before: null, after: 'employee' },
        agencyId: { before: null, after: agencyId },
        status: { before: null, after: 'active' },
      },
    });
    expect(JSON.stringify(cr.entry)).not.toContain(secret);
    expect(JSON.stringify(cr.entry)).not.toMatch(/scrypt|passwordHash/);

    const up = await mutate('PATCH', `/v1/users/${userId}`, { role: 'supervisor', agencyId, version: 1 });
    expectEntry(up, {
      action: 'user.update',
      entityType: 'user',
      entityId: userId,
      changes: { role: { before: 'employee', after: 'supervisor' } },
    });
    const dis = await mutate('POST', `/v1/users/${userId}/disable`, { version: 2 });
    expectEntry(dis, {
      action: 'user.disable',
      entityType: 'user',
      entityId: userId,
      changes: { status: { before: 'active', after: 'disabled' } },
    });
    const en = await mutate('POST', `/v1/users/${userId}/enable`, { version: 3 });
    expectEntry(en, {
      action: 'user.enable',
      entityType: 'user',
      entityId: userId,
      changes: { status: { before: 'disabled', after: 'active' } },
    });

    const empty = await createAgency(t, admin, 'Dinas Dihapus');
    const del = await mutate('DELETE', `/v1/agencies/${empty.id}?version=1`);
    expectEntry(del, {
      action: 'agency.delete',
      entityType: 'agency',
      entityId: empty.id,
      changes: { name: { before: 'Dinas Dihapus', after: null }, status: { before: 'active', after: null } },
    });

    // An agency admin's change names the agency admin as the actor.
    await createUser(t, admin, { username: 'audit.opd', role: 'agency-admin', agencyId });
    const opd = await t.loginAs(SLUG, 'audit.opd');
    const opdId = (await getJson(t, '/v1/me', opd)).user.id;
    const byOpd = await mutate(
      'POST',
      '/v1/users',
      { username: 'audit.staf', name: 'Staf', role: 'employee', agencyId, password: PASSWORD },
      opd,
    );
    expectEntry(byOpd, {
      action: 'user.create',
      entityType: 'user',
      entityId: byOpd.res.body.id,
      sub: opdId,
      role: 'agency-admin',
      actorName: 'User audit.opd',
      changes: {
        username: { before: null, after: 'audit.staf' },
        name: { before: null, after: 'Staf' },
        role: { before: null, after: 'employee' },
        agencyId: { before: null, after: agencyId },
        status: { before: null, after: 'active' },
      },
    });
  });

  it('records a generated request id when the client sends none', async () => {
    const before = (await auditItems()).length;
    const res = await t.call('POST', '/v1/agencies', { token: admin, body: { name: 'Dinas Tanpa Id' } });
    expect(res.status).toBe(201);
    const [entry] = (
      await t.call('GET', `/v1/audit?entityType=agency&entityId=${res.body.id}`, { token: admin })
    ).body.items;
    expect(entry.requestId).toBe(res.headers.get('x-request-id'));
    expect(entry.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await auditItems()).length).toBe(before + 1);
  });

  it('audits platform actions in the platform partition, and the first admin in the new tenant', async () => {
    const root = await t.platformToken();
    const platformEntries = async () => (await auditItems()).filter((i) => i.pk === 'PLATFORM#AUDIT');
    const before = await platformEntries();
    const created = await t.call('POST', '/v1/platform/tenants', {
      token: root,
      headers: { 'x-request-id': 'platform-create-01' },
      body: {
        slug: 'audit-baru',
        name: 'Pemerintah Audit Baru',
        level: 'kota',
        bpsCode: '1872',
        timeZone: 'Asia/Jakarta',
        firstAdmin: { username: 'admin', name: 'Admin Baru', password: PASSWORD },
      },
    });
    expect(created.status).toBe(201);
    const newTenant = created.body.id;
    const suspend = await t.call('POST', `/v1/platform/tenants/${newTenant}/suspend`, {
      token: root,
      body: { version: 1 },
    });
    const back = await t.call('POST', `/v1/platform/tenants/${newTenant}/reactivate`, {
      token: root,
      body: { version: 2 },
    });
    const after = await platformEntries();
    const added = after
      .filter((e) => !before.some((b) => b.sk === e.sk))
      .sort((a, b) => a.sk.localeCompare(b.sk));
    expect(added.map((e) => e.action)).toEqual(['tenant.create', 'tenant.suspend', 'tenant.reactivate']);
    for (const e of added) {
      expect(e).toMatchObject({
        tenantId: PLATFORM_TENANT_ID,
        actor: { sub: 'platform-root', role: 'platform-admin' },
        entityType: 'tenant',
        entityId: newTenant,
      });
    }
    expect(added[0]).toMatchObject({
      requestId: 'platform-create-01',
      changes: {
        slug: { before: null, after: 'audit-baru' },
        status: { before: null, after: 'active' },
        bpsCode: { before: null, after: '1872' },
      },
    });
    expect(added[1]).toMatchObject({
      requestId: suspend.headers.get('x-request-id'),
      changes: { status: { before: 'active', after: 'suspended' } },
    });
    expect(added[2]).toMatchObject({
      requestId: back.headers.get('x-request-id'),
      changes: { status: { before: 'suspended', after: 'active' } },
    });

    // The first admin's account and the standard competency catalogue are audited inside the new
    // tenant, by the platform admin, in the request that created it.
    const newAdmin = await t.loginAs('audit-baru', 'admin');
    const log = (await allPages(t, '/v1/audit', newAdmin, 100)).flat();
    // The admin, each standard competency, and one entry for the seeded holiday calendar of each decree.
    expect(log).toHaveLength(1 + STANDARD_COMPETENCIES.length + HOLIDAY_DECREES.length);
    expect(log.filter((e) => e.action === 'holiday.seed').map((e) => e.entityId)).toEqual(
      HOLIDAY_DECREES.map((d) => String(d.year)),
    );
    const catalogue = log.filter((e) => e.action === 'competency.create');
    expect(catalogue.map((e) => e.entityId).sort()).toEqual(STANDARD_COMPETENCIES.map((c) => c.code).sort());
    for (const e of catalogue)
      expect(e).toMatchObject({
        tenantId: newTenant,
        entityType: 'competency',
        actor: { sub: 'platform-root', role: 'platform-admin' },
        requestId: 'platform-create-01',
      });
    // The platform admin's name is kept with them (createTenant reads it once).
    expect(log.every((e) => e.actorName === 'Platform Root')).toBe(true);
    expect(log.find((e) => e.action === 'user.create')).toMatchObject({
      tenantId: newTenant,
      action: 'user.create',
      entityType: 'user',
      actor: { sub: 'platform-root', role: 'platform-admin' },
      requestId: 'platform-create-01',
      changes: { username: { before: null, after: 'admin' }, role: { before: null, after: 'tenant-admin' } },
    });
    // And none of it leaks into another tenant's log.
    expect((await tenantLog()).every((e) => e.tenantId === tenantId)).toBe(true);
  });
});

describe('readable entries (issue 11 B9)', () => {
  it('names the actor and every entity a page refers to, the unit of a move within an agency too', async () => {
    const agency = await createAgency(t, admin, 'Dinas Nama Jelas');
    const from = await createUnit(t, admin, agency.id, 'Bidang Asal');
    const to = await createUnit(t, admin, agency.id, 'Bidang Tujuan');
    const hired = await t.call('POST', '/v1/employees', {
      token: admin,
      body: employeeBody({ agencyId: agency.id, unitId: from.id, name: 'Sari Terbaca', sequence: 41 }),
    });
    expect(hired.status, JSON.stringify(hired.body)).toBe(201);
    const moved = await t.call('POST', `/v1/employees/${hired.body.id}/placements`, {
      token: admin,
      body: { agencyId: agency.id, unitId: to.id, tmt: '2026-03-01', reason: 'Penataan pegawai', version: 1 },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(201);

    const path = `/v1/audit?entityType=employee&entityId=${hired.body.id}`;
    const page = await getJson(t, path, admin);
    expect(page.items.map((e: { action: string }) => e.action)).toEqual([
      'employee.placement',
      'employee.create',
    ]);
    // The move changes unitId only: the units are found under the employee's agency.
    expect(page.items[0].changes).toEqual({ unitId: { before: from.id, after: to.id } });
    expect(page.names).toEqual({
      [hired.body.id]: 'Sari Terbaca',
      [agency.id]: 'Dinas Nama Jelas',
      [from.id]: 'Bidang Asal',
      [to.id]: 'Bidang Tujuan',
    });
    expect(page.items.map((e: { actorName: string }) => e.actorName)).toEqual([
      `Admin ${SLUG}`,
      `Admin ${SLUG}`,
    ]);

    // One Query and at most two BatchGetItem (the second for the units), whatever the page holds.
    const { calls } = await countDynamoCalls(() => t.call('GET', path, { token: admin }));
    expect(calls.byCommand).toEqual({ Query: 1, BatchGetItem: 2 });
    const whole = await countDynamoCalls(() => t.call('GET', '/v1/audit?limit=100', { token: admin }));
    expect(whole.calls.byCommand.Query).toBe(1);
    expect(whole.calls.byCommand.BatchGetItem).toBeLessThanOrEqual(4);
    expect(Object.keys(whole.calls.byCommand).sort()).toEqual(['BatchGetItem', 'Query']);
  });

  it('names ids inside changed values too: the employee of a completion, an agency inside a list', async () => {
    const agency = await createAgency(t, admin, 'Dinas Nilai Bersarang');
    const unit = await createUnit(t, admin, agency.id, 'Bidang Bersarang');
    const hired = await t.call('POST', '/v1/employees', {
      token: admin,
      body: employeeBody({ agencyId: agency.id, unitId: unit.id, name: 'Rudi Bersarang', sequence: 42 }),
    });
    expect(hired.status, JSON.stringify(hired.body)).toBe(201);
    // An entry shaped as the training completion writes it: the employee's id inside the value.
    await t.store.transact([
      auditPut(
        t.store.tableName,
        { tenantId, sub: adminId, role: 'tenant-admin', requestId: 'bersarang-01', name: `Admin ${SLUG}` },
        {
          action: 'training.complete',
          entityType: 'employee',
          entityId: UNKNOWN_ID,
          changes: {
            completion: { before: null, after: { employeeId: hired.body.id, result: 'LULUS', jp: 24 } },
            competencies: { before: [], after: [{ code: 'TEK-X', level: 2, agencyId: agency.id }] },
          },
        },
        now(),
      ),
    ]);
    const page = await getJson(t, `/v1/audit?entityType=employee&entityId=${UNKNOWN_ID}`, admin);
    expect(page.items).toHaveLength(1);
    expect(page.names).toEqual({ [hired.body.id]: 'Rudi Bersarang', [agency.id]: 'Dinas Nilai Bersarang' });
  });

  it('names the actor of an entry written before names were kept, and leaves unknown ids out', async () => {
    // Written as older code did: an actor without a name.
    const old = await orgRepo.createAgency(
      t.store,
      { tenantId, sub: adminId, role: 'tenant-admin', requestId: 'sebelum-nama-01' },
      { name: 'Dinas Lama' },
      now(),
    );
    const stored = (await auditItems()).find((i) => i.requestId === 'sebelum-nama-01');
    expect(stored).toBeDefined();
    expect(stored).not.toHaveProperty('actorName');
    const page = await getJson(t, `/v1/audit?entityType=agency&entityId=${old.id}`, admin);
    expect(page.items[0]).toMatchObject({ actorName: `Admin ${SLUG}`, actor: { sub: adminId } });
    expect(page.names).toEqual({ [old.id]: 'Dinas Lama' });

    // An entry about something that is gone: no name, the page shows the id.
    const gone = await getJson(t, `/v1/audit?entityType=agency&entityId=${UNKNOWN_ID}`, admin);
    expect(gone).toEqual({ items: [], nextCursor: null, names: {} });
  });

  it("names an older entry's platform admin from the platform partition", async () => {
    const root = await t.platformToken();
    const created = await t.call('POST', '/v1/platform/tenants', {
      token: root,
      body: {
        slug: 'audit-tanpa-nama',
        name: 'Pemerintah Tanpa Nama',
        level: 'kota',
        bpsCode: '1873',
        timeZone: 'Asia/Jakarta',
        firstAdmin: { username: 'admin', name: 'Admin Tanpa Nama', password: PASSWORD },
      },
    });
    expect(created.status).toBe(201);
    // Remove the stored names, as the entries of a tenant created before they were kept.
    const entries = (await auditItems()).filter((i) => i.tenantId === created.body.id);
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries)
      await t.store.doc.send(
        new UpdateCommand({
          TableName: t.tableName,
          Key: { pk: e.pk, sk: e.sk },
          UpdateExpression: 'REMOVE actorName',
        }),
      );
    const newAdmin = await t.loginAs('audit-tanpa-nama', 'admin');
    const page = await getJson(t, '/v1/audit?limit=100', newAdmin);
    expect(page.items.length).toBe(entries.length);
    expect(page.items.every((e: { actorName: string }) => e.actorName === 'Platform Root')).toBe(true);
  });
});

describe('a failed mutation writes no audit entry', () => {
  it('leaves the audit trail unchanged for 409, 400 and 403 answers', async () => {
    const agency = await createAgency(t, admin, 'Dinas Gagal');
    await createUnit(t, admin, agency.id, 'Seksi Gagal');
    const inactive = await createAgency(t, admin, 'Dinas Gagal Nonaktif');
    await t.call('POST', `/v1/agencies/${inactive.id}/deactivate`, { token: admin, body: { version: 1 } });
    const other = await createAgency(t, admin, 'Dinas Gagal Lain');
    const foreign = await createUnit(t, admin, other.id, 'Seksi Asing');
    await createUser(t, admin, { username: 'gagal.ada', role: 'employee', agencyId: agency.id });
    const employee = await t.loginAs(SLUG, 'gagal.ada');
    const root = await t.platformToken();

    const before = await auditItems();
    const failures: [string, string, unknown, number, string?][] = [
      ['POST', '/v1/agencies', { name: 'dinas gagal' }, 409],
      ['PATCH', `/v1/agencies/${agency.id}`, { name: 'Dinas Basi', version: 9 }, 409],
      ['POST', `/v1/agencies/${agency.id}/deactivate`, { version: 9 }, 409],
      ['DELETE', `/v1/agencies/${agency.id}?version=1`, undefined, 409],
      ['POST', `/v1/agencies/${inactive.id}/units`, { name: 'Seksi Baru' }, 400],
      ['POST', `/v1/agencies/${agency.id}/units`, { name: 'Seksi Baru', parentUnitId: foreign.id }, 400],
      ['POST', `/v1/agencies/${agency.id}/units`, { name: '' }, 400],
      [
        'POST',
        '/v1/users',
        { username: 'gagal.ada', name: 'Dup', role: 'employee', agencyId: agency.id, password: PASSWORD },
        409,
      ],
      [
        'POST',
        '/v1/users',
        { username: 'gagal.baru', name: 'X', role: 'employee', agencyId: UNKNOWN_ID, password: PASSWORD },
        400,
      ],
      ['POST', `/v1/users/${adminId}/disable`, { version: 1 }, 409],
      ['POST', '/v1/agencies', { name: 'Dinas Pegawai' }, 403, employee],
      ['POST', `/v1/platform/tenants/${tenantId}/suspend`, { version: 99 }, 409, root],
      [
        'POST',
        '/v1/platform/tenants',
        {
          slug: SLUG,
          name: 'Dup',
          level: 'kota',
          bpsCode: '1871',
          timeZone: 'Asia/Jakarta',
          firstAdmin: { username: 'x.admin', name: 'X', password: PASSWORD },
        },
        409,
        root,
      ],
    ];
    for (const [method, path, body, status, token] of failures) {
      const res = await t.call(method, path, { token: token ?? admin, body });
      expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBe(status);
    }
    expect(await auditItems()).toEqual(before);
  });
});

describe('GET /v1/audit', () => {
  let entityId: string;
  let entityLog: any[];

  beforeAll(async () => {
    const a = await createAgency(t, admin, 'Dinas Riwayat');
    entityId = a.id;
    for (let v = 1; v <= 4; v++) {
      const res = await t.call('PATCH', `/v1/agencies/${a.id}`, {
        token: admin,
        body: { code: `R${v}X`, version: v },
      });
      expect(res.status).toBe(200);
    }
    entityLog = (await allPages(t, `/v1/audit?entityType=agency&entityId=${a.id}`, admin, 100)).flat();
  });

  it('lists one entity, newest first', () => {
    expect(entityLog.map((e) => e.action)).toEqual([
      'agency.update',
      'agency.update',
      'agency.update',
      'agency.update',
      'agency.create',
    ]);
    expect(entityLog.map((e) => e.changes.code?.after ?? null)).toEqual(['R4X', 'R3X', 'R2X', 'R1X', null]);
    for (const e of entityLog) expect(e.entityId).toBe(entityId);
    const times = entityLog.map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('lists the whole tenant newest first, across pages, each entry once', async () => {
    const all = await tenantLog();
    expect(all.length).toBeGreaterThan(entityLog.length);
    const times = all.map((e) => `${e.at}#${e.id}`);
    expect(times).toEqual([...times].sort().reverse());
    const pages = await allPages(t, '/v1/audit', admin, 3);
    expect(pages[0]).toHaveLength(3);
    expect(pages.flat().map((e) => e.id)).toEqual(all.map((e) => e.id));
    const paged = await allPages(t, `/v1/audit?entityType=agency&entityId=${entityId}`, admin, 2);
    expect(paged.map((p) => p.length).slice(0, 3)).toEqual([2, 2, 1]);
    expect(paged.flat()).toEqual(entityLog);
  });

  it('filters by date range, inclusive at both ends, for one entity and for the tenant', async () => {
    const [newest, second, third, fourth] = entityLog;
    const range = `from=${encodeURIComponent(fourth.at)}&to=${encodeURIComponent(second.at)}`;
    const byEntity = (
      await allPages(t, `/v1/audit?entityType=agency&entityId=${entityId}&${range}`, admin, 100)
    ).flat();
    expect(byEntity.map((e) => e.id)).toEqual([second.id, third.id, fourth.id]);
    const byTenant = (await allPages(t, `/v1/audit?${range}`, admin, 100)).flat();
    expect(byTenant.map((e) => e.id)).toEqual([second.id, third.id, fourth.id]);

    const since = (await allPages(t, `/v1/audit?from=${encodeURIComponent(newest.at)}`, admin, 100)).flat();
    expect(since.map((e) => e.id)).toContain(newest.id);
    expect(since.every((e) => e.at >= newest.at)).toBe(true);

    // Offsets are understood: the same instant written in WIB.
    const wib = new Date(Date.parse(second.at) + 7 * 3600_000).toISOString().replace('Z', '+07:00');
    const exact = (
      await allPages(t, `/v1/audit?from=${encodeURIComponent(wib)}&to=${encodeURIComponent(wib)}`, admin, 100)
    ).flat();
    expect(exact.map((e) => e.id)).toEqual([second.id]);

    expect(
      (await t.call('GET', '/v1/audit?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z', { token: admin }))
        .body,
    ).toEqual({
      items: [],
      nextCursor: null,
      names: {},
    });
  });

  it('binds the cursor to the query and validates the filters', async () => {
    const first = await t.call('GET', `/v1/audit?entityType=agency&entityId=${entityId}&limit=1`, {
      token: admin,
    });
    const cursor = encodeURIComponent(first.body.nextCursor);
    expectProblem(await t.call('GET', `/v1/audit?cursor=${cursor}`, { token: admin }), 400, 'bad-cursor');
    expectProblem(
      await t.call(
        'GET',
        `/v1/audit?entityType=agency&entityId=${entityId}&from=2026-01-01T00:00:00Z&cursor=${cursor}`,
        { token: admin },
      ),
      400,
      'bad-cursor',
    );
    expectProblem(await t.call('GET', '/v1/audit?entityType=agency', { token: admin }), 400, 'validation', [
      'entityId',
    ]);
    expectProblem(
      await t.call('GET', `/v1/audit?entityId=${entityId}`, { token: admin }),
      400,
      'validation',
      ['entityId'],
    );
    expectProblem(await t.call('GET', '/v1/audit?from=yesterday', { token: admin }), 400, 'validation', [
      'from',
    ]);
    expectProblem(await t.call('GET', '/v1/audit?to=2026-13-45', { token: admin }), 400, 'validation', [
      'to',
    ]);
    expectProblem(await t.call('GET', '/v1/audit?limit=0', { token: admin }), 400, 'validation', ['limit']);
    expectProblem(await t.call('GET', '/v1/audit?limit=1000', { token: admin }), 400, 'validation', [
      'limit',
    ]);
  });

  it('is for tenant admins only', async () => {
    const a = await createAgency(t, admin, 'Dinas Akses Audit');
    for (const role of ['agency-admin', 'supervisor', 'employee']) {
      await createUser(t, admin, { username: `akses.${role}`, role, agencyId: a.id });
      const token = await t.loginAs(SLUG, `akses.${role}`);
      expectProblem(await t.call('GET', '/v1/audit', { token }), 403, 'forbidden');
    }
    expectProblem(await t.call('GET', '/v1/audit', { token: await t.platformToken() }), 403, 'forbidden');
    expectProblem(await t.call('GET', '/v1/audit'), 401, 'unauthorized');
  });

  it('offers no way to change or delete an entry', async () => {
    const doc = (await t.call('GET', '/openapi.json')).body;
    const auditPaths = Object.keys(doc.paths).filter((p) => p.startsWith('/v1/audit'));
    expect(auditPaths).toEqual(['/v1/audit']);
    for (const p of auditPaths) {
      const methods = Object.keys(doc.paths[p]).filter((m) =>
        ['get', 'put', 'post', 'patch', 'delete'].includes(m),
      );
      expect(methods).toEqual(['get']);
    }
    const [entry] = entityLog;
    const before = await auditItems();
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST']) {
      const res = await t.call(method, '/v1/audit', { token: admin, body: { id: entry.id } });
      expectProblem(res, 405, 'method-not-allowed');
      expect(res.headers.get('allow')).toBe('GET');
      expectProblem(
        await t.call(method, `/v1/audit/${entry.id}`, { token: admin, body: {} }),
        404,
        'not-found',
      );
    }
    expect(await auditItems()).toEqual(before);
  });
});

describe('atomicity: if the audit write fails, the change does not happen', () => {
  /** Makes DynamoDB itself refuse the audit Put inside the transaction, as a clash or a fault would. */
  function failAuditPuts() {
    const original = t.store.doc.send.bind(t.store.doc) as (cmd: unknown) => Promise<unknown>;
    return vi.spyOn(t.store.doc, 'send').mockImplementation((async (cmd: unknown) => {
      if (cmd instanceof TransactWriteCommand) {
        for (const item of cmd.input.TransactItems ?? []) {
          if (item.Put?.Item?.type === 'AUDIT') item.Put.ConditionExpression = 'attribute_exists(pk)';
        }
      }
      return original(cmd);
    }) as never);
  }

  it('rolls back a rename, a create and a user when the audit Put is refused', async () => {
    const a = await createAgency(t, admin, 'Dinas Atomik');
    const beforeItems = await scanTable(t);
    const spy = failAuditPuts();
    const rename = await t.call('PATCH', `/v1/agencies/${a.id}`, {
      token: admin,
      body: { name: 'Dinas Atomik Baru', version: 1 },
    });
    const create = await t.call('POST', '/v1/agencies', { token: admin, body: { name: 'Dinas Tak Jadi' } });
    const unit = await t.call('POST', `/v1/agencies/${a.id}/units`, {
      token: admin,
      body: { name: 'Seksi Tak Jadi' },
    });
    const user = await t.call('POST', '/v1/users', {
      token: admin,
      body: { username: 'tak.jadi', name: 'Tak Jadi', role: 'employee', agencyId: a.id, password: PASSWORD },
    });
    expect(spy).toHaveBeenCalledWith(expect.any(TransactWriteCommand));
    spy.mockRestore();

    // The cancelled transaction surfaces as a conflict: the audit condition is what failed.
    for (const res of [rename, create, unit, user]) expectProblem(res, 409, 'conflict');
    // Byte-for-byte the same table: no agency change, no guard, no unit, no login, no counter bump.
    expect(await scanTable(t)).toEqual(beforeItems);
    expect(await getJson(t, `/v1/agencies/${a.id}`, admin)).toMatchObject({
      name: 'Dinas Atomik',
      version: 1,
      unitCount: 0,
      userCount: 0,
    });
    expect(
      (
        await t.call('POST', '/v1/auth/login', {
          body: { tenant: SLUG, username: 'tak.jadi', password: PASSWORD },
        })
      ).status,
    ).toBe(401);
    // With the fault gone the same requests succeed, so they were refused only for the audit write.
    expect(
      (
        await t.call('PATCH', `/v1/agencies/${a.id}`, {
          token: admin,
          body: { name: 'Dinas Atomik Baru', version: 1 },
        })
      ).status,
    ).toBe(200);
    expect(
      (await t.call('POST', '/v1/agencies', { token: admin, body: { name: 'Dinas Tak Jadi' } })).status,
    ).toBe(201);
  });

  it('answers 500 problem+json without internals and writes nothing when the transaction call itself fails', async () => {
    const a = await createAgency(t, admin, 'Dinas Gangguan');
    const beforeItems = await scanTable(t);
    const original = t.store.doc.send.bind(t.store.doc) as (cmd: unknown) => Promise<unknown>;
    vi.spyOn(t.store.doc, 'send').mockImplementation((async (cmd: unknown) => {
      if (cmd instanceof TransactWriteCommand) {
        const err = new Error('Internal server error at DynamoDB /secret/path.ts:12');
        err.name = 'InternalServerError';
        throw err;
      }
      return original(cmd);
    }) as never);
    const res = await t.call('POST', `/v1/agencies/${a.id}/deactivate`, {
      token: admin,
      body: { version: 1 },
    });
    vi.restoreAllMocks();
    expectProblem(res, 500, 'internal');
    expect(JSON.stringify(res.body)).not.toMatch(/secret|DynamoDB|InternalServerError/);
    expect(await scanTable(t)).toEqual(beforeItems);
  });
});
