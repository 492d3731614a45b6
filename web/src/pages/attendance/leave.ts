/**
 * Leave (cuti) as plain data, for the leave pages (issue 13 §5): which types one may ask for and
 * which fields each needs, the files a request carries, the body a form sends, the API's broken
 * rules in the reader's words, what a 409 meant, the ledger with its running total, the balance as
 * bars, the status an employee is told, which step and outcomes an approver is offered, whether a
 * leave can still be cancelled, the month of the leave calendar and a delegation's state. No Preact
 * here: unit-tested in tests/web.
 */
import {
  checkFile,
  DOCUMENT_ACCEPT,
  DOCUMENT_TYPES,
  type DocumentType,
  documentTypeOf,
  errorsByFile,
  type FileProblem,
  type FileUpload,
  pendingUploads,
  sizeIn,
  type UploadLimits,
  uploadedFiles,
  uploadName,
} from '../../lib/uploads';
import { daysIn } from './calendar';
import { monthDates } from './roster';

/** The kinds of leave in the regulation's order (LEAVE_TYPES of @pamong/core). */
export const LEAVE_TYPE_CODES = [
  'TAHUNAN',
  'BESAR',
  'SAKIT',
  'MELAHIRKAN',
  'ALASAN_PENTING',
  'BERSAMA',
  'CLTN',
] as const;
export type LeaveTypeCode = (typeof LEAVE_TYPE_CODES)[number];

/** The reasons that make a leave "karena alasan penting" (IMPORTANT_REASONS of @pamong/core). */
export const IMPORTANT_REASON_CODES = [
  'KELUARGA_SAKIT_KERAS',
  'KELUARGA_MENINGGAL',
  'MENIKAH',
  'ISTRI_MELAHIRKAN',
  'BENCANA',
] as const;
export type ImportantReasonCode = (typeof IMPORTANT_REASON_CODES)[number];

/** The note a sick leave comes with, by its length (PP 11/2017 art. 321-323). */
export const SICK_DOCUMENT_CODES = ['note-to-superior', 'doctor', 'government-doctor'] as const;
export type SickDocumentCode = (typeof SICK_DOCUMENT_CODES)[number];

export const LEAVE_OUTCOME_CODES = ['APPROVE', 'CHANGE', 'DEFER', 'REJECT'] as const;
export type LeaveOutcomeCode = (typeof LEAVE_OUTCOME_CODES)[number];

/** Only annual leave and cuti besar may be deferred for urgent duty (PP 11/2017). */
export const DEFERRABLE_TYPES: readonly string[] = ['TAHUNAN', 'BESAR'];

/** The statuses in which a leave still holds its days, and so may still be cancelled. */
const CANCELLABLE: readonly string[] = [
  'AWAITING_RECOMMENDATION',
  'AWAITING_DECISION',
  'APPROVED',
  'CHANGED',
];

/**
 * The types an employee may ask for: those of their employment type (the balance's `types`), in
 * the regulation's order, without cuti bersama, which the government sets and nobody asks for.
 */
export function requestableTypes(types: readonly string[]): LeaveTypeCode[] {
  return LEAVE_TYPE_CODES.filter((t) => t !== 'BERSAMA' && types.includes(t));
}

/** A form field that only one type has. */
export type LeaveExtraField =
  | 'sickDocument'
  | 'miscarriage'
  | 'healthBoardExtension'
  | 'childOrder'
  | 'firstHajj'
  | 'importantReason'
  | 'bknApprovalRef'
  | 'cltnExtension';

/** The fields each type asks for beyond dates, reason and address. */
export const TYPE_FIELDS: Readonly<Record<LeaveTypeCode, readonly LeaveExtraField[]>> = {
  TAHUNAN: [],
  BESAR: ['firstHajj'],
  SAKIT: ['sickDocument', 'miscarriage', 'healthBoardExtension'],
  MELAHIRKAN: ['childOrder'],
  ALASAN_PENTING: ['importantReason'],
  BERSAMA: [],
  CLTN: ['bknApprovalRef', 'cltnExtension'],
};

/** What the request form holds, as typed: strings and checkboxes, every type's fields at once. */
export interface LeaveDraft {
  type: string;
  startDate: string;
  endDate: string;
  reason: string;
  addressDuringLeave: string;
  sickDocument: string;
  miscarriage: boolean;
  healthBoardExtension: boolean;
  childOrder: string;
  firstHajj: boolean;
  importantReason: string;
  bknApprovalRef: string;
  cltnExtension: boolean;
}

export const emptyLeaveDraft = (type: string, today: string): LeaveDraft => ({
  type,
  startDate: today,
  endDate: today,
  reason: '',
  addressDuringLeave: '',
  sickDocument: '',
  miscarriage: false,
  healthBoardExtension: false,
  childOrder: '',
  firstHajj: false,
  importantReason: '',
  bknApprovalRef: '',
  cltnExtension: false,
});

/**
 * The body of `requestLeave` for a draft: the common fields, and only the chosen type's own fields
 * (a sick note typed before switching to annual leave is not sent). Blank text is left out, so the
 * schema and the rules say what is missing. The uploaded attachments go with any type.
 */
export function leaveBody(
  d: LeaveDraft,
  attachments: readonly { key: string; name: string }[] = [],
): Record<string, unknown> {
  const text = (s: string) => (s.trim() === '' ? undefined : s.trim());
  const body: Record<string, unknown> = {
    type: d.type || undefined,
    startDate: d.startDate || undefined,
    endDate: d.endDate || undefined,
    reason: text(d.reason),
    addressDuringLeave: text(d.addressDuringLeave),
  };
  const fields = TYPE_FIELDS[d.type as LeaveTypeCode] ?? [];
  for (const f of fields) {
    switch (f) {
      case 'sickDocument':
      case 'importantReason':
      case 'bknApprovalRef':
        body[f] = text(d[f]);
        break;
      case 'childOrder': {
        const n = d.childOrder.trim() === '' ? Number.NaN : Number(d.childOrder);
        body.childOrder = Number.isFinite(n) ? n : text(d.childOrder);
        break;
      }
      default:
        if (d[f]) body[f] = true;
    }
  }
  if (attachments.length > 0) body.attachments = attachments.map(({ key, name }) => ({ key, name }));
  for (const k of Object.keys(body)) if (body[k] === undefined) delete body[k];
  return body;
}

export type DraftProblem = 'required' | 'choose' | 'endBeforeStart' | 'childOrder' | 'bknApprovalRef';

/**
 * What the form can tell before sending: the fields left blank, the dates' order, and the one field
 * each of some types cannot do without. The leave rules themselves (service, balance, lengths) are
 * the API's, told back field by field.
 */
export function checkLeaveDraft(d: LeaveDraft): Record<string, DraftProblem> {
  const out: Record<string, DraftProblem> = {};
  if (!d.type) out.type = 'choose';
  if (!d.startDate) out.startDate = 'required';
  if (!d.endDate) out.endDate = 'required';
  else if (d.startDate && d.endDate < d.startDate) out.endDate = 'endBeforeStart';
  if (!d.reason.trim()) out.reason = 'required';
  if (!d.addressDuringLeave.trim()) out.addressDuringLeave = 'required';
  if (d.type === 'MELAHIRKAN' && !/^\s*([1-9]|1\d|20)\s*$/.test(d.childOrder)) out.childOrder = 'childOrder';
  if (d.type === 'ALASAN_PENTING' && !d.importantReason) out.importantReason = 'choose';
  if (d.type === 'CLTN' && !d.bknApprovalRef.trim()) out.bknApprovalRef = 'bknApprovalRef';
  return out;
}

/** The end a form keeps when its start moves: unchanged, unless empty or now before the start. */
export const endAfterStart = (start: string, end: string): string => (!end || end < start ? start : end);

// ---- Attachments (a sick leave's doctor's note) ----

/** The files a request may carry, by type, with the names' ends (LEAVE_ATTACHMENT_TYPES of @pamong/core). */
export const ATTACHMENT_TYPES = DOCUMENT_TYPES;
export type AttachmentType = DocumentType;
/** At most 4 MB a file, and 5 files a request (MAX_LEAVE_ATTACHMENT_BYTES, MAX_LEAVE_ATTACHMENTS). */
export const MAX_ATTACHMENT_BYTES = 4 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;
export const ATTACHMENT_LIMITS: UploadLimits = { maxBytes: MAX_ATTACHMENT_BYTES, maxFiles: MAX_ATTACHMENTS };
/** The file picker's `accept`: the types, and their ends for pickers that go by the name. */
export const ATTACHMENT_ACCEPT = DOCUMENT_ACCEPT;
export const attachmentTypeOf = documentTypeOf;
/** The name an attachment of blanks is sent under. */
export const ATTACHMENT_FALLBACK_NAME = 'lampiran';

/** The name a file is sent under: see `uploadName`. */
export const attachmentName = (name: string): string => uploadName(name, ATTACHMENT_FALLBACK_NAME);

export type AttachmentProblem = FileProblem;

/** What keeps a picked file from being uploaded, with `count` files on the form already. */
export const checkAttachmentFile = (
  file: { name: string; type: string; size: number },
  count: number,
): AttachmentProblem | null => checkFile(file, count, ATTACHMENT_LIMITS);

/**
 * Whether the request must carry a doctor's note (core's `sick-attachment`): a sick leave of more
 * than one calendar day, unless after a miscarriage. The form says so; the API decides.
 */
export const attachmentRequired = (
  d: Pick<LeaveDraft, 'type' | 'startDate' | 'endDate' | 'miscarriage'>,
): boolean => d.type === 'SAKIT' && !d.miscarriage && !!d.startDate && !!d.endDate && d.endDate > d.startDate;

/** A file of the form: being uploaded, uploaded (with the storage key to name), or failed. */
export type AttachmentUpload = FileUpload;

/** The uploaded files as the request names them, in the form's order. */
export const sentAttachments = (files: readonly AttachmentUpload[]): { key: string; name: string }[] =>
  uploadedFiles(files).map((f) => ({ key: f.key, name: f.name }));

export { pendingUploads, sizeIn };

/**
 * The API's errors at `attachments.N.key` (or `attachments.N`), by the form's file: N counts the
 * files sent, the uploaded ones in order.
 */
export const attachmentErrorsByFile = (
  errors: Readonly<Record<string, string>>,
  files: readonly AttachmentUpload[],
): Record<string, string> => errorsByFile(errors, files, 'attachments');

/** The paths of the API's attachment errors (`attachments`, `attachments.1.key`): said at the files. */
export const isAttachmentPath = (path: string): boolean => /^attachments(?:\.|$)/.test(path);

// ---- The API's broken rules, in the reader's words ----

/** A span of the regulation ("3 months", "1 month 15 days"). */
export interface Span {
  months: number;
  days: number;
}

/** The words the rules are told in: one entry per rule name of @pamong/core's leave checks. */
export interface LeaveRuleWords {
  /** A leave type's name by its code. */
  type: (code: string) => string;
  span: (s: Span) => string;
  endBeforeStart: string;
  typeNotAvailable: (employmentType: string, type: string) => string;
  bersamaNotRequestable: string;
  noWorkingDays: string;
  minService: (type: string, need: number, have: number) => string;
  annualCrossesYear: string;
  annualInBesarYear: string;
  annualBalance: (asked: number, left: number) => string;
  besarMax: (span: string) => string;
  besarInterval: (years: number) => string;
  sickMiscarriageMax: (span: string) => string;
  sickDocumentMiscarriage: string;
  sickDocumentDoctor: (days: number) => string;
  sickDocumentGovernment: (days: number) => string;
  sickMax: (span: string, withoutBoard: boolean) => string;
  maternityMax: (span: string) => string;
  childOrderRequired: string;
  childOrderMax: (max: number, takeBesar: boolean) => string;
  importantReasonRequired: string;
  importantReasonsMax: (span: string) => string;
  cltnBknApproval: string;
  cltnMax: (span: string, extension: boolean) => string;
  sickAttachment: string;
  /** Messages without a rule name, from the request's own checks. */
  noTmt: string;
  tooLong: string;
  changedYear: string;
  notActiveEmployee: string;
  samePerson: string;
  noteRequired: string;
  changeRequired: string;
  notDeferrable: (type: string) => string;
  /** A named attachment that is not the caller's own leave file, or was never uploaded. */
  attachmentNotYours: string;
  attachmentNotUploaded: string;
  attachmentTwice: string;
}

const RULE_SUFFIX = /\s*\(([a-z][a-z0-9-]*)\)\s*$/;

/** A field error's rule name (`… (annual-balance)` → `annual-balance`) and its text without it. */
export function ruleOf(message: string): { rule: string | null; text: string } {
  const m = RULE_SUFFIX.exec(message);
  return m ? { rule: m[1]!, text: message.slice(0, m.index) } : { rule: null, text: message };
}

/** The span in a rule's text: "at most 3 months", "1 month 15 days"; null when there is none. */
export function spanIn(text: string): Span | null {
  const m = /(\d+)\s+months?(?:\s+(\d+)\s+days?)?/.exec(text);
  return m ? { months: Number(m[1]), days: m[2] ? Number(m[2]) : 0 } : null;
}

const numbers = (text: string): number[] => [...text.matchAll(/\d+/g)].map((m) => Number(m[0]));

/**
 * One field error of the leave API in the reader's words: each rule of the leave checks by its name
 * and the numbers in its text, the request's own checks by their text; anything else as the server
 * said it (without the rule name).
 */
export function leaveRuleMessage(message: string, w: LeaveRuleWords): string {
  const { rule, text } = ruleOf(message);
  const span = () => {
    const s = spanIn(text);
    return s ? w.span(s) : null;
  };
  const n = numbers(text);
  switch (rule) {
    case 'end-before-start':
      return w.endBeforeStart;
    case 'type-not-available': {
      const m = /^(\S+) has no (\S+) leave/.exec(text);
      if (m) return w.typeNotAvailable(m[1]!, w.type(m[2]!));
      break;
    }
    case 'bersama-not-requestable':
      return w.bersamaNotRequestable;
    case 'no-working-days':
      return w.noWorkingDays;
    case 'min-service': {
      const m = /^(\S+) needs (\d+) years?.*there (?:are|is) (\d+)/.exec(text);
      if (m) return w.minService(w.type(m[1]!), Number(m[2]), Number(m[3]));
      break;
    }
    case 'annual-crosses-year':
      return w.annualCrossesYear;
    case 'annual-in-besar-year':
      return w.annualInBesarYear;
    case 'annual-balance':
      if (n.length >= 2) return w.annualBalance(n[0]!, n[1]!);
      break;
    case 'besar-max': {
      const s = span();
      if (s) return w.besarMax(s);
      break;
    }
    case 'besar-interval':
      if (n.length >= 1) return w.besarInterval(n[0]!);
      break;
    case 'sick-miscarriage-max': {
      const s = span();
      if (s) return w.sickMiscarriageMax(s);
      break;
    }
    case 'sick-document':
      if (/doctor or midwife/.test(text)) return w.sickDocumentMiscarriage;
      if (n.length >= 1)
        return /government/.test(text) ? w.sickDocumentGovernment(n[0]!) : w.sickDocumentDoctor(n[0]!);
      break;
    case 'sick-max': {
      const s = span();
      if (s) return w.sickMax(s, /without the health board/.test(text));
      break;
    }
    case 'maternity-max': {
      const s = span();
      if (s) return w.maternityMax(s);
      break;
    }
    case 'maternity-child-order':
      if (/is required/.test(text)) return w.childOrderRequired;
      if (n.length >= 2) return w.childOrderMax(n[1]!, /cuti besar/.test(text));
      break;
    case 'important-reason':
      return w.importantReasonRequired;
    case 'important-reasons-max': {
      const s = span();
      if (s) return w.importantReasonsMax(s);
      break;
    }
    case 'cltn-bkn-approval':
      return w.cltnBknApproval;
    case 'cltn-max': {
      const s = span();
      if (s) return w.cltnMax(s, /extension/.test(text));
      break;
    }
    case 'sick-attachment':
      return w.sickAttachment;
    case null: {
      if (/no TMT/.test(text)) return w.noTmt;
      if (/spans at most/.test(text)) return w.tooLong;
      if (/stays in its year/.test(text)) return w.changedYear;
      if (/not an active employee/.test(text)) return w.notActiveEmployee;
      if (/cannot be the principal|stand in for oneself/.test(text)) return w.samePerson;
      if (/needs a reason/.test(text)) return w.noteRequired;
      if (/is required with CHANGE/.test(text)) return w.changeRequired;
      const deferred = /^(\S+) leave cannot be deferred/.exec(text);
      if (deferred) return w.notDeferrable(w.type(deferred[1]!));
      if (/cannot be before startDate/.test(text)) return w.endBeforeStart;
      if (/not one of your uploaded leave files/.test(text)) return w.attachmentNotYours;
      if (/was not uploaded yet/.test(text)) return w.attachmentNotUploaded;
      if (/names the same file twice/.test(text)) return w.attachmentTwice;
      break;
    }
  }
  return text;
}

/**
 * The field errors of a refused call, each field's messages in the reader's words: every broken
 * rule of a field is said (one field may break several), each once.
 */
export function leaveFieldErrors(
  errors: readonly { path: string; message: string }[],
  w: LeaveRuleWords,
): Record<string, string> {
  const byPath = new Map<string, string[]>();
  for (const e of errors) {
    const said = leaveRuleMessage(e.message, w);
    const list = byPath.get(e.path) ?? [];
    if (!list.includes(said)) list.push(said);
    byPath.set(e.path, list);
  }
  return Object.fromEntries([...byPath].map(([path, list]) => [path, list.join(' ')]));
}

/** What a 409 (or a 403) of the leave API meant, from its English detail. */
export type LeaveRefusal =
  | 'overlap'
  | 'no-pybmc'
  | 'month-closed'
  | 'changed'
  | 'balance-closed'
  | 'started'
  | 'over'
  | 'not-cancellable'
  | 'step-done'
  | 'not-recommended'
  | 'delegation-overlap'
  | 'revoked'
  | 'inactive'
  | 'other';

export function leaveRefusal(detail: string | undefined): LeaveRefusal {
  const d = detail ?? '';
  if (/already ha(?:ve|s) leave on|overlap(?:s)? (?:it|another)/i.test(d)) return 'overlap';
  if (/PYBMC/.test(d) && /nobody|not set|no one/i.test(d)) return 'no-pybmc';
  if (/closed for attendance|is closed/i.test(d)) return 'month-closed';
  if (/changed meanwhile/i.test(d)) return 'changed';
  if (/balance .*not open/i.test(d)) return 'balance-closed';
  if (/has started/i.test(d)) return 'started';
  if (/is over/i.test(d)) return 'over';
  if (/cannot be cancelled/i.test(d)) return 'not-cancellable';
  if (/has not recommended/i.test(d)) return 'not-recommended';
  if (/already has its recommendation|takes no recommendation|is already [A-Z_]+/.test(d)) return 'step-done';
  if (/already has a Plt\/Plh/i.test(d)) return 'delegation-overlap';
  if (/already revoked/i.test(d)) return 'revoked';
  if (/only an active employee/i.test(d)) return 'inactive';
  return 'other';
}

// ---- The balance and its ledger ----

export type Bucket = 'N-2' | 'N-1' | 'N';
/** The buckets oldest first: days are spent from the oldest. */
export const BUCKETS: readonly Bucket[] = ['N-2', 'N-1', 'N'];

/** The calendar year a bucket's days were granted for: N is the balance's year. */
export const bucketYear = (year: number, bucket: Bucket): number =>
  year - (bucket === 'N' ? 0 : bucket === 'N-1' ? 1 : 2);

export interface BalanceFacts {
  year: number;
  granted: Record<Bucket, number>;
  used: Record<Bucket, number>;
  remaining: Record<Bucket, number>;
  pendingDays: number;
  available: number;
}

export interface BucketBar {
  bucket: Bucket;
  year: number;
  granted: number;
  used: number;
  remaining: number;
  /** Shares of the widest bar (0-100): what is used, and what is left. */
  usedPct: number;
  remainingPct: number;
}

/**
 * The three buckets as bars on one scale (the largest grant, at least 1 day), oldest first; a bucket
 * with nothing granted is left out, except the year's own.
 */
export function bucketBars(b: BalanceFacts): BucketBar[] {
  const scale = Math.max(1, ...BUCKETS.map((k) => b.granted[k] ?? 0));
  const pct = (n: number) => Math.round((Math.max(0, n) / scale) * 1000) / 10;
  return BUCKETS.filter((k) => k === 'N' || (b.granted[k] ?? 0) > 0).map((k) => ({
    bucket: k,
    year: bucketYear(b.year, k),
    granted: b.granted[k] ?? 0,
    used: b.used[k] ?? 0,
    remaining: b.remaining[k] ?? 0,
    usedPct: pct(b.used[k] ?? 0),
    remainingPct: pct(b.remaining[k] ?? 0),
  }));
}

/**
 * The year's whole right split three ways: taken (held by a granted leave), waiting for a decision,
 * and still available. `used` counts both held kinds, so what is taken is used less what waits.
 */
export function balanceTotals(b: BalanceFacts): {
  granted: number;
  taken: number;
  pending: number;
  available: number;
} {
  const granted = BUCKETS.reduce((s, k) => s + (b.granted[k] ?? 0), 0);
  const used = BUCKETS.reduce((s, k) => s + (b.used[k] ?? 0), 0);
  return {
    granted,
    taken: Math.max(0, used - b.pendingDays),
    pending: b.pendingDays,
    available: b.available,
  };
}

export interface LedgerFacts {
  id: string;
  at: string;
  days: number;
}

/**
 * The ledger oldest first, as a bank book: each entry with the total after it. Entries at the same
 * instant keep the API's order.
 */
export function ledgerWithTotal<T extends LedgerFacts>(entries: readonly T[]): (T & { total: number })[] {
  let total = 0;
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.at < b.e.at ? -1 : a.e.at > b.e.at ? 1 : a.i - b.i))
    .map(({ e }) => {
      total += e.days;
      return { ...e, total };
    });
}

/** The dates a ledger entry's reason names ("request 2026-12-14 – 2026-12-16"), if any. */
export function periodIn(text: string): { startDate: string; endDate: string } | null {
  const dates = text.match(/\d{4}-\d{2}-\d{2}/g);
  if (!dates || dates.length === 0) return null;
  return { startDate: dates[0]!, endDate: dates[1] ?? dates[0]! };
}

// ---- A request's status and what may be done with it ----

export interface RequestFacts {
  type: string;
  status: string;
  employeeStatus: string;
  waitingFor: 'superior' | 'pybmc' | null;
  startDate: string;
  endDate: string;
}

/**
 * What the employee is told: "in process", and for whom it waits, until the PYBMC decides (never
 * the superior's recommendation); then the decision.
 */
export function employeeStatusKey(
  r: Pick<RequestFacts, 'employeeStatus' | 'waitingFor'>,
):
  | 'waitingSuperior'
  | 'waitingPybmc'
  | 'inProcess'
  | 'APPROVED'
  | 'CHANGED'
  | 'DEFERRED'
  | 'REJECTED'
  | 'CANCELLED' {
  if (r.employeeStatus === 'IN_PROCESS')
    return r.waitingFor === 'superior'
      ? 'waitingSuperior'
      : r.waitingFor === 'pybmc'
        ? 'waitingPybmc'
        : 'inProcess';
  return r.employeeStatus as 'APPROVED' | 'CHANGED' | 'DEFERRED' | 'REJECTED' | 'CANCELLED';
}

/** A status's badge tone: waiting, granted, refused, or cancelled (the word is always written too). */
export function statusTone(status: string): 'pending' | 'approved' | 'rejected' | 'cancelled' {
  switch (status) {
    case 'APPROVED':
    case 'CHANGED':
      return 'approved';
    case 'REJECTED':
    case 'DEFERRED':
      return 'rejected';
    case 'CANCELLED':
      return 'cancelled';
    default:
      return 'pending';
  }
}

/**
 * Whether the employee may still cancel their leave: it holds its days (waiting, or granted) and
 * has not started yet; after the start only the PYBMC can.
 */
export const canCancel = (r: Pick<RequestFacts, 'status' | 'startDate'>, today: string): boolean =>
  CANCELLABLE.includes(r.status) && today < r.startDate;

/** The step an approver takes on a request of the inbox: recommend, decide, or none. */
export function stepFor(r: Pick<RequestFacts, 'status'>): 'recommend' | 'decide' | null {
  if (r.status === 'AWAITING_RECOMMENDATION') return 'recommend';
  if (r.status === 'AWAITING_DECISION') return 'decide';
  return null;
}

/** The outcomes offered for a type: deferring only for annual leave and cuti besar. */
export const outcomesFor = (type: string): LeaveOutcomeCode[] =>
  LEAVE_OUTCOME_CODES.filter((o) => o !== 'DEFER' || DEFERRABLE_TYPES.includes(type));

export interface StepDraft {
  outcome: string;
  note: string;
  startDate: string;
  endDate: string;
}

export type StepProblem = 'outcome' | 'noteRequired' | 'dateRequired' | 'endBeforeStart' | 'sameDates';

/**
 * The problems of a step's form before it is sent, by field, as keys of the page's words; "Ubah"
 * with the very dates asked for (`asked`) changes nothing.
 */
export function checkStep(
  d: StepDraft,
  asked?: { startDate: string; endDate: string },
): Record<string, StepProblem> {
  const out: Record<string, StepProblem> = {};
  if (!(LEAVE_OUTCOME_CODES as readonly string[]).includes(d.outcome)) out.outcome = 'outcome';
  if (d.outcome && d.outcome !== 'APPROVE' && d.note.trim() === '') out.note = 'noteRequired';
  if (d.outcome === 'CHANGE') {
    if (!d.startDate) out['changeTo.startDate'] = 'dateRequired';
    if (!d.endDate) out['changeTo.endDate'] = 'dateRequired';
    else if (d.startDate && d.endDate < d.startDate) out['changeTo.endDate'] = 'endBeforeStart';
    else if (asked && d.startDate === asked.startDate && d.endDate === asked.endDate)
      out['changeTo.startDate'] = 'sameDates';
  }
  return out;
}

/** The body of a step: a note unless blank, the new period only with CHANGE. */
export function stepBody(d: StepDraft): {
  outcome: LeaveOutcomeCode;
  note?: string;
  changeTo?: { startDate: string; endDate: string };
} {
  const note = d.note.trim();
  return {
    outcome: d.outcome as LeaveOutcomeCode,
    ...(note ? { note } : {}),
    ...(d.outcome === 'CHANGE' ? { changeTo: { startDate: d.startDate, endDate: d.endDate } } : {}),
  };
}

// ---- The leave calendar ----

export interface CalendarFacts {
  requestId: string;
  employeeId: string;
  employeeName: string;
  type: string;
  startDate: string;
  endDate: string;
  status: string;
}

/** One employee's leave in a month, each leave cut to the month's days. */
export interface CalendarRow<T extends CalendarFacts> {
  employeeId: string;
  employeeName: string;
  entries: (T & { from: string; to: string })[];
}

/**
 * The month's leave by employee, by name, each one's leave by date and cut to the month: the
 * calendar's rows. Leave outside the month is left out.
 */
export function calendarRows<T extends CalendarFacts>(items: readonly T[], month: string): CalendarRow<T>[] {
  const first = `${month}-01`;
  const last = `${month}-${String(daysIn(month)).padStart(2, '0')}`;
  const rows = new Map<string, CalendarRow<T>>();
  for (const item of items) {
    if (item.endDate < first || item.startDate > last) continue;
    const row = rows.get(item.employeeId) ?? {
      employeeId: item.employeeId,
      employeeName: item.employeeName,
      entries: [],
    };
    row.entries.push({
      ...item,
      from: item.startDate < first ? first : item.startDate,
      to: item.endDate > last ? last : item.endDate,
    });
    rows.set(item.employeeId, row);
  }
  for (const row of rows.values())
    row.entries.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return [...rows.values()].sort((a, b) => a.employeeName.localeCompare(b.employeeName, 'id'));
}

/** The leave that covers a date, of one row; null when the employee works that day. */
export const entryOn = <T extends CalendarFacts>(row: CalendarRow<T>, date: string) =>
  row.entries.find((e) => e.from <= date && date <= e.to) ?? null;

/** The leave of a month by date, for the phone's list: only the dates on which someone is away. */
export function calendarDays<T extends CalendarFacts>(
  items: readonly T[],
  month: string,
): { date: string; items: T[] }[] {
  return monthDates(month)
    .map((date) => ({
      date,
      items: items
        .filter((i) => i.startDate <= date && date <= i.endDate)
        .sort((a, b) => a.employeeName.localeCompare(b.employeeName, 'id')),
    }))
    .filter((d) => d.items.length > 0);
}

// ---- Delegations ----

/** A delegation's state on a day: revoked, over, not begun, or in force. */
export function delegationState(
  d: { revoked: boolean; startDate: string; endDate: string },
  today: string,
): 'revoked' | 'ended' | 'upcoming' | 'active' {
  if (d.revoked) return 'revoked';
  if (d.endDate < today) return 'ended';
  if (d.startDate > today) return 'upcoming';
  return 'active';
}

/** Whether a delegation can still be revoked: not revoked yet, and not over. */
export const canRevoke = (
  d: { revoked: boolean; startDate: string; endDate: string },
  today: string,
): boolean => {
  const s = delegationState(d, today);
  return s === 'active' || s === 'upcoming';
};
