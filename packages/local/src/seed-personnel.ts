import type { TenantSeed } from './demo-data';
import { demoPersonnel, type EmployeePlan, type PersonnelPlan } from './demo-personnel';
import type { SeedHttp } from './seed-surveys';

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

interface Named {
  id: string;
  name: string;
}
interface PositionRow extends Named {
  agencyId: string;
  unitId: string;
}
interface TrainingRow {
  id: string;
  title: string;
  endDate: string;
}
interface EnrollmentRow {
  employeeId: string;
  status: 'enrolled' | 'completed';
}

/** Today in the tenant's time zone (YYYY-MM-DD): demo dates are relative to it. */
export function tenantToday(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Runs `fn` over `items` with at most `limit` in flight. */
async function bounded<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const groupBy = <T>(xs: readonly T[], key: (x: T) => string) => {
  const m = new Map<string, T[]>();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
};

/**
 * Seeds a tenant's personnel through the API, in two steps so the demo logins can be linked to
 * employee records: `prepare` writes the catalogue, the positions and the two linked employees and
 * returns their ids (the caller creates the users with them), `finish` writes everyone else, the
 * trainings and mentoring. Idempotent: every list is read first and only what is missing is
 * written; employees are matched by name (unique in the plan), so a run on a later day (whose
 * generated birth dates and NIPs shift with the date) still finds them.
 *
 * Positions run one agency at a time and employees four at a time (the API resends a transaction
 * that lost a race on a shared counter); trainings and mentoring one at a time, as they update
 * the employee records they name.
 */
export async function preparePersonnel(
  http: SeedHttp,
  tenant: TenantSeed,
  token: string,
  agencyIds: Map<string, string>,
  now: Date,
  count: (kind: PersonnelKind, created: boolean) => void,
): Promise<{ employeeIdOf: (username: string) => string | undefined; finish: () => Promise<void> }> {
  const today = tenantToday(now, tenant.timeZone);
  const plan = demoPersonnel(tenant, today);
  const agencyId = (code: string) => {
    const id = agencyIds.get(code);
    if (!id) throw new Error(`Demo tenant ${tenant.slug} has no agency with code ${code}.`);
    return id;
  };

  const codes = new Set((await http.listAll<{ code: string }>('/v1/competencies', token)).map((c) => c.code));
  await bounded(plan.competencies, 4, async (c) => {
    if (!codes.has(c.code)) await http.send('POST', '/v1/competencies', token, c);
    count('competencies', !codes.has(c.code));
  });

  // Unit ids by agency code and unit name (names are unique within a demo agency).
  const unitIds = new Map<string, string>();
  await Promise.all(
    tenant.agencies.map(async (a) => {
      for (const u of await http.listAll<Named>(`/v1/agencies/${agencyId(a.code)}/units`, token))
        unitIds.set(`${a.code}/${u.name}`, u.id);
    }),
  );
  const unitId = (agencyCode: string, name: string) => {
    const id = unitIds.get(`${agencyCode}/${name}`);
    if (!id) throw new Error(`Demo tenant ${tenant.slug} has no unit ${name} in ${agencyCode}.`);
    return id;
  };

  const positionIds = new Map<string, string>();
  const existingPositions = new Map(
    (await http.listAll<PositionRow>('/v1/positions', token)).map((p) => [
      `${p.agencyId}/${p.unitId}/${p.name}`,
      p.id,
    ]),
  );
  await Promise.all(
    [...groupBy(plan.positions, (p) => p.agencyCode).values()].map(async (list) => {
      for (const p of list) {
        const body = {
          ...p.body,
          agencyId: agencyId(p.agencyCode),
          unitId: unitId(p.agencyCode, p.unitName),
        };
        const found = existingPositions.get(`${body.agencyId}/${body.unitId}/${p.body.name}`);
        const id = found ?? (await http.send<Named>('POST', '/v1/positions', token, body)).id;
        positionIds.set(p.key, id);
        count('positions', !found);
      }
    }),
  );

  const employeeIds = new Map<string, string>();
  const existingEmployees = new Map(
    (await http.listAll<Named>('/v1/employees', token)).map((e) => [e.name, e.id]),
  );
  const createEmployee = async (e: EmployeePlan) => {
    const found = existingEmployees.get(e.body.name);
    const body = {
      ...e.body,
      agencyId: agencyId(e.agencyCode),
      unitId: unitId(e.agencyCode, e.unitName),
      ...(e.positionKey ? { positionId: positionIds.get(e.positionKey) } : {}),
    };
    employeeIds.set(e.key, found ?? (await http.send<Named>('POST', '/v1/employees', token, body)).id);
    count('employees', !found);
  };
  const linked = plan.employees.filter((e) => e.linkedUsername);
  for (const e of linked) await createEmployee(e);

  const finish = async () => {
    const rest = plan.employees.filter((e) => !e.linkedUsername);
    // Employees of one agency ADD to the same counters; the API resends a transaction that lost
    // such a race, so a few may be in flight at once.
    await bounded(rest, 4, createEmployee);
    await seedTrainings(http, token, plan, employeeIds, today, count);
    await seedMentoring(http, token, plan, employeeIds, count);
  };
  return {
    employeeIdOf: (username) => {
      const e = linked.find((x) => x.linkedUsername === username);
      return e ? employeeIds.get(e.key) : undefined;
    },
    finish,
  };
}

async function seedTrainings(
  http: SeedHttp,
  token: string,
  plan: PersonnelPlan,
  employeeIds: Map<string, string>,
  today: string,
  count: (kind: PersonnelKind, created: boolean) => void,
) {
  const existing = await http.listAll<TrainingRow>('/v1/trainings', token);
  for (const t of plan.trainings) {
    const found = existing.find((x) => x.title === t.body.title);
    const training = found ?? (await http.send<TrainingRow>('POST', '/v1/trainings', token, t.body));
    count('trainings', !found);
    const path = `/v1/trainings/${training.id}`;
    const enrolments = found ? await http.listAll<EnrollmentRow>(`${path}/enrollments`, token) : [];
    for (const x of t.enrolments) {
      const employeeId = employeeIds.get(x.employeeKey)!;
      const had = enrolments.find((y) => y.employeeId === employeeId);
      if (!had) await http.send('POST', `${path}/enrollments`, token, { employeeId });
      count('enrolments', !had);
      // The stored dates decide: a training seeded on an earlier day may have ended since.
      if (!x.completion || training.endDate >= today) continue;
      const done = had?.status === 'completed';
      if (!done) await http.send('POST', `${path}/completions`, token, { employeeId, ...x.completion });
      count('completions', !done);
    }
  }
}

async function seedMentoring(
  http: SeedHttp,
  token: string,
  plan: PersonnelPlan,
  employeeIds: Map<string, string>,
  count: (kind: PersonnelKind, created: boolean) => void,
) {
  const mentors = new Set(
    (await http.listAll<{ employeeId: string }>('/v1/mentoring/mentors', token)).map((m) => m.employeeId),
  );
  for (const m of plan.mentors) {
    const id = employeeIds.get(m.employeeKey)!;
    if (!mentors.has(id)) await http.send('PUT', `/v1/mentoring/mentors/${id}`, token, m.body);
    count('mentors', !mentors.has(id));
  }
  const pairs = new Set(
    (
      await http.listAll<{ mentorEmployeeId: string; menteeEmployeeId: string }>(
        '/v1/mentoring/relationships',
        token,
      )
    ).map((m) => `${m.mentorEmployeeId}/${m.menteeEmployeeId}`),
  );
  for (const m of plan.mentorships) {
    const mentorEmployeeId = employeeIds.get(m.mentorKey)!;
    const menteeEmployeeId = employeeIds.get(m.menteeKey)!;
    const exists = pairs.has(`${mentorEmployeeId}/${menteeEmployeeId}`);
    if (!exists)
      await http.send('POST', '/v1/mentoring/relationships', token, {
        ...m.body,
        mentorEmployeeId,
        menteeEmployeeId,
      });
    count('mentorships', !exists);
  }
}
