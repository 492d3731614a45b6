import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { countsInHeadcount } from '@pamong/core';
import { asStoredEmployee, statAttributes } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import { expect } from 'vitest';
import { PASSWORD, type TestApi } from '../support/app';

export type Res = Awaited<ReturnType<TestApi['call']>>;

export const PROBLEM_BASE = 'https://pamong.id/problems/';

/**
 * Asserts an RFC 9457 answer: status, content type, `type` URI, no internals leaked, and (when
 * given) exactly the field paths of the validation errors.
 */
export function expectProblem(res: Res, status: number, type: string, paths?: string[]): void {
  expect({ status: res.status, body: res.body }).toMatchObject({
    status,
    body: { status, type: `${PROBLEM_BASE}${type}` },
  });
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  expect(typeof res.body.title).toBe('string');
  expect(typeof res.body.detail).toBe('string');
  expect(res.body).not.toHaveProperty('stack');
  expect(JSON.stringify(res.body)).not.toMatch(/\bat .+\.(ts|js):\d+/);
  if (paths) {
    expect(Array.isArray(res.body.errors)).toBe(true);
    expect([...new Set(res.body.errors.map((e: { path: string }) => e.path))].sort()).toEqual(
      [...paths].sort(),
    );
    for (const e of res.body.errors) expect(typeof e.message).toBe('string');
  }
}

/** Follows `nextCursor` until the end; returns every page so callers can check page sizes too. */
export async function allPages(t: TestApi, path: string, token: string, limit: number): Promise<any[][]> {
  const pages: any[][] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 200; i++) {
    const sep = path.includes('?') ? '&' : '?';
    const url: string = `${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await t.call('GET', url, { token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.items.length).toBeLessThanOrEqual(limit);
    pages.push(res.body.items);
    cursor = res.body.nextCursor;
    if (!cursor) return pages;
  }
  throw new Error('pagination did not end');
}

/** Test-only: every item of the table (tests may scan; runtime code may not). */
export async function scanTable(t: TestApi): Promise<Record<string, any>[]> {
  const items: Record<string, any>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await t.store.doc.send(
      new ScanCommand({ TableName: t.tableName, ExclusiveStartKey: start, ConsistentRead: true }),
    );
    items.push(...((out.Items ?? []) as Record<string, any>[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Key of every item, sorted: compare before/after to prove a failed request wrote nothing. */
export async function tableSnapshot(t: TestApi): Promise<string[]> {
  return (await scanTable(t)).map((i) => JSON.stringify(i, Object.keys(i).sort())).sort();
}

export async function createAgency(t: TestApi, token: string, name: string, code?: string) {
  const res = await t.call('POST', '/v1/agencies', { token, body: code ? { name, code } : { name } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as {
    id: string;
    name: string;
    version: number;
    unitCount: number;
    userCount: number;
    status: string;
    createdAt: string;
  };
}

export async function createUnit(
  t: TestApi,
  token: string,
  agencyId: string,
  name: string,
  parentUnitId?: string,
) {
  const res = await t.call('POST', `/v1/agencies/${agencyId}/units`, {
    token,
    body: parentUnitId ? { name, parentUnitId } : { name },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as {
    id: string;
    agencyId: string;
    parentUnitId: string | null;
    childCount: number;
    version: number;
  };
}

export async function createUser(
  t: TestApi,
  token: string,
  u: {
    username: string;
    role: string;
    agencyId?: string;
    name?: string;
    password?: string;
    employeeId?: string;
  },
) {
  const res = await t.call('POST', '/v1/users', {
    token,
    body: { name: u.name ?? `User ${u.username}`, password: u.password ?? PASSWORD, ...u },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as {
    id: string;
    username: string;
    role: string;
    agencyId: string | null;
    version: number;
    status: string;
  };
}

/** A position of one seat in a unit (a leader's post where `type` is managerial), open to S1/S2. */
export async function createPosition(
  t: TestApi,
  token: string,
  agencyId: string,
  p: { unitId: string; name: string; type: string; positionClass: number },
): Promise<string> {
  const res = await t.call('POST', '/v1/positions', {
    token,
    body: {
      agencyId,
      ...p,
      requiredEducation: { levels: ['S1', 'S2'], majors: [] },
      requiredCompetencies: [],
      seats: 1,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

export async function getJson(t: TestApi, path: string, token: string) {
  const res = await t.call('GET', path, { token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** A syntactically valid ULID that names nothing. */
export const UNKNOWN_ID = '01ARZ3NDEKTSV4RRFFQ69G5FAV';

/**
 * The headcount aggregates of a tenant as stored (the per-agency stats items and each agency's
 * employeeCount) and as recounted from its employee items, per agency: after any crash and re-run
 * of an import the two must be equal (issue 9).
 */
export async function headcountAndRecount(t: TestApi, tenantId: string) {
  const items = await scanTable(t);
  const stored = new Map<string, Record<string, number>>();
  const recount = new Map<string, Record<string, number>>();
  const add = (m: Map<string, Record<string, number>>, agencyId: string, attr: string, n: number) => {
    const r = m.get(agencyId) ?? {};
    r[attr] = (r[attr] ?? 0) + n;
    if (r[attr] === 0) delete r[attr];
    m.set(agencyId, r);
  };
  for (const i of items.filter((i) => i.pk === keys.employeeStatsPartition(tenantId)))
    for (const [attr, v] of Object.entries(i))
      if (typeof v === 'number') add(stored, String(i.agencyId), attr, v);
  for (const i of items.filter((i) => i.pk === keys.agenciesPartition(tenantId)))
    add(stored, String(i.id), 'employeeCount', Number(i.employeeCount ?? 0));
  for (const i of items.filter((i) => i.type === 'EMPLOYEE' && i.pk.startsWith(`T#${tenantId}#`))) {
    const e = asStoredEmployee(i);
    add(recount, e.agencyId, 'employeeCount', 1);
    if (countsInHeadcount(e.status)) for (const attr of statAttributes(e)) add(recount, e.agencyId, attr, 1);
  }
  const sorted = (m: Map<string, Record<string, number>>) =>
    Object.fromEntries(
      [...m].filter(([, r]) => Object.keys(r).length).sort(([a], [b]) => a.localeCompare(b)),
    );
  return { stored: sorted(stored), recount: sorted(recount) };
}
