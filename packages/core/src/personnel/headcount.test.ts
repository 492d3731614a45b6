import { describe, expect, it } from 'vitest';
import { countsInHeadcount, headcountAttributes, retirementOf } from './headcount';

describe('headcount', () => {
  it('counts AKTIF and CLTN (still an ASN), not the retired, dismissed or deceased', () => {
    expect(countsInHeadcount('AKTIF')).toBe(true);
    expect(countsInHeadcount('CLTN')).toBe(true);
    for (const s of ['PENSIUN', 'BERHENTI', 'MENINGGAL']) expect(countsInHeadcount(s)).toBe(false);
  });
  it('adds a PNS under rank, a PPPK under grade, with the highest education and the birth and retirement months', () => {
    const base = {
      employmentType: 'PNS',
      gender: 'P',
      birthDate: '1986-09-26',
      retirementDate: '2044-10-01',
      education: [{ level: 'D3' as const }, { level: 'S2' as const }],
    };
    expect(headcountAttributes({ ...base, rank: 'III/b' })).toEqual([
      'total',
      'type#PNS',
      'gender#P',
      'rank#III/b',
      'edu#S2',
      'birth#1986-09',
      'retire#2044-10',
    ]);
    expect(headcountAttributes({ ...base, employmentType: 'PPPK', grade: 'IX', education: [] })).toContain(
      'grade#IX',
    );
    expect(headcountAttributes({ ...base, employmentType: 'PPPK', grade: 'IX', education: [] })).toContain(
      'edu#NONE',
    );
  });
  it('derives the BUP from the position: 58 for administration, 60 for senior leadership', () => {
    expect(retirementOf({ birthDate: '1970-05-15' }).bup).toBe(58);
    expect(retirementOf({ birthDate: '1970-05-15', positionType: 'JPT_PRATAMA' }).bup).toBe(60);
    expect(
      retirementOf({ birthDate: '1970-05-15', positionType: 'FUNGSIONAL', functionalLevel: 'AHLI_UTAMA' })
        .bup,
    ).toBe(65);
    expect(retirementOf({ birthDate: '1970-05-15' }).retirementDate).toBe('2028-06-01');
  });
});
