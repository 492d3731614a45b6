import { formatRegistrationNumber } from '@pamong/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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
 * Applicants and applications (issue 12 §1-§4) against DynamoDB Local with the local applicant
 * identity: registration with the NIK checks, the code from the local outbox, the NIK login, the
 * profile, one application per round (raced), documents checked by their bytes, submission with
 * the formasi's requirements, the signed proof and its public check, and the staff's list,
 * access-logged record and MS/TMS screening.
 */
const SLUG = 'rekrut';
let t: TestApi;
/** 09:00 in Jakarta on 10 March 2026: the round below is open (1-15 March). */
let clock = new Date('2026-03-10T02:00:00Z');

const tok = {} as Record<'admin' | 'opdA' | 'opdB' | 'pegawai' | 'applicant' | 'other', string>;
let tenantId: string;
let agencyA: string;
let roundId: string;
let formationA: string;
let formationB: string;
let cumlaudeFormation: string;
let upcomingRoundId: string;
let upcomingFormation: string;

const PDF = new TextEncoder().encode('%PDF-1.4 ijazah sarjana');
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

/** Budi, born 12 March 1998 in Bandar Lampung (1871), male. */
const budi = {
  nik: '1871011203980001',
  kkNumber: '1871010101010001',
  name: 'Budi Santoso',
  birthPlace: 'Bandar Lampung',
  birthDate: '1998-03-12',
  gender: 'L',
  email: 'budi.santoso@example.id',
  phone: '081234567890',
  password: PASSWORD,
};
/** Another applicant: a woman (day + 40), born 5 July 1995. */
const siti = {
  ...budi,
  nik: '1871014507950002',
  name: 'Siti Aminah',
  birthDate: '1995-07-05',
  gender: 'P',
  email: 'siti@example.id',
};

const call = (
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  headers?: Record<string, string>,
) => t.call(method, path, { token, body, headers });
/** A public POST from a source address (the socket's peer, as the local server sees it). */
async function fromAddress(ip: string, path: string, body: unknown) {
  const res = await t.api.request(
    path,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    { incoming: { socket: { remoteAddress: ip } } },
  );
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}
const register = (body: Record<string, unknown>, ip = '198.51.100.7', slug = SLUG) =>
  fromAddress(ip, `/v1/public/${slug}/applicants`, body);
/** The newest code sent to `email` for this tenant. */
const codeFor = (email: string) => t.deps.outbox.list(email).find((m) => m.tenantId === tenantId)?.code;

async function registerVerifyLogin(person: typeof budi, ip?: string): Promise<string> {
  const res = await register(person, ip);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const code = codeFor(person.email);
  const ok = await call('POST', `/v1/public/${SLUG}/applicants/verify`, undefined, { nik: person.nik, code });
  expect(ok.status, JSON.stringify(ok.body)).toBe(200);
  return t.loginAs(SLUG, person.nik, person.password);
}

async function completeProfile(token: string, over: Record<string, unknown> = {}) {
  const profile = (await call('GET', '/v1/recruitment/me/profile', token)).body;
  const res = await call('PATCH', '/v1/recruitment/me/profile', token, {
    version: profile.version,
    diplomaName: 'Budi Santoso, S.Kom.',
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
    ...over,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** Asks for an upload of `type` and PUTs `bytes` (unless null); returns the document id. */
async function upload(
  token: string,
  applicationId: string,
  type: string,
  bytes: Uint8Array | null,
  contentType = 'application/pdf',
  /** What the browser declares; it proves nothing (a presigned PUT cannot hold it to it). */
  declaredSize = Math.max(bytes?.length ?? 1, 1),
) {
  const res = await call('POST', `/v1/recruitment/me/applications/${applicationId}/uploads`, token, {
    type,
    name: `${type}.${contentType === 'application/pdf' ? 'pdf' : 'jpg'}`,
    contentType,
    size: declaredSize,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  if (bytes) {
    const put = await call('PUT', res.body.upload.url, undefined, bytes, res.body.upload.headers);
    expect(put.status).toBe(200);
  }
  return res.body.documentId as string;
}
const confirm = (token: string, applicationId: string, documentId: string) =>
  call('POST', `/v1/recruitment/me/applications/${applicationId}/documents/${documentId}/confirm`, token);

beforeAll(async () => {
  t = await createTestApi({ now: () => clock });
  const created = await createTenantViaApi(t, SLUG);
  tok.admin = created.adminToken;
  tenantId = created.tenantId;
  agencyA = (await createAgency(t, tok.admin, 'Dinas Komunikasi dan Informatika')).id;
  const agencyB = (await createAgency(t, tok.admin, 'Dinas Kesehatan')).id;
  const unitA = (await createUnit(t, tok.admin, agencyA, 'Bidang Aplikasi')).id;
  const unitB = (await createUnit(t, tok.admin, agencyB, 'Seksi Gizi')).id;
  const positionA = await createPosition(t, tok.admin, agencyA, {
    unitId: unitA,
    name: 'Pranata Komputer Ahli Pertama',
    type: 'PELAKSANA',
    positionClass: 8,
  });
  const positionB = await createPosition(t, tok.admin, agencyB, {
    unitId: unitB,
    name: 'Nutrisionis Ahli Pertama',
    type: 'PELAKSANA',
    positionClass: 8,
  });
  await createUser(t, tok.admin, { username: 'opd.a', role: 'agency-admin', agencyId: agencyA });
  await createUser(t, tok.admin, { username: 'opd.b', role: 'agency-admin', agencyId: agencyB });
  await createUser(t, tok.admin, { username: 'pegawai', role: 'employee', agencyId: agencyA });
  tok.opdA = await t.loginAs(SLUG, 'opd.a');
  tok.opdB = await t.loginAs(SLUG, 'opd.b');
  tok.pegawai = await t.loginAs(SLUG, 'pegawai');

  // Rounds are set up before registration opens (formasi are fixed once it has).
  const setupClock = clock;
  clock = new Date('2026-02-10T02:00:00Z');
  const makeRound = async (over: Record<string, unknown>) => {
    const res = await call('POST', '/v1/recruitment/rounds', tok.admin, {
      name: 'Seleksi CPNS 2026',
      kind: 'CPNS',
      year: 2026,
      registrationOpensAt: '2026-03-01T08:00',
      registrationClosesAt: '2026-03-15T23:59',
      referenceDate: '2026-03-01',
      ...over,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  const addFormation = async (rid: string, over: Record<string, unknown>) => {
    const res = await call('POST', `/v1/recruitment/rounds/${rid}/formations`, tok.admin, {
      positionId: positionA,
      unitId: unitA,
      openings: 2,
      track: 'umum',
      educationRequirements: [{ level: 'S1', majors: ['Teknik Informatika', 'Sistem Informasi'] }],
      maxAge: 35,
      requiredDocuments: [
        { type: 'ijazah', label: 'Ijazah', formats: ['pdf'], maxKb: 1 },
        { type: 'pas-foto', label: 'Pas foto', formats: ['jpeg', 'png'], maxKb: 200 },
      ],
      ...over,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  const publish = async (rid: string) => {
    const round = (await call('GET', `/v1/recruitment/rounds/${rid}`, tok.admin)).body;
    const res = await call('POST', `/v1/recruitment/rounds/${rid}/publish`, tok.admin, {
      version: round.version,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  };
  roundId = await makeRound({});
  formationA = await addFormation(roundId, {});
  formationB = await addFormation(roundId, {
    positionId: positionB,
    unitId: unitB,
    educationRequirements: [{ level: 'S1', majors: ['Gizi'] }],
    requiredDocuments: [],
  });
  cumlaudeFormation = await addFormation(roundId, { track: 'cumlaude', requiredDocuments: [] });
  await publish(roundId);
  upcomingRoundId = await makeRound({
    name: 'Seleksi PPPK 2026',
    kind: 'PPPK',
    registrationOpensAt: '2026-05-01T08:00',
    registrationClosesAt: '2026-05-15T23:59',
    referenceDate: '2026-05-01',
  });
  upcomingFormation = await addFormation(upcomingRoundId, {});
  await publish(upcomingRoundId);
  clock = setupClock;
}, 90_000);

describe('registerApplicant', () => {
  it('names the wrong part of a NIK at `nik`, and writes nothing', async () => {
    const before = await tableSnapshot(t);
    const cases: [string, RegExp][] = [
      ['187101120398001', /16 digits/],
      ['9971011203980001', /province/i],
      ['1871013203980001', /day/i],
      ['1871011213980001', /month/i],
      ['1871013102980001', /date|exist/i],
      ['1871015203980001', /gender|women|female/i],
      ['1871011203980000', /sequence|0000/i],
    ];
    for (const [nik, message] of cases) {
      const res = await register({ ...budi, nik });
      expectProblem(res, 400, 'validation', ['nik']);
      expect(res.body.errors[0].message, nik).toMatch(message);
    }
    const kk = await register({ ...budi, kkNumber: '9971010101010001' });
    expectProblem(kk, 400, 'validation', ['kkNumber']);
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('registers an unverified account, sends a code to the outbox, and refuses the login until verified', async () => {
    const res = await register(budi);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ email: 'b***@example.id', delivery: 'local-outbox' });
    const message = t.deps.outbox.list(budi.email)[0]!;
    expect(message).toMatchObject({ to: budi.email, subject: 'Kode verifikasi Pamong', tenantId });
    expect(message.code).toMatch(/^\d{6}$/);
    expect(message.text).toContain(message.code);

    const login = await call('POST', '/v1/auth/login', undefined, {
      tenant: SLUG,
      username: budi.nik,
      password: budi.password,
    });
    expectProblem(login, 403, 'forbidden');
    expect(login.body.detail).toMatch(/not verified/);

    // The table keeps the code only as a hash, and the audit entry holds nothing personal.
    const items = await scanTable(t);
    expect(JSON.stringify(items.filter((i) => i.sk === 'EMAILCODE'))).not.toContain(message.code);
    const audit = items.find((i) => i.type === 'AUDIT' && i.action === 'applicant.register');
    expect(audit).toBeDefined();
    expect(JSON.stringify(audit)).not.toContain(budi.nik);
  });

  it('gives one account per NIK in a tenant (409 at `nik`), and allows it in another tenant', async () => {
    const res = await register({ ...budi, email: 'other@example.id' });
    expectProblem(res, 409, 'conflict', ['nik']);
    await createTenantViaApi(t, 'rekrut-lain');
    const elsewhere = await register(budi, '198.51.100.7', 'rekrut-lain');
    expect(elsewhere.status, JSON.stringify(elsewhere.body)).toBe(201);
  });

  it('verifies the email with the code: a wrong code is 400 at `code`, a repeat 409, then the NIK logs in', async () => {
    const verify = (body: Record<string, unknown>) =>
      call('POST', `/v1/public/${SLUG}/applicants/verify`, undefined, body);
    expectProblem(await verify({ nik: budi.nik, code: '12345' }), 400, 'validation', ['code']);
    const code = codeFor(budi.email)!;
    const wrong = code === '000000' ? '000001' : '000000';
    expectProblem(await verify({ nik: budi.nik, code: wrong }), 400, 'validation', ['code']);
    // A NIK without an account answers like a wrong code.
    expectProblem(await verify({ nik: siti.nik, code }), 400, 'validation', ['code']);
    const ok = await verify({ nik: budi.nik, code });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expectProblem(await verify({ nik: budi.nik, code }), 409, 'conflict');
    tok.applicant = await t.loginAs(SLUG, budi.nik, budi.password);
    const me = await call('GET', '/v1/me', tok.applicant);
    expect(me.body.user).toMatchObject({ role: 'applicant', name: budi.name, agencyId: null });
  });

  it('stops a code after five wrong tries; a new code works', async () => {
    await register(siti);
    const verify = (code: string) =>
      call('POST', `/v1/public/${SLUG}/applicants/verify`, undefined, { nik: siti.nik, code });
    const first = codeFor(siti.email)!;
    const wrong = first === '999999' ? '999998' : '999999';
    for (let i = 0; i < 5; i++) expectProblem(await verify(wrong), 400, 'validation', ['code']);
    expectProblem(await verify(first), 429, 'rate-limited');
    const resend = await call('POST', `/v1/public/${SLUG}/applicants/resend-code`, undefined, {
      nik: siti.nik,
    });
    expect(resend.status).toBe(202);
    // The same answer for a NIK that has no account.
    const nobody = await call('POST', `/v1/public/${SLUG}/applicants/resend-code`, undefined, {
      nik: '1871010101900009',
    });
    expect(nobody.status).toBe(202);
    expect((await verify(codeFor(siti.email)!)).status).toBe(200);
    tok.other = await t.loginAs(SLUG, siti.nik, siti.password);
  });

  it('lets a registration replace one never verified after 24 hours, never a verified one', async () => {
    // Andi mistypes his address: the code goes nowhere he can read.
    const andi = {
      ...budi,
      nik: '1871012001990003',
      name: 'Andi Wijaya',
      birthDate: '1999-01-20',
      email: 'andi@exmaple.id',
    };
    const first = await register(andi, '198.51.100.21');
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const oldId = first.body.applicantId as string;
    const before = await scanTable(t);
    // The identity provider's account (Cognito's, in AWS) is deleted before the new sign-up.
    const port = t.deps.applicants!;
    const abandon = vi.spyOn(port, 'abandon');
    const signUp = vi.spyOn(port, 'signUp');

    // Within the hold the NIK stays his account's, and the answer says until when.
    const early = await register({ ...andi, email: 'andi@example.id' }, '198.51.100.22');
    expectProblem(early, 409, 'conflict', ['nik']);
    const until = new Date(clock.getTime() + 24 * 3_600_000).toISOString();
    expect(early.body.errors[0].message).toBe(`is waiting for its email to be verified until ${until}`);
    // Nothing written but the source address's hourly count.
    const notRate = (items: Record<string, unknown>[]) =>
      items.filter((i) => !String(i.pk).includes('APPLICANTRATE#'));
    expect(notRate(await scanTable(t))).toEqual(notRate(before));
    expect(abandon).not.toHaveBeenCalled();
    expect(signUp).not.toHaveBeenCalled();

    const saved = clock;
    clock = new Date(saved.getTime() + 24 * 3_600_000);
    try {
      const again = await register({ ...andi, email: 'andi@example.id' }, '198.51.100.22');
      expect(again.status, JSON.stringify(again.body)).toBe(201);
      const newId = again.body.applicantId as string;
      expect(newId).not.toBe(oldId);
      expect(abandon).toHaveBeenCalledExactlyOnceWith({ tenantId, nik: andi.nik });
      expect(abandon.mock.invocationCallOrder[0]).toBeLessThan(signUp.mock.invocationCallOrder[0]!);

      const items = await scanTable(t);
      const login = items.find((i) => i.type === 'LOGIN' && i.username === andi.nik);
      expect(login).toMatchObject({ userId: newId, status: 'unverified', role: 'applicant' });
      expect(items.filter((i) => i.id === oldId && (i.type === 'USER' || i.type === 'APPLICANT'))).toEqual(
        [],
      );
      expect(items.find((i) => i.type === 'APPLICANT' && i.id === newId)).toMatchObject({
        email: 'andi@example.id',
      });
      const audit = items.filter((i) => i.type === 'AUDIT' && i.at === clock.toISOString());
      expect(audit.map((i) => [i.action, i.entityId]).sort()).toEqual(
        [
          ['applicant.register', newId],
          ['applicant.replaceUnverified', oldId],
        ].sort(),
      );

      // The code sent to the right address works, and the NIK logs in.
      const code = codeFor('andi@example.id');
      const ok = await call('POST', `/v1/public/${SLUG}/applicants/verify`, undefined, {
        nik: andi.nik,
        code,
      });
      expect(ok.status, JSON.stringify(ok.body)).toBe(200);
      expect(await t.loginAs(SLUG, andi.nik, andi.password)).toBeTruthy();

      // A verified account keeps its NIK however long ago it was made.
      clock = new Date(saved.getTime() + 90 * 24 * 3_600_000);
      const taken = await register({ ...andi, email: 'someone@example.id' }, '198.51.100.23');
      expectProblem(taken, 409, 'conflict', ['nik']);
      expect(taken.body.errors[0].message).toBe('already has an account here');
      const verified = await register({ ...budi, email: 'someone@example.id' }, '198.51.100.23');
      expectProblem(verified, 409, 'conflict', ['nik']);
    } finally {
      clock = saved;
      abandon.mockRestore();
      signUp.mockRestore();
    }
  });

  it('lets a code expire after 30 minutes', async () => {
    const rina = {
      ...siti,
      nik: '1871014101000003',
      name: 'Rina',
      birthDate: '2000-01-01',
      email: 'rina@example.id',
    };
    expect((await register(rina)).status).toBe(201);
    const code = codeFor(rina.email)!;
    const saved = clock;
    clock = new Date(saved.getTime() + 30 * 60_000);
    try {
      const res = await call('POST', `/v1/public/${SLUG}/applicants/verify`, undefined, {
        nik: rina.nik,
        code,
      });
      expectProblem(res, 400, 'validation', ['code']);
      expect(res.body.errors[0].message).toMatch(/expired/);
    } finally {
      clock = saved;
    }
  });

  it('keeps the registration rate as a tenant setting: versioned, audited, tenant admin only', async () => {
    const read = await call('GET', '/v1/recruitment/settings', tok.admin);
    expect(read.body).toEqual({ registrationsPerHour: 30, version: 0, updatedAt: null });
    expectProblem(await call('GET', '/v1/recruitment/settings', tok.opdA), 403, 'forbidden');
    expectProblem(
      await call('PUT', '/v1/recruitment/settings', tok.admin, { registrationsPerHour: 0, version: 0 }),
      400,
      'validation',
      ['registrationsPerHour'],
    );
    const saved = await call('PUT', '/v1/recruitment/settings', tok.admin, {
      registrationsPerHour: 2,
      version: 0,
    });
    expect(saved.body).toMatchObject({ registrationsPerHour: 2, version: 1 });
    expectProblem(
      await call('PUT', '/v1/recruitment/settings', tok.admin, { registrationsPerHour: 5, version: 0 }),
      409,
      'version-conflict',
    );
    // Two registrations from one address, then 429.
    const ip = '192.0.2.50';
    const person = (n: number) => ({
      ...budi,
      nik: `187101010193000${n}`,
      birthDate: '1993-01-01',
      email: `set${n}@example.id`,
    });
    expect((await register(person(1), ip)).status).toBe(201);
    expect((await register(person(2), ip)).status).toBe(201);
    expectProblem(await register(person(3), ip), 429, 'rate-limited');
    const back = await call('PUT', '/v1/recruitment/settings', tok.admin, {
      registrationsPerHour: 30,
      version: 1,
    });
    expect(back.status).toBe(200);
    const audit = (await scanTable(t)).filter(
      (i) => i.type === 'AUDIT' && i.action === 'recruitmentSettings.update',
    );
    expect(audit).toHaveLength(2);
  });

  it('limits registrations per source address per hour (429 with Retry-After)', async () => {
    let last = await register(
      { ...budi, nik: '1871010101900001', birthDate: '1990-01-01', email: 'r0@example.id' },
      '203.0.113.9',
    );
    for (let i = 2; i <= 31 && last.status !== 429; i++) {
      const nik = `18710101019${String(i).padStart(5, '0')}`;
      last = await register(
        { ...budi, nik, birthDate: '1990-01-01', email: `r${i}@example.id` },
        '203.0.113.9',
      );
    }
    expectProblem(last, 429, 'rate-limited');
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address is not affected.
    const other = await register(
      { ...budi, nik: '1871010101900099', birthDate: '1990-01-01', email: 'x@example.id' },
      '203.0.113.10',
    );
    expect(other.status, JSON.stringify(other.body)).toBe(201);
  });
});

describe('applicant profile', () => {
  it('completes the profile with its version; the KTP data stay; a stale version is 409', async () => {
    const profile = await completeProfile(tok.applicant);
    expect(profile).toMatchObject({
      nik: budi.nik,
      name: budi.name,
      emailVerified: true,
      diplomaName: 'Budi Santoso, S.Kom.',
      education: [{ level: 'S1', major: 'Teknik Informatika', ipk: 3.42 }],
    });
    const stale = await call('PATCH', '/v1/recruitment/me/profile', tok.applicant, {
      version: profile.version - 1,
      address: 'x',
    });
    expectProblem(stale, 409, 'version-conflict');
    const bad = await call('PATCH', '/v1/recruitment/me/profile', tok.applicant, {
      version: profile.version,
      name: 'Ganti Nama',
    });
    expectProblem(bad, 400, 'validation');
    const future = await call('PATCH', '/v1/recruitment/me/profile', tok.applicant, {
      version: profile.version,
      education: [{ level: 'S1', major: 'X', institution: 'Y', graduationDate: '2027-01-01' }],
    });
    expectProblem(future, 400, 'validation', ['education.0.graduationDate']);
  });

  it('is the applicant’s own: staff and applicants reach only their own routes', async () => {
    for (const [path, token] of [
      ['/v1/recruitment/me/profile', tok.admin],
      [`/v1/recruitment/rounds/${roundId}/applications`, tok.applicant],
      ['/v1/recruitment/rounds', tok.applicant],
      ['/v1/personnel/dashboard', tok.applicant],
    ] as const) {
      const res = await call('GET', path, token);
      expect(res.status, path).toBe(403);
      expectProblem(res, 403, 'forbidden');
    }
  });
});

describe('applications', () => {
  let appId: string;

  it('refuses a round whose registration has not opened, and a formasi of another round', async () => {
    const early = await call('POST', '/v1/recruitment/me/applications', tok.applicant, {
      roundId: upcomingRoundId,
      formationId: upcomingFormation,
    });
    expectProblem(early, 409, 'conflict');
    expect(early.body.detail).toMatch(/opens at 2026-05-01T08:00/);
    const mixed = await call('POST', '/v1/recruitment/me/applications', tok.applicant, {
      roundId,
      formationId: upcomingFormation,
    });
    expectProblem(mixed, 400, 'validation', ['formationId']);
    expectProblem(
      await call('POST', '/v1/recruitment/me/applications', tok.applicant, {
        roundId: UNKNOWN_ID,
        formationId: formationA,
      }),
      404,
      'not-found',
    );
  });

  it('gives exactly one application for 50 concurrent attempts in one round', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call('POST', '/v1/recruitment/me/applications', tok.applicant, {
          roundId,
          formationId: i % 2 ? formationA : formationB,
        }),
      ),
    );
    const created = results.filter((r) => r.status === 201);
    expect(created).toHaveLength(1);
    for (const r of results.filter((r) => r.status !== 201)) expectProblem(r, 409, 'conflict', ['roundId']);
    const mine = await call('GET', '/v1/recruitment/me/applications', tok.applicant);
    expect(mine.body.items).toHaveLength(1);
    const apps = (await scanTable(t)).filter((i) => i.type === 'RECRUITMENT_APPLICATION');
    expect(apps).toHaveLength(1);
    appId = created[0]!.body.id;
    // The test wants formasi A: make the one that won be A (a draft of B would need another round).
    if (created[0]!.body.formationId !== formationA) {
      expect(created[0]!.body.formationId).toBe(formationB);
    }
  });

  it('keeps the draft on the server with the formasi’s required documents', async () => {
    const res = await call('GET', `/v1/recruitment/me/applications/${appId}`, tok.applicant);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'DRAFT', registrationNumber: null, documents: [] });
    // Another applicant reads it as missing.
    expectProblem(await call('GET', `/v1/recruitment/me/applications/${appId}`, tok.other), 404, 'not-found');
  });

  it('checks documents: type, format, size, and the bytes on confirmation', async () => {
    // Use Siti on formasi A for the document rules (Budi's draft may be on B, which asks for none).
    const sitiApp = await call('POST', '/v1/recruitment/me/applications', tok.other, {
      roundId,
      formationId: formationA,
    });
    expect(sitiApp.status, JSON.stringify(sitiApp.body)).toBe(201);
    const id = sitiApp.body.id as string;
    const ask = (body: Record<string, unknown>) =>
      call('POST', `/v1/recruitment/me/applications/${id}/uploads`, tok.other, {
        type: 'ijazah',
        name: 'ijazah.pdf',
        contentType: 'application/pdf',
        size: 500,
        ...body,
      });
    expectProblem(await ask({ type: 'sertifikat' }), 400, 'validation', ['type']);
    expectProblem(await ask({ contentType: 'image/png' }), 400, 'validation', ['contentType']);
    expectProblem(await ask({ size: 2048 }), 400, 'validation', ['size']);
    expectProblem(
      await call('POST', `/v1/recruitment/me/applications/${id}/uploads`, tok.applicant, {
        type: 'ijazah',
        name: 'x.pdf',
        contentType: 'application/pdf',
        size: 10,
      }),
      404,
      'not-found',
    );

    const before = await tableSnapshot(t);
    // Nothing uploaded yet.
    const pending = await upload(tok.other, id, 'ijazah', null);
    const afterAsk = await tableSnapshot(t);
    expectProblem(await confirm(tok.other, id, pending), 400, 'validation', ['document']);
    // An empty file, a PDF renamed .jpg (declared JPEG for the photo), a file over the 1 KB limit.
    const empty = await upload(tok.other, id, 'ijazah', new Uint8Array(0));
    const renamed = await upload(tok.other, id, 'pas-foto', PDF, 'image/jpeg');
    const large = new Uint8Array(2048);
    large.set(PDF);
    const tooLarge = await upload(tok.other, id, 'ijazah', large, 'application/pdf', 900);
    const snapshot = await tableSnapshot(t);
    for (const [doc, text] of [
      [empty, /empty/],
      [renamed, /not a JPG, PNG file/],
      [tooLarge, /more than the 1024 allowed/],
    ] as const) {
      const res = await confirm(tok.other, id, doc);
      expectProblem(res, 400, 'validation', ['document']);
      expect(res.body.errors[0].message).toMatch(text);
    }
    expect(await tableSnapshot(t)).toEqual(snapshot);
    expect(afterAsk.length).toBeGreaterThan(before.length);

    const good = await upload(tok.other, id, 'ijazah', PDF);
    const ok = await confirm(tok.other, id, good);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.document).toMatchObject({
      type: 'ijazah',
      contentType: 'application/pdf',
      size: PDF.length,
    });
    expect(ok.body.application.documents.map((d: { type: string }) => d.type)).toEqual(['ijazah']);
    // The applicant opens their own document.
    const open = await call('GET', `/v1/recruitment/applications/${id}/documents/${good}`, tok.other);
    expect(open.status).toBe(200);
    expect(open.headers.get('content-type')).toBe('application/pdf');
  });

  it('names every unmet requirement on submit (422), then submits with a registration number', async () => {
    // Siti: no profile education yet, and the photo is missing.
    const mine = (await call('GET', '/v1/recruitment/me/applications', tok.other)).body.items[0];
    const first = await call('POST', `/v1/recruitment/me/applications/${mine.id}/submit`, tok.other, {
      version: mine.version,
    });
    expectProblem(first, 422, 'validation', ['education', 'documents.pas-foto']);

    await completeProfile(tok.other, { diplomaName: 'Siti Aminah, S.Kom.' });
    const photo = await upload(tok.other, mine.id, 'pas-foto', JPEG, 'image/jpeg');
    const accepted = await confirm(tok.other, mine.id, photo);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const stale = await call('POST', `/v1/recruitment/me/applications/${mine.id}/submit`, tok.other, {
      version: mine.version,
    });
    expectProblem(stale, 409, 'version-conflict');
    const done = await call('POST', `/v1/recruitment/me/applications/${mine.id}/submit`, tok.other, {
      version: accepted.body.application.version,
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ status: 'SUBMITTED', submittedAt: clock.toISOString() });
    expect(done.body.registrationNumber).toMatch(/^CPNS26-\d{6}-[0-9A-Z]$/);

    // Read-only now.
    expectProblem(
      await call('POST', `/v1/recruitment/me/applications/${mine.id}/submit`, tok.other, {
        version: done.body.version,
      }),
      409,
      'conflict',
    );
    expectProblem(
      await call('POST', `/v1/recruitment/me/applications/${mine.id}/uploads`, tok.other, {
        type: 'ijazah',
        name: 'b.pdf',
        contentType: 'application/pdf',
        size: 10,
      }),
      409,
      'conflict',
    );
  });

  it('refuses the maximum age and the cumlaude IPK, each named', async () => {
    // Budi is 27, IPK 3.42: the cumlaude formasi needs 3.51.
    const older = { ...budi, nik: '1871010101800003', birthDate: '1980-01-01', email: 'tua@example.id' };
    const token = await registerVerifyLogin(older, '198.51.100.30');
    await completeProfile(token);
    const app = await call('POST', '/v1/recruitment/me/applications', token, {
      roundId,
      formationId: cumlaudeFormation,
    });
    expect(app.status).toBe(201);
    const res = await call('POST', `/v1/recruitment/me/applications/${app.body.id}/submit`, token, {
      version: app.body.version,
    });
    expectProblem(res, 422, 'validation', ['maxAge', 'minIpk']);
  });

  it('refuses a submission after registration closed', async () => {
    const late = { ...budi, nik: '1871010101910004', birthDate: '1991-01-01', email: 'telat@example.id' };
    const token = await registerVerifyLogin(late, '198.51.100.31');
    await completeProfile(token);
    const app = await call('POST', '/v1/recruitment/me/applications', token, {
      roundId,
      formationId: formationB,
    });
    expect(app.status).toBe(201);
    const saved = clock;
    clock = new Date('2026-03-16T02:00:00Z');
    try {
      // Tokens last 8 hours: log in again at the new time.
      const lateToken = await t.loginAs(SLUG, late.nik, late.password);
      const res = await call('POST', `/v1/recruitment/me/applications/${app.body.id}/submit`, lateToken, {
        version: app.body.version,
      });
      expectProblem(res, 409, 'conflict');
      expect(res.body.detail).toMatch(/closed/);
      // Nor can an application be started after the close.
      const newcomer = {
        ...budi,
        nik: '1871010101920005',
        birthDate: '1992-01-01',
        email: 'baru@example.id',
      };
      const newToken = await registerVerifyLogin(newcomer, '198.51.100.32');
      const after = await call('POST', '/v1/recruitment/me/applications', newToken, {
        roundId,
        formationId: formationB,
      });
      expectProblem(after, 409, 'conflict');
      expect(after.body.detail).toMatch(/closed at 2026-03-15T23:59/);
    } finally {
      clock = saved;
    }
  });
});

describe('the proof of registration', () => {
  it('prints an A4 page with a signed QR link that the public check accepts', async () => {
    const mine = (await call('GET', '/v1/recruitment/me/applications', tok.other)).body.items[0];
    const proof = await call('GET', `/v1/recruitment/me/applications/${mine.id}/proof`, tok.other);
    expect(proof.status).toBe(200);
    expect(proof.headers.get('content-type')).toMatch(/^text\/html/);
    expect(proof.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = String(proof.body);
    expect(html).toContain(mine.registrationNumber);
    expect(html).toContain('<svg');
    expect(html).toContain('1871xxxxxxxx0002');
    expect(html).not.toContain(siti.nik);
    const sig = /sig=([A-Za-z0-9_-]+)/.exec(html)?.[1];
    expect(sig).toBeDefined();

    const check = (number: string, s?: string) =>
      call(
        'GET',
        `/v1/public/${SLUG}/recruitment/proofs/${encodeURIComponent(number)}${s ? `?sig=${s}` : ''}`,
      );
    const genuine = await check(mine.registrationNumber, sig);
    expect(genuine.status).toBe(200);
    expect(genuine.body).toMatchObject({
      genuine: true,
      registrationNumber: mine.registrationNumber,
      name: 'S*** A***',
      positionName: 'Pranata Komputer Ahli Pertama',
    });
    // Lower case reads the same.
    expect((await check(mine.registrationNumber.toLowerCase(), sig)).body.genuine).toBe(true);
    const forged = `${sig!.slice(0, -1)}${sig!.endsWith('A') ? 'B' : 'A'}`;
    // A forged or missing signature, and a number nobody was given, are one and the same 404.
    const notConfirmed = [
      await check(mine.registrationNumber, forged),
      await check(mine.registrationNumber),
      await check(formatRegistrationNumber('CPNS26', 999_999), sig),
    ];
    for (const res of notConfirmed) expectProblem(res, 404, 'not-found', ['registrationNumber']);
    expect(JSON.stringify(notConfirmed[0]!.body)).not.toContain('Siti');
    // A typo (the check character does not match) is 400 at the number.
    const typo = mine.registrationNumber.replace(
      /-(\d)/,
      (_: string, d: string) => `-${(Number(d) + 1) % 10}`,
    );
    expectProblem(await check(typo, sig), 400, 'validation', ['registrationNumber']);
    expectProblem(await check('tidak-ada'), 400, 'validation', ['registrationNumber']);
    // A draft has no proof yet.
    const budiApp = (await call('GET', '/v1/recruitment/me/applications', tok.applicant)).body.items[0];
    expectProblem(
      await call('GET', `/v1/recruitment/me/applications/${budiApp.id}/proof`, tok.applicant),
      409,
      'conflict',
    );
  });
});

describe('staff: list, record, screening', () => {
  let submittedId: string;

  it('lists submitted applications with the NIK masked; drafts stay the applicant’s', async () => {
    const res = await call('GET', `/v1/recruitment/rounds/${roundId}/applications`, tok.admin);
    expect(res.status).toBe(200);
    expect(res.body.items.every((a: { status: string }) => a.status !== 'DRAFT')).toBe(true);
    const siti0 = res.body.items.find((a: { applicantName: string }) => a.applicantName === siti.name);
    expect(siti0).toMatchObject({ nikMasked: '1871xxxxxxxx0002', status: 'SUBMITTED', agencyId: agencyA });
    expect(JSON.stringify(res.body)).not.toContain(siti.nik);
    submittedId = siti0.id;
    // By formasi and status; the other agency's admin sees none of agency A's.
    const byFormation = await call(
      'GET',
      `/v1/recruitment/rounds/${roundId}/applications?formationId=${formationA}&status=SUBMITTED`,
      tok.opdA,
    );
    expect(byFormation.body.items.map((a: { id: string }) => a.id)).toContain(submittedId);
    const opdB = await call('GET', `/v1/recruitment/rounds/${roundId}/applications`, tok.opdB);
    expect(opdB.body.items).toEqual([]);
    expectProblem(
      await call('GET', `/v1/recruitment/rounds/${roundId}/applications?formationId=${formationA}`, tok.opdB),
      404,
      'not-found',
    );
    expectProblem(
      await call('GET', `/v1/recruitment/rounds/${roundId}/applications`, tok.pegawai),
      403,
      'forbidden',
    );
  });

  it('opens the full record and its documents, each written to the access log', async () => {
    const res = await call('GET', `/v1/recruitment/applications/${submittedId}`, tok.opdA);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.applicant).toMatchObject({
      nik: siti.nik,
      name: siti.name,
      diplomaName: 'Siti Aminah, S.Kom.',
    });
    const doc = res.body.documents[0];
    const open = await call(
      'GET',
      `/v1/recruitment/applications/${submittedId}/documents/${doc.documentId}`,
      tok.opdA,
    );
    expect(open.status).toBe(200);
    const log = (await scanTable(t)).filter(
      (i) => i.type === 'AUDIT' && i.action === 'application.access' && i.entityId === submittedId,
    );
    expect(log.map((l) => l.flags[0]).sort()).toEqual(['document:ijazah', 'record']);
    expect(log.every((l) => l.actor.role === 'agency-admin')).toBe(true);
    expectProblem(
      await call('GET', `/v1/recruitment/applications/${submittedId}`, tok.opdB),
      404,
      'not-found',
    );
    expectProblem(
      await call(
        'GET',
        `/v1/recruitment/applications/${submittedId}/documents/${doc.documentId}`,
        tok.applicant,
      ),
      404,
      'not-found',
    );
  });

  it('screens MS or TMS with reasons, reversible, audited; bad input writes nothing', async () => {
    const verify = (body: Record<string, unknown>, token = tok.opdA) =>
      call('POST', `/v1/recruitment/applications/${submittedId}/verification`, token, body);
    const before = await tableSnapshot(t);
    expectProblem(await verify({ result: 'TMS', reasons: [] }), 400, 'validation', ['reasons']);
    expectProblem(
      await verify({ result: 'MS', reasons: [{ requirement: 'ijazah', note: 'x' }] }),
      400,
      'validation',
      ['reasons'],
    );
    expectProblem(
      await verify({ result: 'TMS', reasons: [{ requirement: 'ijazah', note: 'x' }] }, tok.opdB),
      404,
      'not-found',
    );
    expect(await tableSnapshot(t)).toEqual(before);

    const tms = await verify({
      result: 'TMS',
      reasons: [{ requirement: 'ijazah', note: 'Ijazah tidak terbaca', applicantError: true }],
    });
    expect(tms.status, JSON.stringify(tms.body)).toBe(200);
    expect(tms.body.status).toBe('TMS');
    const ms = await verify({ result: 'MS' });
    expect(ms.body.status).toBe('MS');
    const mine = await call('GET', `/v1/recruitment/me/applications/${submittedId}`, tok.other);
    expect(mine.body).toMatchObject({ status: 'MS', reasons: [] });
    const audit = (await scanTable(t)).filter((i) => i.type === 'AUDIT' && i.action === 'application.verify');
    expect(audit).toHaveLength(2);
    expect(audit.map((a) => a.changes.status.after).sort()).toEqual(['MS', 'TMS']);
  });
});

describe('exportMyApplicantData', () => {
  it('exports the profile and every application as JSON, for the applicant only', async () => {
    const res = await call('GET', '/v1/recruitment/me/export', tok.other);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="data-pelamar-2026-03-10.json"/,
    );
    expect(res.body.profile).toMatchObject({ nik: siti.nik, email: siti.email });
    expect(res.body.applications).toHaveLength(1);
    expect(res.body.applications[0]).toMatchObject({ status: 'MS' });
    expectProblem(await call('GET', '/v1/recruitment/me/export', tok.admin), 403, 'forbidden');
  });
});

describe('announcements and objections', () => {
  let sitiApp: any;
  let firstHash: string;
  const publish = (body: Record<string, unknown>, token = tok.admin) =>
    call('POST', '/v1/recruitment/announcements', token, body);
  const object = (body: Record<string, unknown>) =>
    call('POST', `/v1/recruitment/me/applications/${sitiApp.id}/objections`, tok.other, body);
  // Registration closes on 15 March, 23:59 WIB: the administration result is announced after it, at
  // 09:00 on 16 March. The clock goes back after the section; tokens last 8 hours, so they are made anew.
  const ANNOUNCED = '2026-03-16T02:00:00Z';
  let savedClock: Date;
  let savedTokens: typeof tok;
  beforeAll(async () => {
    savedClock = clock;
    savedTokens = { ...tok };
    clock = new Date(ANNOUNCED);
    tok.other = await t.loginAs(SLUG, siti.nik, siti.password);
    tok.admin = await t.loginAs(SLUG, 'admin');
    tok.opdA = await t.loginAs(SLUG, 'opd.a');
    tok.opdB = await t.loginAs(SLUG, 'opd.b');
  });
  afterAll(() => {
    clock = savedClock;
    Object.assign(tok, savedTokens);
  });
  /** Runs `fn` at `iso` (tokens are made anew: they last 8 hours). */
  async function at<T>(
    iso: string,
    fn: (tokens: { other: string; admin: string; opdA: string }) => Promise<T>,
  ) {
    const saved = clock;
    clock = new Date(iso);
    try {
      return await fn({
        other: await t.loginAs(SLUG, siti.nik, siti.password),
        admin: await t.loginAs(SLUG, 'admin'),
        opdA: await t.loginAs(SLUG, 'opd.a'),
      });
    } finally {
      clock = saved;
    }
  }

  it('refuses the administration result while registration is open, and nothing is written', async () => {
    // 14 March, 10:00 WIB: every submitted application is screened (Siti's is MS), but others may
    // still apply until the 15th: only registration stops the announcement.
    await at('2026-03-14T03:00:00Z', async ({ other, admin, opdA }) => {
      const app = (await call('GET', '/v1/recruitment/me/applications', other)).body.items[0];
      const before = await tableSnapshot(t);
      const early = await call('POST', '/v1/recruitment/announcements', admin, {
        roundId,
        stage: 'ADMINISTRATION',
      });
      expectProblem(early, 409, 'conflict');
      expect(early.body.detail).toBe(
        'ADMINISTRATION cannot be announced before registration closes (2026-03-15T23:59 local): applications submitted after it would never be screened.',
      );
      expect(await tableSnapshot(t)).toEqual(before);
      // The agency admin is refused by role first, whatever the clock.
      expectProblem(
        await call('POST', '/v1/recruitment/announcements', opdA, { roundId, stage: 'ADMINISTRATION' }),
        403,
        'forbidden',
      );
      expect(app.status).toBe('MS');
    });
  });

  it('refuses an announcement while an application is unscreened, and a later stage before the first', async () => {
    sitiApp = (await call('GET', '/v1/recruitment/me/applications', tok.other)).body.items[0];
    // A second applicant, who applied before the close. Formasi B asks for Gizi: Dewi does not meet
    // it, so her submission is refused and she stays a draft.
    await at('2026-03-12T02:00:00Z', async () => {
      const dewi = {
        ...siti,
        nik: '1871014101990006',
        name: 'Dewi Lestari',
        birthDate: '1999-01-01',
        email: 'dewi@example.id',
      };
      const token = await registerVerifyLogin(dewi, '198.51.100.40');
      await completeProfile(token, { diplomaName: 'Dewi Lestari, S.Kom.' });
      const app = (
        await call('POST', '/v1/recruitment/me/applications', token, { roundId, formationId: formationB })
      ).body;
      const done = await call('POST', `/v1/recruitment/me/applications/${app.id}/submit`, token, {
        version: app.version,
      });
      expect(done.status, JSON.stringify(done.body)).toBe(422);
    });
    const before = await tableSnapshot(t);
    expectProblem(await publish({ roundId, stage: 'SKD' }), 409, 'conflict');
    expectProblem(await publish({ roundId, stage: 'ADMINISTRATION_AFTER_OBJECTION' }), 409, 'conflict');
    expectProblem(await publish({ roundId, stage: 'ADMINISTRATION' }, tok.opdA), 403, 'forbidden');
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('publishes the administration result with its hash; screening is then closed', async () => {
    const tms = await call('POST', `/v1/recruitment/applications/${sitiApp.id}/verification`, tok.opdA, {
      result: 'TMS',
      reasons: [{ requirement: 'ijazah', note: 'Nama pada ijazah berbeda dengan KTP' }],
    });
    expect(tms.status, JSON.stringify(tms.body)).toBe(200);
    const res = await publish({ roundId, stage: 'ADMINISTRATION', note: 'Hasil seleksi administrasi' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ stage: 'ADMINISTRATION', version: 1, previousHash: null, rowCount: 1 });
    expect(res.body.hash).toMatch(/^[0-9a-f]{64}$/);
    firstHash = res.body.hash;
    const again = await call('POST', `/v1/recruitment/applications/${sitiApp.id}/verification`, tok.opdA, {
      result: 'MS',
    });
    expectProblem(again, 409, 'conflict');
    // Registration is over for good: its close can no longer be extended (or brought forward).
    const round = (await call('GET', `/v1/recruitment/rounds/${roundId}`, tok.admin)).body;
    const snapshot = await tableSnapshot(t);
    for (const registrationClosesAt of ['2026-03-31T23:59', '2026-03-14T23:59']) {
      const moved = await call('PATCH', `/v1/recruitment/rounds/${roundId}`, tok.admin, {
        version: round.version,
        registrationClosesAt,
      });
      expectProblem(moved, 409, 'conflict', ['registrationClosesAt']);
      expect(moved.body.errors[0].message).toBe('is fixed once the administration result is announced');
    }
    expect(await tableSnapshot(t)).toEqual(snapshot);
    // Its name, a plan, still changes.
    const renamed = await call('PATCH', `/v1/recruitment/rounds/${roundId}`, tok.admin, {
      version: round.version,
      name: 'Seleksi CPNS 2026 Kota Contoh',
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
  });

  it('guards both writes against each other: a close moved meanwhile, an announcement made meanwhile', async () => {
    const annRepo = await import('@pamong/db/repos/recruitment/announcements');
    const roundsRepo = await import('@pamong/db/repos/recruitment/rounds');
    const actor = { tenantId, sub: 'admin', role: 'tenant-admin', requestId: 'race' };
    const stored = await roundsRepo.getRound(t.store, tenantId, roundId, true);
    const snapshot = await tableSnapshot(t);
    // An extension checked before the announcement landed (same version: publishing does not bump it).
    const { announcedADMINISTRATION: _announced, ...readBefore } = stored as typeof stored & {
      announcedADMINISTRATION?: string;
    };
    await expect(
      roundsRepo.updateRound(
        t.store,
        actor,
        readBefore as typeof stored,
        { ...stored, registrationClosesAt: '2026-03-31T23:59', version: stored.version + 1 },
        clock,
      ),
    ).rejects.toMatchObject({
      status: 409,
      message: 'The administration result was announced meanwhile: registration can no longer move.',
    });
    // An announcement checked against a close that has since moved.
    const head = (await call('GET', `/v1/public/${SLUG}/recruitment/rounds/${roundId}/announcements`)).body
      .items[0];
    await expect(
      annRepo.publish(
        t.store,
        actor,
        {
          id: '01JRACEANNOUNCEMENT0000000',
          roundId,
          roundName: stored.name,
          stage: 'ADMINISTRATION',
          version: 2,
          publishedAt: clock.toISOString(),
          note: '',
          results: [],
          hash: 'f'.repeat(64),
          previousHash: head.hash,
          content: {},
        },
        clock,
        '2026-03-10T23:59',
      ),
    ).rejects.toMatchObject({
      status: 409,
      message: "The round's registration was changed meanwhile; reload and try again.",
    });
    expect(await tableSnapshot(t)).toEqual(snapshot);
  });

  it('serves the versions publicly, cached, with what was hashed, so anyone can check the hash', async () => {
    const list = await call('GET', `/v1/public/${SLUG}/recruitment/rounds/${roundId}/announcements`);
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toBe('public, max-age=60');
    expect(list.body.items).toHaveLength(1);
    const id = list.body.items[0].id;
    const one = await call('GET', `/v1/public/${SLUG}/recruitment/announcements/${id}`);
    expect(one.status).toBe(200);
    expect(one.headers.get('etag')).toBe(`"${firstHash}"`);
    expect(one.headers.get('cache-control')).toContain('immutable');
    expect(one.body.results).toEqual([
      expect.objectContaining({
        name: siti.name,
        status: 'TMS',
        reasons: ['ijazah'],
        positionName: 'Pranata Komputer Ahli Pertama',
      }),
    ]);
    expect(JSON.stringify(one.body)).not.toContain(siti.nik);
    const { announcementHashInput } = await import('@pamong/core');
    const { createHash } = await import('node:crypto');
    const recomputed = createHash('sha256')
      .update(announcementHashInput(one.body.content, one.body.previousHash))
      .digest('hex');
    expect(recomputed).toBe(firstHash);
    const notModified = await t.api.request(`/v1/public/${SLUG}/recruitment/announcements/${id}`, {
      headers: { 'if-none-match': `"${firstHash}"` },
    });
    expect(notModified.status).toBe(304);
    expectProblem(
      await call('GET', `/v1/public/${SLUG}/recruitment/announcements/${UNKNOWN_ID}`),
      404,
      'not-found',
    );
  });

  it('takes one objection from a TMS applicant within the window: not with documents, not twice, not on day 4', async () => {
    // Announced at 09:00 on 16 March (Jakarta): 3 calendar days from the next, the 17th to the 19th.
    await at('2026-03-20T02:00:00Z', async ({ other }) => {
      const late = await call('POST', `/v1/recruitment/me/applications/${sitiApp.id}/objections`, other, {
        note: 'Nama di ijazah sama',
        disputed: ['ijazah'],
      });
      expectProblem(late, 409, 'conflict');
      expect(late.body.detail).toMatch(/closed/);
    });
    expectProblem(
      await object({ note: 'x', disputed: ['ijazah'], documents: ['baru.pdf'] }),
      400,
      'validation',
    );
    expectProblem(await object({ note: 'x', disputed: ['ktp'] }), 400, 'validation', ['disputed.0']);
    const ok = await object({
      note: 'Nama di ijazah dan KTP sama; mohon diperiksa ulang',
      disputed: ['ijazah'],
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.objections).toEqual([
      expect.objectContaining({ stage: 'ADMINISTRATION', decision: null }),
    ]);
    expectProblem(await object({ note: 'lagi', disputed: ['ijazah'] }), 409, 'conflict');
    const pending = await call('GET', `/v1/recruitment/rounds/${roundId}/applications?status=TMS`, tok.admin);
    expect(pending.body.items[0]).toMatchObject({ id: sitiApp.id, objectionPending: true });
  });

  it('decides the objection (accepted turns TMS into MS), then publishes the after-objection result, chained', async () => {
    expectProblem(
      await call('POST', `/v1/recruitment/applications/${sitiApp.id}/objection-decision`, tok.opdB, {
        accepted: true,
        note: 'x',
      }),
      404,
      'not-found',
    );
    // Not while the window is open.
    expectProblem(await publish({ roundId, stage: 'ADMINISTRATION_AFTER_OBJECTION' }), 409, 'conflict');
    await at('2026-03-20T02:00:00Z', async ({ admin, opdA }) => {
      // Not while an objection is undecided.
      expectProblem(
        await call('POST', '/v1/recruitment/announcements', admin, {
          roundId,
          stage: 'ADMINISTRATION_AFTER_OBJECTION',
        }),
        409,
        'conflict',
      );
      const decided = await call(
        'POST',
        `/v1/recruitment/applications/${sitiApp.id}/objection-decision`,
        opdA,
        {
          accepted: true,
          note: 'Setelah diperiksa ulang, nama sesuai',
        },
      );
      expect(decided.status, JSON.stringify(decided.body)).toBe(200);
      expect(decided.body).toMatchObject({ status: 'MS', reasons: [] });
      const after = await call('POST', '/v1/recruitment/announcements', admin, {
        roundId,
        stage: 'ADMINISTRATION_AFTER_OBJECTION',
        note: 'Hasil setelah masa sanggah',
      });
      expect(after.status, JSON.stringify(after.body)).toBe(201);
      expect(after.body).toMatchObject({ version: 2, previousHash: firstHash });
      const chain = await call('GET', `/v1/public/${SLUG}/recruitment/rounds/${roundId}/announcements`);
      expect(
        chain.body.items.map((a: { stage: string; version: number }) => `${a.stage}#${a.version}`),
      ).toEqual(['ADMINISTRATION#1', 'ADMINISTRATION_AFTER_OBJECTION#2']);
      const last = await call('GET', `/v1/public/${SLUG}/recruitment/announcements/${after.body.id}`);
      expect(last.body.results[0]).toMatchObject({ status: 'MS', reasons: [] });
    });
  });
});
