import { describe, expect, it } from 'vitest';
import { ageOn } from '../personnel/retirement';
import {
  CUMLAUDE_MIN_IPK,
  type FormationRequirements,
  matchingEducation,
  unmetRequirements,
} from './eligibility';

const applicant = {
  // Bandar Lampung (1871), born 12 March 1998, male.
  nik: '1871011203980001',
  birthDate: '1998-03-12',
  education: [{ level: 'S1', major: 'Teknik  Informatika ', ipk: 3.42 }],
  disability: { status: false },
};
const formation: FormationRequirements = {
  track: 'umum',
  educationRequirements: [{ level: 'S1', majors: ['Teknik Informatika', 'Sistem Informasi'] }],
  maxAge: 35,
  requiredDocuments: [
    { type: 'ijazah', label: 'Ijazah' },
    { type: 'ktp', label: 'KTP' },
  ],
};
const round = { referenceDate: '2026-08-01' };
const city = { level: 'kota' as const, bpsCode: '1871' };
const allDocs = new Set(['ijazah', 'ktp']);

const paths = (errors: { path: string }[]) => errors.map((e) => e.path);

describe('ageOn', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(ageOn('1990-08-01', '2026-08-01')).toBe(36);
    expect(ageOn('1990-08-02', '2026-08-01')).toBe(35);
    expect(ageOn('1990-07-31', '2026-08-01')).toBe(36);
  });
  it('counts a 29 February birthday as reached on 28 February in a common year (the personnel rule)', () => {
    expect(ageOn('2000-02-29', '2026-02-27')).toBe(25);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(26);
  });
});

describe('unmetRequirements', () => {
  it('is empty when everything is met', () => {
    expect(unmetRequirements(applicant, formation, round, city, allDocs)).toEqual([]);
  });

  it('matches majors without case or extra spaces, and any major when the list is empty', () => {
    expect(matchingEducation(applicant.education, formation.educationRequirements)).toHaveLength(1);
    expect(matchingEducation([{ level: 'S1', major: 'Hukum' }], [{ level: 'S1', majors: [] }])).toHaveLength(
      1,
    );
    expect(
      matchingEducation([{ level: 'D3', major: 'Teknik Informatika' }], formation.educationRequirements),
    ).toEqual([]);
  });

  it('names the education when neither level nor major fits', () => {
    const errors = unmetRequirements(
      { ...applicant, education: [{ level: 'S1', major: 'Hukum', ipk: 3.9 }] },
      formation,
      round,
      city,
      allDocs,
    );
    expect(paths(errors)).toEqual(['education']);
    expect(errors[0]!.message).toContain('S1 (Teknik Informatika, Sistem Informasi)');
  });

  it('allows the maximum age up to the day before the next birthday', () => {
    const at35 = { ...applicant, birthDate: '1991-08-02' }; // 34 on 2026-08-01... one day short of 35
    expect(ageOn(at35.birthDate, round.referenceDate)).toBe(34);
    const turns36 = { ...applicant, birthDate: '1990-08-02' }; // 35 on the reference date
    expect(unmetRequirements(turns36, formation, round, city, allDocs)).toEqual([]);
    const is36 = { ...applicant, birthDate: '1990-08-01' }; // 36 on the reference date itself
    const errors = unmetRequirements(is36, formation, round, city, allDocs);
    expect(paths(errors)).toEqual(['maxAge']);
    expect(errors[0]!.message).toContain('36');
  });

  it('takes the best IPK among matching educations, and refuses a missing one', () => {
    const withMin = { ...formation, minIpk: 3.5 };
    expect(paths(unmetRequirements(applicant, withMin, round, city, allDocs))).toEqual(['minIpk']);
    const two = {
      ...applicant,
      education: [...applicant.education, { level: 'S1', major: 'Sistem Informasi', ipk: 3.5 }],
    };
    expect(unmetRequirements(two, withMin, round, city, allDocs)).toEqual([]);
    const none = { ...applicant, education: [{ level: 'S1', major: 'Sistem Informasi' }] };
    const errors = unmetRequirements(none, withMin, round, city, allDocs);
    expect(paths(errors)).toEqual(['minIpk']);
    expect(errors[0]!.message).toContain('has none');
  });

  it('applies the cumlaude threshold when the formasi names none', () => {
    const cum = { ...formation, track: 'cumlaude' as const };
    expect(CUMLAUDE_MIN_IPK).toBe(3.51);
    const at350 = { ...applicant, education: [{ level: 'S1', major: 'Teknik Informatika', ipk: 3.5 }] };
    expect(paths(unmetRequirements(at350, cum, round, city, allDocs))).toEqual(['minIpk']);
    const at351 = { ...applicant, education: [{ level: 'S1', major: 'Teknik Informatika', ipk: 3.51 }] };
    expect(unmetRequirements(at351, cum, round, city, allDocs)).toEqual([]);
  });

  it('needs a disability status for the disabilitas track', () => {
    const dis = { ...formation, track: 'disabilitas' as const };
    expect(paths(unmetRequirements(applicant, dis, round, city, allDocs))).toEqual(['track']);
    expect(
      unmetRequirements({ ...applicant, disability: { status: true } }, dis, round, city, allDocs),
    ).toEqual([]);
    expect(paths(unmetRequirements({ ...applicant, disability: null }, dis, round, city, allDocs))).toEqual([
      'track',
    ]);
  });

  it('compares the NIK region with the tenant: 4 digits for a city, 2 for a province', () => {
    const ppd = { ...formation, track: 'putra-putri-daerah' as const };
    expect(unmetRequirements(applicant, ppd, round, city, allDocs)).toEqual([]);
    expect(
      paths(unmetRequirements(applicant, ppd, round, { level: 'kota', bpsCode: '1671' }, allDocs)),
    ).toEqual(['track']);
    // Metro (1872) is in Lampung: fine for the province, not for Bandar Lampung.
    const metro = { ...applicant, nik: '1872011203980001' };
    expect(unmetRequirements(metro, ppd, round, { level: 'provinsi', bpsCode: '18' }, allDocs)).toEqual([]);
    expect(paths(unmetRequirements(metro, ppd, round, city, allDocs))).toEqual(['track']);
  });

  it('names every required document not yet accepted, by its label', () => {
    const errors = unmetRequirements(applicant, formation, round, city, new Set(['ktp']));
    expect(errors).toEqual([{ path: 'documents.ijazah', message: 'Ijazah is not uploaded yet' }]);
  });

  it('lists several unmet requirements at once', () => {
    const errors = unmetRequirements(
      { ...applicant, birthDate: '1980-01-01', education: [] },
      { ...formation, track: 'disabilitas' },
      round,
      city,
      new Set(),
    );
    expect(paths(errors)).toEqual(['education', 'maxAge', 'track', 'documents.ijazah', 'documents.ktp']);
  });
});
