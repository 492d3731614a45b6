import type { AppError, CreateEmployeeInput, RankedEntry } from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import * as keys from '../../keys';
import type { Store, TxItem } from '../../store';
import { EmployeeTransaction } from '../personnel/employee-writes';
import { newEmployeeWriteSet } from '../personnel/employees';
import type { StoredApplication } from './applicants';

/**
 * The results of a round (issue 12 §4): the ranking computeRanking stores, and hiring.
 *
 * **Ranking.** Each MS application's place is stored on the application item itself (`ranking`,
 * with the run's id), so the ranking of a round is read with the round's applications in one query
 * of their index, and no item grows with the number of applicants. A run writes its applications in
 * transactions of up to RANKING_CHUNK, then the round's summary (`rankingRunId`, the instant, and
 * the `scoresRevision` it was computed from) with its audit entry, last: an application whose
 * `ranking.runId` is not the round's, or scores imported after the run read them, make the ranking
 * stale, and the exam announcements wait for it to be computed again. Neither write changes a
 * `version`: the ranking is not the applicant's data, nor the round's settings.
 *
 * **Hiring.** One transaction: the new employee with all its items (personnel's write set: NIP
 * guard, seat, headcount aggregate, history, audit), the application's `hired` link (on the
 * condition that it is MS, not hired yet, and at the version read), and the audit entry of the
 * application. So the link is kept both ways or not at all.
 */

/** Applications per transaction: one UpdateItem each. */
export const RANKING_CHUNK = 100;
/** Transactions of one run in flight. */
const RANKING_IN_FLIGHT = 3;

export interface StoredRankingEntry extends Omit<RankedEntry, 'id' | 'birthDate'> {
  /** The entry's place in the formasi's list (finals, the SKD-only ranks, the rest). */
  position: number;
  runId: string;
  computedAt: string;
}

export interface RankingSummary {
  passingGradeApplied: boolean;
  shortlistLimit: number;
  tieAtShortlistLine: boolean;
  tieAtOpeningsLine: boolean;
}

export interface RankingRun {
  runId: string;
  computedAt: string;
  /** The round's `scoresRevision` when the run read the scores (0: none imported yet). */
  scoresRevision: number;
  /** formationId → the formasi's summary. */
  summary: Record<string, RankingSummary>;
  entries: { applicationId: string; ranking: StoredRankingEntry }[];
}

function rankingUpdate(
  store: Store,
  tenantId: string,
  applicationId: string,
  ranking: StoredRankingEntry,
): TxItem {
  return {
    op: {
      Update: {
        TableName: store.tableName,
        Key: keys.application(tenantId, applicationId),
        UpdateExpression: 'SET #ranking = :r',
        ConditionExpression: '#status = :ms',
        ExpressionAttributeNames: { '#ranking': 'ranking', '#status': 'status' },
        ExpressionAttributeValues: { ':r': ranking, ':ms': 'MS' },
      },
    },
  };
}

export async function writeRanking(
  store: Store,
  actor: Actor,
  roundId: string,
  run: RankingRun,
  now: Date,
): Promise<void> {
  const t = actor.tenantId;
  const chunks: TxItem[][] = [];
  for (let i = 0; i < run.entries.length; i += RANKING_CHUNK)
    chunks.push(
      run.entries.slice(i, i + RANKING_CHUNK).map((e) => rankingUpdate(store, t, e.applicationId, e.ranking)),
    );
  let next = 0;
  const lane = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++]!;
      await store.transact(chunk);
    }
  };
  await Promise.all(Array.from({ length: Math.min(RANKING_IN_FLIGHT, chunks.length) }, lane));
  await store.transact([
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.recruitmentRound(t, roundId),
          UpdateExpression:
            'SET rankingRunId = :run, rankingComputedAt = :at, rankingScoresRevision = :scores, rankingSummary = :summary',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: {
            ':run': run.runId,
            ':at': run.computedAt,
            ':scores': run.scoresRevision,
            ':summary': run.summary,
          },
        },
      },
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'round.computeRanking',
        entityType: 'recruitmentRound',
        entityId: roundId,
        changes: {
          rankingComputedAt: { before: null, after: run.computedAt },
          ranked: { before: null, after: run.entries.length },
        },
      },
      now,
    ),
  ]);
}

export interface HiredLink {
  employeeId: string;
  nip: string;
  hiredAt: string;
}

/**
 * Creates the employee and links both ways in one transaction (see the header). The employee
 * carries `recruitment` (the application, round and registration number); the application `hired`.
 */
export async function hire(
  store: Store,
  actor: Actor,
  app: StoredApplication,
  input: CreateEmployeeInput,
  tmt: string,
  now: Date,
  conflictOnApplication: () => AppError,
): Promise<{ employeeId: string; link: HiredLink }> {
  const t = actor.tenantId;
  const link = {
    applicationId: app.id,
    roundId: app.roundId,
    registrationNumber: app.registrationNumber ?? '',
  };
  const { employee, set } = await newEmployeeWriteSet(store, actor, input, now, {
    auditExtra: { recruitment: { before: null, after: link } },
    history: { kind: 'initial', event: 'initial', tmt },
    extraFields: { recruitment: link },
  });
  const hired: HiredLink = { employeeId: employee.id, nip: employee.nip, hiredAt: now.toISOString() };
  const tx = new EmployeeTransaction(store, t);
  if (!tx.add(set)) throw new Error('an employee write needs more than 100 items');
  await store.transact([
    ...tx.items(),
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.application(t, app.id),
          UpdateExpression: 'SET hired = :h, updatedAt = :at, version = version + :one',
          ConditionExpression: '#status = :ms AND attribute_not_exists(hired) AND version = :v',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':h': hired,
            ':at': hired.hiredAt,
            ':one': 1,
            ':ms': 'MS',
            ':v': app.version,
          },
        },
      },
      onConditionFailed: conflictOnApplication,
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'application.hire',
        entityType: 'application',
        entityId: app.id,
        changes: { hired: { before: null, after: hired } },
      },
      now,
    ),
  ]);
  return { employeeId: employee.id, link: hired };
}
