/**
 * Pieces shared by the positions, competency, training and mentoring pages: their texts, the tabs
 * between them, the user's own employee record, small bars and form field errors.
 */
import './development.css';
import type { ComponentChildren } from 'preact';
import { type Employee, getMyProfile } from '../../api/personnel';
import { sectionHeader } from '../../components/admin';
import { SelectField } from '../../components/ui';
import { describeError, useI18n, useLocalized } from '../../i18n';
import { useAsync } from '../../lib/hooks';
import { useMe } from '../../session';
import { developmentEn } from './i18n/en';
import { type DevelopmentDictionary, developmentId } from './i18n/id';

export type { DevelopmentDictionary };

export const useDevelopmentText = (): DevelopmentDictionary => useLocalized(developmentId, developmentEn);

/** The title of a page without sibling tabs (placement, mentoring). */
export const DevelopmentHeader = sectionHeader(useDevelopmentText);

/** Positions and the competency catalogue. */
export const PositionsHeader = sectionHeader(useDevelopmentText, [
  { href: '/positions', key: 'positions' },
  { href: '/competencies', key: 'competencies' },
]);

/** The training catalogue, one's own training and the JP shortfall. */
export const TrainingHeader = sectionHeader(useDevelopmentText, [
  { href: '/trainings', key: 'trainings' },
  { href: '/trainings/me', key: 'myTraining' },
  { href: '/trainings/shortfall', key: 'shortfall' },
]);

/**
 * The signed-in user's own employee record, or null when the account is not linked to one. Only an
 * account linked to a record (`employeeId` in /v1/me) asks the API, so an admin without a record
 * does not collect a 404 on every visit.
 */
export function useMyEmployee(): { employee: Employee | null; loading: boolean } {
  const linked = Boolean(useMe().user.employeeId);
  const mine = useAsync(() => (linked ? getMyProfile().catch(() => null) : Promise.resolve(null)), [linked]);
  return { employee: mine.data ?? null, loading: mine.loading };
}

/** The year a training view covers: this year or one of the two before. */
export function YearSelect({
  year,
  thisYear,
  onChange,
}: {
  year: number;
  thisYear: number;
  onChange: (year: number) => void;
}) {
  const ct = useDevelopmentText();
  return (
    <SelectField
      label={ct.year}
      name="year"
      value={String(year)}
      onChange={(e) => onChange(Number(e.currentTarget.value))}
    >
      {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
        <option key={y} value={String(y)}>
          {y}
        </option>
      ))}
    </SelectField>
  );
}

/**
 * A horizontal bar for "n of max" (occupancy, JP). The numbers are said in text next to it, so the
 * bar itself is hidden from screen readers.
 */
export function Meter({
  value,
  max,
  text,
  tone = 'normal',
  wide = false,
}: {
  value: number;
  max: number;
  text: ComponentChildren;
  tone?: 'normal' | 'full' | 'ok';
  wide?: boolean;
}) {
  const width = max <= 0 ? 0 : Math.min(100, Math.max(0, (value / max) * 100));
  const fill = tone === 'full' ? 'cr-fill cr-fill-full' : tone === 'ok' ? 'cr-fill cr-fill-ok' : 'cr-fill';
  return (
    <span class="cr-meter">
      <span class={wide ? 'cr-track cr-track-wide' : 'cr-track'} aria-hidden="true">
        <span class={fill} style={{ width: `${width}%` }} />
      </span>
      <span>{text}</span>
    </span>
  );
}

/**
 * Field errors of a form, with this feature's own rule for a field wherever the generic text would
 * say only "invalid": the API speaks English, and `seats` or `code` deserve their rule.
 */
export function useFieldErrors(error: unknown): Record<string, string> {
  const { t } = useI18n();
  const ct = useDevelopmentText();
  if (!error) return {};
  const fields = describeError(t, error).fields;
  for (const [path, message] of Object.entries(fields)) {
    const hint = ct.hints[path.split('.').pop() ?? path];
    if (hint && message === t.validation.invalid) fields[path] = hint;
  }
  return fields;
}

/** Numbers from form strings: undefined stays undefined so the schema reports "required". */
export const num = (v: string | undefined): number | undefined =>
  v === undefined || v.trim() === '' ? undefined : Number(v);
