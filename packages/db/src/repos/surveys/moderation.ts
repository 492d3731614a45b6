import { conflict, diffFields, monthIn, notFound } from '@pamong/core';
import { decodeTime } from 'ulid';
import { type Actor, auditPut } from '../../audit';
import * as keys from '../../keys';
import type { Page, Store } from '../../store';
import { asSurveyUnit, getScopedUnit, inUnitScope, type UnitScope } from './common';

/** Suggestions left with survey responses, and their moderation (shown or hidden). */

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
      skBeginsWith: q.status ? keys.surveySuggestionStatusPrefix(q.status) : undefined,
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
  inUnitScope(asSurveyUnit(unitItem), scope);
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
