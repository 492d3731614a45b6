import type { Claims, Tenant } from '@pamong/core';
import type { Actor, Store } from '@pamong/db';
import type { AppDeps } from './deps';
import type { IdempotentRequest } from './idempotency';

/** Per-request variables. Auth middleware fills the optional ones before a handler runs. */
export interface Variables {
  deps: AppDeps;
  requestId: string;
  claims?: Claims;
  tenant?: Tenant;
  store?: Store;
  actor?: Actor;
  /** Set on a keyed request to a route whose handler stores the answer in its own transaction. */
  idempotency?: IdempotentRequest;
}

/**
 * `c.env` is the Lambda event and context under API Gateway (hono/aws-lambda's `handle`) and the
 * node request under @hono/node-server.
 */
export interface Bindings {
  event?: { requestContext?: { requestId?: string; http?: { sourceIp?: string } } };
  lambdaContext?: { getRemainingTimeInMillis?: () => number };
  incoming?: { socket?: { remoteAddress?: string } };
}

export interface AppEnv {
  Variables: Variables;
  Bindings: Bindings;
}

/** What `authorize` has set once a token of any role passed (a platform admin has no tenant). */
export interface SignedInVariables extends Variables {
  claims: Claims;
  store: Store;
  actor: Actor;
}

/** What a tenant role's route finds: the caller's tenant too. */
export interface TenantVariables extends SignedInVariables {
  tenant: Tenant;
}

/** What a public route under `/{tenant}/` finds: the tenant from the slug, its store, an anonymous actor. */
export interface PublicTenantVariables extends Variables {
  tenant: Tenant;
  store: Store;
  actor: Actor;
}

export interface SignedInEnv {
  Variables: SignedInVariables;
  Bindings: Bindings;
}
export interface TenantEnv {
  Variables: TenantVariables;
  Bindings: Bindings;
}
export interface PublicTenantEnv {
  Variables: PublicTenantVariables;
  Bindings: Bindings;
}
