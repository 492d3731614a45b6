import {
  conflict,
  diffFields,
  type HolidayDecree,
  type HolidayRecord,
  type ListHolidaysQuery,
  notFound,
  type PutHolidayInput,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import * as keys from '../../keys';
import { type Page, type Store, stripKeys, type TxItem } from '../../store';
import { invalidateAttendanceConfig } from './config-cache';
import { recountForHolidayChange } from './leave';

/**
 * The tenant's holiday calendar (issue 13 §1): one item per date in one partition, so a year is one
 * Query of a sort-key range. National holidays and cuti bersama are seeded from the SKB 3 Menteri
 * with every new tenant; a tenant admin adds regional days and corrects the rest. Every change is
 * audited. (When leave exists, a change here also recounts the requests it touches.)
 */
const HOLIDAY_FIELDS = ['date', 'name', 'kind', 'source'] as const;

const asHoliday = (item: Record<string, unknown>): HolidayRecord =>
  stripKeys(item) as unknown as HolidayRecord;

const changed = () => conflict('The day was changed at the same time; load the calendar again and retry.');

/**
 * The seeded days of one decree, for the tenant-creation transaction: a Put per day and ONE audit
 * entry for the calendar (the decree and its dates), so a year of 25 days costs 26 of the
 * transaction's 100 items.
 */
export function seededHolidayWrites(store: Store, actor: Actor, decree: HolidayDecree, now: Date): TxItem[] {
  const at = now.toISOString();
  return [
    ...decree.days.map(
      (d): TxItem => ({
        op: {
          Put: {
            TableName: store.tableName,
            Item: {
              ...keys.holiday(actor.tenantId, d.date),
              type: 'HOLIDAY',
              date: d.date,
              name: d.name,
              kind: d.kind,
              source: decree.source,
              updatedAt: at,
              version: 1,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      }),
    ),
    auditPut(
      store.tableName,
      actor,
      {
        action: 'holiday.seed',
        entityType: 'holidayCalendar',
        entityId: String(decree.year),
        changes: {
          days: { before: null, after: decree.days.map((d) => `${d.date} ${d.name}`) },
          source: { before: null, after: decree.source },
        },
      },
      now,
    ),
  ];
}

/** One Query per page: the days of a year, in date order. */
export async function listHolidays(
  store: Store,
  tenantId: string,
  q: ListHolidaysQuery,
): Promise<Page<HolidayRecord>> {
  const page = await store.query<Record<string, unknown>>({
    tenantId,
    queryId: `holidays:${q.year}`,
    pk: keys.holidaysPartition(tenantId),
    skBetween: keys.holidayYear(q.year),
    limit: q.limit,
    cursor: q.cursor,
  });
  return { items: page.items.map(asHoliday), nextCursor: page.nextCursor };
}

/**
 * Sets a day's name and kind: a GetItem, then one transaction of the day (conditional on the
 * version read, or on its absence) and its audit entry. A day a tenant admin changes keeps no
 * decree as its source. Answers the day and whether it was new.
 */
export async function putHoliday(
  store: Store,
  actor: Actor,
  date: string,
  input: PutHolidayInput,
  now: Date,
): Promise<{ holiday: HolidayRecord; created: boolean }> {
  const key = keys.holiday(actor.tenantId, date);
  const beforeItem = await store.get<Record<string, unknown>>(key, true);
  const before = beforeItem ? asHoliday(beforeItem) : undefined;
  const holiday: HolidayRecord = {
    date,
    name: input.name,
    kind: input.kind,
    updatedAt: now.toISOString(),
    version: (before?.version ?? 0) + 1,
  };
  const changes = diffFields(before, holiday, HOLIDAY_FIELDS);
  if (before && Object.keys(changes).length === 0) return { holiday: before, created: false };
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...key, type: 'HOLIDAY', ...holiday },
          ...(before
            ? { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': before.version } }
            : { ConditionExpression: 'attribute_not_exists(pk)' }),
        },
      },
      onConditionFailed: changed,
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: before ? 'holiday.update' : 'holiday.create',
        entityType: 'holiday',
        entityId: date,
        changes,
      },
      now,
    ),
  ]);
  invalidateAttendanceConfig(actor.tenantId);
  await recountForHolidayChange(store, actor, date, before ?? null, holiday, now);
  return { holiday, created: !before };
}

/** Removes a day: the delete (conditional on the version read) and its audit entry; 404 if there is none. */
export async function deleteHoliday(store: Store, actor: Actor, date: string, now: Date): Promise<void> {
  const key = keys.holiday(actor.tenantId, date);
  const item = await store.get<Record<string, unknown>>(key, true);
  if (!item) throw notFound('Holiday');
  const before = asHoliday(item);
  await store.transact([
    {
      op: {
        Delete: {
          TableName: store.tableName,
          Key: key,
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': before.version },
        },
      },
      onConditionFailed: (existed) => (existed ? changed() : notFound('Holiday')),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'holiday.delete',
        entityType: 'holiday',
        entityId: date,
        changes: diffFields(before, undefined, HOLIDAY_FIELDS),
      },
      now,
    ),
  ]);
  invalidateAttendanceConfig(actor.tenantId);
  await recountForHolidayChange(store, actor, date, before, null, now);
}
