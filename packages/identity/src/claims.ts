import { type Claims, PLATFORM_TENANT_ID, ROLES, type Role, ULID_PATTERN, unauthorized } from '@pamong/core';

export const WRONG_CREDENTIALS = 'Wrong username or password.';

/** One error for an unknown user and a wrong password, so a login reveals nothing about who exists. */
export const wrongCredentials = () => unauthorized(WRONG_CREDENTIALS);
export const invalidToken = () => unauthorized('The token is not valid or has expired.');

const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);
const optionalId = (v: unknown): v is string | undefined | null =>
  v === undefined || v === null || (typeof v === 'string' && v.length > 0 && v.length <= 64);

/**
 * Builds `Claims` from verified token fields, refusing any shape the rest of the app could trip
 * on. A platform admin lives in the `PLATFORM` pseudo-tenant and nobody else does; every other
 * tenant id is a ULID, because it becomes a key prefix.
 */
export function toClaims(raw: {
  sub: unknown;
  tenantId: unknown;
  role: unknown;
  agencyId?: unknown;
  employeeId?: unknown;
}): Claims {
  const { sub, tenantId, role, agencyId, employeeId } = raw;
  if (typeof sub !== 'string' || sub.length === 0) throw invalidToken();
  if (typeof tenantId !== 'string' || !isRole(role)) throw invalidToken();
  const isPlatform = tenantId === PLATFORM_TENANT_ID;
  if (isPlatform !== (role === 'platform-admin')) throw invalidToken();
  if (!isPlatform && !ULID_PATTERN.test(tenantId)) throw invalidToken();
  if (!optionalId(agencyId) || !optionalId(employeeId)) throw invalidToken();
  const claims: Claims = { sub, tenantId, role };
  if (agencyId) claims.agencyId = agencyId;
  if (employeeId) claims.employeeId = employeeId;
  return claims;
}
