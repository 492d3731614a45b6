import {
  conflict,
  diffFields,
  forbidden,
  type SurveyUnit,
  validationError,
  versionConflict,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import { newId } from '../../ids';
import * as keys from '../../keys';
import type { Page, Store, TxItem } from '../../store';
import {
  asSurveyUnit,
  CollisionError,
  getScopedUnit,
  MAX_CODE_ATTEMPTS,
  randomCrockford,
  surveyUnitItem,
  type UnitScope,
} from './common';

/** Survey units and their short-code guard. */

const UNIT_FIELDS = [
  'agencyId',
  'orgUnitId',
  'name',
  'serviceTypes',
  'status',
  'publishResults',
  'verification',
  'shortCode',
] as const;

export const SHORT_CODE_LENGTH = 6;

/** One Query: the tenant's partition, or the agency's gsi1 when the list is for one agency. */
export async function listSurveyUnits(
  store: Store,
  tenantId: string,
  q: { agencyId?: string; limit: number; cursor?: string },
): Promise<Page<SurveyUnit>> {
  const res = q.agencyId
    ? await store.query<Record<string, unknown>>({
        tenantId,
        queryId: `surveyUnits:agency:${q.agencyId}`,
        index: 'gsi1',
        pk: keys.surveyUnitsByAgency(tenantId, q.agencyId).gsi1pk,
        limit: q.limit,
        cursor: q.cursor,
      })
    : await store.query<Record<string, unknown>>({
        tenantId,
        queryId: 'surveyUnits',
        pk: keys.surveyUnitsPartition(tenantId),
        limit: q.limit,
        cursor: q.cursor,
      });
  return { items: res.items.map(asSurveyUnit), nextCursor: res.nextCursor };
}

export interface CreateSurveyUnitInput {
  agencyId: string;
  orgUnitId?: string | null;
  name: string;
  serviceTypes: string[];
  publishResults: boolean;
  verification: SurveyUnit['verification'];
}

const unknownOrgUnit = () =>
  validationError(
    [{ path: 'orgUnitId', message: "is not a unit of the survey unit's agency" }],
    'Unknown org unit.',
  );

/** The org unit a survey unit is linked to: its name, or a 400 when it is not a unit of the agency. */
async function orgUnitNameOf(store: Store, tenantId: string, agencyId: string, orgUnitId: string | null) {
  if (!orgUnitId) return null;
  const unit = await store.get<{ name?: string }>(keys.unit(tenantId, agencyId, orgUnitId), true);
  if (!unit) throw unknownOrgUnit();
  return unit.name ?? null;
}

/** The linked org unit must still be there when the survey unit is written (a unit may move or go). */
function orgUnitCheck(store: Store, tenantId: string, agencyId: string, orgUnitId: string): TxItem {
  return {
    op: {
      ConditionCheck: {
        TableName: store.tableName,
        Key: keys.unit(tenantId, agencyId, orgUnitId),
        ConditionExpression: 'attribute_exists(pk)',
      },
    },
    onConditionFailed: unknownOrgUnit,
  };
}

const unknownAgency = () =>
  validationError(
    [{ path: 'agencyId', message: 'agency does not exist or is not active' }],
    'Unknown or inactive agency.',
  );

/**
 * Creates a unit with a fresh short code. The agency's name is copied onto the unit (public pages
 * show it without a second read) and the agency is checked again inside the write, so a
 * deactivation racing the create cannot leave a unit under an inactive agency.
 */
export async function createSurveyUnit(
  store: Store,
  actor: Actor,
  input: CreateSurveyUnitInput,
  scope: UnitScope,
  now: Date,
  nextShortCode: () => string = () => randomCrockford(SHORT_CODE_LENGTH),
): Promise<SurveyUnit> {
  if (scope.agencyId && input.agencyId !== scope.agencyId) {
    throw forbidden('An agency admin creates survey units in their own agency only.');
  }
  const tenantId = actor.tenantId;
  const agency = await store.get<{ name: string; status: string }>(
    keys.agency(tenantId, input.agencyId),
    true,
  );
  if (agency?.status !== 'active') throw unknownAgency();
  const orgUnitId = input.orgUnitId ?? null;
  const orgUnitName = await orgUnitNameOf(store, tenantId, input.agencyId, orgUnitId);
  const at = now.toISOString();
  const id = newId();
  for (let attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt++) {
    const unit: SurveyUnit = {
      id,
      agencyId: input.agencyId,
      agencyName: agency.name,
      orgUnitId,
      orgUnitName,
      name: input.name,
      serviceTypes: input.serviceTypes,
      status: 'active',
      publishResults: input.publishResults,
      verification: input.verification,
      shortCode: nextShortCode(),
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    try {
      await store.transact([
        {
          op: {
            Put: {
              TableName: store.tableName,
              Item: surveyUnitItem(tenantId, unit),
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        },
        {
          op: {
            Put: {
              TableName: store.tableName,
              Item: {
                ...keys.surveyShortCode(tenantId, unit.shortCode),
                type: 'SURVEY_SHORT_CODE',
                unitId: id,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          onConditionFailed: () => new CollisionError(),
        },
        {
          op: {
            ConditionCheck: {
              TableName: store.tableName,
              Key: keys.agency(tenantId, input.agencyId),
              ConditionExpression: 'attribute_exists(pk) AND #status = :active',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':active': 'active' },
            },
          },
          onConditionFailed: unknownAgency,
        },
        ...(orgUnitId ? [orgUnitCheck(store, tenantId, input.agencyId, orgUnitId)] : []),
        auditPut(
          store.tableName,
          actor,
          {
            action: 'surveyUnit.create',
            entityType: 'surveyUnit',
            entityId: id,
            changes: diffFields(undefined, unit, UNIT_FIELDS),
          },
          now,
        ),
      ]);
      return unit;
    } catch (err) {
      if (!(err instanceof CollisionError)) throw err;
    }
  }
  throw conflict('Could not allocate a short code for the unit. Try again.');
}

export interface UpdateSurveyUnitPatch {
  orgUnitId?: string | null;
  name?: string;
  serviceTypes?: string[];
  status?: SurveyUnit['status'];
  publishResults?: boolean;
  verification?: SurveyUnit['verification'];
}

/** Any field, including closing and reopening; one conditional write on `version`. */
export async function updateSurveyUnit(
  store: Store,
  actor: Actor,
  unitId: string,
  patch: UpdateSurveyUnitPatch,
  version: number,
  scope: UnitScope,
  now: Date,
): Promise<SurveyUnit> {
  const tenantId = actor.tenantId;
  const before = await getScopedUnit(store, tenantId, unitId, scope, true);
  if (before.version !== version) throw versionConflict('Survey unit');
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const relink = patch.orgUnitId !== undefined && patch.orgUnitId !== before.orgUnitId;
  const orgUnitName = relink
    ? await orgUnitNameOf(store, tenantId, before.agencyId, patch.orgUnitId ?? null)
    : before.orgUnitName;
  const after: SurveyUnit = {
    ...before,
    ...defined,
    orgUnitName,
    version: version + 1,
    updatedAt: now.toISOString(),
  };
  const item = surveyUnitItem(tenantId, after);
  await store.transact([
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.surveyUnit(tenantId, unitId),
          UpdateExpression:
            'SET #name = :name, serviceTypes = :types, #status = :status, publishResults = :publish, ' +
            'verification = :verification, gsi1sk = :gsi1sk, version = :next, updatedAt = :at, ' +
            'orgUnitId = :orgUnit, orgUnitName = :orgUnitName',
          ConditionExpression: 'version = :v',
          ExpressionAttributeNames: { '#name': 'name', '#status': 'status' },
          ExpressionAttributeValues: {
            ':name': after.name,
            ':types': after.serviceTypes,
            ':status': after.status,
            ':publish': after.publishResults,
            ':verification': after.verification,
            ':orgUnit': after.orgUnitId,
            ':orgUnitName': after.orgUnitName,
            ':gsi1sk': item.gsi1sk,
            ':next': after.version,
            ':at': after.updatedAt,
            ':v': version,
          },
        },
      },
      onConditionFailed: () => versionConflict('Survey unit'),
    },
    ...(relink && after.orgUnitId ? [orgUnitCheck(store, tenantId, before.agencyId, after.orgUnitId)] : []),
    auditPut(
      store.tableName,
      actor,
      {
        action: 'surveyUnit.update',
        entityType: 'surveyUnit',
        entityId: unitId,
        changes: diffFields(before, after, UNIT_FIELDS),
      },
      now,
    ),
  ]);
  return after;
}
