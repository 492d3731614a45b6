/**
 * A mentorship's check-in notes, newest first, loaded when its row is opened and grown page by
 * page with "load more" (a mentorship may run for years of monthly notes).
 */

import { type CheckIn, listMentoringCheckIns, type Mentorship } from '../../api/personnel';
import { ErrorMessage } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useFormat } from '../../lib/format';
import { useLoadMore } from '../../lib/hooks';
import { useDevelopmentText } from './shared';

const PAGE = 10;

export function CheckInList({ m }: { m: Mentorship }) {
  const { t } = useI18n();
  const cm = useDevelopmentText().mentoring;
  const fmt = useFormat();
  // The row is keyed by the mentorship, so a new one starts a new list.
  const list = useLoadMore((cursor) => listMentoringCheckIns(m.id, { cursor, limit: PAGE }));
  const { items, loading, error } = list;

  const by = (c: CheckIn) =>
    c.by.role === 'tenant-admin' || c.by.role === 'agency-admin' ? t.roles[c.by.role] : cm.theMentor;

  return (
    <section class="stack" aria-label={cm.checkInsTitle(m.menteeName)} aria-busy={loading}>
      <h3 class="cr-checkins-title">{cm.checkInsTitle(m.menteeName)}</h3>
      <ErrorMessage error={error} />
      {!loading && !error && items.length === 0 && <p class="muted">{cm.noCheckIns}</p>}
      {items.length > 0 && (
        <ol class="cr-checkins">
          {items.map((c) => (
            <li key={c.id}>
              <time dateTime={c.date}>
                <strong>{fmt.date(c.date)}</strong>
              </time>{' '}
              <span class="muted small">{cm.recordedBy(by(c))}</span>
              <p class="cr-checkin-note">{c.note}</p>
            </li>
          ))}
        </ol>
      )}
      {loading && items.length === 0 && <p class="muted">{t.common.loading}</p>}
      {list.hasMore && (
        <p class="load-more">
          <button
            type="button"
            class="btn btn-small"
            disabled={loading}
            aria-busy={loading}
            onClick={list.more}
          >
            {loading ? t.common.loading : cm.loadMore}
          </button>
        </p>
      )}
    </section>
  );
}
