import {
  loginResponseSchema,
  loginSchema,
  PLATFORM_TENANT_ID,
  roleSchema,
  tenantSuspended,
  unauthorized,
} from '@pamong/core';
import * as keys from '@pamong/db/keys';
import {
  applicantsOf,
  clientIp,
  defineRoute,
  findTenant,
  findTenantIdBySlug,
  jsonContent,
  type RouteApp,
  SIGNED_IN,
} from '@pamong/http';
import { isApplicantUsername } from '@pamong/identity';
import * as z from 'zod';

const login = defineRoute('public', {
  method: 'post',
  path: '/v1/auth/login',
  operationId: 'login',
  summary: 'Log in with a tenant slug, username and password',
  tags: ['auth'],
  request: { body: { content: { 'application/json': { schema: loginSchema } }, required: true } },
  responses: {
    200: jsonContent(loginResponseSchema, 'A signed token and the user'),
    423: { description: "Cognito: the account is in Cognito's lockout after repeated failures" },
    429: {
      description:
        'Too many failed logins from this address (local identity; for one username or across usernames), or Cognito throttling; see Retry-After',
    },
  },
});

const jwks = defineRoute('public', {
  method: 'get',
  path: '/v1/auth/jwks',
  operationId: 'getJwks',
  summary: 'Public keys that verify local tokens',
  tags: ['auth'],
  responses: { 200: jsonContent(z.object({ keys: z.array(z.record(z.string(), z.unknown())) }), 'JWKS') },
});

const meSchema = z.object({
  user: z.object({
    id: z.string(),
    name: z.string(),
    role: roleSchema,
    tenantId: z.string(),
    agencyId: z.string().nullable(),
    /** The employee record self-service pages show (my profile, my training), if linked. */
    employeeId: z.string().nullable(),
  }),
  tenant: z
    .object({ id: z.string(), slug: z.string(), name: z.string(), level: z.string(), timeZone: z.string() })
    .nullable(),
});

const me = defineRoute(SIGNED_IN, {
  method: 'get',
  path: '/v1/me',
  operationId: 'getMe',
  summary: 'The signed-in user and their tenant',
  tags: ['auth'],
  responses: { 200: jsonContent(meSchema, 'Who am I') },
});

export function authRoutes(app: RouteApp) {
  app.openapi(login, async (c) => {
    const { tenant: slug, username, password } = c.req.valid('json');
    const { deps } = c.var;
    let tenantId = PLATFORM_TENANT_ID;
    if (slug !== 'platform') {
      const platform = deps.stores.platform();
      const id = await findTenantIdBySlug(platform, slug);
      const tenant = id ? await findTenant(platform, id) : null;
      // An unknown tenant answers like a wrong password: nothing to learn from probing.
      if (!tenant) throw unauthorized('Wrong username or password.');
      if (tenant.status === 'suspended') throw tenantSuspended();
      c.set('tenant', tenant); // for the request log line
      tenantId = tenant.id;
    }
    // Failed logins are counted per source address, so a stranger cannot lock the owner out.
    // A NIK as the username is an applicant's (their own pool in AWS); staff usernames cannot be one.
    const result =
      tenantId !== PLATFORM_TENANT_ID && isApplicantUsername(username)
        ? await applicantsOf(deps).login({ tenantId, nik: username, password, sourceIp: clientIp(c) })
        : await deps.identity.login({ tenantId, username, password, sourceIp: clientIp(c) });
    return c.json(
      {
        token: result.token,
        expiresAt: result.expiresAt,
        user: {
          id: result.claims.sub,
          name: result.name,
          role: result.claims.role,
          tenantId: result.claims.tenantId,
          agencyId: result.claims.agencyId ?? null,
        },
      },
      200,
    );
  });

  app.openapi(jwks, async (c) => {
    const identity = c.var.deps.identity as { jwks?: () => Promise<{ keys: Record<string, unknown>[] }> };
    if (!identity.jwks) return c.json({ keys: [] }, 200);
    return c.json(await identity.jwks(), 200);
  });

  app.openapi(me, async (c) => {
    const claims = c.var.claims;
    const t = c.var.tenant;
    const profile = await c.var.store.get<{ name?: string }>(
      claims.tenantId === PLATFORM_TENANT_ID
        ? keys.platformUser(claims.sub)
        : keys.user(claims.tenantId, claims.sub),
    );
    return c.json(
      {
        user: {
          id: claims.sub,
          name: profile?.name ?? '',
          role: claims.role,
          tenantId: claims.tenantId,
          agencyId: claims.agencyId ?? null,
          employeeId: claims.employeeId ?? null,
        },
        tenant: t ? { id: t.id, slug: t.slug, name: t.name, level: t.level, timeZone: t.timeZone } : null,
      },
      200,
    );
  });
}
