import { AdminCreateUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { AwsServiceError } from '@pamong/aws';
import {
  type CapturedRequest,
  capturingFetch,
  fetchTransport,
  headersOf,
  reply,
  setupSigningTests,
  TEST_CREDENTIALS,
} from '@pamong/aws/test-util';
import { AppError } from '@pamong/core';
import {
  type CryptoKey,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  type JWTPayload,
  SignJWT,
} from 'jose';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CognitoIdentityOptions, cognitoCall, createCognitoIdentity } from './cognito';
import {
  capturingCognitoClient,
  fakeCognito,
  JSON_11,
  refusal,
  cognitoRefusal as refuse,
  sdkBody,
  target,
} from './cognito-test-util';
import type { IdentityPort } from './port';

const REGION = 'ap-southeast-3';
const POOL = 'ap-southeast-3_TestPool1';
const CLIENT_ID = 'client-abc123';
const ISSUER = `https://cognito-idp.${REGION}.amazonaws.com/${POOL}`;
const TENANT = '01JABCDEFGHJKMNPQRSTVWXYZ0';
const AGENCY = '01JAGENCY0000000000000000A';
const USER_ID = 'c3f1a2b4-0000-4000-8000-000000000001';
const NOW = new Date('2026-03-02T03:00:00Z');
const CREDENTIALS = TEST_CREDENTIALS;

let cognito: ReturnType<typeof fakeCognito>;
beforeEach(() => {
  cognito = fakeCognito();
});

let signingKey: CryptoKey;
let otherKey: CryptoKey;
let jwks: ReturnType<typeof createLocalJWKSet>;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signingKey = pair.privateKey;
  otherKey = (await generateKeyPair('RS256')).privateKey;
  const pub = await exportJWK(pair.publicKey);
  jwks = createLocalJWKSet({ keys: [{ ...pub, kid: 'pool-key', alg: 'RS256', use: 'sig' }] });
});

function idToken(
  overrides: JWTPayload = {},
  opts: { key?: CryptoKey; iat?: number; exp?: number; audience?: string; issuer?: string } = {},
) {
  const iat = opts.iat ?? Math.floor(NOW.getTime() / 1000);
  return new SignJWT({
    token_use: 'id',
    name: 'Siti Rahmawati',
    'cognito:username': `${TENANT}.siti`,
    'custom:tenantId': TENANT,
    'custom:role': 'agency-admin',
    'custom:agencyId': AGENCY,
    ...overrides,
  })
    .setProtectedHeader({ alg: 'RS256', kid: 'pool-key' })
    .setSubject(USER_ID)
    .setIssuer(opts.issuer ?? ISSUER)
    .setAudience(opts.audience ?? CLIENT_ID)
    .setIssuedAt(iat)
    .setExpirationTime(opts.exp ?? iat + 3600)
    .sign(opts.key ?? signingKey);
}

function identity(o: Partial<CognitoIdentityOptions> = {}): IdentityPort {
  return createCognitoIdentity({
    userPoolId: POOL,
    clientId: CLIENT_ID,
    region: REGION,
    call: cognito.call,
    jwks,
    now: () => NOW,
    ...o,
  });
}

async function problem(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

const body = (e: AppError) => ({ status: e.status, type: e.type, title: e.title, detail: e.detail });

const account = {
  tenantId: TENANT,
  userId: USER_ID,
  username: 'siti',
  password: 'rahasia-sekali-2026',
  name: 'Siti Rahmawati',
  email: 'siti@example.go.id',
  role: 'agency-admin' as const,
  agencyId: AGENCY,
  employeeId: null,
};

/** What provisionAccount(account) asks AdminCreateUser. */
const CREATE_INPUT = {
  UserPoolId: POOL,
  Username: `${TENANT}.siti`,
  MessageAction: 'SUPPRESS',
  UserAttributes: [
    { Name: 'name', Value: 'Siti Rahmawati' },
    { Name: 'email', Value: 'siti@example.go.id' },
    { Name: 'custom:tenantId', Value: TENANT },
    { Name: 'custom:role', Value: 'agency-admin' },
    { Name: 'custom:agencyId', Value: AGENCY },
  ],
};

describe('Cognito adapter: accounts', () => {
  it('keeps no credential in the table', async () => {
    expect(await identity().credentialAttributes('anything')).toEqual({});
  });

  it('creates the user with the tenant attributes, then sets a permanent password', async () => {
    cognito.on('AdminCreateUser', {});
    cognito.on('AdminSetUserPassword', {});
    await identity().provisionAccount(account);

    expect(cognito.operations()).toEqual(['AdminCreateUser', 'AdminSetUserPassword']);
    expect(cognito.inputs('AdminCreateUser')).toEqual([CREATE_INPUT]);
    expect(cognito.inputs('AdminSetUserPassword')).toEqual([
      {
        UserPoolId: POOL,
        Username: `${TENANT}.siti`,
        Password: 'rahasia-sekali-2026',
        Permanent: true,
      },
    ]);
  });

  it('sends the employee id and leaves out a missing email and agency', async () => {
    cognito.on('AdminCreateUser', {});
    cognito.on('AdminSetUserPassword', {});
    await identity().provisionAccount({
      ...account,
      email: undefined,
      role: 'tenant-admin',
      agencyId: null,
      employeeId: 'EMP-1',
    });
    expect(cognito.inputs('AdminCreateUser')[0]!.UserAttributes).toEqual([
      { Name: 'name', Value: 'Siti Rahmawati' },
      { Name: 'custom:tenantId', Value: TENANT },
      { Name: 'custom:role', Value: 'tenant-admin' },
      { Name: 'custom:employeeId', Value: 'EMP-1' },
    ]);
  });

  it('deletes the new user when the password cannot be set, and reports a validation error', async () => {
    cognito.on('AdminCreateUser', {});
    cognito.on(
      'AdminSetUserPassword',
      refusal('InvalidPasswordException', 'Password does not conform to policy'),
    );
    cognito.on('AdminDeleteUser', {});

    const err = await problem(identity().provisionAccount(account));
    expect(err.status).toBe(400);
    expect(err.type).toBe('validation');
    expect(err.errors).toEqual([{ path: 'password', message: 'Password does not conform to policy' }]);
    expect(cognito.operations()).toEqual(['AdminCreateUser', 'AdminSetUserPassword', 'AdminDeleteUser']);
    expect(cognito.inputs('AdminDeleteUser')).toEqual([{ UserPoolId: POOL, Username: `${TENANT}.siti` }]);
  });

  it('still rolls back, and keeps the first error, when the password call fails unexpectedly', async () => {
    cognito.on('AdminCreateUser', {});
    cognito.on('AdminSetUserPassword', new Error('network down'));
    cognito.on('AdminDeleteUser', new Error('also down'));
    await expect(identity().provisionAccount(account)).rejects.toThrow('network down');
    expect(cognito.inputs('AdminDeleteUser')).toHaveLength(1);
  });

  it('maps an existing username to 409 and sets no password', async () => {
    cognito.on('AdminCreateUser', refusal('UsernameExistsException', 'User account already exists'));
    const err = await problem(identity().provisionAccount(account));
    expect(err.status).toBe(409);
    expect(err.type).toBe('conflict');
    expect(err.detail).toBe('The username "siti" is already taken in this tenant.');
    expect(cognito.operations()).toEqual(['AdminCreateUser']);
  });

  it('answers 429 when Cognito throttles the account calls', async () => {
    cognito.on(
      'AdminCreateUser',
      refusal('TooManyRequestsException', 'Too many requests', 429),
      refusal('LimitExceededException', 'Limit exceeded'),
    );
    for (let i = 0; i < 2; i++) {
      const err = await problem(identity().provisionAccount(account));
      expect([err.status, err.type]).toEqual([429, 'rate-limited']);
    }
  });

  it('syncs role and agency as attributes, clears a removed agency, and disables', async () => {
    for (const op of ['AdminUpdateUserAttributes', 'AdminDeleteUserAttributes', 'AdminDisableUser']) {
      cognito.on(op, {});
    }
    await identity().syncAccount(TENANT, 'siti', { role: 'tenant-admin', agencyId: null, enabled: false });
    expect(cognito.operations()).toEqual([
      'AdminUpdateUserAttributes',
      'AdminDeleteUserAttributes',
      'AdminDisableUser',
    ]);
    expect(cognito.inputs('AdminUpdateUserAttributes')).toEqual([
      {
        UserPoolId: POOL,
        Username: `${TENANT}.siti`,
        UserAttributes: [{ Name: 'custom:role', Value: 'tenant-admin' }],
      },
    ]);
    expect(cognito.inputs('AdminDeleteUserAttributes')).toEqual([
      { UserPoolId: POOL, Username: `${TENANT}.siti`, UserAttributeNames: ['custom:agencyId'] },
    ]);
    expect(cognito.inputs('AdminDisableUser')).toEqual([{ UserPoolId: POOL, Username: `${TENANT}.siti` }]);
  });

  it('enables without touching attributes when only the status changes', async () => {
    cognito.on('AdminEnableUser', {});
    await identity().syncAccount(TENANT, 'siti', { enabled: true });
    expect(cognito.operations()).toEqual(['AdminEnableUser']);
    expect(cognito.inputs('AdminEnableUser')).toEqual([{ UserPoolId: POOL, Username: `${TENANT}.siti` }]);
  });

  it('answers 429 when a sync is throttled, and leaves other failures as they are', async () => {
    cognito.on(
      'AdminEnableUser',
      refusal('TooManyRequestsException', 'Too many requests', 429),
      refusal('UserNotFoundException', 'User does not exist.'),
    );
    const throttled = await problem(identity().syncAccount(TENANT, 'siti', { enabled: true }));
    expect([throttled.status, throttled.type]).toEqual([429, 'rate-limited']);
    const other = await identity()
      .syncAccount(TENANT, 'siti', { enabled: true })
      .catch((e: unknown) => e);
    expect(other).toBeInstanceOf(AwsServiceError);
    expect((other as Error).name).toBe('UserNotFoundException');
  });
});

describe('Cognito adapter: login', () => {
  it('returns the id token, its claims and the expiry from ExpiresIn', async () => {
    const token = await idToken();
    cognito.on('AdminInitiateAuth', {
      AuthenticationResult: { IdToken: token, AccessToken: 'access', ExpiresIn: 3600, TokenType: 'Bearer' },
    });
    const result = await identity().login({
      tenantId: TENANT,
      username: 'siti',
      password: 'rahasia-sekali-2026',
    });

    expect(result).toEqual({
      token,
      expiresAt: '2026-03-02T04:00:00.000Z',
      claims: { sub: USER_ID, tenantId: TENANT, role: 'agency-admin', agencyId: AGENCY },
      name: 'Siti Rahmawati',
    });
    expect(cognito.inputs('AdminInitiateAuth')).toEqual([
      {
        UserPoolId: POOL,
        ClientId: CLIENT_ID,
        AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: `${TENANT}.siti`, PASSWORD: 'rahasia-sekali-2026' },
      },
    ]);
  });

  it('takes the expiry from ExpiresIn, and an hour when Cognito gives none', async () => {
    const token = await idToken();
    cognito.on(
      'AdminInitiateAuth',
      { AuthenticationResult: { IdToken: token, ExpiresIn: 300 } },
      { AuthenticationResult: { IdToken: token } },
    );
    const login = () => identity().login({ tenantId: TENANT, username: 'siti', password: 'x' });
    expect((await login()).expiresAt).toBe('2026-03-02T03:05:00.000Z');
    expect((await login()).expiresAt).toBe('2026-03-02T04:00:00.000Z');
  });

  it("passes the caller's address to threat protection, and nothing when it is unknown", async () => {
    const token = await idToken();
    cognito.on('AdminInitiateAuth', { AuthenticationResult: { IdToken: token, ExpiresIn: 3600 } });
    const login = (sourceIp: string) =>
      identity().login({ tenantId: TENANT, username: 'siti', password: 'rahasia-sekali-2026', sourceIp });
    await login('203.0.113.7');
    await login('unknown');
    const [known, unknown] = cognito.inputs('AdminInitiateAuth');
    expect(known!.ContextData).toEqual({
      IpAddress: '203.0.113.7',
      ServerName: 'pamong-api',
      ServerPath: '/v1/auth/login',
      HttpHeaders: [],
    });
    expect(unknown).not.toHaveProperty('ContextData');
  });

  it('gives the same 401 for a wrong password and an unknown user', async () => {
    cognito.on(
      'AdminInitiateAuth',
      refusal('NotAuthorizedException', 'Incorrect username or password.'),
      refusal('UserNotFoundException', 'User does not exist.'),
    );
    const wrong = await problem(identity().login({ tenantId: TENANT, username: 'siti', password: 'salah' }));
    const unknown = await problem(
      identity().login({ tenantId: TENANT, username: 'nobody', password: 'salah' }),
    );
    expect(wrong.status).toBe(401);
    expect(wrong.type).toBe('unauthorized');
    expect(body(unknown)).toEqual(body(wrong));
  });

  it('answers 403 for a disabled user', async () => {
    cognito.on('AdminInitiateAuth', refusal('NotAuthorizedException', 'User is disabled.'));
    const err = await problem(identity().login({ tenantId: TENANT, username: 'siti', password: 'x' }));
    expect(body(err)).toMatchObject({ status: 403, type: 'forbidden', detail: 'This account is disabled.' });
  });

  it("answers 423 when Cognito's own attempt limit is hit", async () => {
    cognito.on('AdminInitiateAuth', refusal('NotAuthorizedException', 'Password attempts exceeded'));
    const err = await problem(identity().login({ tenantId: TENANT, username: 'siti', password: 'x' }));
    expect(err.status).toBe(423);
    expect(err.type).toBe('locked');
  });

  it('answers 429 when Cognito throttles', async () => {
    cognito.on('AdminInitiateAuth', refusal('TooManyRequestsException', 'Too many requests', 429));
    const err = await problem(identity().login({ tenantId: TENANT, username: 'siti', password: 'x' }));
    expect(err.status).toBe(429);
    expect(err.type).toBe('rate-limited');
  });

  it('answers 403 for an account not confirmed yet', async () => {
    cognito.on('AdminInitiateAuth', refusal('UserNotConfirmedException', 'User is not confirmed.'));
    const err = await problem(identity().login({ tenantId: TENANT, username: 'siti', password: 'x' }));
    expect(body(err)).toMatchObject({
      status: 403,
      detail: 'This account is not confirmed yet. Ask an administrator.',
    });
  });

  it('answers 403 with a clear detail for a required reset or an unsupported challenge', async () => {
    cognito.on('AdminInitiateAuth', refusal('PasswordResetRequiredException', 'Password reset required'), {
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: 's',
    });
    const reset = await problem(identity().login({ tenantId: TENANT, username: 'siti', password: 'x' }));
    expect(reset.status).toBe(403);
    expect(reset.detail).toMatch(/password reset/);
    const challenge = await problem(identity().login({ tenantId: TENANT, username: 'siti', password: 'x' }));
    expect(challenge.status).toBe(403);
    expect(challenge.detail).toContain('NEW_PASSWORD_REQUIRED');
  });

  it('fails (a 500 upstream) when Cognito answers neither tokens nor a challenge', async () => {
    cognito.on('AdminInitiateAuth', {});
    await expect(identity().login({ tenantId: TENANT, username: 'siti', password: 'x' })).rejects.toThrow(
      'Cognito returned neither tokens nor a challenge',
    );
  });

  it('refuses a token whose tenant does not match the tenant logged in to', async () => {
    const token = await idToken({ 'custom:tenantId': '01JBTHERTENANT000000000000' });
    cognito.on('AdminInitiateAuth', { AuthenticationResult: { IdToken: token, ExpiresIn: 3600 } });
    const err = await problem(identity().login({ tenantId: TENANT, username: 'siti', password: 'x' }));
    expect(err.status).toBe(401);
  });
});

describe('Cognito adapter: verify', () => {
  it('maps the custom attributes to claims', async () => {
    const claims = await identity().verify(await idToken({ 'custom:employeeId': 'EMP-7' }));
    expect(claims).toEqual({
      sub: USER_ID,
      tenantId: TENANT,
      role: 'agency-admin',
      agencyId: AGENCY,
      employeeId: 'EMP-7',
    });
  });

  const iat = Math.floor(NOW.getTime() / 1000);
  const bad: [string, () => Promise<string>][] = [
    ['a wrong audience', () => idToken({}, { audience: 'another-client' })],
    [
      'a wrong issuer',
      () => idToken({}, { issuer: 'https://cognito-idp.ap-southeast-3.amazonaws.com/other' }),
    ],
    ['an expired token', () => idToken({}, { iat: iat - 7200, exp: iat - 3600 })],
    ['a token signed by another key', () => idToken({}, { key: otherKey })],
    ['an access token', () => idToken({ token_use: 'access' })],
    ['an unknown role', () => idToken({ 'custom:role': 'superuser' })],
    ['a missing tenant', () => idToken({ 'custom:tenantId': undefined })],
    ['a tenant id that is not a ULID', () => idToken({ 'custom:tenantId': 'T#evil' })],
    ['a platform admin inside a tenant', () => idToken({ 'custom:role': 'platform-admin' })],
  ];
  for (const [what, make] of bad) {
    it(`refuses ${what} with 401`, async () => {
      const err = await problem(identity().verify(await make()));
      expect(err.status).toBe(401);
      expect(err.type).toBe('unauthorized');
    });
  }

  it('refuses garbage with 401', async () => {
    const err = await problem(identity().verify('not.a.jwt'));
    expect(err.status).toBe(401);
  });
});

describe('Cognito adapter: on the wire (signed JSON calls, no SDK client)', () => {
  const openServer = setupSigningTests(NOW);
  const onServer = (url: string) =>
    identity({ call: cognitoCall({ region: REGION, credentials: CREDENTIALS, endpoint: url }) });

  it('sends AdminCreateUser as @aws-sdk/client-cognito-identity-provider does: target, type, body, signed headers', async () => {
    const captured: CapturedRequest[] = [];
    const sdk = capturingCognitoClient(captured, REGION);
    await sdk.send(new AdminCreateUserCommand(CREATE_INPUT as never)).catch(() => {});
    const theirs = captured[0]!;
    const theirBody = sdkBody(theirs);

    const ours = capturingFetch(() => new Response('{}', { status: 200, headers: JSON_11 }));
    await identity({
      call: cognitoCall({ region: REGION, credentials: CREDENTIALS, transport: fetchTransport(ours.fetch) }),
    }).provisionAccount(account);
    expect(ours.calls).toHaveLength(2);
    const { url, init } = ours.calls[0]!;
    const headers = headersOf(init);
    const sent = new TextDecoder().decode(init.body as Uint8Array);

    expect(url).toBe(`https://${theirs.hostname}${theirs.path}`);
    expect(url).toBe('https://cognito-idp.ap-southeast-3.amazonaws.com/');
    expect(init.method).toBe(theirs.method);
    expect(headers['x-amz-target']).toBe('AWSCognitoIdentityProviderService.AdminCreateUser');
    expect(headers['x-amz-target']).toBe(theirs.headers['x-amz-target']);
    expect(headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(headers['content-type']).toBe(theirs.headers['content-type']);
    expect(JSON.parse(sent)).toEqual(CREATE_INPUT);
    expect(JSON.parse(sent)).toEqual(JSON.parse(theirBody));
    // Signed for the same service and scope, over the same headers (the SDK orders the body's keys
    // by its model, so the bytes, and with them the signature, differ).
    expect(headers.authorization).toMatch(/Credential=ASIAEXAMPLE\/20260302\/ap-southeast-3\/cognito-idp\//);
    expect(headers.authorization?.split(' Signature=')[0]).toBe(
      theirs.headers.authorization?.split(' Signature=')[0],
    );
    expect(headers['x-amz-security-token']).toBe(theirs.headers['x-amz-security-token']);
    // The second call sets the password.
    expect(headersOf(ours.calls[1]!.init)['x-amz-target']).toBe(
      'AWSCognitoIdentityProviderService.AdminSetUserPassword',
    );
  });

  it("reads Cognito's answer: a login through a local Cognito stand-in", async () => {
    const token = await idToken();
    const server = await openServer((_req, res) =>
      reply(res, 200, JSON.stringify({ AuthenticationResult: { IdToken: token, ExpiresIn: 600 } }), JSON_11),
    );
    const result = await onServer(server.url).login({
      tenantId: TENANT,
      username: 'siti',
      password: 'rahasia-sekali-2026',
      sourceIp: '203.0.113.7',
    });
    expect(result).toMatchObject({ token, expiresAt: '2026-03-02T03:10:00.000Z', name: 'Siti Rahmawati' });
    expect(server.received).toHaveLength(1);
    const [req] = server.received;
    expect([req!.method, req!.url, target(req!)]).toEqual([
      'POST',
      '/',
      'AWSCognitoIdentityProviderService.AdminInitiateAuth',
    ]);
    expect(JSON.parse(req!.body.toString())).toEqual({
      UserPoolId: POOL,
      ClientId: CLIENT_ID,
      AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: `${TENANT}.siti`, PASSWORD: 'rahasia-sekali-2026' },
      ContextData: {
        ServerName: 'pamong-api',
        ServerPath: '/v1/auth/login',
        HttpHeaders: [],
        IpAddress: '203.0.113.7',
      },
    });
  });

  it("maps Cognito's JSON refusals by their code and message, and does not send them again", async () => {
    const answers = [
      refuse('UsernameExistsException', 'User account already exists'),
      refuse('NotAuthorizedException', 'User is disabled.'),
      refuse('NotAuthorizedException', 'Password attempts exceeded'),
      refuse('UserNotFoundException', 'User does not exist.'),
    ];
    const server = await openServer((_req, res, i) => {
      const a = answers[i]!;
      reply(res, a.status, a.body, a.headers);
    });
    const cognitoOnServer = onServer(server.url);
    const taken = await problem(cognitoOnServer.provisionAccount(account));
    expect([taken.status, taken.type]).toEqual([409, 'conflict']);
    const login = () => problem(cognitoOnServer.login({ tenantId: TENANT, username: 'siti', password: 'x' }));
    expect(body(await login())).toMatchObject({ status: 403, detail: 'This account is disabled.' });
    expect((await login()).status).toBe(423);
    expect((await login()).status).toBe(401);
    expect(server.received.map(target)).toEqual([
      'AWSCognitoIdentityProviderService.AdminCreateUser',
      'AWSCognitoIdentityProviderService.AdminInitiateAuth',
      'AWSCognitoIdentityProviderService.AdminInitiateAuth',
      'AWSCognitoIdentityProviderService.AdminInitiateAuth',
    ]);
  });

  it('tries a throttled call 3 times in all, as the SDK did, then answers 429', async () => {
    const server = await openServer((_req, res) => {
      const a = refuse('TooManyRequestsException', 'Rate exceeded');
      reply(res, a.status, a.body, a.headers);
    });
    const err = await problem(
      onServer(server.url).login({ tenantId: TENANT, username: 'siti', password: 'x' }),
    );
    expect([err.status, err.type]).toEqual([429, 'rate-limited']);
    expect(server.received).toHaveLength(3);
  });

  it('by default calls the endpoint and credentials of the environment, in the pool region', async () => {
    const server = await openServer((_req, res) => reply(res, 200, '{}', JSON_11));
    vi.stubEnv('AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER', server.url);
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'ASIAFROMENV');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'env-secret');
    vi.stubEnv('AWS_SESSION_TOKEN', 'env-token');
    await identity({ call: undefined }).syncAccount(TENANT, 'siti', { enabled: true });
    expect(server.received).toHaveLength(1);
    const [req] = server.received;
    expect(target(req!)).toBe('AWSCognitoIdentityProviderService.AdminEnableUser');
    expect(req!.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=ASIAFROMENV\/20260302\/ap-southeast-3\/cognito-idp\/aws4_request/,
    );
    expect(req!.headers['x-amz-security-token']).toBe('env-token');
    expect(JSON.parse(req!.body.toString())).toEqual({ UserPoolId: POOL, Username: `${TENANT}.siti` });
  });
});
