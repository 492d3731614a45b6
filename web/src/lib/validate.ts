/**
 * Browser-side validation with the same zod schemas the API uses, so a form fails before a round
 * trip and with the same field paths. Imported only by the admin pages (zod stays out of the
 * login chunk).
 */
import type * as z from 'zod';
import { ApiError } from '../api/client';
import { type Dictionary, LOCAL_VALIDATION_STATUS } from '../i18n';

type Issue = z.core.$ZodIssue;

function issueMessage(t: Dictionary, issue: Issue): string {
  const field = String(issue.path[issue.path.length - 1] ?? '');
  const hints: Record<string, string | undefined> = t.hints;
  // Before the "required" case, which zod's issues (without their input) cannot tell from it: a
  // missing number expects `number`, a fraction `int`.
  if (issue.code === 'invalid_type' && issue.expected === 'int') return t.validation.whole;
  if (issue.code === 'invalid_type' && issue.input === undefined) return t.validation.required;
  if (issue.code === 'too_small' && issue.origin === 'string') {
    if (Number(issue.minimum) <= 1) return t.validation.required;
    return hints[field] ?? t.validation.tooShort(Number(issue.minimum));
  }
  if (issue.code === 'too_big' && issue.origin === 'string')
    return t.validation.tooLong(Number(issue.maximum));
  if (issue.code === 'too_small' && issue.origin === 'number')
    return t.validation.atLeast(Number(issue.minimum));
  if (issue.code === 'too_big' && issue.origin === 'number')
    return t.validation.atMost(Number(issue.maximum));
  if (issue.code === 'invalid_value') return t.validation.choose;
  return hints[field] ?? t.validation.invalid;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  t: Dictionary,
): Validated<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issueMessage(t, issue),
  }));
  return {
    ok: false,
    error: new ApiError(LOCAL_VALIDATION_STATUS, 'validation', 'Invalid input', undefined, errors),
  };
}
