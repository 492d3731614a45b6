import {
  addYears,
  ageOn,
  buildDashboard,
  type EmploymentType,
  orderByMerit,
  type PersonnelDashboard,
  PREDIKAT_YEARS,
  type PromotionRow,
  promotionEligibility,
  RANK_CODES,
  type Rank,
  type RetirementRow,
  rankOrder,
  type StatsItem,
} from '@pamong/core';
import * as keys from '../../keys';
import type { Page, Store } from '../../store';
import { annualPredikatsOf } from '../performance/follow-up';
import { getPerformanceSettings } from '../performance/settings';

/** The employee summary copied onto the rank-TMT and retirement index items. */
interface SummaryItem {
  employeeId: string;
  name: string;
  nip: string;
  employmentType: EmploymentType;
  agencyId: string;
  agencyName: string;
  unitId: string;
  positionId?: string;
  positionName?: string;
  rank?: Rank;
  grade?: RetirementRow['grade'];
  highestEducation: string | null;
  birthDate: string;
  retirementDate: string;
  tmtRank?: string;
}

const agencyFilter = (agencyId: string | undefined) =>
  agencyId ? { expression: 'agencyId = :agency', values: { ':agency': agencyId } } : undefined;

const position = (i: SummaryItem) =>
  i.positionId ? { positionId: i.positionId, positionName: i.positionName ?? '' } : {};

/**
 * PNS with at least 4 years in rank on asOf: ONE Query of the rank-TMT partition up to
 * `<asOf − 4 years>#~` (sort keys are `<tmtRank>#<employeeId>`, and `~` sorts after every id),
 * with the agency and "not already IV/e" as a FilterExpression, so a page may come back short;
 * beside it the performance settings; then the page's annual predikats of the PREDIKAT_YEARS
 * years before asOf's (`annualPredikatsOf`: 1-2 BatchGetItem per 50 rows). Rows are merit-ordered
 * within the page.
 */
export async function listPromotionEligible(
  store: Store,
  tenantId: string,
  q: { asOf: string; agencyId?: string; cursor?: string; limit: number },
): Promise<Page<PromotionRow>> {
  const cutoff = addYears(q.asOf, -4);
  const agency = agencyFilter(q.agencyId);
  const top = rankOrder(RANK_CODES[RANK_CODES.length - 1]!);
  const [page, settings] = await Promise.all([
    store.query<SummaryItem & { tmtRank: string }>({
      tenantId,
      queryId: `promotions:${q.asOf}:${q.agencyId ?? '*'}`,
      pk: keys.rankTmtPartition(tenantId),
      skBetween: keys.rankTmtUpTo(cutoff),
      limit: q.limit,
      cursor: q.cursor,
      filter: {
        expression: [agency?.expression, 'rankOrder < :top'].filter(Boolean).join(' AND '),
        values: { ...agency?.values, ':top': top },
      },
    }),
    getPerformanceSettings(store, tenantId),
  ]);
  const asOfYear = Number(q.asOf.slice(0, 4));
  const predikats = await annualPredikatsOf(
    store,
    tenantId,
    page.items.map((i) => i.employeeId),
    Array.from({ length: PREDIKAT_YEARS }, (_, k) => asOfYear - PREDIKAT_YEARS + k),
    settings,
  );
  const rows = page.items.map((i): PromotionRow => {
    const { id: _id, ...e } = promotionEligibility(
      {
        id: i.employeeId,
        employmentType: i.employmentType,
        rank: i.rank,
        tmtRank: i.tmtRank,
        predikats: predikats.get(i.employeeId) ?? [],
      },
      q.asOf,
    );
    return {
      employeeId: i.employeeId,
      name: i.name,
      nip: i.nip,
      agencyId: i.agencyId,
      agencyName: i.agencyName,
      unitId: i.unitId,
      ...position(i),
      rank: i.rank!,
      tmtRank: i.tmtRank,
      highestEducation: i.highestEducation ?? null,
      ...e,
    };
  });
  const ordered = orderByMerit(rows.map((r) => ({ ...r, id: r.employeeId })));
  return { items: ordered.map(({ id: _id, ...r }) => r), nextCursor: page.nextCursor };
}

export interface RetirementPage extends Page<RetirementRow> {
  countsByAgency: { agencyId: string; agencyName: string; count: number }[];
}

/** ONE Query per page of the retirements partition from `from` to `to` (both inclusive). */
export async function listUpcomingRetirements(
  store: Store,
  tenantId: string,
  q: { from: string; to: string; agencyId?: string; cursor?: string; limit: number },
): Promise<RetirementPage> {
  const page = await store.query<SummaryItem>({
    tenantId,
    queryId: `retirements:${q.from}:${q.to}:${q.agencyId ?? '*'}`,
    pk: keys.retirementsPartition(tenantId),
    skBetween: keys.retirementRange(q.from, q.to),
    limit: q.limit,
    cursor: q.cursor,
    filter: agencyFilter(q.agencyId),
  });
  const items = page.items.map(
    (i): RetirementRow => ({
      employeeId: i.employeeId,
      name: i.name,
      nip: i.nip,
      employmentType: i.employmentType,
      agencyId: i.agencyId,
      agencyName: i.agencyName,
      unitId: i.unitId,
      ...position(i),
      ...(i.rank ? { rank: i.rank } : {}),
      ...(i.grade ? { grade: i.grade } : {}),
      birthDate: i.birthDate,
      retirementDate: i.retirementDate,
      bup: ageOn(i.birthDate, i.retirementDate),
    }),
  );
  const counts = new Map<string, { agencyId: string; agencyName: string; count: number }>();
  for (const r of items) {
    const c = counts.get(r.agencyId) ?? { agencyId: r.agencyId, agencyName: r.agencyName, count: 0 };
    c.count += 1;
    counts.set(r.agencyId, c);
  }
  return {
    items,
    countsByAgency: [...counts.values()].sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'id')),
    nextCursor: page.nextCursor,
  };
}

/**
 * Every item of a small partition. One Query in practice: a partition of one item per agency fits
 * one 1 MB page; the loop only runs again if DynamoDB cuts the page at 1 MB.
 */
async function wholePartition<T>(store: Store, tenantId: string, queryId: string, pk: string): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.query<T>({ tenantId, queryId, pk, limit: 1000, cursor });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

/**
 * The dashboard: one Query of the stats partition (one item per agency) and one of the agencies
 * partition for the names. Employees are never read.
 */
export async function getDashboard(
  store: Store,
  tenantId: string,
  q: { asOf: string; agencyId?: string },
): Promise<PersonnelDashboard> {
  const [stats, agencies] = await Promise.all([
    wholePartition<StatsItem>(store, tenantId, 'employee-stats', keys.employeeStatsPartition(tenantId)),
    wholePartition<{ id: string; name: string }>(
      store,
      tenantId,
      'agencies',
      keys.agenciesPartition(tenantId),
    ),
  ]);
  return buildDashboard(
    stats,
    agencies.map((a) => ({ id: a.id, name: a.name })),
    q,
  );
}
