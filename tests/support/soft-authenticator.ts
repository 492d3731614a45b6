import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';

/**
 * A software WebAuthn authenticator for the API tests: a P-256 key per credential, `none`
 * attestation, and the flags a test chooses (user verification, backed up). It builds the JSON a
 * browser's `navigator.credentials.create/get` would give `@simplewebauthn/browser`, so the server's
 * real verification runs. The e2e tests use Chromium's virtual authenticator instead.
 */

type Cbor = number | string | Uint8Array | Map<Cbor, Cbor> | Record<string, unknown>;

function head(major: number, n: number): number[] {
  if (n < 24) return [(major << 5) | n];
  if (n < 256) return [(major << 5) | 24, n];
  if (n < 65536) return [(major << 5) | 25, n >> 8, n & 255];
  return [(major << 5) | 26, (n >>> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The CBOR subset WebAuthn needs: integers, byte and text strings, maps. */
export function cbor(v: Cbor): Uint8Array {
  if (typeof v === 'number') return Uint8Array.from(v >= 0 ? head(0, v) : head(1, -1 - v));
  if (typeof v === 'string') {
    const b = new TextEncoder().encode(v);
    return Uint8Array.from([...head(3, b.length), ...b]);
  }
  if (v instanceof Uint8Array) return Uint8Array.from([...head(2, v.length), ...v]);
  const entries = v instanceof Map ? [...v.entries()] : Object.entries(v);
  const parts = entries.flatMap(([k, x]) => [...cbor(k as Cbor), ...cbor(x as Cbor)]);
  return Uint8Array.from([...head(5, entries.length), ...parts]);
}

const b64url = (b: Uint8Array | Buffer) => Buffer.from(b).toString('base64url');
const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest();

const FLAG = { UP: 0x01, UV: 0x04, BE: 0x08, BS: 0x10, AT: 0x40 } as const;

export interface SoftCredential {
  id: Uint8Array;
  privateKey: KeyObject;
  counter: number;
  backedUp: boolean;
}

export interface Ceremony {
  origin: string;
  rpID: string;
  /** Fingerprint, face or PIN given (default true). */
  userVerified?: boolean;
}

function flags(c: Ceremony, backedUp: boolean, attested: boolean): number {
  return (
    FLAG.UP |
    (c.userVerified === false ? 0 : FLAG.UV) |
    (backedUp ? FLAG.BE | FLAG.BS : 0) |
    (attested ? FLAG.AT : 0)
  );
}

const counterBytes = (n: number) =>
  Uint8Array.from([(n >>> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255]);

/** A new credential and the registration response for `options` (from startPasskeyRegistration). */
export function register(
  options: { challenge: string },
  c: Ceremony,
  opts: { backedUp?: boolean } = {},
): { credential: SoftCredential; response: Record<string, unknown> } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' }) as { x: string; y: string };
  const cose = cbor(
    new Map<Cbor, Cbor>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, new Uint8Array(Buffer.from(jwk.x, 'base64url'))],
      [-3, new Uint8Array(Buffer.from(jwk.y, 'base64url'))],
    ]),
  );
  const id = new Uint8Array(randomBytes(32));
  const backedUp = opts.backedUp ?? false;
  const authData = Buffer.concat([
    sha256(c.rpID),
    Uint8Array.from([flags(c, backedUp, true)]),
    counterBytes(0),
    new Uint8Array(16),
    Uint8Array.from([id.length >> 8, id.length & 255]),
    id,
    cose,
  ]);
  const clientDataJSON = Buffer.from(
    JSON.stringify({
      type: 'webauthn.create',
      challenge: options.challenge,
      origin: c.origin,
      crossOrigin: false,
    }),
  );
  const attestationObject = cbor({ fmt: 'none', attStmt: {}, authData: new Uint8Array(authData) });
  return {
    credential: { id, privateKey, counter: 0, backedUp },
    response: {
      id: b64url(id),
      rawId: b64url(id),
      type: 'public-key',
      response: {
        clientDataJSON: b64url(clientDataJSON),
        attestationObject: b64url(attestationObject),
        transports: ['internal'],
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    },
  };
}

/** The assertion for `options` (from startCheckInAssertion), signed by the credential. */
export function assert(
  cred: SoftCredential,
  options: { challenge: string },
  c: Ceremony,
): Record<string, unknown> {
  cred.counter += 1;
  const authData = Buffer.concat([
    sha256(c.rpID),
    Uint8Array.from([flags(c, cred.backedUp, false)]),
    counterBytes(cred.counter),
  ]);
  const clientDataJSON = Buffer.from(
    JSON.stringify({
      type: 'webauthn.get',
      challenge: options.challenge,
      origin: c.origin,
      crossOrigin: false,
    }),
  );
  const signature = sign('sha256', Buffer.concat([authData, sha256(clientDataJSON)]), cred.privateKey);
  return {
    id: b64url(cred.id),
    rawId: b64url(cred.id),
    type: 'public-key',
    response: {
      clientDataJSON: b64url(clientDataJSON),
      authenticatorData: b64url(authData),
      signature: b64url(signature),
    },
    clientExtensionResults: {},
    authenticatorAttachment: 'platform',
  };
}
