import { countDynamoCalls } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import * as employeesRepo from '@pamong/db/repos/personnel/employees';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTenantViaApi, createTestApi, PASSWORD, type TestApi } from '../support/app';
import { employeeBody } from '../support/personnel';
import {
  allPages,
  createAgency,
  createUnit,
  createUser,
  expectProblem,
  getJson,
  tableSnapshot,
  UNKNOWN_ID,
} from './helpers';

let t: TestApi;
let admin: string;
let tenantId: string;
let foreignAdmin: string;
let foreignTrainingId: string;
let agencyA: { id: string };
let agencyB: { id: string };
let unitA: { id: string };
let unitB: { id: string };
let opdA: string;
let supervisor: string;
let unlinked: string;
let seq = 1;

const SLUG = 'latih-a';
const YEAR = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date()),
);

function levels() {
  return [1, 2, 3, 4, 5].map((level) => ({ level, description: `Level ${level}` }));
}

async function competency(token: string, code: string) {
  const res = await t.call('POST', '/v1/competencies', {
    token,
    body: { code, name: `Kompetensi ${code}`, group: 'teknis', levels: levels() },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}

async function employee(
  agencyId: string,
  unitId: string,
  name: string,
  competencies?: { code: string; level: number }[],
) {
  const res = await t.call('POST', '/v1/employees', {
    token: admin,
    body: employeeBody({ agencyId, unitId, name, sequence: seq++, competencies }),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; version: number; competencies: { code: string; level: number }[] };
}

/** A staff account linked to an employee record, and its token. */
async function linkedToken(username: string, role: string, agencyId: string, employeeId: string) {
  const res = await t.call('POST', '/v1/users', {
    token: admin,
    body: { username, name: `User ${username}`, role, agencyId, employeeId, password: PASSWORD },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return t.loginAs(SLUG, username);
}

function trainingBody(over: Record<string, unknown> = {}) {
  return {
    title: 'Pelatihan Analisis Data',
    type: 'TEKNIS',
    competencies: [
      { code: 'ANALISIS-DATA', level: 3 },
      { code: 'STATISTIK', level: 2 },
    ],
    jp: 12,
    startDate: `${YEAR}-02-02`,
    endDate: `${YEAR}-02-04`,
    capacity: 30,
    organizer: 'BKPSDM',
    location: 'Aula Pemda',
    ...over,
  };
}

async function training(over: Record<string, unknown> = {}, token = admin) {
  const res = await t.call('POST', '/v1/trainings', { token, body: trainingBody(over) });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; jp: number; capacity: number; enrolled: number };
}

const enroll = (trainingId: string, token: string, body?: unknown) =>
  t.call('POST', `/v1/trainings/${trainingId}/enrollments`, { token, ...(body ? { body } : {}) });

beforeAll(async () => {
  t = await createTestApi();
  ({ adminToken: admin, tenantId } = await createTenantViaApi(t, SLUG));
  ({ adminToken: foreignAdmin } = await createTenantViaApi(t, 'latih-b'));
  agencyA = await createAgency(t, admin, 'Dinas Pendidikan');
  agencyB = await createAgency(t, admin, 'Dinas Kesehatan');
  unitA = await createUnit(t, admin, agencyA.id, 'Bidang SD');
  unitB = await createUnit(t, admin, agencyB.id, 'Bidang P2P');
  for (const code of ['ANALISIS-DATA', 'STATISTIK', 'KEPEMIMPINAN']) await competency(admin, code);
  await competency(foreignAdmin, 'ANALISIS-DATA');
  await createUser(t, admin, { username: 'opd.a', role: 'agency-admin', agencyId: agencyA.id });
  opdA = await t.loginAs(SLUG, 'opd.a');
  await createUser(t, admin, { username: 'atasan', role: 'supervisor', agencyId: agencyA.id });
  supervisor = await t.loginAs(SLUG, 'atasan');
  await createUser(t, admin, { username: 'tanpa.nip', role: 'employee', agencyId: agencyA.id });
  unlinked = await t.loginAs(SLUG, 'tanpa.nip');
  const foreign = await t.call('POST', '/v1/trainings', {
    token: foreignAdmin,
    body: trainingBody({ competencies: [{ code: 'ANALISIS-DATA', level: 2 }] }),
  });
  expect(foreign.status, JSON.stringify(foreign.body)).toBe(201);
  foreignTrainingId = foreign.body.id;
});

describe('createTraining, listTrainings, getTraining', () => {
  it('stores the training with enrolled 0 and version 1, audited, and reads it back', async () => {
    const res = await t.call('POST', '/v1/trainings', { token: admin, body: trainingBody() });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ ...trainingBody(), enrolled: 0, version: 1 });
    expect(await getJson(t, `/v1/trainings/${res.body.id}`, supervisor)).toEqual(res.body);
    const audit = await getJson(t, `/v1/audit?entityType=training&entityId=${res.body.id}`, admin);
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(['training.create']);
  });

  it('an agency admin may create one; supervisors and employees may not', async () => {
    await training({ title: 'Pelatihan OPD' }, opdA);
    expectProblem(
      await t.call('POST', '/v1/trainings', { token: supervisor, body: trainingBody() }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.call('POST', '/v1/trainings', { token: unlinked, body: trainingBody() }),
      403,
      'forbidden',
    );
  });

  it('names each bad field, and writes nothing', async () => {
    const before = await tableSnapshot(t);
    const res = await t.call('POST', '/v1/trainings', {
      token: admin,
      body: trainingBody({
        jp: 501,
        endDate: `${YEAR}-02-01`,
        type: 'SEMINAR',
        capacity: 0,
        competencies: [
          { code: 'STATISTIK', level: 6 },
          { code: 'STATISTIK', level: 2 },
        ],
        extra: 1,
      }),
    });
    expectProblem(res, 400, 'validation', ['jp', 'type', 'capacity', 'competencies.0.level', 'extra']);
    const order = await t.call('POST', '/v1/trainings', {
      token: admin,
      body: trainingBody({
        endDate: `${YEAR}-02-01`,
        competencies: [
          { code: 'A1', level: 1 },
          { code: 'A1', level: 2 },
        ],
      }),
    });
    expectProblem(order, 400, 'validation', ['endDate', 'competencies.1.code']);
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('refuses a competency code missing from the tenant catalogue at its index, and writes nothing', async () => {
    const before = await tableSnapshot(t);
    const res = await t.call('POST', '/v1/trainings', {
      token: admin,
      body: trainingBody({
        competencies: [
          { code: 'ANALISIS-DATA', level: 3 },
          { code: 'TIDAK-ADA', level: 2 },
        ],
      }),
    });
    expectProblem(res, 400, 'validation', ['competencies.1.code']);
    // Another tenant's catalogue does not count.
    const onlyForeign = await t.call('POST', '/v1/trainings', {
      token: foreignAdmin,
      body: trainingBody({ competencies: [{ code: 'STATISTIK', level: 1 }] }),
    });
    expectProblem(onlyForeign, 400, 'validation', ['competencies.0.code']);
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('lists newest first with a cursor; unknown and foreign ids are 404', async () => {
    const a = await training({ title: 'Satu' });
    const b = await training({ title: 'Dua' });
    const pages = await allPages(t, '/v1/trainings', unlinked, 2);
    const ids = pages.flat().map((x) => x.id);
    expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(a.id));
    expect(ids).not.toContain(foreignTrainingId);
    expect(new Set(ids).size).toBe(ids.length);
    expectProblem(await t.call('GET', `/v1/trainings/${UNKNOWN_ID}`, { token: admin }), 404, 'not-found');
    expectProblem(
      await t.call('GET', `/v1/trainings/${foreignTrainingId}`, { token: admin }),
      404,
      'not-found',
    );
    expectProblem(await t.call('GET', '/v1/trainings/not-an-id', { token: admin }), 400, 'validation', [
      'trainingId',
    ]);
  });
});

describe('enrollTraining and listTrainingEnrollments', () => {
  let tr: { id: string };
  let siti: { id: string };
  let budi: { id: string };
  let rina: { id: string };
  let sitiToken: string;

  beforeAll(async () => {
    tr = await training({ title: 'Pelatihan Pendaftaran' });
    siti = await employee(agencyA.id, unitA.id, 'Siti Aminah');
    budi = await employee(agencyA.id, unitA.id, 'Budi Santoso');
    rina = await employee(agencyB.id, unitB.id, 'Rina Wati');
    sitiToken = await linkedToken('siti', 'employee', agencyA.id, siti.id);
  });

  it('an employee enrols themself; a second enrolment is 409 and changes nothing', async () => {
    const res = await enroll(tr.id, sitiToken);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      trainingId: tr.id,
      employeeId: siti.id,
      employeeName: 'Siti Aminah',
      agencyId: agencyA.id,
      status: 'enrolled',
      training: { title: 'Pelatihan Pendaftaran', jp: 12, endDate: `${YEAR}-02-04` },
    });
    const before = await tableSnapshot(t);
    expectProblem(await enroll(tr.id, sitiToken, {}), 409, 'conflict');
    expect(await tableSnapshot(t)).toEqual(before);
    expect((await getJson(t, `/v1/trainings/${tr.id}`, admin)).enrolled).toBe(1);
  });

  it('404 without an employeeId claim; 403 when a non-admin enrols someone else', async () => {
    expectProblem(await enroll(tr.id, unlinked), 404, 'not-found');
    expectProblem(await enroll(tr.id, sitiToken, { employeeId: budi.id }), 403, 'forbidden');
    expectProblem(await enroll(tr.id, supervisor, { employeeId: budi.id }), 403, 'forbidden');
  });

  it('admins enrol others: an agency admin only inside their agency', async () => {
    expectProblem(await enroll(tr.id, opdA, { employeeId: rina.id }), 403, 'forbidden');
    expect((await enroll(tr.id, opdA, { employeeId: budi.id })).status).toBe(201);
    expect((await enroll(tr.id, admin, { employeeId: rina.id })).status).toBe(201);
    expectProblem(await enroll(tr.id, admin, { employeeId: UNKNOWN_ID }), 404, 'not-found');
    expectProblem(await enroll(tr.id, admin, { employeeId: 'x' }), 400, 'validation', ['employeeId']);
    expectProblem(await enroll(tr.id, admin, { employeeId: budi.id, extra: true }), 400, 'validation', [
      'extra',
    ]);
    expectProblem(await enroll(UNKNOWN_ID, sitiToken), 404, 'not-found');
    expectProblem(await enroll(foreignTrainingId, sitiToken), 404, 'not-found');
  });

  it('lists enrolments to admins: an agency admin sees their own agency only', async () => {
    const all = (await allPages(t, `/v1/trainings/${tr.id}/enrollments`, admin, 2)).flat();
    expect(all.map((e) => e.employeeId).sort()).toEqual([siti.id, budi.id, rina.id].sort());
    const own = (await allPages(t, `/v1/trainings/${tr.id}/enrollments`, opdA, 10)).flat();
    expect(own.map((e) => e.employeeId).sort()).toEqual([siti.id, budi.id].sort());
    // The training's enrolment count is the list's total, on the first page only; an agency admin's
    // part of the list has no total (the count covers every agency).
    const first = await getJson(t, `/v1/trainings/${tr.id}/enrollments?limit=2`, admin);
    expect(first.total).toBe(3);
    const second = await getJson(
      t,
      `/v1/trainings/${tr.id}/enrollments?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`,
      admin,
    );
    expect(second).not.toHaveProperty('total');
    expect(await getJson(t, `/v1/trainings/${tr.id}/enrollments`, opdA)).not.toHaveProperty('total');
    expectProblem(
      await t.call('GET', `/v1/trainings/${tr.id}/enrollments`, { token: supervisor }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.call('GET', `/v1/trainings/${foreignTrainingId}/enrollments`, { token: admin }),
      404,
      'not-found',
    );
  });

  it('never takes more seats than the capacity under parallel enrolments', async () => {
    const small = await training({ title: 'Kelas Kecil', capacity: 3 });
    const people = [];
    for (let i = 0; i < 8; i++) people.push(await employee(agencyA.id, unitA.id, `Peserta ${i}`));
    const results = await Promise.all(people.map((p) => enroll(small.id, admin, { employeeId: p.id })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(5);
    for (const r of results.filter((x) => x.status === 409)) expectProblem(r, 409, 'conflict');
    expect((await getJson(t, `/v1/trainings/${small.id}`, admin)).enrolled).toBe(3);
    const listed = (await allPages(t, `/v1/trainings/${small.id}/enrollments`, admin, 100)).flat();
    expect(listed).toHaveLength(3);
  });
});

describe('completeTraining, getMyTraining and listTrainingShortfall', () => {
  let tr: { id: string };
  let dewi: { id: string; version: number };
  let dewiToken: string;

  beforeAll(async () => {
    tr = await training({ title: 'Pelatihan Data Lanjut', jp: 15 });
    dewi = await employee(agencyA.id, unitA.id, 'Dewi Lestari', [
      { code: 'ANALISIS-DATA', level: 4 },
      { code: 'KEPEMIMPINAN', level: 1 },
    ]);
    dewiToken = await linkedToken('dewi', 'employee', agencyA.id, dewi.id);
    expect((await enroll(tr.id, dewiToken)).status).toBe(201);
  });

  const complete = (trainingId: string, body: unknown, token = admin) =>
    t.call('POST', `/v1/trainings/${trainingId}/completions`, { token, body });

  it('validates the body and hides enrolments that do not exist', async () => {
    expectProblem(
      await complete(tr.id, { employeeId: dewi.id, result: 'LULUS_BANGET', score: 101 }),
      400,
      'validation',
      ['result', 'score'],
    );
    expectProblem(await complete(tr.id, { result: 'LULUS' }), 400, 'validation', ['employeeId']);
    const other = await employee(agencyA.id, unitA.id, 'Tidak Terdaftar');
    expectProblem(await complete(tr.id, { employeeId: other.id, result: 'LULUS' }), 404, 'not-found');
    expectProblem(
      await complete(foreignTrainingId, { employeeId: dewi.id, result: 'LULUS' }),
      404,
      'not-found',
    );
    expectProblem(
      await complete(tr.id, { employeeId: dewi.id, result: 'LULUS' }, supervisor),
      403,
      'forbidden',
    );
    expectProblem(
      await complete(tr.id, { employeeId: dewi.id, result: 'LULUS' }, dewiToken),
      403,
      'forbidden',
    );
  });

  it('LULUS credits the JP to the year and raises competencies, never lowering one', async () => {
    const res = await complete(tr.id, { employeeId: dewi.id, result: 'LULUS', score: 88.5 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.enrollment).toMatchObject({
      status: 'completed',
      result: 'LULUS',
      score: 88.5,
      jp: 15,
      version: 2,
    });
    expect(res.body.raised).toEqual([{ code: 'STATISTIK', from: null, to: 2 }]);
    const emp = await getJson(t, `/v1/employees/${dewi.id}`, admin);
    expect(emp.competencies).toEqual([
      { code: 'ANALISIS-DATA', level: 4 },
      { code: 'KEPEMIMPINAN', level: 1 },
      { code: 'STATISTIK', level: 2 },
    ]);
    expect(emp.version).toBe(dewi.version + 1);
    // The competency index follows the profile: search finds Dewi by the new competency.
    const search = await getJson(t, '/v1/personnel/search?competency=STATISTIK:2', admin);
    expect(search.items.map((i: { id: string }) => i.id)).toContain(dewi.id);
    const jp = await t.store.get<Record<string, unknown>>(keys.jpTotal(tenantId, YEAR, dewi.id), true);
    expect(jp).toMatchObject({
      jp: 15,
      employeeId: dewi.id,
      name: 'Dewi Lestari',
      agencyId: agencyA.id,
      year: YEAR,
    });
    const audit = await getJson(t, `/v1/audit?entityType=training&entityId=${tr.id}`, admin);
    expect(audit.items.map((a: { action: string }) => a.action)).toContain('training.complete');
    const empAudit = await getJson(t, `/v1/audit?entityType=employee&entityId=${dewi.id}`, admin);
    expect(empAudit.items.map((a: { action: string }) => a.action)).toContain('employee.competencies');
  });

  it('a second completion is 409 and writes nothing', async () => {
    const before = await tableSnapshot(t);
    expectProblem(await complete(tr.id, { employeeId: dewi.id, result: 'LULUS' }), 409, 'conflict');
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('TIDAK_LULUS credits the given JP but leaves competencies alone; JP adds up over the year', async () => {
    const second = await training({
      title: 'Kepemimpinan',
      competencies: [{ code: 'KEPEMIMPINAN', level: 3 }],
      jp: 10,
    });
    expect((await enroll(second.id, dewiToken)).status).toBe(201);
    const res = await complete(second.id, { employeeId: dewi.id, result: 'TIDAK_LULUS', jp: 4 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.raised).toEqual([]);
    expect((await getJson(t, `/v1/employees/${dewi.id}`, admin)).competencies).toContainEqual({
      code: 'KEPEMIMPINAN',
      level: 1,
    });
    const mine = await getJson(t, '/v1/personnel/me/training', dewiToken);
    expect(mine).toMatchObject({
      employeeId: dewi.id,
      year: YEAR,
      progress: { total: 19, target: 20, remaining: 1, percent: 95, met: false },
    });
    expect(mine.items.map((e: { trainingId: string }) => e.trainingId).sort()).toEqual(
      [tr.id, second.id].sort(),
    );
    const lastYear = await getJson(t, `/v1/personnel/me/training?year=${YEAR - 1}`, dewiToken);
    expect(lastYear).toMatchObject({ items: [], progress: { total: 0, remaining: 20, percent: 0 } });
  });

  it('retries once when the employee changed between the read and the write', async () => {
    const third = await training({
      title: 'Statistik Lanjut',
      competencies: [{ code: 'STATISTIK', level: 4 }],
      jp: 2,
    });
    expect((await enroll(third.id, dewiToken)).status).toBe(201);
    const store = t.store;
    const original = store.transact.bind(store);
    let bumped = false;
    store.transact = async (items) => {
      if (!bumped) {
        bumped = true;
        const actor = { tenantId, sub: 'test', role: 'tenant-admin', requestId: 'test' };
        const current = await employeesRepo.getStoredEmployee(store, tenantId, dewi.id, true);
        await employeesRepo.updateEmployee(
          store,
          actor,
          dewi.id,
          { phone: '081234567890', version: current.version },
          new Date(),
        );
      }
      return original(items);
    };
    try {
      const res = await complete(third.id, { employeeId: dewi.id, result: 'LULUS' });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    } finally {
      store.transact = original;
    }
    const emp = await getJson(t, `/v1/employees/${dewi.id}`, admin);
    expect(emp.phone).toBe('081234567890');
    expect(emp.competencies).toContainEqual({ code: 'STATISTIK', level: 4 });
    expect((await getJson(t, '/v1/personnel/me/training', dewiToken)).progress).toMatchObject({
      total: 21,
      met: true,
    });
  });

  it('getMyTraining needs an employee record and a sane year', async () => {
    expectProblem(await t.call('GET', '/v1/personnel/me/training', { token: unlinked }), 404, 'not-found');
    expectProblem(
      await t.call('GET', '/v1/personnel/me/training?year=19', { token: dewiToken }),
      400,
      'validation',
      ['year'],
    );
  });

  it('lists employees below 20 JP with one Query and one BatchGetItem per page', async () => {
    const { result, calls } = await countDynamoCalls(() =>
      t.call('GET', `/v1/personnel/training-shortfall?year=${YEAR}&limit=5`, { token: admin }),
    );
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    expect(calls.byCommand.Query).toBe(1);
    expect(calls.byCommand.BatchGetItem).toBe(1);
    const rows = (await allPages(t, `/v1/personnel/training-shortfall?year=${YEAR}`, admin, 3)).flat();
    const names = rows.map((r) => r.name);
    expect(names).not.toContain('Dewi Lestari');
    expect(names).toContain('Rina Wati');
    expect(rows.find((r) => r.name === 'Siti Aminah')).toMatchObject({
      jp: 0,
      target: 20,
      remaining: 20,
      percent: 0,
    });
    expect(new Set(rows.map((r) => r.employeeId)).size).toBe(rows.length);
    // Last year Dewi had nothing either.
    const lastYear = (
      await allPages(t, `/v1/personnel/training-shortfall?year=${YEAR - 1}`, admin, 100)
    ).flat();
    expect(lastYear.map((r) => r.name)).toContain('Dewi Lestari');
  });

  it('shows a partial JP, and an agency admin only their own agency', async () => {
    const budiLike = await employee(agencyA.id, unitA.id, 'Agus Parsial');
    const tr2 = await training({ title: 'Parsial', jp: 5, competencies: [] });
    expect((await enroll(tr2.id, admin, { employeeId: budiLike.id })).status).toBe(201);
    expect((await complete(tr2.id, { employeeId: budiLike.id, result: 'LULUS' })).status).toBe(200);
    const own = (await allPages(t, '/v1/personnel/training-shortfall', opdA, 100)).flat();
    expect(own.every((r) => r.agencyId === agencyA.id)).toBe(true);
    expect(own.find((r) => r.employeeId === budiLike.id)).toMatchObject({
      jp: 5,
      remaining: 15,
      percent: 25,
    });
    expectProblem(
      await t.call('GET', `/v1/personnel/training-shortfall?agencyId=${agencyB.id}`, { token: opdA }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.call('GET', '/v1/personnel/training-shortfall', { token: supervisor }),
      403,
      'forbidden',
    );
    const foreign = await getJson(t, '/v1/personnel/training-shortfall', foreignAdmin);
    expect(foreign.items).toEqual([]);
  });
});
