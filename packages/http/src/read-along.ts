import type { Claims, Tenant } from '@pamong/core';
import { type Key, readAheadMap, type Store, withReadAhead } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import { type AccountGrant, grantOf, type UserItem } from './accounts';

/**
 * What a route will read first, as far as the token tells (its tenant, subject, employee and
 * agency, which the account may since have changed).
 */
export type ReadAlongKeys = (token: Claims, at: { tenant: Tenant; now: Date }) => Key[];

/** The access middleware's account read for a route that declares `readAlong`. */
export type ReadAlong = (
  store: Store,
  token: Claims,
  at: { tenant: Tenant; now: Date },
) => Promise<{ grant: AccountGrant | null; store: Store }>;

/**
 * A route's first reads made with the caller's account, in one consistent BatchGetItem: one call
 * fewer on a hot path (the check-in). The grant is decided from the account read now (the 10 s
 * cache is not asked, since the account costs nothing extra in that call, and it is refreshed);
 * the other items go to the route's own reads through `withReadAhead`. A key the route then does
 * not ask for costs only its read; a key it asks for and was not guessed is read as usual. Only the
 * functions whose routes declare it carry this code.
 */
export function readAlong(keysOf: ReadAlongKeys): ReadAlong {
  return async (store, token, at) => {
    const also = keysOf(token, at);
    const userKey = keys.user(token.tenantId, token.sub);
    const items = await store.batchGet<Record<string, unknown>>([userKey, ...also], true);
    const user = items.find((i) => i.pk === userKey.pk && i.sk === userKey.sk) as UserItem | undefined;
    return {
      grant: grantOf(token.tenantId, token.sub, user, Date.now()),
      store: withReadAhead(store, readAheadMap(also, items)),
    };
  };
}
