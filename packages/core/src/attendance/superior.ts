import type { PositionType } from '../personnel/vocabulary';

/**
 * The direct superior (atasan langsung) of an employee, from the org structure as it is when someone
 * acts (issue 13 §4: the approver is never frozen into a request).
 *
 * A unit is led by the holders of its managerial positions (jabatan pimpinan tinggi, administrator,
 * pengawas), the higher type first. An employee's direct superior is the leader of their own unit;
 * a leader's is a higher-ranked leader of the same unit, else the leader of the parent unit, and so
 * up the tree. The agency head sits in a unit with nothing above it (the Sekretariat in the demo
 * tree), so the head of a root unit reports to the agency's highest-ranked leader. The agency head
 * has no superior inside the agency: their request goes straight to the PYBMC.
 */

/** Managerial position types, highest first (UU 5/2014 art. 19; PP 11/2017 art. 54). */
export const MANAGERIAL_POSITION_TYPES: readonly PositionType[] = [
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
];

export const isManagerial = (type: PositionType | null | undefined): boolean =>
  !!type && MANAGERIAL_POSITION_TYPES.includes(type);

/** Lower is higher: JPT Utama 0 … Pengawas 4; anything else ranks below every leader. */
const rankOf = (type: PositionType | null | undefined): number => {
  const i = type ? MANAGERIAL_POSITION_TYPES.indexOf(type) : -1;
  return i < 0 ? MANAGERIAL_POSITION_TYPES.length : i;
};

export interface OrgLeader {
  employeeId: string;
  name: string;
  unitId: string;
  positionType: PositionType;
}

export interface AgencyOrg {
  /** The holders of managerial positions in the agency, active employees only. */
  leaders: readonly OrgLeader[];
  /** Each unit's parent (null for a root unit). */
  parentOf: ReadonlyMap<string, string | null>;
}

const best = (xs: readonly OrgLeader[]): OrgLeader | null =>
  [...xs].sort((a, b) => rankOf(a.positionType) - rankOf(b.positionType) || (a.name < b.name ? -1 : 1))[0] ??
  null;

/** The highest-ranked leader of the agency: its head (kepala perangkat daerah). */
export function agencyHeadOf(org: AgencyOrg): OrgLeader | null {
  return best(org.leaders);
}

/** The direct superior of an employee, or null when there is none inside the agency. */
export function directSuperiorOf(
  employee: { id: string; unitId: string; positionType?: PositionType | null },
  org: AgencyOrg,
): OrgLeader | null {
  const ownRank = isManagerial(employee.positionType) ? rankOf(employee.positionType) : Infinity;
  const seen = new Set<string>();
  let unitId: string | null = employee.unitId;
  let first = true;
  while (unitId && !seen.has(unitId)) {
    seen.add(unitId);
    const here = org.leaders.filter(
      (l) =>
        l.unitId === unitId &&
        l.employeeId !== employee.id &&
        // In one's own unit only a higher leader is above; in the units above, any leader is.
        (!first || rankOf(l.positionType) < ownRank),
    );
    const found = best(here);
    if (found) return found;
    unitId = org.parentOf.get(unitId) ?? null;
    first = false;
  }
  // No leader on the way up: the agency head, unless that is the employee or ranks no higher.
  const head = agencyHeadOf(org);
  if (!head || head.employeeId === employee.id || rankOf(head.positionType) >= ownRank) return null;
  return head;
}
