/**
 * Pieces shared by the survey (SKM) admin pages: their texts, the sub-navigation, the grade badge,
 * the period picker kept in the URL, and the prompt after a version conflict.
 */
import { useCallback, useId, useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { sectionHeader } from '../../components/admin';
import { useLocalized } from '../../i18n';
import { type Format, useFormat } from '../../lib/format';
import { useMe } from '../../session';
import { surveysEn } from './i18n/en';
import { type SurveyDictionary, surveysId } from './i18n/id';
import { monthIn, type PeriodKind, parsePeriod, periodOfMonth } from './schemas';

export type { SurveyDictionary };

export const useSurveyText = (): SurveyDictionary => useLocalized(surveysId, surveysEn);

/** The current month in the tenant's time zone: the month responses are being counted in. */
export function useCurrentMonth(): string {
  const me = useMe();
  return useMemo(() => monthIn(new Date(), me.tenant?.timeZone ?? 'Asia/Jakarta'), [me.tenant?.timeZone]);
}

/** The survey title and the tabs between the survey pages this role may open. */
export const SurveyHeader = sectionHeader(useSurveyText, [
  { href: '/surveys', key: 'units' },
  { href: '/surveys/overview', key: 'overview' },
  { href: '/surveys/settings', key: 'settings' },
]);

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

/** `YYYY-MM` moved by n months. */
export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
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
