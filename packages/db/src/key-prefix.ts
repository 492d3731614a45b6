import { ULID_PATTERN } from '@pamong/core';

/** A key of the table: every item has a string partition key and sort key. */
export interface Key {
  pk: string;
  sk: string;
}

/**
 * The start of every tenant partition key, `T#<tenantId>#`. The tenant id is a 26-character ULID,
 * so no tenant's prefix is a prefix of another's: this is what the tenant-access role's
 * `dynamodb:LeadingKeys` condition matches on.
 */
export function tenantPrefix(tenantId: string): string {
  if (!ULID_PATTERN.test(tenantId)) throw new Error('tenant id must be a ULID');
  return `T#${tenantId}#`;
}
