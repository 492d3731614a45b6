import { Logger } from '@aws-lambda-powertools/logger';
import type { AppDeps, RouteApp } from '@pamong/http';
import type { ZodType } from 'zod';
import { createApi } from '../../functions/registry';
import { type GenerateOptions, generateValue, type JsonSchema, resolveSchema, seededRandom } from './schema';

/**
 * The operations of the OpenAPI document, in the shape the harness and the bench walk. Nothing here
 * names a route: whatever `createApi` registers is what gets tested and measured.
 */
export const ACCESS_EXTENSION = 'x-pamong-access';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

export interface QueryParam {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  summary?: string;
  security?: unknown[];
  /** `public`, or the roles that may call it (from `defineRoute`). */
  access: 'public' | string[];
  pathParams: string[];
  query: QueryParam[];
  body?: { schema: JsonSchema; required: boolean };
  /** The route's own zod schemas: they also know the refinements JSON Schema cannot express. */
  zod: { body?: ZodType; query?: ZodType };
}

export interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, any>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export function listOperations(doc: OpenApiDoc, app?: RouteApp): Operation[] {
  const zodByOperation = app ? zodSchemas(app) : new Map<string, Operation['zod']>();
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])] as {
        name: string;
        in: string;
        required?: boolean;
        schema?: JsonSchema;
      }[];
      const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
      const jsonBody = op.requestBody?.content?.['application/json']?.schema as JsonSchema | undefined;
      const access = op[ACCESS_EXTENSION];
      ops.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        summary: op.summary,
        security: op.security,
        access: access === 'public' ? 'public' : Array.isArray(access) ? access : [],
        pathParams: [...new Set([...templated, ...params.filter((p) => p.in === 'path').map((p) => p.name)])],
        query: params
          .filter((p) => p.in === 'query')
          .map((p) => ({
            name: p.name,
            required: p.required === true,
            schema: resolveSchema(p.schema ?? {}, doc),
          })),
        body: jsonBody
          ? { schema: resolveSchema(jsonBody, doc), required: op.requestBody.required === true }
          : undefined,
        zod: zodByOperation.get(op.operationId) ?? {},
      });
    }
  }
  return ops;
}

function zodSchemas(app: RouteApp): Map<string, Operation['zod']> {
  const out = new Map<string, Operation['zod']>();
  for (const route of app.routeConfigs) {
    if (!route.operationId) continue;
    const body = route.request?.body?.content?.['application/json'];
    const bodySchema = body && 'schema' in body ? body.schema : undefined;
    out.set(route.operationId, {
      body: isZod(bodySchema) ? bodySchema : undefined,
      query: isZod(route.request?.query) ? route.request.query : undefined,
    });
  }
  return out;
}

const isZod = (v: unknown): v is ZodType =>
  typeof (v as { safeParse?: unknown } | undefined)?.safeParse === 'function';

/**
 * The app with placeholder dependencies: enough to register the routes and serve /openapi.json,
 * which touches no database. It lets a test file know its operations before any hook runs.
 */
export async function loadOperationsOffline(): Promise<{ doc: OpenApiDoc; operations: Operation[] }> {
  const unavailable = new Proxy(
    {},
    {
      get: (_t, prop) => {
        throw new Error(`offline app: deps.${String(prop)} is not available`);
      },
    },
  );
  const deps = {
    mode: 'local',
    tableName: 'offline',
    stores: unavailable,
    identity: unavailable,
    logger: new Logger({ serviceName: 'pamong-harness', logLevel: 'SILENT' }),
    now: () => new Date(),
  } as unknown as AppDeps;
  const app = createApi(deps);
  const res = await app.request('/openapi.json');
  if (res.status !== 200) throw new Error(`/openapi.json answered ${res.status}`);
  const doc = (await res.json()) as OpenApiDoc;
  return { doc, operations: listOperations(doc, app) };
}

export const isPublic = (op: Operation) => op.access === 'public';
export const allows = (op: Operation, role: string) => op.access === 'public' || op.access.includes(role);

/** The last path parameter names the entity an operation acts on (`/agencies/{agencyId}/units/{unitId}` → the unit). */
export const targetParam = (op: Operation) => op.pathParams[op.pathParams.length - 1];

export class MissingFixtureError extends Error {}

export function resolvePath(op: Operation, values: Record<string, string>): string {
  return op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const v = values[name];
    if (v === undefined) {
      throw new MissingFixtureError(
        `${op.operationId} (${op.method} ${op.path}) has the path parameter {${name}}, which the route-table ` +
          `fixture map does not know. Add "${name}" to pathValuesFor() in tests/support/fixtures.ts, ` +
          'with a value taken from the tenant fixture.',
      );
    }
    return encodeURIComponent(v);
  });
}

export interface PlannedRequest {
  method: string;
  /** Path with the query string. */
  url: string;
  path: string;
  query: Record<string, string>;
  /** A JSON value, or a raw string sent as is (for the malformed-body cases). */
  body?: unknown;
}

export function urlOf(path: string, query: Record<string, string>): string {
  const qs = new URLSearchParams(query).toString();
  return qs ? `${path}?${qs}` : path;
}

const random = seededRandom(20260101);

/** A named value in a query string: a period object ({start, end} months) is written `start/end`. */
function queryValue(v: unknown): string {
  if (v && typeof v === 'object' && 'start' in v && 'end' in v) {
    const p = v as { start: unknown; end: unknown };
    return `${p.start}/${p.end}`;
  }
  return String(v);
}

/**
 * A request that the operation's own validation accepts: required fields generated from the schema,
 * fixture values for properties with a known name, and retries (with other enum values and pattern
 * matches) until the route's zod schema, refinements included, says yes.
 */
export function buildValidRequest(
  op: Operation,
  ctx: { pathValues: Record<string, string>; named: Record<string, unknown>; doc: OpenApiDoc },
): PlannedRequest {
  const path = resolvePath(op, ctx.pathValues);
  const gen = (schema: JsonSchema, attempt: number, name?: string) =>
    generateValue(
      schema,
      { named: ctx.named, random, attempt, doc: ctx.doc } satisfies GenerateOptions,
      name,
    );

  let query: Record<string, string> = {};
  let body: unknown;
  let lastError = '';
  for (let attempt = 0; attempt < 40; attempt++) {
    query = {};
    for (const q of op.query) {
      if (q.name in ctx.named) {
        // A name mapped to undefined is left out (an organisation named by agency, not unit).
        if (ctx.named[q.name] !== undefined) query[q.name] = queryValue(ctx.named[q.name]);
      } else if (q.required) query[q.name] = String(gen(q.schema, attempt, q.name));
    }
    body = op.body ? gen(op.body.schema, attempt) : undefined;
    const problems = [
      op.zod.query?.safeParse(query),
      op.body && op.zod.body ? op.zod.body.safeParse(body) : undefined,
    ].filter((r) => r && !r.success);
    if (problems.length === 0) return { method: op.method, path, url: urlOf(path, query), query, body };
    lastError = JSON.stringify(problems.map((p) => p?.error?.issues));
  }
  throw new Error(`cannot build a valid request for ${op.operationId}: ${lastError}`);
}
