import { type Claims, ROLES, type Role } from '@pamong/core';
import type { Store } from '@pamong/db';
import * as keys from '@pamong/db/keys';

/**
 * What a signed-in user may do comes from their account, read on every request, not from the
 * token. Tokens are stateless (8 h): without this a disabled account would keep working until its
 * token expired, and a demoted admin would keep their old role and agency as long (Cognito revokes
 * neither on AdminDisableUser nor on an attribute change). The token only says who the caller is.
 *
 * Only active accounts are cached, for 10 s per container: a change made in this container drops
 * the entry at once, other containers follow within 10 s, and a refusal is never served from memory.
 */
const TTL_MS = 10_000;

/** The part of an account that decides access, and its display name (for the audit entry's actorName). */
export interface AccountGrant {
  role: Role;
  agencyId?: string;
  employeeId?: string;
  name?: string;
}

/**
 * At most this many accounts are remembered. A container that serves a morning peak sees thousands
 * of people in a few minutes: without a bound, every one of them would stay in memory as long as
 * the container lives, long after their 10 s.
 */
export const ACCOUNT_CACHE_MAX = 5_000;

const cache = new Map<string, { at: number; grant: AccountGrant }>();
const cacheKey = (tenantId: string, userId: string) => `${tenantId}/${userId}`;

/**
 * Stores an entry as the newest. The map keeps the order entries were stored in, so the oldest come
 * first: those expired are dropped, and any beyond `ACCOUNT_CACHE_MAX`, until the first one is
 * fresh and the map within its bound (a few steps per request at most).
 */
function remember(k: string, entry: { at: number; grant: AccountGrant }, now: number): void {
  cache.delete(k);
  cache.set(k, entry);
  for (const [key, old] of cache) {
    if (cache.size <= ACCOUNT_CACHE_MAX && now - old.at < TTL_MS) break;
    cache.delete(key);
  }
}

/** How many accounts are remembered now (for tests). */
export function accountCacheSize(): number {
  return cache.size;
}

const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);
const optional = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);

export interface UserItem {
  status?: string;
  role?: unknown;
  agencyId?: unknown;
  employeeId?: unknown;
  name?: unknown;
}

/** The grant of an account item as read now (cached, or dropped from the cache when refused). */
export function grantOf(
  tenantId: string,
  userId: string,
  user: UserItem | undefined,
  now: number,
): AccountGrant | null {
  const k = cacheKey(tenantId, userId);
  if (user?.status !== 'active' || !isRole(user.role) || user.role === 'platform-admin') {
    cache.delete(k);
    return null;
  }
  const grant: AccountGrant = { role: user.role };
  const agencyId = optional(user.agencyId);
  const employeeId = optional(user.employeeId);
  const name = optional(user.name);
  if (agencyId) grant.agencyId = agencyId;
  if (employeeId) grant.employeeId = employeeId;
  if (name) grant.name = name;
  remember(k, { at: now, grant }, now);
  return grant;
}

/** The account's current role, agency and employee link, or null when it is disabled or gone. */
export async function activeAccount(
  store: Store,
  tenantId: string,
  userId: string,
  now = Date.now(),
): Promise<AccountGrant | null> {
  const hit = cache.get(cacheKey(tenantId, userId));
  if (hit && now - hit.at < TTL_MS) return hit.grant;
  return grantOf(tenantId, userId, await store.get<UserItem>(keys.user(tenantId, userId)), now);
}

/** The token's identity with the account's current grant in place of the token's copy of it. */
export function withGrant(claims: Claims, grant: AccountGrant): Claims {
  const out: Claims = { sub: claims.sub, tenantId: claims.tenantId, role: grant.role };
  if (grant.agencyId) out.agencyId = grant.agencyId;
  if (grant.employeeId) out.employeeId = grant.employeeId;
  return out;
}

export async function isAccountActive(
  store: Store,
  tenantId: string,
  userId: string,
  now = Date.now(),
): Promise<boolean> {
  return (await activeAccount(store, tenantId, userId, now)) !== null;
}

export function forgetAccount(tenantId: string, userId: string): void {
  cache.delete(cacheKey(tenantId, userId));
}

export function clearAccountCache(): void {
  cache.clear();
}
