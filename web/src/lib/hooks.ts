import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Page } from '../api/client';
import { type ProblemOverrides, useI18n } from '../i18n';

/**
 * Reads of which only the latest may write state: a slow earlier answer cannot overwrite a newer
 * one, and none reaches the component after `drop` (on unmount). The last error stays on screen
 * until a read succeeds, unless `clearError` asks for a clean start.
 */
function useLatestRead() {
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const seq = useRef(0);
  const read = useCallback(
    async <T>(load: () => Promise<T>, apply: (value: T) => void, { clearError = false } = {}) => {
      const mine = ++seq.current;
      setLoading(true);
      if (clearError) setError(null);
      try {
        const value = await load();
        if (mine === seq.current) {
          apply(value);
          setError(null);
        }
      } catch (err) {
        if (mine === seq.current) setError(err);
      } finally {
        if (mine === seq.current) setLoading(false);
      }
    },
    [],
  );
  const drop = useCallback(() => {
    seq.current++;
  }, []);
  return { loading, error, read, drop };
}

export interface Paged<T> {
  items: T[];
  loading: boolean;
  error: unknown;
  pageNumber: number;
  /** The whole list's length, when the API knows it (from its first page). */
  total?: number;
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
  const [total, setTotal] = useState<number | undefined>(undefined);
  const { loading, error, read } = useLatestRead();
  const loadRef = useRef(load);
  loadRef.current = load;
  const cursor = stack[stack.length - 1];

  const fetchPage = useCallback(
    (c: string | undefined) =>
      read(
        () => loadRef.current(c),
        (p) => {
          setPage(p);
          // Only the first page says how long the list is; later pages keep what it said.
          if (c === undefined) setTotal(p.total);
        },
      ),
    [read],
  );

  useEffect(() => {
    void fetchPage(cursor);
  }, [cursor, fetchPage]);

  return {
    items: page?.items ?? [],
    loading,
    error,
    pageNumber: stack.length,
    total,
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
  const { loading, error, read, drop } = useLatestRead();
  const loadRef = useRef(load);
  loadRef.current = load;
  const run = useCallback(() => read(() => loadRef.current(), setData), [read]);
  useEffect(() => {
    void run();
    // A late answer after unmount or a newer request is dropped.
    return drop;
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

export interface LoadMore<T> {
  items: T[];
  loading: boolean;
  error: unknown;
  hasMore: boolean;
  /** The whole list's length, when the API knows it (from its first page). */
  total?: number;
  more: () => void;
  /** Reads the list again from its first page. */
  reload: () => void;
  /** Puts the server's copy of a changed item in its place. */
  replace: (item: T) => void;
  prepend: (item: T) => void;
  remove: (item: T) => void;
}

/**
 * A cursor list that grows with "load more". Give the component a new `key` to start again. `idOf`
 * identifies items for replace, prepend and remove (by default the item itself).
 */
export function useLoadMore<T>(
  load: (cursor: string | undefined) => Promise<Page<T>>,
  idOf?: (item: T) => string,
): LoadMore<T> {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [total, setTotal] = useState<number | undefined>(undefined);
  const { loading, error, read, drop } = useLatestRead();
  const loadRef = useRef(load);
  loadRef.current = load;

  const fetchPage = useCallback(
    (from: string | undefined) =>
      read(
        () => loadRef.current(from),
        (p) => {
          setItems((old) => (from ? [...old, ...p.items] : p.items));
          setCursor(p.nextCursor);
          if (!from) setTotal(p.total);
        },
        { clearError: true },
      ),
    [read],
  );

  useEffect(() => {
    void fetchPage(undefined);
    return drop;
  }, [fetchPage, drop]);

  const same = (a: T, b: T) => (idOf ? idOf(a) === idOf(b) : a === b);
  return {
    items,
    loading,
    error,
    hasMore: Boolean(cursor),
    total,
    more: () => {
      if (cursor && !loading) void fetchPage(cursor);
    },
    reload: () => void fetchPage(undefined),
    replace: (item) => setItems((old) => old.map((o) => (same(o, item) ? item : o))),
    prepend: (item) => setItems((old) => [item, ...old.filter((o) => !same(o, item))]),
    remove: (item) => setItems((old) => old.filter((o) => !same(o, item))),
  };
}
