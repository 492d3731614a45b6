import { loadavg } from 'node:os';
import { ScanCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { formatRegistrationNumber } from '@pamong/core';
import { type Actor, countDynamoCalls, newId, TABLE, tenantPrefix } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import * as recruitmentApplicantsRepo from '@pamong/db/repos/recruitment/applicants';
import { clearAccountCache, clearTenantCache, findTenant, findTenantIdBySlug } from '@pamong/http';
import type { ApplicantIdentityPort } from '@pamong/identity';
import { calculateJwkThumbprint, importJWK, type JWK, SignJWT } from 'jose';
import { createTenantViaApi, createTestApi, PASSWORD, type TestApi } from '../support/app';

/**
 * The recruitment figures of `npm run bench` (issue 12 §6):
 * - registerApplicant + createApplication + submitApplication of `applicants` applicants through
 *   the in-process API, `concurrency` at a time, against raw DynamoDB Local writes of the same
 *   shape (the same calls and items per applicant, under a `RAW#` prefix) at the same concurrency,
 *   in the same run;
 * - the invariants after the load, read back from the table: one login record and one account per
 *   NIK, one application per applicant in the round, unique registration numbers; and 50 concurrent
 *   createApplication of one applicant, of which exactly one may be 201;
 * - the DynamoDB calls of one register, one createApplication and one submit (warm caches).
 *
 * What the figure holds and what it leaves out:
 * - The applicant identity is a stand-in for the Cognito adapter: `credentialAttributes` gives {}
 *   (the password is hashed by Cognito, not by the function) and `signUp` a new id, no code sent.
 *   The local identity would spend tens of ms of scrypt per registration on the function's CPU.
 * - The email code and the login are not the issue's three operations: between registration and
 *   the application the bench marks each account verified with the repository's `markVerified`
 *   and signs its token as the local identity would (like load.ts's `mintTokens`), off the clock.
 * - The profile is completed off the clock too (PATCH /v1/recruitment/me/profile through the API,
 *   once per applicant), so the figure is the issue's three operations only.
 * - The formasi asks for no documents, so submit needs no upload.
 * So the clock runs over two phases, each `concurrency` at a time: every registration, then, per
 * applicant, createApplication and submitApplication; the raw writes run the same two phases. The
 * load runs in chunks, raw then API and API then raw alternately, so a change in the load of the
 * (shared) machine during the run weighs on both alike.
 */

export interface RecruitmentBenchOptions {
  endpoint: string;
  log: (message: string) => void;
  /** Applicants who register, apply and submit (the measured flow). */
  applicants: number;
  concurrency: number;
  /** Concurrent createApplication of one applicant in one round (the issue: exactly one wins). */
  race: number;
}

interface Phase {
  seconds: number;
  perSecond: number;
}

interface OpCalls {
  status: number;
  total: number;
  byCommand: Record<string, number>;
}

export interface RecruitmentResult {
  applicants: number;
  concurrency: number;
  flow: Phase & { register: Phase; apply: Phase; non2xx: number };
  raw: Phase & { register: Phase; apply: Phase };
  /** flow per second ÷ raw per second (the issue's target: ≥ 0.7; recorded, never enforced). */
  ratio: number;
  /** The DynamoDB calls of one operation: warm (tenant and account caches filled), and the first one. */
  calls: { warm: Record<string, OpCalls>; cold: Record<string, OpCalls> };
  invariants: {
    niks: number;
    /** NIKs with exactly one login record and exactly one applicant account. */
    niksWithOneLoginAndOneAccount: number;
    loginRecords: number;
    applicantAccounts: number;
    applicantsWithOneApplication: number;
    applicantsWithMoreThanOne: number;
    applications: number;
    submitted: number;
    uniqueRegistrationNumbers: number;
    registrationNumberItems: number;
    race: {
      requests: number;
      created: number;
      conflicts: number;
      other: Record<string, number>;
      applications: number;
    };
    ok: boolean;
  };
  setupSeconds: number;
  offClockSeconds: number;
  /** The machine's 1-minute load average when the measured phases started and ended (2 cores are shared). */
  load: { start: number; end: number };
  seconds: number;
}

/** The load runs in this many chunks, API and raw alternating (raw first in the even ones). */
const CHUNKS = 8;

/** The round's registration is open 1-15 March 2027 (Jakarta); set up in February, loaded on the 10th. */
const SETUP_AT = new Date('2027-02-10T02:00:00Z');
const LOAD_AT = new Date('2027-03-10T02:00:00Z');
const SLUG = 'bench-rekrut';
const KK = '1871010101010001';

const ok = (res: { status: number; body: any }, status: number, what: string) => {
  if (res.status !== status)
    throw new Error(
      `bench recruitment: ${what} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 400)}`,
    );
  return res.body;
};

/** Runs `job` for every index, `concurrency` at a time. */
async function pool(count: number, concurrency: number, job: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) await job(i);
    }),
  );
}

/**
 * The `i`-th applicant's NIK: Bandar Lampung (1871), a man born 12 March 1998, district and
 * sequence from `i` (9,000 per district), so every NIK is valid and distinct.
 */
export const benchNik = (i: number) =>
  `1871${String(1 + Math.floor(i / 9000)).padStart(2, '0')}120398${String(1 + (i % 9000)).padStart(4, '0')}`;
/** Every applicant from an address of its own, so the per-address hourly limit never trips. */
const addressOf = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

const registration = (i: number) => ({
  nik: benchNik(i),
  kkNumber: KK,
  name: `Pelamar Beban ${i}`,
  birthPlace: 'Bandar Lampung',
  birthDate: '1998-03-12',
  gender: 'L',
  email: `pelamar.${i}@example.id`,
  phone: '081234567890',
  password: PASSWORD,
});

const PROFILE = {
  diplomaName: 'Pelamar Beban, S.Kom.',
  education: [
    {
      level: 'S1',
      major: 'Teknik Informatika',
      institution: 'Universitas Lampung',
      ipk: 3.42,
      graduationDate: '2020-08-30',
    },
  ],
  address: 'Jl. Teuku Umar No. 1, Bandar Lampung',
  disability: { status: false },
};

/**
 * The Cognito adapter's share of the work, without Cognito: no password hash on the function's CPU
 * (the pool holds the password), a new id from SignUp, no code (Cognito emails it).
 */
function cognitoLikeApplicants(local: ApplicantIdentityPort): ApplicantIdentityPort {
  return {
    kind: 'cognito',
    credentialAttributes: async () => ({}),
    signUp: async () => ({ applicantId: newId() }),
    abandon: async () => {},
    sendCode: async () => {},
    resendCode: async () => {},
    confirm: (input) => local.confirm(input),
    login: (input) => local.login(input),
  };
}

/** Applicant tokens as the local identity signs them at login, without the login. */
async function applicantTokenSigner(t: TestApi, tenantId: string) {
  const jwk = await (t.deps.identity as unknown as { exportPrivateJwk(): Promise<JWK> }).exportPrivateJwk();
  const { kty, crv, x, y } = jwk;
  const kid = await calculateJwkThumbprint({ kty, crv, x, y } as JWK);
  const key = await importJWK(jwk, 'ES256');
  return (applicantId: string, at: Date) => {
    const iat = Math.floor(at.getTime() / 1000);
    return new SignJWT({ tenantId, role: 'applicant' })
      .setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' })
      .setSubject(applicantId)
      .setIssuer('pamong-local')
      .setAudience('pamong')
      .setIssuedAt(iat)
      .setExpirationTime(iat + 8 * 3600)
      .sign(key);
  };
}

async function readJson(res: Response) {
  const text = await res.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

export async function benchRecruitment(opts: RecruitmentBenchOptions): Promise<RecruitmentResult> {
  const t0 = performance.now();
  let clock = SETUP_AT;
  const t = await createTestApi({ endpoint: opts.endpoint, now: () => clock });
  const { tenantId, adminToken } = await createTenantViaApi(t, SLUG);
  t.deps.applicants = cognitoLikeApplicants(t.deps.applicants!);
  const admin = { token: adminToken };

  // ---- setup: an agency, a unit, a position; a round with one formasi, published before it opens
  const agency = ok(
    await t.call('POST', '/v1/agencies', { ...admin, body: { name: 'Dinas Komunikasi dan Informatika' } }),
    201,
    'createAgency',
  );
  const unit = ok(
    await t.call('POST', `/v1/agencies/${agency.id}/units`, { ...admin, body: { name: 'Bidang Aplikasi' } }),
    201,
    'createUnit',
  );
  const position = ok(
    await t.call('POST', '/v1/positions', {
      ...admin,
      body: {
        agencyId: agency.id,
        unitId: unit.id,
        name: 'Pranata Komputer Ahli Pertama',
        type: 'PELAKSANA',
        positionClass: 8,
        requiredEducation: { levels: ['S1', 'S2'], majors: [] },
        requiredCompetencies: [],
        seats: 1,
      },
    }),
    201,
    'createPosition',
  );
  const round = ok(
    await t.call('POST', '/v1/recruitment/rounds', {
      ...admin,
      body: {
        name: 'Seleksi CPNS 2027',
        kind: 'CPNS',
        year: 2027,
        registrationOpensAt: '2027-03-01T08:00',
        registrationClosesAt: '2027-03-15T23:59',
        referenceDate: '2027-03-01',
      },
    }),
    201,
    'createRecruitmentRound',
  );
  const formation = ok(
    await t.call('POST', `/v1/recruitment/rounds/${round.id}/formations`, {
      ...admin,
      body: {
        positionId: position.id,
        unitId: unit.id,
        openings: 100,
        track: 'umum',
        // Broad: any S1 or D3 major.
        educationRequirements: [
          { level: 'S1', majors: [] },
          { level: 'D3', majors: [] },
        ],
        maxAge: 35,
        // No documents: submit needs no upload.
        requiredDocuments: [],
      },
    }),
    201,
    'addFormation',
  );
  const current = ok(await t.call('GET', `/v1/recruitment/rounds/${round.id}`, admin), 200, 'getRound');
  ok(
    await t.call('POST', `/v1/recruitment/rounds/${round.id}/publish`, {
      ...admin,
      body: { version: current.version },
    }),
    200,
    'publishRound',
  );
  clock = LOAD_AT;
  const setupSeconds = (performance.now() - t0) / 1000;
  const sign = await applicantTokenSigner(t, tenantId);
  const appBody = JSON.stringify({ roundId: round.id, formationId: formation.id });

  // ---- the three operations, and what happens between them off the clock
  const register = (i: number) =>
    t.api.request(
      `/v1/public/${SLUG}/applicants`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(registration(i)),
      },
      { incoming: { socket: { remoteAddress: addressOf(i) } } },
    );
  const authed = (token: string, method: string, path: string, body?: string) =>
    t.api.request(path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body,
    });
  const create = (token: string) => authed(token, 'POST', '/v1/recruitment/me/applications', appBody);
  const submit = (token: string, applicationId: string, version: number) =>
    authed(
      token,
      'POST',
      `/v1/recruitment/me/applications/${applicationId}/submit`,
      JSON.stringify({ version }),
    );
  /** Verified (as confirming the code does), a token (as the login gives), the profile completed. */
  const prepare = async (i: number, applicantId: string): Promise<string> => {
    const actor: Actor = { tenantId, sub: applicantId, role: 'applicant', requestId: `bench-${i}` };
    await recruitmentApplicantsRepo.markVerified(t.store, actor, benchNik(i), clock);
    const token = await sign(applicantId, clock);
    const res = await authed(
      token,
      'PATCH',
      '/v1/recruitment/me/profile',
      JSON.stringify({ version: 1, ...PROFILE }),
    );
    ok({ status: res.status, body: await readJson(res) }, 200, 'updateMyApplicantProfile');
    return token;
  };

  // ---- the calls of one operation: cold (empty caches) before the load, warm after it
  const probe = async (i: number, coldCaches: boolean) => {
    // A cold container: neither the tenant (nor its slug) nor the account in the caches.
    const fresh = () => {
      if (!coldCaches) return;
      clearTenantCache();
      clearAccountCache();
    };
    fresh();
    if (!coldCaches) {
      // Warm: the tenant and its slug as a container serving this tenant's public routes holds them.
      await findTenantIdBySlug(t.deps.stores.platform(), SLUG);
      await findTenant(t.deps.stores.platform(), tenantId);
    }
    const reg = await countDynamoCalls(async () => {
      const res = await register(i);
      return { status: res.status, body: await readJson(res) };
    });
    ok(reg.result, 201, 'registerApplicant (probe)');
    const token = await prepare(i, reg.result.body.applicantId);
    fresh();
    const made = await countDynamoCalls(async () => {
      const res = await create(token);
      return { status: res.status, body: await readJson(res) };
    });
    ok(made.result, 201, 'createApplication (probe)');
    fresh();
    const sent = await countDynamoCalls(async () => {
      const res = await submit(token, made.result.body.id, made.result.body.version);
      return { status: res.status, body: await readJson(res) };
    });
    ok(sent.result, 200, 'submitApplication (probe)');
    const row = (c: typeof reg): OpCalls => ({
      status: c.result.status,
      total: c.calls.total,
      byCommand: c.calls.byCommand,
    });
    return {
      registerApplicant: row(reg),
      createApplication: row(made),
      submitApplication: row(sent),
    };
  };
  const n = opts.applicants;
  // Indexes: 0..n-1 the load, n and n+1 the probes, n+2 the racer.
  const cold = await probe(n, true);
  const fmt = (c: Record<string, OpCalls>) =>
    Object.entries(c)
      .map(([k, v]) => `${k} ${v.total} ${JSON.stringify(v.byCommand)}`)
      .join('; ');
  opts.log(`recruitment: calls cold: ${fmt(cold)}`);

  // ---- raw: the same calls and items per applicant, RAW#-prefixed, same concurrency.
  const raw = rawWriter(t, tenantId, {
    roundId: round.id,
    roundName: round.name,
    roundCode: round.code,
    formationId: formation.id,
    agencyId: agency.id,
    agencyName: agency.name,
    positionName: formation.positionName ?? position.name,
    unitName: formation.unitName ?? 'Bidang Aplikasi',
  });
  const rawIds: string[] = Array.from({ length: n }, () => newId());
  const rawRange = async (from: number, to: number) => {
    const regStart = performance.now();
    await pool(to - from, opts.concurrency, (j) => raw.register(from + j, rawIds[from + j]!));
    const reg = (performance.now() - regStart) / 1000;
    const applyStart = performance.now();
    await pool(to - from, opts.concurrency, (j) => raw.apply(from + j, rawIds[from + j]!));
    return { reg, apply: (performance.now() - applyStart) / 1000 };
  };
  // ---- the measured flow, in chunks: raw then API, API then raw, alternately, so a load on the
  // machine that changes during the run (its cores are shared) weighs on both alike.
  let non2xx = 0;
  const failed = async (what: string, res: Response) => {
    non2xx++;
    if (non2xx <= 5) opts.log(`  ${what} ${res.status} ${(await res.text()).slice(0, 300)}`);
    else await res.arrayBuffer();
  };
  const applicantIds: (string | undefined)[] = new Array(n);
  const tokens: (string | undefined)[] = new Array(n);
  const timed = async (job: () => Promise<void>) => {
    const start = performance.now();
    await job();
    return (performance.now() - start) / 1000;
  };
  const apiChunk = async (from: number, to: number) => {
    const regSeconds = await timed(() =>
      pool(to - from, opts.concurrency, async (j) => {
        const i = from + j;
        const res = await register(i);
        if (res.status !== 201) return failed('registerApplicant', res);
        applicantIds[i] = ((await res.json()) as { applicantId: string }).applicantId;
      }),
    );
    // Off the clock: verified, a token, the profile completed.
    const offSeconds = await timed(() =>
      pool(to - from, opts.concurrency, async (j) => {
        const id = applicantIds[from + j];
        if (id) tokens[from + j] = await prepare(from + j, id);
      }),
    );
    // Each applicant's first request reads their account, as in a container that has not seen them.
    clearAccountCache();
    const applySeconds = await timed(() =>
      pool(to - from, opts.concurrency, async (j) => {
        const token = tokens[from + j];
        if (!token) return;
        const res = await create(token);
        if (res.status !== 201) return failed('createApplication', res);
        const app = (await res.json()) as { id: string; version: number };
        const sent = await submit(token, app.id, app.version);
        if (sent.status !== 200) return failed('submitApplication', sent);
        await sent.arrayBuffer();
      }),
    );
    return { regSeconds, offSeconds, applySeconds };
  };
  const chunkSize = Math.max(1, Math.ceil(n / CHUNKS));
  let regSeconds = 0;
  let applySeconds = 0;
  let offClockSeconds = 0;
  let rawRegSeconds = 0;
  let rawApplySeconds = 0;
  const loadAtStart = loadavg()[0]!;
  opts.log(
    `recruitment: ${n} applicants in ${Math.ceil(n / chunkSize)} chunks of ${chunkSize}, API and raw alternately, ${opts.concurrency} at a time`,
  );
  for (let c = 0, from = 0; from < n; c++, from += chunkSize) {
    const to = Math.min(n, from + chunkSize);
    const rawChunk = async () => {
      const r = await rawRange(from, to);
      rawRegSeconds += r.reg;
      rawApplySeconds += r.apply;
    };
    if (c % 2 === 0) await rawChunk();
    const api = await apiChunk(from, to);
    regSeconds += api.regSeconds;
    applySeconds += api.applySeconds;
    offClockSeconds += api.offSeconds;
    if (c % 2 === 1) await rawChunk();
    opts.log(`  ${to}/${n}`);
  }
  const loadAtEnd = loadavg()[0]!;
  // Warm: right after the load, the tenant and slug caches are full (and the account's, once its
  // profile is saved).
  const warm = await probe(n + 1, false);
  opts.log(`recruitment: calls warm: ${fmt(warm)}`);

  // ---- the race: one applicant, `race` concurrent createApplication
  opts.log(`recruitment: ${opts.race} concurrent createApplication of one applicant`);
  const racer = n + 2;
  const regRacer = await register(racer);
  const racerId = (
    ok({ status: regRacer.status, body: await readJson(regRacer) }, 201, 'register (racer)') as {
      applicantId: string;
    }
  ).applicantId;
  const racerToken = await prepare(racer, racerId);
  const statuses = await Promise.all(
    Array.from({ length: opts.race }, async () => {
      const res = await create(racerToken);
      await res.arrayBuffer();
      return res.status;
    }),
  );
  const other: Record<string, number> = {};
  for (const s of statuses) if (s !== 201 && s !== 409) other[s] = (other[s] ?? 0) + 1;

  // ---- the invariants, from the table
  opts.log('recruitment: reading the table back for the invariants');
  const invariants = await checkInvariants(t, tenantId, round.id);
  const racerApps = invariants.applicationsByApplicant.get(racerId) ?? 0;
  const race = {
    requests: opts.race,
    created: statuses.filter((s) => s === 201).length,
    conflicts: statuses.filter((s) => s === 409).length,
    other,
    applications: racerApps,
  };
  const { applicationsByApplicant: _a, ...counts } = invariants;
  const allOk =
    counts.niksWithOneLoginAndOneAccount === counts.niks &&
    counts.applicantsWithMoreThanOne === 0 &&
    counts.uniqueRegistrationNumbers === counts.submitted &&
    counts.registrationNumberItems === counts.submitted &&
    race.created === 1 &&
    racerApps === 1;
  t.store.doc.destroy();

  const flowSeconds = regSeconds + applySeconds;
  const rawSeconds = rawRegSeconds + rawApplySeconds;
  const phase = (s: number): Phase => ({ seconds: s, perSecond: n / s });
  const flow = { ...phase(flowSeconds), register: phase(regSeconds), apply: phase(applySeconds), non2xx };
  const rawFig = { ...phase(rawSeconds), register: phase(rawRegSeconds), apply: phase(rawApplySeconds) };
  return {
    applicants: n,
    concurrency: opts.concurrency,
    flow,
    raw: rawFig,
    ratio: flow.perSecond / rawFig.perSecond,
    calls: { warm, cold },
    invariants: { ...counts, race, ok: allOk },
    setupSeconds,
    offClockSeconds,
    load: { start: loadAtStart, end: loadAtEnd },
    seconds: (performance.now() - t0) / 1000,
  };
}

// ---------------------------------------------------------------- raw writes

const RAW = 'RAW#';
/** The item with its partition keys (table and indexes) under the RAW# prefix. */
const rawKeys = <T extends object>(item: T): T => {
  const out = { ...item } as Record<string, unknown>;
  for (const k of ['pk', 'gsi1pk', 'gsi2pk', 'gsi3pk'])
    if (typeof out[k] === 'string') out[k] = `${RAW}${out[k] as string}`;
  return out as T;
};

/**
 * The writes of the three operations, by hand, in the shape the recruitment repository writes them
 * (the same items, attributes, conditions and indexes), each partition key under `RAW#`: register =
 * the rate counter's UpdateItem + one transaction of login record, account, profile and audit;
 * apply = one transaction of guard, draft and audit, the sequence's UpdateItem, one transaction of
 * the submitted application, its registration-number item and audit.
 */
function rawWriter(
  t: TestApi,
  tenantId: string,
  r: {
    roundId: string;
    roundName: string;
    roundCode: string;
    formationId: string;
    agencyId: string;
    agencyName: string;
    positionName: string;
    unitName: string;
  },
) {
  const table = t.tableName;
  const doc = t.store.doc;
  const at = LOAD_AT.toISOString();
  const hour = at.slice(0, 13).replace(/[-T]/g, '');
  const audit = (sub: string, action: string, entityType: string, entityId: string, changes: unknown) => {
    const id = newId();
    return {
      Put: {
        TableName: table,
        Item: rawKeys({
          ...keys.auditEntry(tenantId, entityType, entityId, at, id),
          type: 'AUDIT',
          id,
          at,
          tenantId,
          actor: { sub, role: 'applicant' },
          action,
          entityType,
          entityId,
          changes,
          requestId: newId(),
        }),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  };
  const profileOf = (i: number, id: string) => {
    const { password: _p, ...reg } = registration(i);
    return {
      id,
      ...reg,
      emailVerifiedAt: null as string | null,
      diplomaName: null as string | null,
      education: [] as unknown[],
      address: null as string | null,
      disability: null as unknown,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
  };
  return {
    async register(i: number, id: string) {
      const ip = addressOf(i);
      await doc.send(
        new UpdateCommand({
          TableName: table,
          Key: rawKeys(
            keys.applicantRegistrationRate(
              tenantId,
              recruitmentApplicantsRepo.sourceHash(tenantId, ip),
              hour,
            ),
          ),
          UpdateExpression: 'ADD #n :one SET #ttl = :ttl',
          ConditionExpression: 'attribute_not_exists(#n) OR #n < :limit',
          ExpressionAttributeNames: { '#n': 'n', '#ttl': TABLE.ttlAttribute },
          ExpressionAttributeValues: {
            ':one': 1,
            ':limit': 30,
            ':ttl': Math.floor(LOAD_AT.getTime() / 1000) + 7200,
          },
        }),
      );
      const a = profileOf(i, id);
      const guard = 'attribute_not_exists(pk)';
      await doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: table,
                Item: rawKeys({
                  ...keys.login(tenantId, a.nik),
                  type: 'LOGIN',
                  userId: id,
                  username: a.nik,
                  tenantId,
                  status: 'unverified',
                  name: a.name,
                  role: 'applicant',
                  agencyId: null,
                  employeeId: null,
                  failedAttempts: 0,
                }),
                ConditionExpression: guard,
              },
            },
            {
              Put: {
                TableName: table,
                Item: rawKeys({
                  ...keys.user(tenantId, id),
                  type: 'USER',
                  id,
                  username: a.nik,
                  name: a.name,
                  role: 'applicant',
                  status: 'unverified',
                  agencyId: null,
                  employeeId: null,
                  createdAt: at,
                }),
                ConditionExpression: guard,
              },
            },
            {
              Put: {
                TableName: table,
                Item: rawKeys({ ...keys.applicant(tenantId, id), type: 'APPLICANT', ...a }),
                ConditionExpression: guard,
              },
            },
            audit(id, 'applicant.register', 'applicant', id, {}),
          ],
        }),
      );
    },

    async apply(i: number, applicantId: string) {
      const appId = newId();
      const reg = registration(i);
      const draft = {
        id: appId,
        applicantId,
        roundId: r.roundId,
        roundName: r.roundName,
        roundCode: r.roundCode,
        formationId: r.formationId,
        positionName: r.positionName,
        unitName: r.unitName,
        agencyId: r.agencyId,
        agencyName: r.agencyName,
        track: 'umum',
        requiredDocuments: [],
        documents: {},
        status: 'DRAFT',
        submittedAt: null as string | null,
        reasons: [],
        objections: [],
        registrationNumber: null as string | null,
        applicantName: reg.name,
        nik: reg.nik,
        createdAt: at,
        updatedAt: at,
        version: 1,
      };
      const byApplicant = { ...keys.applicationsOfApplicant(tenantId, applicantId), gsi2sk: appId };
      await doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: table,
                Item: rawKeys({
                  ...keys.applicantRoundGuard(tenantId, applicantId, r.roundId),
                  type: 'APPLICATION_GUARD',
                  applicationId: appId,
                }),
                ConditionExpression: 'attribute_not_exists(pk)',
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              },
            },
            {
              Put: {
                TableName: table,
                Item: rawKeys({
                  ...keys.application(tenantId, appId),
                  ...byApplicant,
                  type: 'RECRUITMENT_APPLICATION',
                  ...draft,
                }),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            audit(applicantId, 'application.create', 'application', appId, {
              roundId: { before: null, after: r.roundId },
              formationId: { before: null, after: r.formationId },
            }),
          ],
        }),
      );
      const seq = await doc.send(
        new UpdateCommand({
          TableName: table,
          Key: rawKeys(keys.registrationSequence(tenantId, r.roundId)),
          UpdateExpression: 'ADD #n :one SET #type = :type',
          ExpressionAttributeNames: { '#n': 'n', '#type': 'type' },
          ExpressionAttributeValues: { ':one': 1, ':type': 'REGISTRATION_SEQUENCE' },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      const number = formatRegistrationNumber(r.roundCode, Number(seq.Attributes?.n));
      const { password: _p, ...ktp } = reg;
      const submitted = {
        ...draft,
        status: 'SUBMITTED',
        submittedAt: at,
        registrationNumber: number,
        snapshot: {
          id: applicantId,
          ...ktp,
          emailVerifiedAt: at,
          ...PROFILE,
          createdAt: at,
          updatedAt: at,
        },
        version: 2,
      };
      await doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: table,
                Item: rawKeys({
                  ...keys.application(tenantId, appId),
                  ...keys.applicationsOfRound(tenantId, r.roundId),
                  gsi1sk: keys.applicationsOfRoundSort(r.agencyId, r.formationId, appId),
                  ...byApplicant,
                  type: 'RECRUITMENT_APPLICATION',
                  ...submitted,
                }),
                ConditionExpression: 'version = :v AND #s = :draft',
                ExpressionAttributeNames: { '#s': 'status' },
                ExpressionAttributeValues: { ':v': 1, ':draft': 'DRAFT' },
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              },
            },
            {
              Put: {
                TableName: table,
                Item: rawKeys({
                  ...keys.registrationNumber(tenantId, number),
                  type: 'REGISTRATION_NUMBER',
                  applicationId: appId,
                }),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            audit(applicantId, 'application.submit', 'application', appId, {
              status: { before: 'DRAFT', after: 'SUBMITTED' },
              registrationNumber: { before: null, after: number },
            }),
          ],
        }),
      );
    },
  };
}

// ---------------------------------------------------------------- invariants

/**
 * Scans the tenant's recruitment items (not the RAW# ones) and counts, per NIK, the login records
 * and applicant accounts; per applicant, the applications in the round (and their guards); the
 * registration numbers of the submitted ones and their lookup items.
 */
async function checkInvariants(t: TestApi, tenantId: string, roundId: string) {
  const prefix = tenantPrefix(tenantId);
  const loginsByNik = new Map<string, number>();
  const accountsByNik = new Map<string, number>();
  const applicationsByApplicant = new Map<string, number>();
  const numbers = new Set<string>();
  let submitted = 0;
  let applications = 0;
  let numberItems = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await t.store.doc.send(
      new ScanCommand({
        TableName: t.tableName,
        FilterExpression: 'begins_with(pk, :p) AND #t IN (:login, :user, :app, :regno)',
        ExpressionAttributeNames: { '#t': 'type' },
        ExpressionAttributeValues: {
          ':p': prefix,
          ':login': 'LOGIN',
          ':user': 'USER',
          ':app': 'RECRUITMENT_APPLICATION',
          ':regno': 'REGISTRATION_NUMBER',
        },
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? []) {
      const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
      if (item.type === 'LOGIN' && item.role === 'applicant') inc(loginsByNik, String(item.username));
      else if (item.type === 'USER' && item.role === 'applicant') inc(accountsByNik, String(item.username));
      else if (item.type === 'RECRUITMENT_APPLICATION' && item.roundId === roundId) {
        applications++;
        inc(applicationsByApplicant, String(item.applicantId));
        if (item.status === 'SUBMITTED') {
          submitted++;
          if (item.registrationNumber) numbers.add(String(item.registrationNumber));
        }
      } else if (item.type === 'REGISTRATION_NUMBER') numberItems++;
    }
    start = page.LastEvaluatedKey;
  } while (start);
  const niks = new Set([...loginsByNik.keys(), ...accountsByNik.keys()]);
  let one = 0;
  for (const nik of niks) if (loginsByNik.get(nik) === 1 && accountsByNik.get(nik) === 1) one++;
  let moreThanOne = 0;
  let exactlyOne = 0;
  for (const c of applicationsByApplicant.values()) {
    if (c === 1) exactlyOne++;
    else moreThanOne++;
  }
  return {
    niks: niks.size,
    niksWithOneLoginAndOneAccount: one,
    loginRecords: [...loginsByNik.values()].reduce((a, b) => a + b, 0),
    applicantAccounts: [...accountsByNik.values()].reduce((a, b) => a + b, 0),
    applicantsWithOneApplication: exactlyOne,
    applicantsWithMoreThanOne: moreThanOne,
    applications,
    submitted,
    uniqueRegistrationNumbers: numbers.size,
    registrationNumberItems: numberItems,
    applicationsByApplicant,
  };
}

// ---------------------------------------------------------------- report

export function recruitmentMarkdown(r: RecruitmentResult, measuredOn?: string): string[] {
  const lines = ['## Recruitment (issue 12)', ''];
  if (measuredOn) lines.push(`Measured on ${measuredOn}.`, '');
  const by = (c: OpCalls) =>
    `${c.total} (${Object.entries(c.byCommand)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')})`;
  const inv = r.invariants;
  lines.push(
    `One tenant (kota, Asia/Jakarta), one agency, unit and position, one CPNS round created and published before registration opens, with one formasi: track umum, education S1 or D3 of any major, maximum age 35, **no required documents** (so submit needs no upload). The clock is then 10 March 2027, 09:00 WIB, inside the registration window. ${r.applicants.toLocaleString('en')} applicants, each registering from a source address of its own (so the per-address hourly limit of 30 never trips), ${r.concurrency} at a time.`,
    '',
    `The load runs in ${CHUNKS} chunks of ${Math.ceil(r.applicants / CHUNKS).toLocaleString('en')} applicants, raw then API in the even chunks and API then raw in the odd ones (each side's two phases in turn), so a change in the shared machine's load during the run weighs on both; the figures are the sums of the chunks' times. Before them, 50-200 throwaway raw applicants warm DynamoDB Local up (untimed).`,
    '',
    "What the figure holds: **registerApplicant + createApplication + submitApplication**, through the in-process API. What it leaves out, and why: (1) the applicant identity is a stand-in for the Cognito adapter (`credentialAttributes` returns `{}` and `signUp` a new id, no code sent): the local identity hashes the password with scrypt on registration (tens of ms of CPU), which in AWS is Cognito's work, not the function's; Cognito's SignUp round trip is not in the figure either. (2) The email code and the login are not the issue's three operations: between the phases each account is marked verified with the repository's `markVerified` and its token signed as the local identity signs one. (3) The profile is completed off the clock with `updateMyApplicantProfile` through the API (an S1 in Teknik Informatika, IPK 3.42). So the clock runs over two phases, each " +
      `${r.concurrency} at a time: every registration, then createApplication followed by submitApplication per applicant (the account cache is cleared before it, so each applicant's first request reads its account). The off-clock part took ${r.offClockSeconds.toFixed(1)} s.`,
    '',
    'The raw writes do, per applicant and at the same concurrency, the same calls with the same items (attributes, conditions, index keys), each partition key under `RAW#`: the rate counter UpdateItem; the registration TransactWriteItems (login record, account, profile, audit); the application TransactWriteItems (per-round guard, draft, audit); the round-sequence UpdateItem (one hot item, as in the API); the submit TransactWriteItems (the submitted application with its snapshot, the registration-number item, audit). The API does the reads besides (below).',
    '',
    '| figure | value |',
    '|---|---|',
    `| register + create + submit, in-process API, ${r.concurrency} at a time | **${r.flow.perSecond.toFixed(1)} applicants/s** (${r.applicants.toLocaleString('en')} in ${r.flow.seconds.toFixed(1)} s: registration ${r.flow.register.perSecond.toFixed(0)}/s, create + submit ${r.flow.apply.perSecond.toFixed(0)}/s; ${r.flow.non2xx} not 2xx) |`,
    `| raw writes of the same shape, ${r.concurrency} at a time | ${r.raw.perSecond.toFixed(1)} applicants/s (${r.raw.seconds.toFixed(1)} s: registration ${r.raw.register.perSecond.toFixed(0)}/s, create + submit ${r.raw.apply.perSecond.toFixed(0)}/s) |`,
    `| **ratio API ÷ raw (target ≥ 0.7; recorded, not enforced)** | **${r.ratio.toFixed(2)}** (registration ${(r.flow.register.perSecond / r.raw.register.perSecond).toFixed(2)}, create + submit ${(r.flow.apply.perSecond / r.raw.apply.perSecond).toFixed(2)}) |`,
    `| DynamoDB calls of registerApplicant, warm (cold container) | ${by(r.calls.warm.registerApplicant!)}; ${r.calls.cold.registerApplicant!.total} |`,
    `| DynamoDB calls of createApplication, warm (cold container) | ${by(r.calls.warm.createApplication!)}; ${r.calls.cold.createApplication!.total} |`,
    `| DynamoDB calls of submitApplication, warm (cold container) | ${by(r.calls.warm.submitApplication!)}; ${r.calls.cold.submitApplication!.total} |`,
    `| one login record and one account per NIK | ${inv.niksWithOneLoginAndOneAccount.toLocaleString('en')} of ${inv.niks.toLocaleString('en')} NIKs (${inv.loginRecords.toLocaleString('en')} login records, ${inv.applicantAccounts.toLocaleString('en')} applicant accounts) |`,
    `| one application per applicant in the round | ${inv.applicantsWithOneApplication.toLocaleString('en')} applicants with one, ${inv.applicantsWithMoreThanOne} with more (${inv.applications.toLocaleString('en')} applications) |`,
    `| registration numbers | ${inv.uniqueRegistrationNumbers.toLocaleString('en')} distinct for ${inv.submitted.toLocaleString('en')} submitted applications; ${inv.registrationNumberItems.toLocaleString('en')} number items |`,
    `| ${inv.race.requests} concurrent createApplication of one applicant | ${inv.race.created} × 201, ${inv.race.conflicts} × 409${Object.keys(inv.race.other).length ? `, others ${JSON.stringify(inv.race.other)}` : ''}; ${inv.race.applications} application stored |`,
    `| invariants | ${inv.ok ? 'hold' : '**DO NOT HOLD**'} |`,
    '',
    'Warm: the tenant (and its slug) and the account are in the container caches, as for an applicant whose requests follow one another; cold: both caches emptied before the operation (the tenant and slug GetItems on the public route, the tenant and account GetItems on an applicant route). In the measured flow the account cache is emptied before createApplication, so each applicant pays one account GetItem there. The calls section counts every recruitment operation from the harness fixture.',
    '',
    `Recruitment section run time: ${r.seconds.toFixed(0)} s (setup ${r.setupSeconds.toFixed(1)} s). The machine's 1-minute load average was ${r.load?.start.toFixed(1) ?? '?'} when the measured phases began and ${r.load?.end.toFixed(1) ?? '?'} when the raw writes ended: other work shared its cores, so compare the API with the raw writes of the same run, not across runs.`,
    '',
  );
  return lines;
}
