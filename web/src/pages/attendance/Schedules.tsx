import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import {
  assignWorkSchedule,
  createWorkSchedule,
  type ListScheduleAssignmentsQuery,
  listScheduleAssignments,
  listWorkSchedules,
  updateWorkSchedule,
  type WorkSchedule,
} from '../../api/attendance';
import type { Agency } from '../../api/client';
import { type SearchHit, searchEmployees } from '../../api/personnel';
import { FormActions } from '../../components/forms';
import { ErrorMessage, InputField, Loading, Notice, SelectField } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useFormat, useToday } from '../../lib/format';
import { useSchemaForm } from '../../lib/forms';
import { useAsync } from '../../lib/hooks';
import { useAgencies, useUnits } from '../../lib/lookups';
import { useRole } from '../../session';
import {
  assignWorkScheduleSchema,
  createWorkScheduleSchema,
  DEFAULT_WEEKLY_SCHEDULE,
  updateWorkScheduleSchema,
  WEEKLY_NET_MINUTES,
} from './schemas';
import { AttendanceHeader, useAttendanceText, useDayLong, useFieldErrors, useWeekWords } from './shared';
import { formatWeek, WEEKDAYS, type Week, type WeekdayKey, weekNetMinutes } from './week';

/**
 * "Jadwal kerja" (issue 13 §2): the tenant's schedules, each a fixed week (with date ranges of their
 * own, such as Ramadan) or a shift schedule whose days come from a roster; and who works by which
 * from when. A tenant admin keeps the schedules; admins assign them to units of their agency or to
 * one employee. Without an assignment, Perpres 21/2023 applies.
 */
export default function SchedulesPage() {
  const st = useAttendanceText().schedules;
  const { tenantWide } = useRole();
  const [rev, setRev] = useState(0);
  const list = useAsync(listWorkSchedules, [rev]);
  const [editing, setEditing] = useState<{ schedule: WorkSchedule; n: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const schedules = list.data ?? [];

  return (
    <section class="att-schedules">
      <AttendanceHeader title={st.title} current="/attendance/schedules" />
      <p class="muted">{st.intro}</p>
      {notice && <Notice>{notice}</Notice>}
      <ErrorMessage error={list.error} />
      {!list.data && !list.error && <Loading />}
      {list.data && (
        <ScheduleList
          schedules={schedules}
          editable={tenantWide}
          editing={editing?.schedule.id}
          onEdit={(schedule) => {
            setNotice(null);
            setEditing((e) => ({ schedule, n: (e?.n ?? 0) + 1 }));
          }}
        />
      )}
      {tenantWide ? (
        <ScheduleForm
          key={editing ? `${editing.schedule.id}:${editing.n}` : `new:${rev}`}
          schedule={editing?.schedule ?? null}
          onCancel={() => setEditing(null)}
          onFailed={() => setRev((r) => r + 1)}
          onSaved={(saved, created) => {
            setNotice(created ? st.created(saved.name) : st.saved(saved.name));
            setEditing(null);
            setRev((r) => r + 1);
          }}
        />
      ) : (
        <p class="muted small">{st.readOnly}</p>
      )}
      <AssignCard schedules={schedules} />
    </section>
  );
}

function ScheduleList({
  schedules,
  editable,
  editing,
  onEdit,
}: {
  schedules: WorkSchedule[];
  editable: boolean;
  editing?: string;
  onEdit: (schedule: WorkSchedule) => void;
}) {
  const { t } = useI18n();
  const st = useAttendanceText().schedules;
  const fmt = useFormat();
  const words = useWeekWords();
  const hours = (minutes: number) => st.perWeek(fmt.dec1(minutes / 60));
  return (
    <ul class="att-sched-list">
      <li class="card att-sched">
        <div class="att-sched-head">
          <h2>{st.defaultName}</h2>
          <span class="badge">{st.builtIn}</span>
        </div>
        <p>{formatWeek(DEFAULT_WEEKLY_SCHEDULE as Week, words)}</p>
        <p class="muted small">
          {hours(WEEKLY_NET_MINUTES)} · {st.defaultHint}
        </p>
      </li>
      {schedules.map((s) => (
        <li key={s.id} class={editing === s.id ? 'card att-sched att-sched-editing' : 'card att-sched'}>
          <div class="att-sched-head">
            <h2>{s.name}</h2>
            <span class="badge">{st.kinds[s.kind]}</span>
            {editable && (
              <button
                type="button"
                class="btn btn-small"
                aria-label={st.editLabel(s.name)}
                onClick={() => onEdit(s)}
              >
                {t.common.edit}
              </button>
            )}
          </div>
          {s.kind === 'fixed' && s.week ? (
            <>
              <p>{formatWeek(s.week, words)}</p>
              {s.weeklyNetMinutes !== null && <p class="muted small">{hours(s.weeklyNetMinutes)}</p>}
            </>
          ) : (
            <p class="muted">{st.shiftHint}</p>
          )}
          {s.overrides.length > 0 && (
            <ul class="att-overrides">
              {s.overrides.map((o) => (
                <li key={`${o.startDate}:${o.label}`}>
                  <strong>{o.label}</strong> ({fmt.date(o.startDate)} – {fmt.date(o.endDate)}):{' '}
                  {formatWeek(o.week, words)}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

/** One row of the week editor, as typed. */
interface DayDraft {
  on: boolean;
  start: string;
  end: string;
  breakMinutes: string;
}
type WeekDraft = Record<WeekdayKey, DayDraft>;

/** The draft of a week: its days, and for days off the Perpres hours (Monday's) ready to switch on. */
function weekDraft(week: Week | null): WeekDraft {
  const base = DEFAULT_WEEKLY_SCHEDULE as Week;
  return Object.fromEntries(
    WEEKDAYS.map((k) => {
      const day = week?.[k];
      const fallback = base[k] ?? base['1']!;
      const d = day ?? fallback;
      return [k, { on: Boolean(day), start: d.start, end: d.end, breakMinutes: String(d.breakMinutes) }];
    }),
  ) as WeekDraft;
}

const numberOf = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

/** The working days of a draft as the API takes them. */
function weekOf(draft: WeekDraft): Week {
  const week: Week = {};
  for (const k of WEEKDAYS) {
    const d = draft[k];
    if (d.on) week[k] = { start: d.start, end: d.end, breakMinutes: numberOf(d.breakMinutes) };
  }
  return week;
}

/** Adds a schedule or changes one (its kind stays; its date ranges are kept as they are). */
function ScheduleForm({
  schedule,
  onSaved,
  onCancel,
  onFailed,
}: {
  schedule: WorkSchedule | null;
  onSaved: (saved: WorkSchedule, created: boolean) => void;
  onCancel: () => void;
  onFailed: () => void;
}) {
  const at = useAttendanceText();
  const st = at.schedules;
  const fmt = useFormat();
  const words = useWeekWords();
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<WorkSchedule['kind']>(schedule?.kind ?? 'fixed');
  // A new schedule starts from the Perpres week, to be changed where it differs.
  const [draft, setDraft] = useState<WeekDraft>(() =>
    weekDraft(schedule ? schedule.week : (DEFAULT_WEEKLY_SCHEDULE as Week)),
  );
  const week = weekOf(draft);
  const net = weekNetMinutes(week);
  const form = useSchemaForm(
    schedule ? updateWorkScheduleSchema : createWorkScheduleSchema,
    (v) =>
      schedule
        ? { name: v.name, ...(schedule.kind === 'fixed' ? { week } : {}), version: schedule.version }
        : kind === 'fixed'
          ? { kind, name: v.name, week }
          : { kind, name: v.name },
    async (value) => {
      let saved: WorkSchedule;
      try {
        saved = schedule
          ? await updateWorkSchedule(schedule.id, value as Parameters<typeof updateWorkSchedule>[1])
          : await createWorkSchedule(value as Parameters<typeof createWorkSchedule>[0]);
      } catch (err) {
        onFailed();
        throw err;
      }
      onSaved(saved, !schedule);
    },
  );
  const errors = useFieldErrors(form.error);
  const weekFields = Object.keys(errors).filter((k) => k.startsWith('week'));

  useEffect(() => {
    if (!schedule) return;
    formRef.current?.scrollIntoView({ block: 'nearest' });
    formRef.current?.querySelector<HTMLInputElement>('input[name="name"]')?.focus();
  }, [schedule]);

  const setDay = (k: WeekdayKey, patch: Partial<DayDraft>) =>
    setDraft((d) => ({ ...d, [k]: { ...d[k], ...patch } }));

  const titleId = 'schedule-form-title';
  return (
    <form ref={formRef} class="card stack" onSubmit={form.submit} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{schedule ? st.editTitle(schedule.name) : st.createTitle}</h2>
      <ErrorMessage
        error={form.error}
        overrides={{ 'version-conflict': st.conflict, 'not-found': st.notFound }}
        fieldNames={['name', 'kind', ...weekFields]}
      />
      <InputField
        label={st.name}
        name="name"
        errors={errors}
        maxLength={100}
        defaultValue={schedule?.name}
        hint={schedule ? undefined : st.nameHint}
      />
      {schedule ? (
        <p class="muted small">{st.kindFixed(st.kinds[schedule.kind])}</p>
      ) : (
        <fieldset class="att-kind">
          <legend>{st.kind}</legend>
          {(['fixed', 'shift'] as const).map((k) => (
            <label key={k} class="check att-kind-option">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              <span>
                {st.kinds[k]}
                <span class="muted small att-kind-hint">{st.kindHints[k]}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {kind === 'fixed' && (
        <fieldset class="att-week">
          <legend>{st.week}</legend>
          {errors.week && <p class="field-error">{errors.week}</p>}
          <div class="att-week-rows">
            {WEEKDAYS.map((k, i) => (
              <WeekRow
                key={k}
                dayName={words.days[i] ?? k}
                dayLong={at.weekdays[i] ?? k}
                day={draft[k]}
                errors={{
                  start: errors[`week.${k}.start`],
                  end: errors[`week.${k}.end`],
                  breakMinutes: errors[`week.${k}.breakMinutes`],
                  day: errors[`week.${k}`],
                }}
                onChange={(patch) => setDay(k, patch)}
              />
            ))}
          </div>
          <p class="att-week-preview" aria-live="polite">
            <strong>{formatWeek(week, words)}</strong>
            <br />
            <span class={net === WEEKLY_NET_MINUTES ? 'muted small' : 'small att-week-off'}>
              {st.perWeek(fmt.dec1(Math.max(0, net) / 60))}
              {net !== WEEKLY_NET_MINUTES && ` · ${st.perpresNet(fmt.dec1(WEEKLY_NET_MINUTES / 60))}`}
            </span>
          </p>
          {schedule && schedule.overrides.length > 0 && (
            <p class="muted small">{st.overridesKept(schedule.overrides.map((o) => o.label).join(', '))}</p>
          )}
        </fieldset>
      )}
      <FormActions
        label={schedule ? st.submitEdit : st.submitAdd}
        busy={form.busy}
        onCancel={schedule ? onCancel : undefined}
      />
    </form>
  );
}

function WeekRow({
  dayName,
  dayLong,
  day,
  errors,
  onChange,
}: {
  dayName: string;
  dayLong: string;
  day: DayDraft;
  errors: { start?: string; end?: string; breakMinutes?: string; day?: string };
  onChange: (patch: Partial<DayDraft>) => void;
}) {
  const st = useAttendanceText().schedules;
  const id = useId();
  const message = errors.day ?? errors.start ?? errors.end ?? errors.breakMinutes;
  const invalid = (e?: string) => (e ? true : undefined);
  return (
    <div class={`att-week-row${day.on ? '' : ' att-week-row-off'}${message ? ' field-invalid' : ''}`}>
      <label class="check att-week-day">
        <input type="checkbox" checked={day.on} onChange={(e) => onChange({ on: e.currentTarget.checked })} />
        <span>
          <span aria-hidden="true">{dayName}</span>
          <span class="sr-only">{st.workOn(dayLong)}</span>
        </span>
      </label>
      {day.on ? (
        <>
          <label class="att-week-field att-week-start">
            <span class="sr-only">{st.startOf(dayLong)}</span>
            <input
              type="time"
              value={day.start}
              aria-invalid={invalid(errors.start)}
              aria-describedby={message ? `${id}-error` : undefined}
              onInput={(e) => onChange({ start: e.currentTarget.value })}
            />
          </label>
          <span class="att-week-dash" aria-hidden="true">
            –
          </span>
          <label class="att-week-field att-week-end">
            <span class="sr-only">{st.endOf(dayLong)}</span>
            <input
              type="time"
              value={day.end}
              aria-invalid={invalid(errors.end ?? errors.day)}
              aria-describedby={message ? `${id}-error` : undefined}
              onInput={(e) => onChange({ end: e.currentTarget.value })}
            />
          </label>
          <label class="att-week-break">
            <span class="att-week-break-word">{st.breakShort}</span>
            <span class="sr-only">{st.breakOf(dayLong)}</span>
            <input
              type="number"
              inputMode="numeric"
              min={0}
              max={240}
              step={5}
              value={day.breakMinutes}
              aria-invalid={invalid(errors.breakMinutes)}
              aria-describedby={message ? `${id}-error` : undefined}
              onInput={(e) => onChange({ breakMinutes: e.currentTarget.value })}
            />
            <span aria-hidden="true">{st.minutesShort}</span>
          </label>
        </>
      ) : (
        <span class="muted small att-week-offday">{st.dayOff}</span>
      )}
      {message && (
        <p class="field-error att-week-error" id={`${id}-error`}>
          {message}
        </p>
      )}
    </div>
  );
}

type Target = 'unit' | 'employee';

/**
 * Gives a schedule to a unit of an agency or to one employee from a date, and lists what the chosen
 * unit or employee has been given, newest first (an employee's own assignment wins over the unit's).
 */
function AssignCard({ schedules }: { schedules: WorkSchedule[] }) {
  const { t } = useI18n();
  const at = useAttendanceText();
  const st = at.schedules;
  const dayLong = useDayLong();
  const today = useToday();
  const { tenantWide, ownAgencyId } = useRole();
  const { agencies } = useAgencies();
  const own: Agency[] = agencies.filter((a) => a.status === 'active' && (tenantWide || a.id === ownAgencyId));
  const [scheduleId, setScheduleId] = useState('');
  const [target, setTarget] = useState<Target>('unit');
  const [agencyId, setAgencyId] = useState(tenantWide ? '' : (ownAgencyId ?? ''));
  const [unitId, setUnitId] = useState('');
  const [employee, setEmployee] = useState<SearchHit | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [rev, setRev] = useState(0);
  const { units, error: unitsError } = useUnits(agencyId);

  const form = useSchemaForm(
    assignWorkScheduleSchema,
    (v) => ({
      scheduleId: scheduleId || undefined,
      fromDate: v.fromDate,
      target:
        target === 'unit'
          ? { kind: 'unit', agencyId: agencyId || undefined, unitId: unitId || undefined }
          : { kind: 'employee', employeeId: employee?.id },
    }),
    async (value) => {
      setNotice(null);
      const { assignment, created } = await assignWorkSchedule(value);
      const text = created ? st.assigned : st.reassigned;
      setNotice(text(assignment.scheduleName, assignment.targetName, dayLong(assignment.fromDate)));
      setRev((r) => r + 1);
    },
  );
  const errors = useFieldErrors(form.error);
  // The target's fields answer under `target.`; the selects are named by the field alone.
  const targetErrors = {
    agencyId: errors['target.agencyId'],
    unitId: errors['target.unitId'] && st.chooseUnit,
  } as Record<string, string>;
  const employeeError = errors['target.employeeId'] && st.chooseEmployee;

  const query: ListScheduleAssignmentsQuery | null =
    target === 'unit'
      ? agencyId && unitId
        ? { agencyId, unitId }
        : null
      : employee
        ? { employeeId: employee.id }
        : null;

  const titleId = 'assign-form-title';
  return (
    <section class="card stack att-assign" aria-labelledby={titleId}>
      <h2 id={titleId}>{st.assignTitle}</h2>
      <p class="muted small">{st.assignIntro}</p>
      {notice && <Notice>{notice}</Notice>}
      <form class="stack" onSubmit={form.submit} noValidate aria-labelledby={titleId}>
        <ErrorMessage
          error={form.error ?? unitsError}
          overrides={{ conflict: st.assignConflict }}
          fieldNames={['scheduleId', 'fromDate', 'target.agencyId', 'target.unitId', 'target.employeeId']}
        />
        <div class="grid-2">
          <SelectField
            label={st.schedule}
            name="scheduleId"
            errors={errors}
            value={scheduleId}
            hint={schedules.length === 0 ? st.noSchedules : undefined}
            onChange={(e) => setScheduleId(e.currentTarget.value)}
          >
            <option value="">{t.validation.choose}</option>
            {schedules.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </SelectField>
          <InputField label={st.fromDate} name="fromDate" type="date" errors={errors} defaultValue={today} />
        </div>
        <fieldset class="att-target">
          <legend>{st.target}</legend>
          {(['unit', 'employee'] as const).map((k) => (
            <label key={k} class="check">
              <input
                type="radio"
                name="target"
                value={k}
                checked={target === k}
                onChange={() => setTarget(k)}
              />
              <span>{st.targets[k]}</span>
            </label>
          ))}
        </fieldset>
        {target === 'unit' ? (
          <div class="grid-2">
            <SelectField
              label={st.agency}
              name="agencyId"
              errors={targetErrors}
              value={agencyId}
              disabled={!tenantWide}
              onChange={(e) => {
                setAgencyId(e.currentTarget.value);
                setUnitId('');
              }}
            >
              {tenantWide && <option value="">{t.validation.choose}</option>}
              {own.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={st.unit}
              name="unitId"
              errors={targetErrors}
              value={unitId}
              disabled={!agencyId}
              onChange={(e) => setUnitId(e.currentTarget.value)}
            >
              <option value="">{t.validation.choose}</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </SelectField>
          </div>
        ) : (
          <EmployeeSearch
            chosen={employee}
            onChoose={setEmployee}
            agencyId={tenantWide ? undefined : (ownAgencyId ?? undefined)}
            error={employeeError}
          />
        )}
        <FormActions label={st.assignSubmit} busy={form.busy} />
      </form>
      {query && <AssignmentList key={`${JSON.stringify(query)}:${rev}`} query={query} />}
    </section>
  );
}

/** Finds an employee by the start of their name (not a form of its own: it sits inside one). */
function EmployeeSearch({
  chosen,
  onChoose,
  agencyId,
  error,
}: {
  chosen: SearchHit | null;
  onChoose: (hit: SearchHit | null) => void;
  agencyId?: string;
  error?: string;
}) {
  const { t } = useI18n();
  const st = useAttendanceText().schedules;
  const id = useId();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const search = async () => {
    if (!query.trim()) return;
    setBusy(true);
    setFailure(null);
    try {
      setHits((await searchEmployees({ namePrefix: query.trim(), agencyId, limit: 10 })).items);
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class={error ? 'stack field-invalid' : 'stack'}>
      <div class="att-search">
        <div class="field">
          <label for={id}>{st.findEmployee}</label>
          <input
            id={id}
            value={query}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(e) => setQuery(e.currentTarget.value)}
            onKeyDown={(e) => {
              // Enter searches instead of sending the whole form.
              if (e.key === 'Enter') {
                e.preventDefault();
                void search();
              }
            }}
          />
        </div>
        <button type="button" class="btn" disabled={busy} onClick={() => void search()}>
          {busy ? t.common.loading : st.search}
        </button>
      </div>
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <ErrorMessage error={failure} />
      {chosen && (
        <p>
          <strong>{st.chosen(chosen.name)}</strong> <span class="muted small">{chosen.agencyName}</span>
        </p>
      )}
      {hits && hits.length === 0 && <p class="muted">{st.noMatches}</p>}
      {hits && hits.length > 0 && (
        <ul class="chips">
          {hits.map((h) => (
            <li key={h.id}>
              <button
                type="button"
                class="btn btn-small"
                aria-pressed={chosen?.id === h.id}
                onClick={() => onChoose(h)}
              >
                {h.name} · {h.agencyName}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** What a unit or an employee has been given, newest first; the one in force today marked. */
function AssignmentList({ query }: { query: ListScheduleAssignmentsQuery }) {
  const st = useAttendanceText().schedules;
  const dayLong = useDayLong();
  const today = useToday();
  const list = useAsync(() => listScheduleAssignments(query), []);
  const items = list.data ?? [];
  const current = useMemo(() => items.find((a) => a.fromDate <= today), [items, today]);
  const columns = [st.fromDate, st.schedule, st.forWhom];
  return (
    <div class="att-assignments">
      <ErrorMessage error={list.error} />
      {list.loading && !list.data && <Loading />}
      {list.data && (
        <div class="table-wrap">
          <table class="att-stacked">
            <caption>{st.assignmentsCaption}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={`${a.target}:${a.fromDate}`}>
                  <th scope="row" class="att-cell-name">
                    {dayLong(a.fromDate)}
                    {a === current && (
                      <>
                        {' '}
                        <span class="badge badge-ok">{st.inForce}</span>
                      </>
                    )}
                  </th>
                  <td data-label={st.schedule}>{a.scheduleName}</td>
                  <td data-label={st.forWhom}>
                    {a.targetName} <span class="muted small">({st.targets[a.target]})</span>
                  </td>
                </tr>
              ))}
              {items.length === 0 && (
                <tr>
                  <td colSpan={columns.length} class="muted">
                    {st.noAssignments}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
