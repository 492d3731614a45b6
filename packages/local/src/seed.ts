import { PLATFORM_TENANT_ID } from '@pamong/core';
import { keys, newId, type Store } from '@pamong/db';
import type { AppDeps } from '@pamong/http';
import { hashPassword } from '@pamong/identity';
import {
  type AgencySeed,
  DEMO_PASSWORD,
  DEMO_TENANTS,
  PLATFORM_ADMIN,
  type TenantSeed,
  type UnitSeed,
} from './demo-data';
import { describeProblem } from './problem-text';
import { PERSONNEL_KINDS, type PersonnelKind, preparePersonnel } from './seed-personnel';
import { type ClockedApi, seedTenantSurveys } from './seed-surveys';

export { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TENANTS } from './demo-data';

/** Just what the seed needs from the Hono app, so it can be any app that serves the API. */
export interface RequestableApp {
  request(input: string, init?: RequestInit): Response | Promise<Response>;
}

type Kind = 'platformAdmins' | 'tenants' | 'agencies' | 'units' | 'users' | 'surveyUnits' | PersonnelKind;
export interface SeedReport {
  created: Record<Kind, number>;
  existed: Record<Kind, number>;
}

export class SeedError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly problem: unknown,
  ) {
    super(message);
    this.name = 'SeedError';
  }
}

interface Named {
  id: string;
  name: string;
}
interface TenantItem extends Named {
  slug: string;
}
interface UnitItem extends Named {
  parentUnitId: string | null;
}
interface UserItem {
  id: string;
  username: string;
}

/**
 * Seeds the demo platform admin, tenants, agencies, units and accounts. Idempotent: it looks before
 * it creates, so a second run only reads. Everything but the platform admin goes through the real
 * API, so the seed obeys the same validation, guards and audit as a person would.
 */
export async function seedDemo(
  api: RequestableApp,
  deps: Pick<AppDeps, 'stores' | 'now'>,
  /** The same API with a settable clock: survey history is submitted "in" past months. */
  clocked: ClockedApi = () => api,
): Promise<SeedReport> {
  const zero = () =>
    Object.fromEntries(
      [...['platformAdmins', 'tenants', 'agencies', 'units', 'users', 'surveyUnits'], ...PERSONNEL_KINDS].map(
        (k) => [k, 0],
      ),
    ) as Record<Kind, number>;
  const report: SeedReport = { created: zero(), existed: zero() };
  const count = (kind: Kind, created: boolean) => {
    report[created ? 'created' : 'existed'][kind] += 1;
  };

  count('platformAdmins', await bootstrapPlatformAdmin(deps.stores.platform(), deps.now()));
  const http = new ApiClient(api);
  const platformToken = await http.login('platform', PLATFORM_ADMIN.username, DEMO_PASSWORD);

  const tenants = await http.listAll<TenantItem>('/v1/platform/tenants', platformToken);
  // Tenants one after another: they share the platform partitions, and the count is small.
  for (const t of DEMO_TENANTS) {
    const exists = tenants.some((x) => x.slug === t.slug);
    if (!exists) await http.send('POST', '/v1/platform/tenants', platformToken, tenantBody(t));
    count('tenants', !exists);
  }
  // Each tenant's tree only touches its own partitions, so the tenants can go in parallel.
  const now = deps.now();
  await Promise.all(DEMO_TENANTS.map((t) => seedTenant(http, t, count, clocked, now)));
  return report;
}

async function seedTenant(
  http: ApiClient,
  t: TenantSeed,
  count: (kind: Kind, created: boolean) => void,
  clocked: ClockedApi,
  now: Date,
) {
  const token = await http.login(t.slug, t.admin.username, DEMO_PASSWORD);
  const agencies = await http.listAll<Named>('/v1/agencies', token);
  const agencyIds = new Map<string, string>();
  // Agencies in parallel: each one's writes touch only its own item, name guard and units. Units of
  // one agency stay sequential, since each new unit bumps its parent's and its agency's counters.
  await Promise.all(
    t.agencies.map(async (a) => {
      const found = agencies.find((x) => x.name === a.name);
      const agency =
        found ?? (await http.send<Named>('POST', '/v1/agencies', token, { name: a.name, code: a.code }));
      count('agencies', !found);
      agencyIds.set(a.code, agency.id);
      await seedUnits(http, token, agency.id, a, count);
    }),
  );

  const agencyId = agencyIds.get(t.demoAgencyCode);
  if (!agencyId) throw new Error(`Demo tenant ${t.slug} has no agency with code ${t.demoAgencyCode}.`);
  // The employee records of the demo supervisor and employee come first, so their logins carry an
  // employeeId claim (a user's employeeId is set only on create).
  const personnel = await preparePersonnel(http, t, token, agencyIds, now, count);
  const users = await http.listAll<UserItem>('/v1/users', token);
  for (const u of t.users) {
    const exists = users.some((x) => x.username === u.username);
    if (!exists) {
      const employeeId = personnel.employeeIdOf(u.username);
      await http.send('POST', '/v1/users', token, {
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
  await seedTenantSurveys(http, clocked, t, token, agencyIds, now, (created) =>
    count('surveyUnits', created),
  );
  // After the surveys, not beside them: a survey unit's create checks the agency item, which every
  // new employee ADDs to, and the API does not retry a TransactionConflict.
  await personnel.finish();
}

/** Units are matched by name under the same parent, so a half-finished earlier run is completed. */
async function seedUnits(
  http: ApiClient,
  token: string,
  agencyId: string,
  agency: AgencySeed,
  count: (kind: Kind, created: boolean) => void,
) {
  const path = `/v1/agencies/${agencyId}/units`;
  const existing = await http.listAll<UnitItem>(path, token);
  const walk = async (seeds: UnitSeed[], parentUnitId: string | null) => {
    for (const s of seeds) {
      const found = existing.find((u) => u.name === s.name && (u.parentUnitId ?? null) === parentUnitId);
      const unit =
        found ??
        (await http.send<UnitItem>('POST', path, token, {
          name: s.name,
          ...(parentUnitId ? { parentUnitId } : {}),
        }));
      count('units', !found);
      if (s.children) await walk(s.children, unit.id);
    }
  };
  await walk(agency.units, null);
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

// Local data outlives code changes: a demo account changed by hand, or items written before a
// change to the data model, are the usual reasons a seed of existing data fails.
const FRESH_HINT =
  'If the local data was changed by hand or predates a change to the data model, start over with `npm start -- --fresh` (or skip the seed with --no-seed).';

/** Calls the in-process API and turns every non-2xx answer into a SeedError with the problem. */
class ApiClient {
  constructor(private readonly api: RequestableApp) {}

  async login(tenant: string, username: string, password: string): Promise<string> {
    const res = await this.send<{ token: string }>('POST', '/v1/auth/login', undefined, {
      tenant,
      username,
      password,
    });
    return res.token;
  }

  async send<T = unknown>(
    method: string,
    path: string,
    token: string | undefined,
    body?: unknown,
    app: RequestableApp = this.api,
  ): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await app.request(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    if (!res.ok)
      throw new SeedError(
        `Seeding failed: ${method} ${path} answered ${describeProblem(res.status, parsed)}. ${FRESH_HINT}`,
        res.status,
        parsed,
      );
    return parsed as T;
  }

  async listAll<T>(path: string, token: string): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | null = null;
    do {
      const q = new URLSearchParams({ limit: '100' });
      if (cursor) q.set('cursor', cursor);
      const page: { items: T[]; nextCursor: string | null } = await this.send('GET', `${path}?${q}`, token);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }
}
