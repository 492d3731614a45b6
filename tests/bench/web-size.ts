/**
 * What the public survey route of the web app costs a citizen's phone: the gzipped JavaScript it
 * loads (the entry chunk, the public chunk and every chunk they import statically), read from a
 * finished `npm run build:web` through Vite's manifest. It builds nothing itself.
 *
 *   tsx tests/bench/web-size.ts [web/dist]   prints the figures as JSON
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** One chunk of Vite's `.vite/manifest.json` (the fields used here). */
export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type ViteManifest = Record<string, ManifestChunk>;

export interface WebFileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface RouteSize {
  route: string;
  /** The JavaScript the route loads, entry first. */
  js: WebFileSize[];
  jsBytes: number;
  jsGzipBytes: number;
  /** Stylesheets of those chunks (not counted in the JS budget). */
  css: WebFileSize[];
  cssGzipBytes: number;
  /** Chunks the route can load later on demand, not counted (e.g. the transparency page). */
  deferred: string[];
  budgetGzipBytes: number;
  withinBudget: boolean;
}

/** Issue 4 §6: the survey route's JavaScript stays within 35 KB gzipped. */
export const SURVEY_BUDGET_GZIP_BYTES = 35 * 1024;
/** The module main.tsx imports for `/survei/…`, `/s/…` and `/ikm/…`. */
export const PUBLIC_MODULE = 'src/public/index.tsx';

export function readManifest(distDir: string): ViteManifest {
  const file = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: run \`npm run build:web\` (web/vite.config.ts sets build.manifest).`,
    );
  }
  return JSON.parse(readFileSync(file, 'utf8')) as ViteManifest;
}

function entryKey(manifest: ViteManifest): string {
  const keys = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
  if (keys.length !== 1) throw new Error(`expected one entry chunk in the manifest, found ${keys.length}`);
  return keys[0]!;
}

/**
 * The manifest key of the chunk made for a dynamically imported module. Vite keys a chunk by its
 * source only when the chunk is a pure facade of that module; when Rollup also places modules
 * shared with a later lazy chunk in it (the public chunk holds the helpers the IKM page reuses),
 * the key is `_<file>` and only the chunk name (the module's file name) is left to go by. So: the
 * source key if there is one, else the entry's one dynamic import with that name.
 */
export function chunkKeyOf(manifest: ViteManifest, src: string): string {
  if (manifest[src]) return src;
  const name = basename(src, extname(src));
  const entry = manifest[entryKey(manifest)]!;
  const candidates = (entry.dynamicImports ?? []).filter((k) => {
    const c = manifest[k];
    return c?.isDynamicEntry && c.name === name && !c.src;
  });
  if (candidates.length !== 1) {
    throw new Error(
      `cannot tell which chunk holds ${src}: ${candidates.length} dynamic imports of the entry are named "${name}"`,
    );
  }
  return candidates[0]!;
}

/** The chunks a set of roots load at once: the roots and, recursively, what they import statically. */
function staticClosure(manifest: ViteManifest, roots: string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no chunk ${key}`);
    seen.add(key);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const root of roots) visit(root);
  return [...seen];
}

function sizeOf(distDir: string, file: string): WebFileSize {
  const content = readFileSync(join(distDir, file));
  // Level 9: what a CDN or a precompressing build serves; the budget is about bytes on the wire.
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/** The cost of a route that loads the entry plus the chunks of the given source modules. */
export function routeSize(
  distDir: string,
  manifest: ViteManifest,
  route: string,
  modules: string[],
  budgetGzipBytes: number,
): RouteSize {
  const entry = entryKey(manifest);
  const roots = [entry, ...modules.map((m) => chunkKeyOf(manifest, m))];
  const keys = staticClosure(manifest, roots);
  // Entry first, then the rest in load order; each file once.
  const js = [...new Set(keys.map((k) => manifest[k]!.file))].map((f) => sizeOf(distDir, f));
  const css = [...new Set(keys.flatMap((k) => manifest[k]!.css ?? []))].map((f) => sizeOf(distDir, f));
  const loaded = new Set(keys);
  const deferred = [
    ...new Set(
      keys
        .filter((k) => k !== entry)
        .flatMap((k) => manifest[k]!.dynamicImports ?? [])
        .filter((k) => !loaded.has(k)),
    ),
  ];
  const jsGzipBytes = js.reduce((n, f) => n + f.gzipBytes, 0);
  return {
    route,
    js,
    jsBytes: js.reduce((n, f) => n + f.bytes, 0),
    jsGzipBytes,
    css,
    cssGzipBytes: css.reduce((n, f) => n + f.gzipBytes, 0),
    deferred,
    budgetGzipBytes,
    withinBudget: jsGzipBytes <= budgetGzipBytes,
  };
}

/** `/survei/:tenant/:unitId`: entry chunk + the public chunk and their static imports. */
export function surveyRouteSize(distDir: string, manifest: ViteManifest = readManifest(distDir)): RouteSize {
  return routeSize(distDir, manifest, '/survei/:tenant/:unitId', [PUBLIC_MODULE], SURVEY_BUDGET_GZIP_BYTES);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? fileURLToPath(new URL('../../web/dist', import.meta.url)));
  const size = surveyRouteSize(dist);
  process.stdout.write(`${JSON.stringify(size, null, 2)}\n`);
  process.stdout.write(
    `survey route JS: ${(size.jsGzipBytes / 1024).toFixed(1)} KB gzipped (budget ${size.budgetGzipBytes / 1024} KB) — ${size.withinBudget ? 'within' : 'OVER'} budget\n`,
  );
  if (!size.withinBudget) process.exitCode = 1;
}
