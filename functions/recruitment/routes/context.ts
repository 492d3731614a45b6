import type { TenantVariables } from '@pamong/http';
import type { PublicCtx } from '../services/applicants';
import type { Ctx } from '../services/applications';

/**
 * What the recruitment services need of a request: its tenant's store, the tenant (from the token,
 * or from the slug on public routes), the deps and the clock, read once per request.
 */
export const ctxOf = (c: { var: Pick<TenantVariables, 'store' | 'tenant' | 'deps'> }): Ctx => ({
  store: c.var.store,
  tenant: c.var.tenant,
  deps: c.var.deps,
  now: c.var.deps.now(),
});

/** A public route's context: the above, with the caller's address (`clientIp`, for the rate limit) and the request id. */
export const publicCtxOf = (
  c: { var: Pick<TenantVariables, 'store' | 'tenant' | 'deps' | 'requestId'> },
  ip: string,
): PublicCtx => ({ ...ctxOf(c), ip, requestId: c.var.requestId });
