import { keys, type Store } from '@pamong/db';

/**
 * Whether a signed-in user's account is still active. Tokens are stateless (8 h), so without this
 * a disabled account would keep working until its token expired, in both identity modes (Cognito
 * does not revoke ID tokens on AdminDisableUser either).
 *
 * Only "active" answers are cached, for 10 s per container: disabling in this container drops the
 * entry at once, other containers follow within 10 s, and a refusal is never served from memory.
 */
const TTL_MS = 10_000;
const active = new Map<string, number>();
const cacheKey = (tenantId: string, userId: string) => `${tenantId}/${userId}`;

export async function isAccountActive(
  store: Store,
  tenantId: string,
  userId: string,
  now = Date.now(),
): Promise<boolean> {
  const k = cacheKey(tenantId, userId);
  const at = active.get(k);
  if (at !== undefined && now - at < TTL_MS) return true;
  const user = await store.get<{ status?: string }>(keys.user(tenantId, userId));
  if (user?.status !== 'active') {
    active.delete(k);
    return false;
  }
  active.set(k, now);
  return true;
}

export function forgetAccount(tenantId: string, userId: string): void {
  active.delete(cacheKey(tenantId, userId));
}

export function clearAccountCache(): void {
  active.clear();
}
