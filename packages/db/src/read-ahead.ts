import type { Key } from './key-prefix';
import type { Store } from './store';

const id = (k: Key) => `${k.pk}\u0000${k.sk}`;

/**
 * Items a request has already read, answered to its own first read of them. The access middleware
 * reads the caller's account together with the items a route declares it will read (`readAlong`),
 * in one consistent BatchGetItem; the route's repository code, unchanged, then gets them from here
 * instead of a second call. `read` holds every key asked for: an item, or null for none.
 *
 * Each item is handed out once, so a read after the request's own write goes to the table. Every
 * other method is the wrapped store's (prototype delegation, so a subclass keeps its overrides).
 */
export function withReadAhead(
  store: Store,
  read: ReadonlyMap<string, Record<string, unknown> | null>,
): Store {
  const pending = new Map(read);
  const take = (key: Key): { hit: false } | { hit: true; item: Record<string, unknown> | null } => {
    const k = id(key);
    if (!pending.has(k)) return { hit: false };
    const item = pending.get(k)!;
    pending.delete(k);
    return { hit: true, item };
  };
  const ahead = Object.create(store) as Store;
  ahead.get = async <T>(key: Key, consistent = false): Promise<T | undefined> => {
    const got = take(key);
    if (!got.hit) return store.get<T>(key, consistent);
    return got.item ? (structuredClone(got.item) as T) : undefined;
  };
  ahead.batchGet = async <T>(keys: Key[], consistent = false): Promise<T[]> => {
    const found: T[] = [];
    const rest: Key[] = [];
    for (const key of keys) {
      const got = take(key);
      if (!got.hit) rest.push(key);
      else if (got.item) found.push(structuredClone(got.item) as T);
    }
    if (rest.length > 0) found.push(...(await store.batchGet<T>(rest, consistent)));
    return found;
  };
  return ahead;
}

/** The map `withReadAhead` takes, from the keys asked for and the items a BatchGetItem returned. */
export function readAheadMap(
  asked: readonly Key[],
  items: readonly Record<string, unknown>[],
): Map<string, Record<string, unknown> | null> {
  const byId = new Map(items.map((item) => [id(item as unknown as Key), item] as const));
  return new Map(asked.map((k) => [id(k), byId.get(id(k)) ?? null] as const));
}
