import { AppError, type Claims } from '@pamong/core';
import { createRemoteJWKSet, decodeJwt, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { isApplicantUsername } from './applicants';
import { invalidToken, toClaims } from './claims';
import type { IdentityPort } from './port';

/** The applicant pool (issue 12 §1): its own issuer, app client and keys. */
export interface ApplicantPoolOptions {
  userPoolId: string;
  clientId: string;
  /** The pool's key set; tests pass a local one. */
  jwks?: JWTVerifyGetKey;
}

export interface CognitoPoolOptions {
  userPoolId: string;
  clientId: string;
  region: string;
  /** The pool's key set; tests pass a local one. */
  jwks?: JWTVerifyGetKey;
  now?: () => Date;
  /** When set, `verify` also accepts the id tokens of the applicants' pool (role `applicant`). */
  applicantPool?: ApplicantPoolOptions;
}

export type IdTokenVerifier = (token: string) => Promise<{ claims: Claims; payload: JWTPayload }>;

const issuerOf = (region: string, userPoolId: string) =>
  `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`;

/**
 * The checks every Cognito id token gets: jose and the pool's JWKS, no SDK. `toPoolClaims` turns
 * the verified payload into claims, and throws on any shape it does not accept.
 */
function poolVerifier(
  pool: { issuer: string; clientId: string; jwks?: JWTVerifyGetKey; now?: () => Date },
  toPoolClaims: (payload: JWTPayload) => Claims,
): IdTokenVerifier {
  const jwks = pool.jwks ?? createRemoteJWKSet(new URL(`${pool.issuer}/.well-known/jwks.json`));
  const now = pool.now ?? (() => new Date());
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, jwks, {
        issuer: pool.issuer,
        audience: pool.clientId,
        algorithms: ['RS256'],
        currentDate: now(),
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      // An access token has no audience claim, but refuse it explicitly: only id tokens carry the attributes.
      if (payload.token_use !== 'id') throw invalidToken();
      return { claims: toPoolClaims(payload), payload };
    } catch {
      throw invalidToken();
    }
  };
}

/** Verifies a Cognito id token of the staff pool and its app client. */
export function createIdTokenVerifier(opts: CognitoPoolOptions): IdTokenVerifier {
  return poolVerifier(
    {
      issuer: issuerOf(opts.region, opts.userPoolId),
      clientId: opts.clientId,
      jwks: opts.jwks,
      now: opts.now,
    },
    (payload) => {
      const claims = toClaims({
        sub: payload.sub,
        tenantId: payload['custom:tenantId'],
        role: payload['custom:role'],
        agencyId: payload['custom:agencyId'],
        employeeId: payload['custom:employeeId'],
      });
      // Applicants live in their own pool; a staff account never carries their role.
      if (claims.role === 'applicant') throw invalidToken();
      return claims;
    },
  );
}

/**
 * Verifies an id token of the applicants' pool. That pool has no custom attributes: the role is
 * `applicant` because the pool says so, the subject is the applicant id, and the tenant is the
 * part of the username (`${tenantId}.${nik}`, written only by the API's SignUp) before the first
 * dot. Nothing in such a token can name another role.
 */
export function createApplicantTokenVerifier(
  opts: ApplicantPoolOptions & { region: string; now?: () => Date },
): IdTokenVerifier {
  return poolVerifier(
    {
      issuer: issuerOf(opts.region, opts.userPoolId),
      clientId: opts.clientId,
      jwks: opts.jwks,
      now: opts.now,
    },
    (payload) => {
      const username = payload['cognito:username'];
      if (typeof username !== 'string') throw invalidToken();
      const dot = username.indexOf('.');
      if (dot < 0 || !isApplicantUsername(username.slice(dot + 1))) throw invalidToken();
      // toClaims refuses a tenant that is not a ULID (PLATFORM included: its role would differ).
      return toClaims({ sub: payload.sub, tenantId: username.slice(0, dot), role: 'applicant' });
    },
  );
}

/**
 * `verify` of a function: a staff-pool id token, or with `applicantPool` an applicant-pool one.
 * The token's unverified `iss` only picks the pool; that pool's verifier then checks everything
 * (signature against its keys, its issuer, its app client, expiry), so a forged `iss` gains nothing.
 */
export function createTokenVerifier(opts: CognitoPoolOptions): IdTokenVerifier {
  const staff = createIdTokenVerifier(opts);
  if (!opts.applicantPool) return staff;
  const applicantIssuer = issuerOf(opts.region, opts.applicantPool.userPoolId);
  const applicant = createApplicantTokenVerifier({
    ...opts.applicantPool,
    region: opts.region,
    now: opts.now,
  });
  return async (token) => {
    let iss: unknown;
    try {
      iss = decodeJwt(token).iss;
    } catch {
      throw invalidToken();
    }
    return iss === applicantIssuer ? applicant(token) : staff(token);
  };
}

/**
 * The identity of a function that only checks tokens (every function but platform): the same
 * verification as the Cognito adapter, without the Cognito client in its bundle. Account changes
 * and logins belong to the platform function; asking this port for them is a wiring bug.
 */
export function createCognitoTokenIdentity(opts: CognitoPoolOptions): IdentityPort {
  const verify = createTokenVerifier(opts);
  const elsewhere = (what: string) => async (): Promise<never> => {
    throw new AppError(500, 'internal', 'Internal error', `${what} is handled by the platform function.`);
  };
  return {
    kind: 'cognito',
    credentialAttributes: elsewhere('Account creation'),
    provisionAccount: elsewhere('Account creation'),
    syncAccount: elsewhere('Account changes'),
    login: elsewhere('Login'),
    async verify(token) {
      return (await verify(token)).claims;
    },
  };
}
