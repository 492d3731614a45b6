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
 * The end of a selection round (issue 12 §4) against DynamoDB Local: SKD scores imported, the
 * ranking with the passing grade and a tie decided by TIU, the SKD announcement and an objection to
 * it, the SKB scores and the final score 40/60, the SKB and FINAL announcements after their
 * windows, and hiring the one ranked within the openings: a CPNS in personnel with the formasi's
 * position, linked both ways. Every step is also tried too early, by the wrong role and with bad
 * input, and a refused step writes nothing.
 */
const SLUG = 'hasil';
let t: TestApi;
/** The clock the API reads: the test moves it through the round's phases. */
let clock = new Date('2026-02-10T02:00:00Z');
const at = (iso: string) => {
  clock = new Date(iso);
};

const tok = {} as Record<'admin' | 'opdA' | 'opdB', string>;
let roundId: string;
let formationA: string;
let formationB: string;
let positionA: string;
let unitA: string;

const call = (
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  headers?: Record<string, string>,
) => t.call(method, path, { token, body, headers });

/**
 * The applicants, all from Bandar Lampung (1871 01), with the NIK made from their birth date
 * (a woman's day + 40). `a*` apply to formasi A (openings 1), `b1` to formasi B.
 */
const people = {
  a1: { nik: '1871011004950001', birthDate: '1995-04-10', gender: 'L', name: 'Andi Saputra', ipk: 3.1 },
  a2: { nik: '1871012004960002', birthDate: '1996-04-20', gender: 'L', name: 'Bayu Pratama', ipk: 3.4 },
  a3: { nik: '1871015505970003', birthDate: '1997-05-15', gender: 'P', name: 'Citra Lestari', ipk: 3.6 },
  a4: { nik: '1871010106980004', birthDate: '1998-06-01', gender: 'L', name: 'Dedi Kurniawan', ipk: 3.0 },
  a5: { nik: '1871014107990005', birthDate: '1999-07-01', gender: 'P', name: 'Eka Wulandari', ipk: 3.2 },
  b1: { nik: '1871010208940006', birthDate: '1994-08-02', gender: 'L', name: 'Fajar Nugroho', ipk: 3.5 },
} as const;
type Who = keyof typeof people;
const apps = {} as Record<Who, { id: string; number: string; token: string }>;

async function applicant(who: Who, formationId: string) {
  const p = people[who];
  const email = `${who}@contoh.id`;
  const reg = await call('POST', `/v1/public/${SLUG}/applicants`, undefined, {
    nik: p.nik,
    kkNumber: '1871010101010001',
    name: p.name,
    birthPlace: 'Bandar Lampung',
    birthDate: p.birthDate,
    gender: p.gender,
    email,
    phone: '081234567890',
    password: PASSWORD,
  });
  expect(reg.status, JSON.stringify(reg.body)).toBe(201);
  const code = t.deps.outbox.list(email)[0]?.code;
  expect(
    (await call('POST', `/v1/public/${SLUG}/applicants/verify`, undefined, { nik: p.nik, code })).status,
  ).toBe(200);
  const token = await t.loginAs(SLUG, p.nik, PASSWORD);
  const profile = (await call('GET', '/v1/recruitment/me/profile', token)).body;
  const updated = await call('PATCH', '/v1/recruitment/me/profile', token, {
    version: profile.version,
    diplomaName: `${p.name}, S.Kom.`,
    education: [
      {
        level: 'S1',
        major: 'Ilmu Komputer',
        institution: 'Universitas Lampung',
        ipk: p.ipk,
        graduationDate: '2019-08-30',
      },
    ],
    address: 'Jl. Raden Intan No. 5, Bandar Lampung',
    disability: { status: false },
  });
  expect(updated.status, JSON.stringify(updated.body)).toBe(200);
  const app = await call('POST', '/v1/recruitment/me/applications', token, { roundId, formationId });
  expect(app.status, JSON.stringify(app.body)).toBe(201);
  const submitted = await call('POST', `/v1/recruitment/me/applications/${app.body.id}/submit`, token, {
    version: app.body.version,
  });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  apps[who] = { id: app.body.id, number: submitted.body.registrationNumber, token };
}

const publishStage = (stage: string, token = tok.admin) =>
  call('POST', '/v1/recruitment/announcements', token, { roundId, stage, note: `Pengumuman ${stage}` });

/** Uploads a CSV through importExamScores and runs the job to its end; returns the job. */
async function importScores(stage: 'SKD' | 'SKB', csv: string) {
  const created = await call('POST', `/v1/recruitment/rounds/${roundId}/score-imports`, tok.admin, {
    fileName: `nilai-${stage}.csv`,
    format: 'csv',
    stage,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const put = await call(
    'PUT',
    created.body.upload.url,
    undefined,
    new TextEncoder().encode(csv),
    created.body.upload.headers,
  );
  expect(put.status).toBe(200);
  const jobPath = `/v1/recruitment/rounds/${roundId}/score-imports/${created.body.job.id}`;
  const started = await call('POST', `${jobPath}/start`, tok.admin);
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  for (let i = 0; i < 200; i++) {
    const job = (await call('GET', jobPath, tok.admin)).body;
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the score import did not finish');
}

const ranking = async (token = tok.admin, query = '') => {
  const res = await call('GET', `/v1/recruitment/rounds/${roundId}/ranking${query}`, token);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const formationOf = (r: any, id: string) => r.formations.find((f: any) => f.formationId === id);
const entryOf = (r: any, who: Who) =>
  r.formations.flatMap((f: any) => f.entries).find((e: any) => e.applicationId === apps[who].id);

beforeAll(async () => {
  t = await createTestApi({ now: () => clock });
  const created = await createTenantViaApi(t, SLUG);
  tok.admin = created.adminToken;
  const agencyA = (await createAgency(t, tok.admin, 'Dinas Komunikasi dan Informatika')).id;
  const agencyB = (await createAgency(t, tok.admin, 'Dinas Kesehatan')).id;
  unitA = (await createUnit(t, tok.admin, agencyA, 'Bidang Aplikasi Informatika')).id;
  const unitB = (await createUnit(t, tok.admin, agencyB, 'Seksi Data')).id;
  positionA = await createPosition(t, tok.admin, agencyA, {
    unitId: unitA,
    name: 'Pranata Komputer Ahli Pertama',
    type: 'PELAKSANA',
    positionClass: 8,
  });
  const positionB = await createPosition(t, tok.admin, agencyB, {
    unitId: unitB,
    name: 'Statistisi Ahli Pertama',
    type: 'PELAKSANA',
    positionClass: 8,
  });
  await createUser(t, tok.admin, { username: 'opd.a', role: 'agency-admin', agencyId: agencyA });
  await createUser(t, tok.admin, { username: 'opd.b', role: 'agency-admin', agencyId: agencyB });
  tok.opdA = await t.loginAs(SLUG, 'opd.a');
  tok.opdB = await t.loginAs(SLUG, 'opd.b');

  const round = await call('POST', '/v1/recruitment/rounds', tok.admin, {
    name: 'Seleksi CPNS 2026',
    kind: 'CPNS',
    year: 2026,
    registrationOpensAt: '2026-03-01T08:00',
    registrationClosesAt: '2026-03-15T23:59',
    referenceDate: '2026-03-01',
  });
  expect(round.status, JSON.stringify(round.body)).toBe(201);
  roundId = round.body.id;
  const formation = async (positionId: string, unitId: string) => {
    const res = await call('POST', `/v1/recruitment/rounds/${roundId}/formations`, tok.admin, {
      positionId,
      unitId,
      openings: 1,
      track: 'umum',
      educationRequirements: [{ level: 'S1', majors: ['Ilmu Komputer'] }],
      maxAge: 35,
      requiredDocuments: [],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  formationA = await formation(positionA, unitA);
  formationB = await formation(positionB, unitB);
  expect(
    (
      await call('POST', `/v1/recruitment/rounds/${roundId}/publish`, tok.admin, {
        version: round.body.version,
      })
    ).status,
  ).toBe(200);

  at('2026-03-10T02:00:00Z');
  for (const who of ['a1', 'a2', 'a3', 'a4', 'a5'] as const) await applicant(who, formationA);
  await applicant('b1', formationB);
  tok.admin = await t.loginAs(SLUG, 'admin');

  // Screening after the close: a5 is TMS, the rest MS; then the administration result.
  at('2026-03-16T02:00:00Z');
  tok.admin = await t.loginAs(SLUG, 'admin');
  for (const who of Object.keys(people) as Who[]) {
    const res = await call('POST', `/v1/recruitment/applications/${apps[who].id}/verification`, tok.admin, {
      result: who === 'a5' ? 'TMS' : 'MS',
      reasons:
        who === 'a5'
          ? [{ requirement: 'education', note: 'Ijazah bukan S1 Ilmu Komputer', applicantError: true }]
          : [],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
  expect((await publishStage('ADMINISTRATION')).status).toBe(201);
}, 120_000);

describe('before the administration result is final', () => {
  it('refuses the ranking and the SKD scores (409), and writes nothing', async () => {
    const before = await tableSnapshot(t);
    expectProblem(
      await call('POST', `/v1/recruitment/rounds/${roundId}/ranking`, tok.admin),
      409,
      'conflict',
    );
    const created = await call('POST', `/v1/recruitment/rounds/${roundId}/score-imports`, tok.admin, {
      fileName: 'nilai.csv',
      format: 'csv',
      stage: 'SKD',
    });
    expectProblem(created, 409, 'conflict');
    expectProblem(await publishStage('SKD'), 409, 'conflict');
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('lets only the tenant admin compute, and answers 404 for an unknown round', async () => {
    tok.opdA = await t.loginAs(SLUG, 'opd.a');
    expectProblem(
      await call('POST', `/v1/recruitment/rounds/${roundId}/ranking`, tok.opdA),
      403,
      'forbidden',
    );
    expectProblem(
      await call('GET', `/v1/recruitment/rounds/${UNKNOWN_ID}/ranking`, tok.admin),
      404,
      'not-found',
    );
    expectProblem(
      await call('GET', `/v1/recruitment/rounds/${roundId}/ranking?formationId=x`, tok.admin),
      400,
      'validation',
      ['formationId'],
    );
  });
});

describe('listApplications', () => {
  it('fills a page filtered by status from further reads, rather than answering short', async () => {
    const res = await call(
      'GET',
      `/v1/recruitment/rounds/${roundId}/applications?status=TMS&limit=1`,
      tok.admin,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.items.map((a: { id: string }) => a.id)).toEqual([apps.a5.id]);
    const ms = await call(
      'GET',
      `/v1/recruitment/rounds/${roundId}/applications?status=MS&limit=2`,
      tok.admin,
    );
    expect(ms.body.items).toHaveLength(2);
    const rest = await call(
      'GET',
      `/v1/recruitment/rounds/${roundId}/applications?status=MS&limit=10&cursor=${encodeURIComponent(ms.body.nextCursor)}`,
      tok.admin,
    );
    expect([...ms.body.items, ...rest.body.items].map((a: { id: string }) => a.id).sort()).toEqual(
      (['a1', 'a2', 'a3', 'a4', 'b1'] as const).map((w) => apps[w].id).sort(),
    );
    expect(rest.body.nextCursor).toBeNull();
  });
});

describe('the SKD', () => {
  it('imports the scores, ranks with the passing grade and breaks a tie by TIU', async () => {
    at('2026-03-20T02:00:00Z');
    tok.admin = await t.loginAs(SLUG, 'admin');
    tok.opdA = await t.loginAs(SLUG, 'opd.a');
    tok.opdB = await t.loginAs(SLUG, 'opd.b');
    expect((await publishStage('ADMINISTRATION_AFTER_OBJECTION')).status).toBe(201);
    const empty = await ranking();
    expect(empty).toMatchObject({ computedAt: null, stale: true });

    // a1 fails TWK (60 < 65); a2 and a3 both total 400 with TKP 180, a3 has the better TIU;
    // a4 did not sit the SKD; an unknown number is a row error while the rest is written.
    const job = await importScores(
      'SKD',
      [
        'registrationNumber,twk,tiu,tkp',
        `${apps.a1.number},60,150,200`,
        `${apps.a2.number},100,120,180`,
        `${apps.a3.number},90,130,180`,
        `${apps.b1.number},80,90,170`,
        'CPNS26-999999-X,100,100,200',
      ].join('\n'),
    );
    expect(job).toMatchObject({ status: 'done', total: 5, created: 4, invalid: 1 });

    const computed = await call('POST', `/v1/recruitment/rounds/${roundId}/ranking`, tok.admin);
    expect(computed.status, JSON.stringify(computed.body)).toBe(200);
    expect(computed.body.stale).toBe(false);
    expect(computed.body.computedAt).toBe(clock.toISOString());
    const a = formationOf(computed.body, formationA);
    expect(a).toMatchObject({ openings: 1, shortlistLimit: 3, passingGradeApplied: true });
    expect(a.entries.map((e: any) => e.applicationId)).toEqual([
      apps.a3.id,
      apps.a2.id,
      apps.a1.id,
      apps.a4.id,
    ]);
    expect(entryOf(computed.body, 'a3')).toMatchObject({
      skdTotal: 400,
      skdRank: 1,
      skdDecidedBy: null,
      shortlisted: true,
    });
    expect(entryOf(computed.body, 'a2')).toMatchObject({
      skdTotal: 400,
      skdRank: 2,
      skdDecidedBy: 'tiu',
      shortlisted: true,
      ipk: 3.4,
      registrationNumber: apps.a2.number,
      name: 'Bayu Pratama',
    });
    expect(entryOf(computed.body, 'a1')).toMatchObject({
      skdPassed: false,
      skdFailed: ['twk'],
      skdRank: null,
    });
    expect(entryOf(computed.body, 'a4')).toMatchObject({ skd: null, skdPassed: false, shortlisted: false });
    // The TMS applicant is not ranked.
    expect(entryOf(computed.body, 'a5')).toBeUndefined();
    // The agency admin sees their own agency's formasi only.
    const own = await ranking(tok.opdB);
    expect(own.formations.map((f: any) => f.formationId)).toEqual([formationB]);
  });

  it('publishes the SKD result from the ranking, and takes an objection only from one who did not pass', async () => {
    const res = await publishStage('SKD');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const full = await call('GET', `/v1/public/${SLUG}/recruitment/announcements/${res.body.id}`);
    const row = (who: Who) => full.body.results.find((r: any) => r.registrationNumber === apps[who].number);
    expect(row('a3')).toMatchObject({ skdTotal: 400, skdRank: 1, passed: true, finalScore: null });
    expect(row('a1')).toMatchObject({ skdPassed: false, passed: false });
    expect(row('a4')).toMatchObject({ skd: null, passed: false });
    expect(row('a5')).toBeUndefined();

    const objection = (who: Who) =>
      call('POST', `/v1/recruitment/me/applications/${apps[who].id}/objections`, apps[who].token, {
        stage: 'SKD',
        note: 'Nilai TWK saya di layar CAT 70, bukan 60.',
        disputed: ['twk'],
      });
    apps.a1.token = await t.loginAs(SLUG, people.a1.nik, PASSWORD);
    apps.a2.token = await t.loginAs(SLUG, people.a2.nik, PASSWORD);
    expectProblem(await objection('a2'), 409, 'conflict');
    const filed = await objection('a1');
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    expect(filed.body.objections.at(-1)).toMatchObject({ stage: 'SKD', decision: null });
  });
});

describe('the SKB and the final score', () => {
  it('imports the SKB scores, which makes the ranking stale until it is computed again', async () => {
    const job = await importScores(
      'SKB',
      [
        'registrationNumber;cat;interview;other',
        `${apps.a2.number};80;70;90`,
        `${apps.a3.number};60;60;60`,
        `${apps.b1.number};75,5;80;70`,
      ].join('\n'),
    );
    expect(job).toMatchObject({ status: 'done', created: 3, invalid: 0 });
    expect((await ranking()).stale).toBe(true);
    // Within the SKD's objection window the SKB cannot be announced.
    expectProblem(await publishStage('SKB'), 409, 'conflict');
    at('2026-03-24T02:00:00Z');
    tok.admin = await t.loginAs(SLUG, 'admin');
    // After it, still not from a stale ranking.
    const before = await tableSnapshot(t);
    expectProblem(await publishStage('SKB'), 409, 'conflict');
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('ranks by the final score, 40% SKD normalised + 60% SKB, rounded once', async () => {
    const res = await call('POST', `/v1/recruitment/rounds/${roundId}/ranking`, tok.admin);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // a2: SKD 400/550 → 72.7272…; SKB 0.5·80 + 0.3·70 + 0.2·90 = 79; 0.4·72.7272… + 0.6·79 = 76.4909… → 76.49.
    expect(entryOf(res.body, 'a2')).toMatchObject({
      skdNormalised: 72.73,
      skbScore: 79,
      finalScore: 76.49,
      finalRank: 1,
      withinOpenings: true,
      skb: { cat: 80, interview: 70, other: 90 },
    });
    // a3: 29.0909… + 36 = 65.0909… → 65.09, below a2 by the final score.
    expect(entryOf(res.body, 'a3')).toMatchObject({
      finalScore: 65.09,
      finalRank: 2,
      finalDecidedBy: 'final',
      withinOpenings: false,
    });
    // b1: SKD 340/550 → 61.8181…; SKB 0.5·75.5 + 0.3·80 + 0.2·70 = 75.75; 24.7272… + 45.45 = 70.1772… → 70.18.
    expect(entryOf(res.body, 'b1')).toMatchObject({ finalScore: 70.18, finalRank: 1, withinOpenings: true });
    expect(res.body.stale).toBe(false);
    expect((await publishStage('SKB')).status).toBe(201);
  });
});

describe('hireApplicant', () => {
  /** NIP of a2: born 1996-04-20, TMT CPNS 2026-06, male, sequence 001. */
  const NIP = '199604202026061001';
  const hire = (who: Who, body: Record<string, unknown>, token = tok.admin) =>
    call('POST', `/v1/recruitment/applications/${apps[who].id}/hire`, token, body);
  const versionOf = async (who: Who) =>
    (await call('GET', `/v1/recruitment/applications/${apps[who].id}`, tok.admin)).body.version as number;

  it('waits for the FINAL announcement', async () => {
    expectProblem(
      await hire('a2', { nip: NIP, tmt: '2026-06-01', version: await versionOf('a2') }),
      409,
      'conflict',
    );
    at('2026-03-28T02:00:00Z');
    tok.admin = await t.loginAs(SLUG, 'admin');
    tok.opdA = await t.loginAs(SLUG, 'opd.a');
    tok.opdB = await t.loginAs(SLUG, 'opd.b');
    const final = await publishStage('FINAL');
    expect(final.status, JSON.stringify(final.body)).toBe(201);
  });

  it('refuses bad input at its field, one outside the openings, and another agency, writing nothing', async () => {
    const version = await versionOf('a2');
    // Reading a record is access-logged: read before the snapshot.
    const versionA3 = await versionOf('a3');
    const before = await tableSnapshot(t);
    expectProblem(
      await hire('a2', { nip: '19960420202606100', tmt: '2026-06-01', version }),
      400,
      'validation',
      ['nip'],
    );
    // The NIP's birth date is not a2's.
    expectProblem(
      await hire('a2', { nip: '199604212026061001', tmt: '2026-06-01', version }),
      400,
      'validation',
      ['nip'],
    );
    expectProblem(
      await hire('a2', { nip: NIP, tmt: '2026-06-01', grade: 'IX', version }),
      400,
      'validation',
      ['grade'],
    );
    expectProblem(await hire('a2', { nip: NIP, tmt: 'besok', version }), 400, 'validation', ['tmt']);
    expectProblem(
      await hire('a2', { nip: NIP, tmt: '2026-06-01', version: version + 1 }),
      409,
      'version-conflict',
    );
    expectProblem(await hire('a3', { nip: NIP, tmt: '2026-06-01', version: versionA3 }), 409, 'conflict');
    expectProblem(await hire('a2', { nip: NIP, tmt: '2026-06-01', version }, tok.opdB), 404, 'not-found');
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('creates the CPNS in personnel with the formasi’s position, linked both ways, once', async () => {
    const res = await hire('a2', { nip: NIP, tmt: '2026-06-01', version: await versionOf('a2') }, tok.opdA);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ nip: NIP, employmentType: 'CPNS', registrationNumber: apps.a2.number });
    const employee = await call('GET', `/v1/employees/${res.body.employeeId}`, tok.admin);
    expect(employee.status).toBe(200);
    expect(employee.body).toMatchObject({
      nip: NIP,
      name: 'Bayu Pratama',
      employmentType: 'CPNS',
      rank: 'III/a',
      tmtCpns: '2026-06-01',
      positionId: positionA,
      unitId: unitA,
      birthDate: '1996-04-20',
      gender: 'L',
      recruitment: { applicationId: apps.a2.id, roundId, registrationNumber: apps.a2.number },
    });
    expect(employee.body.education).toEqual([
      { level: 'S1', major: 'Ilmu Komputer', institution: 'Universitas Lampung', graduationYear: 2019 },
    ]);
    expect(entryOf(await ranking(), 'a2').hired).toMatchObject({ employeeId: res.body.employeeId, nip: NIP });
    const again = await hire('a2', {
      nip: '199604202026061002',
      tmt: '2026-06-01',
      version: await versionOf('a2'),
    });
    expectProblem(again, 409, 'conflict');
    const audit = (await scanTable(t)).filter((i) => i.type === 'AUDIT').map((i) => i.action);
    expect(audit).toEqual(
      expect.arrayContaining(['application.hire', 'round.computeRanking', 'employee.create']),
    );
  });
});
