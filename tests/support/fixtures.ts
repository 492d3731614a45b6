import { BatchWriteCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { type Role, TENANT_ROLES, type TenantRole } from '@pamong/core';
import { clearAccountCache, clearTenantCache } from '@pamong/http';
import { createTenantViaApi, createTestApi, PASSWORD, type TestApi } from './app';
import { employeeBody } from './personnel';

/**
 * The world the route-table harness and the bench act on: one API on one table, two tenants made
 * through the API, each with an agency, a parent unit with a child unit under it, and one account
 * per tenant role (the tenant admin is the first admin made with the tenant), plus the platform
 * admin. It does not use vitest, so the bench can build it around its own DynamoDB Local.
 */
export interface Account {
  id: string;
  username: string;
  name: string;
  token: string;
}

export interface TenantFixture {
  id: string;
  slug: string;
  name: string;
  agency: { id: string; name: string };
  parentUnit: { id: string; name: string };
  unit: { id: string; name: string };
  users: Record<TenantRole, Account>;
  /** Personnel: see `buildPersonnel` for what each entity is there for. */
  personnel: PersonnelFixture;
  /** Two survey units (the first has two code batches and two responses with a suggestion). */
  survey: {
    unit: { id: string; name: string; shortCode: string };
    otherUnit: { id: string; name: string };
    responseId: string;
    suggestion: string;
  };
}

export interface PersonnelFixture {
  /** The employee account's own record (PNS, III/b): the target of every `{employeeId}` route. */
  employee: { id: string; name: string; nip: string };
  /** The supervisor's record; a mentor, placed in the first position. */
  supervisor: { id: string; name: string };
  /** A CPNS: the mentee of the mentorships and of mentor suggestions. */
  cpns: { id: string; name: string };
  /** Two PNS who retire within 12 months and may be promoted. */
  retiring: { id: string; name: string }[];
  competencies: { code: string; name: string }[];
  /** The first holds the supervisor; the second is vacant (placements go there). */
  positions: { id: string; name: string }[];
  /** The first has the employee and the CPNS enrolled. */
  trainings: { id: string; title: string }[];
  mentorshipId: string;
  correctionId: string;
  correctionReason: string;
  jobId: string;
}

/** The NIP, birth date, gender and TMT CPNS every generated employee body uses (the fixture employee's). */
export const FIXTURE_EMPLOYEE = { birthDate: '1986-09-26', tmtCpns: '2015-05-01', gender: 'L' as const };

export interface Fixtures {
  t: TestApi;
  platformToken: string;
  a: TenantFixture;
  b: TenantFixture;
}

/** When an operation may be called by several roles, the harness and the bench act as the first of these. */
export const ROLE_PRIORITY: readonly Role[] = [
  'tenant-admin',
  'platform-admin',
  'agency-admin',
  'supervisor',
  'employee',
];

const STAFF: Record<Exclude<TenantRole, 'tenant-admin'>, { username: string; label: string }> = {
  'agency-admin': { username: 'opd.admin', label: 'Admin OPD' },
  supervisor: { username: 'atasan', label: 'Atasan' },
  employee: { username: 'pegawai', label: 'Pegawai' },
};

async function ok(res: { status: number; body: any }, what: string, status = 201) {
  if (res.status !== status)
    throw new Error(`fixture: ${what} answered ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function buildTenant(t: TestApi, slug: string): Promise<TenantFixture> {
  const { tenantId, tenant, adminToken: firstToken } = await createTenantViaApi(t, slug);
  let adminToken = firstToken;
  const agency = await ok(
    await t.call('POST', '/v1/agencies', { token: adminToken, body: { name: `Dinas Pendidikan ${slug}` } }),
    'createAgency',
  );
  const parentUnit = await ok(
    await t.call('POST', `/v1/agencies/${agency.id}/units`, {
      token: adminToken,
      body: { name: `Bidang SD ${slug}` },
    }),
    'createUnit (parent)',
  );
  const unit = await ok(
    await t.call('POST', `/v1/agencies/${agency.id}/units`, {
      token: adminToken,
      body: { name: `Seksi Kurikulum ${slug}`, parentUnitId: parentUnit.id },
    }),
    'createUnit (child)',
  );
  const personnel = await buildPersonnel(t, slug, adminToken, agency.id, unit.id);
  const linked: Partial<Record<TenantRole, string>> = {
    employee: personnel.employee.id,
    supervisor: personnel.supervisor.id,
  };
  const me = await ok(await t.call('GET', '/v1/me', { token: adminToken }), 'getMe', 200);
  // The tenant admin is an employee too (a BKD official), so self-service routes answer them.
  await ok(
    await t.call('PATCH', `/v1/users/${me.user.id}`, {
      token: adminToken,
      body: {
        employeeId: personnel.retiring[1]!.id,
        version: (
          await ok(await t.call('GET', `/v1/users/${me.user.id}`, { token: adminToken }), 'getUser', 200)
        ).version,
      },
    }),
    'updateUser (link employee)',
    200,
  );
  adminToken = await t.loginAs(slug, 'admin');
  const users = {
    'tenant-admin': { id: me.user.id, username: 'admin', name: me.user.name, token: adminToken },
  } as Record<TenantRole, Account>;
  await Promise.all(
    (
      Object.entries(STAFF) as [Exclude<TenantRole, 'tenant-admin'>, { username: string; label: string }][]
    ).map(async ([role, { username, label }]) => {
      const name = `${label} ${slug}`;
      const user = await ok(
        await t.call('POST', '/v1/users', {
          token: adminToken,
          body: {
            username,
            name,
            role,
            agencyId: agency.id,
            password: PASSWORD,
            ...(linked[role] ? { employeeId: linked[role] } : {}),
          },
        }),
        `createUser ${role}`,
      );
      users[role] = { id: user.id, username, name, token: await t.loginAs(slug, username) };
    }),
  );
  await finishPersonnel(t, slug, users.employee.token, personnel);
  return {
    id: tenantId,
    slug,
    name: tenant.name,
    personnel: personnel as PersonnelFixture,
    agency: { id: agency.id, name: agency.name },
    parentUnit: { id: parentUnit.id, name: parentUnit.name },
    unit: { id: unit.id, name: unit.name },
    users,
    survey: await buildSurveys(t, slug, adminToken, agency.id),
  };
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Enough personnel data that every personnel list has a second page (limit 1) and every id names
 * something: two competencies, two positions, five employees, two trainings with enrolments, two
 * mentors with two mentorships (the first with two check-ins), and two import jobs. Corrections
 * need the employee's token, so `finishPersonnel` adds them once the accounts exist.
 */
async function buildPersonnel(
  t: TestApi,
  slug: string,
  token: string,
  agencyId: string,
  unitId: string,
): Promise<Omit<PersonnelFixture, 'correctionId' | 'correctionReason'>> {
  const call = async (path: string, body: unknown, what: string) =>
    ok(await t.call('POST', path, { token, body }), what);
  const levels = [1, 2, 3, 4, 5].map((level) => ({ level, description: `Level ${level} ${slug}` }));
  const competencies = [
    { code: 'TEK-HARNESS-DATA', name: `Analisis Data ${slug}`, group: 'teknis' },
    { code: 'MAN-HARNESS-KOMUNIKASI', name: `Komunikasi ${slug}`, group: 'manajerial' },
  ];
  for (const c of competencies) await call('/v1/competencies', { ...c, levels }, 'createCompetency');
  const positions: { id: string; name: string }[] = [];
  for (const name of [`Analis Kepegawaian ${slug}`, `Pranata Komputer ${slug}`]) {
    const p = await call(
      '/v1/positions',
      {
        agencyId,
        unitId,
        name,
        type: 'PELAKSANA',
        positionClass: 7,
        requiredEducation: { levels: ['S1'], majors: [] },
        requiredCompetencies: [{ code: 'TEK-HARNESS-DATA', minLevel: 2 }],
        seats: 3,
      },
      'createPosition',
    );
    positions.push({ id: p.id, name: p.name });
  }
  const emp = async (name: string, o: Partial<Parameters<typeof employeeBody>[0]>) => {
    const e = await call('/v1/employees', employeeBody({ agencyId, unitId, name, ...o }), 'createEmployee');
    return { id: e.id as string, name: e.name as string, nip: e.nip as string };
  };
  const comps = [{ code: 'TEK-HARNESS-DATA', level: 2 }];
  const employee = await emp(`Budi Pegawai ${slug}`, {
    ...FIXTURE_EMPLOYEE,
    tmtRank: '2019-04-01',
    competencies: comps,
    email: `budi.${slug}@pemda.go.id`,
  });
  // A second history entry, so the history list has a second page.
  await ok(
    await t.call('PATCH', `/v1/employees/${employee.id}`, {
      token,
      body: {
        rank: 'III/c',
        tmtRank: '2020-04-01',
        history: { kind: 'career', tmt: '2020-04-01' },
        version: 1,
      },
    }),
    'updateEmployee',
    200,
  );
  const supervisor = await emp(`Siti Atasan ${slug}`, {
    gender: 'P',
    birthDate: '1985-03-12',
    tmtCpns: '2010-03-01',
    rank: 'III/d',
    tmtRank: '2016-04-01',
    positionId: positions[0]!.id,
    competencies: [{ code: 'TEK-HARNESS-DATA', level: 4 }],
  });
  const now = new Date();
  const cpns = await emp(`Andi Cpns ${slug}`, {
    employmentType: 'CPNS',
    birthDate: '1999-07-01',
    tmtCpns: `${now.getUTCFullYear() - 1}-02-01`,
    rank: 'III/a',
  });
  // Born 58 years before a date 2 and 4 months ahead: BUP 58 falls within the next 12 months.
  const retiring = [];
  for (const [i, months] of [2, 4].entries()) {
    const birth = new Date(Date.UTC(now.getUTCFullYear() - 58, now.getUTCMonth() + months, 15));
    retiring.push(
      await emp(`Hasan Purnabakti ${i} ${slug}`, {
        birthDate: isoDay(birth),
        tmtCpns: `${birth.getUTCFullYear() + 25}-03-01`,
        rank: 'IV/a',
        tmtRank: '2018-04-01',
        sequence: 2 + i,
      }),
    );
  }
  const trainings: { id: string; title: string }[] = [];
  for (const title of [`Pelatihan Analisis Data ${slug}`, `Pelatihan Pelayanan Publik ${slug}`]) {
    const tr = await call(
      '/v1/trainings',
      {
        title,
        type: 'TEKNIS',
        competencies: [{ code: 'TEK-HARNESS-DATA', level: 3 }],
        jp: 8,
        startDate: '2026-03-02',
        endDate: '2026-03-04',
        capacity: 10,
      },
      'createTraining',
    );
    trainings.push({ id: tr.id, title: tr.title });
  }
  for (const e of [employee, cpns])
    await call(`/v1/trainings/${trainings[0]!.id}/enrollments`, { employeeId: e.id }, 'enrollTraining');
  // The tenant admin's own record (linked below) has two enrolments: "my training" has a second page.
  for (const tr of trainings)
    await call(`/v1/trainings/${tr.id}/enrollments`, { employeeId: retiring[1]!.id }, 'enrollTraining');
  for (const m of [supervisor, retiring[0]!]) {
    await ok(
      await t.call('PUT', `/v1/mentoring/mentors/${m.id}`, {
        token,
        body: { offeredCompetencies: [{ code: 'TEK-HARNESS-DATA', level: 4 }], capacity: 5, active: true },
      }),
      'upsertMentorProfile',
    );
  }
  let mentorshipId = '';
  for (const mentor of [supervisor, retiring[0]!]) {
    const m = await call(
      '/v1/mentoring/relationships',
      {
        mentorEmployeeId: mentor.id,
        menteeEmployeeId: cpns.id,
        startDate: '2025-06-02',
        goals: [`Memahami tugas pokok ${slug}`],
      },
      'createMentorship',
    );
    mentorshipId ||= m.id;
  }
  // Two check-ins on the first, so its check-in list has a second page.
  for (const date of ['2025-07-01', '2025-08-05'])
    await call(
      `/v1/mentoring/relationships/${mentorshipId}/check-ins`,
      { date, note: `Pertemuan bulanan ${date} ${slug}` },
      'addMentoringCheckIn',
    );
  let jobId = '';
  for (const fileName of [`pegawai-${slug}-1.xlsx`, `pegawai-${slug}-2.xlsx`]) {
    const j = await call('/v1/personnel/imports', { fileName, format: 'xlsx' }, 'importEmployees');
    jobId ||= j.job.id;
  }
  return { employee, supervisor, cpns, retiring, competencies, positions, trainings, mentorshipId, jobId };
}

/** Two pending corrections proposed by the employee (the correction list needs a second page). */
async function finishPersonnel(
  t: TestApi,
  slug: string,
  employeeToken: string,
  p: Partial<PersonnelFixture>,
): Promise<void> {
  p.correctionReason = `Nomor HP lama ${slug}`;
  for (const phone of ['081234567801', '081234567802']) {
    const c = await ok(
      await t.call('POST', '/v1/personnel/me/corrections', {
        token: employeeToken,
        body: { changes: { phone }, reason: p.correctionReason },
      }),
      'proposeProfileCorrection',
    );
    p.correctionId ||= c.id;
  }
}

/** Enough survey data that every survey list has a second page and every id names something. */
async function buildSurveys(t: TestApi, slug: string, token: string, agencyId: string) {
  await ok(
    await t.call('PUT', '/v1/surveys/settings', { token, body: { rateLimitPerHour: 100_000, version: 0 } }),
    'updateSurveySettings',
    200,
  );
  const [unit, otherUnit] = await Promise.all(
    [`Loket Disdukcapil ${slug}`, `Puskesmas Kedaton ${slug}`].map(async (name) =>
      ok(
        await t.call('POST', '/v1/surveys/units', {
          token,
          body: { agencyId, name, serviceTypes: ['KTP elektronik'], verification: 'optional' },
        }),
        'createSurveyUnit',
      ),
    ),
  );
  for (let i = 0; i < 2; i++) {
    await ok(
      await t.call('POST', `/v1/surveys/units/${unit.id}/service-codes`, { token, body: { count: 2 } }),
      'issueServiceCodes',
    );
  }
  const suggestion = `Saran rahasia ${slug}`;
  let responseId = '';
  for (let i = 0; i < 2; i++) {
    const res = await ok(
      await t.call('POST', `/v1/public/${slug}/survey-units/${unit.id}/responses`, {
        body: {
          answers: { U1: 3, U2: 4, U3: 2, U4: 4, U5: 3, U6: 3, U7: 4, U8: 2, U9: 3 },
          respondent: { gender: 'P', age: 34, education: 'D4-S1', occupation: 'Swasta' },
          suggestion: `${suggestion} ${i}`,
        },
      }),
      'submitSurveyResponse',
    );
    responseId = res.id;
  }
  return {
    unit: { id: unit.id, name: unit.name, shortCode: unit.shortCode },
    otherUnit: { id: otherUnit.id, name: otherUnit.name },
    responseId,
    suggestion,
  };
}

export async function setupFixtures(
  opts: { endpoint?: string; slugs?: [string, string] } = {},
): Promise<Fixtures> {
  const t = await createTestApi({ endpoint: opts.endpoint });
  const [slugA, slugB] = opts.slugs ?? ['harness-a', 'harness-b'];
  const platformToken = await t.platformToken();
  const [a, b] = await Promise.all([buildTenant(t, slugA), buildTenant(t, slugB)]);
  return { t, platformToken, a, b };
}

/** Every token of a tenant by role, and the platform admin's. */
export function tokensOf(fx: Fixtures, tenant: TenantFixture): Partial<Record<Role, string>> {
  const out: Partial<Record<Role, string>> = { 'platform-admin': fx.platformToken };
  for (const role of TENANT_ROLES) out[role] = tenant.users[role].token;
  return out;
}

/**
 * The value of every path parameter name, from one tenant's data. A new route whose path has a
 * parameter not listed here makes the harness fail until it is added: that is the only thing a new
 * route may need by hand.
 */
export function pathValuesFor(tenant: TenantFixture, path = ''): Record<string, string> {
  const month = new Date().toISOString().slice(0, 7);
  return {
    tenantId: tenant.id,
    tenant: tenant.slug,
    agencyId: tenant.agency.id,
    // `unitId` names an organisational unit, except on survey paths where it names a survey unit.
    unitId: /\/survey/.test(path) ? tenant.survey.unit.id : tenant.unit.id,
    userId: tenant.users.employee.id,
    responseId: tenant.survey.responseId,
    shortCode: tenant.survey.unit.shortCode,
    period: month.slice(0, 4),
    employeeId: tenant.personnel.employee.id,
    // The vacant position: a placement of the fixture employee there is a real move.
    positionId: tenant.personnel.positions[1]!.id,
    trainingId: tenant.personnel.trainings[0]!.id,
    mentorshipId: tenant.personnel.mentorshipId,
    correctionId: tenant.personnel.correctionId,
    jobId: tenant.personnel.jobId,
  };
}

/**
 * Values used for body and query properties of these names, so a generated request points at real
 * entities. `parentUnitId` is the parent of `unitId`, so a request that names both moves nothing.
 */
export function namedValuesFor(tenant: TenantFixture, path = ''): Record<string, unknown> {
  const month = new Date().toISOString().slice(0, 7);
  return {
    ...pathValuesFor(tenant, path),
    parentUnitId: tenant.parentUnit.id,
    month,
    // A generated employee agrees with its own NIP (the fixture employee's: a create is a 409).
    nip: tenant.personnel.employee.nip,
    ...FIXTURE_EMPLOYEE,
    rank: 'III/c',
    menteeId: tenant.personnel.cpns.id,
    mentorEmployeeId: tenant.personnel.supervisor.id,
    menteeEmployeeId: tenant.personnel.cpns.id,
    // `from`/`to` are months on a survey trend and ISO instants elsewhere (the audit list).
    ...(path.endsWith('/trend') ? { from: month, to: month } : {}),
  };
}

/** Ids and names that must never show up in an answer given to another tenant. */
export function secretsOf(tenant: TenantFixture): string[] {
  return [
    tenant.id,
    tenant.name,
    tenant.agency.id,
    tenant.agency.name,
    tenant.parentUnit.id,
    tenant.parentUnit.name,
    tenant.unit.id,
    tenant.unit.name,
    ...Object.values(tenant.users).flatMap((u) => [u.id, u.name]),
    tenant.survey.unit.id,
    tenant.survey.unit.name,
    tenant.survey.otherUnit.id,
    tenant.survey.otherUnit.name,
    tenant.survey.responseId,
    tenant.survey.suggestion,
    ...[
      tenant.personnel.employee,
      tenant.personnel.supervisor,
      tenant.personnel.cpns,
      ...tenant.personnel.retiring,
      ...tenant.personnel.positions,
    ].flatMap((e) => [e.id, e.name]),
    ...tenant.personnel.competencies.map((c) => c.name),
    ...tenant.personnel.trainings.flatMap((x) => [x.id, x.title]),
    tenant.personnel.mentorshipId,
    tenant.personnel.correctionId,
    tenant.personnel.correctionReason,
    tenant.personnel.jobId,
  ];
}

export type Item = Record<string, unknown>;

/** Tests and tools may scan; runtime code never does. */
export async function scanTable(t: TestApi): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await t.store.doc.send(
      new ScanCommand({ TableName: t.tableName, ExclusiveStartKey: start, ConsistentRead: true }),
    );
    items.push(...((out.Items ?? []) as Item[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** JSON with sorted keys: DynamoDB does not promise an attribute order. */
export function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((v as Item)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'undefined';
}

const itemKey = (i: Item) => `${String(i.pk)}\u0000${String(i.sk)}`;

/** Whether an item belongs to the tenant: any partition key, on the table or a GSI, under its prefix. */
export function belongsTo(item: Item, tenantId: string): boolean {
  const prefix = `T#${tenantId}#`;
  if (item.pk === 'PLATFORM#TENANTS' && item.sk === `TENANT#${tenantId}`) return true;
  if (typeof item.pk === 'string' && item.pk.startsWith('PLATFORM#SLUG#') && item.tenantId === tenantId)
    return true;
  return Object.entries(item).some(
    ([k, v]) => (k === 'pk' || /^gsi\d+pk$/.test(k)) && typeof v === 'string' && v.startsWith(prefix),
  );
}

/**
 * Every item of the tenant (its `T#<id>#` partitions on the table and the GSIs, its registry entry and
 * slug), as sorted stable JSON lines: two snapshots are equal exactly when nothing was written.
 */
export async function tenantSnapshot(t: TestApi, tenantId: string): Promise<string[]> {
  return (await scanTable(t))
    .filter((i) => belongsTo(i, tenantId))
    .map((i) => `${itemKey(i)} ${stableJson(i)}`)
    .sort();
}

/** What changed between two snapshots, for a failure message a developer can act on. */
export function describeChange(before: string[], after: string[]): string {
  const b = new Set(before);
  const a = new Set(after);
  const gone = before.filter((l) => !a.has(l)).map((l) => `  - ${l.slice(0, 300)}`);
  const added = after.filter((l) => !b.has(l)).map((l) => `  + ${l.slice(0, 300)}`);
  return [...gone, ...added].join('\n');
}

/** The `version` of the entity with this id as it is stored now (1 when it has none). */
export async function currentVersion(t: TestApi, id: string | undefined): Promise<number> {
  if (!id) return 1;
  const hit = (await scanTable(t)).find(
    (i) => i.id === id && typeof i.version === 'number' && i.type !== 'AUDIT',
  );
  return (hit?.version as number | undefined) ?? 1;
}

async function batchWrite(t: TestApi, requests: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < requests.length; i += 25) {
    let pending: Record<string, unknown[]> | undefined = { [t.tableName]: requests.slice(i, i + 25) };
    for (let attempt = 0; pending && Object.keys(pending).length > 0; attempt++) {
      if (attempt > 10) throw new Error('BatchWriteItem kept returning unprocessed items');
      const out = await t.store.doc.send(new BatchWriteCommand({ RequestItems: pending as never }));
      pending = out.UnprocessedItems as Record<string, unknown[]> | undefined;
    }
  }
}

/**
 * Puts the table back as it was in `baseline` (items added since are deleted, changed ones rewritten)
 * and empties the tenant cache, so a call that did change data cannot leak into the next test.
 * Returns whether anything had changed.
 */
export async function restoreTable(t: TestApi, baseline: Item[]): Promise<boolean> {
  const now = await scanTable(t);
  const want = new Map(baseline.map((i) => [itemKey(i), i]));
  const have = new Map(now.map((i) => [itemKey(i), stableJson(i)]));
  const deletes = now
    .filter((i) => !want.has(itemKey(i)))
    .map((i) => ({ DeleteRequest: { Key: { pk: i.pk, sk: i.sk } } }));
  const puts = baseline
    .filter((i) => have.get(itemKey(i)) !== stableJson(i))
    .map((i) => ({ PutRequest: { Item: i } }));
  if (deletes.length + puts.length === 0) return false;
  await batchWrite(t, [...deletes, ...puts]);
  clearTenantCache();
  clearAccountCache();
  return true;
}
