import { createRequire } from 'node:module';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * The root package.json overrides @aws-sdk/credential-provider-node with
 * packages/lambda-credentials: every SDK client's default credentials come from the environment
 * only, as Lambda sets them. These tests hold the override in place for each client Pamong builds
 * and check what a client then does with and without credentials in its environment.
 */
afterEach(() => vi.unstubAllEnvs());

describe('the SDK clients default credentials (packages/lambda-credentials)', () => {
  it('every client resolves @aws-sdk/credential-provider-node to the environment-only provider', () => {
    for (const client of [
      '@aws-sdk/client-dynamodb',
      '@aws-sdk/client-sts',
      '@aws-sdk/client-secrets-manager',
    ]) {
      const fromClient = createRequire(createRequire(import.meta.url).resolve(client));
      const resolved = fromClient.resolve('@aws-sdk/credential-provider-node');
      expect(resolved, client).toMatch(/packages\/lambda-credentials\/index\.cjs$/);
    }
  });

  it('a client takes the function role from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'ASIAFROMLAMBDA');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'lambda-secret');
    vi.stubEnv('AWS_SESSION_TOKEN', 'lambda-token');
    const client = new DynamoDBClient({ region: 'ap-southeast-3' });
    await expect(client.config.credentials()).resolves.toMatchObject({
      accessKeyId: 'ASIAFROMLAMBDA',
      secretAccessKey: 'lambda-secret',
      sessionToken: 'lambda-token',
    });
  });

  it('without them it says where credentials must come from, instead of trying profiles or IMDS', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', undefined);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', undefined);
    vi.stubEnv('AWS_PROFILE', 'someone-sso');
    const client = new DynamoDBClient({ region: 'ap-southeast-3' });
    const err = await client.config.credentials().catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'CredentialsProviderError' });
    expect((err as Error).message).toMatch(
      /^Pamong reads AWS credentials from the environment only \(AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN\)/,
    );
    expect((err as Error).message).toContain('aws configure export-credentials --format env');
  });

  it('explicit credentials (the local stack, the tests) are used as given', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', undefined);
    const client = new DynamoDBClient({
      region: 'local',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await expect(client.config.credentials()).resolves.toMatchObject({ accessKeyId: 'local' });
  });
});
