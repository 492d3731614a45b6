import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { formatRegistrationNumber } from '@pamong/core';
import * as keys from '@pamong/db/keys';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTenantViaApi, createTestApi, PASSWORD, type TestApi } from '../support/app';
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
 * The exam score import (issue 12 §4 `importExamScores`) against DynamoDB Local: a published CPNS
 * round with four submitted applications (three screened MS, one TMS), the ADMINISTRATION
 * announcement, then the after-objection one once the window has closed. Covered: the template
 * (XLSX and CSV, one row per MS application); the preconditions (409 before the announcements,
 * 404 for an unknown or another tenant's round, 403 for an agency admin, 400 naming the fields);
 * the job with its per-row report in Bahasa Indonesia while the good rows are written; a re-import
 * unchanged, a changed score updated; a file that is no sheet failing the job; the scores as
 * stored on the applications (not bumping their version), with the audit entries and the round's
 * `scoresUpdatedAt`.
 */
const SLUG = 'nilai';
let t: TestApi;
/** 09:00 in Jakarta on 10 February 2026: the round is set up before registration opens. */
let clock = new Date('2026-02-10T02:00:00Z');

let admin: string;
let opd: string;
let tenantId: string;
let roundId: string;
let roundCode: string;
let otherRoundId: string;
let otherAdmin: string;
/** By applicant key: the application id and registration number. */
const apps = {} as Record<'a' | 'b' | 'c' | 'd', { id: string; number: string; name: string }>;

const call = (
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  headers?: Record<string, string>,
) => t.call(method, path, { token, body, headers });

interface Person {
  nik: string;
  name: string;
  birthDate: string;
  gender: 'L' | 'P';
  email: string;
}
const PEOPLE: Record<keyof typeof apps, Person> = {
  a: {
    nik: '1871011203980001',
    name: 'Budi Santoso',
    birthDate: '1998-03-12',
    gender: 'L',
    email: 'budi@example.id',
  },
  b: {
    nik: '1871014507950002',
    name: 'Siti Aminah',
    birthDate: '1995-07-05',
    gender: 'P',
    email: 'siti@example.id',
  },
  c: {
    nik: '1871010101990003',
    name: 'Andi Wijaya',
    birthDate: '1999-01-01',
    gender: 'L',
    email: 'andi@example.id',
  },
  d: {
    nik: '1871011506970004',
    name: 'Rudi Hartono',
    birthDate: '1997-06-15',
    gender: 'L',
    email: 'rudi@example.id',
  },
};

async function applicant(p: Person, ip: string, formationId: string) {
  const reg = await t.api.request(
    `/v1/public/${SLUG}/applicants`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...p,
        kkNumber: '1871010101010001',
        birthPlace: 'Bandar Lampung',
        phone: '081234567890',
        password: PASSWORD,
      }),
    },
    { incoming: { socket: { remoteAddress: ip } } },
  );
  expect(reg.status, await reg.clone().text()).toBe(201);
  const code = t.deps.outbox.list(p.email).find((m) => m.tenantId === tenantId)?.code;
  expect(
    (await call('POST', `/v1/public/${SLUG}/applicants/verify`, undefined, { nik: p.nik, code })).status,
  ).toBe(200);
  const token = await t.loginAs(SLUG, p.nik);
  const profile = (await call('GET', '/v1/recruitment/me/profile', token)).body;
  const patched = await call('PATCH', '/v1/recruitment/me/profile', token, {
    version: profile.version,
    diplomaName: `${p.name}, S.Kom.`,
    education: [
      {
        level: 'S1',
        major: 'Teknik Informatika',
        institution: 'Universitas Lampung',
        ipk: 3.42,
        graduationDate: '2020-08-30',
      },
    ],
    address: 'Jl. Teuku Umar No. 1, Bandar Lampung',
    disability: { status: false },
  });
  expect(patched.status, JSON.stringify(patched.body)).toBe(200);
  const app = await call('POST', '/v1/recruitment/me/applications', token, { roundId, formationId });
  expect(app.status, JSON.stringify(app.body)).toBe(201);
  const submitted = await call('POST', `/v1/recruitment/me/applications/${app.body.id}/submit`, token, {
    version: app.body.version,
  });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  return { id: app.body.id as string, number: submitted.body.registrationNumber as string, name: p.name };
}

/** Moves the clock and logs the admins in again (tokens last 8 hours). */
async function moveTo(iso: string) {
  clock = new Date(iso);
  admin = await t.loginAs(SLUG, 'admin');
  opd = await t.loginAs(SLUG, 'opd.a');
  if (otherAdmin) otherAdmin = await t.loginAs('nilai-lain', 'admin');
}

const announce = (stage: string) =>
  call('POST', '/v1/recruitment/announcements', admin, { roundId, stage, note: `Pengumuman ${stage}` });

beforeAll(async () => {
  t = await createTestApi({ now: () => clock });
  const created = await createTenantViaApi(t, SLUG);
  admin = created.adminToken;
  tenantId = created.tenantId;
  const agency = (await createAgency(t, admin, 'Dinas Komunikasi dan Informatika')).id;
  const unit = (await createUnit(t, admin, agency, 'Bidang Aplikasi')).id;
  const position = await createPosition(t, admin, agency, {
    unitId: unit,
    name: 'Pranata Komputer Ahli Pertama',
    type: 'PELAKSANA',
    positionClass: 8,
  });
  await createUser(t, admin, { username: 'opd.a', role: 'agency-admin', agencyId: agency });
  opd = await t.loginAs(SLUG, 'opd.a');
  const makeRound = async (name: string) => {
    const res = await call('POST', '/v1/recruitment/rounds', admin, {
      name,
      kind: 'CPNS',
      year: 2026,
      registrationOpensAt: '2026-03-01T08:00',
      registrationClosesAt: '2026-03-15T23:59',
      referenceDate: '2026-03-01',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  const round = await makeRound('Seleksi CPNS 2026');
  roundId = round.id;
  roundCode = round.code;
  const formation = await call('POST', `/v1/recruitment/rounds/${roundId}/formations`, admin, {
    positionId: position,
    unitId: unit,
    openings: 2,
    track: 'umum',
    educationRequirements: [{ level: 'S1', majors: ['Teknik Informatika'] }],
    maxAge: 35,
    requiredDocuments: [],
  });
  expect(formation.status, JSON.stringify(formation.body)).toBe(201);
  const fresh = (await call('GET', `/v1/recruitment/rounds/${roundId}`, admin)).body;
  const published = await call('POST', `/v1/recruitment/rounds/${roundId}/publish`, admin, {
    version: fresh.version,
  });
  expect(published.status, JSON.stringify(published.body)).toBe(200);
  otherRoundId = (await makeRound('Seleksi CPNS 2026 tahap II')).id;
  otherAdmin = (await createTenantViaApi(t, 'nilai-lain')).adminToken;

  // Registration is open on 10 March.
  await moveTo('2026-03-10T02:00:00Z');
  let ip = 10;
  for (const k of ['a', 'b', 'c', 'd'] as const)
    apps[k] = await applicant(PEOPLE[k], `198.51.100.${ip++}`, formation.body.id);

  // Screened and announced on 16 March, 09:00 in Jakarta, after the close.
  await moveTo('2026-03-16T02:00:00Z');
  for (const k of ['a', 'b', 'c', 'd'] as const) {
    const res = await call(
      'POST',
      `/v1/recruitment/applications/${apps[k].id}/verification`,
      admin,
      k === 'd'
        ? {
            result: 'TMS',
            reasons: [{ requirement: 'education', note: 'Ijazah bukan S1 Teknik Informatika' }],
          }
        : { result: 'MS' },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
  const adm = await announce('ADMINISTRATION');
  expect(adm.status, JSON.stringify(adm.body)).toBe(201);
}, 120_000);

// ---- helpers of the import flow ----

const base = () => `/v1/recruitment/rounds/${roundId}/score-imports`;
type Cells = (string | number | null)[];
const SKD_HEADER = ['Nomor Pendaftaran', 'Nama', 'TWK', 'TIU', 'TKP'];

const csvOf = (rows: Cells[], sep = ';') =>
  new TextEncoder().encode(
    `${rows.map((r) => r.map((v) => (v === null ? '' : String(v))).join(sep)).join('\r\n')}\r\n`,
  );

async function xlsxOf(rows: Cells[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Nilai SKD');
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function createJob(stage: 'SKD' | 'SKB', format: 'xlsx' | 'csv', token = admin) {
  return call('POST', base(), token, { fileName: `nilai-${stage.toLowerCase()}.${format}`, format, stage });
}

async function waitForJob(jobId: string) {
  for (let i = 0; i < 400; i++) {
    const res = await call('GET', `${base()}/${jobId}`, admin);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    if (res.body.status === 'done' || res.body.status === 'failed') return res.body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the score import did not finish');
}

async function importFile(stage: 'SKD' | 'SKB', format: 'xlsx' | 'csv', bytes: Uint8Array) {
  const created = await createJob(stage, format);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const put = await call('PUT', created.body.upload.url, undefined, bytes, created.body.upload.headers);
  expect(put.status).toBe(200);
  const started = await call('POST', `${base()}/${created.body.job.id}/start`, admin);
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  expect(started.body).toMatchObject({ status: 'uploaded', roundId, stage });
  return waitForJob(created.body.job.id);
}

const application = async (id: string) =>
  (await t.store.get<Record<string, any>>(keys.application(tenantId, id), true))!;

async function download(path: string, token = admin) {
  const res = await t.api.request(path, { headers: { authorization: `Bearer ${token}` } });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

// ---- the tests ----

describe('preconditions', () => {
  it('SKD scores wait for the ADMINISTRATION_AFTER_OBJECTION announcement (409), writing nothing', async () => {
    const before = await tableSnapshot(t);
    const res = await createJob('SKD', 'csv');
    expectProblem(res, 409, 'conflict');
    expect(res.body.detail).toMatch(/ADMINISTRATION_AFTER_OBJECTION/);
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('after the objection window closes the after-objection announcement opens the SKD import', async () => {
    await moveTo('2026-03-21T02:00:00Z');
    const res = await announce('ADMINISTRATION_AFTER_OBJECTION');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });

  it('SKB scores wait for the SKD announcement (409)', async () => {
    const res = await createJob('SKB', 'xlsx');
    expectProblem(res, 409, 'conflict');
    expect(res.body.detail).toMatch(/SKD announcement/);
  });

  it('an unknown round, an unpublished one and another tenant’s are refused; an agency admin is 403', async () => {
    const body = { fileName: 'nilai.csv', format: 'csv', stage: 'SKD' };
    expectProblem(
      await call('POST', `/v1/recruitment/rounds/${UNKNOWN_ID}/score-imports`, admin, body),
      404,
      'not-found',
    );
    const draft = await call('POST', `/v1/recruitment/rounds/${otherRoundId}/score-imports`, admin, body);
    expectProblem(draft, 409, 'conflict');
    expect(draft.body.detail).toMatch(/published/);
    expectProblem(await call('POST', base(), otherAdmin, body), 404, 'not-found');
    expectProblem(await call('GET', base(), otherAdmin), 404, 'not-found');
    expectProblem(await call('GET', `${base()}/template?stage=SKD`, otherAdmin), 404, 'not-found');
    for (const [method, path] of [
      ['POST', base()],
      ['GET', base()],
      ['GET', `${base()}/template?stage=SKD`],
      ['GET', `${base()}/${UNKNOWN_ID}`],
      ['POST', `${base()}/${UNKNOWN_ID}/start`],
    ] as const)
      expectProblem(await call(method, path, opd, method === 'POST' ? body : undefined), 403, 'forbidden');
  });

  it('a bad body is 400 naming each field', async () => {
    const res = await call('POST', base(), admin, { fileName: 'a/b.csv', format: 'pdf', stage: 'SKC' });
    expectProblem(res, 400, 'validation', ['fileName', 'format', 'stage']);
    expectProblem(
      await call('POST', base(), admin, { fileName: 'a.csv', format: 'csv' }),
      400,
      'validation',
      ['stage'],
    );
    expectProblem(await call('GET', `${base()}/template?stage=X`, admin), 400, 'validation', ['stage']);
  });
});

describe('getExamScoreTemplate', () => {
  it('XLSX: the SKD header and one row per MS application (not the TMS one)', async () => {
    const { res, bytes } = await download(`${base()}/template?stage=SKD`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(res.headers.get('content-disposition')).toContain(`nilai-skd-${roundCode.toLowerCase()}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Nilai SKD', 'Petunjuk']);
    const rows = (wb.getWorksheet('Nilai SKD')!.getSheetValues().filter(Boolean) as unknown[][]).map((r) =>
      r.slice(1),
    );
    expect(rows[0]).toEqual(SKD_HEADER);
    expect(rows.slice(1)).toEqual(
      [apps.a, apps.b, apps.c].map((a) => [a.number, a.name]).sort((x, y) => x[0]!.localeCompare(y[0]!)),
    );
  });

  it('CSV: the SKB columns the round weighs', async () => {
    const { res, bytes } = await download(`${base()}/template?stage=SKB&format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = new TextDecoder().decode(bytes);
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Nomor Pendaftaran,Nama,SKB CAT,Wawancara,Tes Lain');
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).every((l) => l.endsWith(',,,'))).toBe(true);
  });
});

describe('importExamScores: SKD', () => {
  let firstJob: string;

  it('writes the good rows and reports each bad one at its row and column, in Bahasa Indonesia', async () => {
    const mistyped = apps.a.number.replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A'));
    const versionBefore = (await application(apps.a.id)).version;
    const unknown = formatRegistrationNumber(roundCode, 99);
    const job = await importFile(
      'SKD',
      'csv',
      csvOf([
        SKD_HEADER,
        [apps.a.number, apps.a.name, 95, 110, 180], // 2
        [apps.b.number.toLowerCase(), apps.b.name, 70, 85, 170], // 3
        [apps.c.number, apps.c.name, 151, 90, 170], // 4: TWK over 150
        [apps.d.number, apps.d.name, 100, 100, 180], // 5: TMS
        [mistyped, '', 100, 100, 180], // 6
        [unknown, '', 100, 100, 180], // 7
        [apps.a.number, 'Budi lagi', 96, 110, 180], // 8: the same number again
        [null, null, null, null, null], // an empty row is skipped
      ]),
    );
    firstJob = job.id;
    expect(job).toMatchObject({
      status: 'done',
      stage: 'SKD',
      roundId,
      total: 7,
      created: 2,
      updated: 0,
      unchanged: 0,
      invalid: 5,
      processed: 7,
      errorCount: 5,
    });
    expect(job.errors).toEqual([
      { row: 4, column: 'TWK', message: 'nilai TWK harus bilangan bulat dari 0 sampai 150, bukan 151' },
      { row: 5, column: 'Nomor Pendaftaran', message: expect.stringMatching(/berstatus TMS/) },
      { row: 6, column: 'Nomor Pendaftaran', message: expect.stringMatching(/tidak valid.*salah ketik/) },
      {
        row: 7,
        column: 'Nomor Pendaftaran',
        message: `nomor pendaftaran ${unknown} tidak terdaftar pada seleksi ini`,
      },
      {
        row: 8,
        column: 'Nomor Pendaftaran',
        message: `nomor pendaftaran ${apps.a.number} sudah ada di baris 2; baris ini dilewati`,
      },
    ]);

    const a = await application(apps.a.id);
    expect(a.skdScores).toEqual({
      twk: 95,
      tiu: 110,
      tkp: 180,
      importedAt: clock.toISOString(),
      jobId: job.id,
    });
    expect((await application(apps.b.id)).skdScores).toMatchObject({ twk: 70, tiu: 85, tkp: 170 });
    expect((await application(apps.c.id)).skdScores).toBeUndefined();
    expect((await application(apps.d.id)).skdScores).toBeUndefined();
    // Scores are not the applicant's data: the application's version is not bumped.
    expect(a.version).toBe(versionBefore);
    expect(a.status).toBe('MS');
    const audit = (await scanTable(t)).filter((i) => i.type === 'AUDIT' && i.action === 'application.scores');
    expect(audit).toHaveLength(2);
    expect(audit.find((e) => e.entityId === apps.a.id)?.changes).toEqual({
      skdScores: { before: null, after: { twk: 95, tiu: 110, tkp: 180 } },
    });
    const round = await t.store.get<Record<string, any>>(keys.recruitmentRound(tenantId, roundId), true);
    expect(round?.scoresUpdatedAt).toBe(clock.toISOString());
  });

  it('the same file again is unchanged and writes nothing but the job', async () => {
    const before = (await scanTable(t)).filter((i) => i.type === 'AUDIT').length;
    const job = await importFile(
      'SKD',
      'csv',
      csvOf(
        [SKD_HEADER, [apps.a.number, apps.a.name, 95, 110, 180], [apps.b.number, apps.b.name, 70, 85, 170]],
        ',',
      ),
    );
    expect(job).toMatchObject({ status: 'done', total: 2, created: 0, updated: 0, unchanged: 2, invalid: 0 });
    // Only the job's own audit entries (create, start).
    expect((await scanTable(t)).filter((i) => i.type === 'AUDIT').length).toBe(before + 2);
    expect((await application(apps.a.id)).skdScores.jobId).toBe(firstJob);
  });

  it('an XLSX with a changed score updates it; a row fixed since is created', async () => {
    clock = new Date(clock.getTime() + 60_000);
    const job = await importFile(
      'SKD',
      'xlsx',
      await xlsxOf([
        ['registrationNumber', 'name', 'twk', 'tiu', 'tkp'],
        [apps.a.number, apps.a.name, 95, 111, 180],
        [apps.b.number, apps.b.name, 70, 85, 170],
        [apps.c.number, apps.c.name, 150, 90, '170'],
      ]),
    );
    expect(job).toMatchObject({ status: 'done', total: 3, created: 1, updated: 1, unchanged: 1, invalid: 0 });
    expect((await application(apps.a.id)).skdScores).toEqual({
      twk: 95,
      tiu: 111,
      tkp: 180,
      importedAt: clock.toISOString(),
      jobId: job.id,
    });
    expect((await application(apps.c.id)).skdScores).toMatchObject({ twk: 150, tiu: 90, tkp: 170 });
    const audit = (await scanTable(t)).filter(
      (i) => i.type === 'AUDIT' && i.action === 'application.scores' && i.entityId === apps.a.id,
    );
    expect(audit.map((e) => e.changes.skdScores)).toContainEqual({
      before: { twk: 95, tiu: 110, tkp: 180 },
      after: { twk: 95, tiu: 111, tkp: 180 },
    });
  });

  it('a file that is not a sheet fails the job with an Indonesian message; a missing column too', async () => {
    const bad = await importFile('SKD', 'xlsx', new TextEncoder().encode('bukan berkas excel'));
    expect(bad).toMatchObject({ status: 'failed', created: 0, updated: 0 });
    expect(bad.failure).toBe(
      'Berkas tidak dapat dibaca sebagai XLSX. Simpan ulang sebagai Excel Workbook (.xlsx).',
    );
    const noTiu = await importFile(
      'SKD',
      'csv',
      csvOf([
        ['Nomor Pendaftaran', 'TWK', 'TKP'],
        [apps.a.number, 1, 2],
      ]),
    );
    expect(noTiu.status).toBe('failed');
    expect(noTiu.failure).toMatch(/^Kolom "TIU" tidak ditemukan di baris judul/);
  });

  it('start is 409 before the upload, and while a run holds the job', async () => {
    const created = await createJob('SKD', 'csv');
    const jobId = created.body.job.id;
    expectProblem(await call('POST', `${base()}/${jobId}/start`, admin), 409, 'conflict');
    expect(created.body.job).toMatchObject({ status: 'pending', stage: 'SKD', roundId });
    expect(created.body.job).not.toHaveProperty('documentKey');
    expect(created.body.job).not.toHaveProperty('agencyId');
  });

  it('lists the jobs newest first with a cursor; a job is 404 under another round', async () => {
    const first = await call('GET', `${base()}?limit=2`, admin);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const all = [...first.body.items];
    let cursor = first.body.nextCursor;
    while (cursor) {
      const page = await call('GET', `${base()}?limit=2&cursor=${encodeURIComponent(cursor)}`, admin);
      all.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    expect(all.map((j) => j.id)).toEqual([...all.map((j) => j.id)].sort().reverse());
    expect(all.at(-1).id).toBe(firstJob);
    expectProblem(
      await call('GET', `/v1/recruitment/rounds/${otherRoundId}/score-imports/${firstJob}`, admin),
      404,
      'not-found',
    );
    expectProblem(await call('GET', `${base()}/${firstJob}`, otherAdmin), 404, 'not-found');
  });
});

describe('importExamScores: SKB', () => {
  it('once the SKD is announced: components with decimals, a missing required one refused', async () => {
    // Stand-in for the SKD announcement (it needs computeRanking): its first-publication instant on
    // the round, as the announcements repository writes it.
    await t.store.doc.send(
      new UpdateCommand({
        TableName: t.tableName,
        Key: keys.recruitmentRound(tenantId, roundId),
        UpdateExpression: 'SET announcedSKD = :at',
        ExpressionAttributeValues: { ':at': clock.toISOString() },
      }),
    );
    const job = await importFile(
      'SKB',
      'csv',
      csvOf([
        ['Nomor Pendaftaran', 'Nama', 'SKB CAT', 'Wawancara', 'Tes Lain'],
        [apps.a.number, apps.a.name, '87,5', '80', '90,25'],
        [apps.b.number, apps.b.name, '70', '', '60'],
      ]),
    );
    expect(job).toMatchObject({ status: 'done', stage: 'SKB', created: 1, invalid: 1 });
    expect(job.errors).toEqual([
      { row: 3, column: 'Wawancara', message: 'nilai Wawancara wajib diisi (bobotnya 30%)' },
    ]);
    expect((await application(apps.a.id)).skbScores).toEqual({
      cat: 87.5,
      interview: 80,
      other: 90.25,
      importedAt: clock.toISOString(),
      jobId: job.id,
    });
    // The SKD scores are untouched.
    expect((await application(apps.a.id)).skdScores).toMatchObject({ tiu: 111 });
  });
});
