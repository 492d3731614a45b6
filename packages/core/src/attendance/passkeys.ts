import { forbidden, validationError } from '../errors';

/**
 * Passkeys at check-in (issue 13 §2), against "titip absen": a colleague can carry a phone's GPS
 * position but not its owner's fingerprint or PIN. The tenant's policy:
 * - `off`: check-in never asks for one;
 * - `optional`: employees may register passkeys; once they have one, every check-in is confirmed
 *   with it (user verification), so a registered passkey cannot be skipped;
 * - `required`: no check-in without a registered passkey and its assertion.
 * A synced (backed-up) passkey is allowed but flagged: it lives in a cloud account that can be shared.
 */

export const PASSKEY_POLICIES = ['off', 'optional', 'required'] as const;
export type PasskeyPolicy = (typeof PASSKEY_POLICIES)[number];

/** Passkeys one employee may hold (a phone, a spare, a laptop). */
export const MAX_PASSKEYS_PER_EMPLOYEE = 5;

/** How long a registration or check-in challenge stays valid. */
export const PASSKEY_CHALLENGE_TTL_SECONDS = 300;

/**
 * What a check-in needs under the policy, given how many passkeys the employee holds and whether an
 * assertion came with it: `verify` the assertion, or `none`. Refuses (400 at `assertion`, or 403)
 * otherwise.
 */
export function passkeyCheckInRule(
  policy: PasskeyPolicy,
  registered: number,
  assertionGiven: boolean,
): 'verify' | 'none' {
  if (policy === 'off') return 'none';
  if (registered === 0) {
    if (policy === 'required')
      throw forbidden(
        'Your tenant requires a passkey for check-in; register one on this phone first (Kehadiran → Passkey).',
      );
    if (assertionGiven)
      throw validationError([{ path: 'assertion', message: 'no passkey is registered for you' }]);
    return 'none';
  }
  if (!assertionGiven)
    throw validationError([
      { path: 'assertion', message: 'confirm the check-in with your passkey (fingerprint, face or PIN)' },
    ]);
  return 'verify';
}

/** A registration is refused once the employee holds the maximum. */
export function assertCanRegisterPasskey(registered: number): void {
  if (registered >= MAX_PASSKEYS_PER_EMPLOYEE)
    throw validationError([
      {
        path: 'response',
        message: `you already have ${MAX_PASSKEYS_PER_EMPLOYEE} passkeys; remove one first`,
      },
    ]);
}

/** The flags a verified passkey adds to a punch. */
export const passkeyFlags = (credential: { backedUp: boolean }): 'synced-passkey'[] =>
  credential.backedUp ? ['synced-passkey'] : [];

/** The relying party of an origin: its host name (WebAuthn binds a passkey to it). */
export function relyingPartyOf(origin: string): { rpID: string; origin: string } {
  const url = new URL(origin);
  return { rpID: url.hostname, origin: url.origin };
}

/**
 * The COSE algorithms a passkey may use: EdDSA (Ed25519), ES256 (P-256) and RS256, the set
 * `@simplewebauthn/server` offers by default. Registration accepts only these, and the check-in's
 * verifier (functions/attendance/webauthn.ts) reads only these.
 */
export const PASSKEY_ALGORITHMS = [-8, -7, -257] as const;
export type PasskeyAlgorithm = (typeof PASSKEY_ALGORITHMS)[number];

export type RelyingParty = ReturnType<typeof relyingPartyOf>;
