import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { IMPORT_COLUMNS, readImportHeader } from '@pamong/core';
import { countDynamoCalls, type Store } from '@pamong/db';
import * as employeesRepo from '@pamong/db/repos/personnel/employees';
import * as importsRepo from '@pamong/db/repos/personnel/imports';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvRows } from '../../functions/personnel/import-file';
import { IMPORT_GROUP, runImportJob } from '../../functions/personnel/import-worker';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import { makeNip } from '../support/personnel';
import { createAgency, createUnit, createUser, expectProblem, scanTable } from './helpers';

let t: TestApi;
let admin: string;
let tenantId: string;
let otherAdmin: string;
let agencyAdmin: string;
let agencyA: { id: string; name: string };
let agencyB: { id: string; name: string };
let unitA: { id: string };

/** The English field names older templates wrote: still read. */
const HEADER = IMPORT_COLUMNS.map((c) => c.key);
/** The Indonesian headers the template writes now, in the same order. */
const LABELS = IMPORT_COLUMNS.map((c) => c.label);
type Cells = Record<string, string | number | Date | null>;

/** One employee row, by column key; the defaults make a valid PNS in Dinas Pendidikan / Bidang SD. */
function person(seq: number, o: Cells = {}): Cells {
  const birthDate = `${1980 + Math.floor(seq / 999)}-01-${String((seq % 28) + 1).padStart(2, '0')}`;
  return {
    nip: makeNip(birthDate, '2005-03-01', 'L', (seq % 999) + 1),
    employmentType: 'PNS',
    name: `Pegawai Impor ${String(seq).padStart(5, '0')}`,
    gender: 'L',
    birthPlace: 'Metro',
    birthDate,
    agencyId: 'Dinas Pendidikan',
    unitId: 'Bidang SD',
    rank: 'III/a',
    tmtCpns: '2005-03-01',
    educationLevel: 'S1',
    educationMajor: 'Pendidikan Matematika',
    educationInstitution: 'Universitas Lampung',
    educationYear: 2003,
    ...o,
  };
}
const cellsOf = (r: Cells) => HEADER.map((k) => r[k] ?? null);

async function xlsxOf(rows: Cells[], header = HEADER): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Pegawai');
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(header.map((k) => r[k] ?? null));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
const csvOf = (rows: Cells[], sep = ',') =>
  new TextEncoder().encode(
    [HEADER, ...rows.map(cellsOf)]
      .map((r) => r.map((v) => (v === null ? '' : `"${String(v).replaceAll('"', '""')}"`)).join(sep))
      .join('\r\n'),
  );

async function createJob(format: 'xlsx' | 'csv', token = admin) {
  const res = await t.call('POST', '/v1/personnel/imports', {
    token,
    body: { fileName: `pegawai.${format}`, format },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as {
    job: { id: string; status: string };
    upload: { url: string; method: string; headers: Record<string, string> };
  };
}
async function upload(u: { url: string; headers: Record<string, string> }, bytes: Uint8Array) {
  const res = await t.call('PUT', u.url, { body: bytes, headers: u.headers });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}
async function waitForJob(jobId: string, token = admin) {
  for (let i = 0; i < 600; i++) {
    const res = await t.call('GET', `/v1/personnel/imports/${jobId}`, { token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    if (res.body.status === 'done' || res.body.status === 'failed') return res.body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}
async function start(jobId: string, token = admin) {
  const res = await t.call('POST', `/v1/personnel/imports/${jobId}/start`, { token });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return waitForJob(jobId, token);
}
async function importFile(format: 'xlsx' | 'csv', bytes: Uint8Array, token = admin) {
  const { job, upload: u } = await createJob(format, token);
  await upload(u, bytes);
  return start(job.id, token);
}
async function download(path: string, token = admin) {
  const res = await t.api.request(path, { headers: { authorization: `Bearer ${token}` } });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}
async function workbook(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}
const sheetValues = (sheet: ExcelJS.Worksheet) =>
  sheet
    .getSheetValues()
    .filter(Boolean)
    .map((r) => (r as unknown[]).slice(1));
const byNip = (nip: string) => employeesRepo.findByNip(t.store, tenantId, nip);
const auditCount = async () =>
  (await scanTable(t)).filter((i) => i.type === 'AUDIT' && i.entityType === 'employee').length;
/** Everything but the import jobs and their audit entries: what an import may change. */
const dataSnapshot = async () =>
  (await scanTable(t))
    .filter((i) => !String(i.pk).includes('IMPORTS') && !(i.type === 'AUDIT' && i.entityType === 'import'))
    .map((i) => JSON.stringify(i, Object.keys(i).sort()))
    .sort();

beforeAll(async () => {
  t = await createTestApi();
  ({ adminToken: admin, tenantId } = await createTenantViaApi(t, 'impor-a'));
  ({ adminToken: otherAdmin } = await createTenantViaApi(t, 'impor-b'));
  agencyA = await createAgency(t, admin, 'Dinas Pendidikan');
  agencyB = await createAgency(t, admin, 'Dinas Kesehatan');
  unitA = await createUnit(t, admin, agencyA.id, 'Bidang SD');
  await createUnit(t, admin, agencyB.id, 'Bidang P2P');
  await createUser(t, admin, { username: 'opd-disdik', role: 'agency-admin', agencyId: agencyA.id });
  agencyAdmin = await t.loginAs('impor-a', 'opd-disdik');
});

describe('getImportTemplate', () => {
  it('XLSX: the Pegawai header, the Petunjuk sheet in Indonesian and the tenant agencies with units', async () => {
    const { res, bytes } = await download('/v1/personnel/imports/template?format=xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
    const wb = await workbook(bytes);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Pegawai', 'Petunjuk', 'Perangkat Daerah']);
    const [head] = sheetValues(wb.getWorksheet('Pegawai')!);
    expect(head).toEqual(LABELS);
    expect(head).toEqual(
      expect.arrayContaining(['NIP', 'Nama Lengkap', 'Instansi/OPD', 'Unit Kerja', 'Jabatan']),
    );
    expect(readImportHeader(head as string[])).toMatchObject({ fatal: null, warnings: [], columns: HEADER });
    const guide = sheetValues(wb.getWorksheet('Petunjuk')!).flat().join(' ');
    expect(guide).toMatch(/NIP adalah kunci/);
    expect(guide).toMatch(/KODE:level dipisah titik koma/);
    const agencies = sheetValues(wb.getWorksheet('Perangkat Daerah')!);
    expect(agencies).toContainEqual(['Dinas Pendidikan', '', 'Bidang SD', agencyA.id, unitA.id]);
  });

  it('CSV: one header line that reads back as the import columns', async () => {
    const { res, bytes } = await download('/v1/personnel/imports/template?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const rows = csvRows(new TextDecoder().decode(bytes));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.cells.map((c) => String(c).replace('\uFEFF', ''))).toEqual(LABELS);
    expect(readImportHeader(rows[0]!.cells).columns).toEqual(HEADER);
  });

  it('an unknown format is a 400, and an employee may not download it', async () => {
    expectProblem(
      await t.call('GET', '/v1/personnel/imports/template?format=pdf', { token: admin }),
      400,
      'validation',
      ['format'],
    );
    await createUser(t, admin, { username: 'pegawai-biasa', role: 'employee', agencyId: agencyA.id });
    const employee = await t.loginAs('impor-a', 'pegawai-biasa');
    expectProblem(
      await t.call('GET', '/v1/personnel/imports/template', { token: employee }),
      403,
      'forbidden',
    );
  });
});

describe('an XLSX import with valid and invalid rows', () => {
  const valid = [
    person(1, { competencies: 'TEK-ANALISIS-DATA:3;MAN-KEPEMIMPINAN:2', email: 'p1@example.go.id' }),
    person(2, { birthDate: new Date(Date.UTC(1980, 0, 3)) }),
    person(3, {
      employmentType: 'PPPK',
      nip: '198001042022000003',
      rank: null,
      tmtCpns: null,
      grade: 'IX',
    }),
  ];
  const invalid = [
    person(4, { nip: '19800105200503100' }),
    person(5, { gender: 'P' }),
    person(6, { agencyId: 'Dinas Tidak Ada' }),
  ];
  let job: { id: string };
  let done: any;

  beforeAll(async () => {
    // By id rather than name (ids exist only once the agency does).
    Object.assign(valid[1]!, { agencyId: agencyA.id, unitId: unitA.id });
    const created = await createJob('xlsx');
    job = created.job;
    expect(created.job.status).toBe('pending');
    expect(created.upload).toMatchObject({
      method: 'PUT',
      headers: { 'content-type': expect.stringMatching(/spreadsheetml/) },
    });
    await upload(
      created.upload,
      await xlsxOf([valid[0]!, invalid[0]!, valid[1]!, invalid[1]!, invalid[2]!, valid[2]!]),
    );
    done = await start(job.id);
  });

  it('finishes with the right counts and reports every invalid row by row, column and message', () => {
    expect(done).toMatchObject({
      status: 'done',
      total: 6,
      processed: 6,
      created: 3,
      imported: 3,
      updated: 0,
      unchanged: 0,
      invalid: 3,
      errorCount: 3,
    });
    expect(done.errors).toEqual([
      { row: 3, column: 'nip', message: 'NIP harus 18 digit (tertulis 17 karakter)' },
      { row: 5, column: 'nip', message: 'digit 15 (jenis kelamin) adalah 1 tetapi jenis kelamin P' },
      { row: 6, column: 'agencyId', message: expect.stringMatching(/"Dinas Tidak Ada" tidak ditemukan/) },
    ]);
  });

  it('imports the valid rows with names resolved, competencies and education decoded', async () => {
    const first = await byNip(valid[0]!.nip as string);
    expect(first).toMatchObject({
      name: 'Pegawai Impor 00001',
      agencyId: agencyA.id,
      unitId: unitA.id,
      agencyName: 'Dinas Pendidikan',
      rank: 'III/a',
      competencies: [
        { code: 'MAN-KEPEMIMPINAN', level: 2 },
        { code: 'TEK-ANALISIS-DATA', level: 3 },
      ],
      education: [
        {
          level: 'S1',
          major: 'Pendidikan Matematika',
          institution: 'Universitas Lampung',
          graduationYear: 2003,
        },
      ],
      email: 'p1@example.go.id',
      version: 1,
    });
    expect((await byNip(valid[1]!.nip as string))?.birthDate).toBe('1980-01-03');
    expect(await byNip('198001042022000003')).toMatchObject({ employmentType: 'PPPK', grade: 'IX' });
    for (const r of invalid) expect(await byNip(r.nip as string)).toBeNull();
  });

  it('re-running the same file changes nothing: all rows unchanged, no new items, no audit entries', async () => {
    const before = await dataSnapshot();
    const again = await start(job.id);
    expect(again).toMatchObject({ status: 'done', created: 0, updated: 0, unchanged: 3, invalid: 3 });
    expect(await dataSnapshot()).toEqual(before);
  });

  it('a changed row updates the employee in place (same id, version 2, history entry), others stay unchanged', async () => {
    const before = await byNip(valid[0]!.nip as string);
    const audits = await auditCount();
    const done2 = await importFile(
      'xlsx',
      await xlsxOf([{ ...valid[0]!, name: 'Pegawai Impor Satu', phone: '0812 3456 7890' }, valid[1]!]),
    );
    expect(done2).toMatchObject({ status: 'done', created: 0, updated: 1, unchanged: 1, invalid: 0 });
    const after = await byNip(valid[0]!.nip as string);
    expect(after).toMatchObject({
      id: before!.id,
      name: 'Pegawai Impor Satu',
      phone: '081234567890',
      version: 2,
    });
    expect(await auditCount()).toBe(audits + 1);
  });

  it('a file that moves an employee to another agency is refused for that row: that is a mutasi', async () => {
    const done3 = await importFile(
      'xlsx',
      await xlsxOf([{ ...valid[1]!, agencyId: 'Dinas Kesehatan', unitId: 'Bidang P2P' }]),
    );
    expect(done3).toMatchObject({ status: 'done', invalid: 1, updated: 0 });
    expect(done3.errors[0]).toMatchObject({
      row: 2,
      column: 'agencyId',
      message: expect.stringMatching(/mutasi/),
    });
  });
});

describe('a CSV import', () => {
  it('reads semicolon CSV (Excel in an Indonesian locale) with DD-MM-YYYY dates and quoted competencies', async () => {
    const rows = [
      person(101, {
        birthDate: '02-01-1980',
        nip: makeNip('1980-01-02', '2005-03-01', 'L', 101),
        competencies: 'TEK-ANALISIS-DATA:4;MAN-KEPEMIMPINAN:1',
      }),
      person(102, {
        name: 'Siti "Ani" Rahma',
        gender: 'P',
        nip: makeNip('1980-01-21', '2005-03-01', 'P', 102),
      }),
    ];
    rows[1]!.birthDate = '1980-01-21';
    const done = await importFile('csv', csvOf(rows, ';'));
    expect(done).toMatchObject({ status: 'done', total: 2, created: 2, invalid: 0, errors: [] });
    expect(await byNip(rows[0]!.nip as string)).toMatchObject({
      birthDate: '1980-01-02',
      competencies: [
        { code: 'MAN-KEPEMIMPINAN', level: 1 },
        { code: 'TEK-ANALISIS-DATA', level: 4 },
      ],
    });
    expect((await byNip(rows[1]!.nip as string))?.name).toBe('Siti "Ani" Rahma');
  });

  it('a file that is no spreadsheet, or has no NIP column, fails the job with a readable reason', async () => {
    const garbage = await importFile('xlsx', new TextEncoder().encode('not a zip file'));
    expect(garbage).toMatchObject({
      status: 'failed',
      failure: expect.stringMatching(/tidak dapat dibaca sebagai XLSX/),
    });
    const noNip = await importFile('csv', new TextEncoder().encode('name,gender\r\nBudi,L\r\n'));
    expect(noNip).toMatchObject({ status: 'failed', failure: expect.stringMatching(/kolom nip/) });
  });
});

describe('crash safety', () => {
  /** A store whose client loses the connection after `okTransactions` employee transactions went through. */
  function crashingStore(store: Store, okTransactions: number): Store {
    let n = 0;
    const doc = {
      send: async (command: unknown) => {
        if (command instanceof TransactWriteCommand && ++n > okTransactions)
          throw Object.assign(new Error('simulated crash'), { name: 'NetworkingError' });
        return store.doc.send(command as never);
      },
    };
    return Object.defineProperty(Object.create(store), 'doc', { value: doc }) as Store;
  }

  it('a run that stops midway leaves whole employees only; re-running completes it without duplicates', async () => {
    const rows = [201, 202, 203, 204, 205].map((s) => person(s));
    const { job, upload: u } = await createJob('xlsx');
    await upload(u, await xlsxOf(rows));
    const store = t.store;
    const queued = await importsRepo.getImportJob(store, tenantId, job.id, true);
    await importsRepo.startImportJob(
      store,
      { tenantId, sub: 'test', role: 'tenant-admin', requestId: 'crash' },
      queued,
      new Date(),
    );
    const crashing = {
      ...t.deps,
      stores: { ...t.deps.stores, forTenant: async () => crashingStore(store, 1) },
    };
    // Two employees per transaction: the first transaction goes through, the second is lost.
    await expect(runImportJob(crashing, tenantId, job.id, { groupSize: 2 })).rejects.toThrow(
      'simulated crash',
    );

    const failed = await waitForJob(job.id);
    // The two employees written before the crash are counted; the rest are not there at all.
    expect(failed).toMatchObject({
      status: 'failed',
      created: 2,
      failure: expect.stringMatching(/Jalankan lagi/),
    });
    const present = await Promise.all(rows.map((r) => byNip(r.nip as string)));
    expect(present.filter(Boolean)).toHaveLength(2);
    for (const e of present.filter(Boolean))
      expect(e).toMatchObject({ version: 1, education: [{ level: 'S1' }] });

    // Starting it again continues it: the two rows written before stay counted as created, and
    // the re-read, which finds them unchanged, does not count them a second time.
    const done = await start(job.id);
    expect(done).toMatchObject({
      status: 'done',
      total: 5,
      processed: 5,
      created: 5,
      unchanged: 0,
      invalid: 0,
    });
    const items = await scanTable(t);
    for (const r of rows) {
      expect(items.filter((i) => i.type === 'NIPGUARD' && i.pk.endsWith(`NIP#${r.nip}`))).toHaveLength(1);
      expect(items.filter((i) => i.type === 'EMPLOYEE' && i.nip === r.nip)).toHaveLength(1);
    }
  });
});

describe('exportEmployees', () => {
  it('exports the employees a search finds as XLSX with Indonesian headers', async () => {
    const { res, bytes } = await download(`/v1/personnel/export?agencyId=${agencyA.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(res.headers.get('x-export-truncated')).toBe('false');
    const wb = await workbook(bytes);
    const [head, ...rows] = sheetValues(wb.getWorksheet('Pegawai')!);
    expect(head).toEqual(
      expect.arrayContaining(['NIP', 'Nama', 'Perangkat Daerah', 'Unit', 'Golongan', 'Kompetensi']),
    );
    const nipAt = head!.indexOf('NIP');
    const exported = rows.map((r) => r[nipAt]);
    const listed = await employeesRepo.listEmployees(t.store, tenantId, { agencyId: agencyA.id, limit: 100 });
    expect(exported.sort()).toEqual(listed.items.map((e) => e.nip).sort());
    const first = rows.find((r) => r[nipAt] === person(1).nip)!;
    expect(first[head!.indexOf('Unit')]).toBe('Bidang SD');
    expect(first[head!.indexOf('Kompetensi')]).toBe('MAN-KEPEMIMPINAN:2;TEK-ANALISIS-DATA:3');
  });

  it('applies the search filters: competency and employment type', async () => {
    const { bytes } = await download('/v1/personnel/export?competency=TEK-ANALISIS-DATA:4');
    const [head, ...rows] = sheetValues((await workbook(bytes)).getWorksheet('Pegawai')!);
    expect(rows.map((r) => r[head!.indexOf('NIP')])).toEqual([makeNip('1980-01-02', '2005-03-01', 'L', 101)]);
    const pppk = await download('/v1/personnel/export?employmentType=PPPK');
    const [, ...pppkRows] = sheetValues((await workbook(pppk.bytes)).getWorksheet('Pegawai')!);
    expect(pppkRows).toHaveLength(1);
  });

  it('bad filters are a 400; supervisors may not export', async () => {
    expectProblem(
      await t.call('GET', '/v1/personnel/export?minRank=V/z', { token: admin }),
      400,
      'validation',
      ['minRank'],
    );
    await createUser(t, admin, { username: 'atasan', role: 'supervisor', agencyId: agencyA.id });
    const supervisor = await t.loginAs('impor-a', 'atasan');
    expectProblem(await t.call('GET', '/v1/personnel/export', { token: supervisor }), 403, 'forbidden');
  });
});

describe('bad input and isolation', () => {
  it('an unknown format or a path in the file name is a 400', async () => {
    expectProblem(
      await t.call('POST', '/v1/personnel/imports', {
        token: admin,
        body: { fileName: 'a.pdf', format: 'pdf' },
      }),
      400,
      'validation',
      ['format'],
    );
    expectProblem(
      await t.call('POST', '/v1/personnel/imports', {
        token: admin,
        body: { fileName: '../a.csv', format: 'csv' },
      }),
      400,
      'validation',
      ['fileName'],
    );
  });

  it("another tenant's job is a 404 to read and to start, and is not listed", async () => {
    const { job } = await createJob('csv');
    expectProblem(
      await t.call('GET', `/v1/personnel/imports/${job.id}`, { token: otherAdmin }),
      404,
      'not-found',
    );
    expectProblem(
      await t.call('POST', `/v1/personnel/imports/${job.id}/start`, { token: otherAdmin }),
      404,
      'not-found',
    );
    const list = await t.call('GET', '/v1/personnel/imports', { token: otherAdmin });
    expect(list.body.items).toEqual([]);
  });

  it('starting before the upload is a 409; an upload URL writes only its own key before it expires', async () => {
    const { job, upload: u } = await createJob('csv');
    expectProblem(
      await t.call('POST', `/v1/personnel/imports/${job.id}/start`, { token: admin }),
      409,
      'conflict',
    );
    const other = u.url.replace(job.id, '01ARZ3NDEKTSV4RRFFQ69G5FAV');
    expect((await t.call('PUT', other, { body: new Uint8Array([1]), headers: u.headers })).status).toBe(403);
    expect(
      (await t.call('PUT', u.url, { body: new Uint8Array([1]), headers: { 'content-type': 'text/plain' } }))
        .status,
    ).toBe(403);
    const expired = u.url.replace(/expires=\d+/, 'expires=1000');
    expect((await t.call('PUT', expired, { body: new Uint8Array([1]), headers: u.headers })).status).toBe(
      403,
    );
  });

  it('lists jobs newest first; an agency admin sees only their own and imports only their agency', async () => {
    const own = await importFile(
      'xlsx',
      await xlsxOf([person(301), person(302, { agencyId: 'Dinas Kesehatan', unitId: 'Bidang P2P' })]),
      agencyAdmin,
    );
    expect(own).toMatchObject({ status: 'done', created: 1, invalid: 1, agencyId: agencyA.id });
    expect(own.errors[0]).toMatchObject({
      row: 3,
      column: 'agencyId',
      message: expect.stringMatching(/perangkat daerahnya sendiri/),
    });
    const mine = await t.call('GET', '/v1/personnel/imports?limit=100', { token: agencyAdmin });
    expect(mine.body.items.map((j: { id: string }) => j.id)).toEqual([own.id]);
    const all = await t.call('GET', '/v1/personnel/imports?limit=100', { token: admin });
    expect(all.body.items[0].id).toBe(own.id);
    expect(all.body.items.length).toBeGreaterThan(5);
    const tenantJob = all.body.items.find((j: { agencyId: string | null }) => j.agencyId === null);
    expectProblem(
      await t.call('GET', `/v1/personnel/imports/${tenantJob.id}`, { token: agencyAdmin }),
      404,
      'not-found',
    );
  });
});

describe('DynamoDB calls', () => {
  it('100 new rows of one agency: 1 BatchGet (no existing profile to fetch), 1 transaction per group, 2 job writes', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => person(1000 + i));
    const { job, upload: u } = await createJob('csv');
    await upload(u, csvOf(rows));
    const queued = await importsRepo.getImportJob(t.store, tenantId, job.id, true);
    await importsRepo.startImportJob(
      t.store,
      { tenantId, sub: 'test', role: 'tenant-admin', requestId: 'calls' },
      queued,
      new Date(),
    );
    // Progress is written once a second at most; a slow machine must not change the count.
    const { calls } = await countDynamoCalls(() =>
      runImportJob(t.deps, tenantId, job.id, { progressMs: 60_000 }),
    );
    // Job read, 1 agency page + 1 unit page, the NIP guards, IMPORT_GROUP rows per transaction (each
    // counting its rows on the job item), the claim (running) + done.
    expect(calls.byCommand).toEqual({
      GetItem: 1,
      Query: 2,
      BatchGetItem: 1,
      TransactWriteItems: Math.ceil(100 / IMPORT_GROUP),
      UpdateItem: 2,
    });
    expect(await importsRepo.getImportJob(t.store, tenantId, job.id)).toMatchObject({
      status: 'done',
      created: 100,
    });
  });
});

describe('Indonesian headers, units and positions by name (issue 11 B13)', () => {
  it('imports a file with the template headers, placing by unit and position name; unknown or ambiguous names are row errors', async () => {
    const sosial = await createAgency(t, admin, 'Dinas Sosial');
    const rehab = await createUnit(t, admin, sosial.id, 'Bidang Rehabilitasi Sosial');
    await createUnit(t, admin, sosial.id, 'Sekretariat');
    await createUnit(t, admin, sosial.id, 'sekretariat');
    const position = await t.call('POST', '/v1/positions', {
      token: admin,
      body: {
        agencyId: sosial.id,
        unitId: rehab.id,
        name: 'Pekerja Sosial Ahli Pertama',
        type: 'FUNGSIONAL',
        functionalLevel: 'AHLI_PERTAMA',
        positionClass: 8,
        requiredEducation: { levels: ['S1'], majors: [] },
        requiredCompetencies: [],
        seats: 2,
      },
    });
    expect(position.status, JSON.stringify(position.body)).toBe(201);

    const inSosial = (seq: number, o: Cells = {}) =>
      person(seq, { agencyId: 'Dinas Sosial', unitId: 'Bidang Rehabilitasi Sosial', ...o });
    const rows = [
      inSosial(401, { positionId: 'pekerja sosial  AHLI PERTAMA' }),
      inSosial(402, { positionId: 'Penyuluh Sosial' }),
      inSosial(403, { unitId: 'Sekretariat' }),
    ];
    // The template's Indonesian header row, the cells in its column order.
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Pegawai');
    sheet.addRow(LABELS);
    for (const r of rows) sheet.addRow(cellsOf(r));
    const done = await importFile('xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));

    expect(done).toMatchObject({ status: 'done', total: 3, created: 1, invalid: 2 });
    expect(done.errors).toEqual([
      { row: 3, column: 'Jabatan', message: 'jabatan "Penyuluh Sosial" tidak ditemukan di unit kerja ini' },
      {
        row: 4,
        column: 'Unit Kerja',
        message:
          'ada lebih dari satu unit bernama "Sekretariat" di perangkat daerah ini; tulis ID unitnya (lihat lembar "Perangkat Daerah")',
      },
    ]);
    expect(await byNip(rows[0]!.nip as string)).toMatchObject({
      agencyId: sosial.id,
      unitId: rehab.id,
      positionId: position.body.id,
      positionName: 'Pekerja Sosial Ahli Pertama',
    });
    expect((await t.call('GET', `/v1/positions/${position.body.id}`, { token: admin })).body.filled).toBe(1);

    // Re-importing the same file: the row placed by name is unchanged, the others fail the same way.
    const again = await importFile('xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(again).toMatchObject({ status: 'done', created: 0, updated: 0, unchanged: 1, invalid: 2 });
  });

  it('reads a semicolon CSV with the old Indonesian labels (Nama, Perangkat Daerah, Unit)', async () => {
    const old = [
      'NIP',
      'Jenis Pegawai',
      'Nama',
      'Jenis Kelamin',
      'Tempat Lahir',
      'Tanggal Lahir',
      'Perangkat Daerah',
      'Unit',
      'Golongan',
      'TMT CPNS',
      'Jenjang Pendidikan',
      'Jurusan',
      'Institusi Pendidikan',
      'Tahun Lulus',
    ];
    const keys = [
      'nip',
      'employmentType',
      'name',
      'gender',
      'birthPlace',
      'birthDate',
      'agencyId',
      'unitId',
      'rank',
      'tmtCpns',
      'educationLevel',
      'educationMajor',
      'educationInstitution',
      'educationYear',
    ];
    const r = person(411);
    const text = [old.join(';'), keys.map((k) => String(r[k] ?? '')).join(';')].join('\r\n');
    const done = await importFile('csv', new TextEncoder().encode(text));
    expect(done).toMatchObject({ status: 'done', created: 1, invalid: 0, errors: [] });
    expect(await byNip(r.nip as string)).toMatchObject({ agencyId: agencyA.id, unitId: unitA.id });
  });
});
