import type { Store } from './store';

/**
 * Hands out the table to a request. In AWS, `forTenant` returns a Store whose credentials come
 * from STS AssumeRole with the session tag `tenantId`, so IAM itself keeps the request inside
 * `T#<tenantId>#*`. `platform` uses the function's own role, which reaches only `PLATFORM#*` items.
 * Locally both return the same Store: DynamoDB Local checks no credentials.
 */
export interface StoreProvider {
  platform(): Store;
  forTenant(tenantId: string): Promise<Store>;
}

export function singleStoreProvider(store: Store): StoreProvider {
  return { platform: () => store, forTenant: async () => store };
}
