import {
  type Claims,
  forbidden,
  PLATFORM_TENANT_ID,
  type Role,
  STAFF_ROLES,
  type Tenant,
  tenantSuspended,
  unauthorized,
} from '@pamong/core';
import { type Key, withReadAhead } from '@pamong/db';
import type { Context, MiddlewareHandler } from 'hono';
import { activeAccount, activeAccountWith, withGrant } from './accounts';
import type { AppEnv } from './context';
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

/**
 * What a route will read first, as far as the token tells (its tenant, subject, employee and
 * agency, which the account may since have changed): read in the same consistent BatchGetItem as
 * the account, one call fewer on a hot path (the check-in). A key the route then does not ask for
 * costs only its read; a key it asks for and was not guessed is read as usual.
 */
export type ReadAlong = (token: Claims, at: { tenant: Tenant; now: Date }) => Key[];

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
      const along = opts.readAlong?.(claims, { tenant, now: deps.now() }) ?? [];
      const { grant, read } =
        along.length > 0
          ? await activeAccountWith(store, claims.tenantId, claims.sub, along)
          : { grant: await activeAccount(store, claims.tenantId, claims.sub), read: null };
      if (!grant) throw unauthorized('This account is disabled or no longer exists.');
      claims = withGrant(claims, grant);
      actorName = grant.name;
      c.set('store', read ? withReadAhead(store, read) : store);
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
