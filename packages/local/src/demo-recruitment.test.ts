import {
  addFormationSchema,
  assertCanAddFormation,
  assertCanPublish,
  checkSchedule,
  createRecruitmentRoundSchema,
  DEFAULT_ROUND_SETTINGS,
  registrationStatus,
} from '@pamong/core';
import { describe, expect, it } from 'vitest';
import { DEMO_TENANTS, type UnitSeed } from './demo-data';
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
