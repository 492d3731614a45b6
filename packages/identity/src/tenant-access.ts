import { type AssumeRole, createAssumeRole } from '@pamong/aws';
import { ULID_PATTERN } from '@pamong/core';
import { type CursorCodec, createDocumentClient, Store, type StoreProvider } from '@pamong/db';

/** The shape of the SDK's `AwsCredentialIdentity`; a document client accepts it from a provider function. */
export interface AwsCredentialIdentity {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

export type TenantCredentialProvider = (tenantId: string) => Promise<AwsCredentialIdentity>;

/** Credentials are renewed this long before STS says they expire, so none expires mid-request. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

export interface TenantCredentialProviderOptions {
  /** The tenant-access role, whose policy limits `dynamodb:LeadingKeys` by the `tenantId` session tag. */
  roleArn: string;
  /** STS AssumeRole. Default: `@pamong/aws`'s signed call at AWS_REGION's STS endpoint. */
  assumeRole?: AssumeRole;
  now?: () => Date;
  durationSeconds?: number;
}

function assertTenantId(tenantId: string): void {
  // The id becomes a session tag and an IAM key prefix: refuse anything but a ULID before STS sees it.
  if (typeof tenantId !== 'string' || !ULID_PATTERN.test(tenantId))
    throw new Error('tenant id must be a ULID');
}

/**
 * Per-tenant credentials from STS AssumeRole with the session tag `tenantId`, cached per tenant
 * until 5 minutes before expiry. Concurrent callers for one tenant share one request; a failure
 * is not cached, so the next call tries again.
 */
export function createTenantCredentialProvider(
  opts: TenantCredentialProviderOptions,
): TenantCredentialProvider {
  const assumeRole =
    opts.assumeRole ?? createAssumeRole({ region: process.env.AWS_REGION ?? 'ap-southeast-3' });
  const now = opts.now ?? (() => new Date());
  const cache = new Map<string, { credentials: AwsCredentialIdentity; refreshAt: number }>();
  const inFlight = new Map<string, Promise<AwsCredentialIdentity>>();

  async function assume(tenantId: string): Promise<AwsCredentialIdentity> {
    // createAssumeRole refuses an answer without all four parts, so nothing incomplete is cached.
    const credentials = await assumeRole({
      roleArn: opts.roleArn,
      sessionName: `tenant-${tenantId}`,
      durationSeconds: opts.durationSeconds,
      tags: { tenantId },
      transitiveTagKeys: ['tenantId'],
    });
    cache.set(tenantId, { credentials, refreshAt: credentials.expiration.getTime() - REFRESH_MARGIN_MS });
    return credentials;
  }

  return async (tenantId) => {
    assertTenantId(tenantId);
    const hit = cache.get(tenantId);
    if (hit && now().getTime() < hit.refreshAt) return hit.credentials;
    const pending = inFlight.get(tenantId);
    if (pending) return pending;
    const request = assume(tenantId).finally(() => inFlight.delete(tenantId));
    inFlight.set(tenantId, request);
    return request;
  };
}

export interface AwsStoreProviderOptions {
  tableName: string;
  region: string;
  roleArn: string;
  cursors: CursorCodec;
  assumeRole?: AssumeRole;
  now?: () => Date;
}

/**
 * The AWS store provider. `platform()` uses the function's own role (which reaches `PLATFORM#*`
 * only); `forTenant` hands out a Store whose client signs with the tenant's assumed role. Stores
 * are kept per tenant for the life of the container: the client asks the provider again for
 * credentials as they near expiry, and the provider renews them.
 */
export function createAwsStoreProvider(opts: AwsStoreProviderOptions): StoreProvider {
  const credentialsFor = createTenantCredentialProvider({
    roleArn: opts.roleArn,
    // The same bounds as the table's client (3 s an attempt, 3 attempts): a tenant's first
    // request waits on AssumeRole.
    assumeRole: opts.assumeRole ?? createAssumeRole({ region: opts.region }),
    now: opts.now,
  });
  const platform = new Store(createDocumentClient({ region: opts.region }), opts.tableName, opts.cursors);
  const stores = new Map<string, Store>();

  return {
    platform: () => platform,
    async forTenant(tenantId) {
      assertTenantId(tenantId);
      // Fetched here, not on the first DynamoDB call, so an STS failure surfaces at one known place.
      await credentialsFor(tenantId);
      let store = stores.get(tenantId);
      if (!store) {
        const doc = createDocumentClient({
          region: opts.region,
          credentials: () => credentialsFor(tenantId),
        });
        store = new Store(doc, opts.tableName, opts.cursors);
        stores.set(tenantId, store);
      }
      return store;
    },
  };
}
