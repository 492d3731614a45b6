import {
  type AddCheckInInput,
  AppError,
  badCursor,
  type CheckIn,
  type CreateMentorshipInput,
  conflict,
  diffFields,
  type EndMentorshipInput,
  type MentorMatch,
  type MentorProfile,
  type Mentorship,
  notFound,
  rankMentors,
  type UpsertMentorProfileInput,
  validationError,
  versionConflict,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import { newId } from '../../ids';
import * as keys from '../../keys';
import { type Page, type Store, stripKeys, type TxItem } from '../../store';
import type { StoredEmployee } from './employee-writes';
import { catalogueChecks } from './trainings';

const MENTOR_FIELDS = ['offeredCompetencies', 'capacity', 'active'] as const;
const asMentor = (i: Record<string, unknown>) => stripKeys(i) as unknown as MentorProfile;
const asMentorship = (i: Record<string, unknown>) => stripKeys(i) as unknown as Mentorship;

export async function getMentor(store: Store, tenantId: string, employeeId: string, consistent = false) {
  const item = await store.get<Record<string, unknown>>(keys.mentor(tenantId, employeeId), consistent);
  return item ? asMentor(item) : undefined;
}

const capacityBelowMentees = (active: number) =>
  validationError([{ path: 'capacity', message: `cannot be below the ${active} active mentees` }]);

/**
 * Creates the profile (version omitted) or changes it (version required). The mentee counter is
 * never written here, and capacity may not drop below it: both are conditions of the one write.
 */
export async function upsertMentor(
  store: Store,
  actor: Actor,
  employee: StoredEmployee,
  input: UpsertMentorProfileInput,
  now: Date,
): Promise<{ mentor: MentorProfile; created: boolean }> {
  const t = actor.tenantId;
  const at = now.toISOString();
  const before = await getMentor(store, t, employee.id, true);
  if (before && input.version !== before.version) throw versionConflict('The mentor profile');
  if (!before && input.version !== undefined) throw versionConflict('The mentor profile');
  if (before && input.capacity < before.activeMentees) throw capacityBelowMentees(before.activeMentees);
  const offered = [...input.offeredCompetencies].sort((a, b) => (a.code < b.code ? -1 : 1));
  const mentor: MentorProfile = {
    employeeId: employee.id,
    name: employee.name,
    agencyId: employee.agencyId,
    offeredCompetencies: offered,
    capacity: input.capacity,
    activeMentees: before?.activeMentees ?? 0,
    active: input.active,
    createdAt: before?.createdAt ?? at,
    updatedAt: at,
    version: (before?.version ?? 0) + 1,
  };
  const write: TxItem = before
    ? {
        op: {
          Update: {
            TableName: store.tableName,
            Key: keys.mentor(t, employee.id),
            UpdateExpression:
              'SET offeredCompetencies = :offered, #capacity = :cap, #active = :active, #name = :name, agencyId = :agency, updatedAt = :at, version = :next',
            ConditionExpression: 'version = :v AND activeMentees <= :cap',
            ExpressionAttributeNames: { '#capacity': 'capacity', '#active': 'active', '#name': 'name' },
            ExpressionAttributeValues: {
              ':offered': offered,
              ':cap': input.capacity,
              ':active': input.active,
              ':name': employee.name,
              ':agency': employee.agencyId,
              ':at': at,
              ':next': mentor.version,
              ':v': before.version,
            },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        onConditionFailed: (_existed, old) =>
          old?.version === before.version
            ? capacityBelowMentees(Number(old?.activeMentees))
            : versionConflict('The mentor profile'),
      }
    : {
        op: {
          Put: {
            TableName: store.tableName,
            Item: { ...keys.mentor(t, employee.id), type: 'MENTOR', ...mentor },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: () => versionConflict('The mentor profile'),
      };
  const rec = (m: MentorProfile | undefined) => m as unknown as Record<string, unknown> | undefined;
  await store.transact([
    ...catalogueChecks(
      store,
      t,
      offered.map((c) => c.code),
      'offeredCompetencies',
    ),
    write,
    auditPut(
      store.tableName,
      actor,
      {
        action: before ? 'mentor.update' : 'mentor.create',
        entityType: 'mentor',
        entityId: employee.id,
        changes: diffFields(rec(before), rec(mentor), MENTOR_FIELDS),
      },
      now,
    ),
  ]);
  return { mentor, created: !before };
}

export async function listMentors(
  store: Store,
  tenantId: string,
  q: { cursor?: string; limit: number },
): Promise<Page<MentorProfile>> {
  const page = await store.query<Record<string, unknown>>({
    tenantId,
    queryId: 'mentors:active',
    pk: keys.mentorsPartition(tenantId),
    skBeginsWith: keys.mentorPrefix(),
    limit: q.limit,
    cursor: q.cursor,
    filter: { expression: '#active = :true', names: { '#active': 'active' }, values: { ':true': true } },
  });
  return { items: page.items.map(asMentor), nextCursor: page.nextCursor };
}

/** Mentors are few per tenant (a profile each); ranking reads them all, up to a bound. */
const MAX_MENTOR_PAGES = 10;

async function allActiveMentors(store: Store, tenantId: string): Promise<MentorProfile[]> {
  const out: MentorProfile[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_MENTOR_PAGES; i++) {
    const page = await listMentors(store, tenantId, { cursor, limit: 100 });
    out.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return out;
}

/**
 * Ranks active mentors for a mentee: needed codes are their position's requirements (one GetItem)
 * when they hold a position, else every code mentors offer. Mentors: one Query per 100 profiles.
 */
export async function suggestMentors(
  store: Store,
  tenantId: string,
  mentee: StoredEmployee,
  limit: number,
): Promise<{ neededCompetencies: string[]; items: (MentorMatch & { mentor: MentorProfile })[] }> {
  const [position, mentors] = await Promise.all([
    mentee.positionId
      ? store.get<{ requiredCompetencies?: { code: string }[] }>(keys.position(tenantId, mentee.positionId))
      : Promise.resolve(undefined),
    allActiveMentors(store, tenantId),
  ]);
  const needed = [...new Set((position?.requiredCompetencies ?? []).map((c) => c.code))];
  const byId = new Map(mentors.map((m) => [m.employeeId, m]));
  const ranked = rankMentors(
    {
      employeeId: mentee.id,
      agencyId: mentee.agencyId,
      competencies: mentee.competencies,
      neededCompetencies: needed,
    },
    mentors,
  );
  return {
    neededCompetencies: needed,
    items: ranked.slice(0, limit).map((r) => ({ ...r, mentor: byId.get(r.employeeId)! })),
  };
}

const mentorFull = () =>
  new AppError(409, 'conflict', 'Mentor full', 'The mentor has no free place for another mentee.', [
    { path: 'mentorEmployeeId', message: 'has no free capacity' },
  ]);
const notActiveMentor = () =>
  validationError(
    [{ path: 'mentorEmployeeId', message: 'is not an active mentor' }],
    'Not an active mentor.',
  );

function mentorshipItems(t: string, m: Mentorship) {
  const sort = keys.mentorshipSort(m.startDate, m.id);
  return {
    main: {
      ...keys.mentorship(t, m.id),
      ...keys.mentorshipsByMentor(t, m.mentorEmployeeId),
      gsi1sk: sort,
      ...keys.mentorshipsByTenant(t),
      gsi2sk: sort,
      type: 'MENTORSHIP',
      ...m,
    },
    copy: {
      ...keys.mentorshipMenteeCopy(t, m.id),
      ...keys.mentorshipsByMentee(t, m.menteeEmployeeId),
      gsi1sk: sort,
      type: 'MENTORSHIP_MENTEE',
      ...m,
    },
  };
}

/**
 * One transaction: the mentorship and its mentee-indexed copy, the mentor's seat (conditional on
 * an active profile with free capacity, so concurrent starts never overfill) and the audit.
 */
export async function createMentorship(
  store: Store,
  actor: Actor,
  mentorEmployee: StoredEmployee,
  mentee: StoredEmployee,
  input: CreateMentorshipInput,
  now: Date,
): Promise<Mentorship> {
  const t = actor.tenantId;
  const mentor = await getMentor(store, t, mentorEmployee.id, true);
  if (!mentor?.active) throw notActiveMentor();
  if (mentor.activeMentees >= mentor.capacity) throw mentorFull();
  const at = now.toISOString();
  const m: Mentorship = {
    id: newId(),
    mentorEmployeeId: mentorEmployee.id,
    mentorName: mentorEmployee.name,
    mentorAgencyId: mentorEmployee.agencyId,
    menteeEmployeeId: mentee.id,
    menteeName: mentee.name,
    agencyId: mentee.agencyId,
    startDate: input.startDate,
    goals: input.goals,
    status: 'active',
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const { main, copy } = mentorshipItems(t, m);
  const put = (Item: Record<string, unknown>): TxItem => ({
    op: { Put: { TableName: store.tableName, Item, ConditionExpression: 'attribute_not_exists(pk)' } },
  });
  await store.transact([
    put(main),
    put(copy),
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.mentor(t, mentor.employeeId),
          UpdateExpression: 'ADD activeMentees :one',
          ConditionExpression: 'attribute_exists(pk) AND #active = :true AND activeMentees < #capacity',
          ExpressionAttributeNames: { '#active': 'active', '#capacity': 'capacity' },
          ExpressionAttributeValues: { ':one': 1, ':true': true },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (existed, old) =>
        existed && old?.active === true ? mentorFull() : notActiveMentor(),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'mentorship.create',
        entityType: 'mentorship',
        entityId: m.id,
        changes: diffFields(undefined, m as unknown as Record<string, unknown>, [
          'mentorEmployeeId',
          'menteeEmployeeId',
          'startDate',
          'goals',
          'status',
        ]),
      },
      now,
    ),
  ]);
  return m;
}

export async function getMentorship(
  store: Store,
  tenantId: string,
  mentorshipId: string,
  consistent = false,
) {
  const item = await store.get<Record<string, unknown>>(keys.mentorship(tenantId, mentorshipId), consistent);
  if (!item) throw notFound('Mentorship');
  return asMentorship(item);
}

/** The tenant's mentorships, newest start first; an agency's are those where mentee or mentor belongs to it. */
export async function listAllMentorships(
  store: Store,
  tenantId: string,
  q: { cursor?: string; limit: number; agencyId?: string },
): Promise<Page<Mentorship>> {
  const page = await store.query<Record<string, unknown>>({
    tenantId,
    queryId: `mentorships:${q.agencyId ?? '*'}`,
    index: 'gsi2',
    pk: keys.mentorshipsByTenant(tenantId).gsi2pk,
    forward: false,
    limit: q.limit,
    cursor: q.cursor,
    ...(q.agencyId
      ? {
          filter: {
            expression: 'agencyId = :agency OR mentorAgencyId = :agency',
            values: { ':agency': q.agencyId },
          },
        }
      : {}),
  });
  return { items: page.items.map(asMentorship), nextCursor: page.nextCursor };
}

/**
 * An employee's own: first those where they mentor, then those where they are the mentee. The
 * cursor names the phase (`m.` / `e.`) around the signed cursor of that phase's Query.
 */
export async function listOwnMentorships(
  store: Store,
  tenantId: string,
  employeeId: string,
  q: { cursor?: string; limit: number },
): Promise<Page<Mentorship>> {
  if (q.cursor !== undefined && !/^[me]\./.test(q.cursor)) throw badCursor();
  const phase = q.cursor?.startsWith('e.') ? 'mentee' : 'mentor';
  const inner = q.cursor?.slice(2) || undefined;
  const items: Mentorship[] = [];
  if (phase === 'mentor') {
    const page = await store.query<Record<string, unknown>>({
      tenantId,
      queryId: `mentorships:mentor:${employeeId}`,
      index: 'gsi1',
      pk: keys.mentorshipsByMentor(tenantId, employeeId).gsi1pk,
      forward: false,
      limit: q.limit,
      cursor: inner,
    });
    items.push(...page.items.map(asMentorship));
    if (page.nextCursor) return { items, nextCursor: `m.${page.nextCursor}` };
    if (items.length >= q.limit) return { items, nextCursor: 'e.' };
  }
  const page = await store.query<Record<string, unknown>>({
    tenantId,
    queryId: `mentorships:mentee:${employeeId}`,
    index: 'gsi1',
    pk: keys.mentorshipsByMentee(tenantId, employeeId).gsi1pk,
    forward: false,
    limit: q.limit - items.length,
    cursor: phase === 'mentee' ? inner : undefined,
  });
  items.push(...page.items.map(asMentorship));
  return { items, nextCursor: page.nextCursor ? `e.${page.nextCursor}` : null };
}

const ended = () => conflict('The mentorship has already ended.');

/** A dated note on an active mentorship: the check-in, a check that it is still active, the audit. */
export async function addCheckIn(
  store: Store,
  actor: Actor,
  m: Mentorship,
  input: AddCheckInInput,
  now: Date,
): Promise<CheckIn> {
  if (m.status !== 'active') throw ended();
  if (input.date < m.startDate)
    throw validationError([{ path: 'date', message: 'cannot be before the mentorship started' }]);
  const t = actor.tenantId;
  const checkIn: CheckIn = {
    id: newId(),
    mentorshipId: m.id,
    date: input.date,
    note: input.note,
    by: { sub: actor.sub, role: actor.role },
    createdAt: now.toISOString(),
  };
  await store.transact([
    {
      op: {
        ConditionCheck: {
          TableName: store.tableName,
          Key: keys.mentorship(t, m.id),
          ConditionExpression: '#status = :active',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':active': 'active' },
        },
      },
      onConditionFailed: ended,
    },
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.mentorshipCheckIn(t, m.id, input.date, checkIn.id),
            type: 'MENTORSHIP_CHECKIN',
            ...checkIn,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'mentorship.check-in',
        entityType: 'mentorship',
        entityId: m.id,
        changes: { checkIn: { before: null, after: { id: checkIn.id, date: input.date } } },
      },
      now,
    ),
  ]);
  return checkIn;
}

/** A mentorship's check-ins, newest date first: one Query of its own partition per page. */
export async function listCheckIns(
  store: Store,
  tenantId: string,
  mentorshipId: string,
  q: { cursor?: string; limit: number },
): Promise<Page<CheckIn>> {
  const page = await store.query<Record<string, unknown>>({
    tenantId,
    queryId: `mentorship:check-ins:${mentorshipId}`,
    pk: keys.mentorship(tenantId, mentorshipId).pk,
    skBeginsWith: keys.mentorshipCheckInPrefix(),
    forward: false,
    limit: q.limit,
    cursor: q.cursor,
  });
  return { items: page.items.map((i) => stripKeys(i) as unknown as CheckIn), nextCursor: page.nextCursor };
}

/** Ends the mentorship and frees the mentor's seat in the same transaction. */
export async function endMentorship(
  store: Store,
  actor: Actor,
  m: Mentorship,
  input: EndMentorshipInput,
  now: Date,
): Promise<Mentorship> {
  if (m.version !== input.version) throw versionConflict('The mentorship');
  if (m.status !== 'active') throw ended();
  if (input.endDate < m.startDate)
    throw validationError([{ path: 'endDate', message: 'cannot be before startDate' }]);
  const t = actor.tenantId;
  const at = now.toISOString();
  const after: Mentorship = {
    ...m,
    status: 'ended',
    endDate: input.endDate,
    endReason: input.reason,
    updatedAt: at,
    version: m.version + 1,
  };
  const set = (key: { pk: string; sk: string }, condition: string): TxItem['op'] => ({
    Update: {
      TableName: store.tableName,
      Key: key,
      UpdateExpression:
        'SET #status = :ended, endDate = :end, endReason = :reason, updatedAt = :at, version = :next',
      ConditionExpression: condition,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':ended': 'ended',
        ':end': input.endDate,
        ':reason': input.reason,
        ':at': at,
        ':next': after.version,
        ...(condition.includes(':v') ? { ':v': m.version, ':active': 'active' } : {}),
      },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  });
  await store.transact([
    {
      op: set(keys.mentorship(t, m.id), 'version = :v AND #status = :active'),
      onConditionFailed: (_e, old) => (old?.status === 'ended' ? ended() : versionConflict('The mentorship')),
    },
    { op: set(keys.mentorshipMenteeCopy(t, m.id), 'attribute_exists(pk)') },
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.mentor(t, m.mentorEmployeeId),
          UpdateExpression: 'ADD activeMentees :minus',
          ConditionExpression: 'activeMentees > :zero',
          ExpressionAttributeValues: { ':minus': -1, ':zero': 0 },
        },
      },
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'mentorship.end',
        entityType: 'mentorship',
        entityId: m.id,
        changes: diffFields(
          m as unknown as Record<string, unknown>,
          after as unknown as Record<string, unknown>,
          ['status', 'endDate', 'endReason'],
        ),
      },
      now,
    ),
  ]);
  return after;
}
