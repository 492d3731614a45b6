import { describe, expect, it } from 'vitest';
import { maskName, maskNik } from './masking';

describe('maskNik', () => {
  it('shows the regency and the sequence, as in ASN-RULES §8', () => {
    expect(maskNik('1871011508900001')).toBe('1871xxxxxxxx0001');
    expect(maskNik('1671027112950002')).toBe('1671xxxxxxxx0002');
  });
  it('hides a value that is not 16 characters entirely', () => {
    expect(maskNik('187101150890001')).toBe('xxxxxxxxxxxxxxx');
    expect(maskNik('')).toBe('');
  });
});

describe('maskName', () => {
  it('keeps each word initial with a fixed tail, hiding word lengths', () => {
    expect(maskName('Budi Santoso')).toBe('B*** S***');
    expect(maskName('Siti Nurhaliza binti Ahmad')).toBe('S*** N*** B*** A***');
    expect(maskName('Ani')).toBe('A***');
    expect(maskName('Sukarnoputrawijayakusuma')).toBe('S***');
  });
  it('normalises spacing and case and skips punctuation before the initial', () => {
    expect(maskName('  m.   rizky  ')).toBe('M*** R***');
    expect(maskName("'Aisyah (Nur)")).toBe('A*** N***');
    expect(maskName('Dr. Ir. H. Ahmad, S.T., M.T.')).toBe('D*** I*** H*** A*** S*** M***');
  });
  it('handles letters outside ASCII and empty input', () => {
    expect(maskName('Élise Ñoño')).toBe('É*** Ñ***');
    expect(maskName('   ')).toBe('');
    expect(maskName('- —')).toBe('');
  });
});
