/**
 * Calls of the leave (cuti) API, one function per operationId (issue 13 §4-§5): the annual balance
 * and its ledger, asking for leave (with its attachments, uploaded first), the two approval steps and
 * cancelling, opening an attachment, the leave calendar and the Plt/Plh delegations. Built on ../../api/client (token, problem+json, 401 handling); every type
 * is read from the generated schema.
 */
import {
  accepting,
  api,
  type BodyOf,
  call,
  type Download,
  download,
  type ItemOf,
  type QueryOf,
  type ResponseOf,
} from '../../api/client';

export type LeaveBalance = ResponseOf<'getMyLeaveBalance'>;
export type LeaveLedgerEntry = LeaveBalance['ledger'][number];
export type LeaveRequest = ItemOf<'listLeaveRequests'>;
export type LeaveType = LeaveRequest['type'];
export type LeaveStatus = LeaveRequest['status'];
export type LeaveEmployeeStatus = LeaveRequest['employeeStatus'];
export type LeaveStep = LeaveRequest['steps'][number];
export type LeaveDetails = LeaveRequest['details'];
export type LeaveAttachment = LeaveRequest['attachments'][number];
export type LeaveAttachmentUploadBody = BodyOf<'createLeaveAttachmentUpload'>;
export type LeaveAttachmentUpload = ResponseOf<'createLeaveAttachmentUpload'>;
export type ListLeaveRequestsQuery = QueryOf<'listLeaveRequests'>;
export type RequestLeaveBody = BodyOf<'requestLeave'>;
export type LeaveStepBody = BodyOf<'recommendLeave'>;
export type LeaveOutcome = LeaveStepBody['outcome'];
export type LeaveCalendar = ResponseOf<'listLeaveCalendar'>;
export type LeaveCalendarEntry = LeaveCalendar['items'][number];
export type ApprovalDelegation = ItemOf<'listApprovalDelegations'>;
export type CreateApprovalDelegationBody = BodyOf<'createApprovalDelegation'>;

const requestPath = (requestId: string) => ({ params: { path: { requestId } } });

/** One's own annual-leave balance of a year (default this year), its buckets and its ledger. */
export const getMyLeaveBalance = (year?: number) =>
  call(api.GET('/v1/attendance/leave/balance', { params: { query: { year } } }));

/**
 * Asks for leave. Every broken rule of the type is a 400 field error whose message ends with the
 * rule's name in parentheses; an overlap with another leave, or a balance that moved, is a 409.
 */
export const requestLeave = (body: RequestLeaveBody) =>
  call(api.POST('/v1/attendance/leave/requests', { body }));

/**
 * Before a request: where to upload one file (PDF, JPEG or PNG, at most 4 MB) and the key the
 * request then names. The file itself goes to `upload.url` with `putFile` (../../lib/uploads).
 */
export const createLeaveAttachmentUpload = (body: LeaveAttachmentUploadBody) =>
  call(api.POST('/v1/attendance/leave/attachments', { body }));

/**
 * The bytes of a request's attachment, with its type (a doctor's note: health data). Only the
 * employee and their approvers may open it, anyone else is told 404; the API logs every opening.
 */
export const openLeaveAttachment = (requestId: string, index: number): Promise<Download> =>
  download(
    api.GET('/v1/attendance/leave/requests/{requestId}/attachments/{index}', {
      params: { path: { requestId, index } },
      parseAs: 'blob',
      headers: accepting('application/pdf, image/jpeg, image/png'),
    }),
  );

/**
 * A page of leave requests: `mine`, one's own, newest first; `inbox`, those waiting for the
 * caller's step (one page of at most 100, oldest first); `agency`, an agency's.
 */
export const listLeaveRequests = (q: ListLeaveRequestsQuery) =>
  call(api.GET('/v1/attendance/leave/requests', { params: { query: q } }));

/** One leave request. */
export const getLeaveRequest = (requestId: string) =>
  call(api.GET('/v1/attendance/leave/requests/{requestId}', requestPath(requestId)));

/** Step 1, the direct superior's (or their Plt/Plh's) recommendation. */
export const recommendLeave = (requestId: string, body: LeaveStepBody) =>
  call(
    api.POST('/v1/attendance/leave/requests/{requestId}/recommendation', { ...requestPath(requestId), body }),
  );

/** Step 2, the PYBMC's (or their Plt/Plh's) decision. */
export const decideLeave = (requestId: string, body: LeaveStepBody) =>
  call(api.POST('/v1/attendance/leave/requests/{requestId}/decision', { ...requestPath(requestId), body }));

/** Cancels a leave: the employee, before it starts. */
export const cancelLeave = (requestId: string, reason?: string) =>
  call(
    api.POST('/v1/attendance/leave/requests/{requestId}/cancellation', {
      ...requestPath(requestId),
      body: reason ? { reason } : {},
    }),
  );

/** Who is on leave in a month (`YYYY-MM`), within the caller's scope; admins may name an agency. */
export const listLeaveCalendar = (month: string, agencyId?: string) =>
  call(api.GET('/v1/attendance/leave/calendar', { params: { query: { month, agencyId } } }));

/** A page of Plt/Plh delegations (admins; a tenant admin may name an agency). */
export const listApprovalDelegations = (q: QueryOf<'listApprovalDelegations'>) =>
  call(api.GET('/v1/attendance/leave/delegations', { params: { query: q } }));

/** Names a Plt or Plh who acts for an official on leave approvals over a date range (admins). */
export const createApprovalDelegation = (body: CreateApprovalDelegationBody) =>
  call(api.POST('/v1/attendance/leave/delegations', { body }));

/** Ends a delegation before its end date, with the version read and a reason (admins). */
export const revokeApprovalDelegation = (delegationId: string, version: number, reason: string) =>
  call(
    api.POST('/v1/attendance/leave/delegations/{delegationId}/revocation', {
      params: { path: { delegationId } },
      body: { version, reason },
    }),
  );
