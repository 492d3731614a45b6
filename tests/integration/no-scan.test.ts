import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Runtime code never scans (ARCHITECTURE.md, issue 2 §3), and never reaches the table through
 * PartiQL either: a `SELECT` without a key condition is a Scan by another name, and statements
 * escape the key builders. This walks the runtime sources and fails on any mention of ScanCommand,
 * a `.scan(` call, or PartiQL's ExecuteStatement, BatchExecuteStatement and ExecuteTransaction
 * (commands, client methods, IAM actions). Tests and the local tools may scan.
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

/** The runtime sources under `root`: packages' src (but not packages/local), functions, infra. */
function runtimeFiles(root: string): string[] {
  return ROOTS.flatMap((r) => {
    try {
      return walk(join(root, r), []);
    } catch {
      return [];
    }
  })
    .map((p) => relative(root, p).split('\\').join('/'))
    .filter((p) => !p.endsWith('.test.ts'))
    .filter((p) => !p.startsWith('packages/local/'))
    .filter((p) => !p.startsWith('packages/') || /^packages\/[^/]+\/src\//.test(p));
}

const FORBIDDEN = [
  // Scan
  /ScanCommand/,
  /\.scan\(/,
  /\bScanInput\b/,
  /['"`](dynamodb:)?Scan['"`]/,
  // PartiQL: the commands (client-dynamodb and lib-dynamodb), the aggregated client's methods, the
  // operation names and the IAM actions (dynamodb:PartiQLSelect and the like).
  /\b(Batch)?ExecuteStatement(Command|Input|Output)?\b/,
  /\bExecuteTransaction(Command|Input|Output)?\b/,
  /\.(batchExecuteStatement|executeStatement|executeTransaction)\(/,
  /\bPartiQL/i,
];

/** Every line of the runtime sources under `root` that mentions a forbidden call. */
function offenders(root: string): string[] {
  const found: string[] = [];
  for (const file of runtimeFiles(root)) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (FORBIDDEN.some((re) => re.test(line))) found.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

describe('no Scan and no PartiQL in runtime code', () => {
  it('finds the runtime sources it is meant to check', () => {
    const files = runtimeFiles(ROOT);
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

  it('mentions Scan or PartiQL nowhere in packages/*/src, functions or infra', () => {
    expect(offenders(ROOT)).toEqual([]);
  });

  describe('the checker, on a planted source tree', () => {
    const planted = mkdtempSync(join(tmpdir(), 'no-scan-'));
    afterAll(() => rmSync(planted, { recursive: true, force: true }));
    const plant = (path: string, text: string) => {
      mkdirSync(dirname(join(planted, path)), { recursive: true });
      writeFileSync(join(planted, path), text);
    };
    plant(
      'packages/db/src/clean.ts',
      "import { QueryCommand } from '@aws-sdk/lib-dynamodb';\nexport const scanned = 'no';\n",
    );
    plant(
      'packages/db/src/scan.ts',
      "import { ScanCommand } from '@aws-sdk/lib-dynamodb';\nawait client.scan({ TableName });\n",
    );
    plant(
      'functions/reports/partiql.ts',
      [
        "import { ExecuteStatementCommand } from '@aws-sdk/lib-dynamodb';",
        'await doc.send(new ExecuteStatementCommand({ Statement: `SELECT * FROM "t"` }));',
        "import { BatchExecuteStatementCommand, ExecuteTransactionCommand } from '@aws-sdk/client-dynamodb';",
        'await ddb.executeTransaction({ TransactStatements: [] });',
      ].join('\n'),
    );
    plant('infra/lib/policy.ts', "actions: ['dynamodb:Scan', 'dynamodb:PartiQLSelect'],\n");
    // Outside the runtime sources: tests and the local tools may scan.
    plant('packages/db/src/scan.test.ts', "import { ScanCommand } from '@aws-sdk/lib-dynamodb';\n");
    plant('packages/local/src/dump.ts', "import { ScanCommand } from '@aws-sdk/lib-dynamodb';\n");

    it('flags a planted Scan, a planted ExecuteStatement and the other PartiQL calls, and nothing else', () => {
      const found = offenders(planted);
      expect(found).toEqual([
        expect.stringMatching(/^packages\/db\/src\/scan\.ts:1: .*ScanCommand/),
        expect.stringMatching(/^packages\/db\/src\/scan\.ts:2: .*\.scan\(/),
        expect.stringMatching(/^functions\/reports\/partiql\.ts:1: .*ExecuteStatementCommand/),
        expect.stringMatching(/^functions\/reports\/partiql\.ts:2: /),
        expect.stringMatching(/^functions\/reports\/partiql\.ts:3: .*BatchExecuteStatementCommand/),
        expect.stringMatching(/^functions\/reports\/partiql\.ts:4: .*executeTransaction/),
        expect.stringMatching(/^infra\/lib\/policy\.ts:1: /),
      ]);
    });
  });
});
