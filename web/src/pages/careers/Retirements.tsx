import { useState } from 'preact/hooks';
import { listUpcomingRetirements, type RetirementRow } from '../../api/personnel';
// Chart.js comes with this page's lazy chunk only, as on the survey reports.
import { AgencySelect } from '../../components/admin';
import { HorizontalBarChart } from '../../components/charts';
import { ErrorMessage, Loading } from '../../components/ui';
import { useFormat } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import { useAgencies } from '../../lib/lookups';
import { useRole } from '../../session';
import { CareersHeader, useCareersText } from './shared';

export default function RetirementsPage() {
  return <Retirements />;
}

type Months = 12 | 24;
const MAX_PAGES = 20;

interface Loaded {
  rows: RetirementRow[];
  counts: { agencyId: string; agencyName: string; count: number }[];
  truncated: boolean;
}

/**
 * Every page of the range: the API counts per agency only within a page, so the counts of the
 * whole range are the sum over the pages read (a few hundred people at most in a region).
 */
async function loadAll(months: Months, agencyId?: string): Promise<Loaded> {
  const rows: RetirementRow[] = [];
  const counts = new Map<string, { agencyId: string; agencyName: string; count: number }>();
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await listUpcomingRetirements({ months: `${months}`, agencyId, cursor, limit: 100 });
    rows.push(...page.items);
    for (const c of page.countsByAgency) {
      const prev = counts.get(c.agencyId);
      counts.set(c.agencyId, { ...c, count: (prev?.count ?? 0) + c.count });
    }
    if (!page.nextCursor) return { rows, counts: [...counts.values()], truncated: false };
    cursor = page.nextCursor;
  }
  return { rows, counts: [...counts.values()], truncated: true };
}

function Retirements() {
  const ct = useCareersText();
  const cr = ct.retirements;
  const fmt = useFormat();
  const { tenantWide } = useRole();
  const [months, setMonths] = useState<Months>(12);
  const [agencyId, setAgencyId] = useState('');
  const { agencies, error: agenciesError } = useAgencies(tenantWide);
  const data = useAsync(() => loadAll(months, agencyId || undefined), [months, agencyId]);
  const counts = [...(data.data?.counts ?? [])].sort(
    (a, b) => b.count - a.count || a.agencyName.localeCompare(b.agencyName),
  );
  const total = counts.reduce((s, c) => s + c.count, 0);
  const rows = data.data?.rows ?? [];

  return (
    <section>
      <CareersHeader current="/careers/retirements" />
      <p>{cr.intro}</p>
      {!tenantWide && <p class="alert alert-info">{ct.ownAgencyOnly}</p>}
      <ErrorMessage error={agenciesError ?? data.error} />
      <div class="toolbar">
        <fieldset class="segmented">
          <legend class="sr-only">{cr.window}</legend>
          {([12, 24] as const).map((m) => (
            <button
              key={m}
              type="button"
              class="btn btn-small"
              aria-pressed={months === m}
              onClick={() => setMonths(m)}
            >
              {cr.months(m)}
            </button>
          ))}
        </fieldset>
        {tenantWide && (
          <AgencySelect
            label={ct.agency}
            allLabel={ct.allAgencies}
            name="agency"
            agencies={agencies}
            value={agencyId}
            onChange={setAgencyId}
          />
        )}
      </div>
      {data.loading && !data.data && <Loading />}
      {data.data && (
        <>
          <div class="card">
            <h2>{cr.perAgency}</h2>
            {counts.length > 0 && (
              <HorizontalBarChart
                data={counts.map((c) => ({ label: c.agencyName, value: c.count }))}
                label={cr.chartLabel(months, total)}
                locale={fmt.locale}
                min={0}
                integer
                format={(n) => fmt.int(n)}
              />
            )}
            <div class="table-wrap">
              <table class="demo-table">
                <thead>
                  <tr>
                    <th scope="col">{ct.agency}</th>
                    <th scope="col" class="num">
                      {cr.count}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {counts.map((c) => (
                    <tr key={c.agencyId}>
                      <th scope="row">{c.agencyName}</th>
                      <td class="num">{fmt.int(c.count)}</td>
                    </tr>
                  ))}
                  {counts.length === 0 && (
                    <tr>
                      <td colSpan={2} class="muted">
                        {ct.none}
                      </td>
                    </tr>
                  )}
                </tbody>
              </table>
            </div>
          </div>
          <div class="card">
            {data.data.truncated && <p class="alert alert-warn">{cr.truncated(rows.length)}</p>}
            <div class="table-wrap">
              <table>
                <caption>{cr.listCaption(months)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{cr.date}</th>
                    <th scope="col">{ct.employee}</th>
                    <th scope="col">{cr.position}</th>
                    <th scope="col">{ct.agency}</th>
                    <th scope="col" class="num">
                      {cr.bup}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.employeeId}>
                      <td class="nowrap">{fmt.date(r.retirementDate)}</td>
                      <td>
                        <a href={`/personnel/employees/${encodeURIComponent(r.employeeId)}`}>{r.name}</a>
                        <div class="muted small mono">{r.nip}</div>
                      </td>
                      <td>{r.positionName ?? ct.none}</td>
                      <td>{r.agencyName}</td>
                      <td class="num">{cr.bupYears(r.bup)}</td>
                    </tr>
                  ))}
                  {rows.length === 0 && (
                    <tr>
                      <td colSpan={5} class="muted">
                        {ct.none}
                      </td>
                    </tr>
                  )}
                </tbody>
              </table>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
