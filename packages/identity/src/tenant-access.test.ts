import type { AssumedCredentials, AssumeRoleInput } from '@pamong/aws';
import { createCursorCodec } from '@pamong/db';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAwsStoreProvider, createTenantCredentialProvider } from './tenant-access';

const ROLE = 'arn:aws:iam::123456789012:role/pamong-tenant-access';
const TENANT_A = '01JAAAAAAAAAAAAAAAAAAAAAAA';
const TENANT_B = '01JBBBBBBBBBBBBBBBBBBBBBBB';
const T0 = new Date('2026-03-02T03:00:00Z');
const HOUR = 3600_000;

/**
 * STS as the provider sees it: the AssumeRole calls made (their inputs), answered by `answer` in
 * turn. The signed call itself (`@pamong/aws` createAssumeRole) is tested against the SDK's request
 * and a local STS stand-in in packages/aws/src/services.test.ts.
 */
const sts = {
  calls: [] as AssumeRoleInput[],
  answers: [] as ((input: AssumeRoleInput) => Promise<AssumedCredentials>)[],
  fallback: (async () => {
    throw new Error('no answer set');
  }) as (input: AssumeRoleInput) => Promise<AssumedCredentials>,
  assumeRole: async (input: AssumeRoleInput): Promise<AssumedCredentials> => {
    sts.calls.push(input);
    return (sts.answers.shift() ?? sts.fallback)(input);
  },
  reset() {
    sts.calls = [];
    sts.answers = [];
    sts.fallback = async () => {
      throw new Error('no answer set');
    };
  },
};

const credentialsAt = (id: string, expiration: Date): AssumedCredentials => ({
  accessKeyId: id,
  secretAccessKey: 's',
  sessionToken: 't',
  expiration,
});

/** Each AssumeRole answers with a distinct key id and an expiry one hour after the clock. */
function answerWithHourCredentials(clock: { now: Date }) {
  let n = 0;
  sts.fallback = async () => {
    n += 1;
    return {
      accessKeyId: `ASIA${n}`,
      secretAccessKey: `secret-${n}`,
      sessionToken: `token-${n}`,
      expiration: new Date(clock.now.getTime() + HOUR),
    };
  };
}

function provider(clock: { now: Date }) {
  return createTenantCredentialProvider({ roleArn: ROLE, assumeRole: sts.assumeRole, now: () => clock.now });
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
    expect(sts.calls).toEqual([
      {
        roleArn: ROLE,
        sessionName: `tenant-${TENANT_A}`,
        durationSeconds: undefined,
        tags: { tenantId: TENANT_A },
        transitiveTagKeys: ['tenantId'],
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
    expect(sts.calls).toHaveLength(2);
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
    expect(sts.calls.map((i) => [i.sessionName, i.tags])).toEqual([
      [`tenant-${TENANT_A}`, { tenantId: TENANT_A }],
      [`tenant-${TENANT_B}`, { tenantId: TENANT_B }],
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
    expect(sts.calls).toHaveLength(2);
  });

  it('does not cache a failure: the error reaches every waiting caller and the next call retries', async () => {
    const clock = { now: T0 };
    sts.answers.push(async () => {
      throw Object.assign(new Error('Rate exceeded'), { name: 'Throttling' });
    });
    sts.fallback = async () => credentialsAt('ASIA-OK', new Date(T0.getTime() + HOUR));
    const credentialsFor = provider(clock);
    const [one, two] = await Promise.allSettled([credentialsFor(TENANT_A), credentialsFor(TENANT_A)]);
    expect(one).toMatchObject({ status: 'rejected', reason: { message: 'Rate exceeded' } });
    expect(two).toMatchObject({ status: 'rejected', reason: { message: 'Rate exceeded' } });
    expect(sts.calls).toHaveLength(1);

    expect((await credentialsFor(TENANT_A)).accessKeyId).toBe('ASIA-OK');
    expect(sts.calls).toHaveLength(2);
  });

  it('does not cache a refusal of incomplete credentials (createAssumeRole throws it)', async () => {
    sts.fallback = async () => {
      throw new Error('STS AssumeRole returned incomplete credentials');
    };
    const credentialsFor = provider({ now: T0 });
    await expect(credentialsFor(TENANT_A)).rejects.toThrow(/incomplete/);
    await expect(credentialsFor(TENANT_A)).rejects.toThrow(/incomplete/);
    expect(sts.calls).toHaveLength(2);
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
    expect(sts.calls).toHaveLength(0);
  });

  it('passes the requested session duration', async () => {
    const clock = { now: T0 };
    answerWithHourCredentials(clock);
    const credentialsFor = createTenantCredentialProvider({
      roleArn: ROLE,
      assumeRole: sts.assumeRole,
      now: () => clock.now,
      durationSeconds: 900,
    });
    await credentialsFor(TENANT_A);
    expect(sts.calls[0]!.durationSeconds).toBe(900);
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
      assumeRole: sts.assumeRole,
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
    expect(sts.calls).toHaveLength(2);
  });

  it("uses the function's own credentials for the platform store", async () => {
    const p = stores();
    expect(p.platform()).toBe(p.platform());
    expect(p.platform()).not.toBe(await p.forTenant(TENANT_A));
    expect(sts.calls).toHaveLength(1);
  });

  it('refuses a bad tenant id before any STS call', async () => {
    const p = stores();
    await expect(p.forTenant('PLATFORM')).rejects.toThrow(/ULID/);
    expect(sts.calls).toHaveLength(0);
  });

  it('surfaces an STS failure from forTenant and retries on the next request', async () => {
    sts.reset();
    sts.answers.push(async () => {
      throw new Error('AccessDenied');
    });
    sts.fallback = async () => credentialsAt('ASIA-R', new Date(T0.getTime() + HOUR));
    const p = createAwsStoreProvider({
      tableName: 'pamong',
      region: 'ap-southeast-3',
      roleArn: ROLE,
      cursors,
      assumeRole: sts.assumeRole,
      now: () => T0,
    });
    await expect(p.forTenant(TENANT_A)).rejects.toThrow('AccessDenied');
    const store = await p.forTenant(TENANT_A);
    expect(store.tableName).toBe('pamong');
  });
});
