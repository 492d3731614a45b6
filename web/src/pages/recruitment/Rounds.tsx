/**
 * `/recruitment`: the tenant's selection rounds (CPNS/PPPK), and for the tenant admin a new round
 * and the applicants' registration limit.
 */

import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { PagedTable } from '../../components/admin';
import { useFormat } from '../../lib/format';
import { usePaged } from '../../lib/hooks';
import { useMe, useRole } from '../../session';
import { listRecruitmentRounds } from './recruitment-api';
import { RoundFormCard } from './round-form';
import { RegistrationLimitCard } from './settings-card';
import { RecruitmentHeader, RoundStateBadge, useLocalTime, useRecruitmentText } from './shared';

const PAGE_SIZE = 25;

export default function RoundsPage() {
  const t = useRecruitmentText();
  const { tenantWide } = useRole();
  const me = useMe();
  const { route } = useLocation();
  const [creating, setCreating] = useState(false);
  return (
    <section>
      <RecruitmentHeader>
        {tenantWide && !creating && (
          <div class="actions">
            <button type="button" class="btn btn-primary" onClick={() => setCreating(true)}>
              {t.list.create}
            </button>
          </div>
        )}
      </RecruitmentHeader>
      <p>{t.intro}</p>
      {!tenantWide && <p class="alert alert-info">{t.agencyAdminNote}</p>}
      {tenantWide && creating && (
        <RoundFormCard
          timeZone={me.tenant?.timeZone ?? 'Asia/Jakarta'}
          onCancel={() => setCreating(false)}
          onSaved={(round) => route(`/recruitment/${encodeURIComponent(round.id)}?created=1`)}
        />
      )}
      <RoundTable />
      {tenantWide && <RegistrationLimitCard />}
    </section>
  );
}

function RoundTable() {
  const t = useRecruitmentText();
  const l = t.list;
  const fmt = useFormat();
  const time = useLocalTime();
  const list = usePaged((cursor) => listRecruitmentRounds({ cursor, limit: PAGE_SIZE }));
  return (
    <PagedTable
      list={list}
      caption={l.caption}
      columns={[l.name, l.window, l.status, l.formasi]}
      row={(r) => (
        <tr key={r.id}>
          <td>
            <a href={`/recruitment/${encodeURIComponent(r.id)}`}>{r.name}</a>
            <div class="muted small">
              {t.kinds[r.kind]} {r.year}
            </div>
          </td>
          <td>{t.window(time(r.registrationOpensAt), time(r.registrationClosesAt))}</td>
          <td>
            <RoundStateBadge round={r} />
          </td>
          <td class="nowrap">
            {l.formasiCount(fmt.int(r.formationCount))}
            <div class="muted small">{l.openingsCount(fmt.int(r.openings))}</div>
          </td>
        </tr>
      )}
    />
  );
}
