import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverFunctions } from '../../infra/lib/functions';
import { actionsOf, asArray, resources, single, synthFast } from './support';

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
