import {
  AppError,
  addYears,
  jpProgress,
  type PersonnelSummary,
  RANK_CODES,
  rankOrder,
  TILE_COUNT_CAP,
  type TileCount,
} from '@pamong/core';
import * as keys from '../../keys';
import type { QuerySpec, Store } from '../../store';
import { getStoredEmployee } from './employees';
import { listImportJobs, publicJob } from './imports';
import { listOwnMentorships } from './mentoring';
import { vacantPositionsQuery } from './occupancy';
import { jpTotalOf } from './trainings';

/**
 * The home page's numbers. Every count is a Select COUNT query, so no item is read and the cost
 * does not grow with the list; a count over a filtered range evaluates up to FILTERED_CAP items
 * and is a lower bound (`atLeast`) beyond that.
 */
const FILTERED_CAP = 5 * TILE_COUNT_CAP;

type Filter = NonNullable<QuerySpec['filter']>;

/** A linked record that no longer exists leaves the "me" part out; any other failure (a 503) stands. */
const missingAsNull = (err: unknown) => {
  if (err instanceof AppError && err.status === 404) return null;
  throw err;
};

/** `a = :a AND b = :b` over the attributes given, aliased (several are reserved words). */
function equalities(attrs: Record<string, string | undefined>, extra?: Filter): Filter | undefined {
  const names: Record<string, string> = { ...extra?.names };
  const values: Record<string, unknown> = { ...extra?.values };
  const parts = extra ? [extra.expression] : [];
  for (const [attr, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    names[`#f_${attr}`] = attr;
    values[`:f_${attr}`] = value;
    parts.push(`#f_${attr} = :f_${attr}`);
  }
  return parts.length ? { expression: parts.join(' AND '), names, values } : undefined;
}

/** Who is in a scope: an agency and optionally one of its units. */
interface Scope {
  agencyId?: string;
  unitId?: string;
}

function promotionDue(store: Store, tenantId: string, asOf: string, scope: Scope): Promise<TileCount> {
  const top = rankOrder(RANK_CODES[RANK_CODES.length - 1]!);
  return store.count(
    {
      tenantId,
      pk: keys.rankTmtPartition(tenantId),
      skBetween: keys.rankTmtUpTo(addYears(asOf, -4)),
      filter: equalities(
        { agencyId: scope.agencyId, unitId: scope.unitId },
        { expression: 'rankOrder < :top', values: { ':top': top } },
      ),
    },
    FILTERED_CAP,
  );
}

function retiringWithinAYear(store: Store, tenantId: string, asOf: string, scope: Scope): Promise<TileCount> {
  return store.count(
    {
      tenantId,
      pk: keys.retirementsPartition(tenantId),
      skBetween: keys.retirementRange(asOf, addYears(asOf, 1)),
      filter: equalities({ agencyId: scope.agencyId, unitId: scope.unitId }),
    },
    FILTERED_CAP,
  );
}

async function adminSummary(
  store: Store,
  tenantId: string,
  agencyId: string | null,
  asOf: string,
  now: Date,
): Promise<NonNullable<PersonnelSummary['admin']>> {
  const scope = { agencyId: agencyId ?? undefined };
  const [correctionsPending, vacantPositions, due, retiring, jobs] = await Promise.all([
    store.count(
      {
        tenantId,
        ...(agencyId
          ? { index: 'gsi1' as const, pk: keys.correctionsByAgency(tenantId, agencyId).gsi1pk }
          : { index: 'gsi2' as const, pk: keys.correctionsByTenant(tenantId).gsi2pk }),
        skBeginsWith: keys.correctionStatusPrefix('pending'),
      },
      TILE_COUNT_CAP,
    ),
    store.count({ tenantId, ...vacantPositionsQuery(tenantId, agencyId ?? undefined) }, TILE_COUNT_CAP),
    promotionDue(store, tenantId, asOf, scope),
    retiringWithinAYear(store, tenantId, asOf, scope),
    listImportJobs(store, tenantId, { limit: 20, agencyId: agencyId ?? undefined }),
  ]);
  const statuses = jobs.items.map((j) => publicJob(j, now).status);
  const howMany = (s: string) => statuses.filter((x) => x === s).length;
  return {
    agencyId,
    correctionsPending,
    vacantPositions,
    promotionDue: due,
    retiringWithin12Months: retiring,
    imports: { running: howMany('running'), interrupted: howMany('interrupted'), failed: howMany('failed') },
  };
}

/** Mentorships the employee mentors and that still run: the mentor profile keeps the count. */
async function activeMenteesOf(store: Store, tenantId: string, employeeId: string): Promise<number> {
  const mentor = await store.get<{ activeMentees?: number }>(keys.mentor(tenantId, employeeId));
  return Math.max(0, mentor?.activeMentees ?? 0);
}

/**
 * The parts of the home page that personnel answers, for one caller. Reads: for an admin, 4
 * Select COUNT queries (more only past a 1 MB page) and one Query of the import jobs; for anyone
 * linked to an employee, the employee, the unit, the year's JP total and their mentorships; for a
 * supervisor, 3 more counts and the mentor profile.
 */
export async function personnelSummary(
  store: Store,
  caller: { tenantId: string; role: string; agencyId: string | null; employeeId: string | null },
  asOf: string,
  now: Date,
): Promise<PersonnelSummary> {
  const { tenantId } = caller;
  const isAdmin = caller.role === 'tenant-admin' || (caller.role === 'agency-admin' && !!caller.agencyId);
  const [admin, employee] = await Promise.all([
    isAdmin
      ? adminSummary(store, tenantId, caller.role === 'tenant-admin' ? null : caller.agencyId, asOf, now)
      : Promise.resolve(null),
    caller.employeeId
      ? getStoredEmployee(store, tenantId, caller.employeeId).catch(missingAsNull)
      : Promise.resolve(null),
  ]);
  if (!employee) return { asOf, admin, team: null, me: null };

  const year = Number(asOf.slice(0, 4));
  const isSupervisor = caller.role === 'supervisor' && employee.agencyId === caller.agencyId;
  const teamScope = { agencyId: employee.agencyId, unitId: employee.unitId };
  const [unit, jp, mentorships, team] = await Promise.all([
    store.get<{ name?: string }>(keys.unit(tenantId, employee.agencyId, employee.unitId)),
    jpTotalOf(store, tenantId, year, employee.id),
    listOwnMentorships(store, tenantId, employee.id, { limit: 20 }),
    isSupervisor
      ? Promise.all([
          store.count(
            {
              tenantId,
              index: 'gsi2',
              pk: keys.employeesByAgency(tenantId, employee.agencyId).gsi2pk,
              filter: equalities({ unitId: employee.unitId }),
            },
            FILTERED_CAP,
          ),
          retiringWithinAYear(store, tenantId, asOf, teamScope),
          promotionDue(store, tenantId, asOf, teamScope),
          activeMenteesOf(store, tenantId, employee.id),
        ])
      : Promise.resolve(null),
  ]);
  const asMentee = mentorships.items.find((m) => m.menteeEmployeeId === employee.id && m.status === 'active');
  return {
    asOf,
    admin,
    team: team
      ? {
          agencyId: employee.agencyId,
          unitId: employee.unitId,
          unitName: unit?.name ?? '',
          members: team[0],
          retiringWithin12Months: team[1],
          promotionDue: team[2],
          activeMentees: team[3],
        }
      : null,
    me: {
      employeeId: employee.id,
      name: employee.name,
      positionName: employee.positionName ?? null,
      unitName: unit?.name ?? null,
      agencyName: employee.agencyName,
      rank: employee.rank ?? null,
      grade: employee.grade ?? null,
      year,
      jp: jpProgress(jp),
      mentor: asMentee
        ? { mentorshipId: asMentee.id, mentorName: asMentee.mentorName, startDate: asMentee.startDate }
        : null,
    },
  };
}
