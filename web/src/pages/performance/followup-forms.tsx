/**
 * The follow-up register's four forms, each opened in place under its row: a coaching plan (goals
 * and dated check-ins), a check-in held, a referral, and its outcome. Each keeps what was typed
 * whatever the answer, checks it with the API's own schema and date rules first, and shows every
 * refusal in the reader's words: a field's at the field, the rest above the form.
 */
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { InputField, SelectField, TextAreaField } from '../../components/ui';
import { describeError, useI18n, useLocalized } from '../../i18n';
import { useFormat } from '../../lib/format';
import {
  type CoachingPlan,
  createCoachingPlan,
  type DisciplineReferral,
  recordCoachingCheckIn,
  recordDisciplineReferral,
  recordReferralOutcome,
} from './followup-api';
import { followUpWindow } from './followup-core';
import {
  type CheckInDraft,
  checkCheckIn,
  checkInBody,
  checkOutcome,
  checkPlan,
  checkReferral,
  emptyPlanDraft,
  fieldTexts,
  isStale,
  OUTCOME_CODES,
  type OutcomeDraft,
  outcomeBody,
  outcomeDraftOf,
  type PlanDraft,
  type PlanSend,
  planBody,
  referralBody,
  refusalText,
  shownPath,
} from './followup-model';
import { followUpEn } from './i18n/followup-en';
import { type FollowUpDictionary, followUpId } from './i18n/followup-id';

export const useFollowUpText = (): FollowUpDictionary => useLocalized(followUpId, followUpEn);

type Period = { start: string; end: string };

/** Whom a form is about: the employee and the year followed up. */
export interface Subject {
  employeeId: string;
  name: string;
  year: number;
}

/** What a form starts with: a draft and an error (a test, or a form opened again). */
export interface Initial<D> {
  draft?: D;
  error?: unknown;
}

/** The state every form shares: its last error, whether it is sending, and the send itself. */
function useSend(initialError: unknown, onStale?: () => void) {
  const [error, setError] = useState<unknown>(initialError ?? null);
  const [busy, setBusy] = useState(false);
  const run = async <T,>(local: ApiError | null, send: () => Promise<T>, done: (value: T) => void) => {
    if (local) {
      setError(local);
      return;
    }
    setError(null);
    setBusy(true);
    try {
      done(await send());
    } catch (err) {
      setError(err);
      if (isStale(err)) onStale?.();
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

/**
 * The message above a form: the refusal in this page's words (or the problem type's), and the
 * field errors that have no field on the form, by the field's name in words, never its path.
 */
function FormProblem({
  error,
  subject,
  fields,
  shown,
}: {
  error: unknown;
  subject: Subject;
  fields: Record<string, string>;
  /** The fields this form shows, whose errors sit at them. */
  shown: (path: string) => boolean;
}) {
  const w = useFollowUpText().problems;
  const { t, lang } = useI18n();
  const fmt = useFormat();
  if (!error) return null;
  const message = refusalText(error, w, subject, fmt.date) ?? describeError(t, error).message;
  const orphans = Object.entries(fields).filter(([path]) => !shown(path));
  const detail = error instanceof ApiError && error.status > 0 && lang === 'en' ? error.detail : undefined;
  return (
    <div class="alert alert-error" role="alert">
      <p>{message}</p>
      {orphans.length > 0 && (
        <ul>
          {orphans.map(([path, text]) => {
            const name = w.fields[path.split('.')[0] ?? ''];
            return <li key={path}>{name ? `${name}: ${text}` : text}</li>;
          })}
        </ul>
      )}
      {detail && <p class="alert-detail">{detail}</p>}
    </div>
  );
}

function FormShell({
  title,
  busy,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  title: string;
  busy: boolean;
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ComponentChildren;
}) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <form
      class="fu-form"
      noValidate
      aria-labelledby={titleId}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <h3 id={titleId} class="fu-form-title">
        {title}
      </h3>
      {children}
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy} aria-busy={busy}>
          {busy ? t.common.saving : submitLabel}
        </button>
        <button type="button" class="btn" onClick={onCancel} disabled={busy}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}

const MAX_GOALS = 10;
const MAX_PLANNED = 24;

/** A coaching plan: goals, and check-ins planned with their date and an agenda. */
export function CoachingPlanForm({
  subject,
  period,
  today,
  onSaved,
  onCancel,
  onStale,
  initial,
}: {
  subject: Subject;
  /** The annual period of the year followed up. */
  period: Period;
  today: string;
  onSaved: (plan: CoachingPlan) => void;
  onCancel: () => void;
  onStale?: () => void;
  initial?: Initial<PlanDraft>;
}) {
  const ft = useFollowUpText();
  const f = ft.form;
  const fmt = useFormat();
  const [draft, setDraft] = useState<PlanDraft>(initial?.draft ?? emptyPlanDraft());
  const [send, setSend] = useState<PlanSend | null>(null);
  const state = useSend(initial?.error, onStale);
  const window = followUpWindow(period);
  const fields =
    state.error instanceof ApiError
      ? fieldTexts(state.error.errors, ft.problems, fmt.date, (p) => (send ? shownPath(p, send) : p))
      : {};
  const setGoal = (i: number, value: string) =>
    setDraft((d) => ({ ...d, goals: d.goals.map((g, j) => (j === i ? value : g)) }));
  const setCheckIn = (i: number, patch: Partial<PlanDraft['checkIns'][number]>) =>
    setDraft((d) => ({ ...d, checkIns: d.checkIns.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));
  const submit = () => {
    const next = planBody(draft, subject.employeeId, period);
    setSend(next);
    void state.run(checkPlan(next, today), () => createCoachingPlan(next.body), onSaved);
  };
  return (
    <FormShell
      title={f.planTitle(subject.name)}
      busy={state.busy}
      submitLabel={f.savePlan}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <FormProblem
        error={state.error}
        subject={subject}
        fields={fields}
        shown={(p) => /^(goals|checkIns)\.\d+/.test(p)}
      />
      <fieldset class="fu-fieldset">
        <legend>{f.goals}</legend>
        <p class="field-hint">{f.goalsHint}</p>
        {draft.goals.map((goal, i) => (
          <div class="fu-line" key={i}>
            <InputField
              label={f.goal(i + 1)}
              name={`goals.${i}`}
              value={goal}
              maxLength={500}
              errors={fields}
              onInput={(e) => setGoal(i, e.currentTarget.value)}
            />
            {draft.goals.length > 1 && (
              <button
                type="button"
                class="btn btn-small fu-remove"
                aria-label={f.removeGoal(i + 1)}
                onClick={() => setDraft((d) => ({ ...d, goals: d.goals.filter((_, j) => j !== i) }))}
              >
                ×
              </button>
            )}
          </div>
        ))}
        {draft.goals.length < MAX_GOALS && (
          <button
            type="button"
            class="btn btn-small"
            onClick={() => setDraft((d) => ({ ...d, goals: [...d.goals, ''] }))}
          >
            + {f.addGoal}
          </button>
        )}
      </fieldset>
      <fieldset class="fu-fieldset">
        <legend>{f.checkIns}</legend>
        <p class="field-hint">
          {f.checkInsHint} {f.planIntro(fmt.date(window.from), fmt.date(window.until))}
        </p>
        {draft.checkIns.map((c, i) => (
          <div class="fu-line fu-line-checkin" key={i}>
            <InputField
              label={f.checkInDate(i + 1)}
              name={`checkIns.${i}.date`}
              type="date"
              value={c.date}
              min={window.from}
              max={window.until}
              required={false}
              errors={fields}
              onInput={(e) => setCheckIn(i, { date: e.currentTarget.value })}
            />
            <InputField
              label={f.checkInAgenda(i + 1)}
              name={`checkIns.${i}.note`}
              value={c.note}
              maxLength={2000}
              optional
              errors={fields}
              onInput={(e) => setCheckIn(i, { note: e.currentTarget.value })}
            />
            <button
              type="button"
              class="btn btn-small fu-remove"
              aria-label={f.removeCheckIn(i + 1)}
              onClick={() => setDraft((d) => ({ ...d, checkIns: d.checkIns.filter((_, j) => j !== i) }))}
            >
              ×
            </button>
          </div>
        ))}
        {draft.checkIns.length < MAX_PLANNED && (
          <button
            type="button"
            class="btn btn-small"
            onClick={() => setDraft((d) => ({ ...d, checkIns: [...d.checkIns, { date: '', note: '' }] }))}
          >
            + {f.addCheckIn}
          </button>
        )}
      </fieldset>
    </FormShell>
  );
}

/** A check-in held: its date (a planned one's date completes it) and what was discussed. */
export function CheckInForm({
  subject,
  plan,
  period,
  today,
  onSaved,
  onCancel,
  onStale,
  initial,
}: {
  subject: Subject;
  /** The plan as known (its planned dates are offered); null when the page cannot read it. */
  plan: Pick<CoachingPlan, 'checkIns' | 'period'> | null;
  period: Period;
  today: string;
  onSaved: (plan: CoachingPlan) => void;
  onCancel: () => void;
  onStale?: () => void;
  initial?: Initial<CheckInDraft>;
}) {
  const ft = useFollowUpText();
  const f = ft.form;
  const fmt = useFormat();
  const planned = (plan?.checkIns ?? []).filter((c) => c.status === 'planned' && c.date <= today);
  const [draft, setDraft] = useState<CheckInDraft>(
    initial?.draft ?? { date: planned[0]?.date ?? today, note: '' },
  );
  const state = useSend(initial?.error, onStale);
  const window = followUpWindow(plan?.period ?? period);
  const fields = state.error instanceof ApiError ? fieldTexts(state.error.errors, ft.problems, fmt.date) : {};
  const submit = () => {
    const body = checkInBody(draft);
    void state.run(
      checkCheckIn(body, plan?.period ?? period, today),
      () => recordCoachingCheckIn(subject.employeeId, subject.year, body),
      onSaved,
    );
  };
  const hint =
    planned.length > 0
      ? `${f.dateHint} ${f.plannedDates(planned.map((c) => fmt.date(c.date)).join(', '))}`
      : f.dateHint;
  return (
    <FormShell
      title={f.checkInTitle(subject.name)}
      busy={state.busy}
      submitLabel={f.saveCheckIn}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <FormProblem
        error={state.error}
        subject={subject}
        fields={fields}
        shown={(p) => p === 'date' || p === 'note'}
      />
      <div class="fu-grid">
        <InputField
          label={f.date}
          name="date"
          type="date"
          value={draft.date}
          min={window.from}
          max={today < window.until ? today : window.until}
          hint={hint}
          errors={fields}
          onInput={(e) => setDraft((d) => ({ ...d, date: e.currentTarget.value }))}
        />
        <TextAreaField
          label={f.note}
          name="note"
          value={draft.note}
          maxLength={2000}
          errors={fields}
          onInput={(e) => setDraft((d) => ({ ...d, note: e.currentTarget.value }))}
        />
      </div>
    </FormShell>
  );
}

/** The referral to the discipline process: a note, optional. */
export function ReferralForm({
  subject,
  onSaved,
  onCancel,
  onStale,
  initial,
}: {
  subject: Subject;
  onSaved: (referral: DisciplineReferral) => void;
  onCancel: () => void;
  onStale?: () => void;
  initial?: Initial<{ note: string }>;
}) {
  const ft = useFollowUpText();
  const f = ft.form;
  const fmt = useFormat();
  const [note, setNote] = useState(initial?.draft?.note ?? '');
  const state = useSend(initial?.error, onStale);
  const fields = state.error instanceof ApiError ? fieldTexts(state.error.errors, ft.problems, fmt.date) : {};
  const submit = () => {
    const body = referralBody(subject.employeeId, subject.year, note);
    void state.run(checkReferral(body), () => recordDisciplineReferral(body), onSaved);
  };
  return (
    <FormShell
      title={f.referTitle(subject.name)}
      busy={state.busy}
      submitLabel={f.saveRefer}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <p class="small">{f.referIntro(subject.name, subject.year)}</p>
      <FormProblem error={state.error} subject={subject} fields={fields} shown={(p) => p === 'note'} />
      <TextAreaField
        label={f.referNote}
        name="note"
        value={note}
        maxLength={2000}
        optional
        hint={f.referNoteHint}
        errors={fields}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
    </FormShell>
  );
}

/** What the discipline process decided on a recorded referral, at the referral's version. */
export function OutcomeForm({
  subject,
  referral,
  period,
  today,
  onSaved,
  onCancel,
  onStale,
  initial,
}: {
  subject: Subject;
  referral: DisciplineReferral;
  period: Period;
  today: string;
  onSaved: (referral: DisciplineReferral) => void;
  onCancel: () => void;
  onStale?: () => void;
  initial?: Initial<OutcomeDraft>;
}) {
  const ft = useFollowUpText();
  const f = ft.form;
  const fmt = useFormat();
  const [draft, setDraft] = useState<OutcomeDraft>(initial?.draft ?? outcomeDraftOf(referral));
  const state = useSend(initial?.error, onStale);
  const window = followUpWindow(period);
  const fields = state.error instanceof ApiError ? fieldTexts(state.error.errors, ft.problems, fmt.date) : {};
  const submit = () => {
    // The version of the referral as the register last read it (read again after a conflict).
    const body = outcomeBody(draft, referral.version);
    void state.run(
      checkOutcome(body, period, today),
      () => recordReferralOutcome(subject.employeeId, subject.year, body),
      onSaved,
    );
  };
  return (
    <FormShell
      title={f.outcomeTitle(subject.name)}
      busy={state.busy}
      submitLabel={f.saveOutcome}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <FormProblem
        error={state.error}
        subject={subject}
        fields={fields}
        shown={(p) => p === 'outcome' || p === 'decidedOn' || p === 'note'}
      />
      <div class="fu-grid">
        <SelectField
          label={f.outcome}
          name="outcome"
          value={draft.outcome}
          errors={fields}
          onChange={(e) =>
            setDraft((d) => ({ ...d, outcome: e.currentTarget.value as OutcomeDraft['outcome'] }))
          }
        >
          <option value="">{f.chooseOutcome}</option>
          {OUTCOME_CODES.map((o) => (
            <option key={o} value={o}>
              {ft.outcomes[o]}
            </option>
          ))}
        </SelectField>
        <InputField
          label={f.decidedOn}
          name="decidedOn"
          type="date"
          value={draft.decidedOn}
          min={window.from}
          max={today}
          errors={fields}
          onInput={(e) => setDraft((d) => ({ ...d, decidedOn: e.currentTarget.value }))}
        />
      </div>
      <TextAreaField
        label={f.outcomeNote}
        name="note"
        value={draft.note}
        maxLength={2000}
        optional
        hint={f.outcomeNoteHint}
        errors={fields}
        onInput={(e) => setDraft((d) => ({ ...d, note: e.currentTarget.value }))}
      />
    </FormShell>
  );
}
