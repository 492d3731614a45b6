import {
  type Claims,
  type CounterVariant,
  computeIkm,
  type Ikm,
  krejcieMorgan,
  monthIn,
  monthsBetween,
  notFound,
  type Period,
  parsePeriod,
  periodOfMonth,
  previousPeriod,
  readScope,
  type SurveyUnit,
  type Tenant,
  tallyCounters,
  validationError,
  weakestElements,
} from '@pamong/core';
import * as keys from '../../keys';
import type { Store } from '../../store';
import { asSurveyUnit, assertUnitInScope } from './common';
import { listAllSurveyUnits, queryAll } from './responses';

/**
 * Every IKM the product shows, for a unit, an agency or the tenant, is `computeIkm` over
 * `tallyCounters` of the month counters of the period: the same code at every level.
 */
type Item = Record<string, unknown>;
type Key = { pk: string; sk: string };

const variantOf = (verifiedOnly: boolean): CounterVariant => (verifiedOnly ? 'ver' : 'all');
const sameKey = (i: Item, k: Key) => i.pk === k.pk && i.sk === k.sk;

export function periodOf(id: string, path = 'period'): Period {
  const p = parsePeriod(id);
  if (!p) throw validationError([{ path, message: 'must be a period of the years 2000 to 2999' }]);
  return p;
}

/** The IKM of a set of counter items (any level, any number of months). */
export function ikmOf(period: string, counters: readonly Item[], variant: CounterVariant): Ikm {
  const tally = tallyCounters(counters, variant);
  return { period, ...computeIkm(tally.respondents, tally.elements) };
}

/** 404 unless this staff member (null: nobody signed in) may read the unit's results. */
export function assertMayReadUnit(unit: SurveyUnit, claims: Pick<Claims, 'role' | 'agencyId'> | null): void {
  const scope = claims && readScope(claims);
  if (!scope) throw notFound('Survey unit');
  assertUnitInScope(unit, scope);
}

/** The unit and the given other keys in one BatchGetItem; 404 when the unit is not there. */
async function unitWith(
  store: Store,
  tenantId: string,
  unitId: string,
  others: Key[],
): Promise<{ unit: SurveyUnit; items: Item[] }> {
  const unitKey = keys.surveyUnit(tenantId, unitId);
  const items = await store.batchGet<Item>([unitKey, ...others]);
  const unitItem = items.find((i) => sameKey(i, unitKey));
  if (!unitItem) throw notFound('Survey unit');
  return { unit: asSurveyUnit(unitItem), items: items.filter((i) => i !== unitItem) };
}

const unitCounterKeys = (tenantId: string, unitId: string, months: readonly string[]) =>
  months.map((m) => keys.ikmUnitCounter(tenantId, m, unitId));

/** A unit's IKM for a period: one BatchGetItem of the unit and its month counters (≤ 13 keys). */
export async function getUnitIkm(
  store: Store,
  tenantId: string,
  unitId: string,
  query: { period: string; verifiedOnly: boolean },
) {
  const period = periodOf(query.period);
  const { unit, items } = await unitWith(
    store,
    tenantId,
    unitId,
    unitCounterKeys(tenantId, unitId, period.months),
  );
  return { unit, ikm: { unitId, ...ikmOf(period.id, items, variantOf(query.verifiedOnly)) } };
}

/** An agency's IKM: one BatchGetItem of the agency (404 if unknown) and its month counters. */
export async function getAgencyIkm(
  store: Store,
  tenantId: string,
  agencyId: string,
  query: { period: string; verifiedOnly: boolean },
  scope: { agencyId: string | null },
) {
  if (scope.agencyId && scope.agencyId !== agencyId) throw notFound('Agency');
  const period = periodOf(query.period);
  const agencyKey = keys.agency(tenantId, agencyId);
  const items = await store.batchGet<Item>([
    agencyKey,
    ...period.months.map((m) => keys.ikmAgencyCounter(tenantId, m, agencyId)),
  ]);
  if (!items.some((i) => sameKey(i, agencyKey))) throw notFound('Agency');
  const counters = items.filter((i) => !sameKey(i, agencyKey));
  return { agencyId, ...ikmOf(period.id, counters, variantOf(query.verifiedOnly)) };
}

/** The tenant's IKM: one BatchGetItem of its month counters. */
export async function getTenantIkm(
  store: Store,
  tenantId: string,
  query: { period: string; verifiedOnly: boolean },
): Promise<Ikm> {
  const period = periodOf(query.period);
  const items = await store.batchGet<Item>(period.months.map((m) => keys.ikmTenantCounter(tenantId, m)));
  return ikmOf(period.id, items, variantOf(query.verifiedOnly));
}

/**
 * The unit report: IKM, weakest elements, sample against Krejcie-Morgan, demographics and the
 * verified count, from one BatchGetItem (unit, month counters, the period's population).
 */
export async function getUnitReport(
  store: Store,
  tenantId: string,
  unitId: string,
  query: { period: string; verifiedOnly: boolean },
  scope: { agencyId: string | null },
) {
  const period = periodOf(query.period);
  const popKey = keys.surveyPopulation(tenantId, unitId, period.id);
  const { unit, items } = await unitWith(store, tenantId, unitId, [
    ...unitCounterKeys(tenantId, unitId, period.months),
    popKey,
  ]);
  assertUnitInScope(unit, scope);
  const popItem = items.find((i) => sameKey(i, popKey));
  const counters = items.filter((i) => i !== popItem);
  const variant = variantOf(query.verifiedOnly);
  const ikm = { unitId, ...ikmOf(period.id, counters, variant) };
  const population = typeof popItem?.population === 'number' ? popItem.population : null;
  const minimum = population === null ? null : krejcieMorgan(population);
  return {
    unit,
    ikm,
    weakest: weakestElements(ikm),
    sample: {
      population,
      minimum,
      respondents: ikm.respondents,
      sufficient: minimum === null ? null : ikm.respondents >= minimum,
    },
    demographics: tallyCounters(counters, variant).demographics,
    verifiedRespondents: tallyCounters(counters, 'ver').respondents,
  };
}

export type SurveyUnitReport = Awaited<ReturnType<typeof getUnitReport>>;

export const MAX_TREND_MONTHS = 24;

/**
 * Monthly and quarterly IKM from `from` to `to`. A quarter only partly inside the range is still
 * computed over its three months, so its value is the quarter's real IKM. One BatchGetItem
 * (≤ 27 months + the unit).
 */
export async function getUnitTrend(
  store: Store,
  tenantId: string,
  unitId: string,
  query: { from: string; to: string },
  scope: { agencyId: string | null },
) {
  if (query.from > query.to) throw validationError([{ path: 'from', message: 'must not be after to' }]);
  const months = monthsBetween(query.from, query.to);
  if (months.length > MAX_TREND_MONTHS)
    throw validationError([{ path: 'to', message: `must be at most ${MAX_TREND_MONTHS} months from from` }]);
  const quarters = [...new Set(months.map((m) => periodOfMonth(m, 'quarter')))];
  const quarterMonths = quarters.flatMap((q) => periodOf(q, 'from').months);
  const { unit, items } = await unitWith(
    store,
    tenantId,
    unitId,
    unitCounterKeys(tenantId, unitId, quarterMonths),
  );
  assertUnitInScope(unit, scope);
  const byMonth = new Map<string, Item[]>(items.map((i) => [String(i.month), [i]]));
  const point = (period: string, ms: readonly string[]) => {
    const { respondents, ikm, grade } = ikmOf(
      period,
      ms.flatMap((m) => byMonth.get(m) ?? []),
      'all',
    );
    return { period, respondents, ikm, grade };
  };
  return {
    unitId,
    months: months.map((m) => point(m, [m])),
    quarters: quarters.map((q) => point(q, periodOf(q, 'from').months)),
  };
}

/** Units ranked by IKM, highest first; units without responses last; then by count and name. */
function rank<T extends { ikm: number | null; respondents: number; name: string }>(rows: T[]): T[] {
  return rows.sort(
    (a, b) => (b.ikm ?? -1) - (a.ikm ?? -1) || b.respondents - a.respondents || a.name.localeCompare(b.name),
  );
}

/** Every counter item of the months (one Query per month, all pages, run together). */
async function monthCounters(store: Store, tenantId: string, months: readonly string[], unitsOnly = false) {
  const perMonth = await Promise.all(
    months.map((m) =>
      queryAll(store, {
        pk: keys.ikmMonthPartition(tenantId, m),
        skBeginsWith: unitsOnly ? keys.ikmUnitCounterPrefix() : undefined,
      }),
    ),
  );
  return perMonth.flat();
}

/** Counter items by what they count: `unit#<id>`, `agency#<id>` or `tenant` (from their own attributes). */
function groupByScope(items: readonly Item[]): Map<string, Item[]> {
  const out = new Map<string, Item[]>();
  for (const i of items) {
    const id = i.scope === 'unit' ? i.unitId : i.scope === 'agency' ? i.agencyId : undefined;
    const k = id === undefined ? String(i.scope) : `${String(i.scope)}#${String(id)}`;
    out.set(k, [...(out.get(k) ?? []), i]);
  }
  return out;
}

/**
 * All units (of the tenant, or of one agency) ranked by IKM for a period, with the total of the
 * tenant or agency. An agency admin or supervisor is held to their own agency.
 */
export async function getSurveyOverview(
  store: Store,
  tenantId: string,
  query: { period: string; agencyId?: string; verifiedOnly: boolean },
  scope: { agencyId: string | null },
) {
  if (scope.agencyId && query.agencyId && query.agencyId !== scope.agencyId) throw notFound('Agency');
  const agencyId = scope.agencyId ?? query.agencyId;
  const period = periodOf(query.period);
  const variant = variantOf(query.verifiedOnly);
  const [units, counters] = await Promise.all([
    agencyId
      ? queryAll(store, { index: 'gsi1', pk: keys.surveyUnitsByAgency(tenantId, agencyId).gsi1pk }).then(
          (items) => items.map(asSurveyUnit),
        )
      : listAllSurveyUnits(store, tenantId),
    monthCounters(store, tenantId, period.months),
  ]);
  const byScope = groupByScope(counters);
  const rows = units.map((u) => {
    const { respondents, ikm, grade, label } = ikmOf(period.id, byScope.get(`unit#${u.id}`) ?? [], variant);
    return {
      unitId: u.id,
      name: u.name,
      agencyId: u.agencyId,
      agencyName: u.agencyName,
      status: u.status,
      respondents,
      ikm,
      grade,
      label,
    };
  });
  const total = byScope.get(agencyId ? `agency#${agencyId}` : 'tenant') ?? [];
  return { period: period.id, total: ikmOf(period.id, total, variant), units: rank(rows) };
}

/**
 * The public transparency page: published active units with their IKM for the period (default: the
 * current quarter in the tenant's time zone) and the one before. Only counters are read, so no
 * suggestion or personal data can reach the answer.
 */
export async function getPublicIkmOverview(
  store: Store,
  tenant: Pick<Tenant, 'id' | 'slug' | 'name' | 'timeZone'>,
  periodId: string | undefined,
  now: Date,
) {
  const current = periodOf(periodId ?? periodOfMonth(monthIn(now, tenant.timeZone), 'quarter'));
  const previousId = previousPeriod(current.id);
  const previousMonths = parsePeriod(previousId)?.months ?? [];
  const [units, counters] = await Promise.all([
    listAllSurveyUnits(store, tenant.id),
    monthCounters(store, tenant.id, [...current.months, ...previousMonths], true),
  ]);
  const byScope = groupByScope(counters);
  const point = (period: string, months: readonly string[], items: readonly Item[]) => {
    const { respondents, ikm, grade, label } = ikmOf(
      period,
      items.filter((i) => months.includes(String(i.month))),
      'all',
    );
    return { period, respondents, ikm, grade, label };
  };
  const rows = units
    .filter((u) => u.status === 'active' && u.publishResults)
    .map((u) => {
      const items = byScope.get(`unit#${u.id}`) ?? [];
      return {
        unitId: u.id,
        name: u.name,
        agencyName: u.agencyName,
        current: point(current.id, current.months, items),
        previous: point(previousId, previousMonths, items),
      };
    });
  rows.sort(
    (a, b) =>
      (b.current.ikm ?? -1) - (a.current.ikm ?? -1) ||
      b.current.respondents - a.current.respondents ||
      a.name.localeCompare(b.name),
  );
  return {
    tenant: { slug: tenant.slug, name: tenant.name },
    period: current.id,
    previousPeriod: previousId,
    units: rows,
  };
}
