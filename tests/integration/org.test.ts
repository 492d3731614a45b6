import { ULID_PATTERN } from '@pamong/core';
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

let t: TestApi;
let admin: string;

beforeAll(async () => {
  t = await createTestApi();
  ({ adminToken: admin } = await createTenantViaApi(t, 'organisasi'));
});

const agency = (id: string) => getJson(t, `/v1/agencies/${id}`, admin);
const unitsOf = async (agencyId: string) =>
  (await allPages(t, `/v1/agencies/${agencyId}/units`, admin, 100)).flat();
const unitIn = async (agencyId: string, unitId: string) =>
  (await unitsOf(agencyId)).find((u) => u.id === unitId);

describe('agencies', () => {
  it('creates an agency (201) and reads it back', async () => {
    const res = await t.call('POST', '/v1/agencies', {
      token: admin,
      body: { name: '  Dinas Pendidikan ', code: 'DISDIK' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Dinas Pendidikan',
      code: 'DISDIK',
      status: 'active',
      unitCount: 0,
      employeeCount: 0,
      userCount: 0,
      version: 1,
    });
    expect(res.body.id).toMatch(ULID_PATTERN);
    expect(res.body).not.toHaveProperty('pk');
    expect(res.body).not.toHaveProperty('type');
    expect(await agency(res.body.id)).toEqual(res.body);
  });

  it('refuses a duplicate name whatever its case and spacing (409), writing nothing', async () => {
    await createAgency(t, admin, 'Dinas Kesehatan');
    const before = await tableSnapshot(t);
    for (const name of ['Dinas Kesehatan', 'dinas kesehatan', 'DINAS   KESEHATAN', ' Dinas Kesehatan ']) {
      const res = await t.call('POST', '/v1/agencies', { token: admin, body: { name } });
      expectProblem(res, 409, 'conflict');
    }
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('refuses bad input with 400 and field paths', async () => {
    const cases: [unknown, string[]][] = [
      [{}, ['name']],
      [{ name: '' }, ['name']],
      [{ name: '   ' }, ['name']],
      [{ name: 'x'.repeat(201) }, ['name']],
      [{ name: 'Dinas Ok', code: 'lower' }, ['code']],
      [{ name: 'Dinas Ok', code: 'A' }, ['code']],
      [{ name: 7, code: 7 }, ['name', 'code']],
    ];
    for (const [body, paths] of cases) {
      expectProblem(await t.call('POST', '/v1/agencies', { token: admin, body }), 400, 'validation', paths);
    }
    expectProblem(await t.call('GET', '/v1/agencies/abc', { token: admin }), 400, 'validation', ['agencyId']);
    expectProblem(await t.call('GET', `/v1/agencies/${UNKNOWN_ID}`, { token: admin }), 404, 'not-found');
    expectProblem(
      await t.call('PATCH', `/v1/agencies/${UNKNOWN_ID}`, { token: admin, body: { name: 'X', version: 1 } }),
      404,
      'not-found',
    );
  });

  it('renames with the current version; the old name is freed and the new one taken', async () => {
    const a = await createAgency(t, admin, 'Badan Lama');
    const res = await t.call('PATCH', `/v1/agencies/${a.id}`, {
      token: admin,
      body: { name: 'Badan Baru', version: 1 },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: a.id, name: 'Badan Baru', version: 2, status: 'active' });
    expect(res.body.updatedAt >= a.createdAt).toBe(true);
    expect(await agency(a.id)).toMatchObject({ name: 'Badan Baru', version: 2 });

    expectProblem(
      await t.call('POST', '/v1/agencies', { token: admin, body: { name: 'badan baru' } }),
      409,
      'conflict',
    );
    const reused = await createAgency(t, admin, 'Badan Lama');
    expect(reused.id).not.toBe(a.id);

    // Renaming onto another agency's name is a conflict and leaves both as they were.
    const clash = await t.call('PATCH', `/v1/agencies/${a.id}`, {
      token: admin,
      body: { name: 'BADAN LAMA', version: 2 },
    });
    expectProblem(clash, 409, 'conflict');
    expect(await agency(a.id)).toMatchObject({ name: 'Badan Baru', version: 2 });

    // A change of case only keeps the same guard.
    const recase = await t.call('PATCH', `/v1/agencies/${a.id}`, {
      token: admin,
      body: { name: 'BADAN BARU', version: 2 },
    });
    expect(recase.status).toBe(200);
    expect(recase.body).toMatchObject({ name: 'BADAN BARU', version: 3 });
  });

  it('keeps the optional code absent after a rename (agencySchema: code is an optional string)', async () => {
    const a = await createAgency(t, admin, 'Dinas Tanpa Kode');
    const res = await t.call('PATCH', `/v1/agencies/${a.id}`, {
      token: admin,
      body: { name: 'Dinas Tanpa Kode Lagi', version: 1 },
    });
    expect(res.status).toBe(200);
    expect(res.body.code).toBeUndefined();
    expect(await agency(a.id)).not.toHaveProperty('code');
    const listed = (await allPages(t, '/v1/agencies', admin, 100)).flat().find((x) => x.id === a.id);
    expect(listed).not.toHaveProperty('code');
  });

  it('answers a stale version with 409 version-conflict and changes nothing', async () => {
    const a = await createAgency(t, admin, 'Dinas Versi');
    await t.call('PATCH', `/v1/agencies/${a.id}`, { token: admin, body: { code: 'DV', version: 1 } });
    const before = await tableSnapshot(t);
    for (const [method, path, body] of [
      ['PATCH', `/v1/agencies/${a.id}`, { name: 'Dinas Versi Lain', version: 1 }],
      ['POST', `/v1/agencies/${a.id}/deactivate`, { version: 1 }],
      ['POST', `/v1/agencies/${a.id}/reactivate`, { version: 5 }],
    ] as const) {
      expectProblem(await t.call(method, path, { token: admin, body }), 409, 'version-conflict');
    }
    expectProblem(
      await t.call('DELETE', `/v1/agencies/${a.id}?version=1`, { token: admin }),
      409,
      'version-conflict',
    );
    expect(await tableSnapshot(t)).toEqual(before);
    expectProblem(
      await t.call('PATCH', `/v1/agencies/${a.id}`, { token: admin, body: { name: 'X' } }),
      400,
      'validation',
      ['version'],
    );
    expectProblem(await t.call('DELETE', `/v1/agencies/${a.id}`, { token: admin }), 400, 'validation', [
      'version',
    ]);
  });

  it('deactivates and reactivates; no unit can be created in an inactive agency', async () => {
    const a = await createAgency(t, admin, 'Dinas Nonaktif');
    const off = await t.call('POST', `/v1/agencies/${a.id}/deactivate`, {
      token: admin,
      body: { version: 1 },
    });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ status: 'inactive', version: 2 });

    const refused = await t.call('POST', `/v1/agencies/${a.id}/units`, {
      token: admin,
      body: { name: 'Bidang A' },
    });
    expectProblem(refused, 400, 'validation', ['agencyId']);
    expect(await unitsOf(a.id)).toEqual([]);
    expect((await agency(a.id)).unitCount).toBe(0);

    const on = await t.call('POST', `/v1/agencies/${a.id}/reactivate`, {
      token: admin,
      body: { version: 2 },
    });
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({ status: 'active', version: 3 });
    await createUnit(t, admin, a.id, 'Bidang A');
    expect((await agency(a.id)).unitCount).toBe(1);
  });

  it('deletes only an empty agency: with units 409 and nothing deleted; empty 204 and then 404', async () => {
    const a = await createAgency(t, admin, 'Dinas Hapus');
    const u = await createUnit(t, admin, a.id, 'Sekretariat');
    const before = await tableSnapshot(t);
    expectProblem(
      await t.call('DELETE', `/v1/agencies/${a.id}?version=1`, { token: admin }),
      409,
      'conflict',
    );
    expect(await tableSnapshot(t)).toEqual(before);
    expect((await agency(a.id)).unitCount).toBe(1);
    expect((await unitIn(a.id, u.id))?.name).toBe('Sekretariat');

    // An agency with a user account is not empty either.
    const b = await createAgency(t, admin, 'Dinas Berpengguna');
    await createUser(t, admin, { username: 'staf.berpengguna', role: 'employee', agencyId: b.id });
    expect((await agency(b.id)).userCount).toBe(1);
    expectProblem(
      await t.call('DELETE', `/v1/agencies/${b.id}?version=1`, { token: admin }),
      409,
      'conflict',
    );
    expect((await agency(b.id)).id).toBe(b.id);

    const empty = await createAgency(t, admin, 'Dinas Kosong');
    const del = await t.api.request(`/v1/agencies/${empty.id}?version=1`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(del.status).toBe(204);
    expect(await del.text()).toBe('');
    expectProblem(await t.call('GET', `/v1/agencies/${empty.id}`, { token: admin }), 404, 'not-found');
    const all = (await allPages(t, '/v1/agencies', admin, 100)).flat();
    expect(all.map((x) => x.id)).not.toContain(empty.id);
    expectProblem(
      await t.call('DELETE', `/v1/agencies/${empty.id}?version=1`, { token: admin }),
      404,
      'not-found',
    );
    // Its name is free again.
    await createAgency(t, admin, 'Dinas Kosong');
  });
});

describe('units', () => {
  it('creates top-level units and sub-units, keeping the counts', async () => {
    const a = await createAgency(t, admin, 'Dinas Unit');
    const top = await createUnit(t, admin, a.id, 'Sekretariat');
    expect(top).toMatchObject({
      agencyId: a.id,
      parentUnitId: null,
      name: 'Sekretariat',
      childCount: 0,
      status: 'active',
      version: 1,
    });
    expect(top.id).toMatch(ULID_PATTERN);
    const sub = await createUnit(t, admin, a.id, 'Subbagian Umum', top.id);
    expect(sub).toMatchObject({ agencyId: a.id, parentUnitId: top.id, childCount: 0 });
    await createUnit(t, admin, a.id, 'Subbagian Keuangan', top.id);
    expect((await unitIn(a.id, top.id)).childCount).toBe(2);
    expect((await agency(a.id)).unitCount).toBe(3);
  });

  it('refuses a parent from another agency or an unknown parent with 400 parentUnitId, writing nothing', async () => {
    const a = await createAgency(t, admin, 'Dinas Induk A');
    const b = await createAgency(t, admin, 'Dinas Induk B');
    const inB = await createUnit(t, admin, b.id, 'Bidang B');
    const before = await tableSnapshot(t);
    for (const parentUnitId of [inB.id, UNKNOWN_ID]) {
      const res = await t.call('POST', `/v1/agencies/${a.id}/units`, {
        token: admin,
        body: { name: 'Anak', parentUnitId },
      });
      expectProblem(res, 400, 'validation', ['parentUnitId']);
    }
    expect(await tableSnapshot(t)).toEqual(before);
    expectProblem(
      await t.call('POST', `/v1/agencies/${a.id}/units`, {
        token: admin,
        body: { name: 'Anak', parentUnitId: 'nope' },
      }),
      400,
      'validation',
      ['parentUnitId'],
    );
    expectProblem(
      await t.call('POST', `/v1/agencies/${a.id}/units`, { token: admin, body: { name: '' } }),
      400,
      'validation',
      ['name'],
    );
    // An unknown agency in the path is a missing resource, not bad input.
    expectProblem(
      await t.call('POST', `/v1/agencies/${UNKNOWN_ID}/units`, { token: admin, body: { name: 'Yatim' } }),
      404,
      'not-found',
    );
    expectProblem(
      await t.call('GET', `/v1/agencies/${UNKNOWN_ID}/units`, { token: admin }),
      404,
      'not-found',
    );
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('moves a unit under a new parent and updates both parents', async () => {
    const a = await createAgency(t, admin, 'Dinas Pindah');
    const p1 = await createUnit(t, admin, a.id, 'Bidang 1');
    const p2 = await createUnit(t, admin, a.id, 'Bidang 2');
    const child = await createUnit(t, admin, a.id, 'Seksi', p1.id);
    const res = await t.call('PATCH', `/v1/agencies/${a.id}/units/${child.id}`, {
      token: admin,
      body: { parentUnitId: p2.id, name: 'Seksi Baru', version: 1 },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: child.id,
      parentUnitId: p2.id,
      name: 'Seksi Baru',
      version: 2,
      agencyId: a.id,
    });
    expect((await unitIn(a.id, p1.id)).childCount).toBe(0);
    expect((await unitIn(a.id, p2.id)).childCount).toBe(1);
    expect(await unitIn(a.id, child.id)).toMatchObject({
      parentUnitId: p2.id,
      name: 'Seksi Baru',
      version: 2,
    });

    // To the top level.
    const top = await t.call('PATCH', `/v1/agencies/${a.id}/units/${child.id}`, {
      token: admin,
      body: { parentUnitId: null, version: 2 },
    });
    expect(top.status).toBe(200);
    expect(top.body.parentUnitId).toBeNull();
    expect((await unitIn(a.id, p2.id)).childCount).toBe(0);
    expect((await agency(a.id)).unitCount).toBe(3);

    // Stale version.
    const stale = await t.call('PATCH', `/v1/agencies/${a.id}/units/${child.id}`, {
      token: admin,
      body: { name: 'Basi', version: 2 },
    });
    expectProblem(stale, 409, 'version-conflict');
    expect((await unitIn(a.id, child.id)).name).toBe('Seksi Baru');
  });

  it('refuses a move that makes a cycle with 400 parentUnitId', async () => {
    const a = await createAgency(t, admin, 'Dinas Siklus');
    const root = await createUnit(t, admin, a.id, 'Akar');
    const mid = await createUnit(t, admin, a.id, 'Tengah', root.id);
    const leaf = await createUnit(t, admin, a.id, 'Daun', mid.id);
    const before = await tableSnapshot(t);
    for (const parentUnitId of [leaf.id, mid.id, root.id]) {
      const res = await t.call('PATCH', `/v1/agencies/${a.id}/units/${root.id}`, {
        token: admin,
        body: { parentUnitId, version: 1 },
      });
      expectProblem(res, 400, 'validation', ['parentUnitId']);
    }
    const res = await t.call('PATCH', `/v1/agencies/${a.id}/units/${mid.id}`, {
      token: admin,
      body: { parentUnitId: leaf.id, version: 1 },
    });
    expectProblem(res, 400, 'validation', ['parentUnitId']);
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('moves a unit to another agency and updates both agencies unitCount', async () => {
    const a = await createAgency(t, admin, 'Dinas Asal');
    const b = await createAgency(t, admin, 'Dinas Tujuan');
    const parent = await createUnit(t, admin, a.id, 'Bidang Asal');
    const mover = await createUnit(t, admin, a.id, 'Seksi Pindahan', parent.id);
    const res = await t.call('PATCH', `/v1/agencies/${a.id}/units/${mover.id}`, {
      token: admin,
      body: { agencyId: b.id, version: 1 },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: mover.id, agencyId: b.id, parentUnitId: null, version: 2 });
    expect((await agency(a.id)).unitCount).toBe(1);
    expect((await agency(b.id)).unitCount).toBe(1);
    expect((await unitIn(a.id, parent.id)).childCount).toBe(0);
    expect(await unitIn(a.id, mover.id)).toBeUndefined();
    expect(await unitIn(b.id, mover.id)).toMatchObject({ agencyId: b.id, version: 2 });
    expectProblem(
      await t.call('PATCH', `/v1/agencies/${a.id}/units/${mover.id}`, {
        token: admin,
        body: { name: 'x', version: 2 },
      }),
      404,
      'not-found',
    );

    // Moving with a parent in the target agency.
    const bParent = await createUnit(t, admin, b.id, 'Bidang Tujuan');
    const second = await createUnit(t, admin, a.id, 'Seksi Kedua');
    const withParent = await t.call('PATCH', `/v1/agencies/${a.id}/units/${second.id}`, {
      token: admin,
      body: { agencyId: b.id, parentUnitId: bParent.id, version: 1 },
    });
    expect(withParent.status).toBe(200);
    expect(withParent.body).toMatchObject({ agencyId: b.id, parentUnitId: bParent.id });
    expect((await unitIn(b.id, bParent.id)).childCount).toBe(1);
    expect((await agency(a.id)).unitCount).toBe(1);
    expect((await agency(b.id)).unitCount).toBe(3);
  });

  it('refuses to move a unit with sub-units to another agency (409), or into an unknown or inactive agency (400)', async () => {
    const a = await createAgency(t, admin, 'Dinas Beranak');
    const b = await createAgency(t, admin, 'Dinas Penerima');
    const parent = await createUnit(t, admin, a.id, 'Bidang Induk');
    await createUnit(t, admin, a.id, 'Seksi Anak', parent.id);
    const lone = await createUnit(t, admin, a.id, 'Seksi Sendiri');
    const inactive = await createAgency(t, admin, 'Dinas Tidur');
    await t.call('POST', `/v1/agencies/${inactive.id}/deactivate`, { token: admin, body: { version: 1 } });
    const before = await tableSnapshot(t);

    const res = await t.call('PATCH', `/v1/agencies/${a.id}/units/${parent.id}`, {
      token: admin,
      body: { agencyId: b.id, version: 1 },
    });
    expectProblem(res, 409, 'conflict');
    for (const agencyId of [UNKNOWN_ID, inactive.id]) {
      const r = await t.call('PATCH', `/v1/agencies/${a.id}/units/${lone.id}`, {
        token: admin,
        body: { agencyId, version: 1 },
      });
      expectProblem(r, 400, 'validation', ['agencyId']);
    }
    // A parent that is not in the target agency.
    const wrongParent = await t.call('PATCH', `/v1/agencies/${a.id}/units/${lone.id}`, {
      token: admin,
      body: { agencyId: b.id, parentUnitId: parent.id, version: 1 },
    });
    expectProblem(wrongParent, 400, 'validation', ['parentUnitId']);
    expect(await tableSnapshot(t)).toEqual(before);
    expect((await agency(a.id)).unitCount).toBe(3);
    expect((await agency(b.id)).unitCount).toBe(0);
  });

  it('deactivates a unit with its version', async () => {
    const a = await createAgency(t, admin, 'Dinas Unit Nonaktif');
    const u = await createUnit(t, admin, a.id, 'Seksi Tutup');
    const res = await t.call('POST', `/v1/agencies/${a.id}/units/${u.id}/deactivate`, {
      token: admin,
      body: { version: 1 },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'inactive', version: 2 });
    expectProblem(
      await t.call('POST', `/v1/agencies/${a.id}/units/${u.id}/deactivate`, {
        token: admin,
        body: { version: 1 },
      }),
      409,
      'version-conflict',
    );
    expectProblem(
      await t.call('POST', `/v1/agencies/${a.id}/units/${UNKNOWN_ID}/deactivate`, {
        token: admin,
        body: { version: 1 },
      }),
      404,
      'not-found',
    );
    expectProblem(
      await t.call('POST', `/v1/agencies/${a.id}/units/bad/deactivate`, {
        token: admin,
        body: { version: 1 },
      }),
      400,
      'validation',
      ['unitId'],
    );
  });
});

describe('pagination', () => {
  it('pages agencies and units with limit and cursor, each item once', async () => {
    const { adminToken } = await createTenantViaApi(t, 'halaman-org');
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await createAgency(t, adminToken, `Dinas Halaman ${i}`)).id);
    const pages = await allPages(t, '/v1/agencies', adminToken, 2);
    expect(pages.slice(0, 3).map((p) => p.length)).toEqual([2, 2, 1]);
    expect(
      pages
        .flat()
        .map((a) => a.id)
        .sort(),
    ).toEqual([...made].sort());

    const unitIds: string[] = [];
    for (let i = 0; i < 3; i++) unitIds.push((await createUnit(t, adminToken, made[0]!, `Seksi ${i}`)).id);
    await createUnit(t, adminToken, made[1]!, 'Seksi Lain');
    const unitPages = await allPages(t, `/v1/agencies/${made[0]}/units`, adminToken, 2);
    expect(
      unitPages
        .flat()
        .map((u) => u.id)
        .sort(),
    ).toEqual([...unitIds].sort());
    expect(unitPages[0]).toHaveLength(2);

    // A units cursor is bound to its agency and to the units query.
    const first = await t.call('GET', `/v1/agencies/${made[0]}/units?limit=1`, { token: adminToken });
    const cursor = encodeURIComponent(first.body.nextCursor);
    expectProblem(
      await t.call('GET', `/v1/agencies/${made[1]}/units?cursor=${cursor}`, { token: adminToken }),
      400,
      'bad-cursor',
    );
    expectProblem(
      await t.call('GET', `/v1/agencies?cursor=${cursor}`, { token: adminToken }),
      400,
      'bad-cursor',
    );
  });
});

describe('roles', () => {
  it('lets employees, supervisors and agency admins read the tree but not change it (403)', async () => {
    const a = await createAgency(t, admin, 'Dinas Peran');
    const u = await createUnit(t, admin, a.id, 'Seksi Peran');
    await createUser(t, admin, { username: 'peran.pegawai', role: 'employee', agencyId: a.id });
    await createUser(t, admin, { username: 'peran.atasan', role: 'supervisor', agencyId: a.id });
    await createUser(t, admin, { username: 'peran.opd', role: 'agency-admin', agencyId: a.id });
    const before = await tableSnapshot(t);
    for (const username of ['peran.pegawai', 'peran.atasan', 'peran.opd']) {
      const token = await t.loginAs('organisasi', username);
      const list = await t.call('GET', '/v1/agencies', { token });
      expect(list.status).toBe(200);
      expect(list.body.items.map((x: { id: string }) => x.id)).toContain(a.id);
      expect((await t.call('GET', `/v1/agencies/${a.id}`, { token })).status).toBe(200);
      expect(
        (await t.call('GET', `/v1/agencies/${a.id}/units`, { token })).body.items.map(
          (x: { id: string }) => x.id,
        ),
      ).toEqual([u.id]);
      const writes: [string, string, unknown?][] = [
        ['POST', '/v1/agencies', { name: 'Dinas Terlarang' }],
        ['PATCH', `/v1/agencies/${a.id}`, { name: 'Ganti', version: 1 }],
        ['POST', `/v1/agencies/${a.id}/deactivate`, { version: 1 }],
        ['POST', `/v1/agencies/${a.id}/reactivate`, { version: 1 }],
        ['DELETE', `/v1/agencies/${a.id}?version=1`],
        ['POST', `/v1/agencies/${a.id}/units`, { name: 'Seksi Terlarang' }],
        ['PATCH', `/v1/agencies/${a.id}/units/${u.id}`, { name: 'Ganti', version: 1 }],
        ['POST', `/v1/agencies/${a.id}/units/${u.id}/deactivate`, { version: 1 }],
      ];
      for (const [method, path, body] of writes) {
        expectProblem(await t.call(method, path, { token, body }), 403, 'forbidden');
      }
    }
    expect(await tableSnapshot(t)).toEqual(before);
  });
});
