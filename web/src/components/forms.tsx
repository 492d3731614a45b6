/**
 * Form pieces for the admin pages that change records. Imports zod through ../lib/forms, so the
 * pages that only read (the audit page) do not import this module.
 */
import type { ComponentChildren } from 'preact';
import type * as z from 'zod';
import { type ProblemOverrides, useI18n } from '../i18n';
import { type SchemaForm, useSchemaForm } from '../lib/forms';
import type { FormValues } from '../lib/hooks';
import { ErrorMessage } from './ui';

/**
 * A form's buttons: submit, which says it is saving while `busy`, and for a form opened in place
 * (`onCancel`), cancel.
 */
export function FormActions({
  label,
  busy = false,
  small = false,
  onCancel,
}: {
  label: string;
  busy?: boolean;
  small?: boolean;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  return (
    <div class="actions">
      <button type="submit" class={small ? 'btn btn-primary btn-small' : 'btn btn-primary'} disabled={busy}>
        {busy ? t.common.saving : label}
      </button>
      {onCancel && (
        <button type="button" class="btn btn-small" onClick={onCancel}>
          {t.common.cancel}
        </button>
      )}
    </div>
  );
}

/**
 * A form opened in place to change one record. What `read` makes of it is checked against
 * `schema`, then handed to `save`, which shows its own failure (see useRowAction) and answers
 * whether it worked; the form closes when it did.
 */
export function EditForm<S extends z.ZodType>({
  schema,
  read,
  save,
  onDone,
  label,
  children,
}: {
  schema: S;
  read: (values: FormValues) => unknown;
  save: (value: z.output<S>) => Promise<boolean>;
  onDone: () => void;
  /** The form's accessible name, where the page has several such forms open. */
  label?: string;
  children: (form: Pick<SchemaForm, 'error' | 'fields'>) => ComponentChildren;
}) {
  const { t } = useI18n();
  const form = useSchemaForm(schema, read, async (value) => {
    if (await save(value)) onDone();
  });
  return (
    <form class="inline-form" noValidate aria-label={label} onSubmit={form.submit}>
      {children(form)}
      <FormActions label={t.common.save} small onCancel={onDone} />
    </form>
  );
}

/**
 * A card that adds a record: its heading names the form; the error lists what has no field of
 * its own to show it (see ErrorMessage), and the fields show the rest.
 */
export function CreateFormCard({
  form,
  titleId,
  title,
  submitLabel,
  overrides,
  fieldNames,
  children,
}: {
  form: SchemaForm;
  titleId: string;
  title: string;
  submitLabel: string;
  overrides?: ProblemOverrides;
  fieldNames: readonly string[];
  children: ComponentChildren;
}) {
  return (
    <form class="card stack" onSubmit={form.submit} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <ErrorMessage error={form.error} overrides={overrides} fieldNames={fieldNames} />
      {children}
      <FormActions label={submitLabel} busy={form.busy} />
    </form>
  );
}
