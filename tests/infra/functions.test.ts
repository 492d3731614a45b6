import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type AppDeps, createFunctionApp, type RouteApp } from '@pamong/http';
import { buildOpenApiDocument } from '@pamong/http/openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS_DIR, functionFolders } from '../../functions/discover';
import { apiDocument, FUNCTION_ROUTES, matchFolders } from '../../functions/registry';
import { discoverFunctions, type FunctionSpec, type RouteSpec } from '../../infra/lib/functions';
import { isPublic, listOperations, type OpenApiDoc, type Operation } from '../harness/operations';
import { actionsOf, asArray, type Json, resources, single, synthFast } from './support';

const FIXTURES = fileURLToPath(new URL('./fixtures/functions', import.meta.url));

const scratch = mkdtempSync(join(tmpdir(), 'pamong-functions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A functions/ folder with the given `<name>/manifest.ts` bodies (each also gets a handler.ts). */
function functionsDir(label: string, manifests: Record<string, string | null>): string {
  const dir = join(scratch, label);
  for (const [name, manifest] of Object.entries(manifests)) {
    mkdirSync(join(dir, name), { recursive: true });
    writeFileSync(
      join(dir, name, 'handler.ts'),
      'export const handler = async () => ({ statusCode: 200 });\n',
    );
    if (manifest !== null)
      writeFileSync(join(dir, name, 'manifest.ts'), `export const manifest = ${manifest};\n`);
  }
  return dir;
}

describe('function discovery', () => {
  it('finds every folder with a handler.ts, sorted, and skips the others', async () => {
    const specs = await discoverFunctions(FIXTURES);
    expect(specs.map((s) => s.name)).toEqual(['alpha', 'beta']);
    expect(specs[0]!.routes).toEqual([
      { path: '/v1/alpha', public: false },
      { path: '/v1/public/alpha', public: true },
    ]);
    expect(specs[1]!.entry).toBe(join(FIXTURES, 'beta', 'handler.ts'));
  });

  it('refuses a prefix claimed by two functions', async () => {
    const dir = functionsDir('dup', {
      one: "{ name: 'one', routes: [{ path: '/v1/shared', public: false }] }",
      two: "{ name: 'two', routes: [{ path: '/v1/shared', public: true }] }",
    });
    await expect(discoverFunctions(dir)).rejects.toThrow('/v1/shared is claimed by both one and two');
  });

  it('refuses a handler without manifest, a manifest naming another folder, and malformed prefixes', async () => {
    await expect(discoverFunctions(functionsDir('missing', { lone: null }))).rejects.toThrow(
      'no manifest.ts',
    );
    await expect(
      discoverFunctions(
        functionsDir('misnamed', { real: "{ name: 'other', routes: [{ path: '/v1/x', public: false }] }" }),
      ),
    ).rejects.toThrow('name "real"');
    for (const [label, path] of [
      ['trailing', '/v1/x/'],
      ['relative', 'v1/x'],
      ['param', '/v1/{id}'],
      ['proxy', '/v1/public/{proxy+}'],
    ] as const) {
      const dir = functionsDir(label, { fn: `{ name: 'fn', routes: [{ path: '${path}', public: false }] }` });
      await expect(discoverFunctions(dir), path).rejects.toThrow('must look like');
    }
    const noFlag = functionsDir('noflag', { fn: "{ name: 'fn', routes: [{ path: '/v1/x' }] }" });
    await expect(discoverFunctions(noFlag)).rejects.toThrow('public: true|false');
  });

  it('refuses an empty functions folder', async () => {
    const empty = join(scratch, 'empty');
    mkdirSync(empty);
    await expect(discoverFunctions(empty)).rejects.toThrow('no function found');
  });

  it('builds one function, one role and its routes per folder, and the tenant role trusts each role', async () => {
    const { templates } = await synthFast({ functionsDir: FIXTURES });
    const fns = resources(templates.api, 'AWS::Lambda::Function');
    expect(fns.map(([, f]) => f.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME).sort()).toEqual([
      'pamong-alpha',
      'pamong-beta',
    ]);
    const keys = resources(templates.api, 'AWS::ApiGatewayV2::Route').map(([, r]) => [
      r.Properties.RouteKey,
      r.Properties.AuthorizationType ?? 'NONE',
    ]);
    expect(keys.sort()).toEqual(
      [
        ['ANY /v1/alpha', 'JWT'],
        ['ANY /v1/alpha/{proxy+}', 'JWT'],
        ['ANY /v1/public/alpha', 'NONE'],
        ['ANY /v1/public/alpha/{proxy+}', 'NONE'],
        ['ANY /v1/beta', 'JWT'],
        ['ANY /v1/beta/{proxy+}', 'JWT'],
      ].sort(),
    );
    const roleIds = fns.map(([, f]) => f.Properties.Role['Fn::GetAtt'][0]);
    expect(new Set(roleIds).size).toBe(2);
    const [, tenantRole] = single(
      resources(templates.api, 'AWS::IAM::Role').filter(([, r]) =>
        r.Properties.AssumeRolePolicyDocument.Statement.some((s: { Action: string[] }) =>
          actionsOf(s).includes('sts:TagSession'),
        ),
      ),
      'tenant-access role',
    );
    const trusted = tenantRole.Properties.AssumeRolePolicyDocument.Statement.flatMap(
      (s: { Principal: { AWS: unknown } }) => asArray(s.Principal.AWS),
    );
    expect(trusted.map((p: { 'Fn::GetAtt': string[] }) => p['Fn::GetAtt'][0]).sort()).toEqual(roleIds.sort());
  });
});

// ---------------------------------------------------------------- the real functions' wiring

/**
 * API Gateway sends `ANY <prefix>` and `ANY <prefix>/{proxy+}` to the function whose manifest lists
 * the prefix. Each segment of a prefix is a literal or `{tenant}`, which takes any one segment.
 */
const segmentsOf = (path: string) => path.split('/').slice(1);
const isParam = (segment: string) => /^\{[^}]+\}$/.test(segment);

/** Every request for `path` (whatever its parameters hold) reaches `prefix`'s routes. */
function covers(prefix: string, path: string): boolean {
  const pre = segmentsOf(prefix);
  const seg = segmentsOf(path);
  return pre.length <= seg.length && pre.every((p, i) => isParam(p) || p === seg[i]);
}

/** Some request for `path` reaches `prefix`'s routes (a parameter of the path may hold its literal). */
function overlaps(prefix: string, path: string): boolean {
  const pre = segmentsOf(prefix);
  const seg = segmentsOf(path);
  return pre.length <= seg.length && pre.every((p, i) => isParam(p) || isParam(seg[i]!) || p === seg[i]);
}

/** Building an app registers routes and touches no dependency; any use of one is a bug here. */
const offline = new Proxy({} as AppDeps, {
  get: (_t, prop) => {
    throw new Error(`wiring: the app used deps.${String(prop)} while being built`);
  },
});

interface Wired {
  name: string;
  spec: FunctionSpec;
  /** The operations `FUNCTION_ROUTES` registers for it (what the merged app and the harness see). */
  registered: Operation[];
  /** The Lambda's own app (`functions/<name>/app.ts`, its `create…App`): its operations... */
  deployed: Operation[];
  /** ...and every route it answers, as `METHOD /path/{param}` (non-OpenAPI ones such as /docs too). */
  served: { method: string; path: string }[];
}

const operationsOf = (app: RouteApp) => listOperations(buildOpenApiDocument(app) as OpenApiDoc);

/** The Lambda's app, found as the bench finds it: the one `create…App` export of `app.ts`. */
async function lambdaApp(name: string): Promise<RouteApp> {
  const mod = (await import(pathToFileURL(join(FUNCTIONS_DIR, name, 'app.ts')).href)) as Record<
    string,
    unknown
  >;
  const creators = Object.entries(mod).filter(
    ([k, v]) => /^create\w*App$/.test(k) && typeof v === 'function',
  );
  if (creators.length !== 1)
    throw new Error(`functions/${name}/app.ts must export exactly one create…App (found ${creators.length})`);
  return (creators[0]![1] as (deps: AppDeps) => RouteApp)(offline);
}

function servedRoutes(app: RouteApp): { method: string; path: string }[] {
  const seen = new Map<string, { method: string; path: string }>();
  for (const r of app.routes) {
    if (r.path.includes('*')) continue; // the shared middleware (`app.use`), on every path
    const path = r.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    seen.set(`${r.method} ${path}`, { method: r.method, path });
  }
  return [...seen.values()];
}

describe('the real functions: every operation sits under exactly one prefix of its own manifest', () => {
  let wired: Wired[];
  let merged: Operation[];
  const claimsOf = (path: string) =>
    wired.flatMap((w) => w.spec.routes.filter((r) => overlaps(r.path, path)).map((route) => ({ w, route })));

  beforeAll(async () => {
    const specs = await discoverFunctions(FUNCTIONS_DIR);
    wired = await Promise.all(
      specs.map(async (spec) => {
        const entry = FUNCTION_ROUTES.find((f) => f.name === spec.name);
        if (!entry) throw new Error(`functions/registry.ts does not register ${spec.name}`);
        const registeredApp = createFunctionApp(offline);
        entry.register(registeredApp);
        const app = await lambdaApp(spec.name);
        return {
          name: spec.name,
          spec,
          registered: operationsOf(registeredApp),
          deployed: operationsOf(app),
          served: servedRoutes(app),
        };
      }),
    );
    merged = listOperations(apiDocument() as OpenApiDoc);
  });

  it('the registry mounts exactly the functions the folder scan finds, the scan infra deploys from', () => {
    const scanned = functionFolders();
    expect(scanned.length).toBeGreaterThan(1);
    expect(FUNCTION_ROUTES.map((f) => f.name).sort()).toEqual(scanned);
    expect(wired.map((w) => w.name)).toEqual(scanned);
    // What the registry does at load when they differ:
    expect(matchFolders(['a', 'b'], { b: 2, a: 1 })).toEqual([
      { name: 'b', register: 2 },
      { name: 'a', register: 1 },
    ]);
    expect(() => matchFolders(['a', 'b'], { a: 1 })).toThrow(
      'functions/b has a handler.ts but functions/registry.ts does not register it',
    );
    expect(() => matchFolders(['a'], { a: 1, c: 3 })).toThrow(
      'registers "c", which is no functions/<name>/handler.ts',
    );
  });

  it("each function's Lambda app serves the operations the registry mounts for it, and together they are the document", () => {
    for (const w of wired) {
      expect(w.deployed.map((o) => o.operationId).sort(), w.name).toEqual(
        w.registered.map((o) => o.operationId).sort(),
      );
      expect(w.registered.length, `${w.name} registers no operation`).toBeGreaterThan(0);
    }
    const all = wired.flatMap((w) => w.registered.map((o) => o.operationId));
    expect(new Set(all).size, 'an operationId registered by two functions').toBe(all.length);
    expect(all.sort()).toEqual(merged.map((o) => o.operationId).sort());
  });

  it('every operation of the document: one prefix claims it, of the function that registers it, public exactly when the operation is', () => {
    const problems: string[] = [];
    for (const op of merged) {
      const name = `${op.operationId} (${op.method} ${op.path}, ${isPublic(op) ? 'public' : 'token'})`;
      const owner = single(
        wired.filter((w) => w.registered.some((o) => o.operationId === op.operationId)),
        `function registering ${op.operationId}`,
      );
      const claims = claimsOf(op.path);
      const where = claims.map((c) => `${c.w.name}:${c.route.path}${c.route.public ? ' (public)' : ''}`);
      if (claims.length !== 1) {
        problems.push(
          `${name} is claimed by ${claims.length} prefixes [${where.join(', ')}], not exactly one`,
        );
        continue;
      }
      const [{ w, route }] = claims as [{ w: Wired; route: RouteSpec }];
      if (w !== owner) problems.push(`${name} is registered by ${owner.name} but routed to ${where[0]}`);
      else if (!covers(route.path, op.path))
        problems.push(`${name}: ${where[0]} takes only some of its requests`);
      else if (route.public !== isPublic(op))
        problems.push(
          `${name} sits under ${where[0]}, whose public flag is ${route.public}: API Gateway would ` +
            (route.public ? 'let it through without a verified token' : 'refuse it without a token'),
        );
    }
    expect(problems).toEqual([]);
  });

  it("every route a Lambda answers (the non-OpenAPI ones too) lies under one of its own manifest's prefixes", () => {
    const problems: string[] = [];
    for (const w of wired) {
      expect(w.served.length, w.name).toBeGreaterThan(0);
      for (const r of w.served) {
        const claims = claimsOf(r.path);
        const mine = claims.filter((c) => c.w === w && covers(c.route.path, r.path));
        if (claims.length !== 1 || mine.length !== 1)
          problems.push(
            `${w.name} answers ${r.method} ${r.path}, claimed by [${claims.map((c) => `${c.w.name}:${c.route.path}`).join(', ')}]`,
          );
      }
    }
    expect(problems).toEqual([]);
  });

  it('every manifest prefix leads to at least one route of its function (no prefix routes to nothing)', () => {
    const idle = wired.flatMap((w) =>
      w.spec.routes
        .filter((route) => !w.served.some((r) => covers(route.path, r.path)))
        .map((route) => `${w.name}:${route.path}`),
    );
    expect(idle).toEqual([]);
  });

  it('the synthesized HTTP API sends each operation to the Lambda of the function that registers it, with the JWT authorizer unless public', async () => {
    const { templates } = await synthFast();
    const api = templates.api;
    const fnName = new Map(
      resources(api, 'AWS::Lambda::Function').map(([id, f]) => [
        id,
        String(f.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME).replace(/^pamong-/, ''),
      ]),
    );
    const integrationFn = new Map(
      resources(api, 'AWS::ApiGatewayV2::Integration').map(([id, i]) => [
        id,
        fnName.get(i.Properties.IntegrationUri['Fn::GetAtt'][0]),
      ]),
    );
    const routes = resources(api, 'AWS::ApiGatewayV2::Route').map(([, r]) => {
      const p: Json = r.Properties;
      const [method, key] = String(p.RouteKey).split(' ') as [string, string];
      const greedy = key.endsWith('/{proxy+}');
      const target = p.Target['Fn::Join'][1][1].Ref as string;
      return {
        method,
        key,
        prefix: greedy ? key.slice(0, -'/{proxy+}'.length) : key,
        greedy,
        fn: integrationFn.get(target),
        jwt: p.AuthorizationType === 'JWT',
      };
    });
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.every((r) => r.method === 'ANY' && r.fn)).toBe(true);
    // A route takes a path exactly (`ANY /p`) or everything below it (`ANY /p/{proxy+}`).
    const takes = (r: (typeof routes)[number], path: string, match: typeof covers) =>
      r.greedy
        ? segmentsOf(path).length > segmentsOf(r.prefix).length && match(r.prefix, path)
        : segmentsOf(path).length === segmentsOf(r.prefix).length && match(r.prefix, path);
    const problems: string[] = [];
    for (const op of merged) {
      const owner = wired.find((w) => w.registered.some((o) => o.operationId === op.operationId))!;
      const reaching = routes.filter((r) => takes(r, op.path, overlaps));
      const context = `${op.operationId} (${op.method} ${op.path}) reaches [${reaching.map((r) => `${r.key} → ${r.fn}${r.jwt ? ' JWT' : ''}`).join(', ')}]`;
      if (reaching.length !== 1 || !takes(reaching[0]!, op.path, covers))
        problems.push(`${context}: not one route`);
      else if (reaching[0]!.fn !== owner.name) problems.push(`${context}: registered by ${owner.name}`);
      else if (reaching[0]!.jwt === isPublic(op))
        problems.push(`${context}: the authorizer disagrees with its access`);
    }
    expect(problems).toEqual([]);
  });
});
