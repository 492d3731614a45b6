import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  type AttendanceDecisionBody,
  type AttendanceRequest,
  decideAttendancePermission,
  decideOffsiteDuty,
  listAttendanceRequests,
} from '../../api/attendance';
import { ApiError } from '../../api/client';
import { LoadMoreFooter } from '../../components/admin';
import { ErrorMessage, Loading, Notice, SelectField, TextAreaField } from '../../components/ui';
import type { ProblemOverrides } from '../../i18n';
import { useSchemaForm } from '../../lib/forms';
import { useAsync, useLoadMore } from '../../lib/hooks';
import { loadAgencies } from '../../lib/lookups';
import { useMe, useRole } from '../../session';
import { LeaveInbox } from './LeaveInbox';
import { RequestCard, useRequestDates } from './request-parts';
import { decisionConflict, REQUEST_STATUSES, type RequestStatus } from './requests';
import { decideOffsiteDutySchema } from './schemas';
import {
  type AttendanceDictionary,
  AttendanceHeader,
  NotLinked,
  useAttendanceText,
  useFieldErrors,
  useLeaveText,
} from './shared';

/**
 * "Persetujuan" (issue 13 §2, §4, §5): first the leave waiting for the caller's step (LeaveInbox),
 * for any account linked to an employee, since whoever is a direct superior or PYBMC (or their
 * Plt/Plh) in the org structure recommends or decides it; then, for supervisors and admins, the
 * off-site duties and izin they may decide (a supervisor their own unit, an agency admin their
 * agency, the tenant admin an agency they pick), oldest first, by status. A pending one is approved
 * with one press, or refused with a reason the employee reads; once decided it leaves the pending
 * list, and the page says what was done.
 */
export default function ApprovalsPage() {
  const at = useAttendanceText();
  const apt = at.approvals;
  const lt = useLeaveText();
  const { role } = useRole();
  const linked = Boolean(useMe().user.employeeId);
  const staff = role !== 'employee';
  return (
    <section class="att-approvals">
      <AttendanceHeader title={apt.title} current="/attendance/approvals" />
      {linked ? (
        <LeaveInbox intro={staff ? lt.approvals.intro : lt.approvals.employeeIntro} />
      ) : (
        !staff && <NotLinked body={lt.approvals.notLinked} />
      )}
      {staff && <RequestApprovals />}
    </section>
  );
}

/** The off-site duties and izin of the caller's scope, by status (supervisors and admins). */
function RequestApprovals() {
  const at = useAttendanceText();
  const apt = at.approvals;
  const { tenantWide } = useRole();
  // The session's copy of the agencies (lib/lookups), for the tenant admin's choice only.
  const agencyList = useAsync(() => (tenantWide ? loadAgencies() : Promise.resolve([])), [tenantWide]);
  const agencies = agencyList.data ?? [];
  const active = agencies.filter((a) => a.status === 'active');
  const { agencyId: chosen, status, set } = useApprovalsQuery();
  const rt = at.requests;
  // A tenant admin starts on the first active agency; everyone else has their own scope.
  const agencyId = tenantWide ? chosen || active[0]?.id || '' : undefined;

  return (
    <section class="att-approvals-requests" aria-labelledby="att-approvals-requests-title">
      <h2 id="att-approvals-requests-title">{at.tabs.requests}</h2>
      <p class="muted small att-req-intro">{apt.intro}</p>
      <ErrorMessage error={agencyList.error} />
      <div class="toolbar att-approvals-filters">
        {tenantWide && (
          <SelectField
            label={apt.agency}
            name="agencyId"
            value={agencyId}
            onChange={(e) => set({ agencyId: e.currentTarget.value })}
          >
            {active.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
            {/* An agency from the link, no longer active: still by its name. */}
            {agencyId && !active.some((a) => a.id === agencyId) && (
              <option value={agencyId}>{agencies.find((a) => a.id === agencyId)?.name ?? apt.agency}</option>
            )}
          </SelectField>
        )}
        <SelectField
          label={apt.status}
          name="status"
          value={status}
          onChange={(e) => set({ status: e.currentTarget.value as RequestStatus })}
        >
          {REQUEST_STATUSES.map((s) => (
            <option key={s} value={s}>
              {rt.statuses[s]}
            </option>
          ))}
        </SelectField>
      </div>
      {tenantWide && !agencyId ? (
        agencyList.data ? (
          <p class="muted">{apt.noAgencies}</p>
        ) : (
          !agencyList.error && <Loading />
        )
      ) : (
        <Inbox key={`${agencyId ?? ''}:${status}`} agencyId={agencyId} status={status} />
      )}
    </section>
  );
}

/** The agency (a tenant admin's) and the status shown, kept in the URL (`?agency=…&status=APPROVED`). */
function useApprovalsQuery() {
  const { path, query, route } = useLocation();
  const status: RequestStatus = REQUEST_STATUSES.includes(query.status as RequestStatus)
    ? (query.status as RequestStatus)
    : 'PENDING';
  const agencyId = query.agency ?? '';
  const set = (next: { agencyId?: string; status?: RequestStatus }) => {
    const params = new URLSearchParams();
    const a = next.agencyId ?? agencyId;
    const s = next.status ?? status;
    if (a) params.set('agency', a);
    if (s !== 'PENDING') params.set('status', s);
    const qs = params.toString();
    route(qs ? `${path}?${qs}` : path, true);
  };
  return { agencyId, status, set };
}

const PAGE_SIZE = 20;

/** A decision by the request's kind: an off-site duty's, or an izin's. */
const decide = (r: AttendanceRequest, body: AttendanceDecisionBody) =>
  r.kind === 'offsite-duty' ? decideOffsiteDuty(r.id, body) : decideAttendancePermission(r.id, body);

/**
 * What was said last at the top of the list: a decision made (the request as it was, and as it is
 * now), or a refusal after which the list was read again. Put in words when shown, in the reader's
 * language of the moment.
 */
type Outcome =
  | { tone: 'ok'; before: AttendanceRequest; after: AttendanceRequest }
  | { tone: 'error'; error: unknown };

function Inbox({ agencyId, status }: { agencyId?: string; status: RequestStatus }) {
  const at = useAttendanceText();
  const apt = at.approvals;
  const rt = at.requests;
  const { supervisor } = useRole();
  const dates = useRequestDates();
  const list = useLoadMore(
    (cursor) => listAttendanceRequests({ view: 'inbox', status, agencyId, cursor, limit: PAGE_SIZE }),
    (r: AttendanceRequest) => r.id,
  );
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  // What was done is read out and brought into view: the card pressed may be gone.
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const decided = (before: AttendanceRequest, after: AttendanceRequest) => {
    setOutcome({ tone: 'ok', before, after });
    // The last one loaded leaves: read the list again rather than show it empty with more behind.
    if (list.items.length === 1 && list.hasMore) list.reload();
    else list.remove(before);
  };
  const stale = (error: unknown) => {
    setOutcome({ tone: 'error', error });
    list.reload();
  };
  const decidedText = (before: AttendanceRequest, after: AttendanceRequest) =>
    (after.status === 'APPROVED' ? apt.approved : apt.rejected)(
      rt.kinds[before.kind],
      before.employeeName,
      dates(before),
    );
  const listOverrides: ProblemOverrides = {
    forbidden: supervisor ? apt.errors.noUnit : apt.errors.listForbidden,
  };

  return (
    <>
      <div ref={outcomeRef} tabIndex={-1} class="att-outcome">
        {outcome?.tone === 'ok' && <Notice>{decidedText(outcome.before, outcome.after)}</Notice>}
        {outcome?.tone === 'error' && (
          <ErrorMessage error={outcome.error} overrides={decisionErrors(apt, outcome.error)} />
        )}
      </div>
      <section class="att-req-inbox" aria-labelledby="att-req-inbox-title">
        <h3 id="att-req-inbox-title">{apt.listTitle(rt.statuses[status])}</h3>
        {list.items.length > 0 && (
          <ul class="att-req-list" aria-busy={list.loading}>
            {list.items.map((r) => (
              <li key={r.id}>
                <RequestCard request={r} showEmployee>
                  {r.status === 'PENDING' && (
                    <Decide request={r} onDecided={(after) => decided(r, after)} onStale={stale} />
                  )}
                </RequestCard>
              </li>
            ))}
          </ul>
        )}
        {list.error ? (
          <ErrorMessage error={list.error} overrides={listOverrides} />
        ) : (
          <LoadMoreFooter list={list} moreText={apt.more} emptyText={apt.empty[status]} />
        )}
      </section>
    </>
  );
}

/**
 * The words for a refused decision: 409 when the month is closed or the request was decided
 * already (told apart by the API's detail), 403 when the caller may not decide it.
 */
function decisionErrors(apt: AttendanceDictionary['approvals'], error: unknown): ProblemOverrides {
  const detail = error instanceof ApiError ? error.detail : undefined;
  return {
    conflict: decisionConflict(detail) === 'month-closed' ? apt.errors.monthClosed : apt.errors.decided,
    'version-conflict': apt.errors.conflict,
    forbidden: apt.errors.forbidden,
    'not-found': apt.errors.notFound,
  };
}

/** A refusal after which the request is not what the list shows: decided already, or gone. */
const isStale = (error: unknown) =>
  error instanceof ApiError &&
  (error.type === 'version-conflict' ||
    error.type === 'not-found' ||
    (error.type === 'conflict' && decisionConflict(error.detail) === 'decided'));

/**
 * Approve (one press) or refuse (a reason first) a pending request. A refusal the list should show
 * afresh goes up to it; any other stays on the card.
 */
function Decide({
  request: r,
  onDecided,
  onStale,
}: {
  request: AttendanceRequest;
  onDecided: (after: AttendanceRequest) => void;
  onStale: (error: unknown) => void;
}) {
  const at = useAttendanceText();
  const apt = at.approvals;
  const kind = at.requests.kinds[r.kind];
  const [rejecting, setRejecting] = useState(false);
  const [approving, setApproving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // The reason is asked for at once: focus goes to its field.
  useEffect(() => {
    if (rejecting) formRef.current?.querySelector('textarea')?.focus();
  }, [rejecting]);

  const send = async (body: AttendanceDecisionBody) => {
    setError(null);
    try {
      onDecided(await decide(r, body));
    } catch (err) {
      if (isStale(err)) onStale(err);
      else if (err instanceof ApiError && err.type === 'validation') throw err;
      else setError(err);
    }
  };
  const approve = async () => {
    setApproving(true);
    try {
      await send({ approve: true });
    } catch (err) {
      setError(err);
    } finally {
      setApproving(false);
    }
  };
  const form = useSchemaForm(
    decideOffsiteDutySchema,
    (v) => ({ approve: false, note: v.note }),
    (value) => send(value),
  );
  const errors = useFieldErrors(form.error);
  if (errors.note) errors.note = apt.noteRequired;
  const busy = approving || form.busy;

  return (
    <div class="att-req-decide">
      <ErrorMessage error={error} overrides={decisionErrors(apt, error)} />
      {!rejecting ? (
        <div class="actions">
          <button
            type="button"
            class="btn btn-primary"
            disabled={busy}
            aria-busy={approving}
            aria-label={apt.approveLabel(kind, r.employeeName)}
            onClick={() => void approve()}
          >
            {approving ? apt.saving : apt.approve}
          </button>
          <button
            type="button"
            class="btn btn-danger"
            disabled={busy}
            aria-label={apt.rejectLabel(kind, r.employeeName)}
            onClick={() => {
              setError(null);
              setRejecting(true);
            }}
          >
            {apt.reject}
          </button>
        </div>
      ) : (
        <form ref={formRef} class="stack att-req-reject" onSubmit={form.submit} noValidate>
          <ErrorMessage error={errors.note ? null : form.error} fieldNames={['note']} />
          <TextAreaField
            label={apt.note}
            name="note"
            errors={errors}
            hint={apt.noteHint}
            maxLength={1000}
            rows={2}
          />
          <div class="actions">
            <button type="submit" class="btn btn-danger btn-primary" disabled={busy} aria-busy={form.busy}>
              {form.busy ? apt.saving : apt.confirmReject}
            </button>
            <button type="button" class="btn" disabled={busy} onClick={() => setRejecting(false)}>
              {apt.cancel}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
