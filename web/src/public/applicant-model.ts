/**
 * The applicant pages' logic apart from their rendering, so tests/web drives it without a DOM:
 * the API's English field errors as the reader's texts, the registration and profile forms and
 * their bodies, the wizard's steps, and the documents' checks before an upload.
 */

import { type FieldError, PublicApiError } from './api';
import type {
  ApplicantProfile,
  Application,
  RegisterApplicantBody,
  RequiredDocument,
  UpdateProfileBody,
} from './applicant-api';
import type { ApplicantDictionary } from './applicant-i18n';

export type FieldErrors = Record<string, string>;

// ---------------------------------------------------------------- field errors

/** The NIK's (and the KK number's) messages, which name the part that is wrong (core/recruitment/nik.ts). */
function nikMessage(t: ApplicantDictionary, path: string, message: string): string | null {
  let m = /^must be 16 digits \(it has (\d+) characters?\)/.exec(message);
  if (m) return path === 'kkNumber' ? t.kkDigits(Number(m[1])) : t.nikDigits(Number(m[1]));
  if (/^must be 16 digits/.test(message)) return t.sixteenDigits;
  m = /^digits 1-2 \(province code\) are (\d+)/.exec(message);
  if (m) return t.provinceCode(m[1] ?? '');
  if (/^digits 3-4 \(regency\/city code\)/.test(message)) return t.regencyCode;
  if (/^digits 5-6 \(district code\)/.test(message)) return t.districtCode;
  m = /^digits 7-8 \(day of birth\) are (\d+), which marks a (woman|man)/.exec(message);
  if (m) return t.genderMismatch(m[1] ?? '', m[2] === 'woman');
  m = /^digits 7-8 \(day of birth\) are (\d+)/.exec(message);
  if (m) return t.dayCode(m[1] ?? '');
  m = /^digits 9-10 \(month of birth\) are (\d+)/.exec(message);
  if (m) return t.monthCode(m[1] ?? '');
  m = /^digits 7-12 \(date of birth\) (\d+) do not match birthDate \S+ \(expected (\d+)\)/.exec(message);
  if (m) return t.birthMismatch(m[1] ?? '', m[2] ?? '');
  m = /^digits 7-12 \(date of birth\) (\d+) are not a real date/.exec(message);
  if (m) return t.notADate(m[1] ?? '');
  if (/^digits 13-16 \(sequence\)/.test(message)) return t.sequenceCode;
  if (/already has an account/.test(message)) return t.nikTaken;
  const until = nikPendingUntil(message);
  if (until) return t.nikPending(until);
  return null;
}

/** zod's own English (`Too small: expected string to have >=1 characters`, …) as the reader's text. */
function genericMessage(t: ApplicantDictionary, message: string): string | null {
  if (/^Too small: expected string to have >=1 character/.test(message)) return t.fieldRequired;
  if (/^Invalid input: expected \w+, received undefined/.test(message)) return t.fieldRequired;
  const big = /^Too big: expected string to have <=(\d+) characters?/.exec(message);
  if (big) return t.fieldTooLong(Number(big[1]));
  return null;
}

/** The text shown under the field at `path` for one of the API's field errors. */
export function fieldMessage(t: ApplicantDictionary, error: FieldError): string {
  const { path, message } = error;
  const leaf = path.split('.').pop() ?? path;
  if (path === 'nik' || path === 'kkNumber') {
    const nik = nikMessage(t, path, message);
    if (nik) return nik;
  }
  const generic = genericMessage(t, message);
  if (generic) return generic;
  switch (leaf) {
    case 'email':
      return t.emailInvalid;
    case 'phone':
      return t.phoneInvalid;
    case 'password':
      return /at least/.test(message) ? t.passwordShort : t.fieldInvalid;
    case 'birthDate':
      return t.dateInvalid;
    case 'gender':
      return t.pickGender;
    case 'code':
      return /wrong|expired/.test(message) ? t.codeWrong : t.codeFormat;
    case 'graduationDate':
      return /future/.test(message) ? t.graduationFuture : t.dateInvalid;
    case 'ipk':
      return t.ipkInvalid;
    case 'level':
      return t.pickLevel;
  }
  return t.fieldInvalid;
}

/** The API's field errors by path, several at one path (a NIK wrong in two parts) in one text. */
export function fieldErrorsOf(t: ApplicantDictionary, errors: readonly FieldError[]): FieldErrors {
  const out: FieldErrors = {};
  for (const e of errors) {
    const text = fieldMessage(t, e);
    const before = out[e.path];
    if (before === undefined) out[e.path] = text;
    else if (!before.includes(text)) out[e.path] = `${before} ${text}`;
  }
  return out;
}

/** A sentence for an error that is not at a field (the network, the server, the rate limit). */
export function problemText(t: ApplicantDictionary, err: unknown): string {
  if (!(err instanceof PublicApiError)) return t.unknownError;
  if (err.status === 0) return t.network;
  if (err.status === 429)
    return err.retryAfter ? t.rateLimitedIn(Math.max(1, Math.ceil(err.retryAfter / 60))) : t.rateLimited;
  if (err.status === 401) return t.sessionEnded;
  if (err.kind === 'tenant-suspended') return t.suspended;
  if (err.kind === 'version-conflict') return t.versionConflict;
  if (err.status >= 500) return t.serverError;
  if (err.status === 400 && err.errors.length) return t.fixBelow;
  return t.unknownError;
}

/** The application id a 409 on createApplication names (`already applied … (application <id>)`). */
export function existingApplicationId(err: unknown): string | null {
  if (!(err instanceof PublicApiError) || err.status !== 409) return null;
  for (const e of err.errors) {
    const m = /\(application ([0-9A-Za-z]+)\)/.exec(e.message);
    if (e.path === 'roundId' && m) return m[1] ?? null;
  }
  return null;
}

/** A 409 at `nik` on registration: the NIK already has an account here. */
export const isNikTaken = (err: unknown): boolean =>
  err instanceof PublicApiError && err.status === 409 && err.errors.some((e) => e.path === 'nik');

/**
 * When the NIK's account, made but never verified, stops holding the NIK (the 409's message at
 * `nik`), or null for any other message.
 */
export function nikPendingUntil(message: string): Date | null {
  const m = /^is waiting for its email to be verified until (\S+)$/.exec(message);
  const until = m ? new Date(m[1] ?? '') : null;
  return until && !Number.isNaN(until.getTime()) ? until : null;
}

/** Which 409 at `nik` a registration got: an account, or one still waiting for its email. */
export function nikTakenKind(err: unknown): 'account' | 'pending' | null {
  if (!isNikTaken(err)) return null;
  const nik = (err as PublicApiError).errors.find((e) => e.path === 'nik');
  return nik && nikPendingUntil(nik.message) ? 'pending' : 'account';
}

/** A 403 on the login that is the unverified email (not a suspended tenant). */
export const isNotVerified = (err: unknown): boolean =>
  err instanceof PublicApiError &&
  err.status === 403 &&
  err.kind === 'forbidden' &&
  /verif/i.test(err.detail);

// ---------------------------------------------------------------- registration

export interface RegistrationValues {
  nik: string;
  kkNumber: string;
  name: string;
  birthPlace: string;
  birthDate: string;
  gender: '' | 'L' | 'P';
  email: string;
  phone: string;
  password: string;
  password2: string;
}

export const emptyRegistration = (): RegistrationValues => ({
  nik: '',
  kkNumber: '',
  name: '',
  birthPlace: '',
  birthDate: '',
  gender: '',
  email: '',
  phone: '',
  password: '',
  password2: '',
});

/** The fields in the order of the form (for the error summary). */
export const REGISTRATION_FIELDS = [
  'nik',
  'kkNumber',
  'name',
  'birthPlace',
  'birthDate',
  'gender',
  'email',
  'phone',
  'password',
  'password2',
] as const;

/** Digits only: a NIK copied with spaces or dots (`1871 0112 …`) is still the NIK. */
export const digitsOnly = (s: string) => s.replace(/[\s.-]/g, '');

/**
 * What the phone can tell before sending: a field left empty, the two passwords. The NIK's parts
 * are the server's to check (its messages name the part), so they are not repeated here.
 */
export function validateRegistration(v: RegistrationValues, t: ApplicantDictionary): FieldErrors {
  const errors: FieldErrors = {};
  for (const f of REGISTRATION_FIELDS)
    if (!String(v[f]).trim()) errors[f] = f === 'gender' ? t.pickGender : t.fieldRequired;
  if (v.password && v.password.length < 10) errors.password = t.passwordShort;
  if (v.password2 && v.password2 !== v.password) errors.password2 = t.passwordMismatch;
  return errors;
}

export function registrationBody(v: RegistrationValues): RegisterApplicantBody {
  return {
    nik: digitsOnly(v.nik),
    kkNumber: digitsOnly(v.kkNumber),
    name: v.name.trim(),
    birthPlace: v.birthPlace.trim(),
    birthDate: v.birthDate,
    gender: v.gender as 'L' | 'P',
    email: v.email.trim(),
    phone: v.phone.replace(/[\s-]/g, ''),
    password: v.password,
  };
}

// ---------------------------------------------------------------- the profile

export const EDUCATION_LEVELS = ['SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export interface EducationRow {
  level: '' | EducationLevel;
  major: string;
  institution: string;
  /** As typed: `3,45` or `3.45`. */
  ipk: string;
  graduationDate: string;
}

export interface ProfileValues {
  diplomaName: string;
  address: string;
  disability: '' | 'no' | 'yes';
  disabilityNote: string;
  education: EducationRow[];
}

export const emptyEducation = (): EducationRow => ({
  level: '',
  major: '',
  institution: '',
  ipk: '',
  graduationDate: '',
});

/** The form's values of a profile; an IPK is written with the reader's decimal mark (3,45 in Indonesian). */
export function profileValues(p: ApplicantProfile, decimalComma = true): ProfileValues {
  return {
    diplomaName: p.diplomaName ?? '',
    address: p.address ?? '',
    disability: p.disability ? (p.disability.status ? 'yes' : 'no') : '',
    disabilityNote: p.disability?.note ?? '',
    education: p.education.map((e) => ({
      level: e.level,
      major: e.major,
      institution: e.institution,
      ipk: e.ipk === undefined ? '' : decimalComma ? String(e.ipk).replace('.', ',') : String(e.ipk),
      graduationDate: e.graduationDate,
    })),
  };
}

/** An IPK as typed (`3,45`, `3.5`) as a number with at most two decimals from 0 to 4; null if not one. */
export function parseIpk(s: string): number | null {
  const v = s.trim().replace(',', '.');
  if (!/^\d(\.\d{1,2})?$/.test(v)) return null;
  const n = Number(v);
  return n >= 0 && n <= 4 ? n : null;
}

/** The PATCH body of the profile form, or the fields to fix first (at the API's paths). */
export function profileBody(
  v: ProfileValues,
  version: number,
  t: ApplicantDictionary,
): { body: UpdateProfileBody; errors: null } | { body: null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const education: NonNullable<UpdateProfileBody['education']> = [];
  v.education.forEach((e, i) => {
    const at = (f: string) => `education.${i}.${f}`;
    if (!e.level) errors[at('level')] = t.pickLevel;
    if (!e.major.trim()) errors[at('major')] = t.fieldRequired;
    if (!e.institution.trim()) errors[at('institution')] = t.fieldRequired;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.graduationDate)) errors[at('graduationDate')] = t.dateInvalid;
    const ipk = e.ipk.trim() ? parseIpk(e.ipk) : undefined;
    if (ipk === null) errors[at('ipk')] = t.ipkInvalid;
    if (e.level)
      education.push({
        level: e.level,
        major: e.major.trim(),
        institution: e.institution.trim(),
        ...(typeof ipk === 'number' ? { ipk } : {}),
        graduationDate: e.graduationDate,
      });
  });
  if (Object.keys(errors).length) return { body: null, errors };
  const body: UpdateProfileBody = { version, education };
  if (v.diplomaName.trim()) body.diplomaName = v.diplomaName.trim();
  if (v.address.trim()) body.address = v.address.trim();
  if (v.disability)
    body.disability = {
      status: v.disability === 'yes',
      ...(v.disability === 'yes' && v.disabilityNote.trim() ? { note: v.disabilityNote.trim() } : {}),
    };
  return { body, errors: null };
}

/** What the profile still lacks for an application: the fields at the API's names. */
export function profileGaps(p: ApplicantProfile): ('diplomaName' | 'education' | 'address' | 'disability')[] {
  const gaps: ('diplomaName' | 'education' | 'address' | 'disability')[] = [];
  if (!p.diplomaName) gaps.push('diplomaName');
  if (p.education.length === 0) gaps.push('education');
  if (!p.address) gaps.push('address');
  if (!p.disability) gaps.push('disability');
  return gaps;
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Whether an education of the profile meets one of the formasi's (its level, and one of its majors
 * when it names any). A hint for the applicant; the server decides on submit.
 */
export function educationMatches(
  education: readonly { level: string; major: string }[],
  requirements: readonly { level: string; majors: readonly string[] }[],
): boolean {
  return education.some((e) =>
    requirements.some(
      (r) =>
        r.level === e.level && (r.majors.length === 0 || r.majors.some((m) => norm(m) === norm(e.major))),
    ),
  );
}

// ---------------------------------------------------------------- the wizard

export const STEPS = ['formasi', 'profil', 'dokumen', 'ringkasan', 'kirim'] as const;
export type Step = (typeof STEPS)[number];

export const isStep = (s: string | null | undefined): s is Step =>
  !!s && (STEPS as readonly string[]).includes(s);

/** The required documents not accepted yet. */
export function missingDocuments(
  app: Pick<Application, 'requiredDocuments' | 'documents'>,
): RequiredDocument[] {
  const have = new Set(app.documents.map((d) => d.type));
  return app.requiredDocuments.filter((d) => !have.has(d.type));
}

/**
 * The step a draft opens at: the one in the address (a reload stays where it was), else where the
 * work is: the formasi for a fresh draft, the documents while some are missing, else the summary.
 */
export function resumeStep(
  app: Pick<Application, 'requiredDocuments' | 'documents'>,
  requested: string | null | undefined,
): Step {
  if (isStep(requested)) return requested;
  if (app.documents.length === 0) return 'formasi';
  return missingDocuments(app).length > 0 ? 'dokumen' : 'ringkasan';
}

/**
 * Whether a step's work is done, for the step list: the formasi is chosen, the profile has no gaps,
 * every document is accepted; the summary once it was passed.
 */
export function stepDone(
  step: Step,
  current: Step,
  app: Pick<Application, 'requiredDocuments' | 'documents'>,
  profile: ApplicantProfile,
): boolean {
  switch (step) {
    case 'formasi':
      return true;
    case 'profil':
      return profileGaps(profile).length === 0;
    case 'dokumen':
      return missingDocuments(app).length === 0;
    case 'ringkasan':
      return STEPS.indexOf(current) > STEPS.indexOf('ringkasan');
    default:
      return false;
  }
}

export const nextStep = (s: Step): Step | null => STEPS[STEPS.indexOf(s) + 1] ?? null;
export const previousStep = (s: Step): Step | null => STEPS[STEPS.indexOf(s) - 1] ?? null;

/** Whether the draft can be sent as far as the page can tell (the server checks the rest). */
export const readyToSubmit = (app: Pick<Application, 'status' | 'requiredDocuments' | 'documents'>) =>
  app.status === 'DRAFT' && missingDocuments(app).length === 0;

/** One unmet requirement of a 422 on submit, in the reader's words (core/recruitment/eligibility.ts). */
export function requirementText(
  t: ApplicantDictionary,
  e: FieldError,
  requiredDocuments: readonly { type: string; label: string }[],
  levelName: (level: string) => string,
): string {
  if (e.path === 'education') {
    const wanted = e.message.split(': ').slice(1).join(': ');
    // `S1 (Pendidikan Matematika, …); D3` with the levels' names.
    return t.reqEducation(wanted.replace(/\b(SD|SMP|SMA|D[1-4]|S[1-3])\b/g, (l) => levelName(l)) || '—');
  }
  if (e.path === 'minIpk') {
    const none = /at least ([\d.]+) is required, and the matching education has none/.exec(e.message);
    if (none) return t.reqIpkNone(none[1] ?? '');
    const low = /at least ([\d.]+) is required; the best matching one is ([\d.]+)/.exec(e.message);
    if (low) return t.reqIpkLow(low[1] ?? '', low[2] ?? '');
  }
  if (e.path === 'maxAge') {
    const m = /is (\d+) on the reference date (\S+); the formasi allows at most (\d+)/.exec(e.message);
    if (m) return t.reqAge(m[1] ?? '', m[2] ?? '', m[3] ?? '');
  }
  if (e.path === 'track') {
    if (/disabilitas/.test(e.message)) return t.reqDisability;
    if (/putra-putri-daerah/.test(e.message)) return t.reqRegion;
    return t.reqTrack;
  }
  if (e.path.startsWith('documents.')) {
    const type = e.path.slice('documents.'.length);
    return t.reqDocument(requiredDocuments.find((d) => d.type === type)?.label ?? type);
  }
  return t.reqOther(e.message);
}

// ---------------------------------------------------------------- documents

const FORMAT_TYPES: Record<string, string> = { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png' };
const FORMAT_NAMES: Record<string, string> = { pdf: 'PDF', jpeg: 'JPG', png: 'PNG' };
const ENDS: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** The formats as people say them: `PDF`, `JPG/PNG`. */
export const formatNames = (formats: readonly string[]) =>
  formats.map((f) => FORMAT_NAMES[f] ?? f.toUpperCase()).join('/');

/** The picker's `accept` for a document: its types and the ends of their names. */
export function acceptOf(formats: readonly string[]): string {
  return formats
    .flatMap((f) => {
      const type = FORMAT_TYPES[f];
      const ends = Object.entries(ENDS)
        .filter(([, t]) => t === type)
        .map(([e]) => `.${e}`);
      return type ? [type, ...ends] : [];
    })
    .join(',');
}

/** A picked file's content type as the API takes it: the browser's, else the one its name ends with. */
export function contentTypeOf(file: { name: string; type: string }): string | null {
  const type = file.type.toLowerCase();
  if (type === 'image/jpg' || type === 'image/pjpeg') return 'image/jpeg';
  if (Object.values(FORMAT_TYPES).includes(type)) return type;
  if (type !== '' && type !== 'application/octet-stream') return null;
  const end = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return ENDS[end] ?? null;
}

/** Why a picked file is not sent (its declared type, emptiness, size); null when it may go. */
export function checkPickedFile(
  t: ApplicantDictionary,
  file: { name: string; type: string; size: number },
  doc: Pick<RequiredDocument, 'formats' | 'maxKb'>,
  kb: (n: number) => string,
): string | null {
  const type = contentTypeOf(file);
  const allowed = doc.formats.map((f) => FORMAT_TYPES[f]);
  if (!type || !allowed.includes(type)) return t.docFormat(formatNames(doc.formats));
  if (file.size <= 0) return t.docEmpty;
  if (file.size > doc.maxKb * 1024) return t.docTooLarge(kb(Math.ceil(file.size / 1024)), kb(doc.maxKb));
  return null;
}

/** The server's refusal of one document (at `document`, `contentType`, `size` or `type`) in the reader's words. */
export function documentRefusal(
  t: ApplicantDictionary,
  err: unknown,
  doc: Pick<RequiredDocument, 'formats' | 'maxKb'>,
  kb: (n: number) => string,
): string {
  if (!(err instanceof PublicApiError)) return t.unknownError;
  if (err.kind === 'upload' || (err.status === 0 && err.kind === 'network')) return t.docUploadFailed;
  const e = err.errors[0];
  if (err.status === 400 && e) {
    const m = e.message;
    if (/is empty/.test(m)) return t.docEmpty;
    const big = /has (\d+) bytes, more than the (\d+) allowed/.exec(m);
    if (big)
      return t.docTooLarge(kb(Math.ceil(Number(big[1]) / 1024)), kb(Math.floor(Number(big[2]) / 1024)));
    if (/is not a .* file/.test(m)) return t.docWrongType(formatNames(doc.formats));
    if (/nothing was uploaded/.test(m)) return t.docNothing;
    if (/no longer asks|does not ask/.test(m)) return t.docNotAsked;
    if (e.path === 'contentType') return t.docFormat(formatNames(doc.formats));
    const max = /at most (\d+) KB/.exec(m);
    if (e.path === 'size') return max ? t.docMaxKb(kb(Number(max[1]))) : t.docMaxKb(kb(doc.maxKb));
    if (e.path === 'name') return t.fieldInvalid;
  }
  return problemText(t, err);
}
