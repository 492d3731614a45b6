import { ELEMENT_CODES } from '@pamong/core';
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
  tableSnapshot,
} from './helpers';

/**
 * Survey-driven evaluation (issue 14 §5) against DynamoDB Local: a survey unit is linked to the
 * org unit that serves its citizens; the unit's IKM for a performance period comes from the survey
 * counters with its grade, its respondents against the Krejcie-Morgan minimum and the organisation
 * predikat it suggests (none while indicative); rating the unit otherwise needs a written reason,
 * audited; the unit head's SKP carries the automatic "IKM unit ≥ target" item whose realisation is
 * read from the counters and cannot be typed; the unit's staff read the trend. Responses go in
 * through the public survey route on a fixed clock (November 2026).
 */
const SLUG = 'ikmkinerja';
let t: TestApi;
const clock = new Date('2026-11-10T02:00:00Z');

const USERS = ['admin', 'opd', 'opd2', 'kepala', 'kabid', 'kasd', 'staf1'] as const;
type User = (typeof USERS)[number];
const tok = {} as Record<User, string>;
const emp = {} as Record<'kepala' | 'kabid' | 'kasd' | 'staf1', string>;
let agencyId: string;
const unit = {} as Record<'sekretariat' | 'layanan' | 'sd' | 'gizi', string>;
let loket: { id: string; version: number };
let loketAgency: { id: string };
let strangerToken: string;

const YEAR = { start: '2026-01', end: '2026-12' };
const Q4 = { start: '2026-10', end: '2026-12' };
const q = (p: { start: string; end: string }) => `${p.start}/${p.end}`;
const ok = (res: Res, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
};
const allFour = Object.fromEntries(ELEMENT_CODES.map((c) => [c, 4]));
const threes = Object.fromEntries(ELEMENT_CODES.map((c) => [c, 3]));
const RESPONDENT = { gender: 'P', age: 31, education: 'D4-S1', occupation: 'Swasta' };

async function respond(unitId: string, answers: Record<string, number>, n: number) {
  for (let i = 0; i < n; i++) {
    ok(
      await t.call('POST', `/v1/public/${SLUG}/survey-units/${unitId}/responses`, {
        body: { answers, respondent: RESPONDENT },
      }),
      201,
    );
  }
}
const orgIkm = (who: User, query: string) =>
  t.call('GET', `/v1/performance/org-ikm?${query}`, { token: tok[who] });
const rate = (who: User, body: Record<string, unknown>) =>
  t.call('POST', '/v1/performance/org-ratings', { token: tok[who], body });

beforeAll(async () => {
  t = await createTestApi({ now: () => clock });
  const created = await createTenantViaApi(t, SLUG);
  tok.admin = created.adminToken;
  const agency = await createAgency(t, tok.admin, 'Dinas Kependudukan');
  agencyId = agency.id;
  const other = await createAgency(t, tok.admin, 'Dinas Kesehatan');
  unit.sekretariat = (await createUnit(t, tok.admin, agencyId, 'Sekretariat')).id;
  unit.layanan = (await createUnit(t, tok.admin, agencyId, 'Bidang Pelayanan')).id;
  unit.sd = (await createUnit(t, tok.admin, agencyId, 'Bidang Data')).id;
  unit.gizi = (await createUnit(t, tok.admin, other.id, 'Seksi Gizi')).id;
  const position = (unitId: string, name: string, type: string, positionClass: number) =>
    createPosition(t, tok.admin, agencyId, { unitId, name, type, positionClass });
  const people: ['kepala' | 'kabid' | 'kasd' | 'staf1', string, string, string?][] = [
    [
      'kepala',
      'Hasan Basri',
      unit.sekretariat,
      await position(unit.sekretariat, 'Kepala Dinas', 'JPT_PRATAMA', 14),
    ],
    [
      'kabid',
      'Agus Pratama',
      unit.layanan,
      await position(unit.layanan, 'Kepala Bidang Pelayanan', 'ADMINISTRATOR', 12),
    ],
    ['kasd', 'Rina Marlina', unit.sd, await position(unit.sd, 'Kepala Bidang Data', 'ADMINISTRATOR', 12)],
    ['staf1', 'Sari Wulandari', unit.layanan],
  ];
  let sequence = 1;
  for (const [key, name, unitId, positionId] of people) {
    const res = ok(
      await t.call('POST', '/v1/employees', {
        token: tok.admin,
        body: employeeBody({ name, agencyId, unitId, sequence: sequence++, positionId }),
      }),
      201,
    );
    emp[key] = res.id as string;
    await createUser(t, tok.admin, {
      username: key,
      name,
      role: key === 'staf1' ? 'employee' : 'supervisor',
      agencyId,
      employeeId: res.id,
    });
  }
  await createUser(t, tok.admin, { username: 'opd', role: 'agency-admin', agencyId });
  await createUser(t, tok.admin, { username: 'opd2', role: 'agency-admin', agencyId: other.id });
  for (const u of USERS.filter((u) => u !== 'admin')) tok[u] = await t.loginAs(SLUG, u);
  strangerToken = (await createTenantViaApi(t, 'ikmlain')).adminToken;
  const settings = ok(await t.call('GET', '/v1/surveys/settings', { token: tok.admin }));
  ok(
    await t.call('PUT', '/v1/surveys/settings', {
      token: tok.admin,
      body: { rateLimitPerHour: 100_000, version: settings.version },
    }),
  );
  // The counter of Bidang Pelayanan, and one of the agency as a whole (not linked to a unit).
  loket = ok(
    await t.call('POST', '/v1/surveys/units', {
      token: tok.admin,
      body: { agencyId, name: 'Loket KTP-el' },
    }),
    201,
  );
  loketAgency = ok(
    await t.call('POST', '/v1/surveys/units', {
      token: tok.admin,
      body: { agencyId, name: 'Layanan Informasi', orgUnitId: null },
    }),
    201,
  );
  await respond(loketAgency.id, threes, 2);
}, 180_000);

describe('linking a survey unit to the org unit it serves', () => {
  it('refuses a unit of another agency or an unknown one at orgUnitId, writing nothing', async () => {
    const before = await tableSnapshot(t);
    for (const orgUnitId of [unit.gizi, '01JZZZZZZZZZZZZZZZZZZZZZZZ']) {
      expectProblem(
        await t.call('POST', '/v1/surveys/units', {
          token: tok.admin,
          body: { agencyId, name: 'Loket Lain', orgUnitId },
        }),
        400,
        'validation',
        ['orgUnitId'],
      );
      expectProblem(
        await t.call('PATCH', `/v1/surveys/units/${loket.id}`, {
          token: tok.admin,
          body: { orgUnitId, version: loket.version },
        }),
        400,
        'validation',
        ['orgUnitId'],
      );
    }
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('links an existing unit, names the org unit, and audits the change', async () => {
    const linked = ok(
      await t.call('PATCH', `/v1/surveys/units/${loket.id}`, {
        token: tok.opd,
        body: { orgUnitId: unit.layanan, version: loket.version },
      }),
    );
    expect(linked).toMatchObject({ orgUnitId: unit.layanan, orgUnitName: 'Bidang Pelayanan' });
    loket = linked;
    const audit = await getJson(t, `/v1/audit?entityType=surveyUnit&entityId=${loket.id}`, tok.admin);
    const entry = audit.items.find((a: { action: string }) => a.action === 'surveyUnit.update');
    expect(entry.changes.orgUnitId).toEqual({ before: null, after: unit.layanan });
    const listed = await getJson(t, `/v1/surveys/units?agencyId=${agencyId}`, tok.opd);
    expect(
      listed.items.map((u: { name: string; orgUnitName: string | null }) => [u.name, u.orgUnitName]).sort(),
    ).toEqual([
      ['Layanan Informasi', null],
      ['Loket KTP-el', 'Bidang Pelayanan'],
    ]);
  });
});

describe('getOrganisationIkm', () => {
  it('reads an indicative IKM while the population is unknown, and suggests nothing', async () => {
    await respond(loket.id, allFour, 10);
    const body = ok(await orgIkm('kepala', `unitId=${unit.layanan}&period=${q(YEAR)}`));
    expect(body).toMatchObject({
      org: { kind: 'unit', id: unit.layanan, agencyId, name: 'Bidang Pelayanan' },
      period: YEAR,
      surveyUnits: [{ id: loket.id, name: 'Loket KTP-el' }],
      evaluation: {
        ikm: 100,
        grade: 'A',
        respondents: 10,
        population: null,
        minimumSample: null,
        indicative: true,
        suggestedPredikat: null,
      },
    });
    expect(body.months).toHaveLength(12);
    expect(body.months.find((m: { month: string }) => m.month === '2026-11')).toEqual({
      month: '2026-11',
      ikm: 100,
      grade: 'A',
      respondents: 10,
    });
    expect(body.months.find((m: { month: string }) => m.month === '2026-10').respondents).toBe(0);
  });

  it('suggests the predikat once the sample meets the Krejcie-Morgan minimum, and not below it', async () => {
    // N = 10 needs all 10 (Krejcie-Morgan); N = 15 needs 14, so 10 answers are indicative.
    ok(
      await t.call('PUT', `/v1/surveys/units/${loket.id}/population/2026`, {
        token: tok.opd,
        body: { population: 15 },
      }),
    );
    const short = ok(await orgIkm('kepala', `unitId=${unit.layanan}&period=${q(YEAR)}`));
    expect(short.evaluation).toMatchObject({
      population: 15,
      minimumSample: 14,
      indicative: true,
      suggestedPredikat: null,
    });
    ok(
      await t.call('PUT', `/v1/surveys/units/${loket.id}/population/2026`, {
        token: tok.opd,
        body: { population: 10 },
      }),
    );
    const full = ok(await orgIkm('kepala', `unitId=${unit.layanan}&period=${q(YEAR)}`));
    expect(full.evaluation).toMatchObject({
      population: 10,
      minimumSample: 10,
      indicative: false,
      suggestedPredikat: 'ISTIMEWA',
    });
    // The quarter has no population of its own: indicative again.
    const quarter = ok(await orgIkm('kepala', `unitId=${unit.layanan}&period=${q(Q4)}`));
    expect(quarter.evaluation).toMatchObject({ respondents: 10, indicative: true, suggestedPredikat: null });
  });

  it('counts every survey unit of an agency, and nothing for a unit without a link', async () => {
    const agency = ok(await orgIkm('opd', `agencyId=${agencyId}&period=${q(YEAR)}`));
    expect(agency.surveyUnits.map((u: { name: string }) => u.name).sort()).toEqual([
      'Layanan Informasi',
      'Loket KTP-el',
    ]);
    expect(agency.evaluation.respondents).toBe(12);
    const none = ok(await orgIkm('kepala', `unitId=${unit.sd}&period=${q(YEAR)}`));
    expect(none).toMatchObject({ surveyUnits: [], evaluation: null, months: [] });
  });

  it("lets the unit's staff read the trend, and keeps other agencies and tenants out", async () => {
    expect(ok(await orgIkm('staf1', `unitId=${unit.layanan}&period=${q(YEAR)}`)).evaluation.ikm).toBe(100);
    expectProblem(
      await orgIkm('opd2', `unitId=${unit.layanan}&agencyId=${agencyId}&period=${q(YEAR)}`),
      403,
      'forbidden',
    );
    expectProblem(
      await t.call('GET', `/v1/performance/org-ikm?unitId=${unit.layanan}&period=${q(YEAR)}`, {
        token: strangerToken,
      }),
      404,
      'not-found',
    );
  });

  it('answers bad queries with the field named', async () => {
    expectProblem(await orgIkm('kepala', `period=${q(YEAR)}`), 400, 'validation', ['unitId']);
    expectProblem(await orgIkm('kepala', `unitId=${unit.layanan}&period=2026`), 400, 'validation', [
      'period',
    ]);
    expectProblem(await orgIkm('kepala', `unitId=${unit.layanan}`), 400, 'validation', ['period']);
  });
});

describe('rateOrganisation with the IKM', () => {
  it('needs a written reason to depart from the suggestion, and writes nothing without one', async () => {
    const before = await tableSnapshot(t);
    const res = await rate('kepala', { unitId: unit.layanan, period: YEAR, predikat: 'BAIK' });
    expectProblem(res, 400, 'validation', ['reason']);
    expect(res.body.detail).toContain('ISTIMEWA');
    expectProblem(
      await rate('kepala', { unitId: unit.layanan, period: YEAR, predikat: 'BAIK', reason: '   ' }),
      400,
      'validation',
      ['reason'],
    );
    expect(await tableSnapshot(t)).toEqual(before);
  });

  it('records the choice with its reason and the IKM it departed from, audited', async () => {
    const reason = 'Dua keluhan besar tentang antrean yang tidak tertangkap survei';
    const body = ok(
      await rate('kepala', { unitId: unit.layanan, period: YEAR, predikat: 'BAIK', reason }),
      201,
    );
    expect(body).toMatchObject({
      predikat: 'BAIK',
      reason,
      ikm: { ikm: 100, grade: 'A', indicative: false, suggestedPredikat: 'ISTIMEWA' },
    });
    const audit = await getJson(t, `/v1/audit?entityType=orgRating&entityId=${unit.layanan}`, tok.admin);
    expect(audit.items[0].changes).toMatchObject({
      predikat: { before: null, after: 'BAIK' },
      reason: { before: null, after: reason },
      suggestedPredikat: { before: null, after: 'ISTIMEWA' },
    });
    // Following the suggestion needs no reason.
    const again = ok(await rate('kepala', { unitId: unit.layanan, period: YEAR, predikat: 'ISTIMEWA' }), 200);
    expect(again).toMatchObject({ predikat: 'ISTIMEWA', reason: null, version: 2 });
  });

  it('needs no reason while the IKM is indicative or there is no linked survey unit', async () => {
    ok(await rate('kepala', { unitId: unit.layanan, period: Q4, predikat: 'BAIK' }), 201);
    const sd = ok(await rate('kepala', { unitId: unit.sd, period: YEAR, predikat: 'BAIK' }), 201);
    expect(sd.ikm).toBeNull();
  });
});

describe("the service unit head's automatic IKM item", () => {
  let skpId: string;

  it("starts the head's SKP with IKM unit ≥ the tenant's target, and not another head's", async () => {
    const settings = ok(await t.call('GET', '/v1/performance/settings', { token: tok.admin }));
    expect(settings.ikmTarget).toBe(76.61);
    expectProblem(
      await t.call('PATCH', '/v1/performance/settings', {
        token: tok.admin,
        body: { ikmTarget: 101, version: settings.version },
      }),
      400,
      'validation',
      ['ikmTarget'],
    );
    ok(
      await t.call('PATCH', '/v1/performance/settings', {
        token: tok.admin,
        body: { ikmTarget: 80, version: settings.version },
      }),
    );
    const created = ok(
      await t.call('POST', '/v1/performance/skps', { token: tok.kabid, body: { period: YEAR } }),
      201,
    );
    skpId = created.id;
    expect(created.items).toEqual([
      expect.objectContaining({
        text: 'IKM unit ≥ 80',
        source: 'ikm',
        indicators: [expect.objectContaining({ target: { kind: 'quality', value: 80, unit: 'IKM' } })],
      }),
    ]);
    const other = ok(
      await t.call('POST', '/v1/performance/skps', { token: tok.kasd, body: { period: YEAR } }),
      201,
    );
    expect(other.items).toEqual([]);
    const staff = ok(
      await t.call('POST', '/v1/performance/skps', { token: tok.staf1, body: { period: YEAR } }),
      201,
    );
    expect(staff.items).toEqual([]);
  });

  it('keeps the item on the plan and fills its realisation from the counters, never typed', async () => {
    const draft = ok(await t.call('GET', `/v1/performance/skps/${skpId}`, { token: tok.kabid }));
    const ikmItem = draft.items[0];
    expectProblem(
      await t.call('PUT', `/v1/performance/skps/${skpId}/plan`, {
        token: tok.kabid,
        body: {
          items: [{ text: 'Antrean KTP-el selesai hari itu', indicators: ikmItem.indicators }],
          behaviourExpectations: {},
          version: draft.version,
        },
      }),
      400,
      'validation',
      ['items'],
    );
    // Nor may its target move: the target is the tenant's setting.
    expectProblem(
      await t.call('PUT', `/v1/performance/skps/${skpId}/plan`, {
        token: tok.kabid,
        body: {
          items: [
            {
              id: ikmItem.id,
              text: ikmItem.text,
              indicators: [{ ...ikmItem.indicators[0], target: { kind: 'quality', value: 60, unit: 'IKM' } }],
            },
          ],
          behaviourExpectations: {},
          version: draft.version,
        },
      }),
      400,
      'validation',
      ['items.0'],
    );
    const plan = ok(
      await t.call('PUT', `/v1/performance/skps/${skpId}/plan`, {
        token: tok.kabid,
        body: {
          items: [
            { id: ikmItem.id, text: ikmItem.text, indicators: ikmItem.indicators },
            {
              text: 'Antrean KTP-el selesai hari itu',
              indicators: [
                { text: 'Permohonan selesai', target: { kind: 'quantity', value: 95, unit: '%' } },
              ],
            },
          ],
          behaviourExpectations: {},
          version: draft.version,
        },
      }),
    );
    const submitted = ok(
      await t.call('POST', `/v1/performance/skps/${skpId}/submit`, {
        token: tok.kabid,
        body: { version: plan.version },
      }),
    );
    ok(
      await t.call('POST', `/v1/performance/skps/${skpId}/approve`, {
        token: tok.kepala,
        body: { version: submitted.version },
      }),
    );
    const detail = ok(await t.call('GET', `/v1/performance/skps/${skpId}`, { token: tok.kabid }));
    const fromSurvey = detail.realisations.filter((r: { source: string }) => r.source === 'survey');
    expect(
      fromSurvey.map((r: { period: unknown; value: number; itemId: string }) => [
        r.itemId,
        r.period,
        r.value,
      ]),
    ).toEqual([
      [ikmItem.id, Q4, 100],
      [ikmItem.id, YEAR, 100],
    ]);
    expectProblem(
      await t.call('POST', `/v1/performance/skps/${skpId}/realisations`, {
        token: tok.kabid,
        body: { itemId: ikmItem.id, period: Q4, value: 90, evidence: [] },
      }),
      409,
      'conflict',
    );
  });
});
