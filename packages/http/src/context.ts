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
