import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { describeError, type ProblemOverrides, useI18n } from '../i18n';

/** Field errors keyed by the API's dotted path (`firstAdmin.password`). */
export type FieldErrors = Record<string, string>;

interface FieldProps {
  label: string;
  name: string;
  errors?: FieldErrors;
  hint?: string;
  optional?: boolean;
  children?: ComponentChildren;
}

type InputProps = FieldProps & Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'name' | 'label'>;

/** Label, control, hint and error wired together with ids, so screen readers read all three. */
function FieldShell({
  label,
  name,
  errors,
  hint,
  optional,
  render,
}: FieldProps & {
  render: (a: { id: string; describedBy?: string; invalid: boolean }) => ComponentChildren;
}) {
  const { t } = useI18n();
  const id = useId();
  const error = errors?.[name];
  // When the error is the field's rule itself, saying it twice adds nothing.
  const shownHint = hint && hint !== error ? hint : undefined;
  const hintId = shownHint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>
        {label}
        {optional && <span class="optional"> ({t.common.optional})</span>}
      </label>
      {render({ id, describedBy, invalid: Boolean(error) })}
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
      {shownHint && (
        <p class="field-hint" id={hintId}>
          {shownHint}
        </p>
      )}
    </div>
  );
}

export function InputField({ label, name, errors, hint, optional, ...input }: InputProps) {
  return (
    <FieldShell
      label={label}
      name={name}
      errors={errors}
      hint={hint}
      optional={optional}
      render={({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          required={!optional}
          {...input}
        />
      )}
    />
  );
}

type SelectProps = FieldProps & Omit<JSX.SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'label'>;

export function SelectField({ label, name, errors, hint, optional, children, ...select }: SelectProps) {
  return (
    <FieldShell
      label={label}
      name={name}
      errors={errors}
      hint={hint}
      optional={optional}
      render={({ id, describedBy, invalid }) => (
        <select
          id={id}
          name={name}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          {...select}
        >
          {children}
        </select>
      )}
    />
  );
}

/**
 * The readable message for an error, plus any field errors that have no field on this form to
 * sit next to (so nothing the server said is lost).
 */
export function ErrorMessage({
  error,
  overrides,
  fieldNames = [],
}: {
  error: unknown;
  overrides?: ProblemOverrides;
  fieldNames?: readonly string[];
}) {
  const { t, lang } = useI18n();
  if (!error) return null;
  const d = describeError(t, error, overrides);
  const orphans = Object.entries(d.fields).filter(([path]) => !fieldNames.includes(path));
  return (
    <div class="alert alert-error" role="alert">
      <p>{d.message}</p>
      {orphans.length > 0 && (
        <ul>
          {orphans.map(([path, message]) => (
            <li key={path}>
              <code>{path}</code>: {message}
            </li>
          ))}
        </ul>
      )}
      {/* The server speaks English; its detail helps an English reader or a support call. */}
      {d.detail && lang === 'en' && <p class="alert-detail">{d.detail}</p>}
    </div>
  );
}

export function Notice({ children }: { children: ComponentChildren }) {
  return (
    <div class="alert alert-ok" role="status">
      {children}
    </div>
  );
}

const BADGE_CLASS: Record<string, string> = {
  active: 'badge badge-ok',
  inactive: 'badge badge-muted',
  disabled: 'badge badge-muted',
  suspended: 'badge badge-warn',
};

export function StatusBadge({ status }: { status: 'active' | 'inactive' | 'suspended' | 'disabled' }) {
  const { t } = useI18n();
  return <span class={BADGE_CLASS[status] ?? 'badge'}>{t.status[status]}</span>;
}

export function Pager({
  pageNumber,
  hasPrev,
  hasNext,
  onPrev,
  onNext,
}: {
  pageNumber: number;
  hasPrev: boolean;
  hasNext: boolean;
  onPrev: () => void;
  onNext: () => void;
}) {
  const { t } = useI18n();
  if (!hasPrev && !hasNext) return null;
  return (
    <nav class="pager" aria-label={t.common.pagination}>
      <button type="button" class="btn" onClick={onPrev} disabled={!hasPrev}>
        ← {t.common.prev}
      </button>
      <span>{t.common.pageNo(pageNumber)}</span>
      <button type="button" class="btn" onClick={onNext} disabled={!hasNext}>
        {t.common.next} →
      </button>
    </nav>
  );
}

/** A button that asks once more, inline, before doing something hard to undo. */
export function ConfirmButton({
  label,
  question,
  onConfirm,
  danger = false,
}: {
  label: string;
  question: string;
  onConfirm: () => Promise<void>;
  danger?: boolean;
}) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const questionId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  // Focus moves to the confirming button, so keyboard and screen reader users hear the question.
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button
        type="button"
        class={danger ? 'btn btn-small btn-danger' : 'btn btn-small'}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span class="confirm">
      <span class="confirm-question" id={questionId}>
        {question}
      </span>
      <button
        type="button"
        ref={confirmRef}
        aria-describedby={questionId}
        class={danger ? 'btn btn-small btn-danger' : 'btn btn-small btn-primary'}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await onConfirm();
          } finally {
            setBusy(false);
            setAsking(false);
          }
        }}
      >
        {t.common.yes}, {label.toLowerCase()}
      </button>
      <button type="button" class="btn btn-small" onClick={() => setAsking(false)} disabled={busy}>
        {t.common.cancel}
      </button>
    </span>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="loading" aria-live="polite">
      {t.common.loading}
    </p>
  );
}

export function Forbidden() {
  const { t } = useI18n();
  return (
    <div class="alert alert-error" role="alert">
      {t.forbidden}
    </div>
  );
}

export function PageTitle({ children }: { children: ComponentChildren }) {
  return <h1 class="page-title">{children}</h1>;
}
