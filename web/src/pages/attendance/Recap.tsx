import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  type AttendanceMonthState,
  type AttendanceRecap,
  type AttendanceRecapRow,
  closeAttendanceMonth,
  exportAttendanceRecap,
  getAttendanceRecap,
  reopenAttendanceMonth,
} from '../../api/attendance';
import { ApiError } from '../../api/client';
import { ErrorMessage, Loading, Notice, SelectField, TextAreaField } from '../../components/ui';
import { type ProblemOverrides, useI18n } from '../../i18n';
import { useFormat, useToday } from '../../lib/format';
import { useSchemaForm } from '../../lib/forms';
import { saveBlob, useAsync, useLoadMore } from '../../lib/hooks';
import { loadAgencies } from '../../lib/lookups';
import { useRole } from '../../session';
import { addMonths } from './calendar';
import {
  bandKeys,
  DEDUCTION_BUCKETS,
  type DeductionBucket,
  deductionDistribution,
  leaveParts,
  leaveTotal,
  sideTotals,
} from './recap';
import { LEAVE_TYPES, reopenAttendanceMonthSchema } from './schemas';
import {
  type AttendanceDictionary,
  AttendanceHeader,
  useAttendanceText,
  useBandLabel,
  useDuration,
  useFieldErrors,
} from './shared';

/**
 * "Rekap bulanan" (issue 13 §3, §5): an agency's month per employee, the numbers the TPP is paid
 * on, for admins; a tenant admin picks the agency, an agency admin sees their own. The month is
 * closed once it has ended (then it is the basis of the payment) and reopened, with a reason, for a
 * correction. Charts of the rows loaded, the table page by page, and the whole month as XLSX.
 */
export default function RecapPage() {
  const rt = useAttendanceText().recap;
  const { tenantWide, ownAgencyId } = useRole();
  // The session's copy of the agencies (lib/lookups); null until it has been read.
  const agencyList = useAsync(loadAgencies, []);
  const agencies = agencyList.data ?? [];
  const { agencyId: chosen, month, thisMonth, set } = useRecapQuery();
  const active = agencies.filter((a) => a.status === 'active');
  // A tenant admin starts on the first active agency; an agency admin has only their own.
  const agencyId = tenantWide ? chosen || active[0]?.id || '' : (ownAgencyId ?? '');
  const ownName = agencies.find((a) => a.id === ownAgencyId)?.name ?? rt.ownAgency;

  return (
    <section class="att-recap">
      <AttendanceHeader title={rt.title} current="/attendance/recap" />
      <p class="muted att-recap-intro">{rt.intro}</p>
      <ErrorMessage error={agencyList.error} />
      <div class="toolbar att-recap-filters">
        {tenantWide ? (
          <SelectField
            label={rt.agency}
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
              <option value={agencyId}>{agencies.find((a) => a.id === agencyId)?.name ?? rt.agency}</option>
            )}
          </SelectField>
        ) : (
          <div class="field att-recap-agency">
            <span class="att-recap-label">{rt.agency}</span>
            <strong>{ownName}</strong>
          </div>
        )}
        <div class="field att-recap-month-field">
          <span class="att-recap-label" aria-hidden="true">
            {rt.month}
          </span>
          <MonthSwitch month={month} thisMonth={thisMonth} onChange={(m) => set({ month: m })} />
        </div>
      </div>
      {!agencyId ? (
        tenantWide ? (
          agencyList.data ? (
            <p class="muted">{rt.noAgencies}</p>
          ) : (
            !agencyList.error && <Loading />
          )
        ) : (
          <p class="alert alert-error">{rt.forbidden}</p>
        )
      ) : (
        <RecapView key={`${agencyId}:${month}`} agencyId={agencyId} month={month} thisMonth={thisMonth} />
      )}
    </section>
  );
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The agency and month shown, kept in the URL (`?agency=…&month=2026-05`). By default the previous
 * month: a recap is made once a month has ended.
 */
function useRecapQuery() {
  const { path, query, route } = useLocation();
  const thisMonth = useToday().slice(0, 7);
  const lastMonth = addMonths(thisMonth, -1);
  const month = query.month && MONTH.test(query.month) && query.month <= thisMonth ? query.month : lastMonth;
  const agencyId = query.agency ?? '';
  const set = (next: { agencyId?: string; month?: string }) => {
    const params = new URLSearchParams();
    const a = next.agencyId ?? agencyId;
    const m = next.month ?? month;
    if (a) params.set('agency', a);
    if (m !== lastMonth) params.set('month', m);
    const qs = params.toString();
    route(qs ? `${path}?${qs}` : path, true);
  };
  return { agencyId, month, thisMonth, set };
}

function MonthSwitch({
  month,
  thisMonth,
  onChange,
}: {
  month: string;
  thisMonth: string;
  onChange: (month: string) => void;
}) {
  const mt = useAttendanceText().me;
  const fmt = useFormat();
  return (
    <nav class="att-month-switch att-recap-month" aria-label={mt.switchLabel}>
      <button
        type="button"
        class="btn btn-small"
        aria-label={mt.prevLabel(fmt.month(addMonths(month, -1)))}
        onClick={() => onChange(addMonths(month, -1))}
      >
        ‹ <span class="att-switch-word">{mt.prev}</span>
      </button>
      <h2 aria-live="polite">{fmt.month(month)}</h2>
      <button
        type="button"
        class="btn btn-small"
        aria-label={mt.nextLabel(fmt.month(addMonths(month, 1)))}
        disabled={month >= thisMonth}
        onClick={() => onChange(addMonths(month, 1))}
      >
        <span class="att-switch-word">{mt.next}</span> ›
      </button>
    </nav>
  );
}

const PAGE_SIZE = 50;

/** One agency's month: its state, the download, the charts and the table. */
function RecapView({ agencyId, month, thisMonth }: { agencyId: string; month: string; thisMonth: string }) {
  const { t } = useI18n();
  const rt = useAttendanceText().recap;
  const fmt = useFormat();
  // The agency and the month's state come with every page; the first page's are kept.
  const [head, setHead] = useState<Omit<AttendanceRecap, 'items' | 'nextCursor'> | null>(null);
  const list = useLoadMore(
    async (cursor) => {
      const page = await getAttendanceRecap({ agencyId, month, cursor, limit: PAGE_SIZE });
      if (!cursor) setHead({ agency: page.agency, month: page.month, state: page.state });
      return page;
    },
    (row: AttendanceRecapRow) => row.employeeId,
  );
  const [notice, setNotice] = useState<string | null>(null);

  if (!head) {
    return list.error ? (
      <ErrorMessage error={list.error} overrides={{ forbidden: rt.forbidden }} />
    ) : (
      <Loading />
    );
  }
  const monthName = fmt.month(month);
  const count = fmt.int(list.items.length);
  return (
    <>
      <h2 class="att-recap-heading">{rt.monthHeading(head.agency.name, monthName)}</h2>
      {notice && <Notice>{notice}</Notice>}
      <StateBanner
        agencyId={agencyId}
        agencyName={head.agency.name}
        month={month}
        ended={month < thisMonth}
        state={head.state}
        onChanged={(state, message) => {
          setHead((h) => (h ? { ...h, state } : h));
          setNotice(message);
        }}
        onStale={() => {
          setNotice(null);
          list.reload();
        }}
      />
      <Download agencyId={agencyId} month={month} />
      {list.items.length > 0 && <Charts rows={list.items} complete={!list.hasMore} />}
      <div class="card">
        <RecapTable
          agencyName={head.agency.name}
          monthName={monthName}
          rows={list.items}
          busy={list.loading}
        />
        <ErrorMessage error={list.error} overrides={{ forbidden: rt.forbidden }} />
        {!list.loading && !list.error && list.items.length === 0 && <p class="muted">{rt.table.empty}</p>}
        {list.items.length > 0 && (
          <p class="muted small list-total" aria-live="polite">
            {list.hasMore ? rt.table.showingMore(count) : rt.table.showing(count)}
          </p>
        )}
        {list.hasMore && (
          <p class="load-more">
            <button
              type="button"
              class="btn"
              onClick={list.more}
              disabled={list.loading}
              aria-busy={list.loading}
            >
              {list.loading ? t.common.loading : rt.table.more}
            </button>
          </p>
        )}
      </div>
      <p class="muted small att-recap-note">{rt.note}</p>
    </>
  );
}

/** An account id (a ULID), which the API gives where it does not know the account's name. */
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** A name the API gave, or a word for one it could only give as an account id. */
const actorName = (rt: AttendanceDictionary['recap'], name: string | null) =>
  !name || ULID.test(name) ? rt.state.unnamed : name;

/**
 * The month's state in words: open, or closed when and by whom (and the last reopening's reason);
 * with the button that closes an ended month or reopens a closed one.
 */
function StateBanner({
  agencyId,
  agencyName,
  month,
  ended,
  state,
  onChanged,
  onStale,
}: {
  agencyId: string;
  agencyName: string;
  month: string;
  ended: boolean;
  state: AttendanceMonthState;
  onChanged: (state: AttendanceMonthState, message: string) => void;
  onStale: () => void;
}) {
  const rt = useAttendanceText().recap;
  const { formatDateTime } = useI18n();
  const fmt = useFormat();
  const [asking, setAsking] = useState<'close' | 'reopen' | null>(null);
  // A refusal, with what was refused: the state read again afterwards may say otherwise.
  const [refusal, setRefusal] = useState<{ error: unknown; action: 'close' | 'reopen' } | null>(null);
  const closed = state.status === 'closed';
  const monthName = fmt.month(month);
  const failed = (action: 'close' | 'reopen') => (err: unknown) => {
    setRefusal({ error: err, action });
    setAsking(null);
    // What is stored now may differ from what is shown: read it again.
    if (err instanceof ApiError && (err.type === 'conflict' || err.type === 'version-conflict')) onStale();
  };
  return (
    <section
      class={closed ? 'card att-recap-state att-recap-closed' : 'card att-recap-state'}
      aria-labelledby="att-recap-state-title"
    >
      <div class="att-recap-state-head">
        <h3 id="att-recap-state-title">
          {rt.state.title}:{' '}
          <span class={closed ? 'badge att-badge att-state-closed' : 'badge badge-ok att-badge'}>
            {closed ? rt.state.closed : rt.state.open}
          </span>
        </h3>
        {closed ? (
          <button
            type="button"
            class="btn btn-small"
            onClick={() => {
              setRefusal(null);
              setAsking('reopen');
            }}
          >
            {rt.reopen}
          </button>
        ) : (
          ended && (
            <button
              type="button"
              class="btn btn-primary btn-small"
              onClick={() => {
                setRefusal(null);
                setAsking('close');
              }}
            >
              {rt.close}
            </button>
          )
        )}
      </div>
      {closed ? (
        <>
          <p>{rt.state.closedText(formatDateTime(state.closedAt ?? ''), actorName(rt, state.closedBy))}</p>
          <p class="muted small">{rt.state.closedHint}</p>
        </>
      ) : (
        <>
          <p>{rt.state.openText}</p>
          {!ended && <p class="muted small">{rt.state.notEnded}</p>}
        </>
      )}
      {state.reopenedAt && state.reopenReason && (
        <p class="small att-recap-reopened">
          {rt.state.reopened(formatDateTime(state.reopenedAt))} <q>{state.reopenReason}</q>
        </p>
      )}
      {refusal && (
        <ErrorMessage error={refusal.error} overrides={monthErrors(rt, refusal.error, refusal.action)} />
      )}
      {asking === 'close' && (
        <Dialog title={rt.closeTitle(monthName)} onClose={() => setAsking(null)}>
          <CloseMonth
            agencyId={agencyId}
            agencyName={agencyName}
            month={month}
            onCancel={() => setAsking(null)}
            onDone={(s) => {
              setAsking(null);
              onChanged(s, rt.closedNotice(monthName));
            }}
            onFailed={failed('close')}
          />
        </Dialog>
      )}
      {asking === 'reopen' && (
        <Dialog title={rt.reopenTitle(monthName)} onClose={() => setAsking(null)}>
          <ReopenMonth
            agencyId={agencyId}
            month={month}
            onCancel={() => setAsking(null)}
            onDone={(s) => {
              setAsking(null);
              onChanged(s, rt.reopenedNotice(monthName));
            }}
            onFailed={failed('reopen')}
          />
        </Dialog>
      )}
    </section>
  );
}

/**
 * The words for a refused close or reopening: the API answers 409 both when the month has not ended
 * and when it is closed already (told apart by its detail), and when it was not closed.
 */
function monthErrors(
  rt: AttendanceDictionary['recap'],
  error: unknown,
  action: 'close' | 'reopen',
): ProblemOverrides {
  const detail = error instanceof ApiError ? (error.detail ?? '') : '';
  const conflict =
    action === 'reopen'
      ? rt.errors.notClosed
      : /not ended/i.test(detail)
        ? rt.errors.notEnded
        : rt.errors.alreadyClosed;
  return { conflict, 'version-conflict': rt.errors.conflict, forbidden: rt.forbidden };
}

function CloseMonth({
  agencyId,
  agencyName,
  month,
  onCancel,
  onDone,
  onFailed,
}: {
  agencyId: string;
  agencyName: string;
  month: string;
  onCancel: () => void;
  onDone: (state: AttendanceMonthState) => void;
  onFailed: (error: unknown) => void;
}) {
  const rt = useAttendanceText().recap;
  const fmt = useFormat();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(await closeAttendanceMonth({ agencyId, month }));
    } catch (err) {
      // A refusal is shown on the page, under the state read again; anything else stays here.
      if (err instanceof ApiError && err.status >= 400 && err.status < 500) onFailed(err);
      else setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="stack">
      <p>{rt.closeBody(agencyName, fmt.month(month))}</p>
      <p class="muted small">{rt.closeAfter}</p>
      <ErrorMessage error={error} />
      <div class="actions">
        <button type="button" class="btn btn-primary" onClick={confirm} disabled={busy} aria-busy={busy}>
          {busy ? rt.closing : rt.closeConfirm}
        </button>
        <button type="button" class="btn" onClick={onCancel} disabled={busy}>
          {rt.cancel}
        </button>
      </div>
    </div>
  );
}

function ReopenMonth({
  agencyId,
  month,
  onCancel,
  onDone,
  onFailed,
}: {
  agencyId: string;
  month: string;
  onCancel: () => void;
  onDone: (state: AttendanceMonthState) => void;
  onFailed: (error: unknown) => void;
}) {
  const { t } = useI18n();
  const rt = useAttendanceText().recap;
  const form = useSchemaForm(
    reopenAttendanceMonthSchema,
    (v) => ({ agencyId, month, reason: v.reason }),
    async (value) => {
      try {
        onDone(await reopenAttendanceMonth(value));
      } catch (err) {
        // A missing reason (400) stays on its field here; a refusal (409) goes to the page.
        if (err instanceof ApiError && err.type !== 'validation' && err.status >= 400 && err.status < 500) {
          onFailed(err);
          return;
        }
        throw err;
      }
    },
  );
  const errors = useFieldErrors(form.error);
  if (errors.reason === t.validation.required) errors.reason = rt.reasonRequired;
  return (
    <form class="stack" onSubmit={form.submit} noValidate>
      <p>{rt.reopenBody}</p>
      {/* A missing reason is said at its field; only what has no field is said up here. */}
      <ErrorMessage error={errors.reason ? null : form.error} fieldNames={['reason']} />
      <TextAreaField
        label={rt.reason}
        name="reason"
        errors={errors}
        hint={rt.reasonHint}
        maxLength={1000}
        rows={3}
      />
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={form.busy} aria-busy={form.busy}>
          {form.busy ? rt.reopening : rt.reopenConfirm}
        </button>
        <button type="button" class="btn" onClick={onCancel} disabled={form.busy}>
          {rt.cancel}
        </button>
      </div>
    </form>
  );
}

/** A native modal dialog: focus stays inside, Escape closes it, focus goes back to the opener. */
function Dialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      class="att-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

/** The whole month as the XLSX sent to finance. */
function Download({ agencyId, month }: { agencyId: string; month: string }) {
  const rt = useAttendanceText().recap;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const { blob, filename } = await exportAttendanceRecap({ agencyId, month });
      saveBlob(blob, filename ?? `rekap-kehadiran-${month}.xlsx`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="report-actions att-recap-download">
      <div class="actions">
        <button type="button" class="btn" onClick={run} disabled={busy} aria-busy={busy}>
          {busy ? rt.downloading : rt.download}
        </button>
        <span class="muted small">{rt.downloadHint}</span>
      </div>
      <ErrorMessage error={error} overrides={{ forbidden: rt.forbidden }} />
    </div>
  );
}

/** A deduction bucket in words: "Tanpa potongan", "hingga 5%", "5–10%", "> 50%". */
function bucketLabel(ct: AttendanceDictionary['recap']['charts'], fmt: ReturnType<typeof useFormat>) {
  return (b: DeductionBucket) => {
    if (b.to === 0) return ct.zero;
    if (b.to === null) return ct.over(fmt.int(b.from));
    return b.from === 0 ? ct.upTo(fmt.int(b.to)) : ct.range(fmt.int(b.from), fmt.int(b.to));
  };
}

/**
 * Two pictures of the rows loaded so far (and said so): employees by deduction bucket, and the TL
 * and PSW days by band as stacked bars. Each with its numbers in a table, so it reads without the
 * picture.
 */
function Charts({ rows, complete }: { rows: AttendanceRecapRow[]; complete: boolean }) {
  const at = useAttendanceText();
  const ct = at.recap.charts;
  const fmt = useFormat();
  const duration = useDuration();
  const bandLabel = useBandLabel();
  const label = bucketLabel(ct, fmt);
  const distribution = deductionDistribution(rows);
  const max = Math.max(1, ...distribution.map((d) => d.count));
  const tl = sideTotals(rows, 'late');
  const psw = sideTotals(rows, 'early');
  const keys = bandKeys(tl, psw);
  const daysOf = (side: typeof tl, key: string) => side.bands.find((b) => b.key === key)?.days ?? 0;
  const bandClass = (key: string, i: number) =>
    key === 'no-record' ? 'att-band-none' : `att-band-${Math.min(i, 4)}`;
  const none = tl.count === 0 && psw.count === 0 && keys.every((k) => !daysOf(tl, k) && !daysOf(psw, k));
  const daysIn = (side: typeof tl) => side.bands.reduce((a, b) => a + b.days, 0);
  // Both bars on one scale: the longer side fills the width, the other its share of it.
  const longest = Math.max(1, daysIn(tl), daysIn(psw));
  const stack = (side: typeof tl, name: string) => {
    const total = daysIn(side);
    return (
      <div class="att-recap-side">
        <p class="att-recap-side-head">
          <strong>{name}</strong>{' '}
          <span class="muted small">{ct.sideTotal(fmt.int(side.count), duration(side.minutes))}</span>
        </p>
        <div class="att-stack" aria-hidden="true">
          {total > 0 &&
            keys.map((key, i) => {
              const n = daysOf(side, key);
              return n > 0 ? (
                <span
                  key={key}
                  class={`att-stack-part ${bandClass(key, i)}`}
                  style={{ flexGrow: n }}
                  title={`${bandLabel(key)}: ${ct.days(fmt.int(n))}`}
                />
              ) : null;
            })}
          {total < longest && <span class="att-stack-rest" style={{ flexGrow: longest - total }} />}
        </div>
      </div>
    );
  };
  return (
    <section class="card att-recap-charts" aria-labelledby="att-recap-charts-title">
      <h2 id="att-recap-charts-title">{ct.title}</h2>
      <p class="muted small">
        {complete ? ct.loadedAll(fmt.int(rows.length)) : ct.loadedSome(fmt.int(rows.length))}
      </p>
      <div class="grid-2 att-recap-chart-grid">
        <div>
          <h3>{ct.deductionTitle}</h3>
          <table class="att-bands att-recap-buckets">
            <caption class="sr-only">{ct.deductionCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{ct.bucket}</th>
                <th scope="col">{ct.employees}</th>
              </tr>
            </thead>
            <tbody>
              {distribution.map(({ bucket, count }) => (
                <tr key={bucket.key}>
                  <th scope="row" class="att-cell-name">
                    {label(bucket)}
                  </th>
                  <td>
                    <span class="att-bar-cell">
                      {count > 0 && (
                        <span
                          class={`att-bar att-bucket-${DEDUCTION_BUCKETS.indexOf(bucket)}`}
                          style={{ width: `${(count / max) * 100}%` }}
                        />
                      )}
                      <span class="att-bar-value">{fmt.int(count)}</span>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="muted small">{ct.bucketNote}</p>
        </div>
        <div>
          <h3>{ct.bandsTitle}</h3>
          {none ? (
            <p class="muted">{ct.noBands}</p>
          ) : (
            <>
              {stack(tl, ct.tlLong)}
              {stack(psw, ct.pswLong)}
              <table class="att-bands att-recap-band-table">
                <caption class="sr-only">{ct.bandsCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{ct.band}</th>
                    <th scope="col" class="num">
                      {ct.tl}
                    </th>
                    <th scope="col" class="num">
                      {ct.psw}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {keys.map((key, i) => (
                    <tr key={key}>
                      <th scope="row" class="att-cell-name">
                        <span class={`att-swatch-line ${bandClass(key, i)}`} aria-hidden="true" />
                        {bandLabel(key)}
                      </th>
                      <td class="num">{fmt.int(daysOf(tl, key))}</td>
                      <td class="num">{fmt.int(daysOf(psw, key))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      </div>
    </section>
  );
}

/** The rows loaded so far; under 40rem each employee is a card. */
function RecapTable({
  agencyName,
  monthName,
  rows,
  busy,
}: {
  agencyName: string;
  monthName: string;
  rows: AttendanceRecapRow[];
  busy: boolean;
}) {
  const at = useAttendanceText();
  const tt = at.recap.table;
  const fmt = useFormat();
  const leaveName = (type: string) => at.leaveTypes[type] ?? at.me.status.leave;
  const side = (s: AttendanceRecapRow['late']) =>
    s.count > 0 ? `${fmt.int(s.count)} / ${fmt.int(s.minutes)}` : '–';
  const sideLabel = (short: string) => `${short} (${tt.countMinutes})`;
  return (
    <div class="table-wrap">
      <table class="att-stacked att-recap-table">
        <caption>{tt.caption(agencyName, monthName)}</caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              {tt.no}
            </th>
            <th scope="col">{tt.name}</th>
            <th scope="col">{tt.unit}</th>
            <th scope="col" class="num">
              {tt.workingDays}
            </th>
            <th scope="col" class="num">
              {tt.present}
            </th>
            <th scope="col" class="num">
              {tt.absent}
            </th>
            <th scope="col" class="num">
              {tt.leave}
            </th>
            <th scope="col" class="num">
              <abbr title={tt.dutyLong}>{tt.duty}</abbr>
            </th>
            <th scope="col" class="num">
              <abbr title={tt.tlLong}>{tt.tl}</abbr>
              <span class="att-recap-unit">{tt.countMinutes}</span>
            </th>
            <th scope="col" class="num">
              <abbr title={tt.pswLong}>{tt.psw}</abbr>
              <span class="att-recap-unit">{tt.countMinutes}</span>
            </th>
            <th scope="col" class="num">
              {tt.deduction}
            </th>
          </tr>
        </thead>
        <tbody aria-busy={busy}>
          {rows.map((r, i) => {
            const leave = leaveTotal(r.leaveDays);
            const parts = leaveParts(r.leaveDays, LEAVE_TYPES);
            const leaveText = parts.map((p) => tt.leaveDays(leaveName(p.type), fmt.int(p.days))).join('; ');
            return (
              <tr key={r.employeeId}>
                <td class="num att-recap-no">{fmt.int(i + 1)}</td>
                <th scope="row" class="att-cell-name">
                  <span class="att-recap-no-inline" aria-hidden="true">
                    {fmt.int(i + 1)}.{' '}
                  </span>
                  {r.name}
                  <span class="muted small att-recap-nip">{tt.nip(r.nip)}</span>
                </th>
                <td data-label={tt.unit} class="att-recap-unit-cell">
                  {r.unitName}
                </td>
                <td data-label={tt.workingDays} class="num">
                  {fmt.int(r.workingDays)}
                  {r.pendingDays > 0 && (
                    <span class="muted small att-recap-sub">{tt.pending(fmt.int(r.pendingDays))}</span>
                  )}
                </td>
                <td data-label={tt.present} class="num">
                  {fmt.int(r.presentDays)}
                </td>
                <td data-label={tt.absent} class="num">
                  <span class={r.absentDays > 0 ? 'att-recap-bad' : undefined}>{fmt.int(r.absentDays)}</span>
                </td>
                <td data-label={tt.leave} class="num">
                  {leave > 0 ? (
                    <span class="att-recap-leave" title={leaveText}>
                      {fmt.int(leave)}
                      <span class="sr-only"> ({leaveText})</span>
                    </span>
                  ) : (
                    fmt.int(0)
                  )}
                </td>
                <td data-label={tt.dutyLong} class="num">
                  {fmt.int(r.dutyDays)}
                </td>
                <td data-label={sideLabel(tt.tl)} class="num">
                  <span class="nowrap">{side(r.late)}</span>
                </td>
                <td data-label={sideLabel(tt.psw)} class="num">
                  <span class="nowrap">{side(r.early)}</span>
                </td>
                <td data-label={tt.deduction} class="num">
                  <span class={r.deductionPercent > 0 ? 'nowrap att-recap-bad' : 'nowrap'}>
                    {fmt.pct1(r.deductionPercent / 100)}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
