import { Fragment } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  deleteHoliday,
  type Holiday,
  type HolidayKind,
  listHolidaysOfYear,
  type UpsertedHoliday,
  upsertHoliday,
} from '../../api/attendance';
import { ConfirmButton } from '../../components/admin';
import { FormActions } from '../../components/forms';
import { ErrorMessage, InputField, Loading, Notice, SelectField } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useFormat, useToday } from '../../lib/format';
import { useSchemaForm } from '../../lib/forms';
import { useAsync, useRowAction } from '../../lib/hooks';
import { useRole } from '../../session';
import { HOLIDAY_KINDS, upsertHolidaySchema } from './schemas';
import { AttendanceHeader, useAttendanceText, useFieldErrors } from './shared';

/**
 * The tenant's holiday calendar (issue 13 §1): a year's national holidays, cuti bersama and
 * regional days, by month. Every tenant role reads it; a tenant admin adds, changes and removes
 * days here (the API refuses the others, so they see no such controls).
 */
export default function HolidaysPage() {
  return <Holidays />;
}

/** Years offered around this one: the decree for next year is entered ahead of it. */
const YEARS_BEFORE = 2;
const YEARS_AFTER = 2;
const FIELDS = ['date', 'name', 'kind'];

/**
 * The year shown, kept in the URL (`?year=2027`) so a reload or a shared link shows the same
 * year; by default this year in the tenant's time zone.
 */
function useYear(): { year: number; thisYear: number; setYear: (year: number) => void } {
  const { path, query, route } = useLocation();
  const thisYear = Number(useToday().slice(0, 4));
  const asked = Number(query.year);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const setYear = (next: number) => route(next === thisYear ? path : `${path}?year=${next}`, true);
  return { year, thisYear, setYear };
}

interface Editing {
  holiday: Holiday;
  /** A new number for each "Ubah", so pressing it again refills the form. */
  n: number;
}

function Holidays() {
  const ht = useAttendanceText().holidays;
  const fmt = useFormat();
  const { tenantWide } = useRole();
  const { year, thisYear, setYear } = useYear();
  // The answer carries its year: while the next year loads, the last one is not shown under it.
  const calendar = useAsync(async () => ({ year, days: await listHolidaysOfYear(year) }), [year]);
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const rows = useRowAction(setNotice, calendar.reload);
  const days = calendar.data?.year === year ? calendar.data.days : null;

  const years = [];
  for (let y = thisYear - YEARS_BEFORE; y <= thisYear + YEARS_AFTER; y++) years.push(y);
  if (!years.includes(year)) years.push(year);
  years.sort((a, b) => a - b);

  // The calendar shows the stored day before the form says it is saved; a day of another year
  // takes the page to that year.
  const saved = async ({ holiday, created }: UpsertedHoliday) => {
    const savedYear = Number(holiday.date.slice(0, 4));
    if (savedYear !== year) setYear(savedYear);
    else await calendar.reload();
    const text = created ? ht.added : ht.changed;
    setNotice(text(holiday.name, fmt.dateLong(holiday.date)));
    setEditing(null);
  };

  return (
    <section class="holidays">
      <AttendanceHeader title={ht.title} current="/attendance/holidays" />
      <p class="muted">{ht.intro}</p>
      <div class="toolbar">
        <SelectField
          label={ht.year}
          name="year"
          value={String(year)}
          onChange={(e) => {
            setNotice(null);
            setEditing(null);
            setYear(Number(e.currentTarget.value));
          }}
        >
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </SelectField>
      </div>
      {notice && <Notice>{notice}</Notice>}
      <ErrorMessage error={calendar.error} />
      {days === null ? (
        !calendar.error && <Loading />
      ) : (
        <Calendar
          year={year}
          days={days}
          editable={tenantWide}
          editing={editing?.holiday.date}
          rows={rows}
          onEdit={(holiday) => {
            setNotice(null);
            setEditing((e) => ({ holiday, n: (e?.n ?? 0) + 1 }));
          }}
        />
      )}
      {tenantWide ? (
        <HolidayForm
          key={editing ? `${editing.holiday.date}:${editing.n}` : 'new'}
          editing={editing?.holiday ?? null}
          onSaved={saved}
          onFailed={() => void calendar.reload()}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <p class="muted small">{ht.readOnly}</p>
      )}
    </section>
  );
}

/** "Jumat, 20 Maret": the weekday and the day of a `YYYY-MM-DD`, in the reader's language. */
function useDayFormat() {
  const { locale } = useFormat();
  return useMemo(() => {
    const f = new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    return (date: string) => f.format(new Date(`${date}T00:00:00Z`));
  }, [locale]);
}

const isWeekend = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
};

const KIND_CLASS: Record<HolidayKind, string> = {
  national: 'badge hol-kind hol-kind-national',
  'cuti-bersama': 'badge hol-kind hol-kind-cuti-bersama',
  regional: 'badge hol-kind hol-kind-regional',
};

function KindBadge({ kind }: { kind: HolidayKind }) {
  const ht = useAttendanceText().holidays;
  return <span class={KIND_CLASS[kind]}>{ht.kinds[kind]}</span>;
}

function Calendar({
  year,
  days,
  editable,
  editing,
  rows,
  onEdit,
}: {
  year: number;
  days: Holiday[];
  editable: boolean;
  /** The date the form is changing, marked in the table. */
  editing?: string;
  rows: ReturnType<typeof useRowAction>;
  onEdit: (holiday: Holiday) => void;
}) {
  const { t } = useI18n();
  const ht = useAttendanceText().holidays;
  const fmt = useFormat();
  const dayText = useDayFormat();

  if (days.length === 0) {
    return (
      <div class="card hol-empty">
        <p>
          <strong>{ht.empty(year)}</strong>
        </p>
        <p class="muted">{editable ? ht.emptyAdmin(year) : ht.emptyOthers(year)}</p>
      </div>
    );
  }

  const counts = Object.fromEntries(HOLIDAY_KINDS.map((k) => [k, 0])) as Record<HolidayKind, number>;
  for (const d of days) counts[d.kind]++;
  const sources = [...new Set(days.map((d) => d.source).filter((s): s is string => Boolean(s)))];
  const months = new Map<number, Holiday[]>();
  for (const d of days) {
    const m = Number(d.date.slice(5, 7));
    months.set(m, [...(months.get(m) ?? []), d]);
  }
  const columns = [ht.date, ht.name, ht.kind, ...(editable ? [t.common.actions] : [])];

  return (
    <div class="card">
      <p class="hol-summary">
        {HOLIDAY_KINDS.map((k, i) => (
          <Fragment key={k}>
            {i > 0 && ' · '}
            <span class="nowrap">{ht.counts[k](fmt.int(counts[k]))}</span>
          </Fragment>
        ))}
      </p>
      {sources.map((s) => (
        <p key={s} class="muted small hol-source">
          {ht.source(s)}
        </p>
      ))}
      <div class="table-wrap">
        <table class="hol-table">
          <caption>{ht.caption(year)}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          {[...months].map(([month, list]) => (
            <tbody key={month}>
              <tr class="hol-month">
                <th scope="rowgroup" colSpan={columns.length}>
                  {fmt.monthName(month)}
                </th>
              </tr>
              {list.map((h) => {
                const when = fmt.dateLong(h.date);
                const failure = rows.failureOf(h.date);
                return (
                  <Fragment key={h.date}>
                    <tr class={editing === h.date ? 'hol-row hol-editing' : 'hol-row'}>
                      <td class="hol-date">
                        <time dateTime={h.date}>{dayText(h.date)}</time>
                        {isWeekend(h.date) && <span class="muted small hol-weekend">{ht.weekend}</span>}
                      </td>
                      <td class="hol-name">{h.name}</td>
                      <td class="hol-kind-cell">
                        <KindBadge kind={h.kind} />
                      </td>
                      {editable && (
                        <td class="hol-actions">
                          <span class="row-actions">
                            <button
                              type="button"
                              class="btn btn-small"
                              aria-label={ht.editLabel(h.name, when)}
                              onClick={() => onEdit(h)}
                            >
                              {ht.edit}
                            </button>
                            <ConfirmButton
                              label={ht.delete}
                              question={ht.deleteQuestion(h.name, when)}
                              danger
                              onConfirm={() =>
                                rows.run(h.date, () => deleteHoliday(h.date), {
                                  success: ht.deleted(h.name, when),
                                  overrides: { conflict: ht.conflict, 'not-found': ht.notFound },
                                })
                              }
                            />
                          </span>
                        </td>
                      )}
                    </tr>
                    {failure && (
                      <tr class="row-detail">
                        <td colSpan={columns.length}>
                          <ErrorMessage error={failure.error} overrides={failure.overrides} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
    </div>
  );
}

/**
 * Adds a day, or changes the one picked with "Ubah" (its date stays: the API keys a day by it).
 * Checked with the API's own schema before anything is sent.
 */
function HolidayForm({
  editing,
  onSaved,
  onFailed,
  onCancel,
}: {
  editing: Holiday | null;
  onSaved: (saved: UpsertedHoliday) => Promise<void>;
  onFailed: () => void;
  onCancel: () => void;
}) {
  const ht = useAttendanceText().holidays;
  const fmt = useFormat();
  const formRef = useRef<HTMLFormElement>(null);
  // Controlled: a select takes no default value in Preact, and "Ubah" must show the day's kind.
  const [kind, setKind] = useState<string>(editing?.kind ?? '');
  const form = useSchemaForm(
    upsertHolidaySchema,
    (v) => ({ date: editing?.date ?? v.date, name: v.name, kind: v.kind }),
    async (value, el) => {
      let saved: UpsertedHoliday;
      try {
        saved = await upsertHoliday(value.date, { name: value.name, kind: value.kind });
      } catch (err) {
        // The calendar may have moved on (a conflict, a day removed meanwhile): show what is stored.
        onFailed();
        throw err;
      }
      el.reset();
      setKind('');
      await onSaved(saved);
    },
  );
  const errors = useFieldErrors(form.error);

  // "Ubah" brings the filled form into view, and the keyboard to its first field that changes.
  useEffect(() => {
    if (!editing) return;
    const el = formRef.current;
    el?.scrollIntoView({ block: 'nearest' });
    el?.querySelector<HTMLInputElement>('input[name="name"]')?.focus();
  }, [editing]);

  const titleId = 'holiday-form-title';
  return (
    <form
      ref={formRef}
      class="card stack hol-form"
      onSubmit={form.submit}
      noValidate
      aria-labelledby={titleId}
    >
      <h2 id={titleId}>{editing ? ht.editTitle(fmt.dateLong(editing.date)) : ht.formTitle}</h2>
      {!editing && <p class="muted small">{ht.formHint}</p>}
      <ErrorMessage
        error={form.error}
        overrides={{ conflict: ht.conflict, 'not-found': ht.notFound }}
        fieldNames={FIELDS}
      />
      <div class="grid-2">
        <InputField
          label={ht.date}
          name="date"
          type="date"
          errors={errors}
          defaultValue={editing?.date}
          readOnly={Boolean(editing)}
          hint={editing ? ht.dateFixed : undefined}
        />
        <SelectField
          label={ht.kind}
          name="kind"
          errors={errors}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value)}
        >
          <option value="">{ht.chooseKind}</option>
          {HOLIDAY_KINDS.map((k) => (
            <option key={k} value={k}>
              {ht.kinds[k]}
            </option>
          ))}
        </SelectField>
      </div>
      <InputField
        label={ht.name}
        name="name"
        errors={errors}
        maxLength={200}
        defaultValue={editing?.name}
        hint={editing ? undefined : ht.nameHint}
      />
      <FormActions
        label={editing ? ht.submitEdit : ht.submitAdd}
        busy={form.busy}
        onCancel={editing ? onCancel : undefined}
      />
    </form>
  );
}
