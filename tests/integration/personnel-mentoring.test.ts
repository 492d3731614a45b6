import { countDynamoCalls } from '@pamong/db';
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
let foreignAdmin: string;
let foreignEmployeeId: string;
let agencyA: { id: string };
let agencyB: { id: string };
let unitA: { id: string };
let unitB: { id: string };
let opdA: string;
let supervisor: string;
let seq = 1;

const SLUG = 'mentor-a';
const YEAR = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date()),
);

// Employees
let mentor1: { id: string }; // agency A, offers ANALISIS-DATA:4 and STATISTIK:3
let mentor2: { id: string }; // agency B, offers ANALISIS-DATA:4
let mentor3: { id: string }; // agency A, inactive, offers STATISTIK:5
let mentee: { id: string }; // CPNS in agency A, position needs ANALISIS-DATA:3 and STATISTIK:2
let senior: { id: string }; // PNS since 2015: not new
let outsider: { id: string }; // an employee with no mentoring role
let mentor1Token: string;
let menteeToken: string;
let outsiderToken: string;

async function employee(token: string, agencyId: string, unitId: string, o: Record<string, unknown>) {
  const res = await t.call('POST', '/v1/employees', {
    token,
    body: employeeBody({ agencyId, unitId, sequence: seq++, ...o } as Parameters<typeof employeeBody>[0]),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string };
}

async function linkedToken(username: string, role: string, agencyId: string, employeeId: string) {
  const res = await t.call('POST', '/v1/users', {
    token: admin,
    body: { username, name: `User ${username}`, role, agencyId, employeeId, password: PASSWORD },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return t.loginAs(SLUG, username);
}

const profile = (over: Record<string, unknown> = {}) => ({
  offeredCompetencies: [{ code: 'ANALISIS-DATA', level: 4 }],
  capacity: 2,
  active: true,
  ...over,
});
const putMentor = (employeeId: string, body: unknown, token = admin) =>
  t.call('PUT', `/v1/mentoring/mentors/${employeeId}`, { token, body });
const startBody = (mentorEmployeeId: string, menteeEmployeeId: string) => ({
  mentorEmployeeId,
  menteeEmployeeId,
  startDate: `${YEAR}-01-15`,
  goals: ['Memahami analisis data kepegawaian', 'Menyusun laporan statistik'],
});
const start = (body: unknown, token = admin) =>
  t.call('POST', '/v1/mentoring/relationships', { token, body });

beforeAll(async () => {
  t = await createTestApi();
  ({ adminToken: admin } = await createTenantViaApi(t, SLUG));
  ({ adminToken: foreignAdmin } = await createTenantViaApi(t, 'mentor-b'));
  agencyA = await createAgency(t, admin, 'Badan Kepegawaian');
  agencyB = await createAgency(t, admin, 'Dinas Kesehatan');
  unitA = await createUnit(t, admin, agencyA.id, 'Bidang Data');
  unitB = await createUnit(t, admin, agencyB.id, 'Bidang P2P');
  for (const code of ['ANALISIS-DATA', 'STATISTIK', 'KEPEMIMPINAN']) {
    const res = await t.call('POST', '/v1/competencies', {
      token: admin,
      body: {
        code,
        name: `Kompetensi ${code}`,
        group: 'teknis',
        levels: [1, 2, 3, 4, 5].map((level) => ({ level, description: `Level ${level}` })),
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
  const position = await t.call('POST', '/v1/positions', {
    token: admin,
    body: {
      agencyId: agencyA.id,
      unitId: unitA.id,
      name: 'Analis SDM Aparatur',
      type: 'PELAKSANA',
      positionClass: 7,
      requiredEducation: { levels: ['S1'], majors: [] },
      requiredCompetencies: [
        { code: 'ANALISIS-DATA', minLevel: 3 },
        { code: 'STATISTIK', minLevel: 2 },
      ],
      seats: 2,
    },
  });
  expect(position.status, JSON.stringify(position.body)).toBe(201);
  mentor1 = await employee(admin, agencyA.id, unitA.id, { name: 'Mentor Satu' });
  mentor2 = await employee(admin, agencyB.id, unitB.id, { name: 'Mentor Dua' });
  mentor3 = await employee(admin, agencyA.id, unitA.id, { name: 'Mentor Tiga' });
  senior = await employee(admin, agencyA.id, unitA.id, { name: 'Pegawai Senior' });
  outsider = await employee(admin, agencyA.id, unitA.id, { name: 'Orang Luar' });
  mentee = await employee(admin, agencyA.id, unitA.id, {
    name: 'Calon Pegawai',
    employmentType: 'CPNS',
    rank: 'III/a',
    birthDate: '1999-04-10',
    tmtCpns: `${YEAR - 1}-03-01`,
    positionId: position.body.id,
    competencies: [{ code: 'STATISTIK', level: 3 }],
  });
  mentor1Token = await linkedToken('mentor.satu', 'employee', agencyA.id, mentor1.id);
  menteeToken = await linkedToken('cpns', 'employee', agencyA.id, mentee.id);
  outsiderToken = await linkedToken('luar', 'supervisor', agencyA.id, outsider.id);
  await createUser(t, admin, { username: 'opd.a', role: 'agency-admin', agencyId: agencyA.id });
  opdA = await t.loginAs(SLUG, 'opd.a');
  await createUser(t, admin, { username: 'atasan', role: 'supervisor', agencyId: agencyA.id });
  supervisor = await t.loginAs(SLUG, 'atasan');
  const foreignAgency = await createAgency(t, foreignAdmin, 'Dinas Luar');
  const foreignUnit = await createUnit(t, foreignAdmin, foreignAgency.id, 'Bidang Luar');
  foreignEmployeeId = (
    await employee(foreignAdmin, foreignAgency.id, foreignUnit.id, { name: 'Pegawai Lain' })
  ).id;
});

describe('upsertMentorProfile and listMentors', () => {
  it('an employee offers themself (201), then changes the profile with its version (200), audited', async () => {
    const res = await putMentor(
      mentor1.id,
      profile({
        offeredCompetencies: [
          { code: 'STATISTIK', level: 3 },
          { code: 'ANALISIS-DATA', level: 4 },
        ],
        capacity: 1,
      }),
      mentor1Token,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      employeeId: mentor1.id,
      name: 'Mentor Satu',
      agencyId: agencyA.id,
      capacity: 1,
      activeMentees: 0,
      active: true,
      version: 1,
      offeredCompetencies: [
        { code: 'ANALISIS-DATA', level: 4 },
        { code: 'STATISTIK', level: 3 },
      ],
    });
    const before = await tableSnapshot(t);
    expectProblem(await putMentor(mentor1.id, profile(), mentor1Token), 409, 'version-conflict');
    expectProblem(
      await putMentor(mentor1.id, profile({ version: 7 }), mentor1Token),
      409,
      'version-conflict',
    );
    expect(await tableSnapshot(t)).toEqual(before);
    const offered = [...res.body.offeredCompetencies, { code: 'KEPEMIMPINAN', level: 2 }];
    const again = await putMentor(
      mentor1.id,
      profile({ offeredCompetencies: offered, capacity: 1, version: 1 }),
      mentor1Token,
    );
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.offeredCompetencies).toContainEqual({ code: 'KEPEMIMPINAN', level: 2 });
    expect(again.body.version).toBe(2);
    const audit = await getJson(t, `/v1/audit?entityType=mentor&entityId=${mentor1.id}`, admin);
    expect(audit.items.map((a: { action: string }) => a.action).sort()).toEqual([
      'mentor.create',
      'mentor.update',
    ]);
  });

  it('admins set up others: tenant admin anyone, agency admin only their agency; others 403', async () => {
    expect((await putMentor(mentor2.id, profile({ capacity: 3 }))).status).toBe(201);
    expectProblem(await putMentor(mentor2.id, profile({ version: 1 }), opdA), 403, 'forbidden');
    const inactive = await putMentor(
      mentor3.id,
      profile({ offeredCompetencies: [{ code: 'STATISTIK', level: 5 }], active: false }),
      opdA,
    );
    expect(inactive.status, JSON.stringify(inactive.body)).toBe(201);
    expectProblem(await putMentor(outsider.id, profile(), mentor1Token), 403, 'forbidden');
    expectProblem(await putMentor(outsider.id, profile(), supervisor), 403, 'forbidden');
    expectProblem(await putMentor(UNKNOWN_ID, profile()), 404, 'not-found');
    expectProblem(await putMentor(foreignEmployeeId, profile()), 404, 'not-found');
  });

  it('names bad fields, refuses codes outside the catalogue, and writes nothing', async () => {
    const before = await tableSnapshot(t);
    expectProblem(
      await putMentor(outsider.id, { offeredCompetencies: [], capacity: 11, active: 'ya' }),
      400,
      'validation',
      ['offeredCompetencies', 'capacity', 'active'],
    );
    expectProblem(
      await putMentor(
        outsider.id,
        profile({
          offeredCompetencies: [
            { code: 'STATISTIK', level: 2 },
            { code: 'TIDAK-ADA', level: 2 },
          ],
        }),
      ),
      400,
      'validation',
      ['offeredCompetencies.1.code'],
    );
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('lists active mentors only', async () => {
    const listed = (await allPages(t, '/v1/mentoring/mentors', menteeToken, 1)).flat();
    expect(listed.map((m) => m.employeeId).sort()).toEqual([mentor1.id, mentor2.id].sort());
    expect((await getJson(t, '/v1/mentoring/mentors', foreignAdmin)).items).toEqual([]);
  });
});

describe('suggestMentors', () => {
  it("ranks mentors by the mentee's position needs above their own level", async () => {
    const res = await getJson(t, `/v1/mentoring/suggestions?menteeId=${mentee.id}`, admin);
    expect(res.neededCompetencies.sort()).toEqual(['ANALISIS-DATA', 'STATISTIK']);
    // The mentee already holds STATISTIK 3, so Mentor Satu (STATISTIK 3) only grows ANALISIS-DATA;
    // the tie with Mentor Dua is broken by the same agency.
    expect(res.items.map((i: { mentor: { employeeId: string } }) => i.mentor.employeeId)).toEqual([
      mentor1.id,
      mentor2.id,
    ]);
    expect(res.items[0]).toMatchObject({
      matched: ['ANALISIS-DATA'],
      score: 0.5,
      factors: { overlap: 1, sameAgency: true },
    });
    expect(res.items[1]).toMatchObject({ factors: { sameAgency: false, freeCapacity: 3 } });
  });

  it('the mentee may ask for themself; others of that role may not see the mentee', async () => {
    expect(
      (await getJson(t, `/v1/mentoring/suggestions?menteeId=${mentee.id}`, menteeToken)).items,
    ).toHaveLength(2);
    expectProblem(
      await t.call('GET', `/v1/mentoring/suggestions?menteeId=${mentee.id}`, { token: mentor1Token }),
      404,
      'not-found',
    );
  });

  it('is 409 conflict in words for an employee who is not new, and 404 for unknown or foreign ids', async () => {
    const res = await t.call('GET', `/v1/mentoring/suggestions?menteeId=${senior.id}`, { token: admin });
    expectProblem(res, 409, 'conflict');
    expect(res.body.errors).toBeUndefined();
    expect(res.body.detail).toBe(
      'Mentor suggestions are for new employees (CPNS, or PNS/PPPK in their first 2 years of service); this employee is not new (no longer new since 2017-05-01).',
    );
    expectProblem(
      await t.call('GET', `/v1/mentoring/suggestions?menteeId=${UNKNOWN_ID}`, { token: admin }),
      404,
      'not-found',
    );
    expectProblem(
      await t.call('GET', `/v1/mentoring/suggestions?menteeId=${foreignEmployeeId}`, { token: admin }),
      404,
      'not-found',
    );
    expectProblem(await t.call('GET', '/v1/mentoring/suggestions', { token: admin }), 400, 'validation', [
      'menteeId',
    ]);
  });
});

describe('getMenteeEligibility', () => {
  it('says whether suggestions are open, why, and until when; employees ask for themselves by default', async () => {
    expect(await getJson(t, '/v1/mentoring/eligibility', menteeToken)).toEqual({
      menteeId: mentee.id,
      eligible: true,
      reason: 'cpns',
      countedFrom: null,
      newUntil: null,
      newEmployeeYears: 2,
    });
    expect(await getJson(t, `/v1/mentoring/eligibility?menteeId=${senior.id}`, admin)).toEqual({
      menteeId: senior.id,
      eligible: false,
      reason: 'established',
      countedFrom: '2015-05-01',
      newUntil: '2017-05-01',
      newEmployeeYears: 2,
    });
    expect(await getJson(t, '/v1/mentoring/eligibility', mentor1Token)).toMatchObject({
      menteeId: mentor1.id,
      eligible: false,
    });
  });

  it('is one GetItem of the employee (tenant and account cached)', async () => {
    await getJson(t, `/v1/mentoring/eligibility?menteeId=${senior.id}`, admin);
    const { calls } = await countDynamoCalls(() =>
      t.call('GET', `/v1/mentoring/eligibility?menteeId=${senior.id}`, { token: admin }),
    );
    expect(calls.byCommand).toEqual({ GetItem: 1 });
  });

  it('asks for menteeId from an account without an employee record; hides others like getEmployee', async () => {
    expectProblem(await t.call('GET', '/v1/mentoring/eligibility', { token: admin }), 400, 'validation', [
      'menteeId',
    ]);
    expectProblem(
      await t.call('GET', `/v1/mentoring/eligibility?menteeId=${senior.id}`, { token: menteeToken }),
      404,
      'not-found',
    );
    expectProblem(
      await t.call('GET', `/v1/mentoring/eligibility?menteeId=${foreignEmployeeId}`, { token: admin }),
      404,
      'not-found',
    );
    expectProblem(
      await t.call('GET', '/v1/mentoring/eligibility?menteeId=nope', { token: admin }),
      400,
      'validation',
      ['menteeId'],
    );
  });
});

describe('mentorships', () => {
  let m1: { id: string; version: number; menteeEmployeeId: string };

  it('validates the body and the mentor, writing nothing', async () => {
    const before = await tableSnapshot(t);
    expectProblem(await start({ ...startBody(mentor1.id, mentor1.id), goals: [] }), 400, 'validation', [
      'menteeEmployeeId',
      'goals',
    ]);
    expectProblem(await start(startBody(mentor3.id, mentee.id)), 400, 'validation', ['mentorEmployeeId']);
    expectProblem(await start(startBody(outsider.id, mentee.id)), 400, 'validation', ['mentorEmployeeId']);
    expectProblem(await start(startBody(mentor1.id, UNKNOWN_ID)), 400, 'validation', ['menteeEmployeeId']);
    expectProblem(await start(startBody(mentor1.id, foreignEmployeeId)), 400, 'validation', [
      'menteeEmployeeId',
    ]);
    expectProblem(await start(startBody(mentor1.id, mentee.id), supervisor), 403, 'forbidden');
    expectProblem(await start(startBody(mentor1.id, mentee.id), mentor1Token), 403, 'forbidden');
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('two parallel starts on a mentor with one place: exactly one succeeds', async () => {
    const [a, b] = await Promise.all([
      start(startBody(mentor1.id, mentee.id)),
      start(startBody(mentor1.id, senior.id), opdA),
    ]);
    const ok = [a, b].filter((r) => r.status === 201);
    const refused = [a, b].filter((r) => r.status === 409);
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expectProblem(refused[0]!, 409, 'conflict');
    m1 = ok[0]!.body;
    expect(m1).toMatchObject({
      status: 'active',
      mentorEmployeeId: mentor1.id,
      mentorName: 'Mentor Satu',
      version: 1,
    });
    const mentors = await getJson(t, '/v1/mentoring/mentors', admin);
    expect(mentors.items.find((m: { employeeId: string }) => m.employeeId === mentor1.id).activeMentees).toBe(
      1,
    );
    // Full now: a third start is refused too.
    expectProblem(await start(startBody(mentor1.id, outsider.id)), 409, 'conflict');
    // Capacity cannot drop below the mentees held.
    expect((await start(startBody(mentor2.id, mentee.id))).status).toBe(201);
    expect((await start(startBody(mentor2.id, senior.id))).status).toBe(201);
    const prof = (await getJson(t, '/v1/mentoring/mentors', admin)).items.find(
      (m: { employeeId: string }) => m.employeeId === mentor2.id,
    );
    expect(prof.activeMentees).toBe(2);
    const before = await tableSnapshot(t);
    expectProblem(
      await putMentor(mentor2.id, profile({ capacity: 1, version: prof.version })),
      400,
      'validation',
      ['capacity'],
    );
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('an agency admin starts mentorships only for mentees of their agency', async () => {
    const rina = await employee(admin, agencyB.id, unitB.id, {
      name: 'Rina Wati',
      employmentType: 'CPNS',
      rank: 'II/c',
      birthDate: '2000-02-02',
      tmtCpns: `${YEAR}-01-01`,
    });
    expectProblem(await start(startBody(mentor2.id, rina.id), opdA), 403, 'forbidden');
    expect((await start(startBody(mentor2.id, rina.id))).status).toBe(201);
  });

  it('lists by role: admins all (agency admin: their agency), mentors their mentees, mentees their own', async () => {
    const all = (await allPages(t, '/v1/mentoring/relationships', admin, 1)).flat();
    expect(all).toHaveLength(4);
    const agency = (await allPages(t, '/v1/mentoring/relationships', opdA, 10)).flat();
    expect(agency.every((m) => m.agencyId === agencyA.id || m.mentorAgencyId === agencyA.id)).toBe(true);
    expect(agency.map((m) => m.menteeName)).not.toContain('Rina Wati');
    const asMentor = (await allPages(t, '/v1/mentoring/relationships', mentor1Token, 1)).flat();
    expect(asMentor.map((m) => m.id)).toEqual([m1.id]);
    const asMentee = (await allPages(t, '/v1/mentoring/relationships', menteeToken, 1)).flat();
    // Which of the two racers got mentor1's one place is up to DynamoDB (see the race test).
    const mentorsOfMentee = m1.menteeEmployeeId === mentee.id ? [mentor1.id, mentor2.id] : [mentor2.id];
    expect(asMentee.map((m) => m.mentorEmployeeId).sort()).toEqual(mentorsOfMentee.sort());
    expect((await getJson(t, '/v1/mentoring/relationships', outsiderToken)).items).toEqual([]);
    expect((await getJson(t, '/v1/mentoring/relationships', supervisor)).items).toEqual([]);
    expectProblem(
      await t.call('GET', '/v1/mentoring/relationships?cursor=rubbish', { token: mentor1Token }),
      400,
      'bad-cursor',
    );
  });

  it('the mentor or an admin records check-ins; anyone else gets 404', async () => {
    const path = `/v1/mentoring/relationships/${m1.id}/check-ins`;
    const note = { date: `${YEAR}-02-01`, note: 'Membahas rencana belajar analisis data.' };
    const { result: res, calls } = await countDynamoCalls(() =>
      t.call('POST', path, { token: mentor1Token, body: note }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ mentorshipId: m1.id, ...note, by: { role: 'employee' } });
    expect(calls.byCommand.TransactWriteItems).toBe(1);
    expect((await t.call('POST', path, { token: opdA, body: note })).status).toBe(201);
    const before = await tableSnapshot(t);
    expectProblem(await t.call('POST', path, { token: menteeToken, body: note }), 404, 'not-found');
    expectProblem(await t.call('POST', path, { token: outsiderToken, body: note }), 404, 'not-found');
    expectProblem(await t.call('POST', path, { token: foreignAdmin, body: note }), 404, 'not-found');
    expectProblem(
      await t.call('POST', `/v1/mentoring/relationships/${UNKNOWN_ID}/check-ins`, {
        token: admin,
        body: note,
      }),
      404,
      'not-found',
    );
    expectProblem(
      await t.call('POST', path, { token: admin, body: { date: '2020-01-01', note: 'x' } }),
      400,
      'validation',
      ['date'],
    );
    expectProblem(
      await t.call('POST', path, { token: admin, body: { date: 'kemarin', note: '' } }),
      400,
      'validation',
      ['date', 'note'],
    );
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it("ends with the current version, freeing the mentor's place in the same write", async () => {
    const path = `/v1/mentoring/relationships/${m1.id}/end`;
    const body = { endDate: `${YEAR}-06-30`, reason: 'Masa orientasi selesai', version: 1 };
    const before = await tableSnapshot(t);
    expectProblem(
      await t.call('POST', path, { token: admin, body: { ...body, version: 9 } }),
      409,
      'version-conflict',
    );
    expectProblem(
      await t.call('POST', path, { token: admin, body: { ...body, endDate: `${YEAR}-01-01` } }),
      400,
      'validation',
      ['endDate'],
    );
    expectProblem(await t.call('POST', path, { token: menteeToken, body }), 404, 'not-found');
    expect(await tableSnapshot(t)).toEqual(before);
    const res = await t.call('POST', path, { token: mentor1Token, body });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ended',
      endDate: body.endDate,
      endReason: body.reason,
      version: 2,
    });
    const mentors = await getJson(t, '/v1/mentoring/mentors', admin);
    expect(mentors.items.find((m: { employeeId: string }) => m.employeeId === mentor1.id).activeMentees).toBe(
      0,
    );
    // The mentee's own list shows the end too (its copy changed in the same transaction).
    // (The race test decides who the mentee is; only `mentee` has a login here.)
    const viewer = m1.menteeEmployeeId === mentee.id ? menteeToken : admin;
    const mine = (await allPages(t, '/v1/mentoring/relationships', viewer, 10)).flat();
    expect(mine.find((m) => m.id === m1.id)).toMatchObject({ status: 'ended', version: 2 });
    expectProblem(
      await t.call('POST', path, { token: admin, body: { ...body, version: 2 } }),
      409,
      'conflict',
    );
    expectProblem(
      await t.call('POST', `/v1/mentoring/relationships/${m1.id}/check-ins`, {
        token: admin,
        body: { date: `${YEAR}-07-01`, note: 'Terlambat' },
      }),
      409,
      'conflict',
    );
    const audit = await getJson(t, `/v1/audit?entityType=mentorship&entityId=${m1.id}`, admin);
    expect(audit.items.map((a: { action: string }) => a.action).sort()).toEqual([
      'mentorship.check-in',
      'mentorship.check-in',
      'mentorship.create',
      'mentorship.end',
    ]);
    // The freed place can be taken again.
    expect((await start(startBody(mentor1.id, outsider.id))).status).toBe(201);
  });
});

describe('listMentoringCheckIns', () => {
  type Row = { id: string; menteeName: string; mentorEmployeeId: string; menteeEmployeeId: string };
  let m2: Row; // Mentor Dua (agency B) with the CPNS (agency A)
  let rinaShip: Row; // Mentor Dua with Rina Wati, both in agency B
  let first: Row; // Mentor Satu with the CPNS: two check-ins, ended above
  const path = (id: string) => `/v1/mentoring/relationships/${id}/check-ins`;
  const add = async (id: string, date: string, note: string) => {
    const res = await t.call('POST', path(id), { token: admin, body: { date, note } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string };
  };

  beforeAll(async () => {
    const all = (await allPages(t, '/v1/mentoring/relationships', admin, 100)).flat() as Row[];
    m2 = all.find((m) => m.mentorEmployeeId === mentor2.id && m.menteeEmployeeId === mentee.id)!;
    rinaShip = all.find((m) => m.menteeName === 'Rina Wati')!;
    // mentor1's mentorship from the race test, whichever racer won it.
    first = all.find(
      (m) => m.mentorEmployeeId === mentor1.id && [mentee.id, senior.id].includes(m.menteeEmployeeId),
    )!;
    expect([m2, rinaShip, first].every(Boolean)).toBe(true);
  });

  it('lists them newest date first, with one GetItem and one Query per page', async () => {
    // Recorded out of date order: the order comes from the date in the key, not from the write.
    const march = await add(m2.id, `${YEAR}-03-10`, 'Meninjau laporan statistik bulanan.');
    const feb = await add(m2.id, `${YEAR}-02-20`, 'Menyusun rencana belajar.');
    await t.call('GET', path(m2.id), { token: admin });
    const { result: res, calls } = await countDynamoCalls(() => t.call('GET', path(m2.id), { token: admin }));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    expect(res.body.items).toEqual([
      expect.objectContaining({
        id: march.id,
        mentorshipId: m2.id,
        date: `${YEAR}-03-10`,
        note: 'Meninjau laporan statistik bulanan.',
        by: expect.objectContaining({ role: 'tenant-admin' }),
      }),
      expect.objectContaining({ id: feb.id, date: `${YEAR}-02-20`, note: 'Menyusun rencana belajar.' }),
    ]);
    // Only the check-in's own fields: no keys or item type.
    expect(Object.keys(res.body.items[0]).sort()).toEqual(
      ['by', 'createdAt', 'date', 'id', 'mentorshipId', 'note'].sort(),
    );
    expect(calls).toEqual({ total: 2, byCommand: { GetItem: 1, Query: 1 } });
  });

  it('pages with the cursor, each item once; the mentor sees an ended mentorship too', async () => {
    const april = await add(m2.id, `${YEAR}-04-02`, 'Evaluasi triwulan.');
    const pages = await allPages(t, path(m2.id), admin, 2);
    expect(pages.map((p) => p.length)).toEqual([2, 1]);
    expect(pages.flat().map((c) => c.date)).toEqual([`${YEAR}-04-02`, `${YEAR}-03-10`, `${YEAR}-02-20`]);
    expect(pages[0]![0].id).toBe(april.id);
    const single = await allPages(t, path(m2.id), menteeToken, 1);
    expect(single.flat().map((c) => c.id)).toEqual(pages.flat().map((c) => c.id));
    const ended = (await allPages(t, path(first.id), mentor1Token, 1)).flat();
    expect(ended.map((c) => c.mentorshipId)).toEqual([first.id, first.id]);
  });

  it('the mentee, and an agency admin of either side, may read; anyone else gets 404', async () => {
    expect((await getJson(t, path(m2.id), menteeToken)).items).toHaveLength(3);
    expect((await getJson(t, path(m2.id), opdA)).items).toHaveLength(3);
    for (const token of [mentor1Token, outsiderToken, supervisor, foreignAdmin])
      expectProblem(await t.call('GET', path(m2.id), { token }), 404, 'not-found');
    // Rina's mentorship lies wholly in agency B: agency A's admin does not see it.
    await add(rinaShip.id, `${YEAR}-02-01`, 'Perkenalan.');
    expectProblem(await t.call('GET', path(rinaShip.id), { token: opdA }), 404, 'not-found');
    expect((await getJson(t, path(rinaShip.id), admin)).items).toHaveLength(1);
    expectProblem(await t.call('GET', path(UNKNOWN_ID), { token: admin }), 404, 'not-found');
  });

  it('refuses a bad cursor or limit with 400, and a cursor of another mentorship', async () => {
    expectProblem(await t.call('GET', `${path(m2.id)}?cursor=rubbish`, { token: admin }), 400, 'bad-cursor');
    const first = await getJson(t, `${path(m2.id)}?limit=1`, admin);
    expect(typeof first.nextCursor).toBe('string');
    expectProblem(
      await t.call('GET', `${path(rinaShip.id)}?cursor=${encodeURIComponent(first.nextCursor)}`, {
        token: admin,
      }),
      400,
      'bad-cursor',
    );
    expectProblem(await t.call('GET', `${path(m2.id)}?limit=0`, { token: admin }), 400, 'validation', [
      'limit',
    ]);
  });
});
