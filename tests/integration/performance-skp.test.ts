import { REGIONAL_HEAD_ID } from '@pamong/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import { employeeBody } from '../support/personnel';
import {
  createAgency,
  createPosition,
  createUnit,
  createUser,
  expectProblem,
  scanTable,
  tableSnapshot,
  UNKNOWN_ID,
} from './helpers';

/**
 * SKP planning (issue 14 §1) against DynamoDB Local: the appraiser and their superior taken from
 * the org structure (a Kepala Bidang over the staff of the Bidang, the Kepala Dinas over the Kepala
 * Bidang); one SKP per employee and year; the plan's rules named at their fields and nothing
 * written; the lifecycle draft → submitted → approved with returns and revisions, each audited; the
 * cascade of a head's items to all subordinates in one request, idempotent; realisation and
 * feedback notes; and who may read what. Also the tenant's performance settings.
 */
const SLUG = 'kinerja';
let t: TestApi;
const clock = new Date('2026-02-10T02:00:00Z');

const USERS = ['admin', 'opd', 'opd2', 'kepala', 'atasan', 'pegawai', 'ramai', 'lain'] as const;
type User = (typeof USERS)[number];
const tok = {} as Record<User, string>;
const emp = {} as Record<
  'kepala' | 'atasan' | 'pegawai' | 'ramai' | 'baru' | 'lain',
  { id: string; name: string }
>;
let adminToken: string;
let otherAgencyId: string;
let otherUnitId: string;

const YEAR = { start: '2026-01', end: '2026-12' };
const Q1 = { start: '2026-01', end: '2026-03' };

beforeAll(async () => {
  t = await createTestApi({ now: () => clock });
  ({ adminToken } = await createTenantViaApi(t, SLUG));
  const agency = await createAgency(t, adminToken, 'Dinas Pendidikan');
  const other = await createAgency(t, adminToken, 'Dinas Kesehatan');
  otherAgencyId = other.id;
  otherUnitId = (await createUnit(t, adminToken, other.id, 'Seksi Gizi')).id;
  const sekretariat = await createUnit(t, adminToken, agency.id, 'Sekretariat');
  const bidangSd = await createUnit(t, adminToken, agency.id, 'Bidang SD');
  const bidangSmp = await createUnit(t, adminToken, agency.id, 'Bidang SMP');
  const position = (unitId: string, name: string, type: string, positionClass: number) =>
    createPosition(t, adminToken, agency.id, { unitId, name, type, positionClass });
  const kadis = await position(sekretariat.id, 'Kepala Dinas Pendidikan', 'JPT_PRATAMA', 14);
  const kabid = await position(bidangSd.id, 'Kepala Bidang SD', 'ADMINISTRATOR', 12);
  const add = async (
    key: keyof typeof emp,
    name: string,
    unitId: string,
    sequence: number,
    positionId?: string,
  ) => {
    const body = employeeBody({
      name,
      agencyId: agency.id,
      unitId,
      sequence,
      ...(positionId ? { positionId } : {}),
    });
    const res = await t.call('POST', '/v1/employees', { token: adminToken, body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    emp[key] = { id: res.body.id as string, name };
  };
  await add('kepala', 'Hasan Basri', sekretariat.id, 1, kadis);
  await add('atasan', 'Agus Pratama', bidangSd.id, 2, kabid);
  await add('pegawai', 'Sari Wulandari', bidangSd.id, 3);
  await add('ramai', 'Yudi Ramadhan', bidangSd.id, 4);
  await add('baru', 'Rudi Hartono', bidangSd.id, 5);
  await add('lain', 'Dedi Kurniawan', bidangSmp.id, 6);
  await createUser(t, adminToken, { username: 'opd', role: 'agency-admin', agencyId: agency.id });
  await createUser(t, adminToken, { username: 'opd2', role: 'agency-admin', agencyId: other.id });
  const link = (username: User, role: string, who: keyof typeof emp) =>
    createUser(t, adminToken, { username, role, agencyId: agency.id, employeeId: emp[who].id });
  await link('kepala', 'supervisor', 'kepala');
  await link('atasan', 'supervisor', 'atasan');
  await link('pegawai', 'employee', 'pegawai');
  await link('ramai', 'employee', 'ramai');
  await link('lain', 'employee', 'lain');
  const tokens = await Promise.all(USERS.map((u) => t.loginAs(SLUG, u)));
  USERS.forEach((u, i) => {
    tok[u] = tokens[i]!;
  });
}, 120_000);

const item = (text: string, over: Record<string, unknown> = {}) => ({
  text,
  indicators: [{ text: `${text}: tepat waktu`, target: { kind: 'quantity', value: 12, unit: 'laporan' } }],
  ...over,
});
const create = (token: string, body: Record<string, unknown>) =>
  t.call('POST', '/v1/performance/skps', { token, body });
const step = (token: string, id: string, action: string, version: number, reason?: string) =>
  t.call('POST', `/v1/performance/skps/${id}/${action}`, {
    token,
    body: { version, ...(reason ? { reason } : {}) },
  });
const get = (token: string, id: string) => t.call('GET', `/v1/performance/skps/${id}`, { token });

describe('performance settings', () => {
  it('starts at the regulation defaults, and a tenant admin changes them at the version read, audited', async () => {
    const res = await t.call('GET', '/v1/performance/settings', { token: tok.pegawai });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 0, cadence: 'quarterly', minRaters: 3, yearStartMonth: 1 });
    expect(res.body.matrix.meets.meets).toBe('BAIK');

    const saved = await t.call('PATCH', '/v1/performance/settings', {
      token: adminToken,
      body: { minRaters: 4, version: 0 },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ minRaters: 4, version: 1 });
    const stale = await t.call('PATCH', '/v1/performance/settings', {
      token: adminToken,
      body: { minRaters: 5, version: 0 },
    });
    expectProblem(stale, 409, 'version-conflict');
    const back = await t.call('PATCH', '/v1/performance/settings', {
      token: adminToken,
      body: { minRaters: 3, version: 1 },
    });
    expect(back.body).toMatchObject({ minRaters: 3, version: 2 });
    const audit = (await scanTable(t)).filter((i) => i.action === 'performanceSettings.update');
    expect(audit).toHaveLength(2);
    expect(audit.map((a) => a.changes.minRaters)).toContainEqual({ before: 3, after: 4 });
  });

  it('refuses a matrix that rewards a lower rating, a minimum below 3, an agency admin, and writes nothing', async () => {
    const before = await tableSnapshot(t);
    const bad = await t.call('PATCH', '/v1/performance/settings', {
      token: adminToken,
      body: {
        minRaters: 2,
        matrix: {
          above: { above: 'SANGAT_BAIK', meets: 'BAIK', below: 'BUTUH_PERBAIKAN' },
          meets: { above: 'BAIK', meets: 'BAIK', below: 'BUTUH_PERBAIKAN' },
          below: { above: 'SANGAT_BAIK', meets: 'BUTUH_PERBAIKAN', below: 'SANGAT_KURANG' },
        },
        version: 2,
      },
    });
    expectProblem(bad, 400, 'validation');
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain('minRaters');
    expect(bad.body.errors.some((e: { path: string }) => e.path.startsWith('matrix.'))).toBe(true);
    expectProblem(
      await t.call('PATCH', '/v1/performance/settings', {
        token: tok.opd,
        body: { minRaters: 4, version: 2 },
      }),
      403,
      'forbidden',
    );
    expect(await tableSnapshot(t)).toEqual(before);
  });
});

describe('createSkp', () => {
  it("takes the appraiser and the appraiser's superior from the org structure", async () => {
    const res = await create(tok.pegawai, { period: YEAR, items: [item('Laporan bulanan sekolah')] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      employeeId: emp.pegawai.id,
      employeeName: 'Sari Wulandari',
      unitName: 'Bidang SD',
      appraiser: { id: emp.atasan.id, name: 'Agus Pratama' },
      appraiserSuperior: { id: emp.kepala.id, name: 'Hasan Basri' },
      status: 'draft',
      version: 1,
      revision: 0,
    });
    expect(res.body.items[0]).toMatchObject({ source: 'manual', parentItemId: null });
    expect(res.body.items[0].id).toMatch(/^[0-9A-Z]{26}$/);
    const audit = (await scanTable(t)).find((i) => i.action === 'skp.create' && i.entityId === res.body.id);
    expect(audit?.changes.employee).toEqual({ before: null, after: 'Sari Wulandari' });
  });

  it('keeps one SKP per employee and year: a second is 409 and writes nothing', async () => {
    const before = await tableSnapshot(t);
    const res = await create(tok.pegawai, { period: YEAR, items: [] });
    expectProblem(res, 409, 'conflict');
    expect(res.body.detail).toMatch(/already has an SKP/);
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('names each broken rule at its field, and writes nothing', async () => {
    const before = await tableSnapshot(t);
    expectProblem(await create(tok.ramai, { period: Q1, items: [] }), 400, 'validation', ['period']);
    expectProblem(
      await create(tok.ramai, { period: { start: '2026-05', end: '2026-02' }, items: [] }),
      400,
      'validation',
      ['period.end'],
    );
    expectProblem(
      await create(tok.ramai, {
        period: YEAR,
        items: [
          item('Nol', { indicators: [{ text: 'x', target: { kind: 'quantity', value: 0, unit: 'dok' } }] }),
          item('Mutu', { indicators: [{ text: 'y', target: { kind: 'quality', value: 120, unit: '%' } }] }),
          { text: 'Tanpa indikator', indicators: [] },
        ],
      }),
      400,
      'validation',
      ['items.0.indicators.0.target.value', 'items.1.indicators.0.target.value', 'items.2.indicators'],
    );
    // A parent item must be on the appraiser's approved SKP, which Agus does not have yet.
    expectProblem(
      await create(tok.ramai, { period: YEAR, items: [item('Dukungan', { parentItemId: UNKNOWN_ID })] }),
      400,
      'validation',
      ['items.0.parentItemId'],
    );
    expectProblem(
      await create(tok.ramai, { period: YEAR, items: [], appraiserId: emp.kepala.id }),
      400,
      'validation',
      ['appraiserId'],
    );
    expectProblem(await create(tok.ramai, { period: YEAR, employeeId: UNKNOWN_ID }), 400, 'validation', [
      'employeeId',
    ]);
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('gives the agency head the regional head as appraiser, and a tenant admin approves for them', async () => {
    const head = await create(tok.kepala, {
      period: YEAR,
      items: [item('Mutu layanan pendidikan meningkat')],
    });
    expect(head.status, JSON.stringify(head.body)).toBe(201);
    expect(head.body).toMatchObject({
      employeeId: emp.kepala.id,
      appraiser: { id: REGIONAL_HEAD_ID, name: 'Wali Kota kinerja' },
      appraiserSuperior: null,
    });
    const submitted = await step(tok.kepala, head.body.id, 'submit', 1);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    // Nobody in the agency approves it: not the head, not the agency admin.
    expectProblem(await step(tok.kepala, head.body.id, 'approve', 2), 403, 'forbidden');
    expectProblem(await step(tok.opd, head.body.id, 'approve', 2), 403, 'forbidden');
    expect((await get(tok.kepala, head.body.id)).body.can).toMatchObject({ approve: false, submit: false });
    expect((await get(adminToken, head.body.id)).body.can).toMatchObject({ approve: true });
    // The tenant admin's team is the agency heads: what waits for the regional head.
    const team = await t.call('GET', '/v1/performance/skps?scope=team&status=submitted', {
      token: adminToken,
    });
    expect(team.body.items.map((x: { employeeName: string }) => x.employeeName)).toEqual(['Hasan Basri']);
    const approved = await step(adminToken, head.body.id, 'approve', 2);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.status).toBe('approved');
    const audit = await t.call('GET', `/v1/audit?entityType=skp&entityId=${head.body.id}`, {
      token: adminToken,
    });
    expect(audit.body.items.map((a: { action: string }) => a.action)).toContain('skp.approve');
    // The year's assessment is recorded by the tenant admin too, the hasil kerja following the
    // agency's rating; the agency admin and the head themself cannot.
    const agencyId = head.body.agencyId;
    const rated = await t.call('POST', '/v1/performance/org-ratings', {
      token: adminToken,
      body: { agencyId, period: YEAR, predikat: 'BAIK' },
    });
    expect(rated.status, JSON.stringify(rated.body)).toBe(201);
    const body = { skpId: head.body.id, period: YEAR, hasilKerja: 'meets', perilaku: 'above' };
    for (const token of [tok.kepala, tok.opd])
      expectProblem(await t.call('POST', '/v1/performance/assessments', { token, body }), 403, 'forbidden');
    const assessed = await t.call('POST', '/v1/performance/assessments', { token: adminToken, body });
    expect(assessed.status, JSON.stringify(assessed.body)).toBe(201);
    expect(assessed.body).toMatchObject({
      hasilKerjaFrom: 'organisation',
      orgPredikat: 'BAIK',
      appraiser: { id: REGIONAL_HEAD_ID, name: 'Wali Kota kinerja' },
    });
  });

  it("is 409 for someone with no superior in an agency without leaders, and 403 for someone else's employee", async () => {
    const res = await t.call('POST', '/v1/employees', {
      token: adminToken,
      body: employeeBody({
        name: 'Lina Marpaung',
        agencyId: otherAgencyId,
        unitId: otherUnitId,
        sequence: 9,
      }),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const orphan = await create(tok.opd2, { period: YEAR, items: [], employeeId: res.body.id });
    expectProblem(orphan, 409, 'conflict');
    expect(orphan.body.detail).toMatch(/no direct superior/);
    expectProblem(await create(tok.pegawai, { period: YEAR, employeeId: emp.ramai.id }), 403, 'forbidden');
    expectProblem(await create(tok.opd2, { period: YEAR, employeeId: emp.ramai.id }), 403, 'forbidden');
  });
});

describe('lifecycle, cascade, realisation, feedback', () => {
  let headSkp: { id: string; version: number; items: { id: string }[] };
  let staffSkp: { id: string; version: number };

  it('a Kepala Bidang plans, submits, and the Kepala Dinas approves; nobody approves their own', async () => {
    const made = await create(tok.atasan, {
      period: YEAR,
      items: [item('Mutu pembelajaran SD meningkat'), item('Angka putus sekolah SD turun')],
      behaviourExpectations: { BERORIENTASI_PELAYANAN: 'Melayani sekolah dengan cepat' },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body.appraiser.id).toBe(emp.kepala.id);
    expect(made.body.appraiserSuperior).toBeNull();
    expectProblem(await step(tok.atasan, made.body.id, 'approve', 1), 403, 'forbidden');
    expectProblem(await step(tok.kepala, made.body.id, 'approve', 1), 409, 'conflict');
    const submitted = await step(tok.atasan, made.body.id, 'submit', 1);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    expectProblem(await step(tok.atasan, made.body.id, 'approve', 2), 403, 'forbidden');
    expectProblem(await step(tok.kepala, made.body.id, 'approve', 1), 409, 'version-conflict');
    const approved = await step(tok.kepala, made.body.id, 'approve', 2);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', version: 3 });
    expect(approved.body.history.map((h: { action: string }) => h.action)).toEqual(['submit', 'approve']);
    headSkp = approved.body;
  });

  it('an empty plan cannot be submitted; a return and a revision need a reason', async () => {
    const mine = (await t.call('GET', '/v1/performance/skps?scope=mine', { token: tok.pegawai })).body
      .items[0];
    const plan = await t.call('PUT', `/v1/performance/skps/${mine.id}/plan`, {
      token: tok.pegawai,
      body: { items: [], behaviourExpectations: {}, version: mine.version },
    });
    expect(plan.status, JSON.stringify(plan.body)).toBe(200);
    expectProblem(await step(tok.pegawai, mine.id, 'submit', plan.body.version), 400, 'validation', [
      'items',
    ]);
    expectProblem(await step(tok.atasan, mine.id, 'return', plan.body.version), 400, 'validation', [
      'reason',
    ]);
    expectProblem(await step(tok.kepala, headSkp.id, 'revise', headSkp.version), 400, 'validation', [
      'reason',
    ]);
    staffSkp = plan.body;
  });

  it("cascades the head's items to every direct subordinate in one request, and a second run creates nothing", async () => {
    const res = await t.call('POST', '/v1/performance/skps/cascade', {
      token: tok.atasan,
      body: { skpId: headSkp.id },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // Sari (an existing draft, now empty), Yudi and Rudi (no SKP yet: created as drafts).
    expect(res.body.created).toBe(6);
    expect(res.body.refused).toEqual([]);
    const byName = Object.fromEntries(
      res.body.targets.map((x: { employeeName: string }) => [x.employeeName, x]),
    );
    expect(Object.keys(byName).sort()).toEqual(['Rudi Hartono', 'Sari Wulandari', 'Yudi Ramadhan']);
    expect(byName['Sari Wulandari']).toMatchObject({ skpId: staffSkp.id, createdSkp: false, newItems: 2 });
    expect(byName['Yudi Ramadhan']).toMatchObject({ createdSkp: true, newItems: 2 });
    const sari = await get(tok.pegawai, staffSkp.id);
    expect(sari.body.items.map((i: { parentItemId: string }) => i.parentItemId).sort()).toEqual(
      headSkp.items.map((i) => i.id).sort(),
    );
    expect(sari.body.items.every((i: { source: string }) => i.source === 'cascade')).toBe(true);
    const yudi = await get(tok.ramai, byName['Yudi Ramadhan'].skpId);
    expect(yudi.body).toMatchObject({ status: 'draft', appraiser: { id: emp.atasan.id } });

    const again = await t.call('POST', '/v1/performance/skps/cascade', {
      token: tok.atasan,
      body: { skpId: headSkp.id },
    });
    expect(again.body.created).toBe(0);
    expect(again.body.targets.every((x: { alreadyCascaded: number }) => x.alreadyCascaded === 2)).toBe(true);
    const cascades = (await scanTable(t)).filter((i) => i.action === 'skp.cascade');
    expect(cascades).toHaveLength(3);
  });

  it('refuses a cascade by someone else, to a non-subordinate, or of an unknown item, writing nothing', async () => {
    const before = await tableSnapshot(t);
    expectProblem(
      await t.call('POST', '/v1/performance/skps/cascade', {
        token: tok.kepala,
        body: { skpId: headSkp.id },
      }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.call('POST', '/v1/performance/skps/cascade', {
        token: tok.atasan,
        body: { skpId: headSkp.id, subordinateIds: [emp.lain.id] },
      }),
      400,
      'validation',
      ['subordinateIds.0'],
    );
    expectProblem(
      await t.call('POST', '/v1/performance/skps/cascade', {
        token: tok.atasan,
        body: { skpId: headSkp.id, itemIds: [UNKNOWN_ID] },
      }),
      400,
      'validation',
      ['itemIds.0'],
    );
    expectProblem(
      await t.call('POST', '/v1/performance/skps/cascade', { token: tok.atasan, body: { skpId: 'x' } }),
      400,
      'validation',
      ['skpId'],
    );
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('a staff member plans under the parents, submits, and the Kepala Bidang approves', async () => {
    const sari = (await get(tok.pegawai, staffSkp.id)).body;
    const plan = await t.call('PUT', `/v1/performance/skps/${staffSkp.id}/plan`, {
      token: tok.pegawai,
      body: {
        items: [
          ...sari.items.map(({ source: _s, ...rest }: { source: string }) => rest),
          item('Rekap data siswa SD', { parentItemId: headSkp.items[0]!.id }),
        ],
        behaviourExpectations: {},
        version: sari.version,
      },
    });
    expect(plan.status, JSON.stringify(plan.body)).toBe(200);
    expect(plan.body.items).toHaveLength(3);
    const submitted = await step(tok.pegawai, staffSkp.id, 'submit', plan.body.version);
    expect(submitted.status).toBe(200);
    const returned = await step(
      tok.atasan,
      staffSkp.id,
      'return',
      submitted.body.version,
      'Target terlalu rendah',
    );
    expect(returned.body.status).toBe('draft');
    const again = await step(tok.pegawai, staffSkp.id, 'submit', returned.body.version);
    const approved = await step(tok.atasan, staffSkp.id, 'approve', again.body.version);
    expect(approved.body.status).toBe('approved');
    staffSkp = approved.body;
    // A cascade now refuses Sari: her plan is approved.
    const res = await t.call('POST', '/v1/performance/skps/cascade', {
      token: tok.atasan,
      body: { skpId: headSkp.id, subordinateIds: [emp.pegawai.id] },
    });
    expect(res.body.refused).toEqual([
      { employeeId: emp.pegawai.id, employeeName: 'Sari Wulandari', reason: 'plan-not-editable' },
    ]);
  });

  it('records realisation for an assessment period, with links; refuses an unknown document, other periods and drafts', async () => {
    const itemId = (await get(tok.pegawai, staffSkp.id)).body.items[0].id;
    const path = `/v1/performance/skps/${staffSkp.id}/realisations`;
    const ok = await t.call('POST', path, {
      token: tok.pegawai,
      body: {
        itemId,
        period: Q1,
        value: 3,
        note: 'Tiga laporan triwulan I',
        evidence: [{ kind: 'link', url: 'https://drive.example.go.id/laporan-q1' }],
      },
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toMatchObject({ value: 3, source: 'typed', recordedByName: expect.any(String) });
    const replaced = await t.call('POST', path, {
      token: tok.atasan,
      body: { itemId, period: Q1, value: 4 },
    });
    expect(replaced.status).toBe(201);
    const detail = await get(tok.pegawai, staffSkp.id);
    expect(detail.body.realisations).toHaveLength(1);
    expect(detail.body.realisations[0].value).toBe(4);

    const before = await tableSnapshot(t);
    expectProblem(
      await t.call('POST', path, {
        token: tok.pegawai,
        body: {
          itemId,
          period: Q1,
          value: 1,
          evidence: [{ kind: 'document', documentId: UNKNOWN_ID, name: 'laporan.pdf' }],
        },
      }),
      400,
      'validation',
      ['evidence.0.documentId'],
    );
    expectProblem(
      await t.call('POST', path, {
        token: tok.pegawai,
        body: { itemId, period: { start: '2026-02', end: '2026-04' }, value: 1 },
      }),
      400,
      'validation',
      ['period'],
    );
    expectProblem(
      await t.call('POST', path, { token: tok.pegawai, body: { itemId: UNKNOWN_ID, period: Q1, value: 1 } }),
      400,
      'validation',
      ['itemId'],
    );
    expectProblem(
      await t.call('POST', path, {
        token: tok.pegawai,
        body: { itemId, period: Q1, value: -1, evidence: [{ kind: 'link', url: 'http://x.example' }] },
      }),
      400,
      'validation',
      ['value', 'evidence.0.url'],
    );
    expectProblem(
      await t.call('POST', path, { token: tok.kepala, body: { itemId, period: Q1, value: 1 } }),
      403,
      'forbidden',
    );
    const yudi = (await t.call('GET', '/v1/performance/skps?scope=mine', { token: tok.ramai })).body.items[0];
    const yudiItem = (await get(tok.ramai, yudi.id)).body.items[0].id;
    expectProblem(
      await t.call('POST', `/v1/performance/skps/${yudi.id}/realisations`, {
        token: tok.ramai,
        body: { itemId: yudiItem, period: Q1, value: 1 },
      }),
      409,
      'conflict',
    );
    expect(await tableSnapshot(t)).toEqual(before);
  });

  describe('evidence documents', () => {
    const Q2 = { start: '2026-04', end: '2026-06' };
    const PDF = new TextEncoder().encode('%PDF-1.7 laporan kegiatan triwulan II');
    const PNG = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
    ]);
    const realisations = () => `/v1/performance/skps/${staffSkp.id}/realisations`;
    const documents = () => `/v1/performance/skps/${staffSkp.id}/documents`;
    const doc = (documentId: string, name: string) => ({ kind: 'document', documentId, name });
    let itemId: string;
    let otherItemId: string;
    /** Asks for an upload as `token`, and PUTs `bytes` unless told not to. */
    const upload = async (
      bytes: Uint8Array | null,
      name: string,
      contentType = 'application/pdf',
      token = tok.pegawai,
    ) => {
      const res = await t.call('POST', documents(), {
        token,
        // The declared size proves nothing (a presigned PUT cannot hold the browser to it).
        body: { name, contentType, size: Math.min(Math.max(bytes?.length ?? 1, 1), 4 * 1024 * 1024) },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({ name, contentType, upload: { method: 'PUT' } });
      if (bytes) {
        const put = await t.call('PUT', res.body.upload.url, {
          body: bytes,
          headers: res.body.upload.headers,
        });
        expect(put.status, JSON.stringify(put.body)).toBe(200);
      }
      return res.body.documentId as string;
    };
    const record = (body: Record<string, unknown>, token = tok.pegawai) =>
      t.call('POST', realisations(), { token, body: { itemId, period: Q2, value: 2, ...body } });
    const open = (documentId: string, token = tok.pegawai) =>
      t.call('GET', `${documents()}/${documentId}`, { token });

    beforeAll(async () => {
      const items = (await get(tok.pegawai, staffSkp.id)).body.items;
      itemId = items[0].id;
      otherItemId = items[1].id;
    });

    it('gives an upload URL to the owner and the appraiser of an approved SKP only, for a PDF, JPEG or PNG of at most 4 MB', async () => {
      await upload(null, 'rencana.pdf');
      await upload(null, 'foto.jpg', 'image/jpeg', tok.atasan);
      for (const who of ['kepala', 'opd', 'lain'] as const)
        expect(
          (
            await t.call('POST', documents(), {
              token: tok[who],
              body: { name: 'a.pdf', contentType: 'application/pdf', size: 10 },
            })
          ).status,
          who,
        ).toBe(who === 'lain' ? 404 : 403);
      expectProblem(
        await t.call('POST', documents(), {
          token: tok.pegawai,
          body: { name: ' ', contentType: 'text/plain', size: 4 * 1024 * 1024 + 1 },
        }),
        400,
        'validation',
        ['name', 'contentType', 'size'],
      );
      const yudi = (await t.call('GET', '/v1/performance/skps?scope=mine', { token: tok.ramai })).body
        .items[0];
      expectProblem(
        await t.call('POST', `/v1/performance/skps/${yudi.id}/documents`, {
          token: tok.ramai,
          body: { name: 'a.pdf', contentType: 'application/pdf', size: 10 },
        }),
        409,
        'conflict',
      );
    });

    it('checks each new document on recording: uploaded, not empty, at most 4 MB, a PDF, JPEG or PNG by its bytes; nothing written otherwise', async () => {
      const never = await upload(null, 'belum.pdf');
      const text = await upload(new TextEncoder().encode('bukan pdf, hanya teks'), 'palsu.pdf');
      const big = new Uint8Array(4 * 1024 * 1024 + 1);
      big.set(PDF);
      const huge = await upload(big, 'besar.pdf');
      const good = await upload(PDF, 'laporan.pdf');
      const before = await tableSnapshot(t);
      const res = await record({
        evidence: [
          doc(never, 'belum.pdf'),
          doc(text, 'palsu.pdf'),
          doc(huge, 'besar.pdf'),
          doc(good, 'laporan.pdf'),
          doc(good, 'lagi.pdf'),
        ],
      });
      expectProblem(res, 400, 'validation', [
        'evidence.0.documentId',
        'evidence.1.documentId',
        'evidence.2.documentId',
        'evidence.4.documentId',
      ]);
      const messages = Object.fromEntries(
        (res.body.errors as { path: string; message: string }[]).map((e) => [e.path, e.message]),
      );
      expect(messages['evidence.0.documentId']).toMatch(/not uploaded/);
      expect(messages['evidence.1.documentId']).toBe('the uploaded file is not a PDF, JPG, PNG file');
      expect(messages['evidence.2.documentId']).toMatch(/more than the 4194304 allowed/);
      expect(messages['evidence.4.documentId']).toMatch(/same document twice/);
      // A document uploaded for another SKP is not found under this one.
      const kepalaSkp = (await t.call('GET', '/v1/performance/skps?scope=mine', { token: tok.atasan })).body
        .items[0];
      const theirs = await t.call('POST', `/v1/performance/skps/${kepalaSkp.id}/documents`, {
        token: tok.atasan,
        body: { name: 'milik atasan.pdf', contentType: 'application/pdf', size: PDF.length },
      });
      await t.call('PUT', theirs.body.upload.url, { body: PDF, headers: theirs.body.upload.headers });
      expectProblem(await record({ evidence: [doc(theirs.body.documentId, 'x.pdf')] }), 400, 'validation', [
        'evidence.0.documentId',
      ]);
      expect(await tableSnapshot(t)).toEqual(before);
    });

    it('records documents with what their bytes are, opens them to the readers of the SKP only, and audits the recording', async () => {
      const pdf = await upload(PDF, 'laporan-tw2.pdf');
      // Declared a JPEG, but the bytes are a PNG: the bytes win.
      const png = await upload(PNG, 'foto-kegiatan.jpg', 'image/jpeg');
      const unnamed = await upload(PDF, 'tidak-dipakai.pdf');
      const res = await record({
        note: 'Dua kegiatan',
        evidence: [
          doc(pdf, 'laporan-tw2.pdf'),
          { kind: 'link', url: 'https://drive.example.go.id/tw2' },
          doc(png, 'foto-kegiatan.jpg'),
        ],
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.evidence).toEqual([
        {
          kind: 'document',
          documentId: pdf,
          name: 'laporan-tw2.pdf',
          contentType: 'application/pdf',
          size: PDF.length,
        },
        { kind: 'link', url: 'https://drive.example.go.id/tw2' },
        {
          kind: 'document',
          documentId: png,
          name: 'foto-kegiatan.jpg',
          contentType: 'image/png',
          size: PNG.length,
        },
      ]);
      const detail = await get(tok.atasan, staffSkp.id);
      const q2 = detail.body.realisations.find(
        (r: { period: { start: string } }) => r.period.start === '2026-04',
      );
      expect(q2.evidence).toEqual(res.body.evidence);

      for (const who of ['pegawai', 'atasan', 'kepala', 'opd', 'admin'] as const) {
        const file = await open(pdf, tok[who]);
        expect(file.status, who).toBe(200);
        expect(file.headers.get('content-type')).toBe('application/pdf');
        expect(file.headers.get('cache-control')).toBe('private, no-store');
        expect(file.headers.get('content-disposition')).toBe('inline; filename="laporan-tw2.pdf"');
        expect(file.body).toContain('laporan kegiatan triwulan II');
      }
      expect((await open(png, tok.atasan)).headers.get('content-type')).toBe('image/png');
      for (const who of ['lain', 'opd2'] as const) expectProblem(await open(pdf, tok[who]), 404, 'not-found');
      expectProblem(await open(unnamed), 404, 'not-found');
      expectProblem(await open(UNKNOWN_ID), 404, 'not-found');

      const audit = await t.call('GET', `/v1/audit?entityType=skp&entityId=${staffSkp.id}`, {
        token: adminToken,
      });
      const entry = audit.body.items.find(
        (a: { action: string; changes: { period?: { after: { start: string } } } }) =>
          a.action === 'skp.realisation' && a.changes.period?.after.start === '2026-04',
      );
      expect(entry?.changes).toMatchObject({
        documents: { before: [], after: [pdf, png] },
        links: { before: null, after: 1 },
      });
    });

    it('keeps a document a re-recording names again, and stops serving one it drops; a document is evidence of one realisation only', async () => {
      const q2 = (await get(tok.pegawai, staffSkp.id)).body.realisations.find(
        (r: { period: { start: string }; itemId: string }) =>
          r.period.start === '2026-04' && r.itemId === itemId,
      );
      const [pdf, , png] = q2.evidence.map((e: { documentId?: string }) => e.documentId);
      const again = await record({ value: 3, evidence: [doc(pdf, 'laporan-tw2 (revisi).pdf')] }, tok.atasan);
      expect(again.status, JSON.stringify(again.body)).toBe(201);
      expect(again.body.evidence).toEqual([
        {
          kind: 'document',
          documentId: pdf,
          name: 'laporan-tw2 (revisi).pdf',
          contentType: 'application/pdf',
          size: PDF.length,
        },
      ]);
      expect((await open(pdf)).status).toBe(200);
      expectProblem(await open(png), 404, 'not-found');

      const before = await tableSnapshot(t);
      expectProblem(
        await t.call('POST', realisations(), {
          token: tok.pegawai,
          body: { itemId: otherItemId, period: Q2, value: 1, evidence: [doc(pdf, 'dipakai lagi.pdf')] },
        }),
        409,
        'conflict',
      );
      expect(await tableSnapshot(t)).toEqual(before);
    });
  });

  it('takes dated feedback notes from the appraiser only', async () => {
    const path = `/v1/performance/skps/${staffSkp.id}/feedback`;
    const ok = await t.call('POST', path, {
      token: tok.atasan,
      body: { date: '2026-02-09', note: 'Laporan Januari rapi, pertahankan.' },
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expectProblem(
      await t.call('POST', path, { token: tok.pegawai, body: { date: '2026-02-09', note: 'x' } }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.call('POST', path, { token: tok.atasan, body: { date: '2026-02-31', note: '' } }),
      400,
      'validation',
      ['date', 'note'],
    );
    const detail = await get(tok.pegawai, staffSkp.id);
    expect(detail.body.feedback.map((f: { note: string }) => f.note)).toEqual([
      'Laporan Januari rapi, pertahankan.',
    ]);
  });

  it("shows the appraiser's approved items to support, and the cascade one level at a time", async () => {
    const sari = (await get(tok.pegawai, staffSkp.id)).body;
    expect(sari.appraiserItems.map((i: { id: string }) => i.id)).toEqual(headSkp.items.map((i) => i.id));
    // The Kepala Dinas's SKP (approved for the Wali Kota) is what the Kepala Bidang's items support.
    const head = (await get(tok.atasan, headSkp.id)).body;
    const kadis = (await t.call('GET', '/v1/performance/skps?scope=mine', { token: tok.kepala })).body
      .items[0];
    expect(head.appraiserItems).toEqual([
      { id: expect.any(String), text: 'Mutu layanan pendidikan meningkat' },
    ]);
    expect(kadis.status).toBe('approved');
    const tree = await t.call('GET', `/v1/performance/skps/${headSkp.id}/cascade`, { token: tok.atasan });
    expect(tree.status, JSON.stringify(tree.body)).toBe(200);
    expect(tree.body.skp.items.map((i: { id: string }) => i.id)).toEqual(headSkp.items.map((i) => i.id));
    expect(tree.body.subordinates.map((x: { employeeName: string }) => x.employeeName)).toEqual([
      'Rudi Hartono',
      'Sari Wulandari',
      'Yudi Ramadhan',
    ]);
    const supporting = tree.body.subordinates.flatMap((x: { items: { parentItemId: string | null }[] }) =>
      x.items.filter((i) => i.parentItemId === headSkp.items[0]!.id),
    );
    expect(supporting).toHaveLength(4); // one cascaded to each of three, and Sari's own
    // The Kepala Dinas (the appraiser's superior of the staff) reads it too; a staff member only their own level.
    expect(
      (await t.call('GET', `/v1/performance/skps/${headSkp.id}/cascade`, { token: tok.kepala })).status,
    ).toBe(200);
    const mine = await t.call('GET', `/v1/performance/skps/${staffSkp.id}/cascade`, { token: tok.pegawai });
    expect(mine.body.subordinates).toEqual([]);
    expectProblem(
      await t.call('GET', `/v1/performance/skps/${headSkp.id}/cascade`, { token: tok.lain }),
      404,
      'not-found',
    );
  });

  it('a revision reopens an approved plan as a draft, with the revision counted and audited', async () => {
    const current = (await get(tok.pegawai, staffSkp.id)).body;
    const revised = await step(
      tok.pegawai,
      staffSkp.id,
      'revise',
      current.version,
      'Tugas tambahan dari Kadis',
    );
    expect(revised.status).toBe(200);
    expect(revised.body).toMatchObject({ status: 'draft', revision: 1 });
    const audit = (await scanTable(t)).find((i) => i.action === 'skp.revise' && i.entityId === staffSkp.id);
    expect(audit?.changes.reason).toEqual({ before: null, after: 'Tugas tambahan dari Kadis' });
    expect(audit?.changes.status).toEqual({ before: 'approved', after: 'draft' });
  });
});

describe('who reads what', () => {
  it("the employee, the appraiser, the appraiser's superior and admins in scope read an SKP; others get 404", async () => {
    const id = (await t.call('GET', '/v1/performance/skps?scope=mine', { token: tok.pegawai })).body.items[0]
      .id;
    for (const who of [tok.pegawai, tok.atasan, tok.kepala, tok.opd, adminToken]) {
      const res = await get(who, id);
      expect(res.status).toBe(200);
    }
    const asOwner = (await get(tok.pegawai, id)).body;
    expect(asOwner.can).toMatchObject({ edit: true, approve: false, addFeedback: false });
    const asAppraiser = (await get(tok.atasan, id)).body;
    expect(asAppraiser.can).toMatchObject({ edit: false, addFeedback: true });
    for (const who of [tok.ramai, tok.lain, tok.opd2]) expectProblem(await get(who, id), 404, 'not-found');
    expectProblem(await get(tok.pegawai, UNKNOWN_ID), 404, 'not-found');
    expectProblem(await get(tok.pegawai, 'not-an-id'), 400, 'validation', ['skpId']);
  });

  it('lists mine, my team and an agency, by year', async () => {
    const team = await t.call('GET', '/v1/performance/skps?scope=team&year=2026', { token: tok.atasan });
    expect(team.status).toBe(200);
    expect(team.body.items.map((s: { employeeName: string }) => s.employeeName)).toEqual([
      'Rudi Hartono',
      'Sari Wulandari',
      'Yudi Ramadhan',
    ]);
    const mine = (year: number) =>
      t.call('GET', `/v1/performance/skps?scope=mine&year=${year}`, { token: tok.pegawai });
    expect((await mine(2026)).body.items.map((x: { period: { start: string } }) => x.period.start)).toEqual([
      '2026-01',
    ]);
    expect((await mine(2025)).body.items).toEqual([]);
    const agency = await t.call('GET', '/v1/performance/skps?scope=agency', { token: tok.opd });
    // The Kepala Dinas's, the Kepala Bidang's and the three cascaded ones.
    expect(agency.body.items).toHaveLength(5);
    const page = await t.call('GET', '/v1/performance/skps?scope=agency&limit=2', { token: tok.opd });
    expect(page.body.items).toHaveLength(2);
    expect(page.body.nextCursor).toEqual(expect.any(String));
    expectProblem(
      await t.call('GET', '/v1/performance/skps?scope=agency', { token: adminToken }),
      400,
      'validation',
      ['agencyId'],
    );
    expectProblem(
      await t.call('GET', '/v1/performance/skps?scope=agency', { token: tok.pegawai }),
      403,
      'forbidden',
    );
    expect(
      (await t.call('GET', '/v1/performance/skps?scope=team&year=2025', { token: tok.atasan })).body.items,
    ).toEqual([]);
    expectProblem(
      await t.call('GET', '/v1/performance/skps?scope=all', { token: tok.atasan }),
      400,
      'validation',
      ['scope'],
    );
  });
});
