import { randomInt } from 'node:crypto';
import {
  type AgencyScope,
  AppError,
  DEFAULT_SURVEY_RATE_LIMIT,
  ELEMENT_CODES,
  inScope,
  notFound,
  type SurveySettings,
  type SurveyUnit,
} from '@pamong/core';
import * as keys from '../../keys';
import { type Store, stripKeys } from '../../store';

/**
 * Item shapes, reads, scope checks and code generation shared by the survey repositories. Survey
 * administration is split by aggregate: units.ts (units and their short-code guard), settings.ts,
 * population.ts, service-codes.ts and moderation.ts (suggestions); admin.ts re-exports them as
 * one repository (`surveyUnitsRepo`).
 */
export const SURVEY_UNIT_TYPE = 'SURVEY_UNIT';

/** Units written before the org-unit link (issue 14 §5) read as linked to the agency as a whole. */
export const asSurveyUnit = (i: Record<string, unknown>) =>
  ({ orgUnitId: null, orgUnitName: null, ...stripKeys(i) }) as unknown as SurveyUnit;

/** The table item of a survey unit: the unit plus its keys (gsi1 lists it under its agency by name). */
export function surveyUnitItem(tenantId: string, unit: SurveyUnit): Record<string, unknown> {
  return {
    ...keys.surveyUnit(tenantId, unit.id),
    ...keys.surveyUnitsByAgency(tenantId, unit.agencyId),
    gsi1sk: keys.surveyUnitSort(unit.name, unit.id),
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
export function assertUnitInScope(unit: SurveyUnit, scope: AgencyScope): void {
  if (!inScope(scope, unit.agencyId)) throw notFound('Survey unit');
}

/** Whose units a caller may touch (`manageScope` in @pamong/core): the tenant or one agency. */
export type UnitScope = AgencyScope;

export function inUnitScope(unit: SurveyUnit, scope: UnitScope): SurveyUnit {
  assertUnitInScope(unit, { agencyId: scope.agencyId });
  return unit;
}

/** The unit, if the caller's scope reaches it; another agency's unit is "not found". */
export async function getScopedUnit(
  store: Store,
  tenantId: string,
  unitId: string,
  scope: UnitScope,
  consistent = false,
): Promise<SurveyUnit> {
  return inUnitScope(await getSurveyUnit(store, tenantId, unitId, consistent), scope);
}

/** Crockford base32: no I, L, O or U, so codes read aloud or typed from paper are not misread. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Guard or code collisions are rare (32^6 and 32^8 values), so a few fresh draws are plenty. */
export const MAX_CODE_ATTEMPTS = 5;

export function randomCrockford(length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += CROCKFORD_ALPHABET[randomInt(CROCKFORD_ALPHABET.length)];
  return s;
}

/** A draw that collided with an existing guard or code: retried with a fresh draw, never shown. */
export class CollisionError extends AppError {
  constructor() {
    super(409, 'conflict', 'Conflict', 'A generated code is already taken.');
  }
}
