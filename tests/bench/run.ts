/**
 * `npm run bench` (not part of `npm test`): every function's bundle against its size budget, with
 * what each byte is for and its cold start (import + first invocation, with and without source maps)
 * against a hello-world Hono handler; DynamoDB calls per operation; latency at 1k and 100k users,
 * in-process throughput; the surveys figures (submit throughput against raw DynamoDB, IKM reads at
 * scale, the survey page's JavaScript); the personnel figures (search and getEmployee at 1k and 100k
 * employees, calls per personnel operation, the import rate); the attendance figures (the morning
 * peak's check-in rate against raw writes, the aggregates against the punches, an agency's recap);
 * the recruitment figures (register + apply + submit against raw writes of the same shape, the
 * invariants after the load: one account per NIK, one application per applicant per round);
 * each function's memory after init and
 * after 1,000 mixed requests. Writes tests/bench/report.md and tests/bench/report.json.
 *
 * `npm run bench -- --quick` runs every section at small sizes (a few seconds each) and writes
 * tests/bench/out/quick/report.{md,json} (git-ignored), never the committed report: `.ci/run` runs it.
 *
 * `npm run bench -- --only surveys` (or a comma list of bundles, calls, scale, surveys, personnel,
 * attendance, recruitment, performance, memory) runs only those sections; the full run keeps the other sections of the previous
 * report.json, each with its own date. Environment variables (BENCH_*, below) override the sizes.
 *
 * Size budgets are deterministic and enforced: a request handler over its ceiling (500 KiB for a
 * new function; see HANDLER_CEILING_BYTES in bundle.ts for why the existing ones have their own)
 * or an async worker entry over 2 MiB makes the run exit 2 once the report is written. Times are recorded,
 * never enforced. A section that cannot run makes the run exit 1 (no report is written then).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '@pamong/core';
import { countDynamoCalls } from '@pamong/db';
import {
  clearAccountCache,
  clearTenantCache,
  findTenant,
  findTenantIdBySlug,
  isAccountActive,
} from '@pamong/http';
import { startDynamoLocal } from '../../packages/local/src/dynamo';
import {
  allows,
  buildValidRequest,
  isPublic,
  listOperations,
  type OpenApiDoc,
  type Operation,
  type PlannedRequest,
  targetParam,
} from '../harness/operations';
import { PASSWORD } from '../support/app';
import {
  currentVersion,
  type Fixtures,
  namedValuesFor,
  pathValuesFor,
  ROLE_PRIORITY,
  restoreTable,
  scanTable,
  setupFixtures,
  tokensOf,
} from '../support/fixtures';
import { type AttendanceResult, attendanceMarkdown, benchAttendance } from './attendance';
import {
  type BundleRow,
  benchEntries,
  budgetFailures,
  buildEntry,
  bundleRow,
  COLD_MODES,
  type ColdStart,
  coldStarts,
  HANDLER_BUDGET_BYTES,
  isCurrentRow,
  kib,
  rel,
  TOP_PARTS,
  WORKER_BUDGET_BYTES,
} from './bundle';
import {
  type LatencyResult,
  loadUsers,
  measureLatency,
  measureThroughput,
  type ThroughputResult,
} from './load';
import { benchMemory, type MemoryResult, memoryMarkdown } from './memory';
import { benchPerformance, type PerformanceResult, performanceMarkdown } from './performance';
import { benchPersonnel, type PersonnelResult, personnelMarkdown } from './personnel';
import { benchRecruitment, type RecruitmentResult, recruitmentMarkdown } from './recruitment';
import { benchSurveys, type SurveysResult, surveyBody, surveysMarkdown, type WebSizeFigure } from './surveys';
import { surveyRouteSize } from './web-size';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BENCH_DIR = join(ROOT, 'tests/bench');
const OUT = join(BENCH_DIR, 'out');

const SECTIONS = [
  'bundles',
  'calls',
  'scale',
  'surveys',
  'personnel',
  'attendance',
  'recruitment',
  'performance',
  'memory',
] as const;
type Section = (typeof SECTIONS)[number];
const USAGE = `usage: npm run bench [-- [--quick] [--only <${SECTIONS.join('|')}>[,...]]]`;

/** `--quick`; `--only surveys`, `--only=calls,scale`; no --only = every section. */
function parseArgs(argv: string[]): { quick: boolean; only: Set<Section> } {
  const values: string[] = [];
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quick') quick = true;
    else if (a === '--only') {
      const v = argv[++i];
      if (!v) throw new Error(`--only needs a section: ${SECTIONS.join(', ')}`);
      values.push(v);
    } else if (a.startsWith('--only=')) values.push(a.slice('--only='.length));
    else throw new Error(`unknown argument ${a}; ${USAGE}`);
  }
  if (values.length === 0) return { quick, only: new Set(SECTIONS) };
  const chosen = values.flatMap((v) => v.split(',')).map((v) => v.trim());
  for (const v of chosen) {
    if (!(SECTIONS as readonly string[]).includes(v))
      throw new Error(`unknown section ${v}; sections: ${SECTIONS.join(', ')}`);
  }
  return { quick, only: new Set(chosen as Section[]) };
}

const ARGS = parseArgs(process.argv.slice(2));
const QUICK = ARGS.quick;
/** The full run's figure or the quick run's; an environment variable overrides both. */
const setting = (env: string, full: string, quick: string) => process.env[env] ?? (QUICK ? quick : full);
const num = (env: string, full: number, quick: number) => Number(setting(env, String(full), String(quick)));
const list = (env: string, full: string, quick: string) => setting(env, full, quick).split(',').map(Number);

/** The full run writes the committed report; the quick run writes under the git-ignored out/. */
const REPORT_DIR = QUICK ? join(OUT, 'quick') : BENCH_DIR;
const COLD_RUNS = num('BENCH_IMPORT_RUNS', 15, 3);
const LATENCY_CALLS = num('BENCH_LATENCY_CALLS', 200, 20);
const SCALE_WARMUP = num('BENCH_SCALE_WARMUP', 500, 100);
const SIZES = list('BENCH_SIZES', '1000,100000', '100,1000');
const THROUGHPUT_SECONDS = num('BENCH_THROUGHPUT_SECONDS', 5, 1);
const THROUGHPUT_CONCURRENCY = 8;
const SURVEY_SECONDS = num('BENCH_SURVEY_SECONDS', 20, 2);
const SURVEY_WARMUP_SECONDS = num('BENCH_SURVEY_WARMUP_SECONDS', 10, 1);
/** Bounded: the machine has 2 cores shared by the server, autocannon and DynamoDB Local. */
const SURVEY_CONNECTIONS = num('BENCH_SURVEY_CONNECTIONS', 16, 4);
const SURVEY_SIZES = list('BENCH_SURVEY_SIZES', '100,100000', '20,500');
/** getSurveyUnitIkm is a few ms: enough samples keep its p95 from hanging on a handful of GC pauses. */
const SURVEY_LATENCY_CALLS = num('BENCH_SURVEY_LATENCY_CALLS', 1000, 40);
const SURVEY_IDEMPOTENCY_KEY = process.env.BENCH_SURVEY_IDEMPOTENCY_KEY !== '0';
const SURVEY_SETTLE_MS = num('BENCH_SURVEY_SETTLE_MS', 1500, 300);
const PERSONNEL_SIZES = list('BENCH_PERSONNEL_SIZES', '1000,100000', '50,300');
const PERSONNEL_LATENCY_CALLS = num('BENCH_PERSONNEL_LATENCY_CALLS', 500, 25);
const PERSONNEL_IMPORT_ROWS = num('BENCH_PERSONNEL_IMPORT_ROWS', 10_000, 100);
/** Issue 13: 10,000 employees check in within the morning peak; the recap of an agency of 1,000. */
const ATTENDANCE_EMPLOYEES = num('BENCH_ATTENDANCE_EMPLOYEES', 10_000, 200);
const ATTENDANCE_RECAP_AGENCY = num('BENCH_ATTENDANCE_RECAP_AGENCY', 1000, 100);
const ATTENDANCE_CONCURRENCY = num('BENCH_ATTENDANCE_CONCURRENCY', 16, 8);
/** Issue 12: applicants who register, apply and submit; 50 concurrent applications of one applicant. */
const RECRUITMENT_APPLICANTS = num('BENCH_RECRUITMENT_APPLICANTS', 2000, 100);
const RECRUITMENT_CONCURRENCY = num('BENCH_RECRUITMENT_CONCURRENCY', 32, 32);
const RECRUITMENT_RACE = num('BENCH_RECRUITMENT_RACE', 50, 50);
/** Issue 14: 30 items cascaded to 70 staff; the finalisation of a unit of 500. */
const PERFORMANCE_ITEMS = num('BENCH_PERFORMANCE_ITEMS', 30, 5);
const PERFORMANCE_SUBORDINATES = num('BENCH_PERFORMANCE_SUBORDINATES', 70, 10);
const PERFORMANCE_UNIT = num('BENCH_PERFORMANCE_UNIT', 500, 20);
const MEMORY_REQUESTS = num('BENCH_MEMORY_REQUESTS', 1000, 200);

const started = performance.now();
function log(message: string) {
  process.stdout.write(
    `[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(6)}s] ${message}\n`,
  );
}

// ---------------------------------------------------------------- bundles and cold starts

/**
 * Every function entry (or only those of the named functions) and hello-world, built both ways,
 * weighed against their budgets, then cold-started in fresh processes.
 */
async function benchBundles(only?: string[]): Promise<BundleRow[]> {
  const entries = benchEntries(ROOT, join(BENCH_DIR, 'fixtures/hello.ts'), only);
  const built = [];
  for (const e of entries) {
    log(`bundling ${e.name} (${e.kind}): coldstart.mjs's build and one with source maps`);
    const b = await buildEntry(ROOT, e, OUT);
    built.push(b);
    const budget =
      b.budgetBytes === null ? '' : ` (budget ${kib(b.budgetBytes)}: ${b.withinBudget ? 'ok' : 'OVER'})`;
    log(`  ${kib(b.bytes)} minified, ${kib(b.gzipBytes)} gzip${budget}`);
  }
  log(
    `cold starts: ${built.length} bundles × ${COLD_MODES.length} modes × ${COLD_RUNS} runs in fresh node processes (${COLD_MODES.map((m) => m.label).join('; ')})`,
  );
  // The quick run skips the warm-up round: its times are a smoke test, and the median drops the cold one.
  const cold = await coldStarts(
    built,
    COLD_RUNS,
    (d, n) => (d % 5 === 0 || d === n) && log(`  round ${d}/${n}`),
    !QUICK,
  );
  return built.map((b) => bundleRow(ROOT, b, cold.get(b.name)!));
}

// ---------------------------------------------------------------- DynamoDB calls per operation

interface CallRow {
  operationId: string;
  method: string;
  path: string;
  role: string;
  status: number;
  calls: number;
  byCommand: Record<string, number>;
  note?: string;
}

interface Prepared {
  request?: Partial<PlannedRequest>;
  note: string;
}

/**
 * The few operations whose generated request would only measure a refusal get a real target (and
 * the survey operations theirs, from `prepareSurveyOperation`). Every other operation is measured
 * with the harness's generated valid request, unchanged.
 */
const PREPARE: Record<string, (fx: Fixtures, op: Operation, doc: OpenApiDoc) => Promise<Prepared>> = {
  login: async (fx) => ({
    request: { body: { tenant: fx.a.slug, username: 'admin', password: PASSWORD } },
    note: 'a real account, so the figure is a successful login',
  }),
  deleteAgency: async (fx, op, doc) => {
    const res = await fx.t.call('POST', '/v1/agencies', {
      token: fx.a.users['tenant-admin'].token,
      body: { name: 'Badan Kosong' },
    });
    if (res.status !== 201) throw new Error(`bench: cannot make an empty agency: ${res.status}`);
    const values = { ...pathValuesFor(fx.a), agencyId: res.body.id as string };
    return {
      request: buildValidRequest(op, {
        pathValues: values,
        named: { ...namedValuesFor(fx.a), ...values, version: 1 },
        doc,
      }),
      note: 'an empty agency made for it (the fixture agency has units and users: 409)',
    };
  },
};

const quarterOf = (d: Date) => `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
const monthOf = (d: Date) => d.toISOString().slice(0, 7);

/**
 * Survey operations on a unit: the fixtures have no survey unit, so one is made (through the API,
 * before counting) with one response carrying a suggestion, and the request targets it. Periods are
 * the current quarter, the trend the last six months.
 */
async function prepareSurveyOperation(fx: Fixtures, op: Operation, doc: OpenApiDoc): Promise<Prepared> {
  const now = new Date();
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 5, 1));
  const named: Record<string, unknown> = {
    ...namedValuesFor(fx.a),
    period: quarterOf(now),
    month: monthOf(now),
    from: monthOf(from),
    to: monthOf(now),
  };
  const admin = fx.a.users['tenant-admin'].token;
  const asks = (name: string) => op.query.some((q) => q.name === name);
  const periodNote = asks('period')
    ? `period ${named.period}`
    : asks('from')
      ? `${named.from} to ${named.to}`
      : '';
  if (!op.path.includes('{unitId}')) {
    // updateSurveySettings needs the settings' current version.
    const settings = await fx.t.call('GET', '/v1/surveys/settings', { token: admin });
    if (settings.status !== 200)
      throw new Error(`bench: cannot read the survey settings: ${settings.status}`);
    return {
      request: buildValidRequest(op, {
        pathValues: pathValuesFor(fx.a),
        named: { ...named, version: settings.body.version },
        doc,
      }),
      note: periodNote,
    };
  }
  const unit = await fx.t.call('POST', '/v1/surveys/units', {
    token: admin,
    body: { agencyId: fx.a.agency.id, name: 'Loket Bench', serviceTypes: ['KTP-el'] },
  });
  if (unit.status !== 201) throw new Error(`bench: cannot make a survey unit: ${unit.status}`);
  const rand = seededRandom(op.operationId.length);
  const submitted = await fx.t.call(
    'POST',
    `/v1/public/${fx.a.slug}/survey-units/${unit.body.id}/responses`,
    {
      body: { ...surveyBody(rand), serviceType: 'KTP-el', suggestion: 'Antrean terlalu lama.' },
    },
  );
  if (submitted.status !== 201)
    throw new Error(`bench: cannot submit a survey response: ${submitted.status}`);
  const values = {
    ...pathValuesFor(fx.a),
    unitId: unit.body.id as string,
    responseId: submitted.body.id as string,
  };
  const request = buildValidRequest(op, {
    pathValues: values,
    named: { ...named, ...values, version: unit.body.version },
    doc,
  });
  if (op.operationId === 'submitSurveyResponse')
    request.body = { ...surveyBody(rand), serviceType: 'KTP-el' };
  if (op.operationId === 'moderateSurveySuggestion') request.body = { action: 'hide', reason: 'Bench' };
  return {
    request,
    note: ['a survey unit made for it, with one response', periodNote].filter(Boolean).join('; '),
  };
}

/** Warms the per-container lookups every request makes (tenant, slug, account status). */
async function warmTenantCache(fx: Fixtures) {
  clearTenantCache();
  clearAccountCache();
  const platform = fx.t.deps.stores.platform();
  await findTenant(platform, fx.a.id);
  await findTenantIdBySlug(platform, fx.a.slug);
  const store = await fx.t.deps.stores.forTenant(fx.a.id);
  for (const account of Object.values(fx.a.users)) await isAccountActive(store, fx.a.id, account.id);
}

async function benchCalls(fx: Fixtures, doc: OpenApiDoc, operations: Operation[]): Promise<CallRow[]> {
  const baseline = await scanTable(fx.t);
  const tokens = tokensOf(fx, fx.a);
  const rows: CallRow[] = [];
  for (const op of operations) {
    await restoreTable(fx.t, baseline);
    const role = isPublic(op) ? undefined : ROLE_PRIORITY.find((r) => allows(op, r));
    // The fixture values of this path (`{requestId}` names a leave on the leave routes, an izin on
    // the izin routes), as the route-table harness resolves them.
    const pathValues = pathValuesFor(fx.a, op.path);
    const target = targetParam(op);
    const version = await currentVersion(fx.t, target ? pathValues[target] : undefined);
    let req = buildValidRequest(op, {
      pathValues,
      named: { ...namedValuesFor(fx.a, op.path), version },
      doc,
    });
    let note: string | undefined;
    const prepare =
      PREPARE[op.operationId] ??
      (op.path.startsWith('/v1/surveys/') || /^\/v1\/public\/\{tenant\}\/(survey-units|ikm)/.test(op.path)
        ? prepareSurveyOperation
        : undefined);
    if (prepare) {
      const prepared = await prepare(fx, op, doc);
      req = { ...req, ...prepared.request };
      note = prepared.note;
    }
    await warmTenantCache(fx);
    const { result, calls } = await countDynamoCalls(() =>
      fx.t.call(req.method, req.url, { token: role ? tokens[role] : undefined, body: req.body }),
    );
    rows.push({
      operationId: op.operationId,
      method: op.method,
      path: op.path,
      role: role ?? 'public',
      status: result.status,
      calls: calls.total,
      byCommand: calls.byCommand,
      ...(note ? { note } : {}),
    });
    log(`  ${op.operationId}: ${result.status}, ${calls.total} call(s) ${JSON.stringify(calls.byCommand)}`);
  }
  await restoreTable(fx.t, baseline);
  return rows;
}

// ---------------------------------------------------------------- scale and throughput

interface ScaleRow {
  users: number;
  loadSeconds: number;
  listUsers: LatencyResult & { calls_dynamo: number; items: number };
  getAgency: LatencyResult & { calls_dynamo: number };
}

async function benchScale(fx: Fixtures): Promise<{ rows: ScaleRow[]; throughput: ThroughputResult }> {
  const token = fx.a.users['tenant-admin'].token;
  const headers = { authorization: `Bearer ${token}` };
  const listUsers = () => fx.t.api.request('/v1/users?limit=25', { headers });
  const getAgency = () => fx.t.api.request(`/v1/agencies/${fx.a.agency.id}`, { headers });
  const rows: ScaleRow[] = [];
  let loaded = Object.keys(fx.a.users).length;
  // Both the app (V8) and DynamoDB Local (the JVM) compile their hot paths first: without this the
  // first size measured would look slower than the second.
  log('warming up the request path');
  for (let i = 0; i < SCALE_WARMUP; i++) {
    await (await listUsers()).arrayBuffer();
    await (await getAgency()).arrayBuffer();
  }
  for (const size of SIZES) {
    const add = Math.max(0, size - loaded);
    log(`loading ${add} users into tenant A (to ${size})`);
    const t0 = performance.now();
    await loadUsers(fx.t, fx.a.id, fx.a.agency.id, add, (n) => log(`  ${n}/${add}`));
    loaded += add;
    const loadSeconds = (performance.now() - t0) / 1000;
    await warmTenantCache(fx);
    const page = await countDynamoCalls(
      async () => (await listUsers()).json() as Promise<{ items: unknown[] }>,
    );
    const one = await countDynamoCalls(async () => (await getAgency()).arrayBuffer());
    log(`measuring listUsers and getAgency at ${size} users, ${LATENCY_CALLS} calls each`);
    const lu = await measureLatency(listUsers, LATENCY_CALLS);
    const ga = await measureLatency(getAgency, LATENCY_CALLS);
    rows.push({
      users: loaded,
      loadSeconds,
      listUsers: { ...lu, calls_dynamo: page.calls.total, items: page.result.items.length },
      getAgency: { ...ga, calls_dynamo: one.calls.total },
    });
    log(`  listUsers median ${lu.medianMs.toFixed(2)} ms, getAgency median ${ga.medianMs.toFixed(2)} ms`);
  }
  log(`throughput: GET /v1/agencies, ${THROUGHPUT_CONCURRENCY} in flight for ${THROUGHPUT_SECONDS} s`);
  const throughput = await measureThroughput(
    () => fx.t.api.request('/v1/agencies', { headers }),
    THROUGHPUT_SECONDS,
    THROUGHPUT_CONCURRENCY,
  );
  log(`  ${throughput.perSecond.toFixed(0)} requests/s`);
  return { rows, throughput };
}

// ---------------------------------------------------------------- report

const ms = (n: number) => n.toFixed(1);
const mib = (n: number) => (n / 2 ** 20).toFixed(0);

function bundlesMarkdown(rows: BundleRow[], runs: number | undefined): string[] {
  const lines: string[] = [];
  const floorOf = (name: string) => {
    const row = rows.find((b) => b.name === name);
    return row ? kib(row.bytes) : 'not measured in this run';
  };
  lines.push(
    `Every \`functions/<name>/handler.ts\` (a request handler) and \`functions/<name>/worker.ts\` (an async worker entry, off the request path), and a hello-world Hono handler as the yardstick, each built twice. **Size** is the build of \`../shared/tools/coldstart.mjs\`: esbuild, bundle, platform node, ESM, target node22, minify, main fields module,main, everything bundled (the AWS SDK too), the createRequire banner, no source map. **--enable-source-maps** times run the same build plus \`sourceMap: true\`, \`sourcesContent: false\` under \`node --enable-source-maps\`, what the functions ran until this bench measured it; the other times run the coldstart.mjs build under plain \`node\`, which is what the CDK now deploys (\`infra/lib/constructs/service-function.ts\`: no source maps, no NODE_OPTIONS).`,
    '',
    `**Budgets (enforced, the run fails above them):** the issue's target for a request handler is ${kib(HANDLER_BUDGET_BYTES)} minified (${HANDLER_BUDGET_BYTES} B), and \`aws-floor\` (Hono, the logger, the DynamoDB client and the STS and Secrets Manager calls every function makes, no other Pamong code) alone weighs ${floorOf('aws-floor')}, and \`app-floor\` (a Pamong function with no route: that, zod, jose and the common request handling) ${floorOf('app-floor')}; a handler at or under the target is held to it, and each handler over it to its own ceiling (the budget column; \`HANDLER_CEILING_BYTES\` in tests/bench/bundle.ts), a few percent above its size after the last cut, and a new function to the target; an async worker entry ≤ ${kib(WORKER_BUDGET_BYTES)} (${WORKER_BUDGET_BYTES} B), a looser budget because it is off the request path. Times are recorded and never fail the run: the issue's target is ≤ 4× hello-world.`,
    '',
    `Cold start = import + first invocation in a fresh Node process, as coldstart.mjs measures it: an API Gateway v2 event for an unknown route (no table needed), Secrets Manager answered by a local stub; a worker entry is imported, not invoked (its ratio is to hello-world's import alone). Each bundle runs from a temporary folder outside the repository, where no node_modules resolves, as Lambda runs it. ${runs ?? '?'} runs of each bundle in each mode, round-robin (after one warm-up each, except in a quick run); median (p90), and the ratio of the medians to hello-world's in the same mode. RSS is the process's after that first invocation (median).`,
    '',
    `**zod schemas** counts the zod schema instances the cold start builds (one more run, with zod's construction hook counting): deterministic where the times are not. zod 4 builds an instance for every node of a schema and every \`.optional()\`, \`.min()\` or \`.max()\` on one, at 15-40 µs each with the garbage collection they cause, and a function builds all of its schemas at its cold start; after compiling the bundle, this is the largest part of a cold start above the floor.`,
    '',
    '| bundle | kind | minified | gzip | budget | build with source map | first call, --enable-source-maps: median (p90) ms | × hello | import alone ms | first call, no source maps: median (p90) ms | × hello | import alone ms | zod schemas | RSS after init MiB (source maps / none) | status |',
    '|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  );
  for (const b of rows) {
    const c = b.coldStart;
    const cell = (x: ColdStart) =>
      `${ms(x.firstCall.median)} (${ms(x.firstCall.p90)}) | ${x.ratioToHello.toFixed(1)} | ${ms(x.import.median)}`;
    const budget =
      b.budgetBytes === null
        ? '–'
        : `${kib(b.budgetBytes)}${b.kind === 'worker' ? ' (worker)' : ''}: ${b.withinBudget ? 'ok' : `**over by ${kib(b.bytes - b.budgetBytes)}**`}`;
    lines.push(
      `| ${b.name} | ${b.kind} | ${kib(b.bytes)} (${b.bytes} B) | ${kib(b.gzipBytes)} | ${budget} | ${kib(b.mapsBytes)} + ${kib(b.mapBytes)} | ${cell(c.sourceMaps)} | ${cell(c.noSourceMaps)} | ${c.noSourceMaps.zodSchemas} | ${mib(c.sourceMaps.rssAfterInit)} / ${mib(c.noSourceMaps.rssAfterInit)} | ${c.sourceMaps.statuses.join('/') || 'not invoked'} |`,
    );
  }
  lines.push('');
  const functions = rows.filter((b) => b.kind !== 'yardstick');
  const appFloor = rows.find((b) => b.name === 'app-floor');
  const handlers = functions.filter((b) => b.kind === 'handler');
  if (appFloor && handlers.length) {
    lines.push(
      `What each handler's own routes, services, repositories and rules weigh beyond \`app-floor\` (${kib(appFloor.bytes)}: a Pamong function with no route, tests/bench/fixtures/app-floor.ts): ${handlers
        .map((b) => `${b.name} +${kib(b.bytes - appFloor.bytes)}`)
        .join(
          ', ',
        )}. The ${kib(HANDLER_BUDGET_BYTES)} target leaves ${kib(HANDLER_BUDGET_BYTES - appFloor.bytes)} for them.`,
      '',
    );
  }
  if (functions.length) {
    lines.push(
      `What source maps cost at a cold start (first call with --enable-source-maps minus without): ${functions
        .map((b) => {
          const d = b.coldStart.sourceMaps.firstCall.median - b.coldStart.noSourceMaps.firstCall.median;
          return `${b.name} ${d >= 0 ? '+' : ''}${ms(d)} ms`;
        })
        .join(', ')}.`,
      '',
    );
  }
  lines.push(
    `### Largest parts of each bundle`,
    '',
    `From esbuild's metafile of the budgeted build: bytes of minified output per npm package, or per workspace folder for our own code; the first ${TOP_PARTS}. The whole metafile is in \`tests/bench/out/<bundle>/meta.json\` after a run (load it at https://esbuild.github.io/analyze/).`,
    '',
  );
  for (const b of rows) {
    const shown = b.topParts.reduce((n, p) => n + p.bytes, 0);
    lines.push(
      `- **${b.name}** (${kib(b.bytes)}): ${b.topParts.map((p) => `${p.name} ${kib(p.bytes)}`).join(', ')}${b.bytes > shown ? `; the rest ${kib(Math.max(0, b.bytes - shown))}` : ''}.`,
    );
  }
  lines.push('');
  return lines;
}

function markdown(report: Report): string {
  const lines: string[] = [];
  const m = report.machine;
  lines.push('# Pamong bench report', '');
  lines.push(
    `Generated by \`npm run bench${report.quick ? ' -- --quick' : ''}\` on ${report.date}: Node ${m.node}, ${m.platform}/${m.arch}, ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB RAM.`,
    'Absolute times depend on this machine and on what else ran on it; compare rows within one report.',
    '',
  );
  if (report.quick)
    lines.push(
      '**Quick run**: every section at small sizes, to prove the bench runs and to enforce the size budgets. Its times and scale figures are not the issue figures; see tests/bench/report.md for those.',
      '',
    );
  const since = (section: Section) => {
    const at = report.sections?.[section];
    return at && at !== report.date ? [`Measured on ${at}.`, ''] : [];
  };
  if (report.bundles) {
    lines.push('## Bundles, size budgets and cold start', '');
    lines.push(...since('bundles'));
    lines.push(...bundlesMarkdown(report.bundles, report.coldRuns));
  }
  if (report.memory) {
    const at = report.sections?.memory;
    lines.push(...memoryMarkdown(report.memory, at && at !== report.date ? at : undefined));
  }
  if (report.calls) {
    lines.push('## DynamoDB calls per operation', '');
    lines.push(...since('calls'));
    lines.push(
      "One valid request per operation (the route-table harness's generated request, as the first allowed role of tenant A), on the fixture data restored before each, counted with `countDynamoCalls`. The tenant cache is warmed first, so the figure is the operation's own cost; a cold container adds one GetItem for the tenant (and one for the slug on public routes). Survey operations on a unit target a survey unit made for them through the API (with one response carrying a suggestion) before counting; survey periods are the current quarter.",
      '',
    );
    lines.push('| operation | method | path | as | status | calls | by command | note |');
    lines.push('|---|---|---|---|---:|---:|---|---|');
    for (const r of report.calls) {
      const by = Object.entries(r.byCommand)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      lines.push(
        `| ${r.operationId} | ${r.method} | \`${r.path}\` | ${r.role} | ${r.status} | ${r.calls} | ${by || '–'} | ${r.note ?? ''} |`,
      );
    }
    lines.push('');
  }
  if (report.scale && report.throughput) {
    lines.push('## Latency at scale (in process, DynamoDB Local in memory)', '');
    lines.push(...since('scale'));
    lines.push(
      `User profiles loaded into tenant A with BatchWriteItem. ${report.scaleLatencyCalls ?? LATENCY_CALLS} sequential requests each, after a warm-up of ${report.scaleWarmup ?? SCALE_WARMUP} requests of each kind before the first size and 50 before each, through \`app.request\` (no network hop to the API; DynamoDB Local over localhost).`,
      '',
    );
    lines.push(
      '| users in tenant | load time (s) | listUsers (limit 25) median / p90 ms | items | DynamoDB calls | getAgency median / p90 ms | DynamoDB calls |',
    );
    lines.push('|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of report.scale) {
      lines.push(
        `| ${r.users} | ${r.loadSeconds.toFixed(1)} | ${ms(r.listUsers.medianMs)} / ${ms(r.listUsers.p90Ms)} | ${r.listUsers.items} | ${r.listUsers.calls_dynamo} | ${ms(r.getAgency.medianMs)} / ${ms(r.getAgency.p90Ms)} | ${r.getAgency.calls_dynamo} |`,
      );
    }
    lines.push('');
    const t = report.throughput;
    lines.push('## Throughput', '');
    lines.push(
      `\`GET /v1/agencies\` in process, ${t.concurrency} requests in flight for ${t.seconds.toFixed(1)} s: **${t.perSecond.toFixed(0)} requests/s** (${t.requests} requests, ${t.non2xx} not 2xx). One Node process on ${m.cores} cores shared with DynamoDB Local.`,
      '',
    );
  }
  if (report.surveys) {
    lines.push(
      ...surveysMarkdown(report.surveys.result, {
        bundles: report.surveys.bundles,
        webSize: report.surveys.webSize,
        measuredOn: report.sections?.surveys !== report.date ? report.sections?.surveys : undefined,
      }),
    );
  }
  if (report.personnel) {
    const at = report.sections?.personnel;
    lines.push(...personnelMarkdown(report.personnel, at && at !== report.date ? at : undefined));
  }
  if (report.attendance) {
    const at = report.sections?.attendance;
    lines.push(...attendanceMarkdown(report.attendance, at && at !== report.date ? at : undefined));
  }
  if (report.recruitment) {
    const at = report.sections?.recruitment;
    lines.push(...recruitmentMarkdown(report.recruitment, at && at !== report.date ? at : undefined));
  }
  if (report.performance) {
    const at = report.sections?.performance;
    lines.push(...performanceMarkdown(report.performance, at && at !== report.date ? at : undefined));
  }
  lines.push(
    `Bench run time: ${report.durationSeconds.toFixed(0)} s (sections run: ${report.ran.join(', ')}).`,
    '',
  );
  return lines.join('\n');
}

interface SurveysSection {
  result: SurveysResult;
  /** The surveys function's bundles and hello-world, from the same run as the cold starts. */
  bundles: BundleRow[];
  webSize: WebSizeFigure;
}

interface Report {
  date: string;
  durationSeconds: number;
  /** A quick run (small sizes, written under tests/bench/out/quick). */
  quick: boolean;
  /** The sections this run measured; the others come from the previous report.json. */
  ran: Section[];
  /** When each section was last measured. */
  sections: Partial<Record<Section, string>>;
  machine: { node: string; platform: string; arch: string; cores: number; cpu: string; memoryGiB: number };
  bundles?: BundleRow[];
  /** Cold starts per bundle and mode. */
  coldRuns?: number;
  calls?: CallRow[];
  scale?: ScaleRow[];
  scaleLatencyCalls?: number;
  scaleWarmup?: number;
  throughput?: ThroughputResult;
  surveys?: SurveysSection;
  personnel?: PersonnelResult;
  attendance?: AttendanceResult;
  recruitment?: RecruitmentResult;
  performance?: PerformanceResult;
  memory?: MemoryResult;
}

/** The previous full report, so a partial full run keeps the sections it did not measure. */
function previousReport(): Partial<Report> {
  const file = join(BENCH_DIR, 'report.json');
  if (!existsSync(file)) return {};
  try {
    const old = JSON.parse(readFileSync(file, 'utf8')) as Partial<Report>;
    // Reports written before sections were dated carry one date for all of them.
    const sections: Partial<Record<Section, string>> = { ...old.sections };
    for (const section of SECTIONS) {
      const present = section === 'scale' ? old.scale : old[section];
      if (present && !sections[section] && old.date) sections[section] = old.date;
    }
    // Bundle rows of an older shape (variants, import times only) are dropped, not misread.
    if (old.bundles && !old.bundles.every(isCurrentRow)) {
      log('note: the previous report.json has bundle rows of an older shape; run the bundles section again');
      delete old.bundles;
      delete sections.bundles;
    }
    if (old.surveys && !(old.surveys.bundles ?? []).every(isCurrentRow)) old.surveys.bundles = [];
    return { ...old, sections };
  } catch {
    log('note: the previous report.json is unreadable; only the sections run now are reported');
    return {};
  }
}

/** The reports are committed, so they go through the repository's formatter like any other file. */
function formatReports() {
  const files = ['report.md', 'report.json'].map((f) => join(BENCH_DIR, f));
  try {
    execFileSync(join(ROOT, 'node_modules/.bin/biome'), ['format', '--write', ...files], {
      cwd: ROOT,
      stdio: 'ignore',
    });
  } catch {
    log('note: biome could not format the reports; run `npm run format` before committing them');
  }
}

const WEB_DIST = resolve(process.env.BENCH_WEB_DIST ?? join(ROOT, 'web/dist'));

/**
 * The survey route's gzipped JavaScript, by tests/bench/web-size.ts from a finished web build.
 * A missing or stale build is reported as not measured, with the reason, and never fails the run.
 */
function measureWebSize(): WebSizeFigure {
  if (!existsSync(join(WEB_DIST, 'index.html')))
    return {
      measured: false,
      reason: `${rel(ROOT, WEB_DIST)} is not built; run \`npm run build:web\` first`,
    };
  try {
    const size = surveyRouteSize(WEB_DIST);
    return {
      measured: true,
      route: size.route,
      gzipBytes: size.jsGzipBytes,
      targetBytes: size.budgetGzipBytes,
      files: size.js,
    };
  } catch (err) {
    return { measured: false, reason: err instanceof Error ? err.message : String(err) };
  }
}

/** What the run prints at its end: the bundles against their budgets, memory, one line per other section. */
function summary(report: Report): string[] {
  const out: string[] = [];
  const b = report.bundles;
  if (b && report.ran.includes('bundles')) {
    out.push(
      `bundles (budget: request handler ${kib(HANDLER_BUDGET_BYTES)} target, each existing handler its ceiling; async worker entry ${kib(WORKER_BUDGET_BYTES)}; cold start = import + first call, median of ${report.coldRuns}, never enforced):`,
    );
    for (const r of b) {
      const status = r.budgetBytes === null ? '    ' : r.withinBudget ? 'ok  ' : 'OVER';
      const c = r.coldStart;
      out.push(
        `  ${status} ${r.name.padEnd(18)} ${r.kind.padEnd(9)} ${kib(r.bytes).padStart(12)}  gzip ${kib(r.gzipBytes).padStart(10)}  cold ${ms(c.sourceMaps.firstCall.median).padStart(7)} ms ×${c.sourceMaps.ratioToHello.toFixed(1)} (source maps), ${ms(c.noSourceMaps.firstCall.median).padStart(7)} ms ×${c.noSourceMaps.ratioToHello.toFixed(1)} (none)  zod ${String(c.noSourceMaps.zodSchemas).padStart(5)}  RSS ${mib(c.sourceMaps.rssAfterInit)} MiB`,
      );
    }
  }
  const mem = report.memory;
  if (mem && report.ran.includes('memory')) {
    out.push(`memory (fresh process per function, node ${mem.nodeOptions.join(' ')}):`);
    for (const r of mem.rows)
      out.push(
        `  ${r.name.padEnd(18)} after init ${mib(r.rss.afterInit).padStart(4)} MiB, after ${r.requests} requests ${mib(r.rss.afterRequests).padStart(4)} MiB, max ${mib(r.rss.max).padStart(4)} MiB (${r.reads.length} reads, writes: ${r.writes.join(', ') || 'none'}; statuses ${JSON.stringify(r.statuses)})`,
      );
  }
  if (report.calls && report.ran.includes('calls')) {
    const byStatus: Record<string, number> = {};
    for (const c of report.calls) byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
    out.push(`calls: ${report.calls.length} operations counted; statuses ${JSON.stringify(byStatus)}`);
  }
  if (report.scale && report.throughput && report.ran.includes('scale')) {
    out.push(
      `scale: ${report.scale.map((r) => `${r.users} users: listUsers ${ms(r.listUsers.medianMs)} ms, getAgency ${ms(r.getAgency.medianMs)} ms`).join('; ')}; throughput ${report.throughput.perSecond.toFixed(0)}/s`,
    );
  }
  if (report.surveys && report.ran.includes('surveys')) {
    const s = report.surveys.result;
    out.push(
      `surveys: submit API ÷ raw ${s.throughput.ratio.toFixed(2)}; getSurveyUnitIkm ${s.ikm.rows.map((r) => `${r.responses}: ${r.latency.medianMs.toFixed(2)} ms`).join(', ')} (ratio ${s.ikm.latencyRatio.toFixed(2)})`,
    );
  }
  if (report.attendance && report.ran.includes('attendance')) {
    const a = report.attendance;
    out.push(
      `attendance: checkIn ${a.checkIn.perSecond.toFixed(0)}/s vs raw ${a.raw.perSecond.toFixed(0)}/s (ratio ${a.ratio.toFixed(2)}); aggregates ${a.aggregatesMatch.equal ? 'equal' : 'NOT equal'} to punches; recap of ${a.recap.employees} in ${a.recap.seconds.toFixed(2)} s, ${a.recap.calls} calls`,
    );
  }
  if (report.recruitment && report.ran.includes('recruitment')) {
    const r = report.recruitment;
    const c = r.calls.warm;
    out.push(
      `recruitment: register + create + submit ${r.flow.perSecond.toFixed(1)}/s vs raw ${r.raw.perSecond.toFixed(1)}/s (ratio ${r.ratio.toFixed(2)}); calls register ${c.registerApplicant?.total}, create ${c.createApplication?.total}, submit ${c.submitApplication?.total}; invariants ${r.invariants.ok ? 'hold' : 'DO NOT HOLD'} (race: ${r.invariants.race.created} of ${r.invariants.race.requests} created)`,
    );
  }
  if (report.performance && report.ran.includes('performance')) {
    const p = report.performance;
    out.push(
      `performance: cascade ${p.cascade.items}x${p.cascade.subordinates} in ${p.cascade.seconds.toFixed(2)} s (${p.cascade.calls} calls); finalise a unit of ${p.finalise.unitSize} in ${(p.finalise.seconds * 1000).toFixed(0)} ms (${p.finalise.calls} calls)`,
    );
  }
  if (report.personnel && report.ran.includes('personnel')) {
    const p = report.personnel;
    out.push(
      `personnel: ${Object.entries(p.ratios)
        .map(([k, v]) => `${k} ×${v.toFixed(2)}`)
        .join(
          '; ',
        )}; ${p.calls.length} operations counted; import ${p.importFigure.measured ? `${p.importFigure.rows} rows at ${p.importFigure.rowsPerSecond!.toFixed(0)} rows/s, again unchanged in ${p.importFigure.again!.seconds.toFixed(1)} s` : `not measured (${p.importFigure.reason})`}`,
    );
  }
  return out;
}

/** Every bundle built in this run, for the budget check at the end (also when a later section fails). */
const builtNow: BundleRow[] = [];

function reportBudgets(): boolean {
  const failures = budgetFailures(builtNow);
  if (failures.length)
    process.stderr.write(
      `\nSIZE BUDGET EXCEEDED (${failures.length}), built as ../shared/tools/coldstart.mjs builds it:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`,
    );
  else if (builtNow.length) process.stdout.write('\nsize budgets: every bundle is within its budget\n');
  return failures.length === 0;
}

async function main() {
  const only = ARGS.only;
  const ran = SECTIONS.filter((s) => only.has(s));
  const runAt = new Date().toISOString();
  const report: Report = {
    // A quick run reports only what it measured; a full run keeps the rest of the committed report.
    ...(QUICK ? {} : previousReport()),
    date: runAt,
    durationSeconds: 0,
    quick: QUICK,
    ran,
    machine: machine(),
  } as Report;
  report.sections = { ...report.sections };
  log(`${QUICK ? 'quick run, ' : ''}sections: ${ran.join(', ')}`);

  if (only.has('bundles')) {
    report.bundles = await benchBundles();
    report.coldRuns = COLD_RUNS;
    report.sections.bundles = runAt;
    builtNow.push(...report.bundles);
  }

  const needsDynamo =
    only.has('calls') ||
    only.has('scale') ||
    only.has('surveys') ||
    only.has('personnel') ||
    only.has('attendance') ||
    only.has('recruitment') ||
    only.has('performance') ||
    only.has('memory');
  if (needsDynamo) log('starting DynamoDB Local (in memory)');
  const dynamo = needsDynamo ? await startDynamoLocal() : null;
  try {
    if (dynamo && (only.has('calls') || only.has('scale') || only.has('memory'))) {
      log('creating the fixtures: two tenants with an agency, units and one account per role');
      const fx = await setupFixtures({ endpoint: dynamo.endpoint });
      if (only.has('calls')) {
        const res = await fx.t.api.request('/openapi.json');
        const doc = (await res.json()) as OpenApiDoc;
        const operations = listOperations(doc, fx.t.api);
        log(`counting DynamoDB calls for ${operations.length} operations`);
        report.calls = await benchCalls(fx, doc, operations);
        report.sections.calls = runAt;
      }
      // Memory before scale: its write trials restore the table, cheap on the fixtures, not on 100k users.
      if (only.has('memory')) {
        report.memory = await benchMemory({
          root: ROOT,
          endpoint: dynamo.endpoint,
          outDir: OUT,
          requests: MEMORY_REQUESTS,
          log,
          fixtures: fx,
        });
        report.sections.memory = runAt;
      }
      if (only.has('scale')) {
        const { rows: scale, throughput } = await benchScale(fx);
        report.scale = scale;
        report.throughput = throughput;
        report.scaleLatencyCalls = LATENCY_CALLS;
        report.scaleWarmup = SCALE_WARMUP;
        report.sections.scale = runAt;
      }
      fx.t.store.doc.destroy();
    }

    if (dynamo && only.has('surveys')) {
      const result = await benchSurveys({
        endpoint: dynamo.endpoint,
        log,
        seconds: SURVEY_SECONDS,
        connections: SURVEY_CONNECTIONS,
        warmupSeconds: SURVEY_WARMUP_SECONDS,
        latencyCalls: SURVEY_LATENCY_CALLS,
        sizes: SURVEY_SIZES,
        withIdempotencyKey: SURVEY_IDEMPOTENCY_KEY,
        dynamoPid: dynamo.pid,
        settleMs: SURVEY_SETTLE_MS,
      });
      // A run with the bundles section has just built every function; a surveys-only run builds its own.
      let bundleRows: BundleRow[];
      if (only.has('bundles'))
        bundleRows = report.bundles!.filter((b) => b.fn === 'surveys' || b.fn === 'hello-world');
      else {
        bundleRows = await benchBundles(['surveys']);
        builtNow.push(...bundleRows);
      }
      if (!bundleRows.some((b) => b.fn === 'surveys'))
        log('note: no functions/surveys/handler.ts found, so the surveys bundle is not in the report');
      const webSize = measureWebSize();
      log(
        webSize.measured
          ? `survey route JS: ${(webSize.gzipBytes / 1024).toFixed(1)} KiB gzipped`
          : `survey route JS not measured: ${webSize.reason}`,
      );
      report.surveys = { result, bundles: bundleRows, webSize };
      report.sections.surveys = runAt;
    }

    if (dynamo && only.has('personnel')) {
      report.personnel = await benchPersonnel({
        endpoint: dynamo.endpoint,
        log,
        sizes: PERSONNEL_SIZES,
        latencyCalls: PERSONNEL_LATENCY_CALLS,
        importRows: PERSONNEL_IMPORT_ROWS,
      });
      report.sections.personnel = runAt;
    }

    if (dynamo && only.has('attendance')) {
      report.attendance = await benchAttendance({
        endpoint: dynamo.endpoint,
        log,
        employees: ATTENDANCE_EMPLOYEES,
        recapAgencySize: ATTENDANCE_RECAP_AGENCY,
        concurrency: ATTENDANCE_CONCURRENCY,
      });
      if (!report.attendance.aggregatesMatch.equal)
        throw new Error(
          `bench attendance: the aggregates do not match the punches: ${JSON.stringify(report.attendance.aggregatesMatch)}`,
        );
      report.sections.attendance = runAt;
    }

    if (dynamo && only.has('recruitment')) {
      report.recruitment = await benchRecruitment({
        endpoint: dynamo.endpoint,
        log,
        applicants: RECRUITMENT_APPLICANTS,
        concurrency: RECRUITMENT_CONCURRENCY,
        race: RECRUITMENT_RACE,
      });
      // Recorded either way; an invariant that does not hold is said in the report and the summary.
      if (!report.recruitment.invariants.ok)
        log(`recruitment: THE INVARIANTS DO NOT HOLD: ${JSON.stringify(report.recruitment.invariants)}`);
      report.sections.recruitment = runAt;
    }

    if (dynamo && only.has('performance')) {
      report.performance = await benchPerformance({
        endpoint: dynamo.endpoint,
        log,
        items: PERFORMANCE_ITEMS,
        subordinates: PERFORMANCE_SUBORDINATES,
        unitSize: PERFORMANCE_UNIT,
        concurrency: 8,
      });
      report.sections.performance = runAt;
    }
  } finally {
    await dynamo?.stop();
  }

  report.durationSeconds = (performance.now() - started) / 1000;
  mkdirSync(REPORT_DIR, { recursive: true });
  writeFileSync(join(REPORT_DIR, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(REPORT_DIR, 'report.md'), markdown(report));
  if (!QUICK) formatReports();
  log(`wrote ${rel(ROOT, join(REPORT_DIR, 'report.md'))} and report.json`);
  process.stdout.write(`\n${summary(report).join('\n')}\n`);

  // Exit 2: the bench ran and a bundle is over its budget; exit 1: the bench itself failed.
  const withinBudgets = reportBudgets();
  if (!withinBudgets) process.exitCode = 2;
  process.stdout.write(
    `\nbench ran ${ran.join(', ')} in ${report.durationSeconds.toFixed(0)} s: ${withinBudgets ? 'passed' : 'FAILED on the size budgets (exit 2)'}\n`,
  );
}

function machine(): Report['machine'] {
  const cpu = cpus();
  return {
    node: process.version,
    platform: process.platform,
    arch: process.arch,
    cores: cpu.length,
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
  };
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  reportBudgets();
  process.exitCode = 1;
});
