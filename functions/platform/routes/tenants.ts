import { createTenantSchema, cursorQuerySchema, pageOf, tenantSchema } from '@pamong/core';
import * as keys from '@pamong/db/keys';
import * as tenantsRepo from '@pamong/db/repos/tenants';
import {
  defineRoute,
  forgetTenant,
  idParam,
  jsonContent,
  type RouteApp,
  stateChangeRoute,
} from '@pamong/http';

const ADMIN = ['platform-admin'] as const;
const tenantIdParam = idParam('tenantId');

const listTenants = defineRoute(ADMIN, {
  method: 'get',
  path: '/v1/platform/tenants',
  operationId: 'listTenants',
  summary: 'List tenants',
  tags: ['platform'],
  request: { query: cursorQuerySchema },
  responses: { 200: jsonContent(pageOf(tenantSchema), 'A page of tenants') },
});

const createTenant = defineRoute(ADMIN, {
  method: 'post',
  path: '/v1/platform/tenants',
  operationId: 'createTenant',
  summary:
    'Create a tenant with its first tenant admin and the standard competency catalogue (PermenPANRB 38/2017)',
  tags: ['platform'],
  request: { body: { content: { 'application/json': { schema: createTenantSchema } }, required: true } },
  responses: { 201: jsonContent(tenantSchema, 'The new tenant') },
});

const getTenant = defineRoute(ADMIN, {
  method: 'get',
  path: '/v1/platform/tenants/{tenantId}',
  operationId: 'getTenant',
  summary: 'Get one tenant',
  tags: ['platform'],
  request: { params: tenantIdParam },
  responses: { 200: jsonContent(tenantSchema, 'The tenant') },
});

const statusRoute = (action: 'suspend' | 'reactivate') =>
  stateChangeRoute(ADMIN, {
    path: `/v1/platform/tenants/{tenantId}/${action}`,
    operationId: `${action}Tenant`,
    summary:
      action === 'suspend'
        ? 'Suspend a tenant: every request to it gets 403'
        : 'Reactivate a suspended tenant',
    tags: ['platform'],
    params: tenantIdParam,
    entity: tenantSchema,
    entityName: 'tenant',
  });

export function tenantRoutes(app: RouteApp) {
  app.openapi(listTenants, async (c) => {
    const q = c.req.valid('query');
    return c.json(await tenantsRepo.listTenants(c.var.store, q), 200);
  });

  app.openapi(createTenant, async (c) => {
    const input = c.req.valid('json');
    const { deps } = c.var;
    const credential = await deps.identity.credentialAttributes(input.firstAdmin.password);
    // The new tenant's first audit entries (its admin, its competency catalogue) carry the platform
    // admin's name, so its audit page need not look it up on the platform partition (1 GetItem).
    const profile = await c.var.store.get<{ name?: unknown }>(keys.platformUser(c.var.claims.sub));
    const actor =
      typeof profile?.name === 'string' && profile.name
        ? { ...c.var.actor, name: profile.name }
        : c.var.actor;
    const { tenant, adminUserId } = await tenantsRepo.createTenant(
      deps.stores,
      actor,
      input,
      credential,
      deps.now(),
    );
    forgetTenant(tenant.id, tenant.slug);
    await deps.identity.provisionAccount({
      tenantId: tenant.id,
      userId: adminUserId,
      username: input.firstAdmin.username,
      password: input.firstAdmin.password,
      name: input.firstAdmin.name,
      email: input.firstAdmin.email,
      role: 'tenant-admin',
      agencyId: null,
      employeeId: null,
    });
    return c.json(tenant, 201);
  });

  app.openapi(getTenant, async (c) => {
    const { tenantId } = c.req.valid('param');
    return c.json(await tenantsRepo.getTenant(c.var.store, tenantId), 200);
  });

  for (const action of ['suspend', 'reactivate'] as const) {
    app.openapi(statusRoute(action), async (c) => {
      const { tenantId } = c.req.valid('param');
      const { version } = c.req.valid('json');
      const status = action === 'suspend' ? 'suspended' : 'active';
      const tenant = await tenantsRepo.setTenantStatus(
        c.var.store,
        c.var.actor,
        tenantId,
        status,
        version,
        c.var.deps.now(),
      );
      forgetTenant(tenantId, tenant.slug);
      return c.json(tenant, 200);
    });
  }
}
