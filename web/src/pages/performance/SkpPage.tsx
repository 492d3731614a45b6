import { useRoute } from 'preact-iso';
import { ErrorMessage, Loading } from '../../components/ui';
import { useAsync } from '../../lib/hooks';
import { useMe } from '../../session';
import { getSkp } from './skp-api';
import { usePerformanceSettings, useSkpText } from './skp-parts';
import { isNotFound, SkpView } from './skp-view';
import { PerformanceHeader } from './tabs';

/**
 * One SKP by its link (issue 14 §1): for the appraiser, who approves or returns it, records
 * realisation and adds feedback notes; for the appraiser's superior and admins, who read it; and
 * for its owner, the same as "SKP saya". What each reader may do comes from the API's `can` flags.
 */
export default function SkpPage() {
  const st = useSkpText();
  const skpId = useRoute().params.skpId!;
  const me = useMe().user;
  const { settings } = usePerformanceSettings();
  const detail = useAsync(() => getSkp(skpId), [skpId]);
  const d = detail.data?.id === skpId ? detail.data : null;
  const own = !!d && d.employeeId === me.employeeId;
  const appraiser = !!d && d.appraiser.id === me.employeeId;
  return (
    <section class="perf-page">
      <PerformanceHeader
        title={d ? (own ? st.mine.title : st.view.title(d.employeeName)) : st.title}
        current={own ? '/performance/skp' : appraiser ? '/performance/team' : undefined}
      >
        {appraiser && (
          <p class="back-link">
            <a href="/performance/team">{st.view.back}</a>
          </p>
        )}
      </PerformanceHeader>
      <ErrorMessage
        error={detail.error}
        overrides={
          isNotFound(detail.error) ? { 'not-found': st.view.notFound, forbidden: st.view.notFound } : {}
        }
      />
      {d && settings ? (
        <SkpView detail={d} settings={settings} reload={detail.reload} mine={own} />
      ) : (
        !detail.error && <Loading />
      )}
    </section>
  );
}
