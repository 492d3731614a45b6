import {
  AppError,
  conflict,
  diffFields,
  type FieldError,
  notFound,
  type RecruitmentFormation,
  versionConflict,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import * as keys from '../../keys';
import { type Page, type Store, stripKeys, type TxItem } from '../../store';
import { queryAll } from '../surveys/responses';

/**
 * E-recruitment rounds and their formasi (issue 12 §4). A round's partition holds the round item
 * and its formasi, so a round with its formasi is one Query. The round carries the count of formasi
 * and the sum of their openings, kept with `ADD` in the transaction that adds or changes a formasi
 * (the round's `version` is not bumped by them, so a formasi never makes an edit of the round
 * stale). A published round is also on gsi2 (sparse) for the careers page. Round codes (the
 * registration numbers' prefix) are kept unique by guard items. No authorisation and no rules here:
 * the service (functions/recruitment/services) applies them and hands over what to write.
 */

const ROUND_TYPE = 'RECRUITMENT_ROUND';
const FORMATION_TYPE = 'RECRUITMENT_FORMATION';

/** The round's fields as stored (local times, the tenant's zone). */
export interface StoredRecruitmentRound {
  id: string;
  name: string;
  kind: 'CPNS' | 'PPPK';
  year: number;
  code: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  referenceDate: string;
  schedule: Record<string, string>;
  skdSubtests: Record<'twk' | 'tiu' | 'tkp', { questions: number; maxScore: number }>;
  passingGrades: Record<string, Partial<Record<'twk' | 'tiu' | 'tkp' | 'total', number>>>;
  skdWeight: number;
  skbWeight: number;
  skbComponents: Record<'cat' | 'interview' | 'other', number>;
  skbComponentCaps: Record<'cat' | 'interview' | 'other', number>;
  skbMultiplier: number;
  objectionDays: number;
  objectionDecisionDays: number;
  published: boolean;
  publishedAt: string | null;
  formationCount: number;
  openings: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export type StoredFormation = RecruitmentFormation;

/** Fields written by a change of the round (the counters and publication are not among them). */
export const ROUND_EDITABLE = [
  'name',
  'code',
  'registrationOpensAt',
  'registrationClosesAt',
  'referenceDate',
  'schedule',
  'skdSubtests',
  'passingGrades',
  'skdWeight',
  'skbWeight',
  'skbComponents',
  'skbComponentCaps',
  'skbMultiplier',
  'objectionDays',
  'objectionDecisionDays',
] as const;
const ROUND_AUDIT_FIELDS = ['kind', 'year', ...ROUND_EDITABLE] as const;
const FORMATION_AUDIT_FIELDS = [
  'agencyId',
  'positionId',
  'unitId',
  'openings',
  'track',
  'educationRequirements',
  'minIpk',
  'maxAge',
  'requiredDocuments',
] as const;

const asRound = (i: Record<string, unknown>) => stripKeys(i) as unknown as StoredRecruitmentRound;
const asFormation = (i: Record<string, unknown>) => stripKeys(i) as unknown as StoredFormation;

/** The round, or 404 (another tenant's id reads nothing: its key is under another prefix). */
export async function getRound(
  store: Store,
  tenantId: string,
  roundId: string,
  consistent = false,
): Promise<StoredRecruitmentRound> {
  const item = await store.get<Record<string, unknown>>(keys.recruitmentRound(tenantId, roundId), consistent);
  if (!item || item.type !== ROUND_TYPE) throw notFound('Recruitment round');
  return asRound(item);
}

/** The round and its formasi: one Query of the round's partition (more only past 1 MB). */
export async function getRoundWithFormations(
  store: Store,
  tenantId: string,
  roundId: string,
): Promise<{ round: StoredRecruitmentRound; formations: StoredFormation[] }> {
  const items = await queryAll(store, { pk: keys.recruitmentRoundPartition(tenantId, roundId) });
  const round = items.find((i) => i.type === ROUND_TYPE);
  if (!round) throw notFound('Recruitment round');
  return {
    round: asRound(round),
    formations: items.filter((i) => i.type === FORMATION_TYPE).map(asFormation),
  };
}

export async function getFormation(
  store: Store,
  tenantId: string,
  roundId: string,
  formationId: string,
  consistent = false,
): Promise<StoredFormation> {
  const item = await store.get<Record<string, unknown>>(
    keys.formation(tenantId, roundId, formationId),
    consistent,
  );
  if (!item || item.type !== FORMATION_TYPE) throw notFound('Formasi');
  return asFormation(item);
}

/** The round codes in use that start with `stem` (a kind and year), to choose the next free one. */
export async function codesStartingWith(store: Store, tenantId: string, stem: string): Promise<Set<string>> {
  const items = await queryAll(store, {
    pk: keys.recruitmentRoundCodesPartition(tenantId),
    skBeginsWith: keys.recruitmentRoundCodePrefix(stem),
    consistent: true,
  });
  return new Set(items.map((i) => String(i.code)));
}

function codeGuard(store: Store, tenantId: string, code: string, roundId: string): TxItem {
  return {
    op: {
      Put: {
        TableName: store.tableName,
        Item: { ...keys.recruitmentRoundCode(tenantId, code), type: 'RECRUITMENT_ROUND_CODE', code, roundId },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    onConditionFailed: () =>
      new AppError(409, 'conflict', 'Conflict', `Another round already uses the code ${code}.`, [
        { path: 'code', message: 'is used by another round of this tenant' },
      ]),
  };
}

const publishedIndex = (tenantId: string, r: StoredRecruitmentRound) => ({
  ...keys.publishedRecruitmentRounds(tenantId),
  gsi2sk: keys.recruitmentPublishedSort(r.registrationOpensAt, r.id),
});

/** One transaction: the round, its code's guard, the audit entry. */
export async function createRound(
  store: Store,
  actor: Actor,
  round: StoredRecruitmentRound,
  now: Date,
): Promise<void> {
  const t = actor.tenantId;
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.recruitmentRound(t, round.id),
            ...keys.recruitmentRounds(t),
            gsi1sk: round.id,
            type: ROUND_TYPE,
            ...round,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    codeGuard(store, t, round.code, round.id),
    auditPut(
      store.tableName,
      actor,
      {
        action: 'recruitmentRound.create',
        entityType: 'recruitmentRound',
        entityId: round.id,
        changes: diffFields(undefined, round as never, ROUND_AUDIT_FIELDS),
      },
      now,
    ),
  ]);
}

const staleRound = (expected: number) => (_existed: boolean, old?: Record<string, unknown>) => {
  if (old && old.version !== expected) return versionConflict('The round');
  if (old?.announcedADMINISTRATION)
    return conflict('The administration result was announced meanwhile: registration can no longer move.');
  return conflict('The round has changed.');
};

/**
 * One transaction: the round's editable fields at the version read (`version = :v`: a stale one is
 * 409), a moved code's guards (the old one removed, the new one `attribute_not_exists`), the audit
 * entry. The counters are left alone (SET of the fields only), so a formasi added meanwhile counts.
 */
export async function updateRound(
  store: Store,
  actor: Actor,
  before: StoredRecruitmentRound,
  after: StoredRecruitmentRound,
  now: Date,
): Promise<void> {
  const t = actor.tenantId;
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ':v': before.version };
  const sets: string[] = [];
  for (const [i, f] of [...ROUND_EDITABLE, 'updatedAt', 'version'].entries()) {
    names[`#f${i}`] = f;
    values[`:f${i}`] = after[f as keyof StoredRecruitmentRound];
    sets.push(`#f${i} = :f${i}`);
  }
  if (after.published) {
    sets.push('gsi2sk = :gsi2sk');
    values[':gsi2sk'] = publishedIndex(t, after).gsi2sk;
  }
  const items: TxItem[] = [
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.recruitmentRound(t, before.id),
          UpdateExpression: `SET ${sets.join(', ')}`,
          // A moved close also needs no announcement to have been made meanwhile (publishing one does
          // not bump the version).
          ConditionExpression:
            after.registrationClosesAt !== before.registrationClosesAt
              ? 'attribute_exists(pk) AND version = :v AND attribute_not_exists(announcedADMINISTRATION)'
              : 'attribute_exists(pk) AND version = :v',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: staleRound(before.version),
    },
  ];
  if (after.code !== before.code) {
    items.push(
      {
        op: {
          Delete: { TableName: store.tableName, Key: keys.recruitmentRoundCode(t, before.code) },
        },
      },
      codeGuard(store, t, after.code, before.id),
    );
  }
  items.push(
    auditPut(
      store.tableName,
      actor,
      {
        action: 'recruitmentRound.update',
        entityType: 'recruitmentRound',
        entityId: before.id,
        changes: diffFields(before as never, after as never, ROUND_AUDIT_FIELDS),
      },
      now,
    ),
  );
  await store.transact(items);
}

/**
 * One transaction: the round published at the version read, still a draft, with at least one
 * formasi (the conditions hold what the rule checked), onto the careers index; the audit entry.
 */
export async function publishRound(
  store: Store,
  actor: Actor,
  before: StoredRecruitmentRound,
  now: Date,
): Promise<StoredRecruitmentRound> {
  const t = actor.tenantId;
  const at = now.toISOString();
  const after: StoredRecruitmentRound = {
    ...before,
    published: true,
    publishedAt: at,
    updatedAt: at,
    version: before.version + 1,
  };
  const index = publishedIndex(t, after);
  await store.transact([
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.recruitmentRound(t, before.id),
          UpdateExpression:
            'SET published = :true, publishedAt = :at, updatedAt = :at, version = :next, gsi2pk = :g2pk, gsi2sk = :g2sk',
          ConditionExpression:
            'attribute_exists(pk) AND version = :v AND published = :false AND formationCount >= :one',
          ExpressionAttributeValues: {
            ':true': true,
            ':false': false,
            ':one': 1,
            ':at': at,
            ':next': after.version,
            ':v': before.version,
            ':g2pk': index.gsi2pk,
            ':g2sk': index.gsi2sk,
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: staleRound(before.version),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'recruitmentRound.publish',
        entityType: 'recruitmentRound',
        entityId: before.id,
        changes: { published: { before: false, after: true } },
      },
      now,
    ),
  ]);
  return after;
}

/**
 * The round as the rule saw it (published or not, registration opening): a change to it meanwhile
 * fails the transaction, so a formasi is never added or changed against a rule that no longer held.
 * `openings` > 0 adds to the round's counters.
 */
function roundAsSeen(
  store: Store,
  tenantId: string,
  round: StoredRecruitmentRound,
  add: { formations: number; openings: number },
): TxItem {
  const condition = 'attribute_exists(pk) AND published = :pub AND registrationOpensAt = :opens';
  const values = { ':pub': round.published, ':opens': round.registrationOpensAt };
  const onConditionFailed = () =>
    conflict('The round changed while its formasi was being written. Reload it and try again.');
  if (add.formations === 0 && add.openings === 0) {
    return {
      op: {
        ConditionCheck: {
          TableName: store.tableName,
          Key: keys.recruitmentRound(tenantId, round.id),
          ConditionExpression: condition,
          ExpressionAttributeValues: values,
        },
      },
      onConditionFailed,
    };
  }
  return {
    op: {
      Update: {
        TableName: store.tableName,
        Key: keys.recruitmentRound(tenantId, round.id),
        UpdateExpression: 'ADD formationCount :fc, openings :oc',
        ConditionExpression: condition,
        ExpressionAttributeValues: { ...values, ':fc': add.formations, ':oc': add.openings },
      },
    },
    onConditionFailed,
  };
}

/** The position a formasi names still exists in the agency it was read in. */
function positionInAgency(store: Store, tenantId: string, f: StoredFormation): TxItem {
  return {
    op: {
      ConditionCheck: {
        TableName: store.tableName,
        Key: keys.position(tenantId, f.positionId),
        ConditionExpression: 'attribute_exists(pk) AND agencyId = :a',
        ExpressionAttributeValues: { ':a': f.agencyId },
      },
    },
    onConditionFailed: () =>
      new AppError(409, 'conflict', 'Conflict', 'The position changed meanwhile.', [
        { path: 'positionId', message: 'changed while the formasi was being written' },
      ] satisfies FieldError[]),
  };
}

/** One transaction: the formasi, the round's counters (as the rule saw the round), the position check, the audit entry. */
export async function addFormation(
  store: Store,
  actor: Actor,
  round: StoredRecruitmentRound,
  formation: StoredFormation,
  now: Date,
): Promise<void> {
  const t = actor.tenantId;
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...keys.formation(t, round.id, formation.id), type: FORMATION_TYPE, ...formation },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    roundAsSeen(store, t, round, { formations: 1, openings: formation.openings }),
    positionInAgency(store, t, formation),
    auditPut(
      store.tableName,
      actor,
      {
        action: 'formation.create',
        entityType: 'formation',
        entityId: formation.id,
        changes: diffFields(undefined, formation as never, FORMATION_AUDIT_FIELDS),
      },
      now,
    ),
  ]);
}

/** One transaction: the formasi at the version read, the round's openings (as the rule saw the round), the audit entry. */
export async function updateFormation(
  store: Store,
  actor: Actor,
  round: StoredRecruitmentRound,
  before: StoredFormation,
  after: StoredFormation,
  now: Date,
): Promise<void> {
  const t = actor.tenantId;
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...keys.formation(t, round.id, before.id), type: FORMATION_TYPE, ...after },
          ConditionExpression: 'attribute_exists(pk) AND version = :v',
          ExpressionAttributeValues: { ':v': before.version },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (existed) => (existed ? versionConflict('The formasi') : notFound('Formasi')),
    },
    roundAsSeen(store, t, round, { formations: 0, openings: after.openings - before.openings }),
    positionInAgency(store, t, after),
    auditPut(
      store.tableName,
      actor,
      {
        action: 'formation.update',
        entityType: 'formation',
        entityId: before.id,
        changes: diffFields(before as never, after as never, FORMATION_AUDIT_FIELDS),
      },
      now,
    ),
  ]);
}

/** One page of rounds from an index, read backwards (newest first). */
async function roundsPage(
  store: Store,
  tenantId: string,
  index: { name: 'gsi1' | 'gsi2'; pk: string; queryId: string },
  page: { cursor?: string; limit: number },
): Promise<Page<StoredRecruitmentRound>> {
  const res = await store.query<Record<string, unknown>>({
    tenantId,
    queryId: index.queryId,
    index: index.name,
    pk: index.pk,
    limit: page.limit,
    cursor: page.cursor,
    forward: false,
  });
  return { items: res.items.map(asRound), nextCursor: res.nextCursor };
}

/** The tenant's rounds, newest first: one Query of gsi1 per page. */
export const listRounds = (store: Store, tenantId: string, page: { cursor?: string; limit: number }) =>
  roundsPage(
    store,
    tenantId,
    { name: 'gsi1', pk: keys.recruitmentRounds(tenantId).gsi1pk, queryId: 'recruitmentRounds' },
    page,
  );

/** The tenant's published rounds, latest registration opening first: one Query of gsi2 per page. */
export const listPublishedRounds = (
  store: Store,
  tenantId: string,
  page: { cursor?: string; limit: number },
) =>
  roundsPage(
    store,
    tenantId,
    {
      name: 'gsi2',
      pk: keys.publishedRecruitmentRounds(tenantId).gsi2pk,
      queryId: 'publishedRecruitmentRounds',
    },
    page,
  );

/**
 * Marks that the round's exam scores changed (`scoresRevision`, counted up, and `scoresUpdatedAt`):
 * the score import marks it when its run takes the job and again when the run ends, so a ranking
 * computed from an earlier revision is known to be stale (a counter, not the instant: two imports
 * in the same millisecond differ too). One UpdateItem on the round item, which must exist; the
 * round's `version` is not bumped (scores are not an edit of the round).
 */
export async function touchScores(store: Store, tenantId: string, roundId: string, now: Date): Promise<void> {
  await store.transact([
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.recruitmentRound(tenantId, roundId),
          UpdateExpression: 'SET #scoresUpdatedAt = :at ADD #scoresRevision :one',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: {
            '#scoresUpdatedAt': 'scoresUpdatedAt',
            '#scoresRevision': 'scoresRevision',
          },
          ExpressionAttributeValues: { ':at': now.toISOString(), ':one': 1 },
        },
      },
      onConditionFailed: () => notFound('Recruitment round'),
    },
  ]);
}
