import { type ImportRowError, MAX_IMPORT_ERRORS } from '../schemas/imports';

/**
 * The row errors an import run finds (the employee import and the exam score import). Every error
 * is counted; the job keeps the first MAX_IMPORT_ERRORS by row, each message cut to
 * MAX_ERROR_MESSAGE characters. Errors found on the same row keep the order they were found in,
 * so the header's warnings (row 1) stay first, and chunks written out of order come out by row.
 */
export const MAX_ERROR_MESSAGE = 300;

export class RowErrors {
  private readonly found: ImportRowError[] = [];
  /** Every error found, including those beyond what `first()` keeps. */
  count = 0;

  add(errors: readonly ImportRowError[]): void {
    this.count += errors.length;
    for (const e of errors) this.found.push({ ...e, message: e.message.slice(0, MAX_ERROR_MESSAGE) });
  }

  first(max: number = MAX_IMPORT_ERRORS): ImportRowError[] {
    return this.found
      .map((e, i) => ({ e, i }))
      .sort((a, b) => a.e.row - b.e.row || a.i - b.i)
      .slice(0, max)
      .map((x) => x.e);
  }
}
