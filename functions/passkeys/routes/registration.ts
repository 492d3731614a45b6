import {
  finishPasskeyRegistrationSchema,
  passkeyOptionsSchema,
  passkeySchema,
  relyingPartyOf,
  STAFF_ROLES,
} from '@pamong/core';
import * as repo from '@pamong/db/repos/attendance/passkeys';
import * as attendancePunchesRepo from '@pamong/db/repos/attendance/punches';
import { defineRoute, jsonBody, jsonContent, publicBaseUrl, type RouteApp } from '@pamong/http';
import { registrationOptions, verifyRegistration } from '../webauthn';

const tags = ['attendance'];

const routes = {
  startPasskeyRegistration: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/passkeys/registration-options',
    operationId: 'startPasskeyRegistration',
    summary:
      'Start registering a passkey on this device for check-in: WebAuthn creation options with a fresh challenge (5 minutes), user verification required',
    tags,
    responses: { 200: jsonContent(passkeyOptionsSchema, 'The options for navigator.credentials.create') },
  }),
  finishPasskeyRegistration: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/passkeys',
    operationId: 'finishPasskeyRegistration',
    summary:
      "Finish the registration with the browser's response: verified against the challenge and this site, stored, audited; a synced passkey is allowed and flagged",
    tags,
    request: jsonBody(finishPasskeyRegistrationSchema),
    responses: { 201: jsonContent(passkeySchema, 'The passkey') },
  }),
};

export function registrationRoutes(app: RouteApp): void {
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
}
