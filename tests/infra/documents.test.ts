import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor, Store } from '@pamong/db';
import * as leaveFilesRepo from '@pamong/db/repos/attendance/leave-files';
import * as skpDocumentsRepo from '@pamong/db/repos/performance/skp-documents';
import * as importsRepo from '@pamong/db/repos/personnel/imports';
import * as recruitmentScoreImportsRepo from '@pamong/db/repos/recruitment/score-imports';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../infra/lib/app';
import { IMPORT_OBJECTS, LEAVE_OBJECTS, SKP_OBJECTS } from '../../infra/lib/constructs/documents-access';
import { discoverFunctions } from '../../infra/lib/functions';
import {
  actionsOf,
  asArray,
  type Json,
  resources,
  single,
  statementsOfRole,
  synthFast,
  type Templates,
} from './support';

let t: Templates;
beforeAll(async () => {
  ({ templates: t } = await synthFast());
});

const scratch = mkdtempSync(join(tmpdir(), 'pamong-needs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const lambdas = () => resources(t.api, 'AWS::Lambda::Function');
const service = (fn: Json) => fn.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME as string;
const roleOf = (fn: Json) => fn.Properties.Role['Fn::GetAtt'][0] as string;
/** The functions with an import worker (`documents` and `tasks` needs): employees, exam scores. */
const IMPORTERS = ['personnel', 'recruitment'] as const;
type Importer = (typeof IMPORTERS)[number];
const fnOf = (name: string): [string, Json] =>
  single(
    lambdas().filter(([, fn]) => service(fn) === `pamong-${name}`),
    `${name} function`,
  );
const workerOf = (name: Importer): [string, Json] => fnOf(`${name}-worker`);
const attendance = (): [string, Json] =>
  single(
    lambdas().filter(([, fn]) => service(fn) === 'pamong-attendance'),
    'attendance function',
  );
const performance = (): [string, Json] =>
  single(
    lambdas().filter(([, fn]) => service(fn) === 'pamong-performance'),
    'performance function',
  );
const others = () =>
  lambdas().filter(
    ([, fn]) =>
      ![
        ...IMPORTERS.flatMap((n) => [`pamong-${n}`, `pamong-${n}-worker`]),
        'pamong-attendance',
        'pamong-performance',
      ].includes(service(fn)),
  );
/** Every statement of every policy attached to the role (the default one and the self-invoke one). */
const allStatements = (roleId: string) => statementsOfRole(t.api, roleId);
const s3Statements = (roleId: string) =>
  allStatements(roleId).filter((s) => actionsOf(s).some((a) => a.startsWith('s3:')));
const outputName = (value: Json): string => JSON.stringify(value);

/** `*` in an IAM resource matches any run of characters, `/` included. */
const globMatches = (glob: string, key: string) =>
  new RegExp(
    `^${glob
      .split('*')
      .map((p) => p.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'))
      .join('.*')}$`,
  ).test(key);

function functionsDir(label: string, manifest: string): string {
  const dir = join(scratch, label, 'fn');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'handler.ts'), 'export const handler = async () => ({ statusCode: 200 });\n');
  writeFileSync(join(dir, 'manifest.ts'), `export const manifest = ${manifest};\n`);
  return join(scratch, label);
}
const withNeeds = (needs: string) =>
  `{ name: 'fn', routes: [{ path: '/v1/x', public: false }], needs: ${needs} }`;

describe('manifest needs', () => {
  it('personnel and recruitment declare documents and tasks, attendance the leave documents, performance the SKP documents; the others nothing', async () => {
    const specs = await discoverFunctions(join(REPO_ROOT, 'functions'));
    expect(Object.fromEntries(specs.map((s) => [s.name, s.needs]))).toEqual({
      attendance: ['leave-documents'],
      performance: ['skp-documents'],
      passkeys: [],
      personnel: ['documents', 'tasks'],
      platform: [],
      recruitment: ['documents', 'tasks'],
      surveys: [],
    });
  });

  it('refuses an unknown need, a need that is not a list, and a repeated need', async () => {
    await expect(discoverFunctions(functionsDir('unknown', withNeeds("['queue']")))).rejects.toThrow(
      'unknown need "queue"',
    );
    await expect(discoverFunctions(functionsDir('string', withNeeds("'documents'")))).rejects.toThrow(
      'manifest.needs must be a list',
    );
    await expect(
      discoverFunctions(functionsDir('twice', withNeeds("['documents', 'documents']"))),
    ).rejects.toThrow('repeats a need');
    const ok = await discoverFunctions(functionsDir('ok', withNeeds("['documents']")));
    expect(ok[0]!.needs).toEqual(['documents']);
  });
});

describe('documents bucket in the api stack', () => {
  it('gives DOCUMENTS_BUCKET (the documents bucket of the data stack) to the importers and their workers, attendance and performance only', () => {
    const importers = IMPORTERS.flatMap((n) => [fnOf(n), workerOf(n)]);
    for (const [, fn] of [...importers, attendance(), performance()]) {
      const bucket = fn.Properties.Environment.Variables.DOCUMENTS_BUCKET;
      expect(bucket?.['Fn::GetStackOutput']?.StackName).toBe('Pamong-dev-Data');
      expect(outputName(bucket)).toMatch(/Documents/);
      expect(outputName(bucket)).not.toMatch(/Arn/);
    }
    for (const [, other] of others())
      expect(other.Properties.Environment.Variables.DOCUMENTS_BUCKET).toBeUndefined();
  });

  it.each(IMPORTERS)(
    'lets %s read and write import files only, and list the bucket (404 for a missing upload)',
    (name) => {
      const [, fn] = fnOf(name);
      const statements = s3Statements(roleOf(fn));
      const objects = single(
        statements.filter((s) => actionsOf(s).includes('s3:PutObject')),
        'object statement',
      );
      expect(actionsOf(objects).sort()).toEqual(['s3:GetObject', 's3:PutObject']);
      const [bucketArn, suffix] = objects.Resource['Fn::Join'][1];
      expect(outputName(bucketArn)).toMatch(/Documents.*Arn/);
      expect(suffix).toBe(`/${IMPORT_OBJECTS}`);
      expect(objects.Effect).toBe('Allow');
      const list = single(
        statements.filter((s) => actionsOf(s).includes('s3:ListBucket')),
        'list statement',
      );
      expect(actionsOf(list)).toEqual(['s3:ListBucket']);
      expect(list.Resource).toEqual(bucketArn);
      expect(statements).toHaveLength(2);
      expect(statements.flatMap(actionsOf).some((a) => a.includes('*'))).toBe(false);
    },
  );

  it('lets attendance read and write leave attachments only (never import files), and list the bucket', () => {
    const [, fn] = attendance();
    const statements = s3Statements(roleOf(fn));
    const objects = single(
      statements.filter((s) => actionsOf(s).includes('s3:PutObject')),
      'object statement',
    );
    expect(actionsOf(objects).sort()).toEqual(['s3:GetObject', 's3:PutObject']);
    expect(objects.Resource['Fn::Join'][1][1]).toBe(`/${LEAVE_OBJECTS}`);
    expect(statements).toHaveLength(2);
    expect(JSON.stringify(statements)).not.toContain('imports');
    const keyUse = allStatements(roleOf(fn)).filter((x) =>
      JSON.stringify(x.Condition ?? {}).includes('"s3.'),
    );
    expect(keyUse).toHaveLength(1);
  });

  it('lets performance read and write SKP evidence only (never leave or import files), and list the bucket', () => {
    const [, fn] = performance();
    const statements = s3Statements(roleOf(fn));
    const objects = single(
      statements.filter((s) => actionsOf(s).includes('s3:PutObject')),
      'object statement',
    );
    expect(actionsOf(objects).sort()).toEqual(['s3:GetObject', 's3:PutObject']);
    expect(objects.Resource['Fn::Join'][1][1]).toBe(`/${SKP_OBJECTS}`);
    expect(statements).toHaveLength(2);
    expect(JSON.stringify(statements)).not.toContain('imports');
    expect(JSON.stringify(statements)).not.toContain('leave');
    const keyUse = allStatements(roleOf(fn)).filter((x) =>
      JSON.stringify(x.Condition ?? {}).includes('"s3.'),
    );
    expect(keyUse).toHaveLength(1);
  });

  it('the SKP prefix is the one evidence documents are keyed under, and reaches nothing else', () => {
    const key = skpDocumentsRepo.skpEvidenceKey(
      '01HZTENANT0000000000000001',
      '01HZSKP0000000000000000001',
      '01HZDOC0000000000000000001',
    );
    expect(globMatches(SKP_OBJECTS, key), key).toBe(true);
    expect(globMatches(SKP_OBJECTS, '01HZTENANT0000000000000001/leave/e/a.pdf')).toBe(false);
    expect(globMatches(LEAVE_OBJECTS, key)).toBe(false);
  });

  it('the leave prefix is the one leave attachments are keyed under, and reaches nothing else', () => {
    const key = leaveFilesRepo.leaveAttachmentKey(
      '01HZTENANT0000000000000001',
      '01HZEMPLOYEE00000000000001',
      'a1b2',
      'pdf',
    );
    expect(globMatches(LEAVE_OBJECTS, key), key).toBe(true);
    expect(globMatches(LEAVE_OBJECTS, '01HZTENANT0000000000000001/imports/job.xlsx')).toBe(false);
  });

  it('the IAM prefix is the one the import job keys its file under', async () => {
    const store = { tableName: 'x', transact: async () => {} } as unknown as Store;
    const actor: Actor = {
      tenantId: '01HZTENANT0000000000000001',
      sub: 'u',
      role: 'tenant-admin',
      requestId: 'r',
    };
    for (const format of ['xlsx', 'csv'] as const) {
      const job = await importsRepo.createImportJob(
        store,
        actor,
        { fileName: `a.${format}`, format },
        {
          agencyId: null,
          now: new Date('2025-01-01T00:00:00Z'),
        },
      );
      expect(globMatches(IMPORT_OBJECTS, job.documentKey), job.documentKey).toBe(true);
      const scores = await recruitmentScoreImportsRepo.createScoreImportJob(
        store,
        actor,
        '01HZROUND00000000000000001',
        { fileName: `nilai.${format}`, format, stage: 'SKD' },
        new Date('2025-01-01T00:00:00Z'),
      );
      expect(globMatches(IMPORT_OBJECTS, scores.documentKey), scores.documentKey).toBe(true);
    }
    expect(globMatches(IMPORT_OBJECTS, '01HZTENANT0000000000000001/attachments/ktp.pdf')).toBe(false);
  });

  it.each(IMPORTERS)('lets %s use the data key only through S3 and only for the documents bucket', (name) => {
    const [, fn] = fnOf(name);
    const keyUse = single(
      allStatements(roleOf(fn)).filter((s) => JSON.stringify(s.Condition ?? {}).includes('"s3.')),
      'S3 key statement',
    );
    expect(actionsOf(keyUse).sort()).toEqual(['kms:Decrypt', 'kms:GenerateDataKey']);
    expect(outputName(keyUse.Resource)).toMatch(/DataKey.*Arn/);
    const context = keyUse.Condition.StringEquals['kms:EncryptionContext:aws:s3:arn'];
    expect(outputName(context)).toMatch(/Documents.*Arn/);
  });

  it('gives no other function any S3 action, nor the key through S3', () => {
    for (const [, fn] of others()) {
      const statements = allStatements(roleOf(fn));
      expect(
        statements.flatMap(actionsOf).filter((a) => a.startsWith('s3:')),
        service(fn),
      ).toEqual([]);
      expect(JSON.stringify(statements)).not.toContain('"s3.');
    }
  });
});

describe('documents bucket CORS', () => {
  const cors = (tpl: Templates) => {
    const buckets = resources(tpl.data, 'AWS::S3::Bucket').filter(([, b]) => b.Properties.CorsConfiguration);
    return single(buckets, 'bucket with CORS')[1];
  };

  it('allows only a PUT with content-type from the web origin, on the documents bucket only', async () => {
    const bucket = cors(t);
    expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket.Properties.CorsConfiguration.CorsRules).toEqual([
      {
        AllowedOrigins: ['http://localhost:5173'],
        AllowedMethods: ['PUT'],
        AllowedHeaders: ['content-type'],
        MaxAge: 3600,
      },
    ]);
    const other = await synthFast({ context: { webOrigin: 'https://pamong.example.go.id' } });
    expect(cors(other.templates).Properties.CorsConfiguration.CorsRules[0].AllowedOrigins).toEqual([
      'https://pamong.example.go.id',
    ]);
  });
});

describe('the import workers: a function of their own, invoked asynchronously', () => {
  const invokePolicies = () =>
    resources(t.api, 'AWS::IAM::Policy').filter(([, p]) =>
      p.Properties.PolicyDocument.Statement.some((s: Json) =>
        actionsOf(s).some((a) => a.startsWith('lambda:')),
      ),
    );

  it('has one invoke policy per importer', () => {
    expect(invokePolicies()).toHaveLength(IMPORTERS.length);
  });

  it.each(IMPORTERS)(
    'lets %s invoke its worker, and nothing else, in a policy outside the default one',
    (name) => {
      const [, fn] = fnOf(name);
      const [workerId, workerFn] = workerOf(name);
      expect(roleOf(workerFn)).toBe(roleOf(fn));
      expect(fn.Properties.Environment.Variables.TASK_FUNCTION_NAME).toEqual({ Ref: workerId });
      expect(workerFn.Properties.Environment.Variables.TASK_FUNCTION_NAME).toBeUndefined();
      const [, policy] = single(
        invokePolicies().filter(([, p]) =>
          asArray(p.Properties.Roles).some((r: Json) => r.Ref === roleOf(fn)),
        ),
        'invoke policy',
      );
      expect(asArray(policy.Properties.Roles)).toEqual([{ Ref: roleOf(fn) }]);
      expect(policy.Properties.PolicyDocument.Statement).toEqual([
        { Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: { 'Fn::GetAtt': [workerId, 'Arn'] } },
      ]);
      for (const [, other] of others())
        expect(
          allStatements(roleOf(other))
            .flatMap(actionsOf)
            .some((a) => a.startsWith('lambda:')),
        ).toBe(false);
    },
  );

  it.each(IMPORTERS)(
    '%s: runs each task at most once, drops it before the job may be restarted, and has time for a big file',
    (name) => {
      const [workerId, workerFn] = workerOf(name);
      const [, fn] = fnOf(name);
      expect(resources(t.api, 'AWS::Lambda::EventInvokeConfig')).toHaveLength(IMPORTERS.length);
      const [, config] = single(
        resources(t.api, 'AWS::Lambda::EventInvokeConfig').filter(
          ([, c]) => c.Properties.FunctionName.Ref === workerId,
        ),
        'event invoke config',
      );
      expect(config.Properties).toEqual({
        FunctionName: { Ref: workerId },
        Qualifier: '$LATEST',
        MaximumRetryAttempts: 0,
        MaximumEventAgeInSeconds: 60,
      });
      expect(config.Properties.MaximumEventAgeInSeconds * 1000).toBeLessThan(importsRepo.STALE_RUN_MS);
      expect(workerFn.Properties.Timeout).toBe(900);
      // HTTP handlers fit API Gateway's 30 s: a stuck request never holds a Lambda for 15 minutes.
      expect(fn.Properties.Timeout).toBe(15);
      for (const [, other] of others()) expect(other.Properties.Timeout).toBe(15);
      // Memory from the bench's figures (api-stack.ts says why): the CPU share, not the RSS, decides.
      for (const [, f] of lambdas()) expect(f.Properties.MemorySize).toBe(1024);
    },
  );

  it('needs "tasks" exactly when the folder has a worker.ts', async () => {
    await expect(discoverFunctions(functionsDir('no-worker', withNeeds("['tasks']")))).rejects.toThrow(
      'exactly when it has a worker.ts',
    );
    const dir = functionsDir('worker-no-need', withNeeds('[]'));
    writeFileSync(join(dir, 'fn', 'worker.ts'), 'export const handler = async () => {};\n');
    await expect(discoverFunctions(dir)).rejects.toThrow('exactly when it has a worker.ts');
    const ok = functionsDir('worker-and-need', withNeeds("['tasks']"));
    writeFileSync(join(ok, 'fn', 'worker.ts'), 'export const handler = async () => {};\n');
    const [spec] = await discoverFunctions(ok);
    expect(spec!.worker).toBe(join(ok, 'fn', 'worker.ts'));
  });
});
