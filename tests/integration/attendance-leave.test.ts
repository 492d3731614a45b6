import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalDocumentStore } from '../../packages/local/src/documents-local';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import { employeeBody } from '../support/personnel';
import {
  createAgency,
  createPosition,
  createUnit,
  createUser,
  expectProblem,
  getJson,
  scanTable,
  tableSnapshot,
  UNKNOWN_ID,
} from './helpers';

/**
 * Leave (cuti, issue 13 §4) against DynamoDB Local: every rule of a type named in the error and
 * nothing written; the working days held at once, the annual balance with its ledger; the direct
 * superior recommends, the PYBMC decides, each resolved from the org structure (a Kepala Bidang, the
 * Kepala Dinas), or their Plh; the employee told only the decision; cancellations; holiday changes
 * recounting held leave; and the invariants under 50 concurrent requests.
 */
const SLUG = 'cuti';
let t: TestApi;
let clock = new Date('2026-12-07T02:00:00Z'); // Monday 7 December 2026, 09:00 WIB
const tick = async (iso: string) => {
  clock = new Date(iso);
  await signIn();
};

const USERS = [
  'admin',
  'opd',
  'opd2',
  'kepala',
  'atasan',
  'pegawai',
  'baru',
  'pppk',
  'lain',
  'plh',
  'ramai',
] as const;
type User = (typeof USERS)[number];
const tok = {} as Record<User, string>;
const signIn = async () => {
  const tokens = await Promise.all(USERS.map((u) => t.loginAs(SLUG, u)));
  USERS.forEach((u, i) => {
    tok[u] = tokens[i]!;
  });
};

let agencyId: string;
const emp = {} as Record<Exclude<User, 'admin' | 'opd' | 'opd2'>, { id: string; name: string }>;

beforeAll(async () => {
  t = await createTestApi({ now: () => clock });
  const { adminToken } = await createTenantViaApi(t, SLUG);
  const agency = await createAgency(t, adminToken, 'Dinas Pendidikan');
  agencyId = agency.id;
  const other = await createAgency(t, adminToken, 'Dinas Kesehatan');
  const sekretariat = await createUnit(t, adminToken, agency.id, 'Sekretariat');
  const bidangSd = await createUnit(t, adminToken, agency.id, 'Bidang SD');
  const bidangSmp = await createUnit(t, adminToken, agency.id, 'Bidang SMP');
  await createUnit(t, adminToken, other.id, 'Seksi Gizi');
  const position = (unitId: string, name: string, type: string, positionClass: number) =>
    createPosition(t, adminToken, agency.id, { unitId, name, type, positionClass });
  const kadis = await position(sekretariat.id, 'Kepala Dinas Pendidikan', 'JPT_PRATAMA', 14);
  const kabid = await position(bidangSd.id, 'Kepala Bidang SD', 'ADMINISTRATOR', 12);
  const add = async (
    key: keyof typeof emp,
    name: string,
    unitId: string,
    sequence: number,
    opts: { positionId?: string; tmtCpns?: string; employmentType?: 'PPPK' } = {},
  ) => {
    const body: Record<string, unknown> = employeeBody({
      name,
      agencyId: agency.id,
      unitId,
      sequence,
      ...opts,
    });
    // A PPPK's TMT (start of the work agreement) is kept in the same field; leave counts service from it.
    if (opts.employmentType === 'PPPK') body.tmtCpns = opts.tmtCpns;
    const res = await t.call('POST', '/v1/employees', { token: adminToken, body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    emp[key] = { id: res.body.id as string, name };
  };
  await add('kepala', 'Hasan Basri', sekretariat.id, 1, { positionId: kadis });
  await add('atasan', 'Agus Pratama', bidangSd.id, 2, { positionId: kabid });
  await add('pegawai', 'Sari Wulandari', bidangSd.id, 3);
  await add('baru', 'Rudi Hartono', bidangSd.id, 4, { tmtCpns: '2026-03-01' });
  await add('pppk', 'Maya Sari', bidangSd.id, 5, { employmentType: 'PPPK', tmtCpns: '2022-03-01' });
  await add('lain', 'Dedi Kurniawan', bidangSmp.id, 6);
  await add('plh', 'Wati Susanti', sekretariat.id, 7);
  await add('ramai', 'Yudi Ramadhan', bidangSd.id, 8);
  const link = (username: User, role: string, who: keyof typeof emp) =>
    createUser(t, adminToken, { username, role, agencyId: agency.id, employeeId: emp[who].id });
  await createUser(t, adminToken, { username: 'opd', role: 'agency-admin', agencyId: agency.id });
  await createUser(t, adminToken, { username: 'opd2', role: 'agency-admin', agencyId: other.id });
  await link('kepala', 'supervisor', 'kepala');
  await link('atasan', 'supervisor', 'atasan');
  await link('pegawai', 'employee', 'pegawai');
  await link('baru', 'employee', 'baru');
  await link('pppk', 'employee', 'pppk');
  await link('lain', 'employee', 'lain');
  await link('plh', 'employee', 'plh');
  await link('ramai', 'employee', 'ramai');
  await signIn();
}, 120_000);

const leave = (token: string, body: Record<string, unknown>) =>
  t.call('POST', '/v1/attendance/leave/requests', { token, body });
const annual = (startDate: string, endDate: string, over: Record<string, unknown> = {}) => ({
  type: 'TAHUNAN',
  startDate,
  endDate,
  reason: 'Urusan keluarga',
  addressDuringLeave: 'Jl. Teuku Umar 12, Bandar Lampung',
  ...over,
});
const step = (
  token: string,
  id: string,
  which: 'recommendation' | 'decision' | 'cancellation',
  body: Record<string, unknown>,
) => t.call('POST', `/v1/attendance/leave/requests/${id}/${which}`, { token, body });
const balance = (token: string, year = 2026) =>
  getJson(t, `/v1/attendance/leave/balance?year=${year}`, token);

describe('requestLeave', () => {
  it('holds the working days at once, reserves them on the balance with a ledger entry, and is audited', async () => {
    const res = await leave(tok.pegawai, annual('2026-12-14', '2026-12-18'));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      type: 'TAHUNAN',
      employeeName: 'Sari Wulandari',
      unitName: 'Bidang SD',
      workingDays: 5,
      calendarDays: 5,
      status: 'AWAITING_RECOMMENDATION',
      employeeStatus: 'IN_PROCESS',
      waitingFor: 'superior',
      superior: { id: emp.atasan.id, name: 'Agus Pratama' },
      pybmc: { id: emp.kepala.id, name: 'Hasan Basri' },
      annualDaysHeld: 5,
      steps: [],
    });
    const b = await balance(tok.pegawai);
    expect(b).toMatchObject({
      year: 2026,
      employmentType: 'PNS',
      basis: 'first-year',
      granted: { 'N-2': 0, 'N-1': 0, N: 12 },
      used: { N: 5 },
      pendingDays: 5,
      available: 7,
    });
    expect(b.ledger.map((l: { kind: string; days: number }) => [l.kind, l.days])).toEqual([
      ['grant', 12],
      ['reserve', -5],
    ]);
    const audit = await getJson(t, `/v1/audit?entityType=leaveRequest&entityId=${res.body.id}`, tok.admin);
    expect(audit.items.map((a: { action: string }) => a.action)).toContain('leave.request');
  });

  it('refuses bad input, naming the rule at its field, and writes nothing', async () => {
    const before = await tableSnapshot(t);
    const cases: [User, Record<string, unknown>, string[], RegExp][] = [
      ['pegawai', annual('2026-12-19', '2026-12-20'), ['endDate'], /no-working-days/],
      ['pegawai', annual('2026-12-10', '2026-12-09'), ['endDate'], /before startDate/],
      ['pppk', { ...annual('2026-12-14', '2026-12-14'), type: 'BESAR' }, ['type'], /type-not-available/],
      [
        'pegawai',
        { ...annual('2026-12-28', '2026-12-28'), type: 'BERSAMA' },
        ['type'],
        /bersama-not-requestable/,
      ],
      ['baru', annual('2026-12-21', '2026-12-22'), ['startDate'], /min-service/],
      ['pegawai', annual('2026-12-01', '2026-12-11'), ['endDate'], /annual-balance/],
      [
        'pegawai',
        { ...annual('2026-12-21', '2026-12-21'), type: 'CLTN' },
        ['bknApprovalRef'],
        /cltn-bkn-approval/,
      ],
      [
        'pegawai',
        { ...annual('2026-12-08', '2026-12-10'), type: 'SAKIT' },
        ['sickDocument', 'attachments'],
        /sick-document/,
      ],
      ['pegawai', { ...annual('2026-12-21', '2026-12-21'), type: 'LIBURAN' }, ['type'], /./],
      ['pegawai', { ...annual('2026-12-21', '2026-12-21'), reason: '' }, ['reason'], /./],
    ];
    for (const [who, body, paths, rule] of cases) {
      const res = await leave(tok[who], body);
      expectProblem(res, 400, 'validation', paths);
      expect(JSON.stringify(res.body.errors), JSON.stringify(body)).toMatch(rule);
    }
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('refuses a leave overlapping another (409), and an unknown request is 404', async () => {
    const before = await tableSnapshot(t);
    const res = await leave(tok.pegawai, { ...annual('2026-12-18', '2026-12-18'), type: 'SAKIT' });
    expectProblem(res, 409, 'conflict');
    expect(res.body.detail).toContain('2026-12-18');
    expect(await tableSnapshot(t)).toEqual(before);
    expectProblem(
      await t.call('GET', `/v1/attendance/leave/requests/${UNKNOWN_ID}`, { token: tok.pegawai }),
      404,
      'not-found',
    );
  });
});

describe('two-step approval', () => {
  let id: string;
  beforeAll(async () => {
    const mine = await getJson(t, '/v1/attendance/leave/requests?view=mine', tok.pegawai);
    id = mine.items.find((r: { startDate: string }) => r.startDate === '2026-12-14').id;
  });

  it('is waiting in the direct superior’s inbox, and nobody else may recommend', async () => {
    const inbox = await getJson(t, '/v1/attendance/leave/requests?view=inbox', tok.atasan);
    expect(inbox.items.map((r: { id: string }) => r.id)).toContain(id);
    expect((await getJson(t, '/v1/attendance/leave/requests?view=inbox', tok.kepala)).items).toEqual([]);
    expectProblem(await step(tok.kepala, id, 'recommendation', { outcome: 'APPROVE' }), 403, 'forbidden');
    expectProblem(await step(tok.pegawai, id, 'recommendation', { outcome: 'APPROVE' }), 403, 'forbidden');
    expectProblem(await step(tok.kepala, id, 'decision', { outcome: 'APPROVE' }), 409, 'conflict');
    expectProblem(await step(tok.atasan, id, 'recommendation', { outcome: 'REJECT' }), 400, 'validation', [
      'note',
    ]);
    expectProblem(
      await t.call('GET', `/v1/attendance/leave/requests/${id}`, { token: tok.lain }),
      404,
      'not-found',
    );
  });

  it('tells the employee nothing of the recommendation; the PYBMC decides once and the balance, month and recap show it', async () => {
    const rec = await step(tok.atasan, id, 'recommendation', { outcome: 'APPROVE', note: 'Silakan' });
    expect(rec.status, JSON.stringify(rec.body)).toBe(200);
    expect(rec.body).toMatchObject({
      status: 'AWAITING_DECISION',
      steps: [{ step: 'recommendation', outcome: 'APPROVE', actorName: 'Agus Pratama' }],
    });
    const seen = await getJson(t, `/v1/attendance/leave/requests/${id}`, tok.pegawai);
    expect(seen).toMatchObject({ employeeStatus: 'IN_PROCESS', waitingFor: 'pybmc', steps: [] });
    expectProblem(await step(tok.atasan, id, 'recommendation', { outcome: 'APPROVE' }), 409, 'conflict');
    expectProblem(await step(tok.atasan, id, 'decision', { outcome: 'APPROVE' }), 403, 'forbidden');

    const inbox = await getJson(t, '/v1/attendance/leave/requests?view=inbox', tok.kepala);
    expect(inbox.items.map((r: { id: string }) => r.id)).toEqual([id]);
    const dec = await step(tok.kepala, id, 'decision', { outcome: 'APPROVE' });
    expect(dec.status, JSON.stringify(dec.body)).toBe(200);
    expect(dec.body).toMatchObject({ status: 'APPROVED', employeeStatus: 'APPROVED' });
    expectProblem(await step(tok.kepala, id, 'decision', { outcome: 'APPROVE' }), 409, 'conflict');
    const told = await getJson(t, `/v1/attendance/leave/requests/${id}`, tok.pegawai);
    expect(told.steps.map((s: { step: string; actorName: string }) => [s.step, s.actorName])).toEqual([
      ['recommendation', 'Agus Pratama'],
      ['decision', 'Hasan Basri'],
    ]);
    expect(await balance(tok.pegawai)).toMatchObject({ pendingDays: 0, available: 7, used: { N: 5 } });

    const month = await getJson(t, '/v1/attendance/me?month=2026-12', tok.pegawai);
    const days = Object.fromEntries(
      month.days.map((d: { date: string; status: string; leaveType: string }) => [
        d.date,
        [d.status, d.leaveType],
      ]),
    );
    expect(days['2026-12-14']).toEqual(['leave', 'TAHUNAN']);
    expect(days['2026-12-18']).toEqual(['leave', 'TAHUNAN']);
    expect(days['2026-12-19']?.[0]).toBe('off');
    const recap = await getJson(t, `/v1/attendance/recap?agencyId=${agencyId}&month=2026-12`, tok.opd);
    const row = recap.items.find((r: { employeeId: string }) => r.employeeId === emp.pegawai.id);
    expect(row.leaveDays).toEqual({ TAHUNAN: 5 });
    const audit = await getJson(t, `/v1/audit?entityType=leaveRequest&entityId=${id}`, tok.admin);
    expect(audit.items.map((a: { action: string }) => a.action).sort()).toEqual([
      'leave.decide',
      'leave.recommend',
      'leave.request',
    ]);
  });

  it('a rejection releases the days with a ledger entry; a change moves them', async () => {
    const a = await leave(tok.pegawai, annual('2026-12-21', '2026-12-23'));
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    const held = a.body.workingDays as number;
    expect((await balance(tok.pegawai)).available).toBe(7 - held);
    await step(tok.atasan, a.body.id, 'recommendation', { outcome: 'REJECT', note: 'Akhir tahun anggaran' });
    const rej = await step(tok.kepala, a.body.id, 'decision', {
      outcome: 'REJECT',
      note: 'Akhir tahun anggaran',
    });
    expect(rej.body).toMatchObject({ status: 'REJECTED', employeeStatus: 'REJECTED', annualDaysHeld: 0 });
    const b = await balance(tok.pegawai);
    expect(b).toMatchObject({ available: 7, pendingDays: 0 });
    expect(b.ledger.at(-1)).toMatchObject({ kind: 'release', days: held, requestId: a.body.id });

    const c = await leave(tok.pegawai, annual('2026-12-28', '2026-12-30'));
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    await step(tok.atasan, c.body.id, 'recommendation', {
      outcome: 'CHANGE',
      note: 'Geser sehari',
      changeTo: { startDate: '2026-12-29', endDate: '2026-12-30' },
    });
    const ch = await step(tok.kepala, c.body.id, 'decision', {
      outcome: 'CHANGE',
      note: 'Geser sehari',
      changeTo: { startDate: '2026-12-29', endDate: '2026-12-30' },
    });
    expect(ch.status, JSON.stringify(ch.body)).toBe(200);
    expect(ch.body).toMatchObject({ status: 'CHANGED', startDate: '2026-12-29', endDate: '2026-12-30' });
    const after = await balance(tok.pegawai);
    expect(after.available).toBe(7 - ch.body.workingDays);
    expect(after.ledger.at(-1)).toMatchObject({
      kind: 'resize',
      days: c.body.workingDays - ch.body.workingDays,
    });
    // The freed day can be taken again.
    const again = await leave(tok.pegawai, { ...annual('2026-12-28', '2026-12-28'), type: 'SAKIT' });
    expect(again.status, JSON.stringify(again.body)).toBe(201);
  });
});

describe('cancelLeave', () => {
  it('lets the employee cancel before the start, releasing the days once', async () => {
    const a = await leave(tok.ramai, annual('2026-12-10', '2026-12-11'));
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    const res = await step(tok.ramai, a.body.id, 'cancellation', { reason: 'Batal berangkat' });
    expect(res.body).toMatchObject({ status: 'CANCELLED', employeeStatus: 'CANCELLED' });
    expectProblem(await step(tok.ramai, a.body.id, 'cancellation', {}), 409, 'conflict');
    expect((await balance(tok.ramai)).available).toBe(12);
  });

  it('after the start, only the PYBMC cancels, releasing the days from today on', async () => {
    const a = await leave(tok.ramai, annual('2026-12-08', '2026-12-11'));
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    await step(tok.atasan, a.body.id, 'recommendation', { outcome: 'APPROVE' });
    await step(tok.kepala, a.body.id, 'decision', { outcome: 'APPROVE' });
    await tick('2026-12-10T02:00:00Z'); // Thursday
    expectProblem(await step(tok.ramai, a.body.id, 'cancellation', {}), 409, 'conflict');
    expectProblem(await step(tok.atasan, a.body.id, 'cancellation', {}), 403, 'forbidden');
    const res = await step(tok.kepala, a.body.id, 'cancellation', { reason: 'Dipanggil tugas' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'CANCELLED', workingDays: 2, annualDaysHeld: 2 });
    expect((await balance(tok.ramai)).available).toBe(10);
    const month = await getJson(t, '/v1/attendance/me?month=2026-12', tok.ramai);
    const status = (d: string) => month.days.find((x: { date: string }) => x.date === d).status;
    expect([status('2026-12-08'), status('2026-12-09')]).toEqual(['leave', 'leave']);
    expect(status('2026-12-11')).not.toBe('leave');
    await tick('2026-12-07T02:00:00Z');
  });
});

describe('delegations (Plt/Plh)', () => {
  it('are named by an admin of the agency, audited, and the Plh decides for the PYBMC with the step saying so', async () => {
    expectProblem(
      await t.call('POST', '/v1/attendance/leave/delegations', {
        token: tok.opd2,
        body: {
          principalId: emp.kepala.id,
          delegateId: emp.plh.id,
          kind: 'PLH',
          startDate: '2026-12-07',
          endDate: '2026-12-11',
        },
      }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.call('POST', '/v1/attendance/leave/delegations', {
        token: tok.opd,
        body: {
          principalId: emp.kepala.id,
          delegateId: emp.kepala.id,
          kind: 'PLH',
          startDate: '2026-12-07',
          endDate: '2026-12-11',
        },
      }),
      400,
      'validation',
      ['delegateId'],
    );
    const d = await t.call('POST', '/v1/attendance/leave/delegations', {
      token: tok.opd,
      body: {
        principalId: emp.kepala.id,
        delegateId: emp.plh.id,
        kind: 'PLH',
        startDate: '2026-12-07',
        endDate: '2026-12-11',
        decreeNumber: '800/123/DISDIK/2026',
      },
    });
    expect(d.status, JSON.stringify(d.body)).toBe(201);
    expect(d.body).toMatchObject({
      principal: { name: 'Hasan Basri' },
      delegate: { name: 'Wati Susanti' },
      kind: 'PLH',
    });
    const a = await leave(tok.atasan, annual('2026-12-21', '2026-12-21'));
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    // The head of a root unit reports to the agency head, who is also the PYBMC.
    expect(a.body).toMatchObject({ superior: { name: 'Hasan Basri' }, pybmc: { name: 'Hasan Basri' } });
    const inbox = await getJson(t, '/v1/attendance/leave/requests?view=inbox', tok.plh);
    expect(inbox.items.map((r: { id: string }) => r.id)).toContain(a.body.id);
    const dec = await step(tok.plh, a.body.id, 'decision', { outcome: 'APPROVE' });
    expect(dec.status, JSON.stringify(dec.body)).toBe(200);
    expect(
      dec.body.steps.map((s: Record<string, unknown>) => [
        s.step,
        s.actorName,
        s.onBehalfOfName,
        s.delegationKind,
      ]),
    ).toEqual([
      ['recommendation', 'Wati Susanti', 'Hasan Basri', 'PLH'],
      ['decision', 'Wati Susanti', 'Hasan Basri', 'PLH'],
    ]);
    const list = await getJson(t, '/v1/attendance/leave/delegations', tok.opd);
    expect(list.items).toHaveLength(1);
    const rev = await t.call('POST', `/v1/attendance/leave/delegations/${d.body.id}/revocation`, {
      token: tok.opd,
      body: { version: 1, reason: 'Kepala kembali bertugas' },
    });
    expect(rev.body).toMatchObject({ revoked: true, version: 2 });
    const audit = await getJson(
      t,
      `/v1/audit?entityType=approvalDelegation&entityId=${d.body.id}`,
      tok.admin,
    );
    expect(audit.items.map((x: { action: string }) => x.action).sort()).toEqual([
      'approvalDelegation.create',
      'approvalDelegation.revoke',
    ]);
  });
});

describe('visibility', () => {
  it('shows each viewer the leave calendar of their scope only, never the reason', async () => {
    const l = await leave(tok.lain, { ...annual('2026-12-15', '2026-12-15'), type: 'SAKIT' });
    expect(l.status, JSON.stringify(l.body)).toBe(201);
    const names = async (token: string, q = '') =>
      new Set(
        (await getJson(t, `/v1/attendance/leave/calendar?month=2026-12${q}`, token)).items.map(
          (i: { employeeName: string }) => i.employeeName,
        ),
      );
    expect(await names(tok.pegawai)).toEqual(new Set(['Sari Wulandari']));
    const unit = await names(tok.atasan);
    expect(unit.has('Sari Wulandari')).toBe(true);
    expect(unit.has('Dedi Kurniawan')).toBe(false);
    expect((await names(tok.opd)).has('Dedi Kurniawan')).toBe(true);
    expect(await names(tok.opd2)).toEqual(new Set());
    expectProblem(
      await t.call('GET', `/v1/attendance/leave/calendar?month=2026-12&agencyId=${agencyId}`, {
        token: tok.opd2,
      }),
      403,
      'forbidden',
    );
    const cal = await getJson(t, '/v1/attendance/leave/calendar?month=2026-12', tok.opd);
    expect(JSON.stringify(cal)).not.toContain('Urusan keluarga');
    expectProblem(
      await t.call('GET', `/v1/attendance/leave/requests/${l.body.id}`, { token: tok.pegawai }),
      404,
      'not-found',
    );
  });
});

describe('holiday changes', () => {
  it('recount held leave: a regional holiday inside an approved leave gives a day back, with the reason in the ledger and the audit', async () => {
    const before = await balance(tok.pegawai);
    const put = await t.call('PUT', '/v1/attendance/holidays/2026-12-16', {
      token: tok.admin,
      body: { name: 'HUT Kota', kind: 'regional' },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(201);
    const after = await balance(tok.pegawai);
    expect(after.available).toBe(before.available + 1);
    expect(after.ledger.at(-1)).toMatchObject({ kind: 'holiday-recount', days: 1 });
    expect(after.ledger.at(-1).reason).toContain('2026-12-16');
    const mine = await getJson(t, '/v1/attendance/leave/requests?view=mine', tok.pegawai);
    const r = mine.items.find((x: { startDate: string }) => x.startDate === '2026-12-14');
    expect(r.workingDays).toBe(4);
    const audit = await getJson(t, `/v1/audit?entityType=leaveRequest&entityId=${r.id}`, tok.admin);
    expect(audit.items.map((a: { action: string }) => a.action)).toContain('leave.recount');
    expect((await t.call('DELETE', '/v1/attendance/holidays/2026-12-16', { token: tok.admin })).status).toBe(
      204,
    );
    expect((await balance(tok.pegawai)).available).toBe(before.available);
  });

  it('charges a cuti bersama day to PPPK annual leave and never to PNS', async () => {
    const pppk0 = await balance(tok.pppk);
    const pns0 = await balance(tok.ramai);
    const put = await t.call('PUT', '/v1/attendance/holidays/2026-12-31', {
      token: tok.admin,
      body: { name: 'Cuti bersama akhir tahun', kind: 'cuti-bersama' },
    });
    expect([200, 201]).toContain(put.status);
    const pppk1 = await balance(tok.pppk);
    expect(pppk1.available).toBe(pppk0.available - 1);
    expect(pppk1.cutiBersamaDays).toContain('2026-12-31');
    expect(pppk1.ledger.at(-1)).toMatchObject({ kind: 'cuti-bersama', days: -1 });
    expect((await balance(tok.ramai)).available).toBe(pns0.available);
  });
});

describe('invariants under 50 concurrent requests', () => {
  const workdays2027 = (() => {
    const out: string[] = [];
    for (let d = new Date('2027-01-04T00:00:00Z'); out.length < 50; d = new Date(d.getTime() + 86_400_000))
      if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) out.push(d.toISOString().slice(0, 10));
    return out;
  })();

  it('50 one-day requests on different days against the days left give exactly that many reservations', async () => {
    // 2026 left 10 unused days, of which 6 carry over: 12 + 6 = 18, the ceiling (PP 11/2017 art. 312).
    const opened = await balance(tok.ramai, 2027);
    expect(opened).toMatchObject({
      basis: 'one-year-carry',
      cap: 18,
      granted: { 'N-1': 6, N: 12 },
      available: 18,
    });
    const results = await Promise.all(workdays2027.map((d) => leave(tok.ramai, annual(d, d))));
    const codes = results.map((r) => r.status);
    expect(codes.filter((c) => c === 201)).toHaveLength(18);
    expect(codes.filter((c) => c !== 201).every((c) => c === 409 || c === 400)).toBe(true);
    const b = await balance(tok.ramai, 2027);
    expect(b).toMatchObject({ available: 0, pendingDays: 18, used: { 'N-1': 6, N: 12 } });
    expect(b.ledger.filter((l: { kind: string }) => l.kind === 'reserve')).toHaveLength(18);
    const sum = b.ledger.reduce((s: number, l: { days: number }) => s + l.days, 0);
    expect(sum).toBe(0);
  }, 120_000);

  it('50 concurrent decisions on one request: exactly one happens', async () => {
    const mine = await getJson(t, '/v1/attendance/leave/requests?view=mine&limit=100', tok.ramai);
    const target = mine.items.find(
      (r: { status: string; startDate: string }) =>
        r.status === 'AWAITING_RECOMMENDATION' && r.startDate >= '2027-01-01',
    );
    await step(tok.atasan, target.id, 'recommendation', { outcome: 'APPROVE' });
    const results = await Promise.all(
      Array.from({ length: 50 }, () => step(tok.kepala, target.id, 'decision', { outcome: 'APPROVE' })),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(49);
    const audit = await getJson(t, `/v1/audit?entityType=leaveRequest&entityId=${target.id}`, tok.admin);
    expect(audit.items.filter((a: { action: string }) => a.action === 'leave.decide')).toHaveLength(1);
  }, 120_000);

  it('50 concurrent cancellations release the days exactly once', async () => {
    const mine = await getJson(t, '/v1/attendance/leave/requests?view=mine&limit=100', tok.ramai);
    const target = mine.items.find(
      (r: { status: string; startDate: string }) =>
        r.status === 'AWAITING_RECOMMENDATION' && r.startDate >= '2027-01-01',
    );
    const results = await Promise.all(
      Array.from({ length: 50 }, () => step(tok.ramai, target.id, 'cancellation', {})),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    const b = await balance(tok.ramai, 2027);
    expect(b.available).toBe(1);
    expect(
      b.ledger.filter(
        (l: { kind: string; requestId: string }) => l.kind === 'release' && l.requestId === target.id,
      ),
    ).toHaveLength(1);
    const items = await scanTable(t);
    const guard = items.filter((i) => String(i.pk).includes('LEAVEDAYS#') && i.employeeId === emp.ramai.id);
    const held = guard.flatMap((g) => [...(g.days ?? [])]);
    expect(held).not.toContain(target.startDate);
  }, 120_000);
});

describe('sick-leave attachments (health data)', () => {
  const PDF = new TextEncoder().encode('%PDF-1.4 surat keterangan dokter');
  const sick = (over: Record<string, unknown> = {}) => ({
    ...annual('2027-02-01', '2027-02-03'),
    type: 'SAKIT',
    reason: 'Demam berdarah',
    sickDocument: 'doctor',
    ...over,
  });
  const uploadFile = async (token: string, name = 'surat-dokter.pdf') => {
    const res = await t.call('POST', '/v1/attendance/leave/attachments', {
      token,
      body: { name, contentType: 'application/pdf', size: PDF.length },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { key: string; upload: { url: string; headers: Record<string, string> } };
  };
  const put = async (u: { url: string; headers: Record<string, string> }) => {
    const res = await t.call('PUT', u.url, { body: PDF, headers: u.headers });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  };
  let requestId: string;
  let attachmentKey: string;

  it("needs the doctor's note attached beyond one day, uploaded first, and the requester's own", async () => {
    expectProblem(await leave(tok.pegawai, sick()), 400, 'validation', ['attachments']);
    const mine = await uploadFile(tok.pegawai);
    expectProblem(
      await leave(tok.pegawai, sick({ attachments: [{ key: mine.key, name: 'surat-dokter.pdf' }] })),
      400,
      'validation',
      ['attachments.0.key'],
    );
    await put(mine.upload);
    // A text file named .pdf: its bytes are not a PDF.
    const fake = await uploadFile(tok.pegawai, 'bukan-pdf.pdf');
    const text = await t.call('PUT', fake.upload.url, {
      body: new TextEncoder().encode('surat palsu, hanya teks'),
      headers: fake.upload.headers,
    });
    expect(text.status).toBe(200);
    const refused = await leave(
      tok.pegawai,
      sick({ attachments: [{ key: fake.key, name: 'bukan-pdf.pdf' }] }),
    );
    expectProblem(refused, 400, 'validation', ['attachments.0.key']);
    expect(refused.body.errors[0].message).toBe('the uploaded file is not a PDF file');
    const theirs = await uploadFile(tok.lain);
    await put(theirs.upload);
    expectProblem(
      await leave(tok.pegawai, sick({ attachments: [{ key: theirs.key, name: 'punya orang.pdf' }] })),
      400,
      'validation',
      ['attachments.0.key'],
    );
    expectProblem(
      await t.call('POST', '/v1/attendance/leave/attachments', {
        token: tok.pegawai,
        body: { name: 'x.exe', contentType: 'application/x-msdownload', size: 6 * 1024 * 1024 },
      }),
      400,
      'validation',
      ['contentType', 'size'],
    );
    const res = await leave(
      tok.pegawai,
      sick({ attachments: [{ key: mine.key, name: 'surat-dokter.pdf' }] }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.attachments).toEqual([
      { index: 0, name: 'surat-dokter.pdf', contentType: 'application/pdf' },
    ]);
    expect(JSON.stringify(res.body)).not.toContain(mine.key);
    requestId = res.body.id;
    attachmentKey = mine.key;
  });

  it('opens to the employee and the approvers only, and logs every opening', async () => {
    const open = (token: string) =>
      t.call('GET', `/v1/attendance/leave/requests/${requestId}/attachments/0`, { token });
    for (const who of ['pegawai', 'atasan', 'kepala'] as const) {
      const res = await open(tok[who]);
      expect(res.status, who).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect(res.body).toContain('surat keterangan dokter');
    }
    for (const who of ['opd', 'admin', 'lain', 'opd2'] as const)
      expectProblem(await open(tok[who]), 404, 'not-found');
    expectProblem(
      await t.call('GET', `/v1/attendance/leave/requests/${requestId}/attachments/1`, { token: tok.pegawai }),
      404,
      'not-found',
    );
    const audit = await getJson(t, `/v1/audit?entityType=leaveRequest&entityId=${requestId}`, tok.admin);
    const opens = audit.items.filter((a: { action: string }) => a.action === 'leaveAttachment.open');
    expect(opens).toHaveLength(3);
    expect(opens[0].flags).toEqual(['health-data']);
    // The calendar never carries the attachment.
    const cal = await getJson(t, '/v1/attendance/leave/calendar?month=2027-02', tok.atasan);
    expect(JSON.stringify(cal)).not.toContain('surat-dokter');
  });

  it('answers 404 with the reason, never a 500, when the file is gone from storage, and logs no opening', async () => {
    const dir = (t.deps.documents as LocalDocumentStore).dir;
    rmSync(join(dir, attachmentKey));
    const before = await tableSnapshot(t);
    const res = await t.call('GET', `/v1/attendance/leave/requests/${requestId}/attachments/0`, {
      token: tok.pegawai,
    });
    expectProblem(res, 404, 'not-found');
    expect(res.body.detail).toBe(
      "The attachment's file is no longer in storage. Ask the employee to attach it again.",
    );
    expect(await tableSnapshot(t)).toEqual(before);
  });
});
