import type { ComponentChildren, JSX } from 'preact';
import { useId } from 'preact/hooks';
import { describeError, type ProblemOverrides, useI18n } from '../i18n';

// What the login page and the shell need, and so stays small: it is part of the first chunk.
// Pieces only the lazily loaded admin pages use live in ./admin.

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

/** What the control itself carries so that its label, hint and error belong to it. */
interface ControlAttrs {
  id: string;
  name: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** Label, control, hint and error wired together with ids, so screen readers read all three. */
function FieldShell({
  label,
  name,
  errors,
  hint,
  optional,
  control,
}: Omit<FieldProps, 'children'> & { control: (attrs: ControlAttrs) => ComponentChildren }) {
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
      {control({ id, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
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

type InputProps = FieldProps & Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'name' | 'label'>;

export function InputField({ label, name, errors, hint, optional, ...input }: InputProps) {
  const field = { label, name, errors, hint, optional };
  return <FieldShell {...field} control={(attrs) => <input {...attrs} required={!optional} {...input} />} />;
}

type TextAreaProps = FieldProps & Omit<JSX.TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'label'>;

/** A labelled textarea: uncontrolled (`defaultValue`, read by `name`) or controlled (`value`). */
export function TextAreaField({ label, name, errors, hint, optional, rows = 3, ...textarea }: TextAreaProps) {
  const field = { label, name, errors, hint, optional };
  return (
    <FieldShell
      {...field}
      control={(attrs) => <textarea {...attrs} rows={rows} required={!optional} {...textarea} />}
    />
  );
}

type SelectProps = FieldProps & Omit<JSX.SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'label'>;

export function SelectField({ label, name, errors, hint, optional, children, ...select }: SelectProps) {
  const field = { label, name, errors, hint, optional };
  return (
    <FieldShell
      {...field}
      control={(attrs) => (
        <select {...attrs} {...select}>
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

/** What a page shows to a role that may not open it (the API would refuse its calls anyway). */
export function Forbidden() {
  const { t } = useI18n();
  return (
    <div class="alert alert-error" role="alert">
      {t.forbidden}
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

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="loading" aria-live="polite">
      {t.common.loading}
    </p>
  );
}

export function PageTitle({ children }: { children: ComponentChildren }) {
  return <h1 class="page-title">{children}</h1>;
}
