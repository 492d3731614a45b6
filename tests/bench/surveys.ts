import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  computeIkm,
  counterDelta,
  ELEMENT_CODES,
  type ElementCode,
  monthIn,
  parsePeriod,
  RESPONDENT_EDUCATION,
  RESPONDENT_OCCUPATION,
  type SubmitSurveyResponseInput,
  seededRandom,
  sumDeltas,
  tallyCounters,
} from '@pamong/core';
import { type CallCount, countDynamoCalls, newId, TABLE, type TxItem } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import { clearTenantCache } from '@pamong/http';
import { ulid } from 'ulid';
import {
  counterAddOp,
  ipHash,
  rateHour,
  SURVEY_RESPONSE_TYPE,
} from '../../packages/db/src/repos/surveys/responses';
import { listen } from '../../packages/local/src/server';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import { type BundleRow, type ColdStart, percentile } from './bundle';
import { bulkPut } from './load';

/**
 * The surveys figures of `npm run bench` (issue 4 §7):
 * - submitSurveyResponse throughput over HTTP on the loopback, against raw DynamoDB Local
 *   TransactWriteItems of the same items in the same run;
 * - getSurveyUnitIkm latency and DynamoDB calls at a small and a large unit.
 */

export interface SurveyBenchOptions {
  endpoint: string;
  log: (message: string) => void;
  /** Seconds of each measured load (API and raw). */
  seconds: number;
  /** HTTP connections of autocannon, and transactions in flight for the raw half. */
  connections: number;
  warmupSeconds: number;
  /** Sequential getSurveyUnitIkm requests per unit size. */
  latencyCalls: number;
  /** Responses in the small and the large unit. */
  sizes: number[];
  /** Also measure submissions carrying an Idempotency-Key, as the survey page sends them. */
  withIdempotencyKey: boolean;
  /** DynamoDB Local's JVM, so the report can say how busy it was. */
  dynamoPid?: number;
  /** How long the server gets to finish the requests in flight when autocannon stops (default 1.5 s). */
  settleMs?: number;
}

// ---------------------------------------------------------------- CPU use

/** CPU seconds a process has used so far (Linux /proc), or null where that cannot be read. */
function processCpuSeconds(pid: number | undefined, ticks: number): number | null {
  if (!pid || !ticks) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticks;
  } catch {
    return null;
  }
}

function clockTicks(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 0;
  } catch {
    return 0;
  }
}

/** Cores used while a load ran: DynamoDB Local's JVM and this process (the server or the raw client). */
export interface CpuUse {
  dynamoCores: number | null;
  benchCores: number;
}

function cpuMeter(dynamoPid: number | undefined) {
  const ticks = clockTicks();
  return () => {
    const t0 = performance.now();
    const d0 = processCpuSeconds(dynamoPid, ticks);
    const b0 = process.cpuUsage();
    return (): CpuUse => {
      const wall = (performance.now() - t0) / 1000;
      const d1 = processCpuSeconds(dynamoPid, ticks);
      const b = process.cpuUsage(b0);
      return {
        dynamoCores: d0 === null || d1 === null ? null : (d1 - d0) / wall,
        benchCores: (b.user + b.system) / 1e6 / wall,
      };
    };
  };
}

export const SURVEY_SLUG = 'bench-survey';
const TIME_ZONE = 'Asia/Jakarta';
/** The highest limit `updateSurveySettingsSchema` accepts; far above what one 20 s run sends. */
const RATE_LIMIT = 100_000;
/** getSurveyUnitIkm is timed in this many rounds that alternate between the unit sizes. */
const IKM_ROUNDS = 10;
const SERVICE_TYPES = ['KTP-el', 'Kartu Keluarga', 'Akta Kelahiran', 'Surat Pindah'];

// ---------------------------------------------------------------- generated responses

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

/** Mostly satisfied citizens with a tail of unhappy ones, so the IKM is neither 25 nor 100. */
function answer(rand: () => number): number {
  const x = rand();
  return x < 0.04 ? 1 : x < 0.16 ? 2 : x < 0.66 ? 3 : 4;
}

const SUGGESTIONS = [
  'Antrean terlalu lama pada jam sibuk.',
  'Petugas ramah, tetapi ruang tunggu panas.',
  'Mohon informasi persyaratan dipasang di depan loket.',
  'Pelayanan sudah cepat. Terima kasih.',
];

/** A valid request body of submitSurveyResponse (about one in ten carries a suggestion). */
export function surveyBody(rand: () => number): SubmitSurveyResponseInput {
  const answers = Object.fromEntries(ELEMENT_CODES.map((c) => [c, answer(rand)])) as Record<
    ElementCode,
    number
  >;
  const body: SubmitSurveyResponseInput = {
    answers,
    respondent: {
      gender: rand() < 0.5 ? 'L' : 'P',
      age: 17 + Math.floor(rand() * 60),
      education: pick(rand, RESPONDENT_EDUCATION),
      occupation: pick(rand, RESPONDENT_OCCUPATION),
    },
  };
  if (rand() < 0.85) body.serviceType = pick(rand, SERVICE_TYPES);
  if (rand() < 0.1) body.suggestion = pick(rand, SUGGESTIONS);
  return body;
}

interface UnitRef {
  id: string;
  agencyId: string;
}

/**
 * The table item submitSurveyResponse writes for an unverified response
 * (packages/db/src/repos/surveys/responses.ts), keys included.
 */
function responseItem(
  tenantId: string,
  unit: UnitRef,
  body: SubmitSurveyResponseInput,
  at: Date,
): Record<string, unknown> {
  const month = monthIn(at, TIME_ZONE);
  const id = ulid(at.getTime());
  return {
    ...keys.surveyResponse(tenantId, unit.id, month, id),
    ...(body.suggestion
      ? {
          gsi1pk: keys.surveySuggestions(tenantId, unit.id).gsi1pk,
          gsi1sk: keys.surveySuggestionSort('pending', id),
        }
      : {}),
    type: SURVEY_RESPONSE_TYPE,
    id,
    unitId: unit.id,
    agencyId: unit.agencyId,
    month,
    submittedAt: at.toISOString(),
    answers: body.answers,
    respondent: body.respondent,
    ...(body.serviceType !== undefined ? { serviceType: body.serviceType } : {}),
    verified: false,
    ...(body.suggestion
      ? {
          suggestion: body.suggestion,
          suggestionStatus: 'pending',
          moderatedAt: null,
          moderationReason: null,
        }
      : {}),
  };
}

/** The unit, agency and tenant counter updates of one month, built by the repository's own helper. */
function counterOps(
  tableName: string,
  tenantId: string,
  month: string,
  unit: UnitRef,
  delta: Record<string, number>,
): TxItem[] {
  return [
    counterAddOp(tableName, keys.ikmUnitCounter(tenantId, month, unit.id), delta, {
      scope: 'unit',
      unitId: unit.id,
      agencyId: unit.agencyId,
      month,
    }),
    counterAddOp(tableName, keys.ikmAgencyCounter(tenantId, month, unit.agencyId), delta, {
      scope: 'agency',
      agencyId: unit.agencyId,
      month,
    }),
    counterAddOp(tableName, keys.ikmTenantCounter(tenantId, month), delta, { scope: 'tenant', month }),
  ];
}

// ---------------------------------------------------------------- setup through the API

interface SurveyWorld {
  t: TestApi;
  tenantId: string;
  agencyId: string;
  adminToken: string;
  /** Units by purpose: warm-up, the measured loads, the small and the large IKM unit. */
  units: Record<string, UnitRef>;
}

function expectStatus(
  res: { status: number; body: unknown },
  status: number,
  what: string,
): Record<string, any> {
  if (res.status !== status) {
    throw new Error(
      `bench surveys: ${what} answered ${res.status} (expected ${status}): ${JSON.stringify(res.body)}`,
    );
  }
  return res.body as Record<string, any>;
}

async function buildWorld(endpoint: string, unitNames: string[]): Promise<SurveyWorld> {
  const t = await createTestApi({ endpoint });
  const { tenantId, adminToken } = await createTenantViaApi(t, SURVEY_SLUG);
  const settings = expectStatus(
    await t.call('PUT', '/v1/surveys/settings', {
      token: adminToken,
      body: { rateLimitPerHour: RATE_LIMIT, version: 0 },
    }),
    200,
    'updateSurveySettings',
  );
  if (settings.rateLimitPerHour !== RATE_LIMIT)
    throw new Error(`bench surveys: the rate limit is ${settings.rateLimitPerHour}, not ${RATE_LIMIT}`);
  const agency = expectStatus(
    await t.call('POST', '/v1/agencies', {
      token: adminToken,
      body: { name: 'Dinas Kependudukan dan Pencatatan Sipil' },
    }),
    201,
    'createAgency',
  );
  const units: Record<string, UnitRef> = {};
  for (const name of unitNames) {
    const unit = expectStatus(
      await t.call('POST', '/v1/surveys/units', {
        token: adminToken,
        body: { agencyId: agency.id, name: `Loket ${name}`, serviceTypes: SERVICE_TYPES },
      }),
      201,
      'createSurveyUnit',
    );
    units[name] = { id: unit.id, agencyId: agency.id };
  }
  return { t, tenantId, agencyId: agency.id, adminToken, units };
}

// ---------------------------------------------------------------- submit throughput over HTTP

export interface AutocannonSummary {
  seconds: number;
  connections: number;
  /** Responses autocannon received, by status. */
  statusCodes: Record<string, number>;
  responses: number;
  errors: number;
  timeouts: number;
  latencyMedianMs: number;
  latencyP99Ms: number;
}

/**
 * autocannon in a child Node process, so the load generator does not share the event loop of the
 * server it measures (it still shares the 2 cores, as any client on this machine would).
 */
function autocannon(opts: {
  url: string;
  path: string;
  bodies: string[];
  seconds: number;
  connections: number;
  idempotencyKey: boolean;
}): Promise<AutocannonSummary> {
  const script = `
import autocannon from 'autocannon';
const cfg = JSON.parse(process.argv[1]);
let n = 0;
const requests = cfg.bodies.map((body) => ({
  method: 'POST',
  path: cfg.path,
  body,
  headers: { 'content-type': 'application/json' },
  ...(cfg.idempotencyKey
    ? { setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'idempotency-key': 'bench-' + process.pid + '-' + ++n } }) }
    : {}),
}));
const r = await autocannon({ url: cfg.url, connections: cfg.connections, duration: cfg.seconds, requests });
const statusCodes = {};
for (const [code, s] of Object.entries(r.statusCodeStats ?? {})) statusCodes[code] = Number(s.count);
process.stdout.write(JSON.stringify({
  seconds: r.duration,
  connections: r.connections,
  statusCodes,
  responses: Object.values(statusCodes).reduce((a, b) => a + b, 0),
  errors: r.errors,
  timeouts: r.timeouts,
  latencyMedianMs: r.latency.p50,
  latencyP99Ms: r.latency.p99,
}));
`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(opts)], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += String(d);
    });
    child.stderr.on('data', (d) => {
      err += String(d);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited ${code}: ${err.slice(0, 2000)}`));
      try {
        resolve(JSON.parse(out) as AutocannonSummary);
      } catch {
        reject(new Error(`autocannon printed no result: ${out.slice(0, 500)} ${err.slice(0, 500)}`));
      }
    });
  });
}

export interface SubmitSegment {
  client: AutocannonSummary;
  cpu: CpuUse;
  /** Statuses the server answered, including requests still in flight when autocannon stopped. */
  server: Record<string, number>;
}

export interface SubmitRun {
  unitId: string;
  idempotencyKey: boolean;
  segments: SubmitSegment[];
  /** Seconds autocannon ran, over all segments. */
  seconds: number;
  connections: number;
  /** Statuses summed over the segments, as the server answered them and as autocannon received them. */
  server: Record<string, number>;
  client: Record<string, number>;
  /** 201s counted by the server per second of autocannon's runs. */
  createdPerSecond: number;
  /** Every non-201 the client or the server saw. */
  non201: Record<string, number>;
  /** The unit counter's `all.r` summed over the months the run touched, and raw responses stored. */
  counterAllR: number;
  responsesStored: number;
  counterMatches: boolean;
}

async function countResponses(t: TestApi, tenantId: string, unitId: string, months: string[]) {
  let total = 0;
  for (const month of months) {
    let start: Record<string, unknown> | undefined;
    do {
      const out = await t.store.doc.send(
        new QueryCommand({
          TableName: t.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.surveyResponsesPartition(tenantId, unitId, month) },
          Select: 'COUNT',
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      total += out.Count ?? 0;
      start = out.LastEvaluatedKey;
    } while (start);
  }
  return total;
}

async function unitAllR(t: TestApi, tenantId: string, unitId: string, months: string[]) {
  let total = 0;
  for (const month of months) {
    const out = await t.store.doc.send(
      new GetCommand({
        TableName: t.tableName,
        Key: keys.ikmUnitCounter(tenantId, month, unitId),
        ConsistentRead: true,
      }),
    );
    total += Number(out.Item?.['all.r'] ?? 0);
  }
  return total;
}

// ---------------------------------------------------------------- raw TransactWriteItems

export interface RawRun {
  seconds: number;
  concurrency: number;
  transactions: number;
  perSecond: number;
  /** TransactionConflict cancellations, retried like submitSurveyResponse retries them. */
  conflictsRetried: number;
  failures: number;
  itemsPerTransaction: number;
  counterAttributes: { min: number; max: number };
  cpu?: CpuUse;
}

const isConflictOnly = (err: unknown) => {
  const e = err as { name?: string; CancellationReasons?: { Code?: string }[] };
  return (
    e?.name === 'TransactionCanceledException' &&
    Array.isArray(e.CancellationReasons) &&
    e.CancellationReasons.some((r) => r?.Code === 'TransactionConflict') &&
    e.CancellationReasons.every((r) => !r?.Code || r.Code === 'None' || r.Code === 'TransactionConflict')
  );
};

/**
 * What one submission writes, without the API in front: the rate-window update, the response Put and
 * the three counter ADDs, on one unit of a tenant that exists only for this, through the same
 * document client the server uses. Transaction conflicts are retried as the repository does.
 */
async function rawTransactions(
  t: TestApi,
  bodies: SubmitSurveyResponseInput[],
  seconds: number,
  concurrency: number,
): Promise<RawRun> {
  const tenantId = newId();
  const unit: UnitRef = { id: newId(), agencyId: newId() };
  const hash = ipHash(tenantId, '127.0.0.1');
  let transactions = 0;
  let conflictsRetried = 0;
  let failures = 0;
  let next = 0;
  let minAttrs = Number.POSITIVE_INFINITY;
  let maxAttrs = 0;
  let itemsPerTransaction = 0;
  const build = () => {
    const body = bodies[next++ % bodies.length]!;
    const now = new Date();
    const month = monthIn(now, TIME_ZONE);
    const delta = counterDelta(body, false);
    const n = Object.keys(delta).length;
    if (n < minAttrs) minAttrs = n;
    if (n > maxAttrs) maxAttrs = n;
    const end = (Math.floor(now.getTime() / 3_600_000) + 1) * 3_600_000;
    const ops = [
      {
        Update: {
          TableName: t.tableName,
          Key: keys.surveyRate(tenantId, unit.id, hash, rateHour(now)),
          UpdateExpression: 'ADD #n :one SET #ttl = :ttl',
          ConditionExpression: 'attribute_not_exists(#n) OR #n < :limit',
          ExpressionAttributeNames: { '#n': 'n', '#ttl': TABLE.ttlAttribute },
          ExpressionAttributeValues: {
            ':one': 1,
            ':limit': RATE_LIMIT,
            ':ttl': Math.floor(end / 1000) + 3600,
          },
        },
      },
      {
        Put: {
          TableName: t.tableName,
          Item: responseItem(tenantId, unit, body, now),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      ...counterOps(t.tableName, tenantId, month, unit, delta).map((i) => i.op),
    ];
    itemsPerTransaction = ops.length;
    return ops;
  };
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const ops = build();
        for (let attempt = 1; ; attempt++) {
          try {
            await t.store.doc.send(new TransactWriteCommand({ TransactItems: ops as never }));
            transactions += 1;
            break;
          } catch (err) {
            if (attempt < 5 && isConflictOnly(err)) {
              conflictsRetried += 1;
              await new Promise((r) => setTimeout(r, 10 * 2 ** attempt + Math.random() * 20));
              continue;
            }
            failures += 1;
            break;
          }
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    seconds: elapsed,
    concurrency,
    transactions,
    perSecond: transactions / elapsed,
    conflictsRetried,
    failures,
    itemsPerTransaction,
    counterAttributes: { min: minAttrs, max: maxAttrs },
  };
}

// ---------------------------------------------------------------- IKM at scale

export interface IkmRow {
  responses: number;
  unitId: string;
  loadSeconds: number;
  status: number;
  respondents: number;
  ikm: number | null;
  expectedIkm: number | null;
  grade: string | null;
  calls: CallCount;
  latency: { calls: number; medianMs: number; p90Ms: number; p95Ms: number };
}

/**
 * Writes `count` responses of a unit straight into its monthly response partitions with
 * BatchWriteItem, spread evenly over the twelve months of `year`, and returns the exact per-month
 * sums of `counterDelta` over those same responses: the counters the API would have built.
 */
async function loadResponses(
  t: TestApi,
  tenantId: string,
  unit: UnitRef,
  count: number,
  year: number,
  seed: number,
  onProgress: (written: number) => void,
): Promise<Map<string, Record<string, number>>> {
  const rand = seededRandom(seed);
  const sums = new Map<string, Record<string, number>>();
  function* items() {
    for (let i = 0; i < count; i++) {
      const m = i % 12;
      // Day 1-28, 01:00-16:59 UTC: the same calendar month in Asia/Jakarta (UTC+7).
      const at = new Date(
        Date.UTC(
          year,
          m,
          1 + Math.floor(rand() * 28),
          1 + Math.floor(rand() * 16),
          Math.floor(rand() * 60),
          Math.floor(rand() * 60),
          Math.floor(rand() * 1000),
        ),
      );
      const body = surveyBody(rand);
      const item = responseItem(tenantId, unit, body, at);
      const month = item.month as string;
      sums.set(month, sumDeltas([sums.get(month) ?? {}, counterDelta(body, false)]));
      yield item;
    }
  }
  // A few batches in flight keep DynamoDB Local busy without it leaving items unprocessed.
  await bulkPut(t, items(), { inFlight: 6, onProgress });
  return sums;
}

/** The counters as the API keeps them: unit counters per unit, agency and tenant counters of their sum. */
async function writeCounters(
  t: TestApi,
  tenantId: string,
  perUnit: { unit: UnitRef; sums: Map<string, Record<string, number>> }[],
) {
  const updates: TxItem[] = [];
  const byMonth = new Map<string, Record<string, number>[]>();
  for (const { unit, sums } of perUnit) {
    for (const [month, sum] of sums) {
      updates.push(counterOps(t.tableName, tenantId, month, unit, sum)[0]!);
      byMonth.set(month, [...(byMonth.get(month) ?? []), sum]);
    }
  }
  const agencyId = perUnit[0]!.unit.agencyId;
  for (const [month, sums] of byMonth) {
    const [, agency, tenant] = counterOps(
      t.tableName,
      tenantId,
      month,
      { id: '', agencyId },
      sumDeltas(sums),
    );
    updates.push(agency!, tenant!);
  }
  for (const u of updates) await t.store.doc.send(new UpdateCommand(u.op.Update as never));
}

async function timeIkm(
  send: () => Promise<Response>,
): Promise<{ ms: number; status: number; body: Record<string, any> }> {
  const t0 = performance.now();
  const res = await send();
  const body = (await res.json()) as Record<string, any>;
  return { ms: performance.now() - t0, status: res.status, body };
}

// ---------------------------------------------------------------- the section

export interface SurveysThroughput {
  /** The order of the segments, e.g. raw, api, key, key, api, raw. */
  order: string[];
  segmentSeconds: number;
  /** The raw segments, in the order run. */
  raw: RawRun[];
  /** All raw transactions ÷ all raw seconds. */
  rawPerSecond: number;
  /** The raw load with a quarter of the transactions in flight (not in the ratio). */
  rawFewerInFlight: RawRun;
  api: SubmitRun;
  /** API 201s per second ÷ `rawPerSecond`. */
  ratio: number;
  apiWithIdempotencyKey: SubmitRun | null;
  ratioWithIdempotencyKey: number | null;
  bodyVariants: number;
  rateLimitPerHour: number;
  warmupSeconds: number;
}

export interface SurveysIkm {
  period: string;
  months: number;
  rows: IkmRow[];
  /** Median latency at the largest size ÷ at the smallest. */
  latencyRatio: number;
  p95Ratio: number;
  counterWriteSeconds: number;
  /** recomputeSurveyCounters (repair off) on one month of the largest unit. */
  reconciliation: { unitResponses: number; month: string; responsesCounted: number; differences: number };
}

export interface SurveysResult {
  slug: string;
  throughput: SurveysThroughput;
  ikm: SurveysIkm;
  durationSeconds: number;
  /** 1-minute load average at the start and the end: other work on the machine skews the figures. */
  loadAverage: { start: number; end: number };
}

export async function benchSurveys(opts: SurveyBenchOptions): Promise<SurveysResult> {
  const { log } = opts;
  const started = performance.now();
  const loadAtStart = loadavg()[0]!;
  const sizes = [...opts.sizes].sort((a, b) => a - b);
  log(`surveys: tenant ${SURVEY_SLUG}, settings, an agency and the survey units, through the API`);
  const w = await buildWorld(opts.endpoint, [
    'warmup',
    'load',
    'load-idempotent',
    ...sizes.map((s) => `ikm-${s}`),
  ]);
  const { t, tenantId } = w;
  try {
    const rand = seededRandom(20_260_401);
    const bodies = Array.from({ length: 32 }, () => surveyBody(rand));
    const bodyTexts = bodies.map((b) => JSON.stringify(b));

    // The server answers through the API's own fetch; statuses are counted on the way out, so
    // requests still in flight when the client stops are counted too.
    let serverCounts: Record<string, number> = {};
    const startCpu = cpuMeter(opts.dynamoPid);
    const server = await listen(
      {
        fetch: async (req: Request, env?: unknown) => {
          const res = await t.api.fetch(req, env as never);
          serverCounts[res.status] = (serverCounts[res.status] ?? 0) + 1;
          return res;
        },
      },
      0,
    );
    const submitPath = (unitId: string) => `/v1/public/${SURVEY_SLUG}/survey-units/${unitId}/responses`;
    const submitSegment = async (
      unit: UnitRef,
      idempotencyKey: boolean,
      seconds: number,
    ): Promise<SubmitSegment> => {
      serverCounts = {};
      const stop = startCpu();
      const client = await autocannon({
        url: server.url,
        path: submitPath(unit.id),
        bodies: bodyTexts,
        seconds,
        connections: opts.connections,
        idempotencyKey,
      });
      const cpu = stop();
      // Let the server finish what was in flight when the client closed its connections.
      await new Promise((r) => setTimeout(r, opts.settleMs ?? 1500));
      return { client, cpu, server: { ...serverCounts } };
    };
    const add = (into: Record<string, number>, from: Record<string, number>) => {
      for (const [k, n] of Object.entries(from)) into[k] = (into[k] ?? 0) + n;
      return into;
    };
    /** The segments of one unit together, and the unit's counter against the 201s the server sent. */
    const summarise = async (
      unit: UnitRef,
      idempotencyKey: boolean,
      segments: SubmitSegment[],
      months: string[],
    ): Promise<SubmitRun> => {
      const server = segments.reduce((acc, x) => add(acc, x.server), {} as Record<string, number>);
      const client = segments.reduce(
        (acc, x) => add(acc, x.client.statusCodes),
        {} as Record<string, number>,
      );
      const seconds = segments.reduce((acc, x) => acc + x.client.seconds, 0);
      const server201 = server['201'] ?? 0;
      const non201: Record<string, number> = {};
      for (const [code, n] of Object.entries(client)) if (code !== '201') non201[`client ${code}`] = n;
      for (const [code, n] of Object.entries(server)) if (code !== '201') non201[`server ${code}`] = n;
      const errors = segments.reduce((acc, x) => acc + x.client.errors, 0);
      const timeouts = segments.reduce((acc, x) => acc + x.client.timeouts, 0);
      if (errors) non201['client errors'] = errors;
      if (timeouts) non201['client timeouts'] = timeouts;
      const counterAllR = await unitAllR(t, tenantId, unit.id, months);
      const responsesStored = await countResponses(t, tenantId, unit.id, months);
      return {
        unitId: unit.id,
        idempotencyKey,
        segments,
        seconds,
        connections: opts.connections,
        server,
        client,
        createdPerSecond: server201 / seconds,
        non201,
        counterAllR,
        responsesStored,
        counterMatches: counterAllR === server201 && responsesStored === server201,
      };
    };

    let throughput: SurveysThroughput;
    try {
      log(`surveys: warming up the submit path and the raw transactions (${opts.warmupSeconds} s each)`);
      const warm = await submitSegment(w.units.warmup!, false, opts.warmupSeconds);
      if ((warm.server['201'] ?? 0) === 0)
        throw new Error(`bench surveys: no 201 in the warm-up: ${JSON.stringify(warm.server)}`);
      await rawTransactions(t, bodies, opts.warmupSeconds, opts.connections);

      // Each load runs in two halves in the order A B C C B A, so a drift of the machine over the
      // run (the JVM still compiling, other work starting) weighs on every load alike.
      const half = opts.seconds / 2;
      const order = opts.withIdempotencyKey
        ? ['raw', 'api', 'key', 'key', 'api', 'raw']
        : ['raw', 'api', 'api', 'raw'];
      const monthsSeen = new Set([monthIn(new Date(), TIME_ZONE)]);
      const raw: RawRun[] = [];
      const api: SubmitSegment[] = [];
      const key: SubmitSegment[] = [];
      for (const [i, what] of order.entries()) {
        const step = `${i + 1}/${order.length}`;
        if (what === 'raw') {
          log(`surveys: ${step} raw TransactWriteItems, ${opts.connections} in flight for ${half} s`);
          const stop = startCpu();
          const run = await rawTransactions(t, bodies, half, opts.connections);
          run.cpu = stop();
          raw.push(run);
          log(
            `  ${run.perSecond.toFixed(0)} transactions/s (${run.conflictsRetried} conflicts retried, ${run.failures} failed); CPU ${cpuText(run.cpu!)}`,
          );
        } else {
          const withKey = what === 'key';
          log(
            `surveys: ${step} submitSurveyResponse over HTTP${withKey ? ' with an Idempotency-Key' : ''}, ${opts.connections} connections for ${half} s`,
          );
          const seg = await submitSegment(
            withKey ? w.units['load-idempotent']! : w.units.load!,
            withKey,
            half,
          );
          (withKey ? key : api).push(seg);
          log(
            `  ${((seg.server['201'] ?? 0) / seg.client.seconds).toFixed(0)} 201/s at the server; statuses at the server ${JSON.stringify(seg.server)}, at autocannon ${JSON.stringify(seg.client.statusCodes)}, ${seg.client.errors} errors; CPU ${cpuText(seg.cpu)}`,
          );
        }
        monthsSeen.add(monthIn(new Date(), TIME_ZONE));
      }
      // A reference, outside the ratio: the same raw load with fewer transactions queued on the hot items.
      const fewer = Math.max(1, Math.floor(opts.connections / 4));
      log(`surveys: reference: raw TransactWriteItems, ${fewer} in flight for ${half} s`);
      const stopFewer = startCpu();
      const rawFewer = await rawTransactions(t, bodies, half, fewer);
      rawFewer.cpu = stopFewer();
      log(`  ${rawFewer.perSecond.toFixed(0)} transactions/s; CPU ${cpuText(rawFewer.cpu)}`);
      const months = [...monthsSeen];
      const apiRun = await summarise(w.units.load!, false, api, months);
      const keyRun = key.length ? await summarise(w.units['load-idempotent']!, true, key, months) : null;
      for (const r of [apiRun, keyRun]) {
        if (!r) continue;
        log(
          `  ${r.idempotencyKey ? 'with keys' : 'without keys'}: unit counter all.r ${r.counterAllR}, 201s at the server ${r.server['201'] ?? 0}, at autocannon ${r.client['201'] ?? 0}, responses stored ${r.responsesStored}; non-201 ${JSON.stringify(r.non201)}`,
        );
      }
      const rawPerSecond =
        raw.reduce((acc, r) => acc + r.transactions, 0) / raw.reduce((acc, r) => acc + r.seconds, 0);
      throughput = {
        order,
        rawFewerInFlight: rawFewer,
        segmentSeconds: half,
        raw,
        rawPerSecond,
        api: apiRun,
        ratio: apiRun.createdPerSecond / rawPerSecond,
        apiWithIdempotencyKey: keyRun,
        ratioWithIdempotencyKey: keyRun ? keyRun.createdPerSecond / rawPerSecond : null,
        bodyVariants: bodies.length,
        rateLimitPerHour: RATE_LIMIT,
        warmupSeconds: opts.warmupSeconds,
      };
      log(
        `  raw ${rawPerSecond.toFixed(0)}/s, API ${apiRun.createdPerSecond.toFixed(0)}/s: ratio ${throughput.ratio.toFixed(2)}${keyRun ? `; with keys ${keyRun.createdPerSecond.toFixed(0)}/s: ${throughput.ratioWithIdempotencyKey!.toFixed(2)}` : ''}`,
      );
    } finally {
      await server.close();
    }

    // ------------------------------------------------------------ IKM at 100 and 100,000
    const year = new Date().getUTCFullYear() - 1;
    const period = String(year);
    const months = parsePeriod(period)!.months;
    const loaded: {
      unit: UnitRef;
      size: number;
      sums: Map<string, Record<string, number>>;
      seconds: number;
    }[] = [];
    for (const [i, size] of sizes.entries()) {
      const unit = w.units[`ikm-${size}`]!;
      log(`surveys: loading ${size} responses over the 12 months of ${year} with BatchWriteItem`);
      const t0 = performance.now();
      const sums = await loadResponses(t, tenantId, unit, size, year, 7 + i, (n) => log(`  ${n}/${size}`));
      loaded.push({ unit, size, sums, seconds: (performance.now() - t0) / 1000 });
      log(`  ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    const c0 = performance.now();
    await writeCounters(t, tenantId, loaded);
    const counterWriteSeconds = (performance.now() - c0) / 1000;

    // The API's own reconciliation recounts one month of the large unit from the raw responses:
    // no difference means the loaded data is what submissions would have left.
    const checkMonth = months[0]!;
    const largest = loaded[loaded.length - 1]!;
    const recount = expectStatus(
      await t.call('POST', `/v1/surveys/units/${largest.unit.id}/recompute`, {
        token: w.adminToken,
        body: { month: checkMonth, repair: false },
      }),
      200,
      'recomputeSurveyCounters',
    );
    const reconciliation = {
      unitResponses: largest.size,
      month: checkMonth,
      responsesCounted: recount.responsesCounted as number,
      differences: (recount.differences as unknown[]).length,
    };
    log(
      `  recomputeSurveyCounters of ${checkMonth}: ${reconciliation.responsesCounted} responses recounted, ${reconciliation.differences} difference(s)`,
    );

    const ikmPath = (unitId: string) =>
      `/v1/public/${SURVEY_SLUG}/survey-units/${unitId}/ikm?period=${period}`;
    const send = (unitId: string) => async () => t.api.request(ikmPath(unitId));
    log('surveys: warming up getSurveyUnitIkm');
    for (let i = 0; i < 100; i++) for (const l of loaded) await timeIkm(send(l.unit.id));

    // Rounds alternate between the sizes, so drift of the machine falls on both alike.
    const rounds = IKM_ROUNDS;
    const samples = new Map<string, number[]>(loaded.map((l) => [l.unit.id, []]));
    log(`surveys: measuring getSurveyUnitIkm, ${opts.latencyCalls} sequential requests per size`);
    for (let r = 0; r < rounds; r++) {
      for (const l of loaded) {
        for (let i = 0; i < Math.ceil(opts.latencyCalls / rounds); i++) {
          const res = await timeIkm(send(l.unit.id));
          if (res.status !== 200)
            throw new Error(
              `bench surveys: getSurveyUnitIkm answered ${res.status}: ${JSON.stringify(res.body)}`,
            );
          samples.get(l.unit.id)!.push(res.ms);
        }
      }
    }
    const rows: IkmRow[] = [];
    for (const l of loaded) {
      // The tenant and slug lookups are cached per container; the first request fills the cache.
      clearTenantCache();
      await timeIkm(send(l.unit.id));
      const { result, calls } = await countDynamoCalls(() => timeIkm(send(l.unit.id)));
      const tally = tallyCounters([sumDeltas(l.sums.values())], 'all');
      const expected = computeIkm(tally.respondents, tally.elements);
      const sorted = [...samples.get(l.unit.id)!].sort((a, b) => a - b);
      rows.push({
        responses: l.size,
        unitId: l.unit.id,
        loadSeconds: l.seconds,
        status: result.status,
        respondents: result.body.respondents,
        ikm: result.body.ikm,
        expectedIkm: expected.ikm,
        grade: result.body.grade,
        calls,
        latency: {
          calls: sorted.length,
          medianMs: percentile(sorted, 50),
          p90Ms: percentile(sorted, 90),
          p95Ms: percentile(sorted, 95),
        },
      });
      const row = rows[rows.length - 1]!;
      log(
        `  ${l.size} responses: median ${row.latency.medianMs.toFixed(2)} ms, p95 ${row.latency.p95Ms.toFixed(2)} ms, ${calls.total} call(s) ${JSON.stringify(calls.byCommand)}, respondents ${row.respondents}, IKM ${row.ikm} (expected ${row.expectedIkm})`,
      );
    }
    const small = rows[0]!;
    const large = rows[rows.length - 1]!;
    return {
      slug: SURVEY_SLUG,
      throughput,
      ikm: {
        period,
        months: months.length,
        rows,
        latencyRatio: large.latency.medianMs / small.latency.medianMs,
        p95Ratio: large.latency.p95Ms / small.latency.p95Ms,
        counterWriteSeconds,
        reconciliation,
      },
      durationSeconds: (performance.now() - started) / 1000,
      loadAverage: { start: loadAtStart, end: loadavg()[0]! },
    };
  } finally {
    t.store.doc.destroy();
  }
}

// ---------------------------------------------------------------- report

export type WebSizeFigure =
  | {
      measured: true;
      route: string;
      gzipBytes: number;
      targetBytes: number;
      files: { file: string; bytes: number; gzipBytes: number }[];
    }
  | { measured: false; reason: string };

const cpuCount = () => availableParallelism();
const cores = (n: number | null) => (n === null ? '?' : n.toFixed(2));
function cpuText(c: CpuUse): string {
  return `DynamoDB Local ${cores(c.dynamoCores)} cores, bench process ${cores(c.benchCores)} cores`;
}
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms2 = (n: number) => n.toFixed(2);
const codes = (c: Record<string, number>) =>
  Object.entries(c)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ') || 'none';

export function surveysMarkdown(
  r: SurveysResult,
  extra: { bundles: BundleRow[]; webSize: WebSizeFigure; measuredOn?: string },
): string[] {
  const lines: string[] = [];
  const tp = r.throughput;
  const raw0 = tp.raw[0]!;
  lines.push('## Surveys (issue 4)', '');
  if (extra.measuredOn) lines.push(`Measured on ${extra.measuredOn}.`, '');
  lines.push('### submitSurveyResponse throughput against raw TransactWriteItems', '');
  const total = (n: number) => `${n * tp.order.filter((x) => x === 'raw').length} s`;
  lines.push(
    `The whole API (\`createApi\`) served by @hono/node-server on 127.0.0.1; tenant \`${r.slug}\` made through the API with its survey rate limit at ${tp.rateLimitPerHour.toLocaleString('en')} an hour (the highest \`updateSurveySettings\` accepts), one agency and its survey units. autocannon runs in a child Node process with ${tp.api.connections} connections, cycling through ${tp.bodyVariants} valid bodies (answers, respondents and service types vary; about one in ten has a suggestion, which also writes the suggestions index). The raw load sends, through the same document client, what one submission writes: the rate-window update, the response Put and the ADD of the unit, agency and tenant counters (${raw0.counterAttributes.min}-${raw0.counterAttributes.max} flat attributes each from \`counterDelta\`), ${raw0.itemsPerTransaction} items per TransactWriteItems, ${raw0.concurrency} in flight, TransactionConflict retried as the repository retries it. Both hit one unit, so every transaction touches the same hot counter and rate-window items.`,
    '',
    `Each load ran ${total(tp.segmentSeconds)} in all, in ${tp.segmentSeconds} s halves in the order ${tp.order.join(', ')} (api = without, key = with an Idempotency-Key), so a drift of the machine weighs on every load alike; both paths were warmed up for ${tp.warmupSeconds} s first (DynamoDB Local's JVM is several times slower before that).`,
    '',
  );
  lines.push(
    '| load | per second | per second, each half | count | not 201 / failures | unit counter `all.r` | responses stored | CPU cores, each half: DynamoDB Local / bench process |',
  );
  lines.push('|---|---:|---|---:|---|---:|---:|---|');
  const cpuCells = (list: (CpuUse | undefined)[]) =>
    list.map((c) => (c ? `${cores(c.dynamoCores)} / ${cores(c.benchCores)}` : '?')).join(', ');
  const rawCount = tp.raw.reduce((a, x) => a + x.transactions, 0);
  const rawFailed = tp.raw.reduce((a, x) => a + x.failures, 0);
  const rawConflicts = tp.raw.reduce((a, x) => a + x.conflictsRetried, 0);
  lines.push(
    `| raw TransactWriteItems | ${tp.rawPerSecond.toFixed(0)} | ${tp.raw.map((x) => x.perSecond.toFixed(0)).join(', ')} | ${rawCount} | ${rawFailed} failed, ${rawConflicts} conflicts retried | – | – | ${cpuCells(tp.raw.map((x) => x.cpu))} |`,
  );
  const rf = tp.rawFewerInFlight;
  const dyn = [...tp.raw.map((x) => x.cpu), rf.cpu, ...tp.api.segments.map((x) => x.cpu)]
    .map((c) => c?.dynamoCores)
    .filter((n): n is number => typeof n === 'number');
  lines.push(
    `| raw TransactWriteItems, ${rf.concurrency} in flight (reference, not in the ratio) | ${rf.perSecond.toFixed(0)} | ${rf.perSecond.toFixed(0)} | ${rf.transactions} | ${rf.failures} failed, ${rf.conflictsRetried} conflicts retried | – | – | ${cpuCells([rf.cpu])} |`,
  );
  const apiRow = (label: string, s: SubmitRun) =>
    `| ${label} | ${s.createdPerSecond.toFixed(0)} | ${s.segments.map((x) => ((x.server['201'] ?? 0) / x.client.seconds).toFixed(0)).join(', ')} | ${s.server['201'] ?? 0} at the server (${s.client['201'] ?? 0} seen by autocannon) | ${codes(s.non201)} | ${s.counterAllR} | ${s.responsesStored} | ${cpuCells(s.segments.map((x) => x.cpu))} |`;
  lines.push(apiRow('submitSurveyResponse (HTTP)', tp.api));
  if (tp.apiWithIdempotencyKey)
    lines.push(apiRow('submitSurveyResponse with Idempotency-Key', tp.apiWithIdempotencyKey));
  lines.push('');
  const latencies = (s: SubmitRun) =>
    s.segments.map((x) => `${x.client.latencyMedianMs} / ${x.client.latencyP99Ms}`).join(' and ');
  lines.push(
    `${dyn.length ? `DynamoDB Local's JVM used ${cores(Math.min(...dyn))}-${cores(Math.max(...dyn))} cores during these loads. ` : ''}With ${rf.concurrency} raw transactions in flight instead of ${raw0.concurrency} it committed ${rf.perSecond.toFixed(0)} a second (against ${tp.rawPerSecond.toFixed(0)}), so ${rf.perSecond > tp.rawPerSecond * 1.1 ? 'transactions on the same hot items queue behind each other when more are in flight' : 'more transactions in flight do not raise its rate'}. The ratio says whether the API keeps DynamoDB Local as busy as a bare client does${tp.ratio > 1 ? '; above 1, the API got more submissions through than the bare client did, and the rates of the halves show how much of that is noise' : ''}.`,
    '',
  );
  lines.push(
    `**Ratio API ÷ raw: ${tp.ratio.toFixed(2)}** (target ≥ 0.7)${tp.ratioWithIdempotencyKey !== null ? `; with an Idempotency-Key on every request (as the survey page sends it: one more Put and one more Update per submission): ${tp.ratioWithIdempotencyKey.toFixed(2)}` : ''}. Latency seen by autocannon, median / p99 ms per half: ${latencies(tp.api)}${tp.apiWithIdempotencyKey ? `; with keys ${latencies(tp.apiWithIdempotencyKey)}` : ''}.`,
    '',
  );
  const check = (s: SubmitRun) =>
    s.counterMatches
      ? `the unit counter's \`all.r\` (${s.counterAllR}) equals the 201s the server sent and the responses stored`
      : `**mismatch**: unit counter \`all.r\` ${s.counterAllR}, 201s at the server ${s.server['201'] ?? 0}, responses stored ${s.responsesStored}`;
  lines.push(
    `Counter check: ${check(tp.api)}${tp.apiWithIdempotencyKey ? `; with keys, ${check(tp.apiWithIdempotencyKey)}` : ''}. autocannon counts fewer 201s than the server because it stops waiting for the requests in flight when its time is up.`,
    '',
  );

  const ikm = r.ikm;
  lines.push('### getSurveyUnitIkm at scale', '');
  lines.push(
    `Responses written with BatchWriteItem (25 a call, 6 in flight) into the units' monthly response partitions, as the API stores them, spread evenly over the ${ikm.months} months of ${ikm.period}; the month counters (unit, agency, tenant) are the exact sums of \`counterDelta\` over those same responses, written with the repository's \`counterAddOp\` (${ikm.counterWriteSeconds.toFixed(1)} s). Query period = \`${ikm.period}\` (${ikm.months} counter keys). ${ikm.rows[0]?.latency.calls ?? 0} sequential in-process requests per unit after 100 of warm-up, in ${IKM_ROUNDS} rounds alternating between the units; DynamoDB calls counted with \`countDynamoCalls\`, tenant cache warm.`,
    '',
  );
  lines.push(
    '| responses in unit | load time (s) | median ms | p90 ms | p95 ms | DynamoDB calls | respondents | IKM (expected) | grade |',
  );
  lines.push('|---:|---:|---:|---:|---:|---|---:|---:|---|');
  for (const row of ikm.rows) {
    const by = Object.entries(row.calls.byCommand)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    lines.push(
      `| ${row.responses.toLocaleString('en')} | ${row.loadSeconds.toFixed(1)} | ${ms2(row.latency.medianMs)} | ${ms2(row.latency.p90Ms)} | ${ms2(row.latency.p95Ms)} | ${row.calls.total} (${by || '–'}) | ${row.respondents} | ${row.ikm} (${row.expectedIkm}) | ${row.grade} |`,
    );
  }
  lines.push('');
  const rc = ikm.reconciliation;
  lines.push(
    `Check of the loaded data: \`recomputeSurveyCounters\` (repair off) recounted ${rc.month} of the ${rc.unitResponses.toLocaleString('en')}-response unit from its raw responses: ${rc.responsesCounted} responses, ${rc.differences === 0 ? 'no difference from the stored counter' : `**${rc.differences} difference(s)** from the stored counter`}.`,
    '',
  );
  lines.push(
    `**Latency ratio largest ÷ smallest: median ${ikm.latencyRatio.toFixed(2)}, p95 ${ikm.p95Ratio.toFixed(2)}** (target ≤ 1.2); calls per read: ${[...new Set(ikm.rows.map((x) => x.calls.total))].join(', ')} (target 1).`,
    '',
  );

  lines.push('### Surveys function bundle and the survey page', '');
  if (extra.bundles.length === 0) lines.push('The surveys bundle was not measured in this run.', '');
  else {
    lines.push(
      '| bundle | minified | gzip | budget | import + first call median ms, --enable-source-maps (× hello-world) | without source maps (× hello-world) |',
    );
    lines.push('|---|---:|---:|---:|---:|---:|');
    for (const b of extra.bundles) {
      const c = (m: ColdStart) => `${m.firstCall.median.toFixed(1)} (× ${m.ratioToHello.toFixed(1)})`;
      lines.push(
        `| ${b.name} | ${kib(b.bytes)} | ${kib(b.gzipBytes)} | ${b.budgetBytes === null ? '–' : `${kib(b.budgetBytes)}${b.withinBudget ? '' : ' **over**'}`} | ${c(b.coldStart.sourceMaps)} | ${c(b.coldStart.noSourceMaps)} |`,
      );
    }
    lines.push('');
    for (const b of extra.bundles.filter((x) => x.fn === 'surveys')) {
      if (b.topParts.length)
        lines.push(
          `Largest parts of ${b.name}: ${b.topParts.map((p) => `${p.name} ${kib(p.bytes)}`).join(', ')}.`,
          '',
        );
    }
  }
  if (extra.webSize.measured) {
    const ws = extra.webSize;
    lines.push(
      `JavaScript of the survey route \`${ws.route}\` (tests/bench/web-size.ts, from the web build's manifest), gzipped: **${kib(ws.gzipBytes)}** (target ≤ ${kib(ws.targetBytes)}); files: ${ws.files.map((f) => `${f.file} ${kib(f.gzipBytes)}`).join(', ')}.`,
      '',
    );
  } else {
    lines.push(`Survey route JavaScript: not measured (${extra.webSize.reason}).`, '');
  }
  lines.push(
    `Surveys section run time: ${r.durationSeconds.toFixed(0)} s; 1-minute load average ${r.loadAverage.start.toFixed(1)} at its start and ${r.loadAverage.end.toFixed(1)} at its end, on ${cpuCount()} cores.`,
    '',
  );
  return lines;
}
