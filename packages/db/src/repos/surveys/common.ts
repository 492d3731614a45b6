import {
  DEFAULT_SURVEY_RATE_LIMIT,
  ELEMENT_CODES,
  notFound,
  type SurveySettings,
  type SurveyUnit,
} from '@pamong/core';
import { keys } from '../../keys';
import { type Store, stripKeys } from '../../store';

/** Item shapes and reads shared by the survey repositories. */
export const SURVEY_UNIT_TYPE = 'SURVEY_UNIT';

export const asSurveyUnit = (i: Record<string, unknown>) => stripKeys(i) as unknown as SurveyUnit;

/** The table item of a survey unit: the unit plus its keys (gsi1 lists it under its agency by name). */
export function surveyUnitItem(tenantId: string, unit: SurveyUnit): Record<string, unknown> {
  return {
    ...keys.surveyUnit(tenantId, unit.id),
    gsi1pk: keys.surveyUnitsByAgency(tenantId, unit.agencyId).gsi1pk,
    gsi1sk: `${unit.name.toLowerCase().slice(0, 60)}#${unit.id}`,
    type: SURVEY_UNIT_TYPE,
    ...unit,
  };
}

export async function findSurveyUnit(
  store: Store,
  tenantId: string,
  unitId: string,
  consistent = false,
): Promise<SurveyUnit | null> {
  const item = await store.get<Record<string, unknown>>(keys.surveyUnit(tenantId, unitId), consistent);
  return item ? asSurveyUnit(item) : null;
}

export async function getSurveyUnit(
  store: Store,
  tenantId: string,
  unitId: string,
  consistent = false,
): Promise<SurveyUnit> {
  const unit = await findSurveyUnit(store, tenantId, unitId, consistent);
  if (!unit) throw notFound('Survey unit');
  return unit;
}

export const DEFAULT_SURVEY_SETTINGS: SurveySettings = {
  elementOrder: [...ELEMENT_CODES],
  extraQuestions: [],
  rateLimitPerHour: DEFAULT_SURVEY_RATE_LIMIT,
  version: 0,
  updatedAt: null,
};

/** The item as settings; a tenant that never saved any has the defaults (version 0). */
export function asSurveySettings(item: Record<string, unknown> | undefined): SurveySettings {
  if (!item) return { ...DEFAULT_SURVEY_SETTINGS, elementOrder: [...DEFAULT_SURVEY_SETTINGS.elementOrder] };
  const { elementOrder, extraQuestions, rateLimitPerHour, version, updatedAt } = stripKeys(
    item,
  ) as unknown as SurveySettings;
  return { elementOrder, extraQuestions, rateLimitPerHour, version, updatedAt };
}

export async function getSurveySettings(store: Store, tenantId: string): Promise<SurveySettings> {
  return asSurveySettings(await store.get<Record<string, unknown>>(keys.surveySettings(tenantId)));
}

/** Where a non-admin scope stops: an agency admin sees only their agency's units (404 otherwise). */
export function assertUnitInScope(unit: SurveyUnit, scope: { agencyId?: string | null }): void {
  if (scope.agencyId && unit.agencyId !== scope.agencyId) throw notFound('Survey unit');
}
