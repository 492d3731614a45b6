import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { AppError, PLATFORM_TENANT_ID } from '@pamong/core';
import { countDynamoCalls, newId, type Store, singleStoreProvider } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import {
  createLocalJWKSet,
  decodeProtectedHeader,
  generateKeyPair,
  type JWK,
  jwtVerify,
  SignJWT,
} from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshTable } from '../../../tests/support/dynamo';
import { createLocalIdentity, sourceHash } from './local';
import { hashPassword } from './password';
import type { LoginRecord } from './port';

const TENANT = '01JAMPVNG00000000000000000';
const OTHER_TENANT = '01JPA1EMBANG00000000000000';
const AGENCY = '01JDSDKPENDDKAN00000000000';
const PASSWORD = 'pamong-demo-2026';
const T0 = new Date('2026-03-02T03:00:00.000Z');

let store: Store;
let passwordHash: string;

beforeAll(async () => {
  ({ store } = await freshTable());
  passwordHash = await hashPassword(PASSWORD);
});

async function putLogin(
  tenantId: string,
  username: string,
  extra: Partial<LoginRecord> = {},
): Promise<LoginRecord> {
  const record: LoginRecord = {
    userId: newId(),
    username,
    tenantId,
    passwordHash,
    failedAttempts: 0,
    status: 'active',
    name: `Pegawai ${username}`,
    role: 'agency-admin',
    agencyId: AGENCY,
    employeeId: null,
    ...extra,
  };
  const key = tenantId === PLATFORM_TENANT_ID ? keys.platformLogin(username) : keys.login(tenantId, username);
  await store.doc.send(
    new PutCommand({ TableName: store.tableName, Item: { ...key, type: 'LOGIN', ...record } }),
  );
  return record;
}

async function readLogin(tenantId: string, username: string) {
  return store.get<LoginRecord>(keys.login(tenantId, username), true);
}

/** Documentation addresses (RFC 5737): one per test, so their counters stay apart. */
const [A, B, C, D, E, F, G, H] = Array.from({ length: 8 }, (_, i) => `198.51.100.${i + 1}`) as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

interface StoredCounter {
  failures: number;
  lastFailureAt: string;
  ttl: number;
}

async function counters(tenantId: string, ip: string, username: string) {
  const source = sourceHash(tenantId, ip);
  return {
    account: await store.get<StoredCounter>(keys.loginThrottleAccount(tenantId, source, username), true),
    source: await store.get<StoredCounter>(keys.loginThrottleSource(tenantId, source), true),
  };
}

async function identity(clock: { now: Date }, extra: { privateJwk?: JWK } = {}) {
  return createLocalIdentity({ stores: singleStoreProvider(store), now: () => clock.now, ...extra });
}

async function failure(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

const problemBody = (e: AppError) => ({ status: e.status, type: e.type, title: e.title, detail: e.detail });

describe('local identity: login', () => {
  it('logs in with one consistent BatchGetItem and returns a token whose verified claims match the record', async () => {
    const clock = { now: T0 };
    const record = await putLogin(TENANT, 'opd.admin', { employeeId: 'EMP-001' });
    const id = await identity(clock);

    const { result, calls } = await countDynamoCalls(() =>
      id.login({ tenantId: TENANT, username: 'opd.admin', password: PASSWORD }),
    );
    // The record and the two failure counters of the source, in one consistent read.
    expect(calls.byCommand).toEqual({ BatchGetItem: 1 });
    const expected = {
      sub: record.userId,
      tenantId: TENANT,
      role: 'agency-admin',
      agencyId: AGENCY,
      employeeId: 'EMP-001',
    };
    expect(result.claims).toEqual(expected);
    expect(result.name).toBe('Pegawai opd.admin');
    expect(result.expiresAt).toBe('2026-03-02T11:00:00.000Z');
    expect(await id.verify(result.token)).toEqual(expected);

    const header = decodeProtectedHeader(result.token);
    expect(header.alg).toBe('ES256');
    expect(header.kid).toBe((await id.jwks()).keys[0]!.kid);
  });

  it('omits agency and employee claims that are null', async () => {
    const clock = { now: T0 };
    await putLogin(TENANT, 'admin', { role: 'tenant-admin', agencyId: null, employeeId: null });
    const id = await identity(clock);
    const { token, claims } = await id.login({ tenantId: TENANT, username: 'admin', password: PASSWORD });
    expect(claims).toEqual({ sub: expect.any(String), tenantId: TENANT, role: 'tenant-admin' });
    const { payload } = await jwtVerify(token, createLocalJWKSet(await id.jwks()), { currentDate: T0 });
    expect(payload).not.toHaveProperty('agencyId');
    expect(payload).not.toHaveProperty('employeeId');
    expect(payload).toMatchObject({
      iss: 'pamong-local',
      aud: 'pamong',
      iat: T0.getTime() / 1000,
      exp: T0.getTime() / 1000 + 8 * 3600,
    });
  });

  it('gives identical 401 bodies for a wrong password, an unknown user and another tenant', async () => {
    const clock = { now: T0 };
    await putLogin(TENANT, 'atasan');
    const id = await identity(clock);
    const wrong = await failure(
      id.login({ tenantId: TENANT, username: 'atasan', password: 'wrong-password' }),
    );
    const unknown = await failure(id.login({ tenantId: TENANT, username: 'ghost', password: PASSWORD }));
    const elsewhere = await failure(
      id.login({ tenantId: OTHER_TENANT, username: 'atasan', password: PASSWORD }),
    );
    const notATenant = await failure(
      id.login({ tenantId: 'lampung', username: 'atasan', password: PASSWORD }),
    );
    expect(problemBody(wrong)).toEqual({
      status: 401,
      type: 'unauthorized',
      title: 'Unauthorized',
      detail: 'Wrong username or password.',
    });
    expect(problemBody(unknown)).toEqual(problemBody(wrong));
    expect(problemBody(elsewhere)).toEqual(problemBody(wrong));
    expect(problemBody(notATenant)).toEqual(problemBody(wrong));
    // Both are counted for the source (`unknown` here: no address was given).
    expect((await counters(TENANT, 'unknown', 'atasan')).account?.failures).toBe(1);
    expect((await counters(TENANT, 'unknown', 'ghost')).account?.failures).toBe(1);
  });

  it('slows the source that failed, not the owner: the right password from elsewhere still logs in', async () => {
    const clock = { now: T0 };
    await putLogin(TENANT, 'admin', { role: 'tenant-admin', agencyId: null });
    const id = await identity(clock);
    const attempt = (password: string, sourceIp: string) =>
      id.login({ tenantId: TENANT, username: 'admin', password, sourceIp });

    for (let i = 1; i <= 5; i++) expect((await failure(attempt(`wrong-${i}`, A))).status).toBe(401);
    expect((await counters(TENANT, A, 'admin')).account).toMatchObject({ failures: 5 });

    // Source A now waits, even with the right password...
    const slowed = await failure(attempt(PASSWORD, A));
    expect(problemBody(slowed)).toEqual({
      status: 429,
      type: 'rate-limited',
      title: 'Too many requests',
      detail: 'Too many failed logins from this address. Try again after 2026-03-02T03:01:00.000Z.',
    });
    expect(slowed.retryAfter).toBe(60);
    // ...while the owner at B logs in, and A is still slowed afterwards.
    expect((await attempt(PASSWORD, B)).claims.role).toBe('tenant-admin');
    expect((await failure(attempt(PASSWORD, A))).status).toBe(429);
    // Refusals are not counted, so they do not extend the wait.
    expect((await counters(TENANT, A, 'admin')).account).toMatchObject({ failures: 5 });

    clock.now = new Date('2026-03-02T03:01:00.000Z');
    expect((await attempt(PASSWORD, A)).claims.role).toBe('tenant-admin');
    // A success resets that source's count for the account; the source's own count stays.
    const after = await counters(TENANT, A, 'admin');
    expect(after.account).toBeUndefined();
    expect(after.source).toMatchObject({ failures: 5 });
  });

  it('doubles the wait with each further failure, up to 15 minutes', async () => {
    const clock = { now: T0 };
    await putLogin(TENANT, 'pegawai');
    const id = await identity(clock);
    const attempt = (password: string) =>
      id.login({ tenantId: TENANT, username: 'pegawai', password, sourceIp: C });
    for (let i = 1; i <= 5; i++) expect((await failure(attempt(`wrong-${i}`))).status).toBe(401);
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const wait = (await failure(attempt(PASSWORD))).retryAfter!;
      waits.push(wait);
      clock.now = new Date(clock.now.getTime() + wait * 1000);
      expect((await failure(attempt(`wrong-again-${i}`))).status).toBe(401);
    }
    expect(waits).toEqual([60, 120, 240, 480, 900, 900]);
    // The owner elsewhere is never slowed.
    expect(
      (await id.login({ tenantId: TENANT, username: 'pegawai', password: PASSWORD, sourceIp: B })).claims.sub,
    ).toBeTruthy();
  });

  it('locks a source that tries many usernames out of the tenant for 15 minutes, not other sources', async () => {
    const clock = { now: T0 };
    await putLogin(TENANT, 'disemprot');
    const id = await identity(clock);
    const at = (username: string, password: string, sourceIp: string) =>
      id.login({ tenantId: TENANT, username, password, sourceIp });
    // One guess for each of 30 usernames (one real): no username reaches its own limit.
    const usernames = ['disemprot', ...Array.from({ length: 29 }, (_, i) => `tebakan-${i}`)];
    const results = await Promise.allSettled(usernames.map((u) => at(u, 'Password123!', D)));
    expect(results.map((r) => r.status === 'rejected' && (r.reason as AppError).status)).toEqual(
      usernames.map(() => 401),
    );
    expect((await counters(TENANT, D, 'disemprot')).source).toMatchObject({ failures: 30 });

    const locked = await failure(at('disemprot', PASSWORD, D));
    expect(locked.status).toBe(429);
    expect(locked.retryAfter).toBe(900);
    // An unknown username gets the same answer.
    expect(problemBody(await failure(at('tidak-ada', PASSWORD, D)))).toEqual(problemBody(locked));
    // Another source is not affected.
    expect((await at('disemprot', PASSWORD, E)).claims.sub).toBeTruthy();

    clock.now = new Date('2026-03-02T03:15:00.000Z');
    expect((await at('disemprot', PASSWORD, D)).claims.sub).toBeTruthy();
    // Past the limit, every further failure within the hour locks the source again.
    expect((await failure(at('tebakan-baru', 'Password123!', D))).status).toBe(401);
    expect((await failure(at('disemprot', PASSWORD, D))).retryAfter).toBe(900);
  });

  it('makes the same DynamoDB calls for an unknown user as for a wrong password, and answers the same', async () => {
    const clock = { now: T0 };
    await putLogin(TENANT, 'nyata');
    const id = await identity(clock);
    const at = (username: string) =>
      id.login({ tenantId: TENANT, username, password: 'tebak-tebak', sourceIp: F });

    for (let i = 1; i <= 5; i++) {
      const known = await countDynamoCalls(() => failure(at('nyata')));
      const unknown = await countDynamoCalls(() => failure(at('khayalan')));
      expect(known.calls.byCommand).toEqual({ BatchGetItem: 1, UpdateItem: 2 });
      expect(unknown.calls.byCommand).toEqual(known.calls.byCommand);
      expect(problemBody(unknown.result)).toEqual(problemBody(known.result));
    }
    // Both are now slowed alike.
    const known = await countDynamoCalls(() => failure(at('nyata')));
    const unknown = await countDynamoCalls(() => failure(at('khayalan')));
    expect(known.result.status).toBe(429);
    expect(problemBody(unknown.result)).toEqual(problemBody(known.result));
    expect(unknown.result.retryAfter).toBe(known.result.retryAfter);
    expect(unknown.calls.byCommand).toEqual({ BatchGetItem: 1 });
    expect(known.calls.byCommand).toEqual({ BatchGetItem: 1 });
  });

  it('forgets the failures of a source a day after the last one', async () => {
    const clock = { now: T0 };
    await putLogin(TENANT, 'typo');
    const id = await identity(clock);
    const attempt = (password: string) =>
      id.login({ tenantId: TENANT, username: 'typo', password, sourceIp: H });
    for (let i = 1; i <= 4; i++) expect((await failure(attempt('oops'))).status).toBe(401);
    const stored = (await counters(TENANT, H, 'typo')).account!;
    expect(stored).toMatchObject({
      failures: 4,
      lastFailureAt: T0.toISOString(),
      ttl: T0.getTime() / 1000 + 86_400,
    });

    // Past the window, before TTL has removed the item: the next failure starts again at 1.
    clock.now = new Date(T0.getTime() + 86_400_000);
    expect((await failure(attempt('oops'))).status).toBe(401);
    expect((await counters(TENANT, H, 'typo')).account).toMatchObject({ failures: 1 });
    expect((await attempt(PASSWORD)).claims.role).toBe('agency-admin');
  });

  it('counts failures that race exactly, and slows the source right after', async () => {
    const clock = { now: T0 };
    await putLogin(TENANT, 'raced');
    const id = await identity(clock);
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        id.login({ tenantId: TENANT, username: 'raced', password: `bad-${i}`, sourceIp: G }),
      ),
    );
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    const failures = results.filter((r) => r.status === 'rejected' && (r.reason as AppError).status === 401);
    // Requests that read the counter after it reached the limit are refused (429) without being counted.
    expect((await counters(TENANT, G, 'raced')).account).toMatchObject({ failures: failures.length });
    expect(failures.length).toBeGreaterThanOrEqual(5);
    expect(
      (await failure(id.login({ tenantId: TENANT, username: 'raced', password: PASSWORD, sourceIp: G })))
        .status,
    ).toBe(429);
  });

  it('keeps the source in the table only as a hash', async () => {
    const source = sourceHash(TENANT, A);
    const page = await store.query<Record<string, unknown>>({
      tenantId: TENANT,
      queryId: 'login-throttle-test',
      pk: keys.loginThrottlePartition(TENANT, source),
      limit: 10,
    });
    expect(page.items.length).toBeGreaterThan(0);
    expect(JSON.stringify(page.items)).not.toContain(A);
  });

  it('answers 403 for a disabled account only after the right password', async () => {
    const clock = { now: T0 };
    await putLogin(TENANT, 'leaver', { status: 'disabled' });
    const id = await identity(clock);
    const right = await failure(id.login({ tenantId: TENANT, username: 'leaver', password: PASSWORD }));
    expect(problemBody(right)).toMatchObject({
      status: 403,
      type: 'forbidden',
      detail: 'This account is disabled.',
    });
    const wrong = await failure(id.login({ tenantId: TENANT, username: 'leaver', password: 'guess-guess' }));
    expect(wrong.status).toBe(401);
  });

  it('logs a platform admin in through the platform login key', async () => {
    const clock = { now: T0 };
    await putLogin(PLATFORM_TENANT_ID, 'platform.admin', { role: 'platform-admin', agencyId: null });
    // The same username inside a tenant is a different account.
    expect(await store.get(keys.login(TENANT, 'platform.admin'))).toBeUndefined();
    const id = await identity(clock);
    const result = await id.login({
      tenantId: PLATFORM_TENANT_ID,
      username: 'platform.admin',
      password: PASSWORD,
    });
    expect(result.claims).toEqual({
      sub: expect.any(String),
      tenantId: PLATFORM_TENANT_ID,
      role: 'platform-admin',
    });
    expect(await id.verify(result.token)).toEqual(result.claims);
    expect(
      (await failure(id.login({ tenantId: TENANT, username: 'platform.admin', password: PASSWORD }))).status,
    ).toBe(401);
  });

  it('refuses a record whose tenant does not match its key, as corrupt data', async () => {
    const clock = { now: T0 };
    await putLogin(TENANT, 'mixed');
    await store.doc.send(
      new PutCommand({
        TableName: store.tableName,
        Item: {
          ...keys.login(TENANT, 'mixed'),
          ...(await readLogin(TENANT, 'mixed')),
          tenantId: OTHER_TENANT,
        },
      }),
    );
    const id = await identity(clock);
    // Not a 401: corrupt data should reach the logs as an internal error.
    await expect(id.login({ tenantId: TENANT, username: 'mixed', password: PASSWORD })).rejects.toThrow(
      'login record names another tenant',
    );
  });
});

describe('local identity: tokens', () => {
  it('refuses tampered, foreign-key and expired tokens with 401', async () => {
    const clock = { now: T0 };
    await putLogin(TENANT, 'token.user');
    const id = await identity(clock);
    const { token } = await id.login({ tenantId: TENANT, username: 'token.user', password: PASSWORD });

    const [h, p, s] = token.split('.') as [string, string, string];
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    const escalated = Buffer.from(JSON.stringify({ ...payload, role: 'tenant-admin' })).toString('base64url');
    const tampered = `${h}.${escalated}.${s}`;

    const stranger = await generateKeyPair('ES256');
    const foreign = await new SignJWT({ tenantId: TENANT, role: 'tenant-admin' })
      .setProtectedHeader({ alg: 'ES256', kid: decodeProtectedHeader(token).kid! })
      .setSubject(payload.sub)
      .setIssuer('pamong-local')
      .setAudience('pamong')
      .setIssuedAt(Math.floor(T0.getTime() / 1000))
      .setExpirationTime('1h')
      .sign(stranger.privateKey);

    for (const bad of [tampered, foreign, `${h}.${p}.`, 'garbage']) {
      const err = await failure(id.verify(bad));
      expect(problemBody(err)).toMatchObject({ status: 401, type: 'unauthorized' });
    }

    clock.now = new Date(T0.getTime() + 8 * 3600_000 - 1000);
    expect((await id.verify(token)).sub).toBe(payload.sub);
    clock.now = new Date(T0.getTime() + 8 * 3600_000 + 1000);
    expect((await failure(id.verify(token))).status).toBe(401);
  });

  it('refuses a token for another audience or issuer', async () => {
    const clock = { now: T0 };
    await putLogin(TENANT, 'aud.user');
    const jwk = await (await identity(clock)).exportPrivateJwk();
    const other = await createLocalIdentity({
      stores: singleStoreProvider(store),
      now: () => clock.now,
      privateJwk: jwk,
      audience: 'someone-else',
    });
    const otherIssuer = await createLocalIdentity({
      stores: singleStoreProvider(store),
      now: () => clock.now,
      privateJwk: jwk,
      issuer: 'elsewhere',
    });
    const ours = await identity(clock, { privateJwk: jwk });
    const fromOther = (await other.login({ tenantId: TENANT, username: 'aud.user', password: PASSWORD }))
      .token;
    const fromOtherIssuer = (
      await otherIssuer.login({ tenantId: TENANT, username: 'aud.user', password: PASSWORD })
    ).token;
    expect((await failure(ours.verify(fromOther))).status).toBe(401);
    expect((await failure(ours.verify(fromOtherIssuer))).status).toBe(401);
  });

  it('publishes a JWKS that verifies its tokens, and keeps the key across a restart', async () => {
    const clock = { now: T0 };
    await putLogin(TENANT, 'jwks.user');
    const first = await identity(clock);
    const { token } = await first.login({ tenantId: TENANT, username: 'jwks.user', password: PASSWORD });

    const jwks = await first.jwks();
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).not.toHaveProperty('d');
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), {
      issuer: 'pamong-local',
      audience: 'pamong',
      algorithms: ['ES256'],
      currentDate: T0,
    });
    expect(payload.tenantId).toBe(TENANT);

    // A restarted runner that loads the exported key accepts tokens issued before the restart.
    const restarted = await identity(clock, { privateJwk: await first.exportPrivateJwk() });
    expect((await restarted.verify(token)).tenantId).toBe(TENANT);
    expect(await restarted.jwks()).toEqual(jwks);
    // A fresh key does not.
    expect((await failure((await identity(clock)).verify(token))).status).toBe(401);
  });

  it('hashes passwords for the users repository and leaves provisioning to the table', async () => {
    const id = await identity({ now: T0 });
    const attrs = await id.credentialAttributes('a-new-password');
    expect(attrs.passwordHash).toMatch(/^scrypt\$16384\$8\$1\$/);
    const { calls } = await countDynamoCalls(async () => {
      await id.provisionAccount({
        tenantId: TENANT,
        userId: newId(),
        username: 'baru',
        password: 'a-new-password',
        name: 'Baru',
        role: 'employee',
      });
      await id.syncAccount(TENANT, 'baru', { enabled: false });
    });
    expect(calls.total).toBe(0);
  });
});
