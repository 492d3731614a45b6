import { countDynamoCalls } from '@pamong/db';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import { employeeBody } from '../support/personnel';
import {
  allPages,
  createAgency,
  createPosition,
  createUnit,
  createUser,
  expectProblem,
  getJson,
  type Res,
  tableSnapshot,
  UNKNOWN_ID,
} from './helpers';

/**
 * The follow-up of the annual predikat (issue 14 §4) against DynamoDB Local. An agency's staff are
 * planned, approved and assessed for the whole year through the API over 2025 and 2026 (and one
 * employee moves in from another agency between them), then:
 * - the register of 2026: the talent pool after two years of Sangat Baik (also for the employee who
 *   moved in, whose 2025 is read from the other agency), coaching for Butuh Perbaikan or worse, a
 *   discipline referral for Kurang and for a low predikat two years running; its pages, cursor and
 *   DynamoDB calls; who sees what;
 * - coaching plans and check-ins, referrals and outcomes: success, audit, and every bad input;
 * - the SKP report read back with exceljs;
 * - the predikat in the placement score and the promotion list.
 */
const SLUG = 'tindaklanjut';
let t: TestApi;
// Early December 2026: the 2026 annual assessments are done; the 2025 ones were done a year ago.
const clock = new Date('2026-12-01T03:00:00Z');

const USERS = [
  'admin',
  'opd',
  'opd2',
  'kabid',
  'kasi',
  's1',
  's2',
  's3',
  's4',
  's5',
  's6',
  's7',
  'mover',
] as const;
type User = (typeof USERS)[number];
type Staff = 's1' | 's2' | 's3' | 's4' | 's5' | 's6' | 's7' | 'mover' | 'kabid' | 'kasi' | 'kepala';
const tok = {} as Record<User, string>;
const username = (u: User) => (u.length < 3 ? `staf-${u}` : u);
const emp = {} as Record<Staff, { id: string; name: string }>;
let tenantId: string;
let agencyId: string;
let otherAgencyId: string;
const unit = {} as Record<'sekretariat' | 'sd' | 'gizi', string>;
let strangerToken: string;
let vacantPositionId: string;
/** The 2026 SKPs, by owner. */
const skp2026 = {} as Record<string, { id: string; itemId: string }>;

const YEAR = (y: number) => ({ start: `${y}-01`, end: `${y}-12` });
const Q1 = { start: '2026-01', end: '2026-03' };
const ok = (res: Res, status: number) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
};

/** An SKP of the year, created by an admin, submitted by the owner, approved by the appraiser. */
async function approvedSkp(owner: User, appraiser: User, year: number, itemText?: string) {
  const created = ok(
    await t.call('POST', '/v1/performance/skps', {
      token: tok.admin,
      body: {
        employeeId: emp[owner as Staff].id,
        period: YEAR(year),
        items: [
          {
            text: itemText ?? `Terselenggaranya layanan administrasi sekolah ${year}`,
            indicators: [
              {
                text: 'Laporan bulanan disampaikan',
                target: { kind: 'quantity', value: 12, unit: 'laporan' },
              },
              { text: 'Ketepatan waktu', target: { kind: 'time', value: 12, unit: 'bulan' } },
            ],
          },
        ],
      },
    }),
    201,
  );
  const sent = ok(
    await t.call('POST', `/v1/performance/skps/${created.id}/submit`, {
      token: tok[owner],
      body: { version: created.version },
    }),
    200,
  );
  ok(
    await t.call('POST', `/v1/performance/skps/${created.id}/approve`, {
      token: tok[appraiser],
      body: { version: sent.version },
    }),
    200,
  );
  return { id: created.id as string, itemId: created.items[0].id as string };
}

/** The annual assessment: hasil kerja and perilaku give the predikat from the default matrix. */
const MATRIX = {
  SANGAT_BAIK: ['above', 'above'],
  BAIK: ['meets', 'meets'],
  BUTUH_PERBAIKAN: ['below', 'meets'],
  KURANG: ['above', 'below'],
  SANGAT_KURANG: ['below', 'below'],
} as const;
async function assessYear(appraiser: User, skpId: string, year: number, predikat: keyof typeof MATRIX) {
  const [hasilKerja, perilaku] = MATRIX[predikat];
  const body = ok(
    await t.call('POST', '/v1/performance/assessments', {
      token: tok[appraiser],
      body: { skpId, period: YEAR(year), hasilKerja, perilaku },
    }),
    201,
  );
  expect(body.predikat).toBe(predikat);
}

/** The annual predikats: 2025 and 2026 (undefined: no annual assessment that year). */
const PLAN: Record<
  's1' | 's2' | 's3' | 's4' | 's5' | 's6' | 's7',
  [keyof typeof MATRIX | null, keyof typeof MATRIX | null]
> = {
  s1: ['SANGAT_BAIK', 'SANGAT_BAIK'], // talent pool
  s2: ['BAIK', 'SANGAT_BAIK'], // one year only: nothing
  s3: ['BAIK', 'BUTUH_PERBAIKAN'], // coaching
  s4: ['BAIK', 'KURANG'], // coaching and a referral (Kurang)
  s5: ['BUTUH_PERBAIKAN', 'BUTUH_PERBAIKAN'], // coaching and a referral (persistent)
  s6: ['BAIK', 'BAIK'], // nothing
  s7: ['BUTUH_PERBAIKAN', null], // 2026 planned, not assessed yet
};

beforeAll(async () => {
  t = await createTestApi({ now: () => clock });
  const created = await createTenantViaApi(t, SLUG);
  tenantId = created.tenantId;
  const adminToken = created.adminToken;
  const agency = await createAgency(t, adminToken, 'Dinas Pendidikan');
  agencyId = agency.id;
  const other = await createAgency(t, adminToken, 'Dinas Kesehatan');
  otherAgencyId = other.id;
  unit.sekretariat = (await createUnit(t, adminToken, agency.id, 'Sekretariat')).id;
  unit.sd = (await createUnit(t, adminToken, agency.id, 'Bidang SD')).id;
  unit.gizi = (await createUnit(t, adminToken, other.id, 'Seksi Gizi')).id;
  const kadis = await createPosition(t, adminToken, agency.id, {
    unitId: unit.sekretariat,
    name: 'Kepala Dinas Pendidikan',
    type: 'JPT_PRATAMA',
    positionClass: 14,
  });
  const kabid = await createPosition(t, adminToken, agency.id, {
    unitId: unit.sd,
    name: 'Kepala Bidang SD',
    type: 'ADMINISTRATOR',
    positionClass: 12,
  });
  const kasi = await createPosition(t, adminToken, other.id, {
    unitId: unit.gizi,
    name: 'Kepala Seksi Gizi',
    type: 'ADMINISTRATOR',
    positionClass: 12,
  });
  vacantPositionId = await createPosition(t, adminToken, agency.id, {
    unitId: unit.sd,
    name: 'Pengelola Data Sekolah',
    type: 'PELAKSANA',
    positionClass: 7,
  });
  const people: [Staff, string, string, string, string?][] = [
    ['kepala', 'Hasan Basri', agency.id, unit.sekretariat, kadis],
    ['kabid', 'Agus Pratama', agency.id, unit.sd, kabid],
    ['s1', 'Sari Wulandari', agency.id, unit.sd],
    ['s2', 'Rudi Hartono', agency.id, unit.sd],
    ['s3', 'Maya Sari', agency.id, unit.sd],
    ['s4', 'Dedi Kurniawan', agency.id, unit.sd],
    ['s5', 'Wati Susanti', agency.id, unit.sd],
    ['s6', 'Yudi Ramadhan', agency.id, unit.sd],
    ['s7', 'Lina Marpaung', agency.id, unit.sd],
    ['kasi', 'Nur Aini', other.id, unit.gizi, kasi],
    ['mover', 'Bayu Saputra', other.id, unit.gizi],
  ];
  let sequence = 1;
  for (const [key, name, agencyOf, unitId, positionId] of people) {
    const res = await t.call('POST', '/v1/employees', {
      token: adminToken,
      body: {
        ...employeeBody({ name, agencyId: agencyOf, unitId, sequence: sequence++, positionId }),
        tmtRank: '2019-04-01',
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    emp[key] = { id: res.body.id as string, name };
  }
  await createUser(t, adminToken, { username: 'opd', role: 'agency-admin', agencyId: agency.id });
  await createUser(t, adminToken, { username: 'opd2', role: 'agency-admin', agencyId: other.id });
  for (const [key, name, agencyOf] of people) {
    if (key === 'kepala') continue;
    await createUser(t, adminToken, {
      username: username(key as User),
      name,
      role: key === 'kabid' || key === 'kasi' ? 'supervisor' : 'employee',
      agencyId: agencyOf,
      employeeId: emp[key].id,
    });
  }
  const tokens = await Promise.all(
    USERS.map((u) => (u === 'admin' ? Promise.resolve(adminToken) : t.loginAs(SLUG, username(u)))),
  );
  USERS.forEach((u, i) => {
    tok[u] = tokens[i]!;
  });
  strangerToken = (await createTenantViaApi(t, 'lainnya')).adminToken;

  for (const [s, [y2025, y2026]] of Object.entries(PLAN) as [keyof typeof PLAN, (typeof PLAN)['s1']][]) {
    const last = await approvedSkp(s, 'kabid', 2025);
    if (y2025) await assessYear('kabid', last.id, 2025, y2025);
    skp2026[s] = await approvedSkp(
      s,
      'kabid',
      2026,
      s === 's2' ? '=HYPERLINK("http://contoh.invalid","klik")' : undefined,
    );
    if (y2026) await assessYear('kabid', skp2026[s]!.id, 2026, y2026);
  }
  // The mover: Sangat Baik in 2025 at the Dinas Kesehatan, then placed in Bidang SD, Sangat Baik again.
  const moverLast = await approvedSkp('mover', 'kasi', 2025);
  await assessYear('kasi', moverLast.id, 2025, 'SANGAT_BAIK');
  const profile = await getJson(t, `/v1/employees/${emp.mover.id}`, tok.admin);
  ok(
    await t.call('POST', `/v1/employees/${emp.mover.id}/placements`, {
      token: tok.admin,
      body: {
        agencyId,
        unitId: unit.sd,
        tmt: '2026-01-02',
        reason: 'Mutasi antar perangkat daerah',
        version: profile.version,
      },
    }),
    201,
  );
  skp2026.mover = await approvedSkp('mover', 'kabid', 2026);
  await assessYear('kabid', skp2026.mover.id, 2026, 'SANGAT_BAIK');
  // A realisation of s1's item in the first quarter, for the report.
  ok(
    await t.call('POST', `/v1/performance/skps/${skp2026.s1!.id}/realisations`, {
      token: tok.kabid,
      body: { itemId: skp2026.s1!.itemId, period: Q1, value: 3, note: 'Tiga laporan' },
    }),
    201,
  );
}, 300_000);

const get = (path: string, who: User | string) =>
  t.call('GET', path, { token: who in tok ? tok[who as User] : who });
const post = (path: string, who: User | string, body: unknown) =>
  t.call('POST', path, { token: who in tok ? tok[who as User] : who, body });
const register = (who: User | string, query = `agencyId=${agencyId}&year=2026`) =>
  get(`/v1/performance/follow-ups?${query}`, who);
const rowKey = (r: { kind: string; employeeId: string }) => `${r.kind}:${r.employeeId}`;
const ORDER = ['discipline-referral', 'coaching', 'talent-pool'];
const sorted = (rows: [string, Staff][]) =>
  rows
    .map(([kind, who]) => ({ kind, employeeId: emp[who].id }))
    .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || (a.employeeId < b.employeeId ? -1 : 1))
    .map(rowKey);

describe('listPerformanceFollowUps: the register', () => {
  it('lists the talent pool, coaching and referrals of 2026 from two years of annual predikats', async () => {
    const body = ok(await register('admin', `agencyId=${agencyId}&year=2026&limit=50`), 200);
    expect(body).toMatchObject({
      year: 2026,
      period: YEAR(2026),
      talentPoolYears: 2,
      persistYears: 2,
      nextCursor: null,
    });
    expect(body.items.map(rowKey)).toEqual(
      sorted([
        ['discipline-referral', 's4'],
        ['discipline-referral', 's5'],
        ['coaching', 's3'],
        ['coaching', 's4'],
        ['coaching', 's5'],
        ['talent-pool', 's1'],
        ['talent-pool', 'mover'],
      ]),
    );
    const row = (kind: string, who: Staff) =>
      body.items.find((r: { kind: string; employeeId: string }) => rowKey(r) === `${kind}:${emp[who].id}`);
    expect(row('talent-pool', 's1')).toMatchObject({
      employeeName: 'Sari Wulandari',
      nip: expect.stringMatching(/^\d{18}$/),
      agencyId,
      unitId: unit.sd,
      unitName: 'Bidang SD',
      year: 2026,
      predikat: 'SANGAT_BAIK',
      reasons: ['sangat-baik-consecutive'],
      years: [2025, 2026],
      predikats: [
        { year: 2025, predikat: 'SANGAT_BAIK' },
        { year: 2026, predikat: 'SANGAT_BAIK' },
      ],
      appraiser: { id: emp.kabid.id, name: 'Agus Pratama' },
      current: true,
      status: 'noted',
      coachingPlan: null,
      referral: null,
    });
    // The mover's 2025 Sangat Baik was given at the Dinas Kesehatan: it still counts.
    expect(row('talent-pool', 'mover').predikats).toEqual([
      { year: 2025, predikat: 'SANGAT_BAIK' },
      { year: 2026, predikat: 'SANGAT_BAIK' },
    ]);
    expect(row('discipline-referral', 's4')).toMatchObject({
      predikat: 'KURANG',
      reasons: ['kurang-or-sangat-kurang'],
      years: [2026],
      status: 'to-do',
    });
    expect(row('discipline-referral', 's5')).toMatchObject({
      predikat: 'BUTUH_PERBAIKAN',
      reasons: ['persistent-low-predikat'],
      years: [2025, 2026],
    });
    expect(row('coaching', 's3')).toMatchObject({
      predikat: 'BUTUH_PERBAIKAN',
      reasons: ['butuh-perbaikan-or-worse'],
      years: [2026],
      status: 'to-do',
    });
  });

  it("reads an agency's year in 2 GetItem, one Query per year and one of the follow-ups, and the movers' earlier year", async () => {
    await register('admin');
    const { result, calls } = await countDynamoCalls(() => register('admin'));
    expect(result.status).toBe(200);
    // The mover's 2025 is not in this agency's 2025 assessments: their guard, then their assessment.
    expect(calls.byCommand).toEqual({ GetItem: 2, Query: 3, BatchGetItem: 2 });
  });

  it('pages the register with a cursor bound to the query', async () => {
    const whole = ok(await register('admin', `agencyId=${agencyId}&year=2026&limit=50`), 200).items;
    const pages = await allPages(
      t,
      `/v1/performance/follow-ups?agencyId=${agencyId}&year=2026`,
      tok.admin,
      2,
    );
    expect(pages.map((p) => p.length)).toEqual([2, 2, 2, 1]);
    expect(pages.flat().map(rowKey)).toEqual(whole.map(rowKey));
    const first = ok(await register('admin', `agencyId=${agencyId}&year=2026&limit=2`), 200);
    const cursor = encodeURIComponent(first.nextCursor);
    // Another query's cursor, an edited one, another tenant's: 400.
    expectProblem(
      await register('admin', `agencyId=${agencyId}&year=2026&kind=coaching&cursor=${cursor}`),
      400,
      'bad-cursor',
    );
    expectProblem(
      await register('admin', `agencyId=${agencyId}&year=2026&cursor=${cursor}x`),
      400,
      'bad-cursor',
    );
    const stranger = await register(strangerToken, `agencyId=${agencyId}&year=2026&cursor=${cursor}`);
    expect([400, 404]).toContain(stranger.status);
  });

  it('filters by kind, and reads other years', async () => {
    const coaching = ok(await register('admin', `agencyId=${agencyId}&year=2026&kind=coaching`), 200);
    expect(coaching.items.map(rowKey)).toEqual(
      sorted([
        ['coaching', 's3'],
        ['coaching', 's4'],
        ['coaching', 's5'],
      ]),
    );
    // 2025: s5 and s7 were Butuh Perbaikan (no 2024 to persist from); the mover was elsewhere.
    const y2025 = ok(await register('admin', `agencyId=${agencyId}&year=2025`), 200);
    expect(y2025.items.map(rowKey)).toEqual(
      sorted([
        ['coaching', 's5'],
        ['coaching', 's7'],
      ]),
    );
    const dinkes = ok(await register('admin', `agencyId=${otherAgencyId}&year=2025`), 200);
    expect(dinkes.items).toEqual([]);
    expect(ok(await register('admin', `agencyId=${agencyId}&year=2024`), 200).items).toEqual([]);
  });

  it('shows an admin their scope, other staff their own rows, and an appraiser those they assessed', async () => {
    const all = ok(await register('admin'), 200).items.map(rowKey);
    expect(ok(await register('opd', 'year=2026&limit=50'), 200).items.map(rowKey)).toEqual(all);
    expectProblem(await register('opd', `agencyId=${otherAgencyId}&year=2026`), 403, 'forbidden');
    expect(ok(await register('opd2', 'year=2026'), 200).items).toEqual([]);
    expect(ok(await register('s4', 'year=2026'), 200).items.map(rowKey)).toEqual(
      sorted([
        ['discipline-referral', 's4'],
        ['coaching', 's4'],
      ]),
    );
    expect(ok(await register('s4', `agencyId=${agencyId}&year=2026`), 200).items).toHaveLength(2);
    expect(ok(await register('s4', `agencyId=${otherAgencyId}&year=2026`), 200).items).toEqual([]);
    expect(ok(await register('s1', 'year=2026'), 200).items.map(rowKey)).toEqual([
      `talent-pool:${emp.s1.id}`,
    ]);
    expect(ok(await register('s6', 'year=2026'), 200).items).toEqual([]);
    // The appraiser sees, besides their own (none), the rows of those whose 2026 assessment they
    // made: they coach them. Another supervisor who assessed none of them sees none.
    const full = ok(await register('admin', `agencyId=${agencyId}&year=2026&limit=50`), 200).items;
    const theirs = full.filter((r: { appraiser: { id: string } | null }) => r.appraiser?.id === emp.kabid.id);
    expect(theirs.length).toBeGreaterThan(2);
    expect(
      ok(await register('kabid', `agencyId=${agencyId}&year=2026&limit=50`), 200).items.map(rowKey),
    ).toEqual(theirs.map(rowKey));
    expect(ok(await register('kasi', 'year=2026&limit=50'), 200).items).toEqual([]);
    // One's own rows: the settings, the year's guards, the assessments found, the records (3
    // BatchGetItem), and one Query of a single item to learn that s4 appraises nobody.
    const { calls } = await countDynamoCalls(() => register('s4', 'year=2026'));
    expect(calls.byCommand).toEqual({ GetItem: 1, BatchGetItem: 3, Query: 1 });
  });

  it('refuses bad input and unknown agencies', async () => {
    expectProblem(await register('admin', 'year=2026'), 400, 'validation', ['agencyId']);
    expectProblem(await register('admin', `agencyId=${agencyId}`), 400, 'validation', ['year']);
    expectProblem(await register('admin', `agencyId=${agencyId}&year=dua`), 400, 'validation', ['year']);
    expectProblem(await register('admin', `agencyId=${agencyId}&year=2026&kind=hadiah`), 400, 'validation', [
      'kind',
    ]);
    expectProblem(await register('admin', `agencyId=${agencyId}&year=2026&limit=51`), 400, 'validation', [
      'limit',
    ]);
    expectProblem(await register('admin', `agencyId=nope&year=2026`), 400, 'validation', ['agencyId']);
    expectProblem(await register('admin', `agencyId=${UNKNOWN_ID}&year=2026`), 404, 'not-found');
    expectProblem(await register(strangerToken), 404, 'not-found');
    expectProblem(
      await t.call('GET', `/v1/performance/follow-ups?agencyId=${agencyId}&year=2026`),
      401,
      'unauthorized',
    );
  });
});

describe('createCoachingPlan', () => {
  const plan = (employee: Staff, extra: Record<string, unknown> = {}) => ({
    employeeId: emp[employee].id,
    period: YEAR(2026),
    goals: ['Laporan bulanan tepat waktu', 'Menguasai aplikasi Dapodik'],
    checkIns: [
      { date: '2026-12-15', note: 'Menyepakati target' },
      { date: '2027-01-15' },
      { date: '2027-03-15' },
    ],
    ...extra,
  });

  it("lets the employee's appraiser make one for a coaching row, audited", async () => {
    const body = ok(await post('/v1/performance/coaching-plans', 'kabid', plan('s3')), 201);
    expect(body).toMatchObject({
      employeeId: emp.s3.id,
      employeeName: 'Maya Sari',
      agencyId,
      unitId: unit.sd,
      year: 2026,
      predikat: 'BUTUH_PERBAIKAN',
      period: YEAR(2026),
      goals: ['Laporan bulanan tepat waktu', 'Menguasai aplikasi Dapodik'],
      coach: { id: emp.kabid.id, name: 'Agus Pratama' },
      status: 'planned',
      createdAt: clock.toISOString(),
      version: 1,
    });
    expect(body.checkIns).toEqual([
      {
        date: '2026-12-15',
        note: 'Menyepakati target',
        status: 'planned',
        recordedByName: null,
        recordedAt: null,
      },
      { date: '2027-01-15', note: null, status: 'planned', recordedByName: null, recordedAt: null },
      { date: '2027-03-15', note: null, status: 'planned', recordedByName: null, recordedAt: null },
    ]);
    const audit = await getJson(t, `/v1/audit?entityType=employee&entityId=${emp.s3.id}`, tok.admin);
    expect(audit.items.find((a: { action: string }) => a.action === 'coachingPlan.create')).toMatchObject({
      changes: { year: { after: 2026 }, predikat: { after: 'BUTUH_PERBAIKAN' }, goals: { after: 2 } },
    });
    const row = ok(await register('admin', `agencyId=${agencyId}&year=2026&kind=coaching`), 200).items.find(
      (r: { employeeId: string }) => r.employeeId === emp.s3.id,
    );
    expect(row).toMatchObject({ status: 'planned', coachingPlan: { version: 1, goals: body.goals } });
    // One per employee and year.
    expectProblem(await post('/v1/performance/coaching-plans', 'admin', plan('s3')), 409, 'conflict');
  });

  it('lets an admin in scope make one; the coach is the direct superior', async () => {
    const body = ok(
      await post('/v1/performance/coaching-plans', 'opd', plan('s4', { checkIns: undefined })),
      201,
    );
    expect(body).toMatchObject({
      employeeId: emp.s4.id,
      predikat: 'KURANG',
      checkIns: [],
      coach: { id: emp.kabid.id },
    });
  });

  it('refuses who may not, and employees without a coaching row', async () => {
    const before = await tableSnapshot(t);
    expectProblem(await post('/v1/performance/coaching-plans', 's5', plan('s5')), 403, 'forbidden');
    expectProblem(await post('/v1/performance/coaching-plans', 's4', plan('s5')), 404, 'not-found');
    expectProblem(await post('/v1/performance/coaching-plans', 'opd2', plan('s5')), 404, 'not-found');
    expectProblem(await post('/v1/performance/coaching-plans', 'kasi', plan('s5')), 404, 'not-found');
    expectProblem(await post('/v1/performance/coaching-plans', strangerToken, plan('s5')), 404, 'not-found');
    expectProblem(
      await post('/v1/performance/coaching-plans', 'admin', { ...plan('s5'), employeeId: UNKNOWN_ID }),
      404,
      'not-found',
    );
    // Sangat Baik, Baik, no annual predikat in 2026, no SKP in 2024.
    for (const [who, year] of [
      ['s1', 2026],
      ['s6', 2026],
      ['s7', 2026],
      ['s3', 2024],
    ] as const) {
      const res = await post(
        '/v1/performance/coaching-plans',
        'admin',
        plan(who, { period: YEAR(year), checkIns: [] }),
      );
      expectProblem(res, 409, 'conflict');
    }
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('refuses bad input with the field named and writes nothing', async () => {
    const before = await tableSnapshot(t);
    const bad = async (body: unknown, paths: string[]) =>
      expectProblem(await post('/v1/performance/coaching-plans', 'admin', body), 400, 'validation', paths);
    await bad(plan('s5', { period: Q1 }), ['period']);
    await bad(plan('s5', { period: { start: '2026-01', end: '2025-12' } }), ['period.end']);
    await bad(plan('s5', { goals: [] }), ['goals']);
    await bad(plan('s5', { goals: ['  '] }), ['goals.0']);
    await bad(plan('s5', { goals: Array.from({ length: 11 }, (_, i) => `Tujuan ${i}`) }), ['goals']);
    await bad(
      plan('s5', {
        checkIns: [{ date: '2027-02-01' }, { date: '2027-01-01' }],
      }),
      ['checkIns.1.date'],
    );
    await bad(plan('s5', { checkIns: [{ date: '2027-02-30' }] }), ['checkIns.0.date']);
    await bad(plan('s5', { checkIns: [{ date: '2025-12-31' }] }), ['checkIns.0.date']);
    await bad(plan('s5', { checkIns: [{ date: '2026-06-01' }, { date: '2028-01-01' }] }), [
      'checkIns.1.date',
    ]);
    await bad(plan('s5', { checkIns: [{ date: '2026-06-01', note: 'x'.repeat(2001) }] }), [
      'checkIns.0.note',
    ]);
    await bad(plan('s5', { employeeId: 'nope' }), ['employeeId']);
    await bad({ ...plan('s5'), reward: 'bonus' }, ['reward']);
    const { employeeId: _e, ...noEmployee } = plan('s5');
    await bad(noEmployee, ['employeeId']);
    expect(await tableSnapshot(t)).toEqual(before);
  });
});

describe('recordCoachingCheckIn', () => {
  const path = (who: Staff, year: number | string = 2026) =>
    `/v1/performance/coaching-plans/${emp[who].id}/${year}/check-ins`;

  it('completes a planned check-in, adds an unplanned one in date order, audited', async () => {
    const held = ok(
      await post(path('s3'), 'kabid', { date: '2026-12-01', note: 'Target bulanan dibahas bersama' }),
      201,
    );
    expect(held.status).toBe('in-progress');
    expect(held.version).toBe(2);
    expect(held.checkIns.map((c: { date: string; status: string }) => [c.date, c.status])).toEqual([
      ['2026-12-01', 'held'],
      ['2026-12-15', 'planned'],
      ['2027-01-15', 'planned'],
      ['2027-03-15', 'planned'],
    ]);
    expect(held.checkIns[0]).toMatchObject({
      note: 'Target bulanan dibahas bersama',
      recordedAt: clock.toISOString(),
    });
    // An admin in scope too.
    const more = ok(await post(path('s3'), 'opd', { date: '2026-11-20', note: 'Catatan admin' }), 201);
    expect(more.checkIns.map((c: { date: string }) => c.date)).toEqual([
      '2026-11-20',
      '2026-12-01',
      '2026-12-15',
      '2027-01-15',
      '2027-03-15',
    ]);
    const audit = await getJson(t, `/v1/audit?entityType=employee&entityId=${emp.s3.id}`, tok.admin);
    expect(audit.items.filter((a: { action: string }) => a.action === 'coachingPlan.check-in')).toHaveLength(
      2,
    );
    expectProblem(await post(path('s3'), 'kabid', { date: '2026-12-01', note: 'Lagi' }), 409, 'conflict');
    // The settings, the year's guard and assessment (its agency), the plan; one transaction.
    const { result, calls } = await countDynamoCalls(() =>
      post(path('s3'), 'kabid', { date: '2026-11-30', note: 'Tindak lanjut' }),
    );
    expect(result.status).toBe(201);
    expect(calls.byCommand).toEqual({ GetItem: 2, BatchGetItem: 2, TransactWriteItems: 1 });
  });

  it('refuses who may not, plans that do not exist, and bad input, writing nothing', async () => {
    const before = await tableSnapshot(t);
    const body = { date: '2026-11-25', note: 'Catatan' };
    expectProblem(await post(path('s3'), 's3', body), 403, 'forbidden');
    expectProblem(await post(path('s3'), 's4', body), 404, 'not-found');
    expectProblem(await post(path('s3'), 'opd2', body), 404, 'not-found');
    expectProblem(await post(path('s3'), strangerToken, body), 404, 'not-found');
    expectProblem(await post(path('s5'), 'admin', body), 404, 'not-found');
    expectProblem(await post(path('s3', 2024), 'admin', body), 404, 'not-found');
    const bad = async (p: string, b: unknown, paths: string[]) =>
      expectProblem(await post(p, 'kabid', b), 400, 'validation', paths);
    await bad(path('s3'), { date: '2026-12-02', note: 'Besok' }, ['date']);
    await bad(path('s3'), { date: '2025-12-31', note: 'Tahun lalu' }, ['date']);
    await bad(path('s3'), { date: '2026-13-01', note: 'Catatan' }, ['date']);
    await bad(path('s3'), { date: '2026-11-25', note: ' ' }, ['note']);
    await bad(path('s3'), { date: '2026-11-25' }, ['note']);
    await bad(path('s3'), { date: '2026-11-25', note: 'Catatan', version: 2 }, ['version']);
    await bad(path('s3', 1999), body, ['year']);
    await bad(path('s3', 'tahun'), body, ['year']);
    await bad(`/v1/performance/coaching-plans/nope/2026/check-ins`, body, ['employeeId']);
    expect(await tableSnapshot(t)).toEqual(before);
  });
});

describe('recordDisciplineReferral and recordReferralOutcome', () => {
  const outcomePath = (who: Staff, year: number | string = 2026) =>
    `/v1/performance/referrals/${emp[who].id}/${year}/outcome`;

  it('records a referral where the register has one, audited; once', async () => {
    const body = ok(
      await post('/v1/performance/referrals', 'opd', {
        employeeId: emp.s4.id,
        year: 2026,
        note: 'Diteruskan ke tim pemeriksa',
      }),
      201,
    );
    expect(body).toMatchObject({
      employeeId: emp.s4.id,
      agencyId,
      year: 2026,
      predikat: 'KURANG',
      reasons: ['kurang-or-sangat-kurang'],
      years: [2026],
      note: 'Diteruskan ke tim pemeriksa',
      referredAt: clock.toISOString(),
      outcome: null,
      status: 'referred',
      version: 1,
    });
    const persistent = ok(
      await post('/v1/performance/referrals', 'admin', { employeeId: emp.s5.id, year: 2026 }),
      201,
    );
    expect(persistent).toMatchObject({
      reasons: ['persistent-low-predikat'],
      years: [2025, 2026],
      note: null,
    });
    const audit = await getJson(t, `/v1/audit?entityType=employee&entityId=${emp.s4.id}`, tok.admin);
    expect(
      audit.items.find((a: { action: string }) => a.action === 'disciplineReferral.record'),
    ).toMatchObject({
      changes: { reasons: { after: ['kurang-or-sangat-kurang'] } },
    });
    expectProblem(
      await post('/v1/performance/referrals', 'admin', { employeeId: emp.s4.id, year: 2026 }),
      409,
      'conflict',
    );
    const rows = ok(
      await register('admin', `agencyId=${agencyId}&year=2026&kind=discipline-referral`),
      200,
    ).items;
    expect(rows.map((r: { status: string }) => r.status)).toEqual(['referred', 'referred']);
  });

  it('refuses who may not, employees without a referral row, and bad input', async () => {
    const before = await tableSnapshot(t);
    const body = (who: Staff, year = 2026) => ({ employeeId: emp[who].id, year });
    expectProblem(await post('/v1/performance/referrals', 'opd2', body('s3')), 403, 'forbidden');
    expectProblem(await post('/v1/performance/referrals', 'kabid', body('s3')), 403, 'forbidden');
    expectProblem(await post('/v1/performance/referrals', 's3', body('s3')), 403, 'forbidden');
    expectProblem(await post('/v1/performance/referrals', strangerToken, body('s3')), 404, 'not-found');
    expectProblem(
      await post('/v1/performance/referrals', 'admin', { employeeId: UNKNOWN_ID, year: 2026 }),
      404,
      'not-found',
    );
    for (const [who, year] of [
      ['s3', 2026],
      ['s1', 2026],
      ['s7', 2026],
      ['s5', 2025],
    ] as const)
      expectProblem(await post('/v1/performance/referrals', 'admin', body(who, year)), 409, 'conflict');
    const bad = async (b: unknown, paths: string[]) =>
      expectProblem(await post('/v1/performance/referrals', 'admin', b), 400, 'validation', paths);
    await bad({ employeeId: emp.s3.id, year: '2026' }, ['year']);
    await bad({ employeeId: emp.s3.id, year: 1999 }, ['year']);
    await bad({ employeeId: emp.s3.id }, ['year']);
    await bad({ employeeId: emp.s3.id, year: 2026, note: 'x'.repeat(2001) }, ['note']);
    await bad({ employeeId: emp.s3.id, year: 2026, sanction: 'berat' }, ['sanction']);
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('records the outcome at the version, and corrects it', async () => {
    const decided = ok(
      await post(outcomePath('s4'), 'opd', {
        outcome: 'light',
        decidedOn: '2026-11-28',
        note: 'Teguran lisan',
        version: 1,
      }),
      200,
    );
    expect(decided).toMatchObject({
      status: 'decided',
      version: 2,
      outcome: {
        outcome: 'light',
        decidedOn: '2026-11-28',
        note: 'Teguran lisan',
        recordedAt: clock.toISOString(),
      },
    });
    expectProblem(
      await post(outcomePath('s4'), 'opd', { outcome: 'moderate', decidedOn: '2026-11-28', version: 1 }),
      409,
      'version-conflict',
    );
    const corrected = ok(
      await post(outcomePath('s4'), 'admin', { outcome: 'moderate', decidedOn: '2026-11-29', version: 2 }),
      200,
    );
    expect(corrected).toMatchObject({ version: 3, outcome: { outcome: 'moderate', note: null } });
    const audit = await getJson(t, `/v1/audit?entityType=employee&entityId=${emp.s4.id}`, tok.admin);
    expect(
      audit.items
        .filter((a: { action: string }) => a.action === 'disciplineReferral.outcome')
        .map((a: { changes: { outcome: unknown } }) => a.changes.outcome),
    ).toEqual(
      expect.arrayContaining([
        { before: null, after: 'light' },
        { before: 'light', after: 'moderate' },
      ]),
    );
    const row = ok(await register('s4', 'year=2026&kind=discipline-referral'), 200).items[0];
    expect(row).toMatchObject({ status: 'decided', referral: { outcome: { outcome: 'moderate' } } });
  });

  it('refuses who may not, referrals that do not exist, and bad input, writing nothing', async () => {
    const before = await tableSnapshot(t);
    const body = { outcome: 'no-violation', decidedOn: '2026-11-30', version: 1 };
    expectProblem(await post(outcomePath('s5'), 'opd2', body), 404, 'not-found');
    expectProblem(await post(outcomePath('s5'), 'kabid', body), 403, 'forbidden');
    expectProblem(await post(outcomePath('s5'), 's5', body), 403, 'forbidden');
    expectProblem(await post(outcomePath('s5'), strangerToken, body), 404, 'not-found');
    expectProblem(await post(outcomePath('s3'), 'admin', body), 404, 'not-found');
    expectProblem(await post(outcomePath('s5', 2024), 'admin', body), 404, 'not-found');
    const bad = async (p: string, b: unknown, paths: string[]) =>
      expectProblem(await post(p, 'admin', b), 400, 'validation', paths);
    await bad(outcomePath('s5'), { ...body, decidedOn: '2026-12-02' }, ['decidedOn']);
    await bad(outcomePath('s5'), { ...body, decidedOn: '2025-12-31' }, ['decidedOn']);
    await bad(outcomePath('s5'), { ...body, decidedOn: '30-11-2026' }, ['decidedOn']);
    await bad(outcomePath('s5'), { ...body, outcome: 'dismissed' }, ['outcome']);
    await bad(outcomePath('s5'), { outcome: 'light', decidedOn: '2026-11-30' }, ['version']);
    await bad(outcomePath('s5'), { ...body, note: 'x'.repeat(2001) }, ['note']);
    await bad(outcomePath('s5', 2101), body, ['year']);
    expect(await tableSnapshot(t)).toEqual(before);
  });
});

describe('exportSkpReport', () => {
  const xlsx = (who: User | string, query: string) =>
    t.api.request(`/v1/performance/reports/skp.xlsx?${query}`, {
      headers: { authorization: `Bearer ${who in tok ? tok[who as User] : who}` },
    });

  it("gives an agency's SKPs, realisation per period and annual predikat as XLSX", async () => {
    const res = await xlsx('admin', `agencyId=${agencyId}&year=2026`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="laporan-skp-2026.xlsx"');
    expect(res.headers.get('x-export-truncated')).toBe('false');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((s) => s.name)).toEqual(['SKP', 'Predikat', 'Keterangan']);

    const sheet = wb.getWorksheet('SKP')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'No',
      'NIP',
      'Nama',
      'Unit kerja',
      'Jabatan',
      'Pejabat penilai',
      'Status SKP',
      'No. hasil kerja',
      'Rencana hasil kerja',
      'Sumber',
      'Ekspektasi pimpinan',
      'Indikator kinerja',
      'Aspek target',
      'Target',
      'Satuan',
      'Realisasi Jan 2026 - Mar 2026',
      'Realisasi Apr 2026 - Jun 2026',
      'Realisasi Jul 2026 - Sep 2026',
      'Realisasi Okt 2026 - Des 2026',
      'Hasil kerja (tahunan)',
      'Perilaku kerja (tahunan)',
      'Predikat kinerja tahunan',
    ]);
    const rows: unknown[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push((row.values as unknown[]).slice(1));
    });
    // Eight SKPs of two indicators each.
    expect(rows).toHaveLength(16);
    const s1 = rows.filter((r) => r[2] === 'Sari Wulandari');
    expect(s1).toHaveLength(2);
    expect(s1[0]).toEqual(
      [
        expect.any(Number),
        expect.stringMatching(/^\d{18}$/),
        'Sari Wulandari',
        'Bidang SD',
        '',
        'Agus Pratama',
        'Disetujui',
        1,
        'Terselenggaranya layanan administrasi sekolah 2026',
        'Mandiri',
        '',
        'Laporan bulanan disampaikan',
        'Kuantitas',
        12,
        'laporan',
        3,
        null,
        null,
        null,
        'Di atas ekspektasi',
        'Di atas ekspektasi',
        'Sangat Baik',
      ].map((v) => (v === null || v === '' ? undefined : v)),
    );
    expect(s1[1]!.slice(11, 15)).toEqual(['Ketepatan waktu', 'Waktu', 12, 'bulan']);
    // A hasil kerja written as a formula comes back as text, neutralised.
    const s2 = rows.find((r) => r[2] === 'Rudi Hartono')!;
    expect(s2[8]).toBe(`'=HYPERLINK("http://contoh.invalid","klik")`);
    expect(rows.find((r) => r[2] === 'Lina Marpaung')![21]).toBe('Belum dinilai');

    const predikat = wb.getWorksheet('Predikat')!;
    const byName = new Map<string, unknown[]>();
    predikat.eachRow((row, n) => {
      if (n > 1) byName.set(String(row.getCell(3).value), (row.values as unknown[]).slice(1));
    });
    expect(byName.size).toBe(8);
    expect(byName.get('Dedi Kurniawan')!.slice(8, 12)).toEqual([
      'Di atas ekspektasi',
      'Di bawah ekspektasi',
      'Kurang/Misconduct',
      expect.any(String),
    ]);
    expect(byName.get('Bayu Saputra')![10]).toBe('Sangat Baik');

    const info = new Map<string, unknown>();
    wb.getWorksheet('Keterangan')!.eachRow((row) =>
      info.set(String(row.getCell(1).value), row.getCell(2).value),
    );
    expect(info.get('Perangkat daerah')).toBe('Dinas Pendidikan');
    expect(info.get('Tahun penilaian')).toBe(2026);
    expect(info.get('Jumlah pegawai (SKP)')).toBe(8);
    expect(info.get('Dinilai (tahunan)')).toBe(7);
  });

  it('is for admins in scope, and refuses bad input', async () => {
    expect((await xlsx('opd', 'year=2026')).status).toBe(200);
    const problem = async (res: Response, status: number, paths?: string[]) => {
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      const body = (await res.json()) as { errors?: { path: string }[] };
      if (paths) expect(body.errors?.map((e) => e.path)).toEqual(paths);
    };
    await problem(await xlsx('opd', `agencyId=${otherAgencyId}&year=2026`), 403);
    await problem(await xlsx('opd2', `agencyId=${agencyId}&year=2026`), 403);
    await problem(await xlsx('kabid', `agencyId=${agencyId}&year=2026`), 403);
    await problem(await xlsx('s1', `agencyId=${agencyId}&year=2026`), 403);
    await problem(await xlsx(strangerToken, `agencyId=${agencyId}&year=2026`), 404);
    await problem(await xlsx('admin', `agencyId=${UNKNOWN_ID}&year=2026`), 404);
    await problem(await xlsx('admin', 'year=2026'), 400, ['agencyId']);
    await problem(await xlsx('admin', `agencyId=${agencyId}&year=26`), 400, ['year']);
    await problem(await xlsx('admin', `agencyId=${agencyId}`), 400, ['year']);
  });
});

describe('the predikat in placement and promotion', () => {
  it("scores the placement's performance factor with the latest annual predikat", async () => {
    const res = await getJson(t, `/v1/positions/${vacantPositionId}/candidates?limit=50`, tok.admin);
    const factor = (who: Staff) =>
      res.candidates
        .find((c: { employeeId: string }) => c.employeeId === emp[who].id)
        ?.factors.find((f: { factor: string }) => f.factor === 'performance');
    expect(factor('s1')).toMatchObject({
      status: 'present',
      score: 1,
      detail: 'latest predikat SANGAT_BAIK',
    });
    expect(factor('s4')).toMatchObject({ status: 'present', score: 0.2, detail: 'latest predikat KURANG' });
    // Not assessed for 2026 yet: 2025's.
    expect(factor('s7')).toMatchObject({ status: 'present', detail: 'latest predikat BUTUH_PERBAIKAN' });
    expect(factor('mover')).toMatchObject({ status: 'present', detail: 'latest predikat SANGAT_BAIK' });
    // No SKP at all: absent, as before.
    expect(factor('kepala')).toMatchObject({ status: 'absent', score: null });

    const suggested = await getJson(t, `/v1/employees/${emp.s1.id}/suggested-positions?limit=5`, tok.admin);
    expect(
      suggested.items[0].factors.find((f: { factor: string }) => f.factor === 'performance'),
    ).toMatchObject({ status: 'present', detail: 'latest predikat SANGAT_BAIK' });
  });

  it('reports the last two years of annual predikats on the promotion list, in merit order', async () => {
    const res = await getJson(
      t,
      `/v1/personnel/promotions?asOf=2027-01-15&agencyId=${agencyId}&limit=50`,
      tok.admin,
    );
    const row = (who: Staff) => res.items.find((r: { employeeId: string }) => r.employeeId === emp[who].id);
    expect(row('s1')).toMatchObject({
      predikats: [
        { year: 2025, predikat: 'SANGAT_BAIK' },
        { year: 2026, predikat: 'SANGAT_BAIK' },
      ],
      meritScore: 100,
    });
    expect(row('s5')).toMatchObject({
      predikats: [
        { year: 2025, predikat: 'BUTUH_PERBAIKAN' },
        { year: 2026, predikat: 'BUTUH_PERBAIKAN' },
      ],
      meritScore: 40,
    });
    expect(row('s7').predikats).toEqual([{ year: 2025, predikat: 'BUTUH_PERBAIKAN' }]);
    expect(row('kepala')).toMatchObject({ predikats: [], factors: { performance: null } });
    // The talent pool comes first: the best mean predikat of the two years.
    expect(
      res.items
        .slice(0, 2)
        .map((r: { employeeId: string }) => r.employeeId)
        .sort(),
    ).toEqual([emp.s1.id, emp.mover.id].sort());
    // Asked as of mid-2026, the two years before are 2024 and 2025.
    const earlier = await getJson(
      t,
      `/v1/personnel/promotions?asOf=2026-06-01&agencyId=${agencyId}&limit=50`,
      tok.admin,
    );
    expect(earlier.items.find((r: { employeeId: string }) => r.employeeId === emp.s1.id).predikats).toEqual([
      { year: 2025, predikat: 'SANGAT_BAIK' },
    ]);
    // A page: its query and the settings, then the page's guards and the SKPs found.
    const { calls } = await countDynamoCalls(() =>
      t.call('GET', `/v1/personnel/promotions?asOf=2027-01-15&agencyId=${agencyId}&limit=50`, {
        token: tok.admin,
      }),
    );
    expect(calls.byCommand).toEqual({ Query: 1, GetItem: 1, BatchGetItem: 2 });
  });
});

describe('a follow-up the predikats no longer lead to', () => {
  it('stays in the register, marked not current', async () => {
    // s3's 2026 assessment is corrected to Baik after the coaching plan was made.
    ok(
      await t.call('POST', '/v1/performance/assessments', {
        token: tok.kabid,
        body: { skpId: skp2026.s3!.id, period: YEAR(2026), hasilKerja: 'meets', perilaku: 'meets' },
      }),
      200,
    );
    const rows = ok(await register('admin', `agencyId=${agencyId}&year=2026&kind=coaching`), 200).items;
    expect(rows.find((r: { employeeId: string }) => r.employeeId === emp.s3.id)).toMatchObject({
      predikat: 'BAIK',
      current: false,
      reasons: [],
      status: 'in-progress',
      coachingPlan: { predikat: 'BUTUH_PERBAIKAN' },
    });
    // It can no longer get a new plan or a referral, but its check-ins can still be recorded.
    expectProblem(
      await post('/v1/performance/referrals', 'admin', { employeeId: emp.s3.id, year: 2026 }),
      409,
      'conflict',
    );
    ok(
      await post(`/v1/performance/coaching-plans/${emp.s3.id}/2026/check-ins`, 'kabid', {
        date: '2026-11-01',
        note: 'Penutupan pembinaan',
      }),
      201,
    );
  });
});

it('keeps its items under the tenant', async () => {
  const { scanTable } = await import('./helpers');
  const items = (await scanTable(t)).filter((i) => /^PERF_(COACHING_PLAN|DISCIPLINE_REFERRAL)$/.test(i.type));
  expect(items.length).toBeGreaterThan(0);
  for (const i of items) {
    expect(i.pk).toBe(`T#${tenantId}#FOLLOWUP#${agencyId}#2026`);
    expect(i.sk).toMatch(/^(COACHING|DISCIPLINE-REFERRAL)#/);
  }
});
