/**
 * Forms checked in the browser with the API's own schema before anything is sent. Imports zod
 * through ./validate, so only pages that already validate import this module (not the login page,
 * nor the audit page).
 */
import { useState } from 'preact/hooks';
import type * as z from 'zod';
import { describeError, useI18n } from '../i18n';
import { type FormValues, formValues } from './hooks';
import { validate } from './validate';

export interface SchemaForm {
  /** The last error: the browser's own check or the server's answer. */
  error: unknown;
  /** That error's messages by field path, for the fields to show. */
  fields: Record<string, string>;
  busy: boolean;
  /** The form's submit handler; resolves true when a request was sent, whatever it answered. */
  submit: (e: Event) => Promise<boolean>;
}

/**
 * Reads the form, checks what `read` makes of it against `schema`, and hands the checked value to
 * `send`; what `send` throws becomes the form's error. A form that fails the check sends nothing.
 */
export function useSchemaForm<S extends z.ZodType>(
  schema: S,
  read: (values: FormValues) => unknown,
  send: (value: z.output<S>, form: HTMLFormElement) => Promise<void>,
): SchemaForm {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event): Promise<boolean> => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const checked = validate(schema, read(formValues(form)), t);
    if (!checked.ok) {
      setError(checked.error);
      return false;
    }
    setBusy(true);
    setError(null);
    try {
      await send(checked.value, form);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
    return true;
  };
  return { error, fields: error ? describeError(t, error).fields : {}, busy, submit };
}

/** A form that adds a record: cleared once the record is stored, and the record handed on. */
export function useCreateForm<S extends z.ZodType, R>(
  schema: S,
  read: (values: FormValues) => unknown,
  create: (value: z.output<S>) => Promise<R>,
  onCreated: (record: R) => void | Promise<void>,
): SchemaForm {
  return useSchemaForm(schema, read, async (value, form) => {
    const record = await create(value);
    form.reset();
    await onCreated(record);
  });
}
