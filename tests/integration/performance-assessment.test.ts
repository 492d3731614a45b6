import * as keys from '@pamong/db/keys';
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
  scanTable,
  tableSnapshot,
  UNKNOWN_ID,
} from './helpers';

/**
 * Assessment and predikat (issue 14 §2) against DynamoDB Local: the appraiser assesses an approved
 * SKP and the predikat comes from the tenant's matrix; a unit head's hasil kerja follows the unit's
 * rating; every assessment is counted in its unit's and agency's tally in its own transaction; the
 * distribution against the caps of the organisation's rating; finalising refused over a cap with
 * each cap named and nothing written, accepted after a fix, closing the period; and an assessment
 * racing a finalisation never leaves the tally and the finalisation disagreeing.
 */
const SLUG = 'kinerja';
let t: TestApi;
const clock = new Date('2026-11-10T02:00:00Z');

const USERS = [
  'admin',
  'opd',
  'opd2',
  'kepala',
  'kabidsd',
  'kabidsmp',
  's1',
  's2',
  's3',
  's4',
  's5',
  's6',
  's7',
] as const;
type User = (typeof USERS)[number];
type Staff = Exclude<User, 'admin' | 'opd' | 'opd2'>;
const tok = {} as Record<User, string>;
/** Usernames need 3 characters: the staff log in as `staf-s1` and so on. */
const username = (u: User) => (u.length < 3 ? `staf-${u}` : u);
const emp = {} as Record<Staff, { id: string; name: string }>;
const skp = {} as Record<Staff, string>;
let tenantId: string;
let agencyId: string;
let otherAgencyId: string;
const unit = {} as Record<'sekretariat' | 'sd' | 'smp' | 'gizi', string>;
let strangerToken: string;

const YEAR = { start: '2026-01', end: '2026-12' };
const Q1 = { start: '2026-01', end: '2026-03' };
const Q2 = { start: '2026-04', end: '2026-06' };
const Q3 = { start: '2026-07', end: '2026-09' };
const Q4 = { start: '2026-10', end: '2026-12' };
const q = (p: { start: string; end: string }) => `${p.start}/${p.end}`;

const ITEM = {
  text: 'Meningkatnya mutu layanan pendidikan dasar',
  indicators: [{ text: 'Sekolah terakreditasi', target: { kind: 'quality', value: 90, unit: '%' } }],
};

async function approvedSkp(owner: Staff, appraiser: Staff, approve = true): Promise<string> {
  const created = await t.call('POST', '/v1/performance/skps', { token: tok[owner], body: { period: YEAR } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.id as string;
  const plan = await t.call('PUT', `/v1/performance/skps/${id}/plan`, {
    token: tok[owner],
    body: { items: [ITEM], behaviourExpectations: {}, version: created.body.version },
  });
  expect(plan.status, JSON.stringify(plan.body)).toBe(200);
  if (!approve) return id;
  const submitted = await t.call('POST', `/v1/performance/skps/${id}/submit`, {
    token: tok[owner],
    body: { version: plan.body.version },
  });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  const approved = await t.call('POST', `/v1/performance/skps/${id}/approve`, {
    token: tok[appraiser],
    body: { version: submitted.body.version },
  });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  expect(approved.body.status).toBe('approved');
  return id;
}

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
  unit.smp = (await createUnit(t, adminToken, agency.id, 'Bidang SMP')).id;
  unit.gizi = (await createUnit(t, adminToken, other.id, 'Seksi Gizi')).id;
  const position = (unitId: string, name: string, type: string, positionClass: number) =>
    createPosition(t, adminToken, agency.id, { unitId, name, type, positionClass });
  const kadis = await position(unit.sekretariat, 'Kepala Dinas Pendidikan', 'JPT_PRATAMA', 14);
  const kabidSd = await position(unit.sd, 'Kepala Bidang SD', 'ADMINISTRATOR', 12);
  const kabidSmp = await position(unit.smp, 'Kepala Bidang SMP', 'ADMINISTRATOR', 12);
  const people: [Staff, string, string, string?][] = [
    ['kepala', 'Hasan Basri', unit.sekretariat, kadis],
    ['kabidsd', 'Agus Pratama', unit.sd, kabidSd],
    ['kabidsmp', 'Rina Marlina', unit.smp, kabidSmp],
    ['s1', 'Sari Wulandari', unit.sd],
    ['s2', 'Rudi Hartono', unit.sd],
    ['s3', 'Maya Sari', unit.sd],
    ['s4', 'Dedi Kurniawan', unit.sd],
    ['s5', 'Wati Susanti', unit.sd],
    ['s6', 'Yudi Ramadhan', unit.sd],
    ['s7', 'Lina Marpaung', unit.smp],
  ];
  let sequence = 1;
  for (const [key, name, unitId, positionId] of people) {
    const res = await t.call('POST', '/v1/employees', {
      token: adminToken,
      body: employeeBody({ name, agencyId: agency.id, unitId, sequence: sequence++, positionId }),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    emp[key] = { id: res.body.id as string, name };
  }
  await createUser(t, adminToken, { username: 'opd', role: 'agency-admin', agencyId: agency.id });
  await createUser(t, adminToken, { username: 'opd2', role: 'agency-admin', agencyId: other.id });
  for (const [key, name] of people) {
    const role = ['kepala', 'kabidsd', 'kabidsmp'].includes(key) ? 'supervisor' : 'employee';
    await createUser(t, adminToken, {
      username: username(key),
      name,
      role,
      agencyId: agency.id,
      employeeId: emp[key].id,
    });
  }
  const tokens = await Promise.all(USERS.map((u) => t.loginAs(SLUG, username(u))));
  USERS.forEach((u, i) => {
    tok[u] = tokens[i]!;
  });
  strangerToken = (await createTenantViaApi(t, 'lainnya')).adminToken;

  skp.kabidsd = await approvedSkp('kabidsd', 'kepala');
  skp.kabidsmp = await approvedSkp('kabidsmp', 'kepala');
  for (const s of ['s1', 's2', 's3', 's4', 's5'] as const) skp[s] = await approvedSkp(s, 'kabidsd');
  skp.s6 = await approvedSkp('s6', 'kabidsd', false);
  skp.s7 = await approvedSkp('s7', 'kabidsmp');
}, 180_000);

const assess = (who: User, body: Record<string, unknown>) =>
  t.call('POST', '/v1/performance/assessments', { token: tok[who], body });
const assessOf = (
  who: User,
  of: Staff,
  period: { start: string; end: string },
  hasilKerja: string,
  perilaku: string,
  extra: Record<string, unknown> = {},
) => assess(who, { skpId: skp[of], period, hasilKerja, perilaku, ...extra });
const rate = (who: User, body: Record<string, unknown>) =>
  t.call('POST', '/v1/performance/org-ratings', { token: tok[who], body });
const finalise = (who: User, body: Record<string, unknown>) =>
  t.call('POST', '/v1/performance/assessments/finalise', { token: tok[who], body });
const distribution = (who: User, query: string) =>
  t.call('GET', `/v1/performance/assessments/distribution?${query}`, { token: tok[who] });
const ok = (res: Res, status: number) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
};

describe('assessSkp', () => {
  it('assesses an approved SKP: the predikat from the matrix, counted in the unit and the agency, audited', async () => {
    const body = ok(
      await assessOf('kabidsd', 's1', Q1, 'above', 'above', {
        perilakuNotes: { AKUNTABEL: 'Laporan selalu tepat waktu' },
      }),
      201,
    );
    expect(body).toMatchObject({
      skpId: skp.s1,
      employeeId: emp.s1.id,
      employeeName: 'Sari Wulandari',
      agencyId,
      unitId: unit.sd,
      period: Q1,
      hasilKerja: 'above',
      perilaku: 'above',
      perilakuNotes: { AKUNTABEL: 'Laporan selalu tepat waktu' },
      predikat: 'SANGAT_BAIK',
      hasilKerjaFrom: 'appraiser',
      orgPredikat: null,
      appraiser: { id: emp.kabidsd.id, name: 'Agus Pratama' },
      assessedByName: 'Agus Pratama',
      version: 1,
    });
    for (const query of [`unitId=${unit.sd}`, `agencyId=${agencyId}`]) {
      const d = ok(await distribution('kabidsd', `${query}&period=${q(Q1)}`), 200);
      expect(d).toMatchObject({
        counts: { SANGAT_BAIK: 1, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 },
        total: 1,
        version: 1,
        orgRating: null,
        limits: [],
        status: 'unrated',
        finalised: false,
      });
    }
    const audit = await getJson(t, `/v1/audit?entityType=skp&entityId=${skp.s1}`, tok.admin);
    const entry = audit.items.find((a: { action: string }) => a.action === 'skp.assess');
    expect(entry.changes.predikat).toEqual({ before: null, after: 'SANGAT_BAIK' });
  });

  it("every cell of the tenant's matrix, and a changed matrix takes effect", async () => {
    const cells: [Staff, string, string, string][] = [
      ['s1', 'above', 'meets', 'BAIK'],
      ['s2', 'meets', 'below', 'KURANG'],
      ['s3', 'below', 'above', 'BUTUH_PERBAIKAN'],
      ['s4', 'below', 'below', 'SANGAT_KURANG'],
      ['s5', 'meets', 'meets', 'BAIK'],
    ];
    for (const [who, h, p, predikat] of cells)
      expect(ok(await assessOf('kabidsd', who, Q2, h, p), 201).predikat).toBe(predikat);
    const settings = await getJson(t, '/v1/performance/settings', tok.admin);
    const matrix = structuredClone(settings.matrix);
    matrix.above.meets = 'SANGAT_BAIK';
    const changed = await t.call('PATCH', '/v1/performance/settings', {
      token: tok.admin,
      body: { matrix, version: settings.version },
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    try {
      const again = ok(await assessOf('kabidsd', 's1', Q2, 'above', 'meets'), 200);
      expect(again.predikat).toBe('SANGAT_BAIK');
    } finally {
      const restored = await t.call('PATCH', '/v1/performance/settings', {
        token: tok.admin,
        body: { matrix: settings.matrix, version: changed.body.version },
      });
      expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    }
    const d = ok(await distribution('kabidsd', `unitId=${unit.sd}&period=${q(Q2)}`), 200);
    expect(d.counts).toEqual({ SANGAT_BAIK: 1, BAIK: 1, BUTUH_PERBAIKAN: 1, KURANG: 1, SANGAT_KURANG: 1 });
    expect(d.total).toBe(5);
  });

  it('refuses bad input at its field paths and writes nothing', async () => {
    const before = await tableSnapshot(t);
    const base = { skpId: skp.s2, period: Q1, hasilKerja: 'meets', perilaku: 'meets' };
    const cases: [Record<string, unknown>, string[]][] = [
      [{ ...base, period: { start: '2026-01', end: '2026-02' } }, ['period']],
      [{ ...base, period: { start: '2026-13', end: '2026-03' } }, ['period.start']],
      [{ ...base, period: { start: '2026-03', end: '2026-01' } }, ['period.end']],
      [{ ...base, period: { start: '2027-01', end: '2027-03' } }, ['period']],
      [{ ...base, hasilKerja: 'great' }, ['hasilKerja']],
      [{ skpId: skp.s2, period: Q1, hasilKerja: 'meets' }, ['perilaku']],
      [{ ...base, skpId: 'not-an-id' }, ['skpId']],
      [{ ...base, perilakuNotes: { AKUNTABEL: '' } }, ['perilakuNotes.AKUNTABEL']],
      [{ ...base, predikat: 'SANGAT_BAIK' }, ['predikat']],
      [{ ...base, version: 0 }, ['version']],
    ];
    for (const [body, paths] of cases) {
      const res = await assess('kabidsd', body);
      expectProblem(res, 400, 'validation', paths);
    }
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('403 for those who may read the SKP but are not its appraiser; 404 for everyone else', async () => {
    const body = { skpId: skp.s2, period: Q1, hasilKerja: 'meets', perilaku: 'meets' };
    for (const who of ['s2', 'kepala', 'opd', 'admin'] as const)
      expectProblem(await assess(who, body), 403, 'forbidden');
    for (const who of ['kabidsmp', 's1', 'opd2'] as const)
      expectProblem(await assess(who, body), 404, 'not-found');
    expectProblem(
      await t.call('POST', '/v1/performance/assessments', { token: strangerToken, body }),
      404,
      'not-found',
    );
    expectProblem(await assess('kabidsd', { ...body, skpId: UNKNOWN_ID }), 404, 'not-found');
  });

  it('409 on an SKP that is not approved yet', async () => {
    const res = await assessOf('kabidsd', 's6', Q1, 'meets', 'meets');
    expectProblem(res, 409, 'conflict');
    expect(res.body.detail).toMatch(/draft; it must be approved/);
  });

  it('re-assessing moves the count to the new predikat; a stale version is 409', async () => {
    const again = ok(await assessOf('kabidsd', 's1', Q1, 'meets', 'meets'), 200);
    expect(again).toMatchObject({ predikat: 'BAIK', version: 2 });
    const d = ok(await distribution('kabidsd', `unitId=${unit.sd}&period=${q(Q1)}`), 200);
    expect(d).toMatchObject({ counts: { SANGAT_BAIK: 0, BAIK: 1 }, total: 1, version: 2 });
    expect(ok(await distribution('opd', `agencyId=${agencyId}&period=${q(Q1)}`), 200).counts.BAIK).toBe(1);
    expectProblem(
      await assessOf('kabidsd', 's1', Q1, 'meets', 'meets', { version: 1 }),
      409,
      'version-conflict',
    );
    expectProblem(
      await assessOf('kabidsd', 's2', Q1, 'meets', 'meets', { version: 1 }),
      409,
      'version-conflict',
    );
    expect(ok(await assessOf('kabidsd', 's1', Q1, 'meets', 'meets', { version: 2 }), 200).version).toBe(3);
    // The same predikat again changes no count, but the tally's version still moves.
    const same = ok(await distribution('kabidsd', `unitId=${unit.sd}&period=${q(Q1)}`), 200);
    expect(same).toMatchObject({ counts: { BAIK: 1 }, total: 1, version: 3 });
  });
});

describe("organisation ratings and the unit head's hasil kerja", () => {
  it("a unit head's assessment waits for the unit's rating (409)", async () => {
    const res = await assessOf('kepala', 'kabidsd', Q1, 'meets', 'meets');
    expectProblem(res, 409, 'conflict');
    expect(res.body.detail).toMatch(/heads the unit Bidang SD.*rate the unit first/);
  });

  it('a unit is rated by the head above it, never by its own head nor staff nor an agency admin', async () => {
    const body = {
      unitId: unit.sd,
      period: Q1,
      predikat: 'BAIK',
      indicators: [{ text: 'Angka partisipasi sekolah', target: 98, realisation: 97.5 }],
    };
    for (const who of ['kabidsd', 's1', 'opd', 'kabidsmp'] as const)
      expectProblem(await rate(who, body), 403, 'forbidden');
    expectProblem(await rate('opd2', body), 404, 'not-found');
    expectProblem(
      await t.call('POST', '/v1/performance/org-ratings', { token: strangerToken, body }),
      404,
      'not-found',
    );
    const first = ok(await rate('kepala', { ...body, predikat: 'ISTIMEWA' }), 201);
    expect(first).toMatchObject({
      kind: 'unit',
      orgId: unit.sd,
      agencyId,
      orgName: 'Bidang SD',
      period: Q1,
      predikat: 'ISTIMEWA',
      ratedBy: { employeeId: emp.kepala.id, name: 'Hasan Basri' },
      version: 1,
    });
    const second = ok(await rate('kepala', body), 200);
    expect(second).toMatchObject({ predikat: 'BAIK', version: 2, indicators: body.indicators });
    const audit = await getJson(t, `/v1/audit?entityType=orgRating&entityId=${unit.sd}`, tok.admin);
    expect(audit.items.map((a: { changes: { predikat: unknown } }) => a.changes.predikat)).toEqual(
      expect.arrayContaining([
        { before: null, after: 'ISTIMEWA' },
        { before: 'ISTIMEWA', after: 'BAIK' },
      ]),
    );
  });

  it('refuses a bad rating at its field paths', async () => {
    const base = { unitId: unit.sd, period: Q1, predikat: 'BAIK' };
    const cases: [Record<string, unknown>, string[]][] = [
      [{ ...base, agencyId }, ['unitId']],
      [{ period: Q1, predikat: 'BAIK' }, ['unitId']],
      [{ ...base, predikat: 'LUAR_BIASA' }, ['predikat']],
      [{ ...base, period: { start: '2026-02', end: '2026-04' } }, ['period']],
      [{ ...base, indicators: [{ text: 'x', target: 'a lot', realisation: 1 }] }, ['indicators.0.target']],
    ];
    for (const [body, paths] of cases) expectProblem(await rate('kepala', body), 400, 'validation', paths);
  });

  it("the unit head's hasil kerja must be the one the rating gives (400 naming it), then it follows it", async () => {
    const wrong = await assessOf('kepala', 'kabidsd', Q1, 'above', 'meets');
    expectProblem(wrong, 400, 'validation', ['hasilKerja']);
    expect(wrong.body.errors[0].message).toMatch(/must be meets.*rated Baik/);
    const body = ok(await assessOf('kepala', 'kabidsd', Q1, 'meets', 'above'), 201);
    expect(body).toMatchObject({
      employeeId: emp.kabidsd.id,
      hasilKerja: 'meets',
      perilaku: 'above',
      predikat: 'BAIK',
      hasilKerjaFrom: 'organisation',
      orgPredikat: 'BAIK',
    });
  });

  it('an agency is rated by a tenant admin, never by its head; ratings are listed per period in scope', async () => {
    const body = { agencyId, period: Q1, predikat: 'BAIK' };
    for (const who of ['kepala', 'opd'] as const) expectProblem(await rate(who, body), 403, 'forbidden');
    expect(ok(await rate('admin', body), 201)).toMatchObject({ kind: 'agency', orgName: 'Dinas Pendidikan' });
    const all = await getJson(t, `/v1/performance/org-ratings?period=${q(Q1)}`, tok.admin);
    expect(all.items.map((r: { orgId: string }) => r.orgId).sort()).toEqual([agencyId, unit.sd].sort());
    const mine = await getJson(t, `/v1/performance/org-ratings?period=${q(Q1)}`, tok.s1);
    expect(mine.items).toHaveLength(2);
    expect((await getJson(t, `/v1/performance/org-ratings?period=${q(Q1)}`, tok.opd2)).items).toEqual([]);
    expectProblem(
      await t.call('GET', `/v1/performance/org-ratings?period=${q(Q1)}&agencyId=${agencyId}`, {
        token: tok.opd2,
      }),
      403,
      'forbidden',
    );
    expect(
      (await getJson(t, `/v1/performance/org-ratings?period=${q(Q1)}&agencyId=${otherAgencyId}`, tok.admin))
        .items,
    ).toEqual([]);
    expectProblem(
      await t.call('GET', '/v1/performance/org-ratings?period=2026-01', { token: tok.admin }),
      400,
      'validation',
      ['period'],
    );
  });
});

describe('the distribution and finalising it', () => {
  it('shows the counts against the caps of the rating', async () => {
    for (const s of ['s2', 's3', 's4', 's5'] as const)
      ok(await assessOf('kabidsd', s, Q1, 'meets', 'meets'), 201);
    // Bidang SD, rated Baik: s1-s5 and its head are all Baik.
    const d = ok(await distribution('kabidsd', `unitId=${unit.sd}&period=${q(Q1)}`), 200);
    expect(d).toMatchObject({
      org: { kind: 'unit', id: unit.sd, agencyId, name: 'Bidang SD' },
      counts: { SANGAT_BAIK: 0, BAIK: 6, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 },
      total: 6,
      orgRating: { predikat: 'BAIK', version: 2 },
      status: 'exceeded',
      finalised: false,
      finalisation: null,
    });
    expect(d.limits).toEqual([
      expect.objectContaining({ index: 0, bound: 'at-most', allowed: 4, given: 6, status: 'exceeded' }),
      expect.objectContaining({ index: 1, bound: 'at-least', allowed: 1, given: 0, status: 'exceeded' }),
    ]);
    expect(d.limits[0].rule).toEqual({ kind: 'max', predikats: ['BAIK'], percent: 70 });
    // A tenant admin names the unit alone: its agency is found.
    expect(ok(await distribution('admin', `unitId=${unit.sd}&period=${q(Q1)}`), 200).total).toBe(6);
    // Staff of the agency see the counts; another agency's admin and another tenant do not.
    expect(ok(await distribution('s7', `unitId=${unit.sd}&period=${q(Q1)}`), 200).total).toBe(6);
    expectProblem(await distribution('opd2', `agencyId=${agencyId}&period=${q(Q1)}`), 403, 'forbidden');
    expectProblem(await distribution('opd2', `unitId=${unit.sd}&period=${q(Q1)}`), 404, 'not-found');
    expectProblem(
      await t.call('GET', `/v1/performance/assessments/distribution?unitId=${unit.sd}&period=${q(Q1)}`, {
        token: strangerToken,
      }),
      404,
      'not-found',
    );
    expectProblem(await distribution('kabidsd', `period=${q(Q1)}`), 400, 'validation', ['unitId']);
    expectProblem(
      await distribution('kabidsd', `unitId=${unit.sd}&period=2026-03/2026-01`),
      400,
      'validation',
      ['period'],
    );
  });

  it('lists the assessments: all for heads and admins, an appraiser only theirs, by page', async () => {
    const list = (who: User, query: string) =>
      getJson(t, `/v1/performance/assessments?${query}&period=${q(Q1)}`, tok[who]);
    const names = (page: { items: { employeeName: string }[] }) =>
      page.items.map((i) => i.employeeName).sort();
    const unitAll = [emp.kabidsd, emp.s1, emp.s2, emp.s3, emp.s4, emp.s5].map((e) => e.name).sort();
    for (const who of ['kabidsd', 'kepala', 'opd', 'admin'] as const)
      expect(names(await list(who, `unitId=${unit.sd}`))).toEqual(unitAll);
    // Kepala appraises the Kabid only: in the agency list the Kabid sees the five they appraise.
    expect(names(await list('kabidsd', `agencyId=${agencyId}`))).toEqual(
      [emp.s1, emp.s2, emp.s3, emp.s4, emp.s5].map((e) => e.name).sort(),
    );
    expect(names(await list('kepala', `agencyId=${agencyId}`))).toEqual(unitAll);
    expect((await list('kabidsmp', `unitId=${unit.sd}`)).items).toEqual([]);
    expect((await list('s1', `unitId=${unit.sd}`)).items).toEqual([]);
    const pages = await allPages(
      t,
      `/v1/performance/assessments?unitId=${unit.sd}&period=${q(Q1)}`,
      tok.opd,
      4,
    );
    expect(pages.map((p) => p.length)).toEqual([4, 2]);
    expectProblem(
      await t.call('GET', `/v1/performance/assessments?agencyId=${agencyId}&period=${q(Q1)}`, {
        token: tok.opd2,
      }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.call(
        'GET',
        `/v1/performance/assessments?unitId=${unit.sd}&agencyId=${otherAgencyId}&period=${q(Q1)}`,
        {
          token: tok.admin,
        },
      ),
      404,
      'not-found',
    );
    expectProblem(
      await t.call('GET', `/v1/performance/assessments?agencyId=${agencyId}&period=${q(Q1)}`, {
        token: strangerToken,
      }),
      404,
      'not-found',
    );
  });

  it('finalising over the caps is 409 naming each cap, allowed and given, and writes nothing', async () => {
    for (const who of ['s1', 'kepala', 'kabidsmp'] as const)
      expectProblem(await finalise(who, { unitId: unit.sd, period: Q1 }), 403, 'forbidden');
    expectProblem(await finalise('opd2', { agencyId, period: Q1 }), 403, 'forbidden');
    expectProblem(await finalise('opd2', { unitId: unit.sd, period: Q1 }), 404, 'not-found');
    expectProblem(
      await t.call('POST', '/v1/performance/assessments/finalise', {
        token: strangerToken,
        body: { agencyId, period: Q1 },
      }),
      404,
      'not-found',
    );
    expectProblem(await finalise('kabidsd', { period: Q1 }), 400, 'validation', ['unitId']);
    expectProblem(
      await finalise('kabidsd', { unitId: unit.sd, period: { start: '2026-01', end: '2026-05' } }),
      400,
      'validation',
      ['period'],
    );
    const before = await tableSnapshot(t);
    const res = await finalise('kabidsd', { unitId: unit.sd, period: Q1 });
    expectProblem(res, 409, 'conflict', ['distribution.0', 'distribution.1']);
    expect(res.body.errors).toEqual([
      { path: 'distribution.0', message: 'at most 4 of 6 may be Baik (70%); 6 given' },
      {
        path: 'distribution.1',
        message: 'at least 1 of 6 must be Butuh Perbaikan or Kurang/Misconduct (at least one); 0 given',
      },
    ]);
    expect(res.body.detail).toMatch(/Nothing was finalised/);
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('an unrated organisation, or one with nothing assessed, cannot be finalised', async () => {
    const unrated = await finalise('kabidsmp', { unitId: unit.smp, period: Q1 });
    expectProblem(unrated, 409, 'conflict');
    expect(unrated.body.detail).toMatch(/no rating/);
    ok(await rate('kepala', { unitId: unit.smp, period: Q1, predikat: 'BAIK' }), 201);
    const empty = await finalise('kabidsmp', { unitId: unit.smp, period: Q1 });
    expectProblem(empty, 409, 'conflict');
    expect(empty.body.detail).toMatch(/no assessments/);
  });

  it('after a fix it is accepted; then the period is closed to assessments and ratings', async () => {
    ok(await assessOf('kabidsd', 's2', Q1, 'below', 'meets'), 200);
    ok(await assessOf('kabidsd', 's3', Q1, 'below', 'above'), 200);
    const d = ok(await distribution('kabidsd', `unitId=${unit.sd}&period=${q(Q1)}`), 200);
    expect(d).toMatchObject({ counts: { BAIK: 4, BUTUH_PERBAIKAN: 2 }, total: 6, status: 'ok' });
    const done = ok(await finalise('kabidsd', { unitId: unit.sd, period: Q1 }), 200);
    expect(done).toMatchObject({
      kind: 'unit',
      orgId: unit.sd,
      agencyId,
      orgName: 'Bidang SD',
      period: Q1,
      orgPredikat: 'BAIK',
      counts: { SANGAT_BAIK: 0, BAIK: 4, BUTUH_PERBAIKAN: 2, KURANG: 0, SANGAT_KURANG: 0 },
      total: 6,
      tallyVersion: d.version,
      finalisedByName: 'Agus Pratama',
    });
    const audit = await getJson(
      t,
      `/v1/audit?entityType=assessmentFinalisation&entityId=${unit.sd}`,
      tok.admin,
    );
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(['assessments.finalise']);

    expectProblem(await finalise('opd', { unitId: unit.sd, period: Q1 }), 409, 'conflict');
    const late = await assessOf('kabidsd', 's4', Q1, 'below', 'below');
    expectProblem(late, 409, 'conflict');
    expect(late.body.detail).toMatch(/finalised/);
    expectProblem(await assessOf('kepala', 'kabidsd', Q1, 'meets', 'meets'), 409, 'conflict');
    expectProblem(
      await rate('kepala', { unitId: unit.sd, period: Q1, predikat: 'ISTIMEWA' }),
      409,
      'conflict',
    );
    const after = ok(await distribution('s1', `unitId=${unit.sd}&period=${q(Q1)}`), 200);
    expect(after).toMatchObject({ finalised: true, finalisation: { total: 6 }, counts: { BAIK: 4 } });
    // Other periods and other units stay open.
    ok(await assessOf('kabidsd', 's4', Q3, 'meets', 'meets'), 201);
    ok(await assessOf('kabidsmp', 's7', Q1, 'below', 'meets'), 201);
  });

  it("an agency's finalisation closes every unit of it for the period", async () => {
    // Dinas Pendidikan in Q1, rated Baik: Bidang SD's six and s7 of Bidang SMP (Butuh Perbaikan).
    const d = ok(await distribution('opd', `agencyId=${agencyId}&period=${q(Q1)}`), 200);
    expect(d).toMatchObject({ total: 7, counts: { BAIK: 4, BUTUH_PERBAIKAN: 3 }, status: 'ok' });
    ok(await finalise('opd', { agencyId, period: Q1 }), 200);
    const res = await assessOf('kabidsmp', 's7', Q1, 'above', 'meets');
    expectProblem(res, 409, 'conflict');
    expect(res.body.detail).toMatch(/agency.*finalised/);
  });
});

describe('an assessment racing a finalisation', () => {
  it("an assessment written between the finalisation's read and its write makes it 409, nothing finalised", async () => {
    ok(await rate('kepala', { unitId: unit.sd, period: Q3, predikat: 'ISTIMEWA' }), 201);
    const original = t.store.transact.bind(t.store);
    let injected: Res | undefined;
    t.store.transact = async (items, attempts) => {
      if (items.some((i) => i.op.Put?.Item?.type === 'ASSESSMENT_FINALISATION')) {
        t.store.transact = original;
        injected = await assessOf('kabidsd', 's5', Q3, 'meets', 'meets');
      }
      return original(items, attempts);
    };
    try {
      const res = await finalise('kabidsd', { unitId: unit.sd, period: Q3 });
      expect(injected?.status, JSON.stringify(injected?.body)).toBe(201);
      expectProblem(res, 409, 'conflict');
      expect(res.body.detail).toMatch(/changed while they were being finalised.*try again/);
    } finally {
      t.store.transact = original;
    }
    const d = ok(await distribution('kabidsd', `unitId=${unit.sd}&period=${q(Q3)}`), 200);
    expect(d).toMatchObject({ total: 2, finalised: false, finalisation: null });
    const done = ok(await finalise('kabidsd', { unitId: unit.sd, period: Q3 }), 200);
    expect(done).toMatchObject({ total: 2, counts: { BAIK: 2 }, tallyVersion: d.version });
  });

  it('never leaves the tally and the finalisation disagreeing', async () => {
    const outcomes: string[] = [];
    for (const [i, period] of [Q2, Q3, Q4, YEAR].entries()) {
      ok(await rate('kepala', { unitId: unit.smp, period, predikat: 'ISTIMEWA' }), 201);
      ok(await assessOf('kabidsmp', 's7', period, 'meets', 'meets'), 201);
      const [again, head, done] = await Promise.all([
        assessOf('kabidsmp', 's7', period, i % 2 ? 'meets' : 'below', 'meets'),
        assessOf('kepala', 'kabidsmp', period, 'above', 'meets'),
        finalise('opd', { unitId: unit.smp, period }),
      ]);
      for (const r of [again, head, done])
        expect([200, 201, 409], JSON.stringify(r.body)).toContain(r.status);
      outcomes.push([again, head, done].map((r) => r.status).join('/'));
      const items = await scanTable(t);
      const tally = items.find(
        (x) =>
          x.pk === keys.assessmentTally(tenantId, 'unit', unit.smp, period).pk &&
          x.sk === keys.assessmentTally(tenantId, 'unit', unit.smp, period).sk,
      )!;
      const final = items.find(
        (x) =>
          x.pk === keys.assessmentFinalisation(tenantId, 'unit', unit.smp, period).pk &&
          x.sk === keys.assessmentFinalisation(tenantId, 'unit', unit.smp, period).sk,
      );
      const stored = items.filter(
        (x) =>
          x.type === 'SKP_ASSESSMENT' &&
          x.unitId === unit.smp &&
          x.period.start === period.start &&
          x.period.end === period.end,
      );
      const recount: Record<string, number> = {};
      for (const a of stored) recount[a.predikat] = (recount[a.predikat] ?? 0) + 1;
      const counts = Object.fromEntries(
        ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']
          .map((p) => [p, Number(tally[p] ?? 0)])
          .filter(([, n]) => n !== 0),
      );
      expect(counts).toEqual(recount);
      expect(tally.total).toBe(stored.length);
      if (done.status === 200) {
        // Finalised: it counted exactly what the tally holds, and nothing came after it.
        expect(final).toBeDefined();
        expect(Object.fromEntries(Object.entries(final!.counts).filter(([, n]) => n !== 0))).toEqual(counts);
        expect(final!.tallyVersion).toBe(tally.version);
        expect(done.body.counts).toEqual(final!.counts);
      } else {
        expect(final).toBeUndefined();
        expect(done.body.detail).toMatch(/changed while|try again|finalised/i);
      }
      // A 409 assessment lost to the finalisation: the closed period says so.
      for (const r of [again, head])
        if (r.status === 409) expect(r.body.detail).toMatch(/finalised|try again/i);
    }
    expect(outcomes).toHaveLength(4);
  });
});
