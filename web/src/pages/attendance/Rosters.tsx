import { useMemo, useState } from 'preact/hooks';
import {
  createShiftRoster,
  listHolidaysOfYear,
  listShiftRoster,
  listTeamAttendanceToday,
  listWorkSchedules,
  type RosterShift,
  type WorkSchedule,
} from '../../api/attendance';
import { ApiError, listAll } from '../../api/client';
import { listEmployees } from '../../api/personnel';
import { ErrorMessage, InputField, Loading, Notice, SelectField } from '../../components/ui';
import { describeError, fieldMessage, useI18n } from '../../i18n';
import { useFormat, useToday } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import { useAgencies, useUnits } from '../../lib/lookups';
import { useRole } from '../../session';
import { addMonths, isoWeekday } from './calendar';
import {
  addDays,
  buildRosterGrid,
  chunk,
  compactShift,
  crossesMidnight,
  datesBetween,
  isClock,
  isWeekend,
  monthDates,
  type PlannedShift,
  planShifts,
  ROSTER_MAX_DAYS,
  shiftAtPath,
  shiftsByDay,
} from './roster';
import { AttendanceHeader, useAttendanceText, useClock, useDayLong } from './shared';

/** An employee of the unit, by name. */
interface Person {
  id: string;
  name: string;
}

/**
 * "Jadwal shift" (issue 13 §1, §5): the roster of a unit that works around the clock (RSUD, Damkar),
 * a month as a grid of employees by day. Admins pick the agency (an agency admin has their own) and
 * the unit, and add shifts in bulk; a supervisor reads their own unit's. A roster applies to a unit
 * or an employee given a shift schedule on "Jadwal kerja".
 */
export default function RostersPage() {
  const rt = useAttendanceText().rosters;
  const { supervisor } = useRole();
  return (
    <section class="att-rosters">
      <AttendanceHeader title={rt.title} current="/attendance/rosters" />
      <p class="muted att-recap-intro">{rt.intro}</p>
      {supervisor ? (
        <>
          <p class="muted small">{rt.readOnly}</p>
          <SupervisorRoster />
        </>
      ) : (
        <>
          <p class="small att-roster-applies">
            {rt.applies} <a href="/attendance/schedules">{rt.appliesLink}</a>.
          </p>
          <AdminRoster />
        </>
      )}
    </section>
  );
}

/** The month shown, this month at first; rosters are planned ahead, so it runs both ways. */
function useMonth() {
  const thisMonth = useToday().slice(0, 7);
  const [month, setMonth] = useState(thisMonth);
  return { month, setMonth };
}

function MonthSwitch({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  const mt = useAttendanceText().me;
  const fmt = useFormat();
  return (
    <nav class="att-month-switch att-recap-month" aria-label={mt.switchLabel}>
      <button
        type="button"
        class="btn btn-small"
        aria-label={mt.prevLabel(fmt.month(addMonths(month, -1)))}
        onClick={() => onChange(addMonths(month, -1))}
      >
        ‹ <span class="att-switch-word">{mt.prev}</span>
      </button>
      <h2 aria-live="polite">{fmt.month(month)}</h2>
      <button
        type="button"
        class="btn btn-small"
        aria-label={mt.nextLabel(fmt.month(addMonths(month, 1)))}
        onClick={() => onChange(addMonths(month, 1))}
      >
        <span class="att-switch-word">{mt.next}</span> ›
      </button>
    </nav>
  );
}

/** A filter shown as a fixed value (the agency admin's agency, the supervisor's unit). */
function Fixed({ label, value }: { label: string; value: string }) {
  return (
    <div class="field att-recap-agency">
      <span class="att-recap-label">{label}</span>
      <strong>{value}</strong>
    </div>
  );
}

function MonthField({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  const rt = useAttendanceText().rosters;
  return (
    <div class="field att-recap-month-field">
      <span class="att-recap-label" aria-hidden="true">
        {rt.month}
      </span>
      <MonthSwitch month={month} onChange={onChange} />
    </div>
  );
}

/** A supervisor's own unit (read from "Tim hari ini"), read-only. */
function SupervisorRoster() {
  const rt = useAttendanceText().rosters;
  const { ownAgencyId } = useRole();
  const { month, setMonth } = useMonth();
  const team = useAsync(listTeamAttendanceToday, []);
  const people = useMemo(
    () => (team.data?.items ?? []).map((m) => ({ id: m.employeeId, name: m.name })),
    [team.data],
  );
  if (!team.data) {
    return team.error ? (
      <ErrorMessage error={team.error} overrides={{ forbidden: rt.noUnit, 'not-found': rt.noUnit }} />
    ) : (
      <Loading />
    );
  }
  const unit = team.data.unit;
  return (
    <>
      <div class="toolbar att-recap-filters">
        <Fixed label={rt.unit} value={unit.name} />
        <MonthField month={month} onChange={setMonth} />
      </div>
      {ownAgencyId ? (
        <RosterView
          agencyId={ownAgencyId}
          unitId={unit.id}
          unitName={unit.name}
          month={month}
          people={people}
        />
      ) : (
        <p class="alert alert-error">{rt.noUnit}</p>
      )}
    </>
  );
}

/** An admin's agency (a tenant admin chooses it), unit and month, the grid and the bulk form. */
function AdminRoster() {
  const { t } = useI18n();
  const rt = useAttendanceText().rosters;
  const { tenantWide, ownAgencyId } = useRole();
  const { agencies, error: agenciesError } = useAgencies();
  const active = agencies.filter((a) => a.status === 'active');
  const [chosenAgency, setChosenAgency] = useState('');
  // A tenant admin starts on the first active agency; an agency admin has only their own.
  const agencyId = tenantWide ? chosenAgency || active[0]?.id || '' : (ownAgencyId ?? '');
  const { units, error: unitsError } = useUnits(agencyId);
  const [unitId, setUnitId] = useState('');
  const { month, setMonth } = useMonth();
  const [rev, setRev] = useState(0);
  // The agency's employees, read once per agency; each unit's are filtered from them.
  const staff = useAsync(
    () => (agencyId ? listAll((q) => listEmployees({ agencyId, ...q }), 50) : Promise.resolve([])),
    [agencyId],
  );
  const schedules = useAsync(listWorkSchedules, []);
  const unit = units.find((u) => u.id === unitId);
  const people = useMemo(
    () =>
      (staff.data ?? [])
        .filter((e) => e.unitId === unitId && e.status === 'AKTIF')
        .map((e) => ({ id: e.id, name: e.name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'id')),
    [staff.data, unitId],
  );
  const ownName = agencies.find((a) => a.id === ownAgencyId)?.name ?? rt.ownAgency;

  return (
    <>
      <ErrorMessage error={agenciesError ?? unitsError} />
      <div class="toolbar att-recap-filters att-roster-filters">
        {tenantWide ? (
          <SelectField
            label={rt.agency}
            name="agencyId"
            value={agencyId}
            onChange={(e) => {
              setChosenAgency(e.currentTarget.value);
              setUnitId('');
            }}
          >
            {active.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </SelectField>
        ) : (
          <Fixed label={rt.agency} value={ownName} />
        )}
        <SelectField
          label={rt.unit}
          name="unitId"
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
        <MonthField month={month} onChange={setMonth} />
      </div>
      {!agencyId ? (
        <p class="muted">{tenantWide ? rt.noAgencies : rt.forbidden}</p>
      ) : !unit ? (
        <p class="muted">{rt.chooseUnitFirst}</p>
      ) : (
        <>
          <ErrorMessage error={staff.error} />
          {!staff.data && !staff.error ? (
            <Loading />
          ) : (
            <>
              <RosterView
                key={`view:${unit.id}`}
                agencyId={agencyId}
                unitId={unit.id}
                unitName={unit.name}
                month={month}
                people={people}
                rev={rev}
              />
              <RosterForm
                key={`form:${unit.id}`}
                people={people}
                month={month}
                schedules={schedules.data}
                schedulesError={schedules.error}
                onSaved={() => setRev((r) => r + 1)}
              />
            </>
          )}
        </>
      )}
    </>
  );
}

/**
 * A unit's month: a grid of its employees by day (shaded on weekends and holidays), and on a narrow
 * screen the same shifts as a list by day.
 */
function RosterView({
  agencyId,
  unitId,
  unitName,
  month,
  people,
  rev = 0,
}: {
  agencyId: string;
  unitId: string;
  unitName: string;
  month: string;
  people: Person[];
  rev?: number;
}) {
  const at = useAttendanceText();
  const rt = at.rosters;
  const fmt = useFormat();
  const year = Number(month.slice(0, 4));
  const list = useAsync(() => listShiftRoster({ agencyId, unitId, month }), [agencyId, unitId, month, rev]);
  const holidays = useAsync(() => listHolidaysOfYear(year).catch(() => []), [year]);
  const holidayNames = useMemo(
    () => new Map((holidays.data ?? []).map((h) => [h.date, h.name])),
    [holidays.data],
  );
  const dates = monthDates(month);
  const shifts = list.data ?? [];
  const rows = useMemo(() => buildRosterGrid(people, shifts, month), [people, shifts, month]);
  if (!list.data) {
    return list.error ? (
      <ErrorMessage error={list.error} overrides={{ forbidden: rt.forbidden }} />
    ) : (
      <Loading />
    );
  }
  const caption = rt.caption(unitName, fmt.month(month));
  const off = (d: string) => isWeekend(d) || holidayNames.has(d);
  const staffed = new Set(shifts.map((s) => s.employeeId)).size;
  return (
    <div class="card att-roster-card">
      <ErrorMessage error={list.error} />
      <p class="muted small att-roster-count">
        {rt.count(fmt.int(shifts.length), fmt.int(staffed))}
        {rows.length === 0 && ` · ${rt.noEmployees}`}
      </p>
      {rows.length > 0 && (
        <div class="att-roster-scroll">
          <table class="att-roster">
            <caption class="sr-only">{caption}</caption>
            <thead>
              <tr>
                <th scope="col" class="att-roster-name">
                  {rt.name}
                </th>
                {dates.map((d) => (
                  <th
                    key={d}
                    scope="col"
                    class={off(d) ? 'att-roster-off' : undefined}
                    title={holidayNames.get(d)}
                  >
                    <span class="att-roster-wd">{at.weekdaysShort[isoWeekday(d) - 1]}</span>
                    <span>{Number(d.slice(8))}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.employeeId}>
                  <th scope="row" class="att-roster-name">
                    {r.name}
                  </th>
                  {r.cells.map((s, i) => (
                    <RosterCell
                      key={dates[i]}
                      shift={s}
                      date={dates[i] ?? ''}
                      name={r.name}
                      off={off(dates[i] ?? '')}
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > 0 && (
        <p class="muted small att-roster-legend">
          <span class="att-roster-moon" aria-hidden="true">
            ☾
          </span>{' '}
          {rt.legendNight} · <span class="att-roster-swatch" aria-hidden="true" /> {rt.legendOff}
        </p>
      )}
      <DayList shifts={shifts} />
    </div>
  );
}

function RosterCell({
  shift,
  date,
  name,
  off,
}: {
  shift: RosterShift | null;
  date: string;
  name: string;
  off: boolean;
}) {
  const rt = useAttendanceText().rosters;
  const { lang } = useI18n();
  const clock = useClock();
  const dayLong = useDayLong();
  const cls = [
    off && 'att-roster-off',
    shift && 'att-roster-on',
    shift?.crossesMidnight && 'att-roster-night',
  ]
    .filter(Boolean)
    .join(' ');
  if (!shift) return <td class={cls || undefined} />;
  const hours = `${clock(shift.start)}–${clock(shift.end)}${shift.crossesMidnight ? ` (${rt.nextDay})` : ''}`;
  const label = rt.cellLabel(name, dayLong(date), hours);
  return (
    <td class={cls} title={label}>
      <span aria-hidden="true">
        {compactShift(shift.start, shift.end, lang === 'id' ? '.' : ':')}
        {shift.crossesMidnight && <span class="att-roster-moon">☾</span>}
      </span>
      <span class="sr-only">{label}</span>
    </td>
  );
}

/** The month's shifts by day, for a narrow screen where the grid would not fit. */
function DayList({ shifts }: { shifts: readonly RosterShift[] }) {
  const rt = useAttendanceText().rosters;
  const clock = useClock();
  const dayLong = useDayLong();
  const days = shiftsByDay(shifts);
  return (
    <div class="att-roster-days">
      {days.length === 0 && <p class="muted">{rt.noShifts}</p>}
      {days.map((d) => (
        <section key={d.date} class="att-roster-day">
          <h3>{dayLong(d.date)}</h3>
          <ul>
            {d.shifts.map((s) => (
              <li key={s.employeeId} class={s.crossesMidnight ? 'att-roster-night' : undefined}>
                <span class="att-roster-day-name">{s.employeeName}</span>
                <span class="att-roster-day-hours">
                  {clock(s.start)}–{clock(s.end)}
                  {s.crossesMidnight && (
                    <>
                      {' '}
                      <span class="att-roster-moon" aria-hidden="true">
                        ☾
                      </span>
                      <span class="sr-only">{rt.nextDay}</span>
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

const PRESETS = [
  { key: 'pagi', start: '07:00', end: '14:00' },
  { key: 'siang', start: '14:00', end: '21:00' },
  { key: 'malam', start: '21:00', end: '07:00' },
] as const;

type FormField = 'scheduleId' | 'employees' | 'from' | 'to' | 'start' | 'end' | 'breakMinutes';

/**
 * Adds shifts in bulk: one per chosen employee per date of the range, with the same hours. Sent 99
 * at a time, one request after another, with the progress; at the first error it stops and says
 * which employee and day, and how many were saved before.
 */
function RosterForm({
  people,
  month,
  schedules,
  schedulesError,
  onSaved,
}: {
  people: Person[];
  month: string;
  schedules: WorkSchedule[] | null;
  schedulesError: unknown;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const at = useAttendanceText();
  const fp = at.rosters.form;
  const fmt = useFormat();
  const clock = useClock();
  const dayLong = useDayLong();
  const { tenantWide } = useRole();
  const today = useToday();
  const shiftSchedules = (schedules ?? []).filter((s) => s.kind === 'shift');
  const firstDay = today.slice(0, 7) === month ? today : `${month}-01`;
  const [scheduleId, setScheduleId] = useState(
    shiftSchedules.length === 1 ? (shiftSchedules[0]?.id ?? '') : '',
  );
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [from, setFrom] = useState(firstDay);
  const [to, setTo] = useState(addDays(firstDay, 6));
  const [start, setStart] = useState('07:00');
  const [end, setEnd] = useState('14:00');
  const [breakMinutes, setBreakMinutes] = useState('0');
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string[] | null>(null);

  if (!schedules) return schedulesError ? <ErrorMessage error={schedulesError} /> : null;
  const titleId = 'roster-form-title';
  if (shiftSchedules.length === 0) {
    return (
      <section class="card stack" aria-labelledby={titleId}>
        <h2 id={titleId}>{fp.title}</h2>
        <p class="alert alert-info">
          {tenantWide ? fp.noShiftSchedules : fp.noShiftSchedulesAdmin}{' '}
          <a href="/attendance/schedules">{at.rosters.appliesLink}</a>.
        </p>
      </section>
    );
  }

  const dates = datesBetween(from, to);
  // Only the unit's employees count: a choice kept from elsewhere is not sent.
  const picked = people.filter((p) => chosen.has(p.id));
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? '–';
  const toggle = (id: string, on: boolean) =>
    setChosen((c) => {
      const next = new Set(c);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const check = (): Partial<Record<FormField, string>> => {
    const e: Partial<Record<FormField, string>> = {};
    if (!shiftSchedules.some((s) => s.id === scheduleId)) e.scheduleId = fp.errors.scheduleId;
    if (picked.length === 0) e.employees = fp.errors.employees;
    if (datesBetween(from, from).length === 0) e.from = fp.errors.from;
    else if (dates.length === 0) e.to = fp.errors.to;
    else if (dates.length > ROSTER_MAX_DAYS) e.to = fp.errors.range(fmt.int(ROSTER_MAX_DAYS));
    if (!isClock(start)) e.start = fp.errors.start;
    if (!isClock(end) || end === start) e.end = fp.errors.end;
    const b = Number(breakMinutes);
    if (breakMinutes === '' || !Number.isInteger(b) || b < 0 || b > 240)
      e.breakMinutes = fp.errors.breakMinutes;
    return e;
  };

  /** What went wrong in one request, by employee name and day, never by id. */
  const explain = (err: unknown, piece: PlannedShift[]): string => {
    if (err instanceof ApiError && err.status === 403) return fp.forbidden;
    if (err instanceof ApiError && err.status === 400) {
      const first = err.errors[0];
      if (!first) return fp.invalid;
      if (first.path === 'scheduleId') return fp.badSchedule;
      const where = shiftAtPath(first.path);
      const shift = where ? piece[where.index] : undefined;
      if (!where || !shift) return fp.invalid;
      const own: Record<string, string> = {
        employeeId: fp.notEmployee,
        start: fp.errors.start,
        end: fp.errors.end,
        breakMinutes: fp.errors.breakMinutes,
        date: at.hints.date ?? fp.invalid,
      };
      return fp.badShift(
        nameOf(shift.employeeId),
        dayLong(shift.date),
        own[where.field] ?? fieldMessage(t, first),
      );
    }
    return describeError(t, err).message;
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setNotice(null);
    setFailure(null);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const plan = planShifts(
      picked.map((p) => p.id),
      dates,
      { start, end, breakMinutes: Number(breakMinutes) },
    );
    const total = fmt.int(plan.length);
    setBusy(true);
    let done = 0;
    try {
      for (const piece of chunk(plan)) {
        setProgress(fp.progress(fmt.int(done + piece.length), total));
        try {
          await createShiftRoster({ scheduleId, shifts: piece });
        } catch (err) {
          setFailure(
            done > 0 ? [explain(err, piece), fp.partly(fmt.int(done), total)] : [explain(err, piece)],
          );
          return;
        }
        done += piece.length;
      }
      setNotice(fp.saved(total));
    } finally {
      setBusy(false);
      setProgress(null);
      if (done > 0) onSaved();
    }
  };

  const fieldErrors = errors as Record<string, string>;
  const overnight = isClock(start) && isClock(end) && start !== end && crossesMidnight(start, end);
  return (
    <section class="card stack att-roster-form" aria-labelledby={titleId}>
      <h2 id={titleId}>{fp.title}</h2>
      <p class="muted small">{fp.intro}</p>
      {notice && <Notice>{notice}</Notice>}
      {failure && (
        <div class="alert alert-error" role="alert">
          {failure.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <form class="stack" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId}>
        <SelectField
          label={fp.schedule}
          name="scheduleId"
          errors={fieldErrors}
          value={scheduleId}
          onChange={(e) => setScheduleId(e.currentTarget.value)}
        >
          <option value="">{t.validation.choose}</option>
          {shiftSchedules.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
        <fieldset class={errors.employees ? 'att-roster-people field-invalid' : 'att-roster-people'}>
          <legend>{fp.employees}</legend>
          {people.length === 0 ? (
            <p class="muted small">{at.rosters.noEmployees}</p>
          ) : (
            <>
              <div class="att-roster-people-bar">
                <button
                  type="button"
                  class="btn btn-small"
                  onClick={() => setChosen(new Set(people.map((p) => p.id)))}
                >
                  {fp.all}
                </button>
                <button type="button" class="btn btn-small" onClick={() => setChosen(new Set())}>
                  {fp.none}
                </button>
                <span class="muted small" aria-live="polite">
                  {fp.chosen(fmt.int(picked.length), fmt.int(people.length))}
                </span>
              </div>
              <ul class="att-roster-people-list">
                {people.map((p) => (
                  <li key={p.id}>
                    <label class="check">
                      <input
                        type="checkbox"
                        checked={chosen.has(p.id)}
                        onChange={(e) => toggle(p.id, e.currentTarget.checked)}
                      />
                      <span>{p.name}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </>
          )}
          {errors.employees && <p class="field-error">{errors.employees}</p>}
        </fieldset>
        <div class="grid-2">
          <InputField
            label={fp.from}
            name="from"
            type="date"
            errors={fieldErrors}
            value={from}
            onInput={(e) => setFrom(e.currentTarget.value)}
          />
          <InputField
            label={fp.to}
            name="to"
            type="date"
            errors={fieldErrors}
            value={to}
            min={from}
            onInput={(e) => setTo(e.currentTarget.value)}
          />
        </div>
        <fieldset class="att-roster-pattern">
          <legend>{fp.pattern}</legend>
          <div class="att-roster-presets">
            <span class="muted small">{fp.presets}</span>
            {PRESETS.map((p) => (
              <button
                key={p.key}
                type="button"
                class="btn btn-small"
                aria-pressed={start === p.start && end === p.end}
                onClick={() => {
                  setStart(p.start);
                  setEnd(p.end);
                }}
              >
                {fp.presetNames[p.key]} {clock(p.start)}–{clock(p.end)}
              </button>
            ))}
          </div>
          <div class="att-roster-times">
            <InputField
              label={fp.start}
              name="start"
              type="time"
              errors={fieldErrors}
              value={start}
              onInput={(e) => setStart(e.currentTarget.value)}
            />
            <InputField
              label={fp.end}
              name="end"
              type="time"
              errors={fieldErrors}
              value={end}
              onInput={(e) => setEnd(e.currentTarget.value)}
            />
            <InputField
              label={fp.breakMinutes}
              name="breakMinutes"
              type="number"
              inputMode="numeric"
              min={0}
              max={240}
              step={5}
              errors={fieldErrors}
              value={breakMinutes}
              onInput={(e) => setBreakMinutes(e.currentTarget.value)}
            />
          </div>
          {overnight && (
            <p class="small att-roster-overnight">
              <span class="att-roster-moon" aria-hidden="true">
                ☾
              </span>{' '}
              {fp.overnight}
            </p>
          )}
        </fieldset>
        {picked.length > 0 && dates.length > 0 && (
          <p class="muted small">
            {fp.summary(fmt.int(picked.length * dates.length), fmt.int(picked.length), fmt.int(dates.length))}
          </p>
        )}
        {progress && (
          <p class="att-roster-progress" aria-live="polite">
            {progress}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="btn btn-primary" disabled={busy}>
            {busy ? t.common.saving : fp.submit}
          </button>
        </div>
      </form>
    </section>
  );
}
