/**
 * A short per-container cache of a tenant's attendance configuration: the settings, the work
 * locations, the schedules and their assignments, and a month's holidays. Check-in reads all of
 * them on every punch, and they change a few times a year; at the morning peak they were 5 of a
 * check-in's 9 DynamoDB calls. A write through this container drops the tenant's entries at once;
 * another container may lag by up to `TTL_MS`, as the tenant cache does (a location moved at 07:29
 * applies to every check-in from 07:30).
 */
export const ATTENDANCE_CONFIG_TTL_MS = 30_000;

interface Entry {
  at: number;
  value: Promise<unknown>;
}

const entries = new Map<string, Entry>();

/** The cached value of `tenantId`'s `name`, loading it when absent or older than the TTL. A failed load is not kept. */
export function cachedConfig<T>(tenantId: string, name: string, load: () => Promise<T>): Promise<T> {
  const key = `${tenantId}/${name}`;
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && now - hit.at < ATTENDANCE_CONFIG_TTL_MS) return hit.value as Promise<T>;
  const value = load();
  entries.set(key, { at: now, value });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}

/** After a change to a tenant's attendance configuration in this container. */
export function invalidateAttendanceConfig(tenantId: string): void {
  for (const key of entries.keys()) if (key.startsWith(`${tenantId}/`)) entries.delete(key);
}

/** Tests and benches that rewrite the table underneath. */
export function clearAttendanceConfigCache(): void {
  entries.clear();
}
