import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('scrypt passwords', () => {
  it('stores the parameters, a 16-byte salt and a 64-byte hash', async () => {
    const stored = await hashPassword('pamong-demo-2026');
    const [scheme, N, r, p, salt, hash] = stored.split('$');
    expect([scheme, N, r, p]).toEqual(['scrypt', '16384', '8', '1']);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(hash!, 'base64')).toHaveLength(64);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('pamong-demo-2026');
    expect(await verifyPassword('pamong-demo-2026', stored)).toBe(true);
    expect(await verifyPassword('pamong-demo-2027', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash, so equal passwords give different strings', async () => {
    const a = await hashPassword('same password');
    const b = await hashPassword('same password');
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password', b)).toBe(true);
  });

  it('treats unicode forms of the same text as one password', async () => {
    const stored = await hashPassword('caf\u00e9-kopi-2026');
    expect(await verifyPassword('cafe\u0301-kopi-2026', stored)).toBe(true);
  });

  it('answers false, without throwing, for malformed or absurd hashes', async () => {
    const good = await hashPassword('pamong-demo-2026');
    const parts = good.split('$');
    const variants = [
      '',
      'plain-text',
      good.replace('scrypt$', 'bcrypt$'),
      [...parts.slice(0, 5)].join('$'),
      ['scrypt', '16383', ...parts.slice(2)].join('$'), // N not a power of two
      ['scrypt', String(2 ** 24), ...parts.slice(2)].join('$'), // N beyond the bound
      ['scrypt', '16384', '0', ...parts.slice(3)].join('$'),
      ['scrypt', '16384', '8', '1', '', parts[5]].join('$'),
      ['scrypt', '16384', '8', '1', parts[4], ''].join('$'),
    ];
    for (const v of variants) expect(await verifyPassword('pamong-demo-2026', v)).toBe(false);
  });

  it('verifies a hash made with other (valid) parameters', async () => {
    // Lower parameters that an older seed might have used: the stored parameters win.
    const { scrypt } = await import('node:crypto');
    const salt = Buffer.alloc(16, 7);
    const key = await new Promise<Buffer>((res, rej) =>
      scrypt('older', salt, 32, { N: 1024, r: 8, p: 1 }, (e, k) => (e ? rej(e) : res(k))),
    );
    const stored = ['scrypt', 1024, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
    expect(await verifyPassword('older', stored)).toBe(true);
    expect(await verifyPassword('newer', stored)).toBe(false);
  });
});
