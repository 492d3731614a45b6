import {
  AdminCreateUserCommand,
  AdminDeleteUserAttributesCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminInitiateAuthCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  CognitoIdentityProviderClient,
  InvalidPasswordException,
  NotAuthorizedException,
  PasswordResetRequiredException,
  TooManyRequestsException,
  UserNotFoundException,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { AppError } from '@pamong/core';
import { mockClient } from 'aws-sdk-client-mock';
import {
  type CryptoKey,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  type JWTPayload,
  SignJWT,
} from 'jose';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCognitoIdentity } from './cognito';
import type { IdentityPort } from './port';

const REGION = 'ap-southeast-3';
const POOL = 'ap-southeast-3_TestPool1';
const CLIENT_ID = 'client-abc123';
const ISSUER = `https://cognito-idp.${REGION}.amazonaws.com/${POOL}`;
const TENANT = '01JABCDEFGHJKMNPQRSTVWXYZ0';
const AGENCY = '01JAGENCY0000000000000000A';
const USER_ID = 'c3f1a2b4-0000-4000-8000-000000000001';
const NOW = new Date('2026-03-02T03:00:00Z');

const cognito = mockClient(CognitoIdentityProviderClient);

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

function identity(): IdentityPort {
  return createCognitoIdentity({
    userPoolId: POOL,
    clientId: CLIENT_ID,
    region: REGION,
    client: new CognitoIdentityProviderClient({ region: REGION }),
    jwks,
    now: () => NOW,
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

beforeEach(() => cognito.reset());
afterEach(() => cognito.reset());

describe('Cognito adapter: accounts', () => {
  it('keeps no credential in the table', async () => {
    expect(await identity().credentialAttributes('anything')).toEqual({});
  });

  it('creates the user with the tenant attributes, then sets a permanent password', async () => {
    cognito.on(AdminCreateUserCommand).resolves({});
    cognito.on(AdminSetUserPasswordCommand).resolves({});
    await identity().provisionAccount(account);

    const calls = cognito.calls();
    expect(calls.map((c) => c.args[0].constructor.name)).toEqual([
      'AdminCreateUserCommand',
      'AdminSetUserPasswordCommand',
    ]);
    expect(cognito.commandCalls(AdminCreateUserCommand)[0]!.args[0].input).toEqual({
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
    });
    expect(cognito.commandCalls(AdminSetUserPasswordCommand)[0]!.args[0].input).toEqual({
      UserPoolId: POOL,
      Username: `${TENANT}.siti`,
      Password: 'rahasia-sekali-2026',
      Permanent: true,
    });
  });

  it('sends the employee id and leaves out a missing email and agency', async () => {
    cognito.on(AdminCreateUserCommand).resolves({});
    cognito.on(AdminSetUserPasswordCommand).resolves({});
    await identity().provisionAccount({
      ...account,
      email: undefined,
      role: 'tenant-admin',
      agencyId: null,
      employeeId: 'EMP-1',
    });
    expect(cognito.commandCalls(AdminCreateUserCommand)[0]!.args[0].input.UserAttributes).toEqual([
      { Name: 'name', Value: 'Siti Rahmawati' },
      { Name: 'custom:tenantId', Value: TENANT },
      { Name: 'custom:role', Value: 'tenant-admin' },
      { Name: 'custom:employeeId', Value: 'EMP-1' },
    ]);
  });

  it('deletes the new user when the password cannot be set, and reports a validation error', async () => {
    cognito.on(AdminCreateUserCommand).resolves({});
    cognito
      .on(AdminSetUserPasswordCommand)
      .rejects(
        new InvalidPasswordException({ message: 'Password does not conform to policy', $metadata: {} }),
      );
    cognito.on(AdminDeleteUserCommand).resolves({});

    const err = await problem(identity().provisionAccount(account));
    expect(err.status).toBe(400);
    expect(err.type).toBe('validation');
    expect(err.errors).toEqual([{ path: 'password', message: 'Password does not conform to policy' }]);
    expect(cognito.commandCalls(AdminDeleteUserCommand).map((c) => c.args[0].input)).toEqual([
      { UserPoolId: POOL, Username: `${TENANT}.siti` },
    ]);
  });

  it('still rolls back, and keeps the first error, when the password call fails unexpectedly', async () => {
    cognito.on(AdminCreateUserCommand).resolves({});
    cognito.on(AdminSetUserPasswordCommand).rejects(new Error('network down'));
    cognito.on(AdminDeleteUserCommand).rejects(new Error('also down'));
    await expect(identity().provisionAccount(account)).rejects.toThrow('network down');
    expect(cognito.commandCalls(AdminDeleteUserCommand)).toHaveLength(1);
  });

  it('maps an existing username to 409 and sets no password', async () => {
    cognito
      .on(AdminCreateUserCommand)
      .rejects(new UsernameExistsException({ message: 'User account already exists', $metadata: {} }));
    const err = await problem(identity().provisionAccount(account));
    expect(err.status).toBe(409);
    expect(err.type).toBe('conflict');
    expect(cognito.commandCalls(AdminSetUserPasswordCommand)).toHaveLength(0);
    expect(cognito.commandCalls(AdminDeleteUserCommand)).toHaveLength(0);
  });

  it('syncs role and agency as attributes, clears a removed agency, and disables', async () => {
    cognito.onAnyCommand().resolves({});
    await identity().syncAccount(TENANT, 'siti', { role: 'tenant-admin', agencyId: null, enabled: false });
    expect(cognito.commandCalls(AdminUpdateUserAttributesCommand)[0]!.args[0].input).toEqual({
      UserPoolId: POOL,
      Username: `${TENANT}.siti`,
      UserAttributes: [{ Name: 'custom:role', Value: 'tenant-admin' }],
    });
    expect(cognito.commandCalls(AdminDeleteUserAttributesCommand)[0]!.args[0].input).toEqual({
      UserPoolId: POOL,
      Username: `${TENANT}.siti`,
      UserAttributeNames: ['custom:agencyId'],
    });
    expect(cognito.commandCalls(AdminDisableUserCommand)).toHaveLength(1);
    expect(cognito.commandCalls(AdminEnableUserCommand)).toHaveLength(0);
  });

  it('enables without touching attributes when only the status changes', async () => {
    cognito.onAnyCommand().resolves({});
    await identity().syncAccount(TENANT, 'siti', { enabled: true });
    expect(cognito.calls().map((c) => c.args[0].constructor.name)).toEqual(['AdminEnableUserCommand']);
    expect(cognito.commandCalls(AdminEnableUserCommand)[0]!.args[0].input).toEqual({
      UserPoolId: POOL,
      Username: `${TENANT}.siti`,
    });
  });
});

describe('Cognito adapter: login', () => {
  it('returns the id token, its claims and the expiry from ExpiresIn', async () => {
    const token = await idToken();
    cognito.on(AdminInitiateAuthCommand).resolves({
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
    expect(cognito.commandCalls(AdminInitiateAuthCommand)[0]!.args[0].input).toEqual({
      UserPoolId: POOL,
      ClientId: CLIENT_ID,
      AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: `${TENANT}.siti`, PASSWORD: 'rahasia-sekali-2026' },
    });
  });

  it("passes the caller's address to threat protection, and nothing when it is unknown", async () => {
    const token = await idToken();
    cognito
      .on(AdminInitiateAuthCommand)
      .resolves({ AuthenticationResult: { IdToken: token, ExpiresIn: 3600 } });
    const login = (sourceIp: string) =>
      identity().login({ tenantId: TENANT, username: 'siti', password: 'rahasia-sekali-2026', sourceIp });
    await login('203.0.113.7');
    await login('unknown');
    const [known, unknown] = cognito.commandCalls(AdminInitiateAuthCommand).map((c) => c.args[0].input);
    expect(known!.ContextData).toEqual({
      IpAddress: '203.0.113.7',
      ServerName: 'pamong-api',
      ServerPath: '/v1/auth/login',
      HttpHeaders: [],
    });
    expect(unknown).not.toHaveProperty('ContextData');
  });

  it('gives the same 401 for a wrong password and an unknown user', async () => {
    cognito
      .on(AdminInitiateAuthCommand)
      .rejectsOnce(new NotAuthorizedException({ message: 'Incorrect username or password.', $metadata: {} }))
      .rejectsOnce(new UserNotFoundException({ message: 'User does not exist.', $metadata: {} }));
    const wrong = await problem(identity().login({ tenantId: TENANT, username: 'siti', password: 'salah' }));
    const unknown = await problem(
      identity().login({ tenantId: TENANT, username: 'nobody', password: 'salah' }),
    );
    expect(wrong.status).toBe(401);
    expect(wrong.type).toBe('unauthorized');
    expect(body(unknown)).toEqual(body(wrong));
  });

  it('answers 403 for a disabled user', async () => {
    cognito
      .on(AdminInitiateAuthCommand)
      .rejects(new NotAuthorizedException({ message: 'User is disabled.', $metadata: {} }));
    const err = await problem(identity().login({ tenantId: TENANT, username: 'siti', password: 'x' }));
    expect(body(err)).toMatchObject({ status: 403, type: 'forbidden', detail: 'This account is disabled.' });
  });

  it("answers 423 when Cognito's own attempt limit is hit", async () => {
    cognito
      .on(AdminInitiateAuthCommand)
      .rejects(new NotAuthorizedException({ message: 'Password attempts exceeded', $metadata: {} }));
    const err = await problem(identity().login({ tenantId: TENANT, username: 'siti', password: 'x' }));
    expect(err.status).toBe(423);
    expect(err.type).toBe('locked');
  });

  it('answers 429 when Cognito throttles', async () => {
    cognito
      .on(AdminInitiateAuthCommand)
      .rejects(new TooManyRequestsException({ message: 'Too many requests', $metadata: {} }));
    const err = await problem(identity().login({ tenantId: TENANT, username: 'siti', password: 'x' }));
    expect(err.status).toBe(429);
    expect(err.type).toBe('rate-limited');
  });

  it('answers 403 with a clear detail for a required reset or an unsupported challenge', async () => {
    cognito
      .on(AdminInitiateAuthCommand)
      .rejectsOnce(new PasswordResetRequiredException({ message: 'Password reset required', $metadata: {} }))
      .resolvesOnce({ ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 's' });
    const reset = await problem(identity().login({ tenantId: TENANT, username: 'siti', password: 'x' }));
    expect(reset.status).toBe(403);
    expect(reset.detail).toMatch(/password reset/);
    const challenge = await problem(identity().login({ tenantId: TENANT, username: 'siti', password: 'x' }));
    expect(challenge.status).toBe(403);
    expect(challenge.detail).toContain('NEW_PASSWORD_REQUIRED');
  });

  it('refuses a token whose tenant does not match the tenant logged in to', async () => {
    const token = await idToken({ 'custom:tenantId': '01JBTHERTENANT000000000000' });
    cognito
      .on(AdminInitiateAuthCommand)
      .resolves({ AuthenticationResult: { IdToken: token, ExpiresIn: 3600 } });
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
