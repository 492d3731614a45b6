import {
  addYears,
  bupAge,
  checkNiPppk,
  checkNip,
  createCompetencySchema,
  createEmployeeSchema,
  createMentorshipSchema,
  createPositionSchema,
  createTrainingSchema,
  employeeRuleErrors,
  rankCandidates,
  retirementDate,
  STANDARD_COMPETENCIES,
  STANDARD_COMPETENCY_CODES,
  standardCompetencyInput,
  upsertMentorProfileSchema,
} from '@pamong/core';
import { describe, expect, it } from 'vitest';
import { DEMO_TENANTS, type UnitSeed } from './demo-data';
import { DEMO_EMPLOYEES_PER_TENANT, demoPersonnel, type PersonnelPlan } from './demo-personnel';

const TODAY = '2026-12-02';
const ID = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
const plans = new Map(DEMO_TENANTS.map((t) => [t.slug, demoPersonnel(t, TODAY)]));
const each = (fn: (plan: PersonnelPlan, slug: string) => void) => {
  for (const [slug, plan] of plans) fn(plan, slug);
};
const unitNames = (units: UnitSeed[]): string[] =>
  units.flatMap((u) => [u.name, ...unitNames(u.children ?? [])]);

describe('demoPersonnel', () => {
  it('generates at least 300 employees per tenant, about 70% PNS, 10% CPNS and 20% PPPK', () => {
    each((plan) => {
      const n = plan.employees.length;
      expect(n).toBe(DEMO_EMPLOYEES_PER_TENANT);
      expect(n).toBeGreaterThanOrEqual(300);
      const share = (type: string) => plan.employees.filter((e) => e.body.employmentType === type).length / n;
      expect(share('PNS')).toBeCloseTo(0.7, 1);
      expect(share('CPNS')).toBeCloseTo(0.1, 1);
      expect(share('PPPK')).toBeCloseTo(0.2, 1);
    });
  });

  it('every createEmployee body passes createEmployeeSchema and the cross-field rules', () => {
    each((plan) => {
      for (const e of plan.employees) {
        const body = { ...e.body, agencyId: ID, unitId: ID, ...(e.positionKey ? { positionId: ID } : {}) };
        const parsed = createEmployeeSchema.safeParse(body);
        expect(parsed.success ? [] : parsed.error.issues, e.body.name).toEqual([]);
        expect(employeeRuleErrors(e.body), e.body.name).toEqual([]);
      }
    });
  });

  it('NIPs are unique and agree with birth date, gender and TMT CPNS; names are unique', () => {
    each((plan) => {
      const nips = plan.employees.map((e) => e.body.nip);
      expect(new Set(nips).size).toBe(nips.length);
      const names = plan.employees.map((e) => e.body.name);
      expect(new Set(names).size).toBe(names.length);
      for (const { body } of plan.employees) {
        if (body.employmentType === 'PPPK') {
          expect(checkNiPppk(body.nip, body.birthDate)).toEqual([]);
          continue;
        }
        expect(checkNip(body.nip, { ...body, today: TODAY }), body.name).toEqual([]);
        expect(body.nip.slice(14, 15)).toBe(body.gender === 'L' ? '1' : '2');
        expect(body.tmtRank! >= body.tmtCpns!).toBe(true);
      }
    });
  });

  it('is deterministic for a tenant and a day, and different per tenant', () => {
    const t = DEMO_TENANTS[0]!;
    expect(demoPersonnel(t, TODAY)).toEqual(demoPersonnel(t, TODAY));
    const [a, b] = [plans.get('lampung')!, plans.get('palembang')!];
    expect(a.employees.map((e) => e.body.name)).not.toEqual(b.employees.map((e) => e.body.name));
  });

  it('places employees only into positions of their own unit, within the seats', () => {
    each((plan, slug) => {
      const tenant = DEMO_TENANTS.find((t) => t.slug === slug)!;
      const byKey = new Map(plan.positions.map((p) => [p.key, p]));
      expect(byKey.size).toBe(plan.positions.length);
      for (const p of plan.positions) {
        const agency = tenant.agencies.find((a) => a.code === p.agencyCode)!;
        expect(unitNames(agency.units)).toContain(p.unitName);
        const parsed = createPositionSchema.safeParse({ ...p.body, agencyId: ID, unitId: ID });
        expect(parsed.success ? [] : parsed.error.issues, p.key).toEqual([]);
      }
      const filled = new Map<string, number>();
      for (const e of plan.employees) {
        const agency = tenant.agencies.find((a) => a.code === e.agencyCode)!;
        expect(unitNames(agency.units)).toContain(e.unitName);
        if (!e.positionKey) continue;
        const p = byKey.get(e.positionKey)!;
        expect([p.agencyCode, p.unitName]).toEqual([e.agencyCode, e.unitName]);
        filled.set(p.key, (filled.get(p.key) ?? 0) + 1);
      }
      for (const [key, n] of filled) expect(n, key).toBeLessThanOrEqual(byKey.get(key)!.body.seats);
      expect(
        [...byKey.keys()].some((k) => !filled.has(k)),
        'some positions stay vacant',
      ).toBe(true);
      // PPPK hold no structural position.
      for (const e of plan.employees.filter((x) => x.body.employmentType === 'PPPK' && x.positionKey))
        expect(['FUNGSIONAL', 'PELAKSANA']).toContain(byKey.get(e.positionKey!)!.body.type);
    });
  });

  it('fills the promotion and retirement lists: 4+ years in rank, and BUP within 12 and 24 months', () => {
    each((plan) => {
      const types = new Map(plan.positions.map((p) => [p.key, p.body]));
      const pns = plan.employees.filter((e) => e.body.employmentType === 'PNS');
      const due = pns.filter((e) => e.body.tmtRank! <= addYears(TODAY, -4));
      expect(due.length).toBeGreaterThan(pns.length / 5);
      const retire = plan.employees.map((e) => {
        const p = e.positionKey ? types.get(e.positionKey) : undefined;
        return retirementDate(e.body.birthDate, bupAge(p?.type ?? null, p?.functionalLevel ?? null));
      });
      expect(retire.every((d) => d > TODAY)).toBe(true);
      expect(retire.filter((d) => d <= addYears(TODAY, 1)).length).toBeGreaterThanOrEqual(3);
      expect(retire.filter((d) => d <= addYears(TODAY, 2)).length).toBeGreaterThanOrEqual(12);
    });
  });

  it('gives ranks that match education: S1 starts at III/a, SMA at II/a', () => {
    each((plan) => {
      for (const { body } of plan.employees) {
        if (!body.rank) continue;
        const top = body.education.at(-1)!.level;
        if (top === 'S1' || top === 'S2') expect(body.rank >= 'III/a', body.name).toBe(true);
        if (top === 'SMA') expect(['II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b']).toContain(body.rank);
      }
    });
  });

  it('with the standard ones every tenant starts with, has a catalogue of 20-30 valid competencies that every code used comes from', () => {
    each((plan) => {
      // The standard managerial and socio-cultural competencies come with the tenant; the plan adds the rest.
      for (const c of plan.competencies) expect(STANDARD_COMPETENCY_CODES.has(c.code), c.code).toBe(false);
      const catalogue = [...STANDARD_COMPETENCIES.map(standardCompetencyInput), ...plan.competencies];
      expect(catalogue.length).toBeGreaterThanOrEqual(20);
      expect(catalogue.length).toBeLessThanOrEqual(30);
      for (const c of plan.competencies)
        expect(createCompetencySchema.safeParse(c).success, c.code).toBe(true);
      const codes = new Set(catalogue.map((c) => c.code));
      for (const code of [
        'MAN-INTEGRITAS',
        'MAN-KEPUTUSAN',
        'SOS-PEREKAT-BANGSA',
        'TEK-ADMINDUK',
        'TEK-HUKUM',
      ])
        expect(codes).toContain(code);
      const used = [
        ...plan.employees.flatMap((e) => e.body.competencies ?? []),
        ...plan.positions.flatMap((p) => p.body.requiredCompetencies ?? []),
        ...plan.trainings.flatMap((t) => t.body.competencies),
      ];
      for (const u of used) expect(codes, u.code).toContain(u.code);
    });
  });

  it('links the demo supervisor and employee to records in one bidang of the education agency', () => {
    for (const t of DEMO_TENANTS) {
      const plan = plans.get(t.slug)!;
      const atasan = plan.employees.find((e) => e.linkedUsername === 'atasan')!;
      const pegawai = plan.employees.find((e) => e.linkedUsername === 'pegawai')!;
      expect(atasan.body.name).toBe(t.users.find((u) => u.username === 'atasan')!.name);
      expect(pegawai.body.name).toBe(t.users.find((u) => u.username === 'pegawai')!.name);
      expect([atasan.agencyCode, pegawai.agencyCode]).toEqual([t.demoAgencyCode, t.demoAgencyCode]);
      expect(pegawai.unitName).toBe(atasan.unitName);
      expect(plan.employees.filter((e) => e.linkedUsername)).toHaveLength(3);
    }
  });

  it('links kepala to the head of the education agency, its JPT Pratama in the Sekretariat', () => {
    for (const t of DEMO_TENANTS) {
      const plan = plans.get(t.slug)!;
      const kepala = plan.employees.find((e) => e.linkedUsername === 'kepala')!;
      expect(kepala.body.name).toBe(t.users.find((u) => u.username === 'kepala')!.name);
      expect([kepala.agencyCode, kepala.unitName]).toEqual([t.demoAgencyCode, 'Sekretariat']);
      const position = plan.positions.find((p) => p.key === kepala.positionKey)!;
      expect(position.body.type).toBe('JPT_PRATAMA');
      expect(kepala.body.employmentType).toBe('PNS');
    }
  });

  it('gives every PPPK the TMT of their first work agreement, which leave counts service from', () => {
    each((plan) => {
      const pppk = plan.employees.filter((e) => e.body.employmentType === 'PPPK');
      expect(pppk.length).toBeGreaterThan(0);
      for (const e of pppk) {
        expect(e.body.tmtCpns, e.body.name).toMatch(/^\d{4}-\d{2}-01$/);
        expect(e.body.tmtCpns! <= TODAY).toBe(true);
        expect(e.body.tmtCpns!.slice(0, 4)).toBe(e.body.nip.slice(8, 12));
      }
    });
  });

  it('has, in palembang, a vacant position with a step-down among the first 20 candidates (issue 11 B15)', () => {
    // Candidates as the API gathers them: holders of any required competency, not in the post already.
    const plan = plans.get('palembang')!;
    const byKey = new Map(plan.positions.map((p) => [p.key, p]));
    const filled = new Map<string, number>();
    for (const e of plan.employees)
      if (e.positionKey) filled.set(e.positionKey, (filled.get(e.positionKey) ?? 0) + 1);
    const withStepDown = plan.positions.filter((p) => {
      if ((filled.get(p.key) ?? 0) >= p.body.seats) return false;
      const codes = new Set(p.body.requiredCompetencies.map((c) => c.code));
      const candidates = plan.employees
        .filter((e) => e.positionKey !== p.key && (e.body.competencies ?? []).some((c) => codes.has(c.code)))
        .map((e) => {
          const held = e.positionKey ? byKey.get(e.positionKey)!.body : null;
          return {
            id: e.key,
            name: e.body.name,
            employmentType: e.body.employmentType,
            rank: e.body.rank ?? null,
            grade: e.body.grade ?? null,
            education: e.body.education,
            competencies: e.body.competencies ?? [],
            currentPosition: held ? { type: held.type, functionalLevel: held.functionalLevel ?? null } : null,
          };
        });
      const position = { ...p.body, id: p.key, functionalLevel: p.body.functionalLevel ?? null };
      return rankCandidates(position, candidates)
        .slice(0, 20)
        .some((c) => c.stepDown && c.rank > 1);
    });
    expect(withStepDown.length).toBeGreaterThan(0);
  });

  it('has valid trainings with enrolments within capacity, completed only once held', () => {
    each((plan) => {
      const keys = new Set(plan.employees.map((e) => e.key));
      expect(plan.trainings.length).toBeGreaterThanOrEqual(5);
      for (const t of plan.trainings) {
        expect(createTrainingSchema.safeParse(t.body).success, t.key).toBe(true);
        expect(t.enrolments.length).toBeLessThanOrEqual(t.body.capacity);
        expect(new Set(t.enrolments.map((x) => x.employeeKey)).size).toBe(t.enrolments.length);
        for (const x of t.enrolments) {
          expect(keys).toContain(x.employeeKey);
          if (x.completion) expect(t.body.endDate < TODAY).toBe(true);
        }
      }
      expect(plan.trainings.some((t) => t.enrolments.some((x) => x.completion))).toBe(true);
      expect(
        plan.trainings.some((t) => t.enrolments.length > 0 && t.enrolments.every((x) => !x.completion)),
      ).toBe(true);
    });
  });

  it('has mentors with valid profiles and mentorships between existing employees', () => {
    each((plan) => {
      const mentors = new Set(plan.mentors.map((m) => m.employeeKey));
      for (const m of plan.mentors) expect(upsertMentorProfileSchema.safeParse(m.body).success).toBe(true);
      expect(plan.mentorships.length).toBeGreaterThan(0);
      for (const m of plan.mentorships) {
        expect(mentors).toContain(m.mentorKey);
        const body = { ...m.body, mentorEmployeeId: ID, menteeEmployeeId: '01ARZ3NDEKTSV4RRFFQ69G5FAW' };
        expect(createMentorshipSchema.safeParse(body).success).toBe(true);
        expect(m.menteeKey).not.toBe(m.mentorKey);
      }
    });
  });
});
