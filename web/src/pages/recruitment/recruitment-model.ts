/**
 * Pure logic of the recruitment pages (issue 12): the round and formasi forms as strings and the
 * bodies they send, what publication fixes, the round's status, openings per agency or track, and
 * the API's English field messages in the reader's language. No DOM, no calls: tested directly.
 */
import {
  DEFAULT_ROUND_SETTINGS,
  EDUCATION_LEVELS,
  FIXED_WHEN_PUBLISHED,
  RECRUITMENT_TRACKS,
  ROUND_KINDS,
  SCHEDULE_PHASES,
  SKB_COMPONENTS,
  SKD_SUBTESTS,
} from '@pamong/core';
import { ApiError } from '../../api/client';
import type {
  AddFormationInput,
  CreateRoundInput,
  RecruitmentFormation,
  RecruitmentRound,
  UpdateFormationInput,
  UpdateRoundInput,
} from './recruitment-api';

export { EDUCATION_LEVELS, RECRUITMENT_TRACKS, ROUND_KINDS, SKB_COMPONENTS, SKD_SUBTESTS };
export type Track = (typeof RECRUITMENT_TRACKS)[number];
export type RoundKind = (typeof ROUND_KINDS)[number];
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export type SkdSubtest = (typeof SKD_SUBTESTS)[number];
export type SkbComponent = (typeof SKB_COMPONENTS)[number];
export type GradePart = SkdSubtest | 'total';
export const GRADE_PARTS: readonly GradePart[] = ['twk', 'tiu', 'tkp', 'total'];

/** The schedule's optional phases after registration, in order. */
export const OPTIONAL_PHASES = SCHEDULE_PHASES.filter(
  (p) => p !== 'registrationOpensAt' && p !== 'registrationClosesAt',
) as Exclude<(typeof SCHEDULE_PHASES)[number], 'registrationOpensAt' | 'registrationClosesAt'>[];
export type OptionalPhase = (typeof OPTIONAL_PHASES)[number];

export type FixedField = (typeof FIXED_WHEN_PUBLISHED)[number];
export const FIXED_FIELDS: readonly string[] = FIXED_WHEN_PUBLISHED;

/** Whether a round field can no longer change: publication fixes it. */
export const isFixed = (field: string, published: boolean): boolean =>
  published && FIXED_FIELDS.includes(field);

// ---- the round form ----

export interface RoundForm {
  name: string;
  kind: RoundKind;
  year: string;
  code: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  referenceDate: string;
  schedule: Record<OptionalPhase, string>;
  passingGrades: Record<Track, Record<GradePart, string>>;
  skdWeight: string;
  skbWeight: string;
  skbComponents: Record<SkbComponent, string>;
  skbMultiplier: string;
  objectionDays: string;
  objectionDecisionDays: string;
}

const str = (n: number | undefined | null): string => (n === undefined || n === null ? '' : String(n));

function gradesForm(grades: Record<string, Partial<Record<GradePart, number>>>): RoundForm['passingGrades'] {
  const out = {} as RoundForm['passingGrades'];
  for (const track of RECRUITMENT_TRACKS) {
    const g = grades[track] ?? {};
    out[track] = { twk: str(g.twk), tiu: str(g.tiu), tkp: str(g.tkp), total: str(g.total) };
  }
  return out;
}

const emptySchedule = (): Record<OptionalPhase, string> =>
  Object.fromEntries(OPTIONAL_PHASES.map((p) => [p, ''])) as Record<OptionalPhase, string>;

/** A new round: this year, CPNS, and every setting at the schema's default (ASN-RULES §7). */
export function newRoundForm(year: number): RoundForm {
  const d = DEFAULT_ROUND_SETTINGS;
  return {
    name: '',
    kind: 'CPNS',
    year: String(year),
    code: '',
    registrationOpensAt: '',
    registrationClosesAt: '',
    referenceDate: '',
    schedule: emptySchedule(),
    passingGrades: gradesForm(d.passingGrades),
    skdWeight: str(d.skdWeight),
    skbWeight: str(d.skbWeight),
    skbComponents: {
      cat: str(d.skbComponents.cat),
      interview: str(d.skbComponents.interview),
      other: str(d.skbComponents.other),
    },
    skbMultiplier: str(d.skbMultiplier),
    objectionDays: str(d.objectionDays),
    objectionDecisionDays: str(d.objectionDecisionDays),
  };
}

/** The form of a stored round, for editing it. */
export function roundFormOf(round: RecruitmentRound): RoundForm {
  const schedule = emptySchedule();
  for (const p of OPTIONAL_PHASES) schedule[p] = round.schedule[p] ?? '';
  return {
    name: round.name,
    kind: round.kind,
    year: String(round.year),
    code: round.code,
    registrationOpensAt: round.registrationOpensAt,
    registrationClosesAt: round.registrationClosesAt,
    referenceDate: round.referenceDate,
    schedule,
    passingGrades: gradesForm(round.passingGrades),
    skdWeight: str(round.skdWeight),
    skbWeight: str(round.skbWeight),
    skbComponents: {
      cat: str(round.skbComponents.cat),
      interview: str(round.skbComponents.interview),
      other: str(round.skbComponents.other),
    },
    skbMultiplier: str(round.skbMultiplier),
    objectionDays: str(round.objectionDays),
    objectionDecisionDays: str(round.objectionDecisionDays),
  };
}

/** A number typed in a field: NaN stays NaN, so the API answers at that field rather than guessing. */
const num = (s: string): number => (s.trim() === '' ? Number.NaN : Number(s.trim().replace(',', '.')));

function gradesBody(form: RoundForm): CreateRoundInput['passingGrades'] {
  const out = {} as NonNullable<CreateRoundInput['passingGrades']>;
  for (const track of RECRUITMENT_TRACKS) {
    const g: Partial<Record<GradePart, number>> = {};
    for (const part of GRADE_PARTS)
      if (form.passingGrades[track][part].trim()) g[part] = num(form.passingGrades[track][part]);
    out[track] = g;
  }
  return out;
}

function scheduleBody(form: RoundForm): NonNullable<CreateRoundInput['schedule']> {
  const out: NonNullable<CreateRoundInput['schedule']> = {};
  for (const p of OPTIONAL_PHASES) if (form.schedule[p]) out[p] = form.schedule[p];
  return out;
}

/** The settings of the form as the API takes them. */
function settingsBody(form: RoundForm) {
  return {
    passingGrades: gradesBody(form),
    skdWeight: num(form.skdWeight),
    skbWeight: num(form.skbWeight),
    skbComponents: {
      cat: num(form.skbComponents.cat),
      interview: num(form.skbComponents.interview),
      other: num(form.skbComponents.other),
    },
    skbMultiplier: num(form.skbMultiplier),
    objectionDays: num(form.objectionDays),
    objectionDecisionDays: num(form.objectionDecisionDays),
  };
}

/** createRecruitmentRound's body; an empty code is left to the API (derived from kind and year). */
export function createRoundBody(form: RoundForm): CreateRoundInput {
  return {
    name: form.name.trim(),
    kind: form.kind,
    year: num(form.year),
    ...(form.code.trim() ? { code: form.code.trim().toUpperCase() } : {}),
    registrationOpensAt: form.registrationOpensAt,
    registrationClosesAt: form.registrationClosesAt,
    referenceDate: form.referenceDate,
    schedule: scheduleBody(form),
    ...settingsBody(form),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * updateRecruitmentRound's body: only what changed, with the version read. Once published, the
 * fields publication fixes are never sent (the form shows them disabled).
 */
export function updateRoundBody(form: RoundForm, round: RecruitmentRound): UpdateRoundInput {
  const next = { ...createRoundBody(form), code: form.code.trim().toUpperCase() || round.code };
  const before: Record<string, unknown> = { ...round };
  const body: Record<string, unknown> = {};
  const editable = [
    'name',
    'code',
    'registrationOpensAt',
    'registrationClosesAt',
    'referenceDate',
    'schedule',
    'passingGrades',
    'skdWeight',
    'skbWeight',
    'skbComponents',
    'skbMultiplier',
    'objectionDays',
    'objectionDecisionDays',
  ] as const;
  for (const key of editable) {
    if (isFixed(key, round.published)) continue;
    const value = (next as Record<string, unknown>)[key];
    const old = key === 'passingGrades' ? normaliseGrades(round.passingGrades) : before[key];
    if (!same(value, old)) body[key] = value;
  }
  return { ...body, version: round.version } as UpdateRoundInput;
}

/** Stored grades in the body's key order, so an unchanged grade is not sent as changed. */
function normaliseGrades(grades: Record<string, Partial<Record<GradePart, number>>>) {
  const out: Record<string, Partial<Record<GradePart, number>>> = {};
  for (const track of RECRUITMENT_TRACKS) {
    const g = grades[track] ?? {};
    const o: Partial<Record<GradePart, number>> = {};
    for (const part of GRADE_PARTS) if (g[part] !== undefined) o[part] = g[part];
    out[track] = o;
  }
  return out;
}

/** Whether an update body changes anything besides its version. */
export const changesAnything = (body: UpdateRoundInput): boolean => Object.keys(body).length > 1;

// ---- status ----

export type RoundState = 'draft' | 'upcoming' | 'open' | 'closed';

/** Draft until published; then where registration stands. */
export const roundState = (round: Pick<RecruitmentRound, 'published' | 'registrationStatus'>): RoundState =>
  round.published ? round.registrationStatus : 'draft';

/** What the round's page offers: edits, publication, formasi (the API decides the same). */
export function roundActions(
  round: Pick<RecruitmentRound, 'published' | 'registrationStatus' | 'formationCount'>,
  tenantAdmin: boolean,
) {
  const formasiOpen = !round.published || round.registrationStatus === 'upcoming';
  return {
    edit: tenantAdmin,
    publish: tenantAdmin && !round.published && round.registrationStatus !== 'closed',
    /** Publication needs a formasi: the button says so instead of leading to a 409. */
    publishNeedsFormasi: round.formationCount < 1,
    addFormation: formasiOpen,
    /** Once registration of a published round opens, only the openings of a formasi change. */
    openingsOnly: !formasiOpen,
  };
}

// ---- openings per agency or track ----

export interface OpeningsRow {
  key: string;
  label: string;
  formations: number;
  openings: number;
}

/** Openings and formasi counted per agency or per track, the most openings first. */
export function openingsBy(
  formations: readonly Pick<RecruitmentFormation, 'agencyId' | 'agencyName' | 'track' | 'openings'>[],
  by: 'agency' | 'track',
  trackName: (t: Track) => string,
): OpeningsRow[] {
  const rows = new Map<string, OpeningsRow>();
  for (const f of formations) {
    const key = by === 'agency' ? f.agencyId : f.track;
    const label = by === 'agency' ? f.agencyName : trackName(f.track);
    const row = rows.get(key) ?? { key, label, formations: 0, openings: 0 };
    row.formations += 1;
    row.openings += f.openings;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => b.openings - a.openings || a.label.localeCompare(b.label));
}

// ---- the formasi form ----

export type DocumentFormat = 'pdf' | 'jpeg' | 'png';
export interface DocumentForm {
  type: string;
  label: string;
  formats: DocumentFormat[];
  maxKb: string;
}
export interface EducationForm {
  level: EducationLevel;
  /** Majors, one per line or separated by commas. */
  majors: string;
}
export interface FormationForm {
  agencyId: string;
  positionId: string;
  unitId: string;
  openings: string;
  track: Track;
  education: EducationForm[];
  minIpk: string;
  maxAge: string;
  documents: DocumentForm[];
}

/** The documents most formasi ask for, offered on a new formasi (each can be removed). */
export const DEFAULT_DOCUMENTS: readonly DocumentForm[] = [
  { type: 'ktp', label: 'KTP', formats: ['pdf', 'jpeg'], maxKb: '1024' },
  { type: 'ijazah', label: 'Ijazah', formats: ['pdf'], maxKb: '2048' },
  { type: 'transkrip', label: 'Transkrip nilai', formats: ['pdf'], maxKb: '2048' },
  { type: 'pas-foto', label: 'Pas foto', formats: ['jpeg', 'png'], maxKb: '512' },
];

export function newFormationForm(agencyId: string): FormationForm {
  return {
    agencyId,
    positionId: '',
    unitId: '',
    openings: '1',
    track: 'umum',
    education: [{ level: 'S1', majors: '' }],
    minIpk: '',
    maxAge: '',
    documents: DEFAULT_DOCUMENTS.map((d) => ({ ...d, formats: [...d.formats] })),
  };
}

export function formationFormOf(f: RecruitmentFormation): FormationForm {
  return {
    agencyId: f.agencyId,
    positionId: f.positionId,
    unitId: f.unitId,
    openings: String(f.openings),
    track: f.track,
    education: f.educationRequirements.map((e) => ({ level: e.level, majors: e.majors.join('\n') })),
    minIpk: str(f.minIpk),
    maxAge: str(f.maxAge),
    documents: f.requiredDocuments.map((d) => ({ ...d, formats: [...d.formats], maxKb: String(d.maxKb) })),
  };
}

/** Majors typed one per line or with commas; blanks and repeats dropped. */
export function parseMajors(text: string): string[] {
  const out: string[] = [];
  for (const m of text.split(/[\n,;]/)) {
    const v = m.trim().replace(/\s+/g, ' ');
    if (v && !out.includes(v)) out.push(v);
  }
  return out;
}

/** A document label as its type: lowercase, dashes (`Surat lamaran` → `surat-lamaran`). */
export function documentType(label: string): string {
  return label
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^([0-9])/, 'd-$1')
    .slice(0, 40);
}

export function formationBody(form: FormationForm): AddFormationInput {
  return {
    positionId: form.positionId,
    unitId: form.unitId,
    openings: num(form.openings),
    track: form.track,
    educationRequirements: form.education.map((e) => ({ level: e.level, majors: parseMajors(e.majors) })),
    ...(form.minIpk.trim() ? { minIpk: num(form.minIpk) } : {}),
    ...(form.maxAge.trim() ? { maxAge: num(form.maxAge) } : {}),
    requiredDocuments: form.documents.map((d) => ({
      type: d.type || documentType(d.label),
      label: d.label.trim(),
      formats: d.formats,
      maxKb: num(d.maxKb),
    })),
  };
}

/**
 * updateFormation's body: what changed, with the version. Once registration has opened only the
 * openings may change, so only they are sent.
 */
export function updateFormationBody(
  form: FormationForm,
  f: RecruitmentFormation,
  openingsOnly: boolean,
): UpdateFormationInput {
  const next = formationBody(form);
  if (openingsOnly) return { openings: next.openings, version: f.version };
  const before = formationBody(formationFormOf(f));
  const body: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof AddFormationInput)[])
    if (!same(next[key], before[key])) body[key] = next[key];
  for (const key of ['minIpk', 'maxAge'] as const)
    if (before[key] !== undefined && next[key] === undefined) body[key] = undefined;
  return { ...body, version: f.version } as UpdateFormationInput;
}

// ---- messages ----

export interface MessageText {
  required: string;
  dateTime: string;
  date: string;
  sum100: string;
  atMost: (n: string) => string;
  atLeast: (n: string) => string;
  after: (phase: string) => string;
  notBefore: (phase: string) => string;
  afterObjections: (day: string) => string;
  fixed: string;
  closedByAnnouncement: string;
  alreadyOpened: string;
  future: string;
  notShortened: (at: string) => string;
  code: string;
  codeUsed: string;
  twice: string;
  docType: string;
  unknownRef: string;
  invalid: string;
}

/**
 * The API's English message at a field in the reader's language: the rules of the recruitment
 * schemas and of publication (packages/core/src/recruitment), with `phaseName` naming phases.
 */
export function fieldText(message: string, m: MessageText, phaseName: (p: string) => string): string {
  const rules: [RegExp, (x: string) => string][] = [
    [/received undefined|expected (string|number), received|Required|>=1 characters/i, () => m.required],
    [/YYYY-MM-DDTHH:mm/, () => m.dateTime],
    [/YYYY-MM-DD/, () => m.date],
    [/add up to 100/, () => m.sum100],
    [/must be at most (\d+)/, m.atMost],
    [/expected number to be <=?(\d+(\.\d+)?)/, m.atMost],
    [/expected number to be >=?(\d+(\.\d+)?)/, m.atLeast],
    [/must be after (\d{4}-\d{2}-\d{2}), when the objections/, m.afterObjections],
    [/must be after (\w+)/, (x) => m.after(phaseName(x))],
    [/must not be before (\w+)/, (x) => m.notBefore(phaseName(x))],
    [/fixed once the administration result is announced/, () => m.closedByAnnouncement],
    [/fixed once/, () => m.fixed],
    [/registration has already opened/, () => m.alreadyOpened],
    [/in the future/, () => m.future],
    [/not brought forward from (\S+)/, m.notShortened],
    [/digits or letters other than/, () => m.code],
    [/used by another round/, () => m.codeUsed],
    [/listed twice/, () => m.twice],
    [/lowercase letters, digits or dashes/, () => m.docType],
    [/does not exist|not active|not found|another agency/i, () => m.unknownRef],
  ];
  for (const [pattern, text] of rules) {
    const match = pattern.exec(message);
    if (match) return text(match[1] ?? '');
  }
  return m.invalid;
}

/** The field errors of a failed call, keyed by the API's dotted path, in the reader's language. */
export function fieldErrorsOf(
  err: unknown,
  m: MessageText,
  phaseName: (p: string) => string,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(err instanceof ApiError)) return out;
  for (const e of err.errors) out[e.path] ??= fieldText(e.message, m, phaseName);
  return out;
}

export interface ConflictText {
  version: string;
  published: string;
  code: string;
  alreadyPublished: string;
  noFormasi: string;
  closed: string;
  registrationOpened: string;
  formasiFixed: string;
  other: string;
}

/**
 * A 409 in words: which rule of publication refused the change (the API's English detail names
 * it), or someone else's change (version conflict). Null for anything that is not a conflict.
 */
export function conflictText(err: unknown, c: ConflictText): string | null {
  if (!(err instanceof ApiError) || err.status !== 409) return null;
  if (err.type === 'version-conflict') return c.version;
  const d = err.detail ?? '';
  if (/already uses the code/.test(d)) return c.code;
  if (/already published/.test(d)) return c.alreadyPublished;
  if (/at least one formasi/.test(d)) return c.noFormasi;
  if (/already closed/.test(d)) return c.closed;
  if (/no formasi can be added/.test(d)) return c.registrationOpened;
  if (/Registration of this round has opened/.test(d)) return c.formasiFixed;
  if (/applicants rely on/.test(d)) return c.published;
  if (/changed/.test(d)) return c.version;
  return c.other;
}
