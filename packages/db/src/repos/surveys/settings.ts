import { diffFields, type SurveySettings, versionConflict } from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import * as keys from '../../keys';
import type { Store } from '../../store';
import { asSurveySettings } from './common';

/** The tenant's survey settings: one item, versioned (0 = never saved, the defaults). */

const SETTINGS_FIELDS = ['elementOrder', 'extraQuestions', 'rateLimitPerHour'] as const;

export interface UpdateSurveySettingsInput {
  elementOrder?: SurveySettings['elementOrder'];
  extraQuestions?: SurveySettings['extraQuestions'];
  rateLimitPerHour?: number;
  version: number;
}

/**
 * Saves the tenant's settings. Version 0 is the never-saved defaults, so the first save is an
 * insert (`attribute_not_exists`) and two first saves racing give one 409.
 */
export async function updateSurveySettings(
  store: Store,
  actor: Actor,
  input: UpdateSurveySettingsInput,
  now: Date,
): Promise<SurveySettings> {
  const key = keys.surveySettings(actor.tenantId);
  const before = asSurveySettings(await store.get<Record<string, unknown>>(key, true));
  if (before.version !== input.version) throw versionConflict('Survey settings');
  const after: SurveySettings = {
    elementOrder: input.elementOrder ?? before.elementOrder,
    extraQuestions: input.extraQuestions ?? before.extraQuestions,
    rateLimitPerHour: input.rateLimitPerHour ?? before.rateLimitPerHour,
    version: input.version + 1,
    updatedAt: now.toISOString(),
  };
  const first = input.version === 0;
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...key, type: 'SURVEY_SETTINGS', ...after },
          ...(first
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': input.version } }),
        },
      },
      onConditionFailed: () => versionConflict('Survey settings'),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'surveySettings.update',
        entityType: 'surveySettings',
        entityId: actor.tenantId,
        changes: diffFields(before, after, SETTINGS_FIELDS),
      },
      now,
    ),
  ]);
  return after;
}
