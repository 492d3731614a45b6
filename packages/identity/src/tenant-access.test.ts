import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { createCursorCodec } from '@pamong/db';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAwsStoreProvider, createTenantCredentialProvider } from './tenant-access';

const ROLE = 'arn:aws:iam::123456789012:role/pamong-tenant-access';
const TENANT_A = '01JAAAAAAAAAAAAAAAAAAAAAAA';
const TENANT_B = '01JBBBBBBBBBBBBBBBBBBBBBBB';
const T0 = new Date('2026-03-02T03:00:00Z');
const HOUR = 3600_000;

const sts = mockClient(STSClient);

/** Each AssumeRole answers with a distinct key id and an expiry one hour after the clock. */
function answerWithHourCredentials(clock: { now: Date }) {
  let n = 0;
  sts.on(AssumeRoleCommand).callsFake(async () => {
    n += 1;
    return {
      Credentials: {
        AccessKeyId: `ASIA${n}`,
        SecretAccessKey: `secret-${n}`,
        SessionToken: `token-${n}`,
        Expiration: new Date(clock.now.getTime() + HOUR),
      },
    };
  });
}

function provider(clock: { now: Date }) {
  return createTenantCredentialProvider({ roleArn: ROLE, sts: new STSClient({}), now: () => clock.now });
}

beforeEach(() => sts.reset());

describe('tenant credential provider', () => {
  it('assumes the role with the tenantId session tag, once per tenant within the cache window', async () => {
    const clock = { now: T0 };
    answerWithHourCredentials(clock);
    const credentialsFor = provider(clock);

    const first = await credentialsFor(TENANT_A);
    clock.now = new Date(T0.getTime() + 30 * 60_000);
    const second = await credentialsFor(TENANT_A);

    expect(second).toEqual(first);
    expect(first).toEqual({
      accessKeyId: 'ASIA1',
      secretAccessKey: 'secret-1',
      sessionToken: 'token-1',
      expiration: new Date(T0.getTime() + HOUR),
    });
    expect(sts.commandCalls(AssumeRoleCommand).map((c) => c.args[0].input)).toEqual([
      {
        RoleArn: ROLE,
        RoleSessionName: `tenant-${TENANT_A}`,
        Tags: [{ Key: 'tenantId', Value: TENANT_A }],
        TransitiveTagKeys: ['tenantId'],
      },
    ]);
  });

  it('renews 5 minutes before expiry, not earlier', async () => {
    const clock = { now: T0 };
    answerWithHourCredentials(clock);
    const credentialsFor = provider(clock);
    await credentialsFor(TENANT_A);

    clock.now = new Date(T0.getTime() + HOUR - 5 * 60_000 - 1);
    expect((await credentialsFor(TENANT_A)).accessKeyId).toBe('ASIA1');
    clock.now = new Date(T0.getTime() + HOUR - 5 * 60_000);
    expect((await credentialsFor(TENANT_A)).accessKeyId).toBe('ASIA2');
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(2);
  });

  it('keeps tenants apart: two tenants, two calls, each with its own tag', async () => {
    const clock = { now: T0 };
    answerWithHourCredentials(clock);
    const credentialsFor = provider(clock);
    const a = await credentialsFor(TENANT_A);
    const b = await credentialsFor(TENANT_B);
    await credentialsFor(TENANT_A);
    await credentialsFor(TENANT_B);

    expect(a.accessKeyId).not.toBe(b.accessKeyId);
    const inputs = sts.commandCalls(AssumeRoleCommand).map((c) => c.args[0].input);
    expect(inputs.map((i) => [i.RoleSessionName, i.Tags])).toEqual([
      [`tenant-${TENANT_A}`, [{ Key: 'tenantId', Value: TENANT_A }]],
      [`tenant-${TENANT_B}`, [{ Key: 'tenantId', Value: TENANT_B }]],
    ]);
  });

  it('shares one in-flight request between concurrent callers of one tenant', async () => {
    const clock = { now: T0 };
    answerWithHourCredentials(clock);
    const credentialsFor = provider(clock);
    const results = await Promise.all([
      credentialsFor(TENANT_A),
      credentialsFor(TENANT_A),
      credentialsFor(TENANT_A),
      credentialsFor(TENANT_B),
    ]);
    expect(new Set(results.slice(0, 3).map((r) => r.accessKeyId)).size).toBe(1);
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(2);
  });

  it('does not cache a failure: the error reaches every waiting caller and the next call retries', async () => {
    const clock = { now: T0 };
    sts
      .on(AssumeRoleCommand)
      .rejectsOnce(Object.assign(new Error('Rate exceeded'), { name: 'Throttling' }))
      .resolves({
        Credentials: {
          AccessKeyId: 'ASIA-OK',
          SecretAccessKey: 's',
          SessionToken: 't',
          Expiration: new Date(T0.getTime() + HOUR),
        },
      });
    const credentialsFor = provider(clock);
    const [one, two] = await Promise.allSettled([credentialsFor(TENANT_A), credentialsFor(TENANT_A)]);
    expect(one).toMatchObject({ status: 'rejected', reason: { message: 'Rate exceeded' } });
    expect(two).toMatchObject({ status: 'rejected', reason: { message: 'Rate exceeded' } });
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(1);

    expect((await credentialsFor(TENANT_A)).accessKeyId).toBe('ASIA-OK');
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(2);
  });

  it('refuses incomplete credentials instead of caching them', async () => {
    sts.on(AssumeRoleCommand).resolves({ Credentials: undefined });
    const credentialsFor = provider({ now: T0 });
    await expect(credentialsFor(TENANT_A)).rejects.toThrow(/incomplete/);
    await expect(credentialsFor(TENANT_A)).rejects.toThrow(/incomplete/);
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(2);
  });

  it('refuses a tenant id that is not a ULID without calling STS', async () => {
    const credentialsFor = provider({ now: T0 });
    for (const bad of [
      '',
      'lampung',
      `${TENANT_A}#`,
      '01jaaaaaaaaaaaaaaaaaaaaaaa',
      'PLATFORM',
      `${TENANT_A.slice(0, 25)}I`,
    ]) {
      await expect(credentialsFor(bad)).rejects.toThrow(/ULID/);
    }
    expect(sts.calls()).toHaveLength(0);
  });

  it('passes the requested session duration', async () => {
    const clock = { now: T0 };
    answerWithHourCredentials(clock);
    const credentialsFor = createTenantCredentialProvider({
      roleArn: ROLE,
      sts: new STSClient({}),
      now: () => clock.now,
      durationSeconds: 900,
    });
    await credentialsFor(TENANT_A);
    expect(sts.commandCalls(AssumeRoleCommand)[0]!.args[0].input.DurationSeconds).toBe(900);
  });
});

describe('AWS store provider', () => {
  const cursors = createCursorCodec('unit-test-cursor-secret');

  function stores() {
    const clock = { now: T0 };
    answerWithHourCredentials(clock);
    return createAwsStoreProvider({
      tableName: 'pamong',
      region: 'ap-southeast-3',
      roleArn: ROLE,
      cursors,
      sts: new STSClient({}),
      now: () => clock.now,
    });
  }

  it('signs tenant requests with the assumed role and reuses one Store per tenant', async () => {
    const p = stores();
    const a1 = await p.forTenant(TENANT_A);
    const a2 = await p.forTenant(TENANT_A);
    const b = await p.forTenant(TENANT_B);

    expect(a2).toBe(a1);
    expect(b).not.toBe(a1);
    expect(a1.tableName).toBe('pamong');
    // The client resolves its credentials through the tenant's provider, from the cache.
    const resolve = (s: typeof a1) => (s.doc.config.credentials as () => Promise<{ accessKeyId: string }>)();
    expect((await resolve(a1)).accessKeyId).toBe('ASIA1');
    expect((await resolve(b)).accessKeyId).toBe('ASIA2');
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(2);
  });

  it("uses the function's own credentials for the platform store", async () => {
    const p = stores();
    expect(p.platform()).toBe(p.platform());
    expect(p.platform()).not.toBe(await p.forTenant(TENANT_A));
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(1);
  });

  it('refuses a bad tenant id before any STS call', async () => {
    const p = stores();
    await expect(p.forTenant('PLATFORM')).rejects.toThrow(/ULID/);
    expect(sts.calls()).toHaveLength(0);
  });

  it('surfaces an STS failure from forTenant and retries on the next request', async () => {
    sts.reset();
    sts
      .on(AssumeRoleCommand)
      .rejectsOnce(new Error('AccessDenied'))
      .resolves({
        Credentials: {
          AccessKeyId: 'ASIA-R',
          SecretAccessKey: 's',
          SessionToken: 't',
          Expiration: new Date(T0.getTime() + HOUR),
        },
      });
    const p = createAwsStoreProvider({
      tableName: 'pamong',
      region: 'ap-southeast-3',
      roleArn: ROLE,
      cursors,
      sts: new STSClient({}),
      now: () => T0,
    });
    await expect(p.forTenant(TENANT_A)).rejects.toThrow('AccessDenied');
    const store = await p.forTenant(TENANT_A);
    expect(store.tableName).toBe('pamong');
  });
});
