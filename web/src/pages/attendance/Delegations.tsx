import { Fragment } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { type SearchHit, searchEmployees } from '../../api/personnel';
import { AgencySelect, LoadMoreFooter } from '../../components/admin';
import { ErrorMessage, InputField, Notice, TextAreaField } from '../../components/ui';
import { type ProblemOverrides, useI18n } from '../../i18n';
import { useFormat, useToday } from '../../lib/format';
import { useAsync, useLoadMore } from '../../lib/hooks';
import { loadAgencies } from '../../lib/lookups';
import { useRole } from '../../session';
import { canRevoke, delegationState, endAfterStart, leaveFieldErrors, leaveRefusal } from './leave';
import {
  type ApprovalDelegation,
  createApprovalDelegation,
  listApprovalDelegations,
  revokeApprovalDelegation,
} from './leave-api';
import { LeaveBadge } from './leave-parts';
import { dateRangeText } from './requests';
import { AttendanceHeader, type LeaveDictionary, useLeaveText } from './shared';

/**
 * "Delegasi Plt/Plh" (issue 13 §4-§5, admins): who stands in for an official on leave approvals
 * over a date range. A tenant admin names one for any agency's official (and filters the list by
 * agency), an agency admin for their own agency's. Principal and delegate are found by name, never
 * typed as ids. A delegation in force or to come can be revoked, with a reason.
 */
export default function DelegationsPage() {
  const dt = useLeaveText().delegations;
  const { tenantWide, ownAgencyId } = useRole();
  const agencyList = useAsync(() => (tenantWide ? loadAgencies() : Promise.resolve([])), [tenantWide]);
  const agencies = agencyList.data ?? [];
  const [agencyId, setAgencyId] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [rev, setRev] = useState(0);
  const agencyName = (id: string) => agencies.find((a) => a.id === id)?.name;
  return (
    <section class="att-delegations">
      <AttendanceHeader title={dt.title} current="/attendance/leave/delegations" />
      <p class="muted att-req-intro">{dt.intro}</p>
      {!tenantWide && <p class="muted small">{dt.ownAgency}</p>}
      {notice && <Notice>{notice}</Notice>}
      <CreateDelegation
        key={rev}
        agencyId={tenantWide ? undefined : (ownAgencyId ?? undefined)}
        onCreated={(text) => {
          setNotice(text);
          setRev((n) => n + 1);
        }}
      />
      <section class="att-delegation-list" aria-labelledby="att-delegation-list-title">
        <h2 id="att-delegation-list-title">{dt.caption}</h2>
        <ErrorMessage error={agencyList.error} />
        {tenantWide && agencies.length > 0 && (
          <div class="toolbar">
            <AgencySelect
              label={dt.agency}
              allLabel={dt.allAgencies}
              agencies={agencies}
              value={agencyId}
              onChange={setAgencyId}
            />
          </div>
        )}
        <DelegationList
          key={`${agencyId}:${rev}`}
          agencyId={agencyId || undefined}
          agencyName={tenantWide ? agencyName : undefined}
          onNotice={setNotice}
        />
      </section>
    </section>
  );
}

const PAGE_SIZE = 25;

function DelegationList({
  agencyId,
  agencyName,
  onNotice,
}: {
  agencyId?: string;
  agencyName?: (id: string) => string | undefined;
  onNotice: (text: string | null) => void;
}) {
  const dt = useLeaveText().delegations;
  const { locale } = useFormat();
  const today = useToday();
  const list = useLoadMore(
    (cursor) => listApprovalDelegations({ agencyId, cursor, limit: PAGE_SIZE }),
    (d: ApprovalDelegation) => d.id,
  );
  const [revoking, setRevoking] = useState<string | null>(null);
  return (
    <>
      {list.items.length > 0 && (
        <div class="card table-wrap att-delegation-table">
          <table>
            <caption class="sr-only">{dt.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{dt.principal}</th>
                <th scope="col">{dt.delegate}</th>
                <th scope="col">{dt.period}</th>
                <th scope="col">{dt.decree}</th>
                <th scope="col">{dt.state}</th>
                <th scope="col">
                  <span class="sr-only">{dt.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody aria-busy={list.loading}>
              {list.items.map((d) => {
                const state = delegationState(d, today);
                return (
                  <Fragment key={d.id}>
                    <tr>
                      <td data-label={dt.principal}>
                        <strong>{d.principal.name}</strong>
                        {agencyName?.(d.agencyId) && (
                          <span class="muted small att-delegation-agency">{agencyName(d.agencyId)}</span>
                        )}
                      </td>
                      <td data-label={dt.delegate}>
                        {d.delegate.name}
                        <span class="muted small att-delegation-agency">{dt.kinds[d.kind] ?? d.kind}</span>
                      </td>
                      <td data-label={dt.period}>{dateRangeText(locale, d.startDate, d.endDate)}</td>
                      <td data-label={dt.decree}>{d.decreeNumber ?? '–'}</td>
                      <td data-label={dt.state}>
                        <LeaveBadge tone={stateTone(state)}>{dt.states[state]}</LeaveBadge>
                      </td>
                      <td class="att-delegation-actions">
                        {canRevoke(d, today) && revoking !== d.id && (
                          <button
                            type="button"
                            class="btn btn-small btn-danger"
                            aria-label={dt.revokeLabel(d.delegate.name, d.principal.name)}
                            onClick={() => {
                              onNotice(null);
                              setRevoking(d.id);
                            }}
                          >
                            {dt.revoke}
                          </button>
                        )}
                      </td>
                    </tr>
                    {revoking === d.id && (
                      <tr class="row-detail">
                        <td colSpan={6}>
                          <RevokeForm
                            delegation={d}
                            onClose={() => setRevoking(null)}
                            onRevoked={(after) => {
                              setRevoking(null);
                              list.replace(after);
                              onNotice(dt.revoked(after.delegate.name, after.principal.name));
                            }}
                            onStale={() => {
                              setRevoking(null);
                              list.reload();
                            }}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <LoadMoreFooter list={list} moreText={dt.more} emptyText={dt.empty} />
      {list.error instanceof ApiError && list.error.type === 'forbidden' && (
        <p class="muted small">{dt.errors.listForbidden}</p>
      )}
    </>
  );
}

const stateTone = (state: ReturnType<typeof delegationState>) =>
  state === 'active' ? 'approved' : state === 'upcoming' ? 'pending' : 'cancelled';

/** Revokes a delegation with the version read and a reason (required). */
function RevokeForm({
  delegation: d,
  onClose,
  onRevoked,
  onStale,
}: {
  delegation: ApprovalDelegation;
  onClose: () => void;
  onRevoked: (after: ApprovalDelegation) => void;
  onStale: () => void;
}) {
  const dt = useLeaveText().delegations;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    ref.current?.querySelector('textarea')?.focus();
  }, []);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    setError(null);
    try {
      onRevoked(await revokeApprovalDelegation(d.id, d.version, reason.trim()));
    } catch (err) {
      setError(err);
      if (
        err instanceof ApiError &&
        (err.type === 'conflict' || err.type === 'version-conflict' || err.type === 'not-found')
      )
        setTimeout(onStale, 0);
    } finally {
      setBusy(false);
    }
  };
  const refusal = error instanceof ApiError ? leaveRefusal(error.detail) : 'other';
  return (
    <form ref={ref} class="stack att-req-reject" onSubmit={submit} noValidate>
      <ErrorMessage
        error={error}
        overrides={{
          conflict: refusal === 'revoked' ? dt.errors.revoked : dt.errors.conflict,
          'version-conflict': dt.errors.conflict,
          'not-found': dt.errors.notFound,
          forbidden: dt.errors.forbidden,
        }}
        fieldNames={['reason', 'version']}
      />
      <TextAreaField
        label={dt.revokeReason}
        name="reason"
        errors={missing ? { reason: dt.revokeRequired } : undefined}
        hint={dt.revokeHint}
        maxLength={1000}
        rows={2}
        value={reason}
        onInput={(e) => setReason(e.currentTarget.value)}
      />
      <div class="actions">
        <button type="submit" class="btn btn-danger btn-primary" disabled={busy} aria-busy={busy}>
          {busy ? dt.saving : dt.revokeConfirm}
        </button>
        <button type="button" class="btn" disabled={busy} onClick={onClose}>
          {dt.cancel}
        </button>
      </div>
    </form>
  );
}

const CREATE_FIELDS = ['principalId', 'delegateId', 'kind', 'startDate', 'endDate', 'decreeNumber'];

/** Names a Plt or Plh: the official and the employee found by name, the kind, the dates, the warrant. */
function CreateDelegation({ agencyId, onCreated }: { agencyId?: string; onCreated: (text: string) => void }) {
  const { t } = useI18n();
  const lt = useLeaveText();
  const dt = lt.delegations;
  const today = useToday();
  const titleId = useId();
  const [principal, setPrincipal] = useState<SearchHit | null>(null);
  const [delegate, setDelegate] = useState<SearchHit | null>(null);
  const [kind, setKind] = useState<'PLT' | 'PLH'>('PLH');
  const [start, setStart] = useState(today);
  const [end, setEnd] = useState(today);
  const [decree, setDecree] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const server = error instanceof ApiError ? leaveFieldErrors(error.errors, lt.rules) : {};
  const errors = { ...server, ...local };

  const submit = async (e: Event) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!principal) problems.principalId = dt.choosePrincipal;
    if (!delegate) problems.delegateId = dt.chooseDelegate;
    else if (principal && principal.id === delegate.id) problems.delegateId = lt.rules.samePerson;
    if (!start) problems.startDate = dt.dateRequired;
    if (!end) problems.endDate = dt.dateRequired;
    else if (start && end < start) problems.endDate = dt.endBeforeStart;
    setLocal(problems);
    setError(null);
    if (Object.keys(problems).length > 0 || !principal || !delegate) return;
    setBusy(true);
    try {
      const created = await createApprovalDelegation({
        principalId: principal.id,
        delegateId: delegate.id,
        kind,
        startDate: start,
        endDate: end,
        ...(decree.trim() ? { decreeNumber: decree.trim() } : {}),
      });
      onCreated(
        dt.created(
          created.delegate.name,
          dt.kindsShort[created.kind] ?? created.kind,
          created.principal.name,
        ),
      );
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const overrides = createErrors(dt, error, t.problems.validation);

  return (
    <form class="card stack att-delegation-form" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{dt.createTitle}</h2>
      <ErrorMessage error={error} overrides={overrides} fieldNames={CREATE_FIELDS} />
      <div class="att-delegation-people">
        <EmployeeSearch
          label={dt.principal}
          hint={dt.principalHint}
          chosen={principal}
          onChoose={setPrincipal}
          agencyId={agencyId}
          error={errors.principalId}
        />
        <EmployeeSearch
          label={dt.delegate}
          hint={dt.delegateHint}
          chosen={delegate}
          onChoose={setDelegate}
          agencyId={agencyId}
          error={errors.delegateId}
        />
      </div>
      <fieldset class="att-kind att-req-kind-choice">
        <legend>{dt.kind}</legend>
        {(['PLH', 'PLT'] as const).map((k) => (
          <label key={k} class="check att-kind-option">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            <span>
              {dt.kinds[k]}
              <span class="muted small att-kind-hint">{dt.kindHints[k]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div class="grid-2 att-req-dates-fields">
        <InputField
          label={dt.startDate}
          name="startDate"
          type="date"
          errors={errors}
          value={start}
          onInput={(e) => {
            const next = e.currentTarget.value;
            setStart(next);
            if (next) setEnd((old) => endAfterStart(next, old));
          }}
        />
        <InputField
          label={dt.endDate}
          name="endDate"
          type="date"
          errors={errors}
          value={end}
          min={start || undefined}
          onInput={(e) => setEnd(e.currentTarget.value)}
        />
      </div>
      <InputField
        label={dt.decree}
        name="decreeNumber"
        optional
        errors={errors}
        maxLength={100}
        autoComplete="off"
        hint={dt.decreeHint}
        value={decree}
        onInput={(e) => setDecree(e.currentTarget.value)}
      />
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy} aria-busy={busy}>
          {busy ? dt.saving : dt.submit}
        </button>
      </div>
    </form>
  );
}

function createErrors(
  dt: LeaveDictionary['delegations'],
  error: unknown,
  validation: string,
): ProblemOverrides {
  if (!(error instanceof ApiError)) return {};
  return {
    validation,
    conflict: leaveRefusal(error.detail) === 'delegation-overlap' ? dt.errors.overlap : dt.errors.conflict,
    forbidden: dt.errors.forbidden,
  };
}

/**
 * Finds an employee by the start of their name, as the schedules and mentoring pages do (the
 * personnel search), showing each hit's position so an official is told from a namesake. Not a form
 * of its own: it sits inside the delegation form, and Enter searches.
 */
function EmployeeSearch({
  label,
  hint,
  chosen,
  onChoose,
  agencyId,
  error,
}: {
  label: string;
  hint: string;
  chosen: SearchHit | null;
  onChoose: (hit: SearchHit | null) => void;
  agencyId?: string;
  error?: string;
}) {
  const { t } = useI18n();
  const dt = useLeaveText().delegations;
  const id = useId();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const search = async () => {
    if (!query.trim()) return;
    setBusy(true);
    setFailure(null);
    try {
      setHits((await searchEmployees({ namePrefix: query.trim(), agencyId, limit: 10 })).items);
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };
  const describedBy = [error ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(' ');
  return (
    <fieldset class={error ? 'stack att-person field-invalid' : 'stack att-person'}>
      <legend>{label}</legend>
      <p class="field-hint att-person-hint" id={`${id}-hint`}>
        {hint}
      </p>
      {chosen && (
        <p class="att-person-chosen">
          <strong>{dt.chosen(chosen.name)}</strong>{' '}
          <span class="muted small">
            {[chosen.positionName, chosen.agencyName].filter(Boolean).join(' · ')}
          </span>
        </p>
      )}
      <div class="att-search">
        <div class="field">
          <label for={id}>{dt.findEmployee}</label>
          <input
            id={id}
            value={query}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onInput={(e) => setQuery(e.currentTarget.value)}
            onKeyDown={(e) => {
              // Enter searches instead of sending the whole form.
              if (e.key === 'Enter') {
                e.preventDefault();
                void search();
              }
            }}
          />
        </div>
        <button type="button" class="btn" disabled={busy} onClick={() => void search()}>
          {busy ? t.common.loading : dt.search}
        </button>
      </div>
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <ErrorMessage error={failure} />
      {hits && hits.length === 0 && <p class="muted small">{dt.noMatches}</p>}
      {hits && hits.length > 0 && (
        <ul class="chips att-person-hits">
          {hits.map((h) => (
            <li key={h.id}>
              <button
                type="button"
                class="btn btn-small"
                aria-pressed={chosen?.id === h.id}
                onClick={() => {
                  onChoose(h);
                  setHits(null);
                }}
              >
                {h.name}
                {h.positionName && <span class="muted"> · {h.positionName}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
