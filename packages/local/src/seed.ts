import { PLATFORM_TENANT_ID, type Unit } from '@pamong/core';
import { newId, type Store, type TxItem } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import * as attendancePlacesRepo from '@pamong/db/repos/attendance/places';
import * as attendancePunchesRepo from '@pamong/db/repos/attendance/punches';
import * as orgRepo from '@pamong/db/repos/org';
import * as tenantsRepo from '@pamong/db/repos/tenants';
import type { AppDeps } from '@pamong/http';
import { hashPassword } from '@pamong/identity';
import { demoAttendanceMonth, previousMonth } from './demo-attendance';
import {
  type AgencySeed,
  DEMO_PASSWORD,
  DEMO_TENANTS,
  PLATFORM_ADMIN,
  type TenantSeed,
  type UnitSeed,
} from './demo-data';
import { APPLICANT_KINDS } from './seed-applicants';
import { LEAVE_KINDS, leaveSeeding } from './seed-leave';
import { PERFORMANCE_KINDS, performanceSeeding } from './seed-performance';
import { PERSONNEL_KINDS, type PersonnelKind, personnelSeeding } from './seed-personnel';
import { RECRUITMENT_KINDS, recruitmentSeeding } from './seed-recruitment';
import { surveySeeding } from './seed-surveys';
import { bounded, listAll, tenantToday } from './seed-util';
import {
  type DirectSeedWritesOptions,
  directSeedWrites,
  FRESH_HINT,
  SeedError,
  type SeedWrites,
  type TenantRef,
} from './seed-writes';

export { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TENANTS } from './demo-data';
export {
  apiSeedWrites,
  type ClockedApi,
  directSeedWrites,
  type RequestableApp,
  SeedError,
  type SeedWrites,
} from './seed-writes';

const KINDS = [
  'platformAdmins',
  'tenants',
  'agencies',
  'units',
  'users',
  'surveyUnits',
  'surveyResponses',
  'workLocations',
  'attendanceMonths',
  ...PERSONNEL_KINDS,
  ...LEAVE_KINDS,
  ...PERFORMANCE_KINDS,
  ...RECRUITMENT_KINDS,
  ...APPLICANT_KINDS,
] as const;
type Kind = (typeof KINDS)[number];

export interface SeedReport {
  created: Record<Kind, number>;
  existed: Record<Kind, number>;
}

export interface SeedOptions {
  /**
   * How the writes are made. Default: the repositories' own transactions, recorded and written in
   * bulk (`directSeedWrites`); `apiSeedWrites` sends each write to the HTTP API instead.
   */
  writes?: SeedWrites;
  /** Only these demo tenants (by slug); default all. */
  tenants?: string[];
  /** Passed to the default writes: after each bulk write. */
  onFlush?: DirectSeedWritesOptions['onFlush'];
  /** Passed to the default writes: the table was created for this seed. */
  emptyTable?: boolean;
  /**
   * Whether to seed the demo applicants (default true). Only writes that have `applicants` can
   * (the direct path; see `apiSeedWrites`), so the test comparing both paths turns it off.
   */
  applicants?: boolean;
}

/**
 * Seeds the demo platform admin, tenants, their organisations, personnel and survey history.
 * Every write is the one a person would make through the API, with the API's validation, guards,
 * counters and audit: by default the route's repository function runs on a recording store and
 * the recorded transactions are written together (see `DeferredStore`), which is what makes a
 * fresh start fast. Idempotent: it reads what exists first and writes only what is missing, so a
 * second run only reads.
 *
 * The work goes in steps, and each step only reads what earlier steps wrote: (1) tenants,
 * agencies, units, catalogues, positions, trainings, survey settings; (2) employees, users, survey
 * units; (3) enrolments, mentors, populations, service codes; (4 on) completions (one per employee
 * per step), mentorships and the survey responses. Last come leave, the Plh and the shift roster
 * (seed-leave.ts), performance management (seed-performance.ts) and the recruitment rounds with
 * their formasi (seed-recruitment.ts) and the applicants, their applications, the screening and
 * announcements (seed-applicants.ts), round by round, each act at its own time in the past.
 */
export async function seedDemo(
  deps: Pick<AppDeps, 'stores' | 'identity' | 'now' | 'documents'>,
  opts: SeedOptions = {},
): Promise<SeedReport> {
  const seeds = DEMO_TENANTS.filter((t) => !opts.tenants || opts.tenants.includes(t.slug));
  const accounts = seeds.reduce((n, t) => n + 1 + t.users.length, 0);
  const writes =
    opts.writes ?? directSeedWrites(deps, { onFlush: opts.onFlush, accounts, emptyTable: opts.emptyTable });
  const zero = () => Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const report: SeedReport = { created: zero(), existed: zero() };
  const count = (kind: Kind, created: boolean, n = 1) => {
    report[created ? 'created' : 'existed'][kind] += n;
  };
  const platform = deps.stores.platform();
  count('platformAdmins', await bootstrapPlatformAdmin(platform, deps.now()));

  const existing = await listAll((q) => tenantsRepo.listTenants(platform, q));
  for (const t of seeds) {
    if (existing.find((x) => x.slug === t.slug)?.status === 'suspended') {
      const problem = { title: 'Tenant suspended', detail: `The demo tenant "${t.slug}" is suspended.` };
      throw new SeedError(
        `Seeding failed: the demo tenant "${t.slug}" is suspended, so its admin cannot work in it (403). ${FRESH_HINT}`,
        403,
        problem,
      );
    }
  }
  const now = deps.now();
  // A step's writes go out while the next step is prepared; the first failure is thrown at the end.
  const flushes: Promise<void>[] = [];
  const flush = (ordered: boolean) => {
    const written = writes.flush({ ordered });
    written.catch(() => {});
    flushes.push(written);
  };

  // Step 1. Tenants one after another: they share the platform partitions.
  const refs: { seed: TenantSeed; ref: TenantRef; existed: boolean }[] = [];
  for (const t of seeds) {
    const found = existing.find((x) => x.slug === t.slug);
    const ref = found
      ? await existingTenant(platform, t, found.id)
      : { ...tenantRef(t), ...(await writes.createTenant(tenantBody(t))) };
    count('tenants', !found);
    refs.push({ seed: t, ref, existed: !!found });
  }
  const runs = await Promise.all(
    refs.map(async ({ seed, ref, existed }) => {
      const store = await deps.stores.forTenant(ref.id);
      const org = await seedOrg(writes, store, seed, ref, existed, count);
      const [personnel, surveys] = await Promise.all([
        personnelSeeding(writes, store, seed, ref, existed, now, org, (k: PersonnelKind, c) => count(k, c)),
        surveySeeding(writes, store, seed, ref, existed, now, org, count),
      ]);
      const [leave, performance, recruitment] = await Promise.all([
        leaveSeeding(writes, store, seed, ref, existed, now, org, personnel, count),
        performanceSeeding(writes, store, seed, ref, existed, now, org, personnel, count),
        recruitmentSeeding(
          writes,
          store,
          seed,
          ref,
          existed,
          now,
          org,
          personnel,
          count,
          opts.applicants !== false && !!writes.applicants && !!deps.documents,
        ),
        personnel.catalogue(),
        surveys.settings(),
      ]);
      return {
        seed,
        ref,
        store,
        existed,
        org,
        personnel,
        surveys,
        leave,
        performance,
        recruitment,
        locations: new Map<string, string>(),
      };
    }),
  );
  // Units need their parent, trainings the competencies they check: this step keeps its order.
  flush(true);

  // Step 2.
  await Promise.all(
    runs.map((run) =>
      Promise.all([
        run.personnel.employees(),
        run.surveys.units(),
        seedWorkLocations(writes, run.store, run.seed, run.ref, run.existed, run.org, count).then((ids) => {
          run.locations = ids;
        }),
      ]),
    ),
  );
  flush(false);

  // Step 3. The demo logins are linked to their employee records, which step 2 wrote: the link
  // checks that the employee exists in the account's agency.
  await Promise.all(
    runs.map((run) =>
      Promise.all([
        run.personnel.enrolmentsAndMentors(),
        run.surveys.populationsAndCodes(),
        seedUsers(writes, run.store, run.seed, run.ref, run.existed, run.org.agency, run.personnel, count),
        seedAttendanceHistory(
          writes,
          run.store,
          run.seed,
          run.ref,
          run.existed,
          run.org,
          run.personnel.employeesOf(run.seed.demoAgencyCode),
          run.locations.get(run.seed.demoAgencyCode) as string,
          now,
          count,
          run.leave.onLeave,
        ),
      ]),
    ),
  );
  flush(false);

  // Step 4 on.
  for (let round = 0; ; round++) {
    const more = await Promise.all(
      runs.map(async (run) => {
        const [next] = await Promise.all([
          run.personnel.round(round),
          round === 0 ? run.surveys.responses() : undefined,
        ]);
        return next;
      }),
    );
    flush(false);
    if (!more.some(Boolean)) break;
  }
  await Promise.all(flushes);

  // Then leave, the Plh and the shift roster, performance management and recruitment, at the
  // clock of each act: each round reads what the one before wrote (the request it steps on, the
  // schedule it rosters, the SKP's version, the round a formasi joins), so each is written out
  // first; a repository's queries read the table, not what is recorded.
  for (let round = 0; ; round++) {
    const more = await Promise.all(
      runs.map(async (run) => {
        const [leave, performance, recruitment] = await Promise.all([
          run.leave.round(round),
          run.performance.round(round),
          run.recruitment.round(round),
        ]);
        return leave || performance || recruitment;
      }),
    );
    await writes.flush({ ordered: true });
    if (!more.some(Boolean)) break;
  }
  return report;
}

const tenantRef = (t: TenantSeed) => ({
  slug: t.slug,
  timeZone: t.timeZone,
  adminUsername: t.admin.username,
  adminName: t.admin.name,
});

/** The admin's user id comes from their login record (the tenant's first admin always has one). */
async function existingTenant(store: Store, t: TenantSeed, id: string): Promise<TenantRef> {
  const login = await store.get<{ userId: string }>(keys.login(id, t.admin.username), true);
  if (!login)
    throw new SeedError(
      `Seeding failed: the demo tenant "${t.slug}" has no user "${t.admin.username}". ${FRESH_HINT}`,
      401,
      null,
    );
  return { ...tenantRef(t), id, adminUserId: login.userId };
}

interface OrgIds {
  agency(code: string): string;
  /** Unit ids by agency code and unit name (names are unique within a demo agency). */
  unit(agencyCode: string, name: string): string;
}

/** Agencies are matched by name and units by name under the same parent, so a half-finished earlier run is completed. */
async function seedOrg(
  writes: SeedWrites,
  store: Store,
  t: TenantSeed,
  ref: TenantRef,
  existed: boolean,
  count: (kind: Kind, created: boolean) => void,
): Promise<OrgIds> {
  const agencies = existed ? await listAll((q) => orgRepo.listAgencies(store, ref.id, q)) : [];
  const agencyIds = new Map<string, string>();
  const unitIds = new Map<string, string>();
  // Agencies side by side; one agency's units one after another, since each new unit bumps its
  // parent's and its agency's counters (the direct path records them at once anyway).
  await bounded(t.agencies, writes.parallel, async (a: AgencySeed) => {
    const found = agencies.find((x) => x.name === a.name);
    const agency = found ?? (await writes.createAgency(ref, { name: a.name, code: a.code }));
    count('agencies', !found);
    agencyIds.set(a.code, agency.id);
    const units: Unit[] = found ? await listAll((q) => orgRepo.listUnits(store, ref.id, agency.id, q)) : [];
    const walk = async (seeds: UnitSeed[], parentUnitId: string | null) => {
      for (const s of seeds) {
        const hit = units.find((u) => u.name === s.name && (u.parentUnitId ?? null) === parentUnitId);
        const unit =
          hit ??
          (await writes.createUnit(ref, agency.id, {
            name: s.name,
            ...(parentUnitId ? { parentUnitId } : {}),
          }));
        count('units', !hit);
        unitIds.set(`${a.code}/${s.name}`, unit.id);
        if (s.children) await walk(s.children, unit.id);
      }
    };
    await walk(a.units, null);
  });
  return {
    agency(code) {
      const id = agencyIds.get(code);
      if (!id) throw new Error(`Demo tenant ${t.slug} has no agency with code ${code}.`);
      return id;
    },
    unit(agencyCode, name) {
      const id = unitIds.get(`${agencyCode}/${name}`);
      if (!id) throw new Error(`Demo tenant ${t.slug} has no unit ${name} in ${agencyCode}.`);
      return id;
    },
  };
}

/** A work location per agency at the government's main office (`office`), so check-in works at once. */
async function seedWorkLocations(
  writes: SeedWrites,
  store: Store,
  t: TenantSeed,
  ref: TenantRef,
  existed: boolean,
  org: OrgIds,
  count: (kind: Kind, created: boolean) => void,
) {
  const found = existed
    ? await listAll((q) =>
        attendancePlacesRepo.listWorkLocations(
          store,
          { sub: ref.adminUserId, tenantId: ref.id, role: 'tenant-admin' },
          q,
        ),
      )
    : [];
  const ids = new Map<string, string>();
  await bounded(t.agencies, writes.parallel, async (a: AgencySeed) => {
    const agencyId = org.agency(a.code);
    const hit = found.find((l) => l.agencyId === agencyId);
    const id =
      hit?.id ??
      (
        await writes.createWorkLocation(ref, {
          agencyId,
          name: `${t.office.name} (${a.code})`,
          lat: t.office.lat,
          lon: t.office.lon,
          radiusM: 250,
        })
      ).id;
    ids.set(a.code, id);
    count('workLocations', !hit);
  });
  return ids;
}

/**
 * Last month's punches of the demo agency's staff (demo-attendance.ts), as check-ins at its work
 * location would have left them, none on a day of their leave; an employee whose month item exists
 * already is left alone.
 */
async function seedAttendanceHistory(
  writes: SeedWrites,
  store: Store,
  t: TenantSeed,
  ref: TenantRef,
  existed: boolean,
  org: OrgIds,
  staff: { id: string; key: string; name: string; unitName: string }[],
  locationId: string,
  now: Date,
  count: (kind: Kind, created: boolean) => void,
  onLeave: (key: string, month: string) => ReadonlySet<string>,
) {
  const month = previousMonth(tenantToday(now, t.timeZone));
  const agencyId = org.agency(t.demoAgencyCode);
  const items: TxItem[] = [];
  for (const [i, e] of staff.entries()) {
    const had = existed && !!(await store.get(keys.attendanceMonth(ref.id, agencyId, month, e.id), true));
    if (!had)
      items.push(
        ...attendancePunchesRepo.historyWrites(
          store.tableName,
          ref.id,
          { id: e.id, name: e.name, agencyId, unitId: org.unit(t.demoAgencyCode, e.unitName) },
          month,
          demoAttendanceMonth(month, i, t.timeZone, onLeave(e.key, month)),
          { locationId, lat: t.office.lat, lon: t.office.lon, timeZone: t.timeZone },
        ),
      );
    count('attendanceMonths', !had);
  }
  if (items.length) await writes.recordAttendanceHistory(ref, items);
}

async function seedUsers(
  writes: SeedWrites,
  store: Store,
  t: TenantSeed,
  ref: TenantRef,
  existed: boolean,
  agencyIdOf: (code: string) => string,
  personnel: { employeeIdOf(username: string): string | undefined },
  count: (kind: Kind, created: boolean) => void,
) {
  const agencyId = agencyIdOf(t.demoAgencyCode);
  for (const u of t.users) {
    const exists = existed && !!(await store.get(keys.login(ref.id, u.username), true));
    if (!exists) {
      const employeeId = personnel.employeeIdOf(u.username);
      await writes.createUser(ref, {
        username: u.username,
        name: u.name,
        role: u.role,
        agencyId,
        ...(employeeId ? { employeeId } : {}),
        password: DEMO_PASSWORD,
      });
    }
    count('users', !exists);
  }
}

function tenantBody(t: TenantSeed) {
  return {
    slug: t.slug,
    name: t.name,
    level: t.level,
    bpsCode: t.bpsCode,
    timeZone: t.timeZone,
    firstAdmin: { username: t.admin.username, name: t.admin.name, password: DEMO_PASSWORD },
  };
}

/**
 * The platform admin cannot be created through the API (someone has to be first), so it goes
 * straight into the table: the login record the local identity adapter reads, and the profile.
 * Returns true when it was created now.
 */
export async function bootstrapPlatformAdmin(store: Store, now: Date): Promise<boolean> {
  const loginKey = keys.platformLogin(PLATFORM_ADMIN.username);
  if (await store.get(loginKey, true)) return false;
  const userId = newId();
  const at = now.toISOString();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const put = (Item: Record<string, unknown>) => ({
    op: { Put: { TableName: store.tableName, Item, ConditionExpression: 'attribute_not_exists(pk)' } },
  });
  try {
    await store.transact([
      put({
        ...loginKey,
        type: 'LOGIN',
        userId,
        username: PLATFORM_ADMIN.username,
        tenantId: PLATFORM_TENANT_ID,
        passwordHash,
        failedAttempts: 0,
        status: 'active',
        name: PLATFORM_ADMIN.name,
        role: 'platform-admin',
        agencyId: null,
        employeeId: null,
      }),
      put({
        ...keys.platformUser(userId),
        type: 'PLATFORM_USER',
        id: userId,
        username: PLATFORM_ADMIN.username,
        name: PLATFORM_ADMIN.name,
        role: 'platform-admin',
        status: 'active',
        createdAt: at,
        updatedAt: at,
        version: 1,
      }),
    ]);
  } catch (err) {
    // Another process seeded between our read and our write: the admin exists, which is the goal.
    if ((err as { status?: number }).status === 409) return false;
    throw err;
  }
  return true;
}

const SUMMARY: [Kind, string][] = [
  ['tenants', 'tenants'],
  ['agencies', 'agencies'],
  ['units', 'units'],
  ['users', 'users'],
  ['positions', 'positions'],
  ['employees', 'employees'],
  ['trainings', 'trainings'],
  ['enrolments', 'enrolments'],
  ['completions', 'completions'],
  ['mentorships', 'mentorships'],
  ['surveyUnits', 'survey units'],
  ['surveyResponses', 'survey responses'],
  ['leaveRequests', 'leave requests'],
  ['rosterShifts', 'rostered shifts'],
  ['skps', 'SKPs'],
  ['skpAssessments', 'SKP assessments'],
  ['feedbackRounds', 'rounds of 360 feedback'],
  ['recruitmentRounds', 'recruitment rounds'],
  ['formations', 'formasi'],
  ['applicants', 'applicants'],
  ['applications', 'applications'],
  ['announcements', 'announcements'],
];

/** One progress line: what the seed wrote (or that everything was there) and how long it took. */
export function describeSeed(
  report: SeedReport,
  seconds: number,
  written: { items: number; calls: number },
): string {
  const created = SUMMARY.filter(([k]) => report.created[k] > 0).map(
    ([k, label]) => `${report.created[k].toLocaleString('en')} ${label}`,
  );
  if (created.length === 0) return `demo data is there (checked in ${seconds.toFixed(1)} s)`;
  const calls = written.calls
    ? ` (${written.items.toLocaleString('en')} items in ${written.calls.toLocaleString('en')} calls)`
    : '';
  return `demo data written in ${seconds.toFixed(1)} s: ${created.join(', ')}${calls}`;
}
