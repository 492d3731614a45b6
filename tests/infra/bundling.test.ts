import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/lib/app';
import { type Json, resources } from './support';

/** The slow one: real esbuild bundling, as `cdk synth`/`cdk deploy` do it. */
const outdir = mkdtempSync(join(tmpdir(), 'pamong-cdk-out-'));
const scratch = mkdtempSync(join(tmpdir(), 'pamong-bundle-'));
afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe('real bundling', () => {
  it('bundles functions/platform into a self-contained, minified ESM index.mjs without a source map', async () => {
    const { app, stacks } = await buildApp({
      outdir,
      webDistDir: null,
      context: { region: 'ap-southeast-3' },
    });
    app.synth();

    const platform = resources(Template.fromStack(stacks.api), 'AWS::Lambda::Function').find(
      ([, fn]: [string, Json]) =>
        fn.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME === 'pamong-platform',
    );
    expect(platform).toBeDefined();
    const [, fn] = platform!;
    expect(fn.Properties.Handler).toBe('index.handler');
    // The code's S3 key is the asset hash; the assembly's asset manifest says where that asset was staged.
    const hash = String(fn.Properties.Code.S3Key).replace(/\.zip$/, '');
    const assets = JSON.parse(readFileSync(join(outdir, `${stacks.api.artifactId}.assets.json`), 'utf8'));
    expect(assets.files[hash].source.packaging).toBe('zip');
    const assetDir = join(outdir, assets.files[hash].source.path);

    const bundle = join(assetDir, 'index.mjs');
    expect(existsSync(bundle)).toBe(true);
    expect(existsSync(join(assetDir, 'index.js'))).toBe(false);
    expect(existsSync(join(assetDir, 'index.mjs.map'))).toBe(false);
    const code = readFileSync(bundle, 'utf8');
    expect(
      code.startsWith(
        "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
      ),
    ).toBe(true);
    expect(code).toMatch(/export\s*\{[^}]*\bas handler\b[^}]*\}/);
    // Minified: long lines (only template literals and legal comments keep their line breaks).
    expect(code.length / code.split('\n').length).toBeGreaterThan(1000);
    expect(code).not.toContain('sourceMappingURL');
    // The SDK clients' default credential chain is the environment provider only (the root
    // package.json's override, packages/lambda-credentials): no web identity, container, SSO or
    // INI-file providers and their nested clients (~113 KiB) in a function.
    expect(code).toContain('Pamong reads AWS credentials from the environment only');
    for (const chainOnly of [
      'AWS_WEB_IDENTITY_TOKEN_FILE',
      'AWS_CONTAINER_CREDENTIALS_FULL_URI',
      'sso_start_url',
    ])
      expect(code, chainOnly).not.toContain(chainOnly);

    // Loads as ESM in a fresh Node process with no node_modules around it: nothing left unbundled.
    copyFileSync(bundle, join(scratch, 'index.mjs'));
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import('${join(scratch, 'index.mjs')}'); console.log(typeof m.handler);`,
      ],
      { cwd: scratch, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
    );
    expect(out.trim()).toBe('function');

    // And it answers as deployed: the zod validation of the bundle gives a problem+json 400 with
    // field paths, and /docs is there. Secrets Manager (the cursor key) is a local stub.
    const stub = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.setHeader('content-type', 'application/x-amz-json-1.1');
        res.end(JSON.stringify({ Name: 'cursor', SecretString: 'k'.repeat(64) }));
      });
    });
    await new Promise<void>((r) => stub.listen(0, '127.0.0.1', r));
    const port = (stub.address() as AddressInfo).port;
    const invoke = `
      const m = await import('${join(scratch, 'index.mjs')}');
      const event = (method, path, body) => ({ version: '2.0', routeKey: '$default', rawPath: path, rawQueryString: '',
        headers: { host: 'x', 'content-type': 'application/json' }, body, isBase64Encoded: false,
        requestContext: { http: { method, path, sourceIp: '127.0.0.1' }, requestId: 'r1' } });
      const bad = await m.handler(event('POST', '/v1/auth/login', JSON.stringify({ tenant: 'x', extra: 1 })), {});
      const docs = await m.handler(event('GET', '/docs'), {});
      console.log(JSON.stringify({ bad: { status: bad.statusCode, type: bad.headers['content-type'], body: JSON.parse(bad.body) },
        docs: { status: docs.statusCode, type: docs.headers['content-type'] } }));`;
    const answer = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ['--input-type=module', '-e', invoke],
        {
          cwd: scratch,
          encoding: 'utf8',
          env: {
            PATH: process.env.PATH ?? '',
            AWS_REGION: 'ap-southeast-3',
            AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
            AWS_SECRET_ACCESS_KEY: 'x',
            AWS_ENDPOINT_URL_SECRETS_MANAGER: `http://127.0.0.1:${port}`,
            AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
            TABLE_NAME: 'pamong',
            CURSOR_SECRET_ARN: 'arn:aws:secretsmanager:ap-southeast-3:000000000000:secret:cursor',
            TENANT_ACCESS_ROLE_ARN: 'arn:aws:iam::000000000000:role/tenant-access',
            USER_POOL_ID: 'ap-southeast-3_x',
            USER_POOL_CLIENT_ID: 'client',
            POWERTOOLS_LOG_LEVEL: 'ERROR',
          },
        },
        (err, stdout) => (err ? reject(err) : resolve(stdout)),
      ),
    ).finally(() => stub.close());
    const { bad, docs } = JSON.parse(answer.trim().split('\n').pop()!);
    expect(bad.status).toBe(400);
    expect(bad.type).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['extra', 'username', 'password']),
    );
    expect(docs).toEqual({ status: 200, type: expect.stringContaining('text/html') });
  });
});
