import {
  type Claims,
  forbidden,
  PLATFORM_TENANT_ID,
  type Role,
  STAFF_ROLES,
  tenantSuspended,
  unauthorized,
} from '@pamong/core';
import type { Context, MiddlewareHandler } from 'hono';
import { activeAccount, withGrant } from './accounts';
import type { AppEnv } from './context';
import type { ReadAlong } from './read-along';
import { activeTenantBySlug, findTenant } from './tenants';

/**
 * Who may call an operation. It is declared once per route; the same value drives the middleware,
 * the OpenAPI `security` entry and the `x-pamong-access` extension the route-table harness reads.
 * - `public`: no token. If the path has `{tenant}`, the tenant comes from that slug.
 * - a list of roles: a verified token whose role is in the list. The tenant comes from the token only.
 */
export type Access = 'public' | readonly Role[];

/** Every staff role of a tenant (from @pamong/core, where the role groups live). */
export { STAFF_ROLES };
export const SIGNED_IN = ['platform-admin', ...STAFF_ROLES, 'applicant'] as const satisfies readonly Role[];

function bearer(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header.trim());
  return m?.[1] ?? null;
}

export function authorize(access: Access, opts: { readAlong?: ReadAlong } = {}): MiddlewareHandler<AppEnv> {
  if (access === 'public') {
    return async (c, next) => {
      const slug = c.req.param('tenant');
      if (slug) {
        const { deps } = c.var;
        const tenant = await activeTenantBySlug(deps.stores.platform(), slug);
        c.set('tenant', tenant);
        c.set('store', await deps.stores.forTenant(tenant.id));
        c.set('actor', { tenantId: tenant.id, sub: 'anonymous', role: 'public', requestId: c.var.requestId });
      }
      await next();
    };
  }
  const allowed = new Set<string>(access);
  return async (c, next) => {
    const token = bearer(c.req.header('authorization'));
    if (!token) throw unauthorized();
    const { deps } = c.var;
    let claims = await deps.identity.verify(token);
    let actorName: string | undefined;
    if (claims.tenantId === PLATFORM_TENANT_ID) {
      if (claims.role !== 'platform-admin') throw unauthorized('The token is not valid.');
      c.set('store', deps.stores.platform());
    } else {
      // Suspension is checked before the role, so a suspended tenant always hears why.
      const tenant = await findTenant(deps.stores.platform(), claims.tenantId);
      if (!tenant) throw unauthorized('The token is not valid.');
      if (tenant.status === 'suspended') throw tenantSuspended();
      c.set('tenant', tenant);
      const store = await deps.stores.forTenant(claims.tenantId);
      // Role, agency and employee link are the account's as of now, not as of the token's issue.
      // A route that declares `readAlong` reads the account with its own first reads.
      const { grant, store: requestStore } = opts.readAlong
        ? await opts.readAlong(store, claims, { tenant, now: deps.now() })
        : { grant: await activeAccount(store, claims.tenantId, claims.sub), store };
      if (!grant) throw unauthorized('This account is disabled or no longer exists.');
      claims = withGrant(claims, grant);
      actorName = grant.name;
      c.set('store', requestStore);
    }
    c.set('claims', claims);
    if (!allowed.has(claims.role)) throw forbidden();
    c.set('actor', {
      tenantId: claims.tenantId,
      sub: claims.sub,
      role: claims.role,
      requestId: c.var.requestId,
      // The account's name, from the read above (none for a platform admin: no account read).
      ...(actorName ? { name: actorName } : {}),
    });
    await next();
  };
}

/**
 * On a public route, the staff member behind an optional bearer token: null without a token or
 * for a token of another tenant or a non-staff role; 401 for a token that does not verify. Used
 * where staff may see more than the public (an unpublished unit's IKM).
 */
export async function optionalStaff<E extends AppEnv>(c: Context<E>): Promise<Claims | null> {
  const header = c.req.header('authorization');
  if (!header) return null;
  const token = bearer(header);
  if (!token) throw unauthorized('The token is not valid.');
  const verified = await c.var.deps.identity.verify(token);
  const tenant = c.var.tenant;
  if (!tenant || verified.tenantId !== tenant.id) return null;
  const grant = await activeAccount(c.var.store!, verified.tenantId, verified.sub);
  if (!grant || !(STAFF_ROLES as readonly string[]).includes(grant.role)) return null;
  return withGrant(verified, grant);
}
