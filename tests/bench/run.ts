/**
 * `npm run bench` (not part of `npm test`): bundle size and cold import time of every function
 * against a hello-world Hono handler, DynamoDB calls per operation, latency at 1k and 100k users,
 * in-process throughput, and the surveys figures (submit throughput against raw DynamoDB, IKM reads
 * at scale, the survey page's JavaScript) and the personnel figures (search and getEmployee at 1k and
 * 100k employees, calls per personnel operation, the import rate; sizes from BENCH_PERSONNEL_SIZES).
 * Writes tests/bench/report.md and tests/bench/report.json.
 *
 * `npm run bench -- --only surveys` (or a comma list of bundles, calls, scale, surveys, personnel) runs only
 * those sections and keeps the other sections of the previous report.json, each with its own date.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
import {
  type BundleResult,
  bundle,
  functionEntries,
  type ImportTiming,
  rel,
  timeImports,
  type Variant,
} from './bundle';
import {
  type LatencyResult,
  loadUsers,
  measureLatency,
  measureThroughput,
  type ThroughputResult,
} from './load';
import { benchPersonnel, type PersonnelResult, personnelMarkdown } from './personnel';
import { benchSurveys, type SurveysResult, surveyBody, surveysMarkdown, type WebSizeFigure } from './surveys';
import { surveyRouteSize } from './web-size';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BENCH_DIR = join(ROOT, 'tests/bench');
const OUT = join(BENCH_DIR, 'out');
const IMPORT_RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 15);
const LATENCY_CALLS = Number(process.env.BENCH_LATENCY_CALLS ?? 200);
const SIZES = (process.env.BENCH_SIZES ?? '1000,100000').split(',').map(Number);
const THROUGHPUT_SECONDS = Number(process.env.BENCH_THROUGHPUT_SECONDS ?? 5);
const THROUGHPUT_CONCURRENCY = 8;
const SURVEY_SECONDS = Number(process.env.BENCH_SURVEY_SECONDS ?? 20);
const SURVEY_WARMUP_SECONDS = Number(process.env.BENCH_SURVEY_WARMUP_SECONDS ?? 10);
/** Bounded: the machine has 2 cores shared by the server, autocannon and DynamoDB Local. */
const SURVEY_CONNECTIONS = Number(process.env.BENCH_SURVEY_CONNECTIONS ?? 16);
const SURVEY_SIZES = (process.env.BENCH_SURVEY_SIZES ?? '100,100000').split(',').map(Number);
/** getSurveyUnitIkm is a few ms: enough samples keep its p95 from hanging on a handful of GC pauses. */
const SURVEY_LATENCY_CALLS = Number(process.env.BENCH_SURVEY_LATENCY_CALLS ?? 1000);
const SURVEY_IDEMPOTENCY_KEY = process.env.BENCH_SURVEY_IDEMPOTENCY_KEY !== '0';
const PERSONNEL_SIZES = (process.env.BENCH_PERSONNEL_SIZES ?? '1000,100000').split(',').map(Number);
const PERSONNEL_LATENCY_CALLS = Number(process.env.BENCH_PERSONNEL_LATENCY_CALLS ?? 500);
const PERSONNEL_IMPORT_ROWS = Number(process.env.BENCH_PERSONNEL_IMPORT_ROWS ?? 10_000);
/** Lambda runs the functions with this (their NODE_OPTIONS), so the import times include it. */
const NODE_OPTIONS = ['--enable-source-maps'];

const SECTIONS = ['bundles', 'calls', 'scale', 'surveys', 'personnel'] as const;
type Section = (typeof SECTIONS)[number];

/** `--only surveys`, `--only=calls,scale`; no flag = every section. */
function parseSections(argv: string[]): Set<Section> {
  const values: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--only') {
      const v = argv[++i];
      if (!v) throw new Error(`--only needs a section: ${SECTIONS.join(', ')}`);
      values.push(v);
    } else if (a.startsWith('--only=')) values.push(a.slice('--only='.length));
    else
      throw new Error(
        `unknown argument ${a}; usage: npm run bench [-- --only <${SECTIONS.join('|')}>[,...]]`,
      );
  }
  if (values.length === 0) return new Set(SECTIONS);
  const chosen = values.flatMap((v) => v.split(',')).map((v) => v.trim());
  for (const v of chosen) {
    if (!(SECTIONS as readonly string[]).includes(v))
      throw new Error(`unknown section ${v}; sections: ${SECTIONS.join(', ')}`);
  }
  return new Set(chosen as Section[]);
}

const started = performance.now();
function log(message: string) {
  process.stdout.write(
    `[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(6)}s] ${message}\n`,
  );
}

// ---------------------------------------------------------------- bundles and cold imports

interface BundleRow extends BundleResult {
  entry: string;
  import: ImportTiming;
  importNoSourceMaps: ImportTiming;
  ratioToHello: number;
}

/** Every function's bundle, or only the named ones; hello-world is always there as the yardstick. */
async function benchBundles(only?: string[]): Promise<BundleRow[]> {
  const targets = [
    ...functionEntries(join(ROOT, 'functions')).filter((f) => !only || only.includes(f.name)),
    { name: 'hello-world', entry: join(BENCH_DIR, 'fixtures/hello.ts') },
  ];
  const built: (BundleResult & { entry: string })[] = [];
  for (const t of targets) {
    for (const variant of ['deployed', 'sdkExternal'] as Variant[]) {
      if (t.name === 'hello-world' && variant === 'sdkExternal') continue; // no AWS SDK in it
      log(`bundling ${t.name} (${variant})`);
      built.push({ ...(await bundle(t.name, t.entry, OUT, variant)), entry: rel(ROOT, t.entry) });
    }
  }
  const files = built.map((b) => b.file);
  log(
    `importing ${files.length} bundles ${IMPORT_RUNS}× each in fresh node processes (${NODE_OPTIONS.join(' ')})`,
  );
  const withMaps = await timeImports(
    files,
    IMPORT_RUNS,
    NODE_OPTIONS,
    (d, n) => d % 5 === 0 && log(`  round ${d}/${n}`),
  );
  log('importing again without source maps');
  const withoutMaps = await timeImports(files, IMPORT_RUNS, []);
  const hello = withMaps.get(built.find((b) => b.name === 'hello-world')!.file)!;
  return built.map((b) => ({
    ...b,
    file: rel(ROOT, b.file),
    import: withMaps.get(b.file)!,
    importNoSourceMaps: withoutMaps.get(b.file)!,
    ratioToHello: withMaps.get(b.file)!.median / hello.median,
  }));
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
    const pathValues = pathValuesFor(fx.a);
    const target = targetParam(op);
    const version = await currentVersion(fx.t, target ? pathValues[target] : undefined);
    let req = buildValidRequest(op, { pathValues, named: { ...namedValuesFor(fx.a), version }, doc });
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
  for (let i = 0; i < 500; i++) {
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

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n: number) => n.toFixed(1);

function markdown(report: Report): string {
  const lines: string[] = [];
  const m = report.machine;
  lines.push('# Pamong bench report', '');
  lines.push(
    `Generated by \`npm run bench\` on ${report.date}: Node ${m.node}, ${m.platform}/${m.arch}, ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB RAM.`,
    'Absolute times depend on this machine and on what else ran on it; compare rows within one report.',
    '',
  );
  const since = (section: Section) => {
    const at = report.sections?.[section];
    return at && at !== report.date ? [`Measured on ${at}.`, ''] : [];
  };
  if (report.bundles) {
    lines.push('## Bundles and cold import', '');
    lines.push(...since('bundles'));
    lines.push(
      `Each handler is bundled the way the CDK \`NodejsFunction\` of \`infra/lib/constructs/service-function.ts\` does it: esbuild, ESM \`index.mjs\`, platform node, target node22, minified, source map (no sources content), main fields module,main, the createRequire banner. **deployed** bundles the AWS SDK, because that construct sets \`externalModules: []\`; **sdkExternal** leaves \`@aws-sdk/*\` out, as \`NodejsFunction\` does by default on Node 18+ runtimes (the SDK then loads from node_modules here, from the runtime in Lambda).`,
      '',
      `Import time = \`performance.now()\` around \`await import(bundle)\` in a fresh \`node ${NODE_OPTIONS.join(' ')}\` process (as the functions' NODE_OPTIONS), ${IMPORT_RUNS} runs each, round-robin. The handler builds its dependencies on the first invocation, so this is the module's own init.`,
      '',
    );
    lines.push(
      '| bundle | variant | size | gzip | source map | import median (ms) | p90 (ms) | × hello-world | median without source maps (ms) |',
    );
    lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const b of report.bundles) {
      lines.push(
        `| ${b.name} | ${b.variant} | ${kb(b.bytes)} (${b.bytes} B) | ${kb(b.gzipBytes)} | ${kb(b.mapBytes)} | ${ms(b.import.median)} | ${ms(b.import.p90)} | ${b.ratioToHello.toFixed(1)} | ${ms(b.importNoSourceMaps.median)} |`,
      );
    }
    lines.push('');
    for (const b of report.bundles.filter((x) => x.variant === 'deployed' && x.name !== 'hello-world')) {
      lines.push(
        `Largest parts of ${b.name} (deployed): ${b.topPackages.map((p) => `${p.name} ${kb(p.bytes)}`).join(', ')}.`,
        '',
      );
    }
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
      `User profiles loaded into tenant A with BatchWriteItem. ${LATENCY_CALLS} sequential requests each, after a warm-up of 500 requests of each kind before the first size and 50 before each, through \`app.request\` (no network hop to the API; DynamoDB Local over localhost).`,
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
  lines.push(
    `Bench run time: ${report.durationSeconds.toFixed(0)} s (sections run: ${report.ran.join(', ')}).`,
    '',
  );
  return lines.join('\n');
}

interface SurveysSection {
  result: SurveysResult;
  /** The surveys function's bundles and hello-world, from the same run as the import times. */
  bundles: BundleRow[];
  webSize: WebSizeFigure;
}

interface Report {
  date: string;
  durationSeconds: number;
  /** The sections this run measured; the others come from the previous report.json. */
  ran: Section[];
  /** When each section was last measured. */
  sections: Partial<Record<Section, string>>;
  machine: { node: string; platform: string; arch: string; cores: number; cpu: string; memoryGiB: number };
  bundles?: BundleRow[];
  calls?: CallRow[];
  scale?: ScaleRow[];
  throughput?: ThroughputResult;
  surveys?: SurveysSection;
  personnel?: PersonnelResult;
}

/** The previous report, so a partial run keeps the sections it did not measure. */
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

async function main() {
  const only = parseSections(process.argv.slice(2));
  const ran = SECTIONS.filter((s) => only.has(s));
  const runAt = new Date().toISOString();
  const report: Report = {
    ...previousReport(),
    date: runAt,
    durationSeconds: 0,
    ran,
    machine: machine(),
  } as Report;
  report.sections = { ...report.sections };
  log(`sections: ${ran.join(', ')}`);

  if (only.has('bundles')) {
    report.bundles = await benchBundles();
    report.sections.bundles = runAt;
  }

  const needsDynamo = only.has('calls') || only.has('scale') || only.has('surveys') || only.has('personnel');
  if (needsDynamo) log('starting DynamoDB Local (in memory)');
  const dynamo = needsDynamo ? await startDynamoLocal() : null;
  try {
    if (dynamo && (only.has('calls') || only.has('scale'))) {
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
      if (only.has('scale')) {
        const { rows: scale, throughput } = await benchScale(fx);
        report.scale = scale;
        report.throughput = throughput;
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
      });
      // A full run has just bundled every function; a surveys-only run bundles its own function.
      const bundleRows = only.has('bundles')
        ? report.bundles!.filter((b) => b.name === 'surveys' || b.name === 'hello-world')
        : await benchBundles(['surveys']);
      if (!bundleRows.some((b) => b.name === 'surveys'))
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
  } finally {
    await dynamo?.stop();
  }

  report.durationSeconds = (performance.now() - started) / 1000;
  writeFileSync(join(BENCH_DIR, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(BENCH_DIR, 'report.md'), markdown(report));
  formatReports();
  log('wrote tests/bench/report.md and tests/bench/report.json');
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
  process.exitCode = 1;
});
