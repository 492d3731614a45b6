import { describe, expect, it } from 'vitest';
import { createCompetencySchema } from '../schemas/personnel';
import {
  STANDARD_COMPETENCIES,
  STANDARD_COMPETENCY_CODES,
  standardCompetencyInput,
} from './standard-competencies';

describe('STANDARD_COMPETENCIES (PermenPANRB 38/2017)', () => {
  it('has the eight managerial competencies and Perekat Bangsa, in that order', () => {
    expect(STANDARD_COMPETENCIES.map((c) => [c.group, c.name])).toEqual([
      ['manajerial', 'Integritas'],
      ['manajerial', 'Kerja Sama'],
      ['manajerial', 'Komunikasi'],
      ['manajerial', 'Orientasi pada Hasil'],
      ['manajerial', 'Pelayanan Publik'],
      ['manajerial', 'Pengembangan Diri dan Orang Lain'],
      ['manajerial', 'Mengelola Perubahan'],
      ['manajerial', 'Pengambilan Keputusan'],
      ['sosial-kultural', 'Perekat Bangsa'],
    ]);
  });

  it('uses unique MAN-/SOS- codes, the ones the demo data and positions use', () => {
    expect(STANDARD_COMPETENCY_CODES.size).toBe(9);
    for (const c of STANDARD_COMPETENCIES)
      expect(c.code).toMatch(c.group === 'manajerial' ? /^MAN-[A-Z-]+$/ : /^SOS-[A-Z-]+$/);
    expect([...STANDARD_COMPETENCY_CODES]).toContain('MAN-INTEGRITAS');
    expect([...STANDARD_COMPETENCY_CODES]).toContain('SOS-PEREKAT-BANGSA');
  });

  it('each is a valid createCompetency body with five distinct levels 1-5', () => {
    for (const c of STANDARD_COMPETENCIES) {
      const input = standardCompetencyInput(c);
      const parsed = createCompetencySchema.safeParse(input);
      expect(parsed.success, `${c.code}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(parsed.data).toEqual(input);
      expect(input.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
      expect(new Set(c.levels).size).toBe(5);
    }
  });
});
