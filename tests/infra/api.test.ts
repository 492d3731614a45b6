import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { manifest as attendanceManifest } from '../../functions/attendance/manifest';
import { manifest as passkeysManifest } from '../../functions/passkeys/manifest';
import { manifest as performanceManifest } from '../../functions/performance/manifest';
import { manifest as personnelManifest } from '../../functions/personnel/manifest';
import { manifest as platformManifest } from '../../functions/platform/manifest';
import { manifest as recruitmentManifest } from '../../functions/recruitment/manifest';
import { manifest as surveysManifest } from '../../functions/surveys/manifest';
import { COGNITO_ADMIN_ACTIONS } from '../../infra/lib/api-stack';
import { REPO_ROOT } from '../../infra/lib/app';
import { TABLE_ITEM_ACTIONS } from '../../infra/lib/constructs/table-access';
import type { RouteSpec } from '../../infra/lib/functions';
import { PUBLIC_ROUTE_PREFIX } from '../../infra/lib/protection-stack';
import {
  actionsOf,
  asArray,
  authorizationFor,
  authorizationOf,
  type Json,
  jwtAuthorizers,
  resources,
  statementsOfRole,
  synthFast,
  type Templates,
} from './support';

const TENANT_CONDITION = {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the IAM policy variable, literally.
  'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['T#${aws:PrincipalTag/tenantId}#*'] },
};
const PLATFORM_CONDITION = { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['PLATFORM#*'] } };

const functionFolders = readdirSync(join(REPO_ROOT, 'functions')).filter((n) =>
  existsSync(join(REPO_ROOT, 'functions', n, 'handler.ts')),
);
/** A folder with a worker.ts gets a second Lambda (its background tasks) on the same role. */
const workerFolders = functionFolders.filter((n) => existsSync(join(REPO_ROOT, 'functions', n, 'worker.ts')));

let t: Templates;
beforeAll(async () => {
  ({ templates: t } = await synthFast());
});

const lambdas = () => resources(t.api, 'AWS::Lambda::Function');
const functionRoleIds = () => [
  ...new Set(lambdas().map(([, fn]) => fn.Properties.Role['Fn::GetAtt'][0] as string)),
];
const tenantRole = (): [string, Json] => {
  const found = resources(t.api, 'AWS::IAM::Role').filter(([, r]) =>
    r.Properties.AssumeRolePolicyDocument.Statement.some((s: Json) =>
      actionsOf(s).includes('sts:TagSession'),
    ),
  );
  expect(found).toHaveLength(1);
  return found[0]!;
};
const dynamoStatements = (statements: Json[]) =>
  statements.filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:')));

describe('api stack: tenant isolation (section 6)', () => {
  it('the tenant-access role reaches the table only under T#<its session tag tenantId>#*', () => {
    const [roleId, role] = tenantRole();
    expect(role.Properties.MaxSessionDuration).toBe(3600);
    const statements = statementsOfRole(t.api, roleId);
    const dynamo = dynamoStatements(statements);
    expect(dynamo).toHaveLength(1);
    expect(dynamo[0].Condition).toEqual(TENANT_CONDITION);
    expect(actionsOf(dynamo[0]).sort()).toEqual([...TABLE_ITEM_ACTIONS].sort());
    expect(asArray(dynamo[0].Resource)).toHaveLength(2); // the table and table/index/*
    expect(JSON.stringify(dynamo[0].Resource)).toContain('/index/*');
    // Besides DynamoDB it may only use the table key, and only through DynamoDB.
    const others = statements.filter((s) => !dynamo.includes(s));
    expect(others.flatMap(actionsOf).every((a) => a.startsWith('kms:'))).toBe(true);
    expect(others.every((s) => s.Condition?.StringEquals?.['kms:ViaService'])).toBe(true);
  });

  it('its trust policy allows sts:AssumeRole and sts:TagSession to the function roles only, with a tenantId tag', () => {
    const [, role] = tenantRole();
    const trust: Json[] = role.Properties.AssumeRolePolicyDocument.Statement;
    for (const s of trust) {
      expect(s.Effect).toBe('Allow');
      expect(actionsOf(s).sort()).toEqual(['sts:AssumeRole', 'sts:TagSession']);
      expect(Object.keys(s.Principal)).toEqual(['AWS']);
      expect(s.Condition.StringLike).toEqual({ 'aws:RequestTag/tenantId': '?*' });
      expect(s.Condition['ForAllValues:StringEquals']).toEqual({ 'aws:TagKeys': ['tenantId'] });
    }
    const trusted = trust.flatMap((s) => asArray(s.Principal.AWS)).map((p: Json) => p['Fn::GetAtt']?.[0]);
    expect(trusted.sort()).toEqual(functionRoleIds().sort());
  });

  it("the functions' own roles have no DynamoDB statement without the PLATFORM#* condition", () => {
    const [tenantRoleId] = tenantRole();
    expect(functionRoleIds()).toHaveLength(functionFolders.length);
    for (const roleId of functionRoleIds()) {
      const statements = statementsOfRole(t.api, roleId);
      const dynamo = dynamoStatements(statements);
      expect(dynamo.length).toBeGreaterThan(0);
      for (const s of dynamo) {
        expect(s.Condition).toEqual(PLATFORM_CONDITION);
        expect(actionsOf(s)).not.toContain('dynamodb:Scan');
        expect(actionsOf(s).some((a) => a.includes('*'))).toBe(false);
      }
      const sts = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('sts:')));
      expect(sts.map((s) => [actionsOf(s).sort(), s.Resource])).toEqual([
        [['sts:AssumeRole', 'sts:TagSession'], { 'Fn::GetAtt': [tenantRoleId, 'Arn'] }],
      ]);
      // The staff pool's; the applicant pool's grants are in applicants.test.ts.
      const cognito = statements.filter(
        (s) =>
          actionsOf(s).some((a) => a.startsWith('cognito-idp:')) &&
          !JSON.stringify(s.Resource).includes('ApplicantPool'),
      );
      expect(cognito.flatMap(actionsOf).sort()).toEqual([...COGNITO_ADMIN_ACTIONS].sort());
    }
  });

  it('no policy anywhere in the api stack grants dynamodb:* or Scan', () => {
    const all = resources(t.api, 'AWS::IAM::Policy').flatMap(
      ([, p]) => p.Properties.PolicyDocument.Statement,
    );
    const actions = all.flatMap(actionsOf);
    expect(actions).not.toContain('dynamodb:*');
    expect(actions).not.toContain('dynamodb:Scan');
    expect(actions).not.toContain('*');
  });
});

describe('api stack: functions', () => {
  it('has one Node.js 22 arm64 function per functions/<name>/handler.ts, and one per worker.ts', () => {
    expect(functionFolders.length).toBeGreaterThan(0);
    expect(workerFolders).toEqual(['personnel', 'recruitment']);
    const fns = lambdas();
    expect(fns).toHaveLength(functionFolders.length + workerFolders.length);
    for (const [, fn] of fns) {
      expect(fn.Properties.Runtime).toBe('nodejs22.x');
      expect(fn.Properties.Architectures).toEqual(['arm64']);
      expect(fn.Properties.Handler).toBe('index.handler');
    }
    const services = fns.map(([, fn]) => fn.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME).sort();
    expect(services).toEqual(
      [
        ...functionFolders.map((n) => `pamong-${n}`),
        ...workerFolders.map((n) => `pamong-${n}-worker`),
      ].sort(),
    );
  });

  it('gives every function the environment the handlers read', () => {
    const secretId = resources(t.api, 'AWS::SecretsManager::Secret')[0]![0];
    const [tenantRoleId] = tenantRole();
    for (const [, fn] of lambdas()) {
      const env = fn.Properties.Environment.Variables;
      // The documents bucket goes only to functions whose manifest needs it (documents.test.ts).
      // The worker's name goes to the function that queues its tasks.
      const needs =
        {
          'pamong-platform': ['APPLICANT_CLIENT_SECRET_ARN'],
          'pamong-recruitment': ['APPLICANT_CLIENT_SECRET_ARN', 'DOCUMENTS_BUCKET', 'TASK_FUNCTION_NAME'],
          // A worker has its function's environment, less the queue and the applicant client's secret.
          'pamong-recruitment-worker': ['DOCUMENTS_BUCKET'],
          'pamong-personnel': ['DOCUMENTS_BUCKET', 'TASK_FUNCTION_NAME'],
          'pamong-personnel-worker': ['DOCUMENTS_BUCKET'],
          'pamong-attendance': ['DOCUMENTS_BUCKET'],
          'pamong-performance': ['DOCUMENTS_BUCKET'],
        }[env.POWERTOOLS_SERVICE_NAME as string] ?? [];
      expect(Object.keys(env).sort()).toEqual(
        [
          'APPLICANT_POOL_CLIENT_ID',
          'APPLICANT_POOL_ID',
          'CURSOR_SECRET_ARN',
          'POWERTOOLS_SERVICE_NAME',
          'TABLE_NAME',
          'TENANT_ACCESS_ROLE_ARN',
          'USER_POOL_CLIENT_ID',
          'USER_POOL_ID',
          'WEB_ORIGIN',
          ...needs,
        ].sort(),
      );
      // No --enable-source-maps: it cost every cold start 28-170 ms (tests/bench/report.md).
      expect(env.NODE_OPTIONS).toBeUndefined();
      expect(env.CURSOR_SECRET_ARN).toEqual({ Ref: secretId });
      expect(env.TENANT_ACCESS_ROLE_ARN).toEqual({ 'Fn::GetAtt': [tenantRoleId, 'Arn'] });
      expect(env.WEB_ORIGIN).toBe('http://localhost:5173');
      expect(fn.Properties.LoggingConfig.LogGroup).toEqual({ Ref: expect.any(String) });
    }
    for (const roleId of functionRoleIds()) {
      const reads = statementsOfRole(t.api, roleId).filter((s) =>
        actionsOf(s).includes('secretsmanager:GetSecretValue'),
      );
      // Besides the applicant client's secret (platform and recruitment, applicants.test.ts).
      const read = reads
        .flatMap((s) => asArray(s.Resource))
        .filter((r) => !JSON.stringify(r).includes('ApplicantClientSecret'));
      expect(read).toEqual([{ Ref: secretId }]);
    }
  });

  it('keeps function logs for a bounded time', () => {
    const groups = resources(t.api, 'AWS::Logs::LogGroup');
    // One per function and worker, + the API access log.
    expect(groups.length).toBe(functionFolders.length + workerFolders.length + 1);
    for (const [, g] of groups) expect(g.Properties.RetentionInDays).toBeGreaterThan(0);
  });
});

describe('api stack: HTTP API', () => {
  const routes = () => resources(t.api, 'AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties);

  const manifestRoutes: readonly RouteSpec[] = [
    ...platformManifest.routes,
    ...surveysManifest.routes,
    ...personnelManifest.routes,
    ...attendanceManifest.routes,
    ...passkeysManifest.routes,
    ...performanceManifest.routes,
    ...recruitmentManifest.routes,
  ];

  it('routes ANY <prefix> and ANY <prefix>/{proxy+} for every manifest prefix: staff JWT by default, applicant JWT for tokens applicants, none for both and public', () => {
    const { staff, applicants } = jwtAuthorizers(t.api);
    const ids = { staff: staff[0], applicants: applicants[0] };
    const byKey = new Map(routes().map((r) => [r.RouteKey, r]));
    expect(byKey.size).toBe(manifestRoutes.length * 2);
    for (const route of manifestRoutes) {
      for (const key of [`ANY ${route.path}`, `ANY ${route.path}/{proxy+}`]) {
        const r = byKey.get(key);
        expect(r, key).toBeDefined();
        expect(authorizationOf(r), key).toEqual(authorizationFor(route, ids));
      }
    }
  });

  it("puts the citizens' survey routes under the prefix the WAF's tighter public rate rule matches", () => {
    const publicSurveyRoutes = surveysManifest.routes.filter((r) => r.public);
    expect(publicSurveyRoutes.length).toBeGreaterThan(0);
    for (const r of publicSurveyRoutes) expect(r.path.startsWith(PUBLIC_ROUTE_PREFIX), r.path).toBe(true);
    for (const r of surveysManifest.routes.filter((x) => !x.public))
      expect(r.path.startsWith(PUBLIC_ROUTE_PREFIX), r.path).toBe(false);
  });

  it("puts the careers page's routes under the same public prefix, and the staff routes outside it", () => {
    for (const r of recruitmentManifest.routes)
      expect(r.path.startsWith(PUBLIC_ROUTE_PREFIX), r.path).toBe(r.public);
  });

  it('verifies Cognito id tokens with one JWT authorizer per pool: issuer of the pool, audience = its API client', () => {
    expect(resources(t.api, 'AWS::ApiGatewayV2::Authorizer')).toHaveLength(2);
    const { staff, applicants } = jwtAuthorizers(t.api);
    for (const [[, authorizer], client, otherClient] of [
      [staff, 'RefUserPoolApiClient', 'ApplicantClient'],
      [applicants, 'RefApplicantPoolApplicantClient', 'UserPoolApiClient'],
    ] as const) {
      const p = authorizer.Properties;
      expect(p.AuthorizerType).toBe('JWT');
      expect(p.IdentitySource).toEqual(['$request.header.Authorization']);
      const [separator, [issuerUrl, poolId, ...rest]] = p.JwtConfiguration.Issuer['Fn::Join'];
      expect([separator, issuerUrl, rest]).toEqual([
        '',
        'https://cognito-idp.ap-southeast-3.amazonaws.com/',
        [],
      ]);
      expect(poolId).toBeDefined();
      expect(p.JwtConfiguration.Audience, client).toHaveLength(1);
      const audience = JSON.stringify(p.JwtConfiguration.Audience);
      expect(audience, client).toContain(client);
      expect(audience, client).not.toContain(otherClient);
    }
  });

  it('allows CORS from the web origin only, taken from context', async () => {
    const cors = (tpl: Templates) =>
      resources(tpl.api, 'AWS::ApiGatewayV2::Api')[0]![1].Properties.CorsConfiguration;
    expect(cors(t).AllowOrigins).toEqual(['http://localhost:5173']);
    const other = await synthFast({ context: { webOrigin: 'https://pamong.example.go.id' } });
    expect(cors(other.templates).AllowOrigins).toEqual(['https://pamong.example.go.id']);
  });

  it('logs access and throttles on the $default stage', () => {
    const stages = resources(t.api, 'AWS::ApiGatewayV2::Stage');
    expect(stages).toHaveLength(1);
    const p = stages[0]![1].Properties;
    expect(p.StageName).toBe('$default');
    expect(p.AutoDeploy).toBe(true);
    expect(p.AccessLogSettings.DestinationArn).toEqual({ 'Fn::GetAtt': [expect.any(String), 'Arn'] });
    const format = JSON.parse(p.AccessLogSettings.Format);
    expect(format.requestId).toBe('$context.requestId');
    expect(Object.values(format)).not.toContain('$context.path');
    expect(p.DefaultRouteSettings.ThrottlingRateLimit).toBeGreaterThan(0);
    expect(p.DefaultRouteSettings.ThrottlingBurstLimit).toBeGreaterThan(0);
  });

  it('keeps the cursor HMAC key in a generated secret', () => {
    const secrets = resources(t.api, 'AWS::SecretsManager::Secret');
    expect(secrets).toHaveLength(1);
    expect(secrets[0]![1].Properties.GenerateSecretString.PasswordLength).toBeGreaterThanOrEqual(32);
  });
});
