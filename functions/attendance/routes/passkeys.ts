import {
  ADMIN_ROLES,
  conflict,
  idSchema,
  manageScope,
  passkeyListSchema,
  passkeyOptionsSchema,
  passkeyParamSchema,
  relyingPartyOf,
  resetPasskeysResultSchema,
  resetPasskeysSchema,
  STAFF_ROLES,
} from '@pamong/core';
import * as repo from '@pamong/db/repos/attendance/passkeys';
import * as attendancePunchesRepo from '@pamong/db/repos/attendance/punches';
import { defineRoute, jsonBody, jsonContent, publicBaseUrl, type RouteApp } from '@pamong/http';
import * as z from 'zod';
import { assertionOptions } from '../webauthn';

const tags = ['attendance'];

const routes = {
  listMyPasskeys: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/attendance/passkeys',
    operationId: 'listMyPasskeys',
    summary: "The caller's passkeys (at most 5), oldest first",
    tags,
    responses: { 200: jsonContent(passkeyListSchema, 'The passkeys') },
  }),
  removePasskey: defineRoute(STAFF_ROLES, {
    method: 'delete',
    path: '/v1/attendance/passkeys/{passkeyId}',
    operationId: 'removePasskey',
    summary: 'Remove one of your own passkeys (a lost or replaced phone); audited',
    tags,
    request: { params: passkeyParamSchema },
    responses: { 204: { description: 'Removed' } },
  }),
  startCheckInAssertion: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/attendance/passkeys/assertion-options',
    operationId: 'startCheckInAssertion',
    summary:
      'Before a check-in: WebAuthn request options for your passkeys with a fresh challenge (5 minutes); the check-in carries the assertion',
    tags,
    responses: { 200: jsonContent(passkeyOptionsSchema, 'The options for navigator.credentials.get') },
  }),
  resetEmployeePasskeys: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/attendance/employees/{employeeId}/passkeys/reset',
    operationId: 'resetEmployeePasskeys',
    summary:
      'Remove every passkey of an employee in your scope (a lost phone, a passkey shared with a colleague), with a reason; audited',
    tags,
    request: { params: z.object({ employeeId: idSchema }), ...jsonBody(resetPasskeysSchema) },
    responses: { 200: jsonContent(resetPasskeysResultSchema, 'How many were removed') },
  }),
};

export function passkeyRoutes(app: RouteApp): void {
  app.openapi(routes.listMyPasskeys, async (c) => {
    const me = await attendancePunchesRepo.selfOf(c.var.store, c.var.claims);
    const items = await repo.passkeysOf(c.var.store, c.var.claims.tenantId, me.id);
    return c.json({ items: items.map(repo.publicView) }, 200);
  });
  app.openapi(routes.removePasskey, async (c) => {
    const me = await attendancePunchesRepo.selfOf(c.var.store, c.var.claims);
    await repo.removePasskey(
      c.var.store,
      c.var.actor,
      me.id,
      c.req.valid('param').passkeyId,
      c.var.deps.now(),
    );
    return c.body(null, 204);
  });
  app.openapi(routes.startCheckInAssertion, async (c) => {
    const { store, claims } = c.var;
    const me = await attendancePunchesRepo.selfOf(store, claims);
    const passkeys = await repo.passkeysOf(store, claims.tenantId, me.id);
    if (passkeys.length === 0) throw conflict('You have no passkey yet; register one on this device first.');
    const options = assertionOptions(relyingPartyOf(publicBaseUrl(c)), passkeys);
    const expiresAt = await repo.putChallenge(
      store,
      claims.tenantId,
      me.id,
      'check-in',
      options.challenge,
      c.var.deps.now(),
    );
    return c.json({ options: options as unknown as Record<string, unknown>, expiresAt }, 200);
  });
  app.openapi(routes.resetEmployeePasskeys, async (c) =>
    c.json(
      await repo.resetPasskeys(
        c.var.store,
        c.var.actor,
        manageScope(c.var.claims),
        c.req.valid('param').employeeId,
        c.req.valid('json').reason,
        c.var.deps.now(),
      ),
      200,
    ),
  );
}
