import { describe, expect, it } from 'vitest';
import { escapeUri, NodeSha256, regionalHost } from './sign';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('NodeSha256 (the signer’s hash)', () => {
  it('hashes (FIPS 180-2 "abc") and keeps no state across reset()', async () => {
    const hash = new NodeSha256();
    hash.update(utf8('ab'));
    hash.update(utf8('c'));
    expect(hex(await hash.digest())).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    hash.reset();
    hash.update(utf8('abc'));
    expect(hex(await hash.digest())).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('is an HMAC when given a key, as a string or as bytes (RFC 4231 case 2)', async () => {
    const expected = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
    for (const key of ['Jefe', utf8('Jefe'), utf8('Jefe').buffer]) {
      const hmac = new NodeSha256(key);
      hmac.update(utf8('what do ya want for nothing?'));
      expect(hex(await hmac.digest())).toBe(expected);
    }
  });
});

describe('escapeUri', () => {
  it("encodes what SigV4 encodes, including !'()*, and leaves the unreserved set", () => {
    expect(escapeUri("a-b_c.d~e!f'g(h)i*j k/l:m")).toBe('a-b_c.d~e%21f%27g%28h%29i%2Aj%20k%2Fl%3Am');
  });
});

describe('regionalHost', () => {
  it('names the endpoint in the region’s partition', () => {
    expect(regionalHost('lambda', 'ap-southeast-3')).toBe('lambda.ap-southeast-3.amazonaws.com');
    expect(regionalHost('s3', 'cn-north-1')).toBe('s3.cn-north-1.amazonaws.com.cn');
  });
});
