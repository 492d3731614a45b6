import * as z from 'zod';
import { DOCUMENT_CONTENT_TYPES } from '../documents';
import { idSchema } from '../ids';
import { educationLevelSchema, gradeSchema, rankSchema } from '../personnel/vocabulary';
import { APPLICATION_STATUSES } from '../recruitment/lifecycle';
import { checkKkNumber, checkNik } from '../recruitment/nik';
import { REGISTRATION_STATUSES } from '../recruitment/publication';
import { isRoundCode } from '../recruitment/registration-number';
import {
  ANNOUNCEMENT_STAGES,
  checkSchedule,
  DEFAULT_PASSING_GRADES,
  DEFAULT_ROUND_SETTINGS,
  DEFAULT_SKB_COMPONENT_CAPS,
  DEFAULT_SKB_COMPONENTS,
  DEFAULT_SKD_SUBTESTS,
  OBJECTION_STAGES,
  RECRUITMENT_TRACKS,
  ROUND_KINDS,
  SKB_COMPONENTS,
  SKD_SUBTESTS,
} from '../recruitment/round';
import { cursorQuerySchema, isoDateSchema, nameSchema, versionSchema } from './common';
import { createImportSchema, importFormatSchema, importJobSchema, uploadTargetSchema } from './imports';
import { passwordSchema } from './tenant';

/**
 * E-recruitment (issue 12): the inputs and per-round settings, one set of schemas for validation,
 * OpenAPI and the web client. Every default is ASN-RULES §7's value (see recruitment/round.ts for
 * the sources); field names of the round and formasi inputs are fixed by issue 12 §4.
 */

export const roundKindSchema = z.enum(ROUND_KINDS);
export const recruitmentTrackSchema = z.enum(RECRUITMENT_TRACKS);
export const announcementStageSchema = z.enum(ANNOUNCEMENT_STAGES);
export const objectionStageSchema = z.enum(OBJECTION_STAGES);
export const genderSchema = z.enum(['L', 'P']);
const dateSchema = z.iso.date('must be a date YYYY-MM-DD');
/** A wall-clock time in the tenant's time zone, without an offset: `YYYY-MM-DDTHH:mm`. */
export const localDateTimeSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/, 'must be YYYY-MM-DDTHH:mm');
export const roundCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isRoundCode, 'must be 2-10 digits or letters other than I, L, O and U');

// ---- round settings ----

/** A fresh deep copy of a default, so no parse result shares (and can change) another's objects. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const scoreSchema = z.int().min(0).max(1000);
const percentSchema = z.int().min(0).max(100);

const skdSubtestSpecSchema = z.strictObject({
  questions: z.int().min(1).max(200),
  maxScore: z.int().min(1).max(1000),
});
export const skdSubtestsSchema = z
  .strictObject({ twk: skdSubtestSpecSchema, tiu: skdSubtestSpecSchema, tkp: skdSubtestSpecSchema })
  .default(() => copy(DEFAULT_SKD_SUBTESTS));

export const passingGradeSchema = z.strictObject({
  twk: scoreSchema.optional(),
  tiu: scoreSchema.optional(),
  tkp: scoreSchema.optional(),
  total: scoreSchema.optional(),
});
/** Per track (KepmenPANRB 321/2024 for the general track; special tracks per round). */
export const passingGradesSchema = z
  .strictObject({
    umum: passingGradeSchema,
    cumlaude: passingGradeSchema,
    disabilitas: passingGradeSchema,
    'putra-putri-daerah': passingGradeSchema,
  })
  .default(() => copy(DEFAULT_PASSING_GRADES));

const skbWeightsSchema = z.strictObject({
  cat: percentSchema,
  interview: percentSchema,
  other: percentSchema,
});

const settingsFields = {
  skdSubtests: skdSubtestsSchema,
  passingGrades: passingGradesSchema,
  skdWeight: percentSchema.default(DEFAULT_ROUND_SETTINGS.skdWeight),
  skbWeight: percentSchema.default(DEFAULT_ROUND_SETTINGS.skbWeight),
  skbComponents: skbWeightsSchema.default(() => ({ ...DEFAULT_SKB_COMPONENTS })),
  skbComponentCaps: skbWeightsSchema.default(() => ({ ...DEFAULT_SKB_COMPONENT_CAPS })),
  skbMultiplier: z.int().min(1).max(10).default(DEFAULT_ROUND_SETTINGS.skbMultiplier),
  objectionDays: z.int().min(1).max(30).default(DEFAULT_ROUND_SETTINGS.objectionDays),
  objectionDecisionDays: z
    .number()
    .int()
    .min(1)
    .max(60)
    .default(DEFAULT_ROUND_SETTINGS.objectionDecisionDays),
};

interface SettingsShape {
  skdSubtests?: Record<'twk' | 'tiu' | 'tkp', { maxScore: number }>;
  passingGrades?: Record<string, Partial<Record<'twk' | 'tiu' | 'tkp' | 'total', number>>>;
  skdWeight?: number;
  skbWeight?: number;
  skbComponents?: Record<'cat' | 'interview' | 'other', number>;
  skbComponentCaps?: Record<'cat' | 'interview' | 'other', number>;
}

/** Cross-field rules of the settings; on an update only the fields given are checked together. */
function settingsRules(v: SettingsShape, ctx: z.RefinementCtx): void {
  if (v.skdWeight !== undefined && v.skbWeight !== undefined && v.skdWeight + v.skbWeight !== 100)
    ctx.addIssue({
      code: 'custom',
      path: ['skbWeight'],
      message: 'skdWeight and skbWeight must add up to 100',
    });
  if (v.skbComponents) {
    const sum = SKB_COMPONENTS.reduce((s, c) => s + v.skbComponents![c], 0);
    if (sum !== 100)
      ctx.addIssue({ code: 'custom', path: ['skbComponents'], message: `must add up to 100, not ${sum}` });
    const caps = v.skbComponentCaps ?? DEFAULT_SKB_COMPONENT_CAPS;
    for (const c of SKB_COMPONENTS)
      if (v.skbComponents[c] > caps[c])
        ctx.addIssue({ code: 'custom', path: ['skbComponents', c], message: `must be at most ${caps[c]}%` });
  }
  if (v.passingGrades) {
    const subtests = v.skdSubtests ?? DEFAULT_SKD_SUBTESTS;
    const total = SKD_SUBTESTS.reduce((s, t) => s + subtests[t].maxScore, 0);
    for (const [track, grade] of Object.entries(v.passingGrades)) {
      for (const t of SKD_SUBTESTS)
        if ((grade[t] ?? 0) > subtests[t].maxScore)
          ctx.addIssue({
            code: 'custom',
            path: ['passingGrades', track, t],
            message: `must be at most ${subtests[t].maxScore}`,
          });
      if ((grade.total ?? 0) > total)
        ctx.addIssue({
          code: 'custom',
          path: ['passingGrades', track, 'total'],
          message: `must be at most ${total}`,
        });
    }
  }
}

/** The per-round settings alone, every field defaulted (`parse({})` gives the §7 defaults). */
export const recruitmentRoundSettingsSchema = z.strictObject(settingsFields).superRefine(settingsRules);
export type RecruitmentRoundSettings = z.infer<typeof recruitmentRoundSettingsSchema>;

// ---- rounds ----

/** Planned phases after registration, all optional (recruitment/round.ts SCHEDULE_PHASES). */
export const roundScheduleSchema = z.strictObject({
  administrationAnnouncementAt: localDateTimeSchema.optional(),
  skdStartsAt: localDateTimeSchema.optional(),
  skdEndsAt: localDateTimeSchema.optional(),
  skdAnnouncementAt: localDateTimeSchema.optional(),
  skbStartsAt: localDateTimeSchema.optional(),
  skbEndsAt: localDateTimeSchema.optional(),
  skbAnnouncementAt: localDateTimeSchema.optional(),
  finalAnnouncementAt: localDateTimeSchema.optional(),
});

const TOP_LEVEL_PHASES = new Set(['registrationOpensAt', 'registrationClosesAt']);

export const createRecruitmentRoundSchema = z
  .strictObject({
    name: nameSchema(),
    kind: roundKindSchema,
    year: z.int().min(2000).max(2999),
    /** Prefix of the registration numbers; derived from kind and year when absent. */
    code: roundCodeSchema.optional(),
    registrationOpensAt: localDateTimeSchema,
    registrationClosesAt: localDateTimeSchema,
    /** The date on which the maximum age is measured. */
    referenceDate: dateSchema,
    schedule: roundScheduleSchema.default(() => ({})),
    ...settingsFields,
  })
  .superRefine((v, ctx) => {
    settingsRules(v, ctx);
    for (const e of checkSchedule({ ...v.schedule, ...v }, v, ''))
      ctx.addIssue({
        code: 'custom',
        path: TOP_LEVEL_PHASES.has(e.path) ? [e.path] : ['schedule', e.path],
        message: e.message,
      });
  });
export type CreateRecruitmentRoundInput = z.infer<typeof createRecruitmentRoundSchema>;

/**
 * A change to a round: the fields given, with `version`. Schedule order and settings that depend on
 * each other are checked again by the service on the merged round (checkSchedule, settingsRules).
 */
export const updateRecruitmentRoundSchema = z
  .strictObject({
    name: nameSchema().optional(),
    code: roundCodeSchema.optional(),
    registrationOpensAt: localDateTimeSchema.optional(),
    registrationClosesAt: localDateTimeSchema.optional(),
    referenceDate: dateSchema.optional(),
    schedule: roundScheduleSchema.optional(),
    skdSubtests: skdSubtestsSchema.unwrap().optional(),
    passingGrades: passingGradesSchema.unwrap().optional(),
    skdWeight: percentSchema.optional(),
    skbWeight: percentSchema.optional(),
    skbComponents: skbWeightsSchema.optional(),
    skbComponentCaps: skbWeightsSchema.optional(),
    skbMultiplier: z.int().min(1).max(10).optional(),
    objectionDays: z.int().min(1).max(30).optional(),
    objectionDecisionDays: z.int().min(1).max(60).optional(),
    version: versionSchema,
  })
  .superRefine(settingsRules);
export type UpdateRecruitmentRoundInput = z.infer<typeof updateRecruitmentRoundSchema>;

// ---- formasi ----

export const DOCUMENT_FORMATS = ['pdf', 'jpeg', 'png'] as const;

export const requiredDocumentSchema = z.strictObject({
  type: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'must be 2-40 lowercase letters, digits or dashes'),
  label: nameSchema(120),
  formats: z.array(z.enum(DOCUMENT_FORMATS)).min(1).max(3),
  maxKb: z.int().min(1).max(10_240),
});

const formationFields = {
  positionId: idSchema,
  unitId: idSchema,
  openings: z.int().min(1).max(10_000),
  track: recruitmentTrackSchema,
  educationRequirements: z
    .array(z.strictObject({ level: educationLevelSchema, majors: z.array(nameSchema(120)).max(50) }))
    .min(1)
    .max(20),
  minIpk: z.number().min(0).max(4).multipleOf(0.01).optional(),
  maxAge: z.int().min(18).max(65).optional(),
  requiredDocuments: z.array(requiredDocumentSchema).max(20),
};

const uniqueDocumentTypes = (docs: { type: string }[] | undefined, ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  docs?.forEach((d, i) => {
    if (seen.has(d.type))
      ctx.addIssue({ code: 'custom', path: ['requiredDocuments', i, 'type'], message: 'is listed twice' });
    seen.add(d.type);
  });
};

export const addFormationSchema = z
  .strictObject(formationFields)
  .superRefine((v, ctx) => uniqueDocumentTypes(v.requiredDocuments, ctx));
export type AddFormationInput = z.infer<typeof addFormationSchema>;
export const updateFormationSchema = z
  .strictObject({ ...z.strictObject(formationFields).partial().shape, version: versionSchema })
  .superRefine((v, ctx) => uniqueDocumentTypes(v.requiredDocuments, ctx));
export type UpdateFormationInput = z.infer<typeof updateFormationSchema>;

// ---- what rounds and formasi look like (outputs) ----

export const registrationStatusSchema = z.enum(REGISTRATION_STATUSES);
const passingGradesOutSchema = z.record(z.string(), passingGradeSchema);

/** A round as staff see it. Times are local (`YYYY-MM-DDTHH:mm`) in `timeZone`, the tenant's. */
export const recruitmentRoundSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: roundKindSchema,
  year: z.int(),
  code: z.string(),
  registrationOpensAt: z.string(),
  registrationClosesAt: z.string(),
  referenceDate: z.string(),
  schedule: roundScheduleSchema,
  timeZone: z.string(),
  skdSubtests: z.object({ twk: skdSubtestSpecSchema, tiu: skdSubtestSpecSchema, tkp: skdSubtestSpecSchema }),
  passingGrades: passingGradesOutSchema,
  skdWeight: z.number(),
  skbWeight: z.number(),
  skbComponents: skbWeightsSchema,
  skbComponentCaps: skbWeightsSchema,
  skbMultiplier: z.int(),
  objectionDays: z.int(),
  objectionDecisionDays: z.int(),
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  /** From the registration times and the clock. */
  registrationStatus: registrationStatusSchema,
  /** Counted in the transaction that adds or changes a formasi. */
  formationCount: z.int(),
  openings: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: versionSchema,
});
export type RecruitmentRound = z.infer<typeof recruitmentRoundSchema>;

export const requiredDocumentOutSchema = z.object({
  type: z.string(),
  label: z.string(),
  formats: z.array(z.enum(DOCUMENT_FORMATS)),
  maxKb: z.int(),
});
const educationRequirementOutSchema = z.object({ level: educationLevelSchema, majors: z.array(z.string()) });

/** A formasi as staff see it; position, unit and agency names are as when it was last written. */
export const recruitmentFormationSchema = z.object({
  id: idSchema,
  roundId: idSchema,
  agencyId: idSchema,
  agencyName: z.string(),
  positionId: idSchema,
  positionName: z.string(),
  unitId: idSchema,
  unitName: z.string(),
  openings: z.int(),
  track: recruitmentTrackSchema,
  educationRequirements: z.array(educationRequirementOutSchema),
  minIpk: z.number().optional(),
  maxAge: z.int().optional(),
  requiredDocuments: z.array(requiredDocumentOutSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: versionSchema,
});
export type RecruitmentFormation = z.infer<typeof recruitmentFormationSchema>;

/** getRecruitmentRound: the round with its formasi (an agency admin's own agency's only). */
export const recruitmentRoundDetailSchema = recruitmentRoundSchema.extend({
  formations: z.array(recruitmentFormationSchema),
});

export const listRecruitmentRoundsQuerySchema = cursorQuerySchema;

/** publishRecruitmentRound: the version read, so a publication never follows an unseen change. */
export const publishRecruitmentRoundSchema = z.strictObject({ version: versionSchema });

/** The careers page's view of a published round: no staff fields, nothing personal. */
export const publicRecruitmentRoundSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: roundKindSchema,
  year: z.int(),
  registrationOpensAt: z.string(),
  registrationClosesAt: z.string(),
  timeZone: z.string(),
  status: registrationStatusSchema,
  formationCount: z.int(),
  openings: z.int(),
});

export const publicRecruitmentFormationSchema = z.object({
  id: idSchema,
  agencyName: z.string(),
  positionName: z.string(),
  unitName: z.string(),
  openings: z.int(),
  track: recruitmentTrackSchema,
  educationRequirements: z.array(educationRequirementOutSchema),
  minIpk: z.number().optional(),
  maxAge: z.int().optional(),
  requiredDocuments: z.array(requiredDocumentOutSchema),
});

export const publicRecruitmentRoundDetailSchema = publicRecruitmentRoundSchema.extend({
  referenceDate: z.string(),
  schedule: roundScheduleSchema,
  passingGrades: passingGradesOutSchema,
  skdWeight: z.number(),
  skbWeight: z.number(),
  objectionDays: z.int(),
  formations: z.array(publicRecruitmentFormationSchema),
});

// ---- applicants ----

export const nikSchema = z
  .string()
  .trim()
  .regex(/^\d{16}$/, 'must be 16 digits');
const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9]{8,15}$/, 'must be 8-15 digits, optionally starting with +');

/** registerApplicant: the data exactly as on the KTP (issue 12 §2); every NIK rule at path `nik`. */
export const registerApplicantSchema = z
  .strictObject({
    nik: z.string().trim(),
    kkNumber: z.string().trim(),
    name: nameSchema(),
    birthPlace: nameSchema(100),
    birthDate: dateSchema,
    gender: genderSchema,
    email: z.email().max(254),
    phone: phoneSchema,
    password: passwordSchema,
  })
  .superRefine((v, ctx) => {
    for (const e of [
      ...checkNik(v.nik, { birthDate: v.birthDate, gender: v.gender }),
      ...checkKkNumber(v.kkNumber),
    ])
      ctx.addIssue({ code: 'custom', path: [e.path], message: e.message });
  });
export type RegisterApplicantInput = z.infer<typeof registerApplicantSchema>;

export const applicantEducationSchema = z.strictObject({
  level: educationLevelSchema,
  major: nameSchema(120),
  institution: nameSchema(200),
  ipk: z.number().min(0).max(4).multipleOf(0.01).optional(),
  graduationDate: dateSchema,
});

export const updateApplicantProfileSchema = z.strictObject({
  /** As on the diploma, with degrees. */
  diplomaName: nameSchema().optional(),
  education: z.array(applicantEducationSchema).max(10).optional(),
  address: nameSchema(500).optional(),
  disability: z.strictObject({ status: z.boolean(), note: z.string().trim().max(500).optional() }).optional(),
  version: versionSchema,
});

export const createApplicationSchema = z.strictObject({ roundId: idSchema, formationId: idSchema });

/** registerApplicant's answer: the code went to the email address (masked here). */
export const registeredApplicantSchema = z.object({
  applicantId: z.string(),
  email: z.string(),
  /** Where the code went: `email` (Cognito in AWS) or the local outbox (`local-outbox`). */
  delivery: z.enum(['email', 'local-outbox']),
});

/** verifyApplicantEmail: the NIK the account was registered with and the code from the email. */
export const verifyApplicantEmailSchema = z.strictObject({
  nik: nikSchema,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'must be the 6 digits from the email'),
});
export const resendApplicantCodeSchema = z.strictObject({ nik: nikSchema });

const educationOutSchema = z.object({
  level: educationLevelSchema,
  major: z.string(),
  institution: z.string(),
  ipk: z.number().optional(),
  graduationDate: z.string(),
});

/** The applicant's own profile: the KTP data fixed at registration, and what they complete later. */
export const applicantProfileSchema = z.object({
  id: z.string(),
  nik: z.string(),
  kkNumber: z.string(),
  name: z.string(),
  birthPlace: z.string(),
  birthDate: z.string(),
  gender: genderSchema,
  email: z.string(),
  phone: z.string(),
  emailVerified: z.boolean(),
  diplomaName: z.string().nullable(),
  education: z.array(educationOutSchema),
  address: z.string().nullable(),
  disability: z.object({ status: z.boolean(), note: z.string().optional() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: versionSchema,
});
export type ApplicantProfile = z.infer<typeof applicantProfileSchema>;

export const applicationStatusSchema = z.enum(APPLICATION_STATUSES);

/** requestApplicationUpload: one file for one of the formasi's required documents. */
export const requestApplicationUploadSchema = z.strictObject({
  type: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'must be a document type of the formasi'),
  // The name is only shown (escaped) and put in a Content-Disposition with anything unusual replaced.
  name: z.string().trim().min(1).max(200),
  contentType: z.enum(DOCUMENT_CONTENT_TYPES),
  size: z.int().min(1),
});
export type RequestApplicationUploadInput = z.infer<typeof requestApplicationUploadSchema>;

export const applicationUploadSchema = z.object({
  /** Confirm it with `confirmApplicationDocument` once the PUT succeeded. */
  documentId: idSchema,
  type: z.string(),
  upload: z.object({
    url: z.string(),
    method: z.literal('PUT'),
    headers: z.record(z.string(), z.string()),
    expiresAt: z.string(),
  }),
});

/** A document the server checked and accepted for one required type. */
export const applicationDocumentSchema = z.object({
  type: z.string(),
  label: z.string(),
  documentId: z.string(),
  name: z.string(),
  /** The type the bytes turned out to be. */
  contentType: z.string(),
  size: z.int(),
  checkedAt: z.string(),
});

const screeningReasonOutSchema = z.object({
  requirement: z.string(),
  note: z.string(),
  applicantError: z.boolean().optional(),
});
const objectionOutSchema = z.object({
  stage: objectionStageSchema,
  filedAt: z.string(),
  note: z.string(),
  disputed: z.array(z.string()),
  decision: z.object({ accepted: z.boolean(), note: z.string(), decidedAt: z.string() }).nullable(),
});

/** An application as its applicant sees it. */
export const applicationSchema = z.object({
  id: z.string(),
  applicantId: z.string(),
  roundId: z.string(),
  roundName: z.string(),
  roundCode: z.string(),
  formationId: z.string(),
  positionName: z.string(),
  unitName: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  track: recruitmentTrackSchema,
  status: applicationStatusSchema,
  registrationNumber: z.string().nullable(),
  submittedAt: z.string().nullable(),
  requiredDocuments: z.array(requiredDocumentOutSchema),
  documents: z.array(applicationDocumentSchema),
  reasons: z.array(screeningReasonOutSchema),
  objections: z.array(objectionOutSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: versionSchema,
});
export type Application = z.infer<typeof applicationSchema>;

export const submitApplicationSchema = z.strictObject({ version: versionSchema });

/** verifyRegistrationProof: the signature printed in the proof's QR code. */
export const verifyRegistrationProofQuerySchema = z.object({
  sig: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,64}$/)
    .optional(),
});
/**
 * verifyRegistrationProof's answer for a genuine proof. A number with a typo is 400 at
 * `registrationNumber`; a signature that does not match, or a number nobody was given, is 404: a
 * proof that cannot be confirmed, without saying which (that would tell a forger what to change).
 */
export const registrationProofCheckSchema = z.object({
  genuine: z.literal(true),
  registrationNumber: z.string(),
  /** Masked: the proof's holder knows the full name. */
  name: z.string(),
  roundName: z.string(),
  positionName: z.string(),
  submittedAt: z.string(),
});

/** An application as staff see it: in lists the NIK is masked. */
export const staffApplicationSummarySchema = z.object({
  id: z.string(),
  roundId: z.string(),
  formationId: z.string(),
  positionName: z.string(),
  agencyId: z.string(),
  track: recruitmentTrackSchema,
  status: applicationStatusSchema,
  registrationNumber: z.string().nullable(),
  submittedAt: z.string().nullable(),
  applicantName: z.string(),
  nikMasked: z.string(),
  objectionPending: z.boolean(),
  /** For the next `verifyApplication`. */
  version: versionSchema,
});
export const listApplicationsQuerySchema = cursorQuerySchema.extend({
  formationId: idSchema.optional(),
  status: applicationStatusSchema.optional(),
});

/** getApplication (staff): the full record, its opening written to the access log. */
export const staffApplicationSchema = applicationSchema.extend({
  applicant: applicantProfileSchema.omit({ version: true }),
});

/**
 * The default of `registrationsPerHour`: registrations (and code requests) one source address may
 * make in an hour. A school or an internet café behind one address must still get through on the
 * first day, so it is generous; what it stops is a script making accounts by the thousand.
 */
export const DEFAULT_REGISTRATIONS_PER_HOUR = 30;

/** The tenant's recruitment settings (version 0: never saved, the defaults). */
export const recruitmentSettingsSchema = z.object({
  registrationsPerHour: z.int(),
  version: z.int().min(0),
  updatedAt: z.string().nullable(),
});
export type RecruitmentSettings = z.infer<typeof recruitmentSettingsSchema>;
export const updateRecruitmentSettingsSchema = z.strictObject({
  registrationsPerHour: z.int().min(1).max(100_000),
  version: z.int().min(0),
});

// ---- screening, objections, announcements ----

export const screeningReasonSchema = z.strictObject({
  requirement: nameSchema(80),
  note: nameSchema(1000),
  applicantError: z.boolean().optional(),
});

export const verifyApplicationSchema = z
  .strictObject({
    result: z.enum(['MS', 'TMS']),
    /** The version read: a decision made on what another verifier has changed since is 409. */
    version: versionSchema.optional(),
    reasons: z
      .array(screeningReasonSchema)
      .max(30)
      .default(() => []),
  })
  .superRefine((v, ctx) => {
    if (v.result === 'TMS' && v.reasons.length === 0)
      ctx.addIssue({ code: 'custom', path: ['reasons'], message: 'a TMS result needs at least one reason' });
    if (v.result === 'MS' && v.reasons.length > 0)
      ctx.addIssue({ code: 'custom', path: ['reasons'], message: 'an MS result has no reasons' });
  });

/** A sanggah. Strict: a `documents` field is refused, since no document can be replaced. */
export const submitObjectionSchema = z.strictObject({
  stage: objectionStageSchema.default('ADMINISTRATION'),
  note: nameSchema(2000),
  disputed: z.array(nameSchema(80)).min(1).max(30),
});

export const decideObjectionSchema = z.strictObject({
  stage: objectionStageSchema.default('ADMINISTRATION'),
  accepted: z.boolean(),
  note: nameSchema(2000),
});

export const publishAnnouncementSchema = z.strictObject({
  roundId: idSchema,
  stage: announcementStageSchema,
  note: z.string().trim().max(4000).default(''),
});

/** One row of an administration announcement's results (no NIK: the registration number identifies). */
export const announcementRowSchema = z.object({
  registrationNumber: z.string(),
  name: z.string(),
  formationId: z.string(),
  positionName: z.string(),
  unitName: z.string(),
  agencyName: z.string(),
  track: z.string(),
  status: z.enum(['MS', 'TMS']),
  /** For TMS: the requirements not met. */
  reasons: z.array(z.string()),
});

const skdScoresOutSchema = z.object({ twk: z.number(), tiu: z.number(), tkp: z.number() });
const skbScoresOutSchema = z.object({
  cat: z.number().optional(),
  interview: z.number().optional(),
  other: z.number().optional(),
});
const rankFactorSchema = z.enum(['final', 'skdTotal', 'tkp', 'tiu', 'twk', 'ipk', 'age', 'tie']);

/** One row of an SKD, SKB or FINAL announcement: the ranking's factors as they were published. */
export const examAnnouncementRowSchema = z.object({
  registrationNumber: z.string(),
  name: z.string(),
  formationId: z.string(),
  positionName: z.string(),
  unitName: z.string(),
  agencyName: z.string(),
  track: z.string(),
  skd: skdScoresOutSchema.nullable(),
  skdTotal: z.number().nullable(),
  skdPassed: z.boolean(),
  skdRank: z.int().nullable(),
  shortlisted: z.boolean(),
  skb: skbScoresOutSchema.nullable(),
  skdNormalised: z.number().nullable(),
  skbScore: z.number().nullable(),
  finalScore: z.number().nullable(),
  finalRank: z.int().nullable(),
  decidedBy: rankFactorSchema.nullable(),
  /** The stage's outcome: SKD, went on to the SKB; SKB and FINAL, ranked within the openings. */
  passed: z.boolean(),
});
export type ExamAnnouncementRow = z.infer<typeof examAnnouncementRowSchema>;

/** An announcement version as published: immutable, with its hash and the previous version's. */
export const announcementSchema = z.object({
  id: z.string(),
  roundId: z.string(),
  roundName: z.string(),
  stage: announcementStageSchema,
  version: z.int(),
  publishedAt: z.string(),
  note: z.string(),
  /** Administration rows (ADMINISTRATION*) or exam rows (SKD, SKB, FINAL). */
  results: z.array(z.union([announcementRowSchema, examAnnouncementRowSchema])),
  /** SHA-256 (hex) of the canonical JSON of `{ content, previousHash }` (recruitment/announcement.ts). */
  hash: z.string(),
  previousHash: z.string().nullable(),
  /** What was hashed, exactly as hashed: anyone can recompute `hash` from it. */
  content: z.record(z.string(), z.unknown()),
});
export const announcementSummarySchema = announcementSchema.omit({ results: true, content: true }).extend({
  rowCount: z.int(),
});

// ---- exam score import rows ----

export const registrationNumberSchema = z.string().trim().min(8).max(40);

export const skdScoreRowSchema = z.strictObject({
  registrationNumber: registrationNumberSchema,
  twk: z.int().min(0),
  tiu: z.int().min(0),
  tkp: z.int().min(0),
});

const skbComponentScoreSchema = z.number().min(0).max(100).multipleOf(0.01);
export const skbScoreRowSchema = z.strictObject({
  registrationNumber: registrationNumberSchema,
  cat: skbComponentScoreSchema.optional(),
  interview: skbComponentScoreSchema.optional(),
  other: skbComponentScoreSchema.optional(),
});

// ---- exam score import (importExamScores) ----

/** The exam whose scores a file holds: SKD (TWK, TIU, TKP) or SKB (its components). */
export const EXAM_SCORE_STAGES = ['SKD', 'SKB'] as const;
export const examScoreStageSchema = z.enum(EXAM_SCORE_STAGES);
export type ExamScoreStage = z.infer<typeof examScoreStageSchema>;

/**
 * importExamScores: creates a job and answers with where to PUT the file (as the employee import,
 * schemas/imports.ts); `startExamScoreImport` hands it to the worker and the page polls the job.
 */
export const createExamScoreImportSchema = createImportSchema.extend({ stage: examScoreStageSchema });
export type CreateExamScoreImportInput = z.infer<typeof createExamScoreImportSchema>;

/**
 * A score import job. The counts mean: `created` applications that had no score of this exam,
 * `updated` those whose score changed, `unchanged` the same score again, `invalid` rows refused
 * (an unknown or mistyped registration number, an application not MS, a score out of range), each
 * with its row in `errors`.
 */
export const examScoreImportJobSchema = importJobSchema.omit({ agencyId: true }).extend({
  roundId: idSchema,
  stage: examScoreStageSchema,
});
export type ExamScoreImportJob = z.infer<typeof examScoreImportJobSchema>;
export const createExamScoreImportResultSchema = z.object({
  job: examScoreImportJobSchema,
  upload: uploadTargetSchema,
});

// ---- ranking (computeRanking) ----

/** One applicant in a formasi's ranking, with every factor it was ranked by (core scoring.ts). */
export const rankingEntrySchema = z.object({
  applicationId: z.string(),
  registrationNumber: z.string(),
  name: z.string(),
  birthDate: z.string(),
  ipk: z.number().nullable(),
  skd: skdScoresOutSchema.nullable(),
  skdTotal: z.number().nullable(),
  skdPassed: z.boolean(),
  /** The subtests (or `total`) below the track's passing grade. */
  skdFailed: z.array(z.string()),
  skdRank: z.int().nullable(),
  /** The factor that put this entry below the one ranked just above it (`tie`: equal on all). */
  skdDecidedBy: rankFactorSchema.nullable(),
  shortlisted: z.boolean(),
  skb: skbScoresOutSchema.nullable(),
  skdNormalised: z.number().nullable(),
  skbScore: z.number().nullable(),
  finalScore: z.number().nullable(),
  finalRank: z.int().nullable(),
  finalDecidedBy: rankFactorSchema.nullable(),
  withinOpenings: z.boolean(),
  /** Set once the applicant is hired (hireApplicant). */
  hired: z.object({ employeeId: z.string(), nip: z.string(), hiredAt: z.string() }).nullable(),
});
export type RankingEntry = z.infer<typeof rankingEntrySchema>;

export const formationRankingSchema = z.object({
  formationId: z.string(),
  positionName: z.string(),
  unitName: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  track: recruitmentTrackSchema,
  openings: z.int(),
  passingGradeApplied: z.boolean(),
  /** skbMultiplier × openings. */
  shortlistLimit: z.int(),
  tieAtShortlistLine: z.boolean(),
  tieAtOpeningsLine: z.boolean(),
  entries: z.array(rankingEntrySchema),
});
export type FormationRankingOut = z.infer<typeof formationRankingSchema>;

/**
 * A round's ranking as last computed. `stale` is set when scores were imported after it (or a
 * computation stopped half-way): the exam announcements then wait for computeRanking again.
 */
export const roundRankingSchema = z.object({
  roundId: z.string(),
  computedAt: z.string().nullable(),
  scoresUpdatedAt: z.string().nullable(),
  stale: z.boolean(),
  formations: z.array(formationRankingSchema),
});
export type RoundRanking = z.infer<typeof roundRankingSchema>;

export const getRankingQuerySchema = z.object({ formationId: idSchema.optional() });

// ---- hiring (hireApplicant) ----

/**
 * hireApplicant: BKN's number for the new employee (an 18-digit NIP for a CPNS, an NI PPPK for a
 * PPPK), the TMT of the appointment, and the rank (CPNS) or grade (PPPK) of the formasi's position.
 * The rest comes from the application: the applicant's data as submitted, the formasi's position
 * and unit.
 */
export const hireApplicantSchema = z.strictObject({
  nip: z
    .string()
    .trim()
    .regex(/^\d{18}$/, 'must be 18 digits'),
  tmt: isoDateSchema,
  rank: rankSchema.optional(),
  grade: gradeSchema.optional(),
  version: versionSchema,
});
export type HireApplicantInput = z.infer<typeof hireApplicantSchema>;

/** hireApplicant's answer: the employee made in personnel, linked to the application. */
export const hireResultSchema = z.object({
  applicationId: z.string(),
  registrationNumber: z.string(),
  employeeId: z.string(),
  nip: z.string(),
  employmentType: z.enum(['CPNS', 'PPPK']),
  hiredAt: z.string(),
});

// ---- exam score import: template and list (getExamScoreTemplate, listExamScoreImports) ----

/** getExamScoreTemplate: the stage's columns, one row per MS application, as XLSX or CSV. */
export const examScoreTemplateQuerySchema = z.object({
  stage: examScoreStageSchema,
  format: importFormatSchema.default('xlsx'),
});
export const listExamScoreImportsQuerySchema = cursorQuerySchema;
