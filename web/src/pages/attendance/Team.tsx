import { listTeamAttendanceToday, type TeamStatus, type TeamToday } from '../../api/attendance';
import { ErrorMessage, Loading } from '../../components/ui';
import { useFormat } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import {
  AttendanceHeader,
  flagsText,
  useAttendanceText,
  useClock,
  useDayLong,
  useDuration,
  zoneName,
} from './shared';

/**
 * "Tim hari ini" (issue 13 §5): a supervisor's own unit today. How many are in, late, not yet in,
 * absent, away or off, as one bar; then everyone with their planned hours and punches.
 */
export default function TeamPage() {
  const at = useAttendanceText();
  const tt = at.team;
  const team = useAsync(listTeamAttendanceToday, []);
  return (
    <section class="att-team">
      <AttendanceHeader title={tt.title} current="/attendance/team" />
      <ErrorMessage error={team.error} overrides={{ forbidden: tt.forbidden, 'not-found': tt.noUnit }} />
      {!team.data ? (
        !team.error && <Loading />
      ) : (
        <Today team={team.data} loading={team.loading} onReload={() => void team.reload()} />
      )}
    </section>
  );
}

/** The statuses in the order the bar and the legend show them: who needs a look first. */
export const TEAM_ORDER: readonly TeamStatus[] = [
  'on-time',
  'late',
  'not-yet',
  'absent',
  'duty',
  'leave',
  'off',
];

function Today({ team, loading, onReload }: { team: TeamToday; loading: boolean; onReload: () => void }) {
  const at = useAttendanceText();
  const tt = at.team;
  const fmt = useFormat();
  const clock = useClock();
  const dayLong = useDayLong();
  const duration = useDuration();
  const total = team.items.length;
  const count = (s: TeamStatus) => team.counts[s] ?? 0;
  const present = count('on-time') + count('late');
  const columns = [tt.name, tt.statusCol, tt.planned, tt.in, tt.out, tt.late, tt.flags];
  return (
    <>
      <div class="att-team-head">
        <p>
          <strong>{team.unit.name}</strong>
          <br />
          <span class="muted">
            {dayLong(team.date)} · {zoneName(at, team.timeZone)}
          </span>
        </p>
        <button type="button" class="btn btn-small" onClick={onReload} disabled={loading}>
          {tt.reload}
        </button>
      </div>
      <section class="card" aria-labelledby="att-team-counts">
        <h2 id="att-team-counts">{tt.present(fmt.int(present), fmt.int(total))}</h2>
        {total > 0 && (
          <div class="att-stack" aria-hidden="true">
            {TEAM_ORDER.filter((s) => count(s) > 0).map((s) => (
              <span
                key={s}
                class={`att-stack-part att-team-${s}`}
                style={{ flexGrow: count(s) }}
                title={`${tt.status[s]}: ${fmt.int(count(s))}`}
              />
            ))}
          </div>
        )}
        <ul class="att-legend att-team-legend">
          {TEAM_ORDER.map((s) => (
            <li key={s}>
              <span class={`att-swatch att-team-${s}`} aria-hidden="true" />
              {tt.status[s]} <strong>{fmt.int(count(s))}</strong>
            </li>
          ))}
        </ul>
      </section>
      <div class="card">
        <div class="table-wrap">
          <table class="att-team-table att-stacked">
            <caption>{tt.caption(team.unit.name)}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody aria-busy={loading}>
              {team.items.map((m) => (
                <tr key={m.employeeId}>
                  <th scope="row" class="att-cell-name">
                    {m.name}
                  </th>
                  <td data-label={tt.statusCol} class="att-cell-status">
                    <span class={`badge att-badge att-team-${m.status}`}>{tt.status[m.status]}</span>
                  </td>
                  <td data-label={tt.planned} class="nowrap">
                    {m.planned ? `${clock(m.planned.start)}–${clock(m.planned.end)}` : '–'}
                  </td>
                  <td data-label={tt.in} class="nowrap">
                    {clock(m.firstIn)}
                  </td>
                  <td data-label={tt.out} class="nowrap">
                    {clock(m.lastOut)}
                  </td>
                  <td data-label={tt.late} class={m.lateMinutes ? undefined : 'att-cell-empty'}>
                    {m.lateMinutes ? duration(m.lateMinutes) : '–'}
                  </td>
                  <td
                    data-label={tt.flags}
                    class={m.flags.length > 0 ? 'att-cell-flags' : 'att-cell-flags att-cell-empty'}
                  >
                    {m.flags.length > 0 ? flagsText(at, m.flags) : '–'}
                  </td>
                </tr>
              ))}
              {team.items.length === 0 && (
                <tr>
                  <td colSpan={columns.length} class="muted">
                    {tt.empty}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </div>
    </>
  );
}
