import { beforeAll, describe, expect, it } from 'vitest';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import { allPages, createAgency, createUser, expectProblem, getJson, tableSnapshot } from './helpers';

/**
 * The holiday calendar (issue 13 §1): every tenant starts with the SKB 3 Menteri's national
 * holidays and cuti bersama; a tenant admin adds regional days and corrects the rest, each change
 * audited; bad input changes nothing.
 */
const SLUG = 'libur';
let t: TestApi;
let admin: string;
let opd: string;
let pegawai: string;

beforeAll(async () => {
  t = await createTestApi();
  ({ adminToken: admin } = await createTenantViaApi(t, SLUG));
  const agency = await createAgency(t, admin, 'Dinas Kesehatan');
  await createUser(t, admin, { username: 'opd', role: 'agency-admin', agencyId: agency.id });
  await createUser(t, admin, { username: 'pegawai', role: 'employee', agencyId: agency.id });
  opd = await t.loginAs(SLUG, 'opd');
  pegawai = await t.loginAs(SLUG, 'pegawai');
});

const day = (date: string, body: unknown, token = admin) =>
  t.call('PUT', `/v1/attendance/holidays/${date}`, { token, body });
const historyOf = async (date: string) =>
  (await getJson(t, `/v1/audit?entityType=holiday&entityId=${date}`, admin)).items;

describe('the holiday calendar', () => {
  it("starts with 2026's 17 national holidays and 8 days of cuti bersama, in date order, with their decree", async () => {
    const days = (await allPages(t, '/v1/attendance/holidays?year=2026', admin, 10)).flat();
    expect(days).toHaveLength(25);
    expect(days.filter((d) => d.kind === 'national')).toHaveLength(17);
    expect(days.filter((d) => d.kind === 'cuti-bersama')).toHaveLength(8);
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
    expect(days[0]).toMatchObject({
      date: '2026-01-01',
      name: 'Tahun Baru 2026 Masehi',
      kind: 'national',
      version: 1,
    });
    expect(days.every((d) => /SKB/.test(d.source))).toBe(true);
    // Seeded in the tenant's creation, with one audit entry for the calendar.
    const seeded = (await getJson(t, '/v1/audit?entityType=holidayCalendar&entityId=2026', admin)).items;
    expect(seeded.map((e: { action: string }) => e.action)).toEqual(['holiday.seed']);
    expect((await getJson(t, '/v1/attendance/holidays?year=2027', admin)).items).toEqual([]);
  });

  it('lets every member of the tenant read it, and only a tenant admin change it', async () => {
    expect((await getJson(t, '/v1/attendance/holidays?year=2026&limit=5', pegawai)).items).toHaveLength(5);
    const before = await tableSnapshot(t);
    expectProblem(await day('2026-07-01', { name: 'HUT Kota', kind: 'regional' }, opd), 403, 'forbidden');
    expectProblem(await day('2026-07-01', { name: 'HUT Kota', kind: 'regional' }, pegawai), 403, 'forbidden');
    expectProblem(
      await t.call('DELETE', '/v1/attendance/holidays/2026-05-01', { token: opd }),
      403,
      'forbidden',
    );
    expectProblem(await t.call('GET', '/v1/attendance/holidays?year=2026'), 401, 'unauthorized');
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('adds a regional day (201), changes it (200, version 2), and audits each change with what changed', async () => {
    const added = await day('2026-07-17', { name: 'Hari Jadi Kota', kind: 'regional' });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({
      date: '2026-07-17',
      name: 'Hari Jadi Kota',
      kind: 'regional',
      version: 1,
    });
    const renamed = await day('2026-07-17', { name: 'Hari Jadi Kota ke-1', kind: 'regional' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.version).toBe(2);
    // The same again changes nothing and writes no audit entry.
    const same = await day('2026-07-17', { name: 'Hari Jadi Kota ke-1', kind: 'regional' });
    expect(same.status).toBe(200);
    expect(same.body.version).toBe(2);
    const history = await historyOf('2026-07-17');
    expect(history.map((e: { action: string }) => e.action)).toEqual(['holiday.update', 'holiday.create']);
    expect(history[0].changes).toEqual({ name: { before: 'Hari Jadi Kota', after: 'Hari Jadi Kota ke-1' } });
  });

  it("corrects a seeded day: it keeps the admin's words and no longer claims the decree", async () => {
    const res = await day('2026-08-25', { name: 'Maulid Nabi Muhammad SAW 1448 H', kind: 'national' });
    expect(res.status).toBe(200);
    expect(res.body).not.toHaveProperty('source');
    const [entry] = await historyOf('2026-08-25');
    expect(entry.changes.source.before).toMatch(/SKB/);
    expect(entry.changes.source.after).toBeNull();
  });

  it('removes a day (204), audited; a second removal is 404', async () => {
    const res = await t.call('DELETE', '/v1/attendance/holidays/2026-07-17', { token: admin });
    expect(res.status).toBe(204);
    const days = (await allPages(t, '/v1/attendance/holidays?year=2026', admin, 100)).flat();
    expect(days.map((d) => d.date)).not.toContain('2026-07-17');
    expect((await historyOf('2026-07-17'))[0]).toMatchObject({
      action: 'holiday.delete',
      changes: { name: { before: 'Hari Jadi Kota ke-1', after: null } },
    });
    expectProblem(
      await t.call('DELETE', '/v1/attendance/holidays/2026-07-17', { token: admin }),
      404,
      'not-found',
    );
  });

  it('names each bad field, and writes nothing', async () => {
    const before = await tableSnapshot(t);
    expectProblem(await day('2026-02-30', { name: 'Tidak ada', kind: 'regional' }), 400, 'validation', [
      'date',
    ]);
    expectProblem(await day('2026-07-01', { name: '', kind: 'libur' }), 400, 'validation', ['name', 'kind']);
    expectProblem(await day('2026-07-01', { name: 'X', kind: 'regional', extra: 1 }), 400, 'validation');
    expectProblem(
      await t.call('GET', '/v1/attendance/holidays?year=99', { token: admin }),
      400,
      'validation',
      ['year'],
    );
    expect(await tableSnapshot(t)).toEqual(before);
  });
});
