import { useState } from 'preact/hooks';
import { Forbidden, PagedTable } from '../../components/admin';
import { ErrorMessage, InputField, SelectField } from '../../components/ui';
import { usePaged } from '../../lib/hooks';
import { canOpen } from '../../nav';
import { useMe } from '../../session';
import { listPromotionEligible, type PromotionRow } from './api';
import { CareersHeader, useAgencies, useCareersRole, useCareersText, useFormat, useToday } from './shared';

export default function PromotionsPage() {
  const me = useMe();
  if (!canOpen(me.user.role, '/careers/promotions')) return <Forbidden />;
  return <Promotions />;
}

const PAGE_SIZE = 25;

function Promotions() {
  const ct = useCareersText();
  const { tenantAdmin } = useCareersRole();
  const today = useToday();
  const [asOf, setAsOf] = useState(today);
  const [agencyId, setAgencyId] = useState('');
  const { agencies, error } = useAgencies(tenantAdmin);
  return (
    <section>
      <CareersHeader title={ct.titles.careers} section="careers" current="/careers/promotions" />
      <p>{ct.promotions.intro}</p>
      {!tenantAdmin && <p class="alert alert-info">{ct.ownAgencyOnly}</p>}
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
            {r.name}
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
