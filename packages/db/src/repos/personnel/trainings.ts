import {
  AppError,
  type CompleteTrainingInput,
  type CreateTrainingInput,
  conflict,
  type Enrollment,
  JP_TARGET_PER_YEAR,
  jpProgress,
  mergeCompetencies,
  notFound,
  type ShortfallRow,
  type Training,
  validationError,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import { newId } from '../../ids';
import * as keys from '../../keys';
import { type Page, type Store, stripKeys, type TxItem } from '../../store';
import { employeeWrites, type StoredEmployee } from './employee-writes';
import { getStoredEmployee, listEmployees } from './employees';

const TRAINING_FIELDS = ['title', 'type', 'competencies', 'jp', 'startDate', 'endDate', 'capacity'] as const;

/** The item's `type` attribute marks the item kind, so the training's own type is stored as `trainingType`. */
function asTraining(item: Record<string, unknown>): Training {
  const { trainingType, ...rest } = stripKeys(item) as Record<string, unknown>;
  return { ...rest, type: trainingType } as unknown as Training;
}

function asEnrollment(item: Record<string, unknown>): Enrollment {
  return stripKeys(item) as unknown as Enrollment;
}

/** Every code must be in the tenant's catalogue: one ConditionCheck each, in the write's own transaction. */
export function catalogueChecks(store: Store, tenantId: string, codes: string[], field: string): TxItem[] {
  return codes.map((code, i) => ({
    op: {
      ConditionCheck: {
        TableName: store.tableName,
        Key: keys.competency(tenantId, code),
        ConditionExpression: 'attribute_exists(pk)',
      },
    },
    onConditionFailed: () =>
      validationError(
        [{ path: `${field}.${i}.code`, message: `competency ${code} is not in the catalogue` }],
        'Unknown competency.',
      ),
  }));
}

export async function createTraining(
  store: Store,
  actor: Actor,
  input: CreateTrainingInput,
  now: Date,
): Promise<Training> {
  const at = now.toISOString();
  const training: Training = {
    id: newId(),
    title: input.title,
    type: input.type,
    competencies: input.competencies,
    jp: input.jp,
    startDate: input.startDate,
    endDate: input.endDate,
    capacity: input.capacity,
    enrolled: 0,
    ...(input.organizer ? { organizer: input.organizer } : {}),
    ...(input.location ? { location: input.location } : {}),
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const { type, ...rest } = training;
  await store.transact([
    ...catalogueChecks(
      store,
      actor.tenantId,
      input.competencies.map((c) => c.code),
      'competencies',
    ),
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.training(actor.tenantId, training.id),
            type: 'TRAINING',
            trainingType: type,
            ...rest,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'training.create',
        entityType: 'training',
        entityId: training.id,
        changes: Object.fromEntries(TRAINING_FIELDS.map((f) => [f, { before: null, after: training[f] }])),
      },
      now,
    ),
  ]);
  return training;
}

export async function getTraining(store: Store, tenantId: string, trainingId: string, consistent = false) {
  const item = await store.get<Record<string, unknown>>(keys.training(tenantId, trainingId), consistent);
  if (!item) throw notFound('Training');
  return asTraining(item);
}

export async function listTrainings(
  store: Store,
  tenantId: string,
  q: { cursor?: string; limit: number },
): Promise<Page<Training>> {
  // Newest first: ids are ULIDs, so the sort key follows creation time.
  const page = await store.query<Record<string, unknown>>({
    tenantId,
    queryId: 'trainings',
    pk: keys.trainingsPartition(tenantId),
    skBeginsWith: keys.trainingPrefix(),
    forward: false,
    limit: q.limit,
    cursor: q.cursor,
  });
  return { items: page.items.map(asTraining), nextCursor: page.nextCursor };
}

const trainingFull = () =>
  new AppError(409, 'conflict', 'Training full', 'The training has no free seat.', [
    { path: 'trainingId', message: 'has no free seat' },
  ]);

/**
 * One transaction: the enrolment (insert-only, so a second enrolment is a 409), the seat counter
 * (conditional on a free seat, so concurrent enrolments never exceed capacity) and the audit entry.
 */
export async function enroll(
  store: Store,
  actor: Actor,
  training: Training,
  employee: StoredEmployee,
  now: Date,
): Promise<Enrollment> {
  const t = actor.tenantId;
  const at = now.toISOString();
  const enrollment: Enrollment = {
    trainingId: training.id,
    employeeId: employee.id,
    employeeName: employee.name,
    agencyId: employee.agencyId,
    training: {
      title: training.title,
      type: training.type,
      jp: training.jp,
      startDate: training.startDate,
      endDate: training.endDate,
    },
    status: 'enrolled',
    enrolledAt: at,
    version: 1,
  };
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.enrollment(t, training.id, employee.id),
            ...keys.enrollmentsByEmployee(t, employee.id),
            gsi1sk: keys.enrollmentByEmployeeSort(training.endDate, training.id),
            type: 'ENROLLMENT',
            ...enrollment,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () => conflict('The employee is already enrolled in this training.'),
    },
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.training(t, training.id),
          UpdateExpression: 'ADD enrolled :one',
          ConditionExpression: 'attribute_exists(pk) AND enrolled < #capacity',
          ExpressionAttributeNames: { '#capacity': 'capacity' },
          ExpressionAttributeValues: { ':one': 1 },
        },
      },
      onConditionFailed: trainingFull,
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'training.enroll',
        entityType: 'training',
        entityId: training.id,
        changes: { enrollment: { before: null, after: { employeeId: employee.id } } },
      },
      now,
    ),
  ]);
  return enrollment;
}

export async function listEnrollments(
  store: Store,
  tenantId: string,
  trainingId: string,
  q: { cursor?: string; limit: number; agencyId?: string },
): Promise<Page<Enrollment>> {
  const page = await store.query<Record<string, unknown>>({
    tenantId,
    queryId: `enrollments:${trainingId}:${q.agencyId ?? '*'}`,
    pk: keys.enrollmentsPartition(tenantId, trainingId),
    skBeginsWith: keys.enrollmentPrefix(),
    limit: q.limit,
    cursor: q.cursor,
    ...(q.agencyId
      ? { filter: { expression: 'agencyId = :agency', values: { ':agency': q.agencyId } } }
      : {}),
  });
  return { items: page.items.map(asEnrollment), nextCursor: page.nextCursor };
}

export async function getEnrollment(store: Store, tenantId: string, trainingId: string, employeeId: string) {
  const item = await store.get<Record<string, unknown>>(
    keys.enrollment(tenantId, trainingId, employeeId),
    true,
  );
  if (!item) throw notFound('Enrollment');
  return asEnrollment(item);
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/** The writes of one completion, built from what was just read (the employee's version included). */
function completionWrites(
  store: Store,
  actor: Actor,
  training: Training,
  employee: StoredEmployee,
  input: CompleteTrainingInput,
  now: Date,
) {
  const t = actor.tenantId;
  const at = now.toISOString();
  const jp = input.jp ?? training.jp;
  const year = yearOf(training.endDate);
  const items: TxItem[] = [
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.enrollment(t, training.id, employee.id),
          UpdateExpression: `SET #status = :done, #result = :result, jp = :jp, completedAt = :at, version = version + :one${input.score !== undefined ? ', #score = :score' : ''}`,
          ConditionExpression: 'attribute_exists(pk) AND #status = :enrolled',
          ExpressionAttributeNames: {
            '#status': 'status',
            '#result': 'result',
            ...(input.score !== undefined ? { '#score': 'score' } : {}),
          },
          ExpressionAttributeValues: {
            ':done': 'completed',
            ':enrolled': 'enrolled',
            ':result': input.result,
            ':jp': jp,
            ':at': at,
            ':one': 1,
            ...(input.score !== undefined ? { ':score': input.score } : {}),
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (existed) =>
        existed ? conflict('This enrolment is already completed.') : notFound('Enrollment'),
    },
    {
      op: {
        // The shortfall list reads these items alone, so they carry the employee's name and agency.
        Update: {
          TableName: store.tableName,
          Key: keys.jpTotal(t, year, employee.id),
          UpdateExpression:
            'SET #type = :type, employeeId = :emp, #name = :name, agencyId = :agency, #year = :year, updatedAt = :at ADD jp :jp',
          ExpressionAttributeNames: { '#type': 'type', '#name': 'name', '#year': 'year' },
          ExpressionAttributeValues: {
            ':type': 'JP_TOTAL',
            ':emp': employee.id,
            ':name': employee.name,
            ':agency': employee.agencyId,
            ':year': year,
            ':at': at,
            ':jp': jp,
          },
        },
      },
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'training.complete',
        entityType: 'training',
        entityId: training.id,
        changes: {
          completion: {
            before: null,
            after: { employeeId: employee.id, result: input.result, jp, score: input.score ?? null, year },
          },
        },
      },
      now,
    ),
  ];
  const raised =
    input.result === 'LULUS' ? mergeCompetencies(employee.competencies, training.competencies) : undefined;
  if (raised && raised.raised.length > 0) {
    const after: StoredEmployee = {
      ...employee,
      competencies: raised.merged,
      updatedAt: at,
      version: employee.version + 1,
    };
    items.push(
      ...employeeWrites(store, actor, employee, after, {
        action: 'employee.competencies',
        now,
        auditExtra: { training: { before: null, after: training.id } },
      }),
    );
  }
  return { items, raised: raised?.raised ?? [] };
}

/**
 * Records the result in one transaction: the enrolment, the year's JP total, the employee's
 * competencies (LULUS only, through employeeWrites) and the audit. The employee may change between
 * the read and the write; that stale version is retried once on a fresh read.
 */
export async function complete(
  store: Store,
  actor: Actor,
  training: Training,
  input: CompleteTrainingInput,
  now: Date,
  /** The enrolment as the caller just read it (consistent), saving the first attempt a read. */
  read?: Enrollment,
): Promise<{ enrollment: Enrollment; raised: { code: string; from: number | null; to: number }[] }> {
  for (let attempt = 0; ; attempt++) {
    const before =
      attempt === 0 && read
        ? read
        : await getEnrollment(store, actor.tenantId, training.id, input.employeeId);
    if (before.status === 'completed') throw conflict('This enrolment is already completed.');
    const employee = await getStoredEmployee(store, actor.tenantId, input.employeeId, true);
    const { items, raised } = completionWrites(store, actor, training, employee, input, now);
    try {
      await store.transact(items);
    } catch (err) {
      if (attempt === 0 && err instanceof AppError && err.type === 'version-conflict') continue;
      throw err;
    }
    const enrollment: Enrollment = {
      ...before,
      status: 'completed',
      result: input.result,
      ...(input.score !== undefined ? { score: input.score } : {}),
      jp: input.jp ?? training.jp,
      completedAt: now.toISOString(),
      version: before.version + 1,
    };
    return { enrollment, raised };
  }
}

export async function jpTotalOf(store: Store, tenantId: string, year: number, employeeId: string) {
  const item = await store.get<{ jp?: number }>(keys.jpTotal(tenantId, year, employeeId));
  return item?.jp ?? 0;
}

/** An employee's enrolments in trainings ending in the year (one Query), and the year's JP (one GetItem). */
export async function myTraining(
  store: Store,
  tenantId: string,
  employeeId: string,
  q: { year: number; cursor?: string; limit: number },
) {
  const [page, total] = await Promise.all([
    store.query<Record<string, unknown>>({
      tenantId,
      queryId: `my-training:${employeeId}:${q.year}`,
      index: 'gsi1',
      pk: keys.enrollmentsByEmployee(tenantId, employeeId).gsi1pk,
      skBetween: keys.enrollmentsByEmployeeYear(q.year),
      limit: q.limit,
      cursor: q.cursor,
    }),
    jpTotalOf(store, tenantId, q.year, employeeId),
  ]);
  return {
    employeeId,
    year: q.year,
    progress: jpProgress(total),
    items: page.items.map(asEnrollment),
    nextCursor: page.nextCursor,
  };
}

/**
 * Employees below the yearly JP target, one page of employees at a time: one Query of the
 * employees (by agency or tenant, by name) and one BatchGetItem of their JP totals. A page holds
 * only those below target, so it can be shorter than `limit`; follow nextCursor. Only active
 * employees (AKTIF) are expected to train.
 */
export async function shortfall(
  store: Store,
  tenantId: string,
  q: { year: number; agencyId?: string; cursor?: string; limit: number },
): Promise<Page<ShortfallRow>> {
  const page = await listEmployees(store, tenantId, {
    agencyId: q.agencyId,
    cursor: q.cursor,
    limit: q.limit,
  });
  const active = page.items.filter((e) => e.status === 'AKTIF');
  const totals = await store.batchGet<{ employeeId: string; jp?: number }>(
    active.map((e) => keys.jpTotal(tenantId, q.year, e.id)),
  );
  const jpBy = new Map(totals.map((i) => [i.employeeId, i.jp ?? 0]));
  const items: ShortfallRow[] = [];
  for (const e of active) {
    const p = jpProgress(jpBy.get(e.id) ?? 0, JP_TARGET_PER_YEAR);
    if (p.met) continue;
    items.push({
      employeeId: e.id,
      name: e.name,
      nip: e.nip,
      agencyId: e.agencyId,
      agencyName: e.agencyName,
      jp: p.total,
      target: p.target,
      remaining: p.remaining,
      percent: p.percent,
    });
  }
  return { items, nextCursor: page.nextCursor };
}
