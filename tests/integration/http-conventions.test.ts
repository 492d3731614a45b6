import { Logger } from '@aws-lambda-powertools/logger';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTenantViaApi, createTestApi, PASSWORD, type TestApi } from '../support/app';
import { createAgency, expectProblem, UNKNOWN_ID } from './helpers';

const MB = 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let t: TestApi;
let admin: string;

beforeAll(async () => {
  t = await createTestApi();
  ({ adminToken: admin } = await createTenantViaApi(t, 'konvensi'));
});

describe('errors are problem+json', () => {
  it('answers malformed JSON with 400 saying the body is not valid JSON', async () => {
    for (const [path, token] of [
      ['/v1/auth/login', undefined],
      ['/v1/agencies', admin],
    ] as const) {
      const res = await t.call('POST', path, { token, body: '{"tenant": "konvensi", ' });
      expectProblem(res, 400, 'validation');
      expect(res.body.detail).toMatch(/not valid JSON/);
    }
  });

  it('answers a body over 1 MB with 413, with or without a content-length header', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(MB) });
    expect(Buffer.byteLength(big)).toBeGreaterThan(MB);
    const streamed = await t.call('POST', '/v1/agencies', { token: admin, body: big });
    expectProblem(streamed, 413, 'payload-too-large');
    const declared = await t.call('POST', '/v1/auth/login', {
      body: big,
      headers: { 'content-length': String(Buffer.byteLength(big)) },
    });
    expectProblem(declared, 413, 'payload-too-large');
    // Nothing was created by the oversized request.
    const list = await t.call('GET', '/v1/agencies', { token: admin });
    expect(list.body.items).toEqual([]);
  });

  it('lets a body of exactly 1 MB through to validation', async () => {
    const prefix = '{"name":"';
    const suffix = '"}';
    const body = `${prefix}${'x'.repeat(MB - prefix.length - suffix.length)}${suffix}`;
    expect(Buffer.byteLength(body)).toBe(MB);
    const res = await t.call('POST', '/v1/agencies', { token: admin, body });
    expectProblem(res, 400, 'validation', ['name']);
  });

  it('refuses unknown body fields, so a body can never pick a tenant', async () => {
    const other = await createTenantViaApi(t, 'konvensi-lain');
    const res = await t.call('POST', '/v1/agencies', {
      token: admin,
      body: { name: 'Dinas Penyusup', tenantId: other.tenantId },
    });
    expectProblem(res, 400, 'validation');
    expect(res.body.errors).toEqual([{ path: 'tenantId', message: 'is not a known field' }]);
    for (const token of [admin, other.adminToken]) {
      const list = await t.call('GET', '/v1/agencies?limit=100', { token });
      expect(list.body.items.map((a: { name: string }) => a.name)).not.toContain('Dinas Penyusup');
    }
  });

  it('answers an unknown route with 404', async () => {
    for (const path of ['/v1/nothing-here', '/v2/agencies', '/']) {
      const res = await t.call('GET', path);
      expectProblem(res, 404, 'not-found');
    }
  });

  it('answers a wrong method on a known path with 405 and an allow header', async () => {
    const cases: [string, string, string][] = [
      ['PUT', '/v1/agencies', 'GET, POST'],
      ['DELETE', '/v1/platform/tenants', 'GET, POST'],
      ['PUT', `/v1/agencies/${UNKNOWN_ID}`, 'DELETE, GET, PATCH'],
      ['GET', '/v1/auth/login', 'POST'],
      ['POST', '/health', 'GET'],
      ['DELETE', '/v1/audit', 'GET'],
    ];
    for (const [method, path, allow] of cases) {
      const res = await t.call(method, path, { token: admin });
      expectProblem(res, 405, 'method-not-allowed');
      expect(res.headers.get('allow'), `${method} ${path}`).toBe(allow);
    }
  });

  it('keeps every other error in problem+json without internals', async () => {
    expectProblem(await t.call('GET', '/v1/agencies'), 401, 'unauthorized');
    expectProblem(await t.call('GET', '/v1/agencies', { token: 'not.a.jwt' }), 401, 'unauthorized');
    expectProblem(await t.call('GET', '/v1/platform/tenants', { token: admin }), 403, 'forbidden');
    expectProblem(await t.call('GET', `/v1/agencies/${UNKNOWN_ID}`, { token: admin }), 404, 'not-found');
    expectProblem(await t.call('GET', '/v1/agencies/not-an-id', { token: admin }), 400, 'validation', [
      'agencyId',
    ]);
    expectProblem(await t.call('GET', '/v1/agencies?limit=0', { token: admin }), 400, 'validation', [
      'limit',
    ]);
    expectProblem(await t.call('GET', '/v1/agencies?limit=101', { token: admin }), 400, 'validation', [
      'limit',
    ]);
    expectProblem(await t.call('POST', '/v1/agencies', { token: admin, body: [] }), 400, 'validation');
    expectProblem(
      await t.call('POST', '/v1/agencies', { token: admin, body: { name: 42 } }),
      400,
      'validation',
      ['name'],
    );
    await createAgency(t, admin, 'Dinas Konvensi');
    expectProblem(
      await t.call('POST', '/v1/agencies', { token: admin, body: { name: 'Dinas Konvensi' } }),
      409,
      'conflict',
    );
    expectProblem(
      await t.call('POST', '/v1/auth/login', {
        body: { tenant: 'konvensi', username: 'admin', password: 'wrong-password' },
      }),
      401,
      'unauthorized',
    );
  });
});

describe('public endpoints', () => {
  it('GET /health is 200 without a token', async () => {
    const res = await t.call('GET', '/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', store: 'ok' });
  });

  it('GET /v1/auth/jwks publishes the public key that verifies issued tokens, and nothing private', async () => {
    const res = await t.call('GET', '/v1/auth/jwks');
    expect(res.status).toBe(200);
    expect(res.body.keys).toHaveLength(1);
    const [jwk] = res.body.keys;
    expect(jwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig', kid: expect.any(String) });
    expect(jwk).not.toHaveProperty('d');
    const { payload, protectedHeader } = await jwtVerify(admin, createLocalJWKSet(res.body));
    expect(protectedHeader.kid).toBe(jwk.kid);
    expect(payload).toMatchObject({
      role: 'tenant-admin',
      tenantId: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/),
    });
  });

  it('POST /v1/auth/login validates its body and answers unknown tenants like wrong passwords', async () => {
    expectProblem(await t.call('POST', '/v1/auth/login', { body: {} }), 400, 'validation', [
      'tenant',
      'username',
      'password',
    ]);
    expectProblem(
      await t.call('POST', '/v1/auth/login', {
        body: { tenant: 'Not A Slug', username: 'admin', password: PASSWORD },
      }),
      400,
      'validation',
      ['tenant'],
    );
    const wrong = await t.call('POST', '/v1/auth/login', {
      body: { tenant: 'konvensi', username: 'admin', password: 'wrong-password' },
    });
    const unknownTenant = await t.call('POST', '/v1/auth/login', {
      body: { tenant: 'tidak-ada', username: 'admin', password: PASSWORD },
    });
    const unknownUser = await t.call('POST', '/v1/auth/login', {
      body: { tenant: 'konvensi', username: 'siapa', password: PASSWORD },
    });
    for (const res of [wrong, unknownTenant, unknownUser]) expectProblem(res, 401, 'unauthorized');
    expect(new Set([wrong.body.detail, unknownTenant.body.detail, unknownUser.body.detail]).size).toBe(1);
  });

  it('/docs serves an HTML reference that points at /openapi.json', async () => {
    const res = await t.api.request('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toMatch(/<!doctype html>/i);
    expect(html).toContain('/openapi.json');
  });

  it('/openapi.json is OpenAPI 3.1 with an operationId, a summary and declared security on every operation', async () => {
    const res = await t.call('GET', '/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    const ops: { id: string; method: string; path: string; op: any }[] = [];
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        ops.push({ id: op.operationId, method, path, op });
      }
    }
    expect(ops.length).toBeGreaterThanOrEqual(25);
    const idList = ops.map((o) => o.id);
    expect(new Set(idList).size).toBe(idList.length);
    const publicOps: string[] = [];
    for (const { id, method, path, op } of ops) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(typeof id, where).toBe('string');
      expect(id.length, where).toBeGreaterThan(0);
      expect(typeof op.summary, where).toBe('string');
      expect(op.summary.length, where).toBeGreaterThan(0);
      expect(path.startsWith('/v1/') || path === '/health', where).toBe(true);
      if (op['x-pamong-access'] === 'public') {
        publicOps.push(id);
        expect(op.security, where).toEqual([]);
      } else {
        expect(op.security, where).toEqual([{ bearerAuth: [] }]);
        expect(Array.isArray(op['x-pamong-access']), where).toBe(true);
      }
    }
    // Public by design: sign-in, the citizen survey and transparency routes, the careers page, the
    // applicants' registration and the proof check under /v1/public/{tenant}.
    expect(publicOps.sort()).toEqual([
      'getJwks',
      'getPublicAnnouncement',
      'getPublicIkmOverview',
      'getPublicRecruitmentRound',
      'getPublicSurveyForm',
      'getSurveyUnitIkm',
      'health',
      'listPublicAnnouncements',
      'listPublicRecruitmentRounds',
      'listPublicSurveyUnits',
      'login',
      'registerApplicant',
      'resendApplicantCode',
      'resolveSurveyShortCode',
      'submitSurveyResponse',
      'verifyApplicantEmail',
      'verifyRegistrationProof',
    ]);
    for (const id of [
      'listTenants',
      'createTenant',
      'getTenant',
      'suspendTenant',
      'reactivateTenant',
      'getMe',
      'listAgencies',
      'createAgency',
      'getAgency',
      'updateAgency',
      'deactivateAgency',
      'reactivateAgency',
      'deleteAgency',
      'listUnits',
      'createUnit',
      'updateUnit',
      'deactivateUnit',
      'listUsers',
      'createUser',
      'getUser',
      'updateUser',
      'disableUser',
      'enableUser',
      'listAuditEntries',
    ]) {
      expect(idList).toContain(id);
    }
  });
});

describe('x-request-id', () => {
  it('keeps a valid incoming id, on success and on error', async () => {
    const id = 'req-0123456789abcdef';
    const ok = await t.call('GET', '/health', { headers: { 'x-request-id': id } });
    expect(ok.headers.get('x-request-id')).toBe(id);
    const err = await t.call('GET', '/v1/agencies', { headers: { 'x-request-id': id } });
    expect(err.status).toBe(401);
    expect(err.headers.get('x-request-id')).toBe(id);
  });

  it('replaces an invalid or missing id with a generated UUID', async () => {
    for (const bad of [
      'short',
      'has spaces in it',
      `${'a'.repeat(65)}`,
      'semi;colon-123456',
      '<script>alert(1)</script>',
    ]) {
      const res = await t.call('GET', '/health', { headers: { 'x-request-id': bad } });
      const got = res.headers.get('x-request-id');
      expect(got).not.toBe(bad);
      expect(got).toMatch(UUID);
    }
    const a = (await t.call('GET', '/health')).headers.get('x-request-id');
    const b = (await t.call('GET', '/health')).headers.get('x-request-id');
    expect(a).toMatch(UUID);
    expect(b).toMatch(UUID);
    expect(a).not.toBe(b);
  });
});

describe('request logging', () => {
  let logged: TestApi;
  let lines: string[];

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('writes exactly one JSON line per request, with no personal data', async () => {
    lines = [];
    // Powertools writes through its own Console on process.stdout; capture the real lines.
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stdout.write);
    logged = await createTestApi({
      logger: new Logger({ serviceName: 'pamong-log-test', logLevel: 'INFO' }),
    });
    const { tenantId, adminToken } = await createTenantViaApi(logged, 'logtenant');
    const agency = await createAgency(logged, adminToken, 'Dinas Pencatatan');
    lines = [];

    const secretPassword = 'Rahasia-Sekali-2026';
    const personName = 'Siti Nurhaliza Wulandari';
    const username = 'siti.wulandari';
    const sent = [
      await logged.call('POST', '/v1/auth/login', {
        body: { tenant: 'logtenant', username: 'admin', password: PASSWORD },
        headers: { 'x-request-id': 'log-login-000001' },
      }),
      await logged.call('POST', '/v1/users', {
        token: adminToken,
        body: { username, name: personName, password: secretPassword, role: 'employee', agencyId: agency.id },
      }),
      await logged.call('POST', '/v1/auth/login', {
        body: { tenant: 'logtenant', username, password: secretPassword },
      }),
      await logged.call('POST', '/v1/auth/login', {
        body: { tenant: 'logtenant', username, password: 'wrong-password-x' },
      }),
      await logged.call('GET', `/v1/agencies/${agency.id}`, { token: adminToken }),
      await logged.call('GET', '/v1/nowhere'),
    ];
    vi.restoreAllMocks();

    expect(sent.map((r) => r.status)).toEqual([200, 201, 200, 401, 200, 404]);
    const records = lines.filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l));
    const requestLines = records.filter((r) => r.message === 'request');
    expect(requestLines).toHaveLength(sent.length);
    expect(records).toHaveLength(sent.length);

    requestLines.forEach((line, i) => {
      const res = sent[i]!;
      expect(line.requestId).toBe(res.headers.get('x-request-id'));
      expect(line.status).toBe(res.status);
      expect(typeof line.durationMs).toBe('number');
      expect(line.durationMs).toBeGreaterThanOrEqual(0);
      expect(typeof line.route).toBe('string');
    });
    expect(requestLines[0].requestId).toBe('log-login-000001');
    expect(requestLines.map((l) => [l.method, l.route])).toEqual([
      ['POST', '/v1/auth/login'],
      ['POST', '/v1/users'],
      ['POST', '/v1/auth/login'],
      ['POST', '/v1/auth/login'],
      ['GET', '/v1/agencies/:agencyId'],
      ['GET', expect.any(String)],
    ]);
    // Signed-in requests carry the tenant from the token.
    expect(requestLines[1].tenantId).toBe(tenantId);
    expect(requestLines[4].tenantId).toBe(tenantId);

    const newToken = sent[2]!.body.token as string;
    for (const raw of lines) {
      for (const secret of [
        secretPassword,
        PASSWORD,
        personName,
        username,
        adminToken,
        newToken,
        'wrong-password-x',
      ]) {
        expect(raw).not.toContain(secret);
      }
      expect(raw).not.toMatch(/Bearer /);
    }
  });
});
