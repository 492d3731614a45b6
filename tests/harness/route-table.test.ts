import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ROLES, type Role, TENANT_ROLES, type TenantRole } from '@pamong/core';
import { newId } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import { clearAccountCache } from '@pamong/http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  currentVersion,
  describeChange,
  type Fixtures,
  type Item,
  namedValuesFor,
  pathValuesFor,
  ROLE_PRIORITY,
  restoreTable,
  scanTable,
  secondAgencyNamedValuesFor,
  secondAgencyValuesFor,
  secretsOf,
  setupFixtures,
  stringsIn,
  TENANT_ACCOUNT_ROLES,
  type TenantFixture,
  tenantSnapshot,
  tokensOf,
} from '../support/fixtures';
import { register as registerPasskey } from '../support/soft-authenticator';
import {
  callersOf,
  checkFeedbackOperation,
  feedbackState,
  isFeedbackRoute,
  KNOWN_FEEDBACK_OPERATIONS,
  responseViolations,
  storedViolations,
  writeViolations,
} from './anonymity';
import { badInputCases, GARBAGE_KEY, RawBody } from './bad-input';
import {
  allows,
  buildValidRequest,
  isPublic,
  listOperations,
  loadOperationsOffline,
  MissingFixtureError,
  type OpenApiDoc,
  type Operation,
  type PlannedRequest,
  resolvePath,
  targetParam,
  urlOf,
} from './operations';

/**
 * The route-table security harness (foundation issue, section 11). It walks every operation of
 * /openapi.json, so a new route is covered as soon as it is registered: without a token, with every
 * role of another tenant, with every role that lacks permission, with schema-driven bad input, with
 * a token from before a role change, and as the admin of another agency of the same tenant. The
 * roles are `ROLES`, all of them: a role without a fixture account fails the harness. The 360
 * feedback routes are also checked for anonymity (section 7, anonymity.ts).
 *
 * The operation list is read from an app built without a database, because vitest needs the tests
 * before any hook runs; the first test checks that the app under test serves the same document.
 */
const { doc, operations } = await loadOperationsOffline();
const secured = operations.filter((op) => !isPublic(op));
const withInput = operations.filter((op) => op.body || op.query.length > 0);
const named = (ops: Operation[]) =>
  ops.map((op) => [`${op.operationId} (${op.method} ${op.path})`, op] as const);

let fx: Fixtures;
let baseline: Item[];
/** Tenant A's leak secrets, derived from its fixture (`secretsOf`). */
let secretsA: string[];

beforeAll(async () => {
  fx = await setupFixtures();
  baseline = await scanTable(fx.t);
  secretsA = secretsOf(fx.a, [fx.b]);
}, 180_000);

// Each test starts from the same data, whatever the previous one managed to change.
afterEach(async () => {
  if (fx) await restoreTable(fx.t, baseline);
});

afterAll(() => {
  fx?.t.store.doc.destroy();
});

const PROBLEM = /^application\/problem\+json/;

type Response = Awaited<ReturnType<Fixtures['t']['call']>>;

async function send(req: PlannedRequest, token?: string): Promise<Response> {
  const body = req.body instanceof RawBody ? req.body.text : req.body;
  return fx.t.call(req.method, req.url, { token, body: await withCeremony(req, body, token) });
}

/**
 * A passkey registration answers a challenge the server gave the same caller a moment before: a
 * generated body cannot hold one. For `finishPasskeyRegistration` with a well-formed generated body,
 * the caller first asks for options and a software authenticator answers them (as a phone would).
 */
let ceremonyRan = false;

/** Deletes the passkey challenges written since `baseline` (the ceremony's own). */
async function deleteNewChallenges(baseline: Record<string, unknown>[]) {
  const had = new Set(baseline.map((i) => `${i.pk}|${i.sk}`));
  for (const i of await scanTable(fx.t))
    if (i.type === 'PASSKEY_CHALLENGE' && !had.has(`${i.pk}|${i.sk}`))
      await fx.t.store.doc.send(
        new DeleteCommand({ TableName: fx.t.tableName, Key: { pk: i.pk, sk: i.sk } }),
      );
}

async function withCeremony(req: PlannedRequest, body: unknown, token?: string): Promise<unknown> {
  const registering = req.method.toUpperCase() === 'POST' && req.url === '/v1/passkeys';
  const response = (body as { response?: unknown } | undefined)?.response;
  const wellFormed = typeof response === 'object' && response !== null && !Array.isArray(response);
  if (!registering || !token || !wellFormed) return body;
  const start = await fx.t.call('POST', '/v1/passkeys/registration-options', { token });
  if (start.status !== 200) return body;
  ceremonyRan = true;
  const answer = registerPasskey(start.body.options, { origin: 'http://localhost', rpID: 'localhost' });
  return { ...(body as object), response: answer.response };
}

function expectProblem(res: Response, context: string, check: typeof expect | typeof expect.soft = expect) {
  check(res.headers.get('content-type') ?? '', `${context}: content-type`).toMatch(PROBLEM);
  check(res.body, `${context}: problem body`).toMatchObject({
    type: expect.stringMatching(/^https:\/\/pamong\.id\/problems\/[a-z-]+$/),
    title: expect.any(String),
    status: res.status,
  });
}

/** A valid request for `op` aimed at `tenant`'s entities, with the target's current version. */
async function validRequest(op: Operation, tenant: TenantFixture): Promise<PlannedRequest> {
  const pathValues = pathValuesFor(tenant, op.path);
  const target = targetParam(op);
  const version = await currentVersion(fx.t, target ? pathValues[target] : undefined);
  return buildValidRequest(op, { pathValues, named: { ...namedValuesFor(tenant, op.path), version }, doc });
}

/** The fixture token of `role` in `tenant`; throws (failing the test) when the fixtures have none. */
const tokenFor = (role: Role, tenant: TenantFixture) => tokensOf(fx, tenant)[role];

/** The role the positive control and the bad-input pass act as: the first allowed one we hold. */
function actingRole(op: Operation): Role | undefined {
  if (isPublic(op)) return undefined;
  const role = ROLE_PRIORITY.find((r) => allows(op, r));
  if (!role)
    throw new Error(
      `${op.operationId}: none of ${ROLE_PRIORITY.join(', ')} may call it; add a fixture account`,
    );
  return role;
}

describe('the fixtures', () => {
  it.each(ROLES.map((r) => [r]))('hold a working %s token in both tenants', async (role) => {
    for (const tenant of [fx.a, fx.b]) {
      const token = tokenFor(role, tenant);
      expect(token, `${role} in ${tenant.slug}`).toEqual(expect.any(String));
      // Every role may read its own account; the answer names the role the account holds.
      const me = await fx.t.call('GET', '/v1/me', { token });
      expect(me.status, `${role} in ${tenant.slug}: ${JSON.stringify(me.body)}`).toBe(200);
      expect(JSON.stringify(me.body)).toContain(`"${role}"`);
    }
  });

  it('a role without a fixture account fails the harness instead of being skipped', () => {
    const { applicant: _gone, ...rest } = fx.a.users;
    const without = { ...fx.a, users: rest } as unknown as TenantFixture;
    expect(() => tokensOf(fx, without)).toThrow(`no applicant account in ${fx.a.slug}`);
  });

  it('ROLE_PRIORITY names every role exactly once, so each operation has someone to act as', () => {
    expect([...ROLE_PRIORITY].sort()).toEqual([...ROLES].sort());
    expect(TENANT_ACCOUNT_ROLES).toEqual(ROLES.filter((r) => r !== 'platform-admin'));
  });

  it("tenant A's leak secrets come from walking its fixture and are not trivial", () => {
    const a = fx.a;
    const s = a.secondAgency;
    expect(secretsA.length).toBeGreaterThan(60);
    for (const must of [
      a.id,
      a.name,
      a.agency.id,
      a.unit.name,
      a.users.applicant.id,
      a.personnel.employee.nip,
      a.personnel.trainings[0]!.title,
      a.personnel.correctionReason,
      a.survey.suggestion,
      s.agency.id,
      s.agency.name,
      s.employee.nip,
      s.admin.id,
      s.position.name,
      s.survey.suggestion,
      s.jobId,
    ]) {
      expect(secretsA, `${must} should be a secret of tenant A`).toContain(must);
    }
    const bStrings = stringsIn(fx.b);
    expect(secretsA.filter((x) => bStrings.has(x))).toEqual([]);
    // Both tenants' data is built the same way: what B holds besides them is its own.
    expect(secretsOf(fx.b, [fx.a]).length).toBe(secretsA.length);
  });
});

describe('the OpenAPI document', () => {
  it('the app under test serves the document the harness walks', async () => {
    const res = await fx.t.api.request('/openapi.json');
    expect(res.status).toBe(200);
    const served = (await res.json()) as OpenApiDoc;
    expect(served).toEqual(doc);
    expect(listOperations(served).map((o) => o.operationId)).toEqual(operations.map((o) => o.operationId));
  });

  it('has more than 20 operations, each with a unique operationId, a summary and declared security', () => {
    expect(operations.length).toBeGreaterThan(20);
    const ids = operations.map((o) => o.operationId);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of operations) {
      expect(op.summary?.trim(), `${op.operationId} has no summary`).toBeTruthy();
      expect(Array.isArray(op.security), `${op.operationId} declares no security`).toBe(true);
      if (isPublic(op)) expect(op.security, `${op.operationId} is public`).toEqual([]);
      else {
        expect(op.security, `${op.operationId} needs a bearer token`).toEqual([{ bearerAuth: [] }]);
        expect(op.access.length, `${op.operationId} allows no role`).toBeGreaterThan(0);
      }
    }
  });

  it.each(named(operations))('%s: every path parameter has a fixture value', (_name, op) => {
    expect(() => resolvePath(op, pathValuesFor(fx.a))).not.toThrow(MissingFixtureError);
    expect(op.pathParams.every((p) => op.path.includes(`{${p}}`))).toBe(true);
  });
});

describe('0. a generated request passes validation (so the checks below are not vacuous)', () => {
  it.each(named(operations))('%s', async (_name, op) => {
    const role = actingRole(op);
    const res = await send(await validRequest(op, fx.a), role && tokenFor(role, fx.a));
    expect(res.status, `${role ?? 'anonymous'} got ${JSON.stringify(res.body)}`).toBeLessThan(500);
    expect(res.status, `the generated request was refused as invalid: ${JSON.stringify(res.body)}`).not.toBe(
      400,
    );
    // A public route may still say 401 (a login with made-up credentials); a role the route allows may not.
    if (role)
      expect([401, 403], `${role} may call it: ${JSON.stringify(res.body)}`).not.toContain(res.status);
  });
});

describe('1. without a token: 401 problem+json', () => {
  it.each(named(secured))('%s', async (_name, op) => {
    const res = await send(await validRequest(op, fx.a));
    expect(res.status, JSON.stringify(res.body)).toBe(401);
    expectProblem(res, op.operationId);
  });
});

/**
 * Path parameters that are values, not ids of tenant A's records: a holiday's date names a day of
 * whichever tenant's calendar the token is for, so tenant B's admin changes B's own day. The
 * snapshot below still proves A is untouched, and what B gets back is checked for A's data.
 */
const NATURAL_KEYS = new Set(['date']);

describe("2. with another tenant's tokens: nothing of tenant A is read or changed", () => {
  it.each(named(secured))('%s', async (_name, op) => {
    const before = await tenantSnapshot(fx.t, fx.a.id);
    const secrets = secretsA;
    for (const role of TENANT_ACCOUNT_ROLES) {
      // The request addresses A's entities (path, body ids, version); only the token is B's.
      const req = await validRequest(op, fx.a);
      const res = await send(req, tokenFor(role, fx.b));
      const context = `${op.operationId} as tenant B's ${role}: ${res.status} ${JSON.stringify(res.body)}`;
      // Soft, so that a wrong status and a change to A's data are both reported.
      expect.soft(res.status, context).toBeLessThan(500);
      if (!allows(op, role)) {
        expect.soft(res.status, context).toBe(403);
        if (res.status === 403) expectProblem(res, context, expect.soft);
      } else if (op.pathParams.some((p) => !NATURAL_KEYS.has(p))) {
        expect.soft([403, 404], context).toContain(res.status);
        if (res.status === 403 || res.status === 404) expectProblem(res, context, expect.soft);
      } else {
        // A collection acts on B's own tenant: nothing of A may appear in it, except what B sent.
        const sent = JSON.stringify(req);
        const text = JSON.stringify(res.body);
        const leaked = secrets.filter((s) => !sent.includes(s) && text.includes(s));
        expect.soft(leaked, `${context}\nleaked tenant A data`).toEqual([]);
      }
      const after = await tenantSnapshot(fx.t, fx.a.id);
      expect(
        after,
        `${op.operationId} as tenant B's ${role} changed tenant A:\n${describeChange(before, after)}`,
      ).toEqual(before);
    }
  });
});

describe('2b. a page cursor of tenant A is refused to tenant B', () => {
  const paginated = secured.filter(
    (op) =>
      op.method === 'GET' &&
      op.query.some((q) => q.name === 'cursor') &&
      TENANT_ACCOUNT_ROLES.some((r) => allows(op, r)),
  );
  it.each(named(paginated))('%s', async (_name, op) => {
    const role = actingRole(op)!;
    const req = await validRequest(op, fx.a);
    const small: Record<string, string> = op.query.some((q) => q.name === 'limit') ? { limit: '1' } : {};
    const first = await send(
      { ...req, url: urlOf(req.path, { ...req.query, ...small }) },
      tokenFor(role, fx.a),
    );
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const cursor = first.body?.nextCursor;
    expect(typeof cursor, 'tenant A needs a second page for this check').toBe('string');
    const secrets = secretsA;
    for (const bRole of TENANT_ACCOUNT_ROLES.filter((r) => allows(op, r))) {
      const res = await send(
        { ...req, url: urlOf(req.path, { ...req.query, ...small, cursor }) },
        tokenFor(bRole, fx.b),
      );
      const context = `${op.operationId} as tenant B's ${bRole} with A's cursor: ${res.status} ${JSON.stringify(res.body)}`;
      expect([400, 403, 404], context).toContain(res.status);
      expectProblem(res, context);
      const text = JSON.stringify(res.body);
      expect(
        secrets.filter((s) => text.includes(s) && !req.url.includes(s)),
        context,
      ).toEqual([]);
    }
  });
});

describe("2c. a public route under tenant B's slug with tenant A's ids: 404, nothing of A read or changed", () => {
  const crossTenant = operations.filter(
    (op) => isPublic(op) && op.pathParams.includes('tenant') && op.pathParams.length > 1,
  );
  it('public routes with ids in the path exist to check', () => {
    expect(crossTenant.length).toBeGreaterThan(0);
  });
  it.each(named(crossTenant))('%s', async (_name, op) => {
    const before = await tenantSnapshot(fx.t, fx.a.id);
    const req = await validRequest(op, fx.a);
    const path = resolvePath(op, { ...pathValuesFor(fx.a, op.path), tenant: fx.b.slug });
    const res = await send({ ...req, path, url: urlOf(path, req.query) });
    const context = `${op.operationId} under ${fx.b.slug}: ${res.status} ${JSON.stringify(res.body)}`;
    expect(res.status, context).toBe(404);
    expectProblem(res, context);
    const text = JSON.stringify(res.body);
    expect(
      secretsA.filter((s) => text.includes(s) && !path.includes(s)),
      context,
    ).toEqual([]);
    const after = await tenantSnapshot(fx.t, fx.a.id);
    expect(after, describeChange(before, after)).toEqual(before);
  });
});

describe('3. a role without permission: 403', () => {
  const cases = secured.flatMap((op) =>
    ROLES.filter((role) => !allows(op, role)).map(
      (role) => [`${op.operationId} as ${role}`, op, role] as const,
    ),
  );
  it.each(cases)('%s', async (_name, op, role) => {
    const before = await tenantSnapshot(fx.t, fx.a.id);
    const res = await send(await validRequest(op, fx.a), tokenFor(role, fx.a));
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expectProblem(res, `${op.operationId} as ${role}`);
    const after = await tenantSnapshot(fx.t, fx.a.id);
    expect(after, describeChange(before, after)).toEqual(before);
  });
});

describe('4. schema-driven bad input: never a 5xx, refused with the field named', () => {
  it.each(named(withInput))('%s', async (_name, op) => {
    const role = actingRole(op);
    const token = role && tokenFor(role, fx.a);
    const cases = badInputCases(op, await validRequest(op, fx.a), doc);
    expect(cases.length, 'an operation with input has bad-input cases').toBeGreaterThan(0);
    for (const c of cases) {
      ceremonyRan = false;
      const res = await send(c.request, token);
      const context = `${op.operationId}, ${c.label}: ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`;
      expect(res.status, context).toBeLessThan(500);
      if (c.mustRefuse) {
        expect(res.status, context).toBeGreaterThanOrEqual(400);
        expectProblem(res, context);
        if (c.field) {
          const paths = ((res.body?.errors ?? []) as { path: string }[]).map((e) => e.path);
          expect(
            paths.some((p) => p === c.field || p.startsWith(`${c.field}.`)),
            `${context}\nerrors[].path should name ${c.field}`,
          ).toBe(true);
        }
      } else if (res.status >= 400) {
        expectProblem(res, context);
      } else if (c.label.includes('garbage')) {
        // Accepted: then the unknown property was dropped, not stored (no mass assignment).
        const stored = (await scanTable(fx.t)).filter((i) => JSON.stringify(i).includes(GARBAGE_KEY));
        expect(stored, `${context}\nthe unknown property was stored`).toEqual([]);
      }
      // The passkey ceremony `send` ran first wrote the caller's challenge, which the request needs:
      // that is the one item a refused registration may leave behind, so it is taken out first.
      if (ceremonyRan && res.status >= 400) await deleteNewChallenges(baseline);
      const changed = await restoreTable(fx.t, baseline);
      // A refused request writes nothing: no partial write, no audit entry for a change that did not happen.
      if (res.status >= 400) expect(changed, `${context}\na refused request left a write behind`).toBe(false);
    }
  });
});

describe("5. a token issued before a role change gets the new role's answer", () => {
  // The change is written as `updateUser` writes it (the profile and the login record), straight to
  // the table: the tenant admin's own role can be changed too, and only the old token is the question.
  async function setRole(tenant: TenantFixture, role: TenantRole, to: TenantRole): Promise<void> {
    const account = tenant.users[role];
    const agencyId = tenant.agency.id;
    for (const key of [keys.user(tenant.id, account.id), keys.login(tenant.id, account.username)]) {
      await fx.t.store.doc.send(
        new UpdateCommand({
          TableName: fx.t.tableName,
          Key: key,
          UpdateExpression: 'SET #role = :role, agencyId = :agency',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#role': 'role' },
          ExpressionAttributeValues: { ':role': to, ':agency': agencyId },
        }),
      );
    }
    // A write behind the app's back: this container's cache must not answer for the account.
    clearAccountCache();
  }

  const cases = secured.flatMap((op) => {
    const allowed = ROLE_PRIORITY.find(
      (r): r is TenantRole => (TENANT_ROLES as readonly Role[]).includes(r) && allows(op, r),
    );
    const denied = TENANT_ROLES.find((r) => !allows(op, r));
    return allowed && denied ? [[`${op.operationId}`, op, allowed, denied] as const] : [];
  });

  it('most operations allow some staff roles and refuse others, so the check is not vacuous', () => {
    expect(cases.length).toBeGreaterThan(secured.length / 2);
  });

  it.each(cases)('%s', async (_name, op, allowed, denied) => {
    // Demoted: the token still says the allowed role; the account no longer does.
    await setRole(fx.a, allowed, denied);
    const before = await tenantSnapshot(fx.t, fx.a.id);
    const demoted = await send(await validRequest(op, fx.a), tokenFor(allowed, fx.a));
    expect(demoted.status, `demoted ${allowed} → ${denied}: ${JSON.stringify(demoted.body)}`).toBe(403);
    expectProblem(demoted, `${op.operationId}, demoted`);
    const after = await tenantSnapshot(fx.t, fx.a.id);
    expect(after, describeChange(before, after)).toEqual(before);
    await restoreTable(fx.t, baseline);

    // Promoted: the old token gets what a token issued after the change gets.
    await setRole(fx.a, denied, allowed);
    const promoted = await send(await validRequest(op, fx.a), tokenFor(denied, fx.a));
    const context = `promoted ${denied} → ${allowed}: ${promoted.status} ${JSON.stringify(promoted.body)}`;
    expect([401, 403], context).not.toContain(promoted.status);
    expect(promoted.status, context).toBeLessThan(500);
    await restoreTable(fx.t, baseline);
    await setRole(fx.a, denied, allowed);
    const fresh = await fx.t.loginAs(fx.a.slug, fx.a.users[denied].username);
    const reference = await send(await validRequest(op, fx.a), fresh);
    expect(promoted.status, `${context}\na token issued after the change got ${reference.status}`).toBe(
      reference.status,
    );
  });
});

describe("6. inside tenant A, the second agency's admin on the first agency's records: 403/404, nothing changed", () => {
  /**
   * Operations that are tenant-wide by design: an agency admin's GET of another agency's record is
   * answered (200). Each entry says why; `hides` names what the answer must still leave out. Every
   * other operation with an id in its path must refuse the second agency's admin (403 or 404) and
   * change nothing. A listed operation that no longer exists, or is no longer a GET, fails below.
   */
  const TENANT_WIDE: Record<string, { reason: string; hides?: (a: TenantFixture) => string[] }> = {
    getAgency: {
      reason:
        'the organisation tree is read by all staff of the tenant (listAgencies is open to every staff role)',
    },
    listUnits: {
      reason:
        "the organisation tree: an agency's units are read by all staff of the tenant, as its agencies are",
    },
    getEmployee: {
      reason:
        'agency admins read every employee of the tenant, NIP in full (personnel/routes/visibility.ts: ' +
        'competency search is tenant-wide on purpose); they write only in their own agency',
    },
    listEmployeeHistory: {
      reason: "an employee's career history is read with the employee (visibleEmployee), so as getEmployee",
    },
    getPosition: {
      reason:
        'every staff member of the tenant reads positions (personnel/routes/positions.ts); ' +
        'an agency admin writes only those of their own agency',
    },
    getPlacementCandidates: {
      reason:
        'a ranking of employees for a position, both of which agency admins read tenant-wide (see getEmployee, ' +
        'getPosition); recordPlacement, the write, is scoped to their agency',
    },
    getSuggestedPositions: {
      reason:
        'vacant positions ranked for an employee, both read tenant-wide by agency admins (see getEmployee, ' +
        'getPosition); recordPlacement, the write, is scoped to their agency',
    },
    getTraining: {
      reason:
        'trainings belong to the tenant, not to an agency (a training has no agencyId): any agency enrols in them',
    },
    getRecruitmentRound: {
      reason:
        'a selection round is tenant-wide (the tenant admin runs it; every agency adds its formasi to it), ' +
        "so agency admins read it; the formasi listed with it are their own agency's only",
      hides: (a) => [a.recruitment.formationId],
    },
    listApplications: {
      reason:
        "a selection round is tenant-wide (see getRecruitmentRound); its list of applications holds the caller's own agency's only",
      hides: (a) => [a.recruitment.applicationId],
    },
    getRanking: {
      reason:
        "a selection round is tenant-wide (see getRecruitmentRound); its ranking holds the caller's own agency's formasi only",
      hides: (a) => [a.recruitment.formationId, a.recruitment.applicationId],
    },
    listTrainingEnrollments: {
      reason:
        "the training is tenant-wide (see getTraining); the list holds the caller's own agency's enrolments only",
      hides: (a) => [a.personnel.employee.id, a.personnel.cpns.id, a.personnel.retiring[1]!.id],
    },
  };

  const scoped = secured.filter((op) => op.pathParams.length > 0 && allows(op, 'agency-admin'));
  const admin = () => fx.a.secondAgency.admin.token;

  it('the allow-list names existing GET operations with ids that an agency admin may call', () => {
    expect(scoped.length).toBeGreaterThan(20);
    for (const [id, { reason }] of Object.entries(TENANT_WIDE)) {
      const op = operations.find((o) => o.operationId === id);
      expect(op, `${id} is allow-listed as tenant-wide but no longer exists: remove it`).toBeDefined();
      expect(scoped, `${id} is allow-listed but takes no id or is not open to agency admins`).toContain(op);
      expect(op!.method, `${id}: only a read may be tenant-wide`).toBe('GET');
      expect(reason.length, `${id} needs a reason`).toBeGreaterThan(20);
    }
  });

  it.each(named(scoped))('%s', async (_name, op) => {
    const before = await tenantSnapshot(fx.t, fx.a.id);
    // The request addresses the first agency's records (path, body ids, version).
    const res = await send(await validRequest(op, fx.a), admin());
    const context = `${op.operationId} as the second agency's admin: ${res.status} ${JSON.stringify(res.body)}`;
    expect.soft(res.status, context).toBeLessThan(500);
    const wide = TENANT_WIDE[op.operationId];
    if (wide) {
      expect.soft(res.status, `${context}\nallow-listed as tenant-wide (${wide.reason})`).toBe(200);
      const text = JSON.stringify(res.body);
      const shown = (wide.hides?.(fx.a) ?? []).filter((s) => text.includes(s));
      expect.soft(shown, `${context}\nshows the first agency's records`).toEqual([]);
    } else {
      expect.soft([403, 404], context).toContain(res.status);
      if (res.status === 403 || res.status === 404) expectProblem(res, context, expect.soft);
    }
    const after = await tenantSnapshot(fx.t, fx.a.id);
    expect(after, `${context}\nchanged tenant A:\n${describeChange(before, after)}`).toEqual(before);
  });

  // The control: the same admin is not refused its own agency's records, so the refusals above
  // come from the agency scope, not from an account that can do nothing.
  it.each(named(scoped))('control: %s on its own agency is not refused', async (_name, op) => {
    const pathValues = secondAgencyValuesFor(fx.a, op.path);
    const target = targetParam(op);
    const version = await currentVersion(fx.t, target ? pathValues[target] : undefined);
    const req = buildValidRequest(op, {
      pathValues,
      named: { ...secondAgencyNamedValuesFor(fx.a, op.path), version },
      doc,
    });
    const res = await send(req, admin());
    const context = `${op.operationId} on the second agency's records: ${res.status} ${JSON.stringify(res.body)}`;
    expect(res.status, context).toBeLessThan(500);
    expect([401, 403, 404], context).not.toContain(res.status);
  });
});

describe('7. 360 feedback: no route links an answer to a rater, nor dates one (issue 14 §3; rules in anonymity.ts)', () => {
  const feedbackOps = operations.filter(isFeedbackRoute);
  const reads = feedbackOps.filter((op) => op.method === 'GET');
  const summaryOf = (roundId: string, token: string) =>
    fx.t.call('GET', `/v1/performance/feedback-rounds/${roundId}/summary`, { token });

  it('the 360 routes come from the route table; the fixture round shows its full group to the assessee, the superior and the admins', async () => {
    expect(feedbackOps.map((op) => op.operationId)).toEqual(
      expect.arrayContaining(KNOWN_FEEDBACK_OPERATIONS),
    );
    const p = fx.a.performance;
    const state = feedbackState(baseline);
    const employeeOf = (id: string) => state.userEmployee.get(id);
    const round = state.rounds.find((r) => r.id === p.roundId)!;
    // The round is the employee's, appraised by the tenant admin, and its three peers have answered.
    expect(round.subjectId).toBe(employeeOf(fx.a.users.employee.id));
    expect(round.appraiserId).toBe(employeeOf(fx.a.users['tenant-admin'].id));
    const answeredBy = state.assignments.filter((a) => a.roundId === p.roundId && a.answered === true);
    expect(answeredBy.map((a) => a.raterId).sort()).toEqual(
      [fx.a.users.supervisor, ...p.roundAnswers.accounts].map((u) => employeeOf(u.id)).sort(),
    );
    for (const role of ['employee', 'tenant-admin', 'agency-admin'] as const) {
      const res = await summaryOf(p.roundId, tokenFor(role, fx.a));
      expect(res.status, `${role}: ${JSON.stringify(res.body)}`).toBe(200);
      expect(res.body.minRaters).toBe(3);
      const shown = (
        res.body.groups as { relation: string; status: string; raters: number; comments: string[] }[]
      ).filter((g) => g.status === 'shown');
      expect(shown.map((g) => [g.relation, g.raters])).toEqual([['peer', 3]]);
      expect([...shown[0]!.comments].sort()).toEqual([...p.roundAnswers.comments].sort());
    }
    // A rater sees nothing of the round.
    expect((await summaryOf(p.roundId, tokenFor('supervisor', fx.a))).status).toBe(403);
  });

  it("the stored 360 items as the fixtures leave them: answers hold no rater and no time finer than the round's day", () => {
    const state = feedbackState(baseline);
    expect(state.answers.length).toBeGreaterThanOrEqual(3);
    expect(storedViolations(state)).toEqual([]);
  });

  it('the rules report a rater named next to an answer, an answer dated, a minted id (so the check can fail)', async () => {
    const p = fx.a.performance;
    const state = feedbackState(baseline);
    const admin = fx.a.users['tenant-admin'];
    const adminEmployee = state.userEmployee.get(admin.id);
    const rater = state.assignments.find((a) => a.roundId === p.roundId && a.answered === true)!;
    const raterAccount = state.items.find((i) => i.type === 'USER' && i.employeeId === rater.raterId)!;
    const summary = (await summaryOf(p.roundId, admin.token)).body;
    expect(responseViolations(state, adminEmployee, summary)).toEqual([]);
    const leak = (change: (s: any) => void) => {
      const copy = structuredClone(summary);
      change(copy);
      return responseViolations(state, adminEmployee, copy).join('\n');
    };
    expect(leak((s) => Object.assign(s.groups[0], { raterIds: [rater.raterId] }))).toMatch(/names a rater/);
    expect(leak((s) => Object.assign(s.groups[0], { by: [raterAccount.id] }))).toMatch(/names a rater/);
    expect(leak((s) => s.groups[0].comments.push(`${raterAccount.name}: bagus`))).toMatch(/names a rater/);
    expect(leak((s) => Object.assign(s, { lastAnswer: new Date().toISOString() }))).toMatch(/time of day/);
    expect(leak((s) => Object.assign(s, { answeredAt: '2026-01-01' }))).toMatch(/named as a time/);
    expect(leak((s) => Object.assign(s, { lastAnswerOn: '2025-02-03' }))).toMatch(/opening or closing day/);
    expect(leak((s) => Object.assign(s.groups[0], { answers: [{ id: newId() }] }))).toMatch(
      /not the id of a stored record/,
    );
    // The caller's own identity is theirs to see; the round's subject, in its `subject`, is the round's.
    expect(responseViolations(state, rater.raterId as string, { ...summary, mine: rater.raterId })).toEqual(
      [],
    );
    expect(responseViolations(state, adminEmployee, { subject: summary.subject })).toEqual([]);
    // Only there: the subject of one round rates others, so their id elsewhere is a rater's.
    expect(responseViolations(state, adminEmployee, { about: summary.subject.id }).join('\n')).toMatch(
      /names a rater/,
    );

    const answer = state.answers.find((a) => a.roundId === p.roundId)!;
    const stored = (change: (i: Item) => Item) =>
      storedViolations(
        feedbackState(baseline.map((i) => (i === answer ? change(structuredClone(i)) : i))),
      ).join('\n');
    expect(stored((i) => ({ ...i, raterId: rater.raterId }))).toMatch(/names a rater of the round/);
    expect(stored((i) => ({ ...i, comment: `${i.comment} (${raterAccount.name})` }))).toMatch(
      /names a rater of the round/,
    );
    expect(stored((i) => ({ ...i, roundOpenedOn: new Date().toISOString() }))).toMatch(/time of day/);
    expect(stored((i) => ({ ...i, sk: `ANSWER#${newId()}` }))).toMatch(/32 random hex/);

    // A submission that also wrote an audit entry (its actor and time) dates the answer.
    const added = { ...answer, sk: `ANSWER#${'0'.repeat(32)}` };
    const audit = {
      pk: 'audit',
      sk: 'x',
      type: 'AUDIT',
      action: 'feedbackRound.answer',
      at: new Date().toISOString(),
    };
    const after = feedbackState([...baseline, added, audit]);
    expect(writeViolations(baseline, after, []).join('\n')).toMatch(/dated it/);
    expect(storedViolations(after).join('\n')).toMatch(/records an answer/);
    expect(writeViolations(baseline, feedbackState([...baseline, added]), [])).toEqual([]);
    const linked = { ...added, note: rater.raterId };
    expect(
      writeViolations(baseline, feedbackState([...baseline, linked]), [rater.raterId as string]).join('\n'),
    ).toMatch(/names the rater/);
  });

  it.each(named(feedbackOps))(
    '%s: as every caller, on every round, with every read again after each write',
    async (_name, op) => {
      const { violations, calls } = await checkFeedbackOperation(
        { t: fx.t, doc, tenant: fx.a, callers: callersOf(fx), reads, baseline },
        op,
      );
      expect(violations).toEqual([]);
      expect(
        calls.filter((c) => c.status < 300).length,
        `nobody got an answer from ${op.operationId}: the check saw nothing`,
      ).toBeGreaterThan(0);
    },
    600_000,
  );
});
