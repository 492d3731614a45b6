import {
  AppError,
  type Competency,
  type CreateCompetencyInput,
  diffFields,
  type ListCompetenciesQuery,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import * as keys from '../../keys';
import type { Page, Store, TxItem } from '../../store';

const COMPETENCY_AUDIT_FIELDS = ['code', 'name', 'group', 'levels'] as const;

const duplicateCode = (code: string) =>
  new AppError(409, 'conflict', 'Conflict', `The competency ${code} is already in the catalogue.`, [
    { path: 'code', message: 'is already in the catalogue' },
  ]);

function asCompetency(item: Record<string, unknown>): Competency {
  return {
    code: String(item.code),
    name: String(item.name),
    group: item.group as Competency['group'],
    levels: item.levels as Competency['levels'],
    createdAt: String(item.createdAt),
    version: Number(item.version),
  };
}

/** The catalogue item (its key is the code, so it is its own uniqueness guard) and its audit entry. */
export function competencyWrites(
  store: Store,
  actor: Actor,
  input: CreateCompetencyInput,
  now: Date,
): { competency: Competency; items: TxItem[] } {
  const competency: Competency = { ...input, createdAt: now.toISOString(), version: 1 };
  const items: TxItem[] = [
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...keys.competency(actor.tenantId, input.code), type: 'COMPETENCY', ...competency },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () => duplicateCode(input.code),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'competency.create',
        entityType: 'competency',
        entityId: input.code,
        changes: diffFields(undefined, competency, COMPETENCY_AUDIT_FIELDS),
      },
      now,
    ),
  ];
  return { competency, items };
}

/** One TransactWriteItems: competencyWrites. */
export async function createCompetency(
  store: Store,
  actor: Actor,
  input: CreateCompetencyInput,
  now: Date,
): Promise<Competency> {
  const { competency, items } = competencyWrites(store, actor, input, now);
  await store.transact(items);
  return competency;
}

/**
 * One Query per page, by code. A catalogue holds tens to a few hundred entries, so the group is a
 * FilterExpression rather than an index of its own; a filtered page may come back short.
 */
export async function listCompetencies(
  store: Store,
  tenantId: string,
  q: ListCompetenciesQuery,
): Promise<Page<Competency>> {
  const page = await store.query<Record<string, unknown>>({
    tenantId,
    queryId: `competencies:${q.group ?? '*'}`,
    pk: keys.competenciesPartition(tenantId),
    skBeginsWith: keys.competencyPrefix(),
    limit: q.limit,
    cursor: q.cursor,
    ...(q.group
      ? {
          filter: {
            expression: '#group = :group',
            names: { '#group': 'group' },
            values: { ':group': q.group },
          },
        }
      : {}),
  });
  return { items: page.items.map(asCompetency), nextCursor: page.nextCursor };
}
