import type { Store } from '@pamong/db';
import * as competenciesRepo from '@pamong/db/repos/personnel/competencies';
import * as employeesRepo from '@pamong/db/repos/personnel/employees';
import * as mentoringRepo from '@pamong/db/repos/personnel/mentoring';
import * as positionsRepo from '@pamong/db/repos/personnel/positions';
import * as trainingsRepo from '@pamong/db/repos/personnel/trainings';
import type { TenantSeed } from './demo-data';
import { type DemoStaff, demoStaff } from './demo-leave';
import { demoPersonnel, type EmployeePlan, type PersonnelPlan } from './demo-personnel';
import { bounded, listAll, tenantToday } from './seed-util';
import type { SeedWrites, TenantRef } from './seed-writes';

export { tenantToday } from './seed-util';

export const PERSONNEL_KINDS = [
  'competencies',
  'positions',
  'employees',
  'trainings',
  'enrolments',
  'completions',
  'mentors',
  'mentorships',
] as const;
export type PersonnelKind = (typeof PERSONNEL_KINDS)[number];

/** What a tenant already has, read once before anything is written (nothing, for a new tenant). */
interface Existing {
  competencies: Set<string>;
  /** `agencyId/unitId/name` → id */
  positions: Map<string, string>;
  /** name → id (names are unique in the plan) */
  employees: Map<string, string>;
  /** title → the stored training */
  trainings: Map<string, { id: string; endDate: string }>;
  /** `trainingId/employeeId` → status */
  enrolments: Map<string, 'enrolled' | 'completed'>;
  mentors: Set<string>;
  /** `mentorEmployeeId/menteeEmployeeId` */
  mentorships: Set<string>;
}

async function readExisting(store: Store, tenantId: string): Promise<Existing> {
  const [competencies, positions, employees, trainings, mentors, mentorships] = await Promise.all([
    listAll((q) => competenciesRepo.listCompetencies(store, tenantId, q)),
    listAll((q) => positionsRepo.listPositions(store, tenantId, { ...q, vacantOnly: false })),
    listAll((q) => employeesRepo.listEmployees(store, tenantId, q)),
    listAll((q) => trainingsRepo.listTrainings(store, tenantId, q)),
    listAll((q) => mentoringRepo.listMentors(store, tenantId, q)),
    listAll((q) => mentoringRepo.listAllMentorships(store, tenantId, q)),
  ]);
  const enrolments = new Map<string, 'enrolled' | 'completed'>();
  await Promise.all(
    trainings.map(async (t) => {
      for (const e of await listAll((q) => trainingsRepo.listEnrollments(store, tenantId, t.id, q)))
        enrolments.set(`${t.id}/${e.employeeId}`, e.status);
    }),
  );
  return {
    competencies: new Set(competencies.map((c) => c.code)),
    positions: new Map(positions.map((p) => [`${p.agencyId}/${p.unitId}/${p.name}`, p.id])),
    employees: new Map(employees.map((e) => [e.name, e.id])),
    trainings: new Map(trainings.map((t) => [t.title, { id: t.id, endDate: t.endDate }])),
    enrolments,
    mentors: new Set(mentors.map((m) => m.employeeId)),
    mentorships: new Set(mentorships.map((m) => `${m.mentorEmployeeId}/${m.menteeEmployeeId}`)),
  };
}

const emptyExisting = (): Existing => ({
  competencies: new Set(),
  positions: new Map(),
  employees: new Map(),
  trainings: new Map(),
  enrolments: new Map(),
  mentors: new Set(),
  mentorships: new Set(),
});

export interface PersonnelSeeding {
  /** Step 1: the competency catalogue, the positions and the trainings. */
  catalogue(): Promise<void>;
  /** Step 2: every employee; afterwards `employeeIdOf` knows the demo logins' records. */
  employees(): Promise<void>;
  employeeIdOf(username: string): string | undefined;
  /** After step 2: the employees of one agency, with their ids and plan keys, in plan order. */
  employeesOf(agencyCode: string): { id: string; key: string; name: string; unitName: string }[];
  /** The members of one agency as the leave and roster plans see them (from the plan, so at once). */
  staffOf(agencyCode: string): DemoStaff[];
  /** After step 2: the id of a planned employee. */
  idOf(key: string): string | undefined;
  /** The tenant's personnel plan (positions and employees, as demo-personnel.ts made them). */
  readonly plan: PersonnelPlan;
  /** After step 1: the id of a planned position. */
  positionIdOf(key: string): string | undefined;
  /** Step 3: enrolments and mentor profiles. */
  enrolmentsAndMentors(): Promise<void>;
  /**
   * Step 4 on: the `round`-th completion of each employee (a completion rewrites the employee,
   * so one employee's completions go in separate rounds), and in round 0 the mentorships.
   * Returns whether another round has work.
   */
  round(round: number): Promise<boolean>;
}

/**
 * A tenant's demo personnel (plan in demo-personnel.ts), written step by step so that each step
 * only reads what earlier steps wrote. Idempotent: what the tenant already has is read first and
 * only what is missing is written; employees are matched by name (unique in the plan), so a run
 * on a later day (whose generated birth dates and NIPs shift with the date) still finds them.
 */
export async function personnelSeeding(
  writes: SeedWrites,
  store: Store,
  tenant: TenantSeed,
  ref: TenantRef,
  existed: boolean,
  now: Date,
  ids: { agency: (code: string) => string; unit: (agencyCode: string, name: string) => string },
  count: (kind: PersonnelKind, created: boolean) => void,
): Promise<PersonnelSeeding> {
  const today = tenantToday(now, tenant.timeZone);
  const plan = demoPersonnel(tenant, today);
  const have = existed ? await readExisting(store, ref.id) : emptyExisting();
  const positionIds = new Map<string, string>();
  const employeeIds = new Map<string, string>();
  const trainings = new Map<string, { id: string; endDate: string }>();
  /** Per employee key, their completions in plan order (training by training). */
  const completions = new Map<
    string,
    { trainingId: string; body: { employeeId: string } & Record<string, unknown> }[]
  >();

  const createEmployee = async (e: EmployeePlan) => {
    const found = have.employees.get(e.body.name);
    const body = {
      ...e.body,
      agencyId: ids.agency(e.agencyCode),
      unitId: ids.unit(e.agencyCode, e.unitName),
      ...(e.positionKey ? { positionId: positionIds.get(e.positionKey) } : {}),
    };
    employeeIds.set(e.key, found ?? (await writes.createEmployee(ref, body)).id);
    count('employees', !found);
  };

  return {
    async catalogue() {
      await bounded(plan.competencies, writes.parallel, async (c) => {
        const found = have.competencies.has(c.code);
        if (!found) await writes.createCompetency(ref, c);
        count('competencies', !found);
      });
      // One agency's positions one after another: each checks its agency inside the transaction,
      // and checks of the same item at the same time can cancel each other on the API path.
      await bounded(tenant.agencies, writes.parallel, async (a) => {
        for (const p of plan.positions.filter((x) => x.agencyCode === a.code)) {
          const body = {
            ...p.body,
            agencyId: ids.agency(p.agencyCode),
            unitId: ids.unit(p.agencyCode, p.unitName),
          };
          const found = have.positions.get(`${body.agencyId}/${body.unitId}/${p.body.name}`);
          positionIds.set(p.key, found ?? (await writes.createPosition(ref, body)).id);
          count('positions', !found);
        }
      });
      for (const t of plan.trainings) {
        const found = have.trainings.get(t.body.title);
        trainings.set(t.key, found ?? (await writes.createTraining(ref, t.body)));
        count('trainings', !found);
      }
    },

    async employees() {
      // The demo supervisor and employee first, as a person setting up the demo would.
      const linked = plan.employees.filter((e) => e.linkedUsername);
      for (const e of linked) await createEmployee(e);
      // Employees of one agency ADD to the same counters; the API resends a transaction that
      // lost such a race, so a few may be in flight at once.
      await bounded(
        plan.employees.filter((e) => !e.linkedUsername),
        writes.parallel,
        createEmployee,
      );
    },

    employeesOf(agencyCode) {
      return plan.employees
        .filter((e) => e.agencyCode === agencyCode && employeeIds.has(e.key))
        .map((e) => ({
          id: employeeIds.get(e.key)!,
          key: e.key,
          name: e.body.name as string,
          unitName: e.unitName,
        }));
    },

    staffOf(agencyCode) {
      return demoStaff(plan, agencyCode);
    },

    idOf(key) {
      return employeeIds.get(key);
    },

    plan,

    positionIdOf(key) {
      return positionIds.get(key);
    },

    employeeIdOf(username) {
      const e = plan.employees.find((x) => x.linkedUsername === username);
      return e ? employeeIds.get(e.key) : undefined;
    },

    async enrolmentsAndMentors() {
      for (const t of plan.trainings) {
        const training = trainings.get(t.key)!;
        // Enrolments of one training share its seat counter: one after another.
        for (const x of t.enrolments) {
          const employeeId = employeeIds.get(x.employeeKey)!;
          const had = have.enrolments.get(`${training.id}/${employeeId}`);
          if (!had) await writes.enroll(ref, training.id, employeeId);
          count('enrolments', !had);
          // The stored dates decide: a training seeded on an earlier day may have ended since.
          if (!x.completion || training.endDate >= today) continue;
          const done = had === 'completed';
          if (!done) {
            const queue = completions.get(x.employeeKey) ?? [];
            queue.push({ trainingId: training.id, body: { employeeId, ...x.completion } });
            completions.set(x.employeeKey, queue);
          }
          count('completions', !done);
        }
      }
      for (const m of plan.mentors) {
        const id = employeeIds.get(m.employeeKey)!;
        if (!have.mentors.has(id)) await writes.upsertMentor(ref, id, m.body);
        count('mentors', !have.mentors.has(id));
      }
    },

    async round(round) {
      const due = [...completions.values()].flatMap((queue) => (queue[round] ? [queue[round]!] : []));
      await writes.willReadEmployees(
        ref,
        due.map((c) => c.body.employeeId),
      );
      // Different employees' completions touch different items, so they may all run at once.
      await bounded(due, writes.parallel, (c) => writes.complete(ref, c.trainingId, c.body));
      if (round === 0) {
        for (const m of plan.mentorships) {
          const mentorEmployeeId = employeeIds.get(m.mentorKey)!;
          const menteeEmployeeId = employeeIds.get(m.menteeKey)!;
          const exists = have.mentorships.has(`${mentorEmployeeId}/${menteeEmployeeId}`);
          if (!exists) await writes.createMentorship(ref, { ...m.body, mentorEmployeeId, menteeEmployeeId });
          count('mentorships', !exists);
        }
      }
      return [...completions.values()].some((queue) => queue.length > round + 1);
    },
  };
}
