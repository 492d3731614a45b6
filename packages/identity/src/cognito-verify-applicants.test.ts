import { AppError } from '@pamong/core';
import {
  type CryptoKey,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  type JWTPayload,
  SignJWT,
} from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCognitoIdentity } from './cognito';
import { type CognitoPoolOptions, createCognitoTokenIdentity } from './cognito-verify';
import type { IdentityPort } from './port';

const REGION = 'ap-southeast-3';
const STAFF_POOL = 'ap-southeast-3_StaffPool1';
const STAFF_CLIENT = 'staff-client';
const APPLICANT_POOL = 'ap-southeast-3_Applicants';
const APPLICANT_CLIENT = 'applicant-client';
const issuer = (pool: string) => `https://cognito-idp.${REGION}.amazonaws.com/${pool}`;
const TENANT = '01JABCDEFGHJKMNPQRSTVWXYZ0';
const NIK = '3201234567890123';
const STAFF_ID = 'c3f1a2b4-0000-4000-8000-000000000001';
const APPLICANT_ID = 'a1b2c3d4-0000-4000-8000-000000000012';
const NOW = new Date('2026-03-02T03:00:00Z');
const IAT = Math.floor(NOW.getTime() / 1000);

type Pool = 'staff' | 'applicant';
const keys = {} as Record<Pool, CryptoKey>;
const jwks = {} as Record<Pool, ReturnType<typeof createLocalJWKSet>>;

beforeAll(async () => {
  for (const pool of ['staff', 'applicant'] as const) {
    const pair = await generateKeyPair('RS256');
    keys[pool] = pair.privateKey;
    const pub = await exportJWK(pair.publicKey);
    jwks[pool] = createLocalJWKSet({ keys: [{ ...pub, kid: `${pool}-key`, alg: 'RS256', use: 'sig' }] });
  }
});

interface Sign {
  /** The key (and kid) that signs; default the pool's own. */
  key?: Pool;
  iss?: string;
  aud?: string;
  sub?: string;
  exp?: number;
}

function staffToken(overrides: JWTPayload = {}, o: Sign = {}) {
  return sign(
    'staff',
    {
      token_use: 'id',
      'cognito:username': `${TENANT}.siti`,
      'custom:tenantId': TENANT,
      'custom:role': 'employee',
      ...overrides,
    },
    { sub: STAFF_ID, ...o },
  );
}

function applicantToken(overrides: JWTPayload = {}, o: Sign = {}) {
  return sign(
    'applicant',
    { token_use: 'id', name: 'Budi Santoso', 'cognito:username': `${TENANT}.${NIK}`, ...overrides },
    { sub: APPLICANT_ID, ...o },
  );
}

function sign(pool: Pool, payload: JWTPayload, o: Sign) {
  const key = o.key ?? pool;
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', kid: `${key}-key` })
    .setSubject(o.sub ?? 'x')
    .setIssuer(o.iss ?? issuer(pool === 'staff' ? STAFF_POOL : APPLICANT_POOL))
    .setAudience(o.aud ?? (pool === 'staff' ? STAFF_CLIENT : APPLICANT_CLIENT))
    .setIssuedAt(IAT)
    .setExpirationTime(o.exp ?? IAT + 3600)
    .sign(keys[key]);
}

const options = (withApplicants = true): CognitoPoolOptions => ({
  userPoolId: STAFF_POOL,
  clientId: STAFF_CLIENT,
  region: REGION,
  jwks: jwks.staff,
  now: () => NOW,
  ...(withApplicants
    ? { applicantPool: { userPoolId: APPLICANT_POOL, clientId: APPLICANT_CLIENT, jwks: jwks.applicant } }
    : {}),
});

/** Both ports that verify tokens: every function's, and the platform's full adapter. */
const ports: [string, (withApplicants?: boolean) => IdentityPort][] = [
  ['createCognitoTokenIdentity', (w) => createCognitoTokenIdentity(options(w))],
  ['createCognitoIdentity', (w) => createCognitoIdentity(options(w))],
];

async function refused(p: Promise<unknown>) {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).status).toBe(401);
  expect((err as AppError).type).toBe('unauthorized');
}

describe.each(ports)('%s with the applicant pool', (_, port) => {
  it('accepts a staff token with its custom attributes', async () => {
    expect(await port().verify(await staffToken())).toEqual({
      sub: STAFF_ID,
      tenantId: TENANT,
      role: 'employee',
    });
  });

  it('accepts an applicant token: the sub, the tenant from the username, the role from the pool', async () => {
    expect(await port().verify(await applicantToken())).toEqual({
      sub: APPLICANT_ID,
      tenantId: TENANT,
      role: 'applicant',
    });
  });

  it('an applicant token never comes out with another role, whatever attributes it carries', async () => {
    const token = await applicantToken({
      'custom:role': 'tenant-admin',
      'custom:tenantId': '01JBTHERTENANT000000000000',
      'custom:agencyId': '01JAGENCY0000000000000000A',
    });
    expect(await port().verify(token)).toEqual({ sub: APPLICANT_ID, tenantId: TENANT, role: 'applicant' });
  });

  it('refuses a staff token that claims the applicant role', async () => {
    await refused(port().verify(await staffToken({ 'custom:role': 'applicant' })));
  });

  const badApplicantTokens: [string, () => Promise<string>][] = [
    ['a tenant prefix that is not a ULID', () => applicantToken({ 'cognito:username': `T#evil.${NIK}` })],
    [
      'a lower-case tenant prefix',
      () => applicantToken({ 'cognito:username': `${TENANT.toLowerCase()}.${NIK}` }),
    ],
    ['the platform pseudo-tenant', () => applicantToken({ 'cognito:username': `PLATFORM.${NIK}` })],
    ['a username without a tenant', () => applicantToken({ 'cognito:username': NIK })],
    ['a username that is not a NIK', () => applicantToken({ 'cognito:username': `${TENANT}.siti` })],
    ['no username', () => applicantToken({ 'cognito:username': undefined })],
    ['an access token', () => applicantToken({ token_use: 'access' })],
    ['an expired token', () => applicantToken({}, { exp: IAT - 60 })],
    ['the staff client as audience', () => applicantToken({}, { aud: STAFF_CLIENT })],
    ['a signature by the staff pool key', () => applicantToken({}, { key: 'staff' })],
    ['an empty subject', () => applicantToken({}, { sub: '' })],
  ];
  for (const [what, make] of badApplicantTokens) {
    it(`refuses an applicant token with ${what}`, async () => {
      await refused(port().verify(await make()));
    });
  }

  it('refuses a staff-pool token that names the applicant issuer (it is not signed by that pool)', async () => {
    await refused(
      port().verify(await staffToken({}, { iss: issuer(APPLICANT_POOL), aud: APPLICANT_CLIENT })),
    );
  });

  it('refuses an applicant-pool token that names the staff issuer (it is not signed by that pool)', async () => {
    await refused(
      port().verify(
        await applicantToken(
          { 'custom:tenantId': TENANT, 'custom:role': 'tenant-admin' },
          { iss: issuer(STAFF_POOL), aud: STAFF_CLIENT },
        ),
      ),
    );
  });

  it('refuses a staff access token and garbage', async () => {
    await refused(port().verify(await staffToken({ token_use: 'access' })));
    await refused(port().verify('not.a.jwt'));
    await refused(port().verify(''));
  });
});

describe.each(ports)('%s without the applicant pool', (_, port) => {
  it('refuses every applicant token, and still accepts staff', async () => {
    await refused(port(false).verify(await applicantToken()));
    expect((await port(false).verify(await staffToken())).role).toBe('employee');
  });
});
