import {
  type AnnualYear,
  allocateAnnualDays,
  annualBalances,
  annualEntitledInYear,
  BUCKETS,
  type Buckets,
  conflict,
  cutiBersamaDebits,
  type EmploymentType,
  type Holiday,
  type LeaveBalance,
  type LeaveLedgerEntry,
  type LeaveLedgerKind,
  type LeavePolicy,
} from '@pamong/core';
import { monotonicFactory } from 'ulid';
import type { Actor } from '../../audit';
import * as keys from '../../keys';
import type { Store, TxItem } from '../../store';
import { queryAll } from '../surveys/responses';

/**
 * The annual-leave balance (issue 13 §4; PP 11/2017 art. 312-314): one item per employee and year
 * and an append-only ledger beside it.
 * - The year's item is opened on first use: N from the year's right, N-1 and N-2 carried from the
 *   two years before as `annualBalances` rules (18, or 24 after two unused years), and for PPPK the
 *   year's cuti bersama days taken at once. Each of these is a ledger entry.
 * - `used` counts every held day (taken, granted, or waiting for a decision). A reservation raises
 *   it on the condition that it stays within the grant, so concurrent requests can never overspend:
 *   the condition is checked by DynamoDB, not by the code that read the balance.
 * - Days are spent oldest first, so the buckets of what is left follow from `used` alone.
 */

export interface BalanceItem {
  employeeId: string;
  year: number;
  employmentType: EmploymentType;
  entitled: boolean;
  basis: LeaveBalance['basis'];
  cap: number;
  granted: Buckets;
  grantedTotal: number;
  used: number;
  pendingDays: number;
  cutiBersamaDays: string[];
  besarTaken: boolean;
  deferred: boolean;
}

/** Ids that keep the order of entries written within one millisecond. */
const nextId = monotonicFactory();

const total = (b: Buckets) => b['N-2'] + b['N-1'] + b.N;

export function ledgerPut(
  store: Store,
  tenantId: string,
  employeeId: string,
  year: number,
  entry: {
    kind: LeaveLedgerKind;
    days: number;
    bucket?: LeaveLedgerEntry['bucket'];
    requestId?: string | null;
    reason: string;
    actor?: Actor | null;
    id?: string;
  },
  now: Date,
): TxItem {
  const at = now.toISOString();
  const id = entry.id ?? nextId(now.getTime());
  const item: LeaveLedgerEntry & { employeeId: string } = {
    id,
    at,
    year,
    employeeId,
    kind: entry.kind,
    days: entry.days,
    bucket: entry.bucket ?? null,
    requestId: entry.requestId ?? null,
    reason: entry.reason,
    actorName: entry.actor ? (entry.actor.name ?? entry.actor.sub) : null,
  };
  return {
    op: {
      Put: {
        TableName: store.tableName,
        Item: {
          ...keys.leaveLedgerEntry(tenantId, employeeId, year, at, id),
          type: 'LEAVE_LEDGER',
          ...item,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  };
}

/** Raises the held days of a year by `days` (> 0) within the grant, or 409. */
export function reserveWrite(
  store: Store,
  tenantId: string,
  employeeId: string,
  year: number,
  days: number,
  opts: { pending: boolean; grantedTotal: number },
): TxItem {
  return {
    op: {
      Update: {
        TableName: store.tableName,
        Key: keys.leaveBalance(tenantId, employeeId, year),
        UpdateExpression: opts.pending ? 'ADD used :d, pendingDays :d' : 'ADD used :d',
        ConditionExpression: 'attribute_exists(pk) AND used <= :max',
        ExpressionAttributeValues: { ':d': days, ':max': opts.grantedTotal - days },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    onConditionFailed: (_existed, old) =>
      conflict(
        `Not enough annual leave left in ${year}: ${days} working days asked, ${Math.max(
          0,
          opts.grantedTotal - Number(old?.used ?? 0),
        )} left.`,
      ),
  };
}

/** Changes the held (and pending) days without a ceiling: releases, and recounts after a holiday change. */
export function adjustWrite(
  store: Store,
  tenantId: string,
  employeeId: string,
  year: number,
  usedDelta: number,
  pendingDelta = 0,
): TxItem {
  return {
    op: {
      Update: {
        TableName: store.tableName,
        Key: keys.leaveBalance(tenantId, employeeId, year),
        UpdateExpression: 'ADD used :u, pendingDays :p',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':u': usedDelta, ':p': pendingDelta },
      },
    },
  };
}

/** The stored year, consistently read. */
export async function getBalanceItem(store: Store, tenantId: string, employeeId: string, year: number) {
  return store.get<BalanceItem>(keys.leaveBalance(tenantId, employeeId, year), true);
}

/**
 * The year's balance item, opened from the two years before if it is not there yet. Two requests
 * opening it at once write it once: the second finds it written and reads it.
 */
export async function ensureYearBalance(
  store: Store,
  tenantId: string,
  employee: { id: string; employmentType: EmploymentType; serviceStartDate: string | null },
  year: number,
  policy: LeavePolicy,
  yearHolidays: () => Promise<readonly Holiday[]>,
  facts: { besarTaken: boolean },
  now: Date,
  /** Only work out what the opening would be, writing nothing (a request checks its rules first). */
  dryRun = false,
): Promise<BalanceItem> {
  const existing = await getBalanceItem(store, tenantId, employee.id, year);
  if (existing) return existing;
  const [prev2, prev1] = await Promise.all([
    getBalanceItem(store, tenantId, employee.id, year - 2),
    getBalanceItem(store, tenantId, employee.id, year - 1),
  ]);
  const minService = policy.minServiceYears.TAHUNAN ?? 0;
  const entitled =
    !!employee.serviceStartDate && annualEntitledInYear(employee.serviceStartDate, year, minService);
  const history: AnnualYear[] = [];
  for (const p of [prev2, prev1])
    if (p)
      history.push({
        year: p.year,
        entitled: p.entitled,
        besarTaken: p.besarTaken,
        deferred: p.deferred,
        used: Math.min(p.used, p.grantedTotal),
      });
  history.push({ year, entitled, besarTaken: facts.besarTaken, used: 0 });
  const opened = annualBalances(history, policy).find((b) => b.year === year)!;
  const debits =
    entitled && !facts.besarTaken && policy.cutiBersamaReducesAnnual
      ? cutiBersamaDebits(await yearHolidays(), year, policy)
      : [];
  const granted = opened.granted;
  const item: BalanceItem = {
    employeeId: employee.id,
    year,
    employmentType: employee.employmentType,
    entitled,
    basis: entitled ? opened.basis : 'not-entitled',
    cap: opened.cap,
    granted,
    grantedTotal: total(granted),
    used: Math.min(debits.length, total(granted)),
    pendingDays: 0,
    cutiBersamaDays: debits.slice(0, total(granted)),
    besarTaken: facts.besarTaken,
    deferred: false,
  };
  const writes: TxItem[] = [
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.leaveBalance(tenantId, employee.id, year),
            type: 'LEAVE_BALANCE',
            ...item,
            ...keys.leaveBalancesOfYear(tenantId, year),
            gsi1sk: employee.id,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
  ];
  const grantReason: Record<(typeof BUCKETS)[number], string> = {
    N: entitled ? `${year}: ${policy.annualDays} working days a year` : `${year}: not entitled yet`,
    'N-1': `carried over from ${year - 1} (${opened.basis}, ceiling ${opened.cap})`,
    'N-2': `carried over from ${year - 2} after two unused years (ceiling ${opened.cap})`,
  };
  for (const b of BUCKETS) {
    if (granted[b] === 0 && b !== 'N') continue;
    writes.push(
      ledgerPut(
        store,
        tenantId,
        employee.id,
        year,
        {
          id: `0-OPEN-${b}`, // before any ULID of the same instant
          kind: b === 'N' ? 'grant' : 'carry-over',
          bucket: b,
          days: granted[b],
          reason: grantReason[b],
        },
        now,
      ),
    );
  }
  for (const d of item.cutiBersamaDays) {
    writes.push(
      ledgerPut(
        store,
        tenantId,
        employee.id,
        year,
        {
          id: `0-CB-${d}`,
          kind: 'cuti-bersama',
          days: -1,
          reason: `cuti bersama ${d} (${employee.employmentType})`,
        },
        now,
      ),
    );
  }
  if (dryRun) {
    plannedOpenings.set(item, writes);
    return item;
  }
  return writeOpening(store, tenantId, item, writes);
}

/** Openings worked out by a dry run, written by `commitOpening` once the request's rules hold. */
const plannedOpenings = new WeakMap<BalanceItem, TxItem[]>();

async function writeOpening(store: Store, tenantId: string, item: BalanceItem, writes: TxItem[]) {
  try {
    await store.transact(writes);
  } catch (err) {
    if ((err as { status?: number }).status === 409) {
      const again = await getBalanceItem(store, tenantId, item.employeeId, item.year);
      if (again) return again;
    }
    throw err;
  }
  return item;
}

/** Writes a year's opening planned by a dry run (nothing when the item was read, not planned). */
export async function commitOpening(store: Store, tenantId: string, item: BalanceItem): Promise<BalanceItem> {
  const writes = plannedOpenings.get(item);
  if (!writes) return item;
  plannedOpenings.delete(item);
  return writeOpening(store, tenantId, item, writes);
}

export async function ledgerOf(
  store: Store,
  tenantId: string,
  employeeId: string,
  year: number,
): Promise<LeaveLedgerEntry[]> {
  const items = await queryAll(store, {
    pk: keys.leaveBalancePartition(tenantId, employeeId),
    skBeginsWith: keys.leaveLedgerPrefix(year),
    consistent: true,
  });
  return items.map((i) => ({
    id: String(i.id),
    at: String(i.at),
    year: Number(i.year),
    kind: i.kind as LeaveLedgerKind,
    days: Number(i.days),
    bucket: (i.bucket as LeaveLedgerEntry['bucket']) ?? null,
    requestId: (i.requestId as string | null) ?? null,
    reason: String(i.reason),
    actorName: (i.actorName as string | null) ?? null,
  }));
}

/** The balance as the employee reads it: buckets spent oldest first, and the ledger. */
export function balanceView(
  item: BalanceItem,
  ledger: LeaveLedgerEntry[],
  policy: LeavePolicy,
): Omit<LeaveBalance, 'employeeId'> {
  const used = Math.min(item.used, item.grantedTotal);
  const { take } = allocateAnnualDays(item.granted, used);
  const remaining: Buckets = {
    'N-2': item.granted['N-2'] - take['N-2'],
    'N-1': item.granted['N-1'] - take['N-1'],
    N: item.granted.N - take.N,
  };
  return {
    employmentType: item.employmentType,
    year: item.year,
    types: [...policy.types],
    annualDays: policy.annualDays,
    cap: item.cap,
    basis: item.basis,
    granted: item.granted,
    used: take,
    remaining,
    pendingDays: item.pendingDays,
    available: total(remaining),
    cutiBersamaDays: item.cutiBersamaDays ?? [],
    ledger,
  };
}
