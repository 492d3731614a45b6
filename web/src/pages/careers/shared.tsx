/**
 * Pieces shared by the positions, training, mentoring and careers pages: their texts, the tabs
 * between them, number formats, role flags, small bars, the org lookups and a read hook.
 */
import './careers.css';
import type { ComponentChildren } from 'preact';
import { useId, useMemo } from 'preact/hooks';
import { type Agency, listAgencies, listAll, listUnits, type Unit } from '../../api/client';
import { PageTitle } from '../../components/ui';
import { describeError, useI18n } from '../../i18n';
import { useAsync } from '../../lib/hooks';
import { type AdminPath, canOpen } from '../../nav';
import { useMe } from '../../session';
import { type Employee, getMyProfile } from './api';
import { careersEn } from './i18n/en';
import { type CareersDictionary, careersId } from './i18n/id';

export type { Async } from '../../lib/hooks';
export type { CareersDictionary };
export { useAsync };

export function useCareersText(): CareersDictionary {
  const { lang } = useI18n();
  return lang === 'en' ? careersEn : careersId;
}

type TabKey = keyof CareersDictionary['tabs'];
const SECTIONS: Record<string, { href: AdminPath; key: Exclude<TabKey, 'label'> }[]> = {
  positions: [
    { href: '/positions', key: 'positions' },
    { href: '/competencies', key: 'competencies' },
  ],
  trainings: [
    { href: '/trainings', key: 'trainings' },
    { href: '/trainings/me', key: 'myTraining' },
    { href: '/trainings/shortfall', key: 'shortfall' },
  ],
  careers: [
    { href: '/careers/promotions', key: 'promotions' },
    { href: '/careers/retirements', key: 'retirements' },
  ],
};

/** Page title and the tabs to the sibling pages this role may open. */
export function CareersHeader({
  title,
  section,
  current,
  children,
}: {
  title: string;
  section?: keyof typeof SECTIONS;
  current?: AdminPath;
  children?: ComponentChildren;
}) {
  const ct = useCareersText();
  const me = useMe();
  const tabs = (section ? SECTIONS[section]! : []).filter((tab) => canOpen(me.user.role, tab.href));
  return (
    <header class="survey-header">
      <PageTitle>{title}</PageTitle>
      {tabs.length > 1 && (
        <nav class="subnav" aria-label={ct.tabs.label}>
          <ul>
            {tabs.map((tab) => (
              <li key={tab.href}>
                <a href={tab.href} aria-current={current === tab.href ? 'page' : undefined}>
                  {ct.tabs[tab.key]}
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

/** Who the signed-in user is for these pages; the API enforces the same rules. */
export function useCareersRole() {
  const me = useMe();
  const role = me.user.role;
  const admin = role === 'tenant-admin' || role === 'agency-admin';
  return {
    role,
    admin,
    tenantAdmin: role === 'tenant-admin',
    supervisor: role === 'supervisor',
    ownAgencyId: me.user.agencyId,
  };
}

/**
 * The signed-in user's own employee record, or null when the account is not linked to one (the
 * session does not carry the employeeId claim, so the API is asked).
 */
export function useMyEmployee(): { employee: Employee | null; loading: boolean } {
  const mine = useAsync(() => getMyProfile().catch(() => null), []);
  return { employee: mine.data ?? null, loading: mine.loading };
}

/** Numbers and dates in the reader's language (2,5 in Indonesian). */
export function useFormat() {
  const { lang } = useI18n();
  return useMemo(() => {
    const locale = lang === 'id' ? 'id-ID' : 'en-GB';
    const int = new Intl.NumberFormat(locale);
    const dec1 = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return {
      locale,
      int: (n: number | null | undefined) => (n === null || n === undefined ? '–' : int.format(n)),
      dec1: (n: number | null | undefined) => (n === null || n === undefined ? '–' : dec1.format(n)),
      pct: (n: number) => pct.format(n),
      /** `YYYY-MM-DD` as a calendar date, with no time zone shifting the day. */
      date: (iso: string | null | undefined) => {
        if (!iso) return '–';
        const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
        return Number.isNaN(d.getTime()) ? iso : date.format(d);
      },
    };
  }, [lang]);
}
export type Format = ReturnType<typeof useFormat>;

/** Today as `YYYY-MM-DD` in the tenant's time zone: TMT and "as of" dates are calendar days there. */
export function useToday(): string {
  const me = useMe();
  return useMemo(
    () =>
      new Intl.DateTimeFormat('en-CA', { timeZone: me.tenant?.timeZone ?? 'Asia/Jakarta' }).format(
        new Date(),
      ),
    [me.tenant?.timeZone],
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

/** Every agency of the tenant (tens), for filters and forms. */
export function useAgencies(enabled = true): {
  agencies: Agency[];
  error: unknown;
  nameOf: (id?: string) => string;
} {
  const list = useAsync(() => (enabled ? listAll((q) => listAgencies(q)) : Promise.resolve([])), [enabled]);
  const agencies = list.data ?? [];
  const nameOf = (id?: string) => agencies.find((a) => a.id === id)?.name ?? id ?? '–';
  return { agencies, error: list.error, nameOf };
}

/** The units of one agency, for the unit select that follows the agency select. */
export function useUnits(agencyId: string): { units: Unit[]; error: unknown; loading: boolean } {
  const list = useAsync(
    () => (agencyId ? listAll((q) => listUnits(agencyId, q)) : Promise.resolve([])),
    [agencyId],
  );
  return {
    units: (list.data ?? []).filter((u) => u.status === 'active'),
    error: list.error,
    loading: list.loading,
  };
}

/**
 * Field errors of a form, with this feature's own rule for a field wherever the generic text would
 * say only "invalid": the API speaks English, and `seats` or `code` deserve their rule.
 */
export function useFieldErrors(error: unknown): Record<string, string> {
  const { t } = useI18n();
  const ct = useCareersText();
  if (!error) return {};
  const fields = describeError(t, error).fields;
  for (const [path, message] of Object.entries(fields)) {
    const hint = ct.hints[path.split('.').pop() ?? path];
    if (hint && message === t.validation.invalid) fields[path] = hint;
  }
  return fields;
}

/** A labelled textarea that a form reads by `name` (see formValues). */
export function TextAreaField({
  label,
  name,
  errors,
  hint,
  optional,
  rows = 3,
  defaultValue,
  maxLength,
}: {
  label: string;
  name: string;
  errors?: Record<string, string>;
  hint?: string;
  optional?: boolean;
  rows?: number;
  defaultValue?: string;
  maxLength?: number;
}) {
  const { t } = useI18n();
  const id = useId();
  const error = errors?.[name];
  // When the error is the field's rule itself, saying it twice adds nothing.
  const shownHint = hint && hint !== error ? hint : undefined;
  const hintId = shownHint ? `${id}-hint` : undefined;
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
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
      />
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
      {shownHint && (
        <p class="field-hint" id={hintId}>
          {shownHint}
        </p>
      )}
    </div>
  );
}

/** Numbers from form strings: undefined stays undefined so the schema reports "required". */
export const num = (v: string | undefined): number | undefined =>
  v === undefined || v.trim() === '' ? undefined : Number(v);
