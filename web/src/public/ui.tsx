import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { PublicApiError } from './api';
import { type Lang, type PublicDictionary, useLang } from './i18n';

const OTHER: Record<Lang, Lang> = { id: 'en', en: 'id' };
const NAMES: Record<Lang, string> = { id: 'Bahasa Indonesia', en: 'English' };

/** One button that offers the other language, written in that language so its readers find it. */
function LangButton() {
  const { lang, t, setLang } = useLang();
  const next = OTHER[lang];
  return (
    <button type="button" class="lang-btn" lang={next} title={t.switchTo} onClick={() => setLang(next)}>
      {NAMES[next]}
    </button>
  );
}

export function PublicLayout({ children, tenantName }: { children: ComponentChildren; tenantName?: string }) {
  const { t } = useLang();
  return (
    <>
      <header class="pub-header">
        <p class="pub-brand">
          <span class="pub-logo" aria-hidden="true">
            P
          </span>
          <span>
            {t.siteName}
            {tenantName && <span class="pub-tenant">{tenantName}</span>}
          </span>
        </p>
        <LangButton />
      </header>
      <main id="main" class="pub-main">
        {children}
      </main>
    </>
  );
}

export function Loading() {
  const { t } = useLang();
  return (
    <p class="pub-loading" role="status">
      {t.loading}
    </p>
  );
}

export interface ProblemContext {
  /** What a 404 means on this page (a unit, a short link, a tenant). */
  notFound: string;
}

/** A readable sentence for an error of a read or a submit. */
export function problemMessage(t: PublicDictionary, err: unknown, ctx: ProblemContext): string {
  if (!(err instanceof PublicApiError)) return t.unknownError;
  if (err.status === 0) return t.network;
  if (err.status === 404) return ctx.notFound;
  if (err.status === 410) return t.closed;
  if (err.status === 403) return t.suspended;
  if (err.status === 429)
    return err.retryAfter ? t.rateLimitedIn(Math.max(1, Math.ceil(err.retryAfter / 60))) : t.rateLimited;
  if (err.status >= 500) return t.serverError;
  return t.unknownError;
}

/** A failed load: the message, and a retry when trying again can help. */
export function ProblemPanel({
  error,
  ctx,
  onRetry,
}: {
  error: unknown;
  ctx: ProblemContext;
  onRetry?: () => void;
}) {
  const { t } = useLang();
  const canRetry = onRetry && (!(error instanceof PublicApiError) || error.transient || error.status === 429);
  return (
    <div class="pub-alert pub-alert-error" role="alert">
      {/* On a read, a 400 means the address itself is malformed (a unit id cut short): not found. */}
      <p>
        {error instanceof PublicApiError && error.status === 400
          ? ctx.notFound
          : problemMessage(t, error, ctx)}
      </p>
      {canRetry && (
        <button type="button" class="pub-btn" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}

export interface Resource<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** Reads with `load` and reads again when `deps` change; only the latest answer is kept. */
export function useResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
): Resource<T> {
  const [state, setState] = useState<{ data: T | null; error: unknown; loading: boolean }>({
    data: null,
    error: null,
    loading: true,
  });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    const ctrl = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null }));
    loadRef.current(ctrl.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error) => {
        if (!ctrl.signal.aborted) setState({ data: null, error, loading: false });
      },
    );
    return () => ctrl.abort();
  }, [...deps, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}

/** The tab title, so a person with many tabs (and a screen reader) knows where they are. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** Moves focus to an element once it is shown (a new screen's heading), for keyboard and screen readers. */
export function useFocusOnMount<T extends HTMLElement>(when = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (when) ref.current?.focus();
  }, [when]);
  return ref;
}
