import { createHash } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import { type Claims, forbidden, PLATFORM_TENANT_ID, rateLimited, ULID_PATTERN } from '@pamong/core';
import type { Key, StoreProvider } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import * as loginThrottleRepo from '@pamong/db/repos/login-throttle';
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

/** Failures one source may make for one username before each further failure costs a wait. */
export const MAX_FAILED_ATTEMPTS = 5;
/** The longest wait for one username from one source, and the length of a source lock. */
export const LOCK_MINUTES = 15;

/**
 * The local adapter's login throttle. Counters are kept per (tenant, source address, username),
 * for unknown usernames too, and per (tenant, source address); never per account alone, so
 * nobody can lock the owner out from somewhere else.
 */
export const LOGIN_THROTTLE = {
  account: {
    /** Failures from one source for one username that cost nothing. */
    freeFailures: MAX_FAILED_ATTEMPTS,
    /** The wait after the last free failure; it doubles with each further failure... */
    firstWaitSeconds: 60,
    /** ...up to this. */
    maxWaitSeconds: LOCK_MINUTES * 60,
    /** The count is forgotten this long after the last failure (and reset by a success). */
    windowSeconds: 24 * 60 * 60,
  },
  source: {
    /** Failures from one source across all usernames of a tenant before it is locked... */
    maxFailures: 30,
    /** ...for this long, again after every further failure... */
    lockSeconds: LOCK_MINUTES * 60,
    /** ...until an hour has passed without a failure. A success does not reset it. */
    windowSeconds: 60 * 60,
  },
} as const;

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

/**
 * The development and test identity: accounts are login records in the table, passwords are
 * scrypt hashes, tokens are ES256 JWTs.
 *
 * Failed logins are throttled per source address, never per account alone (`LOGIN_THROTTLE`):
 * - per (username, source): 5 free failures, then a wait of 1 minute that doubles with each
 *   further failure up to 15 minutes; a success from that source resets it;
 * - per source across all usernames of the tenant: 30 failures lock the source out of the tenant
 *   for 15 minutes, again after every further failure, until an hour passes without one.
 * While a wait or lock runs, every login from that source (for that username, or for all) gets
 * 429 `rate-limited` with `Retry-After`, the right password included, before the password is
 * checked. The same account from another source is not affected. Requests that race in parallel
 * are each checked against the counters as read; the counts themselves stay exact.
 *
 * Disclosure choices: an unknown user and a wrong password take the same path (one consistent
 * BatchGetItem, the same scrypt work, the same two counter updates) and give the same 401, and
 * their counters, hence their 429s, behave the same. "Disabled" (403) is said only after a
 * correct password.
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

    async login({ tenantId, username, password, sourceIp }) {
      const where = await locate(tenantId, username);
      if (!where) {
        await verifyPassword(password, dummyHash);
        throw wrongCredentials();
      }
      const at = now();
      const source = sourceHash(tenantId, sourceIp ?? 'unknown');
      const accountKey = keys.loginThrottleAccount(tenantId, source, username);
      const sourceKey = keys.loginThrottleSource(tenantId, source);
      // One consistent BatchGetItem: the record (which carries the claims) and both counters.
      const items = await where.store.batchGet<Record<string, unknown>>(
        [where.key, accountKey, sourceKey],
        true,
      );
      const record = pick(items, where.key) as LoginRecord | undefined;
      const account = loginThrottleRepo.readCounter(pick(items, accountKey), at);
      const fromSource = loginThrottleRepo.readCounter(pick(items, sourceKey), at);

      const until = latest(
        blockedUntil(account.live, accountWaitSeconds),
        blockedUntil(fromSource.live, sourceWaitSeconds),
      );
      if (until && until > at.getTime()) throw throttled(until, at);

      // An unknown user (or a record without a hash, made for Cognito) costs the same scrypt work.
      const matches = await verifyPassword(password, record?.passwordHash ?? dummyHash);
      if (!record?.passwordHash || !matches) {
        await Promise.all([
          loginThrottleRepo.countFailure(
            where.store,
            accountKey,
            account,
            at,
            LOGIN_THROTTLE.account.windowSeconds,
          ),
          loginThrottleRepo.countFailure(
            where.store,
            sourceKey,
            fromSource,
            at,
            LOGIN_THROTTLE.source.windowSeconds,
          ),
        ]);
        throw wrongCredentials();
      }
      if (record.status === 'unverified')
        throw forbidden('The email address of this account is not verified yet. Enter the code sent to it.');
      if (record.status !== 'active') throw forbidden('This account is disabled.');

      // A success resets this source's count for this account; the source's own count stays.
      if (account.exists) {
        await loginThrottleRepo.clearCounter(where.store, accountKey);
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

function throttled(untilMs: number, at: Date) {
  return rateLimited(
    (untilMs - at.getTime()) / 1000,
    `Too many failed logins from this address. Try again after ${new Date(untilMs).toISOString()}.`,
  );
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

// ---- the throttle ----

/**
 * The source as counted: an IPv4 address as it is, an IPv6 address by its /64 (one subscriber
 * usually holds a whole /64), anything else (`unknown`) as it is.
 */
export function sourceNetwork(ip: string): string {
  const address = ip.split('%')[0]!;
  if (isIPv4(address) || !isIPv6(address)) return address;
  const [left, right] = address.includes('::') ? address.split('::') : [address, undefined];
  // A dotted IPv4 tail stands for the last two groups; it never reaches the first four.
  const groups = (part: string | undefined) =>
    part ? part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])) : [];
  const head = groups(left);
  const tail = groups(right);
  const full =
    right === undefined ? head : [...head, ...Array(8 - head.length - tail.length).fill('0'), ...tail];
  return `${full
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

/** The table keeps the source only as a hash, salted with the tenant, like the survey rate counter. */
export const sourceHash = (tenantId: string, ip: string) =>
  createHash('sha256')
    .update(`login:${tenantId}:${sourceNetwork(ip)}`)
    .digest('hex')
    .slice(0, 16);

const pick = (items: Record<string, unknown>[], key: Key) =>
  items.find((i) => i.pk === key.pk && i.sk === key.sk);

export function accountWaitSeconds(failures: number): number {
  const { freeFailures, firstWaitSeconds, maxWaitSeconds } = LOGIN_THROTTLE.account;
  if (failures < freeFailures) return 0;
  return Math.min(firstWaitSeconds * 2 ** (failures - freeFailures), maxWaitSeconds);
}

export function sourceWaitSeconds(failures: number): number {
  return failures >= LOGIN_THROTTLE.source.maxFailures ? LOGIN_THROTTLE.source.lockSeconds : 0;
}

function blockedUntil(
  counter: loginThrottleRepo.SeenCounter['live'],
  wait: (failures: number) => number,
): number | null {
  if (!counter) return null;
  const seconds = wait(counter.failures);
  const last = Date.parse(counter.lastFailureAt);
  return seconds > 0 && Number.isFinite(last) ? last + seconds * 1000 : null;
}

const latest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
