import { useState } from 'preact/hooks';
import { listTrainingShortfall } from '../../api/personnel';
import { AgencySelect, PagedTable } from '../../components/admin';
import { ErrorMessage } from '../../components/ui';
import { useFormat, useToday } from '../../lib/format';
import { usePaged } from '../../lib/hooks';
import { useAgencies } from '../../lib/lookups';
import { useRole } from '../../session';
import { Meter, TrainingHeader, useDevelopmentText, YearSelect } from './shared';

export default function ShortfallPage() {
  return <Shortfall />;
}

function Shortfall() {
  const ct = useDevelopmentText();
  const { tenantWide } = useRole();
  const thisYear = Number(useToday().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [agencyId, setAgencyId] = useState('');
  const { agencies, error } = useAgencies(tenantWide);
  return (
    <section>
      <TrainingHeader title={ct.titles.trainings} current="/trainings/shortfall" />
      <p>{ct.shortfall.intro}</p>
      {!tenantWide && <p class="alert alert-info">{ct.ownAgencyOnly}</p>}
      <ErrorMessage error={error} />
      <div class="toolbar">
        <YearSelect year={year} thisYear={thisYear} onChange={setYear} />
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
      <ShortfallTable key={`${year}:${agencyId}`} year={year} agencyId={agencyId || undefined} />
    </section>
  );
}

function ShortfallTable({ year, agencyId }: { year: number; agencyId?: string }) {
  const ct = useDevelopmentText();
  const sf = ct.shortfall;
  const fmt = useFormat();
  const list = usePaged((cursor) => listTrainingShortfall({ year, agencyId, cursor, limit: 25 }));
  return (
    <PagedTable
      list={list}
      caption={sf.listCaption(year)}
      columns={[ct.employee, ct.agency, sf.progress, sf.remaining]}
      row={(r) => (
        <tr key={r.employeeId}>
          <td>
            {r.name}
            <div class="muted small mono">{r.nip}</div>
          </td>
          <td>{r.agencyName}</td>
          <td>
            <Meter
              value={r.jp}
              max={r.target}
              text={ct.myTraining.progressText(fmt.dec1(r.jp), fmt.int(r.target))}
            />
          </td>
          <td class="num">{ct.jpUnit(fmt.dec1(r.remaining))}</td>
        </tr>
      )}
    />
  );
}
