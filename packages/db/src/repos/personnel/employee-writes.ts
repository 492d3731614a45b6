import {
  AppError,
  countsInHeadcount,
  diffFields,
  type Employee,
  educationOrder,
  type FunctionalLevel,
  HISTORY_FIELDS,
  type HistoryEntry,
  headcountAttributes,
  highestEducation,
  normalizeMajor,
  type PositionType,
  rankOrder,
  retirementOf,
  versionConflict,
} from '@pamong/core';
import { ulid } from 'ulid';
import { type Actor, auditPut } from '../../audit';
import * as keys from '../../keys';
import type { Store, TxItem } from '../../store';
import { agencyCounter } from '../org';

/**
 * The employee as stored: the API shape plus what other items are derived from (names of the
 * agency and position, the position's type for the BUP). Every write of an employee goes through
 * `employeeWrites`, so the profile, its guards, its index items and the aggregates never disagree.
 */
export interface StoredEmployee extends Employee {
  agencyName: string;
  positionName?: string;
  positionType?: PositionType;
  functionalLevel?: FunctionalLevel;
}

export const EMPLOYEE_AUDIT_FIELDS = [
  'employmentType',
  'nip',
  'name',
  'frontTitle',
  'backTitle',
  'gender',
  'birthPlace',
  'birthDate',
  'agencyId',
  'unitId',
  'rank',
  'grade',
  'positionId',
  'tmtCpns',
  'tmtRank',
  'education',
  'competencies',
  'email',
  'phone',
  'status',
] as const;

/** BUP and retirement date (the rule: `retirementOf` in @pamong/core), recomputed on every write. */
export function withDerived<T extends StoredEmployee>(e: T): T {
  return { ...e, ...retirementOf(e) };
}

/** The attributes search filters on, copied onto the profile and each competency-holder item. */
export function searchAttributes(e: StoredEmployee) {
  const top = highestEducation(e.education);
  return {
    nameLower: e.name.trim().toLowerCase().replace(/\s+/g, ' '),
    rankOrder: e.rank ? rankOrder(e.rank) : 0,
    eduOrder: top ? educationOrder(top) : 0,
    /** `|major|major|`, so `contains(majors, :m)` matches one whole normalised major. */
    majors: `|${e.education.map((x) => normalizeMajor(x.major)).join('|')}|`,
    comps: Object.fromEntries(e.competencies.map((c) => [c.code, c.level])),
  };
}

const counted = (e: StoredEmployee | undefined) => !!e && countsInHeadcount(e.status);

/** The stats attributes one employee adds to their agency's aggregate (`headcountAttributes`). */
export const statAttributes = (e: StoredEmployee): string[] => headcountAttributes(e);

function statDeltas(before: StoredEmployee | undefined, after: StoredEmployee | undefined) {
  const byAgency = new Map<string, Map<string, number>>();
  const add = (e: StoredEmployee, d: number) => {
    const m = byAgency.get(e.agencyId) ?? new Map<string, number>();
    for (const a of statAttributes(e)) m.set(a, (m.get(a) ?? 0) + d);
    byAgency.set(e.agencyId, m);
  };
  if (counted(before)) add(before!, -1);
  if (counted(after)) add(after!, 1);
  return byAgency;
}

function statsUpdate(
  store: Store,
  tenantId: string,
  agencyId: string,
  deltas: Map<string, number>,
): TxItem[] {
  const nonZero = [...deltas].filter(([, d]) => d !== 0);
  if (nonZero.length === 0) return [];
  const names: Record<string, string> = {};
  const values: Record<string, number> = {};
  const parts = nonZero.map(([attr, d], i) => {
    names[`#a${i}`] = attr;
    values[`:d${i}`] = d;
    return `#a${i} :d${i}`;
  });
  return [
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.employeeStats(tenantId, agencyId),
          UpdateExpression: `SET agencyId = :agency ADD ${parts.join(', ')}`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: { ...values, ':agency': agencyId },
        },
      },
    },
  ];
}

export interface HistoryInput {
  kind: HistoryEntry['kind'];
  event: string;
  tmt: string;
  decreeNumber?: string;
  decreeDate?: string;
  reason?: string;
}

export interface EmployeeWriteOptions {
  action: string;
  now: Date;
  /** Written when a history field changed (or always, for the initial entry). */
  history?: HistoryInput;
  auditFlags?: string[];
  /** Extra audit details (the placement's justification, a correction's id). */
  auditExtra?: Record<string, { before: unknown; after: unknown }>;
  /** The employee's agency must exist and be active (creates and agency moves). */
  checkAgency?: boolean;
  /** Skip the audit entry (the caller writes its own, e.g. a correction decision). */
  noAudit?: boolean;
}

const put = (
  store: Store,
  item: Record<string, unknown>,
  condition?: string,
  values?: Record<string, unknown>,
) => ({
  op: {
    Put: {
      TableName: store.tableName,
      Item: item,
      ...(condition ? { ConditionExpression: condition } : {}),
      ...(values ? { ExpressionAttributeValues: values } : {}),
    },
  },
});
const del = (store: Store, key: { pk: string; sk: string }): TxItem => ({
  op: { Delete: { TableName: store.tableName, Key: key } },
});

/** Items keyed by `pk|sk` so a key both removed and re-added becomes one Put, as a transaction needs. */
function diffItems(
  store: Store,
  before: Record<string, unknown>[],
  after: Record<string, unknown>[],
): TxItem[] {
  const k = (i: Record<string, unknown>) => `${i.pk}|${i.sk}`;
  const afterKeys = new Set(after.map(k));
  const beforeJson = new Map(before.map((i) => [k(i), JSON.stringify(i)]));
  return [
    ...before
      .filter((i) => !afterKeys.has(k(i)))
      .map((i) => del(store, { pk: String(i.pk), sk: String(i.sk) })),
    ...after.filter((i) => beforeJson.get(k(i)) !== JSON.stringify(i)).map((i) => put(store, i)),
  ];
}

function summary(e: StoredEmployee) {
  return {
    employeeId: e.id,
    name: e.name,
    nip: e.nip,
    employmentType: e.employmentType,
    agencyId: e.agencyId,
    agencyName: e.agencyName,
    unitId: e.unitId,
    ...(e.positionId ? { positionId: e.positionId, positionName: e.positionName } : {}),
    ...(e.rank ? { rank: e.rank } : {}),
    ...(e.grade ? { grade: e.grade } : {}),
    ...(e.email ? { email: e.email } : {}),
    ...(e.phone ? { phone: e.phone } : {}),
    highestEducation: highestEducation(e.education),
    birthDate: e.birthDate,
    retirementDate: e.retirementDate,
    status: e.status,
  };
}

/** The index items of an employee: competency holders, the retirement list and the rank-TMT list. */
function indexItems(tenantId: string, e: StoredEmployee | undefined): Record<string, unknown>[] {
  if (!e || !counted(e)) return [];
  const sort = keys.employeeSort(e.name, e.id);
  const attrs = searchAttributes(e);
  const base = { ...summary(e), ...attrs };
  const items: Record<string, unknown>[] = e.competencies.map((c) => ({
    ...keys.competencyHolder(tenantId, c.code, sort),
    type: 'COMPHOLDER',
    code: c.code,
    level: c.level,
    ...base,
  }));
  if (e.status === 'AKTIF') {
    items.push({ ...keys.retirement(tenantId, e.retirementDate, e.id), type: 'RETIREMENT', ...summary(e) });
    const tmtRank = e.tmtRank ?? e.tmtCpns;
    if (e.employmentType === 'PNS' && e.rank && tmtRank)
      items.push({
        ...keys.rankTmt(tenantId, tmtRank, e.id),
        type: 'RANKTMT',
        tmtRank,
        rankOrder: attrs.rankOrder,
        ...summary(e),
      });
  }
  return items;
}

export function profileItem(tenantId: string, e: StoredEmployee): Record<string, unknown> {
  const sort = keys.employeeSort(e.name, e.id);
  return {
    ...keys.employee(tenantId, e.id),
    ...keys.employeesByTenant(tenantId),
    gsi1sk: sort,
    ...keys.employeesByAgency(tenantId, e.agencyId),
    gsi2sk: sort,
    type: 'EMPLOYEE',
    ...e,
    ...searchAttributes(e),
  };
}

const STORED_ONLY = ['nameLower', 'rankOrder', 'eduOrder', 'majors', 'comps'] as const;

/** A stored profile item back to the employee (keys and search attributes removed). */
export function asStoredEmployee(item: Record<string, unknown>): StoredEmployee {
  const { pk: _a, sk: _b, gsi1pk: _c, gsi1sk: _d, gsi2pk: _e, gsi2sk: _f, type: _g, ...rest } = item;
  for (const f of STORED_ONLY) delete rest[f];
  return rest as unknown as StoredEmployee;
}

export function toEmployee(e: StoredEmployee): Employee {
  const { agencyName: _a, positionName: _b, positionType: _c, functionalLevel: _d, ...rest } = e;
  return rest;
}

const rec = (e: StoredEmployee | undefined) => e as unknown as Record<string, unknown> | undefined;

/**
 * An employee's write in two parts: the items only this write touches (profile, NIP guards, index
 * items, history, audit), and its share of the items that other employees' writes touch too (the
 * agency's headcount aggregate and `employeeCount`, and `shared`: a unit check or a seat change).
 * A transaction may name an item only once, so `EmployeeTransaction` merges the shares of the
 * employees it holds into one item each.
 */
export interface EmployeeWriteSet {
  own: TxItem[];
  /** agencyId → aggregate attribute → delta. */
  stats: Map<string, Map<string, number>>;
  /** agencyId → `employeeCount` delta; 0 only checks that the agency exists. */
  counts: Map<string, number>;
  /** Items on keys other employees' writes may use too; one transaction keeps identical checks once. */
  shared: TxItem[];
}

/**
 * All the writes that take an employee from `before` to `after` (undefined = does not exist): the
 * profile (conditional on the version), the NIP guard, the index items, the agency's headcount
 * aggregate and employee count, the history entry and the audit entry. `shared` are the caller's
 * items on keys other employees use too (`unitInAgency`, `seatChange`).
 */
export function employeeWriteSet(
  store: Store,
  actor: Actor,
  before: StoredEmployee | undefined,
  after: StoredEmployee,
  opts: EmployeeWriteOptions,
  shared: TxItem[] = [],
): EmployeeWriteSet {
  const t = actor.tenantId;
  const own: TxItem[] = [];
  own.push({
    ...put(
      store,
      profileItem(t, after),
      before ? 'version = :v' : 'attribute_not_exists(pk)',
      before ? { ':v': before.version } : undefined,
    ),
    onConditionFailed: () => versionConflict('The employee'),
  });
  if (!before || before.nip !== after.nip) {
    own.push({
      ...put(
        store,
        { ...keys.nipGuard(t, after.nip), type: 'NIPGUARD', employeeId: after.id },
        'attribute_not_exists(pk)',
      ),
      onConditionFailed: () =>
        new AppError(
          409,
          'conflict',
          'Conflict',
          'This NIP is already used by another employee of the tenant.',
          [{ path: 'nip', message: 'is already used by another employee' }],
        ),
    });
    if (before) own.push(del(store, keys.nipGuard(t, before.nip)));
  }
  own.push(...diffItems(store, indexItems(t, before), indexItems(t, after)));
  const counts = new Map<string, number>();
  if (!before || before.agencyId !== after.agencyId) {
    counts.set(after.agencyId, 1);
    if (before) counts.set(before.agencyId, -1);
  } else if (opts.checkAgency) {
    counts.set(after.agencyId, 0);
  }
  const historyChanges = diffFields(rec(before), rec(after), HISTORY_FIELDS);
  const recordHistory = opts.history && (!before || Object.keys(historyChanges).length > 0);
  if (recordHistory) {
    const h = opts.history!;
    const entry: HistoryEntry = {
      id: ulid(opts.now.getTime()),
      employeeId: after.id,
      kind: h.kind,
      event: h.event,
      tmt: h.tmt,
      ...(h.decreeNumber ? { decreeNumber: h.decreeNumber } : {}),
      ...(h.decreeDate ? { decreeDate: h.decreeDate } : {}),
      ...(h.reason ? { reason: h.reason } : {}),
      changes: historyChanges,
      actor: { sub: actor.sub, role: actor.role },
      recordedAt: opts.now.toISOString(),
    };
    own.push(
      put(store, { ...keys.employeeHistory(t, after.id, h.tmt, entry.id), type: 'HISTORY', ...entry }),
    );
  }
  if (!opts.noAudit) {
    own.push(
      auditPut(
        store.tableName,
        actor,
        {
          action: opts.action,
          entityType: 'employee',
          entityId: after.id,
          changes: { ...diffFields(rec(before), rec(after), EMPLOYEE_AUDIT_FIELDS), ...opts.auditExtra },
          flags: opts.auditFlags,
        },
        opts.now,
      ),
    );
  }
  return { own, stats: statDeltas(before, after), counts, shared };
}

const MAX_TRANSACTION_ITEMS = 100;

const keyOf = (item: TxItem) => {
  const op = item.op;
  const k = (op.Put?.Item ?? op.Update?.Key ?? op.Delete?.Key ?? op.ConditionCheck?.Key) as
    | Record<string, unknown>
    | undefined;
  return `${k?.pk}|${k?.sk}`;
};

/**
 * The writes of one or more employees as one transaction. Each employee's writes are whole in it,
 * and the items they share become one item each: the aggregate's and the employee count's deltas
 * summed per agency, identical checks kept once. The import packs the new employees of one agency
 * this way, so the hot aggregate is written once per transaction instead of once per employee.
 */
export class EmployeeTransaction {
  readonly members: EmployeeWriteSet[] = [];
  private readonly ownKeys = new Set<string>();
  private ownCount = 0;
  private readonly stats = new Map<string, Map<string, number>>();
  private readonly counts = new Map<string, number>();
  private readonly shared = new Map<string, { item: TxItem; json: string }>();

  constructor(
    private readonly store: Store,
    private readonly tenantId: string,
  ) {}

  /** Upper bound of the items `items()` returns (deltas that cancel out drop an item). */
  get size(): number {
    return this.ownCount + this.stats.size + this.counts.size + this.shared.size;
  }

  /**
   * Adds an employee's writes, or answers false and changes nothing when they cannot share this
   * transaction: more than 100 items, an item both would write differently (two seat changes of
   * one position), or an agency's employee count going up for one and down for the other (one
   * item cannot carry both conditions).
   */
  add(set: EmployeeWriteSet): boolean {
    const ownKeys = set.own.map(keyOf);
    if (ownKeys.some((k) => this.ownKeys.has(k) || this.shared.has(k))) return false;
    for (const [agencyId, d] of set.counts) {
      const had = this.counts.get(agencyId);
      if (had !== undefined && Math.sign(had) * Math.sign(d) < 0) return false;
    }
    // The aggregate and agency items are built by items(); a caller's item on them would be a second.
    const built = new Set(
      [...this.counts.keys(), ...set.counts.keys(), ...this.stats.keys(), ...set.stats.keys()].flatMap((a) =>
        [keys.agency(this.tenantId, a), keys.employeeStats(this.tenantId, a)].map((k) => `${k.pk}|${k.sk}`),
      ),
    );
    for (const k of built) if (this.shared.has(k)) return false;
    const newShared: [string, { item: TxItem; json: string }][] = [];
    for (const item of set.shared) {
      const k = keyOf(item);
      const json = JSON.stringify(item.op);
      const had = this.shared.get(k);
      // Only a check may stand for two employees; two identical seat ADDs are two seats.
      if (had && (had.json !== json || !item.op.ConditionCheck)) return false;
      if (this.ownKeys.has(k) || ownKeys.includes(k) || built.has(k)) return false;
      if (!had && !newShared.some(([nk]) => nk === k)) newShared.push([k, { item, json }]);
    }
    const added =
      set.own.length +
      [...set.stats.keys()].filter((a) => !this.stats.has(a)).length +
      [...set.counts.keys()].filter((a) => !this.counts.has(a)).length +
      newShared.length;
    if (this.size + added > MAX_TRANSACTION_ITEMS) return false;

    this.members.push(set);
    this.ownCount += set.own.length;
    for (const k of ownKeys) this.ownKeys.add(k);
    for (const [agencyId, deltas] of set.stats) {
      const m = this.stats.get(agencyId) ?? new Map<string, number>();
      for (const [attr, d] of deltas) m.set(attr, (m.get(attr) ?? 0) + d);
      this.stats.set(agencyId, m);
    }
    for (const [agencyId, d] of set.counts) this.counts.set(agencyId, (this.counts.get(agencyId) ?? 0) + d);
    for (const [k, v] of newShared) this.shared.set(k, v);
    return true;
  }

  items(): TxItem[] {
    const t = this.tenantId;
    return [
      ...this.members.flatMap((m) => m.own),
      ...[...this.stats].flatMap(([agencyId, deltas]) => statsUpdate(this.store, t, agencyId, deltas)),
      ...[...this.counts].map(([agencyId, d]) =>
        agencyCounter(this.store, t, agencyId, 'employeeCount', d, 'body'),
      ),
      ...[...this.shared.values()].map((s) => s.item),
    ];
  }
}

/** One employee's writes (see `employeeWriteSet`) as the items of its own transaction. */
export function employeeWrites(
  store: Store,
  actor: Actor,
  before: StoredEmployee | undefined,
  after: StoredEmployee,
  opts: EmployeeWriteOptions,
): TxItem[] {
  const set = employeeWriteSet(store, actor, before, after, opts);
  const tx = new EmployeeTransaction(store, actor.tenantId);
  if (!tx.add(set)) {
    const n = set.own.length + set.stats.size + set.counts.size;
    throw new Error(`an employee write needs ${n} items (max ${MAX_TRANSACTION_ITEMS})`);
  }
  return tx.items();
}
