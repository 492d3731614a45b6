/**
 * Pure logic of the administrative screening (issue 12 §4-§5): the applications list's filters and
 * counts, times in the tenant's zone, the requirement checklist built from the formasi and the
 * applicant's data as submitted, the MS/TMS decision as a form and the body it sends, and the API's
 * answers in the reader's language. No DOM, no calls: tested directly.
 */
import { ageOn, CUMLAUDE_MIN_IPK, matchingEducation } from '@pamong/core';
import { ApiError } from '../../api/client';
import type {
  ApplicationDocument,
  ListApplicationsQuery,
  RecruitmentFormation,
  StaffApplication,
  StaffApplicationSummary,
  VerifyApplicationInput,
} from './recruitment-api';
import type { Track } from './recruitment-model';

/** The statuses staff see (drafts are the applicant's own), in the order of the work. */
export const STAFF_STATUSES = ['SUBMITTED', 'MS', 'TMS'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];
export type ApplicationStatus = StaffApplicationSummary['status'];

export const isStaffStatus = (s: string | undefined | null): s is StaffStatus =>
  (STAFF_STATUSES as readonly string[]).includes(s ?? '');

// ---- the list ----

export interface ApplicationsFilter {
  /** '' for every formasi. */
  formationId: string;
  /** '' for every status. */
  status: StaffStatus | '';
}

/** listApplications' query: the filters that are set, the cursor and the page size. */
export function applicationsQuery(
  filter: ApplicationsFilter,
  cursor: string | undefined,
  limit: number,
): ListApplicationsQuery {
  return {
    ...(filter.formationId ? { formationId: filter.formationId } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(cursor ? { cursor } : {}),
    limit,
  };
}

/** The filters as they stand in the page's address (`?formasi=…&status=…`), so "back" keeps them. */
export function filterFromQuery(
  query: Record<string, string | undefined>,
  formations: readonly Pick<RecruitmentFormation, 'id'>[],
): ApplicationsFilter {
  const formationId = formations.some((f) => f.id === query.formasi) ? (query.formasi ?? '') : '';
  return { formationId, status: isStaffStatus(query.status) ? query.status : '' };
}

/** The round page's address with the applicants tab and these filters. */
export function applicantsHref(roundId: string, filter: Partial<ApplicationsFilter> = {}): string {
  const q = new URLSearchParams({ tab: 'pelamar' });
  if (filter.formationId) q.set('formasi', filter.formationId);
  if (filter.status) q.set('status', filter.status);
  return `/recruitment/${encodeURIComponent(roundId)}?${q.toString()}`;
}

/** How many of the loaded rows are in each status (the API has no counts; only what is loaded). */
export function statusCounts(
  items: readonly Pick<StaffApplicationSummary, 'status' | 'objectionPending'>[],
): Record<StaffStatus, number> & { objections: number } {
  const out = { SUBMITTED: 0, MS: 0, TMS: 0, objections: 0 };
  for (const a of items) {
    if (isStaffStatus(a.status)) out[a.status] += 1;
    if (a.objectionPending) out.objections += 1;
  }
  return out;
}

export interface FormasiOption {
  value: string;
  /** Position and unit, never ids. */
  label: string;
  agencyName: string;
}

/** The formasi filter's options: position and unit, grouped by agency, in name order. */
export function formasiOptions(
  formations: readonly Pick<RecruitmentFormation, 'id' | 'positionName' | 'unitName' | 'agencyName'>[],
): FormasiOption[] {
  return formations
    .map((f) => ({ value: f.id, label: `${f.positionName} — ${f.unitName}`, agencyName: f.agencyName }))
    .sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'id') || a.label.localeCompare(b.label, 'id'));
}

/** The options grouped by agency, for `<optgroup>`s (one group needs no heading). */
export function groupByAgency(
  options: readonly FormasiOption[],
): { agencyName: string; options: FormasiOption[] }[] {
  const groups: { agencyName: string; options: FormasiOption[] }[] = [];
  for (const o of options) {
    const group = groups.find((g) => g.agencyName === o.agencyName);
    if (group) group.options.push(o);
    else groups.push({ agencyName: o.agencyName, options: [o] });
  }
  return groups;
}

// ---- times ----

/** The usual abbreviation of Indonesia's three zones; another zone is named by its IANA id. */
const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};
export const zoneName = (timeZone: string): string => ZONE_NAMES[timeZone] ?? timeZone;

/**
 * An instant (ISO, UTC) as the tenant's wall-clock time: "12 Mar 2026 08.00 WIB" in Indonesian,
 * "12 Mar 2026 08:00 WIB" in English.
 */
export function zonedDateTime(iso: string | null | undefined, timeZone: string, locale: string): string {
  if (!iso) return '–';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${get('year')}-${get('month')}-${get('day')}T00:00:00Z`),
  );
  const sep = locale.startsWith('id') ? '.' : ':';
  return `${day} ${get('hour')}${sep}${get('minute')} ${zoneName(timeZone)}`;
}

// ---- the checklist ----

type Education = StaffApplication['applicant']['education'][number];
export type RequiredDocument = StaffApplication['requiredDocuments'][number];

/** What the server found in the data as submitted: met, not met, or for the verifier to judge. */
export type Verdict = 'met' | 'unmet' | 'manual';

export type CheckItem =
  | {
      key: 'education';
      verdict: Verdict;
      requirements: RecruitmentFormation['educationRequirements'];
      matching: Education[];
    }
  | { key: 'minIpk'; verdict: Verdict; min: number; best: number | null; cumlaude: boolean }
  | { key: 'maxAge'; verdict: Verdict; max: number; age: number | null; referenceDate: string | null }
  | {
      key: 'track';
      verdict: Verdict;
      track: Exclude<Track, 'umum' | 'cumlaude'>;
      disability: StaffApplication['applicant']['disability'];
      /** The region code of the NIK (province and regency), for putra-putri daerah. */
      nikRegion: string;
    }
  | {
      key: string;
      kind: 'document';
      verdict: Verdict;
      required: RequiredDocument;
      document: ApplicationDocument | null;
    };

export type DocumentCheck = Extract<CheckItem, { kind: 'document' }>;
export const isDocumentCheck = (item: CheckItem): item is DocumentCheck => 'kind' in item;

/** The checklist keys that are not documents: they are also the `requirement` of a TMS reason. */
export const PROFILE_REQUIREMENTS = ['education', 'minIpk', 'maxAge', 'track'] as const;

/**
 * The formasi's requirements as a checklist, each with what the applicant's data as submitted say
 * of it. The `key` is what a TMS reason names: `education`, `minIpk`, `maxAge`, `track`, or the
 * document's type (`ijazah`). Without the formasi (it could not be read), the documents alone.
 */
export function checklistOf(
  app: Pick<StaffApplication, 'applicant' | 'requiredDocuments' | 'documents' | 'track'>,
  formation: Pick<RecruitmentFormation, 'educationRequirements' | 'minIpk' | 'maxAge' | 'track'> | undefined,
  referenceDate: string | undefined,
): CheckItem[] {
  const items: CheckItem[] = [];
  const applicant = app.applicant;
  if (formation) {
    const matching = matchingEducation(applicant.education, formation.educationRequirements);
    items.push({
      key: 'education',
      verdict: matching.length ? 'met' : 'unmet',
      requirements: formation.educationRequirements,
      matching,
    });
    const cumlaude = formation.track === 'cumlaude';
    const min = formation.minIpk ?? (cumlaude ? CUMLAUDE_MIN_IPK : undefined);
    if (min !== undefined) {
      const ipks = matching.map((e) => e.ipk).filter((v): v is number => typeof v === 'number');
      const best = ipks.length ? Math.max(...ipks) : null;
      items.push({
        key: 'minIpk',
        verdict: best !== null && best >= min ? 'met' : 'unmet',
        min,
        best,
        cumlaude: cumlaude && formation.minIpk === undefined,
      });
    }
    if (formation.maxAge !== undefined) {
      const age = referenceDate ? ageOn(applicant.birthDate, referenceDate) : null;
      items.push({
        key: 'maxAge',
        verdict: age === null ? 'manual' : age <= formation.maxAge ? 'met' : 'unmet',
        max: formation.maxAge,
        age,
        referenceDate: referenceDate ?? null,
      });
    }
  }
  const track = formation?.track ?? app.track;
  if (track === 'disabilitas')
    items.push({
      key: 'track',
      verdict: applicant.disability?.status ? 'met' : 'unmet',
      track,
      disability: applicant.disability,
      nikRegion: applicant.nik.slice(0, 4),
    });
  if (track === 'putra-putri-daerah')
    // The tenant's region code is not in the session: the verifier reads the NIK's against it.
    items.push({
      key: 'track',
      verdict: 'manual',
      track,
      disability: applicant.disability,
      nikRegion: applicant.nik.slice(0, 4),
    });
  for (const required of app.requiredDocuments) {
    const document = app.documents.find((d) => d.type === required.type) ?? null;
    items.push({
      key: required.type,
      kind: 'document',
      verdict: document ? 'manual' : 'unmet',
      required,
      document,
    });
  }
  return items;
}

/** How a document is shown: PDF in a frame, an image as an image, anything else as a link. */
export function viewerKind(contentType: string): 'pdf' | 'image' | 'other' {
  const type = contentType.toLowerCase().split(';')[0]?.trim() ?? '';
  if (type === 'application/pdf') return 'pdf';
  if (type === 'image/jpeg' || type === 'image/png') return 'image';
  return 'other';
}

/** A file size in KB or MB, in the reader's number format. */
export function fileSize(bytes: number, locale: string): string {
  const kb = bytes / 1024;
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return kb < 1024 ? `${one.format(Math.max(kb, 0.1))} KB` : `${one.format(kb / 1024)} MB`;
}

// ---- the decision ----

export interface ReasonForm {
  /** A checklist key (see `checklistOf`). */
  requirement: string;
  note: string;
  /** "Kesalahan pelamar": the applicant's own error, which the masa sanggah does not cover. */
  applicantError: boolean;
}

export interface DecisionForm {
  result: 'MS' | 'TMS' | '';
  reasons: ReasonForm[];
}

export const emptyReason = (requirement = ''): ReasonForm => ({
  requirement,
  note: '',
  applicantError: false,
});

/** The form as the application stands: its result and reasons, or nothing chosen yet. */
export function decisionFormOf(app: Pick<StaffApplication, 'status' | 'reasons'>): DecisionForm {
  if (app.status === 'MS') return { result: 'MS', reasons: [] };
  if (app.status === 'TMS')
    return {
      result: 'TMS',
      reasons: app.reasons.map((r) => ({
        requirement: r.requirement,
        note: r.note,
        applicantError: r.applicantError === true,
      })),
    };
  return { result: '', reasons: [] };
}

/** Whether the application already has a result (MS or TMS), which a new decision replaces. */
export const isDecided = (status: ApplicationStatus): boolean => status === 'MS' || status === 'TMS';

/**
 * The reasons a TMS starts with. Once the verifier has ticked anything, one per item left unticked;
 * before that, one per item the data as submitted contradict (a checklist not yet used says
 * nothing). In checklist order; when there is none, one blank reason.
 */
export function reasonsFromChecklist(items: readonly CheckItem[], ticked: ReadonlySet<string>): ReasonForm[] {
  const used = ticked.size > 0;
  const keys = [
    ...new Set(items.filter((i) => !ticked.has(i.key) && (used || i.verdict === 'unmet')).map((i) => i.key)),
  ];
  return keys.length ? keys.map((k) => emptyReason(k)) : [emptyReason()];
}

/** Switching to TMS keeps the reasons typed; an empty list is filled from the checklist. */
export function chooseResult(
  form: DecisionForm,
  result: 'MS' | 'TMS',
  items: readonly CheckItem[],
  ticked: ReadonlySet<string>,
): DecisionForm {
  if (result === 'MS') return { ...form, result };
  return { result, reasons: form.reasons.length ? form.reasons : reasonsFromChecklist(items, ticked) };
}

/** verifyApplication's body: MS without reasons; TMS with the reasons trimmed. */
export function verifyBody(form: DecisionForm): VerifyApplicationInput {
  if (form.result === 'MS') return { result: 'MS', reasons: [] };
  return {
    result: 'TMS',
    reasons: form.reasons.map((r) => ({
      requirement: r.requirement.trim(),
      note: r.note.trim().replace(/\s+\n/g, '\n'),
      ...(r.applicantError ? { applicantError: true } : {}),
    })),
  };
}

export interface DecisionText {
  chooseResult: string;
  needReason: string;
  msNoReasons: string;
  required: string;
  chooseRequirement: string;
  duplicate: string;
  tooLong: (n: string) => string;
  invalid: string;
}

/** The limits of verifyApplicationSchema (core): a note of 1000, a requirement of 80, 30 reasons. */
export const NOTE_MAX = 1000;
export const MAX_REASONS = 30;

/**
 * What the browser can tell before sending, at the paths the API would use: a result chosen; for
 * TMS at least one reason, each with a requirement (once) and a note.
 */
export function checkDecision(form: DecisionForm, m: DecisionText): Record<string, string> {
  const out: Record<string, string> = {};
  if (!form.result) out.result = m.chooseResult;
  if (form.result !== 'TMS') return out;
  if (form.reasons.length === 0) out.reasons = m.needReason;
  const seen = new Set<string>();
  form.reasons.forEach((r, i) => {
    const req = r.requirement.trim();
    if (!req) out[`reasons.${i}.requirement`] = m.chooseRequirement;
    else if (seen.has(req)) out[`reasons.${i}.requirement`] = m.duplicate;
    seen.add(req);
    if (!r.note.trim()) out[`reasons.${i}.note`] = m.required;
    else if (r.note.trim().length > NOTE_MAX) out[`reasons.${i}.note`] = m.tooLong(String(NOTE_MAX));
  });
  return out;
}

/** The API's English message at a field of the decision, in the reader's language. */
export function decisionFieldText(message: string, m: DecisionText): string {
  if (/needs at least one reason/.test(message)) return m.needReason;
  if (/MS result has no reasons/.test(message)) return m.msNoReasons;
  if (/received undefined|>=1 characters|is required|Required/i.test(message)) return m.required;
  const max = /<=(\d+) (characters|items)|at most (\d+)/.exec(message);
  if (max) return m.tooLong(max[1] ?? max[3] ?? '');
  if (/expected one of|Invalid option/i.test(message)) return m.chooseResult;
  return m.invalid;
}

/** The field errors of a failed verifyApplication, keyed by the API's dotted path. */
export function decisionErrorsOf(err: unknown, m: DecisionText): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(err instanceof ApiError)) return out;
  for (const e of err.errors) out[e.path] ??= decisionFieldText(e.message, m);
  return out;
}

export interface ScreeningConflictText {
  announced: string;
  draft: string;
  other: string;
}

/**
 * A 409 of verifyApplication in words: the ADMINISTRATION result is announced (the decision is
 * final here; only an objection or a correction changes it), or another rule. Null otherwise.
 */
export function screeningConflict(err: unknown, c: ScreeningConflictText): string | null {
  if (!(err instanceof ApiError) || err.status !== 409) return null;
  const d = err.detail ?? '';
  if (/announced/.test(d)) return c.announced;
  if (/draft/i.test(d)) return c.draft;
  return c.other;
}

// ---- objections (any stage) ----

type ObjectionLike = Pick<StaffApplication['objections'][number], 'stage' | 'decision'>;

/** Whether an objection is to an exam result (SKD or SKB): its decision only records the answer. */
export const isExamObjection = (stage: string): boolean => stage === 'SKD' || stage === 'SKB';

/** Every objection still waiting for a decision, oldest stage first (ADMINISTRATION, SKD, SKB). */
export function pendingObjections<O extends ObjectionLike>(objections: readonly O[]): O[] {
  const order = ['ADMINISTRATION', 'SKD', 'SKB'];
  return objections
    .filter((o) => o.decision === null)
    .sort((x, y) => order.indexOf(x.stage) - order.indexOf(y.stage));
}

/** The body of decideObjection for one objection: its stage, the answer and the trimmed note. */
export const objectionDecisionBody = (
  objection: Pick<ObjectionLike, 'stage'>,
  accepted: boolean,
  note: string,
): { stage: ObjectionLike['stage']; accepted: boolean; note: string } => ({
  stage: objection.stage,
  accepted,
  note: note.trim(),
});

/** A disputed point in words: an exam part (twk, cat, …) for SKD/SKB, else a requirement's name. */
export function disputedName(
  stage: string,
  key: string,
  parts: Readonly<Record<string, string>>,
  requirement: (key: string) => string,
): string {
  return isExamObjection(stage) ? (parts[key] ?? key) : requirement(key);
}
