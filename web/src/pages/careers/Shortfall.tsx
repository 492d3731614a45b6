import { useState } from 'preact/hooks';
import { Forbidden, PagedTable } from '../../components/admin';
import { ErrorMessage, SelectField } from '../../components/ui';
import { usePaged } from '../../lib/hooks';
import { canOpen } from '../../nav';
import { useMe } from '../../session';
import { listTrainingShortfall } from './api';
import {
  CareersHeader,
  Meter,
  useAgencies,
  useCareersRole,
  useCareersText,
  useFormat,
  useToday,
} from './shared';

export default function ShortfallPage() {
  const me = useMe();
  if (!canOpen(me.user.role, '/trainings/shortfall')) return <Forbidden />;
  return <Shortfall />;
}

function Shortfall() {
  const ct = useCareersText();
  const { tenantAdmin } = useCareersRole();
  const thisYear = Number(useToday().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [agencyId, setAgencyId] = useState('');
  const { agencies, error } = useAgencies(tenantAdmin);
  return (
    <section>
      <CareersHeader title={ct.titles.trainings} section="trainings" current="/trainings/shortfall" />
      <p>{ct.shortfall.intro}</p>
      {!tenantAdmin && <p class="alert alert-info">{ct.ownAgencyOnly}</p>}
      <ErrorMessage error={error} />
      <div class="toolbar">
        <SelectField
          label={ct.year}
          name="year"
          value={String(year)}
          onChange={(e) => setYear(Number(e.currentTarget.value))}
        >
          {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </SelectField>
        {tenantAdmin && (
          <SelectField
            label={ct.agency}
            name="agency"
            value={agencyId}
            onChange={(e) => setAgencyId(e.currentTarget.value)}
          >
            <option value="">{ct.allAgencies}</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <ShortfallTable key={`${year}:${agencyId}`} year={year} agencyId={agencyId || undefined} />
    </section>
  );
}

function ShortfallTable({ year, agencyId }: { year: number; agencyId?: string }) {
  const ct = useCareersText();
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
