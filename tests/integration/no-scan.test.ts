import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Runtime code never scans (ARCHITECTURE.md, issue 2 §3). This walks the runtime sources and fails
 * on any mention of ScanCommand or a `.scan(` call. Tests and the local tools may scan.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const ROOTS = ['packages', 'functions', 'infra'];
const SKIP_DIRS = new Set(['node_modules', 'cdk.out', 'dist', '.git']);

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!SKIP_DIRS.has(name)) walk(path, out);
    } else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) {
      out.push(path);
    }
  }
  return out;
}

function runtimeFiles(): string[] {
  return ROOTS.flatMap((r) => walk(join(ROOT, r), []))
    .map((p) => relative(ROOT, p).split('\\').join('/'))
    .filter((p) => !p.endsWith('.test.ts'))
    .filter((p) => !p.startsWith('packages/local/'))
    .filter((p) => !p.startsWith('packages/') || /^packages\/[^/]+\/src\//.test(p));
}

const FORBIDDEN = [/ScanCommand/, /\.scan\(/, /\bScanInput\b/, /['"]Scan['"]/];

describe('no Scan in runtime code', () => {
  it('finds the runtime sources it is meant to check', () => {
    const files = runtimeFiles();
    for (const must of [
      'packages/db/src/store.ts',
      'packages/http/src/app.ts',
      'functions/platform/routes/org.ts',
      'functions/registry.ts',
    ]) {
      expect(files).toContain(must);
    }
    expect(files.some((f) => f.startsWith('infra/'))).toBe(true);
    expect(files.some((f) => f.startsWith('packages/local/'))).toBe(false);
  });

  it('mentions ScanCommand or .scan( nowhere in packages/*/src, functions or infra', () => {
    const offenders: string[] = [];
    for (const file of runtimeFiles()) {
      const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (FORBIDDEN.some((re) => re.test(line))) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('would catch a scan if one were written', () => {
    const sample = "import { ScanCommand } from '@aws-sdk/lib-dynamodb';\nawait client.scan({ TableName });";
    expect(sample.split('\n').filter((l) => FORBIDDEN.some((re) => re.test(l)))).toHaveLength(2);
  });
});
