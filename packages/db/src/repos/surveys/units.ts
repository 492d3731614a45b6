import { randomInt } from 'node:crypto';
import {
  AppError,
  conflict,
  diffFields,
  forbidden,
  krejcieMorgan,
  MAX_SERVICE_CODES_PER_BATCH,
  monthIn,
  notFound,
  parsePeriod,
  type ServiceCodeBatch,
  type SurveySettings,
  type SurveyUnit,
  validationError,
  versionConflict,
} from '@pamong/core';
import { decodeTime } from 'ulid';
import { type Actor, auditPut } from '../../audit';
import { newId } from '../../ids';
import { keys } from '../../keys';
import { type Page, type Store, stripKeys, type TxItem } from '../../store';
import { asSurveySettings, asSurveyUnit, assertUnitInScope, getSurveyUnit, surveyUnitItem } from './common';

/**
 * Survey administration: tenant settings, survey units (with their short-code guard), population
 * per period, service-code batches and suggestion moderation.
 */

/** Whose units a caller may touch: the whole tenant (`agencyId: null`) or one agency. */
export interface UnitScope {
  agencyId: string | null;
}

const UNIT_FIELDS = [
  'agencyId',
  'name',
  'serviceTypes',
  'status',
  'publishResults',
  'verification',
  'shortCode',
] as const;
const SETTINGS_FIELDS = ['elementOrder', 'extraQuestions', 'rateLimitPerHour'] as const;

/** Crockford base32: no I, L, O or U, so codes read aloud or typed from paper are not misread. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const SHORT_CODE_LENGTH = 6;
export const SERVICE_CODE_LENGTH = 8;
/** Guard or code collisions are rare (32^6 and 32^8 values), so a few fresh draws are plenty. */
const MAX_ATTEMPTS = 5;

export function randomCrockford(length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += CROCKFORD_ALPHABET[randomInt(CROCKFORD_ALPHABET.length)];
  return s;
}

/** `ABCD2345` → `ABCD-2345`, as printed on receipts. */
export const formatServiceCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/** A draw that collided with an existing guard or code: retried with a fresh draw, never shown. */
class CollisionError extends AppError {
  constructor() {
    super(409, 'conflict', 'Conflict', 'A generated code is already taken.');
  }
}

function inScope(unit: SurveyUnit, scope: UnitScope): SurveyUnit {
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
  return inScope(await getSurveyUnit(store, tenantId, unitId, consistent), scope);
}

// ---- units ----

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
  name: string;
  serviceTypes: string[];
  publishResults: boolean;
  verification: SurveyUnit['verification'];
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
  const at = now.toISOString();
  const id = newId();
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const unit: SurveyUnit = {
      id,
      agencyId: input.agencyId,
      agencyName: agency.name,
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
  const after: SurveyUnit = {
    ...before,
    ...defined,
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
            'verification = :verification, gsi1sk = :gsi1sk, version = :next, updatedAt = :at',
          ConditionExpression: 'version = :v',
          ExpressionAttributeNames: { '#name': 'name', '#status': 'status' },
          ExpressionAttributeValues: {
            ':name': after.name,
            ':types': after.serviceTypes,
            ':status': after.status,
            ':publish': after.publishResults,
            ':verification': after.verification,
            ':gsi1sk': item.gsi1sk,
            ':next': after.version,
            ':at': after.updatedAt,
            ':v': version,
          },
        },
      },
      onConditionFailed: () => versionConflict('Survey unit'),
    },
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

// ---- settings ----

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

// ---- population ----

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
  inScope(asSurveyUnit(unitItem), scope);
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
  const pk = keys.surveyPopulation(tenantId, unitId, '').pk;
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

// ---- service codes ----

/** `count` distinct codes: a repeat inside the batch is drawn again. */
function distinctCodes(count: number, next: () => string): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(next());
  return [...codes];
}

/**
 * Issues a batch of one-time codes in one transaction: the batch, each code (insert-only, so a code
 * already issued to this unit is never reissued) and the audit entry. 90 codes + 2 items stays under
 * DynamoDB's 100 items per transaction. The codes themselves never go into the audit trail.
 */
export async function issueServiceCodes(
  store: Store,
  actor: Actor,
  unitId: string,
  input: { count: number; validDays: number },
  scope: UnitScope,
  now: Date,
  nextCode: () => string = () => randomCrockford(SERVICE_CODE_LENGTH),
): Promise<ServiceCodeBatch> {
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_SERVICE_CODES_PER_BATCH) {
    throw validationError([{ path: 'count', message: `must be 1-${MAX_SERVICE_CODES_PER_BATCH}` }]);
  }
  const tenantId = actor.tenantId;
  await getScopedUnit(store, tenantId, unitId, scope, true);
  const batchId = newId();
  const createdAt = now.toISOString();
  const expiresAt = new Date(now.getTime() + input.validDays * 86_400_000).toISOString();
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const codes = distinctCodes(input.count, nextCode);
    const batch: ServiceCodeBatch = {
      id: batchId,
      unitId,
      count: codes.length,
      used: 0,
      expiresAt,
      createdAt,
      codes: codes.map(formatServiceCode),
    };
    const items: TxItem[] = [
      {
        op: {
          Put: {
            TableName: store.tableName,
            Item: {
              ...keys.serviceCodeBatch(tenantId, unitId, batchId),
              type: 'SERVICE_CODE_BATCH',
              ...batch,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      },
      ...codes.map(
        (code): TxItem => ({
          op: {
            Put: {
              TableName: store.tableName,
              Item: {
                ...keys.serviceCode(tenantId, unitId, code),
                type: 'SERVICE_CODE',
                code,
                unitId,
                batchId,
                expiresAt,
                status: 'issued',
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          onConditionFailed: () => new CollisionError(),
        }),
      ),
      auditPut(
        store.tableName,
        actor,
        {
          action: 'serviceCodes.issue',
          entityType: 'surveyUnit',
          entityId: unitId,
          changes: diffFields(undefined, { batchId, count: batch.count, expiresAt }, [
            'batchId',
            'count',
            'expiresAt',
          ]),
        },
        now,
      ),
    ];
    try {
      await store.transact(items);
      return batch;
    } catch (err) {
      if (!(err instanceof CollisionError)) throw err;
    }
  }
  throw conflict('Could not generate unused service codes. Try again.');
}

const asBatch = (i: Record<string, unknown>): ServiceCodeBatch => {
  const { id, unitId, count, used, expiresAt, createdAt, codes } = stripKeys(
    i,
  ) as unknown as ServiceCodeBatch;
  return { id, unitId, count, used, expiresAt, createdAt, codes };
};

/** Newest first (batch ids are ULIDs). */
export async function listServiceCodeBatches(
  store: Store,
  tenantId: string,
  unitId: string,
  page: { limit: number; cursor?: string },
  scope: UnitScope,
): Promise<Page<ServiceCodeBatch>> {
  const [, res] = await Promise.all([
    getScopedUnit(store, tenantId, unitId, scope),
    store.query<Record<string, unknown>>({
      tenantId,
      queryId: `codeBatches:${unitId}`,
      pk: keys.serviceCodeBatchesPartition(tenantId, unitId),
      limit: page.limit,
      cursor: page.cursor,
      forward: false,
    }),
  ]);
  return { items: res.items.map(asBatch), nextCursor: res.nextCursor };
}

// ---- suggestions ----

export type SuggestionStatus = 'pending' | 'visible' | 'hidden';

export interface Suggestion {
  responseId: string;
  unitId: string;
  month: string;
  text: string;
  status: SuggestionStatus;
  submittedAt: string;
  serviceType: string | null;
  verified: boolean;
  moderatedAt: string | null;
  moderationReason: string | null;
}

function asSuggestion(i: Record<string, unknown>): Suggestion {
  return {
    responseId: i.id as string,
    unitId: i.unitId as string,
    month: i.month as string,
    text: i.suggestion as string,
    status: i.suggestionStatus as SuggestionStatus,
    submittedAt: i.submittedAt as string,
    serviceType: (i.serviceType as string | undefined) ?? null,
    verified: i.verified === true,
    moderatedAt: (i.moderatedAt as string | undefined) ?? null,
    moderationReason: (i.moderationReason as string | undefined) ?? null,
  };
}

/** One Query of the unit's suggestions index, optionally one moderation status. */
export async function listSuggestions(
  store: Store,
  tenantId: string,
  unitId: string,
  q: { status?: SuggestionStatus; limit: number; cursor?: string },
  scope: UnitScope,
): Promise<Page<Suggestion>> {
  const [, res] = await Promise.all([
    getScopedUnit(store, tenantId, unitId, scope),
    store.query<Record<string, unknown>>({
      tenantId,
      queryId: `suggestions:${unitId}:${q.status ?? '*'}`,
      index: 'gsi1',
      pk: keys.surveySuggestions(tenantId, unitId).gsi1pk,
      skBeginsWith: q.status ? `${q.status}#` : undefined,
      limit: q.limit,
      cursor: q.cursor,
    }),
  ]);
  return { items: res.items.map(asSuggestion), nextCursor: res.nextCursor };
}

/** The month partition of a response, from the time in its ULID; null for an id no response has. */
function monthOfResponse(responseId: string, timeZone: string): string | null {
  try {
    return monthIn(new Date(decodeTime(responseId)), timeZone);
  } catch {
    return null;
  }
}

/**
 * Shows or hides a suggestion. The write is conditional on the status and moderation time as read,
 * so of two moderators acting on the same suggestion one wins and the other gets 409.
 */
export async function moderateSuggestion(
  store: Store,
  actor: Actor,
  unitId: string,
  responseId: string,
  input: { action: 'show' | 'hide'; reason?: string },
  scope: UnitScope,
  timeZone: string,
  now: Date,
): Promise<Suggestion> {
  const tenantId = actor.tenantId;
  const month = monthOfResponse(responseId, timeZone);
  const unitKey = keys.surveyUnit(tenantId, unitId);
  const respKey = month ? keys.surveyResponse(tenantId, unitId, month, responseId) : null;
  const found = await store.batchGet<Record<string, unknown>>(respKey ? [unitKey, respKey] : [unitKey], true);
  const unitItem = found.find((i) => i.pk === unitKey.pk && i.sk === unitKey.sk);
  if (!unitItem) throw notFound('Survey unit');
  inScope(asSurveyUnit(unitItem), scope);
  const resp = respKey && found.find((i) => i.pk === respKey.pk && i.sk === respKey.sk);
  if (!resp || typeof resp.suggestion !== 'string' || typeof resp.suggestionStatus !== 'string') {
    throw notFound('Suggestion');
  }
  const before = asSuggestion(resp);
  const status: SuggestionStatus = input.action === 'hide' ? 'hidden' : 'visible';
  const reason = input.reason ?? null;
  const moderatedAt = now.toISOString();
  const values: Record<string, unknown> = {
    ':status': status,
    ':sk': keys.surveySuggestionSort(status, responseId),
    ':at': moderatedAt,
    ':reason': reason,
    ':old': before.status,
  };
  if (before.moderatedAt !== null) values[':oldAt'] = before.moderatedAt;
  else values[':nullType'] = 'NULL';
  const changes = diffFields(
    { status: before.status, moderationReason: before.moderationReason },
    { status, moderationReason: reason },
    ['status', 'moderationReason'],
  );
  // A hide is audited with its reason even when an earlier hide gave the same one.
  if (reason !== null) changes.moderationReason ??= { before: before.moderationReason, after: reason };
  await store.transact([
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: respKey!,
          UpdateExpression:
            'SET suggestionStatus = :status, gsi1sk = :sk, moderatedAt = :at, moderationReason = :reason',
          // A new response stores `moderatedAt: null`; older shapes may lack the attribute.
          ConditionExpression:
            before.moderatedAt !== null
              ? 'suggestionStatus = :old AND moderatedAt = :oldAt'
              : 'suggestionStatus = :old AND (attribute_not_exists(moderatedAt) OR attribute_type(moderatedAt, :nullType))',
          ExpressionAttributeValues: values,
        },
      },
      onConditionFailed: () =>
        conflict('The suggestion was moderated by someone else at the same time. Reload it and try again.'),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: `survey.suggestion.${input.action}`,
        entityType: 'surveySuggestion',
        entityId: responseId,
        changes,
      },
      now,
    ),
  ]);
  return { ...before, status, moderatedAt, moderationReason: reason };
}
