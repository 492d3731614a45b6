import { describe, expect, it } from 'vitest';
import {
  checkCharacter,
  defaultRoundCode,
  formatRegistrationNumber,
  isRoundCode,
  parseRegistrationNumber,
} from './registration-number';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('round codes', () => {
  it('derive from kind and year, with a letter for a second round in the year', () => {
    expect(defaultRoundCode('CPNS', 2025)).toBe('CPNS25');
    expect(defaultRoundCode('PPPK', 2024, 2)).toBe('PPPK24B');
    expect(defaultRoundCode('PPPK', 2024, 3)).toBe('PPPK24C');
    expect(() => defaultRoundCode('CPNS', 2025, 0)).toThrow(RangeError);
  });
  it('use Crockford base32 only (no I, L, O, U)', () => {
    expect(isRoundCode('CPNS25')).toBe(true);
    for (const bad of ['C', 'CPNS-25', 'ROUND1', 'LAMPUNG', 'cpns25', 'ABCDEFGHJKM'])
      expect(isRoundCode(bad)).toBe(false);
  });
});

describe('registration numbers', () => {
  const n = formatRegistrationNumber('CPNS25', 123);

  it('read ROUND-SEQUENCE-CHECK, the sequence padded to 6 digits', () => {
    expect(n).toMatch(/^CPNS25-000123-[0-9A-HJKMNP-TV-Z]$/);
    expect(n.slice(-1)).toBe(checkCharacter('CPNS25000123'));
    expect(formatRegistrationNumber('PPPK24B', 1_234_567)).toMatch(/^PPPK24B-1234567-.$/);
    expect(() => formatRegistrationNumber('CPNS25', 0)).toThrow(RangeError);
    expect(() => formatRegistrationNumber('cpns', 1)).toThrow(RangeError);
  });

  it('are deterministic and distinct per sequence', () => {
    const all = new Set(Array.from({ length: 1000 }, (_, i) => formatRegistrationNumber('CPNS25', i + 1)));
    expect(all.size).toBe(1000);
    expect(formatRegistrationNumber('CPNS25', 123)).toBe(n);
  });

  it('parse back, forgiving case, spaces, missing dashes and O/I/L for 0/1', () => {
    const expected = { roundCode: 'CPNS25', sequence: 123, canonical: n };
    expect(parseRegistrationNumber(n)).toEqual(expected);
    expect(parseRegistrationNumber(` ${n.toLowerCase()} `)).toEqual(expected);
    expect(parseRegistrationNumber(n.replaceAll('-', ''))).toEqual(expected);
    expect(parseRegistrationNumber(n.replace('000123', 'OOO123'))).toEqual(expected);
    const one = formatRegistrationNumber('CPNS25', 100111);
    expect(parseRegistrationNumber(one.replace('100111', 'I00lL1'))?.sequence).toBe(100111);
  });

  it('catch every single mistyped character', () => {
    const body = 'CPNS25000123';
    for (let i = 0; i < body.length; i++)
      for (const ch of ALPHABET) {
        if (ch === body[i]) continue;
        const typo = body.slice(0, i) + ch + body.slice(i + 1);
        if (!/^[0-9A-Z]{2,10}\d{6}$/.test(typo)) continue;
        expect(parseRegistrationNumber(`${typo.slice(0, 6)}-${typo.slice(6)}-${n.slice(-1)}`)).toBeNull();
      }
    for (const ch of ALPHABET)
      if (ch !== n.slice(-1)) expect(parseRegistrationNumber(n.slice(0, -1) + ch)).toBeNull();
  });

  it('catch swapped neighbouring digits in the sequence', () => {
    const m = formatRegistrationNumber('CPNS25', 123456);
    const check = m.slice(-1);
    for (const swapped of ['214356', '132456', '124356', '123546', '123465'])
      expect(parseRegistrationNumber(`CPNS25-${swapped}-${check}`)).toBeNull();
  });

  it('refuse malformed input', () => {
    for (const bad of [
      '',
      'CPNS25',
      'CPNS25-00012-X',
      'CPNS25-000123',
      'CPNS25-000123-XX',
      'CPNS25-000000-0',
    ])
      expect(parseRegistrationNumber(bad)).toBeNull();
  });
});
