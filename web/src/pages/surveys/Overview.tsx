import { useState } from 'preact/hooks';
import { getSurveyOverview, type SurveyOverview } from '../../api/client';
import { AgencySelect } from '../../components/admin';
import { HorizontalBarChart } from '../../components/charts';
import { ErrorMessage, Loading } from '../../components/ui';
import { useFormat } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import { useAgencies } from '../../lib/lookups';
import { useMe, useRole } from '../../session';
import { GradeBadge, periodLabel, ScopePicker, SurveyHeader, useReportScope, useSurveyText } from './shared';

export default function SurveyOverviewPage() {
  return <Overview />;
}

type Row = SurveyOverview['units'][number];

/** Competition ranking (1, 2, 2, 4) by IKM; units without responses have no rank. */
function ranks(units: Row[]): (number | null)[] {
  let rank = 0;
  let previous: number | null = null;
  return units.map((u, i) => {
    if (u.ikm === null) return null;
    if (u.ikm !== previous) rank = i + 1;
    previous = u.ikm;
    return rank;
  });
}

/** The chart shows every unit with an IKM when they fit, else the five best and the five weakest. */
const CHART_ALL_UP_TO = 10;
const CHART_EACH_END = 5;

function Overview() {
  const st = useSurveyText();
  const fmt = useFormat();
  const me = useMe();
  const { tenantWide } = useRole();
  const [scope, setScope] = useReportScope();
  const [agencyId, setAgencyId] = useState('');
  const { agencies, error: agenciesError } = useAgencies(tenantWide);
  const overview = useAsync(
    () => getSurveyOverview({ ...scope, agencyId: agencyId || undefined }),
    [scope.period, scope.verifiedOnly, agencyId],
  );
  const slug = me.tenant?.slug;
  const data = overview.data;
  const rated = data?.units.filter((u) => u.ikm !== null) ?? [];
  const charted =
    rated.length <= CHART_ALL_UP_TO
      ? rated
      : [...rated.slice(0, CHART_EACH_END), ...rated.slice(-CHART_EACH_END)];
  const weakFrom = rated.length <= CHART_ALL_UP_TO ? rated.length : CHART_EACH_END;
  const best = rated[0];
  const worst = rated[rated.length - 1];
  const rankOf = data ? ranks(data.units) : [];

  return (
    <section>
      <SurveyHeader current="/surveys/overview">
        {slug && (
          <p class="public-links">
            <span class="muted">{st.overview.publicLinks}:</span>{' '}
            <a href={`/ikm/${slug}`} target="_blank" rel="noopener">
              {st.overview.transparency} ↗
            </a>{' '}
            ·{' '}
            <a href={`/survei/${slug}`} target="_blank" rel="noopener">
              {st.overview.publicList} ↗
            </a>
          </p>
        )}
      </SurveyHeader>
      <ErrorMessage error={agenciesError} />
      <div class="card toolbar overview-toolbar">
        <ScopePicker scope={scope} onChange={setScope} />
        {tenantWide && (
          <AgencySelect
            label={st.overview.filterAgency}
            allLabel={st.overview.allAgencies}
            agencies={agencies}
            value={agencyId}
            onChange={setAgencyId}
          />
        )}
      </div>
      <ErrorMessage error={overview.error} />
      {!data && overview.loading && <Loading />}
      {data && (
        <div aria-busy={overview.loading}>
          <div class="card summary-card">
            <h2>
              {agencyId || !tenantWide ? st.overview.totalAgency : st.overview.total} ·{' '}
              {periodLabel(st, fmt, data.period)}
            </h2>
            <div class="summary-grid">
              <div class="ikm-figure">
                <span class="ikm-label">{st.report.ikm}</span>
                <span class="ikm-value">{fmt.ikm(data.total.ikm)}</span>
                <GradeBadge grade={data.total.grade} large />
              </div>
              <dl class="facts summary-facts">
                <div>
                  <dt>{st.overview.respondents}</dt>
                  <dd>{fmt.int(data.total.respondents)}</dd>
                </div>
                <div>
                  <dt>{st.tabs.units}</dt>
                  <dd>{fmt.int(data.units.length)}</dd>
                </div>
              </dl>
            </div>
          </div>

          <div class="card">
            <h2>{rated.length <= CHART_ALL_UP_TO ? st.overview.chartAll : st.overview.chartTitle}</h2>
            {best && worst ? (
              <HorizontalBarChart
                locale={fmt.locale}
                label={st.overview.chart(
                  `${best.name} ${fmt.ikm(best.ikm)}`,
                  `${worst.name} ${fmt.ikm(worst.ikm)}`,
                )}
                min={25}
                max={100}
                format={(v) => fmt.ikm(v)}
                data={charted.map((u, i) => ({
                  label: u.name,
                  value: u.ikm,
                  highlight: rated.length > CHART_ALL_UP_TO && i >= weakFrom,
                }))}
              />
            ) : (
              <p class="muted">{st.overview.chartEmpty}</p>
            )}
          </div>

          <div class="card">
            <div class="table-wrap">
              <table>
                <caption>{st.overview.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col" class="num">
                      {st.overview.rank}
                    </th>
                    <th scope="col">{st.overview.unit}</th>
                    <th scope="col">{st.overview.agency}</th>
                    <th scope="col" class="num">
                      {st.overview.respondents}
                    </th>
                    <th scope="col" class="num">
                      {st.report.ikm}
                    </th>
                    <th scope="col">{st.overview.grade}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.units.map((u, i) => (
                    <tr key={u.unitId}>
                      <td class="num">{rankOf[i] ?? st.none}</td>
                      <td>
                        <a
                          href={`/surveys/units/${u.unitId}?period=${encodeURIComponent(data.period)}${scope.verifiedOnly ? '&verified=1' : ''}`}
                        >
                          {u.name}
                        </a>
                        {u.status === 'closed' && (
                          <span class="badge badge-muted">{st.unitStatus.closed}</span>
                        )}
                      </td>
                      <td>{u.agencyName}</td>
                      <td class="num">{fmt.int(u.respondents)}</td>
                      <td class="num">{fmt.ikm(u.ikm)}</td>
                      <td>
                        <GradeBadge grade={u.grade} />
                      </td>
                    </tr>
                  ))}
                  {data.units.length === 0 && (
                    <tr>
                      <td colSpan={6} class="muted">
                        {st.overview.noUnits}
                      </td>
                    </tr>
                  )}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
