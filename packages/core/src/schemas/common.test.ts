import { describe, expect, it } from 'vitest';
import { nameSchema, versionSchema } from './common';

describe('nameSchema', () => {
  it('trims, refuses an empty name, and bounds the length', () => {
    expect(nameSchema(10).parse('  Dinas  ')).toBe('Dinas');
    expect(nameSchema(10).safeParse('   ').success).toBe(false);
    expect(nameSchema(10).safeParse('a'.repeat(10)).success).toBe(true);
    expect(nameSchema(10).safeParse('a'.repeat(11)).success).toBe(false);
    expect(nameSchema().safeParse('a'.repeat(200)).success).toBe(true);
    expect(nameSchema().safeParse('a'.repeat(201)).success).toBe(false);
  });

  it('shares one instance per bound, and wrapping it leaves the shared one as it was', () => {
    expect(nameSchema(120)).toBe(nameSchema(120));
    expect(nameSchema()).toBe(nameSchema(200));
    expect(nameSchema(120)).not.toBe(nameSchema(100));
    const optional = nameSchema(120).optional();
    expect(optional.parse(undefined)).toBeUndefined();
    expect(nameSchema(120).safeParse(undefined).success).toBe(false);
  });
});

describe('versionSchema (z.int())', () => {
  it('takes whole numbers from 1, and refuses fractions, unsafe integers and strings', () => {
    expect(versionSchema.parse(1)).toBe(1);
    for (const bad of [0, 1.5, 2 ** 60, '3', Number.NaN])
      expect(versionSchema.safeParse(bad).success, String(bad)).toBe(false);
  });
});
