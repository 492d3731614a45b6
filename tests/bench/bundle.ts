import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { type BuildOptions, build, type Metafile } from 'esbuild';

const run = promisify(execFile);

/**
 * The bundles of `npm run bench`, their size budgets and their cold starts.
 *
 * Entries: every `functions/<name>/handler.ts` (one Lambda each, as infra/lib/functions.ts discovers
 * them), every `functions/<name>/worker.ts` (an async worker entry, off the request path), and a
 * hello-world Hono handler as the yardstick.
 *
 * Each entry is built twice:
 * - **plain**, exactly as `../shared/tools/coldstart.mjs` builds it (esbuild, bundle, platform node,
 *   ESM, target node22, minify, main fields module,main, everything bundled, its createRequire
 *   banner, no source map). The size budget applies to this file, and its metafile says what each
 *   byte is for.
 * - **maps**, the same plus `sourceMap: true`, `sourcesContent: false` and the CDK's banner, run
 *   with `--enable-source-maps`: what the functions ran until this bench showed its cost; the
 *   CDK (infra/lib/constructs/service-function.ts) now deploys the plain build's equivalent.
 *
 * A variant with `@aws-sdk/*` left external is not built: the CDK bundles the SDK
 * (`externalModules: []`), and such a bundle only runs where node_modules happens to resolve the
 * SDK. The cold starts run every bundle from a temporary folder outside the repository, as Lambda runs it from
 * /var/task: nothing may come from node_modules at run time.
 */

/**
 * Issue 9's target for a request handler: 500 KB minified. The floor under it, `aws-floor` (Hono,
 * the Powertools logger, the DynamoDB document client and the STS and Secrets Manager calls every
 * function makes, no other Pamong code), weighs 248 KiB since the SDK's default credential chain
 * became the environment provider only (packages/lambda-credentials, -113 KiB in every bundle) and
 * STS, Secrets Manager and Cognito became signed calls of `@pamong/aws` (-18, -13 and -38 KiB);
 * before that it was 410 KiB. zod's classic API adds another 97 KiB to every function: `app-floor`, a
 * Pamong function with no route (aws-floor, zod, jose and the common request handling), is 381 KiB,
 * of which 357 KiB are the libraries, which leaves 119 KiB of the target for a function's own code.
 * Key builders and repositories are imported as namespaces of their own modules (`import * as keys from
 * '@pamong/db/keys'`), so a bundle keeps only the functions it calls (-10 to -20 KiB), and XLSX
 * files are zipped with node:zlib instead of fflate (-9 KiB). Routes are matched by Hono's trie
 * alone, without RegExpRouter and SmartRouter (-4.5 KiB, and no regular expression compiled on the
 * first request).
 *
 * A handler without an entry here is held to the target. The others are over it and are each held
 * to a ceiling a few percent above their size after the last cut: any growth past it fails CI, and
 * lowering a ceiling after a cut is how it stays cut. Raising one needs a reason in the commit
 * that does it (the history of each is in git log -p of this file).
 */
export const HANDLER_BUDGET_BYTES = 500 * 1024;
export const HANDLER_CEILING_BYTES: Record<string, number> = {
  // 557.1 KiB: the largest Pamong code of all (employees, imports, placement, the promotion list
  // reading the annual predikat), with the XLSX template writer.
  personnel: 570 * 1024,
  // 562.6 KiB: leave with its two-step approval and ledger, schedules, rosters, holidays, check-in
  // with the passkey assertion checked on node:crypto (functions/attendance/webauthn.ts), the recap
  // and its XLSX export. It was 902.5 KiB with @simplewebauthn/server's ASN.1 and X.509 stack,
  // which registration needs; registration is now the passkeys function's (issue 9).
  attendance: 575 * 1024,
  // 711.8 KiB: passkey registration only, once per phone and never on the check-in path. It is
  // @simplewebauthn/server, the library the design card names, with the attestation, ASN.1 and
  // X.509 code its registration check imports even for `none` attestation (@simplewebauthn/server
  // 60 KiB, asn1js 58 KiB, @peculiar/x509 50 KiB and their helpers: about 320 KiB) on top of the
  // floor every function carries.
  passkeys: 730 * 1024,
  // 544.4 KiB: SKP planning, assessment with the caps, 360, the follow-up register and the SKP
  // report (@pamong/sheets' XLSX writer), realisation evidence as documents (the S3 adapter).
  performance: 560 * 1024,
  // 592.9 KiB: rounds, formasi, applications with documents, the proof of registration's QR encoder
  // (qrcode 21 KiB, loaded on first use), announcements with their hash chain, objections, the score
  // import's XLSX template, and hiring, which brings personnel's write set for a new employee
  // (~20 KiB; the new employee's schema alone, `schemas/employee-create.ts`, not every personnel
  // schema).
  recruitment: 610 * 1024,
};
/** An async worker is off the request path: its budget is looser, and it is labelled as such. */
export const WORKER_BUDGET_BYTES = 2 * 1024 * 1024;
/** How many parts (packages or workspace folders) of each bundle the report lists. */
export const TOP_PARTS = 12;

export type EntryKind = 'handler' | 'worker' | 'yardstick';

export interface BenchEntry {
  /** `platform`, `personnel-worker`, `hello-world`: also the folder under tests/bench/out. */
  name: string;
  /** The function folder (`personnel` for both its handler and its worker). */
  fn: string;
  kind: EntryKind;
  entry: string;
}

/** Every function entry of the tree (sorted), then the hello-world yardstick. */
export function benchEntries(root: string, helloEntry: string, only?: string[]): BenchEntry[] {
  const dir = join(root, 'functions');
  const out: BenchEntry[] = [];
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .filter((name) => !only || only.includes(name))
    .sort();
  for (const fn of folders) {
    const handler = join(dir, fn, 'handler.ts');
    const worker = join(dir, fn, 'worker.ts');
    if (existsSync(handler)) out.push({ name: fn, fn, kind: 'handler', entry: handler });
    if (existsSync(worker)) out.push({ name: `${fn}-worker`, fn, kind: 'worker', entry: worker });
  }
  out.push({ name: 'hello-world', fn: 'hello-world', kind: 'yardstick', entry: helloEntry });
  // The floor: what every function carries before any Pamong code (see fixtures/aws-floor.ts).
  const floor = join(dirname(helloEntry), 'aws-floor.ts');
  if (existsSync(floor)) out.push({ name: 'aws-floor', fn: 'aws-floor', kind: 'yardstick', entry: floor });
  // A Pamong function with no route (see fixtures/app-floor.ts): what each function's routes add to.
  const appFloor = join(dirname(helloEntry), 'app-floor.ts');
  if (existsSync(appFloor))
    out.push({ name: 'app-floor', fn: 'app-floor', kind: 'yardstick', entry: appFloor });
  return out;
}

/** The enforced budget: a handler's ceiling (the 500 KB target for a new function), a worker's 2 MB. */
export const budgetOf = (kind: EntryKind, name = ''): number | null =>
  kind === 'handler'
    ? (HANDLER_CEILING_BYTES[name] ?? HANDLER_BUDGET_BYTES)
    : kind === 'worker'
      ? WORKER_BUDGET_BYTES
      : null;

// ---------------------------------------------------------------- building

/** coldstart.mjs's banner, byte for byte. */
const COLDSTART_BANNER = "import{createRequire as __cr}from'module';const require=__cr(import.meta.url);";
/** The banner of infra/lib/constructs/service-function.ts. */
export const CDK_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/** The options both builds share (coldstart.mjs's, which are also NodejsFunction's). */
function baseOptions(root: string): BuildOptions {
  return {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    minify: true,
    mainFields: ['module', 'main'],
    nodePaths: [join(root, 'node_modules')],
    absWorkingDir: root,
    logLevel: 'silent',
  };
}

/** coldstart.mjs's build: the file the size budget applies to. */
export function plainOptions(root: string): BuildOptions {
  return { ...baseOptions(root), banner: { js: COLDSTART_BANNER } };
}

/**
 * The build with source maps, run under `--enable-source-maps`: what the CDK deployed until issue 9
 * measured it (service-function.ts now builds without maps), kept to show what maps would cost.
 */
export function cdkOptions(root: string): BuildOptions {
  return {
    ...baseOptions(root),
    banner: { js: CDK_BANNER },
    sourcemap: true,
    sourcesContent: false,
    external: [],
  };
}

export interface Part {
  name: string;
  bytes: number;
}

/**
 * `node_modules/@scope/pkg/...` → `@scope/pkg`; the workspace's own sources keep two levels
 * (`packages/http`, `functions/personnel`), so a part is either a package or one of our folders.
 */
export function partOf(input: string): string {
  const path = input.replaceAll('\\', '/');
  const parts = path.split('node_modules/');
  if (parts.length > 1) {
    const [first, second] = parts[parts.length - 1]!.split('/');
    return first?.startsWith('@') ? `${first}/${second}` : first!;
  }
  const own = /^(packages\/[^/]+|functions\/[^/]+|tests\/[^/]+|web\/[^/]+)/.exec(path);
  return own?.[1] ?? path;
}

/** Bytes of output per part, largest first, from esbuild's metafile. */
export function partsOf(meta: Metafile): Part[] {
  const byPart = new Map<string, number>();
  for (const output of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const part = partOf(input);
      byPart.set(part, (byPart.get(part) ?? 0) + bytesInOutput);
    }
  }
  return [...byPart]
    .map(([name, bytes]) => ({ name, bytes }))
    .filter((p) => p.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
}

export interface BuiltEntry extends BenchEntry {
  /** The plain build (coldstart.mjs's): the budgeted file. */
  file: string;
  bytes: number;
  gzipBytes: number;
  /** The CDK build with its source map. */
  mapsFile: string;
  mapsBytes: number;
  mapBytes: number;
  budgetBytes: number | null;
  withinBudget: boolean;
  /** Parts of the plain build, largest first (all of them; the report shows the first TOP_PARTS). */
  parts: Part[];
  /** esbuild's metafile of the plain build, for https://esbuild.github.io/analyze/. */
  metafile: string;
}

/** Builds one entry both ways into `<outDir>/<name>/` and weighs it. */
export async function buildEntry(root: string, e: BenchEntry, outDir: string): Promise<BuiltEntry> {
  const dir = join(outDir, e.name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'maps'), { recursive: true });
  const file = join(dir, 'index.mjs');
  const mapsFile = join(dir, 'maps', 'index.mjs');
  const plain = await build({ ...plainOptions(root), entryPoints: [e.entry], outfile: file, metafile: true });
  await build({ ...cdkOptions(root), entryPoints: [e.entry], outfile: mapsFile });
  const metafile = join(dir, 'meta.json');
  writeFileSync(metafile, JSON.stringify(plain.metafile));
  const code = readFileSync(file);
  const budgetBytes = budgetOf(e.kind, e.name);
  return {
    ...e,
    file,
    bytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    mapsFile,
    mapsBytes: readFileSync(mapsFile).length,
    mapBytes: existsSync(`${mapsFile}.map`) ? readFileSync(`${mapsFile}.map`).length : 0,
    budgetBytes,
    withinBudget: budgetBytes === null || code.length <= budgetBytes,
    parts: partsOf(plain.metafile),
    metafile,
  };
}

// ---------------------------------------------------------------- cold starts

/**
 * The Secrets Manager stub of coldstart.mjs: every call gets a secret string, so the first
 * invocation's `buildAwsDeps` reads the cursor secret without an AWS account.
 */
export async function startSecretsStub(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/x-amz-json-1.1');
      res.end(
        JSON.stringify({
          ARN: 'arn:aws:secretsmanager:ap-southeast-3:000000000000:secret:x',
          Name: 'x',
          SecretString: 'bench-secret-0123456789abcdef0123456789abcdef',
        }),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** The environment of coldstart.mjs (what the CDK api stack sets, with fake values), and nothing else. */
function probeEnv(secretsUrl: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    AWS_REGION: 'ap-southeast-3',
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'x',
    AWS_ENDPOINT_URL_SECRETS_MANAGER: secretsUrl,
    TABLE_NAME: 'pamong',
    CURSOR_SECRET_ARN: 'arn:aws:secretsmanager:ap-southeast-3:000000000000:secret:x',
    TENANT_ACCESS_ROLE_ARN: 'arn:aws:iam::000000000000:role/x',
    USER_POOL_ID: 'ap-southeast-3_x',
    USER_POOL_CLIENT_ID: 'x',
    POWERTOOLS_LOG_LEVEL: 'ERROR',
    LOG_LEVEL: 'ERROR',
  };
}

const MARK = '@@bench-probe@@';

/**
 * One cold start in a fresh process: import the bundle, then (for a handler) invoke it once with an
 * API Gateway v2 event for an unknown route, as coldstart.mjs does. Prints the times and the RSS
 * after init behind a marker, so whatever the function logs to stdout does not get in the way.
 */
const PROBE = `
let zodSchemas = null;
if (process.argv[3] === 'count') {
  // zod calls its global config's postProcessor once per schema instance it builds (zod 4.6
  // internal, the hook zod/compile uses). Set before the bundle's zod reads the config.
  zodSchemas = 0;
  globalThis.__zod_globalConfig = { postProcessor: () => { zodSchemas++; } };
}
const t0 = performance.now();
const m = await import(process.argv[1]);
const t1 = performance.now();
let status = null;
if (process.argv[2] === 'invoke') {
  const ev = { version: '2.0', routeKey: '$default', rawPath: '/v1/no-such-route', rawQueryString: '',
    headers: { host: 'x', accept: 'application/json' },
    requestContext: { accountId: '0', apiId: 'x', domainName: 'x', domainPrefix: 'x',
      http: { method: 'GET', path: '/v1/no-such-route', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'x' },
      requestId: 'r', routeKey: '$default', stage: '$default', time: '', timeEpoch: Date.now() },
    isBase64Encoded: false };
  const ctx = { getRemainingTimeInMillis: () => 30000, functionName: 'x', awsRequestId: 'r' };
  const res = await m.handler(ev, ctx);
  status = res && res.statusCode;
}
const t2 = performance.now();
const mem = process.memoryUsage();
process.stdout.write('\\n${MARK}' + JSON.stringify({ importMs: t1 - t0, totalMs: t2 - t0, status, rss: mem.rss, heapUsed: mem.heapUsed, zodSchemas }) + '\\n', () => process.exit(0));
`;

interface ProbeResult {
  importMs: number;
  totalMs: number;
  status: number | null;
  rss: number;
  heapUsed: number;
  /** zod schema instances built by import and first invocation, in a counting run; else null. */
  zodSchemas: number | null;
}

async function probeOnce(
  file: string,
  nodeOptions: string[],
  invoke: boolean,
  env: NodeJS.ProcessEnv,
  countZod = false,
): Promise<ProbeResult> {
  let stdout = '';
  try {
    ({ stdout } = await run(
      process.execPath,
      [
        ...nodeOptions,
        '--input-type=module',
        '-e',
        PROBE,
        '--',
        pathToFileURL(file).href,
        invoke ? 'invoke' : 'import',
        countZod ? 'count' : 'time',
      ],
      { env, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
    ));
  } catch (err) {
    const e = err as { stderr?: string; message?: string };
    throw new Error(
      `cold-start probe of ${file} failed: ${(e.stderr || e.message || String(err)).slice(-2000)}`,
    );
  }
  const line = stdout
    .split('\n')
    .reverse()
    .find((l) => l.startsWith(MARK));
  if (!line) throw new Error(`cold-start probe of ${file} printed no result: ${stdout.slice(-500)}`);
  return JSON.parse(line.slice(MARK.length)) as ProbeResult;
}

export interface Timing {
  runs: number;
  median: number;
  p90: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { runs: samples.length, median: percentile(sorted, 50), p90: percentile(sorted, 90) };
}

export type ColdMode = 'sourceMaps' | 'noSourceMaps';

export interface ColdStart {
  /** `node --enable-source-maps` on the CDK build, or plain `node` on coldstart.mjs's build. */
  mode: ColdMode;
  /** `await import(bundle)` alone. */
  import: Timing;
  /** Import plus the first invocation (handlers); the import alone for a worker, which is not invoked. */
  firstCall: Timing;
  /** firstCall median ÷ hello-world's in the same mode (for a worker: ÷ hello-world's import alone). */
  ratioToHello: number;
  /** Statuses the first invocation answered (404 expected: an unknown route). */
  statuses: number[];
  /** RSS after import and the first invocation, median over the runs. */
  rssAfterInit: number;
  heapUsedAfterInit: number;
  /** zod schema instances the cold start built (`zodSchemasAtInit`, the same run for both modes). */
  zodSchemas: number;
}

/**
 * zod schema instances a cold start builds (import and first invocation, one extra run apart from
 * the timed ones): deterministic, unlike the times. zod 4 builds a new instance for every node of a
 * schema and every `.optional()`, `.min()` or `.max()` on one, at 15-40 µs each on this machine
 * with the garbage collection they cause, and a function builds all of its schemas at its cold
 * start: after compiling the bundle, the largest part of a cold start beyond the floor.
 */
export async function zodSchemasAtInit(
  file: string,
  invoke: boolean,
  env: NodeJS.ProcessEnv,
  bundlesZod: boolean,
): Promise<number> {
  const { zodSchemas } = await probeOnce(file, [], invoke, env, true);
  const n = zodSchemas ?? 0;
  if (bundlesZod && n === 0)
    throw new Error(
      `${file} bundles zod, but no zod schema was counted at its cold start: zod's postProcessor hook (an internal of zod 4.6) no longer reports them; update zodSchemasAtInit in tests/bench/bundle.ts`,
    );
  return n;
}

export const COLD_MODES: { mode: ColdMode; nodeOptions: string[]; label: string }[] = [
  {
    mode: 'sourceMaps',
    nodeOptions: ['--enable-source-maps'],
    label: 'node --enable-source-maps, CDK build',
  },
  { mode: 'noSourceMaps', nodeOptions: [], label: 'node, coldstart.mjs build (no source map)' },
];

/**
 * Cold starts of every built entry in both modes, `runs` times each, round-robin (every entry and
 * mode once per round) so machine noise falls on all alike, after one unrecorded warm-up of each
 * (the OS file cache) unless `warmUp` is off. A probe that crashes, or a first invocation that answers 5xx, fails the bench:
 * the figure would not be a cold start of a working function.
 */
export async function coldStarts(
  built: BuiltEntry[],
  runs: number,
  onProgress?: (done: number, total: number) => void,
  warmUp = true,
): Promise<Map<string, Record<ColdMode, ColdStart>>> {
  const stub = await startSecretsStub();
  const env = probeEnv(stub.url);
  // Each bundle runs from a temporary folder outside the repository, where no node_modules
  // resolves, as in Lambda: a bundle that still needs a package at run time fails here.
  const sandbox = mkdtempSync(join(tmpdir(), 'pamong-bench-'));
  const placed = new Map<string, { file: string; mapsFile: string }>();
  for (const b of built) {
    const dir = join(sandbox, b.name);
    mkdirSync(join(dir, 'maps'), { recursive: true });
    const file = join(dir, 'index.mjs');
    const mapsFile = join(dir, 'maps', 'index.mjs');
    copyFileSync(b.file, file);
    copyFileSync(b.mapsFile, mapsFile);
    if (existsSync(`${b.mapsFile}.map`)) copyFileSync(`${b.mapsFile}.map`, `${mapsFile}.map`);
    placed.set(b.name, { file, mapsFile });
  }
  try {
    const samples = new Map<string, Record<ColdMode, ProbeResult[]>>(
      built.map((b) => [b.name, { sourceMaps: [], noSourceMaps: [] }]),
    );
    const once = async (b: BuiltEntry, m: (typeof COLD_MODES)[number]) => {
      const at = placed.get(b.name)!;
      return probeOnce(
        m.mode === 'sourceMaps' ? at.mapsFile : at.file,
        m.nodeOptions,
        b.kind !== 'worker',
        env,
      );
    };
    if (warmUp) for (const b of built) for (const m of COLD_MODES) await once(b, m);
    const zodCounts = new Map<string, number>();
    for (const b of built)
      zodCounts.set(
        b.name,
        await zodSchemasAtInit(
          placed.get(b.name)!.file,
          b.kind !== 'worker',
          env,
          b.parts.some((p) => p.name === 'zod'),
        ),
      );
    for (let r = 0; r < runs; r++) {
      for (const b of built) {
        for (const m of COLD_MODES) {
          const res = await once(b, m);
          if (res.status !== null && res.status >= 500)
            throw new Error(
              `cold start of ${b.name} (${m.label}): the first invocation answered ${res.status}; it should answer an unknown route with a 4xx`,
            );
          samples.get(b.name)![m.mode].push(res);
        }
      }
      onProgress?.(r + 1, runs);
    }
    const hello = built.find((b) => b.kind === 'yardstick');
    const out = new Map<string, Record<ColdMode, ColdStart>>();
    const summary = (
      list: ProbeResult[],
      mode: ColdMode,
      helloMedian: number,
      zodSchemas: number,
    ): ColdStart => {
      const firstCall = timing(list.map((x) => x.totalMs));
      return {
        mode,
        import: timing(list.map((x) => x.importMs)),
        firstCall,
        ratioToHello: firstCall.median / helloMedian,
        statuses: [...new Set(list.map((x) => x.status).filter((s): s is number => s !== null))],
        rssAfterInit: timing(list.map((x) => x.rss)).median,
        heapUsedAfterInit: timing(list.map((x) => x.heapUsed)).median,
        zodSchemas,
      };
    };
    // A handler compares to hello-world's import + first call; a worker (imported only) to its import.
    const helloMedian = (mode: ColdMode, kind: EntryKind) =>
      hello
        ? timing(samples.get(hello.name)![mode].map((x) => (kind === 'worker' ? x.importMs : x.totalMs)))
            .median
        : Number.NaN;
    for (const b of built) {
      const s = samples.get(b.name)!;
      out.set(b.name, {
        sourceMaps: summary(
          s.sourceMaps,
          'sourceMaps',
          helloMedian('sourceMaps', b.kind),
          zodCounts.get(b.name)!,
        ),
        noSourceMaps: summary(
          s.noSourceMaps,
          'noSourceMaps',
          helloMedian('noSourceMaps', b.kind),
          zodCounts.get(b.name)!,
        ),
      });
    }
    return out;
  } finally {
    await stub.close();
    rmSync(sandbox, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- report rows

/** One entry as the report keeps it (paths relative to the root, the first TOP_PARTS parts). */
export interface BundleRow extends BenchEntry {
  file: string;
  bytes: number;
  gzipBytes: number;
  mapsBytes: number;
  mapBytes: number;
  budgetBytes: number | null;
  withinBudget: boolean;
  topParts: Part[];
  coldStart: Record<ColdMode, ColdStart>;
}

export function bundleRow(root: string, b: BuiltEntry, cold: Record<ColdMode, ColdStart>): BundleRow {
  return {
    name: b.name,
    fn: b.fn,
    kind: b.kind,
    entry: relative(root, b.entry),
    file: relative(root, b.file),
    bytes: b.bytes,
    gzipBytes: b.gzipBytes,
    mapsBytes: b.mapsBytes,
    mapBytes: b.mapBytes,
    budgetBytes: b.budgetBytes,
    withinBudget: b.withinBudget,
    topParts: b.parts.slice(0, TOP_PARTS),
    coldStart: cold,
  };
}

/** Rows of a report written before this shape (variants, import times only) are not reused. */
export const isCurrentRow = (row: unknown): row is BundleRow =>
  typeof row === 'object' &&
  row !== null &&
  'coldStart' in row &&
  'topParts' in row &&
  typeof (row as BundleRow).coldStart?.noSourceMaps?.zodSchemas === 'number';

// ---------------------------------------------------------------- budgets

export const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** One line per entry over its budget: which, its size, the budget, and its largest parts. */
export function budgetFailures(
  rows: Pick<BundleRow, 'name' | 'kind' | 'bytes' | 'budgetBytes' | 'topParts'>[],
): string[] {
  return rows
    .filter((r) => r.budgetBytes !== null && r.bytes > r.budgetBytes)
    .map(
      (r) =>
        `${r.name} (${r.kind === 'worker' ? 'async worker entry, off the request path' : 'request handler'}): ${kib(r.bytes)} (${r.bytes} B) minified > budget ${kib(r.budgetBytes!)} (${r.budgetBytes} B), over by ${kib(r.bytes - r.budgetBytes!)}; largest parts: ${r.topParts
          .slice(0, TOP_PARTS)
          .map((p) => `${p.name} ${kib(p.bytes)}`)
          .join(', ')}`,
    );
}

export const rel = (root: string, file: string) => relative(root, file);
