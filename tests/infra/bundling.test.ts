import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
  it('bundles functions/platform into a self-contained, minified ESM index.mjs with a source map', async () => {
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
    expect(existsSync(join(assetDir, 'index.mjs.map'))).toBe(true);
    const code = readFileSync(bundle, 'utf8');
    expect(
      code.startsWith(
        "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
      ),
    ).toBe(true);
    expect(code).toMatch(/export\s*\{[^}]*\bas handler\b[^}]*\}/);
    // Minified: long lines (only template literals and legal comments keep their line breaks).
    expect(code.length / code.split('\n').length).toBeGreaterThan(1000);
    expect(code).toMatch(/\/\/# sourceMappingURL=index\.mjs\.map\s*$/);

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
  });
});
