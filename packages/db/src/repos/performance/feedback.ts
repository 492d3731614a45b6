import { randomBytes, randomInt } from 'node:crypto';
import {
  type AnonymousAnswer,
  anonymousAnswer,
  assertPerformance,
  badCursor,
  type Claims,
  canAnswerFeedback,
  canOpenFeedbackRound,
  canSeeFeedbackSummary,
  conflict,
  directSuperiorOf,
  type FeedbackForm,
  type FeedbackRater,
  type FeedbackRound,
  type FeedbackRoundAccessRef,
  type FeedbackScores,
  type FeedbackStructure,
  type FeedbackSummaryView,
  type FieldError,
  feedbackRaterIssues,
  forbidden,
  isManagerial,
  type ListFeedbackFormsQuery,
  type ListFeedbackRoundsQuery,
  localDateOf,
  MANAGERIAL_POSITION_TYPES,
  notFound,
  type OpenFeedbackRoundInput,
  type OrgLeader,
  RATER_RELATIONS,
  type RaterRelation,
  raterRelationFor,
  type SubmitFeedbackInput,
  summariseFeedback,
  validationError,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import { newId } from '../../ids';
import * as keys from '../../keys';
import type { Page, Store, TxItem } from '../../store';
import { type AgencyOrgView, agencyOrgOf } from '../attendance/leave-org';
import { asStoredEmployee, type StoredEmployee } from '../personnel/employee-writes';
import { getStoredEmployee } from '../personnel/employees';
import { queryAll } from '../surveys/responses';
import { getPerformanceSettings } from './settings';

/**
 * Anonymous 360 feedback (issue 14 §3). Three kinds of item:
 * - the round (`keys.feedbackRound`, on gsi1 under its agency): the subject, the period, the day it
 *   opened and the day it closes, the appraiser (employee round) or unit head (unit round) recorded
 *   when it opened, and per relation group the count of raters asked and of answers received;
 * - one assignment per rater (`keys.feedbackAssignment`, in the rater's partition): their "to
 *   fill" list, and `answered` once they have answered. It holds nothing of the answer;
 * - one item per answer (`keys.feedbackAnswer`): relation group, scores, comment and the round's
 *   opening day; no rater id, no time of its own, a random (not time-ordered) sort key.
 * The answer, the assignment's `answered` and the round's count are one transaction, so an answer
 * and its marker exist together or not at all, and the condition on the marker lets a rater answer
 * once however many requests race. Answers are read back only through `summariseFeedback`.
 *
 * Not audited: a submission. An audit entry names its actor and its time, and next to a round's
 * counts (or a summary read before and after) that would tie an answer to a rater. Opening a round
 * is audited, with its subject and the count of raters per group.
 */

/** TransactWriteItems takes 100 items: the round, its audit entry, and one assignment per rater. */
export const MAX_FEEDBACK_RATERS = 98;

type Period = { start: string; end: string };
type Counts = Partial<Record<RaterRelation, number>>;

interface StoredRound {
  id: string;
  agencyId: string;
  subjectKind: 'employee' | 'unit';
  subjectId: string;
  subjectName: string;
  period: Period;
  openedOn: string;
  closesOn: string;
  appraiserId: string | null;
  unitHeadId: string | null;
  raterCounts: Counts;
  answeredCounts: Counts;
}

interface StoredAssignment {
  roundId: string;
  raterId: string;
  relation: RaterRelation;
  agencyId: string;
  subjectKind: 'employee' | 'unit';
  subjectId: string;
  subjectName: string;
  period: Period;
  closesOn: string;
  answered?: boolean;
}

const ROUND_TYPE = 'FEEDBACK_ROUND';
const ASSIGNMENT_TYPE = 'FEEDBACK_ASSIGNMENT';
const ANSWER_TYPE = 'FEEDBACK_ANSWER';

const statusOf = (closesOn: string, today: string) => (today > closesOn ? 'closed' : 'open');

const asRound = (i: Record<string, unknown>): StoredRound => ({
  id: String(i.id),
  agencyId: String(i.agencyId),
  subjectKind: i.subjectKind as StoredRound['subjectKind'],
  subjectId: String(i.subjectId),
  subjectName: String(i.subjectName),
  period: i.period as Period,
  openedOn: String(i.openedOn),
  closesOn: String(i.closesOn),
  appraiserId: (i.appraiserId as string | null) ?? null,
  unitHeadId: (i.unitHeadId as string | null) ?? null,
  raterCounts: (i.raterCounts as Counts) ?? {},
  answeredCounts: (i.answeredCounts as Counts) ?? {},
});

/** The round as its readers see it: counts per group, never the raters. */
function roundView(r: StoredRound, today: string): FeedbackRound {
  return {
    id: r.id,
    agencyId: r.agencyId,
    subject: { kind: r.subjectKind, id: r.subjectId, name: r.subjectName },
    period: { start: r.period.start, end: r.period.end },
    openedOn: r.openedOn,
    closesOn: r.closesOn,
    status: statusOf(r.closesOn, today),
    groups: RATER_RELATIONS.filter((rel) => (r.raterCounts[rel] ?? 0) > 0).map((relation) => ({
      relation,
      raters: r.raterCounts[relation] ?? 0,
      answered: r.answeredCounts[relation] ?? 0,
    })),
  };
}

const accessRef = (r: StoredRound): FeedbackRoundAccessRef => ({
  subject: { kind: r.subjectKind, id: r.subjectId },
  agencyId: r.agencyId,
  assesseeAppraiserId: r.appraiserId,
  unitHeadId: r.unitHeadId,
  raterIds: [],
});

/** The round, or 404 (also when the caller may not read it: another tenant's id reads nothing). */
async function loadRound(store: Store, tenantId: string, roundId: string, consistent = false) {
  const item = await store.get<Record<string, unknown>>(keys.feedbackRound(tenantId, roundId), consistent);
  if (!item || item.type !== ROUND_TYPE) throw notFound('Feedback round');
  return asRound(item);
}

async function assignmentOf(store: Store, claims: Claims, roundId: string, consistent = false) {
  if (!claims.employeeId) return undefined;
  return store.get<StoredAssignment>(
    keys.feedbackAssignment(claims.tenantId, claims.employeeId, roundId),
    consistent,
  );
}

/**
 * The round for a reader of its summary. Anyone else gets 404, so a round of another agency or
 * tenant is not revealed, except one of its raters, who knows of it from their forms and is told
 * that raters do not see the summary (403).
 */
async function readableRound(store: Store, claims: Claims, roundId: string): Promise<StoredRound> {
  const round = await loadRound(store, claims.tenantId, roundId);
  if (canSeeFeedbackSummary(claims, accessRef(round))) return round;
  if (await assignmentOf(store, claims, roundId))
    throw forbidden(
      'A rater does not see the round or its summary: only the assessee, the appraiser and admins do.',
    );
  throw notFound('Feedback round');
}

// ---- the org structure around the subject ----

const rankOf = (l: OrgLeader) => MANAGERIAL_POSITION_TYPES.indexOf(l.positionType);

/** The head of a unit: its highest-ranked leader (as `directSuperiorOf` ranks them), or null. */
function unitHeadOf(org: AgencyOrgView, unitId: string): OrgLeader | null {
  return (
    org.leaders
      .filter((l) => l.unitId === unitId)
      .sort((a, b) => rankOf(a) - rankOf(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))[0] ?? null
  );
}

interface ResolvedSubject {
  kind: 'employee' | 'unit';
  id: string;
  name: string;
  agencyId: string;
  org: AgencyOrgView;
  /** Employee round: the subject's direct superior (their appraiser). Unit round: the head's. */
  superiorId: string | null;
  /** Employee round: the subject's unit. Unit round: the unit. */
  unitId: string;
  /** Unit round: its head, the one rated as "self". */
  unitHeadId: string | null;
}

const unknownSubject = (kind: 'employee' | 'unit') =>
  validationError([
    {
      path: 'subject.id',
      message:
        kind === 'employee'
          ? 'is not an active employee of this tenant'
          : 'is not an active unit of this tenant',
    },
  ]);

async function resolveSubject(
  store: Store,
  tenantId: string,
  subject: OpenFeedbackRoundInput['subject'],
): Promise<ResolvedSubject> {
  if (subject.kind === 'employee') {
    const e = await getStoredEmployee(store, tenantId, subject.id).catch(() => null);
    if (e?.status !== 'AKTIF') throw unknownSubject('employee');
    const org = await agencyOrgOf(store, tenantId, e.agencyId);
    return {
      kind: 'employee',
      id: e.id,
      name: e.name,
      agencyId: e.agencyId,
      org,
      superiorId: directSuperiorOf(e, org)?.employeeId ?? null,
      unitId: e.unitId,
      unitHeadId: null,
    };
  }
  // A unit's key names its agency: look for it under each of the tenant's agencies (tens) at once.
  const agencies = (await queryAll(store, { pk: keys.agenciesPartition(tenantId) })).filter(
    (a) => a.type === 'AGENCY',
  );
  const found: Record<string, unknown>[] = [];
  for (let i = 0; i < agencies.length; i += 100)
    found.push(
      ...(await store.batchGet<Record<string, unknown>>(
        agencies.slice(i, i + 100).map((a) => keys.unit(tenantId, String(a.id), subject.id)),
      )),
    );
  const unit = found.find((u) => u.type === 'UNIT' && u.id === subject.id);
  if (unit?.status !== 'active' || !unit) throw unknownSubject('unit');
  const agencyId = String(unit.agencyId);
  const org = await agencyOrgOf(store, tenantId, agencyId);
  const head = unitHeadOf(org, subject.id);
  const superior = head
    ? directSuperiorOf({ id: head.employeeId, unitId: head.unitId, positionType: head.positionType }, org)
    : directSuperiorOf({ id: '', unitId: subject.id, positionType: null }, org);
  return {
    kind: 'unit',
    id: subject.id,
    name: String(unit.name),
    agencyId,
    org,
    superiorId: superior?.employeeId ?? null,
    unitId: subject.id,
    unitHeadId: head?.employeeId ?? null,
  };
}

/**
 * The structure `feedbackRaterIssues` checks the raters against, built from the raters named (not
 * from the whole agency): each active employee of the subject's agency is placed where the org
 * structure puts them.
 * - Employee round: superior = the subject's direct superior; subordinate = one whose direct
 *   superior is the subject; peer = one of the subject's own unit who is neither.
 * - Unit round: self = the unit's head; superior = the head's direct superior; subordinate = a
 *   member of the unit (its own, not of units below it); peer = the head of another unit who
 *   reports to the same superior (a fellow unit head).
 */
function structureOf(subject: ResolvedSubject, raters: readonly StoredEmployee[]): FeedbackStructure {
  const { org } = subject;
  const peerIds: string[] = [];
  const subordinateIds: string[] = [];
  const selfId = subject.kind === 'employee' ? subject.id : subject.unitHeadId;
  for (const r of raters) {
    if (r.id === selfId || r.id === subject.superiorId) continue;
    const superiorOfRater = directSuperiorOf(r, org)?.employeeId ?? null;
    if (subject.kind === 'employee') {
      if (superiorOfRater === subject.id) subordinateIds.push(r.id);
      else if (r.unitId === subject.unitId) peerIds.push(r.id);
    } else if (r.unitId === subject.unitId) subordinateIds.push(r.id);
    else if (isManagerial(r.positionType) && subject.superiorId && superiorOfRater === subject.superiorId)
      peerIds.push(r.id);
  }
  return { superiorId: subject.superiorId, peerIds, subordinateIds, unitHeadId: subject.unitHeadId };
}

/** The raters' employee records; unknown, inactive or other-agency ones are named at their field. */
async function raterRecords(
  store: Store,
  tenantId: string,
  agencyId: string,
  raters: readonly FeedbackRater[],
): Promise<{ records: StoredEmployee[]; errors: FieldError[]; unknown: Set<number> }> {
  const items = await store.batchGet<Record<string, unknown>>(
    raters.map((r) => keys.employee(tenantId, r.employeeId)),
  );
  const byId = new Map(
    items.filter((i) => i.type === 'EMPLOYEE').map((i) => [String(i.id), asStoredEmployee(i)] as const),
  );
  const records: StoredEmployee[] = [];
  const errors: FieldError[] = [];
  const unknown = new Set<number>();
  raters.forEach((r, i) => {
    const e = byId.get(r.employeeId);
    if (e?.status !== 'AKTIF' || e.agencyId !== agencyId) {
      unknown.add(i);
      errors.push({
        path: `raters.${i}.employeeId`,
        message: e
          ? "is not an active employee of the subject's agency"
          : 'is not an employee of this tenant',
      });
    } else records.push(e);
  });
  return { records, errors, unknown };
}

// ---- operations ----

/**
 * Open a round (`openFeedbackRound`): the subject resolved from the org structure, the caller
 * checked (admins in scope, the subject's appraiser, a unit's head), each rater's relation checked
 * against the structure, then one transaction: the round, one assignment per rater, the audit entry.
 */
export async function openFeedbackRound(
  store: Store,
  claims: Claims,
  actor: Actor,
  input: OpenFeedbackRoundInput,
  timeZone: string,
  now: Date,
): Promise<FeedbackRound> {
  const tenantId = claims.tenantId;
  if (input.raters.length > MAX_FEEDBACK_RATERS)
    throw validationError([
      {
        path: 'raters',
        message: `at most ${MAX_FEEDBACK_RATERS} raters per round (the round, its raters and its audit entry are written in one transaction of 100 items); open a second round for more`,
      },
    ]);
  const subject = await resolveSubject(store, tenantId, input.subject);
  assertPerformance(
    canOpenFeedbackRound(claims, {
      subject: { kind: subject.kind, id: subject.id },
      agencyId: subject.agencyId,
      assesseeAppraiserId: subject.kind === 'employee' ? subject.superiorId : null,
      unitHeadId: subject.unitHeadId,
    }),
    "A 360 round is opened by the assessee's appraiser (for a unit, its head) or an admin of the agency.",
  );

  const today = localDateOf(now, timeZone);
  const errors: FieldError[] = [];
  if (input.closesOn < today) errors.push({ path: 'closesOn', message: 'is in the past' });
  const {
    records,
    errors: recordErrors,
    unknown,
  } = await raterRecords(store, tenantId, subject.agencyId, input.raters);
  errors.push(...recordErrors);
  const relationErrors = feedbackRaterIssues(
    { kind: subject.kind, id: subject.id },
    input.raters,
    structureOf(subject, records),
  ).filter((e) => {
    // An unknown rater is named once, at its employeeId.
    const m = /^raters\.(\d+)\.relation$/.exec(e.path);
    return !m || !unknown.has(Number(m[1]));
  });
  errors.push(...relationErrors);
  if (errors.length > 0) throw validationError(errors);

  const id = newId();
  const raterCounts: Counts = {};
  const answeredCounts: Counts = {};
  for (const r of input.raters) {
    raterCounts[r.relation] = (raterCounts[r.relation] ?? 0) + 1;
    answeredCounts[r.relation] = 0;
  }
  const round: StoredRound = {
    id,
    agencyId: subject.agencyId,
    subjectKind: subject.kind,
    subjectId: subject.id,
    subjectName: subject.name,
    period: { start: input.period.start, end: input.period.end },
    openedOn: today,
    closesOn: input.closesOn,
    appraiserId: subject.kind === 'employee' ? subject.superiorId : null,
    unitHeadId: subject.unitHeadId,
    raterCounts,
    answeredCounts,
  };
  const put = (item: Record<string, unknown>): TxItem => ({
    op: { Put: { TableName: store.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
  });
  await store.transact([
    put({
      ...keys.feedbackRound(tenantId, id),
      ...keys.feedbackRoundsByAgency(tenantId, subject.agencyId),
      gsi1sk: id,
      type: ROUND_TYPE,
      ...round,
    }),
    ...input.raters.map((r) =>
      put({
        ...keys.feedbackAssignment(tenantId, r.employeeId, id),
        type: ASSIGNMENT_TYPE,
        roundId: id,
        raterId: r.employeeId,
        relation: r.relation,
        agencyId: round.agencyId,
        subjectKind: round.subjectKind,
        subjectId: round.subjectId,
        subjectName: round.subjectName,
        period: round.period,
        closesOn: round.closesOn,
      } satisfies StoredAssignment & Record<string, unknown>),
    ),
    auditPut(
      store.tableName,
      actor,
      {
        action: 'feedbackRound.open',
        entityType: 'feedbackRound',
        entityId: id,
        changes: {
          subject: {
            before: null,
            after: { kind: round.subjectKind, id: round.subjectId, name: round.subjectName },
          },
          period: { before: null, after: round.period },
          closesOn: { before: null, after: round.closesOn },
          raterCounts: { before: null, after: raterCounts },
        },
      },
      now,
    ),
  ]);
  return roundView(round, today);
}

/** One round, for those who may see its summary (`getFeedbackRound`). */
export async function getFeedbackRound(
  store: Store,
  claims: Claims,
  roundId: string,
  timeZone: string,
  now: Date,
): Promise<FeedbackRound> {
  return roundView(await readableRound(store, claims, roundId), localDateOf(now, timeZone));
}

/**
 * Rounds of an agency, newest first (`listFeedbackRounds`): a tenant admin names the agency, an
 * agency admin reads their own; other staff read, in their own agency, the rounds whose summary
 * they may see (their own, those they appraise, their unit's), as a filter on the same Query, so
 * a page may come back short.
 */
export async function listFeedbackRounds(
  store: Store,
  claims: Claims,
  q: ListFeedbackRoundsQuery,
  timeZone: string,
  now: Date,
): Promise<Page<FeedbackRound>> {
  const tenantId = claims.tenantId;
  let agencyId: string | undefined;
  let mine: string | undefined;
  if (claims.role === 'tenant-admin') {
    if (!q.agencyId) throw validationError([{ path: 'agencyId', message: 'is required for a tenant admin' }]);
    agencyId = q.agencyId;
  } else if (claims.role === 'agency-admin') {
    agencyId = claims.agencyId;
  } else if (claims.employeeId) {
    const self = await getStoredEmployee(store, tenantId, claims.employeeId).catch(() => null);
    agencyId = self?.agencyId;
    mine = claims.employeeId;
  }
  if (q.agencyId && agencyId && q.agencyId !== agencyId)
    throw forbidden('You list the 360 rounds of your own agency only.');
  if (!agencyId) {
    if (q.cursor) throw badCursor();
    return { items: [], nextCursor: null };
  }
  const page = await store.query<Record<string, unknown>>({
    tenantId,
    queryId: `feedbackRounds:${agencyId}:${mine ?? 'all'}`,
    index: 'gsi1',
    pk: keys.feedbackRoundsByAgency(tenantId, agencyId).gsi1pk,
    forward: false,
    limit: q.limit,
    cursor: q.cursor,
    ...(mine
      ? {
          filter: {
            expression:
              '(subjectKind = :employee AND subjectId = :me) OR appraiserId = :me OR unitHeadId = :me',
            values: { ':employee': 'employee', ':me': mine },
          },
        }
      : {}),
  });
  const today = localDateOf(now, timeZone);
  return {
    // The policy again, on each item: the filter is only how few are read.
    items: page.items
      .map(asRound)
      .filter((r) => canSeeFeedbackSummary(claims, accessRef(r)))
      .map((r) => roundView(r, today)),
    nextCursor: page.nextCursor,
  };
}

/** The caller's own assignments, newest round first (`listMyFeedbackForms`). */
export async function listMyFeedbackForms(
  store: Store,
  claims: Claims,
  q: ListFeedbackFormsQuery,
  timeZone: string,
  now: Date,
): Promise<Page<FeedbackForm>> {
  if (!claims.employeeId) {
    if (q.cursor) throw badCursor();
    return { items: [], nextCursor: null };
  }
  const page = await store.query<StoredAssignment>({
    tenantId: claims.tenantId,
    queryId: `feedbackForms:${claims.employeeId}`,
    pk: keys.feedbackAssignmentsPartition(claims.tenantId, claims.employeeId),
    skBeginsWith: keys.feedbackAssignmentPrefix(),
    forward: false,
    limit: q.limit,
    cursor: q.cursor,
  });
  const today = localDateOf(now, timeZone);
  return {
    items: page.items.map((a) => ({
      roundId: a.roundId,
      subject: { kind: a.subjectKind, id: a.subjectId, name: a.subjectName },
      period: { start: a.period.start, end: a.period.end },
      closesOn: a.closesOn,
      status: statusOf(a.closesOn, today),
      relation: a.relation,
      answered: a.answered === true,
    })),
    nextCursor: page.nextCursor,
  };
}

/** A random answer id: 128 bits of noise, nothing of the time (a ULID would start with it). */
const randomAnswerId = () => randomBytes(16).toString('hex');

/**
 * A rater answers (`submitFeedback`). Not a rater: 404 (the round is not revealed). A closed round
 * or an answer already given: 409. One transaction: the answer (no rater id, no time, a random key),
 * the rater's assignment marked `answered` on the condition that it was not, and the round's count.
 */
export async function submitFeedback(
  store: Store,
  claims: Claims,
  roundId: string,
  input: SubmitFeedbackInput,
  timeZone: string,
  now: Date,
): Promise<{ received: true }> {
  const tenantId = claims.tenantId;
  const assignment = await assignmentOf(store, claims, roundId, true);
  if (!assignment || !claims.employeeId) throw notFound('Feedback round');
  const round = await loadRound(store, tenantId, roundId, true);
  if (!canAnswerFeedback(claims, { ...accessRef(round), raterIds: [assignment.raterId] }))
    throw notFound('Feedback round');
  const relation = raterRelationFor(
    {
      status: statusOf(round.closesOn, localDateOf(now, timeZone)),
      raters: [{ employeeId: assignment.raterId, relation: assignment.relation }],
    },
    claims.employeeId,
    assignment.answered === true,
  );
  const answer = anonymousAnswer({
    roundId,
    answerId: randomAnswerId(),
    relation,
    scores: input.scores as FeedbackScores,
    comment: input.comment,
  });
  const alreadyAnswered = () => conflict('You have already answered this feedback round.');
  await store.transact([
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.feedbackAssignment(tenantId, claims.employeeId, roundId),
          UpdateExpression: 'SET answered = :yes',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(answered)',
          ExpressionAttributeValues: { ':yes': true },
        },
      },
      onConditionFailed: alreadyAnswered,
    },
    {
      op: {
        Put: {
          TableName: store.tableName,
          // Field by field from the anonymous answer: nothing of the request or the rater is spread in.
          Item: {
            ...keys.feedbackAnswer(tenantId, roundId, answer.answerId),
            type: ANSWER_TYPE,
            roundId: answer.roundId,
            relation: answer.relation,
            scores: answer.scores,
            comment: answer.comment,
            roundOpenedOn: round.openedOn,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.feedbackRound(tenantId, roundId),
          UpdateExpression: 'SET answeredCounts.#rel = if_not_exists(answeredCounts.#rel, :zero) + :one',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#rel': relation },
          ExpressionAttributeValues: { ':zero': 0, ':one': 1 },
        },
      },
      onConditionFailed: () => notFound('Feedback round'),
    },
  ]);
  return { received: true };
}

/** A uniform number in [0, 1) from the OS's generator: the comments' order says nothing. */
const secureRandom = () => randomInt(0, 2 ** 32) / 2 ** 32;

/**
 * The summary (`getFeedbackSummary`): averages per BerAKHLAK value and relation group, a group
 * below the tenant's minimum as "not enough raters", comments of shown groups shuffled.
 */
export async function getFeedbackSummary(
  store: Store,
  claims: Claims,
  roundId: string,
  timeZone: string,
  now: Date,
): Promise<FeedbackSummaryView> {
  const round = await readableRound(store, claims, roundId);
  const [settings, items] = await Promise.all([
    getPerformanceSettings(store, claims.tenantId),
    queryAll(store, {
      pk: keys.feedbackRoundPartition(claims.tenantId, roundId),
      skBeginsWith: keys.feedbackAnswerPrefix(),
      consistent: true,
    }),
  ]);
  const answers: AnonymousAnswer[] = items.map((i) => ({
    roundId,
    answerId: '',
    relation: i.relation as RaterRelation,
    scores: i.scores as FeedbackScores,
    comment: (i.comment as string | null) ?? null,
  }));
  const summary = summariseFeedback(answers, {
    minRaters: settings.minRaters,
    relations: RATER_RELATIONS.filter((rel) => (round.raterCounts[rel] ?? 0) > 0),
    random: secureRandom,
  });
  return {
    roundId: round.id,
    subject: { kind: round.subjectKind, id: round.subjectId, name: round.subjectName },
    period: { start: round.period.start, end: round.period.end },
    closesOn: round.closesOn,
    status: statusOf(round.closesOn, localDateOf(now, timeZone)),
    minRaters: summary.minRaters,
    groups: summary.groups,
    overall: summary.overall,
  };
}
