import { beforeAll, describe, expect, it } from 'vitest';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import {
  allPages,
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
 * Recruitment rounds and formasi (issue 12 §4, first slice) against DynamoDB Local: the tenant admin
 * runs rounds, an agency admin manages their own agency's formasi; versions, code uniqueness and the
 * publication rules (recruitment/publication.ts) answered 409 with nothing written; the public
 * careers routes, by the tenant's slug, showing published rounds only with their status by the clock.
 */
const SLUG = 'karier';
let t: TestApi;
/** 09:00 in Jakarta on 10 February 2026. */
const START = new Date('2026-02-10T02:00:00Z');
let clock = START;

const tok = {} as Record<'admin' | 'opdA' | 'opdB' | 'pegawai' | 'otherAdmin', string>;
let agencyA: string;
let agencyB: string;
let unitA: string;
let unitB: string;
let positionA: string;
let positionB: string;

const roundBody = (over: Record<string, unknown> = {}) => ({
  name: 'Seleksi CPNS 2026',
  kind: 'CPNS',
  year: 2026,
  registrationOpensAt: '2026-03-01T08:00',
  registrationClosesAt: '2026-03-15T23:59',
  referenceDate: '2026-03-01',
  ...over,
});
const formationBody = (over: Record<string, unknown> = {}) => ({
  positionId: positionA,
  unitId: unitA,
  openings: 3,
  track: 'umum',
  educationRequirements: [{ level: 'S1', majors: ['Pendidikan Matematika'] }],
  maxAge: 35,
  requiredDocuments: [{ type: 'ijazah', label: 'Ijazah', formats: ['pdf'], maxKb: 1024 }],
  ...over,
});

const call = (method: string, path: string, token?: string, body?: unknown) =>
  t.call(method, path, { token, body });

async function createRound(over: Record<string, unknown> = {}) {
  const res = await call('POST', '/v1/recruitment/rounds', tok.admin, roundBody(over));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}
async function addFormation(roundId: string, token = tok.admin, over: Record<string, unknown> = {}) {
  const res = await call('POST', `/v1/recruitment/rounds/${roundId}/formations`, token, formationBody(over));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}
async function publish(roundId: string) {
  const round = (await call('GET', `/v1/recruitment/rounds/${roundId}`, tok.admin)).body;
  const res = await call('POST', `/v1/recruitment/rounds/${roundId}/publish`, tok.admin, {
    version: round.version,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** Runs a request that must be refused, and checks that the table did not change. */
async function refused(send: () => ReturnType<typeof call>) {
  const before = await tableSnapshot(t);
  const res = await send();
  expect(await tableSnapshot(t)).toEqual(before);
  return res;
}

beforeAll(async () => {
  t = await createTestApi({ now: () => clock });
  ({ adminToken: tok.admin } = await createTenantViaApi(t, SLUG));
  agencyA = (await createAgency(t, tok.admin, 'Dinas Pendidikan')).id;
  agencyB = (await createAgency(t, tok.admin, 'Dinas Kesehatan')).id;
  unitA = (await createUnit(t, tok.admin, agencyA, 'Bidang SMP')).id;
  unitB = (await createUnit(t, tok.admin, agencyB, 'Seksi Gizi')).id;
  positionA = await createPosition(t, tok.admin, agencyA, {
    unitId: unitA,
    name: 'Guru Ahli Pertama Matematika',
    type: 'PELAKSANA',
    positionClass: 8,
  });
  positionB = await createPosition(t, tok.admin, agencyB, {
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
  ({ adminToken: tok.otherAdmin } = await createTenantViaApi(t, 'karier-lain'));
}, 60_000);

describe('createRecruitmentRound', () => {
  it('creates a draft with the ASN-RULES §7 defaults and a code from kind and year, audited', async () => {
    const round = await createRound();
    expect(round).toMatchObject({
      name: 'Seleksi CPNS 2026',
      kind: 'CPNS',
      code: 'CPNS26',
      timeZone: 'Asia/Jakarta',
      published: false,
      publishedAt: null,
      registrationStatus: 'upcoming',
      skdWeight: 40,
      skbWeight: 60,
      skbMultiplier: 3,
      objectionDays: 3,
      objectionDecisionDays: 7,
      skbComponents: { cat: 50, interview: 30, other: 20 },
      passingGrades: { umum: { twk: 65, tiu: 80, tkp: 166 } },
      formationCount: 0,
      openings: 0,
      version: 1,
    });
    const audit = (await scanTable(t)).filter(
      (i) => i.type === 'AUDIT' && i.entityId === round.id && i.action === 'recruitmentRound.create',
    );
    expect(audit).toHaveLength(1);
    // The next CPNS round of the year gets the next default code.
    expect((await createRound({ name: 'Seleksi CPNS 2026 tahap II' })).code).toBe('CPNS26B');
  });

  it('refuses a code already used (409 at code), writing nothing', async () => {
    const res = await refused(() =>
      call('POST', '/v1/recruitment/rounds', tok.admin, roundBody({ code: 'cpns26' })),
    );
    expectProblem(res, 409, 'conflict', ['code']);
  });

  it('names bad fields at their paths, writing nothing', async () => {
    let res = await refused(() =>
      call(
        'POST',
        '/v1/recruitment/rounds',
        tok.admin,
        roundBody({ registrationClosesAt: '2026-02-28T08:00', kind: 'PNS' }),
      ),
    );
    expectProblem(res, 400, 'validation', ['kind']);
    res = await refused(() =>
      call(
        'POST',
        '/v1/recruitment/rounds',
        tok.admin,
        roundBody({ registrationClosesAt: '2026-02-28T08:00', skdWeight: 50 }),
      ),
    );
    expectProblem(res, 400, 'validation', ['registrationClosesAt', 'skbWeight']);
    res = await refused(() =>
      call(
        'POST',
        '/v1/recruitment/rounds',
        tok.admin,
        roundBody({ registrationOpensAt: '2026-03-01 08:00', agencyId: agencyA }),
      ),
    );
    expectProblem(res, 400, 'validation', ['registrationOpensAt', 'agencyId']);
  });

  it("is the tenant admin's only: an agency admin and an employee get 403", async () => {
    for (const token of [tok.opdA, tok.pegawai]) {
      const res = await refused(() => call('POST', '/v1/recruitment/rounds', token, roundBody()));
      expectProblem(res, 403, 'forbidden');
    }
  });
});

describe('updateRecruitmentRound', () => {
  it('changes a draft with its version, 409 on a stale one, 400 on a merged schedule out of order', async () => {
    const round = await createRound({ kind: 'PPPK', name: 'Seleksi PPPK Guru 2026' });
    expect(round.code).toBe('PPPK26');
    const res = await call('PATCH', `/v1/recruitment/rounds/${round.id}`, tok.admin, {
      name: 'Seleksi PPPK Guru 2026 (revisi)',
      code: 'GTK26',
      skdWeight: 30,
      skbWeight: 70,
      version: 1,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ code: 'GTK26', skdWeight: 30, skbWeight: 70, version: 2 });
    // The old code is free again, the new one taken.
    expect((await createRound({ kind: 'PPPK', name: 'PPPK lagi' })).code).toBe('PPPK26');

    const stale = await refused(() =>
      call('PATCH', `/v1/recruitment/rounds/${round.id}`, tok.admin, { name: 'X', version: 1 }),
    );
    expectProblem(stale, 409, 'version-conflict');
    const order = await refused(() =>
      call('PATCH', `/v1/recruitment/rounds/${round.id}`, tok.admin, {
        registrationClosesAt: '2026-02-01T08:00',
        schedule: { skdStartsAt: '2026-03-16T08:00', skdEndsAt: '2026-03-16T07:00' },
        version: 2,
      }),
    );
    expectProblem(order, 400, 'validation', ['registrationClosesAt', 'schedule.skdEndsAt']);
    const weights = await refused(() =>
      call('PATCH', `/v1/recruitment/rounds/${round.id}`, tok.admin, { skdWeight: 50, version: 2 }),
    );
    expectProblem(weights, 400, 'validation', ['skbWeight']);
    const taken = await refused(() =>
      call('PATCH', `/v1/recruitment/rounds/${round.id}`, tok.admin, { code: 'CPNS26', version: 2 }),
    );
    expectProblem(taken, 409, 'conflict', ['code']);
  });

  it('answers 404 for another tenant and 403 for an agency admin', async () => {
    const round = await createRound({ name: 'Untuk akses' });
    const other = await refused(() =>
      call('PATCH', `/v1/recruitment/rounds/${round.id}`, tok.otherAdmin, { name: 'X', version: 1 }),
    );
    expectProblem(other, 404, 'not-found');
    const opd = await refused(() =>
      call('PATCH', `/v1/recruitment/rounds/${round.id}`, tok.opdA, { name: 'X', version: 1 }),
    );
    expectProblem(opd, 403, 'forbidden');
  });
});

describe('formasi', () => {
  it('are added by the tenant admin or the agency admin of the position, with names from personnel', async () => {
    const round = await createRound({ name: 'Formasi' });
    const f = await addFormation(round.id);
    expect(f).toMatchObject({
      roundId: round.id,
      agencyId: agencyA,
      agencyName: 'Dinas Pendidikan',
      positionId: positionA,
      positionName: 'Guru Ahli Pertama Matematika',
      unitId: unitA,
      unitName: 'Bidang SMP',
      openings: 3,
      maxAge: 35,
      version: 1,
    });
    await addFormation(round.id, tok.opdB, { positionId: positionB, unitId: unitB, openings: 2 });
    const detail = await call('GET', `/v1/recruitment/rounds/${round.id}`, tok.admin);
    expect(detail.body).toMatchObject({ formationCount: 2, openings: 5, version: 1 });
    expect(detail.body.formations).toHaveLength(2);
    // An agency admin reads the round with their own agency's formasi only.
    const mine = await call('GET', `/v1/recruitment/rounds/${round.id}`, tok.opdB);
    expect(mine.status).toBe(200);
    expect(mine.body.formations.map((x: { agencyId: string }) => x.agencyId)).toEqual([agencyB]);
  });

  it("refuse another agency's position (403), a unit outside the position's agency and unknown ids (400), writing nothing", async () => {
    const round = await createRound({ name: 'Formasi salah' });
    const path = `/v1/recruitment/rounds/${round.id}/formations`;
    expectProblem(
      await refused(() =>
        call('POST', path, tok.opdA, formationBody({ positionId: positionB, unitId: unitB })),
      ),
      403,
      'forbidden',
    );
    expectProblem(
      await refused(() => call('POST', path, tok.admin, formationBody({ unitId: unitB }))),
      400,
      'validation',
      ['unitId'],
    );
    expectProblem(
      await refused(() => call('POST', path, tok.admin, formationBody({ positionId: UNKNOWN_ID }))),
      400,
      'validation',
      ['positionId'],
    );
    expectProblem(
      await refused(() =>
        call(
          'POST',
          path,
          tok.admin,
          formationBody({
            openings: 0,
            track: 'khusus',
            requiredDocuments: [
              { type: 'ijazah', label: 'Ijazah', formats: ['pdf'], maxKb: 1024 },
              { type: 'ijazah', label: 'Ijazah lagi', formats: ['doc'], maxKb: 1024 },
            ],
          }),
        ),
      ),
      400,
      'validation',
      ['openings', 'track', 'requiredDocuments.1.formats.0'],
    );
    expectProblem(
      await refused(() =>
        call('POST', `/v1/recruitment/rounds/${UNKNOWN_ID}/formations`, tok.admin, formationBody()),
      ),
      404,
      'not-found',
    );
    expectProblem(await refused(() => call('POST', path, tok.otherAdmin, formationBody())), 404, 'not-found');
    expectProblem(await refused(() => call('POST', path, tok.pegawai, formationBody())), 403, 'forbidden');
  });

  it('are changed with their version by their agency; another agency gets 403, another tenant 404', async () => {
    const round = await createRound({ name: 'Ubah formasi' });
    const f = await addFormation(round.id, tok.opdA);
    const path = `/v1/recruitment/rounds/${round.id}/formations/${f.id}`;
    const res = await call('PATCH', path, tok.opdA, { openings: 5, minIpk: 3, version: 1 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ openings: 5, minIpk: 3, version: 2 });
    expect((await call('GET', `/v1/recruitment/rounds/${round.id}`, tok.admin)).body.openings).toBe(5);

    expectProblem(
      await refused(() => call('PATCH', path, tok.opdA, { openings: 6, version: 1 })),
      409,
      'version-conflict',
    );
    expectProblem(
      await refused(() => call('PATCH', path, tok.opdB, { openings: 6, version: 2 })),
      403,
      'forbidden',
    );
    // Moving it to another agency's position is refused to an agency admin too.
    expectProblem(
      await refused(() =>
        call('PATCH', path, tok.opdA, { positionId: positionB, unitId: unitB, version: 2 }),
      ),
      403,
      'forbidden',
    );
    expectProblem(
      await refused(() => call('PATCH', path, tok.otherAdmin, { openings: 6, version: 2 })),
      404,
      'not-found',
    );
    expectProblem(
      await refused(() => call('PATCH', path, tok.opdA, { maxAge: 70, version: 2 })),
      400,
      'validation',
      ['maxAge'],
    );
  });
});

describe('listRecruitmentRounds and getRecruitmentRound', () => {
  it("pages the tenant's rounds newest first, and shows nothing to another tenant", async () => {
    const pages = await allPages(t, '/v1/recruitment/rounds', tok.opdA, 2);
    const all = pages.flat();
    expect(all.length).toBeGreaterThanOrEqual(6);
    const created = all.map((r: { createdAt: string; id: string }) => r.id);
    expect([...created].sort().reverse()).toEqual(created);
    const other = await call('GET', '/v1/recruitment/rounds', tok.otherAdmin);
    expect(other.body).toEqual({ items: [], nextCursor: null });
    expectProblem(await call('GET', '/v1/recruitment/rounds', tok.pegawai), 403, 'forbidden');
  });

  it('answers 404 for an unknown round and for another tenant', async () => {
    const round = await createRound({ name: 'Baca' });
    expectProblem(await call('GET', `/v1/recruitment/rounds/${UNKNOWN_ID}`, tok.admin), 404, 'not-found');
    expectProblem(await call('GET', `/v1/recruitment/rounds/${round.id}`, tok.otherAdmin), 404, 'not-found');
  });
});

describe('publishing and the public careers page', () => {
  let open: { id: string };
  let draft: { id: string };
  let formationId: string;

  it('publishes a round with formasi once; an empty round or a stale version is 409', async () => {
    draft = await createRound({ name: 'Draf rahasia' });
    const empty = await refused(() =>
      call('POST', `/v1/recruitment/rounds/${draft.id}/publish`, tok.admin, { version: 1 }),
    );
    expectProblem(empty, 409, 'conflict');
    await addFormation(draft.id);

    open = await createRound({ name: 'Seleksi CPNS Terbuka 2026' });
    formationId = (await addFormation(open.id)).id;
    await addFormation(open.id, tok.opdB, { positionId: positionB, unitId: unitB, track: 'disabilitas' });
    expectProblem(
      await refused(() =>
        call('POST', `/v1/recruitment/rounds/${open.id}/publish`, tok.opdA, { version: 1 }),
      ),
      403,
      'forbidden',
    );
    const published = await publish(open.id);
    expect(published).toMatchObject({ published: true, version: 2, registrationStatus: 'upcoming' });
    expect(published.publishedAt).toBe(START.toISOString());
    expectProblem(
      await refused(() =>
        call('POST', `/v1/recruitment/rounds/${open.id}/publish`, tok.admin, { version: 2 }),
      ),
      409,
      'conflict',
    );
    expectProblem(
      await refused(() =>
        call('POST', `/v1/recruitment/rounds/${open.id}/publish`, tok.admin, { version: 1 }),
      ),
      409,
      'version-conflict',
    );
  });

  it('fixes the selection rules of a published round (409 naming them); the name still changes', async () => {
    const res = await refused(() =>
      call('PATCH', `/v1/recruitment/rounds/${open.id}`, tok.admin, {
        skdWeight: 30,
        skbWeight: 70,
        referenceDate: '2026-04-01',
        version: 2,
      }),
    );
    expectProblem(res, 409, 'conflict', ['skdWeight', 'skbWeight', 'referenceDate']);
    const renamed = await call('PATCH', `/v1/recruitment/rounds/${open.id}`, tok.admin, {
      name: 'Seleksi CPNS 2026 Pemerintah Kota',
      version: 2,
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
  });

  it('lists published rounds only, with formasi and schedule but nothing personal or internal', async () => {
    const list = await call('GET', `/v1/public/${SLUG}/recruitment/rounds`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([open.id]);
    expect(list.body.items[0]).toMatchObject({ status: 'upcoming', formationCount: 2, openings: 6 });
    const detail = await call('GET', `/v1/public/${SLUG}/recruitment/rounds/${open.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      name: 'Seleksi CPNS 2026 Pemerintah Kota',
      status: 'upcoming',
      registrationOpensAt: '2026-03-01T08:00',
      timeZone: 'Asia/Jakarta',
      referenceDate: '2026-03-01',
    });
    expect(detail.body.formations).toHaveLength(2);
    expect(detail.body.formations[0]).toMatchObject({
      positionName: expect.any(String),
      unitName: expect.any(String),
      agencyName: expect.any(String),
      requiredDocuments: [{ type: 'ijazah', label: 'Ijazah', formats: ['pdf'], maxKb: 1024 }],
    });
    const text = JSON.stringify([list.body, detail.body]);
    for (const hidden of ['version', 'positionId', 'agencyId', 'code', 'publishedAt', 'createdAt'])
      expect(text).not.toContain(`"${hidden}"`);
  });

  it("answers 404 for a draft, an unknown round, an unknown slug and another tenant's slug", async () => {
    expectProblem(await call('GET', `/v1/public/${SLUG}/recruitment/rounds/${draft.id}`), 404, 'not-found');
    expectProblem(await call('GET', `/v1/public/${SLUG}/recruitment/rounds/${UNKNOWN_ID}`), 404, 'not-found');
    expectProblem(await call('GET', `/v1/public/tidak-ada/recruitment/rounds`), 404, 'not-found');
    expectProblem(await call('GET', `/v1/public/tidak-ada/recruitment/rounds/${open.id}`), 404, 'not-found');
    expectProblem(
      await call('GET', `/v1/public/karier-lain/recruitment/rounds/${open.id}`),
      404,
      'not-found',
    );
  });

  it('says upcoming, open and closed by the clock in the tenant zone, and freezes formasi once open', async () => {
    const status = async () =>
      (await call('GET', `/v1/public/${SLUG}/recruitment/rounds/${open.id}`)).body.status;
    try {
      // 08:00 on 1 March in Jakarta is 01:00 UTC.
      clock = new Date('2026-03-01T00:59:59Z');
      expect(await status()).toBe('upcoming');
      clock = new Date('2026-03-01T01:00:00Z');
      expect(await status()).toBe('open');

      const admin = await t.loginAs(SLUG, 'admin');
      const opdA = await t.loginAs(SLUG, 'opd.a');
      expectProblem(
        await refused(() =>
          call('POST', `/v1/recruitment/rounds/${open.id}/formations`, admin, formationBody()),
        ),
        409,
        'conflict',
      );
      const path = `/v1/recruitment/rounds/${open.id}/formations/${formationId}`;
      expectProblem(
        await refused(() => call('PATCH', path, opdA, { track: 'cumlaude', maxAge: 30, version: 1 })),
        409,
        'conflict',
        ['track', 'maxAge'],
      );
      const more = await call('PATCH', path, opdA, { openings: 4, version: 1 });
      expect(more.status, JSON.stringify(more.body)).toBe(200);
      // Registration may be extended but not shortened once open.
      const round = (await call('GET', `/v1/recruitment/rounds/${open.id}`, admin)).body;
      expectProblem(
        await refused(() =>
          call('PATCH', `/v1/recruitment/rounds/${open.id}`, admin, {
            registrationClosesAt: '2026-03-10T23:59',
            version: round.version,
          }),
        ),
        409,
        'conflict',
        ['registrationClosesAt'],
      );
      const extended = await call('PATCH', `/v1/recruitment/rounds/${open.id}`, admin, {
        registrationClosesAt: '2026-03-20T23:59',
        version: round.version,
      });
      expect(extended.status, JSON.stringify(extended.body)).toBe(200);

      clock = new Date('2026-03-20T16:58:59Z');
      expect(await status()).toBe('open');
      clock = new Date('2026-03-20T16:59:00Z');
      expect(await status()).toBe('closed');
      const list = await call('GET', `/v1/public/${SLUG}/recruitment/rounds`);
      expect(list.body.items[0]).toMatchObject({ id: open.id, status: 'closed', openings: 7 });
    } finally {
      clock = START;
    }
  });
});
