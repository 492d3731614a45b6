import type { Role } from '@pamong/core';
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { AttendanceRequest } from '../../api/attendance';
import { useI18n } from '../../i18n';
import { useFormat } from '../../lib/format';
import { dateRangeText, daysInclusive, deciderName, mapLink, statusClass } from './requests';
import { useAttendanceText, useDayLong } from './shared';

/**
 * The pieces the requests page and the approvals page share: a request's dates in words, and one
 * request as a card.
 */

/**
 * A request's dates as the reader writes them: one day with its weekday ("Senin, 7 Desember 2026"),
 * a range with its shared parts once ("7–9 Desember 2026").
 */
export function useRequestDates(): (r: Pick<AttendanceRequest, 'startDate' | 'endDate'>) => string {
  const { locale } = useFormat();
  const dayLong = useDayLong();
  return (r) =>
    r.startDate === r.endDate ? dayLong(r.startDate) : dateRangeText(locale, r.startDate, r.endDate);
}

/**
 * One request as a card: who asked (in the approvals list), what, when, under which letter and
 * where or why, when it was sent, and who decided it when and why; `children` are its actions.
 */
export function RequestCard({
  request: r,
  showEmployee = false,
  children,
}: {
  request: AttendanceRequest;
  showEmployee?: boolean;
  children?: ComponentChildren;
}) {
  const { t, formatDateTime } = useI18n();
  const rt = useAttendanceText().requests;
  const it = rt.item;
  const fmt = useFormat();
  const dates = useRequestDates();
  const titleId = useId();
  const kind = rt.kinds[r.kind];
  const duty = r.kind === 'offsite-duty';
  const days = daysInclusive(r.startDate, r.endDate);
  const decider = r.decidedBy;
  return (
    <article class={`card att-req att-req-card-${r.status.toLowerCase()}`} aria-labelledby={titleId}>
      <div class="att-req-head">
        <h3 id={titleId}>{showEmployee ? r.employeeName : kind}</h3>
        <span class={statusClass(r.status)}>{rt.statuses[r.status]}</span>
      </div>
      {showEmployee && <p class="att-req-kind">{kind}</p>}
      <p class="att-req-dates">
        <strong>{dates(r)}</strong>
        {duty && <span class="muted nowrap"> · {it.days(fmt.int(days))}</span>}
      </p>
      <dl class="att-req-facts">
        {duty ? (
          <>
            <div>
              <dt>{it.letter}</dt>
              <dd>{r.letterNumber ?? '–'}</dd>
            </div>
            <div>
              <dt>{it.place}</dt>
              <dd>
                {r.place ?? '–'}
                <span class="muted small att-req-point">
                  {r.lat !== null && r.lon !== null ? (
                    <>
                      {it.point} <span class="nowrap">{r.lat.toFixed(6)},</span>{' '}
                      <span class="nowrap">{r.lon.toFixed(6)}</span> ·{' '}
                      <a href={mapLink({ lat: r.lat, lon: r.lon })} target="_blank" rel="noopener noreferrer">
                        {it.map}
                      </a>
                    </>
                  ) : (
                    it.noPoint
                  )}
                </span>
              </dd>
            </div>
          </>
        ) : (
          <div>
            <dt>{it.reason}</dt>
            <dd>{r.reason ?? '–'}</dd>
          </div>
        )}
      </dl>
      <p class="muted small att-req-sent">{it.submitted(formatDateTime(r.createdAt))}</p>
      {r.status === 'PENDING' ? (
        !children && <p class="small att-req-waiting">{it.waiting}</p>
      ) : (
        <div class="att-req-decision">
          <p class="small">
            {it.decided[r.status](
              deciderName(decider?.name, it.unnamed),
              decider ? (t.roles[decider.role as Role] ?? decider.role) : '–',
              r.decidedAt ? formatDateTime(r.decidedAt) : '–',
            )}
          </p>
          {r.decisionNote && (
            <p class="small">
              {it.note}: <q>{r.decisionNote}</q>
            </p>
          )}
        </div>
      )}
      {children}
    </article>
  );
}
