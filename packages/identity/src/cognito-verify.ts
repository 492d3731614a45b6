import { AppError, type Claims } from '@pamong/core';
import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { invalidToken, toClaims } from './claims';
import type { IdentityPort } from './port';

export interface CognitoPoolOptions {
  userPoolId: string;
  clientId: string;
  region: string;
  /** The pool's key set; tests pass a local one. */
  jwks?: JWTVerifyGetKey;
  now?: () => Date;
}

export type IdTokenVerifier = (token: string) => Promise<{ claims: Claims; payload: JWTPayload }>;

/** Verifies a Cognito id token of this pool and app client: jose and the pool's JWKS, no SDK. */
export function createIdTokenVerifier(opts: CognitoPoolOptions): IdTokenVerifier {
  const issuer = `https://cognito-idp.${opts.region}.amazonaws.com/${opts.userPoolId}`;
  const jwks = opts.jwks ?? createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`));
  const now = opts.now ?? (() => new Date());
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, jwks, {
        issuer,
        audience: opts.clientId,
        algorithms: ['RS256'],
        currentDate: now(),
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      // An access token has no audience claim, but refuse it explicitly: only id tokens carry the attributes.
      if (payload.token_use !== 'id') throw invalidToken();
      const claims = toClaims({
        sub: payload.sub,
        tenantId: payload['custom:tenantId'],
        role: payload['custom:role'],
        agencyId: payload['custom:agencyId'],
        employeeId: payload['custom:employeeId'],
      });
      return { claims, payload };
    } catch {
      throw invalidToken();
    }
  };
}

/**
 * The identity of a function that only checks tokens (every function but platform): the same
 * verification as the Cognito adapter, without the Cognito client in its bundle. Account changes
 * and logins belong to the platform function; asking this port for them is a wiring bug.
 */
export function createCognitoTokenIdentity(opts: CognitoPoolOptions): IdentityPort {
  const verify = createIdTokenVerifier(opts);
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
