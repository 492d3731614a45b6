import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
import {
  actionsOf,
  asArray,
  authorizationFor,
  authorizationOf,
  type Json,
  jwtAuthorizers,
  resources,
  single,
  synthFast,
} from './support';

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

/** A manifest prefix and the function whose manifest lists it. */
interface Claim {
  name: string;
  route: RouteSpec;
}
const depth = (prefix: string) => segmentsOf(prefix).length;
const where = (c: Claim) =>
  `${c.name}:${c.route.path}${c.route.public ? ' (public)' : c.route.tokens ? ` (tokens ${c.route.tokens})` : ''}`;

/**
 * The prefix whose routes take every request for `path`, or why there is none. API Gateway picks
 * the most specific route, so of the prefixes `path` falls under (`covers`), the LONGEST claims it.
 * Every other prefix reaching some of its requests must lie above the claimant (shorter, and
 * covering the claimant's own prefix), so that it always loses; anything else (a prefix of equal
 * depth, or one a parameter of `path` may or may not match) takes some of its requests.
 */
function claimIn(claims: Claim[], path: string): Claim | string {
  const reaching = claims.filter((c) => overlaps(c.route.path, path));
  const under = reaching.filter((c) => covers(c.route.path, path));
  if (under.length === 0)
    return `falls under no prefix (partly reached by [${reaching.map(where).join(', ')}])`;
  const claimant = under.reduce((a, b) => (depth(b.route.path) > depth(a.route.path) ? b : a));
  const rivals = reaching.filter(
    (c) =>
      c !== claimant &&
      !(depth(c.route.path) < depth(claimant.route.path) && covers(c.route.path, claimant.route.path)),
  );
  if (rivals.length > 0)
    return `falls under ${where(claimant)}, but [${rivals.map(where).join(', ')}] take some of its requests`;
  return claimant;
}

/**
 * Pairs of prefixes of two different functions where one reaches the other's paths: nesting across
 * manifests is a routing trap: the inner function silently takes part of the outer one's paths, and
 * neither manifest shows it. Within one manifest it is how a function gives a sub-path other tokens
 * (`/v1/recruitment/me` under `/v1/recruitment`).
 */
function nestedAcrossFunctions(specs: Pick<FunctionSpec, 'name' | 'routes'>[]): string[] {
  const problems: string[] = [];
  for (const outer of specs)
    for (const inner of specs)
      if (outer !== inner)
        for (const o of outer.routes)
          for (const i of inner.routes)
            if (overlaps(o.path, i.path))
              problems.push(`${inner.name}:${i.path} lies under ${outer.name}:${o.path}`);
  return problems;
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

describe('the real functions: every operation is claimed by the longest prefix it falls under, of its own manifest', () => {
  let wired: Wired[];
  let merged: Operation[];
  let claims: Claim[];
  const claimOf = (path: string) => claimIn(claims, path);
  const ownerOf = (op: Operation) =>
    single(
      wired.filter((w) => w.registered.some((o) => o.operationId === op.operationId)),
      `function registering ${op.operationId}`,
    );
  const label = (op: Operation) =>
    `${op.operationId} (${op.method} ${op.path}, ${isPublic(op) ? 'public' : (op.access as string[]).join('|')})`;

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
    claims = wired.flatMap((w) => w.spec.routes.map((route) => ({ name: w.name, route })));
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

  it('claimIn: the longest prefix a path falls under claims it; a prefix reaching only some of its requests is refused', () => {
    const c = (name: string, path: string, extra: Partial<RouteSpec> = {}): Claim => ({
      name,
      route: { path, public: false, ...extra },
    });
    const outer = c('a', '/v1/r');
    const inner = c('a', '/v1/r/me', { tokens: 'applicants' });
    expect(claimIn([outer, inner], '/v1/r/me/profile')).toBe(inner);
    expect(claimIn([outer, inner], '/v1/r/me')).toBe(inner);
    expect(claimIn([inner, outer], '/v1/r/rounds/{roundId}')).toBe(outer);
    expect(claimIn([inner, outer], '/v1/r/{id}/x')).toMatch(/falls under a:\/v1\/r, but \[a:\/v1\/r\/me/);
    expect(claimIn([outer], '/v1/other')).toMatch(/falls under no prefix/);
    expect(claimIn([c('a', '/v1/public/{tenant}'), c('b', '/v1/public/x')], '/v1/public/x/y')).toMatch(
      /take some of its requests/,
    );
  });

  it('nested prefixes stay within one manifest: no prefix of one function lies under a prefix of another', () => {
    expect(nestedAcrossFunctions(wired.map((w) => w.spec))).toEqual([]);
    // Within one manifest, as /v1/recruitment/me under /v1/recruitment, nesting is allowed...
    const route = (path: string): RouteSpec => ({ path, public: false });
    expect(nestedAcrossFunctions([{ name: 'a', routes: [route('/v1/a'), route('/v1/a/me')] }])).toEqual([]);
    // ...across two it is refused, whichever is listed first, and through a {tenant} segment too.
    expect(
      nestedAcrossFunctions([
        { name: 'a', routes: [route('/v1/a/me')] },
        { name: 'b', routes: [route('/v1/a')] },
      ]),
    ).toEqual(['a:/v1/a/me lies under b:/v1/a']);
    expect(
      nestedAcrossFunctions([
        { name: 'a', routes: [route('/v1/public/{tenant}/x')] },
        { name: 'b', routes: [route('/v1/public/y')] },
      ]),
    ).toEqual(['a:/v1/public/{tenant}/x lies under b:/v1/public/y']);
  });

  it('every operation of the document: the longest prefix it falls under claims it, of the function that registers it, public exactly when the operation is', () => {
    const problems: string[] = [];
    for (const op of merged) {
      const owner = ownerOf(op);
      const claim = claimOf(op.path);
      if (typeof claim === 'string') problems.push(`${label(op)} ${claim}`);
      else if (claim.name !== owner.name)
        problems.push(`${label(op)} is registered by ${owner.name} but routed to ${where(claim)}`);
      else if (claim.route.public !== isPublic(op))
        problems.push(
          `${label(op)} sits under ${where(claim)}, whose public flag is ${claim.route.public}: API Gateway would ` +
            (claim.route.public ? 'let it through without a verified token' : 'refuse it without a token'),
        );
    }
    expect(problems).toEqual([]);
  });

  it("the tokens of an operation's prefix let its roles in: applicant operations under applicants/both, applicants-only prefixes for the applicant role only", () => {
    const problems: string[] = [];
    let applicantOps = 0;
    for (const op of merged) {
      const claim = claimOf(op.path);
      if (isPublic(op) || typeof claim === 'string') continue; // public, or refused by the test above
      const tokens = claim.route.tokens ?? 'staff';
      const roles = op.access as string[];
      if (roles.includes('applicant')) {
        applicantOps++;
        if (tokens !== 'applicants' && tokens !== 'both')
          problems.push(`${label(op)} allows applicants, but ${where(claim)} takes staff tokens only`);
      }
      if (tokens === 'applicants' && (roles.length !== 1 || roles[0] !== 'applicant'))
        problems.push(
          `${label(op)} sits under ${where(claim)}, whose gateway refuses every token but an applicant's`,
        );
    }
    expect(problems).toEqual([]);
    expect(applicantOps).toBeGreaterThan(0);
  });

  it('/v1/recruitment/me takes applicant tokens, and every operation under it allows the applicant role only', () => {
    const me = single(
      claims.filter((c) => c.route.path === '/v1/recruitment/me'),
      '/v1/recruitment/me prefix',
    );
    expect(where(me)).toBe('recruitment:/v1/recruitment/me (tokens applicants)');
    const under = merged.filter((op) => covers(me.route.path, op.path));
    expect(under.length).toBeGreaterThan(0);
    for (const op of under) expect(op.access, label(op)).toEqual(['applicant']);
    // The staff prefix above it still claims the staff's recruitment operations.
    const staffOps = merged.filter((op) => {
      const claim = claimOf(op.path);
      return typeof claim !== 'string' && claim.route.path === '/v1/recruitment';
    });
    expect(staffOps.length).toBeGreaterThan(0);
  });

  it("every route a Lambda answers (the non-OpenAPI ones too) is claimed by one of its own manifest's prefixes", () => {
    const problems: string[] = [];
    for (const w of wired) {
      expect(w.served.length, w.name).toBeGreaterThan(0);
      for (const r of w.served) {
        const claim = claimOf(r.path);
        if (typeof claim === 'string')
          problems.push(`${w.name} answers ${r.method} ${r.path}, which ${claim}`);
        else if (claim.name !== w.name)
          problems.push(`${w.name} answers ${r.method} ${r.path}, claimed by ${where(claim)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every manifest prefix claims at least one route of its function (no prefix routes to nothing)', () => {
    const idle = claims
      .filter((c) => !wired.find((w) => w.name === c.name)!.served.some((r) => claimOf(r.path) === c))
      .map(where);
    expect(idle).toEqual([]);
  });

  it('the synthesized HTTP API sends each operation to the Lambda of the function that registers it, through the most specific route, with the authorizer its prefix asks for', async () => {
    const { templates } = await synthFast();
    const api = templates.api;
    const { staff, applicants } = jwtAuthorizers(api);
    const ids = { staff: staff[0], applicants: applicants[0] };
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
      const [type, authorizer] = authorizationOf(p);
      return {
        method,
        key,
        prefix: greedy ? key.slice(0, -'/{proxy+}'.length) : key,
        greedy,
        fn: integrationFn.get(target),
        auth: [type, authorizer] as [string, Json],
        gate:
          type === 'NONE'
            ? 'none'
            : authorizer?.Ref === ids.staff
              ? 'staff JWT'
              : authorizer?.Ref === ids.applicants
                ? 'applicant JWT'
                : `unknown ${JSON.stringify(authorizer)}`,
      };
    });
    type Route = (typeof routes)[number];
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.every((r) => r.method === 'ANY' && r.fn)).toBe(true);
    // A route takes a path exactly (`ANY /p`) or everything below it (`ANY /p/{proxy+}`).
    const takes = (r: Route, path: string, match: typeof covers) =>
      r.greedy
        ? depth(path) > depth(r.prefix) && match(r.prefix, path)
        : depth(path) === depth(r.prefix) && match(r.prefix, path);
    // API Gateway's choice among the routes that take the whole path: an exact route over a greedy
    // one, and of greedy ones the deepest. Every other route reaching the path must lose to it.
    const loses = (other: Route, winner: Route) =>
      other.greedy &&
      (!winner.greedy || (depth(other.prefix) < depth(winner.prefix) && covers(other.prefix, winner.prefix)));
    const problems: string[] = [];
    let nested = 0;
    for (const op of merged) {
      const owner = ownerOf(op);
      const reaching = routes.filter((r) => takes(r, op.path, overlaps));
      const context = `${label(op)} reaches [${reaching.map((r) => `${r.key} → ${r.fn} ${r.gate}`).join(', ')}]`;
      const whole = reaching.filter((r) => takes(r, op.path, covers));
      const winner =
        whole.find((r) => !r.greedy) ?? whole.sort((a, b) => depth(b.prefix) - depth(a.prefix))[0];
      if (!winner || reaching.some((r) => r !== winner && !loses(r, winner))) {
        problems.push(`${context}: no one route wins`);
        continue;
      }
      if (reaching.length > 1) nested++;
      const claim = claimOf(op.path);
      if (winner.fn !== owner.name)
        problems.push(`${context}: ${winner.key} wins, but ${owner.name} registers it`);
      else if (typeof claim === 'string' || claim.route.path !== winner.prefix)
        problems.push(
          `${context}: ${winner.key} wins, but the manifests say ${typeof claim === 'string' ? claim : where(claim)}`,
        );
      else if (JSON.stringify(winner.auth) !== JSON.stringify(authorizationFor(claim.route, ids)))
        problems.push(`${context}: ${winner.key} has ${winner.gate}, but ${where(claim)} asks otherwise`);
      // And whatever the manifests say, the gate must let the operation's callers through.
      else if (isPublic(op) ? winner.gate !== 'none' : refuses(winner.gate, op.access as string[]))
        problems.push(`${context}: ${winner.key}'s ${winner.gate} refuses some of its callers`);
    }
    expect(problems).toEqual([]);
    // The nested prefixes are exercised: /v1/recruitment/me/... is reached by /v1/recruitment's route too.
    expect(nested).toBeGreaterThan(0);
  });
});

/** Whether a gateway check refuses some role an operation allows (`none`: the function checks). */
function refuses(gate: string, roles: string[]): boolean {
  if (gate === 'none') return false;
  if (gate === 'applicant JWT') return roles.some((r) => r !== 'applicant');
  if (gate === 'staff JWT') return roles.includes('applicant');
  return true;
}

describe('the real functions: each handler passes the adapters its manifest asks the stack for', () => {
  // The stack grants a bucket or the worker's invoke from `needs`; the handler must also build the
  // adapter, or the route answers 503 in AWS although it works locally (where the stack lends both).
  // The recruitment handler once lacked `documents`: its uploads worked only locally.
  it.each(functionFolders(FUNCTIONS_DIR))('%s', async (name) => {
    const spec = (await discoverFunctions(FUNCTIONS_DIR)).find((s) => s.name === name)!;
    const handler = readFileSync(join(FUNCTIONS_DIR, name, 'handler.ts'), 'utf8');
    const documents = spec.needs.some((n) => n.endsWith('documents'));
    expect(/\bdocuments:\s*createS3DocumentStore\b/.test(handler), `${name}: documents adapter`).toBe(
      documents,
    );
    expect(/\btasks:\s*createLambdaTaskQueue\b/.test(handler), `${name}: task queue`).toBe(
      spec.needs.includes('tasks'),
    );
  });
});
