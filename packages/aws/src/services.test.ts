import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it, vi } from 'vitest';
import { AwsServiceError, awsJsonClient, xmlText } from './call';
import { createAssumeRole, createSecretReader } from './services';
import {
  fetchTransport,
  reply,
  setupSigningTests,
  signedHeaderNames,
  TEST_CREDENTIALS,
  withoutSdkBookkeeping,
} from './test-util';

const NOW = new Date('2025-01-01T00:00:00Z');
const REGION = 'ap-southeast-3';
const CREDENTIALS = TEST_CREDENTIALS;
const ROLE = 'arn:aws:iam::123456789012:role/pamong-tenant-access';
const TENANT = '01JAAAAAAAAAAAAAAAAAAAAAAA';
const SECRET = 'arn:aws:secretsmanager:ap-southeast-3:123456789012:secret:cursor-AbCdEf';

const openServer = setupSigningTests(NOW);

const assumeRoleXml = (
  expiration: string,
) => `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleResult>
    <AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/x/tenant-${TENANT}</Arn><AssumedRoleId>AROA:x</AssumedRoleId></AssumedRoleUser>
    <Credentials>
      <AccessKeyId>ASIATENANT</AccessKeyId>
      <SecretAccessKey>tenant/secret+key</SecretAccessKey>
      <SessionToken>FwoGZXIvYXdzE&amp;token</SessionToken>
      <Expiration>${expiration}</Expiration>
    </Credentials>
    <PackedPolicySize>6</PackedPolicySize>
  </AssumeRoleResult>
  <ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata>
</AssumeRoleResponse>`;

const stsError = (code: string, message: string) =>
  `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>req-1</RequestId></ErrorResponse>`;

const TENANT_INPUT = {
  roleArn: ROLE,
  sessionName: `tenant-${TENANT}`,
  durationSeconds: 900,
  tags: { tenantId: TENANT },
  transitiveTagKeys: ['tenantId'],
};

describe('createAssumeRole (STS, query protocol)', () => {
  it('sends the request @aws-sdk/client-sts sends: same body, same signed headers, same Authorization', async () => {
    const server = await openServer((_req, res) => reply(res, 200, assumeRoleXml('2025-01-01T01:00:00Z')));
    const sdk = withoutSdkBookkeeping(
      new STSClient({ region: REGION, credentials: CREDENTIALS, endpoint: server.url, maxAttempts: 1 }),
    );
    await sdk.send(
      new AssumeRoleCommand({
        RoleArn: ROLE,
        RoleSessionName: `tenant-${TENANT}`,
        DurationSeconds: 900,
        Tags: [{ Key: 'tenantId', Value: TENANT }],
        TransitiveTagKeys: ['tenantId'],
      }),
    );
    await createAssumeRole({ region: REGION, credentials: CREDENTIALS, endpoint: server.url })(TENANT_INPUT);
    const [theirs, ours] = server.received;
    expect(ours!.method).toBe('POST');
    expect(ours!.url).toBe(theirs!.url);
    expect(ours!.body.toString()).toBe(theirs!.body.toString());
    expect(Object.fromEntries(new URLSearchParams(ours!.body.toString()))).toEqual({
      Action: 'AssumeRole',
      Version: '2011-06-15',
      RoleArn: ROLE,
      RoleSessionName: `tenant-${TENANT}`,
      DurationSeconds: '900',
      'Tags.member.1.Key': 'tenantId',
      'Tags.member.1.Value': TENANT,
      'TransitiveTagKeys.member.1': 'tenantId',
    });
    const signed = signedHeaderNames(ours!.headers.authorization);
    expect(signed).toEqual(signedHeaderNames(theirs!.headers.authorization));
    for (const name of signed) expect(ours!.headers[name], name).toBe(theirs!.headers[name]);
    expect(ours!.headers.authorization).toBe(theirs!.headers.authorization);
    expect(ours!.headers.authorization).toMatch(/Credential=ASIAEXAMPLE\/20250101\/ap-southeast-3\/sts\//);
  });

  it('goes to the regional STS endpoint, as the SDK does by default', async () => {
    const urls: string[] = [];
    const fetchImpl = (async (url: string) => {
      urls.push(url);
      return new Response(assumeRoleXml('2025-01-01T01:00:00Z'));
    }) as typeof fetch;
    await createAssumeRole({
      region: REGION,
      credentials: CREDENTIALS,
      transport: fetchTransport(fetchImpl),
      env: {},
    })(TENANT_INPUT);
    expect(urls).toEqual(['https://sts.ap-southeast-3.amazonaws.com/']);
  });

  it('reads the credentials and their expiry, XML entities decoded', async () => {
    const server = await openServer((_req, res) => reply(res, 200, assumeRoleXml('2025-01-01T01:00:00Z')));
    const out = await createAssumeRole({ region: REGION, credentials: CREDENTIALS, endpoint: server.url })(
      TENANT_INPUT,
    );
    expect(out).toEqual({
      accessKeyId: 'ASIATENANT',
      secretAccessKey: 'tenant/secret+key',
      sessionToken: 'FwoGZXIvYXdzE&token',
      expiration: new Date('2025-01-01T01:00:00Z'),
    });
  });

  it('refuses an answer without every part of the credentials', async () => {
    const server = await openServer((_req, res) =>
      reply(res, 200, assumeRoleXml('not a date').replace('<AccessKeyId>ASIATENANT</AccessKeyId>', '')),
    );
    await expect(
      createAssumeRole({ region: REGION, credentials: CREDENTIALS, endpoint: server.url })(TENANT_INPUT),
    ).rejects.toThrow('STS AssumeRole returned incomplete credentials');
  });

  it('a refusal (AccessDenied, 403) is an AwsServiceError named by its code, and is not retried', async () => {
    const server = await openServer((_req, res) =>
      reply(res, 403, stsError('AccessDenied', 'User is not authorized to perform: sts:TagSession')),
    );
    const err = await createAssumeRole({ region: REGION, credentials: CREDENTIALS, endpoint: server.url })(
      TENANT_INPUT,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AwsServiceError);
    expect(err).toMatchObject({
      name: 'AccessDenied',
      message: 'User is not authorized to perform: sts:TagSession',
      status: 403,
      requestId: 'req-1',
    });
    expect(server.received).toHaveLength(1);
  });

  it('throttling and server faults are tried again, up to three attempts in all', async () => {
    const answers: [number, string][] = [
      [400, stsError('Throttling', 'Rate exceeded')],
      [500, stsError('InternalFailure', 'oops')],
      [200, assumeRoleXml('2025-01-01T01:00:00Z')],
    ];
    const server = await openServer((_req, res, i) => reply(res, ...answers[i]!));
    const out = await createAssumeRole({ region: REGION, credentials: CREDENTIALS, endpoint: server.url })(
      TENANT_INPUT,
    );
    expect(out.accessKeyId).toBe('ASIATENANT');
    expect(server.received).toHaveLength(3);

    const failing = await openServer((_req, res) => reply(res, 503, stsError('ServiceUnavailable', 'down')));
    await expect(
      createAssumeRole({ region: REGION, credentials: CREDENTIALS, endpoint: failing.url })(TENANT_INPUT),
    ).rejects.toMatchObject({ name: 'ServiceUnavailable', status: 503 });
    expect(failing.received).toHaveLength(3);
  });

  it('an attempt that gets no answer in time is given up and tried again', async () => {
    const server = await openServer(() => {
      // Never answers.
    });
    const err = await createAssumeRole({
      region: REGION,
      credentials: CREDENTIALS,
      endpoint: server.url,
      timeoutMs: 50,
      attempts: 2,
    })(TENANT_INPUT).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'TimeoutError' });
    expect(server.received).toHaveLength(2);
  });

  it('without credentials in the environment nothing is sent', async () => {
    const server = await openServer((_req, res) => reply(res, 200, assumeRoleXml('2025-01-01T01:00:00Z')));
    for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'])
      vi.stubEnv(name, undefined);
    await expect(
      createAssumeRole({ region: REGION, endpoint: server.url })(TENANT_INPUT),
    ).rejects.toMatchObject({
      name: 'CredentialsProviderError',
    });
    expect(server.received).toHaveLength(0);
  });
});

describe('createSecretReader (Secrets Manager, JSON protocol)', () => {
  it('sends the request @aws-sdk/client-secrets-manager sends, and reads SecretString', async () => {
    const server = await openServer((_req, res) =>
      reply(res, 200, JSON.stringify({ ARN: SECRET, Name: 'cursor', SecretString: 'k'.repeat(64) }), {
        'content-type': 'application/x-amz-json-1.1',
      }),
    );
    const sdk = withoutSdkBookkeeping(
      new SecretsManagerClient({
        region: REGION,
        credentials: CREDENTIALS,
        endpoint: server.url,
        maxAttempts: 1,
      }),
    );
    await sdk.send(new GetSecretValueCommand({ SecretId: SECRET }));
    const value = await createSecretReader({
      region: REGION,
      credentials: CREDENTIALS,
      endpoint: server.url,
    })(SECRET);
    expect(value).toBe('k'.repeat(64));
    const [theirs, ours] = server.received;
    expect(ours!.url).toBe(theirs!.url);
    expect(ours!.headers['x-amz-target']).toBe('secretsmanager.GetSecretValue');
    expect(ours!.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(JSON.parse(ours!.body.toString())).toEqual({ SecretId: SECRET });
    expect(ours!.body.toString()).toBe(theirs!.body.toString());
    const signed = signedHeaderNames(ours!.headers.authorization);
    expect(signed).toEqual(signedHeaderNames(theirs!.headers.authorization));
    expect(ours!.headers.authorization).toBe(theirs!.headers.authorization);
  });

  it('is sent with node:http(s), not the global fetch (whose first use loads undici, ~11 ms of a cold start)', async () => {
    const server = await openServer((_req, res) => reply(res, 200, JSON.stringify({ SecretString: 'node' })));
    vi.stubGlobal('fetch', () => {
      throw new Error('the global fetch was used');
    });
    try {
      const read = createSecretReader({ region: REGION, credentials: CREDENTIALS, endpoint: server.url });
      expect(await read(SECRET)).toBe('node');
    } finally {
      vi.unstubAllGlobals();
    }
    expect(server.received[0]!.headers['content-length']).toBe(
      String(JSON.stringify({ SecretId: SECRET }).length),
    );
  });

  it('honours AWS_ENDPOINT_URL_SECRETS_MANAGER, as the SDK does', async () => {
    const server = await openServer((_req, res) => reply(res, 200, JSON.stringify({ SecretString: 's' })));
    const read = createSecretReader({
      region: REGION,
      credentials: CREDENTIALS,
      env: { AWS_ENDPOINT_URL_SECRETS_MANAGER: server.url },
    });
    expect(await read(SECRET)).toBe('s');
    expect(server.received).toHaveLength(1);
  });

  it('a missing secret is ResourceNotFoundException; a binary secret is refused', async () => {
    const answers: [number, string, Record<string, string>][] = [
      [
        400,
        JSON.stringify({
          __type: 'com.amazonaws.secretsmanager#ResourceNotFoundException',
          message: "Secrets Manager can't find the specified secret.",
        }),
        {},
      ],
      [200, JSON.stringify({ SecretBinary: 'AAEC' }), {}],
    ];
    const server = await openServer((_req, res, i) => reply(res, ...answers[i]!));
    const read = createSecretReader({ region: REGION, credentials: CREDENTIALS, endpoint: server.url });
    await expect(read(SECRET)).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: "Secrets Manager can't find the specified secret.",
      status: 400,
    });
    await expect(read(SECRET)).rejects.toThrow(`the secret ${SECRET} has no string value`);
    expect(server.received).toHaveLength(2);
  });
});

describe('awsJsonClient: error codes', () => {
  it('takes the code from x-amzn-errortype before the body, without its namespace or URL', async () => {
    const answers: [number, string, Record<string, string>][] = [
      [
        400,
        '{"message":"exists"}',
        { 'x-amzn-errortype': 'UsernameExistsException:http://internal.amazon.com/' },
      ],
      [400, '{"__type":"aws.cognito#InvalidPasswordException","message":"short"}', {}],
      [403, '<html>proxy</html>', {}],
    ];
    const server = await openServer((_req, res, i) => reply(res, ...answers[i]!));
    const call = awsJsonClient({
      service: 'cognito-idp',
      endpointId: 'COGNITO_IDENTITY_PROVIDER',
      targetPrefix: 'AWSCognitoIdentityProviderService',
      jsonVersion: '1.1',
      region: REGION,
      credentials: CREDENTIALS,
      endpoint: server.url,
    });
    await expect(call('SignUp', {})).rejects.toMatchObject({
      name: 'UsernameExistsException',
      message: 'exists',
    });
    await expect(call('SignUp', {})).rejects.toMatchObject({
      name: 'InvalidPasswordException',
      message: 'short',
    });
    await expect(call('SignUp', {})).rejects.toMatchObject({ name: 'AwsHttp403', status: 403 });
    expect(server.received[0]!.headers['x-amz-target']).toBe('AWSCognitoIdentityProviderService.SignUp');
  });
});

describe('xmlText', () => {
  it('reads the first element of a name and decodes entities', () => {
    expect(xmlText('<a><B>x &lt;1&gt; &#65;&#x42; &quot;&apos;&amp;</B><B>y</B></a>', 'B')).toBe(
      `x <1> AB "'&`,
    );
    expect(xmlText('<a/>', 'B')).toBeUndefined();
  });
});
