/**
 * Pieces the SKP pages share: the status badge, the year switch (kept in the URL), the tenant's
 * settings with the year they make "this year", periods in words, a refused call in the reader's
 * words, the note for an account without an employee record, and a reason form.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ApiError } from '../../api/client';
import { ErrorMessage, TextAreaField } from '../../components/ui';
import { YearSwitch as SharedYearSwitch } from '../../components/YearSwitch';
import { describeError, LOCAL_VALIDATION_STATUS, type ProblemOverrides, useI18n } from '../../i18n';
import { useFormat, useToday } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import { getPerformanceSettings, type PerformanceSettings, type SkpItem } from './skp-api';
import { DEFAULT_PERFORMANCE_SETTINGS, type PerformancePeriod, type SkpStatus } from './skp-core';
import {
  performanceYearAt,
  periodName,
  skpFieldErrors,
  skpRefusal,
  statusTone,
  yearFromQuery,
} from './skp-model';
import { useSkpText } from './skp-text';

export { useSkpText };

const TONE_CLASS = { draft: 'badge badge-muted', waiting: 'badge badge-warn', ok: 'badge badge-ok' } as const;

/** An SKP's status as a badge: the word always written, the colour only a help. */
export function SkpStatusBadge({ status }: { status: SkpStatus }) {
  const st = useSkpText();
  return <span class={`${TONE_CLASS[statusTone(status)]} perf-status`}>{st.statuses[status] ?? status}</span>;
}

/**
 * The tenant's performance settings, which every page needs for its periods. While they load,
 * `settings` is null; when they cannot be read, the regulation's defaults stand in.
 */
export function usePerformanceSettings() {
  const read = useAsync(getPerformanceSettings, []);
  const settings: PerformanceSettings | null =
    read.data ?? (read.error ? (DEFAULT_PERFORMANCE_SETTINGS as PerformanceSettings) : null);
  return { settings, reload: read.reload };
}

/** The year shown, kept in the URL (`?year=2025`); by default this performance year. */
export function useYear(yearStartMonth: number) {
  const { path, query, route } = useLocation();
  const thisYear = performanceYearAt(useToday(), yearStartMonth);
  const year = yearFromQuery(query.year, thisYear);
  const setYear = (next: number) => route(next === thisYear ? path : `${path}?year=${next}`, true);
  return { year, thisYear, setYear };
}

export function YearSwitch(props: { year: number; max: number; onChange: (year: number) => void }) {
  const yt = useSkpText().year;
  return (
    <SharedYearSwitch
      {...props}
      labels={{ nav: yt.label, prev: yt.prev, next: yt.next }}
      class="perf-year"
      valueClass="perf-year-value"
    />
  );
}

/** A period in words ("Triwulan IV (Oktober–Desember 2026)"), under the tenant's year start. */
export function usePeriodText(yearStartMonth: number): (p: PerformancePeriod) => string {
  const st = useSkpText();
  const fmt = useFormat();
  const short = useMemo(
    () => new Intl.DateTimeFormat(fmt.locale, { month: 'short', timeZone: 'UTC' }),
    [fmt.locale],
  );
  const monthShort = (m: string) => short.format(new Date(`${m}-01T00:00:00Z`)).replace('.', '');
  return (p) => st.period(periodName(p, yearStartMonth), fmt.month, monthShort);
}

/**
 * A refused call in this feature's words: the field errors by path (the API's rules said in the
 * reader's words, the browser's own as they are), and what the message above the form says.
 */
export function useSkpProblem(): (error: unknown) => {
  fields: Record<string, string>;
  overrides: ProblemOverrides;
} {
  const { t } = useI18n();
  const st = useSkpText();
  const e = st.errors;
  return (error) => {
    if (!(error instanceof ApiError)) return { fields: {}, overrides: {} };
    const fields =
      error.status === LOCAL_VALIDATION_STATUS
        ? describeError(t, error).fields
        : skpFieldErrors(error.errors, st.rules);
    const said: Record<ReturnType<typeof skpRefusal>, string | undefined> = {
      exists: e.exists,
      'no-appraiser': e.noAppraiser,
      'approved-locked': e.approvedLocked,
      'submitted-locked': e.submittedLocked,
      'not-approved': e.notApproved,
      'cascade-not-approved': e.cascadeNotApproved,
      'no-subordinates': e.noSubordinates,
      changed: e.changed,
      'wrong-state': e.wrongState,
      'document-elsewhere': e.documentElsewhere,
      other: undefined,
    };
    const text = said[skpRefusal(error.detail)];
    const overrides: ProblemOverrides = { 'version-conflict': e.version, forbidden: e.forbidden };
    if (text) overrides[error.type] = text;
    return { fields, overrides };
  };
}

/** Whether a refused call means the SKP on screen is out of date (read it again). */
export const isStale = (error: unknown) =>
  error instanceof ApiError &&
  (error.type === 'version-conflict' ||
    (error.type === 'conflict' &&
      ['changed', 'wrong-state', 'approved-locked', 'submitted-locked'].includes(skpRefusal(error.detail))));

/** What the SKP pages say to an account that is not linked to an employee record. */
export function NotLinked({ children }: { children: ComponentChildren }) {
  const st = useSkpText();
  return (
    <div class="alert alert-info" role="status">
      <p>
        <strong>{st.notLinked.title}</strong>
      </p>
      <p>{children}</p>
    </div>
  );
}

/**
 * A button that opens a short form asking for a reason (return to draft, open a revision), then
 * sends it. The error of the reason field is shown at it.
 */
export function ReasonAction({
  label,
  reasonLabel,
  hint,
  confirm,
  danger = false,
  onSend,
}: {
  label: string;
  reasonLabel: string;
  hint: string;
  confirm: string;
  danger?: boolean;
  /** Sends the reason; resolves to the reason field's error, if any, to keep the form open. */
  onSend: (reason: string) => Promise<string | null>;
}) {
  const st = useSkpText();
  const at = st.actions;
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const areaRef = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => {
    if (open) areaRef.current?.querySelector('textarea')?.focus();
  }, [open]);
  if (!open)
    return (
      <button type="button" class={danger ? 'btn btn-danger' : 'btn'} onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  const send = async () => {
    if (!reason.trim()) {
      setError(st.rules.required);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const problem = await onSend(reason.trim());
      if (problem) setError(problem);
      else {
        setOpen(false);
        setReason('');
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="perf-reason stack" ref={areaRef} id={id}>
      <TextAreaField
        label={reasonLabel}
        name="reason"
        hint={hint}
        rows={3}
        maxLength={2000}
        value={reason}
        errors={error ? { reason: error } : undefined}
        onInput={(e) => setReason(e.currentTarget.value)}
      />
      <div class="actions">
        <button
          type="button"
          class={danger ? 'btn btn-danger btn-primary' : 'btn btn-primary'}
          disabled={busy}
          aria-busy={busy}
          onClick={() => void send()}
        >
          {busy ? at.working : confirm}
        </button>
        <button type="button" class="btn" disabled={busy} onClick={() => setOpen(false)}>
          {at.cancel}
        </button>
      </div>
    </div>
  );
}

/**
 * A refused call in words: the message, and each field error under it without its path (for a
 * place that shows no field of its own).
 */
export function SkpError({ error }: { error: unknown }) {
  const problem = useSkpProblem()(error);
  if (!error) return null;
  const messages = [...new Set(Object.values(problem.fields))];
  return (
    <>
      <ErrorMessage error={error} overrides={problem.overrides} fieldNames={Object.keys(problem.fields)} />
      {messages.length > 0 && (
        <ul class="field-error perf-general-errors">
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Where an item came from, when it was not typed: cascaded from the appraiser, or the automatic IKM item. */
export function SourceBadge({ source }: { source: SkpItem['source'] }) {
  const pt = useSkpText().plan;
  if (source === 'cascade') return <span class="badge perf-source">{pt.sourceCascade}</span>;
  if (source === 'ikm') return <span class="badge badge-warn perf-source">{pt.sourceIkm}</span>;
  return null;
}

/** The target of an indicator in words: "12 dokumen", "100 %", in the reader's digits. */
export function useTargetText(): (t: SkpItem['indicators'][number]['target']) => string {
  const st = useSkpText();
  const fmt = useFormat();
  return (t) => st.plan.target(fmt.dec1(t.value), t.unit);
}
