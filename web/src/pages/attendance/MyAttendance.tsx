import { useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { type AttendanceDay, getMyAttendance, type MyAttendance } from '../../api/attendance';
import { ErrorMessage, Loading } from '../../components/ui';
import { useFormat, useToday } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import { useMe } from '../../session';
import { addMonths, type DayTone, dayTone, monthWeeks, orderedBands } from './calendar';
import {
  type AttendanceDictionary,
  AttendanceHeader,
  flagsText,
  NotLinked,
  useAttendanceText,
  useBandLabel,
  useClock,
  useDayLong,
  useDuration,
  zoneName,
} from './shared';

/**
 * "Kehadiran saya" (issue 13 §5): a month of one's own attendance as a calendar, Monday first, each
 * day coloured by how it went and with its times; the month's counts, TL and PSW by band, and the
 * deduction they add up to.
 */
export default function MyAttendancePage() {
  const at = useAttendanceText();
  const linked = Boolean(useMe().user.employeeId);
  return (
    <section class="att-month">
      <AttendanceHeader title={at.me.title} current="/attendance/me" />
      {linked ? <Month /> : <NotLinked />}
    </section>
  );
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month shown, kept in the URL (`?month=2026-11`); by default this month in the tenant's zone. */
function useMonth() {
  const { path, query, route } = useLocation();
  const thisMonth = useToday().slice(0, 7);
  const month = query.month && MONTH.test(query.month) ? query.month : thisMonth;
  const setMonth = (next: string) => route(next === thisMonth ? path : `${path}?month=${next}`, true);
  return { month, thisMonth, setMonth };
}

function Month() {
  const at = useAttendanceText();
  const mt = at.me;
  const fmt = useFormat();
  const { month, thisMonth, setMonth } = useMonth();
  // The answer carries its month: while the next one loads, the last is not shown under its name.
  const view = useAsync(async () => ({ month, data: await getMyAttendance(month) }), [month]);
  const data = view.data?.month === month ? view.data.data : null;

  return (
    <>
      <nav class="att-month-switch" aria-label={mt.switchLabel}>
        <button
          type="button"
          class="btn btn-small"
          aria-label={mt.prevLabel(fmt.month(addMonths(month, -1)))}
          onClick={() => setMonth(addMonths(month, -1))}
        >
          ‹ <span class="att-switch-word">{mt.prev}</span>
        </button>
        <h2 aria-live="polite">{fmt.month(month)}</h2>
        <button
          type="button"
          class="btn btn-small"
          aria-label={mt.nextLabel(fmt.month(addMonths(month, 1)))}
          disabled={month >= thisMonth}
          onClick={() => setMonth(addMonths(month, 1))}
        >
          <span class="att-switch-word">{mt.next}</span> ›
        </button>
      </nav>
      <ErrorMessage error={view.error} overrides={{ forbidden: at.notLinked.body }} />
      {!data ? (
        !view.error && <Loading />
      ) : (
        <>
          <p class="muted att-month-meta">
            {mt.schedule(data.schedule.name)} · {mt.zone(zoneName(at, data.timeZone))}
          </p>
          <MonthGrid data={data} />
          <Legend />
          <Summary data={data} />
          <BandChart data={data} />
          <DayNotes days={data.days} />
        </>
      )}
    </>
  );
}

/** The day's letter code, as attendance sheets write it (H, TL, PSW, TK, L, C, DL). */
function dayCode(mt: AttendanceDictionary['me'], day: AttendanceDay, tone: DayTone): string {
  switch (tone) {
    case 'on-time':
      return mt.codes.present;
    case 'short':
      return day.lateMinutes || day.lateBand ? mt.codes.late : mt.codes.early;
    case 'absent':
      return mt.codes.absent;
    case 'holiday':
    case 'off':
      return mt.codes.off;
    case 'away':
      return day.status === 'leave' ? mt.codes.leave : mt.codes.duty;
    case 'pending':
      return '';
  }
}

/** What a day says in a few words, and in full for a screen reader. */
function useDayText() {
  const at = useAttendanceText();
  const mt = at.me;
  const fmt = useFormat();
  const clock = useClock();
  const today = useToday();
  return (day: AttendanceDay) => {
    const tone = dayTone(day);
    const short: string[] = [];
    if (day.lateMinutes) short.push(mt.tl(fmt.int(day.lateMinutes)));
    else if (day.lateBand === 'no-record') short.push(mt.noIn);
    if (day.earlyMinutes) short.push(mt.psw(fmt.int(day.earlyMinutes)));
    else if (day.earlyBand === 'no-record') short.push(mt.noOut);
    let label: string;
    switch (tone) {
      case 'on-time':
        label = mt.status.present;
        break;
      case 'short':
        label = short.join(' · ');
        break;
      case 'absent':
        label = mt.status.absent;
        break;
      case 'holiday':
        label = day.holiday?.name ?? mt.status.off;
        break;
      case 'off':
        label = mt.status.off;
        break;
      case 'away':
        label = day.status === 'leave' ? mt.status.leave : mt.status.duty;
        break;
      case 'pending':
        label = day.date === today ? (day.firstIn ? mt.status.working : mt.status.notYet) : '';
        break;
    }
    // The punches as times: in, then out (… while the day is still open).
    const times =
      day.firstIn || day.lastOut
        ? { in: clock(day.firstIn), out: day.lastOut ? clock(day.lastOut) : '…' }
        : null;
    const full = [
      label,
      day.firstIn ? mt.inAt(clock(day.firstIn)) : '',
      day.lastOut ? mt.outAt(clock(day.lastOut)) : '',
      day.flags.length > 0 ? flagsText(at, day.flags) : '',
    ]
      .filter(Boolean)
      .join(', ');
    return { tone, label, times, full, code: dayCode(mt, day, tone) };
  };
}

function MonthGrid({ data }: { data: MyAttendance }) {
  const at = useAttendanceText();
  const fmt = useFormat();
  const today = useToday();
  const dayLong = useDayLong();
  const dayText = useDayText();
  const byDate = useMemo(() => new Map(data.days.map((d) => [d.date, d])), [data.days]);
  const weeks = useMemo(() => monthWeeks(data.month), [data.month]);
  return (
    <div class="card att-cal-card">
      <table class="att-cal">
        <caption class="sr-only">{at.me.caption(fmt.month(data.month))}</caption>
        <thead>
          <tr>
            {at.weekdaysShort.map((d, i) => (
              <th key={d} scope="col" abbr={at.weekdays[i]}>
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find(Boolean)}>
              {week.map((date, i) => {
                const day = date ? byDate.get(date) : undefined;
                if (!date || !day) return <td key={date ?? `blank-${i}`} class="att-day att-day-blank" />;
                const text = dayText(day);
                const cls = `att-day att-tone-${text.tone}${date === today ? ' att-day-today' : ''}`;
                return (
                  <td key={date} data-date={date} class={cls} title={text.full || undefined}>
                    <span class="att-day-num" aria-hidden="true">
                      {Number(date.slice(8))}
                    </span>
                    {text.label && (
                      <span class="att-day-label" aria-hidden="true">
                        {text.label}
                      </span>
                    )}
                    {text.code && (
                      <span class="att-day-code" aria-hidden="true">
                        {text.code}
                      </span>
                    )}
                    {text.times && (
                      <span class="att-day-times" aria-hidden="true">
                        <span>{text.times.in}</span>
                        <span class="att-day-out">{text.times.out}</span>
                      </span>
                    )}
                    <span class="sr-only">
                      {dayLong(date)}
                      {text.full ? `: ${text.full}` : ''}
                    </span>
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

const LEGEND: readonly DayTone[] = ['on-time', 'short', 'absent', 'holiday', 'away', 'pending'];

function Legend() {
  const mt = useAttendanceText().me;
  return (
    <ul class="att-legend" aria-label={mt.legendLabel}>
      {LEGEND.map((tone) => (
        <li key={tone}>
          <span class={`att-swatch att-tone-${tone}`} aria-hidden="true">
            {mt.legendCodes[tone]}
          </span>
          {mt.legend[tone]}
        </li>
      ))}
    </ul>
  );
}

function Summary({ data }: { data: MyAttendance }) {
  const mt = useAttendanceText().me;
  const fmt = useFormat();
  const duration = useDuration();
  const s = data.summary;
  const leave = Object.values(s.leaveDays).reduce((a, b) => a + b, 0);
  const side = (x: { count: number; minutes: number }) => ({
    value: mt.summary.times(fmt.int(x.count)),
    sub: x.minutes > 0 ? mt.summary.total(duration(x.minutes)) : undefined,
    cls: x.count > 0 ? 'att-fact-warn' : undefined,
  });
  const facts: { label: string; value: string; sub?: string; cls?: string }[] = [
    { label: mt.summary.workingDays, value: fmt.int(s.workingDays) },
    { label: mt.summary.present, value: fmt.int(s.presentDays) },
    {
      label: mt.summary.absent,
      value: fmt.int(s.absentDays),
      cls: s.absentDays > 0 ? 'att-fact-bad' : undefined,
    },
    { label: mt.summary.pending, value: fmt.int(s.pendingDays) },
    { label: mt.summary.duty, value: fmt.int(s.dutyDays) },
    { label: mt.summary.leave, value: fmt.int(leave) },
    { label: mt.summary.late, ...side(s.late) },
    { label: mt.summary.early, ...side(s.early) },
    {
      label: mt.summary.deduction,
      value: fmt.pct1(s.deductionPercent / 100),
      cls: s.deductionPercent > 0 ? 'att-fact-bad' : undefined,
    },
  ];
  return (
    <section class="card att-summary" aria-labelledby="att-summary-title">
      <h2 id="att-summary-title">{mt.summary.title}</h2>
      <dl class="att-facts">
        {facts.map((f) => (
          <div key={f.label} class={f.cls}>
            <dt>{f.label}</dt>
            <dd>
              {f.value}
              {f.sub && <span class="att-fact-sub">{f.sub}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <p class="muted small">{mt.summary.deductionHint}</p>
    </section>
  );
}

/** Days of TL and PSW by band, as bars (a table underneath, so it reads without the picture). */
function BandChart({ data }: { data: MyAttendance }) {
  const mt = useAttendanceText().me;
  const fmt = useFormat();
  const bandLabel = useBandLabel();
  const { late, early } = data.summary;
  const bands = orderedBands(late.bands, early.bands);
  const max = Math.max(1, ...bands.map((b) => Math.max(late.bands[b] ?? 0, early.bands[b] ?? 0)));
  const none = bands.every((b) => !late.bands[b] && !early.bands[b]);
  const bar = (n: number, side: 'tl' | 'psw') => (
    <span class="att-bar-cell">
      <span class={`att-bar att-bar-${side}`} style={{ width: `${(n / max) * 100}%` }} />
      <span class="att-bar-value">{fmt.int(n)}</span>
    </span>
  );
  return (
    <section class="card att-bands-card" aria-labelledby="att-bands-title">
      <h2 id="att-bands-title">{mt.bands.title}</h2>
      {none ? (
        <p class="muted">{mt.bands.empty}</p>
      ) : (
        <table class="att-bands">
          <caption class="sr-only">{mt.bands.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{mt.bands.band}</th>
              <th scope="col">
                <span class="att-swatch-line att-bar-tl" aria-hidden="true" />
                {mt.bands.tl}
              </th>
              <th scope="col">
                <span class="att-swatch-line att-bar-psw" aria-hidden="true" />
                {mt.bands.psw}
              </th>
            </tr>
          </thead>
          <tbody>
            {bands.map((b) => (
              <tr key={b}>
                <th scope="row" class="att-cell-name">
                  {bandLabel(b)}
                </th>
                <td>{bar(late.bands[b] ?? 0, 'tl')}</td>
                <td>{bar(early.bands[b] ?? 0, 'psw')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The days worth a word, in full: late, early, absent, holidays, flagged punches. */
function DayNotes({ days }: { days: AttendanceDay[] }) {
  const mt = useAttendanceText().me;
  const dayLong = useDayLong();
  const dayText = useDayText();
  const notable = days
    .map((d) => ({ day: d, text: dayText(d) }))
    .filter(
      ({ day, text }) => ['short', 'absent', 'holiday', 'away'].includes(text.tone) || day.flags.length > 0,
    );
  if (notable.length === 0) return null;
  return (
    <section class="card att-notes" aria-labelledby="att-notes-title">
      <h2 id="att-notes-title">{mt.notes}</h2>
      <ul>
        {notable.map(({ day, text }) => (
          <li key={day.date}>
            <span class={`att-swatch att-tone-${text.tone}`} aria-hidden="true">
              {text.code}
            </span>
            <span>
              <time dateTime={day.date} class="att-note-date">
                {dayLong(day.date)}
              </time>{' '}
              — {text.full}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
