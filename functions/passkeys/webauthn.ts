import { PASSKEY_ALGORITHMS, type RelyingParty, validationError } from '@pamong/core';
import type { passkeysRepo } from '@pamong/db';
import { generateRegistrationOptions, verifyRegistrationResponse } from '@simplewebauthn/server';

type StoredPasskey = passkeysRepo.StoredPasskey;

/**
 * Passkey registration through `@simplewebauthn/server` (issue 13 §2). User verification
 * (fingerprint, face, PIN) is required: a passkey proves who is holding the phone, not only which
 * phone it is. The algorithms are the ones the check-in's verifier reads
 * (functions/attendance/webauthn.ts).
 */

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

export function registrationOptions(
  rp: RelyingParty,
  user: { employeeId: string; nip: string; name: string },
  existing: readonly Pick<StoredPasskey, 'id' | 'transports'>[],
) {
  return generateRegistrationOptions({
    rpName: 'Pamong',
    rpID: rp.rpID,
    userName: user.nip,
    userDisplayName: user.name,
    userID: new TextEncoder().encode(user.employeeId),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.id, transports: p.transports as never })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
    supportedAlgorithmIDs: [...PASSKEY_ALGORITHMS],
  });
}

export async function verifyRegistration(
  rp: RelyingParty,
  response: Record<string, unknown>,
  expectedChallenge: string,
) {
  let result: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    result = await verifyRegistrationResponse({
      response: response as never,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: true,
      supportedAlgorithmIDs: [...PASSKEY_ALGORITHMS],
    });
  } catch (err) {
    throw validationError([
      { path: 'response', message: `the passkey could not be verified: ${(err as Error).message}` },
    ]);
  }
  if (!result.verified)
    throw validationError([{ path: 'response', message: 'the passkey could not be verified' }]);
  const info = result.registrationInfo;
  return {
    id: info.credential.id,
    publicKey: b64url(info.credential.publicKey),
    counter: info.credential.counter,
    transports: (info.credential.transports ?? []) as string[],
    backedUp: info.credentialBackedUp,
    deviceType: info.credentialDeviceType,
  };
}
