import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LocalIdentity } from '@pamong/identity';
import { build } from 'esbuild';
import type { LocalDocumentStore } from '../../packages/local/src/documents-local';
import {
  allows,
  buildValidRequest,
  isPublic,
  listOperations,
  type OpenApiDoc,
  type Operation,
} from '../harness/operations';
import { PASSWORD } from '../support/app';
import { TEST_CURSOR_SECRET } from '../support/dynamo';
import {
  type Fixtures,
  namedValuesFor,
  pathValuesFor,
  ROLE_PRIORITY,
  restoreTable,
  scanTable,
  setupFixtures,
  tokensOf,
} from '../support/fixtures';
import { cdkOptions } from './bundle';

/**
 * The memory figures of `npm run bench`: each function's RSS after init and after N mixed requests,
 * so its `memorySize` can be set from a measurement.
 *
 * Each function runs alone in a fresh `node --enable-source-maps` process, as its Lambda does: its
 * own Hono app (`functions/<name>/app.ts`, the exported `create…App`) bundled with the CDK's
 * esbuild options, on the local adapters (`packages/local/src/deps.ts`: the table-backed identity
 * instead of Cognito, one Store instead of per-tenant STS credentials), against DynamoDB Local.
 * The request mix is generic: the function's operations (by its manifest's path prefixes) from the
 * OpenAPI document, with the route-table harness's valid requests on the fixtures; every GET under
 * /v1 that answers 2xx, and up to two writes (a create that answers 201 twice in a row, or the
 * login with a real account; public writes first), one request in ten being a write. Writes are
 * tried on the fixtures and the table restored after each, so a tried `suspendTenant` leaves no trace.
 */

export interface MemoryBenchOptions {
  root: string;
  endpoint: string;
  outDir: string;
  requests: number;
  log: (message: string) => void;
  /**
   * The harness fixtures, as the calls section leaves them (restored); made here when not given.
   * Tenant A's table then carries the writes of the mix.
   */
  fixtures?: Fixtures;
}

export interface MemoryRow {
  name: string;
  requests: number;
  /** Operation ids of the mix; writes are one request in ten. */
  reads: string[];
  writes: string[];
  skipped: { operationId: string; reason: string }[];
  /** Statuses of the measured requests. */
  statuses: Record<string, number>;
  /** Bytes. `start`: node itself, before the bundle is imported. */
  rss: { start: number; afterImport: number; afterInit: number; afterRequests: number; max: number };
  heapUsed: { afterInit: number; afterRequests: number };
  seconds: number;
}

export interface MemoryResult {
  rows: MemoryRow[];
  nodeOptions: string[];
  writeEvery: number;
  seconds: number;
}

const WRITE_EVERY = 10;
const MAX_WRITES = 2;
const NODE_OPTIONS = ['--enable-source-maps'];

interface PlannedCall {
  operationId: string;
  method: string;
  url: string;
  token?: string;
  body?: unknown;
}

interface Manifest {
  name: string;
  routes: { path: string }[];
}

/** Functions with an app and a manifest, and the path prefixes each serves. */
async function functionsOf(root: string): Promise<{ name: string; prefixes: string[] }[]> {
  const dir = join(root, 'functions');
  const out: { name: string; prefixes: string[] }[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    const manifestFile = join(dir, d.name, 'manifest.ts');
    if (!existsSync(join(dir, d.name, 'app.ts')) || !existsSync(manifestFile)) continue;
    const { manifest } = (await import(pathToFileURL(manifestFile).href)) as { manifest: Manifest };
    out.push({ name: d.name, prefixes: manifest.routes.map((r) => r.path) });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** `/v1/surveys` owns `/v1/surveys/units/{unitId}`; segments compare literally (`{tenant}` too). */
const underPrefix = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

function ownerOf(fns: { name: string; prefixes: string[] }[], path: string): string | undefined {
  let best: { name: string; length: number } | undefined;
  for (const f of fns)
    for (const p of f.prefixes)
      if (underPrefix(path, p) && (!best || p.length > best.length))
        best = { name: f.name, length: p.length };
  return best?.name;
}

/** The function's app and the local dependencies, bundled with the CDK's options. */
async function bundleApp(root: string, name: string, outDir: string): Promise<string> {
  const dir = join(outDir, 'memory', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'index.mjs');
  await build({
    ...cdkOptions(root),
    stdin: {
      contents: [
        `export * as app from ${JSON.stringify(join(root, 'functions', name, 'app.ts'))};`,
        `export { createLocalDeps } from ${JSON.stringify(join(root, 'packages/local/src/deps.ts'))};`,
      ].join('\n'),
      resolveDir: root,
      sourcefile: `bench-memory-${name}.ts`,
      loader: 'ts',
    },
    outfile,
  });
  return outfile;
}

/** Runs in the child: build the deps and the app, send the requests, report RSS along the way. */
const CHILD = `
import { readFileSync, writeFileSync } from 'node:fs';
const cfg = JSON.parse(readFileSync(process.argv[1], 'utf8'));
const mem = () => process.memoryUsage();
// The peak RSS of this process's own memory: getrusage's maxRSS would carry the parent's over exec.
const peak = () => {
  try {
    const m = /VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {}
  return process.resourceUsage().maxRSS * 1024;
};
const start = mem().rss;
const t0 = performance.now();
const m = await import(cfg.bundle);
const afterImport = mem().rss;
const create = Object.entries(m.app).find(([k, v]) => /^create\\w*App$/.test(k) && typeof v === 'function');
if (!create) throw new Error('app.ts exports no create…App function');
const deps = await m.createLocalDeps({ endpoint: cfg.endpoint, tableName: cfg.tableName, cursorSecret: cfg.cursorSecret,
  privateJwk: cfg.privateJwk, logLevel: cfg.logLevel, documentsDir: cfg.documentsDir });
const app = create[1](deps);
const statuses = {};
const send = async (r) => {
  const headers = {};
  if (r.token) headers.authorization = 'Bearer ' + r.token;
  let body;
  if (r.body !== undefined) { headers['content-type'] = 'application/json'; body = JSON.stringify(r.body); }
  const res = await app.request(r.url, { method: r.method, headers, body });
  await res.arrayBuffer();
  statuses[res.status] = (statuses[res.status] ?? 0) + 1;
};
await send(cfg.calls[0]);
const init = mem();
for (let i = 1; i < cfg.calls.length; i++) await send(cfg.calls[i]);
const after = mem();
writeFileSync(cfg.resultFile, JSON.stringify({
  statuses,
  rss: { start, afterImport, afterInit: init.rss, afterRequests: after.rss, max: peak() },
  heapUsed: { afterInit: init.heapUsed, afterRequests: after.heapUsed },
  seconds: (performance.now() - t0) / 1000,
}));
process.exit(0);
`;

function runChild(configFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...NODE_OPTIONS, '--input-type=module', '-e', CHILD, '--', configFile],
      {
        env: {
          PATH: process.env.PATH ?? '',
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        },
        // Request logs go to stdout, as in Lambda; nobody reads them here.
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr = (stderr + String(d)).slice(-4000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 10 * 60_000);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`memory child exited ${code ?? signal}: ${stderr}`));
    });
  });
}

export async function benchMemory(opts: MemoryBenchOptions): Promise<MemoryResult> {
  const started = performance.now();
  const { log } = opts;
  if (!opts.fixtures)
    log('memory: fixtures (two tenants with agencies, personnel and survey data, one account per role)');
  const fx =
    opts.fixtures ??
    (await setupFixtures({ endpoint: opts.endpoint, slugs: ['bench-mem-a', 'bench-mem-b'] }));
  try {
    const doc = (await (await fx.t.api.request('/openapi.json')).json()) as OpenApiDoc;
    const operations = listOperations(doc, fx.t.api);
    const fns = await functionsOf(opts.root);
    const tokens = tokensOf(fx, fx.a);
    const privateJwk = await (fx.t.deps.identity as LocalIdentity).exportPrivateJwk();

    const plan = (op: Operation): PlannedCall => {
      const role = isPublic(op) ? undefined : ROLE_PRIORITY.find((r) => allows(op, r));
      if (op.operationId === 'login')
        return {
          operationId: op.operationId,
          method: 'POST',
          url: op.path,
          body: { tenant: fx.a.slug, username: 'admin', password: PASSWORD },
        };
      const req = buildValidRequest(op, {
        pathValues: pathValuesFor(fx.a, op.path),
        named: { ...namedValuesFor(fx.a, op.path), version: 1 },
        doc,
      });
      return {
        operationId: op.operationId,
        method: req.method,
        url: req.url,
        token: role ? tokens[role] : undefined,
        body: req.body,
      };
    };
    const trial = async (c: PlannedCall) =>
      (await fx.t.call(c.method, c.url, { token: c.token, body: c.body })).status;
    // A write is tried on the fixtures and the table put back after it: trying `suspendTenant` must
    // not leave tenant A suspended for everything measured after it.
    const baseline = await scanTable(fx.t);

    const rows: MemoryRow[] = [];
    for (const f of fns) {
      const owned = operations.filter((op) => ownerOf(fns, op.path) === f.name);
      const reads: PlannedCall[] = [];
      const writes: PlannedCall[] = [];
      const skipped: MemoryRow['skipped'] = [];
      const isRead = (op: Operation) => op.method === 'GET' && op.path.startsWith('/v1/');
      const isWrite = (op: Operation) =>
        op.method === 'POST' && (op.operationId === 'login' || !op.path.endsWith('}')) && !!op.body;
      const planned = (op: Operation): PlannedCall | undefined => {
        try {
          return plan(op);
        } catch (err) {
          skipped.push({ operationId: op.operationId, reason: (err as Error).message.slice(0, 200) });
          return undefined;
        }
      };
      for (const op of owned.filter(isRead)) {
        const call = planned(op);
        if (!call) continue;
        const status = await trial(call);
        if (status >= 200 && status < 300) reads.push(call);
        else skipped.push({ operationId: op.operationId, reason: `answered ${status}` });
      }
      // Public writes first (the citizens' submissions carry the volume), then the staff's, in order.
      const writeCandidates = [
        ...owned.filter((op) => isWrite(op) && isPublic(op)),
        ...owned.filter((op) => isWrite(op) && !isPublic(op)),
      ];
      for (const op of writeCandidates) {
        if (writes.length >= MAX_WRITES) break;
        const call = planned(op);
        if (!call) continue;
        // A write joins the mix only if it can be repeated: a create (201) or the login (200), twice.
        const want = op.operationId === 'login' ? 200 : 201;
        const first = await trial(call);
        const second = first === want ? await trial(call) : first;
        await restoreTable(fx.t, baseline);
        if (first === want && second === want) writes.push(call);
        else skipped.push({ operationId: op.operationId, reason: `answered ${first}, then ${second}` });
      }
      // A function without a GET (passkeys: registration only) is measured on its body-less POSTs
      // that answer 200 each time they are asked (a ceremony's options, a fresh challenge each).
      if (reads.length === 0)
        for (const op of owned.filter((o) => o.method === 'POST' && !o.body)) {
          const call = planned(op);
          if (!call) continue;
          const first = await trial(call);
          const second = first === 200 ? await trial(call) : first;
          await restoreTable(fx.t, baseline);
          if (first === 200 && second === 200) reads.push(call);
          else skipped.push({ operationId: op.operationId, reason: `answered ${first}, then ${second}` });
        }
      for (const x of skipped) log(`  ${f.name}: left out ${x.operationId}: ${x.reason}`);
      if (reads.length === 0)
        throw new Error(
          `bench memory: no GET (nor body-less POST) of ${f.name} answered 2xx (of ${owned.length} operations under its manifest's prefixes ${f.prefixes.join(', ')})`,
        );
      const calls: PlannedCall[] = [];
      for (let i = 0, r = 0, w = 0; i < opts.requests; i++)
        calls.push(
          writes.length > 0 && i % WRITE_EVERY === WRITE_EVERY - 1
            ? writes[w++ % writes.length]!
            : reads[r++ % reads.length]!,
        );

      log(
        `memory: ${f.name}: ${opts.requests} requests over ${reads.length} reads and ${writes.length} writes (${writes.map((w) => w.operationId).join(', ') || 'none'}) in a fresh process`,
      );
      const bundle = await bundleApp(opts.root, f.name, opts.outDir);
      const dir = join(opts.outDir, 'memory', f.name);
      const configFile = join(dir, 'config.json');
      const resultFile = join(dir, 'result.json');
      // The fixtures' own files, so a GET that reads one (a leave attachment) reads it here too.
      const documentsDir = (fx.t.deps.documents as LocalDocumentStore).dir;
      writeFileSync(
        configFile,
        JSON.stringify({
          bundle: pathToFileURL(bundle).href,
          endpoint: opts.endpoint,
          tableName: fx.t.tableName,
          cursorSecret: TEST_CURSOR_SECRET,
          privateJwk,
          // Powertools' default in Lambda: one line per request, as the functions log there.
          logLevel: 'INFO',
          documentsDir,
          resultFile,
          calls,
        }),
      );
      await runChild(configFile);
      const result = JSON.parse(readFileSync(resultFile, 'utf8')) as Pick<
        MemoryRow,
        'statuses' | 'rss' | 'heapUsed' | 'seconds'
      >;
      const row: MemoryRow = {
        name: f.name,
        requests: opts.requests,
        reads: reads.map((c) => c.operationId),
        writes: writes.map((c) => c.operationId),
        skipped,
        ...result,
      };
      rows.push(row);
      const mib = (n: number) => `${(n / 2 ** 20).toFixed(0)} MiB`;
      log(
        `  RSS ${mib(row.rss.start)} at start, ${mib(row.rss.afterInit)} after init, ${mib(row.rss.afterRequests)} after ${row.requests} requests (max ${mib(row.rss.max)}); statuses ${JSON.stringify(row.statuses)}`,
      );
    }
    return {
      rows,
      nodeOptions: NODE_OPTIONS,
      writeEvery: WRITE_EVERY,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    if (!opts.fixtures) fx.t.store.doc.destroy();
  }
}

const mibOf = (n: number) => (n / 2 ** 20).toFixed(1);

export function memoryMarkdown(r: MemoryResult, measuredOn?: string): string[] {
  const lines = ['## Memory', ''];
  if (measuredOn) lines.push(`Measured on ${measuredOn}.`, '');
  lines.push(
    `Each function alone in a fresh \`node ${r.nodeOptions.join(' ')}\` process: its own app (\`functions/<name>/app.ts\`) bundled with the CDK's esbuild options, on the local adapters (the table-backed identity instead of Cognito, one Store instead of per-tenant STS credentials) against DynamoDB Local, logging at INFO as in Lambda. The mix: every GET of the function under /v1 that answers 2xx on the harness fixtures (the route-table harness's valid request, as the first allowed role), in turn (for a function without a GET, its body-less POSTs that answer 200 twice in a row: the passkeys function's registration options), and one request in ${r.writeEvery} a write (a create that answers 201 twice in a row, or a real login; at most ${MAX_WRITES}, public ones first). "After init" is after the import, the dependencies and the first request; the RSS after init of the deployed bundle (AWS adapters, first invocation) is in the cold-start table. Max RSS is the process's peak (what Lambda reports as Max Memory Used).`,
    '',
    '| function | requests | RSS at start (node) MiB | after import MiB | after init MiB | after requests MiB | max RSS MiB | heap used after MiB | statuses | reads | writes |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---|',
  );
  for (const x of r.rows)
    lines.push(
      `| ${x.name} | ${x.requests} | ${mibOf(x.rss.start)} | ${mibOf(x.rss.afterImport)} | ${mibOf(x.rss.afterInit)} | ${mibOf(x.rss.afterRequests)} | ${mibOf(x.rss.max)} | ${mibOf(x.heapUsed.afterRequests)} | ${Object.entries(
        x.statuses,
      )
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ')} | ${x.reads.length} | ${x.writes.join(', ') || '–'} |`,
    );
  lines.push('');
  for (const x of r.rows) {
    lines.push(
      `Mix of ${x.name}: ${x.reads.join(', ')}${x.writes.length ? `; writes ${x.writes.join(', ')}` : ''}.${x.skipped.length ? ` Left out: ${x.skipped.map((s) => `${s.operationId} (${s.reason})`).join(', ')}.` : ''}`,
      '',
    );
  }
  lines.push(`Memory section run time: ${r.seconds.toFixed(0)} s.`, '');
  return lines;
}
