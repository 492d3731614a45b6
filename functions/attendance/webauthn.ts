import { validationError } from '@pamong/core';
import type { attendancePunchesRepo, passkeysRepo } from '@pamong/db';

type AssertionVerifier = attendancePunchesRepo.AssertionVerifier;
type StoredPasskey = passkeysRepo.StoredPasskey;

/**
 * WebAuthn through `@simplewebauthn/server`, for passkeys at check-in (issue 13 §2). The library is
 * loaded on the first passkey request, not at cold start: most check-ins of a tenant whose policy is
 * `off` (or of an employee without a passkey) never need it.
 *
 * The relying party is the web app's origin (`publicBaseUrl`): locally the one-process stack, in AWS
 * the CloudFront domain. User verification (fingerprint, face, PIN) is required on both ceremonies:
 * a passkey proves who is holding the phone, not only which phone it is.
 */

const server = () => import('@simplewebauthn/server');

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

export interface RelyingParty {
  rpID: string;
  origin: string;
}

export async function registrationOptions(
  rp: RelyingParty,
  user: { employeeId: string; nip: string; name: string },
  existing: readonly Pick<StoredPasskey, 'id' | 'transports'>[],
) {
  const { generateRegistrationOptions } = await server();
  return generateRegistrationOptions({
    rpName: 'Pamong',
    rpID: rp.rpID,
    userName: user.nip,
    userDisplayName: user.name,
    userID: new TextEncoder().encode(user.employeeId),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.id, transports: p.transports })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
  });
}

export async function verifyRegistration(
  rp: RelyingParty,
  response: Record<string, unknown>,
  expectedChallenge: string,
) {
  const { verifyRegistrationResponse } = await server();
  let result: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    result = await verifyRegistrationResponse({
      response: response as never,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: true,
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

export async function assertionOptions(
  rp: RelyingParty,
  passkeys: readonly Pick<StoredPasskey, 'id' | 'transports'>[],
) {
  const { generateAuthenticationOptions } = await server();
  return generateAuthenticationOptions({
    rpID: rp.rpID,
    allowCredentials: passkeys.map((p) => ({ id: p.id, transports: p.transports as never })),
    userVerification: 'required',
  });
}

/** The check-in's verifier: the assertion must be signed by the stored key, with user verification. */
export function assertionVerifier(rp: RelyingParty): AssertionVerifier {
  return {
    async verify(assertion, expectedChallenge, passkey) {
      const { verifyAuthenticationResponse } = await server();
      let result: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
      try {
        result = await verifyAuthenticationResponse({
          response: assertion as never,
          expectedChallenge,
          expectedOrigin: rp.origin,
          expectedRPID: rp.rpID,
          credential: {
            id: passkey.id,
            publicKey: new Uint8Array(Buffer.from(passkey.publicKey, 'base64url')),
            counter: passkey.counter,
            transports: passkey.transports as never,
          },
          requireUserVerification: true,
        });
      } catch (err) {
        throw validationError([
          { path: 'assertion', message: `the passkey could not be verified: ${(err as Error).message}` },
        ]);
      }
      if (!result.verified)
        throw validationError([{ path: 'assertion', message: 'the passkey could not be verified' }]);
      return {
        newCounter: result.authenticationInfo.newCounter,
        backedUp: result.authenticationInfo.credentialBackedUp,
      };
    },
  };
}
