import { describe, expect, it } from 'vitest';
import {
  EDUCATION_LEVELS,
  educationOrder,
  gradeOrder,
  highestEducation,
  normalizeMajor,
  PNS_RANKS,
  PPPK_GRADES,
  RANK_CODES,
  rankName,
  rankOrder,
  rankSchema,
} from './vocabulary';

describe('rankOrder', () => {
  it('numbers the 17 golongan from I/a to IV/e', () => {
    expect(rankOrder('I/a')).toBe(1);
    expect(rankOrder('I/d')).toBe(4);
    expect(rankOrder('II/a')).toBe(5);
    expect(rankOrder('III/a')).toBe(9);
    expect(rankOrder('IV/a')).toBe(13);
    expect(rankOrder('IV/e')).toBe(17);
    expect(RANK_CODES).toHaveLength(17);
  });

  it('is strictly increasing in list order', () => {
    const orders = RANK_CODES.map(rankOrder);
    expect(orders).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });

  it('has a schema that refuses unknown codes', () => {
    expect(rankSchema.safeParse('III/b').success).toBe(true);
    expect(rankSchema.safeParse('III/e').success).toBe(false);
    expect(rankSchema.safeParse('iii/a').success).toBe(false);
  });
});

describe('rankName', () => {
  it('gives the pangkat of each golongan (ASN-RULES §2)', () => {
    expect(rankName('I/a')).toBe('Juru Muda');
    expect(rankName('II/b')).toBe('Pengatur Muda Tingkat I');
    expect(rankName('III/a')).toBe('Penata Muda');
    expect(rankName('III/d')).toBe('Penata Tingkat I');
    expect(rankName('IV/c')).toBe('Pembina Utama Muda');
    expect(rankName('IV/d')).toBe('Pembina Utama Madya');
    expect(rankName('IV/e')).toBe('Pembina Utama');
  });

  it('names every rank', () => {
    for (const { code, name } of PNS_RANKS) expect(rankName(code)).toBe(name);
  });
});

describe('gradeOrder', () => {
  it('numbers PPPK grades I to XVII', () => {
    expect(gradeOrder('I')).toBe(1);
    expect(gradeOrder('IV')).toBe(4);
    expect(gradeOrder('IX')).toBe(9);
    expect(gradeOrder('XI')).toBe(11);
    expect(gradeOrder('XVII')).toBe(17);
    expect(PPPK_GRADES.map(gradeOrder)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });
});

describe('educationOrder', () => {
  it('orders levels from SD to S3', () => {
    expect(educationOrder('SD')).toBe(1);
    expect(educationOrder('SMA')).toBe(3);
    expect(educationOrder('D3')).toBe(6);
    expect(educationOrder('S1')).toBe(8);
    expect(educationOrder('S3')).toBe(10);
    expect(EDUCATION_LEVELS.map(educationOrder)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
  });

  it('ranks S1 above D4, although both lead to PPPK grade IX', () => {
    expect(educationOrder('S1')).toBeGreaterThan(educationOrder('D4'));
  });
});

describe('highestEducation', () => {
  it('is null for no entries', () => {
    expect(highestEducation([])).toBeNull();
  });

  it('picks the highest level of a mixed list, whatever the order', () => {
    expect(highestEducation([{ level: 'SMA' }, { level: 'S2' }, { level: 'S1' }])).toBe('S2');
    expect(highestEducation([{ level: 'S3' }, { level: 'SD' }])).toBe('S3');
    expect(highestEducation([{ level: 'D3' }, { level: 'SMA' }, { level: 'D1' }])).toBe('D3');
    expect(highestEducation([{ level: 'D4' }, { level: 'S1' }])).toBe('S1');
    expect(highestEducation([{ level: 'S1' }, { level: 'D4' }])).toBe('S1');
  });

  it('handles one entry and duplicates', () => {
    expect(highestEducation([{ level: 'SMP' }])).toBe('SMP');
    expect(highestEducation([{ level: 'S1' }, { level: 'S1' }])).toBe('S1');
  });

  it('ignores other fields on the entries', () => {
    const entries = [
      { level: 'S1' as const, major: 'Hukum' },
      { level: 'S2' as const, major: 'Administrasi Publik' },
    ];
    expect(highestEducation(entries)).toBe('S2');
  });
});

describe('normalizeMajor', () => {
  it('lower-cases, trims and collapses white space', () => {
    expect(normalizeMajor('Teknik  Informatika')).toBe('teknik informatika');
    expect(normalizeMajor('  ILMU   Pemerintahan ')).toBe('ilmu pemerintahan');
    expect(normalizeMajor('Teknik\tSipil\n')).toBe('teknik sipil');
  });

  it('makes differently typed majors compare equal', () => {
    expect(normalizeMajor('Manajemen ')).toBe(normalizeMajor('manajemen'));
  });

  it('keeps punctuation', () => {
    expect(normalizeMajor('D-III Keperawatan')).toBe('d-iii keperawatan');
    expect(normalizeMajor('')).toBe('');
  });
});
