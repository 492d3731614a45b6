import { UpdateCommand, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { AppError, type Claims, forbidden, PLATFORM_TENANT_ID, ULID_PATTERN } from '@pamong/core';
import { type Key, keys, type Store, type StoreProvider } from '@pamong/db';
import {
  type CryptoKey,
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  jwtVerify,
  SignJWT,
} from 'jose';
import { invalidToken, toClaims, wrongCredentials } from './claims';
import { hashPassword, verifyPassword } from './password';
import type { IdentityPort, LoginRecord, LoginResult } from './port';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;

export interface LocalIdentityOptions {
  stores: StoreProvider;
  /** An ES256 (P-256) private JWK; without one a new key is made, so tokens die with the process. */
  privateJwk?: JWK;
  issuer?: string;
  audience?: string;
  ttlSeconds?: number;
  now?: () => Date;
}

export interface LocalIdentity extends IdentityPort {
  readonly kind: 'local';
  jwks(): Promise<{ keys: JWK[] }>;
  /** So the local runner can keep the key across restarts and old tokens stay valid. */
  exportPrivateJwk(): Promise<JWK>;
}

interface SigningKey {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  privateJwk: JWK;
  publicJwk: JWK;
}

async function loadKey(privateJwk: JWK | undefined): Promise<SigningKey> {
  if (!privateJwk) {
    const pair = await generateKeyPair('ES256', { extractable: true });
    const jwk = await exportJWK(pair.privateKey);
    return withKid({ privateKey: pair.privateKey, publicKey: pair.publicKey, jwk });
  }
  if (
    privateJwk.kty !== 'EC' ||
    privateJwk.crv !== 'P-256' ||
    !privateJwk.d ||
    !privateJwk.x ||
    !privateJwk.y
  ) {
    throw new Error('privateJwk must be an EC P-256 private key (ES256)');
  }
  const { kty, crv, x, y, d } = privateJwk;
  const privateKey = (await importJWK({ kty, crv, x, y, d }, 'ES256', { extractable: true })) as CryptoKey;
  const publicKey = (await importJWK({ kty, crv, x, y }, 'ES256')) as CryptoKey;
  return withKid({ privateKey, publicKey, jwk: { kty, crv, x, y, d } });
}

async function withKid(k: { privateKey: CryptoKey; publicKey: CryptoKey; jwk: JWK }): Promise<SigningKey> {
  const { kty, crv, x, y, d } = k.jwk;
  const publicJwk: JWK = { kty, crv, x, y };
  const kid = await calculateJwkThumbprint(publicJwk);
  return {
    privateKey: k.privateKey,
    publicKey: k.publicKey,
    privateJwk: { kty, crv, x, y, d, kid, alg: 'ES256' },
    publicJwk: { ...publicJwk, kid, alg: 'ES256', use: 'sig' },
  };
}

const isConditionFailure = (err: unknown) =>
  (err as { name?: string })?.name === 'ConditionalCheckFailedException';

/**
 * The development and test identity: accounts are login records in the table, passwords are
 * scrypt hashes, tokens are ES256 JWTs.
 *
 * Disclosure choices: an unknown user and a wrong password give the same 401 after the same scrypt
 * work. "Disabled" (403) is said only after a correct password. "Locked" (423) is said before the
 * password is checked, which tells a prober that the username exists once they have made it lock;
 * that is the price of a lockout the user can understand.
 */
export async function createLocalIdentity(opts: LocalIdentityOptions): Promise<LocalIdentity> {
  const issuer = opts.issuer ?? 'pamong-local';
  const audience = opts.audience ?? 'pamong';
  const ttlSeconds = opts.ttlSeconds ?? 8 * 60 * 60;
  const now = opts.now ?? (() => new Date());
  const key = await loadKey(opts.privateJwk);
  // Spent on unknown users so they cost the same time as a wrong password.
  const dummyHash = await hashPassword('pamong-dummy-password');

  async function locate(tenantId: string, username: string) {
    if (tenantId === PLATFORM_TENANT_ID)
      return { store: opts.stores.platform(), key: keys.platformLogin(username) };
    if (!ULID_PATTERN.test(tenantId)) return null;
    return { store: await opts.stores.forTenant(tenantId), key: keys.login(tenantId, username) };
  }

  async function sign(record: LoginRecord, claims: Claims): Promise<LoginResult> {
    const iat = Math.floor(now().getTime() / 1000);
    const exp = iat + ttlSeconds;
    const extra: Record<string, string> = {};
    if (claims.agencyId) extra.agencyId = claims.agencyId;
    if (claims.employeeId) extra.employeeId = claims.employeeId;
    const token = await new SignJWT({ tenantId: claims.tenantId, role: claims.role, ...extra })
      .setProtectedHeader({ alg: 'ES256', kid: key.publicJwk.kid!, typ: 'JWT' })
      .setSubject(claims.sub)
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(key.privateKey);
    return { token, expiresAt: new Date(exp * 1000).toISOString(), claims, name: record.name };
  }

  return {
    kind: 'local',

    async credentialAttributes(password) {
      return { passwordHash: await hashPassword(password) };
    },

    // The users repository writes the login record in the user's own transaction; nothing else to do.
    async provisionAccount() {},
    async syncAccount() {},

    async login({ tenantId, username, password }) {
      const where = await locate(tenantId, username);
      // One consistent GetItem: the record carries the claims, so no profile read follows.
      const record = where ? await where.store.get<LoginRecord>(where.key, true) : undefined;
      if (!where || !record?.passwordHash) {
        await verifyPassword(password, dummyHash);
        throw wrongCredentials();
      }
      const at = now();
      if (record.lockedUntil && record.lockedUntil > at.toISOString()) throw locked(record.lockedUntil);

      if (!(await verifyPassword(password, record.passwordHash))) {
        await recordFailure(where.store, where.key, record, at);
        throw wrongCredentials();
      }
      if (record.status !== 'active') throw forbidden('This account is disabled.');

      if ((record.failedAttempts ?? 0) > 0 || record.lockedUntil) {
        await where.store.doc.send(
          new UpdateCommand({
            TableName: where.store.tableName,
            Key: where.key,
            UpdateExpression: 'SET failedAttempts = :zero REMOVE lockedUntil',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':zero': 0 },
          }),
        );
      }
      return sign(record, claimsOf(record, tenantId));
    },

    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key.publicKey, {
          issuer,
          audience,
          algorithms: ['ES256'],
          currentDate: now(),
          requiredClaims: ['sub', 'exp', 'iat'],
        });
        const { sub, tenantId, role, agencyId, employeeId } = payload;
        return toClaims({ sub, tenantId, role, agencyId, employeeId });
      } catch {
        throw invalidToken();
      }
    },

    async jwks() {
      return { keys: [{ ...key.publicJwk }] };
    },

    async exportPrivateJwk() {
      return { ...key.privateJwk };
    },
  };
}

function locked(until: string) {
  return new AppError(423, 'locked', 'Account locked', `Too many failed logins. Try again after ${until}.`);
}

/**
 * The record sits under the tenant's key, so it can only name that tenant and hold valid claims;
 * anything else is corrupt data, which is an internal error rather than a failed login.
 */
function claimsOf(record: LoginRecord, tenantId: string): Claims {
  let claims: Claims;
  try {
    claims = toClaims({
      sub: record.userId,
      tenantId: record.tenantId,
      role: record.role,
      agencyId: record.agencyId,
      employeeId: record.employeeId,
    });
  } catch {
    throw new Error('login record holds invalid claims');
  }
  if (claims.tenantId !== tenantId) throw new Error('login record names another tenant');
  return claims;
}

/**
 * Counts one failed login with one conditional UpdateItem in the common case. The lock is set by
 * whichever failure takes the count to the limit, even when failures race: the optimistic
 * "below the limit" update is conditional, and if it loses the race the locking update runs.
 * A lock that has run out starts a fresh count, so a typo after the wait does not lock again.
 */
async function recordFailure(store: Store, key: Key, record: LoginRecord, at: Date): Promise<void> {
  const lockedUntil = new Date(at.getTime() + LOCK_MINUTES * 60_000).toISOString();
  const base = { TableName: store.tableName, Key: key };
  const lockUpdate: UpdateCommandInput = {
    ...base,
    UpdateExpression: 'ADD failedAttempts :one SET lockedUntil = :until',
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeValues: { ':one': 1, ':until': lockedUntil },
  };
  const countUpdate: UpdateCommandInput = {
    ...base,
    UpdateExpression: 'ADD failedAttempts :one',
    ConditionExpression:
      'attribute_exists(pk) AND (attribute_not_exists(failedAttempts) OR failedAttempts < :last) AND attribute_not_exists(lockedUntil)',
    ExpressionAttributeValues: { ':one': 1, ':last': MAX_FAILED_ATTEMPTS - 1 },
  };
  const attempts: UpdateCommandInput[] = [];
  if (record.lockedUntil) {
    // Expired lock (a live one was refused before the password check): restart the count at 1,
    // unless another request already did.
    attempts.push({
      ...base,
      UpdateExpression: 'SET failedAttempts = :one REMOVE lockedUntil',
      ConditionExpression: 'lockedUntil = :seen',
      ExpressionAttributeValues: { ':one': 1, ':seen': record.lockedUntil },
    });
  }
  const seen = record.lockedUntil ? 0 : (record.failedAttempts ?? 0);
  if (seen + 1 < MAX_FAILED_ATTEMPTS) attempts.push(countUpdate);
  attempts.push(lockUpdate);

  for (const input of attempts) {
    try {
      await store.doc.send(new UpdateCommand(input));
      return;
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
    }
  }
  // Every condition failed: the record was deleted meanwhile, so there is nothing left to count.
}
