import {
  createHash,
  createPublicKey,
  type KeyObject,
  randomBytes,
  timingSafeEqual,
  verify,
} from 'node:crypto';
import { type PasskeyAlgorithm, type RelyingParty, validationError } from '@pamong/core';
import type { attendancePunchesRepo, passkeysRepo } from '@pamong/db';

type AssertionVerifier = attendancePunchesRepo.AssertionVerifier;
type StoredPasskey = passkeysRepo.StoredPasskey;

/**
 * The check-in side of passkeys (issue 13 §2): the assertion options before a check-in and the
 * verification of the assertion it carries, on node:crypto.
 *
 * Registration, the ceremony with attestation formats, certificates and the COSE key to store, is
 * the `passkeys` function's, with `@simplewebauthn/server` (functions/passkeys/webauthn.ts). Its
 * assertion check is not used here because that one function of the library brings its X.509 and
 * ASN.1 stack (about 320 KB minified) into the bundle, parsed at every cold start of the function
 * every employee calls at 07:30 (issue 9). What an assertion needs is small and fixed by the
 * WebAuthn spec (§7.2): the client data (type, challenge, origin), the authenticator data (the RP
 * ID hash, the user-present and user-verified flags, the backup flags, the counter) and one
 * signature over both by the key registration stored. webauthn.test.ts checks every verdict here
 * against the library's on the same inputs.
 *
 * The relying party is the web app's origin (`publicBaseUrl`): locally the one-process stack, in
 * AWS the CloudFront domain.
 */

/** The options for navigator.credentials.get before a check-in: a fresh challenge, user verification required. */
export function assertionOptions(
  rp: RelyingParty,
  passkeys: readonly Pick<StoredPasskey, 'id' | 'transports'>[],
) {
  return {
    rpId: rp.rpID,
    challenge: randomBytes(32).toString('base64url'),
    allowCredentials: passkeys.map((p) => ({
      id: p.id,
      type: 'public-key' as const,
      ...(p.transports.length > 0 ? { transports: p.transports } : {}),
    })),
    timeout: 60_000,
    userVerification: 'required' as const,
  };
}

// ---- CBOR, the subset a COSE public key uses ----

type CborValue = number | Uint8Array | string | Map<CborValue, CborValue>;

/** Decodes one CBOR item that fills `bytes` exactly: unsigned and negative integers, byte and text strings, maps. */
export function decodeCbor(bytes: Uint8Array): CborValue {
  let at = 0;
  const need = (n: number) => {
    if (at + n > bytes.length) throw new Error('the public key is cut short');
  };
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 0;
    if (size === 0) throw new Error('the public key uses a CBOR length this decoder does not read');
    need(size);
    let n = 0;
    for (let i = 0; i < size; i++) n = n * 256 + bytes[at++]!;
    return n;
  };
  const item = (depth: number): CborValue => {
    if (depth > 4) throw new Error('the public key nests too deep');
    need(1);
    const first = bytes[at++]!;
    const major = first >> 5;
    const n = length(first & 31);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
      case 3: {
        need(n);
        const slice = bytes.subarray(at, at + n);
        at += n;
        return major === 2 ? slice : new TextDecoder('utf-8', { fatal: true }).decode(slice);
      }
      case 5: {
        const map = new Map<CborValue, CborValue>();
        for (let i = 0; i < n; i++) {
          const key = item(depth + 1);
          if (map.has(key)) throw new Error('the public key names a field twice');
          map.set(key, item(depth + 1));
        }
        return map;
      }
      default:
        throw new Error(`the public key holds a CBOR type (${major}) a COSE key never has`);
    }
  };
  const value = item(0);
  if (at !== bytes.length) throw new Error('the public key has bytes after its end');
  return value;
}

// ---- COSE key → node:crypto key ----

interface VerifyingKey {
  alg: PasskeyAlgorithm;
  key: KeyObject;
}

const bytesAt = (m: Map<CborValue, CborValue>, label: number, what: string): string => {
  const v = m.get(label);
  if (!(v instanceof Uint8Array) || v.length === 0) throw new Error(`the public key has no ${what}`);
  return Buffer.from(v).toString('base64url');
};

/** A stored COSE public key (base64url, as registration stored it) as a key node:crypto verifies with. */
export function coseKey(stored: string): VerifyingKey {
  const m = decodeCbor(new Uint8Array(Buffer.from(stored, 'base64url')));
  if (!(m instanceof Map)) throw new Error('the public key is not a COSE key');
  const kty = m.get(1);
  const alg = m.get(3);
  if (kty === 2 && alg === -7 && m.get(-1) === 1)
    return {
      alg,
      key: createPublicKey({
        format: 'jwk',
        key: { kty: 'EC', crv: 'P-256', x: bytesAt(m, -2, 'x'), y: bytesAt(m, -3, 'y') },
      }),
    };
  if (kty === 1 && alg === -8 && m.get(-1) === 6)
    return {
      alg,
      key: createPublicKey({ format: 'jwk', key: { kty: 'OKP', crv: 'Ed25519', x: bytesAt(m, -2, 'x') } }),
    };
  if (kty === 3 && alg === -257)
    return {
      alg,
      key: createPublicKey({
        format: 'jwk',
        key: { kty: 'RSA', n: bytesAt(m, -1, 'modulus'), e: bytesAt(m, -2, 'exponent') },
      }),
    };
  throw new Error(`the public key's algorithm (${String(alg)}) is not one registration accepts`);
}

// ---- the assertion ----

const FLAG = { UP: 0x01, UV: 0x04, BE: 0x08, BS: 0x10, AT: 0x40, ED: 0x80 } as const;
const B64URL = /^[A-Za-z0-9_-]*$/;

function b64urlField(o: Record<string, unknown>, name: string): Buffer {
  const v = o[name];
  if (typeof v !== 'string' || v.length === 0 || !B64URL.test(v)) throw new Error(`${name} is missing`);
  return Buffer.from(v, 'base64url');
}

const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest();

/**
 * Verifies a check-in's assertion (WebAuthn §7.2) against the stored passkey: the credential, the
 * client data (a `webauthn.get` for this challenge on this origin), the authenticator data (this
 * RP ID, user present and verified, consistent backup flags, a counter that moved on unless both
 * are 0) and the signature. Throws an Error saying what failed; returns the new counter and whether
 * the passkey is synced (backed up).
 */
export function verifyAssertion(
  assertion: Record<string, unknown>,
  expectedChallenge: string,
  rp: RelyingParty,
  passkey: Pick<StoredPasskey, 'id' | 'publicKey' | 'counter'>,
): { newCounter: number; backedUp: boolean } {
  if (assertion.type !== 'public-key') throw new Error('the credential is not a public key credential');
  if (typeof assertion.id !== 'string' || assertion.id !== assertion.rawId)
    throw new Error('the credential id and raw id differ');
  if (assertion.id !== passkey.id) throw new Error('the assertion is for another passkey');
  const response = assertion.response;
  if (typeof response !== 'object' || response === null) throw new Error('response is missing');
  const r = response as Record<string, unknown>;
  const clientDataBytes = b64urlField(r, 'clientDataJSON');
  const authData = b64urlField(r, 'authenticatorData');
  const signature = b64urlField(r, 'signature');

  let clientData: Record<string, unknown>;
  try {
    clientData = JSON.parse(clientDataBytes.toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new Error('the client data is not JSON');
  }
  if (clientData.type !== 'webauthn.get') throw new Error('the client data is not for an assertion');
  if (clientData.challenge !== expectedChallenge) throw new Error('the challenge is not the one issued');
  if (clientData.origin !== rp.origin) throw new Error(`the assertion is for ${String(clientData.origin)}`);
  if (clientData.crossOrigin === true) throw new Error('the assertion came from a frame of another site');

  if (authData.length < 37) throw new Error('the authenticator data is cut short');
  if (!timingSafeEqual(authData.subarray(0, 32), sha256(rp.rpID)))
    throw new Error('the assertion is for another relying party');
  const flags = authData[32]!;
  if (!(flags & FLAG.UP)) throw new Error('the user was not present');
  if (!(flags & FLAG.UV)) throw new Error('user verification (fingerprint, face or PIN) is required');
  if (flags & FLAG.BS && !(flags & FLAG.BE))
    throw new Error('the authenticator says a single-device passkey is backed up');
  if (flags & FLAG.AT) throw new Error('an assertion carries no attested credential');
  if (!(flags & FLAG.ED) && authData.length !== 37)
    throw new Error('the authenticator data has bytes after its end');
  const newCounter = authData.readUInt32BE(33);
  if ((newCounter > 0 || passkey.counter > 0) && newCounter <= passkey.counter)
    throw new Error(`the counter (${newCounter}) did not move on from ${passkey.counter}: a cloned passkey?`);

  const { alg, key } = coseKey(passkey.publicKey);
  const signed = Buffer.concat([authData, sha256(clientDataBytes)]);
  // ES256 signatures are DER, node's default for EC keys; Ed25519 takes no digest; RS256 is PKCS#1 v1.5.
  const ok = verify(alg === -8 ? null : 'sha256', signed, key, signature);
  if (!ok) throw new Error('the signature does not match the passkey');
  return { newCounter, backedUp: (flags & FLAG.BS) !== 0 };
}

/** The check-in's verifier: the assertion must be signed by the stored key, with user verification. */
export function assertionVerifier(rp: RelyingParty): AssertionVerifier {
  return {
    async verify(assertion, expectedChallenge, passkey) {
      try {
        return verifyAssertion(assertion, expectedChallenge, rp, passkey);
      } catch (err) {
        throw validationError([
          { path: 'assertion', message: `the passkey could not be verified: ${(err as Error).message}` },
        ]);
      }
    },
  };
}
