import { describe, expect, it } from 'vitest';
import { EDUCATION_LEVELS } from '../personnel/vocabulary';
import { createEmployeeSchema } from '../schemas/employee-create';
import { CPNS_ENTRY_RANK, type HireApplicant, hiredEmployeeInput } from './hiring';

const applicant: HireApplicant = {
  name: 'Bayu Pratama',
  gender: 'L',
  birthPlace: 'Bandar Lampung',
  birthDate: '1996-04-20',
  email: 'bayu@contoh.id',
  phone: '081234567890',
  education: [
    { level: 'SMA', major: 'IPA', institution: 'SMAN 2 Bandar Lampung', graduationDate: '2014-06-10' },
    { level: 'S1', major: 'Ilmu Komputer', institution: 'Universitas Lampung', graduationDate: '2019-08-30' },
  ],
};
const formation = {
  agencyId: '01ARZ3NDEKTSV4RRFFQ69G5FAA',
  unitId: '01ARZ3NDEKTSV4RRFFQ69G5FAB',
  positionId: '01ARZ3NDEKTSV4RRFFQ69G5FAC',
};
const hire = (kind: 'CPNS' | 'PPPK', decision: Parameters<typeof hiredEmployeeInput>[3]) =>
  hiredEmployeeInput(kind, applicant, formation, decision, EDUCATION_LEVELS);

describe('hiredEmployeeInput', () => {
  it('makes a CPNS at the entry rank of the highest education, with the TMT as TMT CPNS', () => {
    const input = hire('CPNS', { nip: '199604202026061001', tmt: '2026-06-01' });
    expect(input).toMatchObject({
      employmentType: 'CPNS',
      rank: 'III/a',
      tmtCpns: '2026-06-01',
      ...formation,
      name: 'Bayu Pratama',
    });
    expect(input.education.map((e) => [e.level, e.graduationYear])).toEqual([
      ['SMA', 2014],
      ['S1', 2019],
    ]);
    // The NIP agrees with the birth date, the gender and the TMT: createEmployee takes it.
    expect(createEmployeeSchema.safeParse(input).success).toBe(true);
  });

  it('keeps the rank the admin enters over the default', () => {
    expect(hire('CPNS', { nip: '199604202026061001', tmt: '2026-06-01', rank: 'III/b' }).rank).toBe('III/b');
  });

  it('gives createEmployee a NIP that disagrees with the applicant to refuse at `nip`', () => {
    const input = hire('CPNS', { nip: '199604212026061001', tmt: '2026-06-01' });
    const res = createEmployeeSchema.safeParse(input);
    expect(res.success).toBe(false);
    expect(res.error?.issues.map((i) => i.path.join('.'))).toContain('nip');
  });

  it('makes a PPPK with the grade entered and no TMT CPNS; without a grade createEmployee refuses', () => {
    const nip = '199604202026011001';
    const input = hire('PPPK', { nip, tmt: '2026-06-01', grade: 'IX' });
    expect(input).toMatchObject({ employmentType: 'PPPK', grade: 'IX' });
    expect(input).not.toHaveProperty('tmtCpns');
    expect(input).not.toHaveProperty('rank');
    expect(createEmployeeSchema.safeParse(input).success).toBe(true);
    const none = createEmployeeSchema.safeParse(hire('PPPK', { nip, tmt: '2026-06-01' }));
    expect(none.error?.issues.map((i) => i.path.join('.'))).toContain('grade');
  });

  it('passes a grade for a CPNS or a rank for a PPPK on, for createEmployee to refuse', () => {
    const cpns = createEmployeeSchema.safeParse(
      hire('CPNS', { nip: '199604202026061001', tmt: '2026-06-01', grade: 'IX' }),
    );
    expect(cpns.error?.issues.map((i) => i.path.join('.'))).toContain('grade');
    const pppk = createEmployeeSchema.safeParse(
      hire('PPPK', { nip: '199604202026011001', tmt: '2026-06-01', grade: 'IX', rank: 'III/a' }),
    );
    expect(pppk.error?.issues.map((i) => i.path.join('.'))).toContain('rank');
  });

  it('leaves out a phone number createEmployee would refuse, rather than failing the hire on it', () => {
    const input = hiredEmployeeInput(
      'CPNS',
      { ...applicant, phone: '0812-3456-7890' },
      formation,
      { nip: '199604202026061001', tmt: '2026-06-01' },
      EDUCATION_LEVELS,
    );
    expect(input).not.toHaveProperty('phone');
  });

  it('has an entry rank for every education level, rising with it', () => {
    const order = EDUCATION_LEVELS.map((l) => CPNS_ENTRY_RANK[l]);
    expect(order).toEqual(['I/a', 'I/c', 'II/a', 'II/a', 'II/b', 'II/c', 'III/a', 'III/a', 'III/b', 'III/c']);
  });
});
