import { createHash } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  type AppError,
  conflict,
  counterDelta,
  type ElementCode,
  type FieldError,
  gone,
  monthIn,
  notFound,
  RESPONDENT_EDUCATION,
  RESPONDENT_OCCUPATION,
  rateLimited,
  SURVEY_ELEMENTS,
  type SubmitSurveyResponseInput,
  type SurveyForm,
  type SurveySettings,
  type SurveyUnit,
  sumDeltas,
  type Tenant,
  validationError,
} from '@pamong/core';
import { ulid } from 'ulid';
import { type Actor, auditPut } from '../../audit';
import * as keys from '../../keys';
import type { Store, TxItem } from '../../store';
import type { IndexName } from '../../table';
import { TABLE } from '../../table';
import { asSurveySettings, asSurveyUnit, getSurveyUnit } from './common';

/**
 * The public side of surveys: the form, citizens' responses with their counters, rate window and
 * service codes, and the reconciliation of counters with the raw responses.
 */
export const SURVEY_RESPONSE_TYPE = 'SURVEY_RESPONSE';
export const IKM_COUNTER_TYPE = 'IKM_COUNTER';

type Item = Record<string, unknown>;

/** A response as stored (data model in docs: `surveyResponse`). */
export interface StoredSurveyResponse {
  id: string;
  unitId: string;
  agencyId: string;
  month: string;
  submittedAt: string;
  answers: Record<ElementCode, number>;
  respondent: { gender: string; age: number; education: string; occupation: string };
  serviceType?: string;
  suggestion?: string;
  extra?: Record<string, string>;
  verified: boolean;
  serviceCode?: string;
  suggestionStatus?: 'pending' | 'visible' | 'hidden';
  moderatedAt?: string | null;
  moderationReason?: string | null;
}

// ---- small shared helpers ----

const isCounterField = (name: string) => name.startsWith('all.') || name.startsWith('ver.');

/**
 * Every item of a partition (or a GSI partition), all pages. Used where a whole partition is the
 * answer (public unit list, a month of counters, a month of responses), so no cursor is handed out
 * and the opaque-cursor codec is not needed.
 */
export async function queryAll(
  store: Store,
  spec: {
    pk: string;
    index?: IndexName;
    skBeginsWith?: string;
    consistent?: boolean;
    /** A FilterExpression (its names and values must not use `#pk`, `#sk`, `:pk`, `:sk`). */
    filter?: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> };
  },
): Promise<Item[]> {
  const index = spec.index ? TABLE.indexes.find((i) => i.name === spec.index)! : undefined;
  const names: Record<string, string> = { '#pk': index?.partitionKey ?? TABLE.partitionKey };
  const values: Record<string, unknown> = { ':pk': spec.pk };
  let cond = '#pk = :pk';
  if (spec.skBeginsWith !== undefined) {
    names['#sk'] = index?.sortKey ?? TABLE.sortKey;
    values[':sk'] = spec.skBeginsWith;
    cond += ' AND begins_with(#sk, :sk)';
  }
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await store.doc.send(
      new QueryCommand({
        TableName: store.tableName,
        IndexName: spec.index,
        KeyConditionExpression: cond,
        ...(spec.filter ? { FilterExpression: spec.filter.expression } : {}),
        ExpressionAttributeNames: { ...names, ...spec.filter?.names },
        ExpressionAttributeValues: { ...values, ...spec.filter?.values },
        ConsistentRead: spec.consistent && !spec.index ? true : undefined,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...((out.Items ?? []) as Item[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Every survey unit of the tenant (one partition, all pages). */
export async function listAllSurveyUnits(store: Store, tenantId: string): Promise<SurveyUnit[]> {
  const items = await queryAll(store, {
    pk: keys.surveyUnitsPartition(tenantId),
    skBeginsWith: keys.surveyUnitPrefix(),
  });
  return items.map(asSurveyUnit);
}

/** The unit and the tenant's settings in one BatchGetItem (plus any extra keys the caller needs). */
async function unitAndSettings(
  store: Store,
  tenantId: string,
  unitId: string,
  extra: { pk: string; sk: string }[] = [],
): Promise<{ unit: SurveyUnit | null; settings: SurveySettings; items: Item[] }> {
  const unitKey = keys.surveyUnit(tenantId, unitId);
  const settingsKey = keys.surveySettings(tenantId);
  const items = await store.batchGet<Item>([unitKey, settingsKey, ...extra]);
  const find = (k: { pk: string; sk: string }) => items.find((i) => i.pk === k.pk && i.sk === k.sk);
  const unitItem = find(unitKey);
  return {
    unit: unitItem ? asSurveyUnit(unitItem) : null,
    settings: asSurveySettings(find(settingsKey)),
    items,
  };
}

function openUnit(unit: SurveyUnit | null): SurveyUnit {
  if (!unit) throw notFound('Survey unit');
  if (unit.status === 'closed') throw gone('This survey unit is closed and no longer takes responses.');
  return unit;
}

// ---- public reads ----

export async function listPublicSurveyUnits(store: Store, tenantId: string) {
  const units = (await listAllSurveyUnits(store, tenantId)).filter((u) => u.status === 'active');
  units.sort((a, b) => a.agencyName.localeCompare(b.agencyName) || a.name.localeCompare(b.name));
  return {
    items: units.map((u) => ({
      id: u.id,
      name: u.name,
      agencyName: u.agencyName,
      serviceTypes: u.serviceTypes,
    })),
  };
}

/** Short code of the poster's short URL → unit id; the code is case-insensitive. */
export async function resolveShortCode(store: Store, tenantId: string, code: string) {
  const item = await store.get<{ unitId?: string }>(keys.surveyShortCode(tenantId, code.toUpperCase()));
  if (!item?.unitId) throw notFound('Survey short code');
  return { unitId: item.unitId };
}

export async function getPublicSurveyForm(
  store: Store,
  tenant: Pick<Tenant, 'id' | 'slug' | 'name'>,
  unitId: string,
): Promise<SurveyForm> {
  const { unit: found, settings } = await unitAndSettings(store, tenant.id, unitId);
  const unit = openUnit(found);
  return {
    tenant: { slug: tenant.slug, name: tenant.name },
    unit: {
      id: unit.id,
      name: unit.name,
      agencyName: unit.agencyName,
      serviceTypes: unit.serviceTypes,
      verification: unit.verification,
    },
    elements: settings.elementOrder.map((code) => {
      const e = SURVEY_ELEMENTS[code];
      return { code, name: e.name, question: e.question, labels: e.labels };
    }),
    respondentFields: {
      gender: ['L', 'P'],
      ageMin: 15,
      ageMax: 100,
      education: [...RESPONDENT_EDUCATION],
      occupation: [...RESPONDENT_OCCUPATION],
    },
    extraQuestions: settings.extraQuestions,
  };
}

// ---- counters ----

/** Flat `ADD` of counter increments, with the identifying attributes set (the first ADD creates the item). */
export function counterAddOp(
  tableName: string,
  key: { pk: string; sk: string },
  delta: Record<string, number>,
  ident: Record<string, string>,
): TxItem {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const adds = Object.entries(delta).map(([field, n], i) => {
    names[`#a${i}`] = field;
    values[`:a${i}`] = n;
    return `#a${i} :a${i}`;
  });
  const sets = Object.entries({ type: IKM_COUNTER_TYPE, ...ident }).map(([field, v], i) => {
    names[`#s${i}`] = field;
    values[`:s${i}`] = v;
    return `#s${i} = :s${i}`;
  });
  return {
    op: {
      Update: {
        TableName: tableName,
        Key: key,
        UpdateExpression: `ADD ${adds.join(', ')} SET ${sets.join(', ')}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
  };
}

/** The unit, agency and tenant counters of one month, all moved by the same increments. */
function counterOps(
  tableName: string,
  tenantId: string,
  month: string,
  unit: Pick<SurveyUnit, 'id' | 'agencyId'>,
  delta: Record<string, number>,
): TxItem[] {
  return [
    counterAddOp(tableName, keys.ikmUnitCounter(tenantId, month, unit.id), delta, {
      scope: 'unit',
      unitId: unit.id,
      agencyId: unit.agencyId,
      month,
    }),
    counterAddOp(tableName, keys.ikmAgencyCounter(tenantId, month, unit.agencyId), delta, {
      scope: 'agency',
      agencyId: unit.agencyId,
      month,
    }),
    counterAddOp(tableName, keys.ikmTenantCounter(tenantId, month), delta, { scope: 'tenant', month }),
  ];
}

// ---- the rate window ----

/** The source IP is kept only as a salted hash, per tenant, so the table holds no IP address. */
export const ipHash = (tenantId: string, ip: string) =>
  createHash('sha256').update(`${tenantId}:${ip}`).digest('hex').slice(0, 16);
/** `YYYYMMDDHH` in UTC. */
export const rateHour = (now: Date) => now.toISOString().slice(0, 13).replace(/[-T]/g, '');
const HOUR_MS = 3_600_000;
const endOfHour = (now: Date) => (Math.floor(now.getTime() / HOUR_MS) + 1) * HOUR_MS;

function rateWindowOp(
  tableName: string,
  tenantId: string,
  unitId: string,
  ip: string,
  limit: number,
  now: Date,
): TxItem {
  const end = endOfHour(now);
  return {
    op: {
      Update: {
        TableName: tableName,
        Key: keys.surveyRate(tenantId, unitId, ipHash(tenantId, ip), rateHour(now)),
        UpdateExpression: 'ADD #n :one SET #ttl = :ttl',
        ConditionExpression: 'attribute_not_exists(#n) OR #n < :limit',
        ExpressionAttributeNames: { '#n': 'n', '#ttl': TABLE.ttlAttribute },
        ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':ttl': Math.floor(end / 1000) + 3600 },
      },
    },
    onConditionFailed: () =>
      rateLimited(
        (end - now.getTime()) / 1000,
        'Too many responses from this network for this unit. Try again later.',
      ),
  };
}

// ---- service codes ----

const codeError = (message: string) => validationError([{ path: 'serviceCode', message }]);
const codeUsed = () => conflict('This service code has already been used.');

interface ServiceCodeItem {
  code: string;
  batchId: string;
  expiresAt: string;
  status: 'issued' | 'used';
}

/** What a code read before the transaction says; the transaction checks it again. */
function codeProblem(item: ServiceCodeItem | undefined, now: Date): AppError | null {
  if (!item) return codeError('is not a service code of this unit');
  if (item.status === 'used') return codeUsed();
  if (item.expiresAt <= now.toISOString()) return codeError('has expired');
  return null;
}

function consumeCodeOps(
  tableName: string,
  tenantId: string,
  unitId: string,
  code: ServiceCodeItem,
  responseId: string,
  now: Date,
): TxItem[] {
  const at = now.toISOString();
  return [
    {
      op: {
        Update: {
          TableName: tableName,
          Key: keys.serviceCode(tenantId, unitId, code.code),
          UpdateExpression: 'SET #status = :used, usedAt = :at, responseId = :rid',
          ConditionExpression: '#status = :issued AND expiresAt > :at',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':used': 'used', ':issued': 'issued', ':at': at, ':rid': responseId },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (existed, old) => {
        if (!existed) return codeError('is not a service code of this unit');
        return old?.status === 'used' ? codeUsed() : codeError('has expired');
      },
    },
    {
      op: {
        Update: {
          TableName: tableName,
          Key: keys.serviceCodeBatch(tenantId, unitId, code.batchId),
          UpdateExpression: 'ADD used :one',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':one': 1 },
        },
      },
      onConditionFailed: () => codeError('belongs to a batch that no longer exists'),
    },
  ];
}

// ---- submitting a response ----

function checkAgainstUnitAndSettings(
  unit: SurveyUnit,
  settings: SurveySettings,
  input: SubmitSurveyResponseInput,
): FieldError[] {
  const errors: FieldError[] = [];
  if (input.serviceType !== undefined && !unit.serviceTypes.includes(input.serviceType)) {
    errors.push({ path: 'serviceType', message: 'is not a service of this unit' });
  }
  for (const [id, answer] of Object.entries(input.extra ?? {})) {
    const q = settings.extraQuestions.find((x) => x.id === id);
    if (!q) errors.push({ path: `extra.${id}`, message: 'is not a question of this survey' });
    else if (q.kind === 'choice' && !q.options?.includes(answer))
      errors.push({ path: `extra.${id}`, message: 'is not one of the options' });
  }
  if (unit.verification === 'required' && !input.serviceCode) {
    errors.push({ path: 'serviceCode', message: 'is required by this unit' });
  }
  return errors;
}

/**
 * Stores one citizen response: one BatchGetItem (unit, settings and the service code if one is
 * given) and one TransactWriteItems (rate window, code consumption, the response, and the unit,
 * agency and tenant counters of the month). Either all of it is written or none of it.
 *
 * `ctx.answer` is a write that must happen with the response and only with it: the stored answer
 * of the request's Idempotency-Key (`idempotencyRepo.answerPut`), given the response's id. It goes
 * first in the transaction, so when the key was answered already that is the failure reported.
 */
export async function submitSurveyResponse(
  store: Store,
  tenant: Pick<Tenant, 'id' | 'timeZone'>,
  unitId: string,
  input: SubmitSurveyResponseInput,
  ctx: { ip: string; now: Date; answer?: (stored: { id: string; verified: boolean }) => TxItem },
): Promise<{ id: string; verified: boolean; month: string }> {
  const { now } = ctx;
  const codeKey = input.serviceCode ? keys.serviceCode(tenant.id, unitId, input.serviceCode) : undefined;
  const read = await unitAndSettings(store, tenant.id, unitId, codeKey ? [codeKey] : []);
  const unit = openUnit(read.unit);

  const errors = checkAgainstUnitAndSettings(unit, read.settings, input);
  let code: ServiceCodeItem | undefined;
  if (codeKey) {
    code = read.items.find((i) => i.pk === codeKey.pk && i.sk === codeKey.sk) as ServiceCodeItem | undefined;
    const problem = codeProblem(code, now);
    if (problem?.errors) errors.push(...problem.errors);
    else if (problem && errors.length === 0) throw problem;
  }
  if (errors.length > 0) throw validationError(errors);

  const month = monthIn(now, tenant.timeZone);
  const id = ulid(now.getTime());
  const verified = code !== undefined;
  const suggestion = input.suggestion ? input.suggestion : undefined;
  const extra = input.extra && Object.keys(input.extra).length > 0 ? input.extra : undefined;
  const response: StoredSurveyResponse = {
    id,
    unitId,
    agencyId: unit.agencyId,
    month,
    submittedAt: now.toISOString(),
    answers: input.answers,
    respondent: input.respondent,
    ...(input.serviceType !== undefined ? { serviceType: input.serviceType } : {}),
    ...(extra ? { extra } : {}),
    verified,
    ...(code ? { serviceCode: code.code } : {}),
    ...(suggestion
      ? { suggestion, suggestionStatus: 'pending' as const, moderatedAt: null, moderationReason: null }
      : {}),
  };
  const suggestionKeys = suggestion
    ? {
        gsi1pk: keys.surveySuggestions(tenant.id, unitId).gsi1pk,
        gsi1sk: keys.surveySuggestionSort('pending', id),
      }
    : {};

  const items: TxItem[] = [
    ...(ctx.answer ? [ctx.answer({ id, verified })] : []),
    rateWindowOp(store.tableName, tenant.id, unitId, ctx.ip, read.settings.rateLimitPerHour, now),
    ...(code ? consumeCodeOps(store.tableName, tenant.id, unitId, code, id, now) : []),
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.surveyResponse(tenant.id, unitId, month, id),
            ...suggestionKeys,
            type: SURVEY_RESPONSE_TYPE,
            ...response,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    ...counterOps(store.tableName, tenant.id, month, unit, counterDelta(input, verified)),
  ];
  await store.transact(items);
  return { id, verified, month };
}

// ---- reconciliation ----

export interface RecomputeResult {
  unitId: string;
  month: string;
  responsesCounted: number;
  differences: { field: string; stored: number; recounted: number }[];
  repaired: boolean;
}

function counterFields(item: Item | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(item ?? {})) if (isCounterField(k) && typeof v === 'number') out[k] = v;
  return out;
}

/**
 * Recounts one unit and month from the raw responses and compares the result with the unit's
 * counter. With `repair`, one transaction sets the unit counter to the recount (only if no
 * response arrived meanwhile: `all.r` must still be what was read), moves the agency and tenant
 * counters by the same differences, and writes the audit entry.
 */
export async function recomputeUnitCounters(
  store: Store,
  actor: Actor,
  unitId: string,
  input: { month: string; repair: boolean },
  now: Date,
): Promise<RecomputeResult> {
  const { tenantId } = actor;
  const { month } = input;
  const unit = await getSurveyUnit(store, tenantId, unitId);
  const counterKey = keys.ikmUnitCounter(tenantId, month, unitId);
  // The counter is read before the responses: a response landing in between is then in the
  // recount but not in the stored value, and the `all.r` condition below catches it.
  const stored = counterFields(await store.get<Item>(counterKey, true));
  const responses = (await queryAll(store, {
    pk: keys.surveyResponsesPartition(tenantId, unitId, month),
    skBeginsWith: keys.surveyResponsePrefix(),
    consistent: true,
  })) as unknown as StoredSurveyResponse[];
  const recount = sumDeltas(responses.map((r) => counterDelta(r, r.verified === true)));

  const fields = [...new Set([...Object.keys(stored), ...Object.keys(recount)])].sort();
  const differences = fields
    .map((field) => ({ field, stored: stored[field] ?? 0, recounted: recount[field] ?? 0 }))
    .filter((d) => d.stored !== d.recounted);
  const result: RecomputeResult = {
    unitId,
    month,
    responsesCounted: responses.length,
    differences,
    repaired: false,
  };
  if (!input.repair || differences.length === 0) return result;

  const names: Record<string, string> = { '#r': 'all.r' };
  const values: Record<string, unknown> = {};
  const sets: string[] = [];
  const removes: string[] = [];
  differences.forEach((d, i) => {
    names[`#f${i}`] = d.field;
    if (d.recounted === 0) removes.push(`#f${i}`);
    else {
      values[`:f${i}`] = d.recounted;
      sets.push(`#f${i} = :f${i}`);
    }
  });
  const ident = { type: IKM_COUNTER_TYPE, scope: 'unit', unitId, agencyId: unit.agencyId, month };
  Object.entries(ident).forEach(([field, v], i) => {
    names[`#s${i}`] = field;
    values[`:s${i}`] = v;
    sets.push(`#s${i} = :s${i}`);
  });
  let condition = 'attribute_not_exists(#r)';
  if (stored['all.r'] !== undefined) {
    condition = '#r = :r';
    values[':r'] = stored['all.r'];
  }
  const delta = Object.fromEntries(differences.map((d) => [d.field, d.recounted - d.stored]));
  const [, agencyOp, tenantOp] = counterOps(store.tableName, tenantId, month, unit, delta);
  await store.transact([
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: counterKey,
          UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
          ConditionExpression: condition,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      },
      onConditionFailed: () => conflict('Responses arrived while recounting; run the recount again.'),
    },
    agencyOp!,
    tenantOp!,
    auditPut(
      store.tableName,
      actor,
      {
        action: 'survey.counters.repair',
        entityType: 'surveyUnit',
        entityId: unitId,
        changes: Object.fromEntries(
          differences.map((d) => [`${month}.${d.field}`, { before: d.stored, after: d.recounted }]),
        ),
      },
      now,
    ),
  ]);
  return { ...result, repaired: true };
}
