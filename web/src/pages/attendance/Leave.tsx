import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ApiError } from '../../api/client';
import { LoadMoreFooter } from '../../components/admin';
import { UploadField } from '../../components/UploadField';
import { ErrorMessage, InputField, Loading, Notice, SelectField, TextAreaField } from '../../components/ui';
import { YearSwitch } from '../../components/YearSwitch';
import { type ProblemOverrides, useI18n } from '../../i18n';
import { useFormat, useToday } from '../../lib/format';
import { useAsync, useLoadMore } from '../../lib/hooks';
import { useUploads } from '../../lib/uploads';
import { useMe } from '../../session';
import {
  ATTACHMENT_FALLBACK_NAME,
  ATTACHMENT_LIMITS,
  type AttachmentUpload,
  attachmentErrorsByFile,
  attachmentRequired,
  balanceTotals,
  bucketBars,
  bucketYear,
  canCancel,
  checkLeaveDraft,
  type DraftProblem,
  emptyLeaveDraft,
  endAfterStart,
  IMPORTANT_REASON_CODES,
  isAttachmentPath,
  LEAVE_TYPE_CODES,
  type LeaveDraft,
  leaveBody,
  ledgerWithTotal,
  periodIn,
  requestableTypes,
  SICK_DOCUMENT_CODES,
  sentAttachments,
  TYPE_FIELDS,
} from './leave';
import {
  cancelLeave,
  createLeaveAttachmentUpload,
  getMyLeaveBalance,
  type LeaveBalance,
  type LeaveLedgerEntry,
  type LeaveRequest,
  listLeaveRequests,
  type RequestLeaveBody,
  requestLeave,
} from './leave-api';
import { LeaveCard, useLeaveFieldErrors, useLeaveRefusals } from './leave-parts';
import { useRequestDates } from './request-parts';
import { AttendanceHeader, NotLinked, useLeaveText } from './shared';

/**
 * "Cuti saya" (issue 13 §5): the year's annual-leave balance as bars per year of origin (N-2, N-1,
 * N) and as what is taken, waiting and left; the request form; one's own requests with their
 * status as the employee is told it, and a cancel button while a leave has not started; the
 * balance's ledger with its running total. For accounts linked to an employee; the others are told
 * so.
 */
export default function LeavePage() {
  const lt = useLeaveText();
  const linked = Boolean(useMe().user.employeeId);
  return (
    <section class="att-leave-page">
      <AttendanceHeader title={lt.mine.title} current="/attendance/leave" />
      <p class="muted att-req-intro">{lt.mine.intro}</p>
      {linked ? <MyLeave /> : <NotLinked body={lt.mine.notLinked} />}
    </section>
  );
}

/** The year whose balance is shown, kept in the URL (`?year=2025`); by default this year. */
function useYear() {
  const { path, query, route } = useLocation();
  const thisYear = Number(useToday().slice(0, 4));
  const asked = Number(query.year);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= thisYear + 1 ? asked : thisYear;
  const setYear = (next: number) => route(next === thisYear ? path : `${path}?year=${next}`, true);
  return { year, thisYear, setYear };
}

const PAGE_SIZE = 10;

function MyLeave() {
  const lt = useLeaveText();
  const dates = useRequestDates();
  const fmt = useFormat();
  const { year, thisYear, setYear } = useYear();
  // The answer carries its year: while the next loads, the last is not shown under its name.
  const balance = useAsync(async () => ({ year, data: await getMyLeaveBalance(year) }), [year]);
  const shown = balance.data?.year === year ? balance.data.data : null;
  const mine = useLoadMore(
    (cursor) => listLeaveRequests({ view: 'mine', cursor, limit: PAGE_SIZE }),
    (r: LeaveRequest) => r.id,
  );
  // A sent form starts again empty (a new key), with what was sent said above it.
  const [sent, setSent] = useState<{ n: number; last: LeaveRequest | null }>({ n: 0, last: null });
  const [cancelled, setCancelled] = useState<LeaveRequest | null>(null);
  const onSent = (r: LeaveRequest) => {
    setSent((s) => ({ n: s.n + 1, last: r }));
    setCancelled(null);
    mine.prepend(r);
    void balance.reload();
  };
  const onCancelled = (r: LeaveRequest) => {
    setCancelled(r);
    setSent((s) => ({ ...s, last: null }));
    mine.replace(r);
    void balance.reload();
  };
  const sentText = (r: LeaveRequest) =>
    (r.status === 'AWAITING_DECISION' ? lt.form.sentToPybmc : lt.form.sent)(
      lt.types[r.type] ?? r.type,
      dates(r),
      lt.item.workingDays(fmt.int(r.workingDays)),
    );
  // The types do not change with the year: any year's answer will do; without one, every type
  // but cuti bersama, and the API says which does not apply.
  const types = requestableTypes(balance.data?.data.types ?? LEAVE_TYPE_CODES);
  const available = balance.data?.year === thisYear ? balance.data.data.available : null;

  return (
    <>
      <div class="att-leave-top">
        <section class="card att-leave-balance" aria-labelledby="att-leave-balance-title">
          <div class="att-leave-balance-head">
            <h2 id="att-leave-balance-title">{lt.balance.title}</h2>
            <LeaveYearSwitch year={year} max={thisYear + 1} onChange={setYear} />
          </div>
          <ErrorMessage error={balance.error} overrides={{ forbidden: lt.balance.forbidden }} />
          {shown ? <BalanceChart balance={shown} /> : !balance.error && <Loading />}
        </section>
        <div class="card att-leave-form-card">
          {sent.last && <Notice>{sentText(sent.last)}</Notice>}
          {cancelled && (
            <Notice>{lt.cancel.done(lt.types[cancelled.type] ?? cancelled.type, dates(cancelled))}</Notice>
          )}
          {types.length === 0 ? (
            <p class="muted">{lt.form.noTypes}</p>
          ) : (
            <LeaveForm key={sent.n} types={types} available={available} onSent={onSent} />
          )}
        </div>
      </div>
      <section class="att-req-mine" aria-labelledby="att-leave-mine-title">
        <h2 id="att-leave-mine-title">{lt.mine.listTitle}</h2>
        <p class="muted small">{lt.mine.listIntro}</p>
        {mine.items.length > 0 && (
          <ul class="att-req-list" aria-busy={mine.loading}>
            {mine.items.map((r) => (
              <li key={r.id}>
                <LeaveCard request={r} mine openAttachments>
                  <CancelLeave request={r} onCancelled={onCancelled} onGone={mine.reload} />
                </LeaveCard>
              </li>
            ))}
          </ul>
        )}
        <LoadMoreFooter list={mine} moreText={lt.mine.more} emptyText={lt.mine.empty} />
      </section>
      {shown && <Ledger balance={shown} requests={mine.items} />}
    </>
  );
}

function LeaveYearSwitch(props: { year: number; max: number; onChange: (year: number) => void }) {
  const bt = useLeaveText().balance;
  return (
    <YearSwitch
      {...props}
      labels={{ nav: bt.year, prev: bt.prevYear, next: bt.nextYear }}
      class="att-month-switch att-leave-year"
      valueClass="att-leave-year-value"
    />
  );
}

/**
 * The balance as bars: the year's whole right split into taken, waiting and left; then each year
 * of origin with what of it is used and left (days are taken from the oldest first).
 */
function BalanceChart({ balance: b }: { balance: LeaveBalance }) {
  const lt = useLeaveText();
  const bt = lt.balance;
  const fmt = useFormat();
  const totals = balanceTotals(b);
  const bars = bucketBars(b);
  const days = (n: number) => bt.days(fmt.int(n));
  const share = (n: number) => (totals.granted > 0 ? `${(Math.max(0, n) / totals.granted) * 100}%` : '0%');
  const basis = bt.basis[b.basis];
  return (
    <>
      {basis && <p class="small att-leave-basis">{basis(fmt.int(b.annualDays), fmt.int(b.cap))}</p>}
      <div class="att-leave-total">
        <p class="att-leave-available">
          <span class="att-leave-available-value">{fmt.int(totals.available)}</span>{' '}
          <span>
            {bt.available}
            <span class="muted"> / {days(totals.granted)}</span>
          </span>
        </p>
        <div class="att-lbar att-lbar-total" aria-hidden="true">
          <span class="att-lbar-taken" style={{ width: share(totals.taken) }} />
          <span class="att-lbar-pending" style={{ width: share(totals.pending) }} />
          <span class="att-lbar-left" style={{ width: share(totals.available) }} />
        </div>
        <dl class="att-leave-legend" aria-label={bt.totalsCaption}>
          <div>
            <dt>
              <span class="att-swatch-line att-lbar-taken" aria-hidden="true" />
              {bt.taken}
            </dt>
            <dd>{days(totals.taken)}</dd>
          </div>
          <div>
            <dt>
              <span class="att-swatch-line att-lbar-pending" aria-hidden="true" />
              {bt.pending}
            </dt>
            <dd>{days(totals.pending)}</dd>
          </div>
          <div>
            <dt>
              <span class="att-swatch-line att-lbar-left" aria-hidden="true" />
              {bt.available}
            </dt>
            <dd>{days(totals.available)}</dd>
          </div>
        </dl>
      </div>
      <table class="att-leave-buckets">
        <caption class="sr-only">{bt.caption(b.year)}</caption>
        <thead class="sr-only">
          <tr>
            <th scope="col">{bt.year}</th>
            <th scope="col">
              {bt.used} / {bt.remaining}
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.bucket}>
              <th scope="row" class="att-leave-bucket-name">
                {bt.bucket(bar.year)}
                <span class="muted small att-leave-bucket-hint">{bt.bucketHint[bar.bucket]}</span>
              </th>
              <td class="att-leave-bucket-bar">
                <span class="att-lbar" aria-hidden="true">
                  <span class="att-lbar-used" style={{ width: `${bar.usedPct}%` }} />
                  <span class="att-lbar-left" style={{ width: `${bar.remainingPct}%` }} />
                </span>
                <span class="small att-leave-bucket-value">
                  {bt.ofDays(fmt.int(bar.used), fmt.int(bar.granted))}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted small att-leave-swatches" aria-hidden="true">
        <span class="att-swatch-line att-lbar-used" />
        {bt.used} <span class="att-swatch-line att-lbar-left" />
        {bt.remaining} · {bt.spentOldest}
      </p>
      {b.cutiBersamaDays.length > 0 && (
        <p class="small">{bt.cutiBersama(b.cutiBersamaDays.map((d) => fmt.date(d)).join(', '))}</p>
      )}
    </>
  );
}

/** The ledger oldest first, with the balance after each entry, in words (never the API's codes). */
function Ledger({ balance: b, requests }: { balance: LeaveBalance; requests: readonly LeaveRequest[] }) {
  const lt = useLeaveText();
  const bt = lt.balance;
  const { lang } = useI18n();
  const fmt = useFormat();
  const dates = useRequestDates();
  const self = useMe().user.name;
  const rows = useMemo(() => ledgerWithTotal(b.ledger), [b.ledger]);
  const byId = useMemo(() => new Map(requests.map((r) => [r.id, r])), [requests]);
  const signed = (n: number) => (n > 0 ? `+${fmt.int(n)}` : n < 0 ? `−${fmt.int(-n)}` : fmt.int(0));
  const what = (e: LeaveLedgerEntry): string => {
    const kind = bt.kinds[e.kind];
    if (!kind) return e.reason;
    if (e.kind === 'grant' || e.kind === 'carry-over')
      return kind(String(bucketYear(e.year, e.bucket ?? 'N')));
    const request = e.requestId ? byId.get(e.requestId) : undefined;
    const period = periodIn(e.reason);
    if (e.kind === 'cuti-bersama') return kind(period ? dates(period) : '');
    const subject = request
      ? `${lt.types[request.type] ?? request.type} ${dates(period ?? request)}`
      : period
        ? `${bt.aLeave} ${dates(period)}`
        : bt.aLeave;
    return kind(subject);
  };
  return (
    <section class="card att-leave-ledger" aria-labelledby="att-leave-ledger-title">
      <h2 id="att-leave-ledger-title">
        {bt.ledgerTitle} {b.year}
      </h2>
      {rows.length === 0 ? (
        <p class="muted">{bt.ledgerEmpty}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="sr-only">{bt.ledgerCaption(b.year)}</caption>
            <thead>
              <tr>
                <th scope="col" class="att-leave-ledger-date">
                  {bt.date}
                </th>
                <th scope="col">{bt.what}</th>
                <th scope="col" class="num">
                  {bt.change}
                </th>
                <th scope="col" class="num">
                  {bt.total}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id}>
                  <td class="nowrap att-leave-ledger-date">{fmt.localDate(e.at)}</td>
                  <td>
                    <span class="muted small att-leave-ledger-day">{fmt.localDate(e.at)}</span>
                    {what(e)}
                    {e.actorName && e.actorName !== self && (
                      <span class="muted small att-leave-by"> {bt.by(e.actorName)}</span>
                    )}
                    {/* The API's own note is English: offered to an English reader only. */}
                    {lang === 'en' && e.reason && <span class="muted small att-leave-by"> ({e.reason})</span>}
                  </td>
                  <td class={e.days < 0 ? 'num att-leave-minus' : 'num'}>{signed(e.days)}</td>
                  <td class="num">
                    <strong>{fmt.int(e.total)}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Every field of the form, for errors that have no field of their own to sit at. */
const FIELDS = [
  'type',
  'startDate',
  'endDate',
  'reason',
  'addressDuringLeave',
  'sickDocument',
  'miscarriage',
  'healthBoardExtension',
  'childOrder',
  'firstHajj',
  'importantReason',
  'bknApprovalRef',
  'cltnExtension',
];

/**
 * Asks for leave. Only the chosen type's own fields show; every value (the uploaded attachments
 * too) stays after a refusal, and each broken rule is said at its field in the reader's words.
 */
function LeaveForm({
  types,
  available,
  onSent,
}: {
  types: readonly string[];
  available: number | null;
  onSent: (r: LeaveRequest) => void;
}) {
  const { t } = useI18n();
  const lt = useLeaveText();
  const ft = lt.form;
  const fmt = useFormat();
  const today = useToday();
  const titleId = useId();
  const refusals = useLeaveRefusals();
  const [draft, setDraft] = useState<LeaveDraft>(() => emptyLeaveDraft(types[0] ?? '', today));
  const [local, setLocal] = useState<Record<string, DraftProblem>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const serverErrors = useLeaveFieldErrors(error);
  const formRef = useRef<HTMLFormElement>(null);
  const attachments = useUploads({
    request: async (file) => {
      const target = await createLeaveAttachmentUpload(file);
      return { key: target.key, upload: target.upload };
    },
    limits: ATTACHMENT_LIMITS,
    fallbackName: ATTACHMENT_FALLBACK_NAME,
  });
  // Types other than sick leave show a button first; the field once asked for.
  const [filesOpened, setFilesOpened] = useState(false);
  // The files a refused request named: its `attachments.N` errors count these.
  const [sentFiles, setSentFiles] = useState<AttachmentUpload[]>([]);
  const set = (patch: Partial<LeaveDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const fields = TYPE_FIELDS[draft.type as keyof typeof TYPE_FIELDS] ?? [];
  const has = (f: (typeof fields)[number]) => fields.includes(f);

  const localWords: Record<DraftProblem, string> = {
    required: t.validation.required,
    choose: t.validation.choose,
    endBeforeStart: lt.rules.endBeforeStart,
    childOrder: lt.rules.childOrderRequired,
    bknApprovalRef: lt.rules.cltnBknApproval,
  };
  const errors: Record<string, string> = { ...serverErrors };
  for (const [path, problem] of Object.entries(local)) errors[path] = localWords[problem];
  // Sending was held back for an upload still running, or failed, until that is over.
  const waiting = attachments.waiting;
  if (waiting) errors.attachments = waiting === 'uploading' ? ft.waitUploads : ft.failedUploads;
  const fileErrors = attachmentErrorsByFile(serverErrors, sentFiles);
  const showFiles = has('sickDocument') || attachments.files.length > 0 || filesOpened;
  const required = attachmentRequired(draft);

  // After a refusal, the first field with something to say gets the focus.
  useEffect(() => {
    if (Object.keys(local).length === 0 && !error && !attachments.held) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [local, error, attachments.held]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const problems = checkLeaveDraft(draft);
    setLocal(problems);
    const pending = attachments.hold();
    if (Object.keys(problems).length > 0 || pending) {
      setError(null);
      return;
    }
    setBusy(true);
    setError(null);
    const files = attachments.files;
    try {
      onSent(await requestLeave(leaveBody(draft, sentAttachments(files)) as RequestLeaveBody));
    } catch (err) {
      setSentFiles(files);
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const overrides: ProblemOverrides = refusals(error, {
    validation: ft.invalid,
    forbidden: lt.errors.notLinked,
  });

  return (
    <form ref={formRef} class="stack att-leave-form" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{ft.title}</h2>
      <ErrorMessage
        error={error}
        overrides={overrides}
        fieldNames={[...FIELDS, ...Object.keys(serverErrors).filter(isAttachmentPath)]}
      />
      <SelectField
        label={ft.type}
        name="type"
        errors={errors}
        value={draft.type}
        hint={[
          lt.typeHints[draft.type],
          draft.type === 'TAHUNAN' && available !== null ? ft.available(fmt.int(available)) : null,
        ]
          .filter(Boolean)
          .join(' ')}
        onChange={(e) => set({ type: e.currentTarget.value })}
      >
        {types.map((ty) => (
          <option key={ty} value={ty}>
            {lt.types[ty] ?? ty}
          </option>
        ))}
      </SelectField>
      <div class="grid-2 att-req-dates-fields">
        <InputField
          label={ft.startDate}
          name="startDate"
          type="date"
          errors={errors}
          value={draft.startDate}
          onInput={(e) => {
            const next = e.currentTarget.value;
            setDraft((d) => ({
              ...d,
              startDate: next,
              endDate: next ? endAfterStart(next, d.endDate) : d.endDate,
            }));
          }}
        />
        <InputField
          label={ft.endDate}
          name="endDate"
          type="date"
          errors={errors}
          value={draft.endDate}
          min={draft.startDate || undefined}
          onInput={(e) => set({ endDate: e.currentTarget.value })}
        />
      </div>
      <p class="muted small att-leave-dates-hint">{ft.datesHint}</p>
      {has('sickDocument') && (
        <SelectField
          label={ft.sickDocument}
          name="sickDocument"
          errors={errors}
          optional
          value={draft.sickDocument}
          hint={ft.sickDocumentHint}
          onChange={(e) => set({ sickDocument: e.currentTarget.value })}
        >
          <option value="">{ft.chooseSickDocument}</option>
          {SICK_DOCUMENT_CODES.map((c) => (
            <option key={c} value={c}>
              {lt.sickDocuments[c]}
            </option>
          ))}
        </SelectField>
      )}
      {has('miscarriage') && (
        <Check
          name="miscarriage"
          label={ft.miscarriage}
          checked={draft.miscarriage}
          error={errors.miscarriage}
          onChange={(v) => set({ miscarriage: v })}
        />
      )}
      {has('healthBoardExtension') && (
        <Check
          name="healthBoardExtension"
          label={ft.healthBoard}
          checked={draft.healthBoardExtension}
          error={errors.healthBoardExtension}
          onChange={(v) => set({ healthBoardExtension: v })}
        />
      )}
      {has('childOrder') && (
        <InputField
          label={ft.childOrder}
          name="childOrder"
          type="number"
          inputMode="numeric"
          min={1}
          max={20}
          errors={errors}
          value={draft.childOrder}
          hint={ft.childOrderHint}
          class="att-leave-narrow"
          onInput={(e) => set({ childOrder: e.currentTarget.value })}
        />
      )}
      {has('firstHajj') && (
        <Check
          name="firstHajj"
          label={ft.firstHajj}
          checked={draft.firstHajj}
          error={errors.firstHajj}
          onChange={(v) => set({ firstHajj: v })}
        />
      )}
      {has('importantReason') && (
        <SelectField
          label={ft.importantReason}
          name="importantReason"
          errors={errors}
          value={draft.importantReason}
          onChange={(e) => set({ importantReason: e.currentTarget.value })}
        >
          <option value="">{ft.chooseReason}</option>
          {IMPORTANT_REASON_CODES.map((c) => (
            <option key={c} value={c}>
              {lt.importantReasons[c]}
            </option>
          ))}
        </SelectField>
      )}
      {has('bknApprovalRef') && (
        <InputField
          label={ft.bknApprovalRef}
          name="bknApprovalRef"
          errors={errors}
          maxLength={100}
          autoComplete="off"
          value={draft.bknApprovalRef}
          hint={ft.bknHint}
          onInput={(e) => set({ bknApprovalRef: e.currentTarget.value })}
        />
      )}
      {has('cltnExtension') && (
        <Check
          name="cltnExtension"
          label={ft.cltnExtension}
          checked={draft.cltnExtension}
          error={errors.cltnExtension}
          onChange={(v) => set({ cltnExtension: v })}
        />
      )}
      {showFiles ? (
        // "Lampiran": required for a sick leave of more than a day (the API's `sick-attachment`).
        <UploadField
          uploads={attachments}
          texts={ft}
          label={ft.attachments}
          name="attachments"
          optional={!required}
          hint={`${required ? `${ft.attachmentsRequired} ` : draft.type === 'SAKIT' ? `${ft.attachmentsExample} ` : ''}${ft.attachmentsHint}`}
          error={errors.attachments}
          fileErrors={fileErrors}
        />
      ) : (
        <div class="actions">
          <button type="button" class="btn btn-small" onClick={() => setFilesOpened(true)}>
            {ft.addAttachment}
          </button>
        </div>
      )}
      <TextAreaField
        label={ft.reason}
        name="reason"
        errors={errors}
        maxLength={1000}
        rows={2}
        value={draft.reason}
        hint={ft.reasonHint}
        onInput={(e) => set({ reason: e.currentTarget.value })}
      />
      <TextAreaField
        label={ft.address}
        name="addressDuringLeave"
        errors={errors}
        maxLength={500}
        rows={2}
        value={draft.addressDuringLeave}
        hint={ft.addressHint}
        onInput={(e) => set({ addressDuringLeave: e.currentTarget.value })}
      />
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy} aria-busy={busy}>
          {busy ? ft.sending : ft.submit}
        </button>
      </div>
    </form>
  );
}

/** A checkbox with its error under it. */
function Check({
  name,
  label,
  checked,
  error,
  onChange,
}: {
  name: string;
  label: string;
  checked: boolean;
  error?: string;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label class="check">
        <input
          type="checkbox"
          name={name}
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        <span>{label}</span>
      </label>
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * Cancels one's own leave before it starts: asks once more, with an optional reason. A leave the
 * API no longer knows sends the list to be read again.
 */
function CancelLeave({
  request: r,
  onCancelled,
  onGone,
}: {
  request: LeaveRequest;
  onCancelled: (after: LeaveRequest) => void;
  onGone: () => void;
}) {
  const lt = useLeaveText();
  const ct = lt.cancel;
  const today = useToday();
  const dates = useRequestDates();
  const refusals = useLeaveRefusals();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const areaRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) areaRef.current?.querySelector('textarea')?.focus();
  }, [open]);
  if (!canCancel(r, today)) return null;
  const type = lt.types[r.type] ?? r.type;
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      onCancelled(await cancelLeave(r.id, reason.trim() || undefined));
    } catch (err) {
      if (err instanceof ApiError && err.type === 'not-found') onGone();
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="att-req-decide" ref={areaRef}>
      <ErrorMessage error={error} overrides={refusals(error, { 'not-found': lt.errors.notFound })} />
      {!open ? (
        <div class="actions">
          <button
            type="button"
            class="btn btn-small"
            aria-label={ct.openLabel(type, dates(r))}
            onClick={() => {
              setError(null);
              setOpen(true);
            }}
          >
            {ct.open}
          </button>
        </div>
      ) : (
        <div class="stack att-req-reject">
          <TextAreaField
            label={ct.reason}
            name="cancelReason"
            optional
            hint={ct.reasonHint}
            maxLength={1000}
            rows={2}
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
          <div class="actions">
            <button
              type="button"
              class="btn btn-danger"
              disabled={busy}
              aria-busy={busy}
              onClick={() => void confirm()}
            >
              {busy ? ct.saving : ct.confirm}
            </button>
            <button type="button" class="btn" disabled={busy} onClick={() => setOpen(false)}>
              {ct.keep}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
