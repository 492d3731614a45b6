import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Page } from '../api/client';
import { type ProblemOverrides, useI18n } from '../i18n';

export interface Paged<T> {
  items: T[];
  loading: boolean;
  error: unknown;
  pageNumber: number;
  hasPrev: boolean;
  hasNext: boolean;
  next: () => void;
  prev: () => void;
  /** Loads the current page again, e.g. after a change. */
  reload: () => Promise<void>;
}

/**
 * Cursor pagination: the API only goes forward, so the cursors of visited pages are kept on a
 * stack to go back. Give the component a new `key` to start again from page one.
 */
export function usePaged<T>(load: (cursor: string | undefined) => Promise<Page<T>>): Paged<T> {
  const [stack, setStack] = useState<(string | undefined)[]>([undefined]);
  const [page, setPage] = useState<Page<T> | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  const seq = useRef(0);
  const cursor = stack[stack.length - 1];

  const fetchPage = useCallback(async (c: string | undefined) => {
    // Only the latest request may write state, so a slow earlier page cannot overwrite a newer one.
    const mine = ++seq.current;
    setLoading(true);
    try {
      const p = await loadRef.current(c);
      if (mine === seq.current) {
        setPage(p);
        setError(null);
      }
    } catch (err) {
      if (mine === seq.current) setError(err);
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    void fetchPage(cursor);
  }, [cursor, fetchPage]);

  return {
    items: page?.items ?? [],
    loading,
    error,
    pageNumber: stack.length,
    hasPrev: stack.length > 1,
    hasNext: Boolean(page?.nextCursor),
    next: () => {
      const nc = page?.nextCursor;
      if (nc) setStack((s) => [...s, nc]);
    },
    prev: () => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)),
    reload: () => fetchPage(cursor),
  };
}

export type FormValues = Record<string, string | undefined>;

/** The form's fields as strings; empty optional fields become undefined so they are left out. */
export function formValues(form: HTMLFormElement): FormValues {
  const out: FormValues = {};
  for (const [k, v] of new FormData(form).entries()) {
    if (typeof v === 'string') out[k] = v.trim() === '' ? undefined : v;
  }
  return out;
}

export interface RowFailure {
  error: unknown;
  overrides?: ProblemOverrides;
}

/**
 * Changes to the rows of a list (calls that carry the row's version): each run clears the last
 * message, says how it went, and reloads whatever happened, since after a 409 the row must show
 * what is stored now. Only the latest failure is kept, under the id of its row.
 */
export function useRowAction(notify: (msg: string | null) => void, reload: () => Promise<void>) {
  const { t } = useI18n();
  const [failure, setFailure] = useState<(RowFailure & { id: string }) | null>(null);
  const run = async (
    id: string,
    call: () => Promise<unknown>,
    { success = t.common.saved, overrides }: { success?: string; overrides?: ProblemOverrides } = {},
  ): Promise<boolean> => {
    setFailure(null);
    notify(null);
    let ok = false;
    try {
      await call();
      ok = true;
      notify(success);
    } catch (error) {
      setFailure({ id, error, overrides });
    }
    await reload();
    return ok;
  };
  const failureOf = (id: string): RowFailure | null => (failure?.id === id ? failure : null);
  return { run, failureOf };
}

export interface Async<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => Promise<void>;
}

/**
 * One read that depends on `deps`. The last data stays on screen while the next loads (a filter
 * switch does not blank the page), and only the latest request may write the result.
 */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): Async<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const loadRef = useRef(load);
  loadRef.current = load;
  const seq = useRef(0);
  const run = useCallback(async () => {
    const mine = ++seq.current;
    setLoading(true);
    try {
      const value = await loadRef.current();
      if (mine === seq.current) {
        setData(value);
        setError(null);
      }
    } catch (err) {
      if (mine === seq.current) setError(err);
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  }, []);
  useEffect(() => {
    void run();
    return () => {
      // A late answer after unmount or a newer request is dropped.
      seq.current++;
    };
  }, deps);
  return { data, error, loading, reload: run };
}

/** Saves a file the API sent (an XLSX export, a template) under its own name. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL; give the browser a moment before freeing it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
