import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { functionFolders } from '../../functions/discover';

/**
 * Whose tokens a non-public route takes (issue 12 §1: staff and applicants sign in to two pools).
 * An HTTP API JWT authorizer trusts one issuer, and a route has one authorizer, so:
 * - `staff` (the default): the staff pool's authorizer;
 * - `applicants`: the applicant pool's authorizer, for routes only applicants call;
 * - `both`: no authorizer at the gateway. The function verifies the token of either pool, as every
 *   function does on every request (signature, issuer, app client, expiry), so the gateway's check
 *   was only an early refusal; WAF's rate rules still cover the route.
 */
export const ROUTE_TOKENS = ['staff', 'applicants', 'both'] as const;
export type RouteTokens = (typeof ROUTE_TOKENS)[number];

export interface RouteSpec {
  /** A path prefix: the api stack routes `ANY <path>` and `ANY <path>/{proxy+}` to the function. */
  path: string;
  public: boolean;
  /** Non-public routes only; `staff` when left out. */
  tokens?: RouteTokens;
}

/**
 * Resources a function asks for beyond what every function gets: `documents` is the documents
 * bucket (DOCUMENTS_BUCKET, the import prefix, the key through S3); `leave-documents` the same bucket
 * with the leave attachments' prefix only; `skp-documents` the same bucket with the SKP evidence
 * prefix only; `tasks` gives it a worker function (`worker.ts`) that it
 * invokes asynchronously for work that outlives a request.
 */
export const NEEDS = ['documents', 'leave-documents', 'skp-documents', 'tasks'] as const;
export type Need = (typeof NEEDS)[number];

export interface FunctionSpec {
  name: string;
  entry: string;
  /**
   * `functions/<name>/worker.ts`, when the function has background work (the `tasks` need): a
   * Lambda of its own with the long timeout, invoked asynchronously by the HTTP function, so the
   * HTTP bundle carries none of the worker's code and keeps an HTTP-sized timeout.
   */
  worker?: string;
  routes: RouteSpec[];
  needs: Need[];
}

/** Literal segments; the only parameter is `{tenant}`, the slug that public routes carry. */
const PREFIX = /^(\/([A-Za-z0-9._-]+|\{tenant\}))+$/;

/**
 * Every `functions/<name>/` folder with a `handler.ts` is one Lambda function (`functionFolders`, the
 * scan `functions/registry.ts` uses too); its `manifest.ts` says which path prefixes it serves.
 * Found at synth time, so a new bounded context needs no infra edit.
 */
export async function discoverFunctions(functionsDir: string): Promise<FunctionSpec[]> {
  const names = functionFolders(functionsDir);
  const owners = new Map<string, string>();
  const specs: FunctionSpec[] = [];
  for (const name of names) {
    const manifestPath = join(functionsDir, name, 'manifest.ts');
    if (!existsSync(manifestPath)) throw new Error(`functions/${name} has a handler.ts but no manifest.ts`);
    const { manifest } = (await import(pathToFileURL(manifestPath).href)) as { manifest?: unknown };
    const routes = readManifest(name, manifest);
    const needs = readNeeds(name, manifest);
    for (const route of routes) {
      const owner = owners.get(route.path);
      if (owner) throw new Error(`route prefix ${route.path} is claimed by both ${owner} and ${name}`);
      owners.set(route.path, name);
    }
    const worker = join(functionsDir, name, 'worker.ts');
    const hasWorker = existsSync(worker);
    if (needs.includes('tasks') !== hasWorker)
      throw new Error(
        `functions/${name}: a function needs "tasks" exactly when it has a worker.ts (the task runner)`,
      );
    specs.push({
      name,
      entry: join(functionsDir, name, 'handler.ts'),
      ...(hasWorker ? { worker } : {}),
      routes,
      needs,
    });
  }
  return specs;
}

function readManifest(folder: string, manifest: unknown): RouteSpec[] {
  const m = manifest as { name?: unknown; routes?: unknown } | undefined;
  if (!m || m.name !== folder)
    throw new Error(`functions/${folder}/manifest.ts must export manifest with name "${folder}"`);
  if (!Array.isArray(m.routes) || m.routes.length === 0)
    throw new Error(`functions/${folder}: manifest.routes is empty`);
  return m.routes.map((r: { path?: unknown; public?: unknown; tokens?: unknown }) => {
    if (typeof r.path !== 'string' || !PREFIX.test(r.path)) {
      throw new Error(
        `functions/${folder}: route prefix ${JSON.stringify(r.path)} must look like /v1/things`,
      );
    }
    if (typeof r.public !== 'boolean')
      throw new Error(`functions/${folder}: route ${r.path} needs public: true|false`);
    if (r.tokens === undefined) return { path: r.path, public: r.public };
    if (r.public || !ROUTE_TOKENS.includes(r.tokens as RouteTokens)) {
      throw new Error(
        `functions/${folder}: route ${r.path} tokens must be one of ${ROUTE_TOKENS.join(', ')}, on a route that is not public`,
      );
    }
    return { path: r.path, public: r.public, tokens: r.tokens as RouteTokens };
  });
}

function readNeeds(folder: string, manifest: unknown): Need[] {
  const needs = (manifest as { needs?: unknown }).needs;
  if (needs === undefined) return [];
  if (!Array.isArray(needs)) throw new Error(`functions/${folder}: manifest.needs must be a list`);
  for (const need of needs) {
    if (!NEEDS.includes(need))
      throw new Error(
        `functions/${folder}: unknown need ${JSON.stringify(need)} (known: ${NEEDS.join(', ')})`,
      );
  }
  if (new Set(needs).size !== needs.length)
    throw new Error(`functions/${folder}: manifest.needs repeats a need`);
  return [...needs];
}
