import * as z from 'zod';
import { DELEGATION_KINDS, LEAVE_OUTCOMES, LEAVE_STATUSES } from '../attendance/approval';
import { BUCKETS } from '../attendance/balance';
import {
  IMPORTANT_REASONS,
  LEAVE_ATTACHMENT_TYPES,
  LEAVE_TYPES,
  type LeaveAttachmentType,
  MAX_LEAVE_ATTACHMENT_BYTES,
  MAX_LEAVE_ATTACHMENTS,
} from '../attendance/leave';
import { idSchema } from '../ids';
import { employmentTypeSchema } from '../personnel/vocabulary';
import { isoDateSchema, monthSchema } from './common';

/**
 * Leave (cuti) as the API answers it (issue 13 §4): a request with its two approval steps, the
 * annual balance with its ledger, the leave calendar and the Plt/Plh delegations. The inputs are in
 * `schemas/attendance.ts` beside the other attendance inputs.
 */

const leaveType = z.enum(LEAVE_TYPES);
const person = z.object({ id: idSchema, name: z.string() });

export const leaveStepRecordSchema = z.object({
  step: z.enum(['recommendation', 'decision', 'cancellation']),
  outcome: z.enum([...LEAVE_OUTCOMES, 'SKIPPED', 'CANCELLED']),
  actorId: z.string(),
  actorName: z.string().nullable(),
  /** The official the actor stood in for, when a Plt or Plh acted. */
  onBehalfOfId: z.string().nullable(),
  onBehalfOfName: z.string().nullable(),
  delegationKind: z.enum(DELEGATION_KINDS).nullable(),
  at: z.string(),
  note: z.string().nullable(),
  changedTo: z.object({ startDate: isoDateSchema, endDate: isoDateSchema }).nullable(),
});
export type LeaveStepRecord = z.infer<typeof leaveStepRecordSchema>;

export const leaveRequestSchema = z.object({
  id: idSchema,
  employeeId: idSchema,
  employeeName: z.string(),
  nip: z.string(),
  agencyId: idSchema,
  unitId: idSchema,
  unitName: z.string(),
  employmentType: employmentTypeSchema,
  type: leaveType,
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  /** Working days: weekends and the tenant's holidays excluded; recounted when a holiday changes. */
  workingDays: z.int(),
  calendarDays: z.int(),
  reason: z.string(),
  addressDuringLeave: z.string(),
  details: z.object({
    sickDocument: z.enum(['note-to-superior', 'doctor', 'government-doctor']).nullable(),
    healthBoardExtension: z.boolean(),
    miscarriage: z.boolean(),
    childOrder: z.int().nullable(),
    firstHajj: z.boolean(),
    importantReason: z.enum(IMPORTANT_REASONS).nullable(),
    bknApprovalRef: z.string().nullable(),
    cltnExtension: z.boolean(),
  }),
  status: z.enum(LEAVE_STATUSES),
  /**
   * What the employee is told: IN_PROCESS until the PYBMC decides, whatever the superior
   * recommended; then the decision.
   */
  employeeStatus: z.enum(['IN_PROCESS', 'APPROVED', 'CHANGED', 'DEFERRED', 'REJECTED', 'CANCELLED']),
  waitingFor: z.enum(['superior', 'pybmc']).nullable(),
  /** Who may act next, resolved from the org structure and the delegations now. */
  superior: person.nullable(),
  pybmc: person.nullable(),
  /**
   * The steps so far. The requester does not see the recommendation until the decision: they are
   * told the outcome once, by the PYBMC.
   */
  steps: z.array(leaveStepRecordSchema),
  /** Documents attached (a doctor's note): opened one by one, each opening logged. */
  attachments: z.array(z.object({ index: z.int(), name: z.string(), contentType: z.string() })),
  /** Annual-leave days the request holds (0 for the other types). */
  annualDaysHeld: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.int().min(1),
});
export type LeaveRequest = z.infer<typeof leaveRequestSchema>;

export const listLeaveRequestsQuerySchema = z.object({
  /**
   * `mine`: one's own, newest first. `inbox`: the requests waiting for the caller's step (as direct
   * superior or PYBMC, or their Plt/Plh). `agency`: an agency's requests by status, for its admins and
   * the tenant admin (a supervisor sees their own unit's).
   */
  view: z.enum(['mine', 'inbox', 'agency']).default('mine'),
  status: z.enum(LEAVE_STATUSES).optional(),
  agencyId: idSchema.optional(),
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListLeaveRequestsQuery = z.infer<typeof listLeaveRequestsQuerySchema>;

const bucketsSchema = z.object(
  Object.fromEntries(BUCKETS.map((b) => [b, z.int()])) as {
    [K in (typeof BUCKETS)[number]]: z.ZodInt;
  },
);

export const LEAVE_LEDGER_KINDS = [
  'grant',
  'carry-over',
  'reserve',
  'release',
  'resize',
  'holiday-recount',
  'cuti-bersama',
] as const;
export type LeaveLedgerKind = (typeof LEAVE_LEDGER_KINDS)[number];

export const leaveLedgerEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  year: z.int(),
  kind: z.enum(LEAVE_LEDGER_KINDS),
  /** Days added to (positive) or taken from (negative) what can be taken. */
  days: z.int(),
  /** For grants and carry-overs: the bucket the days go to. */
  bucket: z.enum(BUCKETS).nullable(),
  requestId: z.string().nullable(),
  reason: z.string(),
  actorName: z.string().nullable(),
});
export type LeaveLedgerEntry = z.infer<typeof leaveLedgerEntrySchema>;

export const leaveBalanceSchema = z.object({
  employeeId: idSchema,
  employmentType: employmentTypeSchema,
  year: z.int(),
  /** The types this employee's employment type has (tenant setting, ASN-RULES §5 by default). */
  types: z.array(leaveType),
  annualDays: z.int(),
  /** The ceiling that applied this year (18 or 24 with carry-over; 12 without). */
  cap: z.int(),
  basis: z.enum([
    'first-year',
    'one-year-carry',
    'two-unused-years',
    'deferred',
    'besar-year',
    'not-entitled',
  ]),
  granted: bucketsSchema,
  /** Held days: taken, granted for later, or waiting for a decision; spent oldest first. */
  used: bucketsSchema,
  remaining: bucketsSchema,
  /** Of the held days, those still waiting for a decision. */
  pendingDays: z.int(),
  available: z.int(),
  /** PPPK: the year's cuti bersama days charged to annual leave. */
  cutiBersamaDays: z.array(isoDateSchema),
  ledger: z.array(leaveLedgerEntrySchema),
});
export type LeaveBalance = z.infer<typeof leaveBalanceSchema>;

export const leaveBalanceQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** Admins and the employee's approvers may read another employee's balance. */
  employeeId: idSchema.optional(),
});

export const leaveCalendarQuerySchema = z.object({
  month: monthSchema,
  /** Admins name an agency; a supervisor sees their own unit, an employee their own leave. */
  agencyId: idSchema.optional(),
});

export const leaveCalendarEntrySchema = z.object({
  requestId: idSchema,
  employeeId: idSchema,
  employeeName: z.string(),
  unitId: idSchema,
  type: leaveType,
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  status: z.enum(LEAVE_STATUSES),
});
export const leaveCalendarSchema = z.object({
  month: monthSchema,
  /** What the caller's scope covers: their own leave, their unit, an agency or the tenant. */
  scope: z.enum(['own', 'unit', 'agency', 'tenant']),
  items: z.array(leaveCalendarEntrySchema),
});
export type LeaveCalendar = z.infer<typeof leaveCalendarSchema>;

export const approvalDelegationSchema = z.object({
  id: idSchema,
  principal: person,
  delegate: person,
  agencyId: idSchema,
  kind: z.enum(DELEGATION_KINDS),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  decreeNumber: z.string().nullable(),
  revoked: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string(),
  version: z.int().min(1),
});
export type ApprovalDelegationRecord = z.infer<typeof approvalDelegationSchema>;

export const listApprovalDelegationsQuerySchema = z.object({
  agencyId: idSchema.optional(),
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListApprovalDelegationsQuery = z.infer<typeof listApprovalDelegationsQuerySchema>;

export const revokeApprovalDelegationSchema = z.strictObject({
  version: z.int().min(1),
  reason: z.string().trim().min(1).max(1000),
});

export const createLeaveAttachmentUploadSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  contentType: z.enum(Object.keys(LEAVE_ATTACHMENT_TYPES) as [LeaveAttachmentType, ...LeaveAttachmentType[]]),
  size: z.int().min(1).max(MAX_LEAVE_ATTACHMENT_BYTES),
});
export type CreateLeaveAttachmentUploadInput = z.infer<typeof createLeaveAttachmentUploadSchema>;

export const leaveAttachmentUploadSchema = z.object({
  /** Name it in `requestLeave.attachments` once the PUT succeeded. */
  key: z.string(),
  name: z.string(),
  contentType: z.string(),
  upload: z.object({
    url: z.string(),
    method: z.literal('PUT'),
    headers: z.record(z.string(), z.string()),
    expiresAt: z.string(),
  }),
});

export const leaveAttachmentParamsSchema = z.object({
  requestId: idSchema,
  index: z.coerce
    .number()
    .int()
    .min(0)
    .max(MAX_LEAVE_ATTACHMENTS - 1),
});
