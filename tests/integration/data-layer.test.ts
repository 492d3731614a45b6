import { DescribeTimeToLiveCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { countDynamoCalls, newId, TABLE } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import * as usersRepo from '@pamong/db/repos/users';
import {
  type AppEnv,
  createFunctionApp,
  defineRoute,
  IDEMPOTENCY_TTL_SECONDS,
  jsonContent,
  type RouteApp,
} from '@pamong/http';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import * as z from 'zod';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import { LOCAL_CREDENTIALS } from '../support/dynamo';
import { createAgency, createUnit, createUser, expectProblem, getJson, scanTable } from './helpers';

const TENANT_PK = /^T#[0-9A-HJKMNP-TV-Z]{26}#/;

let t: TestApi;
let admin: string;
let tenantId: string;

beforeAll(async () => {
  t = await createTestApi();
  ({ adminToken: admin, tenantId } = await createTenantViaApi(t, 'lapisan-data'));
});

describe('DynamoDB calls per request', () => {
  let agencyId: string;
  let userId: string;

  beforeAll(async () => {
    const a = await createAgency(t, admin, 'Dinas Hitung');
    agencyId = a.id;
    await createAgency(t, admin, 'Dinas Hitung Dua');
    await createAgency(t, admin, 'Dinas Hitung Tiga');
    await createUnit(t, admin, agencyId, 'Seksi Hitung');
    userId = (await createUser(t, admin, { username: 'hitung.panggilan', role: 'employee', agencyId })).id;
  });

  /** Counts the calls of one request, after a warm-up request has filled the tenant cache. */
  async function callsOf(method: string, path: string, token = admin) {
    expect((await t.call('GET', '/v1/me', { token })).status).toBe(200);
    const { result, calls } = await countDynamoCalls(() => t.call(method, path, { token }));
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    return { body: result.body, calls };
  }

  it('reads one agency with one GetItem', async () => {
    const { body, calls } = await callsOf('GET', `/v1/agencies/${agencyId}`);
    expect(body.id).toBe(agencyId);
    expect(calls).toEqual({ total: 1, byCommand: { GetItem: 1 } });
  });

  it('reads one page of agencies with one Query', async () => {
    const { body, calls } = await callsOf('GET', '/v1/agencies?limit=2');
    expect(body.items).toHaveLength(2);
    expect(body.nextCursor).toEqual(expect.any(String));
    expect(calls).toEqual({ total: 1, byCommand: { Query: 1 } });
    const next = await callsOf('GET', `/v1/agencies?limit=2&cursor=${encodeURIComponent(body.nextCursor)}`);
    expect(next.calls).toEqual({ total: 1, byCommand: { Query: 1 } });
  });

  it('reads one user with one GetItem', async () => {
    const { body, calls } = await callsOf('GET', `/v1/users/${userId}`);
    expect(body.id).toBe(userId);
    expect(calls).toEqual({ total: 1, byCommand: { GetItem: 1 } });
  });

  it('needs one call for a page of units or users, and for who-am-I', async () => {
    for (const path of [`/v1/agencies/${agencyId}/units`, '/v1/users?limit=2', '/v1/me']) {
      const { calls } = await callsOf('GET', path);
      expect(calls.total, path).toBe(1);
    }
    // An agency's first page of users also reads the agency's user count for the total (pattern 48).
    const { calls } = await callsOf('GET', `/v1/users?agencyId=${agencyId}`);
    expect(calls).toEqual({ total: 2, byCommand: { Query: 1, GetItem: 1 } });
  });

  it('reads a page of audit entries with one Query and one BatchGetItem of the names it refers to', async () => {
    const { body, calls } = await callsOf('GET', '/v1/audit?limit=5');
    expect(body.items).toHaveLength(5);
    expect(Object.keys(body.names).length).toBeGreaterThan(0);
    expect(calls).toEqual({ total: 2, byCommand: { Query: 1, BatchGetItem: 1 } });
  });

  it('counts the tenant lookup only when the cache is cold', async () => {
    const { calls: warm } = await callsOf('GET', `/v1/agencies/${agencyId}`);
    const { clearTenantCache } = await import('@pamong/http');
    clearTenantCache();
    const { calls: cold } = await countDynamoCalls(() =>
      t.call('GET', `/v1/agencies/${agencyId}`, { token: admin }),
    );
    expect(cold.total).toBe(warm.total + 1);
  });

  it('keeps concurrent requests counted apart', async () => {
    await t.call('GET', '/v1/me', { token: admin });
    const [one, many] = await Promise.all([
      countDynamoCalls(() => t.call('GET', `/v1/agencies/${agencyId}`, { token: admin })),
      countDynamoCalls(async () => {
        for (let i = 0; i < 3; i++) await t.call('GET', '/v1/agencies', { token: admin });
      }),
    ]);
    expect(one.calls.total).toBe(1);
    expect(many.calls).toEqual({ total: 3, byCommand: { Query: 3 } });
  });
});

describe('optimistic locking under a real race', () => {
  it('lets exactly one of several concurrent agency renames win; the others get 409', async () => {
    const a = await createAgency(t, admin, 'Dinas Balapan');
    const names = ['Dinas Balapan A', 'Dinas Balapan B', 'Dinas Balapan C', 'Dinas Balapan D'];
    const results = await Promise.all(
      names.map((name) =>
        t.call('PATCH', `/v1/agencies/${a.id}`, { token: admin, body: { name, version: 1 } }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409]);
    for (const r of results.filter((x) => x.status === 409))
      expectProblem(r, 409, r.body.type.endsWith('version-conflict') ? 'version-conflict' : 'conflict');
    const winner = results.find((r) => r.status === 200)!.body.name;
    expect(await getJson(t, `/v1/agencies/${a.id}`, admin)).toMatchObject({ name: winner, version: 2 });

    // Only the winner's name guard exists for this agency; the losers left none behind.
    const guards = (await scanTable(t)).filter((i) => i.type === 'AGENCY_NAME' && i.agencyId === a.id);
    expect(guards.map((g) => g.pk)).toEqual([keys.agencyName(tenantId, winner).pk]);
    for (const loser of names.filter((n) => n !== winner)) await createAgency(t, admin, loser);
    const audit = (await t.call('GET', `/v1/audit?entityType=agency&entityId=${a.id}`, { token: admin })).body
      .items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['agency.update', 'agency.create']);
  });

  it('refuses a stale write in DynamoDB itself, not only in the pre-read check', async () => {
    // changeUser takes the `before` it was given, so both writers skip past the read and only the
    // `version = :v` condition on the write can stop the second one.
    const a = await createAgency(t, admin, 'Dinas Kondisi');
    const u = await createUser(t, admin, { username: 'kondisi.user', role: 'employee', agencyId: a.id });
    const store = await t.deps.stores.forTenant(tenantId);
    const before = await usersRepo.getUser(store, tenantId, u.id, true);
    const actor = { tenantId, sub: 'test', role: 'tenant-admin', requestId: 'race-req-0001' };
    const outcomes = await Promise.allSettled([
      usersRepo.changeUser(store, actor, before, { name: 'Penulis Satu' }, 1, new Date(), 'user.update'),
      usersRepo.changeUser(store, actor, before, { name: 'Penulis Dua' }, 1, new Date(), 'user.update'),
    ]);
    const ok = outcomes.filter((o) => o.status === 'fulfilled');
    const failed = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.reason).toMatchObject({ status: 409 });
    const winner = (ok[0] as PromiseFulfilledResult<{ name: string }>).value.name;
    expect(await getJson(t, `/v1/users/${u.id}`, admin)).toMatchObject({ name: winner, version: 2 });
    // Sequentially, the stale writer is refused by the condition with a version conflict.
    await expect(
      usersRepo.changeUser(store, actor, before, { name: 'Basi' }, 1, new Date(), 'user.update'),
    ).rejects.toMatchObject({
      status: 409,
      type: 'version-conflict',
    });
    const entries = (await t.call('GET', `/v1/audit?entityType=user&entityId=${u.id}`, { token: admin })).body
      .items;
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['user.update', 'user.create']);
  });

  it('lets exactly one of two concurrent user updates win', async () => {
    const a = await createAgency(t, admin, 'Dinas Balapan Pengguna');
    const u = await createUser(t, admin, { username: 'balapan.user', role: 'employee', agencyId: a.id });
    const results = await Promise.all([
      t.call('PATCH', `/v1/users/${u.id}`, { token: admin, body: { name: 'Nama Satu', version: 1 } }),
      t.call('PATCH', `/v1/users/${u.id}`, { token: admin, body: { name: 'Nama Dua', version: 1 } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!.body.name;
    expect(await getJson(t, `/v1/users/${u.id}`, admin)).toMatchObject({ name: winner, version: 2 });
  });
});

describe('keys', () => {
  it('puts every partition key, on the table and on each GSI, under T#<ULID># or PLATFORM#', async () => {
    const other = await createTenantViaApi(t, 'lapisan-lain');
    // The same agency name and username in two tenants: separate guard items.
    const mine = await createAgency(t, admin, 'Dinas Kembar');
    const theirs = await createAgency(t, other.adminToken, 'Dinas Kembar');
    await createUser(t, admin, { username: 'sama.nama', role: 'employee', agencyId: mine.id });
    await createUser(t, other.adminToken, { username: 'sama.nama', role: 'employee', agencyId: theirs.id });

    const items = await scanTable(t);
    expect(items.length).toBeGreaterThan(30);
    const pkAttrs = [TABLE.partitionKey, ...TABLE.indexes.map((i) => i.partitionKey)];
    for (const item of items) {
      for (const attr of pkAttrs) {
        const v = item[attr];
        if (v === undefined) continue;
        expect(
          typeof v === 'string' && (TENANT_PK.test(v) || v.startsWith('PLATFORM#')),
          `${attr}=${v}`,
        ).toBe(true);
      }
    }
    for (const [tid, agencyId] of [
      [tenantId, mine.id],
      [other.tenantId, theirs.id],
    ] as const) {
      const guard = items.find((i) => i.type === 'AGENCY_NAME' && i.agencyId === agencyId);
      expect(guard?.pk).toBe(`T#${tid}#AGENCYNAME#dinas kembar`);
      const login = items.find((i) => i.type === 'LOGIN' && i.username === 'sama.nama' && i.tenantId === tid);
      expect(login?.pk).toBe(`T#${tid}#LOGIN#sama.nama`);
    }
    // Tenant data never sits under PLATFORM#; only the registry, slugs, platform logins and audit do.
    const platformTypes = new Set(items.filter((i) => i.pk.startsWith('PLATFORM#')).map((i) => i.type));
    expect([...platformTypes].sort()).toEqual(['AUDIT', 'LOGIN', 'TENANT', 'TENANT_SLUG', 'USER']);
    for (const i of items.filter((x) => x.pk.startsWith('PLATFORM#') && x.type === 'USER'))
      expect(i.pk).toMatch(/^PLATFORM#USER#/);
  });

  it('has the TTL attribute enabled on the table', async () => {
    const raw = new DynamoDBClient({
      endpoint: inject('dynamoEndpoint'),
      region: 'local',
      credentials: LOCAL_CREDENTIALS,
    });
    const out = await raw.send(new DescribeTimeToLiveCommand({ TableName: t.tableName }));
    raw.destroy();
    expect(out.TimeToLiveDescription).toMatchObject({
      TimeToLiveStatus: 'ENABLED',
      AttributeName: TABLE.ttlAttribute,
    });
  });
});

describe('idempotency', () => {
  let app: RouteApp;
  let clock = Date.parse('2026-04-01T00:00:00.000Z');
  let failNext = false;
  let gate: Promise<void> | undefined;
  let entered: (() => void) | undefined;

  const thing = z.object({ name: z.string().min(1).max(50) });
  const made = z.object({ id: z.string(), name: z.string() });

  let publicTenantId: string;

  beforeAll(async () => {
    publicTenantId = (await createTenantViaApi(t, 'publik-idem')).tenantId;
    app = createFunctionApp({ ...t.deps, now: () => new Date(clock) });
    const write = async (store: NonNullable<AppEnv['Variables']['store']>, pk: string, name: string) => {
      entered?.();
      if (gate) await gate;
      if (failNext) {
        failNext = false;
        throw new Error('the first attempt fails');
      }
      const id = newId();
      await store.doc.send(
        new PutCommand({
          TableName: store.tableName,
          Item: { pk, sk: `THING#${id}`, type: 'TEST_THING', name },
        }),
      );
      return { id, name };
    };
    app.openapi(
      defineRoute(
        'public',
        {
          method: 'post',
          path: '/v1/test/things',
          operationId: 'createThing',
          summary: 'Test-only public POST',
          request: { body: { content: { 'application/json': { schema: thing } }, required: true } },
          responses: { 201: jsonContent(made, 'made') },
        },
        { idempotent: true },
      ),
      async (c) =>
        c.json(await write(t.deps.stores.platform(), 'PLATFORM#TEST_THINGS', c.req.valid('json').name), 201),
    );
    app.openapi(
      defineRoute(
        'public',
        {
          method: 'post',
          path: '/v1/test/{tenant}/things',
          operationId: 'createTenantThing',
          summary: 'Test-only public POST on a tenant slug',
          request: {
            params: z.object({ tenant: z.string() }),
            body: { content: { 'application/json': { schema: thing } }, required: true },
          },
          responses: { 201: jsonContent(made, 'made') },
        },
        { idempotent: true },
      ),
      async (c) =>
        c.json(await write(c.var.store!, `T#${c.var.tenant!.id}#TEST_THINGS`, c.req.valid('json').name), 201),
    );
  });

  async function post(path: string, body: unknown, key?: string) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (key !== undefined) headers['idempotency-key'] = key;
    const res = await app.request(path, { method: 'POST', headers, body: JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, body: text ? JSON.parse(text) : null };
  }
  const things = async (pkPrefix: string) =>
    (await scanTable(t)).filter((i) => i.type === 'TEST_THING' && i.pk.startsWith(pkPrefix));

  it('replays the first answer for the same key and writes once', async () => {
    const first = await post('/v1/test/things', { name: 'satu' }, 'key-same-0001');
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const second = await post('/v1/test/things', { name: 'satu' }, 'key-same-0001');
    expect(second.status).toBe(201);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await things('PLATFORM#TEST_THINGS')).filter((i) => i.name === 'satu')).toHaveLength(1);

    const record = (await scanTable(t)).find(
      (i) => i.pk === keys.idempotency('PLATFORM', 'createThing', 'key-same-0001').pk,
    );
    expect(record).toMatchObject({ state: 'completed', status: 201 });
    expect(record![TABLE.ttlAttribute]).toBe(Math.floor(clock / 1000) + IDEMPOTENCY_TTL_SECONDS);
  });

  it('writes every time without a key, and separately for different keys', async () => {
    await post('/v1/test/things', { name: 'tanpa-kunci' });
    await post('/v1/test/things', { name: 'tanpa-kunci' });
    await post('/v1/test/things', { name: 'tanpa-kunci' }, 'key-diff-0001');
    await post('/v1/test/things', { name: 'tanpa-kunci' }, 'key-diff-0002');
    expect((await things('PLATFORM#TEST_THINGS')).filter((i) => i.name === 'tanpa-kunci')).toHaveLength(4);
  });

  it('refuses the same key with a different body with 422 and writes nothing', async () => {
    await post('/v1/test/things', { name: 'asli' }, 'key-reuse-0001');
    const before = await things('PLATFORM#TEST_THINGS');
    const res = await post('/v1/test/things', { name: 'palsu' }, 'key-reuse-0001');
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.body.status).toBe(422);
    expect(await things('PLATFORM#TEST_THINGS')).toEqual(before);
  });

  it('releases the key when the first attempt fails, so a retry runs', async () => {
    failNext = true;
    const failed = await post('/v1/test/things', { name: 'coba-lagi' }, 'key-retry-0001');
    expectProblem(failed, 500, 'internal');
    expect(
      await things('PLATFORM#TEST_THINGS').then((x) => x.filter((i) => i.name === 'coba-lagi')),
    ).toHaveLength(0);
    const retry = await post('/v1/test/things', { name: 'coba-lagi' }, 'key-retry-0001');
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    const replay = await post('/v1/test/things', { name: 'coba-lagi' }, 'key-retry-0001');
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.text).toBe(retry.text);
    expect((await things('PLATFORM#TEST_THINGS')).filter((i) => i.name === 'coba-lagi')).toHaveLength(1);

    // A 400 is not stored either: the corrected request with the same key goes through.
    const bad = await post('/v1/test/things', { name: '' }, 'key-retry-0002');
    expectProblem(bad, 400, 'validation', ['name']);
    const good = await post('/v1/test/things', { name: 'diperbaiki' }, 'key-retry-0002');
    expect(good.status).toBe(201);
    expect(good.headers.get('idempotent-replayed')).toBeNull();
  });

  it('refuses an invalid key with 400 and runs nothing', async () => {
    const before = await things('PLATFORM#TEST_THINGS');
    for (const key of ['short', 'has space in key', 'x'.repeat(129), 'semi;colon;key', '']) {
      const res = await post('/v1/test/things', { name: 'kunci-buruk' }, key);
      expectProblem(res, 400, 'validation', ['Idempotency-Key']);
    }
    expect(await things('PLATFORM#TEST_THINGS')).toEqual(before);
  });

  it('answers 409 while the first request with the key is still running', async () => {
    let open!: () => void;
    gate = new Promise<void>((r) => {
      open = r;
    });
    // The handler runs only after the key is claimed, so once it is inside, the key is taken.
    const inside = new Promise<void>((r) => {
      entered = r;
    });
    const first = post('/v1/test/things', { name: 'lambat' }, 'key-slow-0001');
    await inside;
    entered = undefined;
    const second = await post('/v1/test/things', { name: 'lambat' }, 'key-slow-0001');
    open();
    gate = undefined;
    expect((await first).status).toBe(201);
    expectProblem(second, 409, 'conflict');
    // Told to come back when the claim's lease (10 s outside Lambda) runs out at the latest.
    expect(second.headers.get('retry-after')).toBe('10');
    expect((await things('PLATFORM#TEST_THINGS')).filter((i) => i.name === 'lambat')).toHaveLength(1);
  });

  it('forgets a key after 24 hours', async () => {
    const first = await post('/v1/test/things', { name: 'kemarin' }, 'key-old-00001');
    expect(first.status).toBe(201);
    clock += (IDEMPOTENCY_TTL_SECONDS + 60) * 1000;
    const later = await post('/v1/test/things', { name: 'hari-ini' }, 'key-old-00001');
    expect(later.status).toBe(201);
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect(later.body.name).toBe('hari-ini');
  });

  it('keeps tenant-scoped keys under the tenant prefix and apart per tenant', async () => {
    const other = await createTenantViaApi(t, 'publik-idem-dua');
    const a = await post('/v1/test/publik-idem/things', { name: 'warga' }, 'key-tenant-0001');
    const b = await post('/v1/test/publik-idem-dua/things', { name: 'warga' }, 'key-tenant-0001');
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
    expect(a.body.id).not.toBe(b.body.id);
    const records = (await scanTable(t)).filter(
      (i) => i.type === 'IDEMPOTENCY' && i.pk.includes('key-tenant-0001'),
    );
    expect(records.map((r) => r.pk).sort()).toEqual(
      [
        keys.idempotency(publicTenantId, 'createTenantThing', 'key-tenant-0001').pk,
        keys.idempotency(other.tenantId, 'createTenantThing', 'key-tenant-0001').pk,
      ].sort(),
    );
    for (const r of records) expect(r.pk).toMatch(TENANT_PK);
    expect((await things(`T#${publicTenantId}#`)).filter((i) => i.name === 'warga')).toHaveLength(1);
    const replay = await post('/v1/test/publik-idem/things', { name: 'warga' }, 'key-tenant-0001');
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.text).toBe(a.text);
    expect(await post('/v1/test/tidak-ada/things', { name: 'warga' }, 'key-tenant-0002')).toMatchObject({
      status: 404,
    });
  });
});
