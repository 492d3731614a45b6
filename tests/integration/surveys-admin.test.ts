import { krejcieMorgan, monthIn, ULID_PATTERN } from '@pamong/core';
import { type Actor, countDynamoCalls } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import * as surveyUnitsRepo from '@pamong/db/repos/surveys/admin';
import { ulid } from 'ulid';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSurveyPoster } from '../../functions/surveys/routes/poster';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import {
  allPages,
  createAgency,
  createUser,
  expectProblem,
  getJson,
  scanTable,
  tableSnapshot,
  UNKNOWN_ID,
} from './helpers';

const SLUG = 'survei-admin';
const CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
const ANSWERS = { U1: 3, U2: 4, U3: 3, U4: 2, U5: 4, U6: 3, U7: 3, U8: 4, U9: 3 };
const RESPONDENT = { gender: 'P', age: 31, education: 'SMA', occupation: 'Swasta' };

let t: TestApi;
let tenantId: string;
let admin: string;
let adminId: string;
/** Agency admins of the two agencies, a supervisor and an employee of `kes`. */
let opdKes: string;
let opdDuk: string;
let supervisor: string;
let employee: string;
let kes: { id: string; name: string };
let duk: { id: string; name: string };
let inactive: { id: string; name: string };
/** Another tenant, with a unit of its own. */
let adminB: string;
let unitB: { id: string };
let seq = 0;

beforeAll(async () => {
  t = await createTestApi();
  ({ adminToken: admin, tenantId } = await createTenantViaApi(t, SLUG));
  adminId = (await getJson(t, '/v1/me', admin)).user.id;
  kes = await createAgency(t, admin, 'Dinas Kesehatan');
  duk = await createAgency(t, admin, 'Dinas Kependudukan dan Pencatatan Sipil');
  inactive = await createAgency(t, admin, 'Dinas Tidur');
  expect(
    (await t.call('POST', `/v1/agencies/${inactive.id}/deactivate`, { token: admin, body: { version: 1 } }))
      .status,
  ).toBe(200);
  for (const [username, role, agencyId] of [
    ['opd.kes', 'agency-admin', kes.id],
    ['opd.duk', 'agency-admin', duk.id],
    ['atasan.kes', 'supervisor', kes.id],
    ['pegawai.kes', 'employee', kes.id],
  ] as const) {
    await createUser(t, admin, { username, role, agencyId });
  }
  opdKes = await t.loginAs(SLUG, 'opd.kes');
  opdDuk = await t.loginAs(SLUG, 'opd.duk');
  supervisor = await t.loginAs(SLUG, 'atasan.kes');
  employee = await t.loginAs(SLUG, 'pegawai.kes');

  ({ adminToken: adminB } = await createTenantViaApi(t, 'survei-tetangga'));
  const agencyB = await createAgency(t, adminB, 'Dinas Tetangga');
  const res = await t.call('POST', '/v1/surveys/units', {
    token: adminB,
    body: { agencyId: agencyB.id, name: 'Loket Tetangga' },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  unitB = res.body;
});

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * Holds every transaction until `n` have arrived, then lets them all go: the requests of a race
 * have all read before any of them writes, whatever the timing of the machine.
 */
function raceWrites(n: number) {
  const transact = t.store.transact.bind(t.store);
  let held: (() => void)[] = [];
  vi.spyOn(t.store, 'transact').mockImplementation(async (items) => {
    await new Promise<void>((release) => {
      held.push(release);
      if (held.length === n) {
        for (const go of held) go();
        held = [];
      }
    });
    return transact(items);
  });
}

const actor = (): Actor => ({ tenantId, sub: adminId, role: 'tenant-admin', requestId: `test-${++seq}` });

async function newUnit(body: Record<string, unknown> = {}, token = admin) {
  const res = await t.call('POST', '/v1/surveys/units', {
    token,
    body: { agencyId: kes.id, name: `Puskesmas ${++seq}`, ...body },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const auditOf = async (entityType: string, entityId: string) =>
  (await allPages(t, `/v1/audit?entityType=${entityType}&entityId=${entityId}`, admin, 100)).flat();

/** A stored response in the shape the public submission writes, at a chosen time. */
async function putResponse(
  unit: { id: string; agencyId: string },
  at: Date,
  opts: { suggestion?: string; serviceType?: string } = {},
) {
  const id = ulid(at.getTime());
  const month = monthIn(at, 'Asia/Jakarta');
  await t.store.transact([
    {
      op: {
        Put: {
          TableName: t.tableName,
          Item: {
            ...keys.surveyResponse(tenantId, unit.id, month, id),
            ...(opts.suggestion
              ? {
                  ...keys.surveySuggestions(tenantId, unit.id),
                  gsi1sk: keys.surveySuggestionSort('pending', id),
                  suggestion: opts.suggestion,
                  suggestionStatus: 'pending',
                  moderatedAt: null,
                  moderationReason: null,
                }
              : {}),
            type: 'SURVEY_RESPONSE',
            id,
            unitId: unit.id,
            agencyId: unit.agencyId,
            month,
            submittedAt: at.toISOString(),
            answers: ANSWERS,
            respondent: RESPONDENT,
            ...(opts.serviceType ? { serviceType: opts.serviceType } : {}),
            verified: false,
          },
        },
      },
    },
  ]);
  return { id, month };
}

/** Every operation of this module on one unit, as [method, path, body]. */
function unitOperations(unitId: string): [string, string, unknown?][] {
  return [
    ['GET', `/v1/surveys/units/${unitId}`],
    ['PATCH', `/v1/surveys/units/${unitId}`, { name: 'Diambil Alih', version: 1 }],
    ['PUT', `/v1/surveys/units/${unitId}/population/2026-Q1`, { population: 10 }],
    ['GET', `/v1/surveys/units/${unitId}/population`],
    ['POST', `/v1/surveys/units/${unitId}/service-codes`, { count: 2 }],
    ['GET', `/v1/surveys/units/${unitId}/service-code-batches`],
    ['GET', `/v1/surveys/units/${unitId}/poster`],
    ['GET', `/v1/surveys/units/${unitId}/suggestions`],
    [
      'POST',
      `/v1/surveys/units/${unitId}/suggestions/${UNKNOWN_ID}/moderation`,
      { action: 'hide', reason: 'x' },
    ],
  ];
}

describe('survey units', () => {
  it('creates a unit with defaults, the agency name and a short code guarded in the tenant', async () => {
    const res = await t.call('POST', '/v1/surveys/units', {
      token: admin,
      body: { agencyId: kes.id, name: '  Puskesmas Kedaton ', serviceTypes: ['Poli Umum', 'Poli Gigi'] },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const unit = res.body;
    expect(unit).toMatchObject({
      agencyId: kes.id,
      agencyName: 'Dinas Kesehatan',
      name: 'Puskesmas Kedaton',
      serviceTypes: ['Poli Umum', 'Poli Gigi'],
      status: 'active',
      publishResults: true,
      verification: 'off',
      version: 1,
    });
    expect(unit.id).toMatch(ULID_PATTERN);
    expect(unit.shortCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(unit.createdAt).toBe(unit.updatedAt);
    expect(unit).not.toHaveProperty('pk');
    expect(unit).not.toHaveProperty('gsi1pk');
    expect(await getJson(t, `/v1/surveys/units/${unit.id}`, admin)).toEqual(unit);

    const guard = (await scanTable(t)).find(
      (i) => i.pk === keys.surveyShortCode(tenantId, unit.shortCode).pk,
    );
    expect(guard).toMatchObject({ sk: 'GUARD', unitId: unit.id });

    const [entry] = await auditOf('surveyUnit', unit.id);
    expect(entry).toMatchObject({
      action: 'surveyUnit.create',
      actor: { sub: adminId, role: 'tenant-admin' },
      changes: {
        name: { before: null, after: 'Puskesmas Kedaton' },
        agencyId: { before: null, after: kes.id },
        shortCode: { before: null, after: unit.shortCode },
        verification: { before: null, after: 'off' },
      },
    });
  });

  it('refuses bad input with 400 and field paths, writing nothing', async () => {
    const before = await tableSnapshot(t);
    const cases: [unknown, string[]][] = [
      [{}, ['agencyId', 'name']],
      [{ agencyId: kes.id, name: '' }, ['name']],
      [{ agencyId: 'bukan-id', name: 'Loket' }, ['agencyId']],
      [{ agencyId: kes.id, name: 'Loket', serviceTypes: ['KTP', 'ktp'] }, ['serviceTypes']],
      [{ agencyId: kes.id, name: 'Loket', serviceTypes: [''] }, ['serviceTypes.0']],
      [{ agencyId: kes.id, name: 'Loket', verification: 'always' }, ['verification']],
      [{ agencyId: kes.id, name: 'Loket', publishResults: 'ya' }, ['publishResults']],
      [{ agencyId: kes.id, name: 'Loket', status: 'active' }, ['status']],
      // The agency is checked too: unknown or inactive is bad input on `agencyId`.
      [{ agencyId: UNKNOWN_ID, name: 'Loket' }, ['agencyId']],
      [{ agencyId: inactive.id, name: 'Loket' }, ['agencyId']],
    ];
    for (const [body, paths] of cases) {
      const res = await t.call('POST', '/v1/surveys/units', { token: admin, body });
      expectProblem(res, 400, 'validation', paths);
    }
    expectProblem(
      await t.call('POST', '/v1/surveys/units', { token: admin, body: '{"agencyId":' }),
      400,
      'validation',
    );
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('retries the short code when the drawn one is taken, and gives up with 409 after repeated collisions', async () => {
    const first = await newUnit();
    const draws = [first.shortCode, 'Z9Z9Z9'];
    const input = {
      agencyId: kes.id,
      name: 'Loket Undian',
      serviceTypes: [],
      publishResults: true,
      verification: 'off' as const,
    };
    const unit = await surveyUnitsRepo.createSurveyUnit(
      t.store,
      actor(),
      input,
      { agencyId: null },
      new Date(),
      () => draws.shift()!,
    );
    expect(draws).toEqual([]);
    expect(unit.shortCode).toBe('Z9Z9Z9');
    const items = await scanTable(t);
    const guardOf = (code: string) => items.find((i) => i.pk === keys.surveyShortCode(tenantId, code).pk);
    expect(guardOf('Z9Z9Z9')?.unitId).toBe(unit.id);
    expect(guardOf(first.shortCode)?.unitId).toBe(first.id);

    const before = await tableSnapshot(t);
    let draws2 = 0;
    await expect(
      surveyUnitsRepo.createSurveyUnit(t.store, actor(), input, { agencyId: null }, new Date(), () => {
        draws2 += 1;
        return first.shortCode;
      }),
    ).rejects.toMatchObject({ status: 409, type: 'conflict' });
    expect(draws2).toBe(5);
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('updates with the current version, closes and reopens, and audits each change', async () => {
    const unit = await newUnit({ serviceTypes: ['KTP'] });
    const res = await t.call('PATCH', `/v1/surveys/units/${unit.id}`, {
      token: admin,
      body: {
        name: 'Loket Terpadu',
        serviceTypes: ['KTP', 'KK'],
        verification: 'required',
        publishResults: false,
        version: 1,
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      id: unit.id,
      name: 'Loket Terpadu',
      serviceTypes: ['KTP', 'KK'],
      verification: 'required',
      publishResults: false,
      status: 'active',
      shortCode: unit.shortCode,
      agencyName: unit.agencyName,
      createdAt: unit.createdAt,
      version: 2,
    });
    expect(await getJson(t, `/v1/surveys/units/${unit.id}`, admin)).toEqual(res.body);

    const closed = await t.call('PATCH', `/v1/surveys/units/${unit.id}`, {
      token: admin,
      body: { status: 'closed', version: 2 },
    });
    expect(closed.body).toMatchObject({ status: 'closed', version: 3, name: 'Loket Terpadu' });
    const reopened = await t.call('PATCH', `/v1/surveys/units/${unit.id}`, {
      token: admin,
      body: { status: 'active', version: 3 },
    });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'active', version: 4 });

    const entries = await auditOf('surveyUnit', unit.id);
    expect(entries.map((e) => e.action)).toEqual([
      'surveyUnit.update',
      'surveyUnit.update',
      'surveyUnit.update',
      'surveyUnit.create',
    ]);
    expect(entries[0].changes).toEqual({ status: { before: 'closed', after: 'active' } });
    expect(entries[1].changes).toEqual({ status: { before: 'active', after: 'closed' } });
    expect(entries[2].changes).toEqual({
      name: { before: unit.name, after: 'Loket Terpadu' },
      serviceTypes: { before: ['KTP'], after: ['KTP', 'KK'] },
      verification: { before: 'off', after: 'required' },
      publishResults: { before: true, after: false },
    });

    // The agency listing (gsi1, by name) follows the rename.
    const listed = (await allPages(t, `/v1/surveys/units?agencyId=${kes.id}`, admin, 100)).flat();
    expect(listed.find((u) => u.id === unit.id)?.name).toBe('Loket Terpadu');
  });

  it('answers a stale version with 409 version-conflict and bad patches with 400, changing nothing', async () => {
    const unit = await newUnit();
    await t.call('PATCH', `/v1/surveys/units/${unit.id}`, {
      token: admin,
      body: { name: 'Baru', version: 1 },
    });
    const before = await tableSnapshot(t);
    for (const version of [1, 3]) {
      expectProblem(
        await t.call('PATCH', `/v1/surveys/units/${unit.id}`, {
          token: admin,
          body: { name: 'Basi', version },
        }),
        409,
        'version-conflict',
      );
    }
    const bad: [unknown, string[]][] = [
      [{ name: 'X' }, ['version']],
      [{ status: 'deleted', version: 2 }, ['status']],
      [{ agencyId: duk.id, version: 2 }, ['agencyId']],
      [{ shortCode: 'ABCDEF', version: 2 }, ['shortCode']],
      [{ version: 0 }, ['version']],
    ];
    for (const [body, paths] of bad) {
      expectProblem(
        await t.call('PATCH', `/v1/surveys/units/${unit.id}`, { token: admin, body }),
        400,
        'validation',
        paths,
      );
    }
    expectProblem(await t.call('GET', '/v1/surveys/units/nope', { token: admin }), 400, 'validation', [
      'unitId',
    ]);
    expectProblem(await t.call('GET', `/v1/surveys/units/${UNKNOWN_ID}`, { token: admin }), 404, 'not-found');
    expectProblem(
      await t.call('PATCH', `/v1/surveys/units/${UNKNOWN_ID}`, {
        token: admin,
        body: { name: 'X', version: 1 },
      }),
      404,
      'not-found',
    );
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('lets exactly one of two concurrent updates with the same version win', async () => {
    const unit = await newUnit();
    raceWrites(2);
    const results = await Promise.all(
      ['Loket A', 'Loket B'].map((name) =>
        t.call('PATCH', `/v1/surveys/units/${unit.id}`, { token: admin, body: { name, version: 1 } }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!.body.name;
    expect(await getJson(t, `/v1/surveys/units/${unit.id}`, admin)).toMatchObject({
      name: winner,
      version: 2,
    });
    expect(
      (await auditOf('surveyUnit', unit.id)).filter((e) => e.action === 'surveyUnit.update'),
    ).toHaveLength(1);
  });

  it('lists all units of the tenant or one agency (by name), page by page', async () => {
    const { adminToken } = await createTenantViaApi(t, 'survei-daftar');
    const a = await createAgency(t, adminToken, 'Dinas A');
    const b = await createAgency(t, adminToken, 'Dinas B');
    const made: Record<string, string[]> = { [a.id]: [], [b.id]: [] };
    for (const [agency, name] of [
      [a, 'Loket Cempaka'],
      [a, 'loket anggrek'],
      [b, 'Loket Melati'],
      [a, 'Loket Bougenvil'],
      [b, 'Loket Dahlia'],
    ] as const) {
      const res = await t.call('POST', '/v1/surveys/units', {
        token: adminToken,
        body: { agencyId: agency.id, name },
      });
      expect(res.status).toBe(201);
      made[agency.id]!.push(res.body.id);
    }
    const all = await allPages(t, '/v1/surveys/units', adminToken, 2);
    expect(all.map((p) => p.length).slice(0, 3)).toEqual([2, 2, 1]);
    expect(
      all
        .flat()
        .map((u) => u.id)
        .sort(),
    ).toEqual([...made[a.id]!, ...made[b.id]!].sort());

    const ofA = (await allPages(t, `/v1/surveys/units?agencyId=${a.id}`, adminToken, 2)).flat();
    expect(ofA.map((u) => u.name)).toEqual(['loket anggrek', 'Loket Bougenvil', 'Loket Cempaka']);
    expect(ofA.every((u) => u.agencyId === a.id && u.agencyName === 'Dinas A')).toBe(true);

    // A cursor of one agency's list is refused on another's.
    const first = await t.call('GET', `/v1/surveys/units?agencyId=${a.id}&limit=1`, { token: adminToken });
    expectProblem(
      await t.call(
        'GET',
        `/v1/surveys/units?agencyId=${b.id}&cursor=${encodeURIComponent(first.body.nextCursor)}`,
        {
          token: adminToken,
        },
      ),
      400,
      'bad-cursor',
    );
    for (const q of ['limit=0', 'limit=101', 'agencyId=abc']) {
      const res = await t.call('GET', `/v1/surveys/units?${q}`, { token: adminToken });
      expectProblem(res, 400, 'validation', [q.split('=')[0]!]);
    }
  });

  it('reads one unit with one GetItem and one page of units with one Query', async () => {
    const unit = await newUnit();
    for (const [token, path, expected] of [
      [admin, `/v1/surveys/units/${unit.id}`, { GetItem: 1 }],
      [opdKes, `/v1/surveys/units/${unit.id}`, { GetItem: 1 }],
      [admin, '/v1/surveys/units?limit=5', { Query: 1 }],
      [admin, `/v1/surveys/units?agencyId=${kes.id}&limit=5`, { Query: 1 }],
      [opdKes, '/v1/surveys/units', { Query: 1 }],
    ] as const) {
      expect((await t.call('GET', '/v1/me', { token })).status).toBe(200);
      const { result, calls } = await countDynamoCalls(() => t.call('GET', path, { token }));
      expect(result.status, JSON.stringify(result.body)).toBe(200);
      expect(calls, path).toEqual({ total: 1, byCommand: expected });
    }
  });
});

describe('agency admin scope and roles', () => {
  it('lets an agency admin create, read, list and change units of their own agency', async () => {
    const unit = await newUnit({ agencyId: kes.id, name: 'Puskesmas Rajabasa' }, opdKes);
    expect(unit.agencyId).toBe(kes.id);
    expect(await getJson(t, `/v1/surveys/units/${unit.id}`, opdKes)).toEqual(unit);
    const patched = await t.call('PATCH', `/v1/surveys/units/${unit.id}`, {
      token: opdKes,
      body: { serviceTypes: ['Imunisasi'], version: 1 },
    });
    expect(patched.status).toBe(200);
    const [entry] = await auditOf('surveyUnit', unit.id);
    expect(entry.actor.role).toBe('agency-admin');

    // Its list is its own agency, whatever it asks for.
    await newUnit({ agencyId: duk.id, name: 'Loket Dukcapil' });
    const own = (await allPages(t, '/v1/surveys/units', opdKes, 100)).flat();
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((u) => u.agencyId === kes.id)).toBe(true);
    expect(own.map((u) => u.id)).toContain(unit.id);
    expect((await allPages(t, `/v1/surveys/units?agencyId=${kes.id}`, opdKes, 100)).flat()).toEqual(own);
    expectProblem(
      await t.call('GET', `/v1/surveys/units?agencyId=${duk.id}`, { token: opdKes }),
      404,
      'not-found',
    );
  });

  it('answers 403 when an agency admin creates in another agency, writing nothing', async () => {
    const before = await tableSnapshot(t);
    for (const agencyId of [duk.id, inactive.id, UNKNOWN_ID]) {
      expectProblem(
        await t.call('POST', '/v1/surveys/units', { token: opdKes, body: { agencyId, name: 'Loket Asing' } }),
        403,
        'forbidden',
      );
    }
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it("answers 404 to an agency admin for every operation on another agency's unit, writing nothing", async () => {
    const unit = await newUnit({ agencyId: kes.id });
    await putResponse(unit, new Date(), { suggestion: 'Antrean terlalu panjang' });
    const before = await tableSnapshot(t);
    for (const [method, path, body] of unitOperations(unit.id)) {
      const res = await t.call(method, path, { token: opdDuk, body });
      expectProblem(res, 404, 'not-found');
      expect(res.body.detail, `${method} ${path}`).toMatch(/Survey unit/);
    }
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it("answers 404 for another tenant's unit, both ways", async () => {
    const unit = await newUnit();
    const before = await tableSnapshot(t);
    for (const [method, path, body] of [...unitOperations(unit.id)]) {
      expectProblem(await t.call(method, path, { token: adminB, body }), 404, 'not-found');
    }
    for (const [method, path, body] of unitOperations(unitB.id)) {
      expectProblem(await t.call(method, path, { token: admin, body }), 404, 'not-found');
    }
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('refuses supervisors and employees (403) on every admin operation, and agency admins on the settings write', async () => {
    const unit = await newUnit();
    const before = await tableSnapshot(t);
    const ops: [string, string, unknown?][] = [
      ['GET', '/v1/surveys/units'],
      ['POST', '/v1/surveys/units', { agencyId: kes.id, name: 'Loket' }],
      ['GET', '/v1/surveys/settings'],
      ['PUT', '/v1/surveys/settings', { rateLimitPerHour: 5, version: 0 }],
      ...unitOperations(unit.id),
    ];
    for (const token of [supervisor, employee]) {
      for (const [method, path, body] of ops) {
        const res = await t.call(method, path, { token, body });
        expect(res.status, `${method} ${path}`).toBe(403);
        expectProblem(res, 403, 'forbidden');
      }
    }
    expectProblem(
      await t.call('PUT', '/v1/surveys/settings', {
        token: opdKes,
        body: { rateLimitPerHour: 5, version: 0 },
      }),
      403,
      'forbidden',
    );
    for (const [method, path, body] of ops.slice(0, 3)) {
      expect((await t.call(method, path, { body })).status).toBe(401);
    }
    expect(await tableSnapshot(t)).toEqual(before);
  });
});

describe('survey settings', () => {
  it('starts from the defaults (version 0), first save is version 0, then optimistic locking', async () => {
    const { adminToken } = await createTenantViaApi(t, 'survei-setelan');
    const defaults = await getJson(t, '/v1/surveys/settings', adminToken);
    expect(defaults).toEqual({
      elementOrder: ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'],
      extraQuestions: [],
      rateLimitPerHour: 60,
      version: 0,
      updatedAt: null,
    });

    const before = await tableSnapshot(t);
    expectProblem(
      await t.call('PUT', '/v1/surveys/settings', {
        token: adminToken,
        body: { rateLimitPerHour: 5, version: 1 },
      }),
      409,
      'version-conflict',
    );
    expect(await tableSnapshot(t)).toEqual(before);

    const order = ['U9', 'U8', 'U7', 'U6', 'U5', 'U4', 'U3', 'U2', 'U1'];
    const question = {
      id: 'kanal-info',
      text: { id: 'Dari mana Anda tahu layanan ini?', en: 'How did you hear of this service?' },
      kind: 'choice',
      options: ['Teman', 'Media sosial', 'Lainnya'],
    };
    const first = await t.call('PUT', '/v1/surveys/settings', {
      token: adminToken,
      body: { elementOrder: order, extraQuestions: [question], version: 0 },
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({
      elementOrder: order,
      extraQuestions: [question],
      rateLimitPerHour: 60,
      version: 1,
    });
    expect(Date.parse(first.body.updatedAt)).not.toBeNaN();
    expect(await getJson(t, '/v1/surveys/settings', adminToken)).toEqual(first.body);

    // A second "first save" is stale now.
    expectProblem(
      await t.call('PUT', '/v1/surveys/settings', {
        token: adminToken,
        body: { rateLimitPerHour: 5, version: 0 },
      }),
      409,
      'version-conflict',
    );
    const second = await t.call('PUT', '/v1/surveys/settings', {
      token: adminToken,
      body: { rateLimitPerHour: 500, version: 1 },
    });
    expect(second.body).toMatchObject({
      elementOrder: order,
      extraQuestions: [question],
      rateLimitPerHour: 500,
      version: 2,
    });

    const me = await getJson(t, '/v1/me', adminToken);
    const entries = (
      await allPages(t, `/v1/audit?entityType=surveySettings&entityId=${me.user.tenantId}`, adminToken, 100)
    ).flat();
    expect(entries.map((e) => e.action)).toEqual(['surveySettings.update', 'surveySettings.update']);
    expect(entries[0].changes).toEqual({ rateLimitPerHour: { before: 60, after: 500 } });
    expect(entries[1].changes).toEqual({
      elementOrder: { before: defaults.elementOrder, after: order },
      extraQuestions: { before: [], after: [question] },
    });
  });

  it('gives one 200 and one 409 when two first saves race', async () => {
    const { adminToken } = await createTenantViaApi(t, 'survei-balapan');
    raceWrites(2);
    const results = await Promise.all(
      [7, 8].map((n) =>
        t.call('PUT', '/v1/surveys/settings', {
          token: adminToken,
          body: { rateLimitPerHour: n, version: 0 },
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const won = results.find((r) => r.status === 200)!.body.rateLimitPerHour;
    expect(await getJson(t, '/v1/surveys/settings', adminToken)).toMatchObject({
      rateLimitPerHour: won,
      version: 1,
    });
  });

  it('refuses bad settings with field paths, writing nothing', async () => {
    const before = await tableSnapshot(t);
    const choice = (o: Record<string, unknown>) => ({
      id: 'tanya',
      text: { id: 'Tanya?', en: 'Ask?' },
      kind: 'choice',
      options: ['A', 'B'],
      ...o,
    });
    const cases: [unknown, string[]][] = [
      [{}, ['version']],
      [{ version: -1 }, ['version']],
      [{ rateLimitPerHour: 0, version: 0 }, ['rateLimitPerHour']],
      [{ rateLimitPerHour: 1.5, version: 0 }, ['rateLimitPerHour']],
      [{ elementOrder: ['U1', 'U2'], version: 0 }, ['elementOrder']],
      [
        { elementOrder: ['U1', 'U1', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'], version: 0 },
        ['elementOrder'],
      ],
      [
        { elementOrder: ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U10'], version: 0 },
        ['elementOrder.8'],
      ],
      [{ extraQuestions: [choice({ options: undefined })], version: 0 }, ['extraQuestions.0.options']],
      [{ extraQuestions: [choice({ kind: 'text' })], version: 0 }, ['extraQuestions.0.options']],
      [{ extraQuestions: [choice({}), choice({})], version: 0 }, ['extraQuestions.1.id']],
      [{ extraQuestions: [choice({ id: 'X' })], version: 0 }, ['extraQuestions.0.id']],
      [{ timeZone: 'UTC', version: 0 }, ['timeZone']],
    ];
    for (const [body, paths] of cases) {
      expectProblem(
        await t.call('PUT', '/v1/surveys/settings', { token: admin, body }),
        400,
        'validation',
        paths,
      );
    }
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('lets an agency admin read the settings', async () => {
    const res = await t.call('GET', '/v1/surveys/settings', { token: opdKes });
    expect(res.status).toBe(200);
    expect(res.body.elementOrder).toHaveLength(9);
  });
});

describe('population', () => {
  it('sets the population of a period with its Krejcie-Morgan minimum sample and lists every period', async () => {
    const unit = await newUnit();
    const res = await t.call('PUT', `/v1/surveys/units/${unit.id}/population/2026-Q1`, {
      token: admin,
      body: { population: 1000 },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // The reference table gives 278 respondents for a population of 1,000.
    expect(res.body).toMatchObject({
      unitId: unit.id,
      period: '2026-Q1',
      population: 1000,
      minimumSample: 278,
    });
    expect(res.body.minimumSample).toBe(krejcieMorgan(1000));

    const again = await t.call('PUT', `/v1/surveys/units/${unit.id}/population/2026-Q1`, {
      token: opdKes,
      body: { population: 50 },
    });
    expect(again.body).toMatchObject({ population: 50, minimumSample: 44 });
    for (const [period, population] of [
      ['2026', 4000],
      ['2026-03', 0],
      ['2025-S2', 100_000_000],
    ] as const) {
      const r = await t.call('PUT', `/v1/surveys/units/${unit.id}/population/${period}`, {
        token: admin,
        body: { population },
      });
      expect(r.status).toBe(200);
      expect(r.body.minimumSample).toBe(krejcieMorgan(population));
    }

    const list = await getJson(t, `/v1/surveys/units/${unit.id}/population`, admin);
    expect(list.items.map((p: { period: string; population: number }) => [p.period, p.population])).toEqual([
      ['2025-S2', 100_000_000],
      ['2026', 4000],
      ['2026-03', 0],
      ['2026-Q1', 50],
    ]);
    expect(list.items.find((p: { period: string }) => p.period === '2026-03').minimumSample).toBe(0);

    const entries = await auditOf('surveyUnit', unit.id);
    const pop = entries.filter((e) => e.action === 'surveyPopulation.set');
    expect(pop).toHaveLength(5);
    expect(pop.map((e) => e.changes)).toContainEqual({ 'population.2026-Q1': { before: 1000, after: 50 } });
    expect(pop.map((e) => e.changes)).toContainEqual({ 'population.2026-Q1': { before: null, after: 1000 } });
  });

  it('lists the population with one unit read and one Query', async () => {
    const unit = await newUnit();
    await t.call('PUT', `/v1/surveys/units/${unit.id}/population/2026`, {
      token: admin,
      body: { population: 9 },
    });
    await t.call('GET', '/v1/me', { token: admin });
    const { result, calls } = await countDynamoCalls(() =>
      t.call('GET', `/v1/surveys/units/${unit.id}/population`, { token: admin }),
    );
    expect(result.body.items).toHaveLength(1);
    expect(calls).toEqual({ total: 2, byCommand: { GetItem: 1, Query: 1 } });
    const empty = await newUnit();
    expect(await getJson(t, `/v1/surveys/units/${empty.id}/population`, admin)).toEqual({ items: [] });
  });

  it('refuses bad periods and populations with field paths, writing nothing', async () => {
    const unit = await newUnit();
    const before = await tableSnapshot(t);
    const put = (period: string, body: unknown) =>
      t.call('PUT', `/v1/surveys/units/${unit.id}/population/${period}`, { token: admin, body });
    for (const period of ['2026-Q5', '26', '2026-13', '2026-S3', '2026-00', '1999', '2026-q1']) {
      expectProblem(await put(period, { population: 10 }), 400, 'validation', ['period']);
    }
    for (const [body, paths] of [
      [{}, ['population']],
      [{ population: -1 }, ['population']],
      [{ population: 1.5 }, ['population']],
      [{ population: '10' }, ['population']],
      [{ population: 100_000_001 }, ['population']],
      [{ population: 10, period: '2026' }, ['period']],
    ] as const) {
      expectProblem(await put('2026', body), 400, 'validation', [...paths]);
    }
    expectProblem(
      await t.call('PUT', `/v1/surveys/units/${UNKNOWN_ID}/population/2026`, {
        token: admin,
        body: { population: 10 },
      }),
      404,
      'not-found',
    );
    expectProblem(
      await t.call('GET', `/v1/surveys/units/${UNKNOWN_ID}/population`, { token: admin }),
      404,
      'not-found',
    );
    expect(await tableSnapshot(t)).toEqual(before);
  });
});

describe('service codes', () => {
  it('issues 90 distinct codes in one batch, each stored as issued, and audits the count but not the codes', async () => {
    const unit = await newUnit({ verification: 'optional' });
    const res = await t.call('POST', `/v1/surveys/units/${unit.id}/service-codes`, {
      token: admin,
      body: { count: 90, validDays: 14 },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const batch = res.body;
    expect(batch).toMatchObject({ unitId: unit.id, count: 90, used: 0 });
    expect(batch.id).toMatch(ULID_PATTERN);
    expect(batch.codes).toHaveLength(90);
    expect(new Set(batch.codes).size).toBe(90);
    for (const code of batch.codes) expect(code).toMatch(CODE);
    expect(Date.parse(batch.expiresAt) - Date.parse(batch.createdAt)).toBe(14 * 86_400_000);

    const stored = (await scanTable(t)).filter((i) => i.type === 'SERVICE_CODE' && i.batchId === batch.id);
    expect(stored).toHaveLength(90);
    expect(stored.map((i) => i.code).sort()).toEqual(
      batch.codes.map((c: string) => c.replace('-', '')).sort(),
    );
    for (const i of stored) {
      expect(i).toMatchObject({ status: 'issued', expiresAt: batch.expiresAt, unitId: unit.id });
      expect(i.pk).toBe(keys.serviceCode(tenantId, unit.id, i.code).pk);
    }

    const [entry] = await auditOf('surveyUnit', unit.id);
    expect(entry).toMatchObject({
      action: 'serviceCodes.issue',
      changes: {
        batchId: { before: null, after: batch.id },
        count: { before: null, after: 90 },
        expiresAt: { before: null, after: batch.expiresAt },
      },
    });
    const text = JSON.stringify(entry);
    for (const code of batch.codes) {
      expect(text).not.toContain(code);
      expect(text).not.toContain(code.replace('-', ''));
    }
  });

  it('refuses 91 codes and other bad input with 400, writing nothing', async () => {
    const unit = await newUnit();
    const before = await tableSnapshot(t);
    for (const [body, paths] of [
      [{ count: 91 }, ['count']],
      [{ count: 0 }, ['count']],
      [{ count: 2.5 }, ['count']],
      [{}, ['count']],
      [{ count: 5, validDays: 0 }, ['validDays']],
      [{ count: 5, validDays: 367 }, ['validDays']],
      [{ count: 5, codes: ['AAAA-BBBB'] }, ['codes']],
    ] as const) {
      expectProblem(
        await t.call('POST', `/v1/surveys/units/${unit.id}/service-codes`, { token: admin, body }),
        400,
        'validation',
        [...paths],
      );
    }
    expectProblem(
      await t.call('POST', `/v1/surveys/units/${UNKNOWN_ID}/service-codes`, {
        token: admin,
        body: { count: 1 },
      }),
      404,
      'not-found',
    );
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('draws again for a repeat inside the batch and for a code the unit already has', async () => {
    const unit = await newUnit();
    const now = new Date('2026-03-01T00:00:00.000Z');
    const draws = ['AAAA0000', 'AAAA0000', 'BBBB1111'];
    const first = await surveyUnitsRepo.issueServiceCodes(
      t.store,
      actor(),
      unit.id,
      { count: 2, validDays: 7 },
      { agencyId: null },
      now,
      () => draws.shift()!,
    );
    expect(draws).toEqual([]);
    expect(first.codes).toEqual(['AAAA-0000', 'BBBB-1111']);
    expect(first.expiresAt).toBe('2026-03-08T00:00:00.000Z');

    // The second batch first draws a code of the first: the whole draw is retried, nothing half-written.
    const draws2 = ['AAAA0000', 'CCCC2222', 'DDDD3333', 'EEEE4444'];
    const second = await surveyUnitsRepo.issueServiceCodes(
      t.store,
      actor(),
      unit.id,
      { count: 2, validDays: 7 },
      { agencyId: null },
      now,
      () => draws2.shift()!,
    );
    expect(second.codes).toEqual(['DDDD-3333', 'EEEE-4444']);
    const codes = (await scanTable(t)).filter((i) => i.type === 'SERVICE_CODE' && i.unitId === unit.id);
    expect(codes.map((i) => [i.code, i.batchId]).sort()).toEqual(
      [
        ['AAAA0000', first.id],
        ['BBBB1111', first.id],
        ['DDDD3333', second.id],
        ['EEEE4444', second.id],
      ].sort(),
    );
    // Codes are per unit: another unit may hold the same characters.
    const other = await newUnit();
    const same = await surveyUnitsRepo.issueServiceCodes(
      t.store,
      actor(),
      other.id,
      { count: 1, validDays: 1 },
      { agencyId: null },
      now,
      () => 'AAAA0000',
    );
    expect(same.codes).toEqual(['AAAA-0000']);
  });

  it('lists the batches of a unit newest first, page by page', async () => {
    const unit = await newUnit();
    const ids: string[] = [];
    for (const count of [1, 2, 3]) {
      const res = await t.call('POST', `/v1/surveys/units/${unit.id}/service-codes`, {
        token: opdKes,
        body: { count },
      });
      expect(res.status).toBe(201);
      expect(Date.parse(res.body.expiresAt) - Date.parse(res.body.createdAt)).toBe(30 * 86_400_000);
      ids.push(res.body.id);
    }
    const pages = await allPages(t, `/v1/surveys/units/${unit.id}/service-code-batches`, admin, 2);
    expect(pages.map((p) => p.length).slice(0, 2)).toEqual([2, 1]);
    const batches = pages.flat();
    expect(batches.map((b) => b.id)).toEqual([...ids].reverse());
    expect(batches.map((b) => b.count)).toEqual([3, 2, 1]);
    expect(batches[0]).toEqual({
      id: ids[2],
      unitId: unit.id,
      count: 3,
      used: 0,
      expiresAt: expect.any(String),
      createdAt: expect.any(String),
      codes: [expect.stringMatching(CODE), expect.stringMatching(CODE), expect.stringMatching(CODE)],
    });
    const empty = await newUnit();
    expect(await getJson(t, `/v1/surveys/units/${empty.id}/service-code-batches`, admin)).toEqual({
      items: [],
      nextCursor: null,
    });
    const first = await t.call('GET', `/v1/surveys/units/${unit.id}/service-code-batches?limit=1`, {
      token: admin,
    });
    expectProblem(
      await t.call(
        'GET',
        `/v1/surveys/units/${empty.id}/service-code-batches?cursor=${encodeURIComponent(first.body.nextCursor)}`,
        { token: admin },
      ),
      400,
      'bad-cursor',
    );
  });
});

describe('QR poster', () => {
  it('serves a printable HTML page with the QR code of the survey URL and the short URL', async () => {
    const unit = await newUnit({ name: 'Puskesmas <Kemiling> & "Sekitarnya"' });
    const res = await t.api.request(`/v1/surveys/units/${unit.id}/poster`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    const shortUrl = `http://localhost/s/${SLUG}/${unit.shortCode}`;
    const surveyUrl = `http://localhost/survei/${SLUG}/${unit.id}`;
    expect(html).toContain('<svg');
    expect(html).toContain(shortUrl);
    expect(html).toContain('Puskesmas &lt;Kemiling&gt; &amp; &quot;Sekitarnya&quot;');
    expect(html).not.toContain('<Kemiling>');
    expect(html).toContain('Dinas Kesehatan');
    expect(html).toContain(`Pemerintah ${SLUG}`);
    expect(html).toContain('@page { size: A4; margin: 15mm }');
    // The QR code is exactly the one of the survey URL.
    expect(html).toBe(
      await buildSurveyPoster({
        unit: { name: unit.name, agencyName: unit.agencyName },
        tenant: { name: `Pemerintah ${SLUG}` },
        surveyUrl,
        shortUrl,
      }),
    );
  });

  it('prints the configured public origin when there is one', async () => {
    const unit = await newUnit();
    t.deps.publicBaseUrl = 'https://skm.pamong.example/';
    try {
      const res = await t.call('GET', `/v1/surveys/units/${unit.id}/poster`, { token: opdKes });
      expect(res.status).toBe(200);
      expect(res.body).toContain(`https://skm.pamong.example/s/${SLUG}/${unit.shortCode}`);
      expect(res.body).toContain(`https://skm.pamong.example/survei/${SLUG}/${unit.id}`);
      expect(res.body).not.toContain('http://localhost');
    } finally {
      delete t.deps.publicBaseUrl;
    }
  });

  it('is declared as text/html in the OpenAPI document', async () => {
    const doc = (await (await t.api.request('/openapi.json')).json()) as any;
    const op = doc.paths['/v1/surveys/units/{unitId}/poster'].get;
    expect(op.operationId).toBe('getSurveyUnitPoster');
    expect(op.responses['200'].content['text/html'].schema).toEqual({ type: 'string' });
    expectProblem(
      await t.call('GET', `/v1/surveys/units/${UNKNOWN_ID}/poster`, { token: admin }),
      404,
      'not-found',
    );
  });
});

describe('suggestions and moderation', () => {
  it('lists pending suggestions, hides with a reason and shows again, each audited', async () => {
    const unit = await newUnit();
    const base = Date.parse('2026-03-10T03:00:00.000Z');
    const a = await putResponse(unit, new Date(base), {
      suggestion: 'Ruang tunggu panas',
      serviceType: 'KTP',
    });
    const b = await putResponse(unit, new Date(base + 1000), { suggestion: 'Petugas ramah sekali' });
    await putResponse(unit, new Date(base + 2000));
    const c = await putResponse(unit, new Date(base + 3000), { suggestion: 'Kata-kata kasar di sini' });

    const all = (await allPages(t, `/v1/surveys/units/${unit.id}/suggestions`, admin, 2)).flat();
    expect(all.map((s) => s.responseId)).toEqual([a.id, b.id, c.id]);
    expect(all[0]).toEqual({
      responseId: a.id,
      unitId: unit.id,
      month: '2026-03',
      text: 'Ruang tunggu panas',
      status: 'pending',
      submittedAt: new Date(base).toISOString(),
      serviceType: 'KTP',
      verified: false,
      moderatedAt: null,
      moderationReason: null,
    });

    const hide = await t.call('POST', `/v1/surveys/units/${unit.id}/suggestions/${c.id}/moderation`, {
      token: opdKes,
      body: { action: 'hide', reason: '  Bahasa kasar ' },
    });
    expect(hide.status, JSON.stringify(hide.body)).toBe(200);
    expect(hide.body).toMatchObject({ responseId: c.id, status: 'hidden', moderationReason: 'Bahasa kasar' });
    expect(Date.parse(hide.body.moderatedAt)).not.toBeNaN();

    const show = await t.call('POST', `/v1/surveys/units/${unit.id}/suggestions/${b.id}/moderation`, {
      token: admin,
      body: { action: 'show' },
    });
    expect(show.body).toMatchObject({ responseId: b.id, status: 'visible', moderationReason: null });

    const byStatus = async (status: string) =>
      (await allPages(t, `/v1/surveys/units/${unit.id}/suggestions?status=${status}`, admin, 100))
        .flat()
        .map((s) => s.responseId);
    expect(await byStatus('pending')).toEqual([a.id]);
    expect(await byStatus('hidden')).toEqual([c.id]);
    expect(await byStatus('visible')).toEqual([b.id]);
    const hidden = (
      await allPages(t, `/v1/surveys/units/${unit.id}/suggestions?status=hidden`, admin, 10)
    ).flat();
    expect(hidden[0]).toEqual(hide.body);

    const [hideEntry] = await auditOf('surveySuggestion', c.id);
    expect(hideEntry).toMatchObject({
      action: 'survey.suggestion.hide',
      actor: { role: 'agency-admin' },
      changes: {
        status: { before: 'pending', after: 'hidden' },
        moderationReason: { before: null, after: 'Bahasa kasar' },
      },
    });
    const [showEntry] = await auditOf('surveySuggestion', b.id);
    expect(showEntry).toMatchObject({
      action: 'survey.suggestion.show',
      changes: { status: { before: 'pending', after: 'visible' } },
    });

    // Shown again after hiding: the reason goes, the audit keeps it as "before".
    const reshow = await t.call('POST', `/v1/surveys/units/${unit.id}/suggestions/${c.id}/moderation`, {
      token: admin,
      body: { action: 'show' },
    });
    expect(reshow.body).toMatchObject({ status: 'visible', moderationReason: null });
    const [reshowEntry] = await auditOf('surveySuggestion', c.id);
    expect(reshowEntry.changes).toEqual({
      status: { before: 'hidden', after: 'visible' },
      moderationReason: { before: 'Bahasa kasar', after: null },
    });
    expect(await byStatus('hidden')).toEqual([]);
  });

  it('finds the response month in the tenant time zone (UTC evening of the 31st is next month in Jakarta)', async () => {
    const unit = await newUnit();
    const at = new Date('2026-01-31T18:30:00.000Z');
    const r = await putResponse(unit, at, { suggestion: 'Parkir sempit' });
    expect(r.month).toBe('2026-02');
    const res = await t.call('POST', `/v1/surveys/units/${unit.id}/suggestions/${r.id}/moderation`, {
      token: admin,
      body: { action: 'hide', reason: 'Uji zona waktu' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ month: '2026-02', status: 'hidden' });
  });

  it('moderates a suggestion submitted through the public survey', async () => {
    const unit = await newUnit({ serviceTypes: ['Rawat Jalan'] });
    const sent = await t.call('POST', `/v1/public/${SLUG}/survey-units/${unit.id}/responses`, {
      body: {
        answers: ANSWERS,
        respondent: RESPONDENT,
        serviceType: 'Rawat Jalan',
        suggestion: 'Tolong tambah kursi',
      },
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const [pending] = (
      await allPages(t, `/v1/surveys/units/${unit.id}/suggestions?status=pending`, admin, 10)
    ).flat();
    expect(pending).toMatchObject({
      responseId: sent.body.id,
      text: 'Tolong tambah kursi',
      serviceType: 'Rawat Jalan',
    });
    const res = await t.call('POST', `/v1/surveys/units/${unit.id}/suggestions/${sent.body.id}/moderation`, {
      token: admin,
      body: { action: 'show' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.status).toBe('visible');
  });

  it('gives one 200 and one 409 when two moderators act on the same suggestion at once', async () => {
    const unit = await newUnit();
    const r = await putResponse(unit, new Date(), { suggestion: 'Spam spam spam' });
    for (const bodies of [
      [
        { action: 'hide', reason: 'Spam' },
        { action: 'hide', reason: 'Iklan' },
      ],
      [{ action: 'show' }, { action: 'hide', reason: 'Tetap spam' }],
    ]) {
      raceWrites(2);
      const results = await Promise.all(
        bodies.map((body, i) =>
          t.call('POST', `/v1/surveys/units/${unit.id}/suggestions/${r.id}/moderation`, {
            token: i === 0 ? admin : opdKes,
            body,
          }),
        ),
      );
      expect(results.map((x) => x.status).sort()).toEqual([200, 409]);
      const loser = results.find((x) => x.status === 409)!;
      expectProblem(loser, 409, 'conflict');
      vi.restoreAllMocks();
      const winner = results.find((x) => x.status === 200)!.body;
      const [now] = (
        await allPages(t, `/v1/surveys/units/${unit.id}/suggestions?status=${winner.status}`, admin, 10)
      ).flat();
      expect(now).toEqual(winner);
    }
    expect(await auditOf('surveySuggestion', r.id)).toHaveLength(2);
  });

  it('answers 404 for an unknown response, a response without a suggestion or of another unit, and 400 for bad input', async () => {
    const unit = await newUnit();
    const other = await newUnit();
    const plain = await putResponse(unit, new Date('2026-03-05T00:00:00Z'));
    const elsewhere = await putResponse(other, new Date('2026-03-05T00:00:01Z'), {
      suggestion: 'Di unit lain',
    });
    const mine = await putResponse(unit, new Date('2026-03-05T00:00:02Z'), { suggestion: 'Punya unit ini' });
    const before = await tableSnapshot(t);
    const moderate = (unitId: string, responseId: string, body: unknown = { action: 'hide', reason: 'x' }) =>
      t.call('POST', `/v1/surveys/units/${unitId}/suggestions/${responseId}/moderation`, {
        token: admin,
        body,
      });
    for (const responseId of [UNKNOWN_ID, plain.id, elsewhere.id, ulid(), 'ZZZZZZZZZZZZZZZZZZZZZZZZZZ']) {
      const res = await moderate(unit.id, responseId);
      expectProblem(res, 404, 'not-found');
      expect(res.body.detail).toMatch(/Suggestion/);
    }
    expectProblem(await moderate(UNKNOWN_ID, mine.id), 404, 'not-found');
    for (const [body, paths] of [
      [{ action: 'hide' }, ['reason']],
      [{ action: 'hide', reason: '   ' }, ['reason']],
      [{ action: 'hide', reason: 'x'.repeat(501) }, ['reason']],
      [{ action: 'delete', reason: 'x' }, ['action']],
      [{}, ['action']],
      [{ action: 'show', status: 'visible' }, ['status']],
    ] as const) {
      expectProblem(await moderate(unit.id, mine.id, body), 400, 'validation', [...paths]);
    }
    expectProblem(await moderate(unit.id, 'bukan-ulid'), 400, 'validation', ['responseId']);
    for (const q of ['status=deleted', 'limit=0']) {
      expectProblem(
        await t.call('GET', `/v1/surveys/units/${unit.id}/suggestions?${q}`, { token: admin }),
        400,
        'validation',
        [q.split('=')[0]!],
      );
    }
    expectProblem(
      await t.call('GET', `/v1/surveys/units/${UNKNOWN_ID}/suggestions`, { token: admin }),
      404,
      'not-found',
    );
    expect(await tableSnapshot(t)).toEqual(before);
  });
});
