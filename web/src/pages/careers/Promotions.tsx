import { useState } from 'preact/hooks';
import { listPromotionEligible, type PromotionRow } from '../../api/personnel';
import { AgencySelect, PagedTable } from '../../components/admin';
import { ErrorMessage, InputField } from '../../components/ui';
import { useFormat, useToday } from '../../lib/format';
import { usePaged } from '../../lib/hooks';
import { useAgencies } from '../../lib/lookups';
import { useRole } from '../../session';
import { CareersHeader, useCareersText } from './shared';

export default function PromotionsPage() {
  return <Promotions />;
}

const PAGE_SIZE = 25;

function Promotions() {
  const ct = useCareersText();
  const { tenantWide } = useRole();
  const today = useToday();
  const [asOf, setAsOf] = useState(today);
  const [agencyId, setAgencyId] = useState('');
  const { agencies, error } = useAgencies(tenantWide);
  return (
    <section>
      <CareersHeader current="/careers/promotions" />
      <p>{ct.promotions.intro}</p>
      {!tenantWide && <p class="alert alert-info">{ct.ownAgencyOnly}</p>}
      <ErrorMessage error={error} />
      <div class="toolbar">
        <InputField
          label={ct.promotions.asOf}
          name="asOf"
          type="date"
          value={asOf}
          // An empty or half-typed date keeps the last valid one.
          onChange={(e) =>
            /^\d{4}-\d{2}-\d{2}$/.test(e.currentTarget.value) && setAsOf(e.currentTarget.value)
          }
        />
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
      <PromotionTable key={`${asOf}:${agencyId}`} asOf={asOf} agencyId={agencyId || undefined} />
    </section>
  );
}

function PromotionTable({ asOf, agencyId }: { asOf: string; agencyId?: string }) {
  const ct = useCareersText();
  const cp = ct.promotions;
  const fmt = useFormat();
  const list = usePaged((cursor) => listPromotionEligible({ asOf, agencyId, cursor, limit: PAGE_SIZE }));
  // The merit order runs across pages, so the number continues from the previous page.
  const offset = (list.pageNumber - 1) * PAGE_SIZE;
  const order = (row: PromotionRow) => offset + list.items.indexOf(row) + 1;
  return (
    <PagedTable
      list={list}
      caption={cp.listCaption(fmt.date(asOf))}
      columns={[cp.order, ct.employee, cp.rank, cp.yearsInRank, cp.performance, ct.agency]}
      row={(r) => (
        <tr key={r.employeeId}>
          <td class="num">{order(r)}</td>
          <td>
            <a href={`/personnel/employees/${encodeURIComponent(r.employeeId)}`}>{r.name}</a>
            <div class="muted small mono">{r.nip}</div>
            {r.positionName && <div class="muted small">{r.positionName}</div>}
          </td>
          <td class="nowrap">
            {r.nextRank ? cp.rankMove(r.rank, r.nextRank) : r.rank}
            <div>
              <span class={r.eligible ? 'badge badge-ok' : 'badge badge-muted'}>
                {r.eligible ? cp.eligible : cp.notEligible}
              </span>
            </div>
          </td>
          <td>
            {cp.yearsMonths(r.yearsInRank, r.monthsInRank - r.yearsInRank * 12)}
            {r.since && <div class="muted small">{cp.since(fmt.date(r.since))}</div>}
          </td>
          <td>
            {r.factors.performance === null ? (
              <em class="muted">{ct.noData}</em>
            ) : (
              <>
                {cp.merit(fmt.dec1(r.meritScore))}
                <ul class="cr-goals small">
                  {r.predikats.map((p) => (
                    <li key={p.year}>
                      {p.year}: {ct.predikats[p.predikat]}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </td>
          <td>{r.agencyName}</td>
        </tr>
      )}
    />
  );
}
