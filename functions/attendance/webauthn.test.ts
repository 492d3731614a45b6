import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import { verifyAuthenticationResponse } from '@simplewebauthn/server';
import { describe, expect, it } from 'vitest';
import { cbor } from '../../tests/support/soft-authenticator';
import { assertionOptions, assertionVerifier, coseKey, decodeCbor, verifyAssertion } from './webauthn';

/**
 * The check-in's assertion verifier on node:crypto, checked against `@simplewebauthn/server` (the
 * library registration uses) as the oracle: for each case both get the same assertion, and both
 * must accept it (with the same counter and backup state) or both refuse it.
 */

const RP = { rpID: 'pamong.example', origin: 'https://pamong.example' };
const b64url = (b: Uint8Array | Buffer) => Buffer.from(b).toString('base64url');
const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest();
const FLAG = { UP: 0x01, UV: 0x04, BE: 0x08, BS: 0x10, AT: 0x40, ED: 0x80 };

type Alg = 'ES256' | 'EdDSA' | 'RS256';

interface Key {
  alg: Alg;
  privateKey: KeyObject;
  cose: string;
}

function newKey(alg: Alg): Key {
  if (alg === 'ES256') {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const j = publicKey.export({ format: 'jwk' }) as { x: string; y: string };
    const m = new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, new Uint8Array(Buffer.from(j.x, 'base64url'))],
      [-3, new Uint8Array(Buffer.from(j.y, 'base64url'))],
    ]);
    return { alg, privateKey, cose: b64url(cbor(m)) };
  }
  if (alg === 'EdDSA') {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const j = publicKey.export({ format: 'jwk' }) as { x: string };
    const m = new Map<number, number | Uint8Array>([
      [1, 1],
      [3, -8],
      [-1, 6],
      [-2, new Uint8Array(Buffer.from(j.x, 'base64url'))],
    ]);
    return { alg, privateKey, cose: b64url(cbor(m)) };
  }
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const j = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  const m = new Map<number, number | Uint8Array>([
    [1, 3],
    [3, -257],
    [-1, new Uint8Array(Buffer.from(j.n, 'base64url'))],
    [-2, new Uint8Array(Buffer.from(j.e, 'base64url'))],
  ]);
  return { alg, privateKey, cose: b64url(cbor(m)) };
}

interface Shape {
  flags?: number;
  counter?: number;
  type?: string;
  challenge?: string;
  origin?: string;
  rpID?: string;
  crossOrigin?: boolean;
  extraAuthData?: Uint8Array;
  signWith?: KeyObject;
  tamperSignature?: boolean;
  tamperAuthDataAfterSigning?: boolean;
  rawId?: string;
}

const CRED_ID = b64url(randomBytes(32));

function assertion(key: Key, challenge: string, s: Shape = {}): Record<string, unknown> {
  const counter = s.counter ?? 1;
  const authData = Buffer.concat([
    sha256(s.rpID ?? RP.rpID),
    Uint8Array.from([s.flags ?? FLAG.UP | FLAG.UV]),
    Uint8Array.from([(counter >>> 24) & 255, (counter >> 16) & 255, (counter >> 8) & 255, counter & 255]),
    s.extraAuthData ?? new Uint8Array(0),
  ]);
  const clientData = Buffer.from(
    JSON.stringify({
      type: s.type ?? 'webauthn.get',
      challenge: s.challenge ?? challenge,
      origin: s.origin ?? RP.origin,
      crossOrigin: s.crossOrigin ?? false,
    }),
  );
  const signed = Buffer.concat([authData, sha256(clientData)]);
  const signer = s.signWith ?? key.privateKey;
  const signature = sign(key.alg === 'EdDSA' ? null : 'sha256', signed, signer);
  if (s.tamperSignature) signature[signature.length - 1]! ^= 1;
  if (s.tamperAuthDataAfterSigning) authData[authData.length - 1]! ^= 1;
  return {
    id: CRED_ID,
    rawId: s.rawId ?? CRED_ID,
    type: 'public-key',
    response: {
      clientDataJSON: b64url(clientData),
      authenticatorData: b64url(authData),
      signature: b64url(signature),
    },
    clientExtensionResults: {},
  };
}

type Verdict = { ok: true; newCounter: number; backedUp: boolean } | { ok: false; why: string };

function ours(a: Record<string, unknown>, challenge: string, key: Key, stored: number): Verdict {
  try {
    return {
      ok: true,
      ...verifyAssertion(a, challenge, RP, { id: CRED_ID, publicKey: key.cose, counter: stored }),
    };
  } catch (err) {
    return { ok: false, why: (err as Error).message };
  }
}

async function library(
  a: Record<string, unknown>,
  challenge: string,
  key: Key,
  stored: number,
): Promise<Verdict> {
  try {
    const r = await verifyAuthenticationResponse({
      response: a as never,
      expectedChallenge: challenge,
      expectedOrigin: RP.origin,
      expectedRPID: RP.rpID,
      credential: {
        id: CRED_ID,
        publicKey: new Uint8Array(Buffer.from(key.cose, 'base64url')),
        counter: stored,
      },
      requireUserVerification: true,
    });
    if (!r.verified) return { ok: false, why: 'not verified' };
    return {
      ok: true,
      newCounter: r.authenticationInfo.newCounter,
      backedUp: r.authenticationInfo.credentialBackedUp,
    };
  } catch (err) {
    return { ok: false, why: (err as Error).message };
  }
}

const keys = { ES256: newKey('ES256'), EdDSA: newKey('EdDSA'), RS256: newKey('RS256') };
const other = { ES256: newKey('ES256'), EdDSA: newKey('EdDSA'), RS256: newKey('RS256') };

const CASES: { name: string; shape: (alg: Alg) => Shape; stored?: number; accepted: boolean }[] = [
  { name: 'a valid assertion', shape: () => ({}), accepted: true },
  { name: 'a counter that moved on', shape: () => ({ counter: 8 }), stored: 7, accepted: true },
  {
    name: 'both counters 0 (authenticators without one)',
    shape: () => ({ counter: 0 }),
    stored: 0,
    accepted: true,
  },
  {
    name: 'a synced passkey (backup eligible and backed up)',
    shape: () => ({ flags: FLAG.UP | FLAG.UV | FLAG.BE | FLAG.BS }),
    accepted: true,
  },
  {
    name: 'backup eligible, not backed up',
    shape: () => ({ flags: FLAG.UP | FLAG.UV | FLAG.BE }),
    accepted: true,
  },
  { name: 'no user verification', shape: () => ({ flags: FLAG.UP }), accepted: false },
  { name: 'another challenge', shape: () => ({ challenge: b64url(randomBytes(32)) }), accepted: false },
  { name: 'another origin', shape: () => ({ origin: 'https://evil.example' }), accepted: false },
  { name: 'another relying party', shape: () => ({ rpID: 'evil.example' }), accepted: false },
  { name: 'a registration, not an assertion', shape: () => ({ type: 'webauthn.create' }), accepted: false },
  { name: 'a counter that did not move', shape: () => ({ counter: 7 }), stored: 7, accepted: false },
  { name: 'a counter that went back', shape: () => ({ counter: 3 }), stored: 7, accepted: false },
  { name: 'a counter of 0 after a used one', shape: () => ({ counter: 0 }), stored: 7, accepted: false },
  {
    name: 'backed up but not backup eligible',
    shape: () => ({ flags: FLAG.UP | FLAG.UV | FLAG.BS }),
    accepted: false,
  },
  { name: 'a flipped signature byte', shape: () => ({ tamperSignature: true }), accepted: false },
  { name: 'signed by another key', shape: (alg) => ({ signWith: other[alg].privateKey }), accepted: false },
  {
    name: 'authenticator data changed after signing',
    shape: () => ({ tamperAuthDataAfterSigning: true }),
    accepted: false,
  },
  {
    name: 'bytes after the authenticator data without the extensions flag',
    shape: () => ({ extraAuthData: Uint8Array.from([0xa0]) }),
    accepted: false,
  },
  {
    name: 'a raw id that differs from the id',
    shape: () => ({ rawId: b64url(randomBytes(32)) }),
    accepted: false,
  },
];

describe('verifyAssertion agrees with @simplewebauthn/server', () => {
  for (const alg of ['ES256', 'EdDSA', 'RS256'] as const)
    for (const c of CASES)
      it(`${alg}: ${c.name} is ${c.accepted ? 'accepted' : 'refused'} by both`, async () => {
        const challenge = b64url(randomBytes(32));
        const a = assertion(keys[alg], challenge, c.shape(alg));
        const mine = ours(a, challenge, keys[alg], c.stored ?? 0);
        const theirs = await library(a, challenge, keys[alg], c.stored ?? 0);
        expect(mine.ok, JSON.stringify(mine)).toBe(c.accepted);
        expect(theirs.ok, JSON.stringify(theirs)).toBe(c.accepted);
        if (mine.ok && theirs.ok)
          expect({ newCounter: mine.newCounter, backedUp: mine.backedUp }).toEqual({
            newCounter: theirs.newCounter,
            backedUp: theirs.backedUp,
          });
      });
});

describe('verifyAssertion, beyond the library', () => {
  const challenge = b64url(randomBytes(32));

  it('refuses an assertion made in a frame of another site (crossOrigin)', () => {
    const a = assertion(keys.ES256, challenge, { crossOrigin: true });
    expect(ours(a, challenge, keys.ES256, 0)).toEqual({
      ok: false,
      why: 'the assertion came from a frame of another site',
    });
  });

  it('refuses an assertion for another passkey than the stored one', () => {
    const a = { ...assertion(keys.ES256, challenge), id: 'b3RoZXI', rawId: 'b3RoZXI' };
    expect(ours(a, challenge, keys.ES256, 0)).toMatchObject({
      ok: false,
      why: 'the assertion is for another passkey',
    });
  });

  it('refuses a response without its fields, or with one that is not base64url', () => {
    const good = assertion(keys.ES256, challenge);
    const response = good.response as Record<string, string>;
    expect(ours({ ...good, response: undefined }, challenge, keys.ES256, 0)).toMatchObject({ ok: false });
    expect(
      ours({ ...good, response: { ...response, signature: 'not base64url!' } }, challenge, keys.ES256, 0),
    ).toEqual({ ok: false, why: 'signature is missing' });
    expect(
      ours(
        { ...good, response: { ...response, clientDataJSON: b64url(Buffer.from('{')) } },
        challenge,
        keys.ES256,
        0,
      ),
    ).toEqual({ ok: false, why: 'the client data is not JSON' });
  });

  it('refuses authenticator data shorter than 37 bytes', () => {
    const good = assertion(keys.ES256, challenge);
    const response = good.response as Record<string, string>;
    const short = b64url(Buffer.from(response.authenticatorData!, 'base64url').subarray(0, 36));
    expect(
      ours({ ...good, response: { ...response, authenticatorData: short } }, challenge, keys.ES256, 0),
    ).toEqual({ ok: false, why: 'the authenticator data is cut short' });
  });

  it('wraps a refusal as a 400 at `assertion` for the check-in', async () => {
    const a = assertion(keys.ES256, challenge, { flags: FLAG.UP });
    await expect(
      assertionVerifier(RP).verify(a, challenge, {
        id: CRED_ID,
        publicKey: keys.ES256.cose,
        counter: 0,
      } as never),
    ).rejects.toMatchObject({
      status: 400,
      errors: [
        {
          path: 'assertion',
          message:
            'the passkey could not be verified: user verification (fingerprint, face or PIN) is required',
        },
      ],
    });
  });
});

describe('coseKey and decodeCbor', () => {
  it('reads the three algorithms registration accepts', () => {
    expect(coseKey(keys.ES256.cose).alg).toBe(-7);
    expect(coseKey(keys.EdDSA.cose).alg).toBe(-8);
    expect(coseKey(keys.RS256.cose).alg).toBe(-257);
    expect(coseKey(keys.ES256.cose).key.asymmetricKeyType).toBe('ec');
    expect(coseKey(keys.EdDSA.cose).key.asymmetricKeyType).toBe('ed25519');
    expect(coseKey(keys.RS256.cose).key.asymmetricKeyType).toBe('rsa');
  });

  it('refuses another algorithm, a key without its coordinates, and what is not a COSE map', () => {
    const es384 = cbor(
      new Map<number, number>([
        [1, 2],
        [3, -35],
        [-1, 2],
      ]),
    );
    expect(() => coseKey(b64url(es384))).toThrow(
      "the public key's algorithm (-35) is not one registration accepts",
    );
    const noY = cbor(
      new Map<number, number | Uint8Array>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, new Uint8Array(32)],
      ]),
    );
    expect(() => coseKey(b64url(noY))).toThrow('the public key has no y');
    expect(() => coseKey(b64url(cbor(7)))).toThrow('the public key is not a COSE key');
  });

  it('decodes definite CBOR and refuses trailing bytes, cut input, repeated keys and other types', () => {
    const m = decodeCbor(
      cbor(
        new Map<number, number | string>([
          [1, 500],
          [-2, 'x'],
        ]),
      ),
    );
    expect(m).toEqual(
      new Map<number, number | string>([
        [1, 500],
        [-2, 'x'],
      ]),
    );
    expect(() => decodeCbor(Uint8Array.from([0x01, 0x02]))).toThrow('bytes after its end');
    expect(() => decodeCbor(Uint8Array.from([0x42, 0x01]))).toThrow('cut short');
    expect(() => decodeCbor(Uint8Array.from([0xa2, 0x01, 0x01, 0x01, 0x02]))).toThrow('a field twice');
    expect(() => decodeCbor(Uint8Array.from([0x81, 0x01]))).toThrow('CBOR type (4)');
    expect(() => decodeCbor(Uint8Array.from([0x5f]))).toThrow('a CBOR length this decoder does not read');
  });
});

describe('assertionOptions', () => {
  it('asks for user verification with a fresh 32-byte challenge, for the given passkeys only', () => {
    const a = assertionOptions(RP, [
      { id: 'cred-a', transports: ['internal'] },
      { id: 'cred-b', transports: [] },
    ]);
    const b = assertionOptions(RP, []);
    expect(a).toMatchObject({
      rpId: 'pamong.example',
      userVerification: 'required',
      timeout: 60_000,
      allowCredentials: [
        { id: 'cred-a', type: 'public-key', transports: ['internal'] },
        { id: 'cred-b', type: 'public-key' },
      ],
    });
    expect(a.allowCredentials[1]).not.toHaveProperty('transports');
    expect(Buffer.from(a.challenge, 'base64url')).toHaveLength(32);
    expect(a.challenge).not.toBe(b.challenge);
  });
});
