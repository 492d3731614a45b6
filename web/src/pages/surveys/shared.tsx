/**
 * Pieces shared by the survey (SKM) admin pages: their texts, the sub-navigation, the grade badge,
 * the period picker kept in the URL, number formats and a "load more" list.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { type Agency, listAgencies, listAll, type Page } from '../../api/client';
import { ErrorMessage, PageTitle } from '../../components/ui';
import { useI18n } from '../../i18n';
import { canOpen } from '../../nav';
import { useMe } from '../../session';
import { surveysEn } from './i18n/en';
import { type SurveyDictionary, surveysId } from './i18n/id';
import { monthIn, type PeriodKind, parsePeriod, periodOfMonth } from './schemas';

export { type Async, saveBlob, useAsync } from '../../lib/hooks';

export type { SurveyDictionary };

export function useSurveyText(): SurveyDictionary {
  const { lang } = useI18n();
  return lang === 'en' ? surveysEn : surveysId;
}

/** The current month in the tenant's time zone: the month responses are being counted in. */
export function useCurrentMonth(): string {
  const me = useMe();
  return useMemo(() => monthIn(new Date(), me.tenant?.timeZone ?? 'Asia/Jakarta'), [me.tenant?.timeZone]);
}

const TABS = [
  { href: '/surveys', key: 'units' },
  { href: '/surveys/overview', key: 'overview' },
  { href: '/surveys/settings', key: 'settings' },
] as const;

/** Page title and the tabs between the survey pages this role may open. */
export function SurveyHeader({
  current,
  children,
}: {
  current?: (typeof TABS)[number]['href'];
  children?: ComponentChildren;
}) {
  const st = useSurveyText();
  const me = useMe();
  const tabs = TABS.filter((tab) => canOpen(me.user.role, tab.href));
  return (
    <header class="survey-header">
      <PageTitle>{st.title}</PageTitle>
      {tabs.length > 1 && (
        <nav class="subnav" aria-label={st.tabs.label}>
          <ul>
            {tabs.map((tab) => (
              <li key={tab.href}>
                <a href={tab.href} aria-current={current === tab.href ? 'page' : undefined}>
                  {st.tabs[tab.key]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {children}
    </header>
  );
}

type Grade = 'A' | 'B' | 'C' | 'D';

export function GradeBadge({ grade, large = false }: { grade: Grade | null; large?: boolean }) {
  const st = useSurveyText();
  if (!grade) return <span class="badge badge-muted">{st.noGrade}</span>;
  return (
    <span class={`badge grade grade-${grade.toLowerCase()}${large ? ' grade-large' : ''}`}>
      <span class="grade-letter" aria-hidden="true">
        {grade}
      </span>
      <span class="sr-only">{st.gradeBadge(grade, st.grades[grade])}</span>
      <span aria-hidden="true">{st.grades[grade]}</span>
    </span>
  );
}

/** Numbers in the reader's language: 88,31 in Indonesian, 88.31 in English. */
export function useFormat() {
  const { lang } = useI18n();
  return useMemo(() => {
    const locale = lang === 'id' ? 'id-ID' : 'en-GB';
    const fixed = (digits: number) =>
      new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    const ikm = fixed(2);
    const nrr = fixed(3);
    const int = new Intl.NumberFormat(locale);
    const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const monthShort = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
    const monthName = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    const toDate = (m: string) => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1));
    return {
      locale,
      ikm: (n: number | null) => (n === null ? '–' : ikm.format(n)),
      nrr: (n: number | null) => (n === null ? '–' : nrr.format(n)),
      int: (n: number | null) => (n === null ? '–' : int.format(n)),
      pct: (n: number) => pct.format(n),
      date: (iso: string) => {
        const d = new Date(iso);
        return Number.isNaN(d.getTime()) ? iso : date.format(d);
      },
      /** `YYYY-MM` as "Maret 2026". */
      month: (m: string) => month.format(toDate(m)),
      monthShort: (m: string) => monthShort.format(toDate(m)),
      monthName: (n: number) => monthName.format(new Date(Date.UTC(2000, n - 1, 1))),
    };
  }, [lang]);
}

export type Format = ReturnType<typeof useFormat>;

/** A period id (`2026`, `2026-S1`, `2026-Q2`, `2026-03`) in words. */
export function periodLabel(st: SurveyDictionary, fmt: Format, id: string): string {
  const p = parsePeriod(id);
  if (!p) return id;
  const part = id.slice(5);
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'semester':
      return st.period.semester(Number(part.slice(1)), p.year);
    case 'quarter':
      return st.period.quarter(Number(part.slice(1)), p.year);
    case 'month':
      return fmt.month(id);
  }
}

export interface ReportScope {
  period: string;
  verifiedOnly: boolean;
}

/**
 * The period and the "verified only" switch, kept in the URL (`?period=2026-Q2&verified=1`) so a
 * reload, a shared link and the print view all show the same numbers. Defaults to the current
 * quarter in the tenant's time zone.
 */
export function useReportScope(): [ReportScope, (next: Partial<ReportScope>) => void] {
  const { path, query, route } = useLocation();
  const month = useCurrentMonth();
  const period = query.period && parsePeriod(query.period) ? query.period : periodOfMonth(month, 'quarter');
  const verifiedOnly = query.verified === '1';
  const set = useCallback(
    (next: Partial<ReportScope>) => {
      const params = new URLSearchParams(query);
      params.set('period', next.period ?? period);
      if (next.verifiedOnly ?? verifiedOnly) params.set('verified', '1');
      else params.delete('verified');
      route(`${path}?${params.toString()}`, true);
    },
    [path, query, route, period, verifiedOnly],
  );
  return [{ period, verifiedOnly }, set];
}

const KINDS: PeriodKind[] = ['year', 'semester', 'quarter', 'month'];

/** The parts of a year for a kind of period, as period ids. */
function partsOf(kind: PeriodKind, year: number): string[] {
  switch (kind) {
    case 'year':
      return [String(year)];
    case 'semester':
      return [`${year}-S1`, `${year}-S2`];
    case 'quarter':
      return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
    case 'month':
      return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  }
}

/** Kind, year and part of a period, plus the "verified only" switch. */
export function ScopePicker({
  scope,
  onChange,
}: {
  scope: ReportScope;
  onChange: (next: Partial<ReportScope>) => void;
}) {
  const st = useSurveyText();
  const fmt = useFormat();
  const month = useCurrentMonth();
  const id = useId();
  const current = parsePeriod(scope.period)!;
  const thisYear = Number(month.slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  if (!years.includes(current.year)) years.push(current.year);

  // Switching kind or year keeps the month in view: the current one in the current year, else the first.
  const anchor = (year: number) => (year === thisYear ? month : `${year}-${current.months[0]!.slice(5)}`);
  const partLabel = (p: string) => {
    const parsed = parsePeriod(p)!;
    if (parsed.kind === 'semester') return st.period.semesterPart(Number(p.slice(6)));
    if (parsed.kind === 'quarter') return st.period.quarterPart(Number(p.slice(6)));
    return fmt.monthName(Number(p.slice(5)));
  };

  return (
    <div class="scope-picker">
      <fieldset class="period-picker">
        <legend>{st.period.legend}</legend>
        <div class="field">
          <label for={`${id}-kind`}>{st.period.kind}</label>
          <select
            id={`${id}-kind`}
            value={current.kind}
            onChange={(e) =>
              onChange({ period: periodOfMonth(anchor(current.year), e.currentTarget.value as PeriodKind) })
            }
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {st.period.kinds[k]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${id}-year`}>{st.period.year}</label>
          <select
            id={`${id}-year`}
            value={String(current.year)}
            onChange={(e) => {
              onChange({ period: periodOfMonth(anchor(Number(e.currentTarget.value)), current.kind) });
            }}
          >
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </div>
        {current.kind !== 'year' && (
          <div class="field">
            <label for={`${id}-part`}>{st.period.part}</label>
            <select
              id={`${id}-part`}
              value={scope.period}
              onChange={(e) => onChange({ period: e.currentTarget.value })}
            >
              {partsOf(current.kind, current.year).map((p) => (
                <option key={p} value={p}>
                  {partLabel(p)}
                </option>
              ))}
            </select>
          </div>
        )}
      </fieldset>
      <label class="check">
        <input
          type="checkbox"
          checked={scope.verifiedOnly}
          onChange={(e) => onChange({ verifiedOnly: e.currentTarget.checked })}
        />
        <span>{st.period.verifiedOnly}</span>
      </label>
    </div>
  );
}

export interface LoadMore<T> {
  items: T[];
  loading: boolean;
  error: unknown;
  hasMore: boolean;
  more: () => void;
  /** Puts the server's copy of a changed item in its place. */
  replace: (item: T) => void;
  prepend: (item: T) => void;
  remove: (item: T) => void;
}

/**
 * A cursor list that grows with "load more". Give the component a new `key` to start again. `idOf`
 * identifies items for replace/remove.
 */
export function useLoadMore<T>(
  load: (cursor: string | undefined) => Promise<Page<T>>,
  idOf: (item: T) => string,
): LoadMore<T> {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  const live = useRef(true);

  const fetchPage = useCallback(async (from: string | undefined) => {
    setLoading(true);
    setError(null);
    try {
      const page = await loadRef.current(from);
      if (!live.current) return;
      setItems((old) => (from ? [...old, ...page.items] : page.items));
      setCursor(page.nextCursor);
    } catch (err) {
      if (live.current) setError(err);
    } finally {
      if (live.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    live.current = true;
    void fetchPage(undefined);
    return () => {
      live.current = false;
    };
  }, [fetchPage]);

  return {
    items,
    loading,
    error,
    hasMore: Boolean(cursor),
    more: () => {
      if (cursor && !loading) void fetchPage(cursor);
    },
    replace: (item) => setItems((old) => old.map((o) => (idOf(o) === idOf(item) ? item : o))),
    prepend: (item) => setItems((old) => [item, ...old.filter((o) => idOf(o) !== idOf(item))]),
    remove: (item) => setItems((old) => old.filter((o) => idOf(o) !== idOf(item))),
  };
}

/** The list's error, its "load more" button, and an empty line when there is nothing. */
export function LoadMoreFooter({
  list,
  emptyText,
}: {
  list: Pick<LoadMore<unknown>, 'items' | 'loading' | 'error' | 'hasMore' | 'more'>;
  emptyText?: string;
}) {
  const st = useSurveyText();
  const { t } = useI18n();
  return (
    <>
      <ErrorMessage error={list.error} />
      {!list.loading && !list.error && list.items.length === 0 && (
        <p class="muted">{emptyText ?? t.common.empty}</p>
      )}
      {list.hasMore && (
        <p class="load-more">
          <button
            type="button"
            class="btn"
            onClick={list.more}
            disabled={list.loading}
            aria-busy={list.loading}
          >
            {list.loading ? t.common.loading : st.loadMore}
          </button>
        </p>
      )}
    </>
  );
}

/** Every agency of the tenant, for filters and the unit form (tens, so one or two pages). */
export function useAgencies(enabled = true) {
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    listAll((q) => listAgencies(q))
      .then((items) => live && setAgencies(items))
      .catch((err) => live && setError(err));
    return () => {
      live = false;
    };
  }, [enabled]);
  return { agencies, error };
}

/** Staff run the units; supervisors only read the reports and the overview of their agency. */
export function useSurveyRole() {
  const me = useMe();
  const role = me.user.role;
  return {
    tenantWide: role === 'tenant-admin',
    staff: role === 'tenant-admin' || role === 'agency-admin',
    ownAgencyId: me.user.agencyId,
  };
}

/** `YYYY-MM` moved by n months. */
export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A textarea wired like ../../components/ui's fields: label, hint and error tied to the control. */
export function TextAreaField({
  label,
  name,
  errors,
  hint,
  optional,
  value,
  onInput,
  rows = 3,
  maxLength,
}: {
  label: string;
  name: string;
  errors?: Record<string, string>;
  hint?: string;
  optional?: boolean;
  value: string;
  onInput: (value: string) => void;
  rows?: number;
  maxLength?: number;
}) {
  const { t } = useI18n();
  const id = useId();
  const error = errors?.[name];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>
        {label}
        {optional && <span class="optional"> ({t.common.optional})</span>}
      </label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        required={!optional}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
      {hint && (
        <p class="field-hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** Says the record changed under us, and offers to fetch what is stored now. */
export function ConflictPrompt({
  message,
  onReload,
  label,
}: {
  message: string;
  onReload: () => void;
  label?: string;
}) {
  const st = useSurveyText();
  return (
    <div class="alert alert-warn" role="alert">
      <p>{message}</p>
      <p>
        <button type="button" class="btn btn-small" onClick={onReload}>
          {label ?? st.reload}
        </button>
      </p>
    </div>
  );
}
