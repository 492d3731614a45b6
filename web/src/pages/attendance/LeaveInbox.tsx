import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { LoadMoreFooter } from '../../components/admin';
import { ErrorMessage, InputField, Notice, TextAreaField } from '../../components/ui';
import type { ProblemOverrides } from '../../i18n';
import { useLoadMore } from '../../lib/hooks';
import { useMe } from '../../session';
import { checkStep, leaveRefusal, outcomesFor, type StepDraft, stepBody, stepFor } from './leave';
import { decideLeave, type LeaveRequest, listLeaveRequests, recommendLeave } from './leave-api';
import { LeaveCard, useLeaveFieldErrors } from './leave-parts';
import { type LeaveDictionary, useLeaveText } from './shared';

/**
 * The leave section of "Persetujuan" (issue 13 §4-§5): the leave waiting for the caller's step,
 * oldest first, whoever they are in the org structure (the employee's direct superior, the PYBMC,
 * or a Plt/Plh of either). Each card shows who acted before; the step offers the four outcomes (a
 * deferral only for annual leave and cuti besar), a reason for all but "Setujui", new dates for
 * "Ubah". After a step the list is read again: a recommendation may come back for the decision.
 */
export function LeaveInbox({ intro }: { intro: string }) {
  const lt = useLeaveText();
  const apt = lt.approvals;
  const list = useLoadMore(
    (cursor) => listLeaveRequests({ view: 'inbox', cursor, limit: 100 }),
    (r: LeaveRequest) => r.id,
  );
  const [outcome, setOutcome] = useState<
    { tone: 'ok'; text: string } | { tone: 'error'; error: unknown } | null
  >(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);
  const done = (before: LeaveRequest, after: LeaveRequest, step: 'recommend' | 'decide', chosen: string) => {
    const type = lt.types[before.type] ?? before.type;
    setOutcome({
      tone: 'ok',
      text:
        step === 'recommend'
          ? apt.recommended(before.employeeName, type, lt.outcomes[chosen] ?? chosen)
          : apt.decided(before.employeeName, type, lt.statuses[after.status] ?? after.status),
    });
    list.reload();
  };
  const stale = (error: unknown) => {
    setOutcome({ tone: 'error', error });
    list.reload();
  };
  return (
    <section class="att-leave-inbox" aria-labelledby="att-leave-inbox-title">
      <h2 id="att-leave-inbox-title">{apt.title}</h2>
      <p class="muted small">{intro}</p>
      <div ref={outcomeRef} tabIndex={-1} class="att-outcome">
        {outcome?.tone === 'ok' && <Notice>{outcome.text}</Notice>}
        {outcome?.tone === 'error' && (
          <ErrorMessage error={outcome.error} overrides={stepErrors(apt, outcome.error)} />
        )}
      </div>
      {list.items.length > 0 && (
        <ul class="att-req-list" aria-busy={list.loading}>
          {list.items.map((r) => (
            <li key={`${r.id}:${r.version}`}>
              <LeaveCard request={r} openAttachments>
                <LeaveStepForm
                  request={r}
                  onDone={(after, step, chosen) => done(r, after, step, chosen)}
                  onStale={stale}
                />
              </LeaveCard>
            </li>
          ))}
        </ul>
      )}
      <LoadMoreFooter list={list} moreText={apt.reload} emptyText={apt.empty} />
    </section>
  );
}

/** A refused step in words, told apart by the API's detail. */
function stepErrors(apt: LeaveDictionary['approvals'], error: unknown): ProblemOverrides {
  const refusal = error instanceof ApiError ? leaveRefusal(error.detail) : 'other';
  return {
    conflict:
      refusal === 'overlap'
        ? apt.errors.overlap
        : refusal === 'not-recommended'
          ? apt.errors.notRecommended
          : refusal === 'changed'
            ? apt.errors.changed
            : refusal === 'month-closed'
              ? apt.errors.monthClosed
              : apt.errors.stepDone,
    forbidden: apt.errors.forbidden,
    'not-found': apt.errors.notFound,
  };
}

/** A refusal after which the card no longer shows what is stored: stepped already, or gone. */
const isStale = (error: unknown) =>
  error instanceof ApiError &&
  (error.type === 'not-found' ||
    (error.type === 'conflict' && ['step-done', 'changed'].includes(leaveRefusal(error.detail))));

const STEP_FIELDS = ['outcome', 'note', 'changeTo', 'changeTo.startDate', 'changeTo.endDate'];

/** The step the caller takes on one request: recommend, or decide. */
function LeaveStepForm({
  request: r,
  onDone,
  onStale,
}: {
  request: LeaveRequest;
  onDone: (after: LeaveRequest, step: 'recommend' | 'decide', outcome: string) => void;
  onStale: (error: unknown) => void;
}) {
  const lt = useLeaveText();
  const apt = lt.approvals;
  const step = stepFor(r);
  const name = useId();
  const titleId = useId();
  // "Ubah" starts from the dates the superior proposed, if they did; else the dates asked for.
  const proposed = [...r.steps].reverse().find((s) => s.step === 'recommendation' && s.changedTo)?.changedTo;
  const [draft, setDraft] = useState<StepDraft>({
    outcome: '',
    note: '',
    startDate: proposed?.startDate ?? r.startDate,
    endDate: proposed?.endDate ?? r.endDate,
  });
  const [local, setLocal] = useState<ReturnType<typeof checkStep>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const server = useLeaveFieldErrors(error);
  const me = useMe().user.employeeId;
  if (!step) return null;
  // Whom the caller acts as: the official themself, or (as Plt/Plh) for the one named.
  const official = step === 'recommend' ? r.superior : r.pybmc;
  const title =
    official && official.id !== me
      ? (step === 'recommend' ? apt.recommendFor : apt.decideFor)(official.name)
      : step === 'recommend'
        ? apt.recommendTitle
        : apt.decideTitle;
  const errors: Record<string, string> = { ...server };
  for (const [path, key] of Object.entries(local))
    errors[path] = key === 'outcome' ? apt.chooseOutcome : apt[key];
  if (errors.changeTo && !errors['changeTo.startDate']) errors['changeTo.startDate'] = errors.changeTo;
  const set = (patch: Partial<StepDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (e: Event) => {
    e.preventDefault();
    const problems = checkStep(draft, r);
    setLocal(problems);
    if (Object.keys(problems).length > 0) {
      setError(null);
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], input[type="radio"]')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const body = stepBody(draft);
      onDone(await (step === 'recommend' ? recommendLeave : decideLeave)(r.id, body), step, draft.outcome);
    } catch (err) {
      if (isStale(err)) onStale(err);
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      ref={formRef}
      class="stack att-req-decide att-leave-step"
      onSubmit={submit}
      noValidate
      aria-labelledby={titleId}
    >
      <h4 id={titleId}>{title}</h4>
      <ErrorMessage
        error={error}
        overrides={{ ...stepErrors(apt, error), validation: lt.form.invalid }}
        fieldNames={STEP_FIELDS}
      />
      <fieldset class={errors.outcome ? 'att-leave-outcomes field-invalid' : 'att-leave-outcomes'}>
        <legend>{apt.outcome}</legend>
        {outcomesFor(r.type).map((o) => (
          <label key={o} class={`check att-leave-outcome att-leave-outcome-${o.toLowerCase()}`}>
            <input
              type="radio"
              name={name}
              value={o}
              checked={draft.outcome === o}
              aria-invalid={errors.outcome ? true : undefined}
              onChange={() => set({ outcome: o })}
            />
            <span>
              {lt.outcomes[o]}
              <span class="muted small att-kind-hint">{lt.outcomeHints[o]}</span>
            </span>
          </label>
        ))}
        {errors.outcome && <p class="field-error">{errors.outcome}</p>}
      </fieldset>
      {draft.outcome === 'CHANGE' && (
        <div class="grid-2 att-req-dates-fields">
          <InputField
            label={apt.changeStart}
            name="changeTo.startDate"
            type="date"
            errors={errors}
            value={draft.startDate}
            onInput={(e) => set({ startDate: e.currentTarget.value })}
          />
          <InputField
            label={apt.changeEnd}
            name="changeTo.endDate"
            type="date"
            errors={errors}
            value={draft.endDate}
            min={draft.startDate || undefined}
            onInput={(e) => set({ endDate: e.currentTarget.value })}
          />
        </div>
      )}
      <TextAreaField
        label={apt.note}
        name="note"
        errors={errors}
        optional={draft.outcome === 'APPROVE'}
        hint={step === 'recommend' ? apt.noteHintRecommend : apt.noteHint}
        maxLength={1000}
        rows={2}
        value={draft.note}
        onInput={(e) => set({ note: e.currentTarget.value })}
      />
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy} aria-busy={busy}>
          {busy ? apt.saving : step === 'recommend' ? apt.submitRecommend : apt.submitDecide}
        </button>
      </div>
    </form>
  );
}
