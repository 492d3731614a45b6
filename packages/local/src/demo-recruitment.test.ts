import {
  addFormationSchema,
  assertCanAddFormation,
  assertCanPublish,
  checkNik,
  checkSchedule,
  createRecruitmentRoundSchema,
  DEFAULT_ROUND_SETTINGS,
  registerApplicantSchema,
  registrationStatus,
  unmetRequirements,
  updateApplicantProfileSchema,
} from '@pamong/core';
import { describe, expect, it } from 'vitest';
import { CPNS_STATES, demoApplicants, PPPK_PER_FORMATION } from './demo-applicants';
import { DEMO_PASSWORD, DEMO_TENANTS, type UnitSeed } from './demo-data';
import { demoPersonnel } from './demo-personnel';
import { demoRecruitment } from './demo-recruitment';

/** Mid-year, today's kind of day, the first days of January and the last of December. */
const DAYS = ['2026-07-15', '2026-12-06', '2027-01-02', '2026-12-31'];
/** A well-formed id for the bodies (the API makes the real ones). */
const ID = '01JAAAAAAAAAAAAAAAAAAAAAAA';

const unitNames = (units: UnitSeed[]): string[] =>
  units.flatMap((u) => [u.name, ...unitNames(u.children ?? [])]);

const cases = DAYS.flatMap((today) =>
  DEMO_TENANTS.map((t) => {
    const personnel = demoPersonnel(t, today);
    return { t, today, personnel, plan: demoRecruitment(t, personnel, today) };
  }),
);
const name = (c: (typeof cases)[number]) => `${c.t.slug} on ${c.today}`;
/** The end of `today` in the tenant's zone (Asia/Jakarta, UTC+7): the seed's clock is before it. */
const endOf = (today: string) => new Date(`${today}T23:59:00+07:00`);
const startOf = (today: string) => new Date(`${today}T00:00:00+07:00`);

describe('demoRecruitment', () => {
  it('has an open CPNS round of this year, a finished PPPK round of last year and a draft of next year', () => {
    for (const c of cases) {
      const year = Number(c.today.slice(0, 4));
      const [open, finished, draft] = c.plan.rounds;
      expect(
        c.plan.rounds.map((r) => [r.state, r.body.kind, r.body.year, !!r.publishedAt]),
        name(c),
      ).toEqual([
        ['open', 'CPNS', year, true],
        ['finished', 'PPPK', year - 1, true],
        ['draft', 'PPPK', year + 1, false],
      ]);
      // Whenever today the seed runs, the careers page shows them so.
      for (const now of [startOf(c.today), endOf(c.today)]) {
        expect(registrationStatus(open!.body, now, c.t.timeZone), name(c)).toBe('open');
        expect(registrationStatus(finished!.body, now, c.t.timeZone), name(c)).toBe('closed');
        expect(registrationStatus(draft!.body, now, c.t.timeZone), name(c)).toBe('upcoming');
      }
      expect(open!.formations.length).toBeGreaterThanOrEqual(4);
      expect(open!.formations.length).toBeLessThanOrEqual(6);
      expect(finished!.formations.length).toBeGreaterThanOrEqual(3);
      expect(finished!.formations.length).toBeLessThanOrEqual(4);
      expect(draft!.formations).toHaveLength(1);
      const agencies = new Set(open!.formations.map((f) => f.agencyCode));
      expect(agencies.size, name(c)).toBeGreaterThanOrEqual(2);
      expect(agencies.size, name(c)).toBeLessThanOrEqual(3);
      expect(open!.formations.map((f) => f.body.track).sort()).toEqual([
        'cumlaude',
        'disabilitas',
        'umum',
        'umum',
        'umum',
        'umum',
      ]);
    }
  });

  it("puts every formasi on a position of the tenant's demo org, in its own unit and agency", () => {
    for (const c of cases) {
      const positions = new Map(c.personnel.positions.map((p) => [p.key, p]));
      for (const r of c.plan.rounds)
        for (const f of r.formations) {
          const p = positions.get(f.positionKey);
          expect(p, `${name(c)}: ${f.positionKey}`).toBeDefined();
          expect([p!.agencyCode, p!.unitName, p!.body.name]).toEqual([
            f.agencyCode,
            f.unitName,
            f.positionName,
          ]);
          const agency = c.t.agencies.find((a) => a.code === f.agencyCode);
          expect(agency, `${name(c)}: ${f.agencyCode}`).toBeDefined();
          expect(unitNames(agency!.units)).toContain(f.unitName);
        }
    }
  });

  it('offers the vacant seats of the general track, and fitting education', () => {
    for (const c of cases) {
      const open = c.plan.rounds[0]!;
      for (const f of open.formations.filter((x) => x.body.track === 'umum')) {
        expect(f.vacancies, `${name(c)}: ${f.positionKey}`).toBeGreaterThan(0);
        expect(f.body.openings).toBe(f.vacancies);
      }
      for (const r of c.plan.rounds)
        for (const f of r.formations) {
          const position = c.personnel.positions.find((p) => p.key === f.positionKey)!;
          for (const e of f.body.educationRequirements) {
            expect(position.body.requiredEducation.levels, f.positionKey).toContain(e.level);
            for (const m of e.majors)
              expect(position.body.requiredEducation.majors, f.positionKey).toContain(m);
          }
          expect(f.body.requiredDocuments.map((d) => d.type)).toEqual(
            expect.arrayContaining(['ijazah', 'transkrip', 'ktp', 'pas-foto', 'surat-lamaran']),
          );
        }
    }
  });

  it('is valid input of the routes, with unique codes and a schedule in order', () => {
    for (const c of cases) {
      const codes = c.plan.rounds.map((r) => r.body.code);
      expect(new Set(codes).size, name(c)).toBe(codes.length);
      for (const r of c.plan.rounds) {
        const round = createRecruitmentRoundSchema.safeParse(r.body);
        expect(round.error?.issues ?? [], `${name(c)}: ${r.body.name}`).toEqual([]);
        expect(checkSchedule({ ...r.body.schedule, ...r.body }, DEFAULT_ROUND_SETTINGS)).toEqual([]);
        expect(r.body.referenceDate).toBe(r.body.registrationClosesAt.slice(0, 10));
        for (const f of r.formations) {
          const formation = addFormationSchema.safeParse({ ...f.body, positionId: ID, unitId: ID });
          expect(formation.error?.issues ?? [], `${name(c)}: ${f.positionKey}`).toEqual([]);
        }
      }
    }
  });

  it('acts in the past, in order: create, formasi, publish before registration opens', () => {
    for (const c of cases) {
      const now = startOf(c.today);
      for (const r of c.plan.rounds) {
        const acts = [
          r.createdAt,
          ...r.formations.map((f) => f.at),
          ...(r.publishedAt ? [r.publishedAt] : []),
        ];
        const times = acts.map((d) => d.getTime());
        expect(times, `${name(c)}: ${r.body.name}`).toEqual([...times].sort((a, b) => a - b));
        expect(new Set(times).size).toBe(times.length);
        expect(Math.max(...times), `${name(c)}: ${r.body.name}`).toBeLessThan(now.getTime());
        // What the service checks at each act's time.
        for (const f of r.formations)
          expect(() =>
            assertCanAddFormation({ ...r.body, published: false }, f.at, c.t.timeZone),
          ).not.toThrow();
        if (r.publishedAt) {
          const round = { ...r.body, published: false, formationCount: r.formations.length };
          expect(() => assertCanPublish(round, r.publishedAt!, c.t.timeZone)).not.toThrow();
          expect(registrationStatus(r.body, r.publishedAt, c.t.timeZone)).toBe('upcoming');
        }
      }
    }
  });

  it('is the same plan for the same day', () => {
    const t = DEMO_TENANTS[0]!;
    const p = demoPersonnel(t, '2026-12-06');
    expect(demoRecruitment(t, p, '2026-12-06')).toEqual(demoRecruitment(t, p, '2026-12-06'));
  });
});

describe('demoApplicants', () => {
  const withApplicants = cases.map((c) => ({
    ...c,
    applicants: demoApplicants(c.t, c.plan.rounds, c.today),
  }));
  const roundOf = (c: (typeof withApplicants)[number], code: string) =>
    c.plan.rounds.find((r) => r.body.code === code)!;

  it('has about 200 applicants per tenant, with applications in every state', () => {
    for (const c of withApplicants) {
      const [open, finished] = c.plan.rounds;
      const states = (code: string) => {
        const out: Record<string, number> = {};
        for (const a of c.applicants.applicants.filter((x) => x.application.roundCode === code))
          out[a.application.finalStatus] = (out[a.application.finalStatus] ?? 0) + 1;
        return out;
      };
      expect(c.applicants.applicants.length, name(c)).toBe(200);
      expect(states(open!.body.code), name(c)).toEqual(CPNS_STATES);
      const perFormation = finished!.formations.length;
      expect(states(finished!.body.code), name(c)).toEqual({
        MS: PPPK_PER_FORMATION.MS * perFormation + 1,
        TMS: PPPK_PER_FORMATION.TMS * perFormation - 1,
      });
      // The one corrected after an objection; the announcements before and after it.
      const objecting = c.applicants.applicants.filter((a) => a.application.objection);
      expect(objecting.map((a) => [a.application.screening?.result, a.application.finalStatus])).toEqual([
        ['TMS', 'MS'],
      ]);
      expect(c.applicants.announcements.map((a) => a.stage)).toEqual([
        'ADMINISTRATION',
        'ADMINISTRATION_AFTER_OBJECTION',
      ]);
    }
  });

  it("gives each a unique, valid NIK of the region (mostly the tenant's own), and valid registration data", () => {
    for (const c of withApplicants) {
      const niks = new Set<string>();
      let home = 0;
      for (const a of c.applicants.applicants) {
        const r = a.register;
        expect(checkNik(r.nik, { birthDate: r.birthDate, gender: r.gender }), r.nik).toEqual([]);
        expect(registerApplicantSchema.safeParse({ ...r, password: DEMO_PASSWORD }).success, r.nik).toBe(
          true,
        );
        expect(r.email).toMatch(/^[a-z.]+\.\d+@contoh\.id$/);
        if (r.nik.startsWith(c.t.bpsCode)) home += 1;
        niks.add(r.nik);
        expect(
          updateApplicantProfileSchema.safeParse({ ...a.profile, version: 1 }).success,
          `${r.nik} profile`,
        ).toBe(true);
      }
      expect(niks.size).toBe(c.applicants.applicants.length);
      expect(home / c.applicants.applicants.length).toBeGreaterThan(0.7);
    }
  });

  it("meets its formasi's requirements (education, IPK, age, disability) once every document is uploaded", () => {
    for (const c of withApplicants) {
      for (const a of c.applicants.applicants) {
        const round = roundOf(c, a.application.roundCode);
        const f = round.formations[a.application.formationIndex]!;
        const applicant = { ...a.profile, nik: a.register.nik, birthDate: a.register.birthDate };
        const all = new Set(f.body.requiredDocuments.map((d) => d.type));
        expect(unmetRequirements(applicant, f.body, round.body, c.t, all), a.register.nik).toEqual([]);
        const uploaded = new Set(a.application.documents.map((d) => d.type));
        if (a.application.finalStatus === 'DRAFT') expect(uploaded.size).toBeLessThan(all.size);
        else expect(uploaded).toEqual(all);
        if (f.body.track === 'cumlaude') expect(a.profile.education[0]!.ipk).toBeGreaterThanOrEqual(3.51);
        if (f.body.track === 'disabilitas') expect(a.profile.disability?.status).toBe(true);
      }
    }
  });

  it('acts inside the windows, in order, in the past', () => {
    for (const c of withApplicants) {
      const tz = c.t.timeZone;
      for (const a of c.applicants.applicants) {
        const round = roundOf(c, a.application.roundCode);
        const p = a.application;
        const times = [
          a.registeredAt,
          a.verifiedAt,
          a.profileAt,
          p.createdAt,
          ...p.documents.map((d) => d.at),
        ];
        if (p.submittedAt) times.push(p.submittedAt);
        for (let i = 1; i < times.length; i++)
          expect(times[i]!.getTime()).toBeGreaterThan(times[i - 1]!.getTime());
        expect(registrationStatus(round.body, p.createdAt, tz), name(c)).toBe('open');
        if (p.submittedAt) expect(registrationStatus(round.body, p.submittedAt, tz)).toBe('open');
        if (p.screening) expect(p.screening.at.getTime()).toBeGreaterThan(p.submittedAt!.getTime());
        if (round.state === 'finished')
          expect(registrationStatus(round.body, p.screening!.at, tz)).toBe('closed');
        expect(times.at(-1)!.getTime()).toBeLessThan(startOf(c.today).getTime());
        for (const d of a.profile.education)
          expect(d.graduationDate < a.registeredAt.toISOString()).toBe(true);
      }
      const [admin, corrected] = c.applicants.announcements;
      const objection = c.applicants.applicants.find((a) => a.application.objection)!.application.objection!;
      const screenings = c.applicants.applicants
        .filter((a) => a.application.roundCode === admin!.roundCode)
        .map((a) => a.application.screening!.at.getTime());
      expect(Math.max(...screenings)).toBeLessThan(admin!.at.getTime());
      expect(objection.at.getTime()).toBeGreaterThan(admin!.at.getTime());
      // Within 3 calendar days of the announcement, decided after the window, corrected after that.
      expect(objection.at.getTime() - admin!.at.getTime()).toBeLessThan(3 * 86_400_000);
      expect(objection.decision.at.getTime() - admin!.at.getTime()).toBeGreaterThan(4 * 86_400_000);
      expect(corrected!.at.getTime()).toBeGreaterThan(objection.decision.at.getTime());
      expect(corrected!.at.getTime()).toBeLessThan(endOf(c.today).getTime());
    }
  });

  it('is the same plan for the same day', () => {
    const c = withApplicants[0]!;
    expect(demoApplicants(c.t, c.plan.rounds, c.today)).toEqual(c.applicants);
  });
});
