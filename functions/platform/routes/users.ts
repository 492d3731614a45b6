import {
  ADMIN_ROLES,
  assertCanManageUser,
  conflict,
  countedPageOf,
  createUserSchema,
  forbidden,
  idSchema,
  notFound,
  type User,
  updateUserSchema,
  userSchema,
} from '@pamong/core';
import * as orgRepo from '@pamong/db/repos/org';
import * as usersRepo from '@pamong/db/repos/users';
import {
  defineRoute,
  forgetAccount,
  idParam,
  jsonBody,
  jsonContent,
  type RouteApp,
  stateChangeRoute,
  type TenantVariables,
} from '@pamong/http';
import * as z from 'zod';

const userParam = idParam('userId');
const tags = ['users'];

const listQuery = z.object({
  agencyId: idSchema.optional(),
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

const routes = {
  listUsers: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/users',
    operationId: 'listUsers',
    summary: 'List user accounts (an agency admin sees their own agency only)',
    tags,
    request: { query: listQuery },
    responses: {
      200: jsonContent(countedPageOf(userSchema), "A page of users; an agency's first page with the total"),
    },
  }),
  createUser: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/users',
    operationId: 'createUser',
    summary: 'Create a user account with a role',
    tags,
    request: jsonBody(createUserSchema),
    responses: { 201: jsonContent(userSchema, 'The new user') },
  }),
  getUser: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/users/{userId}',
    operationId: 'getUser',
    summary: 'Get one user account',
    tags,
    request: { params: userParam },
    responses: { 200: jsonContent(userSchema, 'The user') },
  }),
  updateUser: defineRoute(ADMIN_ROLES, {
    method: 'patch',
    path: '/v1/users/{userId}',
    operationId: 'updateUser',
    summary: "Change a user's name, email, role or agency",
    tags,
    request: { params: userParam, ...jsonBody(updateUserSchema) },
    responses: { 200: jsonContent(userSchema, 'The user') },
  }),
  disableUser: stateChangeRoute(ADMIN_ROLES, {
    path: '/v1/users/{userId}/disable',
    operationId: 'disableUser',
    summary: 'Disable a user account',
    tags,
    params: userParam,
    entity: userSchema,
    entityName: 'user',
  }),
  enableUser: stateChangeRoute(ADMIN_ROLES, {
    path: '/v1/users/{userId}/enable',
    operationId: 'enableUser',
    summary: 'Enable a disabled user account',
    tags,
    params: userParam,
    entity: userSchema,
    entityName: 'user',
  }),
};

/** Reads a user the caller may see; users of other agencies are "not found" to an agency admin. */
async function visibleUser(c: { var: TenantVariables }, userId: string): Promise<User> {
  const claims = c.var.claims;
  const user = await usersRepo.getUser(c.var.store, claims.tenantId, userId, true);
  if (claims.role === 'agency-admin' && user.agencyId !== claims.agencyId) throw notFound('User');
  return user;
}

export function userRoutes(app: RouteApp) {
  app.openapi(routes.listUsers, async (c) => {
    const claims = c.var.claims;
    const q = c.req.valid('query');
    if (claims.role === 'agency-admin') {
      if (q.agencyId && q.agencyId !== claims.agencyId)
        throw forbidden('An agency admin lists users of their own agency only.');
      q.agencyId = claims.agencyId;
    }
    // An agency's user count says how long its list is; the tenant-wide list has no such count
    // (tenant admins belong to no agency).
    const [page, total] = await Promise.all([
      usersRepo.listUsers(c.var.store, claims.tenantId, q),
      q.agencyId && !q.cursor
        ? orgRepo.agencyCounterTotal(c.var.store, claims.tenantId, 'userCount', q.agencyId)
        : undefined,
    ]);
    return c.json({ ...page, ...(total === undefined ? {} : { total }) }, 200);
  });

  app.openapi(routes.createUser, async (c) => {
    const input = c.req.valid('json');
    const claims = c.var.claims;
    assertCanManageUser(claims, { role: input.role, agencyId: input.agencyId ?? null });
    const { deps } = c.var;
    const credential = await deps.identity.credentialAttributes(input.password);
    const user = await usersRepo.createUser(c.var.store, c.var.actor, input, credential, deps.now());
    await deps.identity.provisionAccount({
      tenantId: claims.tenantId,
      userId: user.id,
      username: user.username,
      password: input.password,
      name: user.name,
      email: user.email,
      role: user.role,
      agencyId: user.agencyId,
      employeeId: user.employeeId,
    });
    return c.json(user, 201);
  });

  app.openapi(routes.getUser, async (c) => c.json(await visibleUser(c, c.req.valid('param').userId), 200));

  app.openapi(routes.updateUser, async (c) => {
    const before = await visibleUser(c, c.req.valid('param').userId);
    const { version, ...patch } = c.req.valid('json');
    const claims = c.var.claims;
    assertCanManageUser(claims, { role: before.role });
    assertCanManageUser(claims, { role: patch.role, agencyId: patch.agencyId });
    if (before.id === claims.sub && patch.role && patch.role !== before.role) {
      throw conflict('You cannot change your own role. Ask another administrator.');
    }
    const after = await usersRepo.changeUser(
      c.var.store,
      c.var.actor,
      before,
      patch,
      version,
      c.var.deps.now(),
      'user.update',
    );
    // The new role, agency or link applies from this account's next request on (accounts.ts).
    forgetAccount(claims.tenantId, after.id);
    if (
      after.role !== before.role ||
      after.agencyId !== before.agencyId ||
      after.employeeId !== before.employeeId
    ) {
      await c.var.deps.identity.syncAccount(claims.tenantId, after.username, {
        role: after.role,
        agencyId: after.agencyId,
        employeeId: after.employeeId,
      });
    }
    return c.json(after, 200);
  });

  for (const [route, status] of [
    [routes.disableUser, 'disabled'],
    [routes.enableUser, 'active'],
  ] as const) {
    app.openapi(route, async (c) => {
      const before = await visibleUser(c, c.req.valid('param').userId);
      const claims = c.var.claims;
      assertCanManageUser(claims, { role: before.role });
      if (before.id === claims.sub) throw conflict('You cannot disable your own account.');
      const { version } = c.req.valid('json');
      const action = status === 'disabled' ? 'user.disable' : 'user.enable';
      const after = await usersRepo.changeUser(
        c.var.store,
        c.var.actor,
        before,
        { status },
        version,
        c.var.deps.now(),
        action,
      );
      forgetAccount(claims.tenantId, after.id);
      await c.var.deps.identity.syncAccount(claims.tenantId, after.username, {
        enabled: status === 'active',
      });
      return c.json(after, 200);
    });
  }
}
