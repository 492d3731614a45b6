import { notFound, PLATFORM_TENANT_ID, type Tenant, tenantSuspended } from '@pamong/core';
import { type Store, stripKeys } from '@pamong/db';
import * as keys from '@pamong/db/keys';

/**
 * Tenant lookups on the platform partition, with a short per-container cache. Suspension is
 * checked on every request; the cache bounds how long another container may lag (10 s), and a
 * change made in this container drops its entry at once.
 */
const TTL_MS = 10_000;
const byId = new Map<string, { tenant: Tenant | null; at: number }>();
const bySlug = new Map<string, { tenantId: string | null; at: number }>();

export function forgetTenant(tenantId: string, slug?: string): void {
  byId.delete(tenantId);
  if (slug) bySlug.delete(slug);
}

export function clearTenantCache(): void {
  byId.clear();
  bySlug.clear();
}

export async function findTenant(store: Store, tenantId: string, now = Date.now()): Promise<Tenant | null> {
  if (tenantId === PLATFORM_TENANT_ID) return null;
  const hit = byId.get(tenantId);
  if (hit && now - hit.at < TTL_MS) return hit.tenant;
  const item = await store.get<Record<string, unknown>>(keys.tenant(tenantId));
  const tenant = item ? (stripKeys(item) as unknown as Tenant) : null;
  byId.set(tenantId, { tenant, at: now });
  return tenant;
}

export async function findTenantIdBySlug(
  store: Store,
  slug: string,
  now = Date.now(),
): Promise<string | null> {
  const hit = bySlug.get(slug);
  if (hit && now - hit.at < TTL_MS) return hit.tenantId;
  const item = await store.get<{ tenantId: string }>(keys.tenantSlug(slug));
  const tenantId = item?.tenantId ?? null;
  bySlug.set(slug, { tenantId, at: now });
  return tenantId;
}

/** The tenant of a public route, from the slug in the path: 404 unknown, 403 suspended. */
export async function activeTenantBySlug(store: Store, slug: string): Promise<Tenant> {
  const id = await findTenantIdBySlug(store, slug);
  const tenant = id ? await findTenant(store, id) : null;
  if (!tenant) throw notFound('Tenant');
  if (tenant.status === 'suspended') throw tenantSuspended();
  return tenant;
}
