import { describe, expect, it } from 'vitest';
import {
  addFormationSchema,
  createRecruitmentRoundSchema,
  recruitmentRoundSettingsSchema,
  registerApplicantSchema,
  submitObjectionSchema,
  updateRecruitmentRoundSchema,
  verifyApplicationSchema,
} from '../schemas/recruitment';

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('round settings schema', () => {
  it('fills in every ASN-RULES §7 default', () => {
    expect(recruitmentRoundSettingsSchema.parse({})).toEqual({
      skdSubtests: {
        twk: { questions: 30, maxScore: 150 },
        tiu: { questions: 35, maxScore: 175 },
        tkp: { questions: 45, maxScore: 225 },
      },
      passingGrades: {
        umum: { twk: 65, tiu: 80, tkp: 166 },
        cumlaude: { twk: 65, tiu: 80, tkp: 166 },
        disabilitas: { twk: 65, tiu: 80, tkp: 166 },
        'putra-putri-daerah': { twk: 65, tiu: 80, tkp: 166 },
      },
      skdWeight: 40,
      skbWeight: 60,
      skbComponents: { cat: 50, interview: 30, other: 20 },
      skbComponentCaps: { cat: 50, interview: 30, other: 20 },
      skbMultiplier: 3,
      objectionDays: 3,
      objectionDecisionDays: 7,
    });
  });
  it('gives each parse its own default objects', () => {
    const a = recruitmentRoundSettingsSchema.parse({});
    a.passingGrades.umum.twk = 1;
    expect(recruitmentRoundSettingsSchema.parse({}).passingGrades.umum.twk).toBe(65);
  });
  it('checks the weights, the SKB caps and grades against the maxima', () => {
    expect(issues(recruitmentRoundSettingsSchema.safeParse({ skdWeight: 50 }))).toEqual([
      'skbWeight: skdWeight and skbWeight must add up to 100',
    ]);
    expect(
      issues(
        recruitmentRoundSettingsSchema.safeParse({ skbComponents: { cat: 60, interview: 20, other: 20 } }),
      ),
    ).toEqual(['skbComponents.cat: must be at most 50%']);
    expect(
      issues(
        recruitmentRoundSettingsSchema.safeParse({ skbComponents: { cat: 50, interview: 30, other: 10 } }),
      ),
    ).toEqual(['skbComponents: must add up to 100, not 90']);
    expect(
      recruitmentRoundSettingsSchema.safeParse({
        skbComponentCaps: { cat: 100, interview: 30, other: 20 },
        skbComponents: { cat: 70, interview: 30, other: 0 },
      }).success,
    ).toBe(true);
    const grades = {
      umum: { twk: 151 },
      cumlaude: { total: 551 },
      disabilitas: {},
      'putra-putri-daerah': {},
    };
    expect(issues(recruitmentRoundSettingsSchema.safeParse({ passingGrades: grades }))).toEqual([
      'passingGrades.umum.twk: must be at most 150',
      'passingGrades.cumlaude.total: must be at most 550',
    ]);
  });
});

describe('createRecruitmentRoundSchema', () => {
  const round = {
    name: 'Seleksi CPNS 2025',
    kind: 'CPNS',
    year: 2025,
    registrationOpensAt: '2025-08-01T08:00',
    registrationClosesAt: '2025-08-15T23:59',
    referenceDate: '2025-08-01',
  };
  it('takes the issue fields with defaults', () => {
    const r = createRecruitmentRoundSchema.parse(round);
    expect(r).toMatchObject({ objectionDays: 3, objectionDecisionDays: 7, skbMultiplier: 3, schedule: {} });
  });
  it('reports schedule order at the phase', () => {
    expect(
      issues(createRecruitmentRoundSchema.safeParse({ ...round, registrationClosesAt: '2025-07-31T08:00' })),
    ).toEqual(['registrationClosesAt: must be after registrationOpensAt (2025-08-01T08:00)']);
    expect(
      issues(
        createRecruitmentRoundSchema.safeParse({
          ...round,
          schedule: { administrationAnnouncementAt: '2025-08-20T10:00', skdStartsAt: '2025-08-25T07:00' },
        }),
      ),
    ).toEqual([
      'schedule.skdStartsAt: must be after 2025-08-30, when the objections to administrationAnnouncementAt (3 days) and their decisions (7 days) are over',
    ]);
    expect(
      issues(createRecruitmentRoundSchema.safeParse({ ...round, registrationOpensAt: '2025-08-01 08:00' })),
    ).toEqual(['registrationOpensAt: must be YYYY-MM-DDTHH:mm']);
  });
  it('refuses unknown fields and lets an update leave the rest alone', () => {
    expect(createRecruitmentRoundSchema.safeParse({ ...round, extra: 1 }).success).toBe(false);
    expect(updateRecruitmentRoundSchema.parse({ objectionDays: 5, version: 2 })).toEqual({
      objectionDays: 5,
      version: 2,
    });
  });
});

describe('registerApplicantSchema', () => {
  const input = {
    nik: '1871017112950002',
    kkNumber: '1871010203040005',
    name: 'Siti Aminah',
    birthPlace: 'Bandar Lampung',
    birthDate: '1995-12-31',
    gender: 'P',
    email: 'siti@example.com',
    phone: '081234567890',
    password: 'a long enough password',
  };
  it('accepts data that agree with the NIK', () => {
    expect(registerApplicantSchema.safeParse(input).success).toBe(true);
  });
  it('reports NIK and KK problems at nik and kkNumber', () => {
    expect(issues(registerApplicantSchema.safeParse({ ...input, gender: 'L', kkNumber: '123' }))).toEqual([
      'nik: digits 7-8 (day of birth) are 71, which marks a woman (day + 40), but gender is L',
      'kkNumber: must be 16 digits (it has 3 characters)',
    ]);
  });
});

describe('screening, objection and formasi inputs', () => {
  it('needs a reason for TMS', () => {
    expect(issues(verifyApplicationSchema.safeParse({ result: 'TMS' }))).toEqual([
      'reasons: a TMS result needs at least one reason',
    ]);
    expect(verifyApplicationSchema.parse({ result: 'MS' })).toEqual({ result: 'MS', reasons: [] });
  });
  it('refuses documents with an objection', () => {
    const ok = { note: 'The diploma matches.', disputed: ['ijazah'] };
    expect(submitObjectionSchema.parse(ok)).toEqual({ ...ok, stage: 'ADMINISTRATION' });
    expect(submitObjectionSchema.safeParse({ ...ok, documents: ['x'] }).success).toBe(false);
  });
  it('takes a formasi with its track and documents, once per type', () => {
    const formation = {
      positionId: '01J00000000000000000000002',
      unitId: '01J00000000000000000000003',
      openings: 2,
      track: 'cumlaude',
      educationRequirements: [{ level: 'S1', majors: ['Teknik Informatika'] }],
      minIpk: 3.25,
      maxAge: 35,
      requiredDocuments: [
        { type: 'ijazah', label: 'Ijazah', formats: ['pdf'], maxKb: 500 },
        { type: 'ijazah', label: 'Transkrip', formats: ['pdf'], maxKb: 500 },
      ],
    };
    expect(issues(addFormationSchema.safeParse(formation))).toEqual([
      'requiredDocuments.1.type: is listed twice',
    ]);
    expect(
      addFormationSchema.safeParse({ ...formation, requiredDocuments: [formation.requiredDocuments[0]] })
        .success,
    ).toBe(true);
    expect(addFormationSchema.safeParse({ ...formation, track: 'khusus' }).success).toBe(false);
  });
});
