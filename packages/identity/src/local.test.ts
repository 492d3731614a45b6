import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { AppError, PLATFORM_TENANT_ID } from '@pamong/core';
import { createCursorCodec, type Key, Store, singleStoreProvider } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import { mockClient } from 'aws-sdk-client-mock';
import { importJWK, type JWK, SignJWT } from 'jose';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  accountWaitSeconds,
  createLocalIdentity,
  LOGIN_THROTTLE,
  type LocalIdentity,
  sourceHash,
  sourceNetwork,
  sourceWaitSeconds,
} from './local';
import { hashPassword } from './password';
import type { LoginRecord } from './port';

const TENANT = '01JAMPVNG00000000000000000';
const T0 = new Date('2026-03-02T03:00:00.000Z');
const PASSWORD = 'pamong-demo-2026';
const KEY = keys.login(TENANT, 'pegawai');

const doc = DynamoDBDocumentClient.from(
  new DynamoDBClient({ region: 'local', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } }),
);
const dynamo = mockClient(DynamoDBDocumentClient);
const store = new Store(doc, 'table', createCursorCodec('unit-test-cursor-secret'));

let passwordHash: string;
let id: LocalIdentity;
let privateJwk: JWK;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
  id = await createLocalIdentity({ stores: singleStoreProvider(store), now: () => T0 });
  privateJwk = await id.exportPrivateJwk();
});
beforeEach(() => dynamo.reset());

const record = (extra: Partial<LoginRecord> = {}): LoginRecord => ({
  userId: '01JUSER0000000000000000000',
  username: 'pegawai',
  tenantId: TENANT,
  passwordHash,
  failedAttempts: 0,
  status: 'active',
  name: 'Pegawai',
  role: 'employee',
  agencyId: '01JAGENCY0000000000000000A',
  employeeId: null,
  ...extra,
});

const conditionFailed = () =>
  new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });

async function failure(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}
const status = async (p: Promise<unknown>) => (await failure(p)).status;
const problemBody = (e: AppError) => ({ status: e.status, type: e.type, title: e.title, detail: e.detail });

const SOURCE_IP = '203.0.113.7';
const SOURCE = sourceHash(TENANT, SOURCE_IP);
const ACCOUNT_KEY = keys.loginThrottleAccount(TENANT, SOURCE, 'pegawai');
const SOURCE_KEY = keys.loginThrottleSource(TENANT, SOURCE);
const NOW_S = T0.getTime() / 1000;

/** A counter item as the table holds it: within its window unless `ttl` says otherwise. */
const counter = (key: Key, failures: number, secondsAgo = 30, ttl = NOW_S + 3600) => ({
  ...key,
  failures,
  lastFailureAt: new Date(T0.getTime() - secondsAgo * 1000).toISOString(),
  ttl,
});
const table = (...items: Record<string, unknown>[]) =>
  dynamo.on(BatchGetCommand).resolves({ Responses: { table: items } });
const login = (password: string, sourceIp = SOURCE_IP, username = 'pegawai') =>
  id.login({ tenantId: TENANT, username, password, sourceIp });
const updates = () => dynamo.commandCalls(UpdateCommand).map((c) => c.args[0].input);
const deletes = () => dynamo.commandCalls(DeleteCommand).map((c) => c.args[0].input);

const addTo = (key: Key, windowSeconds: number) => ({
  TableName: 'table',
  Key: key,
  UpdateExpression: 'ADD failures :one SET lastFailureAt = :at, #ttl = :ttl',
  ConditionExpression: 'attribute_not_exists(pk) OR #ttl > :now',
  ExpressionAttributeNames: { '#ttl': 'ttl' },
  ExpressionAttributeValues: {
    ':one': 1,
    ':at': T0.toISOString(),
    ':ttl': NOW_S + windowSeconds,
    ':now': NOW_S,
  },
});
const ACCOUNT_WINDOW = LOGIN_THROTTLE.account.windowSeconds;
const SOURCE_WINDOW = LOGIN_THROTTLE.source.windowSeconds;

describe('local identity: reading the record and the counters', () => {
  it('reads the record and both counters of the source in one consistent BatchGetItem', async () => {
    table({ ...KEY, ...record() });
    await login(PASSWORD);
    expect(dynamo.commandCalls(BatchGetCommand).map((c) => c.args[0].input)).toEqual([
      { RequestItems: { table: { Keys: [KEY, ACCOUNT_KEY, SOURCE_KEY], ConsistentRead: true } } },
    ]);
    expect(dynamo.commandCalls(GetCommand)).toEqual([]);
    expect(updates()).toEqual([]);
    expect(deletes()).toEqual([]);
  });

  it('reads a platform admin and its counters under PLATFORM#', async () => {
    table({
      ...keys.platformLogin('root'),
      ...record({ tenantId: PLATFORM_TENANT_ID, role: 'platform-admin', agencyId: null }),
    });
    await id.login({
      tenantId: PLATFORM_TENANT_ID,
      username: 'root',
      password: PASSWORD,
      sourceIp: SOURCE_IP,
    });
    const [read] = dynamo.commandCalls(BatchGetCommand).map((c) => c.args[0].input.RequestItems!.table!.Keys);
    const source = sourceHash(PLATFORM_TENANT_ID, SOURCE_IP);
    expect(read).toEqual([
      keys.platformLogin('root'),
      keys.loginThrottleAccount(PLATFORM_TENANT_ID, source, 'root'),
      keys.loginThrottleSource(PLATFORM_TENANT_ID, source),
    ]);
    expect(read![1]!.pk).toBe(`PLATFORM#LOGINTHROTTLE#${source}`);
  });

  it('ignores the lock fields of older records: nobody is locked out per account any more', async () => {
    table({ ...KEY, ...record({ failedAttempts: 5, lockedUntil: '2026-03-02T03:10:00.000Z' }) });
    expect((await login(PASSWORD)).claims.role).toBe('employee');
    expect(updates()).toEqual([]);
  });

  it('never reads the table for a tenant id that is not a ULID', async () => {
    expect(await status(id.login({ tenantId: 'T#evil', username: 'pegawai', password: PASSWORD }))).toBe(401);
    expect(dynamo.calls()).toHaveLength(0);
  });
});

describe('local identity: counting failures', () => {
  it('counts a wrong password once per account and source and once per source, each one atomic ADD', async () => {
    table({ ...KEY, ...record() }, counter(ACCOUNT_KEY, 2), counter(SOURCE_KEY, 7));
    dynamo.on(UpdateCommand).resolves({});
    expect(await status(login('wrong'))).toBe(401);
    expect(updates()).toHaveLength(2);
    expect(updates()).toEqual(
      expect.arrayContaining([addTo(ACCOUNT_KEY, ACCOUNT_WINDOW), addTo(SOURCE_KEY, SOURCE_WINDOW)]),
    );
    expect(dynamo.calls()).toHaveLength(3);
  });

  it('counts an unknown user exactly like a wrong password, with the same calls and the same answer', async () => {
    dynamo.on(UpdateCommand).resolves({});
    table({ ...KEY, ...record() });
    const wrong = await failure(login('wrong'));
    const wrongCalls = dynamo.calls().map((c) => c.args[0].constructor.name);
    const wrongUpdates = updates();
    dynamo.resetHistory();

    table();
    const unknown = await failure(login('wrong', SOURCE_IP, 'ghost'));
    expect(dynamo.calls().map((c) => c.args[0].constructor.name)).toEqual(wrongCalls);
    expect(wrongCalls.sort()).toEqual(['BatchGetCommand', 'UpdateCommand', 'UpdateCommand']);
    expect(problemBody(unknown)).toEqual(problemBody(wrong));
    const ghostKey = keys.loginThrottleAccount(TENANT, SOURCE, 'ghost');
    expect(updates()).toEqual(
      expect.arrayContaining([addTo(ghostKey, ACCOUNT_WINDOW), addTo(SOURCE_KEY, SOURCE_WINDOW)]),
    );
    // Same expressions, only the account key differs.
    expect(
      updates()
        .map((u) => u.UpdateExpression)
        .sort(),
    ).toEqual(wrongUpdates.map((u) => u.UpdateExpression).sort());
  });

  it('treats a record without a password hash (made for Cognito) as an unknown user', async () => {
    table({ ...KEY, ...record({ passwordHash: undefined }) });
    dynamo.on(UpdateCommand).resolves({});
    expect(await status(login(PASSWORD))).toBe(401);
    expect(updates()).toHaveLength(2);
  });

  it('restarts a counter whose window has passed (not yet removed by TTL) at 1, conditionally', async () => {
    table({ ...KEY, ...record() }, counter(ACCOUNT_KEY, 9, 3 * 3600, NOW_S - 1));
    dynamo.on(UpdateCommand).resolves({});
    expect(await status(login('wrong'))).toBe(401);
    const restart = updates().find((u) => u.Key!.sk === ACCOUNT_KEY.sk);
    expect(restart).toEqual({
      ...addTo(ACCOUNT_KEY, ACCOUNT_WINDOW),
      UpdateExpression: 'SET failures = :one, lastFailureAt = :at, #ttl = :ttl',
      ConditionExpression: 'attribute_exists(pk) AND #ttl <= :now',
    });
  });

  it('falls back to the other form when a racing request changed the counter in between', async () => {
    table({ ...KEY, ...record() }, counter(ACCOUNT_KEY, 2), counter(SOURCE_KEY, 2));
    dynamo
      .on(UpdateCommand, { Key: ACCOUNT_KEY })
      .rejectsOnce(conditionFailed())
      .resolves({})
      .on(UpdateCommand, { Key: SOURCE_KEY })
      .resolves({});
    expect(await status(login('wrong'))).toBe(401);
    expect(
      updates()
        .filter((u) => u.Key!.sk === ACCOUNT_KEY.sk)
        .map((u) => u.UpdateExpression),
    ).toEqual([
      'ADD failures :one SET lastFailureAt = :at, #ttl = :ttl',
      'SET failures = :one, lastFailureAt = :at, #ttl = :ttl',
    ]);
  });

  it('still answers 401 when every conditional form loses a race', async () => {
    table({ ...KEY, ...record() });
    dynamo.on(UpdateCommand).rejects(conditionFailed());
    expect(await status(login('wrong'))).toBe(401);
    expect(updates()).toHaveLength(6);
  });

  it('lets a DynamoDB outage surface instead of pretending the password was wrong', async () => {
    table({ ...KEY, ...record() });
    dynamo
      .on(UpdateCommand)
      .rejects(
        Object.assign(new Error('Throughput exceeded'), { name: 'ProvisionedThroughputExceededException' }),
      );
    await expect(login('wrong')).rejects.toThrow('Throughput exceeded');
  });

  it('counts wrong passwords of a disabled account like any other, and says 403 only to the right one', async () => {
    table({ ...KEY, ...record({ status: 'disabled' }) });
    dynamo.on(UpdateCommand).resolves({});
    expect(await status(login('wrong'))).toBe(401);
    expect(await status(login(PASSWORD))).toBe(403);
    expect(updates()).toHaveLength(2);
  });
});

describe('local identity: slowing a source down', () => {
  it('waits nothing for 4 failures, then 1 minute after the 5th, doubling up to 15 minutes', () => {
    expect([0, 1, 4, 5, 6, 7, 8, 9, 10, 50, 10_000].map(accountWaitSeconds)).toEqual([
      0, 0, 0, 60, 120, 240, 480, 900, 900, 900, 900,
    ]);
    expect([0, 29, 30, 31, 500].map(sourceWaitSeconds)).toEqual([0, 0, 900, 900, 900]);
  });

  it('answers 429 with Retry-After before checking the password while the wait runs, and writes nothing', async () => {
    table({ ...KEY, ...record() }, counter(ACCOUNT_KEY, 5, 20));
    for (const password of [PASSWORD, 'wrong']) {
      const err = await failure(login(password));
      expect(problemBody(err)).toEqual({
        status: 429,
        type: 'rate-limited',
        title: 'Too many requests',
        detail: 'Too many failed logins from this address. Try again after 2026-03-02T03:00:40.000Z.',
      });
      expect(err.retryAfter).toBe(40);
    }
    expect(updates()).toEqual([]);
  });

  it('gives an unknown username the same 429 after the same failures', async () => {
    const ghostKey = keys.loginThrottleAccount(TENANT, SOURCE, 'ghost');
    table({ ...KEY, ...record() }, counter(ACCOUNT_KEY, 5, 20));
    const known = await failure(login('wrong'));
    table(counter(ghostKey, 5, 20));
    const unknown = await failure(login('wrong', SOURCE_IP, 'ghost'));
    expect(problemBody(unknown)).toEqual(problemBody(known));
    expect(unknown.retryAfter).toBe(known.retryAfter);
  });

  it("lets the right password in once the wait is over, and resets only this source's account counter", async () => {
    table({ ...KEY, ...record() }, counter(ACCOUNT_KEY, 7, 241), counter(SOURCE_KEY, 12));
    dynamo.on(DeleteCommand).resolves({});
    expect((await login(PASSWORD)).claims.role).toBe('employee');
    expect(deletes()).toEqual([{ TableName: 'table', Key: ACCOUNT_KEY }]);
    expect(updates()).toEqual([]);
  });

  it('forgets a counter whose window has passed', async () => {
    table({ ...KEY, ...record() }, counter(ACCOUNT_KEY, 9, 60, NOW_S));
    dynamo.on(DeleteCommand).resolves({});
    expect((await login(PASSWORD)).claims.role).toBe('employee');
  });

  it('locks the source for 15 minutes after 30 failures across usernames, the right password included', async () => {
    table({ ...KEY, ...record() }, counter(SOURCE_KEY, 30, 60));
    const err = await failure(login(PASSWORD));
    expect(err.status).toBe(429);
    expect(err.retryAfter).toBe(840);
    expect(updates()).toEqual([]);

    dynamo.reset();
    table({ ...KEY, ...record() }, counter(SOURCE_KEY, 29, 1));
    expect((await login(PASSWORD)).claims.role).toBe('employee');
  });

  it('keeps the longer of the two waits', async () => {
    table({ ...KEY, ...record() }, counter(ACCOUNT_KEY, 9, 0), counter(SOURCE_KEY, 30, 600));
    expect((await failure(login(PASSWORD))).retryAfter).toBe(900);
  });
});

describe('local identity: the source as counted', () => {
  it('keeps IPv4 addresses and unknown as they are and groups IPv6 by /64', () => {
    expect(sourceNetwork('203.0.113.7')).toBe('203.0.113.7');
    expect(sourceNetwork('unknown')).toBe('unknown');
    expect(sourceNetwork('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(sourceNetwork('2001:0DB8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(sourceNetwork('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(sourceNetwork('::1')).toBe('0:0:0:0::/64');
    expect(sourceNetwork('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(sourceNetwork('64:ff9b::203.0.113.7')).toBe('64:ff9b:0:0::/64');
  });

  it('hashes the source with the tenant, so the table holds no address', () => {
    expect(SOURCE).toMatch(/^[0-9a-f]{16}$/);
    expect(ACCOUNT_KEY.pk).not.toContain(SOURCE_IP);
    expect(sourceHash('01JPA1EMBANG00000000000000', SOURCE_IP)).not.toBe(SOURCE);
    expect(sourceHash(TENANT, '203.0.113.8')).not.toBe(SOURCE);
    expect(sourceHash(TENANT, '2001:db8:1:2::1')).toBe(sourceHash(TENANT, '2001:db8:1:2:ffff::9'));
  });
});

describe('local identity: claim shapes', () => {
  async function signed(claims: Record<string, unknown>, sub = '01JUSER0000000000000000000') {
    const key = await importJWK(privateJwk, 'ES256');
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid! })
      .setSubject(sub)
      .setIssuer('pamong-local')
      .setAudience('pamong')
      .setIssuedAt(Math.floor(T0.getTime() / 1000))
      .setExpirationTime(Math.floor(T0.getTime() / 1000) + 60)
      .sign(key);
  }

  it('accepts a well-formed token signed with our key', async () => {
    expect(
      await id.verify(
        await signed({ tenantId: TENANT, role: 'supervisor', agencyId: '01JAGENCY0000000000000000A' }),
      ),
    ).toEqual({
      sub: '01JUSER0000000000000000000',
      tenantId: TENANT,
      role: 'supervisor',
      agencyId: '01JAGENCY0000000000000000A',
    });
  });

  const bad: [string, Record<string, unknown>][] = [
    ['an unknown role', { tenantId: TENANT, role: 'root' }],
    ['no tenant', { role: 'employee' }],
    ['a tenant id that is not a string', { tenantId: 42, role: 'employee' }],
    ['a tenant id that is not a ULID', { tenantId: 'lampung', role: 'employee' }],
    ['a platform admin inside a tenant', { tenantId: TENANT, role: 'platform-admin' }],
    ['a tenant role on the platform', { tenantId: PLATFORM_TENANT_ID, role: 'tenant-admin' }],
    ['an agency id that is not a string', { tenantId: TENANT, role: 'employee', agencyId: { $ne: null } }],
  ];
  for (const [what, claims] of bad) {
    it(`refuses ${what} even with a valid signature`, async () => {
      expect(await status(id.verify(await signed(claims)))).toBe(401);
    });
  }

  it('refuses a token signed with HS256 or none', async () => {
    const hs = await new SignJWT({ tenantId: TENANT, role: 'employee' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('pamong-local')
      .setAudience('pamong')
      .setIssuedAt(Math.floor(T0.getTime() / 1000))
      .setExpirationTime(Math.floor(T0.getTime() / 1000) + 60)
      .sign(new TextEncoder().encode('0123456789abcdef0123456789abcdef'));
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${hs.split('.')[1]}.`;
    expect(await status(id.verify(hs))).toBe(401);
    expect(await status(id.verify(none))).toBe(401);
  });

  it('rejects a private key that is not P-256', async () => {
    await expect(
      createLocalIdentity({
        stores: singleStoreProvider(store),
        privateJwk: { kty: 'RSA', n: 'x', e: 'AQAB', d: 'y' },
      }),
    ).rejects.toThrow(/P-256/);
  });
});
