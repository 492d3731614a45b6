import { directSuperiorOf, type OrgLeader, type PositionType } from '@pamong/core';
import * as keys from '../../keys';
import type { Store } from '../../store';
import { type AgencyOrgView, agencyOrgOf } from '../attendance/leave-org';
import { asStoredEmployee, type StoredEmployee } from '../personnel/employee-writes';
import { queryAll } from '../surveys/responses';

/**
 * The org structure as performance management reads it (issue 14): who appraises whom. The
 * appraiser (pejabat penilai kinerja) is the direct superior, the same rule leave approval uses
 * (`directSuperiorOf`: the leader of one's unit, a higher leader for a leader, else up the tree, a
 * root unit's head reporting to the agency head). The agency's leaders and units are read once per
 * container and kept 30 s (`agencyOrgOf`).
 */

export interface AppraisalChain {
  org: AgencyOrgView;
  appraiser: OrgLeader | null;
  appraiserSuperior: OrgLeader | null;
}

export async function appraisalChainOf(
  store: Store,
  tenantId: string,
  employee: { id: string; agencyId: string; unitId: string; positionType?: PositionType | null },
): Promise<AppraisalChain> {
  const org = await agencyOrgOf(store, tenantId, employee.agencyId);
  const appraiser = directSuperiorOf(employee, org);
  const up = appraiser
    ? directSuperiorOf(
        { id: appraiser.employeeId, unitId: appraiser.unitId, positionType: appraiser.positionType },
        org,
      )
    : null;
  const appraiserSuperior = up && up.employeeId !== employee.id ? up : null;
  return { org, appraiser, appraiserSuperior };
}

/** The active employees of an agency whose direct superior is `leaderId`, in name order. */
export async function directSubordinatesOf(
  store: Store,
  tenantId: string,
  agencyId: string,
  leaderId: string,
): Promise<StoredEmployee[]> {
  const [org, items] = await Promise.all([
    agencyOrgOf(store, tenantId, agencyId),
    queryAll(store, {
      index: 'gsi2',
      pk: keys.employeesByAgency(tenantId, agencyId).gsi2pk,
      filter: { expression: '#st = :aktif', names: { '#st': 'status' }, values: { ':aktif': 'AKTIF' } },
    }),
  ]);
  return items
    .map((i) => asStoredEmployee(i as Record<string, unknown>))
    .filter((e) => e.id !== leaderId && directSuperiorOf(e, org)?.employeeId === leaderId)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
