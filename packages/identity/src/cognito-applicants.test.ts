import { createHmac } from 'node:crypto';
import { SignUpCommand } from '@aws-sdk/client-cognito-identity-provider';
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
import type { ApplicantIdentityPort } from './applicants';
import { cognitoCall } from './cognito';
import {
  type CognitoApplicantIdentityOptions,
  createCognitoApplicantIdentity,
  secretHash,
} from './cognito-applicants';
import {
  capturingCognitoClient,
  fakeCognito,
  JSON_11,
  refusal,
  cognitoRefusal as refuse,
  sdkBody,
  target,
} from './cognito-test-util';

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

const CREDENTIALS = TEST_CREDENTIALS;

let cognito: ReturnType<typeof fakeCognito>;
beforeEach(() => {
  cognito = fakeCognito();
});

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

function applicants(o: Partial<CognitoApplicantIdentityOptions> = {}): ApplicantIdentityPort {
  return createCognitoApplicantIdentity({
    userPoolId: POOL,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
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

const signUp = {
  tenantId: TENANT,
  nik: NIK,
  email: 'budi@example.com',
  name: 'Budi Santoso',
  password: 'rahasia-pelamar-1',
};
const who = { tenantId: TENANT, nik: NIK, email: 'budi@example.com', name: 'Budi Santoso' };

/** What signUp(signUp) asks SignUp. */
const SIGN_UP_INPUT = {
  ClientId: CLIENT_ID,
  Username: USERNAME,
  SecretHash: EXPECTED_HASH,
  Password: 'rahasia-pelamar-1',
  UserAttributes: [
    { Name: 'email', Value: 'budi@example.com' },
    { Name: 'name', Value: 'Budi Santoso' },
  ],
};

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
    expect(cognito.sent).toHaveLength(0);
  });

  it('signs up <tenant>.<nik> with email and name and the SECRET_HASH; the pool sub is the applicant id', async () => {
    cognito.on('SignUp', { UserSub: APPLICANT_ID, UserConfirmed: false });
    expect(await applicants().signUp(signUp)).toEqual({ applicantId: APPLICANT_ID });
    expect(cognito.operations()).toEqual(['SignUp']);
    expect(cognito.inputs('SignUp')).toEqual([SIGN_UP_INPUT]);
  });

  it('fails (a 500 upstream) when Cognito answers no UserSub', async () => {
    cognito.on('SignUp', { UserConfirmed: false });
    await expect(applicants().signUp(signUp)).rejects.toThrow('Cognito SignUp returned no UserSub');
  });

  it('answers 409 when the NIK is registered in the tenant already', async () => {
    cognito.on('SignUp', refusal('UsernameExistsException', 'User already exists'));
    const err = await problem(applicants().signUp(signUp));
    expect([err.status, err.type]).toEqual([409, 'conflict']);
  });

  it("answers 400 at password when the pool's policy refuses it", async () => {
    cognito.on(
      'SignUp',
      refusal('InvalidPasswordException', 'Password did not conform with policy: too short'),
      refusal('InvalidParameterException', 'Value at password failed to satisfy constraint'),
    );
    const err = await problem(applicants().signUp(signUp));
    expect([err.status, err.type]).toEqual([400, 'validation']);
    expect(err.errors).toEqual([
      { path: 'password', message: 'Password did not conform with policy: too short' },
    ]);
    const param = await problem(applicants().signUp(signUp));
    expect(param.errors).toEqual([
      { path: 'password', message: 'Value at password failed to satisfy constraint' },
    ]);
  });

  it('answers 400 at email when Cognito refuses the address', async () => {
    cognito.on('SignUp', refusal('InvalidParameterException', 'Invalid email address format.'));
    const err = await problem(applicants().signUp(signUp));
    expect(err.status).toBe(400);
    expect(err.errors).toEqual([{ path: 'email', message: 'Invalid email address format.' }]);
  });

  it('answers 429 when Cognito throttles', async () => {
    cognito.on(
      'SignUp',
      refusal('TooManyRequestsException', 'Too many requests', 429),
      refusal('LimitExceededException', 'Limit exceeded'),
    );
    for (let i = 0; i < 2; i++) {
      const err = await problem(applicants().signUp(signUp));
      expect([err.status, err.type]).toEqual([429, 'rate-limited']);
    }
  });

  it('leaves any other failure as it is (a 500 upstream)', async () => {
    cognito.on('SignUp', new Error('network down'));
    await expect(applicants().signUp(signUp)).rejects.toThrow('network down');
  });

  it('abandon deletes the pool account, and an account already gone is fine', async () => {
    cognito.on('AdminDeleteUser', {}, refusal('UserNotFoundException', 'User does not exist.'));
    await applicants().abandon({ tenantId: TENANT, nik: NIK });
    await applicants().abandon({ tenantId: TENANT, nik: NIK });
    expect(cognito.inputs('AdminDeleteUser')).toEqual([
      { UserPoolId: POOL, Username: USERNAME },
      { UserPoolId: POOL, Username: USERNAME },
    ]);
  });

  it('abandon reports any other failure, and a throttled one as 429', async () => {
    cognito.on(
      'AdminDeleteUser',
      new Error('network down'),
      refusal('TooManyRequestsException', 'Too many requests', 429),
    );
    await expect(applicants().abandon({ tenantId: TENANT, nik: NIK })).rejects.toThrow('network down');
    expect((await problem(applicants().abandon({ tenantId: TENANT, nik: NIK }))).status).toBe(429);
  });
});

describe('Cognito applicants: the code', () => {
  it('resends the code with the SECRET_HASH', async () => {
    cognito.on('ResendConfirmationCode', {});
    await applicants().resendCode(who);
    expect(cognito.inputs('ResendConfirmationCode')).toEqual([
      { ClientId: CLIENT_ID, Username: USERNAME, SecretHash: EXPECTED_HASH },
    ]);
  });

  it('a resend answers 429 when throttled and 409 for an account confirmed already', async () => {
    cognito.on(
      'ResendConfirmationCode',
      refusal('LimitExceededException', 'Attempt limit exceeded'),
      refusal('InvalidParameterException', 'User is already confirmed.'),
    );
    expect((await problem(applicants().resendCode(who))).status).toBe(429);
    expect((await problem(applicants().resendCode(who))).status).toBe(409);
  });

  it('confirms the code with the SECRET_HASH', async () => {
    cognito.on('ConfirmSignUp', {});
    await applicants().confirm({ tenantId: TENANT, nik: NIK, code: '123456' });
    expect(cognito.inputs('ConfirmSignUp')).toEqual([
      { ClientId: CLIENT_ID, Username: USERNAME, SecretHash: EXPECTED_HASH, ConfirmationCode: '123456' },
    ]);
  });

  it('answers 400 at code for a wrong or an expired code', async () => {
    cognito.on(
      'ConfirmSignUp',
      refusal('CodeMismatchException', 'Invalid verification code provided.'),
      refusal('ExpiredCodeException', 'Invalid code provided, please request a code again.'),
    );
    const wrong = await problem(applicants().confirm({ tenantId: TENANT, nik: NIK, code: '000000' }));
    expect([wrong.status, wrong.type]).toEqual([400, 'validation']);
    expect(wrong.errors).toEqual([{ path: 'code', message: 'Invalid verification code provided.' }]);
    const expired = await problem(applicants().confirm({ tenantId: TENANT, nik: NIK, code: '000000' }));
    expect(expired.status).toBe(400);
    expect(expired.errors).toEqual([
      { path: 'code', message: 'Invalid code provided, please request a code again.' },
    ]);
  });

  it('answers an unknown NIK like a wrong code, without repeating Cognito`s message', async () => {
    cognito.on(
      'ConfirmSignUp',
      refusal('UserNotFoundException', 'Username/client id combination not found.'),
    );
    const err = await problem(applicants().confirm({ tenantId: TENANT, nik: NIK, code: '000000' }));
    expect(err.status).toBe(400);
    expect(err.errors).toEqual([{ path: 'code', message: 'is wrong or has expired' }]);
    expect(JSON.stringify(err)).not.toContain('not found');
  });

  it('answers 429 after too many wrong codes', async () => {
    cognito.on(
      'ConfirmSignUp',
      refusal('TooManyFailedAttemptsException', 'Too many failed attempts.'),
      refusal('LimitExceededException', 'Attempt limit exceeded.'),
      refusal('TooManyRequestsException', 'Too many requests.', 429),
    );
    for (let i = 0; i < 3; i++) {
      const err = await problem(applicants().confirm({ tenantId: TENANT, nik: NIK, code: '000000' }));
      expect([err.status, err.type]).toEqual([429, 'rate-limited']);
    }
  });

  it('answers 409 for an account confirmed already', async () => {
    cognito.on(
      'ConfirmSignUp',
      refusal('NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED'),
    );
    const err = await problem(applicants().confirm({ tenantId: TENANT, nik: NIK, code: '123456' }));
    expect([err.status, err.type]).toEqual([409, 'conflict']);
  });
});

describe('Cognito applicants: login', () => {
  const login = (sourceIp?: string, o: Partial<CognitoApplicantIdentityOptions> = {}) =>
    applicants(o).login({ tenantId: TENANT, nik: NIK, password: 'rahasia-pelamar-1', sourceIp });

  it('logs in with the SECRET_HASH and returns the applicant claims of the pool token', async () => {
    const token = await idToken();
    cognito.on('AdminInitiateAuth', {
      AuthenticationResult: { IdToken: token, AccessToken: 'access', ExpiresIn: 3600, TokenType: 'Bearer' },
    });
    expect(await login('203.0.113.9')).toEqual({
      token,
      expiresAt: '2026-03-02T04:00:00.000Z',
      claims: { sub: APPLICANT_ID, tenantId: TENANT, role: 'applicant' },
      name: 'Budi Santoso',
    });
    expect(cognito.inputs('AdminInitiateAuth')).toEqual([
      {
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
      },
    ]);
  });

  it('sends no ContextData without a known address', async () => {
    cognito.on('AdminInitiateAuth', { AuthenticationResult: { IdToken: await idToken() } });
    await login();
    await login('unknown');
    const inputs = cognito.inputs('AdminInitiateAuth');
    expect(inputs).toHaveLength(2);
    for (const input of inputs) expect(input).not.toHaveProperty('ContextData');
  });

  it('answers 403 until the email address is verified', async () => {
    cognito.on('AdminInitiateAuth', refusal('UserNotConfirmedException', 'User is not confirmed.'));
    const err = await problem(login());
    expect([err.status, err.type, err.detail]).toEqual([
      403,
      'forbidden',
      'The email address of this account is not verified yet.',
    ]);
  });

  it('maps the other failures as the staff login does', async () => {
    cognito.on(
      'AdminInitiateAuth',
      refusal('NotAuthorizedException', 'Incorrect username or password.'),
      refusal('UserNotFoundException', 'User does not exist.'),
      refusal('NotAuthorizedException', 'User is disabled.'),
      refusal('NotAuthorizedException', 'Password attempts exceeded'),
      refusal('TooManyRequestsException', 'Too many requests', 429),
    );
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await problem(login())).status);
    expect(statuses).toEqual([401, 401, 403, 423, 429]);
  });

  it('answers 403 for a challenge it does not support', async () => {
    cognito.on('AdminInitiateAuth', { ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 's' });
    const err = await problem(login());
    expect(err.status).toBe(403);
    expect(err.detail).toContain('NEW_PASSWORD_REQUIRED');
  });

  it('fails (a 500 upstream) when Cognito answers neither tokens nor a challenge', async () => {
    cognito.on('AdminInitiateAuth', {});
    await expect(login()).rejects.toThrow('Cognito returned neither tokens nor a challenge');
  });

  it("refuses a token of another tenant's account, and a token whose username is not <tenant>.<nik>", async () => {
    for (const username of [`${OTHER_TENANT}.${NIK}`, `${TENANT}.budi`, 'PLATFORM.3201234567890123']) {
      const own = fakeCognito();
      own.on('AdminInitiateAuth', {
        AuthenticationResult: { IdToken: await idToken({ 'cognito:username': username }) },
      });
      const err = await problem(login(undefined, { call: own.call }));
      expect(err.status, username).toBe(401);
      expect(own.operations()).toEqual(['AdminInitiateAuth']);
    }
  });

  it('never takes a role from the token: a custom role attribute is ignored', async () => {
    const token = await idToken({ 'custom:role': 'tenant-admin', 'custom:tenantId': OTHER_TENANT });
    cognito.on('AdminInitiateAuth', { AuthenticationResult: { IdToken: token } });
    expect((await login()).claims).toEqual({ sub: APPLICANT_ID, tenantId: TENANT, role: 'applicant' });
  });
});

describe('Cognito applicants: on the wire (signed JSON calls, no SDK client)', () => {
  const openServer = setupSigningTests(NOW);
  const onServer = (url: string) =>
    applicants({ call: cognitoCall({ region: REGION, credentials: CREDENTIALS, endpoint: url }) });

  it('sends SignUp as @aws-sdk/client-cognito-identity-provider does: target, type, body, unsigned', async () => {
    const captured: CapturedRequest[] = [];
    const sdk = capturingCognitoClient(captured, REGION);
    await sdk.send(new SignUpCommand(SIGN_UP_INPUT)).catch(() => {});
    const theirs = captured[0]!;

    const ours = capturingFetch(
      () => new Response(JSON.stringify({ UserSub: APPLICANT_ID }), { status: 200, headers: JSON_11 }),
    );
    const result = await applicants({
      call: cognitoCall({ region: REGION, credentials: CREDENTIALS, transport: fetchTransport(ours.fetch) }),
    }).signUp(signUp);
    expect(result).toEqual({ applicantId: APPLICANT_ID });
    expect(ours.calls).toHaveLength(1);
    const { url, init } = ours.calls[0]!;
    const headers = headersOf(init);
    const sent = new TextDecoder().decode(init.body as Uint8Array);

    expect(url).toBe('https://cognito-idp.ap-southeast-3.amazonaws.com/');
    expect(url).toBe(`https://${theirs.hostname}${theirs.path}`);
    expect(init.method).toBe(theirs.method);
    expect(headers['x-amz-target']).toBe('AWSCognitoIdentityProviderService.SignUp');
    expect(headers['x-amz-target']).toBe(theirs.headers['x-amz-target']);
    expect(headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(headers['content-type']).toBe(theirs.headers['content-type']);
    expect(JSON.parse(sent)).toEqual(SIGN_UP_INPUT);
    expect(JSON.parse(sent)).toEqual(JSON.parse(sdkBody(theirs)));
    // SignUp is authorized by the client id and SECRET_HASH, not by IAM: unsigned, as the SDK sends
    // it, with no header besides the type and the target (fetch adds host and length).
    expect(theirs.headers.authorization).toBeUndefined();
    expect(Object.keys(headers).sort()).toEqual(['content-type', 'x-amz-target']);
    expect(Object.keys(headers).sort()).toEqual(
      Object.keys(theirs.headers)
        .filter((name) => !['host', 'content-length', 'user-agent'].includes(name))
        .sort(),
    );
  });

  it("maps Cognito's JSON refusals by their code and message, and does not send them again", async () => {
    const answers = [
      refuse('UsernameExistsException', 'User already exists'),
      refuse('InvalidParameterException', 'Invalid email address format.'),
      refuse('CodeMismatchException', 'Invalid verification code provided.'),
      refuse('NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED'),
      refuse('UserNotConfirmedException', 'User is not confirmed.'),
      refuse('UserNotFoundException', 'User does not exist.'),
    ];
    const server = await openServer((_req, res, i) => {
      const a = answers[i]!;
      reply(res, a.status, a.body, a.headers);
    });
    const port = onServer(server.url);
    const taken = await problem(port.signUp(signUp));
    expect([taken.status, taken.type]).toEqual([409, 'conflict']);
    const email = await problem(port.signUp(signUp));
    expect(email.errors).toEqual([{ path: 'email', message: 'Invalid email address format.' }]);
    const code = await problem(port.confirm({ tenantId: TENANT, nik: NIK, code: '000000' }));
    expect(code.errors).toEqual([{ path: 'code', message: 'Invalid verification code provided.' }]);
    const confirmed = await problem(port.confirm({ tenantId: TENANT, nik: NIK, code: '123456' }));
    expect(confirmed.status).toBe(409);
    const unverified = await problem(port.login({ tenantId: TENANT, nik: NIK, password: 'x' }));
    expect(unverified.detail).toBe('The email address of this account is not verified yet.');
    await port.abandon({ tenantId: TENANT, nik: NIK });
    expect(server.received.map(target)).toEqual(
      ['SignUp', 'SignUp', 'ConfirmSignUp', 'ConfirmSignUp', 'AdminInitiateAuth', 'AdminDeleteUser'].map(
        (op) => `AWSCognitoIdentityProviderService.${op}`,
      ),
    );
  });

  it('tries a throttled call 3 times in all, as the SDK did, then answers 429', async () => {
    const server = await openServer((_req, res) => {
      const a = refuse('TooManyRequestsException', 'Rate exceeded');
      reply(res, a.status, a.body, a.headers);
    });
    const err = await problem(onServer(server.url).resendCode(who));
    expect([err.status, err.type]).toEqual([429, 'rate-limited']);
    expect(server.received).toHaveLength(3);
  });

  it('by default calls the endpoint of the environment, unsigned for the public operations, signed with its credentials for the others', async () => {
    const server = await openServer((_req, res) => reply(res, 200, '{}', JSON_11));
    vi.stubEnv('AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER', server.url);
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'ASIAFROMENV');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'env-secret');
    vi.stubEnv('AWS_SESSION_TOKEN', 'env-token');
    const port = applicants({ call: undefined });
    await port.confirm({ tenantId: TENANT, nik: NIK, code: '123456' });
    await port.resendCode(who);
    await port.abandon({ tenantId: TENANT, nik: NIK });
    expect(server.received.map(target)).toEqual(
      ['ConfirmSignUp', 'ResendConfirmationCode', 'AdminDeleteUser'].map(
        (op) => `AWSCognitoIdentityProviderService.${op}`,
      ),
    );
    const [confirm, resend, abandon] = server.received;
    for (const unsigned of [confirm!, resend!]) {
      for (const name of ['authorization', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256']) {
        expect(unsigned.headers[name], name).toBeUndefined();
      }
      expect(unsigned.headers['content-type']).toBe('application/x-amz-json-1.1');
    }
    expect(JSON.parse(confirm!.body.toString())).toEqual({
      ClientId: CLIENT_ID,
      Username: USERNAME,
      SecretHash: EXPECTED_HASH,
      ConfirmationCode: '123456',
    });
    expect(abandon!.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=ASIAFROMENV\/20260302\/ap-southeast-3\/cognito-idp\/aws4_request/,
    );
    expect(abandon!.headers['x-amz-security-token']).toBe('env-token');
    expect(JSON.parse(abandon!.body.toString())).toEqual({ UserPoolId: POOL, Username: USERNAME });
  });

  it('needs no credentials for the public operations', async () => {
    const server = await openServer((_req, res) =>
      reply(res, 200, JSON.stringify({ UserSub: APPLICANT_ID }), JSON_11),
    );
    vi.stubEnv('AWS_ACCESS_KEY_ID', '');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', '');
    const port = applicants({ call: cognitoCall({ region: REGION, endpoint: server.url }) });
    expect(await port.signUp(signUp)).toEqual({ applicantId: APPLICANT_ID });
    const err = await port.abandon({ tenantId: TENANT, nik: NIK }).catch((e: unknown) => e);
    expect((err as Error).name).toBe('CredentialsProviderError');
    expect(server.received.map(target)).toEqual(['AWSCognitoIdentityProviderService.SignUp']);
  });
});
