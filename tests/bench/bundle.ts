import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const run = promisify(execFile);

/**
 * The esbuild options `NodejsFunction` turns the bundling props of
 * infra/lib/constructs/service-function.ts into (aws-cdk-lib/aws-lambda-nodejs/lib/bundling.js):
 * bundle, platform node, ESM (`index.mjs`), target node22, minify, source map without sources
 * content, main fields module,main and the createRequire banner. `externalModules: []` there means
 * the AWS SDK is bundled; the variant `sdkExternal` is what NodejsFunction does by default for
 * Node 18+ runtimes (`@aws-sdk/*` left to the runtime's copy).
 */
export type Variant = 'deployed' | 'sdkExternal';

const BANNER = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

export interface BundleResult {
  name: string;
  variant: Variant;
  file: string;
  bytes: number;
  gzipBytes: number;
  mapBytes: number;
  /** The largest packages in the bundle, by bytes of output. */
  topPackages: { name: string; bytes: number }[];
}

/** `node_modules/@scope/pkg/...` → `@scope/pkg`; workspace sources keep their folder (`packages/db`). */
function packageOf(input: string): string {
  const parts = input.replaceAll('\\', '/').split('node_modules/');
  if (parts.length > 1) {
    const [first, second] = parts[parts.length - 1]!.split('/');
    return first?.startsWith('@') ? `${first}/${second}` : first!;
  }
  const own = /^(packages\/[^/]+|functions\/[^/]+|tests\/[^/]+)/.exec(input);
  return own?.[1] ?? input;
}

export async function bundle(
  name: string,
  entry: string,
  outDir: string,
  variant: Variant,
): Promise<BundleResult> {
  const dir = join(outDir, `${name}${variant === 'deployed' ? '' : `-${variant}`}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'index.mjs');
  const result = await build({
    metafile: true,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile: file,
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    mainFields: ['module', 'main'],
    banner: { js: BANNER },
    external: variant === 'sdkExternal' ? ['@aws-sdk/*'] : [],
    logLevel: 'error',
  });
  const code = readFileSync(file);
  const byPackage = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg = packageOf(input);
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytesInOutput);
    }
  }
  return {
    name,
    variant,
    file,
    bytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    mapBytes: existsSync(`${file}.map`) ? readFileSync(`${file}.map`).length : 0,
    topPackages: [...byPackage]
      .map(([pkg, bytes]) => ({ name: pkg, bytes }))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 8),
  };
}

/** Every `functions/<name>/handler.ts`: one Lambda each, as the CDK app discovers them. */
export function functionEntries(functionsDir: string): { name: string; entry: string }[] {
  return readdirSync(functionsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(functionsDir, d.name, 'handler.ts')))
    .map((d) => ({ name: d.name, entry: join(functionsDir, d.name, 'handler.ts') }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const PROBE =
  'const t0 = performance.now(); await import(process.argv[1]); process.stdout.write(String(performance.now() - t0));';

/** One fresh Node process importing the bundle; the time of the import alone, in ms. */
async function importOnce(file: string, nodeOptions: string[]): Promise<number> {
  const { stdout } = await run(
    process.execPath,
    [...nodeOptions, '--input-type=module', '-e', PROBE, '--', pathToFileURL(file).href],
    {
      env: { PATH: process.env.PATH ?? '', AWS_REGION: 'ap-southeast-3' },
    },
  );
  const ms = Number(stdout.trim());
  if (!Number.isFinite(ms)) throw new Error(`import probe of ${file} printed ${JSON.stringify(stdout)}`);
  return ms;
}

export interface ImportTiming {
  samples: number[];
  median: number;
  p90: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summarise(samples: number[]): ImportTiming {
  const sorted = [...samples].sort((a, b) => a - b);
  return { samples, median: percentile(sorted, 50), p90: percentile(sorted, 90) };
}

/**
 * Imports each bundle `runs` times in fresh processes, round-robin so that machine noise falls on
 * every bundle alike. `--enable-source-maps` is on, as the functions' NODE_OPTIONS set it.
 */
export async function timeImports(
  files: string[],
  runs: number,
  nodeOptions: string[],
  onProgress?: (done: number, total: number) => void,
): Promise<Map<string, ImportTiming>> {
  const samples = new Map<string, number[]>(files.map((f) => [f, []]));
  for (const f of files) await importOnce(f, nodeOptions); // warm the OS file cache
  for (let r = 0; r < runs; r++) {
    for (const f of files) samples.get(f)!.push(await importOnce(f, nodeOptions));
    onProgress?.(r + 1, runs);
  }
  return new Map([...samples].map(([f, s]) => [f, summarise(s)]));
}

export const rel = (root: string, file: string) => relative(root, file);
