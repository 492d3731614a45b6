import { randomInt } from 'node:crypto';
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import {
  computeIkm,
  ELEMENT_CODES,
  type ElementCode,
  type ElementTally,
  MAX_SUGGESTION_LENGTH,
  SURVEY_ELEMENTS,
  type SurveyUnit,
  ULID_PATTERN,
} from '@pamong/core';
import { countDynamoCalls } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import { clearTenantCache } from '@pamong/http';
import { decodeTime } from 'ulid';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import {
  createAgency,
  createUser,
  expectProblem,
  type Res,
  scanTable,
  tableSnapshot,
  UNKNOWN_ID,
} from './helpers';

/**
 * The public survey (issue 4, sections 2-4): form, submission with its counters, rate window,
 * idempotency and service codes, and the public IKM reads. Time is a test clock, so months and
 * hours are fixed whatever day the suite runs.
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

const SLUG = 'survei-publik';
let t: TestApi;
let tenantId: string;
let admin: string;
let agency: { id: string; name: string };
let otherAgency: { id: string; name: string };

// ---- setup through the admin API ----

type Item = Record<string, unknown>;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const randomCode = (n: number) => Array.from({ length: n }, () => CROCKFORD[randomInt(32)]).join('');

async function okBody(res: Res, status = 200) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
}

async function closeUnit(token: string, unit: SurveyUnit): Promise<SurveyUnit> {
  return okBody(
    await t.call('PATCH', `/v1/surveys/units/${unit.id}`, {
      token,
      body: { status: 'closed', version: unit.version },
    }),
  );
}

async function makeUnit(
  token: string,
  owner: { id: string },
  over: Partial<
    Pick<SurveyUnit, 'name' | 'serviceTypes' | 'publishResults' | 'verification' | 'status'>
  > = {},
): Promise<SurveyUnit> {
  const { status, ...create } = over;
  const unit = await okBody(
    await t.call('POST', '/v1/surveys/units', {
      token,
      body: { agencyId: owner.id, name: `Loket ${randomCode(4)}`, ...create },
    }),
    201,
  );
  return status === 'closed' ? closeUnit(token, unit) : unit;
}

async function saveSettings(token: string, settings: Item) {
  const current = await okBody(await t.call('GET', '/v1/surveys/settings', { token }));
  await okBody(
    await t.call('PUT', '/v1/surveys/settings', { token, body: { ...settings, version: current.version } }),
  );
}

/** A batch of service codes of a unit, as printed (XXXX-XXXX). */
async function issueCodes(
  token: string,
  unitId: string,
  count: number,
  validDays = 19,
): Promise<{ id: string; codes: string[]; expiresAt: string }> {
  return okBody(
    await t.call('POST', `/v1/surveys/units/${unitId}/service-codes`, { token, body: { count, validDays } }),
    201,
  );
}

async function getItem(key: { pk: string; sk: string }) {
  return (await t.store.doc.send(new GetCommand({ TableName: t.tableName, Key: key, ConsistentRead: true })))
    .Item as Item | undefined;
}
const unitCounter = (unitId: string, month = '2026-05', tenant = tenantId) =>
  getItem(keys.ikmUnitCounter(tenant, month, unitId));

// ---- requests ----

type Answers = Record<ElementCode, number>;
const answersOf = (v: number[]) => Object.fromEntries(ELEMENT_CODES.map((c, i) => [c, v[i]])) as Answers;
const RESPONDENT = { gender: 'P', age: 31, education: 'D4-S1', occupation: 'Swasta' };
const response = (over: Item = {}) => ({
  answers: answersOf([3, 4, 3, 3, 2, 4, 4, 3, 3]),
  respondent: RESPONDENT,
  ...over,
});

async function send(
  method: string,
  path: string,
  o: { body?: unknown; ip?: string; headers?: Record<string, string>; token?: string } = {},
): Promise<Res> {
  const headers: Record<string, string> = { ...o.headers };
  if (o.body !== undefined) headers['content-type'] = 'application/json';
  if (o.token) headers.authorization = `Bearer ${o.token}`;
  const env = o.ip ? { incoming: { socket: { remoteAddress: o.ip } } } : undefined;
  const res = await t.api.request(
    path,
    { method, headers, body: o.body === undefined ? undefined : JSON.stringify(o.body) },
    env,
  );
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON
  }
  return { status: res.status, body, headers: res.headers };
}

const submit = (unitId: string, body: unknown, o: { ip?: string; key?: string; slug?: string } = {}) =>
  send('POST', `/v1/public/${o.slug ?? SLUG}/survey-units/${unitId}/responses`, {
    body,
    ip: o.ip,
    headers: o.key ? { 'idempotency-key': o.key } : undefined,
  });

const ikmOf = (unitId: string, period: string, token?: string, slug = SLUG) =>
  send('GET', `/v1/public/${slug}/survey-units/${unitId}/ikm?period=${period}`, { token });

/** computeIkm over raw answers, tallied here rather than from the counters. */
function expectedIkm(all: Answers[]) {
  const tallies = Object.fromEntries(
    ELEMENT_CODES.map((c) => [
      c,
      { sum: all.reduce((s, a) => s + a[c], 0), count: all.length } satisfies ElementTally,
    ]),
  ) as Record<ElementCode, ElementTally>;
  return computeIkm(all.length, tallies);
}

/** A reproducible spread of answers (no Math.random: the expected IKM must not vary run to run). */
function answerSeries(n: number, seed: number): Answers[] {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return 1 + (x % 4);
  };
  return Array.from({ length: n }, () => answersOf(ELEMENT_CODES.map(() => next())));
}

afterEach(() => {
  vi.restoreAllMocks();
});

beforeAll(async () => {
  t = await createTestApi({ now: () => clock.now });
  ({ tenantId, adminToken: admin } = await createTenantViaApi(t, SLUG));
  agency = await createAgency(t, admin, 'Dinas Kependudukan dan Pencatatan Sipil');
  otherAgency = await createAgency(t, admin, 'Dinas Kesehatan');
  await saveSettings(admin, { rateLimitPerHour: 100_000 });
});

describe('listPublicSurveyUnits, resolveSurveyShortCode, getPublicSurveyForm', () => {
  it('lists the active units only, without admin fields, and 404s an unknown tenant', async () => {
    const open = await makeUnit(admin, agency, { name: 'Loket KTP', serviceTypes: ['KTP-el', 'KK'] });
    const closed = await makeUnit(admin, agency, { name: 'Loket Lama', status: 'closed' });
    const res = await send('GET', `/v1/public/${SLUG}/survey-units`);
    expect(res.status).toBe(200);
    const mine = res.body.items.find((u: Item) => u.id === open.id);
    expect(mine).toEqual({
      id: open.id,
      name: 'Loket KTP',
      agencyName: agency.name,
      serviceTypes: ['KTP-el', 'KK'],
    });
    expect(res.body.items.some((u: Item) => u.id === closed.id)).toBe(false);
    expectProblem(await send('GET', '/v1/public/tidak-ada/survey-units'), 404, 'not-found');
  });

  it('resolves a short code whatever its case; an unknown one is 404', async () => {
    const unit = await makeUnit(admin, agency);
    for (const code of [unit.shortCode, unit.shortCode.toLowerCase()]) {
      const res = await send('GET', `/v1/public/${SLUG}/s/${code}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ unitId: unit.id });
    }
    expectProblem(await send('GET', `/v1/public/${SLUG}/s/ZZZZZZ`), 404, 'not-found');
  });

  it('serves the form with the elements in the tenant order and its extra questions; 410 closed, 404 unknown', async () => {
    const order: ElementCode[] = ['U9', 'U8', 'U7', 'U6', 'U5', 'U4', 'U3', 'U2', 'U1'];
    const extraQuestions = [
      {
        id: 'kanal',
        text: { id: 'Dari mana tahu?', en: 'How did you hear?' },
        kind: 'choice',
        options: ['Radio', 'Teman'],
      },
    ];
    const tenant2 = await createTenantViaApi(t, 'survei-form');
    const ag = await createAgency(t, tenant2.adminToken, 'Dinas Perizinan');
    await saveSettings(tenant2.adminToken, { elementOrder: order, extraQuestions });
    const unit = await makeUnit(tenant2.adminToken, ag, { name: 'Loket Izin', verification: 'optional' });
    const res = await send('GET', `/v1/public/survei-form/survey-units/${unit.id}/form`);
    expect(res.status).toBe(200);
    expect(res.body.tenant).toEqual({ slug: 'survei-form', name: 'Pemerintah survei-form' });
    expect(res.body.unit).toEqual({
      id: unit.id,
      name: 'Loket Izin',
      agencyName: 'Dinas Perizinan',
      serviceTypes: [],
      verification: 'optional',
    });
    expect(res.body.elements.map((e: Item) => e.code)).toEqual(order);
    expect(res.body.elements[0]).toEqual({
      code: 'U9',
      name: SURVEY_ELEMENTS.U9.name,
      question: SURVEY_ELEMENTS.U9.question,
      labels: SURVEY_ELEMENTS.U9.labels,
    });
    expect(res.body.respondentFields).toEqual({
      gender: ['L', 'P'],
      ageMin: 15,
      ageMax: 100,
      education: ['SD', 'SMP', 'SMA', 'D1-D3', 'D4-S1', 'S2', 'S3'],
      occupation: ['PNS', 'TNI', 'POLRI', 'Swasta', 'Wirausaha', 'Lainnya'],
    });
    expect(res.body.extraQuestions).toEqual(extraQuestions);

    // A tenant that never saved settings gets the default order.
    const plain = await makeUnit(admin, agency);
    const dflt = await send('GET', `/v1/public/${SLUG}/survey-units/${plain.id}/form`);
    expect(dflt.body.elements.map((e: Item) => e.code)).toEqual([...ELEMENT_CODES]);

    const closed = await makeUnit(admin, agency, { status: 'closed' });
    expectProblem(await send('GET', `/v1/public/${SLUG}/survey-units/${closed.id}/form`), 410, 'gone');
    expectProblem(await send('GET', `/v1/public/${SLUG}/survey-units/${UNKNOWN_ID}/form`), 404, 'not-found');
    // Another tenant's unit does not exist under this slug.
    expectProblem(await send('GET', `/v1/public/${SLUG}/survey-units/${unit.id}/form`), 404, 'not-found');
  });
});

describe('submitSurveyResponse', () => {
  it('stores the response and moves the unit, agency and tenant counters in one transaction', async () => {
    const unit = await makeUnit(admin, otherAgency, { serviceTypes: ['Rawat jalan', 'Imunisasi'] });
    await submit(unit.id, response()); // warms the tenant cache
    const agencyBefore = await getItem(keys.ikmAgencyCounter(tenantId, '2026-05', otherAgency.id));
    const tenantBefore = await getItem(keys.ikmTenantCounter(tenantId, '2026-05'));

    const { result: res, calls } = await countDynamoCalls(() =>
      submit(
        unit.id,
        response({
          answers: answersOf([1, 2, 3, 4, 4, 3, 2, 1, 2]),
          respondent: { gender: 'L', age: 67, education: 'SMA', occupation: 'PNS' },
          serviceType: 'Imunisasi',
          suggestion: '  Antrean terlalu panjang.  ',
          extra: {},
        }),
      ),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({ id: expect.stringMatching(ULID_PATTERN), verified: false });
    expect(calls).toEqual({ total: 2, byCommand: { BatchGetItem: 1, TransactWriteItems: 1 } });
    expect(decodeTime(res.body.id)).toBe(clock.now.getTime());

    const stored = await getItem(keys.surveyResponse(tenantId, unit.id, '2026-05', res.body.id));
    expect(stored).toEqual({
      ...keys.surveyResponse(tenantId, unit.id, '2026-05', res.body.id),
      gsi1pk: keys.surveySuggestions(tenantId, unit.id).gsi1pk,
      gsi1sk: keys.surveySuggestionSort('pending', res.body.id),
      type: 'SURVEY_RESPONSE',
      id: res.body.id,
      unitId: unit.id,
      agencyId: otherAgency.id,
      month: '2026-05',
      submittedAt: clock.now.toISOString(),
      answers: answersOf([1, 2, 3, 4, 4, 3, 2, 1, 2]),
      respondent: { gender: 'L', age: 67, education: 'SMA', occupation: 'PNS' },
      serviceType: 'Imunisasi',
      suggestion: 'Antrean terlalu panjang.',
      suggestionStatus: 'pending',
      moderatedAt: null,
      moderationReason: null,
      verified: false,
    });

    // Two responses so far: the first had the default body (3,4,3,3,2,4,4,3,3; P, 31, D4-S1, Swasta).
    const counter = await unitCounter(unit.id);
    expect(counter).toMatchObject({
      type: 'IKM_COUNTER',
      scope: 'unit',
      unitId: unit.id,
      agencyId: otherAgency.id,
      month: '2026-05',
      'all.r': 2,
      'all.s.U1': 4,
      'all.s.U2': 6,
      'all.s.U5': 6,
      'all.s.U8': 4,
      'all.n.U1': 2,
      'all.n.U9': 2,
      'all.g.L': 1,
      'all.g.P': 1,
      'all.a.65+': 1,
      'all.a.25-34': 1,
      'all.e.SMA': 1,
      'all.e.D4-S1': 1,
      'all.o.PNS': 1,
      'all.o.Swasta': 1,
      'all.svc.Imunisasi': 1,
    });
    expect(Object.keys(counter!).some((k) => k.startsWith('ver.'))).toBe(false);
    const moved = (before: Item | undefined, after: Item | undefined, field: string) =>
      Number(after?.[field] ?? 0) - Number(before?.[field] ?? 0);
    const agencyAfter = await getItem(keys.ikmAgencyCounter(tenantId, '2026-05', otherAgency.id));
    const tenantAfter = await getItem(keys.ikmTenantCounter(tenantId, '2026-05'));
    for (const [field, n] of [
      ['all.r', 1],
      ['all.s.U4', 4],
      ['all.n.U4', 1],
      ['all.g.L', 1],
      ['all.svc.Imunisasi', 1],
    ] as const) {
      expect(moved(agencyBefore, agencyAfter, field), field).toBe(n);
      expect(moved(tenantBefore, tenantAfter, field), field).toBe(n);
    }
    expect(agencyAfter).toMatchObject({ type: 'IKM_COUNTER', scope: 'agency', agencyId: otherAgency.id });
    expect(tenantAfter).toMatchObject({ type: 'IKM_COUNTER', scope: 'tenant', month: '2026-05' });
  });

  it('keeps a response without a suggestion off the suggestions index and drops a blank one', async () => {
    const unit = await makeUnit(admin, agency);
    const res = await submit(unit.id, response({ suggestion: '   ' }));
    expect(res.status).toBe(201);
    const stored = await getItem(keys.surveyResponse(tenantId, unit.id, '2026-05', res.body.id));
    expect(stored).not.toHaveProperty('gsi1pk');
    expect(stored).not.toHaveProperty('suggestion');
    expect(stored).not.toHaveProperty('suggestionStatus');
  });

  it('refuses bad input with 400 at the field and writes nothing', async () => {
    const tenant = await createTenantViaApi(t, 'survei-validasi');
    const ag = await createAgency(t, tenant.adminToken, 'Dinas Sosial');
    await saveSettings(tenant.adminToken, {
      extraQuestions: [
        { id: 'kanal', text: { id: 'Kanal', en: 'Channel' }, kind: 'choice', options: ['Radio', 'Teman'] },
        { id: 'catatan', text: { id: 'Catatan', en: 'Note' }, kind: 'text' },
      ],
    });
    const unit = await makeUnit(tenant.adminToken, ag, { serviceTypes: ['Bansos'] });
    const required = await makeUnit(tenant.adminToken, ag, { verification: 'required' });
    const ok = await submit(
      unit.id,
      response({ serviceType: 'Bansos', extra: { kanal: 'Radio', catatan: 'ok' } }),
      {
        slug: 'survei-validasi',
      },
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);

    const { U3: _, ...noU3 } = answersOf([3, 3, 3, 3, 3, 3, 3, 3, 3]);
    const withAnswer = (v: unknown) =>
      response({ answers: { ...answersOf([3, 3, 3, 3, 3, 3, 3, 3, 3]), U1: v } });
    const cases: [string, unknown, string[], string?][] = [
      ['missing U3', response({ answers: noU3 }), ['answers.U3']],
      [
        'extra U10',
        response({ answers: { ...answersOf([3, 3, 3, 3, 3, 3, 3, 3, 3]), U10: 3 } }),
        ['answers.U10'],
      ],
      ['answer 0', withAnswer(0), ['answers.U1']],
      ['answer 5', withAnswer(5), ['answers.U1']],
      ['answer 2.5', withAnswer(2.5), ['answers.U1']],
      ["answer '3'", withAnswer('3'), ['answers.U1']],
      [
        'unknown education',
        response({ respondent: { ...RESPONDENT, education: 'SLTA' } }),
        ['respondent.education'],
      ],
      [
        '2001-char suggestion',
        response({ suggestion: 'x'.repeat(MAX_SUGGESTION_LENGTH + 1) }),
        ['suggestion'],
      ],
      ['unknown serviceType', response({ serviceType: 'Paspor' }), ['serviceType']],
      ['unknown extra question', response({ extra: { hobi: 'Membaca' } }), ['extra.hobi']],
      ['bad choice option', response({ extra: { kanal: 'Koran' } }), ['extra.kanal']],
      ['malformed service code', response({ serviceCode: 'ABC' }), ['serviceCode']],
      ['required code missing', response(), ['serviceCode'], required.id],
    ];
    const before = await tableSnapshot(t);
    for (const [name, body, paths, unitId] of cases) {
      const res = await submit(unitId ?? unit.id, body, { slug: 'survei-validasi' });
      expect(res.status, `${name}: ${JSON.stringify(res.body)}`).toBe(400);
      expectProblem(res, 400, 'validation', paths);
    }
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('answers 404 for an unknown tenant or unit, 410 for a closed unit and 403 for a suspended tenant, writing nothing', async () => {
    const tenant = await createTenantViaApi(t, 'survei-tangguh');
    const ag = await createAgency(t, tenant.adminToken, 'Dinas Pertanian');
    const unit = await makeUnit(tenant.adminToken, ag);
    const closed = await makeUnit(admin, agency, { status: 'closed' });
    const mine = await makeUnit(admin, agency);
    const root = await t.platformToken();
    const suspend = await t.call('POST', `/v1/platform/tenants/${tenant.tenantId}/suspend`, {
      token: root,
      body: { version: tenant.tenant.version },
    });
    expect(suspend.status).toBe(200);

    const before = await tableSnapshot(t);
    expectProblem(await submit(mine.id, response(), { slug: 'tidak-ada' }), 404, 'not-found');
    expectProblem(await submit(UNKNOWN_ID, response()), 404, 'not-found');
    // A unit of another tenant is unknown under this slug.
    expectProblem(await submit(unit.id, response()), 404, 'not-found');
    expectProblem(await submit(closed.id, response()), 410, 'gone');
    expectProblem(await submit(unit.id, response(), { slug: 'survei-tangguh' }), 403, 'tenant-suspended');
    expectProblem(
      await send('GET', `/v1/public/survei-tangguh/survey-units/${unit.id}/form`),
      403,
      'tenant-suspended',
    );
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('limits responses per source IP, unit and hour; the refused one writes nothing', async () => {
    const tenant = await createTenantViaApi(t, 'survei-batas');
    const ag = await createAgency(t, tenant.adminToken, 'Dinas Perhubungan');
    await saveSettings(tenant.adminToken, { rateLimitPerHour: 3 });
    const unitA = await makeUnit(tenant.adminToken, ag);
    const unitB = await makeUnit(tenant.adminToken, ag);
    const o = { slug: 'survei-batas' };

    for (let i = 0; i < 3; i++)
      expect((await submit(unitA.id, response(), { ...o, ip: '10.0.0.1' })).status).toBe(201);
    const before = await tableSnapshot(t);
    const refused = await submit(unitA.id, response(), { ...o, ip: '10.0.0.1' });
    expectProblem(refused, 429, 'rate-limited');
    // The clock is at 03:20:00 UTC: 40 minutes to the end of the hour.
    expect(refused.headers.get('retry-after')).toBe('2400');
    // X-Forwarded-For is anyone's to write, so it does not open a new window.
    const spoofed = await send('POST', `/v1/public/survei-batas/survey-units/${unitA.id}/responses`, {
      body: response(),
      ip: '10.0.0.1',
      headers: { 'x-forwarded-for': '203.0.113.7' },
    });
    expectProblem(spoofed, 429, 'rate-limited');
    expect(await tableSnapshot(t)).toEqual(before);

    expect((await submit(unitA.id, response(), { ...o, ip: '10.0.0.2' })).status).toBe(201);
    expect((await submit(unitB.id, response(), { ...o, ip: '10.0.0.1' })).status).toBe(201);
    // The next hour opens a new window.
    expect(
      (await at('2026-05-13T04:00:00.000Z', () => submit(unitA.id, response(), { ...o, ip: '10.0.0.1' })))
        .status,
    ).toBe(201);

    expect((await unitCounter(unitA.id, '2026-05', tenant.tenantId))?.['all.r']).toBe(5);
    expect((await unitCounter(unitB.id, '2026-05', tenant.tenantId))?.['all.r']).toBe(1);
    expect((await getItem(keys.ikmTenantCounter(tenant.tenantId, '2026-05')))?.['all.r']).toBe(6);
    expect((await getItem(keys.ikmAgencyCounter(tenant.tenantId, '2026-05', ag.id)))?.['all.r']).toBe(6);

    // The window item holds a hash of the address, never the address, and expires an hour after its hour.
    const items = await scanTable(t);
    const windows = items.filter((i) =>
      String(i.pk).startsWith(`T#${tenant.tenantId}#RATE#SURVEY#${unitA.id}#`),
    );
    expect(windows.map((w) => [w.sk, w.n]).sort()).toEqual([
      ['2026051303', 1],
      ['2026051303', 3],
      ['2026051304', 1],
    ]);
    const w3 = windows.find((w) => w.sk === '2026051303' && w.n === 3)!;
    expect(w3.ttl).toBe(Date.parse('2026-05-13T05:00:00Z') / 1000);
    expect(JSON.stringify(items)).not.toContain('10.0.0.1');
  });

  it('counts a replay with the same Idempotency-Key once', async () => {
    const unit = await makeUnit(admin, agency);
    const key = `replay-${randomCode(10)}`;
    // Fills the tenant cache afresh, so that no entry of it runs out (10 s) during a counted call.
    const warm = async () => {
      clearTenantCache();
      await send('GET', `/v1/public/${SLUG}/survey-units/${unit.id}/form`);
    };
    await warm();
    // The answer is stored by the transaction that stores the response: no claim before it, no
    // update after it, so a keyed submission costs what an unkeyed one does.
    const first = await countDynamoCalls(() => submit(unit.id, response(), { key }));
    expect(first.result.status).toBe(201);
    expect(first.calls).toEqual({ total: 2, byCommand: { BatchGetItem: 1, TransactWriteItems: 1 } });
    // The replay's transaction is cancelled on the stored answer, which comes back with the
    // cancellation: nothing is written and no further read is needed.
    await warm();
    const second = await countDynamoCalls(() => submit(unit.id, response(), { key }));
    expect(second.result.status).toBe(201);
    expect(second.result.body).toEqual(first.result.body);
    expect(second.result.headers.get('idempotent-replayed')).toBe('true');
    expect(second.calls).toEqual({ total: 2, byCommand: { BatchGetItem: 1, TransactWriteItems: 1 } });
    expect((await unitCounter(unit.id))?.['all.r']).toBe(1);
  });

  it('counts a concurrent pair with the same Idempotency-Key once', async () => {
    const unit = await makeUnit(admin, agency);
    const key = `pair-${randomCode(10)}`;
    const [a, b] = await Promise.all([
      submit(unit.id, response(), { key }),
      submit(unit.id, response(), { key }),
    ]);
    // Both run; one transaction stores the response with its answer, the other is cancelled on
    // that answer and replays it.
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).toBe(b.body.id);
    expect([a, b].filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(1);
    expect((await unitCounter(unit.id))?.['all.r']).toBe(1);
  });

  it('lets concurrent responses to one unit all land', async () => {
    const unit = await makeUnit(admin, agency);
    const results = await Promise.all(Array.from({ length: 8 }, () => submit(unit.id, response())));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect((await unitCounter(unit.id))?.['all.r']).toBe(8);
  });

  /** DynamoDB Local runs transactions one at a time; in AWS two on the same counters can cancel each other. */
  function conflictFirst(times: number) {
    const original = t.store.doc.send.bind(t.store.doc) as (cmd: unknown) => Promise<unknown>;
    let left = times;
    return vi.spyOn(t.store.doc, 'send').mockImplementation((async (cmd: unknown) => {
      if (cmd instanceof TransactWriteCommand && left > 0) {
        left -= 1;
        const n = cmd.input.TransactItems?.length ?? 0;
        throw Object.assign(new Error('Transaction cancelled'), {
          name: 'TransactionCanceledException',
          CancellationReasons: Array.from({ length: n }, (_, i) => ({
            Code: i === n - 1 ? 'TransactionConflict' : 'None',
          })),
        });
      }
      return original(cmd);
    }) as never);
  }

  it('runs the transaction again after a TransactionConflict, and gives up with 409 when it persists', async () => {
    const unit = await makeUnit(admin, agency);
    const spy = conflictFirst(2);
    const res = await submit(unit.id, response());
    expect(spy.mock.calls.filter(([c]) => c instanceof TransactWriteCommand)).toHaveLength(3);
    spy.mockRestore();
    expect(res.status).toBe(201);
    expect((await unitCounter(unit.id))?.['all.r']).toBe(1);

    const before = await tableSnapshot(t);
    const stuck = conflictFirst(100);
    expectProblem(await submit(unit.id, response()), 409, 'conflict');
    expect(stuck.mock.calls.filter(([c]) => c instanceof TransactWriteCommand)).toHaveLength(5);
    stuck.mockRestore();
    expect(await tableSnapshot(t)).toEqual(before);
  });
});

describe('service codes', () => {
  let unit: SurveyUnit;
  let codes: string[];
  let batchId: string;
  let expiresAt: string;

  beforeAll(async () => {
    unit = await makeUnit(admin, agency, { verification: 'optional' });
    ({ codes, id: batchId, expiresAt } = await issueCodes(admin, unit.id, 6));
  });

  it('marks a response with a valid code verified, consumes the code and counts it under ver.*', async () => {
    const res = await submit(unit.id, response({ serviceCode: codes[0]!.toLowerCase() }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.verified).toBe(true);
    const code = codes[0]!.replace('-', '');
    const stored = await getItem(keys.surveyResponse(tenantId, unit.id, '2026-05', res.body.id));
    expect(stored).toMatchObject({ verified: true, serviceCode: code });
    expect(await getItem(keys.serviceCode(tenantId, unit.id, code))).toMatchObject({
      status: 'used',
      usedAt: clock.now.toISOString(),
      responseId: res.body.id,
    });
    expect((await getItem(keys.serviceCodeBatch(tenantId, unit.id, batchId)))?.used).toBe(1);
    const counter = await unitCounter(unit.id);
    expect(counter).toMatchObject({ 'all.r': 1, 'ver.r': 1, 'ver.s.U2': 4, 'ver.n.U2': 1, 'ver.g.P': 1 });
    expect((await getItem(keys.ikmTenantCounter(tenantId, '2026-05')))?.['ver.r']).toBeGreaterThanOrEqual(1);

    // Unverified responses do not count under ver.*
    expect((await submit(unit.id, response())).body.verified).toBe(false);
    expect(await unitCounter(unit.id)).toMatchObject({ 'all.r': 2, 'ver.r': 1 });
  });

  it('refuses a second use (409), an unknown code and an expired one (400), writing nothing', async () => {
    const other = await makeUnit(admin, agency);
    const before = await tableSnapshot(t);
    expectProblem(await submit(unit.id, response({ serviceCode: codes[0] })), 409, 'conflict');
    expectProblem(await submit(unit.id, response({ serviceCode: 'ZZZZ-ZZZZ' })), 400, 'validation', [
      'serviceCode',
    ]);
    // A code is valid until its expiry instant, not at it.
    const expired = await at(expiresAt, () => submit(unit.id, response({ serviceCode: codes[1] })));
    expectProblem(expired, 400, 'validation', ['serviceCode']);
    expect(expired.body.errors[0].message).toMatch(/expired/);
    // A code of another unit is unknown there.
    expectProblem(await submit(other.id, response({ serviceCode: codes[2] })), 400, 'validation', [
      'serviceCode',
    ]);
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('requires a code where the unit says so', async () => {
    const strict = await makeUnit(admin, agency, { verification: 'required' });
    const { codes: strictCodes } = await issueCodes(admin, strict.id, 1);
    expectProblem(await submit(strict.id, response()), 400, 'validation', ['serviceCode']);
    const ok = await submit(strict.id, response({ serviceCode: strictCodes[0] }));
    expect(ok.status).toBe(201);
    expect(ok.body.verified).toBe(true);
  });

  it('lets exactly one of two concurrent uses of a code through', async () => {
    const code = codes[3]!;
    const usedBefore = Number((await getItem(keys.serviceCodeBatch(tenantId, unit.id, batchId)))?.used);
    const results = await Promise.all([
      submit(unit.id, response({ serviceCode: code })),
      submit(unit.id, response({ serviceCode: code, suggestion: 'kedua' })),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const items = await scanTable(t);
    expect(
      items.filter((i) => i.serviceCode === code.replace('-', '') && i.type === 'SURVEY_RESPONSE'),
    ).toHaveLength(1);
    expect((await getItem(keys.serviceCodeBatch(tenantId, unit.id, batchId)))?.used).toBe(usedBefore + 1);
  });
});

describe('getSurveyUnitIkm', () => {
  it('equals computeIkm over the raw answers (hand-checked 80.56 B), in one DynamoDB call', async () => {
    const unit = await makeUnit(admin, agency);
    const first = [
      answersOf([4, 4, 4, 4, 4, 4, 4, 4, 4]),
      answersOf([3, 3, 3, 3, 3, 3, 3, 3, 3]),
      answersOf([2, 3, 4, 1, 2, 3, 4, 3, 2]),
    ];
    for (const answers of first) expect((await submit(unit.id, response({ answers }))).status).toBe(201);
    // NRR: 3, 10/3, 11/3, 8/3, 3, 10/3, 11/3, 10/3, 3; their sum is 29; 29/9 × 25 = 80.555… → 80.56.
    const hand = await ikmOf(unit.id, '2026-05');
    expect(hand.status).toBe(200);
    expect(hand.body).toMatchObject({
      unitId: unit.id,
      period: '2026-05',
      respondents: 3,
      ikm: 80.56,
      grade: 'B',
      label: 'Baik',
    });
    expect(hand.body.elements.U2).toEqual({ nrr: 3.3333, respondents: 3 });

    const more = answerSeries(17, 42);
    for (const answers of more) expect((await submit(unit.id, response({ answers }))).status).toBe(201);
    const { result, calls } = await countDynamoCalls(() => ikmOf(unit.id, '2026'));
    expect(result.status).toBe(200);
    const want = expectedIkm([...first, ...more]);
    expect(result.body).toEqual({ unitId: unit.id, period: '2026', ...want });
    expect(calls).toEqual({ total: 1, byCommand: { BatchGetItem: 1 } });
  });

  it('reads years, semesters, quarters and months from the month counters', async () => {
    const unit = await makeUnit(admin, agency);
    const jan = answerSeries(3, 7);
    const may = answerSeries(4, 8);
    const aug = answerSeries(2, 9);
    for (const [when, set] of [
      ['2026-01-15T05:00:00.000Z', jan],
      ['2026-05-02T05:00:00.000Z', may],
      ['2026-08-20T05:00:00.000Z', aug],
    ] as const) {
      for (const answers of set)
        expect((await at(when, () => submit(unit.id, response({ answers })))).status).toBe(201);
    }
    const cases: [string, Answers[]][] = [
      ['2026', [...jan, ...may, ...aug]],
      ['2026-S1', [...jan, ...may]],
      ['2026-S2', aug],
      ['2026-Q1', jan],
      ['2026-Q2', may],
      ['2026-Q3', aug],
      ['2026-05', may],
      ['2026-01', jan],
    ];
    for (const [period, set] of cases) {
      const res = await ikmOf(unit.id, period);
      expect(res.body, period).toEqual({ unitId: unit.id, period, ...expectedIkm(set) });
    }
    const verified = await send(
      'GET',
      `/v1/public/${SLUG}/survey-units/${unit.id}/ikm?period=2026&verifiedOnly=true`,
    );
    expect(verified.body).toMatchObject({ respondents: 0, ikm: null, grade: null });
  });

  it('puts a response in the month of the tenant time zone (2026-03-31 18:00 UTC is April in Jakarta)', async () => {
    const unit = await makeUnit(admin, agency);
    const res = await at('2026-03-31T18:00:00.000Z', () => submit(unit.id, response()));
    expect(res.status).toBe(201);
    expect(await getItem(keys.surveyResponse(tenantId, unit.id, '2026-04', res.body.id))).toMatchObject({
      month: '2026-04',
      submittedAt: '2026-03-31T18:00:00.000Z',
    });
    expect((await ikmOf(unit.id, '2026-04')).body.respondents).toBe(1);
    expect((await ikmOf(unit.id, '2026-03')).body.respondents).toBe(0);
    expect((await ikmOf(unit.id, '2026-Q2')).body.respondents).toBe(1);
  });

  it('answers ikm and grade null with no responses; 404 for an unknown unit; 400 for a bad period', async () => {
    const unit = await makeUnit(admin, agency);
    const res = await ikmOf(unit.id, '2026-Q2');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ unitId: unit.id, respondents: 0, ikm: null, grade: null, label: null });
    expect(res.body.elements.U1).toEqual({ nrr: null, respondents: 0 });
    expectProblem(await ikmOf(UNKNOWN_ID, '2026'), 404, 'not-found');
    for (const period of ['2026-Q5', '26', '2026-13', '1999'])
      expectProblem(await ikmOf(unit.id, period), 400, 'validation', ['period']);
    expectProblem(await send('GET', `/v1/public/${SLUG}/survey-units/${unit.id}/ikm`), 400, 'validation', [
      'period',
    ]);
  });

  it('hides an unpublished unit from the public and from staff outside its agency', async () => {
    const unit = await makeUnit(admin, agency, { publishResults: false });
    expect((await submit(unit.id, response())).status).toBe(201);
    expectProblem(await ikmOf(unit.id, '2026'), 404, 'not-found');
    const asAdmin = await ikmOf(unit.id, '2026', admin);
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.body.respondents).toBe(1);
    expect(asAdmin.headers.get('cache-control')).toBe('private, no-store');

    await createUser(t, admin, { username: 'opd.sendiri', role: 'agency-admin', agencyId: agency.id });
    await createUser(t, admin, { username: 'opd.lain', role: 'agency-admin', agencyId: otherAgency.id });
    await createUser(t, admin, { username: 'pegawai.biasa', role: 'employee', agencyId: agency.id });
    expect((await ikmOf(unit.id, '2026', await t.loginAs(SLUG, 'opd.sendiri'))).status).toBe(200);
    expectProblem(await ikmOf(unit.id, '2026', await t.loginAs(SLUG, 'opd.lain')), 404, 'not-found');
    expectProblem(await ikmOf(unit.id, '2026', await t.loginAs(SLUG, 'pegawai.biasa')), 404, 'not-found');
    // A staff token of another tenant counts as nobody.
    const other = await createTenantViaApi(t, 'survei-asing');
    expectProblem(await ikmOf(unit.id, '2026', other.adminToken), 404, 'not-found');
    expectProblem(await ikmOf(unit.id, '2026', 'not-a-token'), 401, 'unauthorized');
  });
});

describe('getPublicIkmOverview', () => {
  it('shows published active units with this and the previous quarter, cacheable, without suggestions', async () => {
    const tenant = await createTenantViaApi(t, 'survei-transparan');
    const ag = await createAgency(t, tenant.adminToken, 'Dinas Pendidikan');
    const shown = await makeUnit(tenant.adminToken, ag, { name: 'Loket Beasiswa' });
    const quiet = await makeUnit(tenant.adminToken, ag, { name: 'Loket Sepi' });
    const hidden = await makeUnit(tenant.adminToken, ag, { name: 'Loket Tertutup', publishResults: false });
    const closed = await makeUnit(tenant.adminToken, ag, { name: 'Loket Lama' });
    const o = { slug: 'survei-transparan' };
    const q2 = answerSeries(5, 11);
    const q1 = answerSeries(3, 12);
    for (const answers of q2)
      expect((await submit(shown.id, response({ answers, suggestion: 'RAHASIA-SARAN-Q2' }), o)).status).toBe(
        201,
      );
    for (const answers of q1)
      expect(
        (
          await at('2026-02-10T02:00:00.000Z', () =>
            submit(shown.id, response({ answers, suggestion: 'RAHASIA-SARAN-Q1' }), o),
          )
        ).status,
      ).toBe(201);
    for (const u of [hidden, closed]) expect((await submit(u.id, response(), o)).status).toBe(201);
    await closeUnit(tenant.adminToken, closed);

    const res = await send('GET', '/v1/public/survei-transparan/ikm');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(res.body.tenant).toEqual({ slug: 'survei-transparan', name: 'Pemerintah survei-transparan' });
    expect(res.body.period).toBe('2026-Q2');
    expect(res.body.previousPeriod).toBe('2026-Q1');
    const point = (period: string, set: Answers[]) => {
      const r = expectedIkm(set);
      return { period, respondents: r.respondents, ikm: r.ikm, grade: r.grade, label: r.label };
    };
    expect(res.body.units).toEqual([
      {
        unitId: shown.id,
        name: 'Loket Beasiswa',
        agencyName: 'Dinas Pendidikan',
        current: point('2026-Q2', q2),
        previous: point('2026-Q1', q1),
      },
      {
        unitId: quiet.id,
        name: 'Loket Sepi',
        agencyName: 'Dinas Pendidikan',
        current: { period: '2026-Q2', respondents: 0, ikm: null, grade: null, label: null },
        previous: { period: '2026-Q1', respondents: 0, ikm: null, grade: null, label: null },
      },
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/RAHASIA|suggestion|respondent"|gender/);

    const earlier = await send('GET', '/v1/public/survei-transparan/ikm?period=2026-Q1');
    expect(earlier.body).toMatchObject({ period: '2026-Q1', previousPeriod: '2025-Q4' });
    expect(earlier.body.units[0].current).toEqual(point('2026-Q1', q1));
    expect(earlier.body.units[0].previous.respondents).toBe(0);
    const month = await send('GET', '/v1/public/survei-transparan/ikm?period=2026-05');
    expect(month.body).toMatchObject({ period: '2026-05', previousPeriod: '2026-04' });
    expect(month.body.units[0].current).toEqual(point('2026-05', q2));
    expectProblem(await send('GET', '/v1/public/survei-transparan/ikm?period=kemarin'), 400, 'validation', [
      'period',
    ]);
  });
});
