import {
  type AttendanceViewer,
  addDays,
  assertAwaitingRecommendation,
  assertLeaveRequest,
  attendanceScope,
  badCursor,
  type Claims,
  cancellerFor,
  cancelLeave as cancelStep,
  canOpenLeaveAttachment,
  conflict,
  datesBetween,
  datesByMonth,
  deciderFor,
  decideLeave as decideStep,
  employeeLeaveStatus,
  FINAL_LEAVE_STATUSES,
  forbidden,
  type Holiday,
  holdsDays,
  inAttendanceScope,
  type LeaveApproval,
  type LeaveCalendar,
  type LeavePolicy,
  type LeaveRequest,
  type LeaveStatus,
  type LeaveStepInput,
  type LeaveStepRecord,
  type ListLeaveRequestsQuery,
  leavePolicyOf,
  leaveWorkingDays,
  localDateOf,
  newLeaveApproval,
  notFound,
  type RequestLeaveInput,
  recommenderFor,
  recommendLeave as recommendStep,
  type TransitionEffects,
  validationError,
  versionConflict,
  type Weekday,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import { newId } from '../../ids';
import * as keys from '../../keys';
import { type Page, type Store, stripKeys, type TxItem } from '../../store';
import type { StoredEmployee } from '../personnel/employee-writes';
import { getStoredEmployee } from '../personnel/employees';
import { queryAll } from '../surveys/responses';
import {
  adjustWrite,
  type BalanceItem,
  balanceView,
  commitOpening,
  ensureYearBalance,
  getBalanceItem,
  ledgerOf,
  ledgerPut,
  reserveWrite,
} from './leave-balance';
import { checkedAttachments, type StoredAttachment } from './leave-files';
import { type Approvers, allDelegations, approversOf } from './leave-org';
import { getAttendanceSettings } from './places';
import { holidaysOf, selfOf } from './punches';

/**
 * Leave (cuti, issue 13 §4). A request is one item; the days it holds are marked on the employee's
 * month items of the leave calendar (`keys.leaveDays`, which keeps two requests from overlapping);
 * annual leave reserves its working days on the year's balance at once (`leave-balance.ts`). Every
 * step is one transaction with its audit entry: the request (conditional on the version read), the
 * calendar, the balance and its ledger, and on approval the attendance month items (`leave_DD`),
 * which the calendar, the team view and the recap read.
 */

type Stored = Omit<LeaveRequest, 'employeeStatus' | 'waitingFor' | 'attachments'> & {
  attachments: StoredAttachment[];
};

const MAX_TX = 100;

const monthsBetween = (startDate: string, endDate: string): string[] => {
  const out: string[] = [];
  let m = startDate.slice(0, 7);
  const last = endDate.slice(0, 7);
  while (m <= last) {
    out.push(m);
    const [y, mm] = m.split('-').map(Number) as [number, number];
    m = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
  }
  return out;
};

async function yearHolidays(store: Store, tenantId: string, year: number): Promise<Holiday[]> {
  const items = await queryAll(store, {
    pk: keys.holidaysPartition(tenantId),
    skBeginsWith: `DAY#${year}-`,
  });
  return items.map((i) => ({ date: String(i.date), name: String(i.name), kind: i.kind as Holiday['kind'] }));
}

const rangeHolidays = (store: Store, tenantId: string, startDate: string, endDate: string) =>
  holidaysOf(store, tenantId, monthsBetween(startDate, endDate));

async function leaveContext(store: Store, tenantId: string, employee: StoredEmployee) {
  const settings = await getAttendanceSettings(store, tenantId);
  const policy = leavePolicyOf(
    employee.employmentType,
    settings.leavePolicies[employee.employmentType] ?? {},
  );
  return { settings, policy, workWeek: settings.workWeek as Weekday[] };
}

async function ownRequests(store: Store, tenantId: string, employeeId: string): Promise<Stored[]> {
  const items = await queryAll(store, {
    index: 'gsi1',
    pk: keys.leaveRequestsByEmployee(tenantId, employeeId).gsi1pk,
  });
  return items.filter((i) => i.type === 'LEAVE_REQUEST').map(asStored);
}

const asStored = (item: Record<string, unknown>): Stored => {
  const { leaveType, ...rest } = stripKeys(item) as Record<string, unknown>;
  return { ...rest, type: leaveType } as unknown as Stored;
};

const approvalOf = (r: Stored): LeaveApproval => ({
  status: r.status,
  type: r.type,
  startDate: r.startDate,
  endDate: r.endDate,
  steps: r.steps,
});

/** The item keeps the leave type as `leaveType`: `type` is the item's kind, as on every item. */
function itemOf(tenantId: string, { type: leaveType, ...r }: Stored) {
  return {
    ...keys.leaveRequest(tenantId, r.id),
    ...r,
    type: 'LEAVE_REQUEST',
    leaveType,
    ...keys.leaveRequestsByEmployee(tenantId, r.employeeId),
    gsi1sk: `${r.startDate}#${r.id}`,
    ...keys.leaveRequestsByAgency(tenantId, r.agencyId),
    gsi2sk: keys.leaveRequestStatusSort(r.status, r.createdAt, r.id),
  };
}

/** The request as a viewer sees it: the requester is told nothing of the recommendation before the decision. */
export function viewOf(r: Stored, viewerEmployeeId: string | undefined): LeaveRequest {
  const told = employeeLeaveStatus(r);
  const isRequester = viewerEmployeeId === r.employeeId;
  const final = FINAL_LEAVE_STATUSES.includes(r.status);
  return {
    ...r,
    attachments: (r.attachments ?? []).map((a, index) => ({
      index,
      name: a.name,
      contentType: a.contentType,
    })),
    employeeStatus: told.status,
    waitingFor: told.waitingFor,
    steps: isRequester && !final ? r.steps.filter((s) => s.step !== 'recommendation') : r.steps,
  };
}

const putRequest = (store: Store, tenantId: string, after: Stored, beforeVersion: number | null): TxItem => ({
  op: {
    Put: {
      TableName: store.tableName,
      Item: itemOf(tenantId, after),
      ...(beforeVersion === null
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': beforeVersion } }),
    },
  },
  onConditionFailed: () => versionConflict('The leave request'),
});

// ---- the leave calendar items (overlap guard) ----

const setOf = (v: unknown): Set<string> =>
  v instanceof Set ? (v as Set<string>) : new Set(Array.isArray(v) ? (v as string[]) : []);

function holdDaysWrite(store: Store, tenantId: string, r: Stored, month: string, days: string[]): TxItem {
  const names: Record<string, string> = { '#days': 'days', '#r': `r_${r.id}`, '#type': 'type' };
  const values: Record<string, unknown> = {
    ':set': new Set(days),
    ':info': calendarInfo(r),
    ':e': r.employeeId,
    ':n': r.employeeName,
    ':u': r.unitId,
    ':a': r.agencyId,
    ':t': 'LEAVE_DAYS',
    ':m': month,
  };
  const cond = days.map((d, i) => {
    values[`:d${i}`] = d;
    return `NOT contains(#days, :d${i})`;
  });
  return {
    op: {
      Update: {
        TableName: store.tableName,
        Key: keys.leaveDays(tenantId, month, r.employeeId),
        UpdateExpression:
          'ADD #days :set SET #r = :info, employeeId = :e, employeeName = :n, unitId = :u, agencyId = :a, #type = :t, #month = :m',
        ConditionExpression: cond.join(' AND '),
        ExpressionAttributeNames: { ...names, '#month': 'month' },
        ExpressionAttributeValues: values,
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    onConditionFailed: (_e, old) => {
      const held = setOf(old?.days);
      const clash = days.filter((d) => held.has(d));
      return conflict(
        `You already have leave on ${clash.slice(0, 5).join(', ')}${clash.length > 5 ? ', …' : ''}; a leave cannot overlap another.`,
      );
    },
  };
}

function releaseDaysWrite(
  store: Store,
  tenantId: string,
  r: Stored,
  month: string,
  days: string[],
  keepEntry: Stored | null,
): TxItem {
  const names: Record<string, string> = { '#days': 'days', '#r': `r_${r.id}` };
  const values: Record<string, unknown> = { ':set': new Set(days) };
  let update = 'DELETE #days :set';
  if (keepEntry) {
    update += ' SET #r = :info';
    values[':info'] = calendarInfo(keepEntry);
  } else update += ' REMOVE #r';
  return {
    op: {
      Update: {
        TableName: store.tableName,
        Key: keys.leaveDays(tenantId, month, r.employeeId),
        UpdateExpression: update,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
  };
}

function entryStatusWrite(store: Store, tenantId: string, r: Stored, month: string): TxItem {
  return {
    op: {
      Update: {
        TableName: store.tableName,
        Key: keys.leaveDays(tenantId, month, r.employeeId),
        UpdateExpression: 'SET #r = :info',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#r': `r_${r.id}` },
        ExpressionAttributeValues: { ':info': calendarInfo(r) },
      },
    },
  };
}

const calendarInfo = (r: Stored) => ({
  requestId: r.id,
  type: r.type,
  startDate: r.startDate,
  endDate: r.endDate,
  status: r.status,
});

// ---- the attendance month items ----

function monthOpenCheck(store: Store, tenantId: string, agencyId: string, month: string): TxItem {
  return {
    op: {
      ConditionCheck: {
        TableName: store.tableName,
        Key: keys.attendanceMonthState(tenantId, agencyId, month),
        ConditionExpression: 'attribute_not_exists(pk) OR #s = :open',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':open': 'open' },
      },
    },
    onConditionFailed: () =>
      conflict(`${month} is closed for attendance; an admin must reopen it first, with a reason.`),
  };
}

/** Marks (or unmarks) leave on the attendance month item; days without planned work stay days off. */
function attendanceMarkWrite(
  store: Store,
  tenantId: string,
  r: Stored,
  month: string,
  days: string[],
  mark: boolean,
): TxItem {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const parts = days.map((d, i) => {
    names[`#l${i}`] = `leave_${d.slice(8, 10)}`;
    return mark ? `#l${i} = :lt` : `#l${i}`;
  });
  if (mark) {
    Object.assign(names, {
      '#type': 'type',
      '#e': 'employeeId',
      '#a': 'agencyId',
      '#u': 'unitId',
      '#n': 'name',
      '#m': 'month',
    });
    Object.assign(values, {
      ':lt': r.type,
      ':type': 'ATTENDANCE_MONTH',
      ':e': r.employeeId,
      ':a': r.agencyId,
      ':u': r.unitId,
      ':n': r.employeeName,
      ':m': month,
    });
  }
  return {
    op: {
      Update: {
        TableName: store.tableName,
        Key: keys.attendanceMonth(tenantId, r.agencyId, month, r.employeeId),
        UpdateExpression: mark
          ? `SET #type = :type, #e = :e, #a = :a, #u = :u, #n = if_not_exists(#n, :n), #m = :m, ${parts.join(', ')}`
          : `REMOVE ${parts.join(', ')}`,
        ExpressionAttributeNames: names,
        ...(mark ? { ExpressionAttributeValues: values } : {}),
      },
    },
  };
}

function markWrites(store: Store, tenantId: string, r: Stored, dates: string[], mark: boolean): TxItem[] {
  const out: TxItem[] = [];
  for (const [month, days] of datesByMonth(dates)) {
    if (mark) out.push(monthOpenCheck(store, tenantId, r.agencyId, month));
    out.push(attendanceMarkWrite(store, tenantId, r, month, days, mark));
  }
  return out;
}

/**
 * One transaction when it fits DynamoDB's 100 items; otherwise (a CLTN of years) the request's own
 * writes first, then the attendance marks in further transactions, which are idempotent.
 */
async function transactAll(store: Store, head: TxItem[], tail: TxItem[]): Promise<void> {
  if (head.length + tail.length <= MAX_TX) return store.transact([...head, ...tail], 8);
  await store.transact(head, 8);
  for (let i = 0; i < tail.length; i += MAX_TX) await store.transact(tail.slice(i, i + MAX_TX), 8);
}

// ---- steps ----

const stepRecord = (
  s: LeaveApproval['steps'][number],
  names: ReadonlyMap<string, string>,
): LeaveStepRecord => ({
  ...s,
  actorName: names.get(s.actorId) ?? null,
  onBehalfOfName: s.onBehalfOfId ? (names.get(s.onBehalfOfId) ?? null) : null,
});

function namesOf(self: { id: string; name: string }, approvers: Approvers): Map<string, string> {
  const m = new Map<string, string>();
  if (approvers.superior) m.set(approvers.superior.id, approvers.superior.name);
  if (approvers.pybmc) m.set(approvers.pybmc.id, approvers.pybmc.name);
  m.set(self.id, self.name);
  return m;
}

function factsOf(
  employee: StoredEmployee,
  input: Pick<
    RequestLeaveInput,
    | 'type'
    | 'startDate'
    | 'endDate'
    | 'sickDocument'
    | 'healthBoardExtension'
    | 'miscarriage'
    | 'childOrder'
    | 'firstHajj'
    | 'importantReason'
    | 'bknApprovalRef'
    | 'cltnExtension'
  > & { attachmentCount?: number },
  own: Stored[],
  annualAvailable: number | undefined,
) {
  if (!employee.tmtCpns)
    throw validationError([
      {
        path: 'startDate',
        message:
          'your employee record has no TMT (start of service), which the leave rules count from; ask your admin to complete it',
      },
    ]);
  const year = input.startDate.slice(0, 4);
  const held = own.filter((r) => holdsDays(r.status));
  const besar = held.filter((r) => r.type === 'BESAR');
  return {
    employmentType: employee.employmentType,
    type: input.type,
    startDate: input.startDate,
    endDate: input.endDate,
    serviceStartDate: employee.tmtCpns,
    sickDocument: input.sickDocument ?? null,
    healthBoardExtension: input.healthBoardExtension ?? false,
    miscarriage: input.miscarriage ?? false,
    childOrder: input.childOrder ?? null,
    firstHajj: input.firstHajj ?? false,
    lastBesarStartDate:
      besar
        .filter((r) => r.status === 'APPROVED' || r.status === 'CHANGED')
        .map((r) => r.startDate)
        .sort()
        .pop() ?? null,
    importantReason: input.importantReason ?? null,
    bknApprovalRef: input.bknApprovalRef ?? null,
    cltnExtension: input.cltnExtension ?? false,
    besarInYear: besar.some((r) => r.startDate.startsWith(year) || r.endDate.startsWith(year)),
    ...(input.attachmentCount === undefined ? {} : { attachmentCount: input.attachmentCount }),
    ...(annualAvailable === undefined ? {} : { annualAvailable }),
  };
}

async function annualBalanceFor(
  store: Store,
  tenantId: string,
  employee: StoredEmployee,
  year: number,
  policy: LeavePolicy,
  own: Stored[],
  now: Date,
  dryRun = false,
): Promise<BalanceItem> {
  const y = String(year);
  return ensureYearBalance(
    store,
    tenantId,
    { id: employee.id, employmentType: employee.employmentType, serviceStartDate: employee.tmtCpns ?? null },
    year,
    policy,
    () => yearHolidays(store, tenantId, year),
    {
      besarTaken: own.some(
        (r) =>
          r.type === 'BESAR' && holdsDays(r.status) && (r.startDate.startsWith(y) || r.endDate.startsWith(y)),
      ),
    },
    now,
    dryRun,
  );
}

/** `requestLeave`: checks every rule of the type, then holds the days (and the annual balance) at once. */
export async function requestLeave(
  store: Store,
  claims: Claims,
  actor: Actor,
  input: RequestLeaveInput,
  timeZone: string,
  now: Date,
  /** A document's bytes (the documents store), null when not uploaded; without a store, attachments are refused. */
  readDocument: (key: string) => Promise<Uint8Array | null> = async () => null,
): Promise<LeaveRequest> {
  const tenantId = claims.tenantId;
  const employee = await selfOf(store, claims);
  if (employee.status !== 'AKTIF') throw forbidden('Only an active employee can ask for leave.');
  const attachments = await checkedAttachments(tenantId, employee.id, input.attachments, readDocument);
  const { policy, workWeek } = await leaveContext(store, tenantId, employee);
  const [holidays, own] = await Promise.all([
    rangeHolidays(store, tenantId, input.startDate, input.endDate),
    ownRequests(store, tenantId, employee.id),
  ]);
  const annual = input.type === 'TAHUNAN' && policy.types.includes('TAHUNAN');
  const year = Number(input.startDate.slice(0, 4));
  const balance =
    annual && input.startDate.slice(0, 4) === input.endDate.slice(0, 4)
      ? await annualBalanceFor(store, tenantId, employee, year, policy, own, now, true)
      : null;
  const check = assertLeaveRequest(
    factsOf(
      employee,
      { ...input, attachmentCount: attachments.length },
      own,
      // Not entitled yet: min-service names the reason; a balance of 0 would only repeat it.
      balance?.entitled ? balance.grantedTotal - balance.used : undefined,
    ),
    holidays,
    policy,
    { workWeek },
  );
  const today = localDateOf(now, timeZone);
  const approvers = await approversOf(store, tenantId, employee, input.type, today);
  if (!approvers.pybmc)
    throw conflict(
      'Nobody is set as PYBMC (the official who grants leave) for your agency; a tenant admin sets one in the attendance settings.',
    );
  // The rules hold: now the year's balance is opened for real (if it was only planned above).
  if (balance) await commitOpening(store, tenantId, balance);
  const at = now.toISOString();
  const approval = newLeaveApproval(input, {
    hasSuperior: !!approvers.superior,
    at,
    requesterId: employee.id,
  });
  const names = namesOf(employee, approvers);
  const r: Stored = {
    id: newId(),
    employeeId: employee.id,
    employeeName: employee.name,
    nip: employee.nip,
    agencyId: employee.agencyId,
    unitId: employee.unitId,
    unitName: approvers.unitName,
    employmentType: employee.employmentType,
    type: input.type,
    startDate: input.startDate,
    endDate: input.endDate,
    workingDays: check.workingDays,
    calendarDays: check.calendarDays,
    reason: input.reason,
    addressDuringLeave: input.addressDuringLeave,
    details: {
      sickDocument: input.sickDocument ?? null,
      healthBoardExtension: input.healthBoardExtension ?? false,
      miscarriage: input.miscarriage ?? false,
      childOrder: input.childOrder ?? null,
      firstHajj: input.firstHajj ?? false,
      importantReason: input.importantReason ?? null,
      bknApprovalRef: input.bknApprovalRef ?? null,
      cltnExtension: input.cltnExtension ?? false,
    },
    status: approval.status,
    superior: approvers.superior,
    pybmc: approvers.pybmc,
    steps: approval.steps.map((s) => stepRecord(s, names)),
    attachments,
    annualDaysHeld: annual ? check.workingDays : 0,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const writes: TxItem[] = [putRequest(store, tenantId, r, null)];
  for (const [month, days] of datesByMonth(datesBetween(r.startDate, r.endDate)))
    writes.push(holdDaysWrite(store, tenantId, r, month, days));
  if (balance && r.annualDaysHeld > 0) {
    writes.push(
      reserveWrite(store, tenantId, employee.id, year, r.annualDaysHeld, {
        pending: true,
        grantedTotal: balance.grantedTotal,
      }),
      ledgerPut(
        store,
        tenantId,
        employee.id,
        year,
        {
          kind: 'reserve',
          days: -r.annualDaysHeld,
          requestId: r.id,
          reason: `request ${r.startDate} – ${r.endDate}`,
          actor,
        },
        now,
      ),
    );
  }
  writes.push(
    auditPut(
      store.tableName,
      actor,
      {
        action: 'leave.request',
        entityType: 'leaveRequest',
        entityId: r.id,
        changes: {
          type: { before: null, after: r.type },
          startDate: { before: null, after: r.startDate },
          endDate: { before: null, after: r.endDate },
          workingDays: { before: null, after: r.workingDays },
          status: { before: null, after: r.status },
        },
      },
      now,
    ),
  );
  if (writes.length > MAX_TX)
    throw validationError([{ path: 'endDate', message: 'a leave spans at most 3 years and 1 month' }]);
  await store.transact(writes, 12);
  return viewOf(r, employee.id);
}

export async function getStored(store: Store, tenantId: string, requestId: string): Promise<Stored> {
  const item = await store.get<Record<string, unknown>>(keys.leaveRequest(tenantId, requestId), true);
  if (!item) throw notFound('Leave request');
  return asStored(item);
}

async function currentApprovers(store: Store, tenantId: string, r: Stored, on: string) {
  const employee = await getStoredEmployee(store, tenantId, r.employeeId).catch(() => null);
  return approversOf(
    store,
    tenantId,
    employee ?? { id: r.employeeId, agencyId: r.agencyId, unitId: r.unitId, positionType: undefined },
    r.type,
    on,
  );
}

/** Who may open a request: the requester, the approvers (now or who acted), and the scope above them. */
function canRead(viewer: AttendanceViewer, r: Stored, approvers: Approvers): boolean {
  const me = viewer.claims.employeeId;
  if (me && (me === r.employeeId || r.steps.some((s) => s.actorId === me))) return true;
  if (me) {
    try {
      recommenderFor(viewer.claims, r, approvers);
      return true;
    } catch {}
    try {
      deciderFor(viewer.claims, r, approvers);
      return true;
    } catch {}
  }
  try {
    const scope = attendanceScope(viewer);
    return scope.kind !== 'own' && inAttendanceScope(scope, r);
  } catch {
    return false;
  }
}

export async function getLeaveRequest(
  store: Store,
  viewer: AttendanceViewer & { claims: Claims },
  requestId: string,
  timeZone: string,
  now: Date,
): Promise<LeaveRequest> {
  const r = await getStored(store, viewer.claims.tenantId, requestId);
  const approvers = await currentApprovers(store, viewer.claims.tenantId, r, localDateOf(now, timeZone));
  if (!canRead(viewer, r, approvers)) throw notFound('Leave request');
  const open = !FINAL_LEAVE_STATUSES.includes(r.status);
  return viewOf(
    open ? { ...r, superior: approvers.superior, pybmc: approvers.pybmc } : r,
    viewer.claims.employeeId,
  );
}

function stepAudit(
  store: Store,
  actor: Actor,
  before: Stored,
  after: Stored,
  action: string,
  now: Date,
): TxItem {
  const last = after.steps[after.steps.length - 1]!;
  return auditPut(
    store.tableName,
    actor,
    {
      action,
      entityType: 'leaveRequest',
      entityId: before.id,
      changes: {
        status: { before: before.status, after: after.status },
        outcome: { before: null, after: last.outcome },
        ...(last.onBehalfOfId
          ? {
              actingFor: {
                before: null,
                after: `${last.delegationKind} for ${last.onBehalfOfName ?? last.onBehalfOfId}`,
              },
            }
          : {}),
        ...(last.note ? { note: { before: null, after: last.note } } : {}),
        ...(last.changedTo
          ? {
              period: {
                before: `${before.startDate} – ${before.endDate}`,
                after: `${last.changedTo.startDate} – ${last.changedTo.endDate}`,
              },
            }
          : {}),
      },
    },
    now,
  );
}

/** Step 1, by the direct superior (or their Plt/Plh). The employee is not told. */
export async function recommendLeave(
  store: Store,
  claims: Claims,
  actor: Actor,
  requestId: string,
  input: LeaveStepInput,
  timeZone: string,
  now: Date,
): Promise<LeaveRequest> {
  const tenantId = claims.tenantId;
  const before = await getStored(store, tenantId, requestId);
  const today = localDateOf(now, timeZone);
  const approvers = await currentApprovers(store, tenantId, before, today);
  const viewer = { claims };
  if (!canRead(viewer, before, approvers)) throw notFound('Leave request');
  assertAwaitingRecommendation(before);
  const who = recommenderFor(claims, before, approvers);
  const { state } = recommendStep(approvalOf(before), { ...input, actor: who, at: now.toISOString() });
  const names = await actorNames(store, tenantId, approvers, who);
  const after: Stored = {
    ...before,
    status: state.status,
    superior: approvers.superior,
    pybmc: approvers.pybmc,
    steps: [...before.steps, stepRecord(state.steps[state.steps.length - 1]!, names)],
    updatedAt: now.toISOString(),
    version: before.version + 1,
  };
  const writes: TxItem[] = [putRequest(store, tenantId, after, before.version)];
  for (const month of monthsBetween(after.startDate, after.endDate))
    writes.push(entryStatusWrite(store, tenantId, after, month));
  writes.push(stepAudit(store, actor, before, after, 'leave.recommend', now));
  await transactAll(store, writes, []);
  return viewOf(after, claims.employeeId);
}

async function actorNames(
  store: Store,
  tenantId: string,
  approvers: Approvers,
  who: { employeeId: string; actingFor?: { employeeId: string } | null },
): Promise<Map<string, string>> {
  const m = new Map<string, string>();
  if (approvers.superior) m.set(approvers.superior.id, approvers.superior.name);
  if (approvers.pybmc) m.set(approvers.pybmc.id, approvers.pybmc.name);
  for (const id of [who.employeeId, who.actingFor?.employeeId]) {
    if (!id || m.has(id)) continue;
    const e = await getStoredEmployee(store, tenantId, id).catch(() => null);
    if (e) m.set(id, e.name);
  }
  return m;
}

/** The balance writes of a transition's reservation effect (annual leave only). */
function balanceEffect(
  store: Store,
  tenantId: string,
  before: Stored,
  wasPending: boolean,
  reservation: TransitionEffects['reservation'],
  newHeld: number,
  balance: BalanceItem | undefined,
  actor: Actor,
  now: Date,
  reason: string,
): TxItem[] {
  if (before.annualDaysHeld === 0 && newHeld === 0) return [];
  const year = Number(before.startDate.slice(0, 4));
  const pendingDelta = wasPending ? -before.annualDaysHeld : 0;
  const release = before.annualDaysHeld - newHeld;
  const out: TxItem[] = [];
  if (release >= 0) {
    if (release === 0 && pendingDelta === 0) return [];
    out.push(adjustWrite(store, tenantId, before.employeeId, year, -release, pendingDelta));
  } else {
    if (!balance) throw conflict('The annual-leave balance of that year is not open.');
    out.push(
      reserveWrite(store, tenantId, before.employeeId, year, -release, {
        pending: false,
        grantedTotal: balance.grantedTotal,
      }),
    );
    if (pendingDelta !== 0) out.push(adjustWrite(store, tenantId, before.employeeId, year, 0, pendingDelta));
  }
  if (release !== 0)
    out.push(
      ledgerPut(
        store,
        tenantId,
        before.employeeId,
        year,
        {
          kind: reservation.kind === 'resize' ? 'resize' : 'release',
          days: release,
          requestId: before.id,
          reason,
          actor,
        },
        now,
      ),
    );
  return out;
}

/** Step 2, by the PYBMC (or their Plt/Plh): approve, change the period, defer or reject. */
export async function decideLeave(
  store: Store,
  claims: Claims,
  actor: Actor,
  requestId: string,
  input: LeaveStepInput,
  timeZone: string,
  now: Date,
): Promise<LeaveRequest> {
  const tenantId = claims.tenantId;
  const before = await getStored(store, tenantId, requestId);
  const today = localDateOf(now, timeZone);
  const approvers = await currentApprovers(store, tenantId, before, today);
  if (!canRead({ claims }, before, approvers)) throw notFound('Leave request');
  const who = deciderFor(claims, before, approvers);
  const { state, effects } = decideStep(approvalOf(before), {
    ...input,
    actor: who,
    alsoSuperior: who.alsoSuperior,
    at: now.toISOString(),
  });
  const names = await actorNames(store, tenantId, approvers, who);
  const newSteps = state.steps.slice(before.steps.length).map((s) => stepRecord(s, names));
  let after: Stored = {
    ...before,
    status: state.status,
    superior: approvers.superior,
    pybmc: approvers.pybmc,
    steps: [...before.steps, ...newSteps],
    updatedAt: now.toISOString(),
    version: before.version + 1,
  };
  const head: TxItem[] = [];
  const tail: TxItem[] = [];
  const oldDates = datesBetween(before.startDate, before.endDate);
  const employee = await getStoredEmployee(store, tenantId, before.employeeId);
  let balance: BalanceItem | undefined;
  if (effects.reservation.kind === 'resize') {
    const { startDate, endDate } = effects.reservation;
    const { policy, workWeek } = await leaveContext(store, tenantId, employee);
    const own = (await ownRequests(store, tenantId, employee.id)).filter((r) => r.id !== before.id);
    const year = Number(before.startDate.slice(0, 4));
    if (before.type === 'TAHUNAN' && startDate.slice(0, 4) !== String(year))
      throw validationError([
        { path: 'changeTo.startDate', message: 'a changed annual leave stays in its year' },
      ]);
    balance =
      before.type === 'TAHUNAN' ? await getBalanceItem(store, tenantId, employee.id, year) : undefined;
    const holidays = await rangeHolidays(store, tenantId, startDate, endDate);
    const available = balance ? balance.grantedTotal - balance.used + before.annualDaysHeld : undefined;
    let check: { workingDays: number; calendarDays: number };
    try {
      check = assertLeaveRequest(
        factsOf(
          employee,
          {
            ...before,
            ...before.details,
            startDate,
            endDate,
            attachmentCount: before.attachments?.length ?? 0,
          } as never,
          own,
          available,
        ),
        holidays,
        policy,
        { workWeek },
      );
    } catch (err) {
      const e = err as { errors?: { path: string; message: string }[] };
      if (e.errors)
        throw validationError(
          e.errors.map((x) => ({
            path: `changeTo.${x.path === 'startDate' || x.path === 'endDate' ? x.path : 'endDate'}`,
            message: x.message,
          })),
          'The changed period breaks the leave rules.',
        );
      throw err;
    }
    after = {
      ...after,
      startDate,
      endDate,
      workingDays: check.workingDays,
      calendarDays: check.calendarDays,
      annualDaysHeld: before.type === 'TAHUNAN' ? check.workingDays : 0,
    };
    head.push(...(await resizeDaysWrites(store, tenantId, before, after)));
    tail.push(...markWrites(store, tenantId, after, datesBetween(startDate, endDate), true));
  } else if (effects.reservation.kind === 'release') {
    after = { ...after, annualDaysHeld: 0 };
    for (const [month, days] of datesByMonth(oldDates))
      head.push(releaseDaysWrite(store, tenantId, before, month, days, null));
  } else {
    for (const month of monthsBetween(after.startDate, after.endDate))
      head.push(entryStatusWrite(store, tenantId, after, month));
    tail.push(...markWrites(store, tenantId, after, oldDates, true));
  }
  head.unshift(putRequest(store, tenantId, after, before.version));
  head.push(
    ...balanceEffect(
      store,
      tenantId,
      before,
      true,
      effects.reservation,
      after.annualDaysHeld,
      balance,
      actor,
      now,
      `decision ${after.status.toLowerCase()}${input.note ? `: ${input.note}` : ''}`,
    ),
    stepAudit(store, actor, before, after, 'leave.decide', now),
  );
  // The month-open checks must hold with the marks; keep them in the first transaction when they fit.
  await transactAll(store, head, tail);
  return viewOf(after, claims.employeeId);
}

/** A changed period: the calendar items of both periods are rewritten against what they held. */
async function resizeDaysWrites(
  store: Store,
  tenantId: string,
  before: Stored,
  after: Stored,
): Promise<TxItem[]> {
  const oldByMonth = datesByMonth(datesBetween(before.startDate, before.endDate));
  const newByMonth = datesByMonth(datesBetween(after.startDate, after.endDate));
  const months = [...new Set([...oldByMonth.keys(), ...newByMonth.keys()])].sort();
  const out: TxItem[] = [];
  for (const month of months) {
    const key = keys.leaveDays(tenantId, month, before.employeeId);
    const current = await store.get<Record<string, unknown>>(key, true);
    const held = setOf(current?.days);
    const oldDays = new Set(oldByMonth.get(month) ?? []);
    const newDays = newByMonth.get(month) ?? [];
    const clash = newDays.filter((d) => held.has(d) && !oldDays.has(d));
    if (clash.length > 0)
      throw conflict(
        `The employee already has leave on ${clash.slice(0, 5).join(', ')}; the changed period overlaps it.`,
      );
    const next = new Set([...held].filter((d) => !oldDays.has(d)));
    for (const d of newDays) next.add(d);
    const names: Record<string, string> = {
      '#days': 'days',
      '#r': `r_${before.id}`,
      '#type': 'type',
      '#month': 'month',
    };
    const values: Record<string, unknown> = {
      ':e': before.employeeId,
      ':n': before.employeeName,
      ':u': before.unitId,
      ':a': before.agencyId,
      ':t': 'LEAVE_DAYS',
      ':m': month,
    };
    const sets = [
      'employeeId = :e',
      'employeeName = :n',
      'unitId = :u',
      'agencyId = :a',
      '#type = :t',
      '#month = :m',
    ];
    const removes: string[] = [];
    if (next.size > 0) {
      values[':next'] = next;
      sets.push('#days = :next');
    } else removes.push('#days');
    if (newDays.length > 0) {
      values[':info'] = calendarInfo(after);
      sets.push('#r = :info');
    } else removes.push('#r');
    let cond = 'attribute_not_exists(#days)';
    if (held.size > 0) {
      values[':held'] = held;
      cond = '#days = :held';
    }
    out.push({
      op: {
        Update: {
          TableName: store.tableName,
          Key: key,
          UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
          ConditionExpression: cond,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      },
      onConditionFailed: () => conflict('The employee’s leave changed meanwhile; try again.'),
    });
  }
  // Marks of old days outside the new period come off (only an approved leave had marks: none yet).
  return out;
}

/**
 * `cancelLeave`: the employee before the start; the PYBMC (or delegate) also after it, releasing the
 * days from today on.
 */
export async function cancelLeave(
  store: Store,
  claims: Claims,
  actor: Actor,
  requestId: string,
  input: { reason?: string },
  timeZone: string,
  now: Date,
): Promise<LeaveRequest> {
  const tenantId = claims.tenantId;
  const before = await getStored(store, tenantId, requestId);
  const today = localDateOf(now, timeZone);
  const approvers = await currentApprovers(store, tenantId, before, today);
  if (!canRead({ claims }, before, approvers)) throw notFound('Leave request');
  const by = cancellerFor(claims, before, approvers);
  const { state, effects } = cancelStep(approvalOf(before), {
    by: by.by,
    actor: by.actor,
    at: now.toISOString(),
    today,
    reason: input.reason ?? null,
  });
  const names = await actorNames(store, tenantId, approvers, by.actor);
  const wasPending = before.status === 'AWAITING_RECOMMENDATION' || before.status === 'AWAITING_DECISION';
  const wasGranted = before.status === 'APPROVED' || before.status === 'CHANGED';
  let after: Stored = {
    ...before,
    status: state.status,
    steps: [...before.steps, stepRecord(state.steps[state.steps.length - 1]!, names)],
    updatedAt: now.toISOString(),
    version: before.version + 1,
  };
  const allDates = datesBetween(before.startDate, before.endDate);
  const head: TxItem[] = [];
  const tail: TxItem[] = [];
  if (effects.reservation.kind === 'release-from') {
    const from = effects.reservation.date;
    const released = allDates.filter((d) => d >= from);
    const { workWeek } = await leaveContext(
      store,
      tenantId,
      await getStoredEmployee(store, tenantId, before.employeeId),
    );
    const holidays = await rangeHolidays(store, tenantId, from, before.endDate);
    const releasedWorking = leaveWorkingDays(from, before.endDate, holidays, { workWeek }).length;
    const taken = { ...after, endDate: addDays(from, -1) };
    after = {
      ...after,
      workingDays: before.workingDays - releasedWorking,
      annualDaysHeld: before.type === 'TAHUNAN' ? before.annualDaysHeld - releasedWorking : 0,
    };
    for (const [month, days] of datesByMonth(released)) {
      const keep = month <= taken.endDate.slice(0, 7) ? { ...taken, status: before.status } : null;
      head.push(releaseDaysWrite(store, tenantId, before, month, days, keep));
    }
    if (wasGranted) tail.push(...markWrites(store, tenantId, before, released, false));
  } else {
    after = { ...after, annualDaysHeld: 0 };
    for (const [month, days] of datesByMonth(allDates))
      head.push(releaseDaysWrite(store, tenantId, before, month, days, null));
    if (wasGranted) tail.push(...markWrites(store, tenantId, before, allDates, false));
  }
  head.unshift(putRequest(store, tenantId, after, before.version));
  head.push(
    ...balanceEffect(
      store,
      tenantId,
      before,
      wasPending,
      effects.reservation,
      after.annualDaysHeld,
      undefined,
      actor,
      now,
      `cancelled${by.by === 'pybmc' ? ' by the PYBMC' : ''}${input.reason ? `: ${input.reason}` : ''}`,
    ),
    stepAudit(store, actor, before, after, 'leave.cancel', now),
  );
  await transactAll(store, head, tail);
  return viewOf(after, claims.employeeId);
}

// ---- attachments ----

/**
 * Opens one attachment of a request (a sick leave's doctor's note: health data, UU 27/2022): only the
 * employee and their approvers (who acted, or who may act now) may, and each opening is written to
 * the audit log before the bytes are handed out. Anyone else is told it does not exist.
 */
export async function openAttachment(
  store: Store,
  claims: Claims,
  actor: Actor,
  requestId: string,
  index: number,
  timeZone: string,
  now: Date,
  read: (key: string) => Promise<Uint8Array>,
): Promise<{ bytes: Uint8Array; name: string; contentType: string }> {
  const r = await getStored(store, claims.tenantId, requestId);
  const approvers = await currentApprovers(store, claims.tenantId, r, localDateOf(now, timeZone));
  const attachment = r.attachments?.[index];
  if (!attachment || !canOpenLeaveAttachment(claims, r, approvers)) throw notFound('Attachment');
  const bytes = await read(attachment.key);
  await store.transact([
    auditPut(
      store.tableName,
      actor,
      {
        action: 'leaveAttachment.open',
        entityType: 'leaveRequest',
        entityId: r.id,
        changes: { attachment: { before: null, after: attachment.name } },
        flags: ['health-data'],
      },
      now,
    ),
  ]);
  return { bytes, name: attachment.name, contentType: attachment.contentType };
}

// ---- reading ----

/** The annual balance of an employee and year, with its ledger (the caller's own unless an admin or approver asks). */
export async function getLeaveBalance(
  store: Store,
  viewer: AttendanceViewer & { claims: Claims },
  q: { year?: number; employeeId?: string },
  timeZone: string,
  now: Date,
) {
  const tenantId = viewer.claims.tenantId;
  const today = localDateOf(now, timeZone);
  let employee: StoredEmployee;
  if (!q.employeeId || q.employeeId === viewer.claims.employeeId)
    employee = await selfOf(store, viewer.claims);
  else {
    employee = await getStoredEmployee(store, tenantId, q.employeeId).catch(() => {
      throw notFound('Employee');
    });
    const approvers = await approversOf(store, tenantId, employee, 'TAHUNAN', today);
    const me = viewer.claims.employeeId;
    const approver = !!me && (me === approvers.currentSuperiorId || me === approvers.pybmcId);
    let inScope = false;
    try {
      const scope = attendanceScope(viewer);
      inScope =
        scope.kind !== 'own' &&
        inAttendanceScope(scope, {
          employeeId: employee.id,
          unitId: employee.unitId,
          agencyId: employee.agencyId,
        });
    } catch {}
    if (!approver && !inScope) throw notFound('Employee');
  }
  const year = q.year ?? Number(today.slice(0, 4));
  const { policy } = await leaveContext(store, tenantId, employee);
  const own = await ownRequests(store, tenantId, employee.id);
  const item = await annualBalanceFor(store, tenantId, employee, year, policy, own, now);
  const ledger = await ledgerOf(store, tenantId, employee.id, year);
  return { employeeId: employee.id, ...balanceView(item, ledger, policy) };
}

/**
 * `mine`: the caller's own, newest first. `agency`: an agency's by status (its admins, the tenant
 * admin; a supervisor their own unit's). `inbox`: what waits for the caller's step now.
 */
export async function listLeaveRequests(
  store: Store,
  viewer: AttendanceViewer & { claims: Claims },
  q: ListLeaveRequestsQuery,
  timeZone: string,
  now: Date,
): Promise<Page<LeaveRequest>> {
  const { claims } = viewer;
  const tenantId = claims.tenantId;
  if (q.view === 'mine') {
    if (!claims.employeeId) {
      if (q.cursor) throw badCursor();
      return { items: [], nextCursor: null };
    }
    const page = await store.query<Record<string, unknown>>({
      tenantId,
      queryId: `leave:mine:${claims.employeeId}:${q.status ?? 'all'}`,
      index: 'gsi1',
      pk: keys.leaveRequestsByEmployee(tenantId, claims.employeeId).gsi1pk,
      limit: q.limit,
      cursor: q.cursor,
      forward: false,
      ...(q.status
        ? { filter: { expression: '#s = :s', names: { '#s': 'status' }, values: { ':s': q.status } } }
        : {}),
    });
    return {
      items: page.items.map(asStored).map((r) => viewOf(r, claims.employeeId)),
      nextCursor: page.nextCursor,
    };
  }
  if (q.view === 'agency') {
    const scope = attendanceScope(viewer);
    let agencyId: string;
    let unitId: string | undefined;
    switch (scope.kind) {
      case 'tenant':
        if (!q.agencyId)
          throw validationError([
            { path: 'agencyId', message: "a tenant admin's list is per agency: name one" },
          ]);
        agencyId = q.agencyId;
        break;
      case 'agency':
        if (q.agencyId && q.agencyId !== scope.agencyId)
          throw forbidden('That agency is outside your scope.');
        agencyId = scope.agencyId;
        break;
      case 'unit':
        agencyId = scope.agencyId;
        unitId = scope.unitId;
        break;
      default:
        throw forbidden('The leave of others is for supervisors and admins.');
    }
    const items: LeaveRequest[] = [];
    let cursor = q.cursor;
    let nextCursor: string | null = null;
    for (let call = 0; call < 5; call++) {
      const page = await store.query<Record<string, unknown>>({
        tenantId,
        queryId: `leave:agency:${agencyId}:${unitId ?? 'all'}:${q.status ?? 'all'}`,
        index: 'gsi2',
        pk: keys.leaveRequestsByAgency(tenantId, agencyId).gsi2pk,
        ...(q.status ? { skBeginsWith: keys.leaveRequestStatusPrefix(q.status) } : {}),
        limit: q.limit - items.length,
        cursor,
        ...(unitId ? { filter: { expression: 'unitId = :u', values: { ':u': unitId } } } : {}),
      });
      items.push(...page.items.map(asStored).map((r) => viewOf(r, claims.employeeId)));
      nextCursor = page.nextCursor;
      if (!nextCursor || items.length >= q.limit) break;
      cursor = nextCursor;
    }
    return { items, nextCursor };
  }
  return { items: await inbox(store, claims, q, localDateOf(now, timeZone)), nextCursor: null };
}

/** At most this many waiting requests are shown in one inbox (oldest first). */
export const INBOX_MAX = 100;

async function inbox(store: Store, claims: Claims, q: ListLeaveRequestsQuery, today: string) {
  if (q.cursor) throw badCursor();
  const me = claims.employeeId;
  if (!me || claims.role === 'applicant' || claims.role === 'platform-admin') return [];
  const tenantId = claims.tenantId;
  const self = await getStoredEmployee(store, tenantId, me).catch(() => null);
  const agencies = new Set<string>(self ? [self.agencyId] : []);
  const [settings, delegations] = await Promise.all([
    getAttendanceSettings(store, tenantId),
    allDelegations(store, tenantId),
  ]);
  const principals = delegations.filter(
    (d) => !d.revoked && d.delegateId === me && d.startDate <= today && today <= d.endDate,
  );
  const people = await Promise.all(
    principals.map((d) => getStoredEmployee(store, tenantId, d.principalId).catch(() => null)),
  );
  for (const p of people) if (p) agencies.add(p.agencyId);
  // The agencies whose PYBMC rules name the caller, or an official the caller stands in for.
  const actingFor = new Set([me, ...principals.map((d) => d.principalId)]);
  let everyAgency = false;
  for (const r of settings.pybmc) {
    if (!actingFor.has(r.employeeId)) continue;
    if (r.agencyId) agencies.add(r.agencyId);
    else everyAgency = true;
  }
  if (everyAgency)
    for (const a of await queryAll(store, { pk: keys.agenciesPartition(tenantId) }))
      if (a.id) agencies.add(String(a.id));
  const statuses: LeaveStatus[] = q.status ? [q.status] : ['AWAITING_RECOMMENDATION', 'AWAITING_DECISION'];
  const waiting: Stored[] = [];
  for (const agencyId of agencies)
    for (const status of statuses)
      waiting.push(
        ...(
          await queryAll(store, {
            index: 'gsi2',
            pk: keys.leaveRequestsByAgency(tenantId, agencyId).gsi2pk,
            skBeginsWith: keys.leaveRequestStatusPrefix(status),
          })
        ).map(asStored),
      );
  const out: LeaveRequest[] = [];
  for (const r of waiting.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))) {
    if (out.length >= Math.min(q.limit, INBOX_MAX)) break;
    if (r.employeeId === me) continue;
    const approvers = await currentApprovers(store, tenantId, r, today);
    let mine = false;
    try {
      if (r.status === 'AWAITING_RECOMMENDATION') {
        try {
          recommenderFor(claims, r, approvers);
          mine = true;
        } catch {
          mine = deciderFor(claims, r, approvers).alsoSuperior;
        }
      } else if (r.status === 'AWAITING_DECISION') {
        deciderFor(claims, r, approvers);
        mine = true;
      }
    } catch {}
    if (mine) out.push(viewOf({ ...r, superior: approvers.superior, pybmc: approvers.pybmc }, me));
  }
  return out;
}

/** The leave calendar of a month, within the viewer's scope: names, dates, type and status only. */
export async function leaveCalendar(
  store: Store,
  viewer: AttendanceViewer & { claims: Claims },
  q: { month: string; agencyId?: string },
): Promise<LeaveCalendar> {
  const scope = attendanceScope(viewer);
  if (q.agencyId && scope.kind !== 'tenant' && !(scope.kind === 'agency' && scope.agencyId === q.agencyId))
    throw forbidden('That agency is outside your scope.');
  const items = await queryAll(store, {
    pk: keys.leaveDaysPartition(viewer.claims.tenantId, q.month),
    ...(q.agencyId || scope.kind === 'agency' || scope.kind === 'unit'
      ? {
          filter: {
            expression: 'agencyId = :a',
            values: { ':a': q.agencyId ?? (scope as { agencyId: string }).agencyId },
          },
        }
      : {}),
  });
  const entries: LeaveCalendar['items'] = [];
  for (const item of items) {
    const owner = {
      employeeId: String(item.employeeId),
      unitId: String(item.unitId),
      agencyId: String(item.agencyId),
    };
    if (!inAttendanceScope(scope, owner)) continue;
    for (const [k, v] of Object.entries(item)) {
      if (!k.startsWith('r_')) continue;
      const info = v as ReturnType<typeof calendarInfo>;
      if (!holdsDays(info.status)) continue;
      entries.push({
        ...info,
        employeeId: owner.employeeId,
        employeeName: String(item.employeeName),
        unitId: owner.unitId,
      });
    }
  }
  entries.sort((a, b) =>
    a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.employeeName < b.employeeName ? -1 : 1,
  );
  return { month: q.month, scope: scope.kind, items: entries };
}

// ---- holiday changes ----

/**
 * After a holiday is added, changed or removed (issue 13 §1): every held leave covering the date is
 * recounted against the new calendar; the difference goes to the request, the annual balance and its
 * ledger, with the reason, and each is audited. For PPPK, a cuti bersama day added or removed on a
 * worked weekday changes the year's charge the same way. Safe to run again: it applies the
 * difference between what is stored and the new count.
 */
export async function recountForHolidayChange(
  store: Store,
  actor: Actor,
  date: string,
  before: Holiday | null,
  after: Holiday | null,
  now: Date,
): Promise<{ requests: number; balances: number }> {
  const tenantId = actor.tenantId;
  const settings = await getAttendanceSettings(store, tenantId, true);
  const workWeek = settings.workWeek as Weekday[];
  const month = date.slice(0, 7);
  const items = await queryAll(store, { pk: keys.leaveDaysPartition(tenantId, month), consistent: true });
  let requests = 0;
  for (const item of items) {
    if (!setOf(item.days).has(date)) continue;
    for (const [k, v] of Object.entries(item)) {
      if (!k.startsWith('r_')) continue;
      const info = v as ReturnType<typeof calendarInfo>;
      if (!holdsDays(info.status) || info.startDate > date || info.endDate < date) continue;
      const r = await getStored(store, tenantId, info.requestId);
      if (!holdsDays(r.status)) continue;
      const holidays = await rangeHolidays(store, tenantId, r.startDate, r.endDate);
      const now_ = leaveWorkingDays(r.startDate, r.endDate, holidays, { workWeek }).length;
      const delta = now_ - r.workingDays;
      if (delta === 0) continue;
      const what = after ? (before ? 'changed' : 'added') : 'removed';
      const reason = `holiday ${what} on ${date} (${after?.name ?? before?.name ?? ''}): ${r.workingDays} → ${now_} working days`;
      const updated: Stored = {
        ...r,
        workingDays: now_,
        annualDaysHeld: r.type === 'TAHUNAN' ? r.annualDaysHeld + delta : 0,
        updatedAt: now.toISOString(),
        version: r.version + 1,
      };
      const year = Number(r.startDate.slice(0, 4));
      const writes: TxItem[] = [putRequest(store, tenantId, updated, r.version)];
      if (r.type === 'TAHUNAN') {
        const pending = r.status === 'AWAITING_RECOMMENDATION' || r.status === 'AWAITING_DECISION';
        writes.push(
          adjustWrite(store, tenantId, r.employeeId, year, delta, pending ? delta : 0),
          ledgerPut(
            store,
            tenantId,
            r.employeeId,
            year,
            { kind: 'holiday-recount', days: -delta, requestId: r.id, reason, actor },
            now,
          ),
        );
      }
      writes.push(
        auditPut(
          store.tableName,
          actor,
          {
            action: 'leave.recount',
            entityType: 'leaveRequest',
            entityId: r.id,
            changes: {
              workingDays: { before: r.workingDays, after: now_ },
              reason: { before: null, after: reason },
            },
          },
          now,
        ),
      );
      await store.transact(writes, 8);
      requests++;
    }
  }
  // PPPK (and any type whose policy charges cuti bersama): the year's charge follows the calendar.
  let balances = 0;
  const wasCb = before?.kind === 'cuti-bersama';
  const isCb = after?.kind === 'cuti-bersama';
  if (wasCb !== isCb) {
    const year = Number(date.slice(0, 4));
    const worked = workWeek.includes((((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1) as Weekday);
    if (worked) {
      const rows = await queryAll(store, {
        index: 'gsi1',
        pk: keys.leaveBalancesOfYear(tenantId, year).gsi1pk,
      });
      for (const row of rows) {
        const b = row as unknown as BalanceItem;
        const policy = leavePolicyOf(b.employmentType, settings.leavePolicies[b.employmentType] ?? {});
        if (!policy.cutiBersamaReducesAnnual || !b.entitled || b.besarTaken) continue;
        const has = (b.cutiBersamaDays ?? []).includes(date);
        if (isCb === has) continue;
        const delta = isCb ? 1 : -1;
        const days = isCb
          ? [...(b.cutiBersamaDays ?? []), date].sort()
          : (b.cutiBersamaDays ?? []).filter((d) => d !== date);
        const reason = `cuti bersama ${date} ${isCb ? 'added' : 'removed'} (${after?.name ?? before?.name ?? ''})`;
        await store.transact(
          [
            {
              op: {
                Update: {
                  TableName: store.tableName,
                  Key: keys.leaveBalance(tenantId, b.employeeId, year),
                  UpdateExpression: 'ADD used :d SET cutiBersamaDays = :days',
                  ConditionExpression: 'attribute_exists(pk)',
                  ExpressionAttributeValues: { ':d': delta, ':days': days },
                },
              },
            },
            ledgerPut(
              store,
              tenantId,
              b.employeeId,
              year,
              { kind: 'cuti-bersama', days: -delta, reason, actor },
              now,
            ),
            auditPut(
              store.tableName,
              actor,
              {
                action: 'leaveBalance.recount',
                entityType: 'leaveBalance',
                entityId: `${b.employeeId}#${year}`,
                changes: {
                  used: { before: b.used, after: b.used + delta },
                  reason: { before: null, after: reason },
                },
              },
              now,
            ),
          ],
          8,
        );
        balances++;
      }
    }
  }
  return { requests, balances };
}
