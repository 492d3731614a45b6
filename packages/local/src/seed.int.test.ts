import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { monthIn, monthsBetween } from '@pamong/core';
import { countDynamoCalls } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createApi } from '../../../functions/registry';
import { freshTable, TEST_CURSOR_SECRET } from '../../../tests/support/dynamo';
import { announcementCount, demoApplicants } from './demo-applicants';
import { previousMonth } from './demo-attendance';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TENANTS, PLATFORM_ADMIN } from './demo-data';
import { demoLeave, demoStaff } from './demo-leave';
import { demoPerformance } from './demo-performance';
import { demoPersonnel } from './demo-personnel';
import { demoRecruitment } from './demo-recruitment';
import { demoRoster } from './demo-shifts';
import { DEMO_SURVEY_MONTHS, DEMO_SURVEY_UNITS } from './demo-surveys';
import { createLocalDeps, type LocalDeps } from './deps';
import { bootstrapPlatformAdmin, SeedError, type SeedReport, seedDemo } from './seed';
import { tenantToday } from './seed-personnel';

const WRITE_COMMANDS = ['Put', 'Update', 'Delete', 'TransactWrite', 'BatchWrite'];

function countUnits(units: { children?: unknown[] }[]): number {
  return units.reduce((n, u) => n + 1 + countUnits((u.children ?? []) as { children?: unknown[] }[]), 0);
}

describe('seedDemo', () => {
  let deps: LocalDeps;
  let api: ReturnType<typeof createApi>;
  let tableName: string;
  let first: SeedReport;

  /** Every item of the test's own table (a test may scan; runtime code never does). */
  async function allItems(): Promise<Record<string, unknown>[]> {
    const doc = deps.stores.platform().doc;
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await doc.send(
        new ScanCommand({ TableName: tableName, ExclusiveStartKey: start, ConsistentRead: true }),
      );
      items.push(...((out.Items ?? []) as Record<string, unknown>[]));
      start = out.LastEvaluatedKey;
    } while (start);
    return items;
  }

  async function login(tenant: string, username: string, password = DEMO_PASSWORD) {
    const res = await api.request('/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant, username, password }),
    });
    return {
      status: res.status,
      body: (await res.json()) as { token: string; user: { role: string; agencyId: string | null } },
    };
  }

  async function get<T>(path: string, token: string): Promise<T> {
    const res = await api.request(path, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  }

  beforeAll(async () => {
    const t = await freshTable();
    tableName = t.tableName;
    deps = await createLocalDeps({
      endpoint: t.endpoint,
      tableName,
      cursorSecret: TEST_CURSOR_SECRET,
      logLevel: 'SILENT',
    });
    api = createApi(deps);
    // The seed goes through no request: the request log stays empty, so the console shows only
    // start-up's few progress lines.
    const logged = vi.spyOn(deps.logger, 'info');
    first = await seedDemo(deps);
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  }, 600_000);

  it('creates the platform admin, the three tenants, their agencies, units and demo users', async () => {
    const responses = (await allItems()).filter((i) => i.type === 'SURVEY_RESPONSE').length;
    const plans = DEMO_TENANTS.map((t) => demoPersonnel(t, tenantToday(deps.now(), t.timeZone)));
    const sum = (fn: (p: (typeof plans)[number]) => number) => plans.reduce((n, p) => n + fn(p), 0);
    const performance = DEMO_TENANTS.map((t, i) =>
      demoPerformance(t, demoStaff(plans[i]!, t.demoAgencyCode), tenantToday(deps.now(), t.timeZone)),
    );
    const perf = (fn: (p: (typeof performance)[number]) => number) =>
      performance.reduce((n, p) => n + fn(p), 0);
    const recruitment = DEMO_TENANTS.map((t, i) =>
      demoRecruitment(t, plans[i]!, tenantToday(deps.now(), t.timeZone)),
    );
    const applicants = DEMO_TENANTS.map((t, i) =>
      demoApplicants(t, recruitment[i]!.rounds, tenantToday(deps.now(), t.timeZone)),
    );
    expect(first.created).toEqual({
      applicants: applicants.reduce((n, p) => n + p.applicants.length, 0),
      applications: applicants.reduce((n, p) => n + p.applicants.length, 0),
      announcements: applicants.reduce((n, p) => n + announcementCount(p), 0),
      recruitmentRounds: recruitment.reduce((n, p) => n + p.rounds.length, 0),
      formations: recruitment.reduce((n, p) => n + p.rounds.reduce((m, r) => m + r.formations.length, 0), 0),
      competencies: sum((p) => p.competencies.length),
      positions: sum((p) => p.positions.length),
      employees: sum((p) => p.employees.length),
      trainings: sum((p) => p.trainings.length),
      enrolments: sum((p) => p.trainings.reduce((n, t) => n + t.enrolments.length, 0)),
      completions: sum((p) =>
        p.trainings.reduce((n, t) => n + t.enrolments.filter((x) => x.completion).length, 0),
      ),
      mentors: sum((p) => p.mentors.length),
      mentorships: sum((p) => p.mentorships.length),
      platformAdmins: 1,
      tenants: 3,
      agencies: DEMO_TENANTS.reduce((n, t) => n + t.agencies.length, 0),
      units: DEMO_TENANTS.reduce((n, t) => n + t.agencies.reduce((m, a) => m + countUnits(a.units), 0), 0),
      users: DEMO_TENANTS.reduce((n, t) => n + t.users.length, 0),
      surveyUnits: Object.values(DEMO_SURVEY_UNITS).reduce((n, units) => n + units.length, 0),
      surveyResponses: responses,
      workLocations: DEMO_TENANTS.reduce((n, t) => n + t.agencies.length, 0),
      attendanceMonths: DEMO_TENANTS.reduce(
        (n, t, i) => n + plans[i]!.employees.filter((e) => e.agencyCode === t.demoAgencyCode).length,
        0,
      ),
      leaveRequests: DEMO_TENANTS.reduce(
        (n, t, i) =>
          n +
          demoLeave(t, demoStaff(plans[i]!, t.demoAgencyCode), tenantToday(deps.now(), t.timeZone)).requests
            .length,
        0,
      ),
      delegations: DEMO_TENANTS.length,
      skps: perf((p) => p.lastYear.skps.length + p.thisYear.skps.length),
      skpRealisations: perf((p) => p.lastYear.skps.reduce((n, s) => n + s.realisations.length, 0)),
      skpAssessments: perf((p) => p.lastYear.skps.length),
      orgRatings: perf((p) => p.lastYear.ratings.length),
      feedbackRounds: perf((p) => p.rounds.length),
      feedbackAnswers: perf((p) => p.rounds.reduce((n, r) => n + r.answers.length, 0)),
      rosterShifts: DEMO_TENANTS.reduce(
        (n, t, i) =>
          n +
          demoRoster(
            t,
            demoStaff(plans[i]!, t.shiftService.agencyCode),
            tenantToday(deps.now(), t.timeZone).slice(0, 7),
          ).shifts.length,
        0,
      ),
    });
    expect(responses).toBeGreaterThan(1000);
    expect(Object.values(first.existed).every((n) => n === 0)).toBe(true);
    // Scanning the whole table takes most of this on a busy two-core machine.
  }, 90_000);

  it('a second run reads only: no write call, the same items, everything reported as existing', async () => {
    const before = await allItems();
    const { result: second, calls } = await countDynamoCalls(() => seedDemo(deps));
    const writes = Object.entries(calls.byCommand).filter(([cmd]) => WRITE_COMMANDS.includes(cmd));
    expect(writes).toEqual([]);
    expect(calls.total).toBeGreaterThan(0);
    expect(second.existed).toEqual(first.created);
    expect(Object.values(second.created).every((n) => n === 0)).toBe(true);
    const after = await allItems();
    expect(after.length).toBe(before.length);
    const byKey = (items: Record<string, unknown>[]) =>
      items.map((i) => JSON.stringify(i, Object.keys(i).sort())).sort();
    expect(byKey(after)).toEqual(byKey(before));
  }, 360_000);

  it('every listed demo account logs in with the demo password and has its role', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const res = await login(account.tenant, account.username);
      expect(res.status, `${account.tenant}/${account.username}`).toBe(200);
      expect(res.body.user.role).toBe(account.role);
    }
  });

  it('puts the agency-level demo users in the tenant education agency, with a Sekretariat sub-unit', async () => {
    for (const t of DEMO_TENANTS) {
      const { body } = await login(t.slug, t.admin.username);
      const agencies = await get<{ items: { id: string; name: string; code?: string }[] }>(
        '/v1/agencies?limit=100',
        body.token,
      );
      const names = agencies.items.map((a) => a.name).sort();
      expect(names).toEqual(t.agencies.map((a) => a.name).sort());
      const education = agencies.items.find((a) => a.code === t.demoAgencyCode)!;
      expect(education.name).toMatch(/^Dinas Pendidikan/);
      for (const u of t.users) {
        expect((await login(t.slug, u.username)).body.user.agencyId).toBe(education.id);
      }
      const units = await get<{ items: { id: string; name: string; parentUnitId: string | null }[] }>(
        `/v1/agencies/${education.id}/units?limit=100`,
        body.token,
      );
      const sekretariat = units.items.find((u) => u.name === 'Sekretariat' && u.parentUnitId === null)!;
      expect(units.items.find((u) => u.name === 'Subbagian Umum dan Kepegawaian')?.parentUnitId).toBe(
        sekretariat.id,
      );
    }
  });

  it('gives every demo survey unit months of responses, verified ones where codes are required', async () => {
    for (const t of DEMO_TENANTS) {
      const { body } = await login(t.slug, t.admin.username);
      const units = await get<{ items: { id: string; name: string; verification: string }[] }>(
        '/v1/surveys/units?limit=100',
        body.token,
      );
      expect(units.items.map((u) => u.name).sort()).toEqual(
        (DEMO_SURVEY_UNITS[t.slug] ?? []).map((u) => u.name).sort(),
      );
      const now = deps.now();
      const to = monthIn(now, t.timeZone);
      const from = monthsBetween('2000-01', to).at(-DEMO_SURVEY_MONTHS)!;
      for (const unit of units.items) {
        const trend = await get<{ months: { period: string; respondents: number; ikm: number | null }[] }>(
          `/v1/surveys/units/${unit.id}/trend?from=${from}&to=${to}`,
          body.token,
        );
        expect(trend.months.map((m) => m.period)).toEqual(monthsBetween(from, to));
        for (const m of trend.months) {
          expect(m.respondents, `${unit.name} ${m.period}`).toBeGreaterThanOrEqual(14);
          expect(m.ikm).not.toBeNull();
        }
        if (unit.verification === 'required') {
          const report = await get<{ ikm: { respondents: number }; verifiedRespondents: number }>(
            `/v1/surveys/units/${unit.id}/report?period=${to}`,
            body.token,
          );
          expect(report.verifiedRespondents).toBe(report.ikm.respondents);
        }
      }
    }
  });

  it('links the demo supervisor and employee to their employee records, and fills the personnel lists', async () => {
    for (const t of DEMO_TENANTS) {
      for (const username of ['kepala', 'atasan', 'pegawai']) {
        const { body } = await login(t.slug, username);
        const me = await get<{ name: string; agencyId: string }>('/v1/personnel/me', body.token);
        expect(me.name).toBe(t.users.find((u) => u.username === username)!.name);
      }
      const admin = (await login(t.slug, t.admin.username)).body.token;
      const page = (path: string) => get<{ items: unknown[] }>(path, admin);
      expect(
        (await page('/v1/personnel/search?competency=MAN-INTEGRITAS:3&limit=25')).items.length,
      ).toBeGreaterThan(0);
      expect((await page('/v1/personnel/search?namePrefix=a&limit=5')).items.length).toBeGreaterThan(0);
      expect((await page('/v1/personnel/retirements?months=24')).items.length).toBeGreaterThan(0);
      expect(
        (await page(`/v1/personnel/promotions?asOf=${tenantToday(deps.now(), t.timeZone)}`)).items.length,
      ).toBeGreaterThan(0);
      expect((await page('/v1/personnel/training-shortfall')).items.length).toBeGreaterThan(0);
      expect((await page('/v1/mentoring/relationships')).items.length).toBeGreaterThan(0);
      // vacantOnly filters after the read, so a page may be empty with more to follow.
      let vacant = 0;
      let cursor: string | null = '';
      while (vacant === 0 && cursor !== null) {
        const q: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const p = await get<{ items: unknown[]; nextCursor: string | null }>(
          `/v1/positions?vacantOnly=true${q}`,
          admin,
        );
        vacant += p.items.length;
        cursor = p.nextCursor;
      }
      expect(vacant).toBeGreaterThan(0);
    }
  }, 60_000);

  it('gives each tenant an open CPNS round, a finished PPPK round and a draft, with their formasi', async () => {
    type Round = {
      id: string;
      name: string;
      kind: string;
      year: number;
      published: boolean;
      registrationStatus: string;
      formationCount: number;
      openings: number;
    };
    type Formation = {
      positionName: string;
      unitName: string;
      agencyName: string;
      track: string;
      openings: number;
    };
    for (const [i, t] of DEMO_TENANTS.entries()) {
      const today = tenantToday(deps.now(), t.timeZone);
      const plan = demoRecruitment(t, demoPersonnel(t, today), today);
      const admin = (await login(t.slug, t.admin.username)).body.token;
      const staff = await get<{ items: Round[] }>('/v1/recruitment/rounds?limit=100', admin);
      const summary = (r: Round) => [r.kind, r.year, r.published, r.registrationStatus, r.formationCount];
      expect(staff.items.map(summary).sort(), t.slug).toEqual(
        plan.rounds
          .map((r) => [
            r.body.kind,
            r.body.year,
            !!r.publishedAt,
            { open: 'open', finished: 'closed', draft: 'upcoming' }[r.state],
            r.formations.length,
          ])
          .sort(),
      );
      for (const r of plan.rounds) {
        const stored = staff.items.find((x) => x.name === r.body.name)!;
        expect(stored.openings).toBe(r.formations.reduce((n, f) => n + f.body.openings, 0));
        const detail = await get<{ formations: Formation[] }>(`/v1/recruitment/rounds/${stored.id}`, admin);
        expect(
          detail.formations.map((f) => [f.positionName, f.unitName, f.track, f.openings]).sort(),
        ).toEqual(
          r.formations.map((f) => [f.positionName, f.unitName, f.body.track, f.body.openings]).sort(),
        );
      }
      // The careers page: the two published rounds, the open one first; the draft is not there.
      const res = await api.request(`/v1/public/${t.slug}/recruitment/rounds`);
      expect(res.status).toBe(200);
      const pub = (await res.json()) as { items: { kind: string; status: string }[] };
      expect(
        pub.items.map((r) => [r.kind, r.status]),
        `${i}: ${t.slug}`,
      ).toEqual([
        ['CPNS', 'open'],
        ['PPPK', 'closed'],
      ]);
    }
  });

  it('gives each tenant demo applicants who log in with their NIK, applications in every state, and a corrected announcement', async () => {
    type Round = { id: string; kind: string };
    type Summary = { status: string; registrationNumber: string | null; objectionPending: boolean };
    for (const t of DEMO_TENANTS) {
      const today = tenantToday(deps.now(), t.timeZone);
      const rounds = demoRecruitment(t, demoPersonnel(t, today), today).rounds;
      const plan = demoApplicants(t, rounds, today);
      const admin = (await login(t.slug, t.admin.username)).body.token;
      const staff = await get<{ items: Round[] }>('/v1/recruitment/rounds?limit=100', admin);
      const statuses = async (roundId: string) => {
        const out: Record<string, number> = {};
        let cursor: string | undefined;
        do {
          const page = await get<{ items: Summary[]; nextCursor: string | null }>(
            `/v1/recruitment/rounds/${roundId}/applications?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
            admin,
          );
          for (const a of page.items) {
            out[a.status] = (out[a.status] ?? 0) + 1;
            expect(a.registrationNumber).toBeTruthy();
          }
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        return out;
      };
      const want = (code: string, submittedOnly: boolean) => {
        const out: Record<string, number> = {};
        for (const a of plan.applicants)
          if (a.application.roundCode === code && (!submittedOnly || a.application.finalStatus !== 'DRAFT'))
            out[a.application.finalStatus] = (out[a.application.finalStatus] ?? 0) + 1;
        return out;
      };
      const [open, finished] = rounds;
      const cpns = staff.items.find((r) => r.kind === 'CPNS')!;
      // Staff see the submitted ones only; drafts are the applicants' own.
      expect(await statuses(cpns.id), t.slug).toEqual(want(open!.body.code, true));
      const pppkRound = staff.items.filter((r) => r.kind === 'PPPK');
      const finishedId = (
        await Promise.all(pppkRound.map(async (r) => [r.id, await statuses(r.id)] as const))
      ).find(([, s]) => Object.keys(s).length > 0)![0];
      expect(await statuses(finishedId), t.slug).toEqual(want(finished!.body.code, true));

      // An applicant logs in with the NIK and the demo password, and sees the application.
      const drafter = plan.applicants.find((a) => a.application.finalStatus === 'DRAFT')!;
      const me = await login(t.slug, drafter.register.nik);
      expect(me.status, drafter.register.nik).toBe(200);
      expect(me.body.user.role).toBe('applicant');
      const mine = await get<{ items: { status: string; documents: unknown[] }[] }>(
        '/v1/recruitment/me/applications?limit=10',
        me.body.token,
      );
      expect(mine.items.map((a) => [a.status, a.documents.length])).toEqual([
        ['DRAFT', drafter.application.documents.length],
      ]);

      // Last year's administration announcement and its correction after the objection.
      const res = await api.request(`/v1/public/${t.slug}/recruitment/rounds/${finishedId}/announcements`);
      expect(res.status).toBe(200);
      const anns = (await res.json()) as {
        items: { stage: string; version: number; previousHash: string | null }[];
      };
      expect(anns.items.map((a) => [a.stage, a.version]).sort()).toEqual([
        ['ADMINISTRATION', 1],
        ['ADMINISTRATION_AFTER_OBJECTION', 2],
        ['FINAL', 5],
        ['SKB', 4],
        ['SKD', 3],
      ]);

      // Its exams: every MS applicant ranked, the SKB shortlist with final scores, one hired.
      type Entry = {
        skd: unknown;
        shortlisted: boolean;
        finalScore: number | null;
        withinOpenings: boolean;
        hired: { employeeId: string; nip: string } | null;
      };
      const ranking = await get<{ stale: boolean; formations: { openings: number; entries: Entry[] }[] }>(
        `/v1/recruitment/rounds/${finishedId}/ranking`,
        admin,
      );
      expect(ranking.stale).toBe(false);
      const entries = ranking.formations.flatMap((f) => f.entries);
      expect(entries).toHaveLength(
        plan.applicants.filter(
          (a) => a.application.roundCode === finished!.body.code && a.application.finalStatus === 'MS',
        ).length,
      );
      expect(entries.filter((e) => e.skd === null)).toHaveLength(ranking.formations.length);
      for (const f of ranking.formations)
        expect(f.entries.filter((e) => e.withinOpenings).length).toBe(f.openings);
      expect(entries.filter((e) => e.shortlisted).every((e) => e.finalScore !== null)).toBe(true);
      const hired = entries.filter((e) => e.hired);
      expect(hired).toHaveLength(1);
      const employee = await get<{ employmentType: string; nip: string; recruitment: { roundId: string } }>(
        `/v1/employees/${hired[0]!.hired!.employeeId}`,
        admin,
      );
      expect(employee).toMatchObject({
        employmentType: 'PPPK',
        nip: hired[0]!.hired!.nip,
        recruitment: { roundId: finishedId },
      });
    }
  }, 120_000);

  it('gives the demo agency leave in every state, each in the inbox of who acts next, and a Plh', async () => {
    type Leave = {
      id: string;
      employeeId: string;
      employmentType: string;
      status: string;
      type: string;
      startDate: string;
      endDate: string;
      steps: {
        step: string;
        actorName: string | null;
        onBehalfOfName: string | null;
        delegationKind: string | null;
      }[];
    };
    for (const t of DEMO_TENANTS) {
      const token = async (u: string) => (await login(t.slug, u)).body.token;
      const [opd, kepala, atasan, pegawai] = await Promise.all(
        ['opd.admin', 'kepala', 'atasan', 'pegawai'].map(token),
      );
      const all = await get<{ items: Leave[] }>('/v1/attendance/leave/requests?view=agency&limit=100', opd!);
      const count = (status: string) => all.items.filter((r) => r.status === status).length;
      expect(
        Object.fromEntries(
          [
            'AWAITING_RECOMMENDATION',
            'AWAITING_DECISION',
            'APPROVED',
            'CHANGED',
            'DEFERRED',
            'REJECTED',
            'CANCELLED',
          ].map((s) => [s, count(s)]),
        ),
        t.slug,
      ).toEqual({
        AWAITING_RECOMMENDATION: 1,
        AWAITING_DECISION: 1,
        APPROVED: 4,
        CHANGED: 1,
        DEFERRED: 1,
        REJECTED: 1,
        CANCELLED: 1,
      });
      expect(new Set(all.items.map((r) => r.employmentType))).toEqual(new Set(['PNS', 'PPPK']));
      const inbox = (tok: string) =>
        get<{ items: Leave[] }>('/v1/attendance/leave/requests?view=inbox', tok).then((p) =>
          p.items.map((r) => r.status),
        );
      expect(await inbox(atasan!)).toEqual(['AWAITING_RECOMMENDATION']);
      expect(await inbox(kepala!)).toEqual(['AWAITING_DECISION']);

      // pegawai: one approved annual leave last month, reserved on the balance, and nothing ahead.
      const today = tenantToday(deps.now(), t.timeZone);
      const pm = previousMonth(today);
      const own = await get<{ items: Leave[] }>('/v1/attendance/leave/requests?view=mine', pegawai!);
      expect(own.items.map((r) => [r.status, r.type, r.startDate.slice(0, 7)])).toEqual([
        ['APPROVED', 'TAHUNAN', pm],
      ]);
      const balance = await get<{ ledger: { kind: string; days: number }[] }>(
        `/v1/attendance/leave/balance?year=${pm.slice(0, 4)}`,
        pegawai!,
      );
      expect(balance.ledger.map((l) => [l.kind, l.days])).toEqual([
        ['grant', 12],
        ['reserve', -2],
      ]);
      // The deferred leave's days went back: grant, reserve, release.
      const deferred = all.items.find((r) => r.status === 'DEFERRED')!;
      const released = await get<{ ledger: { kind: string }[] }>(
        `/v1/attendance/leave/balance?employeeId=${deferred.employeeId}&year=${deferred.startDate.slice(0, 4)}`,
        opd!,
      );
      expect(released.ledger.map((l) => l.kind)).toEqual(['grant', 'reserve', 'release']);

      // The Plh: a past week, a decree, and a decision "Plh for" the head.
      const delegations = await get<{
        items: { kind: string; decreeNumber: string | null; endDate: string; principal: { name: string } }[];
      }>('/v1/attendance/leave/delegations', opd!);
      expect(delegations.items).toHaveLength(1);
      const plh = delegations.items[0]!;
      expect(plh).toMatchObject({
        kind: 'PLH',
        principal: { name: t.users.find((u) => u.username === 'kepala')!.name },
      });
      expect(plh.decreeNumber).toMatch(/^800\./);
      expect(plh.endDate < today).toBe(true);
      const byPlh = all.items.flatMap((r) => r.steps).filter((s) => s.delegationKind === 'PLH');
      expect(byPlh).toHaveLength(1);
      expect(byPlh[0]).toMatchObject({ step: 'decision', onBehalfOfName: plh.principal.name });

      // Last month's calendar and recap show the leave; its punches leave those days out.
      const agencyId = (await login(t.slug, 'opd.admin')).body.user.agencyId!;
      const calendar = await get<{ items: { employeeId: string; status: string }[] }>(
        `/v1/attendance/leave/calendar?month=${pm}`,
        opd!,
      );
      expect(calendar.items.length).toBeGreaterThanOrEqual(3);
      const recap = await get<{
        items: { employeeId: string; leaveDays: Record<string, number>; presentDays: number }[];
      }>(`/v1/attendance/recap?agencyId=${agencyId}&month=${pm}&limit=100`, opd!);
      const onLeave = recap.items.filter((r) => Object.keys(r.leaveDays).length > 0);
      expect(onLeave.length).toBeGreaterThanOrEqual(3);
      const pegawaiId = own.items[0]!.employeeId;
      expect(recap.items.find((r) => r.employeeId === pegawaiId)?.leaveDays).toEqual({ TAHUNAN: 2 });
    }
  }, 60_000);

  it("gives the education agency last year's assessed SKPs, this year's plans in every state, and 360 rounds", async () => {
    type Summary = { id: string; employeeName: string; status: string; period: { start: string } };
    for (const t of DEMO_TENANTS) {
      const token = async (u: string) => (await login(t.slug, u)).body.token;
      const [opd, kepala, atasan, pegawai] = await Promise.all(
        ['opd.admin', 'kepala', 'atasan', 'pegawai'].map(token),
      );
      const year = Number(tenantToday(deps.now(), t.timeZone).slice(0, 4));
      const statuses = (items: Summary[]) => {
        const n: Record<string, number> = {};
        for (const s of items) n[s.status] = (n[s.status] ?? 0) + 1;
        return n;
      };

      // pegawai: last year's approved SKP with a year of realisation, and this year's draft.
      const mine = await get<{ items: Summary[] }>('/v1/performance/skps?scope=mine', pegawai!);
      expect(
        mine.items.map((s) => [s.period.start, s.status]),
        t.slug,
      ).toEqual([
        [`${year}-01`, 'draft'],
        [`${year - 1}-01`, 'approved'],
      ]);
      const last = await get<{ items: unknown[]; realisations: unknown[]; can: { submit: boolean } }>(
        `/v1/performance/skps/${mine.items[1]!.id}`,
        pegawai!,
      );
      expect(last.realisations.length).toBe(last.items.length * 4);
      const draft = await get<{ can: { submit: boolean } }>(
        `/v1/performance/skps/${mine.items[0]!.id}`,
        pegawai!,
      );
      expect(draft.can.submit).toBe(true);

      // atasan approves some of this year's plans; last year's are all approved. kepala has one.
      const team = await get<{ items: Summary[] }>('/v1/performance/skps?scope=team&limit=100', atasan!);
      expect(statuses(team.items).submitted, t.slug).toBeGreaterThanOrEqual(3);
      const lastTeam = await get<{ items: Summary[] }>(
        `/v1/performance/skps?scope=team&year=${year - 1}&limit=100`,
        atasan!,
      );
      expect(Object.keys(statuses(lastTeam.items))).toEqual(['approved']);
      const kepalaTeam = await get<{ items: Summary[] }>(
        '/v1/performance/skps?scope=team&limit=100',
        kepala!,
      );
      expect(statuses(kepalaTeam.items).submitted, t.slug).toBe(1);

      // Last year's assessments are finalised within the agency's caps, its units rated.
      const agencyId = (await login(t.slug, 'opd.admin')).body.user.agencyId!;
      const period = `${year - 1}-01/${year - 1}-12`;
      const distribution = await get<{ status: string; finalised: boolean; total: number }>(
        `/v1/performance/assessments/distribution?agencyId=${agencyId}&period=${period}`,
        opd!,
      );
      expect(distribution).toMatchObject({ status: 'ok', finalised: true });
      const today = tenantToday(deps.now(), t.timeZone);
      const plan = demoPerformance(t, demoStaff(demoPersonnel(t, today), t.demoAgencyCode), today);
      expect(distribution.total).toBe(plan.lastYear.skps.length);
      const ratings = await get<{ items: { kind: string; predikat: string }[] }>(
        `/v1/performance/org-ratings?period=${period}`,
        opd!,
      );
      expect(ratings.items.filter((r) => r.kind === 'agency')).toHaveLength(1);
      expect(ratings.items.filter((r) => r.kind === 'unit').length).toBeGreaterThanOrEqual(4);

      // 360: pegawai and atasan each have their own form to fill; pegawai's round shows the peers only.
      type Form = { roundId: string; subject: { name: string }; relation: string; answered: boolean };
      const forms = async (tok: string) =>
        (await get<{ items: Form[] }>('/v1/performance/feedback-forms', tok)).items;
      const pegawaiName = t.users.find((u) => u.username === 'pegawai')!.name;
      const atasanName = t.users.find((u) => u.username === 'atasan')!.name;
      const own = (await forms(pegawai!)).find((f) => f.relation === 'self')!;
      expect(own).toMatchObject({ subject: { name: pegawaiName }, answered: false });
      expect((await forms(atasan!)).find((f) => f.relation === 'self')).toMatchObject({
        subject: { name: atasanName },
        answered: false,
      });
      const summary = await get<{ groups: { relation: string; status: string; raters?: number }[] }>(
        `/v1/performance/feedback-rounds/${own.roundId}/summary`,
        atasan!,
      );
      expect(summary.groups.map((g) => [g.relation, g.status, g.raters ?? null])).toEqual([
        ['superior', 'not-enough-raters', null],
        ['peer', 'shown', 4],
        ['self', 'not-enough-raters', null],
      ]);
    }
  }, 60_000);

  it('puts one health unit per tenant on shifts, with day, evening and night shifts all month', async () => {
    for (const t of DEMO_TENANTS) {
      const admin = (await login(t.slug, t.admin.username)).body.token;
      const agencies = await get<{ items: { id: string; code?: string }[] }>('/v1/agencies?limit=100', admin);
      const agency = agencies.items.find((a) => a.code === t.shiftService.agencyCode)!;
      const units = await get<{ items: { id: string; name: string }[] }>(
        `/v1/agencies/${agency.id}/units?limit=100`,
        admin,
      );
      const unit = units.items.find((u) => u.name === t.shiftService.unitName)!;
      const month = tenantToday(deps.now(), t.timeZone).slice(0, 7);
      const roster = await get<{
        items: { date: string; start: string; end: string; crossesMidnight: boolean }[];
      }>(`/v1/attendance/rosters?agencyId=${agency.id}&unitId=${unit.id}&month=${month}`, admin);
      const first = roster.items.filter((s) => s.date === `${month}-01`).map((s) => `${s.start}-${s.end}`);
      for (const shift of ['07:00-14:00', '14:00-21:00', '21:00-07:00'])
        expect(first, t.slug).toContain(shift);
      expect(roster.items.filter((s) => s.crossesMidnight).every((s) => s.start === '21:00')).toBe(true);
      const assignments = await get<{ items: { scheduleName: string; fromDate: string }[] }>(
        `/v1/attendance/schedule-assignments?agencyId=${agency.id}&unitId=${unit.id}`,
        admin,
      );
      expect(assignments.items).toMatchObject([
        { scheduleName: 'Shift pelayanan 24 jam', fromDate: `${month}-01` },
      ]);
    }
  });

  it('gives the platform admin a profile that /v1/me reads', async () => {
    const { body } = await login('platform', PLATFORM_ADMIN.username);
    const me = await get<{ user: { name: string; role: string } }>('/v1/me', body.token);
    expect(me.user).toMatchObject({ name: PLATFORM_ADMIN.name, role: 'platform-admin' });
    expect(await bootstrapPlatformAdmin(deps.stores.platform(), new Date())).toBe(false);
    const loginItem = await deps.stores
      .platform()
      .get<Record<string, unknown>>(keys.platformLogin(PLATFORM_ADMIN.username));
    expect(loginItem).toMatchObject({ tenantId: 'PLATFORM', role: 'platform-admin', status: 'active' });
    expect(String(loginItem?.passwordHash)).toMatch(/^scrypt\$/);
  });

  // Last: it leaves a tenant suspended.
  it('stops with the API problem when a demo account no longer works', async () => {
    const { body } = await login('platform', PLATFORM_ADMIN.username);
    const tenants = await get<{ items: { id: string; slug: string; version: number }[] }>(
      '/v1/platform/tenants',
      body.token,
    );
    const palembang = tenants.items.find((t) => t.slug === 'palembang')!;
    const res = await api.request(`/v1/platform/tenants/${palembang.id}/suspend`, {
      method: 'POST',
      headers: { authorization: `Bearer ${body.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ version: palembang.version }),
    });
    expect(res.status).toBe(200);

    const err = await seedDemo(deps).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeedError);
    expect((err as SeedError).status).toBe(403);
    expect((err as SeedError).message).toMatch(/suspended/i);
    expect((err as SeedError).message).toContain('--fresh');
  });
});
