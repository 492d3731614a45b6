import { useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { listHolidaysOfYear } from '../../api/attendance';
import { ErrorMessage, Loading, SelectField } from '../../components/ui';
import { useFormat, useToday } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import { loadAgencies } from '../../lib/lookups';
import { useRole } from '../../session';
import { addMonths, isoWeekday } from './calendar';
import { type CalendarRow, calendarRows, entryOn, statusTone } from './leave';
import { type LeaveCalendar, type LeaveCalendarEntry, listLeaveCalendar } from './leave-api';
import { LeaveBadge } from './leave-parts';
import { useRequestDates } from './request-parts';
import { isWeekend, monthDates } from './roster';
import { AttendanceHeader, useAttendanceText, useDayLong, useLeaveText } from './shared';

/**
 * "Kalender cuti" (issue 13 §5): who is on leave in a month, within the caller's scope (a
 * supervisor's unit, an agency admin's agency, the agency a tenant admin picks): a grid of
 * employees by day on a wide screen, and each one's leave with its type, dates and status on
 * every screen. Never the reason. The month is kept in the URL and runs both ways.
 */
export default function LeaveCalendarPage() {
  const lt = useLeaveText();
  const ct = lt.calendar;
  const { tenantWide } = useRole();
  const { path, query, route } = useLocation();
  const thisMonth = useToday().slice(0, 7);
  const month = query.month && MONTH.test(query.month) ? query.month : thisMonth;
  const agencyList = useAsync(() => (tenantWide ? loadAgencies() : Promise.resolve([])), [tenantWide]);
  const active = (agencyList.data ?? []).filter((a) => a.status === 'active');
  const agencyId = tenantWide ? query.agency || active[0]?.id || '' : undefined;
  const set = (next: { month?: string; agencyId?: string }) => {
    const params = new URLSearchParams();
    const m = next.month ?? month;
    const a = next.agencyId ?? query.agency ?? '';
    if (a) params.set('agency', a);
    if (m !== thisMonth) params.set('month', m);
    const qs = params.toString();
    route(qs ? `${path}?${qs}` : path, true);
  };
  return (
    <section class="att-leave-calendar">
      <AttendanceHeader title={ct.title} current="/attendance/leave/calendar" />
      <p class="muted att-req-intro">{ct.intro}</p>
      <ErrorMessage error={agencyList.error} />
      <div class="toolbar att-leave-cal-filters">
        {tenantWide && active.length > 0 && (
          <SelectField
            label={ct.agency}
            name="agencyId"
            value={agencyId}
            onChange={(e) => set({ agencyId: e.currentTarget.value })}
          >
            {active.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <MonthSwitch month={month} thisMonth={thisMonth} onChange={(m) => set({ month: m })} />
      {tenantWide && !agencyId ? (
        agencyList.data ? (
          <p class="muted">{ct.noAgencies}</p>
        ) : (
          !agencyList.error && <Loading />
        )
      ) : (
        <Month key={`${agencyId ?? ''}:${month}`} month={month} agencyId={agencyId} />
      )}
    </section>
  );
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function MonthSwitch({
  month,
  thisMonth,
  onChange,
}: {
  month: string;
  thisMonth: string;
  onChange: (month: string) => void;
}) {
  const ct = useLeaveText().calendar;
  const fmt = useFormat();
  return (
    <nav class="att-month-switch" aria-label={ct.switchLabel}>
      <button
        type="button"
        class="btn btn-small"
        aria-label={ct.prevLabel(fmt.month(addMonths(month, -1)))}
        onClick={() => onChange(addMonths(month, -1))}
      >
        ‹ <span class="att-switch-word">{ct.prev}</span>
      </button>
      <h2 aria-live="polite">{fmt.month(month)}</h2>
      <button
        type="button"
        class="btn btn-small"
        aria-label={ct.nextLabel(fmt.month(addMonths(month, 1)))}
        onClick={() => onChange(addMonths(month, 1))}
      >
        <span class="att-switch-word">{ct.next}</span> ›
      </button>
      {month !== thisMonth && (
        <button type="button" class="btn btn-small att-leave-this-month" onClick={() => onChange(thisMonth)}>
          {ct.thisMonth}
        </button>
      )}
    </nav>
  );
}

function Month({ month, agencyId }: { month: string; agencyId?: string }) {
  const lt = useLeaveText();
  const ct = lt.calendar;
  const fmt = useFormat();
  const { supervisor } = useRole();
  const view = useAsync(() => listLeaveCalendar(month, agencyId), [month, agencyId]);
  const data: LeaveCalendar | null = view.data;
  const rows = useMemo(() => (data ? calendarRows(data.items, month) : []), [data, month]);
  if (!data)
    return view.error ? (
      <ErrorMessage error={view.error} overrides={{ forbidden: supervisor ? ct.notLinked : ct.forbidden }} />
    ) : (
      <Loading />
    );
  const leaves = rows.reduce((n, r) => n + r.entries.length, 0);
  return (
    <div class="card att-leave-cal-card">
      <p class="muted small att-roster-count">
        {ct.scope[agencyId && data.scope === 'tenant' ? 'agency' : data.scope]}{' '}
        {rows.length > 0 ? ct.count(fmt.int(rows.length), fmt.int(leaves)) : ct.empty}
      </p>
      {rows.length > 0 && (
        <>
          <Grid rows={rows} month={month} />
          <Legend items={data.items} />
          <People rows={rows} />
        </>
      )}
    </div>
  );
}

/** Employees by day, each day of leave coloured by its status and marked with the type's short form. */
function Grid({ rows, month }: { rows: CalendarRow<LeaveCalendarEntry>[]; month: string }) {
  const at = useAttendanceText();
  const lt = useLeaveText();
  const ct = lt.calendar;
  const fmt = useFormat();
  const dayLong = useDayLong();
  const today = useToday();
  const dates = monthDates(month);
  // The tenant's holidays shade their days as weekends do (a leave never counts them).
  const year = Number(month.slice(0, 4));
  const holidays = useAsync(() => listHolidaysOfYear(year).catch(() => []), [year]);
  const holidayNames = useMemo(
    () => new Map((holidays.data ?? []).map((h) => [h.date, h.name])),
    [holidays.data],
  );
  const off = (d: string) => isWeekend(d) || holidayNames.has(d);
  return (
    <div class="att-roster-scroll att-leave-grid">
      <table class="att-roster">
        <caption class="sr-only">{ct.caption(fmt.month(month))}</caption>
        <thead>
          <tr>
            <th scope="col" class="att-roster-name">
              {ct.name}
            </th>
            {dates.map((d) => (
              <th
                key={d}
                scope="col"
                title={holidayNames.get(d)}
                class={
                  [isWeekend(d) && 'att-roster-off', d === today && 'att-leave-today']
                    .filter(Boolean)
                    .join(' ') || undefined
                }
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
              <th scope="row" class="att-roster-name" title={r.employeeName}>
                {r.employeeName}
              </th>
              {dates.map((d) => {
                const e = entryOn(r, d);
                const shade = off(d) ? 'att-roster-off' : '';
                if (!e) return <td key={d} class={shade || undefined} />;
                const type = lt.types[e.type] ?? e.type;
                const status = lt.statuses[e.status] ?? e.status;
                const label = ct.cellLabel(r.employeeName, dayLong(d), type, status);
                return (
                  <td
                    key={d}
                    class={`att-leave-cell att-leave-${statusTone(e.status)} ${shade}`}
                    title={label}
                  >
                    <span aria-hidden="true">{lt.typeShort[e.type] ?? ''}</span>
                    <span class="sr-only">{label}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the grid's colours and short forms mean: the statuses, and the types this month shows. */
function Legend({ items }: { items: readonly LeaveCalendarEntry[] }) {
  const lt = useLeaveText();
  const ct = lt.calendar;
  const types = [...new Set(items.map((i) => i.type))];
  const tones = [...new Set(items.map((i) => statusTone(i.status)))];
  return (
    <div class="muted small att-leave-cal-legend" aria-hidden="true">
      <span>{ct.legendLabel}:</span>
      {tones.map((tone) => (
        <span key={tone} class="nowrap">
          <span class={`att-roster-swatch att-leave-${tone}`} /> {ct.legend[tone]}
        </span>
      ))}
      <span class="nowrap">
        <span class="att-roster-swatch" /> {ct.legend.weekend}
      </span>
      {types.map((ty) => (
        <span key={ty} class="nowrap">
          <strong>{lt.typeShort[ty]}</strong> {lt.types[ty]}
        </span>
      ))}
    </div>
  );
}

/** Each employee's leave of the month: type, dates and status, in words. */
function People({ rows }: { rows: CalendarRow<LeaveCalendarEntry>[] }) {
  const lt = useLeaveText();
  const dates = useRequestDates();
  return (
    <ul class="att-leave-people">
      {rows.map((r) => (
        <li key={r.employeeId}>
          <strong class="att-leave-person">{r.employeeName}</strong>
          <ul class="att-leave-entries">
            {r.entries.map((e) => (
              <li key={e.requestId}>
                <span>
                  {lt.types[e.type] ?? e.type} · <span class="nowrap">{dates(e)}</span>
                </span>{' '}
                <LeaveBadge tone={statusTone(e.status)}>{lt.statuses[e.status] ?? e.status}</LeaveBadge>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
