import type { Claims, Tenant } from '@pamong/core';
import type { Actor, Store } from '@pamong/db';
import type { AppDeps } from './deps';

/** Per-request variables. Auth middleware fills the optional ones before a handler runs. */
export interface Variables {
  deps: AppDeps;
  requestId: string;
  claims?: Claims;
  tenant?: Tenant;
  store?: Store;
  actor?: Actor;
}

/** `c.env` is the Lambda event under API Gateway and the node request under @hono/node-server. */
export interface Bindings {
  event?: { requestContext?: { requestId?: string; http?: { sourceIp?: string } } };
  incoming?: { socket?: { remoteAddress?: string } };
}

export interface AppEnv {
  Variables: Variables;
  Bindings: Bindings;
}
