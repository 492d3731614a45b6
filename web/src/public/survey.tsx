import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { getSurveyForm, type PreparedBody, PublicApiError, type SurveyForm } from './api';
import { type PublicDictionary, useLang } from './i18n';
import {
  buildBody,
  clearDraft,
  type Draft,
  type DraftValues,
  type FieldErrors,
  fieldId,
  fieldOrder,
  loadDraft,
  MAX_ATTEMPTS,
  MAX_SUGGESTION_LENGTH,
  retryable,
  saveDraft,
  serverFieldErrors,
  submitResponse,
  validate,
} from './submit';
import { Loading, ProblemPanel, PublicLayout, problemMessage, useResource, useTitle } from './ui';

/** `/survei/:tenant/:unitId`: the questionnaire of one unit, reached from its QR code. */
export function SurveyPage({ tenant, unitId }: { tenant: string; unitId: string }) {
  const { t } = useLang();
  const form = useResource((signal) => getSurveyForm(tenant, unitId, signal), [tenant, unitId]);
  useTitle(form.data ? `${form.data.unit.name} · ${t.surveyTitle}` : t.surveyTitle);
  return (
    <PublicLayout tenantName={form.data?.tenant.name}>
      {form.loading && !form.data && <Loading />}
      {form.error != null && (
        <>
          <h1>{t.surveyTitle}</h1>
          <ProblemPanel error={form.error} ctx={{ notFound: t.notFoundUnit }} onRetry={form.reload} />
        </>
      )}
      {form.data && <Questionnaire key={unitId} form={form.data} tenant={tenant} unitId={unitId} />}
    </PublicLayout>
  );
}

type Status =
  | { kind: 'idle' }
  | { kind: 'sending'; attempt: number }
  /** The retries ran out on a connection or server failure; nothing was refused, so send again. */
  | { kind: 'failed' }
  | { kind: 'refused'; message: string }
  | { kind: 'saved' };

/** Focuses a field by path: the input itself, or the first (or the chosen) radio of a group. */
function focusField(path: string): void {
  const el = document.getElementById(fieldId(path));
  if (!el) return;
  const target =
    el.tagName === 'FIELDSET'
      ? (el.querySelector<HTMLInputElement>('input:checked') ?? el.querySelector<HTMLInputElement>('input'))
      : el;
  target?.focus();
  // Phones: keep the question and its error in view, not just the radio.
  el.scrollIntoView({ block: 'center' });
}

function Questionnaire({ form, tenant, unitId }: { form: SurveyForm; tenant: string; unitId: string }) {
  const { t, lang } = useLang();
  const [draft, setDraft] = useState<Draft>(() => loadDraft(tenant, unitId));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [focusPath, setFocusPath] = useState<string | null>(null);
  const thanksRef = useRef<HTMLHeadingElement>(null);
  const values = draft.values;
  const order = fieldOrder(form);
  const shownErrors = order.filter((p) => errors[p]);

  // After a render that shows new errors, focus the first one (it now carries its message).
  useEffect(() => {
    if (focusPath) {
      focusField(focusPath);
      setFocusPath(null);
    }
  }, [focusPath]);

  useEffect(() => {
    if (status.kind === 'saved') {
      thanksRef.current?.focus();
      window.scrollTo(0, 0);
    }
  }, [status.kind]);

  const update = (patch: Partial<DraftValues>, path: string) => {
    const next = { ...draft, values: { ...values, ...patch } };
    setDraft(next);
    saveDraft(tenant, unitId, next);
    if (errors[path]) {
      const { [path]: _fixed, ...rest } = errors;
      setErrors(rest);
    }
  };

  const send = async (body: PreparedBody) => {
    setStatus({ kind: 'sending', attempt: 1 });
    try {
      await submitResponse({
        tenant,
        unitId,
        body,
        key: draft.key,
        onAttempt: (attempt) => setStatus({ kind: 'sending', attempt }),
      });
      clearDraft(tenant, unitId);
      setStatus({ kind: 'saved' });
    } catch (err) {
      onRefused(err);
    }
  };

  const onRefused = (err: unknown) => {
    if (retryable(err)) {
      setStatus({ kind: 'failed' });
      return;
    }
    if (err instanceof PublicApiError && err.status === 400 && err.errors.length) {
      const { fields, other } = serverFieldErrors(err.errors, form, t);
      setErrors(fields);
      setOtherErrors(other);
      setStatus({ kind: 'refused', message: t.badRequest });
      setFocusPath(order.find((p) => fields[p]) ?? null);
      return;
    }
    if (err instanceof PublicApiError && err.status === 409) {
      setErrors({ ...errors, serviceCode: t.codeUsed });
      setStatus({ kind: 'refused', message: t.codeUsed });
      setFocusPath('serviceCode');
      return;
    }
    setStatus({ kind: 'refused', message: problemMessage(t, err, { notFound: t.notFoundUnit }) });
  };

  /**
   * Checks, then sends. The same answers make the same body byte for byte, so a retry after a
   * failure matches what the server may already hold under this form's key.
   */
  const submit = () => {
    if (status.kind === 'sending') return;
    const found = validate(values, form, t);
    setErrors(found);
    setOtherErrors([]);
    const first = order.find((p) => found[p]);
    if (first) {
      setStatus({ kind: 'refused', message: t.badRequest });
      setFocusPath(first);
      return;
    }
    void send(buildBody(values, form));
  };

  const saved = status.kind === 'saved';
  const statusText = statusMessage(status, t);
  return (
    <>
      {saved ? (
        <h1 class="thanks-title" tabIndex={-1} ref={thanksRef}>
          {t.thanksTitle}
        </h1>
      ) : (
        <SurveyHeading form={form} />
      )}
      {!saved && (
        <form
          class="survey"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          aria-label={t.surveyTitle}
        >
          <p class="lead">{t.formIntro}</p>
          <p class="muted small">{t.requiredNote}</p>
          {(shownErrors.length > 0 || otherErrors.length > 0) && (
            <ErrorSummary paths={shownErrors} errors={errors} other={otherErrors} form={form} />
          )}

          <h2>{t.sectionRating}</h2>
          {form.elements.map((el, i) => (
            <RadioGroup
              key={el.code}
              path={`answers.${el.code}`}
              legend={
                <>
                  <span class="q-num">{t.questionOf(i + 1, form.elements.length)}</span>
                  <span class="q-text">{el.question[lang]}</span>
                </>
              }
              error={errors[`answers.${el.code}`]}
              options={el.labels[lang].map((label, j) => ({ value: String(j + 1), label }))}
              value={values.answers[el.code] ? String(values.answers[el.code]) : ''}
              onChange={(v) =>
                update({ answers: { ...values.answers, [el.code]: Number(v) } }, `answers.${el.code}`)
              }
              scale
            />
          ))}

          <h2>{t.sectionAbout}</h2>
          <RadioGroup
            path="respondent.gender"
            legend={t.gender}
            error={errors['respondent.gender']}
            options={form.respondentFields.gender.map((g) => ({
              value: g,
              label: g === 'L' ? t.genderL : g === 'P' ? t.genderP : g,
            }))}
            value={values.gender}
            onChange={(v) => update({ gender: v }, 'respondent.gender')}
            inline
          />
          <Field
            path="respondent.age"
            label={t.age}
            error={errors['respondent.age']}
            hint={t.ageHint(form.respondentFields.ageMin, form.respondentFields.ageMax)}
          >
            {(attrs) => (
              <input
                {...attrs}
                class="input input-short"
                type="number"
                inputMode="numeric"
                min={form.respondentFields.ageMin}
                max={form.respondentFields.ageMax}
                step={1}
                required
                autoComplete="off"
                value={values.age}
                onInput={(e) => update({ age: e.currentTarget.value }, 'respondent.age')}
              />
            )}
          </Field>
          <Field path="respondent.education" label={t.education} error={errors['respondent.education']}>
            {(attrs) => (
              <select
                {...attrs}
                class="input"
                required
                value={values.education}
                onChange={(e) => update({ education: e.currentTarget.value }, 'respondent.education')}
              >
                <option value="">{t.choose}</option>
                {form.respondentFields.education.map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field path="respondent.occupation" label={t.occupation} error={errors['respondent.occupation']}>
            {(attrs) => (
              <select
                {...attrs}
                class="input"
                required
                value={values.occupation}
                onChange={(e) => update({ occupation: e.currentTarget.value }, 'respondent.occupation')}
              >
                <option value="">{t.choose}</option>
                {form.respondentFields.occupation.map((v) => (
                  <option key={v} value={v}>
                    {t.occupations[v] ?? v}
                  </option>
                ))}
              </select>
            )}
          </Field>

          <h2>{t.sectionService}</h2>
          {form.unit.serviceTypes.length > 0 && (
            <Field path="serviceType" label={t.serviceType} error={errors.serviceType} optional>
              {(attrs) => (
                <select
                  {...attrs}
                  class="input"
                  value={values.serviceType}
                  onChange={(e) => update({ serviceType: e.currentTarget.value }, 'serviceType')}
                >
                  <option value="">{t.choose}</option>
                  {form.unit.serviceTypes.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          {form.extraQuestions.map((q) => (
            <Field
              key={q.id}
              path={`extra.${q.id}`}
              label={q.text[lang]}
              error={errors[`extra.${q.id}`]}
              optional
            >
              {(attrs) =>
                q.kind === 'choice' ? (
                  <select
                    {...attrs}
                    class="input"
                    value={values.extra[q.id] ?? ''}
                    onChange={(e) =>
                      update({ extra: { ...values.extra, [q.id]: e.currentTarget.value } }, `extra.${q.id}`)
                    }
                  >
                    <option value="">{t.choose}</option>
                    {(q.options ?? []).map((o) => (
                      <option key={o} value={o}>
                        {o}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    {...attrs}
                    class="input"
                    type="text"
                    maxLength={500}
                    value={values.extra[q.id] ?? ''}
                    onInput={(e) =>
                      update({ extra: { ...values.extra, [q.id]: e.currentTarget.value } }, `extra.${q.id}`)
                    }
                  />
                )
              }
            </Field>
          ))}
          <Field
            path="suggestion"
            label={t.suggestion}
            error={errors.suggestion}
            hint={t.suggestionHint}
            optional
            extraHint={t.charsLeft(Math.max(0, MAX_SUGGESTION_LENGTH - values.suggestion.length))}
          >
            {(attrs) => (
              <textarea
                {...attrs}
                class="input"
                rows={4}
                maxLength={MAX_SUGGESTION_LENGTH}
                value={values.suggestion}
                onInput={(e) => update({ suggestion: e.currentTarget.value }, 'suggestion')}
              />
            )}
          </Field>
          {form.unit.verification !== 'off' && (
            <Field
              path="serviceCode"
              label={t.serviceCode}
              error={errors.serviceCode}
              hint={t.serviceCodeHint}
              optional={form.unit.verification === 'optional'}
            >
              {(attrs) => (
                <input
                  {...attrs}
                  class="input input-code"
                  type="text"
                  autoComplete="off"
                  autoCapitalize="characters"
                  spellcheck={false}
                  maxLength={12}
                  required={form.unit.verification === 'required'}
                  value={values.serviceCode}
                  onInput={(e) => update({ serviceCode: e.currentTarget.value }, 'serviceCode')}
                />
              )}
            </Field>
          )}

          <div class="submit-row">
            <button
              type="submit"
              class="pub-btn pub-btn-primary pub-btn-wide"
              disabled={status.kind === 'sending'}
            >
              {t.submit}
            </button>
          </div>
        </form>
      )}
      {/* Always in the page, so assistive technology announces each change of the sending state. */}
      <div
        class={`submit-status submit-status-${status.kind}`}
        role="status"
        aria-live="polite"
        aria-atomic="true"
      >
        {statusText && <p>{statusText}</p>}
        {status.kind === 'failed' && <p class="small status-detail">{t.notSavedHint}</p>}
      </div>
      {status.kind === 'failed' && (
        <p class="submit-row">
          <button type="button" class="pub-btn pub-btn-primary pub-btn-wide" onClick={submit}>
            {t.retry}
          </button>
        </p>
      )}
      {saved && (
        <div class="thanks">
          <p>{t.thanksBody}</p>
          <p>
            <a href={`/ikm/${encodeURIComponent(tenant)}`}>{t.seeIkm}</a>
          </p>
        </div>
      )}
    </>
  );
}

function statusMessage(status: Status, t: PublicDictionary): string {
  switch (status.kind) {
    case 'sending':
      return status.attempt > 1 ? t.resending(status.attempt, MAX_ATTEMPTS) : t.sending;
    case 'failed':
      return t.notSaved;
    case 'refused':
      return status.message;
    case 'saved':
      return t.saved;
    default:
      return '';
  }
}

function SurveyHeading({ form }: { form: SurveyForm }) {
  const { t } = useLang();
  return (
    <div class="survey-head">
      <p class="eyebrow">{t.surveyTitle}</p>
      <h1>{form.unit.name}</h1>
      <p class="muted">{form.unit.agencyName}</p>
    </div>
  );
}

function ErrorSummary({
  paths: errorPaths,
  errors,
  other,
  form,
}: {
  paths: string[];
  errors: FieldErrors;
  other: string[];
  form: SurveyForm;
}) {
  const { t, lang } = useLang();
  const labelOf = (path: string): string => {
    if (path.startsWith('answers.')) {
      const i = form.elements.findIndex((e) => `answers.${e.code}` === path);
      const el = form.elements[i];
      return el ? `${t.questionOf(i + 1, form.elements.length)}: ${el.name[lang]}` : path;
    }
    if (path.startsWith('extra.')) {
      const q = form.extraQuestions.find((x) => `extra.${x.id}` === path);
      return q ? q.text[lang] : path;
    }
    const labels: Record<string, string> = {
      'respondent.gender': t.gender,
      'respondent.age': t.age,
      'respondent.education': t.education,
      'respondent.occupation': t.occupation,
      serviceType: t.serviceType,
      suggestion: t.suggestion,
      serviceCode: t.serviceCode,
    };
    return labels[path] ?? path;
  };
  return (
    <div class="pub-alert pub-alert-error error-summary">
      <h2 class="error-summary-title">{t.errorSummary}</h2>
      <ul>
        {errorPaths.map((p) => (
          <li key={p}>
            <a
              href={`#${fieldId(p)}`}
              onClick={(e) => {
                e.preventDefault();
                focusField(p);
              }}
            >
              {labelOf(p)}: {errors[p]}
            </a>
          </li>
        ))}
        {other.map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>
    </div>
  );
}

interface ControlAttrs {
  id: string;
  name: string;
  'aria-invalid'?: 'true';
  'aria-describedby'?: string;
}

/** Label, control, hint and error tied together by ids, so a screen reader reads all of them. */
function Field({
  path,
  label,
  error,
  hint,
  extraHint,
  optional,
  children,
}: {
  path: string;
  label: string;
  error?: string;
  hint?: string;
  extraHint?: string;
  optional?: boolean;
  children: (attrs: ControlAttrs) => ComponentChildren;
}) {
  const { t } = useLang();
  const id = fieldId(path);
  const described = [error && `${id}-error`, hint && `${id}-hint`, extraHint && `${id}-count`]
    .filter(Boolean)
    .join(' ');
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>
        {label}
        {optional && <span class="optional"> ({t.optional})</span>}
      </label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children({
        id,
        name: path,
        'aria-invalid': error ? 'true' : undefined,
        'aria-describedby': described || undefined,
      })}
      {extraHint && (
        <p class="hint counter" id={`${id}-count`}>
          {extraHint}
        </p>
      )}
    </div>
  );
}

/** A question with its answers as large tap targets: a native radio group inside a fieldset. */
function RadioGroup({
  path,
  legend,
  error,
  options,
  value,
  onChange,
  scale,
  inline,
}: {
  path: string;
  legend: ComponentChildren;
  error?: string;
  options: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
  /** Answers run from worst to best: a small score beside each label shows the direction. */
  scale?: boolean;
  inline?: boolean;
}) {
  const id = fieldId(path);
  const errorId = `${id}-error`;
  return (
    <fieldset
      id={id}
      class={`choice-group${error ? ' field-invalid' : ''}${inline ? ' choice-inline' : ''}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
      <div class="choices">
        {options.map((o) => (
          <label key={o.value} class="choice">
            <input
              type="radio"
              name={path}
              value={o.value}
              checked={value === o.value}
              required
              aria-invalid={error ? 'true' : undefined}
              onChange={() => onChange(o.value)}
            />
            {scale && (
              <span class="choice-score" aria-hidden="true">
                {o.value}
              </span>
            )}
            <span class="choice-label">{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
