import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { StoredFiles } from '../../components/UploadField';
import { describeError, LOCAL_VALIDATION_STATUS, type ProblemOverrides, useI18n } from '../../i18n';
import { useFormat } from '../../lib/format';
import { employeeStatusKey, leaveFieldErrors, leaveRefusal, statusTone } from './leave';
import { type LeaveAttachment, type LeaveRequest, type LeaveStep, openLeaveAttachment } from './leave-api';
import { useRequestDates } from './request-parts';
import { deciderName } from './requests';
import { type LeaveDictionary, useLeaveText } from './shared';

/**
 * The pieces the leave pages share: a leave request as a card (for its employee, or for an
 * approver), its steps as history, its attachments, its status badge, and a refused call in the
 * reader's words.
 */

/** A status badge: the word always written, the colour only a help. */
export function LeaveBadge({ tone, children }: { tone: string; children: ComponentChildren }) {
  return <span class={`badge att-badge att-req-${tone}`}>{children}</span>;
}

/** The status of a request as its reader is told it: the employee sees "in process" until the PYBMC decides. */
export function useLeaveStatus(): (r: LeaveRequest, asEmployee: boolean) => { text: string; tone: string } {
  const lt = useLeaveText();
  return (r, asEmployee) => {
    if (!asEmployee) return { text: lt.statuses[r.status] ?? r.status, tone: statusTone(r.status) };
    const key = employeeStatusKey(r);
    const waiting = lt.waiting[key];
    const word = lt.employeeStatuses[key] ?? key;
    return { text: waiting ? `${word} · ${waiting}` : word, tone: statusTone(r.employeeStatus) };
  };
}

/** The steps taken so far: who recommended or decided what, for whom as Plt/Plh, when and why. */
export function StepHistory({ steps }: { steps: readonly LeaveStep[] }) {
  const lt = useLeaveText();
  const { formatDateTime } = useI18n();
  const dates = useRequestDates();
  const st = lt.steps;
  if (steps.length === 0) return null;
  return (
    <ol class="att-leave-steps">
      {steps.map((s) => {
        if (s.outcome === 'SKIPPED')
          return (
            <li key={`${s.step}:${s.at}`} class="small att-leave-step">
              {st.skipped}
            </li>
          );
        const did = st.did[s.step][s.outcome] ?? s.outcome;
        const kind = s.delegationKind ? (st.delegationKinds[s.delegationKind] ?? s.delegationKind) : null;
        return (
          <li key={`${s.step}:${s.at}`} class="small att-leave-step">
            <strong>{st[s.step]}:</strong> {deciderName(s.actorName, st.unnamed)}
            {s.onBehalfOfName && kind && <> ({st.actingFor(kind, s.onBehalfOfName)})</>} {did}
            <span class="muted nowrap"> · {formatDateTime(s.at)}</span>
            {s.changedTo && <span class="att-leave-step-line">{st.changedTo(dates(s.changedTo))}</span>}
            {s.note && (
              <span class="att-leave-step-line">
                {st.note}: <q>{s.note}</q>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** The type's own facts (a sick note, the child, the reason…), in words; empty for most. */
function detailsOf(lt: LeaveDictionary, r: LeaveRequest): string[] {
  const d = r.details;
  const it = lt.item;
  const out: string[] = [];
  if (d.sickDocument) out.push(lt.sickDocumentsShort[d.sickDocument] ?? d.sickDocument);
  if (d.miscarriage) out.push(it.miscarriage);
  if (d.healthBoardExtension) out.push(it.healthBoard);
  if (d.childOrder !== null) out.push(it.childOrder(String(d.childOrder)));
  if (d.firstHajj) out.push(it.firstHajj);
  if (d.importantReason) out.push(lt.importantReasons[d.importantReason] ?? d.importantReason);
  if (d.bknApprovalRef) out.push(it.bkn(d.bknApprovalRef));
  if (d.cltnExtension) out.push(it.cltnExtension);
  return out;
}

/**
 * A request's attachments (a doctor's note: health data, UU 27/2022). Where the reader may open them
 * (`openable`: the employee's own list, the approvers' inbox), each has "Buka", which shows the file
 * in a new tab (or downloads it when the browser blocks the tab), with a note that every opening is
 * logged; elsewhere only their names.
 */
export function AttachmentLinks({
  request: r,
  openable,
}: {
  request: Pick<LeaveRequest, 'id' | 'attachments'>;
  openable: boolean;
}) {
  const it = useLeaveText().item;
  return (
    <StoredFiles
      files={r.attachments}
      fileKey={(a: LeaveAttachment) => a.index}
      load={(a) => openLeaveAttachment(r.id, a.index)}
      texts={it}
      openable={openable}
      note={it.healthNote}
      class="att-leave-files"
    />
  );
}

/**
 * One leave request as a card: for its employee (`mine`: the type first, the status as they are
 * told it) or for an approver (the employee first, their unit, what the request holds); its dates
 * and working days, reason, address, the type's own facts, its attachments (with "Buka" only where
 * the reader may open them: `openAttachments`), who acts on it, the steps so far. `children` are its
 * actions.
 */
export function LeaveCard({
  request: r,
  mine = false,
  openAttachments = false,
  children,
}: {
  request: LeaveRequest;
  mine?: boolean;
  openAttachments?: boolean;
  children?: ComponentChildren;
}) {
  const lt = useLeaveText();
  const it = lt.item;
  const { formatDateTime } = useI18n();
  const fmt = useFormat();
  const dates = useRequestDates();
  const status = useLeaveStatus()(r, mine);
  const titleId = useId();
  const type = lt.types[r.type] ?? r.type;
  const details = detailsOf(lt, r);
  return (
    <article class={`card att-req att-leave att-req-card-${status.tone}`} aria-labelledby={titleId}>
      <div class="att-req-head">
        <h3 id={titleId}>{mine ? type : r.employeeName}</h3>
        <LeaveBadge tone={status.tone}>{status.text}</LeaveBadge>
      </div>
      {!mine && (
        <>
          <p class="att-req-kind">{type}</p>
          <p class="muted small att-leave-who">
            <span class="nowrap">{it.nip(r.nip)}</span> · {r.unitName}
          </p>
        </>
      )}
      <p class="att-req-dates">
        <strong>{dates(r)}</strong>{' '}
        <span class="muted nowrap">· {it.workingDays(fmt.int(r.workingDays))}</span>
        {r.calendarDays !== r.workingDays && (
          <span class="muted nowrap"> ({it.calendarDays(fmt.int(r.calendarDays))})</span>
        )}
      </p>
      <dl class="att-req-facts">
        <div>
          <dt>{it.reason}</dt>
          <dd>{r.reason}</dd>
        </div>
        <div>
          <dt>{it.address}</dt>
          <dd>{r.addressDuringLeave}</dd>
        </div>
        {details.length > 0 && (
          <div>
            <dt>{it.details}</dt>
            <dd>{details.join(' · ')}</dd>
          </div>
        )}
        {r.attachments.length > 0 && (
          <div>
            <dt>{it.attachments}</dt>
            <dd class="att-leave-attachments">
              <AttachmentLinks request={r} openable={openAttachments} />
            </dd>
          </div>
        )}
        {!mine && r.annualDaysHeld > 0 && (
          <div>
            <dt>{it.heldLabel}</dt>
            <dd>{it.held(fmt.int(r.annualDaysHeld))}</dd>
          </div>
        )}
        <div>
          <dt>{it.superior}</dt>
          <dd>{r.superior?.name ?? it.nobody}</dd>
        </div>
        <div>
          <dt>{it.pybmc}</dt>
          <dd>{r.pybmc?.name ?? it.nobody}</dd>
        </div>
      </dl>
      <StepHistory steps={r.steps} />
      <p class="muted small att-req-sent">{it.submitted(formatDateTime(r.createdAt))}</p>
      {children}
    </article>
  );
}

/**
 * A refused leave call's field errors in the reader's words: the browser's own check as it is, the
 * API's broken rules by their names.
 */
export function useLeaveFieldErrors(error: unknown): Record<string, string> {
  const { t } = useI18n();
  const lt = useLeaveText();
  if (!(error instanceof ApiError)) return {};
  if (error.status === LOCAL_VALIDATION_STATUS) return describeError(t, error).fields;
  return leaveFieldErrors(error.errors, lt.rules);
}

/** What a refused leave call means here, told apart by the API's detail. */
export function useLeaveRefusals(): (error: unknown, base?: ProblemOverrides) => ProblemOverrides {
  const lt = useLeaveText();
  const e = lt.errors;
  return (error, base = {}) => {
    if (!(error instanceof ApiError)) return base;
    const refusal = leaveRefusal(error.detail);
    const said: Partial<Record<typeof refusal, string>> = {
      overlap: e.overlap,
      'no-pybmc': e.noPybmc,
      'month-closed': e.monthClosed,
      changed: e.changed,
      'balance-closed': e.balanceClosed,
      started: e.started,
      over: e.over,
      'not-cancellable': e.notCancellable,
      inactive: e.inactive,
    };
    const text = said[refusal];
    return text ? { ...base, [error.type]: text } : base;
  };
}
