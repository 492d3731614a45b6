import { randomInt } from 'node:crypto';
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  computeIkm,
  ELEMENT_CODES,
  type ElementCode,
  type ElementTally,
  type SurveyUnit,
} from '@pamong/core';
import { countDynamoCalls } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import ExcelJS from 'exceljs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import { createAgency, createUser, expectProblem, type Res, tableSnapshot, UNKNOWN_ID } from './helpers';

/**
 * Staff reports on survey results (issue 4, sections 4-5): agency and tenant IKM, the overview
 * ranking, reconciliation, the unit report, the trend and the XLSX export. Responses go in through
 * the public route; the clock is fixed so months do not depend on the day the suite runs.
 */
const clock = { now: new Date('2026-05-13T03:20:00.000Z') };
const at = async <T>(iso: string, fn: () => Promise<T>): Promise<T> => {
  const saved = clock.now;
  clock.now = new Date(iso);
  try {
    return await fn();
  } finally {
    clock.now = saved;
  }
};

let t: TestApi;

type Item = Record<string, unknown>;
type Answers = Record<ElementCode, number>;
const answersOf = (v: number[]) => Object.fromEntries(ELEMENT_CODES.map((c, i) => [c, v[i]])) as Answers;
const all = (n: number) => answersOf(Array(9).fill(n));
const RESPONDENT = { gender: 'P', age: 31, education: 'D4-S1', occupation: 'Swasta' };
const randomCode = (n: number) =>
  Array.from({ length: n }, () => '0123456789ABCDEFGHJKMNPQRSTVWXYZ'[randomInt(32)]).join('');

async function okBody(res: Res, status = 200) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
}

interface World {
  id: string;
  slug: string;
  admin: string;
  agencyA: { id: string; name: string };
  agencyB: { id: string; name: string };
  /** Agency admin, supervisor and employee of A; agency admin of B. */
  opdA: string;
  supervisorA: string;
  employeeA: string;
  opdB: string;
}

async function setupTenant(slug: string): Promise<World> {
  const { tenantId, adminToken: admin } = await createTenantViaApi(t, slug);
  const agencyA = await createAgency(t, admin, 'Dinas Kependudukan');
  const agencyB = await createAgency(t, admin, 'Dinas Kesehatan');
  const users: [string, string, string][] = [
    ['opd.a', 'agency-admin', agencyA.id],
    ['atasan.a', 'supervisor', agencyA.id],
    ['pegawai.a', 'employee', agencyA.id],
    ['opd.b', 'agency-admin', agencyB.id],
  ];
  for (const [username, role, agencyId] of users) await createUser(t, admin, { username, role, agencyId });
  const settings = await okBody(await t.call('GET', '/v1/surveys/settings', { token: admin }));
  await okBody(
    await t.call('PUT', '/v1/surveys/settings', {
      token: admin,
      body: { rateLimitPerHour: 100_000, version: settings.version },
    }),
  );
  const [opdA, supervisorA, employeeA, opdB] = await Promise.all(users.map(([u]) => t.loginAs(slug, u)));
  return {
    id: tenantId,
    slug,
    admin,
    agencyA,
    agencyB,
    opdA: opdA!,
    supervisorA: supervisorA!,
    employeeA: employeeA!,
    opdB: opdB!,
  };
}

async function makeUnit(w: World, agencyId: string, over: Partial<SurveyUnit> = {}): Promise<SurveyUnit> {
  return okBody(
    await t.call('POST', '/v1/surveys/units', {
      token: w.admin,
      body: { agencyId, name: `Loket ${randomCode(4)}`, ...over },
    }),
    201,
  );
}

async function submit(w: World, unitId: string, answers: Answers, extra: Item = {}) {
  const res = await t.call('POST', `/v1/public/${w.slug}/survey-units/${unitId}/responses`, {
    body: { answers, respondent: RESPONDENT, ...extra },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; verified: boolean };
}

const get = (path: string, token: string) => t.call('GET', path, { token });

/** computeIkm over raw answers, tallied here rather than from the counters. */
function expectedIkm(set: Answers[]) {
  const tallies = Object.fromEntries(
    ELEMENT_CODES.map((c) => [
      c,
      { sum: set.reduce((s, a) => s + a[c], 0), count: set.length } satisfies ElementTally,
    ]),
  ) as Record<ElementCode, ElementTally>;
  return computeIkm(set.length, tallies);
}

function answerSeries(n: number, seed: number): Answers[] {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return 1 + (x % 4);
  };
  return Array.from({ length: n }, () => answersOf(ELEMENT_CODES.map(() => next())));
}

async function getItem(key: { pk: string; sk: string }) {
  return (await t.store.doc.send(new GetCommand({ TableName: t.tableName, Key: key, ConsistentRead: true })))
    .Item as Item | undefined;
}

/** Moves a field of a unit's month counter and of its agency and tenant counters, as a faulty write would. */
async function corrupt(w: World, unit: SurveyUnit, month: string, field: string, n: number) {
  for (const key of [
    keys.ikmUnitCounter(w.id, month, unit.id),
    keys.ikmAgencyCounter(w.id, month, unit.agencyId),
    keys.ikmTenantCounter(w.id, month),
  ]) {
    await t.store.doc.send(
      new UpdateCommand({
        TableName: t.tableName,
        Key: key,
        UpdateExpression: 'ADD #f :n',
        ExpressionAttributeNames: { '#f': field },
        ExpressionAttributeValues: { ':n': n },
      }),
    );
  }
}

let w: World;

afterEach(() => {
  vi.restoreAllMocks();
});

beforeAll(async () => {
  t = await createTestApi({ now: () => clock.now });
  w = await setupTenant('survei-laporan');
});

describe('getAgencyIkm and getTenantIkm', () => {
  it('compute the IKM over the union of the answers of their units, in one DynamoDB call', async () => {
    const u1 = await makeUnit(w, w.agencyA.id);
    const u2 = await makeUnit(w, w.agencyA.id);
    const u3 = await makeUnit(w, w.agencyB.id);
    const a1 = answerSeries(7, 101);
    const a2 = answerSeries(3, 202);
    const b1 = answerSeries(5, 303);
    // July 2025 holds only these responses, so the tenant's figure is known exactly.
    await at('2025-07-15T04:00:00.000Z', async () => {
      for (const a of a1) await submit(w, u1.id, a);
      for (const a of a2) await submit(w, u2.id, a);
      for (const a of b1) await submit(w, u3.id, a);
    });

    await get('/v1/me', w.admin); // warms the tenant and account caches
    const { result, calls } = await countDynamoCalls(() =>
      get(`/v1/surveys/ikm/agencies/${w.agencyA.id}?period=2025-Q3`, w.admin),
    );
    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      agencyId: w.agencyA.id,
      period: '2025-Q3',
      ...expectedIkm([...a1, ...a2]),
    });
    expect(calls).toEqual({ total: 1, byCommand: { BatchGetItem: 1 } });
    // Tallied, not averaged: the mean of the two unit IKMs is a different number.
    const i1 = expectedIkm(a1).ikm!;
    const i2 = expectedIkm(a2).ikm!;
    expect(result.body.ikm).not.toBe(Math.round(((i1 + i2) / 2) * 100) / 100);

    const tenant = await countDynamoCalls(() => get('/v1/surveys/ikm?period=2025-07', w.admin));
    expect(tenant.result.body).toEqual({ period: '2025-07', ...expectedIkm([...a1, ...a2, ...b1]) });
    expect(tenant.calls).toEqual({ total: 1, byCommand: { BatchGetItem: 1 } });
    expect((await get('/v1/surveys/ikm?period=2025-06', w.admin)).body).toMatchObject({
      respondents: 0,
      ikm: null,
    });

    // Agency admins and supervisors read their own agency only; the tenant figure is the tenant admin's.
    expect((await get(`/v1/surveys/ikm/agencies/${w.agencyA.id}?period=2025`, w.opdA)).body.respondents).toBe(
      10,
    );
    expect((await get(`/v1/surveys/ikm/agencies/${w.agencyA.id}?period=2025`, w.supervisorA)).status).toBe(
      200,
    );
    expectProblem(
      await get(`/v1/surveys/ikm/agencies/${w.agencyA.id}?period=2025`, w.opdB),
      404,
      'not-found',
    );
    expectProblem(
      await get(`/v1/surveys/ikm/agencies/${w.agencyA.id}?period=2025`, w.employeeA),
      403,
      'forbidden',
    );
    expectProblem(await get('/v1/surveys/ikm?period=2025', w.opdA), 403, 'forbidden');
    expectProblem(await get(`/v1/surveys/ikm/agencies/${UNKNOWN_ID}?period=2025`, w.admin), 404, 'not-found');
    expectProblem(
      await get(`/v1/surveys/ikm/agencies/${w.agencyA.id}?period=2025-Q9`, w.admin),
      400,
      'validation',
      ['period'],
    );
  });
});

describe('getSurveyOverview', () => {
  let r: World;
  const units: Record<string, SurveyUnit> = {};

  beforeAll(async () => {
    r = await setupTenant('survei-peringkat');
    units.a1 = await makeUnit(r, r.agencyA.id, { name: 'Loket A' });
    units.a2 = await makeUnit(r, r.agencyA.id, { name: 'Loket B' });
    units.a3 = await makeUnit(r, r.agencyA.id, { name: 'Loket C' });
    units.a4 = await makeUnit(r, r.agencyA.id, { name: 'Loket D' });
    units.b1 = await makeUnit(r, r.agencyB.id, { name: 'Loket E' });
    await submit(r, units.a1.id, all(4));
    await submit(r, units.a1.id, all(4));
    await submit(r, units.a2.id, all(3));
    await submit(r, units.a4.id, all(2));
    await submit(r, units.b1.id, all(4));
    await submit(r, units.b1.id, all(3));
    await okBody(
      await t.call('PATCH', `/v1/surveys/units/${units.a4.id}`, {
        token: r.admin,
        body: { status: 'closed', version: units.a4.version },
      }),
    );
    await at('2026-02-10T04:00:00.000Z', () => submit(r, units.a3!.id, all(1)));
  });

  it('ranks every unit by IKM, highest first and units without responses last, with the tenant total', async () => {
    const res = await get('/v1/surveys/overview?period=2026-Q2', r.admin);
    expect(res.status).toBe(200);
    expect(res.body.period).toBe('2026-Q2');
    expect(res.body.units.map((u: Item) => [u.name, u.ikm, u.grade, u.respondents])).toEqual([
      ['Loket A', 100, 'A', 2],
      ['Loket E', 87.5, 'B', 2],
      ['Loket B', 75, 'C', 1],
      ['Loket D', 50, 'D', 1],
      ['Loket C', null, null, 0],
    ]);
    expect(res.body.units[3]).toEqual({
      unitId: units.a4!.id,
      name: 'Loket D',
      agencyId: r.agencyA.id,
      agencyName: 'Dinas Kependudukan',
      status: 'closed',
      respondents: 1,
      ikm: 50,
      grade: 'D',
      label: 'Tidak Baik',
    });
    // Element means 20/6 each: 83.33.
    expect(res.body.total).toEqual({
      period: '2026-Q2',
      ...expectedIkm([all(4), all(4), all(3), all(2), all(4), all(3)]),
    });
    expect(res.body.total.ikm).toBe(83.33);
  });

  it('filters by period', async () => {
    const q1 = await get('/v1/surveys/overview?period=2026-Q1', r.admin);
    expect(q1.body.units.map((u: Item) => [u.name, u.ikm])).toEqual([
      ['Loket C', 25],
      ['Loket A', null],
      ['Loket B', null],
      ['Loket D', null],
      ['Loket E', null],
    ]);
    expect(q1.body.total).toMatchObject({ respondents: 1, ikm: 25, grade: 'D' });
    const year = await get('/v1/surveys/overview?period=2026', r.admin);
    expect(year.body.total.respondents).toBe(7);
    expect(year.body.units.find((u: Item) => u.name === 'Loket C').respondents).toBe(1);
    const verified = await get('/v1/surveys/overview?period=2026&verifiedOnly=true', r.admin);
    expect(verified.body.total).toMatchObject({ respondents: 0, ikm: null });
  });

  it('holds agency admins and supervisors to their own agency', async () => {
    for (const token of [r.opdA, r.supervisorA]) {
      const res = await get('/v1/surveys/overview?period=2026-Q2', token);
      expect(res.status).toBe(200);
      expect(res.body.units.map((u: Item) => u.name)).toEqual(['Loket A', 'Loket B', 'Loket D', 'Loket C']);
      // Agency A: element means (4 + 4 + 3 + 2) / 4 = 3.25, so 81.25.
      expect(res.body.total).toMatchObject({ respondents: 4, ikm: 81.25, grade: 'B' });
    }
    const own = await get(`/v1/surveys/overview?period=2026-Q2&agencyId=${r.agencyA.id}`, r.opdA);
    expect(own.body.units).toHaveLength(4);
    expectProblem(
      await get(`/v1/surveys/overview?period=2026-Q2&agencyId=${r.agencyB.id}`, r.opdA),
      404,
      'not-found',
    );
    expectProblem(await get('/v1/surveys/overview?period=2026-Q2', r.employeeA), 403, 'forbidden');
    const b = await get(`/v1/surveys/overview?period=2026-Q2&agencyId=${r.agencyB.id}`, r.admin);
    expect(b.body.units.map((u: Item) => u.name)).toEqual(['Loket E']);
    expect(b.body.total).toMatchObject({ respondents: 2, ikm: 87.5 });
    // Another tenant's admin sees none of it.
    const other = await get('/v1/surveys/overview?period=2026-Q2', w.admin);
    expect(JSON.stringify(other.body)).not.toContain(units.a1!.id);
  });
});

describe('recomputeSurveyCounters', () => {
  it('reports a corrupted counter, repairs it with the same delta on agency and tenant, audits, and then finds nothing', async () => {
    const unit = await makeUnit(w, w.agencyB.id);
    const set = answerSeries(4, 77);
    for (const a of set) await submit(w, unit.id, a);
    const month = '2026-05';
    const unitKey = keys.ikmUnitCounter(w.id, month, unit.id);
    const agencyKey = keys.ikmAgencyCounter(w.id, month, w.agencyB.id);
    const tenantKey = keys.ikmTenantCounter(w.id, month);
    const sumU1 = set.reduce((s, a) => s + a.U1, 0);
    const good = {
      unit: await getItem(unitKey),
      agency: await getItem(agencyKey),
      tenant: await getItem(tenantKey),
    };
    expect(good.unit?.['all.s.U1']).toBe(sumU1);
    await corrupt(w, unit, month, 'all.s.U1', 5);
    expect((await getItem(agencyKey))?.['all.s.U1']).toBe(Number(good.agency?.['all.s.U1']) + 5);

    const path = `/v1/surveys/units/${unit.id}/recompute`;
    const before = await tableSnapshot(t);
    const dry = await t.call('POST', path, { token: w.admin, body: { month, repair: false } });
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body).toEqual({
      unitId: unit.id,
      month,
      responsesCounted: 4,
      differences: [{ field: 'all.s.U1', stored: sumU1 + 5, recounted: sumU1 }],
      repaired: false,
    });
    expect(await tableSnapshot(t)).toEqual(before);

    const fix = await t.call('POST', path, { token: w.admin, body: { month, repair: true } });
    expect(fix.status, JSON.stringify(fix.body)).toBe(200);
    expect(fix.body).toMatchObject({ repaired: true, differences: dry.body.differences });
    expect(await getItem(unitKey)).toEqual(good.unit);
    expect((await getItem(agencyKey))?.['all.s.U1']).toBe(Number(good.agency?.['all.s.U1']));
    expect((await getItem(tenantKey))?.['all.s.U1']).toBe(Number(good.tenant?.['all.s.U1']));
    expect(await getItem(agencyKey)).toEqual(good.agency);

    const audit = await okBody(await get(`/v1/audit?entityType=surveyUnit&entityId=${unit.id}`, w.admin));
    const entry = audit.items.find((e: Item) => e.action === 'survey.counters.repair');
    expect(entry).toMatchObject({
      entityType: 'surveyUnit',
      entityId: unit.id,
      changes: { '2026-05.all.s.U1': { before: sumU1 + 5, after: sumU1 } },
      requestId: fix.headers.get('x-request-id'),
    });

    const again = await t.call('POST', path, { token: w.admin, body: { month } });
    expect(again.body).toEqual({
      unitId: unit.id,
      month,
      responsesCounted: 4,
      differences: [],
      repaired: false,
    });

    // An empty month has nothing to repair; others may not run it.
    expect((await t.call('POST', path, { token: w.admin, body: { month: '2026-01' } })).body).toMatchObject({
      responsesCounted: 0,
      differences: [],
    });
    expectProblem(await t.call('POST', path, { token: w.opdB, body: { month } }), 403, 'forbidden');
    expectProblem(
      await t.call('POST', `/v1/surveys/units/${UNKNOWN_ID}/recompute`, { token: w.admin, body: { month } }),
      404,
      'not-found',
    );
    expectProblem(
      await t.call('POST', path, { token: w.admin, body: { month: '2026-13' } }),
      400,
      'validation',
      ['month'],
    );
  });

  it('repairs the verified fields as well', async () => {
    const unit = await makeUnit(w, w.agencyA.id, { verification: 'optional' });
    const batch = await okBody(
      await t.call('POST', `/v1/surveys/units/${unit.id}/service-codes`, {
        token: w.admin,
        body: { count: 1, validDays: 5 },
      }),
      201,
    );
    await submit(w, unit.id, all(4), { serviceCode: batch.codes[0] });
    await submit(w, unit.id, all(2));
    const unitKey = keys.ikmUnitCounter(w.id, '2026-05', unit.id);
    const tenantKey = keys.ikmTenantCounter(w.id, '2026-05');
    const good = { unit: await getItem(unitKey), tenant: await getItem(tenantKey) };
    expect(good.unit).toMatchObject({ 'ver.r': 1, 'ver.s.U3': 4, 'all.r': 2, 'all.s.U3': 6 });
    await corrupt(w, unit, '2026-05', 'ver.r', -1);
    await corrupt(w, unit, '2026-05', 'ver.s.U3', -4);
    const res = await t.call('POST', `/v1/surveys/units/${unit.id}/recompute`, {
      token: w.admin,
      body: { month: '2026-05' },
    });
    expect(res.body).toMatchObject({
      responsesCounted: 2,
      differences: [
        { field: 'ver.r', stored: 0, recounted: 1 },
        { field: 'ver.s.U3', stored: 0, recounted: 4 },
      ],
      repaired: true,
    });
    expect(await getItem(unitKey)).toEqual(good.unit);
    expect(await getItem(tenantKey)).toEqual(good.tenant);
  });

  it('refuses with 409 when a response lands while it recounts, writing no repair', async () => {
    const unit = await makeUnit(w, w.agencyA.id);
    await submit(w, unit.id, all(3));
    const unitKey = keys.ikmUnitCounter(w.id, '2026-05', unit.id);
    await corrupt(w, unit, '2026-05', 'all.s.U9', 1);
    // The response arrives between the recount's read of the responses and its repair.
    const original = t.store.doc.send.bind(t.store.doc) as (cmd: unknown) => Promise<unknown>;
    let landed: { id: string } | undefined;
    vi.spyOn(t.store.doc, 'send').mockImplementation((async (cmd: unknown) => {
      const out = await original(cmd);
      if (
        cmd instanceof QueryCommand &&
        !landed &&
        String(cmd.input.ExpressionAttributeValues?.[':pk']).includes('#RESP#')
      ) {
        landed = await submit(w, unit.id, all(4));
      }
      return out;
    }) as never);
    const res = await t.call('POST', `/v1/surveys/units/${unit.id}/recompute`, {
      token: w.admin,
      body: { month: '2026-05' },
    });
    vi.restoreAllMocks();
    expect(landed).toBeDefined();
    expectProblem(res, 409, 'conflict');
    expect(res.body.detail).toMatch(/run the recount again/);
    const counter = await getItem(unitKey);
    expect(counter).toMatchObject({ 'all.r': 2, 'all.s.U9': 3 + 4 + 1 });
    // Run again: now it sees both responses and repairs only the phantom point.
    const again = await t.call('POST', `/v1/surveys/units/${unit.id}/recompute`, {
      token: w.admin,
      body: { month: '2026-05' },
    });
    expect(again.body).toMatchObject({
      responsesCounted: 2,
      differences: [{ field: 'all.s.U9', stored: 8, recounted: 7 }],
      repaired: true,
    });
  });
});

describe('getSurveyUnitReport and exportSurveyReport', () => {
  let unit: SurveyUnit;
  const responses = [
    {
      answers: answersOf([4, 3, 4, 1, 4, 4, 4, 2, 4]),
      respondent: { gender: 'L', age: 22, education: 'SMA', occupation: 'Swasta' },
      serviceType: 'KTP-el',
      code: true,
    },
    {
      answers: answersOf([3, 3, 3, 2, 3, 4, 3, 2, 3]),
      respondent: { gender: 'P', age: 40, education: 'S2', occupation: 'PNS' },
      serviceType: 'KK',
      code: true,
    },
    {
      answers: answersOf([4, 2, 4, 1, 3, 3, 4, 3, 4]),
      respondent: { gender: 'P', age: 58, education: 'SD', occupation: 'Wirausaha' },
      serviceType: 'KTP-el',
      code: false,
    },
    {
      answers: answersOf([3, 3, 4, 2, 4, 4, 4, 2, 3]),
      respondent: { gender: 'L', age: 70, education: 'D1-D3', occupation: 'Lainnya' },
      code: false,
    },
  ];

  beforeAll(async () => {
    unit = await makeUnit(w, w.agencyA.id, {
      name: 'Loket Capil Kota',
      serviceTypes: ['KTP-el', 'KK'],
      verification: 'optional',
    });
    const batch = await okBody(
      await t.call('POST', `/v1/surveys/units/${unit.id}/service-codes`, {
        token: w.admin,
        body: { count: 2, validDays: 5 },
      }),
      201,
    );
    let next = 0;
    for (const r of responses) {
      const { code, ...body } = r;
      const res = await t.call('POST', `/v1/public/${w.slug}/survey-units/${unit.id}/responses`, {
        body: {
          ...body,
          ...(code ? { serviceCode: batch.codes[next++] } : {}),
          suggestion: 'Tolong tambah kursi',
        },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.verified).toBe(code);
    }
    for (const [period, population] of [
      ['2026-Q2', 50],
      ['2026-05', 4],
    ] as const) {
      await okBody(
        await t.call('PUT', `/v1/surveys/units/${unit.id}/population/${period}`, {
          token: w.admin,
          body: { population },
        }),
      );
    }
  });

  it('reports the IKM, the three weakest elements, the sample and the respondent profile', async () => {
    await get('/v1/me', w.admin);
    const { result: res, calls } = await countDynamoCalls(() =>
      get(`/v1/surveys/units/${unit.id}/report?period=2026-Q2`, w.admin),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(calls).toEqual({ total: 1, byCommand: { BatchGetItem: 1 } });
    // NRR: 3.5, 2.75, 3.75, 1.5, 3.5, 3.75, 3.75, 2.25, 3.5 → sum 28.25 → 28.25 / 9 × 25 = 78.47.
    expect(res.body.ikm).toEqual({
      unitId: unit.id,
      period: '2026-Q2',
      ...expectedIkm(responses.map((r) => r.answers)),
    });
    expect(res.body.ikm).toMatchObject({ respondents: 4, ikm: 78.47, grade: 'B', label: 'Baik' });
    expect(res.body.unit).toMatchObject({
      id: unit.id,
      name: 'Loket Capil Kota',
      agencyName: 'Dinas Kependudukan',
    });
    expect(res.body.weakest).toEqual(['U4', 'U8', 'U2']);
    // Krejcie-Morgan for 50 is 44 (the published table).
    expect(res.body.sample).toEqual({ population: 50, minimum: 44, respondents: 4, sufficient: false });
    expect(res.body.demographics).toEqual({
      gender: { L: 2, P: 2 },
      ageBand: { '15-24': 1, '35-44': 1, '55-64': 1, '65+': 1 },
      education: { SMA: 1, S2: 1, SD: 1, 'D1-D3': 1 },
      occupation: { Swasta: 1, PNS: 1, Wirausaha: 1, Lainnya: 1 },
      serviceType: { 'KTP-el': 2, KK: 1 },
    });
    expect(res.body.verifiedRespondents).toBe(2);
    expect(JSON.stringify(res.body)).not.toContain('kursi');

    const month = await get(`/v1/surveys/units/${unit.id}/report?period=2026-05`, w.admin);
    expect(month.body.sample).toEqual({ population: 4, minimum: 4, respondents: 4, sufficient: true });
    const year = await get(`/v1/surveys/units/${unit.id}/report?period=2026`, w.admin);
    expect(year.body.sample).toEqual({ population: null, minimum: null, respondents: 4, sufficient: null });

    // Verified only: NRR 3.5, 3, 3.5, 1.5, 3.5, 4, 3.5, 2, 3.5 → sum 28 → 77.78.
    const ver = await get(`/v1/surveys/units/${unit.id}/report?period=2026-Q2&verifiedOnly=true`, w.admin);
    expect(ver.body.ikm).toMatchObject({ respondents: 2, ikm: 77.78, grade: 'B' });
    expect(ver.body.demographics.gender).toEqual({ L: 1, P: 1 });
    expect(ver.body.verifiedRespondents).toBe(2);
  });

  it('lets the agency staff read it and hides it from other agencies', async () => {
    const path = `/v1/surveys/units/${unit.id}/report?period=2026-Q2`;
    expect((await get(path, w.opdA)).status).toBe(200);
    expect((await get(path, w.supervisorA)).status).toBe(200);
    expectProblem(await get(path, w.opdB), 404, 'not-found');
    expectProblem(await get(path, w.employeeA), 403, 'forbidden');
    expectProblem(await get(`/v1/surveys/units/${UNKNOWN_ID}/report?period=2026`, w.admin), 404, 'not-found');
    expectProblem(await get(`/v1/surveys/units/${unit.id}/report?period=Q2`, w.admin), 400, 'validation', [
      'period',
    ]);
  });

  it('exports the report as an XLSX workbook', async () => {
    const report = (await get(`/v1/surveys/units/${unit.id}/report?period=2026-Q2`, w.admin)).body;
    const res = await t.api.request(`/v1/surveys/units/${unit.id}/report.xlsx?period=2026-Q2`, {
      headers: { authorization: `Bearer ${w.admin}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="ikm-loket-capil-kota-2026-Q2.xlsx"',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Ringkasan', 'NRR per unsur', 'Profil responden']);

    const summary = wb.getWorksheet('Ringkasan')!;
    const byLabel = new Map<string, unknown>();
    summary.eachRow((row) => byLabel.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(byLabel.get('IKM')).toBe(78.47);
    expect(byLabel.get('IKM')).toBe(report.ikm.ikm);
    expect(byLabel.get('Mutu pelayanan')).toBe('B');
    expect(byLabel.get('Jumlah responden')).toBe(4);
    expect(byLabel.get('Sampel minimum (Krejcie-Morgan)')).toBe(44);
    expect(byLabel.get('Unit layanan')).toBe('Loket Capil Kota');

    const nrr = wb.getWorksheet('NRR per unsur')!;
    const rows: unknown[][] = [];
    nrr.eachRow((row, n) => {
      if (n > 1) rows.push([1, 2, 3, 4, 5].map((i) => row.getCell(i).value));
    });
    expect(rows).toHaveLength(9);
    expect(rows.map((r) => r[0])).toEqual([...ELEMENT_CODES]);
    for (const r of rows) {
      const el = report.ikm.elements[r[0] as ElementCode];
      expect(r[2]).toBe(el.respondents);
      expect(r[3]).toBe(el.nrr);
      expect(r[4]).toBeCloseTo(el.nrr * 25, 4);
    }
    expect(rows[3]).toEqual(['U4', 'Biaya/tarif', 4, 1.5, 37.5]);

    const profile = wb.getWorksheet('Profil responden')!;
    const counts = new Map<string, unknown>();
    profile.eachRow((row) => counts.set(String(row.getCell(2).value), row.getCell(3).value));
    expect(counts.get('Laki-laki')).toBe(2);
    expect(counts.get('Perempuan')).toBe(2);
    expect(counts.get('KTP-el')).toBe(2);
    expect(counts.get('S3')).toBe(0);

    const other = await t.api.request(`/v1/surveys/units/${unit.id}/report.xlsx?period=2026-Q2`, {
      headers: { authorization: `Bearer ${w.opdB}` },
    });
    expect(other.status).toBe(404);
  });
});

describe('getSurveyUnitTrend', () => {
  it('gives monthly and quarterly points between from and to', async () => {
    const unit = await makeUnit(w, w.agencyB.id);
    await at('2025-11-20T05:00:00.000Z', () => submit(w, unit.id, all(2)));
    await at('2026-01-10T05:00:00.000Z', () => submit(w, unit.id, all(3)));
    await at('2026-02-10T05:00:00.000Z', () => submit(w, unit.id, all(4)));
    await submit(w, unit.id, all(1));

    await get('/v1/me', w.admin);
    const { result: res, calls } = await countDynamoCalls(() =>
      get(`/v1/surveys/units/${unit.id}/trend?from=2025-12&to=2026-05`, w.admin),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(calls).toEqual({ total: 1, byCommand: { BatchGetItem: 1 } });
    expect(res.body.unitId).toBe(unit.id);
    expect(res.body.months).toEqual([
      { period: '2025-12', respondents: 0, ikm: null, grade: null },
      { period: '2026-01', respondents: 1, ikm: 75, grade: 'C' },
      { period: '2026-02', respondents: 1, ikm: 100, grade: 'A' },
      { period: '2026-03', respondents: 0, ikm: null, grade: null },
      { period: '2026-04', respondents: 0, ikm: null, grade: null },
      { period: '2026-05', respondents: 1, ikm: 25, grade: 'D' },
    ]);
    // A quarter the range only touches is still the whole quarter (2025-Q4 holds November).
    expect(res.body.quarters).toEqual([
      { period: '2025-Q4', respondents: 1, ikm: 50, grade: 'D' },
      { period: '2026-Q1', respondents: 2, ikm: 87.5, grade: 'B' },
      { period: '2026-Q2', respondents: 1, ikm: 25, grade: 'D' },
    ]);

    const one = await get(`/v1/surveys/units/${unit.id}/trend?from=2026-02&to=2026-02`, w.admin);
    expect(one.body.months).toEqual([{ period: '2026-02', respondents: 1, ikm: 100, grade: 'A' }]);
    expect(one.body.quarters).toEqual([{ period: '2026-Q1', respondents: 2, ikm: 87.5, grade: 'B' }]);
  });

  it('takes at most 24 months, from before to; 400 otherwise', async () => {
    const unit = await makeUnit(w, w.agencyA.id);
    const trend = (q: string, token = w.admin) => get(`/v1/surveys/units/${unit.id}/trend?${q}`, token);
    const longest = await trend('from=2024-02&to=2026-01');
    expect(longest.status).toBe(200);
    expect(longest.body.months).toHaveLength(24);
    expect(longest.body.quarters).toHaveLength(9);
    expectProblem(await trend('from=2024-01&to=2026-01'), 400, 'validation', ['to']);
    expectProblem(await trend('from=2026-05&to=2026-04'), 400, 'validation', ['from']);
    expectProblem(await trend('from=2026-5&to=2026-06'), 400, 'validation', ['from']);
    expectProblem(await trend('from=2026-01'), 400, 'validation', ['to']);
    expect((await trend('from=2026-01&to=2026-03', w.supervisorA)).status).toBe(200);
    expectProblem(await trend('from=2026-01&to=2026-03', w.opdB), 404, 'not-found');
  });
});
