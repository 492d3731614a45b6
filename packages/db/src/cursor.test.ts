import { describe, expect, it } from 'vitest';
import { createCursorCodec } from './cursor';

const codec = createCursorCodec('0123456789abcdef-secret');
const T1 = '01J0000000000000000000000A';
const T2 = '01J0000000000000000000000B';
const key = { pk: `T#${T1}#ORG`, sk: 'AGENCY#X' };

describe('cursor codec', () => {
  it('round-trips the last evaluated key for the same tenant and query', () => {
    const c = codec.encode(T1, 'agencies', key);
    expect(c).toBeTypeOf('string');
    expect(codec.decode(T1, 'agencies', c!)).toEqual(key);
  });

  it('returns null when there is no next page and undefined for no cursor', () => {
    expect(codec.encode(T1, 'agencies', undefined)).toBeNull();
    expect(codec.decode(T1, 'agencies', undefined)).toBeUndefined();
  });

  it('refuses a cursor of another tenant', () => {
    const c = codec.encode(T1, 'agencies', key)!;
    expect(() => codec.decode(T2, 'agencies', c)).toThrow(
      expect.objectContaining({ status: 400, type: 'bad-cursor' }),
    );
  });

  it('refuses a cursor of another query', () => {
    const c = codec.encode(T1, 'agencies', key)!;
    expect(() => codec.decode(T1, 'users', c)).toThrow(expect.objectContaining({ status: 400 }));
  });

  it('refuses a tampered body, a tampered signature and garbage', () => {
    const c = codec.encode(T1, 'agencies', key)!;
    const [body, sig] = c.split('.');
    const forged = Buffer.from(JSON.stringify({ pk: `T#${T2}#ORG`, sk: 'A' })).toString('base64url');
    expect(() => codec.decode(T1, 'agencies', `${forged}.${sig}`)).toThrow(
      expect.objectContaining({ status: 400 }),
    );
    expect(() => codec.decode(T1, 'agencies', `${body}.${sig!.slice(0, -2)}xx`)).toThrow(
      expect.objectContaining({ status: 400 }),
    );
    expect(() => codec.decode(T1, 'agencies', 'not-a-cursor')).toThrow(
      expect.objectContaining({ status: 400 }),
    );
    expect(() => codec.decode(T1, 'agencies', `${c}.extra`)).toThrow(
      expect.objectContaining({ status: 400 }),
    );
  });
});
