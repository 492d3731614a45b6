import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { AppError, PLATFORM_TENANT_ID } from '@pamong/core';
import { createCursorCodec, keys, Store, singleStoreProvider } from '@pamong/db';
import { mockClient } from 'aws-sdk-client-mock';
import { importJWK, type JWK, SignJWT } from 'jose';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLocalIdentity, type LocalIdentity } from './local';
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

async function status(p: Promise<unknown>): Promise<number> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).status;
}

const login = (password: string) => id.login({ tenantId: TENANT, username: 'pegawai', password });
const updates = () => dynamo.commandCalls(UpdateCommand).map((c) => c.args[0].input);

describe('local identity: counting failures', () => {
  it('reads the record once, consistently, at the tenant login key', async () => {
    dynamo.on(GetCommand).resolves({ Item: record() });
    await login(PASSWORD);
    expect(dynamo.commandCalls(GetCommand).map((c) => c.args[0].input)).toEqual([
      { TableName: 'table', Key: KEY, ConsistentRead: true },
    ]);
    expect(updates()).toEqual([]);
  });

  it('reads a platform admin at the platform login key', async () => {
    dynamo.on(GetCommand).resolves({
      Item: record({ tenantId: PLATFORM_TENANT_ID, role: 'platform-admin', agencyId: null }),
    });
    await id.login({ tenantId: PLATFORM_TENANT_ID, username: 'root', password: PASSWORD });
    expect(dynamo.commandCalls(GetCommand)[0]!.args[0].input.Key).toEqual(keys.platformLogin('root'));
  });

  it('adds one failure with a single conditional update below the limit', async () => {
    dynamo.on(GetCommand).resolves({ Item: record({ failedAttempts: 2 }) });
    dynamo.on(UpdateCommand).resolves({});
    expect(await status(login('wrong'))).toBe(401);
    expect(updates()).toEqual([
      {
        TableName: 'table',
        Key: KEY,
        UpdateExpression: 'ADD failedAttempts :one',
        ConditionExpression:
          'attribute_exists(pk) AND (attribute_not_exists(failedAttempts) OR failedAttempts < :last) AND attribute_not_exists(lockedUntil)',
        ExpressionAttributeValues: { ':one': 1, ':last': 4 },
      },
    ]);
  });

  it('sets the 15-minute lock in the same update as the fifth failure', async () => {
    dynamo.on(GetCommand).resolves({ Item: record({ failedAttempts: 4 }) });
    dynamo.on(UpdateCommand).resolves({});
    expect(await status(login('wrong'))).toBe(401);
    expect(updates()).toEqual([
      {
        TableName: 'table',
        Key: KEY,
        UpdateExpression: 'ADD failedAttempts :one SET lockedUntil = :until',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':one': 1, ':until': '2026-03-02T03:15:00.000Z' },
      },
    ]);
  });

  it('falls back to the locking update when a racing failure got there first', async () => {
    dynamo.on(GetCommand).resolves({ Item: record({ failedAttempts: 3 }) });
    dynamo.on(UpdateCommand).rejectsOnce(conditionFailed()).resolves({});
    expect(await status(login('wrong'))).toBe(401);
    expect(updates().map((u) => u.UpdateExpression)).toEqual([
      'ADD failedAttempts :one',
      'ADD failedAttempts :one SET lockedUntil = :until',
    ]);
  });

  it('restarts the count after an expired lock, conditional on that very lock', async () => {
    dynamo
      .on(GetCommand)
      .resolves({ Item: record({ failedAttempts: 5, lockedUntil: '2026-03-02T02:00:00.000Z' }) });
    dynamo.on(UpdateCommand).resolves({});
    expect(await status(login('wrong'))).toBe(401);
    expect(updates()).toEqual([
      {
        TableName: 'table',
        Key: KEY,
        UpdateExpression: 'SET failedAttempts = :one REMOVE lockedUntil',
        ConditionExpression: 'lockedUntil = :seen',
        ExpressionAttributeValues: { ':one': 1, ':seen': '2026-03-02T02:00:00.000Z' },
      },
    ]);
  });

  it('still answers 401 when the record vanished between the read and the update', async () => {
    dynamo.on(GetCommand).resolves({ Item: record({ failedAttempts: 1 }) });
    dynamo.on(UpdateCommand).rejects(conditionFailed());
    expect(await status(login('wrong'))).toBe(401);
    expect(updates()).toHaveLength(2);
  });

  it('lets a DynamoDB outage surface instead of pretending the password was wrong', async () => {
    dynamo.on(GetCommand).resolves({ Item: record({ failedAttempts: 1 }) });
    dynamo
      .on(UpdateCommand)
      .rejects(
        Object.assign(new Error('Throughput exceeded'), { name: 'ProvisionedThroughputExceededException' }),
      );
    await expect(login('wrong')).rejects.toThrow('Throughput exceeded');
  });

  it('refuses a live lock before checking the password and writes nothing', async () => {
    dynamo
      .on(GetCommand)
      .resolves({ Item: record({ failedAttempts: 5, lockedUntil: '2026-03-02T03:10:00.000Z' }) });
    expect(await status(login(PASSWORD))).toBe(423);
    expect(await status(login('wrong'))).toBe(423);
    expect(updates()).toEqual([]);
  });

  it('clears the counter and the lock on success', async () => {
    dynamo
      .on(GetCommand)
      .resolves({ Item: record({ failedAttempts: 5, lockedUntil: '2026-03-02T02:59:59.000Z' }) });
    dynamo.on(UpdateCommand).resolves({});
    await login(PASSWORD);
    expect(updates()).toEqual([
      {
        TableName: 'table',
        Key: KEY,
        UpdateExpression: 'SET failedAttempts = :zero REMOVE lockedUntil',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':zero': 0 },
      },
    ]);
  });

  it('counts wrong passwords of a disabled account like any other', async () => {
    dynamo.on(GetCommand).resolves({ Item: record({ status: 'disabled' }) });
    dynamo.on(UpdateCommand).resolves({});
    expect(await status(login('wrong'))).toBe(401);
    expect(await status(login(PASSWORD))).toBe(403);
    expect(updates()).toHaveLength(1);
  });

  it('treats a record without a password hash (made for Cognito) as unknown, without counting', async () => {
    dynamo.on(GetCommand).resolves({ Item: record({ passwordHash: undefined }) });
    expect(await status(login(PASSWORD))).toBe(401);
    expect(updates()).toEqual([]);
  });

  it('never reads the table for a tenant id that is not a ULID', async () => {
    expect(await status(id.login({ tenantId: 'T#evil', username: 'pegawai', password: PASSWORD }))).toBe(401);
    expect(dynamo.calls()).toHaveLength(0);
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
