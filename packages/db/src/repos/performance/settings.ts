import {
  DEFAULT_PERFORMANCE_SETTINGS,
  diffFields,
  type PerformanceSettings,
  performanceSettingsSchema,
  type UpdatePerformanceSettingsInput,
  versionConflict,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import * as keys from '../../keys';
import { type Store, stripKeys } from '../../store';

/**
 * The tenant's performance settings (issue 14): the predikat matrix and the distribution table of
 * PermenPANRB 6/2022 as defaults, the unit-head and IKM mappings, the cadence, the minimum raters
 * of a 360 group and the follow-up years. One item; version 0 is the never-saved defaults.
 */

const FIELDS = [
  'yearStartMonth',
  'cadence',
  'matrix',
  'distribution',
  'unitHeadHasilKerja',
  'ikmPredikat',
  'ikmTarget',
  'minRaters',
  'talentPoolYears',
  'persistYears',
] as const;

export async function getPerformanceSettings(
  store: Store,
  tenantId: string,
  consistent = false,
): Promise<PerformanceSettings> {
  const item = await store.get<Record<string, unknown>>(keys.performanceSettings(tenantId), consistent);
  if (!item) return structuredClone(DEFAULT_PERFORMANCE_SETTINGS);
  const { type: _type, ...rest } = stripKeys(item) as Record<string, unknown>;
  return performanceSettingsSchema.parse({ ...DEFAULT_PERFORMANCE_SETTINGS, ...rest });
}

/** Any subset of the fields at the version read; one transaction with its audit entry. */
export async function updatePerformanceSettings(
  store: Store,
  actor: Actor,
  input: UpdatePerformanceSettingsInput,
  now: Date,
): Promise<PerformanceSettings> {
  const before = await getPerformanceSettings(store, actor.tenantId, true);
  if (before.version !== input.version) throw versionConflict('Performance settings');
  const { version, ...changes } = input;
  const after: PerformanceSettings = {
    ...before,
    ...changes,
    version: version + 1,
    updatedAt: now.toISOString(),
  };
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...keys.performanceSettings(actor.tenantId), type: 'PERFORMANCE_SETTINGS', ...after },
          ...(version === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': version } }),
        },
      },
      onConditionFailed: () => versionConflict('Performance settings'),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'performanceSettings.update',
        entityType: 'performanceSettings',
        entityId: actor.tenantId,
        changes: diffFields(before, after, FIELDS),
      },
      now,
    ),
  ]);
  return after;
}
