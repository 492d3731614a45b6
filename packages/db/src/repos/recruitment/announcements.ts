import { type AnnouncementStage, conflict, notFound } from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import * as keys from '../../keys';
import { type Store, stripKeys } from '../../store';
import { queryAll } from '../surveys/responses';
import type { StoredRecruitmentRound } from './rounds';

/**
 * Announcements (issue 12 §4): immutable and versioned. Each version is its own item holding the
 * results as they were at publication, the SHA-256 of its content and the previous version's hash.
 * A round's announcements are one chain, whatever their stage: version 1 is its first
 * announcement, and each later one (the next stage, or a correction of one) links to the one
 * before. The head of the chain sits in the round's partition and moves only from the version the
 * publisher read (`version = :v`), so two publications can never fork it. The instant of a
 * stage's first version is written on the round (`announced<STAGE>`, `if_not_exists`), where the
 * lifecycle's clock reads it (the objection windows count from it).
 */

const ANNOUNCEMENT_TYPE = 'RECRUITMENT_ANNOUNCEMENT';

export interface StoredAnnouncement {
  id: string;
  roundId: string;
  roundName: string;
  stage: AnnouncementStage;
  version: number;
  publishedAt: string;
  note: string;
  results: Record<string, unknown>[];
  hash: string;
  previousHash: string | null;
  /** Exactly what was hashed (with `previousHash`). */
  content: Record<string, unknown>;
}

export interface AnnouncementHead {
  version: number;
  hash: string;
  announcementId: string;
}

/** The attribute of the round that holds a stage's first publication instant. */
const announcedAttribute = (stage: string) => `announced${stage}`;

/** The first publication instant of each stage announced so far, from the round item. */
export function announcedAtOf(round: StoredRecruitmentRound): Partial<Record<AnnouncementStage, string>> {
  const out: Partial<Record<AnnouncementStage, string>> = {};
  const r = round as unknown as Record<string, unknown>;
  for (const stage of [
    'ADMINISTRATION',
    'ADMINISTRATION_AFTER_OBJECTION',
    'SKD',
    'SKB',
    'FINAL',
  ] as AnnouncementStage[]) {
    const at = r[announcedAttribute(stage)];
    if (typeof at === 'string') out[stage] = at;
  }
  return out;
}

export async function getHead(
  store: Store,
  tenantId: string,
  roundId: string,
): Promise<AnnouncementHead | null> {
  const item = await store.get<AnnouncementHead>(keys.announcementHead(tenantId, roundId), true);
  return item ? { version: item.version, hash: item.hash, announcementId: item.announcementId } : null;
}

/**
 * One transaction: the new version (`attribute_not_exists`), the stage's head moved from the
 * version read (or created for version 1), the round's first-publication instant for the stage
 * (kept if there is one), the audit entry. A concurrent publication of the same stage is 409.
 */
/**
 * One transaction: the announcement, the round's head at the version read (a concurrent publication
 * is 409), the stage's first instant on the round, and the audit entry. `registrationClosesAt` is the
 * round's close as the service checked it before the first ADMINISTRATION: the round must still say
 * so, or an extension made meanwhile would reopen registration under the announcement (409).
 */
export async function publish(
  store: Store,
  actor: Actor,
  a: StoredAnnouncement,
  now: Date,
  registrationClosesAt?: string,
): Promise<void> {
  const t = actor.tenantId;
  const first = a.version === 1;
  const closeGuard = registrationClosesAt !== undefined;
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.announcement(t, a.id),
            ...keys.announcementsOfRound(t, a.roundId),
            gsi1sk: keys.announcementsOfRoundSort(a.publishedAt, a.id),
            type: ANNOUNCEMENT_TYPE,
            ...a,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.announcementHead(t, a.roundId),
            type: 'ANNOUNCEMENT_HEAD',
            stage: a.stage,
            version: a.version,
            hash: a.hash,
            announcementId: a.id,
          },
          ConditionExpression: first ? 'attribute_not_exists(pk)' : 'version = :previous',
          ...(first ? {} : { ExpressionAttributeValues: { ':previous': a.version - 1 } }),
        },
      },
      onConditionFailed: () =>
        conflict('Another announcement of this round was published meanwhile; reload and try again.'),
    },
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.recruitmentRound(t, a.roundId),
          UpdateExpression: 'SET #a = if_not_exists(#a, :at)',
          ConditionExpression: closeGuard
            ? 'attribute_exists(pk) AND registrationClosesAt = :closes'
            : 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#a': announcedAttribute(a.stage) },
          ExpressionAttributeValues: {
            ':at': a.publishedAt,
            ...(closeGuard ? { ':closes': registrationClosesAt } : {}),
          },
        },
      },
      onConditionFailed: () =>
        conflict("The round's registration was changed meanwhile; reload and try again."),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'announcement.publish',
        entityType: 'recruitmentRound',
        entityId: a.roundId,
        changes: {
          announcement: {
            before: first ? null : `v${a.version - 1}`,
            after: `v${a.version} ${a.stage} ${a.hash}`,
          },
        },
      },
      now,
    ),
  ]);
}

export async function get(
  store: Store,
  tenantId: string,
  announcementId: string,
): Promise<StoredAnnouncement> {
  const item = await store.get<Record<string, unknown>>(keys.announcement(tenantId, announcementId));
  if (!item || item.type !== ANNOUNCEMENT_TYPE) throw notFound('Announcement');
  return stripKeys(item) as unknown as StoredAnnouncement;
}

/** Every version of every stage of a round, by publication time. */
export async function listOfRound(
  store: Store,
  tenantId: string,
  roundId: string,
): Promise<StoredAnnouncement[]> {
  const items = await queryAll(store, {
    pk: keys.announcementsOfRound(tenantId, roundId).gsi1pk,
    index: 'gsi1',
  });
  return items.map((i) => stripKeys(i) as unknown as StoredAnnouncement);
}
