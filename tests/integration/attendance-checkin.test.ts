import { countDynamoCalls } from '@pamong/db';
import * as attendancePunchesRepo from '@pamong/db/repos/attendance/punches';
import { forgetAccount } from '@pamong/http';
import { decodeJwt } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import { employeeBody } from '../support/personnel';
import {
  createAgency,
  createUnit,
  createUser,
  expectProblem,
  getJson,
  scanTable,
  tableSnapshot,
  UNKNOWN_ID,
} from './helpers';

/**
 * Work locations, schedules and check-in (issue 13 §1-§2), on a clock the test moves: the time of a
 * punch is the server's, in the location's zone; a missing, stale or out-of-range fix is a 400 and
 * a position outside the fence a 422 with the distance, each writing nothing; a second check-in
 * answers the first; the month calendar and the supervisor's team view read what the punches wrote.
 */
const SLUG = 'absen';
let t: TestApi;
let clock = new Date('2026-12-07T00:41:00Z'); // Monday 7 December 2026, 07:41 WIB
/** Moves the clock, and signs everyone in again (a token lives an hour on the same clock). */
const tick = async (iso: string) => {
  clock = new Date(iso);
  await signIn();
};
const signIn = async () => {
  const login = (username: string) => t.loginAs(SLUG, username);
  [admin, opd, otherOpd, pegawai, atasan, lain, tanpaLokasi] = await Promise.all([
    login('admin'),
    login('opd'),
    login('opd2'),
    login('pegawai'),
    login('atasan'),
    login('lain'),
    login('tanpa'),
  ]);
};
let tenantId: string;
const wib = (date: string, hm: string) => new Date(`${date}T${hm}:00+07:00`).toISOString();

let admin: string;
let opd: string;
let otherOpd: string;
let pegawai: string;
let atasan: string;
let lain: string;
let tanpaLokasi: string;
let agencyId: string;
let unitA: { id: string; name: string };
let employees: Record<'pegawai' | 'atasan' | 'lain' | 'tanpa', { id: string; name: string }>;

// Kantor Dinas Pendidikan Kota Bandar Lampung (approximately), and a fix 5 m from it.
const OFFICE = { lat: -5.4294, lon: 105.2619 };
const NEAR = { lat: -5.42944, lon: 105.26192 };

beforeAll(async () => {
  t = await createTestApi({
    now: () => clock,
    ...(process.env.DEBUG_LOG
      ? { logger: new (await import('@aws-lambda-powertools/logger')).Logger({ logLevel: 'ERROR' }) }
      : {}),
  });
  ({ adminToken: admin, tenantId } = await createTenantViaApi(t, SLUG));
  const agency = await createAgency(t, admin, 'Dinas Pendidikan');
  agencyId = agency.id;
  const other = await createAgency(t, admin, 'Dinas Kesehatan');
  unitA = { id: (await createUnit(t, admin, agency.id, 'Bidang SD')).id, name: 'Bidang SD' };
  const unitB = await createUnit(t, admin, agency.id, 'Bidang SMP');
  const unitC = await createUnit(t, admin, other.id, 'Seksi Gizi');
  const emp = async (name: string, unitId: string, agency: string, sequence: number) => {
    const res = await t.call('POST', '/v1/employees', {
      token: admin,
      body: employeeBody({ name, agencyId: agency, unitId, sequence }),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { id: res.body.id as string, name };
  };
  employees = {
    pegawai: await emp('Sari Wulandari', unitA.id, agency.id, 11),
    atasan: await emp('Agus Pratama', unitA.id, agency.id, 12),
    lain: await emp('Dedi Kurniawan', unitB.id, agency.id, 13),
    tanpa: await emp('Nina Kesehatan', unitC.id, other.id, 14),
  };
  await createUser(t, admin, { username: 'opd', role: 'agency-admin', agencyId: agency.id });
  await createUser(t, admin, { username: 'opd2', role: 'agency-admin', agencyId: other.id });
  const link = async (username: string, role: string, who: keyof typeof employees, agency = agency_) =>
    createUser(t, admin, { username, role, agencyId: agency, employeeId: employees[who].id });
  const agency_ = agency.id;
  await link('pegawai', 'employee', 'pegawai');
  await link('atasan', 'supervisor', 'atasan');
  await link('lain', 'employee', 'lain');
  await link('tanpa', 'employee', 'tanpa', other.id);
  await signIn();
});

const punch = (token: string, body: Record<string, unknown>) =>
  t.call('POST', '/v1/attendance/punches', { token, body });
const fix = (kind: 'in' | 'out', over: Record<string, unknown> = {}) => ({
  kind,
  ...NEAR,
  accuracyM: 12,
  fixTakenAt: new Date(clock.getTime() - 5_000).toISOString(),
  ...over,
});

describe('work locations', () => {
  let locationId: string;

  it('are added by admins within their agency, with a default radius and the tenant zone, and audited', async () => {
    const res = await t.call('POST', '/v1/attendance/locations', {
      token: opd,
      body: { agencyId, name: 'Kantor Dinas Pendidikan', ...OFFICE },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      agencyId,
      unitId: null,
      name: 'Kantor Dinas Pendidikan',
      radiusM: 100,
      timeZone: 'Asia/Jakarta',
      active: true,
      version: 1,
    });
    locationId = res.body.id;
    const audit = (await getJson(t, `/v1/audit?entityType=workLocation&entityId=${locationId}`, admin)).items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['workLocation.create']);
  });

  it('refuse bad input and other agencies, writing nothing', async () => {
    const before = await tableSnapshot(t);
    const post = (body: Record<string, unknown>, token = admin) =>
      t.call('POST', '/v1/attendance/locations', {
        token,
        body: { agencyId, name: 'X', ...OFFICE, ...body },
      });
    expectProblem(await post({ lat: 91 }), 400, 'validation', ['lat']);
    expectProblem(await post({ radiusM: 5 }), 400, 'validation', ['radiusM']);
    expectProblem(await post({ radiusM: 1001 }), 400, 'validation', ['radiusM']);
    expectProblem(await post({ timeZone: 'Asia/Singapore' }), 400, 'validation', ['timeZone']);
    expectProblem(await post({ agencyId: UNKNOWN_ID }), 400, 'validation', ['agencyId']);
    expectProblem(await post({ unitId: UNKNOWN_ID }), 400, 'validation', ['unitId']);
    expectProblem(await post({}, otherOpd), 403, 'forbidden');
    expectProblem(await post({}, pegawai), 403, 'forbidden');
    expectProblem(
      await t.call('PATCH', `/v1/attendance/locations/${locationId}`, {
        token: otherOpd,
        body: { radiusM: 200, version: 1 },
      }),
      404,
      'not-found',
    );
    expectProblem(
      await t.call('PATCH', `/v1/attendance/locations/${locationId}`, {
        token: admin,
        body: { radiusM: 200, version: 7 },
      }),
      409,
      'version-conflict',
    );
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('are listed to an agency’s own people only; a tenant admin sees all', async () => {
    const mine = await getJson(t, '/v1/attendance/locations', pegawai);
    expect(mine.items.map((l: { id: string }) => l.id)).toEqual([locationId]);
    expect((await getJson(t, '/v1/attendance/locations', tanpaLokasi)).items).toEqual([]);
    expectProblem(
      await t.call('GET', `/v1/attendance/locations?agencyId=${agencyId}`, { token: tanpaLokasi }),
      403,
      'forbidden',
    );
    expect((await getJson(t, '/v1/attendance/locations', admin)).items).toHaveLength(1);
  });
});

describe('check-in', () => {
  it('refuses a missing, stale, future or out-of-range fix with the field named, writing nothing', async () => {
    const before = await tableSnapshot(t);
    expectProblem(await punch(pegawai, fix('in', { lat: undefined })), 400, 'validation', ['lat']);
    expectProblem(await punch(pegawai, fix('in', { lat: 0, lon: 0 })), 400, 'validation', ['lat']);
    expectProblem(await punch(pegawai, fix('in', { lat: 91 })), 400, 'validation', ['lat']);
    expectProblem(await punch(pegawai, fix('in', { lon: -181 })), 400, 'validation', ['lon']);
    expectProblem(
      await punch(pegawai, fix('in', { fixTakenAt: new Date(clock.getTime() - 121_000).toISOString() })),
      400,
      'validation',
      ['fixTakenAt'],
    );
    expectProblem(
      await punch(pegawai, fix('in', { fixTakenAt: new Date(clock.getTime() + 600_000).toISOString() })),
      400,
      'validation',
      ['fixTakenAt'],
    );
    expectProblem(await punch(pegawai, fix('in', { accuracyM: -1 })), 400, 'validation', ['accuracyM']);
    expectProblem(await punch(pegawai, fix('sideways' as 'in')), 400, 'validation', ['kind']);
    expectProblem(await punch(pegawai, fix('in', { offsiteDutyId: UNKNOWN_ID })), 404, 'not-found');
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('refuses a position outside the fence with 422 and the distance, writing nothing', async () => {
    const before = await tableSnapshot(t);
    // About 312 m north of the office.
    const res = await punch(pegawai, fix('in', { lat: -5.42659, lon: 105.2619 }));
    expectProblem(res, 422, 'outside-geofence');
    expect(res.body).toMatchObject({
      distanceM: 313,
      radiusM: 100,
      location: { name: 'Kantor Dinas Pendidikan' },
    });
    expect(res.body.detail).toContain('313 m');
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('answers 409 where the agency has no work location, and 403 for an account without an employee', async () => {
    expectProblem(await punch(tanpaLokasi, fix('in')), 409, 'conflict');
    expectProblem(await punch(admin, fix('in')), 403, 'forbidden');
  });

  it('records the server time in WIB: 07:41 is 11 minutes late; a second check-in answers the first', async () => {
    const res = await punch(pegawai, fix('in', { fixTakenAt: '2026-12-07T07:40:00+07:00' }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'in',
      at: '2026-12-07T00:41:00.000Z',
      date: '2026-12-07',
      localTime: '07:41',
      timeZone: 'Asia/Jakarta',
      location: { name: 'Kantor Dinas Pendidikan' },
      distanceM: 5,
      radiusM: 100,
      planned: { start: '07:30', end: '16:00' },
      status: 'late',
      lateMinutes: 11,
      flags: [],
      repeated: false,
    });
    await tick(wib('2026-12-07', '07:55'));
    const before = await tableSnapshot(t);
    const again = await punch(pegawai, fix('in', { accuracyM: 80 }));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ at: '2026-12-07T00:41:00.000Z', localTime: '07:41', repeated: true });
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('moves the last check-out forward and flags a poor fix', async () => {
    await tick(wib('2026-12-07', '15:50'));
    const early = await punch(pegawai, fix('out', { accuracyM: 80 }));
    expect(early.status, JSON.stringify(early.body)).toBe(201);
    expect(early.body).toMatchObject({ status: 'early', earlyMinutes: 10, flags: ['low-accuracy'] });
    await tick(wib('2026-12-07', '16:05'));
    // Warm, the check-in reads the caller's account (never from the 10 s cache: 10,000 employees at
    // the morning peak are 10,000 accounts), the employee, their passkey count and the month item in
    // one call, and writes in one transaction (settings, places and schedule are cached).
    forgetAccount(tenantId, (decodeJwt(pegawai) as { sub: string }).sub);
    const { result: late, calls } = await countDynamoCalls(() => punch(pegawai, fix('out')));
    expect(late.body).toMatchObject({ status: 'on-time', earlyMinutes: 0, localTime: '16:05' });
    expect(calls.byCommand).toEqual({ BatchGetItem: 1, TransactWriteItems: 1 });
  });

  it('refuses with 403 when the tenant requires a passkey', async () => {
    const settings = await getJson(t, '/v1/attendance/settings', pegawai);
    expect(settings).toMatchObject({ passkeyPolicy: 'optional', version: 0 });
    const { version: _v, updatedAt: _u, ...rest } = settings;
    expectProblem(
      await t.call('PUT', '/v1/attendance/settings', { token: opd, body: { ...rest, version: 0 } }),
      403,
      'forbidden',
    );
    const saved = await t.call('PUT', '/v1/attendance/settings', {
      token: admin,
      body: { ...rest, passkeyPolicy: 'required', version: 0 },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expectProblem(await punch(atasan, fix('in')), 403, 'forbidden');
    const back = await t.call('PUT', '/v1/attendance/settings', {
      token: admin,
      body: { ...rest, passkeyPolicy: 'optional', version: 1 },
    });
    expect(back.body.version).toBe(2);
    const audit = (await getJson(t, `/v1/audit?entityType=attendanceSettings&entityId=${tenantId}`, admin))
      .items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual([
      'attendanceSettings.update',
      'attendanceSettings.update',
    ]);
    expect(audit.map((e: { changes: { passkeyPolicy: unknown } }) => e.changes.passkeyPolicy)).toEqual(
      expect.arrayContaining([
        { before: 'optional', after: 'required' },
        { before: 'required', after: 'optional' },
      ]),
    );
  });
});

describe('the month and the team', () => {
  it("shows one's month as a calendar: absent days before today, the late day, holidays, pending days", async () => {
    await tick(wib('2026-12-07', '17:00'));
    const me = await getJson(t, '/v1/attendance/me?month=2026-12', pegawai);
    expect(me).toMatchObject({
      month: '2026-12',
      timeZone: 'Asia/Jakarta',
      employee: { id: employees.pegawai.id, name: 'Sari Wulandari' },
      schedule: { id: null, name: 'Perpres 21/2023' },
    });
    expect(me.days).toHaveLength(31);
    const day = (date: string) => me.days.find((d: { date: string }) => d.date === date);
    expect(day('2026-12-01')).toMatchObject({ status: 'absent', weekday: 2, deductionPercent: 5 });
    expect(day('2026-12-05')).toMatchObject({ status: 'off', weekday: 6, planned: null });
    expect(day('2026-12-07')).toMatchObject({
      status: 'present',
      firstIn: '07:41',
      lastOut: '16:05',
      lateMinutes: 11,
      lateBand: '1-30',
      earlyMinutes: 0,
      deductionPercent: 0.5,
      flags: ['low-accuracy'],
    });
    expect(day('2026-12-25')).toMatchObject({ status: 'off', holiday: { kind: 'national' } });
    expect(day('2026-12-24')).toMatchObject({ status: 'off', holiday: { kind: 'cuti-bersama' } });
    expect(day('2026-12-08')).toMatchObject({ status: 'pending' });
    // 1-4 December absent (4 × 5 %), the 7th late (0.5 %).
    expect(me.summary).toMatchObject({ presentDays: 1, absentDays: 4, deductionPercent: 20.5 });
    expect(me.summary.late).toMatchObject({ count: 1, minutes: 11 });
    expectProblem(
      await t.call('GET', '/v1/attendance/me?month=2026-13', { token: pegawai }),
      400,
      'validation',
      ['month'],
    );
  });

  it("gives a supervisor their own unit today, and nobody else's", async () => {
    await tick(wib('2026-12-07', '09:00'));
    const team = await getJson(t, '/v1/attendance/team/today', atasan);
    expect(team).toMatchObject({ date: '2026-12-07', unit: { id: unitA.id, name: 'Bidang SD' } });
    expect(team.items.map((i: { name: string; status: string }) => [i.name, i.status])).toEqual([
      ['Sari Wulandari', 'late'],
      ['Agus Pratama', 'not-yet'],
    ]);
    expect(team.counts).toMatchObject({ late: 1, 'not-yet': 1, 'on-time': 0, absent: 0 });
    for (const token of [pegawai, opd, admin])
      expectProblem(await t.call('GET', '/v1/attendance/team/today', { token }), 403, 'forbidden');
  });
});

describe('work schedules', () => {
  let scheduleId: string;
  const week = (start: string, end: string) =>
    Object.fromEntries([1, 2, 3, 4, 5].map((d) => [String(d), { start, end, breakMinutes: 60 }]));

  it('are made by the tenant admin, with net hours; bad weeks are refused with the day named', async () => {
    const res = await t.call('POST', '/v1/attendance/schedules', {
      token: admin,
      body: { kind: 'fixed', name: 'Sekolah 08.00', week: week('08:00', '16:00') },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'fixed',
      name: 'Sekolah 08.00',
      weeklyNetMinutes: 2100,
      version: 1,
    });
    scheduleId = res.body.id;
    const before = await tableSnapshot(t);
    expectProblem(
      await t.call('POST', '/v1/attendance/schedules', {
        token: admin,
        body: { kind: 'fixed', name: 'X', week: { 1: { start: '08:00', end: '07:00', breakMinutes: 0 } } },
      }),
      400,
      'validation',
      ['week.1.end'],
    );
    expectProblem(
      await t.call('POST', '/v1/attendance/schedules', { token: opd, body: { kind: 'shift', name: 'Jaga' } }),
      403,
      'forbidden',
    );
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('assigned to a unit from a date, change the next day’s lateness; other agencies are refused', async () => {
    const assign = (token: string, body: Record<string, unknown>) =>
      t.call('POST', '/v1/attendance/schedule-assignments', { token, body });
    const target = { kind: 'unit', agencyId, unitId: unitA.id };
    const before = await tableSnapshot(t);
    expectProblem(await assign(otherOpd, { scheduleId, target, fromDate: '2026-12-08' }), 403, 'forbidden');
    expectProblem(
      await assign(opd, { scheduleId: UNKNOWN_ID, target, fromDate: '2026-12-08' }),
      400,
      'validation',
      ['scheduleId'],
    );
    expectProblem(
      await assign(opd, { scheduleId, target: { ...target, unitId: UNKNOWN_ID }, fromDate: '2026-12-08' }),
      400,
      'validation',
      ['target.unitId'],
    );
    expect(await tableSnapshot(t)).toEqual(before);
    const res = await assign(opd, { scheduleId, target, fromDate: '2026-12-08' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      scheduleName: 'Sekolah 08.00',
      target: 'unit',
      targetName: 'Bidang SD',
    });
    const listed = await getJson(
      t,
      `/v1/attendance/schedule-assignments?agencyId=${agencyId}&unitId=${unitA.id}`,
      opd,
    );
    expect(listed.items).toHaveLength(1);

    await tick(wib('2026-12-08', '08:05'));
    const late = await punch(pegawai, fix('in'));
    expect(late.body).toMatchObject({ planned: { start: '08:00', end: '16:00' }, lateMinutes: 5 });
    // The same unit's 7 December still reads on the old (default) week.
    const me = await getJson(t, '/v1/attendance/me?month=2026-12', pegawai);
    expect(me.days.find((d: { date: string }) => d.date === '2026-12-07').lateMinutes).toBe(11);
    expect(me.schedule).toMatchObject({ id: scheduleId, name: 'Sekolah 08.00' });
    const audit = (await getJson(t, `/v1/audit?entityType=unit&entityId=${unitA.id}`, admin)).items;
    expect(audit.map((e: { action: string }) => e.action)).toContain('workSchedule.assign');
  });

  it('keep a punch of the other unit on the default week', async () => {
    await tick(wib('2026-12-08', '07:35'));
    const res = await punch(lain, fix('in'));
    expect(res.body).toMatchObject({ planned: { start: '07:30' }, lateMinutes: 5, status: 'late' });
  });
});

describe('under races', () => {
  it('ten check-ins at once store one punch, and every answer names the same first check-in', async () => {
    await tick(wib('2026-12-09', '07:20'));
    const answers = await Promise.all(Array.from({ length: 10 }, () => punch(lain, fix('in'))));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.at)).size).toBe(1);
    const items = await scanTable(t);
    const punches = items.filter(
      (i) => i.type === 'PUNCH' && i.employeeId === employees.lain.id && i.date === '2026-12-09',
    );
    expect(punches).toHaveLength(1);
    const month = items.find((i) => i.type === 'ATTENDANCE_MONTH' && i.employeeId === employees.lain.id);
    expect(month).toMatchObject({ in_09: punches[0]?.at, punchCount: 2 });
  });
});

describe('the monthly recap and the month close', () => {
  it("gives an agency's month per employee, from the month items, with TL/PSW and the deduction", async () => {
    await tick(wib('2026-12-09', '18:00'));
    const recap = await getJson(t, `/v1/attendance/recap?agencyId=${agencyId}&month=2026-12`, opd);
    expect(recap).toMatchObject({
      agency: { id: agencyId, name: 'Dinas Pendidikan' },
      month: '2026-12',
      state: { status: 'open', version: 0 },
      nextCursor: null,
    });
    const row = (id: string) => recap.items.find((r: { employeeId: string }) => r.employeeId === id);
    // Sari: absent 1-4, late 11 min on the 7th (left on time), late 5 min on the 8th (no check-out), absent the 9th.
    expect(row(employees.pegawai.id)).toMatchObject({
      name: 'Sari Wulandari',
      unitName: 'Bidang SD',
      workingDays: 21,
      presentDays: 2,
      absentDays: 5,
      late: { count: 2, minutes: 16, bands: { '1-30': 2 } },
      early: { count: 1, bands: { 'no-record': 1 } },
      // 5 × 5 % + 2 × 0.5 % + 1.5 % (no check-out on the 8th)
      deductionPercent: 27.5,
    });
    expect(row(employees.tanpa.id)).toBeUndefined();
    expect(recap.items).toHaveLength(3);
    const paged = await getJson(t, `/v1/attendance/recap?agencyId=${agencyId}&month=2026-12&limit=2`, opd);
    expect(paged.items).toHaveLength(2);
    expect(paged.nextCursor).toEqual(expect.any(String));
    expectProblem(
      await t.call('GET', `/v1/attendance/recap?agencyId=${agencyId}&month=2026-12`, { token: otherOpd }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.call('GET', `/v1/attendance/recap?agencyId=${agencyId}&month=2026-12`, { token: atasan }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.call('GET', `/v1/attendance/recap?agencyId=${agencyId}&month=12-2026`, { token: opd }),
      400,
      'validation',
      ['month'],
    );
  });

  it('exports the recap as XLSX', async () => {
    const res = await t.api.request(`/v1/attendance/recap/export?agencyId=${agencyId}&month=2026-12`, {
      headers: { authorization: `Bearer ${opd}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain('rekap-kehadiran-2026-12.xlsx');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('closes an ended month once, reopens it only with a reason, and audits both on the agency', async () => {
    const close = (token: string, month: string) =>
      t.call('POST', '/v1/attendance/months/close', { token, body: { agencyId, month } });
    const before = await tableSnapshot(t);
    expectProblem(await close(opd, '2026-12'), 409, 'conflict');
    expectProblem(await close(otherOpd, '2026-11'), 403, 'forbidden');
    expectProblem(await close(pegawai, '2026-11'), 403, 'forbidden');
    expectProblem(
      await t.call('POST', '/v1/attendance/months/reopen', {
        token: opd,
        body: { agencyId, month: '2026-11' },
      }),
      400,
      'validation',
      ['reason'],
    );
    expect(await tableSnapshot(t)).toEqual(before);
    const closed = await close(opd, '2026-11');
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closedBy: expect.any(String), version: 1 });
    expectProblem(await close(admin, '2026-11'), 409, 'conflict');
    const recap = await getJson(t, `/v1/attendance/recap?agencyId=${agencyId}&month=2026-11`, opd);
    expect(recap.state.status).toBe('closed');
    const reopened = await t.call('POST', '/v1/attendance/months/reopen', {
      token: admin,
      body: { agencyId, month: '2026-11', reason: 'Koreksi izin terlambat yang disetujui' },
    });
    expect(reopened.body).toMatchObject({
      status: 'open',
      reopenReason: 'Koreksi izin terlambat yang disetujui',
    });
    const audit = (await getJson(t, `/v1/audit?entityType=agency&entityId=${agencyId}`, admin)).items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['attendanceMonth.close', 'attendanceMonth.reopen']),
    );
  });
});

describe('off-site duty and izin', () => {
  // Dinas Pendidikan Provinsi Lampung, about 5 km north of the fixture office.
  const DUTY_PLACE = { lat: -5.3833, lon: 105.2619 };
  let dutyId: string;
  let izinId: string;
  const decide = (kind: 'offsite-duties' | 'permissions', id: string, token: string, body: unknown) =>
    t.call('POST', `/v1/attendance/${kind}/${id}/decision`, { token, body });

  it('takes a request from the employee, pending, and refuses bad ranges', async () => {
    await tick(wib('2026-12-10', '06:00'));
    const res = await t.call('POST', '/v1/attendance/offsite-duties', {
      token: pegawai,
      body: {
        letterNumber: '800/45/SPT/DISDIK/2026',
        startDate: '2026-12-10',
        endDate: '2026-12-11',
        place: 'Dinas Pendidikan Provinsi Lampung',
        ...DUTY_PLACE,
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'offsite-duty',
      status: 'PENDING',
      employeeName: 'Sari Wulandari',
    });
    dutyId = res.body.id;
    const before = await tableSnapshot(t);
    const bad = (body: Record<string, unknown>) =>
      t.call('POST', '/v1/attendance/offsite-duties', {
        token: pegawai,
        body: { letterNumber: 'X', startDate: '2026-12-10', endDate: '2026-12-11', place: 'Y', ...body },
      });
    expectProblem(await bad({ endDate: '2026-12-09' }), 400, 'validation', ['endDate']);
    expectProblem(await bad({ endDate: '2027-02-10' }), 400, 'validation', ['endDate']);
    expectProblem(await bad({ lat: -5.38 }), 400, 'validation', ['lon']);
    expectProblem(await bad({ letterNumber: '' }), 400, 'validation', ['letterNumber']);
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('is decided only by a supervisor of the unit or an admin of the agency, once', async () => {
    const before = await tableSnapshot(t);
    expectProblem(await decide('offsite-duties', dutyId, pegawai, { approve: true }), 403, 'forbidden');
    // Another employee does not learn that the request exists.
    expectProblem(await decide('offsite-duties', dutyId, lain, { approve: true }), 404, 'not-found');
    expectProblem(await decide('offsite-duties', dutyId, otherOpd, { approve: true }), 403, 'forbidden');
    expectProblem(await decide('offsite-duties', dutyId, atasan, { approve: false }), 400, 'validation', [
      'note',
    ]);
    expectProblem(await decide('permissions', dutyId, atasan, { approve: true }), 404, 'not-found');
    expect(await tableSnapshot(t)).toEqual(before);
    const inbox = await getJson(t, '/v1/attendance/requests?view=inbox', atasan);
    expect(inbox.items.map((r: { id: string }) => r.id)).toEqual([dutyId]);
    // Before the approval, a check-in at the duty's place is refused.
    expectProblem(await punch(pegawai, fix('in', { ...DUTY_PLACE, offsiteDutyId: dutyId })), 409, 'conflict');
    const ok = await decide('offsite-duties', dutyId, atasan, { approve: true, note: 'Sesuai SPT' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({
      status: 'APPROVED',
      decidedBy: { name: expect.any(String), role: 'supervisor' },
    });
    expectProblem(await decide('offsite-duties', dutyId, opd, { approve: true }), 409, 'conflict');
    const audit = (await getJson(t, `/v1/audit?entityType=attendanceRequest&entityId=${dutyId}`, admin))
      .items;
    expect(audit.map((e: { action: string }) => e.action).sort()).toEqual([
      'offsiteDuty.approve',
      'offsiteDuty.request',
    ]);
  });

  it('lets the approved duty check in at its place, flagged, and reads its days as duty', async () => {
    await tick(wib('2026-12-10', '07:25'));
    expectProblem(await punch(pegawai, fix('in', DUTY_PLACE)), 422, 'outside-geofence');
    const res = await punch(pegawai, fix('in', { ...DUTY_PLACE, offsiteDutyId: dutyId }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      location: { id: dutyId, name: 'Dinas Pendidikan Provinsi Lampung' },
      distanceM: 0,
      status: 'on-time',
      flags: ['offsite-duty'],
    });
    // Someone else's duty is not theirs to use.
    expectProblem(await punch(lain, fix('in', { ...DUTY_PLACE, offsiteDutyId: dutyId })), 404, 'not-found');
    await tick(wib('2026-12-12', '08:00'));
    const me = await getJson(t, '/v1/attendance/me?month=2026-12', pegawai);
    const day = (date: string) => me.days.find((d: { date: string }) => d.date === date);
    expect(day('2026-12-10')).toMatchObject({ status: 'duty', deductionPercent: 0 });
    expect(day('2026-12-11')).toMatchObject({ status: 'duty', firstIn: null, deductionPercent: 0 });
    expect(me.summary.dutyDays).toBe(2);
  });

  it('waives a late arrival once an izin is approved, and refuses izin in a closed month', async () => {
    const recap = async () =>
      (await getJson(t, `/v1/attendance/recap?agencyId=${agencyId}&month=2026-12`, opd)).items.find(
        (r: { employeeId: string }) => r.employeeId === employees.pegawai.id,
      );
    const before = await recap();
    const res = await t.call('POST', '/v1/attendance/permissions', {
      token: pegawai,
      body: { kind: 'late-arrival', date: '2026-12-08', reason: 'Mengantar anak ke puskesmas' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    izinId = res.body.id;
    const mine = await getJson(t, '/v1/attendance/requests?view=mine', pegawai);
    // Newest date first: the duty (10-11 December), then the izin (8 December).
    expect(mine.items.map((r: { id: string }) => r.id)).toEqual([dutyId, izinId]);
    expect((await decide('permissions', izinId, opd, { approve: true })).status).toBe(200);
    const after = await recap();
    // The 8th's 5 minutes late no longer count: 0.5 % less.
    expect(after.late.count).toBe(before.late.count - 1);
    expect(after.deductionPercent).toBeCloseTo(before.deductionPercent - 0.5, 5);

    expect(
      (
        await t.call('POST', '/v1/attendance/months/close', {
          token: opd,
          body: { agencyId, month: '2026-11' },
        })
      ).status,
    ).toBe(200);
    expectProblem(
      await t.call('POST', '/v1/attendance/permissions', {
        token: pegawai,
        body: { kind: 'early-leave', date: '2026-11-20', reason: 'Sakit' },
      }),
      409,
      'conflict',
    );
    expectProblem(
      await t.call('GET', '/v1/attendance/requests?view=inbox', { token: admin }),
      400,
      'validation',
      ['agencyId'],
    );
    expectProblem(
      await t.call('GET', '/v1/attendance/requests?view=inbox', { token: pegawai }),
      403,
      'forbidden',
    );
  });
});

describe('a seeded history (the demo)', () => {
  it('reads like the check-ins it stands for, in the month and the recap', async () => {
    const at = (date: string, hm: string) => new Date(`${date}T${hm}:00+07:00`);
    await t.store.transact(
      attendancePunchesRepo.historyWrites(
        t.tableName,
        tenantId,
        { id: employees.atasan.id, name: 'Agus Pratama', agencyId, unitId: unitA.id },
        '2026-11',
        [
          { date: '2026-11-02', in: at('2026-11-02', '07:20'), out: at('2026-11-02', '16:05') },
          { date: '2026-11-03', in: at('2026-11-03', '08:10') },
        ],
        { locationId: UNKNOWN_ID, lat: OFFICE.lat, lon: OFFICE.lon, timeZone: 'Asia/Jakarta' },
      ),
    );
    const me = await getJson(t, '/v1/attendance/me?month=2026-11', atasan);
    const day = (date: string) => me.days.find((d: { date: string }) => d.date === date);
    expect(day('2026-11-02')).toMatchObject({
      status: 'present',
      firstIn: '07:20',
      lastOut: '16:05',
      lateMinutes: 0,
    });
    expect(day('2026-11-03')).toMatchObject({
      status: 'present',
      lateMinutes: 40,
      lateBand: '31-60',
      earlyBand: 'no-record',
    });
    const recap = await getJson(t, `/v1/attendance/recap?agencyId=${agencyId}&month=2026-11`, opd);
    const row = recap.items.find((r: { employeeId: string }) => r.employeeId === employees.atasan.id);
    expect(row).toMatchObject({ presentDays: 2, late: { count: 1, minutes: 40 } });
    // A second write of the same month never overwrites it.
    await expect(
      t.store.transact(
        attendancePunchesRepo.historyWrites(
          t.tableName,
          tenantId,
          { id: employees.atasan.id, name: 'A', agencyId, unitId: unitA.id },
          '2026-11',
          [],
          {
            locationId: UNKNOWN_ID,
            lat: 0,
            lon: 0,
            timeZone: 'Asia/Jakarta',
          },
        ),
      ),
    ).rejects.toThrow();
  });
});

describe('shift rosters', () => {
  let shiftId: string;

  it('roster a shift schedule, refusing a fixed one, unknown employees and other agencies, writing nothing', async () => {
    const created = await t.call('POST', '/v1/attendance/schedules', {
      token: admin,
      body: { kind: 'shift', name: 'Jaga IGD 24 jam' },
    });
    expect(created.status).toBe(201);
    shiftId = created.body.id;
    const fixedId = (await getJson(t, '/v1/attendance/schedules', admin)).items.find(
      (s: { kind: string }) => s.kind === 'fixed',
    ).id;
    const roster = (token: string, body: unknown) =>
      t.call('POST', '/v1/attendance/rosters', { token, body });
    const night = { employeeId: employees.lain.id, date: '2026-12-14', start: '22:00', end: '06:00' };
    const before = await tableSnapshot(t);
    expectProblem(await roster(opd, { scheduleId: fixedId, shifts: [night] }), 400, 'validation', [
      'scheduleId',
    ]);
    expectProblem(
      await roster(opd, { scheduleId: shiftId, shifts: [{ ...night, employeeId: UNKNOWN_ID }] }),
      400,
      'validation',
      ['shifts.0.employeeId'],
    );
    expectProblem(await roster(opd, { scheduleId: shiftId, shifts: [night, night] }), 400, 'validation', [
      'shifts.1.date',
    ]);
    expectProblem(
      await roster(opd, { scheduleId: shiftId, shifts: [{ ...night, end: '22:00' }] }),
      400,
      'validation',
      ['shifts.0.end'],
    );
    expectProblem(await roster(otherOpd, { scheduleId: shiftId, shifts: [night] }), 403, 'forbidden');
    expect(await tableSnapshot(t)).toEqual(before);
    const ok = await roster(opd, {
      scheduleId: shiftId,
      shifts: [night, { ...night, date: '2026-12-15', start: '14:00', end: '22:00' }],
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.items[0]).toMatchObject({ employeeName: 'Dedi Kurniawan', crossesMidnight: true });
    const assigned = await t.call('POST', '/v1/attendance/schedule-assignments', {
      token: opd,
      body: {
        scheduleId: shiftId,
        target: { kind: 'employee', employeeId: employees.lain.id },
        fromDate: '2026-12-14',
      },
    });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(201);
  });

  it('puts a 05:58 check-out on the night shift that started the evening before', async () => {
    await tick(wib('2026-12-14', '21:50'));
    const inRes = await punch(lain, fix('in'));
    expect(inRes.status, JSON.stringify(inRes.body)).toBe(201);
    expect(inRes.body).toMatchObject({
      date: '2026-12-14',
      planned: { start: '22:00', end: '06:00' },
      status: 'on-time',
    });
    await tick(wib('2026-12-15', '05:58'));
    const out = await punch(lain, fix('out'));
    expect(out.status, JSON.stringify(out.body)).toBe(201);
    expect(out.body).toMatchObject({ date: '2026-12-14', status: 'early', earlyMinutes: 2 });
    const me = await getJson(t, '/v1/attendance/me?month=2026-12', lain);
    const day = (date: string) => me.days.find((d: { date: string }) => d.date === date);
    expect(day('2026-12-14')).toMatchObject({
      status: 'present',
      firstIn: '21:50',
      lastOut: '05:58',
      earlyMinutes: 2,
    });
    // The 15th's own shift (14:00-22:00) has not started: pending, not absent.
    expect(day('2026-12-15')).toMatchObject({ status: 'pending', planned: { start: '14:00', end: '22:00' } });
    // A day without a shift is a day off on a shift schedule.
    expect(day('2026-12-16')).toMatchObject({ status: 'off', planned: null });
    const listed = await getJson(
      t,
      `/v1/attendance/rosters?agencyId=${agencyId}&unitId=${(await getJson(t, `/v1/employees/${employees.lain.id}`, admin)).unitId}&month=2026-12`,
      opd,
    );
    expect(listed.items.map((s: { date: string }) => s.date)).toEqual(['2026-12-14', '2026-12-15']);
  });
});

describe('checkIn: the account read with the punch', () => {
  it('refuses a disabled account at once, though its token is still valid and its grant was cached', async () => {
    await tick(wib('2026-12-16', '07:20'));
    const sub = (decodeJwt(lain) as { sub: string }).sub;
    // A request that caches the account's grant for 10 s.
    expect((await getJson(t, '/v1/attendance/me?month=2026-12', lain)).days.length).toBeGreaterThan(0);
    const user = (await t.call('GET', `/v1/users/${sub}`, { token: admin })).body as { version: number };
    const off = await t.call('POST', `/v1/users/${sub}/disable`, {
      token: admin,
      body: { version: user.version },
    });
    expect(off.status).toBe(200);
    try {
      const refused = await punch(lain, fix('in'));
      expect(refused.status).toBe(401);
      expect(refused.body).toMatchObject({ detail: 'This account is disabled or no longer exists.' });
    } finally {
      const on = await t.call('POST', `/v1/users/${sub}/enable`, {
        token: admin,
        body: { version: user.version + 1 },
      });
      expect(on.status).toBe(200);
    }
    expect((await punch(lain, fix('in'))).status).toBe(201);
  });
});
