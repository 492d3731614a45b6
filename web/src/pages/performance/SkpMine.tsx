import { useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ui';
import { useAsync } from '../../lib/hooks';
import { canOpen } from '../../routes';
import { useMe } from '../../session';
import { MyUnitIkm } from './ikm-parts';
import { createSkp, getSkp, listSkps, type PerformanceSettings } from './skp-api';
import { performanceYearAt, skpRefusal, yearPeriod } from './skp-model';
import {
  NotLinked,
  SkpError,
  usePerformanceSettings,
  usePeriodText,
  useSkpText,
  useYear,
  YearSwitch,
} from './skp-parts';
import { SkpView } from './skp-view';
import { PerformanceHeader } from './tabs';

/**
 * "SKP saya" (issue 14 §1, §6): the reader's own SKP of a year (this year by default, a year switch
 * to the others), or a button that creates it; then the plan, the realisation, the feedback and the
 * history (./skp-view), and "IKM unit Anda" when a survey unit serves the SKP's unit (issue 14 §5).
 * For accounts linked to an employee; the others are told so.
 */
export default function SkpMinePage() {
  const st = useSkpText();
  const { employeeId, role } = useMe().user;
  const linked = Boolean(employeeId);
  return (
    <section class="perf-page">
      <PerformanceHeader title={st.mine.title} current="/performance/skp" />
      {linked ? (
        <>
          <p class="muted perf-intro">{st.mine.intro}</p>
          <Mine />
        </>
      ) : (
        <NotLinked>
          {st.notLinked.mine}
          {canOpen(role, '/performance/settings') && (
            <>
              {' '}
              <a href="/performance/settings">{st.notLinked.settings}</a>
            </>
          )}
        </NotLinked>
      )}
    </section>
  );
}

function Mine() {
  const { settings } = usePerformanceSettings();
  return settings ? <MineOfYear settings={settings} /> : <Loading />;
}

function MineOfYear({ settings }: { settings: PerformanceSettings }) {
  const { year, thisYear, setYear } = useYear(settings.yearStartMonth);
  // One's SKPs of every year (one a year, newest first): the year's is picked from them.
  const mine = useAsync(() => listSkps({ scope: 'mine', limit: 50 }), []);
  const found = mine.data?.items.find(
    (s) => performanceYearAt(s.period.start, settings.yearStartMonth) === year,
  );
  return (
    <>
      <div class="perf-toolbar">
        <YearSwitch year={year} max={thisYear + 1} onChange={setYear} />
      </div>
      <ErrorMessage error={mine.error} />
      {!mine.data ? (
        !mine.error && <Loading />
      ) : found ? (
        <MineSkp key={found.id} skpId={found.id} settings={settings} />
      ) : (
        <CreateSkp
          year={year}
          canCreate={year >= thisYear}
          settings={settings}
          onCreated={() => void mine.reload()}
        />
      )}
    </>
  );
}

function MineSkp({ skpId, settings }: { skpId: string; settings: PerformanceSettings }) {
  const detail = useAsync(() => getSkp(skpId), [skpId]);
  const periodText = usePeriodText(settings.yearStartMonth);
  if (!detail.data) return detail.error ? <ErrorMessage error={detail.error} /> : <Loading />;
  const d = detail.data;
  return (
    <>
      <ErrorMessage error={detail.error} />
      <SkpView
        detail={d}
        settings={settings}
        reload={detail.reload}
        mine
        extra={
          <MyUnitIkm
            unitId={d.unitId}
            agencyId={d.agencyId}
            unitName={d.unitName}
            period={d.period}
            periodName={periodText(d.period)}
          />
        }
      />
    </>
  );
}

/** No SKP for the year: this year's and next year's can be created here, earlier ones only said. */
function CreateSkp({
  year,
  canCreate,
  settings,
  onCreated,
}: {
  year: number;
  canCreate: boolean;
  settings: PerformanceSettings;
  onCreated: () => void;
}) {
  const mt = useSkpText().mine;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      await createSkp({ period: yearPeriod(year, settings.yearStartMonth) });
      onCreated();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  // Without an appraiser in the org structure, asking again would only be refused again.
  const noAppraiser = error instanceof ApiError && skpRefusal(error.detail) === 'no-appraiser';
  if (!canCreate)
    return (
      <div class="card perf-empty">
        <p>{mt.pastNone(year)}</p>
      </div>
    );
  return (
    <div class="card perf-empty">
      <p class="perf-empty-title">{mt.none(year)}</p>
      <p class="muted">{mt.noneHint}</p>
      <SkpError error={error} />
      {!noAppraiser && (
        <div class="actions">
          <button
            type="button"
            class="btn btn-primary"
            disabled={busy}
            aria-busy={busy}
            onClick={() => void create()}
          >
            {busy ? mt.creating : mt.create(year)}
          </button>
        </div>
      )}
    </div>
  );
}
