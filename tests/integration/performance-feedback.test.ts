import { BERAKHLAK_VALUES } from '@pamong/core';
import { newId } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import { employeeBody } from '../support/personnel';
import {
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
 * Anonymous 360 feedback (issue 14 §3) against DynamoDB Local: raters checked against the org
 * structure (an employee's superior, peers and subordinates; a unit's head, fellow unit heads and
 * members), who may open a round and read it, "not enough raters" below the minimum, one answer per
 * rater even at once, and anonymity: every 360 route, called as the assessee, the superior, the
 * admins and a rater, never shows a rater next to an answer, and the stored answers hold no rater
 * and no time finer than a day.
 *
 * The org: Dinas Pendidikan with the Sekretariat (Kepala Dinas), Bidang SD (its Kabid `atasan`,
 * `pegawai` and four colleagues sd1-sd4) and Bidang SMP (its Kabid `kabid2`, staff smp1-smp3);
 * Dinas Kesehatan with one employee and its own agency admin; and a second tenant.
 */
const SLUG = 'umpan';
let t: TestApi;
let clock = new Date('2026-03-02T02:00:00Z'); // Monday 2 March 2026, 09:00 WIB

const EMPLOYEES = [
  'kepala',
  'atasan',
  'pegawai',
  'sd1',
  'sd2',
  'sd3',
  'sd4',
  'kabid2',
  'smp1',
  'smp2',
  'smp3',
  'medis',
] as const;
type Emp = (typeof EMPLOYEES)[number];
const USERS = ['admin', 'opd', 'opd2', ...EMPLOYEES] as const;
type User = (typeof USERS)[number];
const tok = {} as Record<User | 'otherAdmin', string>;
const emp = {} as Record<Emp, { id: string; name: string }>;
let tenantId: string;
let agencyId: string;
let otherAgencyId: string;
let bidangSmpId: string;

const signIn = async () => {
  const tokens = await Promise.all(USERS.map((u) => t.loginAs(SLUG, u)));
  USERS.forEach((u, i) => {
    tok[u] = tokens[i]!;
  });
  tok.otherAdmin = await t.loginAs('lain', 'admin');
};

beforeAll(async () => {
  t = await createTestApi({ now: () => clock });
  const tenant = await createTenantViaApi(t, SLUG);
  tenantId = tenant.tenantId;
  const adminToken = tenant.adminToken;
  await createTenantViaApi(t, 'lain');
  const agency = await createAgency(t, adminToken, 'Dinas Pendidikan');
  agencyId = agency.id;
  const other = await createAgency(t, adminToken, 'Dinas Kesehatan');
  otherAgencyId = other.id;
  const sekretariat = await createUnit(t, adminToken, agency.id, 'Sekretariat');
  const bidangSd = await createUnit(t, adminToken, agency.id, 'Bidang SD');
  const bidangSmp = await createUnit(t, adminToken, agency.id, 'Bidang SMP');
  bidangSmpId = bidangSmp.id;
  const gizi = await createUnit(t, adminToken, other.id, 'Seksi Gizi');
  const position = (unitId: string, name: string, type: string, positionClass: number) =>
    createPosition(t, adminToken, agency.id, { unitId, name, type, positionClass });
  const kadis = await position(sekretariat.id, 'Kepala Dinas Pendidikan', 'JPT_PRATAMA', 14);
  const kabidSd = await position(bidangSd.id, 'Kepala Bidang SD', 'ADMINISTRATOR', 12);
  const kabidSmp = await position(bidangSmp.id, 'Kepala Bidang SMP', 'ADMINISTRATOR', 12);
  const people: [Emp, string, string, string, string?][] = [
    ['kepala', 'Hasan Basri', agency.id, sekretariat.id, kadis],
    ['atasan', 'Agus Pratama', agency.id, bidangSd.id, kabidSd],
    ['pegawai', 'Sari Wulandari', agency.id, bidangSd.id],
    ['sd1', 'Rudi Hartono', agency.id, bidangSd.id],
    ['sd2', 'Maya Lestari', agency.id, bidangSd.id],
    ['sd3', 'Dedi Kurniawan', agency.id, bidangSd.id],
    ['sd4', 'Wati Susanti', agency.id, bidangSd.id],
    ['kabid2', 'Yudi Ramadhan', agency.id, bidangSmp.id, kabidSmp],
    ['smp1', 'Fajar Nugroho', agency.id, bidangSmp.id],
    ['smp2', 'Indah Permata', agency.id, bidangSmp.id],
    ['smp3', 'Joko Santoso', agency.id, bidangSmp.id],
    ['medis', 'Lina Marlina', other.id, gizi.id],
  ];
  for (const [i, [key, name, aId, unitId, positionId]] of people.entries()) {
    const res = await t.call('POST', '/v1/employees', {
      token: adminToken,
      body: employeeBody({
        name,
        agencyId: aId,
        unitId,
        sequence: i + 1,
        ...(positionId ? { positionId } : {}),
      }),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    emp[key] = { id: res.body.id as string, name };
  }
  await createUser(t, adminToken, { username: 'opd', role: 'agency-admin', agencyId: agency.id });
  await createUser(t, adminToken, { username: 'opd2', role: 'agency-admin', agencyId: other.id });
  const leaders: Emp[] = ['kepala', 'atasan', 'kabid2'];
  for (const [key, , aId] of people)
    await createUser(t, adminToken, {
      username: key,
      role: leaders.includes(key) ? 'supervisor' : 'employee',
      agencyId: aId,
      employeeId: emp[key].id,
      name: emp[key].name,
    });
  await signIn();
}, 180_000);

const scores = (n: number) =>
  Object.fromEntries(BERAKHLAK_VALUES.map((v) => [v, n])) as Record<string, number>;
const PERIOD = { start: '2026-01', end: '2026-12' };
const rater = (who: Emp, relation: string) => ({ employeeId: emp[who].id, relation });
const open = (token: string, body: Record<string, unknown>) =>
  t.call('POST', '/v1/performance/feedback-rounds', { token, body });
const roundBody = (
  subject: { kind: string; id: string },
  raters: unknown[],
  over: Record<string, unknown> = {},
) => ({
  subject,
  period: PERIOD,
  raters,
  closesOn: '2026-03-31',
  ...over,
});
const submit = (token: string, roundId: string, body: unknown) =>
  t.call('POST', `/v1/performance/feedback-rounds/${roundId}/answers`, { token, body });
const summary = (token: string, roundId: string) =>
  t.call('GET', `/v1/performance/feedback-rounds/${roundId}/summary`, { token });
const round = (token: string, roundId: string) =>
  t.call('GET', `/v1/performance/feedback-rounds/${roundId}`, { token });
const expectOk = (res: Res, status = 200) => expect(res.status, JSON.stringify(res.body)).toBe(status);

/** R1: Sari's round, opened by her Kabid: the Kabid as superior, four colleagues, herself. */
let r1: string;
const R1_RATERS: [Emp, string][] = [
  ['atasan', 'superior'],
  ['sd1', 'peer'],
  ['sd2', 'peer'],
  ['sd3', 'peer'],
  ['sd4', 'peer'],
  ['pegawai', 'self'],
];
/** R2: the Bidang SMP unit, opened by its head. */
let r2: string;

describe('openFeedbackRound', () => {
  it("opens an employee's round with raters from the org structure, in one transaction with its audit entry", async () => {
    const res = await open(
      tok.atasan,
      roundBody(
        { kind: 'employee', id: emp.pegawai.id },
        R1_RATERS.map(([w, r]) => rater(w, r)),
      ),
    );
    expectOk(res, 201);
    r1 = res.body.id;
    expect(res.body).toEqual({
      id: r1,
      agencyId,
      subject: { kind: 'employee', id: emp.pegawai.id, name: 'Sari Wulandari' },
      period: PERIOD,
      openedOn: '2026-03-02',
      closesOn: '2026-03-31',
      status: 'open',
      groups: [
        { relation: 'superior', raters: 1, answered: 0 },
        { relation: 'peer', raters: 4, answered: 0 },
        { relation: 'self', raters: 1, answered: 0 },
      ],
    });
    const items = await scanTable(t);
    const assignments = items.filter((i) => i.type === 'FEEDBACK_ASSIGNMENT' && i.roundId === r1);
    expect(assignments.map((a) => a.raterId).sort()).toEqual(R1_RATERS.map(([w]) => emp[w].id).sort());
    const audit = await getJson(t, `/v1/audit?entityType=feedbackRound&entityId=${r1}`, tok.admin);
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(['feedbackRound.open']);
    expect(audit.items[0].changes.raterCounts.after).toEqual({ superior: 1, peer: 4, self: 1 });
  });

  it("opens a unit's round: its head as self, the head's superior, fellow unit heads as peers, its members as subordinates", async () => {
    const res = await open(
      tok.kabid2,
      roundBody({ kind: 'unit', id: bidangSmpId }, [
        rater('kabid2', 'self'),
        rater('kepala', 'superior'),
        rater('atasan', 'peer'),
        rater('smp1', 'subordinate'),
        rater('smp2', 'subordinate'),
        rater('smp3', 'subordinate'),
      ]),
    );
    expectOk(res, 201);
    r2 = res.body.id;
    expect(res.body).toMatchObject({
      subject: { kind: 'unit', id: bidangSmpId, name: 'Bidang SMP' },
      groups: [
        { relation: 'superior', raters: 1 },
        { relation: 'peer', raters: 1 },
        { relation: 'subordinate', raters: 3 },
        { relation: 'self', raters: 1 },
      ],
    });
    // The agency admin opens an employee's round too: the Kabid SMP's, with his staff as subordinates.
    expectOk(
      await open(
        tok.opd,
        roundBody({ kind: 'employee', id: emp.kabid2.id }, [
          rater('kepala', 'superior'),
          rater('smp1', 'subordinate'),
          rater('smp2', 'subordinate'),
          rater('smp3', 'subordinate'),
        ]),
      ),
      201,
    );
  });

  it('refuses raters the org structure does not bear out, and bad input, with field paths; nothing is written', async () => {
    const before = await tableSnapshot(t);
    const pegawai = { kind: 'employee', id: emp.pegawai.id };
    const cases: [string, Record<string, unknown>, string[]][] = [
      [
        'atasan',
        roundBody(pegawai, [
          rater('kepala', 'superior'), // the Kepala Dinas is her Kabid's superior, not hers
          rater('sd1', 'subordinate'), // a colleague, not her subordinate
          rater('smp1', 'peer'), // another unit
          rater('medis', 'peer'), // another agency
          { employeeId: UNKNOWN_ID, relation: 'peer' },
          rater('sd2', 'self'),
          rater('atasan', 'peer'), // her superior is not a peer
        ]),
        [
          'raters.0.relation',
          'raters.1.relation',
          'raters.2.relation',
          'raters.3.employeeId',
          'raters.4.employeeId',
          'raters.5.relation',
          'raters.6.relation',
        ],
      ],
      [
        'kabid2',
        roundBody({ kind: 'unit', id: bidangSmpId }, [
          rater('smp1', 'peer'), // a member is a subordinate of the unit
          rater('pegawai', 'subordinate'), // not a member
          rater('atasan', 'superior'), // a fellow head, not the superior
          rater('smp2', 'self'), // the head is the unit's self
        ]),
        ['raters.0.relation', 'raters.1.relation', 'raters.2.relation', 'raters.3.relation'],
      ],
      ['atasan', roundBody(pegawai, [rater('pegawai', 'self')]), ['raters']],
      ['atasan', roundBody(pegawai, [rater('sd1', 'peer')], { closesOn: '2026-03-01' }), ['closesOn']],
      ['atasan', roundBody(pegawai, [rater('sd1', 'peer'), rater('sd1', 'peer')]), ['raters.1.employeeId']],
      [
        'atasan',
        roundBody(pegawai, [rater('sd1', 'peer')], { period: { start: '2026-06', end: '2026-01' } }),
        ['period.end'],
      ],
      ['atasan', roundBody(pegawai, [rater('sd1', 'colleague')]), ['raters.0.relation']],
      ['atasan', roundBody(pegawai, []), ['raters']],
      ['atasan', roundBody(pegawai, [rater('sd1', 'peer')], { closesOn: '31-03-2026' }), ['closesOn']],
      ['atasan', roundBody({ kind: 'team', id: emp.pegawai.id }, [rater('sd1', 'peer')]), ['subject.kind']],
      ['atasan', roundBody({ kind: 'employee', id: UNKNOWN_ID }, [rater('sd1', 'peer')]), ['subject.id']],
      ['opd', roundBody({ kind: 'unit', id: UNKNOWN_ID }, [rater('sd1', 'peer')]), ['subject.id']],
      // 99 raters: with the round and its audit entry, more than one transaction holds.
      [
        'atasan',
        roundBody(
          pegawai,
          Array.from({ length: 99 }, () => ({ employeeId: newId(), relation: 'peer' })),
        ),
        ['raters'],
      ],
    ];
    for (const [who, body, paths] of cases) {
      const res = await open(tok[who as User], body);
      expectProblem(res, 400, 'validation', paths);
    }
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it("refuses anyone but the assessee's appraiser, the unit's head and admins in scope (403)", async () => {
    const before = await tableSnapshot(t);
    const body = roundBody({ kind: 'employee', id: emp.pegawai.id }, [rater('sd1', 'peer')]);
    for (const who of ['pegawai', 'sd1', 'kepala', 'kabid2', 'opd2'] as const)
      expectProblem(await open(tok[who], body), 403, 'forbidden');
    const unit = roundBody({ kind: 'unit', id: bidangSmpId }, [rater('smp1', 'subordinate')]);
    for (const who of ['smp1', 'atasan', 'kepala', 'opd2'] as const)
      expectProblem(await open(tok[who], unit), 403, 'forbidden');
    expect(await tableSnapshot(t)).toEqual(before);
  });
});

describe('submitFeedback and getFeedbackSummary', () => {
  it('takes a rater\'s answer and says "not enough raters" at 2 answers in a group', async () => {
    const a = await submit(tok.sd1, r1, { scores: scores(4), comment: 'Selalu membantu rekan' });
    expectOk(a, 201);
    expect(a.body).toEqual({ received: true });
    expectOk(await submit(tok.sd2, r1, { scores: scores(2), comment: 'Perlu lebih tepat waktu' }), 201);
    const s = await summary(tok.pegawai, r1);
    expectOk(s);
    expect(s.body).toMatchObject({
      roundId: r1,
      subject: { kind: 'employee', id: emp.pegawai.id, name: 'Sari Wulandari' },
      minRaters: 3,
      overall: null,
    });
    expect(s.body.groups).toEqual([
      { relation: 'superior', status: 'not-enough-raters' },
      { relation: 'peer', status: 'not-enough-raters' },
      { relation: 'self', status: 'not-enough-raters' },
    ]);
    expect(JSON.stringify(s.body)).not.toMatch(/membantu|tepat waktu/);
  });

  it('shows the averages and the comments, in a shuffled order, at 3', async () => {
    expectOk(await submit(tok.sd3, r1, { scores: { ...scores(3), LOYAL: 5 }, comment: 'Komunikatif' }), 201);
    const s = await summary(tok.pegawai, r1);
    expectOk(s);
    const peer = s.body.groups.find((g: { relation: string }) => g.relation === 'peer');
    expect(peer).toMatchObject({ status: 'shown', raters: 3, overall: 3.1 });
    expect(peer.averages).toMatchObject({ LOYAL: 3.67, AKUNTABEL: 3, KOLABORATIF: 3 });
    expect([...peer.comments].sort()).toEqual([
      'Komunikatif',
      'Perlu lebih tepat waktu',
      'Selalu membantu rekan',
    ]);
    expect(s.body.overall).toMatchObject({ raters: 3, overall: 3.1 });
    expect(s.body.groups.find((g: { relation: string }) => g.relation === 'superior')).toEqual({
      relation: 'superior',
      status: 'not-enough-raters',
    });
    const r = await round(tok.pegawai, r1);
    expectOk(r);
    expect(r.body.groups).toEqual([
      { relation: 'superior', raters: 1, answered: 0 },
      { relation: 'peer', raters: 4, answered: 3 },
      { relation: 'self', raters: 1, answered: 0 },
    ]);
  });

  it('refuses a second answer (409), a non-rater (404) and bad scores (400), writing nothing', async () => {
    const before = await tableSnapshot(t);
    const again = await submit(tok.sd1, r1, { scores: scores(5) });
    expectProblem(again, 409, 'conflict');
    expect(again.body.detail).toMatch(/already answered/);
    for (const who of ['kepala', 'smp1', 'admin', 'opd', 'medis'] as const)
      expectProblem(await submit(tok[who], r1, { scores: scores(5) }), 404, 'not-found');
    expectProblem(await submit(tok.sd4, UNKNOWN_ID, { scores: scores(5) }), 404, 'not-found');
    expectProblem(await submit(tok.otherAdmin, r1, { scores: scores(5) }), 404, 'not-found');
    const { ADAPTIF: _a, ...six } = scores(3);
    const bad: [unknown, string[]][] = [
      [{ scores: { ...scores(3), LOYAL: 6 } }, ['scores.LOYAL']],
      [{ scores: { ...scores(3), HARMONIS: 2.5 } }, ['scores.HARMONIS']],
      [{ scores: six }, ['scores.ADAPTIF']],
      [{ scores: scores(3), comment: 'x'.repeat(2001) }, ['comment']],
      [{ scores: scores(3), raterId: emp.sd4.id }, ['']],
      [{}, ['scores']],
    ];
    for (const [body, paths] of bad) {
      const res = await submit(tok.sd4, r1, body);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      if (paths[0] !== '') expectProblem(res, 400, 'validation', paths);
    }
    expectProblem(await submit(tok.sd4, 'not-an-id', { scores: scores(3) }), 400, 'validation', ['roundId']);
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('takes exactly one of 50 concurrent answers by one rater', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => submit(tok.sd4, r1, { scores: scores((i % 5) + 1) })),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    for (const r of results.filter((x) => x.status === 409)) expectProblem(r, 409, 'conflict');
    const answers = (await scanTable(t)).filter(
      (i) =>
        i.pk === keys.feedbackRoundPartition(tenantId, r1) && i.sk.startsWith(keys.feedbackAnswerPrefix()),
    );
    expect(answers).toHaveLength(4);
    expect((await round(tok.atasan, r1)).body.groups[1]).toEqual({
      relation: 'peer',
      raters: 4,
      answered: 4,
    });
  });
});

describe('who reads a round', () => {
  it('shows the round and its summary to the assessee, the appraiser and admins in scope', async () => {
    for (const who of ['pegawai', 'atasan', 'admin', 'opd'] as const) {
      expectOk(await round(tok[who], r1));
      expectOk(await summary(tok[who], r1));
    }
    // A unit round: its head and the admins; its superior is a rater and sees nothing.
    for (const who of ['kabid2', 'admin', 'opd'] as const) expectOk(await summary(tok[who], r2));
  });

  it('tells a rater that raters do not see the summary (403), and hides the round from everyone else (404)', async () => {
    for (const who of ['sd1', 'sd4'] as const) {
      expectProblem(await summary(tok[who], r1), 403, 'forbidden');
      expectProblem(await round(tok[who], r1), 403, 'forbidden');
    }
    expectProblem(await summary(tok.kepala, r2), 403, 'forbidden');
    // The Kepala Dinas is neither rater nor appraiser of Sari; another agency's admin and staff,
    // another tenant's admin: as if the round did not exist.
    for (const who of ['kepala', 'smp1', 'opd2', 'medis', 'otherAdmin'] as const) {
      expectProblem(await summary(tok[who], r1), 404, 'not-found');
      expectProblem(await round(tok[who], r1), 404, 'not-found');
    }
    expectProblem(await round(tok.admin, UNKNOWN_ID), 404, 'not-found');
    expectProblem(await summary(tok.admin, UNKNOWN_ID), 404, 'not-found');
    expectProblem(await round(tok.admin, 'nope'), 400, 'validation', ['roundId']);
    expectProblem(await summary(tok.admin, 'nope'), 400, 'validation', ['roundId']);
  });

  it('lists rounds: an admin per agency, staff the rounds whose summary they may see', async () => {
    const ids = async (token: string, query = '') =>
      (await getJson(t, `/v1/performance/feedback-rounds${query}`, token)).items.map(
        (r: { id: string }) => r.id,
      );
    expect(await ids(tok.admin, `?agencyId=${agencyId}`)).toEqual(expect.arrayContaining([r1, r2]));
    expect(await ids(tok.opd)).toEqual(expect.arrayContaining([r1, r2]));
    expect(await ids(tok.pegawai)).toEqual([r1]);
    expect(await ids(tok.atasan)).toEqual([r1]);
    expect(await ids(tok.kabid2)).toContain(r2);
    expect(await ids(tok.sd1)).toEqual([]);
    expect(await ids(tok.opd2)).toEqual([]);
    expect(await ids(tok.admin, `?agencyId=${otherAgencyId}`)).toEqual([]);
    const first = await getJson(t, `/v1/performance/feedback-rounds?agencyId=${agencyId}&limit=1`, tok.admin);
    expect(first.items).toHaveLength(1);
    expect(typeof first.nextCursor).toBe('string');
    const second = await getJson(
      t,
      `/v1/performance/feedback-rounds?agencyId=${agencyId}&limit=1&cursor=${encodeURIComponent(first.nextCursor)}`,
      tok.admin,
    );
    expect(second.items[0].id).not.toBe(first.items[0].id);
    expectProblem(
      await t.call('GET', `/v1/performance/feedback-rounds?agencyId=${agencyId}`, { token: tok.opd2 }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.call('GET', `/v1/performance/feedback-rounds?agencyId=${otherAgencyId}`, {
        token: tok.pegawai,
      }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.call('GET', '/v1/performance/feedback-rounds', { token: tok.admin }),
      400,
      'validation',
      ['agencyId'],
    );
    expectProblem(
      await t.call('GET', '/v1/performance/feedback-rounds?agencyId=x&limit=0', { token: tok.admin }),
      400,
      'validation',
      ['agencyId', 'limit'],
    );
    expectProblem(
      await t.call('GET', `/v1/performance/feedback-rounds?agencyId=${agencyId}&cursor=forged`, {
        token: tok.admin,
      }),
      400,
      'bad-cursor',
    );
  });

  it("lists the caller's own forms, with whether they have answered", async () => {
    const forms = await getJson(t, '/v1/performance/feedback-forms', tok.sd1);
    expect(forms.items).toEqual([
      {
        roundId: r1,
        subject: { kind: 'employee', id: emp.pegawai.id, name: 'Sari Wulandari' },
        period: PERIOD,
        closesOn: '2026-03-31',
        status: 'open',
        relation: 'peer',
        answered: true,
      },
    ]);
    const head = await getJson(t, '/v1/performance/feedback-forms', tok.kabid2);
    expect(
      head.items.map((f: { roundId: string; relation: string; answered: boolean }) => [
        f.roundId,
        f.relation,
        f.answered,
      ]),
    ).toEqual([[r2, 'self', false]]);
    expect((await getJson(t, '/v1/performance/feedback-forms', tok.admin)).items).toEqual([]);
    expect((await getJson(t, '/v1/performance/feedback-forms', tok.otherAdmin)).items).toEqual([]);
    expectProblem(
      await t.call('GET', '/v1/performance/feedback-forms?limit=500', { token: tok.sd1 }),
      400,
      'validation',
      ['limit'],
    );
  });
});

describe('anonymity', () => {
  it('lets no route link an answer to a rater, for the assessee, the superior, the admins or a rater', async () => {
    // Five answers by now: three peers, then the superior and the self-assessment.
    expectOk(await submit(tok.atasan, r1, { scores: scores(5), comment: 'Catatan atasan' }), 201);
    expectOk(await submit(tok.pegawai, r1, { scores: scores(4), comment: 'Catatan diri' }), 201);
    const secrets = R1_RATERS.filter(([, rel]) => rel !== 'self').flatMap(([w]) => [emp[w].id, emp[w].name]);
    const bodies: { who: string; route: string; res: Res }[] = [];
    for (const who of ['pegawai', 'atasan', 'admin', 'opd', 'sd1'] as const) {
      const token = tok[who];
      const call = async (route: string, method: string, path: string, body?: unknown) =>
        bodies.push({ who, route, res: await t.call(method, path, { token, body }) });
      await call('listFeedbackRounds', 'GET', `/v1/performance/feedback-rounds?agencyId=${agencyId}`);
      await call('getFeedbackRound', 'GET', `/v1/performance/feedback-rounds/${r1}`);
      await call('listMyFeedbackForms', 'GET', '/v1/performance/feedback-forms');
      await call('getFeedbackSummary', 'GET', `/v1/performance/feedback-rounds/${r1}/summary`);
      await call('submitFeedback', 'POST', `/v1/performance/feedback-rounds/${r1}/answers`, {
        scores: scores(3),
      });
      await call(
        'openFeedbackRound',
        'POST',
        '/v1/performance/feedback-rounds',
        roundBody({ kind: 'employee', id: emp.pegawai.id }, [rater('sd4', 'peer'), rater('sd3', 'peer')]),
      );
    }
    // Every route answered each caller (success or refusal), and none named a rater.
    expect(new Set(bodies.map((b) => b.route)).size).toBe(6);
    for (const { who, route, res } of bodies) {
      expect(res.status, `${route} as ${who}`).toBeLessThan(500);
      const text = JSON.stringify(res.body);
      expect(
        secrets.filter((s) => text.includes(s)),
        `${route} as ${who} names a rater: ${text}`,
      ).toEqual([]);
      expect(text, `${route} as ${who}`).not.toMatch(/raterId|answerId|"raters":\[\{"employeeId/);
    }
    // The summary the assessee reads: groups, averages and shuffled comments, nothing per answer.
    const s = bodies.find((b) => b.who === 'pegawai' && b.route === 'getFeedbackSummary')!.res.body;
    expect(s.groups.map((g: { relation: string; status: string }) => [g.relation, g.status])).toEqual([
      ['superior', 'not-enough-raters'],
      ['peer', 'shown'],
      ['self', 'shown'],
    ]);
    expect(JSON.stringify(s)).not.toContain('Catatan atasan');

    // The stored answers: no rater, no time finer than a day, a random key.
    const items = await scanTable(t);
    const answers = items.filter(
      (i) =>
        i.pk === keys.feedbackRoundPartition(tenantId, r1) && i.sk.startsWith(keys.feedbackAnswerPrefix()),
    );
    expect(answers).toHaveLength(6);
    const allRaterIds = R1_RATERS.map(([w]) => emp[w].id);
    const leaves = (v: unknown): unknown[] =>
      v !== null && typeof v === 'object' ? Object.values(v).flatMap(leaves) : [v];
    for (const a of answers) {
      expect(Object.keys(a).sort()).toEqual([
        'comment',
        'pk',
        'relation',
        'roundId',
        'roundOpenedOn',
        'scores',
        'sk',
        'type',
      ]);
      const text = JSON.stringify(a);
      expect(allRaterIds.filter((id) => text.includes(id))).toEqual([]);
      for (const leaf of leaves(a)) {
        if (typeof leaf === 'number') expect(leaf >= 1 && leaf <= 5, `${text}: ${leaf}`).toBe(true);
        if (typeof leaf === 'string') expect(leaf, text).not.toMatch(/\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}T/);
      }
      expect(a.roundOpenedOn).toBe('2026-03-02');
      const suffix = a.sk.slice(keys.feedbackAnswerPrefix().length);
      expect(suffix).not.toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/i);
      expect(suffix).toMatch(/^[0-9a-f]{32}$/);
    }
    // The assignments say only that a rater answered: nothing of the answer, no time.
    for (const a of items.filter((i) => i.type === 'FEEDBACK_ASSIGNMENT' && i.roundId === r1)) {
      expect(a).not.toHaveProperty('scores');
      expect(a).not.toHaveProperty('comment');
      expect(JSON.stringify(a)).not.toMatch(/\d{4}-\d{2}-\d{2}T|\d{1,2}:\d{2}/);
    }
    // No audit entry of an answer (it would name its actor and time); only the round's opening.
    const audits = items.filter((i) => i.type === 'AUDIT');
    expect(audits.filter((a) => /submit|answer/i.test(String(a.action)))).toEqual([]);
    expect(audits.filter((a) => JSON.stringify(a).includes(r1)).map((a) => a.action)).toEqual([
      'feedbackRound.open',
    ]);
  });
});

describe('a closed round', () => {
  it("refuses answers after closesOn in the tenant's time zone (409)", async () => {
    const res = await open(
      tok.atasan,
      roundBody({ kind: 'employee', id: emp.pegawai.id }, [rater('sd1', 'peer'), rater('sd2', 'peer')], {
        closesOn: '2026-03-02',
      }),
    );
    expectOk(res, 201);
    const id = res.body.id as string;
    // 23:59 WIB on the closing day is still open; 00:00 WIB the next day (17:00 UTC) is not.
    clock = new Date('2026-03-02T16:59:00Z');
    await signIn();
    expectOk(await submit(tok.sd1, id, { scores: scores(3) }), 201);
    clock = new Date('2026-03-02T17:00:00Z');
    await signIn();
    const before = await tableSnapshot(t);
    const late = await submit(tok.sd2, id, { scores: scores(3) });
    expectProblem(late, 409, 'conflict');
    expect(late.body.detail).toMatch(/closed/);
    expect(await tableSnapshot(t)).toEqual(before);
    expect((await round(tok.atasan, id)).body.status).toBe('closed');
    const forms = await getJson(t, '/v1/performance/feedback-forms', tok.sd2);
    expect(forms.items.find((f: { roundId: string }) => f.roundId === id)).toMatchObject({
      status: 'closed',
      answered: false,
    });
  });
});
