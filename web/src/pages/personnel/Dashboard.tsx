import { useState } from 'preact/hooks';
import { getPersonnelDashboard, type PersonnelDashboard } from '../../api/personnel';
import { AgencySelect } from '../../components/admin';
import { type BarDatum, HorizontalBarChart } from '../../components/charts';
import { ErrorMessage, Loading } from '../../components/ui';
import { PersonnelHeader, usePersonnelText } from './shared';
import './personnel.css';
import { type Format, useFormat } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import { useAgencies } from '../../lib/lookups';
import { useRole } from '../../session';

export default function DashboardPage() {
  return <Dashboard />;
}

function Dashboard() {
  const pt = usePersonnelText();
  const d = pt.dashboard;
  const fmt = useFormat();
  const { tenantWide } = useRole();
  const { agencies, error: agenciesError } = useAgencies();
  const [agencyId, setAgencyId] = useState('');
  const dash = useAsync(() => getPersonnelDashboard({ agencyId: agencyId || undefined }), [agencyId]);
  const data = dash.data;
  return (
    <section>
      <PersonnelHeader title={d.title} current="/personnel/dashboard" />
      <ErrorMessage error={agenciesError} />
      {tenantWide && (
        <div class="card toolbar">
          <AgencySelect
            label={d.agency}
            allLabel={d.allAgencies}
            agencies={agencies}
            value={agencyId}
            onChange={setAgencyId}
          />
        </div>
      )}
      <ErrorMessage error={dash.error} />
      {!data && dash.loading && <Loading />}
      {data && <Panels data={data} fmt={fmt} busy={dash.loading} />}
    </section>
  );
}

function Panels({ data, fmt, busy }: { data: PersonnelDashboard; fmt: Format; busy: boolean }) {
  const pt = usePersonnelText();
  const d = pt.dashboard;
  const golongan: BarDatum[] = [
    ...data.byRank.filter((r) => r.count > 0).map((r) => ({ label: r.rank, value: r.count })),
    ...data.byGrade.filter((g) => g.count > 0).map((g) => ({ label: `PPPK ${g.grade}`, value: g.count })),
  ];
  return (
    <div aria-busy={busy} class="stack">
      <div class="card summary-card">
        <dl class="facts">
          <div>
            <dt>{d.total}</dt>
            <dd class="ikm-value">{fmt.int(data.total)}</dd>
          </div>
          {data.byEmploymentType.map((t) => (
            <div key={t.employmentType}>
              <dt>{pt.employmentTypes[t.employmentType] ?? t.employmentType}</dt>
              <dd>{fmt.int(t.count)}</dd>
            </div>
          ))}
        </dl>
      </div>
      <Panel
        id="dash-agency"
        title={d.byAgency}
        fmt={fmt}
        data={data.byAgency.map((a) => ({ label: a.agencyName, value: a.total }))}
      />
      <Panel id="dash-rank" title={d.byRank} fmt={fmt} data={golongan} />
      <Panel
        id="dash-education"
        title={d.byEducation}
        fmt={fmt}
        data={data.byEducation.map((e) => ({
          label: e.level === 'NONE' ? d.noEducation : e.level,
          value: e.count,
        }))}
      />
      <Panel
        id="dash-gender"
        title={d.byGender}
        fmt={fmt}
        data={data.byGender.map((g) => ({ label: pt.genders[g.gender] ?? g.gender, value: g.count }))}
      />
      <Panel
        id="dash-age"
        title={d.byAgeBand}
        fmt={fmt}
        data={data.byAgeBand.map((a) => ({ label: a.band, value: a.count }))}
      />
      <Panel
        id="dash-retire"
        title={d.retirements}
        fmt={fmt}
        data={data.retirementsByYear.map((r) => ({ label: String(r.year), value: r.count }))}
      />
    </div>
  );
}

/** One breakdown: the chart for the eye and, beside it, the same numbers as a table for everyone. */
function Panel({ id, title, data, fmt }: { id: string; title: string; data: BarDatum[]; fmt: Format }) {
  const pt = usePersonnelText();
  const d = pt.dashboard;
  const summary = data.map((x) => `${x.label} ${fmt.int(x.value ?? 0)}`).join(', ');
  return (
    <section class="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {data.length === 0 ? (
        <p class="muted">{d.noData}</p>
      ) : (
        <div class="dash-panel">
          <HorizontalBarChart
            data={data}
            locale={fmt.locale}
            min={0}
            label={d.chartLabel(title, summary)}
            integer
            format={(v) => fmt.int(v)}
          />
          <div class="table-wrap">
            <table>
              <caption class="sr-only">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{d.category}</th>
                  <th scope="col" class="num">
                    {d.count}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.map((x) => (
                  <tr key={x.label}>
                    <th scope="row">{x.label}</th>
                    <td class="num">{fmt.int(x.value ?? 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
