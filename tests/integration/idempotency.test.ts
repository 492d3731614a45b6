import { createHash, randomInt } from 'node:crypto';
import { PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ELEMENT_CODES, PLATFORM_TENANT_ID, type SurveyUnit } from '@pamong/core';
import { countDynamoCalls, newId, TABLE } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import * as idempotencyRepo from '@pamong/db/repos/idempotency';
import {
  type AppEnv,
  clearTenantCache,
  createFunctionApp,
  DEFAULT_IDEMPOTENCY_LEASE_MS,
  defineRoute,
  jsonContent,
  LAMBDA_LEASE_MARGIN_MS,
  type RouteApp,
} from '@pamong/http';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import { createAgency, expectProblem, type Res, scanTable } from './helpers';

/**
 * Issue 10 point 8: a request killed between claiming its Idempotency-Key and finishing must not
 * lock the key for 24 h. A claim holds for a lease (the invocation's remaining time in Lambda,
 * 10 s elsewhere); the survey submission stores its answer in its own transaction and claims
 * nothing beforehand.
 */
let clock = Date.parse('2026-05-13T03:20:00.000Z');
let t: TestApi;

beforeAll(async () => {
  t = await createTestApi({ now: () => new Date(clock) });
});

afterEach(() => {
  vi.restoreAllMocks();
});

type Outcome = 'write' | 'fail';

/** What a test route's handler does: hold the next request inside until told (never = killed). */
interface Held {
  entered: Promise<void>;
  resume(outcome: Outcome): void;
}

describe('a claim under lease (routes declared idempotent)', () => {
  let app: RouteApp;
  let entries = 0;
  let held: { enter: () => void; outcome: Promise<Outcome> } | undefined;

  function holdNext(): Held {
    let enter!: () => void;
    let resume!: (o: Outcome) => void;
    const entered = new Promise<void>((r) => {
      enter = r;
    });
    held = { enter, outcome: new Promise<Outcome>((r) => (resume = r)) };
    return { entered, resume };
  }

  const thing = z.object({ name: z.string().min(1).max(50) });
  const made = z.object({ id: z.string(), name: z.string() });
  const PK = 'PLATFORM#LEASED_THINGS';

  function leasedApp(extra: { idempotencyLeaseMs?: number } = {}): RouteApp {
    const a = createFunctionApp({ ...t.deps, ...extra });
    a.openapi(
      defineRoute(
        'public',
        {
          method: 'post',
          path: '/v1/test/leased',
          operationId: 'createLeasedThing',
          summary: 'Test-only public POST',
          request: { body: { content: { 'application/json': { schema: thing } }, required: true } },
          responses: { 201: jsonContent(made, 'made') },
        },
        { idempotent: true },
      ),
      async (c) => {
        entries += 1;
        const h = held;
        held = undefined;
        if (h) {
          h.enter();
          if ((await h.outcome) === 'fail') throw new Error('the process died');
        }
        const store = t.deps.stores.platform();
        const id = newId();
        const { name } = c.req.valid('json');
        await store.doc.send(
          new PutCommand({
            TableName: store.tableName,
            Item: { pk: PK, sk: `THING#${id}`, type: 'TEST_THING', name },
          }),
        );
        return c.json({ id, name }, 201);
      },
    );
    return a;
  }

  beforeAll(() => {
    app = leasedApp();
  });

  async function post(a: RouteApp, name: string, key: string, env?: AppEnv['Bindings']): Promise<Res> {
    const res = await a.request(
      '/v1/test/leased',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify({ name }),
      },
      env,
    );
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
  }
  const things = async (name: string) => (await scanTable(t)).filter((i) => i.pk === PK && i.name === name);
  const record = (key: string, scope = 'createLeasedThing') =>
    idempotencyRepo.getRecord(t.store, { tenantId: PLATFORM_TENANT_ID, scope, key, requestHash: '' });

  it('answers 409 with Retry-After until the lease of a killed request runs out, then runs the retry once', async () => {
    const key = 'key-killed-0001';
    const killed = holdNext();
    const first = post(app, 'mati', key); // its process is killed: it never answers
    await killed.entered;
    const claimedAt = clock;
    expect(await record(key)).toMatchObject({
      state: 'in-progress',
      leaseUntil: claimedAt + DEFAULT_IDEMPOTENCY_LEASE_MS,
      [TABLE.ttlAttribute]: Math.floor(claimedAt / 1000) + idempotencyRepo.IDEMPOTENCY_TTL_SECONDS,
    });

    // Retries within the lease: 409, told how long the claim can still hold.
    for (const [after, retryAfter] of [
      [0, '10'],
      [4_000, '6'],
      [9_500, '1'],
      [DEFAULT_IDEMPOTENCY_LEASE_MS, '1'],
    ] as const) {
      clock = claimedAt + after;
      const res = await post(app, 'mati', key);
      expectProblem(res, 409, 'conflict');
      expect(res.body.detail).toMatch(/Idempotency-Key/);
      expect(res.headers.get('retry-after')).toBe(retryAfter);
    }
    expect(entries).toBe(1);

    // After the lease the retry takes the key over, runs and is stored.
    clock = claimedAt + DEFAULT_IDEMPOTENCY_LEASE_MS + 1;
    const retry = await post(app, 'mati', key);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    expect(entries).toBe(2);
    const replay = await post(app, 'mati', key);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(retry.body);
    expect(await things('mati')).toHaveLength(1);
    expect(await record(key)).toMatchObject({ state: 'completed', status: 201 });
    expect(await record(key)).not.toHaveProperty('leaseUntil');

    // Were the first request only stalled, its late failure does not release the retry's answer.
    killed.resume('fail');
    expect((await first).status).toBe(500);
    expect(await record(key)).toMatchObject({ state: 'completed', status: 201 });
    expect((await post(app, 'mati', key)).body).toEqual(retry.body);
  });

  it('keeps the answer of the retry that took over when the stalled first request finishes late', async () => {
    const key = 'key-stalled-001';
    const stalled = holdNext();
    const first = post(app, 'lambat', key);
    await stalled.entered;
    clock += DEFAULT_IDEMPOTENCY_LEASE_MS + 1;
    const retry = await post(app, 'lambat', key);
    expect(retry.status).toBe(201);
    stalled.resume('write');
    const late = await first;
    expect(late.status).toBe(201);
    expect(late.body.id).not.toBe(retry.body.id);
    const replay = await post(app, 'lambat', key);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(retry.body);
  });

  it('lets exactly one of two concurrent retries take over an expired claim', async () => {
    const key = 'key-pair-000001';
    const killed = holdNext();
    void post(app, 'berdua', key);
    await killed.entered;
    clock += DEFAULT_IDEMPOTENCY_LEASE_MS + 1;
    const before = entries;

    const winner = holdNext();
    const a = post(app, 'berdua', key);
    const b = post(app, 'berdua', key);
    await winner.entered;
    // The other one answers while the winner still runs: the key is the winner's now.
    const loser = await Promise.race([a, b]);
    expectProblem(loser, 409, 'conflict');
    expect(loser.headers.get('retry-after')).toBe(String(DEFAULT_IDEMPOTENCY_LEASE_MS / 1000));
    winner.resume('write');
    expect([(await a).status, (await b).status].sort()).toEqual([201, 409]);
    expect(entries - before).toBe(1);
    expect(await things('berdua')).toHaveLength(1);
  });

  it('leases for the remaining time of the Lambda invocation, and for deps.idempotencyLeaseMs elsewhere', async () => {
    const key = 'key-lambda-0001';
    const killed = holdNext();
    const env = { lambdaContext: { getRemainingTimeInMillis: () => 4_000 } };
    void post(app, 'lambda', key, env);
    await killed.entered;
    const claimedAt = clock;
    const lease = 4_000 + LAMBDA_LEASE_MARGIN_MS;
    expect((await record(key))?.leaseUntil).toBe(claimedAt + lease);
    clock = claimedAt + lease - 1;
    expect((await post(app, 'lambda', key, env)).status).toBe(409);
    clock = claimedAt + lease + 1;
    expect((await post(app, 'lambda', key, env)).status).toBe(201);
    expect(await things('lambda')).toHaveLength(1);

    const short = leasedApp({ idempotencyLeaseMs: 2_000 });
    const killedToo = holdNext();
    void post(short, 'pendek', 'key-short-00001');
    await killedToo.entered;
    expect((await record('key-short-00001'))?.leaseUntil).toBe(clock + 2_000);
    clock += 2_001;
    expect((await post(short, 'pendek', 'key-short-00001')).status).toBe(201);
  });
});

describe('the survey submission: the answer is stored in the transaction of the submission', () => {
  const SLUG = 'idem-survei';
  let tenantId: string;
  let unit: SurveyUnit;

  const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const randomKey = (prefix: string) =>
    `${prefix}-${Array.from({ length: 12 }, () => CROCKFORD[randomInt(32)]).join('')}`;
  const response = (over: Record<string, unknown> = {}) => ({
    answers: Object.fromEntries(ELEMENT_CODES.map((c, i) => [c, 1 + (i % 4)])),
    respondent: { gender: 'L', age: 40, education: 'SMA', occupation: 'Wirausaha' },
    ...over,
  });
  const path = (unitId: string) => `/v1/public/${SLUG}/survey-units/${unitId}/responses`;

  async function submit(unitId: string, body: unknown, key: string): Promise<Res> {
    const res = await t.api.request(path(unitId), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
  }
  const responsesOf = async (unitId: string) =>
    (await scanTable(t)).filter((i) => i.type === 'SURVEY_RESPONSE' && i.unitId === unitId);
  const answerOf = (key: string) =>
    idempotencyRepo.getRecord(t.store, { tenantId, scope: 'submitSurveyResponse', key, requestHash: '' });

  async function newUnit(verification: 'off' | 'optional' = 'off'): Promise<SurveyUnit> {
    const res = await t.call('POST', '/v1/surveys/units', {
      token: admin,
      body: { agencyId, name: `Loket ${randomKey('u')}`, verification },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  let admin: string;
  let agencyId: string;

  beforeAll(async () => {
    ({ tenantId, adminToken: admin } = await createTenantViaApi(t, SLUG));
    agencyId = (await createAgency(t, admin, 'Dinas Perizinan')).id;
    const settings = await t.call('GET', '/v1/surveys/settings', { token: admin });
    const saved = await t.call('PUT', '/v1/surveys/settings', {
      token: admin,
      body: { rateLimitPerHour: 100_000, version: settings.body.version },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    unit = await newUnit();
  });

  /** The first transaction of the store is sent (or not) and then the process dies: no answer ever comes. */
  function dieAtFirstTransaction(sendIt: boolean): Promise<void> {
    const original = t.store.doc.send.bind(t.store.doc) as (cmd: unknown) => Promise<unknown>;
    let reached!: () => void;
    const atTransaction = new Promise<void>((r) => {
      reached = r;
    });
    let armed = true;
    vi.spyOn(t.store.doc, 'send').mockImplementation((async (cmd: unknown) => {
      if (armed && cmd instanceof TransactWriteCommand) {
        armed = false;
        if (sendIt) await original(cmd);
        reached();
        return new Promise(() => {});
      }
      return original(cmd);
    }) as never);
    return atTransaction;
  }

  it('leaves the key free when the submission dies before its transaction: the retry runs at once', async () => {
    const key = randomKey('mati-awal');
    const died = dieAtFirstTransaction(false);
    void submit(unit.id, response(), key);
    await died;
    vi.restoreAllMocks();
    expect(await answerOf(key)).toBeUndefined();

    const retry = await submit(unit.id, response(), key);
    expect(retry.status, JSON.stringify(retry.body)).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    expect((await responsesOf(unit.id)).filter((r) => r.id === retry.body.id)).toHaveLength(1);
    expect(await answerOf(key)).toMatchObject({
      state: 'completed',
      status: 201,
      body: JSON.stringify(retry.body),
    });
  });

  it('answers the retry from the stored answer when the submission died after its transaction', async () => {
    const u = await newUnit();
    const key = randomKey('mati-akhir');
    const died = dieAtFirstTransaction(true);
    void submit(u.id, response(), key);
    await died;
    vi.restoreAllMocks();

    const stored = await responsesOf(u.id);
    expect(stored).toHaveLength(1);
    const retry = await submit(u.id, response(), key);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual({ id: stored[0]!.id, verified: false });
    expect(await responsesOf(u.id)).toHaveLength(1);
  });

  it('takes over a claim left in progress by a killed request once its lease ran out, not before', async () => {
    const u = await newUnit();
    const key = randomKey('klaim-lama');
    const body = response();
    // What a request of the lease-claiming code leaves behind when it is killed.
    const requestHash = createHash('sha256')
      .update(`POST ${path(u.id)}\n${JSON.stringify(body)}`)
      .digest('hex');
    const claimedAt = clock;
    await idempotencyRepo.claim(
      t.store,
      { tenantId, scope: 'submitSurveyResponse', key, requestHash },
      { now: new Date(claimedAt), leaseMs: 10_000, leaseId: 'killed' },
    );

    clock = claimedAt + 3_000;
    const early = await submit(u.id, body, key);
    expectProblem(early, 409, 'conflict');
    expect(early.headers.get('retry-after')).toBe('7');
    expect(await responsesOf(u.id)).toHaveLength(0);

    clock = claimedAt + 10_001;
    const later = await submit(u.id, body, key);
    expect(later.status).toBe(201);
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect(await responsesOf(u.id)).toHaveLength(1);
    expect(await answerOf(key)).toMatchObject({ state: 'completed', body: JSON.stringify(later.body) });
    clock = claimedAt;
  });

  it('writes the answer with the data or not at all: a failed transaction leaves the key free', async () => {
    const u = await newUnit();
    const key = randomKey('gagal');
    const original = t.store.doc.send.bind(t.store.doc) as (cmd: unknown) => Promise<unknown>;
    vi.spyOn(t.store.doc, 'send').mockImplementation((async (cmd: unknown) => {
      if (cmd instanceof TransactWriteCommand) {
        const n = cmd.input.TransactItems?.length ?? 0;
        throw Object.assign(new Error('Transaction cancelled'), {
          name: 'TransactionCanceledException',
          CancellationReasons: Array.from({ length: n }, (_, i) => ({
            Code: i === n - 1 ? 'TransactionConflict' : 'None',
          })),
        });
      }
      return original(cmd);
    }) as never);
    clearTenantCache();
    await t.api.request(`/v1/public/${SLUG}/survey-units/${u.id}/form`);
    const { result: failed, calls } = await countDynamoCalls(() => submit(u.id, response(), key));
    expectProblem(failed, 409, 'conflict');
    vi.restoreAllMocks();
    // Nothing was claimed before the transaction, so there is nothing to let go of after it: the
    // only other call is the read that looks for an answer to replay. (The mocked transactions
    // never reach the client, so they are not counted.)
    expect(calls).toEqual({ total: 2, byCommand: { BatchGetItem: 1, GetItem: 1 } });
    expect(await answerOf(key)).toBeUndefined();
    expect(await responsesOf(u.id)).toHaveLength(0);
    const retry = await submit(u.id, response(), key);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    expect(await responsesOf(u.id)).toHaveLength(1);
  });

  it('stores one response for concurrent submissions with one key, and answers each with it', async () => {
    const u = await newUnit();
    const key = randomKey('serentak');
    const all = await Promise.all(Array.from({ length: 5 }, () => submit(u.id, response(), key)));
    expect(all.map((r) => r.status)).toEqual(Array(5).fill(201));
    expect(new Set(all.map((r) => r.body.id)).size).toBe(1);
    expect(all.filter((r) => r.headers.get('idempotent-replayed') === null)).toHaveLength(1);
    expect(await responsesOf(u.id)).toHaveLength(1);
    const counter = await t.store.get<Record<string, number>>(
      keys.ikmUnitCounter(tenantId, '2026-05', u.id),
      true,
    );
    expect(counter?.['all.r']).toBe(1);
  });

  it('replays a verified submission although its service code is used by now', async () => {
    const u = await newUnit('optional');
    const issued = await t.call('POST', `/v1/surveys/units/${u.id}/service-codes`, {
      token: admin,
      body: { count: 1, validDays: 19 },
    });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    const body = response({ serviceCode: issued.body.codes[0] });
    const key = randomKey('kode');
    const first = await submit(u.id, body, key);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.verified).toBe(true);

    // The code check fails before any transaction; the stored answer is then read and replayed.
    // (The tenant cache is filled afresh first, so that none of its entries runs out meanwhile.)
    clearTenantCache();
    await t.api.request(`/v1/public/${SLUG}/survey-units/${u.id}/form`);
    const { result: replay, calls } = await countDynamoCalls(() => submit(u.id, body, key));
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
    expect(calls).toEqual({ total: 2, byCommand: { BatchGetItem: 1, GetItem: 1 } });

    // Without the key the same body is a second use of the code.
    const res = await t.api.request(path(u.id), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(409);
    expect(await responsesOf(u.id)).toHaveLength(1);
  });

  it('refuses the key with a different body with 422 and writes nothing', async () => {
    const u = await newUnit();
    const key = randomKey('beda');
    expect((await submit(u.id, response(), key)).status).toBe(201);
    const other = await submit(u.id, response({ suggestion: 'Antrean terlalu lama' }), key);
    expect(other.status).toBe(422);
    expect(other.body.detail).toMatch(/Idempotency-Key/);
    expect(await responsesOf(u.id)).toHaveLength(1);
  });
});
