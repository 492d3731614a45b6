import {
  ADMIN_ROLES,
  conflict,
  finishPasskeyRegistrationSchema,
  idSchema,
  manageScope,
  passkeyListSchema,
  passkeyOptionsSchema,
  passkeyParamSchema,
  passkeySchema,
  relyingPartyOf,
  resetPasskeysResultSchema,
  resetPasskeysSchema,
  STAFF_ROLES,
} from '@pamong/core';
import * as repo from '@pamong/db/repos/attendance/passkeys';
import * as attendancePunchesRepo from '@pamong/db/repos/attendance/punches';
import { defineRoute, jsonBody, jsonContent, publicBaseUrl, type RouteApp } from '@pamong/http';
import * as z from 'zod';
import { assertionOptions, registrationOptions, verifyRegistration } from '../webauthn';

const tags = ['attendance'];

const routes = {
  startPasskeyRegistration: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/attendance/passkeys/registration-options',
    operationId: 'startPasskeyRegistration',
    summary:
      'Start registering a passkey on this device for check-in: WebAuthn creation options with a fresh challenge (5 minutes), user verification required',
    tags,
    responses: { 200: jsonContent(passkeyOptionsSchema, 'The options for navigator.credentials.create') },
  }),
  finishPasskeyRegistration: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/attendance/passkeys',
    operationId: 'finishPasskeyRegistration',
    summary:
      "Finish the registration with the browser's response: verified against the challenge and this site, stored, audited; a synced passkey is allowed and flagged",
    tags,
    request: jsonBody(finishPasskeyRegistrationSchema),
    responses: { 201: jsonContent(passkeySchema, 'The passkey') },
  }),
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
  app.openapi(routes.startPasskeyRegistration, async (c) => {
    const { store, claims } = c.var;
    const me = await attendancePunchesRepo.selfOf(store, claims);
    const existing = await repo.passkeysOf(store, claims.tenantId, me.id);
    const options = await registrationOptions(
      relyingPartyOf(publicBaseUrl(c)),
      { employeeId: me.id, nip: me.nip, name: me.name },
      existing,
    );
    const expiresAt = await repo.putChallenge(
      store,
      claims.tenantId,
      me.id,
      'register',
      options.challenge,
      c.var.deps.now(),
    );
    return c.json({ options: options as unknown as Record<string, unknown>, expiresAt }, 200);
  });
  app.openapi(routes.finishPasskeyRegistration, async (c) => {
    const { store, claims } = c.var;
    const now = c.var.deps.now();
    const body = c.req.valid('json');
    const me = await attendancePunchesRepo.selfOf(store, claims);
    const challenge = await repo.pendingChallenge(store, claims.tenantId, me.id, 'register', now, 'response');
    const verified = await verifyRegistration(relyingPartyOf(publicBaseUrl(c)), body.response, challenge);
    return c.json(
      await repo.savePasskey(store, c.var.actor, me.id, { ...verified, name: body.name }, challenge, now),
      201,
    );
  });
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
    const options = await assertionOptions(relyingPartyOf(publicBaseUrl(c)), passkeys);
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
