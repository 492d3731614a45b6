/**
 * A mentorship's check-in notes, newest first, loaded when its row is opened and grown page by
 * page with "load more" (a mentorship may run for years of monthly notes).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ErrorMessage } from '../../components/ui';
import { useI18n } from '../../i18n';
import { type CheckIn, listMentoringCheckIns, type Mentorship } from './api';
import { useCareersText, useFormat } from './shared';

const PAGE = 10;

export function CheckInList({ m }: { m: Mentorship }) {
  const { t } = useI18n();
  const cm = useCareersText().mentoring;
  const fmt = useFormat();
  const [items, setItems] = useState<CheckIn[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  // A closed row (unmounted) must not receive a late page.
  const live = useRef(true);

  const load = useCallback(
    async (from?: string) => {
      setLoading(true);
      setError(null);
      try {
        const page = await listMentoringCheckIns(m.id, { cursor: from, limit: PAGE });
        if (!live.current) return;
        setItems((old) => (from ? [...old, ...page.items] : page.items));
        setCursor(page.nextCursor);
      } catch (err) {
        if (live.current) setError(err);
      } finally {
        if (live.current) setLoading(false);
      }
    },
    [m.id],
  );

  useEffect(() => {
    live.current = true;
    void load();
    return () => {
      live.current = false;
    };
  }, [load]);

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
      {cursor && (
        <p class="load-more">
          <button
            type="button"
            class="btn btn-small"
            disabled={loading}
            aria-busy={loading}
            onClick={() => void load(cursor)}
          >
            {loading ? t.common.loading : cm.loadMore}
          </button>
        </p>
      )}
    </section>
  );
}
