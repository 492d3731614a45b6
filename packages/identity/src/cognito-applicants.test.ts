import { createHmac } from 'node:crypto';
import {
  AdminDeleteUserCommand,
  AdminInitiateAuthCommand,
  CodeMismatchException,
  CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  ExpiredCodeException,
  InvalidParameterException,
  InvalidPasswordException,
  LimitExceededException,
  NotAuthorizedException,
  ResendConfirmationCodeCommand,
  SignUpCommand,
  TooManyFailedAttemptsException,
  TooManyRequestsException,
  UserNotConfirmedException,
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
import type { ApplicantIdentityPort } from './applicants';
import { createCognitoApplicantIdentity, secretHash } from './cognito-applicants';

const REGION = 'ap-southeast-3';
const POOL = 'ap-southeast-3_Applicants';
const CLIENT_ID = 'applicant-client-1';
const CLIENT_SECRET = 'shh-the-applicant-client-secret';
const ISSUER = `https://cognito-idp.${REGION}.amazonaws.com/${POOL}`;
const TENANT = '01JABCDEFGHJKMNPQRSTVWXYZ0';
const OTHER_TENANT = '01JBTHERTENANT000000000000';
const NIK = '3201234567890123';
const USERNAME = `${TENANT}.${NIK}`;
const APPLICANT_ID = 'a1b2c3d4-0000-4000-8000-000000000012';
const NOW = new Date('2026-03-02T03:00:00Z');

/**
 * The SECRET_HASH for this username, client and secret, computed outside the code under test with
 * `printf '%s' "$USERNAME$CLIENT_ID" | openssl dgst -sha256 -hmac "$CLIENT_SECRET" -binary | base64`.
 */
const EXPECTED_HASH = 'LFrrTRmyNMyuLK8yJ/dWQQC7VNVEcCYYhG9iF4F7+1w=';

const cognito = mockClient(CognitoIdentityProviderClient);

let signingKey: CryptoKey;
let jwks: ReturnType<typeof createLocalJWKSet>;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signingKey = pair.privateKey;
  const pub = await exportJWK(pair.publicKey);
  jwks = createLocalJWKSet({ keys: [{ ...pub, kid: 'applicant-key', alg: 'RS256', use: 'sig' }] });
});

function idToken(overrides: JWTPayload = {}) {
  const iat = Math.floor(NOW.getTime() / 1000);
  return new SignJWT({
    token_use: 'id',
    name: 'Budi Santoso',
    email: 'budi@example.com',
    email_verified: true,
    'cognito:username': USERNAME,
    ...overrides,
  })
    .setProtectedHeader({ alg: 'RS256', kid: 'applicant-key' })
    .setSubject(APPLICANT_ID)
    .setIssuer(ISSUER)
    .setAudience(CLIENT_ID)
    .setIssuedAt(iat)
    .setExpirationTime(iat + 3600)
    .sign(signingKey);
}

function applicants(): ApplicantIdentityPort {
  return createCognitoApplicantIdentity({
    userPoolId: POOL,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
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

const meta = { $metadata: {} };
const signUp = {
  tenantId: TENANT,
  nik: NIK,
  email: 'budi@example.com',
  name: 'Budi Santoso',
  password: 'rahasia-pelamar-1',
};
const who = { tenantId: TENANT, nik: NIK, email: 'budi@example.com', name: 'Budi Santoso' };

beforeEach(() => cognito.reset());
afterEach(() => cognito.reset());

describe('SECRET_HASH', () => {
  it('is base64(HMAC-SHA256(client secret, username + client id))', () => {
    // node:crypto agrees with openssl on the test's own inputs.
    expect(createHmac('sha256', CLIENT_SECRET).update(`${USERNAME}${CLIENT_ID}`).digest('base64')).toBe(
      EXPECTED_HASH,
    );
    expect(secretHash(CLIENT_SECRET, USERNAME, CLIENT_ID)).toBe(EXPECTED_HASH);
    // The order matters: the client id after the username, the secret as the key.
    expect(secretHash(CLIENT_SECRET, CLIENT_ID, USERNAME)).not.toBe(EXPECTED_HASH);
    expect(secretHash(`${USERNAME}${CLIENT_ID}`, CLIENT_SECRET, '')).not.toBe(EXPECTED_HASH);
  });
});

describe('Cognito applicants: sign-up', () => {
  it('keeps no credential in the table and sends no code of its own', async () => {
    expect(await applicants().credentialAttributes('anything')).toEqual({});
    await applicants().sendCode(who);
    expect(cognito.calls()).toHaveLength(0);
  });

  it('signs up <tenant>.<nik> with email and name and the SECRET_HASH; the pool sub is the applicant id', async () => {
    cognito.on(SignUpCommand).resolves({ UserSub: APPLICANT_ID, UserConfirmed: false });
    expect(await applicants().signUp(signUp)).toEqual({ applicantId: APPLICANT_ID });
    expect(cognito.commandCalls(SignUpCommand)[0]!.args[0].input).toEqual({
      ClientId: CLIENT_ID,
      Username: USERNAME,
      SecretHash: EXPECTED_HASH,
      Password: 'rahasia-pelamar-1',
      UserAttributes: [
        { Name: 'email', Value: 'budi@example.com' },
        { Name: 'name', Value: 'Budi Santoso' },
      ],
    });
  });

  it('answers 409 when the NIK is registered in the tenant already', async () => {
    cognito
      .on(SignUpCommand)
      .rejects(new UsernameExistsException({ message: 'User already exists', ...meta }));
    const err = await problem(applicants().signUp(signUp));
    expect([err.status, err.type]).toEqual([409, 'conflict']);
  });

  it("answers 400 at password when the pool's policy refuses it", async () => {
    cognito
      .on(SignUpCommand)
      .rejects(
        new InvalidPasswordException({ message: 'Password did not conform with policy: too short', ...meta }),
      );
    const err = await problem(applicants().signUp(signUp));
    expect([err.status, err.type]).toEqual([400, 'validation']);
    expect(err.errors).toEqual([
      { path: 'password', message: 'Password did not conform with policy: too short' },
    ]);
  });

  it('answers 400 at email when Cognito refuses the address', async () => {
    cognito
      .on(SignUpCommand)
      .rejects(new InvalidParameterException({ message: 'Invalid email address format.', ...meta }));
    const err = await problem(applicants().signUp(signUp));
    expect(err.status).toBe(400);
    expect(err.errors).toEqual([{ path: 'email', message: 'Invalid email address format.' }]);
  });

  it('answers 429 when Cognito throttles', async () => {
    cognito
      .on(SignUpCommand)
      .rejectsOnce(new TooManyRequestsException({ message: 'Too many requests', ...meta }))
      .rejectsOnce(new LimitExceededException({ message: 'Limit exceeded', ...meta }));
    for (let i = 0; i < 2; i++) {
      const err = await problem(applicants().signUp(signUp));
      expect([err.status, err.type]).toEqual([429, 'rate-limited']);
    }
  });

  it('leaves any other failure as it is (a 500 upstream)', async () => {
    cognito.on(SignUpCommand).rejects(new Error('network down'));
    await expect(applicants().signUp(signUp)).rejects.toThrow('network down');
  });

  it('abandon deletes the pool account, and an account already gone is fine', async () => {
    cognito
      .on(AdminDeleteUserCommand)
      .resolvesOnce({})
      .rejectsOnce(new UserNotFoundException({ message: 'User does not exist.', ...meta }));
    await applicants().abandon({ tenantId: TENANT, nik: NIK });
    await applicants().abandon({ tenantId: TENANT, nik: NIK });
    expect(cognito.commandCalls(AdminDeleteUserCommand).map((c) => c.args[0].input)).toEqual([
      { UserPoolId: POOL, Username: USERNAME },
      { UserPoolId: POOL, Username: USERNAME },
    ]);
  });

  it('abandon reports any other failure', async () => {
    cognito.on(AdminDeleteUserCommand).rejects(new Error('network down'));
    await expect(applicants().abandon({ tenantId: TENANT, nik: NIK })).rejects.toThrow('network down');
  });
});

describe('Cognito applicants: the code', () => {
  it('resends the code with the SECRET_HASH', async () => {
    cognito.on(ResendConfirmationCodeCommand).resolves({});
    await applicants().resendCode(who);
    expect(cognito.commandCalls(ResendConfirmationCodeCommand)[0]!.args[0].input).toEqual({
      ClientId: CLIENT_ID,
      Username: USERNAME,
      SecretHash: EXPECTED_HASH,
    });
  });

  it('a resend answers 429 when throttled and 409 for an account confirmed already', async () => {
    cognito
      .on(ResendConfirmationCodeCommand)
      .rejectsOnce(new LimitExceededException({ message: 'Attempt limit exceeded', ...meta }))
      .rejectsOnce(new InvalidParameterException({ message: 'User is already confirmed.', ...meta }));
    expect((await problem(applicants().resendCode(who))).status).toBe(429);
    expect((await problem(applicants().resendCode(who))).status).toBe(409);
  });

  it('confirms the code with the SECRET_HASH', async () => {
    cognito.on(ConfirmSignUpCommand).resolves({});
    await applicants().confirm({ tenantId: TENANT, nik: NIK, code: '123456' });
    expect(cognito.commandCalls(ConfirmSignUpCommand)[0]!.args[0].input).toEqual({
      ClientId: CLIENT_ID,
      Username: USERNAME,
      SecretHash: EXPECTED_HASH,
      ConfirmationCode: '123456',
    });
  });

  it('answers 400 at code for a wrong or an expired code', async () => {
    cognito
      .on(ConfirmSignUpCommand)
      .rejectsOnce(new CodeMismatchException({ message: 'Invalid verification code provided.', ...meta }))
      .rejectsOnce(
        new ExpiredCodeException({ message: 'Invalid code provided, please request a code again.', ...meta }),
      );
    const wrong = await problem(applicants().confirm({ tenantId: TENANT, nik: NIK, code: '000000' }));
    expect([wrong.status, wrong.type]).toEqual([400, 'validation']);
    expect(wrong.errors).toEqual([{ path: 'code', message: 'Invalid verification code provided.' }]);
    const expired = await problem(applicants().confirm({ tenantId: TENANT, nik: NIK, code: '000000' }));
    expect(expired.status).toBe(400);
    expect(expired.errors?.[0]?.path).toBe('code');
  });

  it('answers an unknown NIK like a wrong code, without repeating Cognito`s message', async () => {
    cognito
      .on(ConfirmSignUpCommand)
      .rejects(new UserNotFoundException({ message: 'Username/client id combination not found.', ...meta }));
    const err = await problem(applicants().confirm({ tenantId: TENANT, nik: NIK, code: '000000' }));
    expect(err.status).toBe(400);
    expect(err.errors).toEqual([{ path: 'code', message: 'is wrong or has expired' }]);
    expect(JSON.stringify(err)).not.toContain('not found');
  });

  it('answers 429 after too many wrong codes', async () => {
    cognito
      .on(ConfirmSignUpCommand)
      .rejectsOnce(new TooManyFailedAttemptsException({ message: 'Too many failed attempts.', ...meta }))
      .rejectsOnce(new LimitExceededException({ message: 'Attempt limit exceeded.', ...meta }))
      .rejectsOnce(new TooManyRequestsException({ message: 'Too many requests.', ...meta }));
    for (let i = 0; i < 3; i++) {
      const err = await problem(applicants().confirm({ tenantId: TENANT, nik: NIK, code: '000000' }));
      expect([err.status, err.type]).toEqual([429, 'rate-limited']);
    }
  });

  it('answers 409 for an account confirmed already', async () => {
    cognito.on(ConfirmSignUpCommand).rejects(
      new NotAuthorizedException({
        message: 'User cannot be confirmed. Current status is CONFIRMED',
        ...meta,
      }),
    );
    const err = await problem(applicants().confirm({ tenantId: TENANT, nik: NIK, code: '123456' }));
    expect([err.status, err.type]).toEqual([409, 'conflict']);
  });
});

describe('Cognito applicants: login', () => {
  const login = (sourceIp?: string) =>
    applicants().login({ tenantId: TENANT, nik: NIK, password: 'rahasia-pelamar-1', sourceIp });

  it('logs in with the SECRET_HASH and returns the applicant claims of the pool token', async () => {
    const token = await idToken();
    cognito.on(AdminInitiateAuthCommand).resolves({
      AuthenticationResult: { IdToken: token, AccessToken: 'access', ExpiresIn: 3600, TokenType: 'Bearer' },
    });
    expect(await login('203.0.113.9')).toEqual({
      token,
      expiresAt: '2026-03-02T04:00:00.000Z',
      claims: { sub: APPLICANT_ID, tenantId: TENANT, role: 'applicant' },
      name: 'Budi Santoso',
    });
    expect(cognito.commandCalls(AdminInitiateAuthCommand)[0]!.args[0].input).toEqual({
      UserPoolId: POOL,
      ClientId: CLIENT_ID,
      AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: USERNAME, PASSWORD: 'rahasia-pelamar-1', SECRET_HASH: EXPECTED_HASH },
      ContextData: {
        IpAddress: '203.0.113.9',
        ServerName: 'pamong-api',
        ServerPath: '/v1/auth/login',
        HttpHeaders: [],
      },
    });
  });

  it('sends no ContextData without a known address', async () => {
    cognito.on(AdminInitiateAuthCommand).resolves({ AuthenticationResult: { IdToken: await idToken() } });
    await login();
    await login('unknown');
    for (const call of cognito.commandCalls(AdminInitiateAuthCommand)) {
      expect(call.args[0].input).not.toHaveProperty('ContextData');
    }
  });

  it('answers 403 until the email address is verified', async () => {
    cognito
      .on(AdminInitiateAuthCommand)
      .rejects(new UserNotConfirmedException({ message: 'User is not confirmed.', ...meta }));
    const err = await problem(login());
    expect([err.status, err.type, err.detail]).toEqual([
      403,
      'forbidden',
      'The email address of this account is not verified yet.',
    ]);
  });

  it('maps the other failures as the staff login does', async () => {
    cognito
      .on(AdminInitiateAuthCommand)
      .rejectsOnce(new NotAuthorizedException({ message: 'Incorrect username or password.', ...meta }))
      .rejectsOnce(new UserNotFoundException({ message: 'User does not exist.', ...meta }))
      .rejectsOnce(new NotAuthorizedException({ message: 'User is disabled.', ...meta }))
      .rejectsOnce(new NotAuthorizedException({ message: 'Password attempts exceeded', ...meta }))
      .rejectsOnce(new TooManyRequestsException({ message: 'Too many requests', ...meta }));
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await problem(login())).status);
    expect(statuses).toEqual([401, 401, 403, 423, 429]);
  });

  it('answers 403 for a challenge it does not support', async () => {
    cognito.on(AdminInitiateAuthCommand).resolves({ ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 's' });
    const err = await problem(login());
    expect(err.status).toBe(403);
    expect(err.detail).toContain('NEW_PASSWORD_REQUIRED');
  });

  it("refuses a token of another tenant's account, and a token whose username is not <tenant>.<nik>", async () => {
    for (const username of [`${OTHER_TENANT}.${NIK}`, `${TENANT}.budi`, 'PLATFORM.3201234567890123']) {
      cognito.reset();
      cognito
        .on(AdminInitiateAuthCommand)
        .resolves({ AuthenticationResult: { IdToken: await idToken({ 'cognito:username': username }) } });
      const err = await problem(login());
      expect(err.status, username).toBe(401);
    }
  });

  it('never takes a role from the token: a custom role attribute is ignored', async () => {
    const token = await idToken({ 'custom:role': 'tenant-admin', 'custom:tenantId': OTHER_TENANT });
    cognito.on(AdminInitiateAuthCommand).resolves({ AuthenticationResult: { IdToken: token } });
    expect((await login()).claims).toEqual({ sub: APPLICANT_ID, tenantId: TENANT, role: 'applicant' });
  });
});
