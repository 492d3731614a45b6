import { type AddressInfo, connect, createServer, type Server, type Socket } from 'node:net';
import { Logger } from '@aws-lambda-powertools/logger';
import { ELEMENT_CODES } from '@pamong/core';
import { createCursorCodec, createDocumentClient, Store } from '@pamong/db';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import { LOCAL_CREDENTIALS, TEST_CURSOR_SECRET } from '../support/dynamo';
import { createAgency, expectProblem, type Res, tableSnapshot } from './helpers';

/**
 * The API when DynamoDB does not answer (issue 10, points 9 and 10). The app talks to DynamoDB
 * Local through a TCP proxy that can forward, stall (accept connections and never answer), or
 * stop listening (connections refused). Snapshots are read past the proxy.
 */
class StoreProxy {
  private server: Server = createServer((socket) => this.accept(socket));
  private readonly sockets = new Set<Socket>();
  private mode: 'forward' | 'stall' = 'forward';
  port = 0;

  constructor(private readonly upstream: URL) {}

  get endpoint() {
    return `http://127.0.0.1:${this.port}`;
  }

  private track(socket: Socket) {
    this.sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => this.sockets.delete(socket));
  }

  private accept(client: Socket) {
    this.track(client);
    if (this.mode === 'stall') {
      client.resume(); // read the request, answer nothing
      return;
    }
    const up = connect(Number(this.upstream.port), this.upstream.hostname);
    this.track(up);
    client.pipe(up).pipe(client);
    up.on('close', () => client.destroy());
    client.on('close', () => up.destroy());
  }

  async listen() {
    await new Promise<void>((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Kept-alive connections would bypass a new mode: they are cut, and the client opens new ones. */
  async setMode(mode: 'forward' | 'stall') {
    this.mode = mode;
    for (const s of this.sockets) s.destroy();
    await new Promise((r) => setTimeout(r, 50));
  }

  /** Nothing listens any more: the store is dead. */
  async stop() {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      for (const s of this.sockets) s.destroy();
    });
    this.server = createServer((socket) => this.accept(socket));
  }
}

/** The bound of one DynamoDB call (3 attempts of at most 3 s), with room for the request itself. */
const BOUND_MS = 10_500;

const clock = { offsetMs: 0 };
const logger = new Logger({ serviceName: 'pamong-store-faults', logLevel: 'SILENT' });
let proxy: StoreProxy;
let t: TestApi;
let direct: TestApi;
let admin: string;
let agencyId: string;
let unitId: string;

const timed = async (fn: () => Promise<Res>) => {
  const started = performance.now();
  const res = await fn();
  return { res, ms: performance.now() - started };
};

const surveyResponse = () => ({
  answers: Object.fromEntries(ELEMENT_CODES.map((c) => [c, 3])),
  respondent: { gender: 'P', age: 31, education: 'D4-S1', occupation: 'Swasta' },
});

async function submitSurvey(): Promise<Res> {
  const res = await t.api.request(
    `/v1/public/gangguan/survey-units/${unitId}/responses`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(surveyResponse()),
    },
    { incoming: { socket: { remoteAddress: '203.0.113.7' } } },
  );
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

function expectStoreUnavailable(res: Res, what: string) {
  expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBe(503);
  expectProblem(res, 503, 'store-unavailable');
  expect(Number(res.headers.get('retry-after')), `${what}: retry-after`).toBeGreaterThan(0);
}

beforeAll(async () => {
  proxy = new StoreProxy(new URL(inject('dynamoEndpoint')));
  await proxy.listen();
  t = await createTestApi({
    endpoint: proxy.endpoint,
    // The functions' own client settings, not the looser ones npm start and the tests use.
    storeTimeouts: 'aws',
    logger,
    now: () => new Date(Date.now() + clock.offsetMs),
  });
  const doc = createDocumentClient({
    endpoint: inject('dynamoEndpoint'),
    region: 'local',
    credentials: LOCAL_CREDENTIALS,
  });
  direct = { ...t, store: new Store(doc, t.tableName, createCursorCodec(TEST_CURSOR_SECRET)) };
  ({ adminToken: admin } = await createTenantViaApi(t, 'gangguan'));
  agencyId = (await createAgency(t, admin, 'Dinas Kependudukan')).id;
  const unit = await t.call('POST', '/v1/surveys/units', {
    token: admin,
    body: { agencyId, name: 'Loket KTP' },
  });
  expect(unit.status, JSON.stringify(unit.body)).toBe(201);
  unitId = unit.body.id;
  // The survey POST works while the store answers.
  const ok = await submitSurvey();
  expect(ok.status, JSON.stringify(ok.body)).toBe(201);
});

afterAll(async () => {
  await proxy?.stop();
  t?.store.doc.destroy();
  direct?.store.doc.destroy();
});

beforeEach(() => {
  vi.restoreAllMocks();
  // Past the health cache and the log window of the previous test.
  clock.offsetMs += 60_000;
});

describe('a store that accepts connections and never answers', () => {
  it('answers 503 store-unavailable with Retry-After within the bound, and writes nothing', async () => {
    const before = await tableSnapshot(direct);
    await proxy.setMode('stall');
    try {
      const results = await Promise.all([
        timed(() =>
          t.call('POST', '/v1/auth/login', {
            body: { tenant: 'gangguan', username: 'admin', password: 'correct-horse-battery' },
          }),
        ),
        timed(() => t.call('GET', '/v1/agencies', { token: admin })),
        timed(() => t.call('GET', '/v1/employees', { token: admin })),
        timed(() => t.call('POST', '/v1/agencies', { token: admin, body: { name: 'Dinas Tertunda' } })),
        timed(submitSurvey),
      ]);
      const names = ['login', 'listAgencies', 'listEmployees', 'createAgency', 'submitSurveyResponse'];
      results.forEach(({ res, ms }, i) => {
        expectStoreUnavailable(res, names[i]!);
        expect(ms, `${names[i]} took ${Math.round(ms)} ms`).toBeLessThan(BOUND_MS);
      });

      // /health gives up sooner than a data request, and says the store is unreachable.
      const { res: health, ms } = await timed(() => t.call('GET', '/health'));
      expect(ms).toBeLessThan(3_000);
      expect(health.status).toBe(503);
      expect(health.body).toEqual({ status: 'degraded', store: 'unreachable' });
      expect(Number(health.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await proxy.setMode('forward');
    }
    // Nothing reached the table, then or later.
    expect(await tableSnapshot(direct)).toEqual(before);
    const list = await t.call('GET', '/v1/agencies', { token: admin });
    expect(list.status).toBe(200);
    expect(list.body.items.map((a: { name: string }) => a.name)).not.toContain('Dinas Tertunda');
  }, 25_000);
});

describe('a dead store (nothing listens)', () => {
  it('answers 503 store-unavailable with Retry-After at once, and warns once instead of a stack per request', async () => {
    const warn = vi.spyOn(logger, 'warn');
    const error = vi.spyOn(logger, 'error');
    await proxy.stop();
    try {
      for (let i = 0; i < 5; i++) {
        const { res, ms } = await timed(() => t.call('GET', '/v1/agencies', { token: admin }));
        expectStoreUnavailable(res, `request ${i + 1}`);
        expect(ms).toBeLessThan(2_000);
      }
      expectStoreUnavailable(
        await t.call('POST', '/v1/auth/login', {
          body: { tenant: 'gangguan', username: 'admin', password: 'correct-horse-battery' },
        }),
        'login',
      );
      expect(error).not.toHaveBeenCalled();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]?.[0]).toMatch(/database unreachable/);
      expect(warn.mock.calls[0]?.[1]).toMatchObject({ cause: { code: 'ECONNREFUSED' } });

      // After the log window, one more warning counts the failures it did not log.
      clock.offsetMs += 11_000;
      expectStoreUnavailable(await t.call('GET', '/v1/agencies', { token: admin }), 'later');
      expect(warn).toHaveBeenCalledTimes(2);
      expect(warn.mock.calls[1]?.[1]).toMatchObject({ failuresNotLogged: 5 });
    } finally {
      await proxy.listen();
    }
  });

  it('/health reports the store: 503 degraded while it is down, 200 ok once it is back (cached 5 s)', async () => {
    expect((await t.call('GET', '/health')).body).toEqual({ status: 'ok', store: 'ok' });

    await proxy.stop();
    try {
      // The answer is kept for 5 s, so probes do not each reach the table.
      expect((await t.call('GET', '/health')).status).toBe(200);
      clock.offsetMs += 5_000;
      const down = await t.call('GET', '/health');
      expect(down.status).toBe(503);
      expect(down.body).toEqual({ status: 'degraded', store: 'unreachable' });
      expect(down.headers.get('content-type')).toMatch(/^application\/json/);
      expect(Number(down.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await proxy.listen();
    }
    expect((await t.call('GET', '/health')).status).toBe(503);
    clock.offsetMs += 5_000;
    const up = await t.call('GET', '/health');
    expect(up.status).toBe(200);
    expect(up.body).toEqual({ status: 'ok', store: 'ok' });
  });
});
