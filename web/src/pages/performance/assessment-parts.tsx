/**
 * Pieces the assessment, organisation-rating and 360 pages share: their texts, the Kinerja header
 * (./tabs), the year and period picker (kept in the URL), a predikat badge, a three-way rating choice, and the
 * tenant's settings and the caller's own employee record as the pages read them.
 */
import './assessment.css';
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ApiError } from '../../api/client';
import { getMyProfile } from '../../api/personnel';
import { useLocalized } from '../../i18n';
import { useToday } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import { useMe } from '../../session';
import { getPerformanceSettings, type PerformanceSettings } from './assessment-api';
import {
  currentChoice,
  type OrgPredikat,
  type Period,
  type PeriodChoice,
  type Predikat,
  performanceYearOf,
  periodChoices,
  periodFromKey,
  periodText,
  predikatTone,
  RATING_CODES,
  type Rating,
} from './assessment-model';
import { assessmentEn } from './i18n/assessment-en';
import { type AssessmentDictionary, assessmentId } from './i18n/assessment-id';
import { feedbackEn } from './i18n/feedback-en';
import { type FeedbackDictionary, feedbackId } from './i18n/feedback-id';

export { PerformanceHeader } from './tabs';

export type { AssessmentDictionary, FeedbackDictionary };

export const useAssessmentText = (): AssessmentDictionary => useLocalized(assessmentId, assessmentEn);
export const useFeedbackText = (): FeedbackDictionary => useLocalized(feedbackId, feedbackEn);

/** The tenant's performance settings (read once per page). */
export function useSettings() {
  return useAsync(() => getPerformanceSettings(), []);
}

/** The caller's own employee record (its unit), or null for an account without one. */
export function useMyRecord() {
  const me = useMe();
  return useAsync(async () => {
    if (!me.user.employeeId) return null;
    try {
      return await getMyProfile();
    } catch (err) {
      if (err instanceof ApiError && (err.type === 'not-found' || err.type === 'forbidden')) return null;
      throw err;
    }
  }, [me.user.employeeId]);
}

/** A period in the page's words ("Triwulan IV 2026"). */
export function usePeriodText(settings: Pick<PerformanceSettings, 'yearStartMonth'> | null | undefined) {
  const at = useAssessmentText();
  return (p: Period) => periodText(p, settings?.yearStartMonth ?? 1, at.periods);
}

/**
 * The year and the assessment period of a page, kept in the URL (`?year=2026&period=2026-10/2026-12`):
 * by default this performance year and the cadence period holding today. A period that is not one
 * of the year's choices (a changed cadence) falls back to the default.
 */
export function usePeriodChoice(settings: PerformanceSettings | null) {
  const { path, query, route } = useLocation();
  const today = useToday();
  const start = settings?.yearStartMonth ?? 1;
  const thisYear = performanceYearOf(today, start);
  const asked = Number(query.year);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= thisYear + 1 ? asked : thisYear;
  const choices = settings ? periodChoices(year, settings) : [];
  const askedPeriod = periodFromKey(query.period);
  const choice =
    choices.find((c) => askedPeriod && c.start === askedPeriod.start && c.end === askedPeriod.end) ??
    currentChoice(choices, year === thisYear ? today : `${year}-${String(start).padStart(2, '0')}`) ??
    null;
  const go = (next: { year?: number; period?: string }) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (k !== 'year' && k !== 'period' && v) params.set(k, v);
    const y = next.year ?? year;
    if (y !== thisYear) params.set('year', String(y));
    if (next.period) params.set('period', next.period);
    const qs = params.toString();
    route(qs ? `${path}?${qs}` : path, true);
  };
  return {
    year,
    thisYear,
    choices,
    choice,
    setYear: (y: number) => go({ year: y }),
    setPeriod: (key: string) => go({ period: key }),
  };
}

export type PeriodState = ReturnType<typeof usePeriodChoice>;

/** The year and the period as two selects. */
export function PeriodPicker({
  state,
  settings,
  years = 3,
}: {
  state: PeriodState;
  settings: PerformanceSettings;
  /** How many years back from next year are offered. */
  years?: number;
}) {
  const at = useAssessmentText();
  const name = usePeriodText(settings);
  const yearId = useId();
  const periodId = useId();
  const yearList = Array.from({ length: years + 1 }, (_, i) => state.thisYear + 1 - i);
  return (
    <div class="pa-period-picker">
      <div class="field">
        <label for={yearId}>{at.picker.year}</label>
        <select id={yearId} value={state.year} onChange={(e) => state.setYear(Number(e.currentTarget.value))}>
          {yearList.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={periodId}>{at.picker.period}</label>
        <select
          id={periodId}
          value={state.choice?.key ?? ''}
          onChange={(e) => state.setPeriod(e.currentTarget.value)}
        >
          {state.choices.map((c: PeriodChoice) => (
            <option key={c.key} value={c.key}>
              {name(c)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** A predikat as a badge: the word always written, the colour only a help. */
export function PredikatBadge({
  predikat,
  org = false,
}: {
  predikat: Predikat | OrgPredikat;
  org?: boolean;
}) {
  const at = useAssessmentText();
  const text = org ? at.orgPredikat[predikat as OrgPredikat] : at.predikat[predikat as Predikat];
  return <span class={`badge pa-predikat pa-tone-${predikatTone(predikat)}`}>{text ?? predikat}</span>;
}

/**
 * A three-way rating (di atas / sesuai / di bawah ekspektasi) as radio buttons drawn as one
 * segmented control; its error sits under it.
 */
export function RatingChoice({
  legend,
  hint,
  name,
  value,
  onChange,
  error,
}: {
  legend: string;
  hint?: string;
  name: string;
  value: Rating | null;
  onChange: (r: Rating) => void;
  error?: string;
}) {
  const at = useAssessmentText();
  const id = useId();
  return (
    <fieldset
      class={error ? 'pa-rating field-invalid' : 'pa-rating'}
      aria-describedby={
        [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined
      }
    >
      <legend>{legend}</legend>
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div class="pa-rating-options">
        {RATING_CODES.map((r) => (
          <label key={r} class={value === r ? 'pa-rating-option is-chosen' : 'pa-rating-option'}>
            <input type="radio" name={name} value={r} checked={value === r} onChange={() => onChange(r)} />
            <span>{at.ratings[r]}</span>
          </label>
        ))}
      </div>
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** A polite note for what the page has nothing of for this caller. */
export function Note({ children }: { children: ComponentChildren }) {
  return (
    <div class="alert alert-info pa-note" role="status">
      {children}
    </div>
  );
}
