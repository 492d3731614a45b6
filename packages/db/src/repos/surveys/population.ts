import { conflict, krejcieMorgan, notFound, parsePeriod, validationError } from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import * as keys from '../../keys';
import type { Store } from '../../store';
import { asSurveyUnit, getScopedUnit, inUnitScope, type UnitScope } from './common';

/** The number of service users of a unit per period (the survey's population and minimum sample). */

export interface SurveyPopulation {
  unitId: string;
  period: string;
  population: number;
  minimumSample: number;
  updatedAt: string;
}

function asPopulation(item: Record<string, unknown>): SurveyPopulation {
  const population = item.population as number;
  return {
    unitId: item.unitId as string,
    period: item.period as string,
    population,
    minimumSample: krejcieMorgan(population),
    updatedAt: item.updatedAt as string,
  };
}

/**
 * Sets the number of service users of a unit in a period. The unit and the current value come in
 * one BatchGetItem; the write is conditional on the value as read, so the audit's "before" is true.
 */
export async function setSurveyPopulation(
  store: Store,
  actor: Actor,
  unitId: string,
  period: string,
  population: number,
  scope: UnitScope,
  now: Date,
): Promise<SurveyPopulation> {
  if (!parsePeriod(period)) {
    throw validationError([{ path: 'period', message: 'is not a period between 2000 and 2999' }]);
  }
  const tenantId = actor.tenantId;
  const unitKey = keys.surveyUnit(tenantId, unitId);
  const popKey = keys.surveyPopulation(tenantId, unitId, period);
  const found = await store.batchGet<Record<string, unknown>>([unitKey, popKey], true);
  const unitItem = found.find((i) => i.pk === unitKey.pk && i.sk === unitKey.sk);
  if (!unitItem) throw notFound('Survey unit');
  inUnitScope(asSurveyUnit(unitItem), scope);
  const old = found.find((i) => i.pk === popKey.pk && i.sk === popKey.sk);
  const oldPopulation = old ? (old.population as number) : null;
  const item = {
    ...popKey,
    type: 'SURVEY_POPULATION',
    unitId,
    period,
    population,
    updatedAt: now.toISOString(),
  };
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: item,
          ...(old
            ? {
                ConditionExpression: 'population = :old',
                ExpressionAttributeValues: { ':old': oldPopulation },
              }
            : { ConditionExpression: 'attribute_not_exists(pk)' }),
        },
      },
      onConditionFailed: () => conflict('The population was changed at the same time. Reload and try again.'),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'surveyPopulation.set',
        entityType: 'surveyUnit',
        entityId: unitId,
        changes: { [`population.${period}`]: { before: oldPopulation, after: population } },
      },
      now,
    ),
  ]);
  return asPopulation(item);
}

/** Every period of the unit: one Query (a unit has a few dozen periods at most, far below a page). */
export async function listSurveyPopulation(
  store: Store,
  tenantId: string,
  unitId: string,
  scope: UnitScope,
): Promise<{ items: SurveyPopulation[] }> {
  const pk = keys.surveyPopulationPartition(tenantId, unitId);
  const readAll = async () => {
    const items: Record<string, unknown>[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.query<Record<string, unknown>>({
        tenantId,
        queryId: `surveyPopulation:${unitId}`,
        pk,
        limit: 1000,
        cursor,
      });
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return items;
  };
  const [, items] = await Promise.all([getScopedUnit(store, tenantId, unitId, scope), readAll()]);
  return { items: items.map(asPopulation) };
}
