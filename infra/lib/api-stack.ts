import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { NagSuppressions } from 'cdk-nag';
import type { Construct } from 'constructs';
import {
  documentsKeyUse,
  IMPORT_OBJECTS_SUPPRESSION,
  importFileAccess,
  LEAVE_OBJECTS_SUPPRESSION,
  leaveFileAccess,
  SKP_OBJECTS_SUPPRESSION,
  skpFileAccess,
} from './constructs/documents-access';
import { ServiceFunction } from './constructs/service-function';
import {
  INDEX_WILDCARD_SUPPRESSION,
  PLATFORM_LEADING_KEYS,
  TenantAccessRole,
  tableItemAccess,
  tableKeyUse,
} from './constructs/table-access';
import type { FunctionSpec, RouteSpec } from './functions';

export const COGNITO_ADMIN_ACTIONS = [
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminInitiateAuth',
  'cognito-idp:AdminUpdateUserAttributes',
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminSetUserPassword',
  'cognito-idp:AdminGetUser',
];

/**
 * What the applicant accounts' functions may do on the applicants' pool: the login and the undo of
 * a sign-up whose table write failed. SignUp, ConfirmSignUp and ResendConfirmationCode are
 * unauthenticated Cognito APIs (the app client's secret guards them), so they need no IAM grant.
 */
export const APPLICANT_ADMIN_ACTIONS = ['cognito-idp:AdminInitiateAuth', 'cognito-idp:AdminDeleteUser'];

/**
 * The functions that sign applicants up and log them in (their handlers pass the applicants'
 * adapter): only they get the applicant client's secret and the admin actions on that pool.
 */
export const APPLICANT_ACCOUNT_FUNCTIONS = ['platform', 'recruitment'];

/** The applicants' pool (issue 12 §1), from the identity stack. */
export interface ApplicantPoolProps {
  pool: cognito.IUserPool;
  client: cognito.IUserPoolClient;
  /** The client's secret, for APPLICANT_ACCOUNT_FUNCTIONS only. */
  clientSecret: secretsmanager.ISecret;
}

export interface ApiStackProps extends StackProps {
  functions: FunctionSpec[];
  projectRoot: string;
  webOrigin: string;
  table: dynamodb.ITable;
  tableKey: kms.IKey;
  /** For the functions whose manifest needs `documents`. */
  documentsBucket: s3.IBucket;
  documentsKey: kms.IKey;
  userPool: cognito.IUserPool;
  userPoolClient: cognito.IUserPoolClient;
  applicants?: ApplicantPoolProps;
}

/**
 * A worker gets Lambda's longest timeout (a 20 000-row import takes minutes). HTTP functions keep
 * ServiceFunction's 15 s: API Gateway gives up at 30 s, and a stuck request should not hold (and
 * bill) a Lambda, or an idempotency lease, for longer.
 */
export const TASK_TIMEOUT = Duration.minutes(15);

/**
 * Memory per function (MB), from the bench's memory section (tests/bench/report.md): peak RSS after
 * 1,000 mixed requests was 144-249 MiB (platform's peak is the local scrypt logins, which Cognito
 * does in AWS), so 512 MB would hold any of them. But Lambda gives CPU in proportion to memory, and
 * a cold start is CPU work (import + first call: 0.20-0.25 s on a full core here): at 1024 MB
 * (~0.58 vCPU) a citizen's first request waits well under a second, at 512 MB twice as long. So the request handlers get 1024 MB for their cold start, not their memory. The worker
 * holds a whole parsed import file (exceljs keeps the sheet in memory): parsing 10,000 rows added
 * 47 MiB to its 91 MiB after init, so the largest file allowed stays far below 1024 MB, and the
 * CPU share is the same as the handlers'.
 */
export const MEMORY_MB: Record<string, number> = { default: 1024 };
export const WORKER_MEMORY_MB = 1024;

const pascal = (name: string) => name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

export class ApiStack extends Stack {
  readonly httpApi: apigw.HttpApi;
  /** `<apiId>.execute-api.<region>.amazonaws.com`, the origin CloudFront forwards `/v1/*` to. */
  readonly apiDomainName: string;
  readonly tenantAccessRole: iam.Role;
  readonly functionRoles: Record<string, iam.Role> = {};

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);

    const cursorSecret = new secretsmanager.Secret(this, 'CursorSecret', {
      description: 'HMAC key that signs pagination cursors',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    NagSuppressions.addResourceSuppressions(cursorSecret, [
      {
        id: 'AwsSolutions-SMG4',
        reason:
          'The cursor key guards only pagination tokens; rotating it merely invalidates open cursors, so it is rotated by hand.',
      },
    ]);

    // Roles first: the tenant-access role trusts them, and the functions carry its ARN.
    for (const spec of props.functions) {
      this.functionRoles[spec.name] = new iam.Role(this, `${pascal(spec.name)}Role`, {
        description: `pamong-${spec.name}: PLATFORM# items only; tenant data through the tenant-access role`,
        assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      });
    }
    const roles = Object.values(this.functionRoles);
    this.tenantAccessRole = new TenantAccessRole(this, 'TenantAccess', {
      table: props.table,
      tableKey: props.tableKey,
      trustedRoles: roles,
    }).role;

    for (const role of roles) {
      role.addToPolicy(tableItemAccess(props.table, PLATFORM_LEADING_KEYS));
      role.addToPolicy(tableKeyUse(props.tableKey));
      role.addToPolicy(
        new iam.PolicyStatement({
          actions: ['sts:AssumeRole', 'sts:TagSession'],
          resources: [this.tenantAccessRole.roleArn],
        }),
      );
      role.addToPolicy(
        new iam.PolicyStatement({ actions: COGNITO_ADMIN_ACTIONS, resources: [props.userPool.userPoolArn] }),
      );
      cursorSecret.grantRead(role);
      NagSuppressions.addResourceSuppressions(role, [INDEX_WILDCARD_SUPPRESSION], true);
    }
    if (props.applicants) {
      for (const name of APPLICANT_ACCOUNT_FUNCTIONS) {
        const role = this.functionRoles[name];
        if (!role) continue;
        role.addToPolicy(
          new iam.PolicyStatement({
            actions: APPLICANT_ADMIN_ACTIONS,
            resources: [props.applicants.pool.userPoolArn],
          }),
        );
        props.applicants.clientSecret.grantRead(role);
      }
    }

    this.httpApi = new apigw.HttpApi(this, 'HttpApi', {
      description: `Pamong HTTP API (${this.stackName})`,
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: [props.webOrigin],
        allowMethods: [apigw.CorsHttpMethod.ANY],
        allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-request-id'],
        exposeHeaders: ['x-request-id'],
        maxAge: Duration.hours(1),
      },
    });
    this.apiDomainName = `${this.httpApi.apiId}.execute-api.${this.region}.${this.urlSuffix}`;
    this.addDefaultStage();

    const authorizer = new HttpJwtAuthorizer(
      'CognitoJwt',
      `https://cognito-idp.${this.region}.amazonaws.com/${props.userPool.userPoolId}`,
      { jwtAudience: [props.userPoolClient.userPoolClientId] },
    );
    // A JWT authorizer trusts one issuer, so the applicants' pool has its own, for the routes that
    // only applicants call (`tokens: 'applicants'`). Routes that both call (`tokens: 'both'`) have
    // none at the gateway, and the function verifies either pool's token (see RouteSpec.tokens).
    // Created in the template only when a route uses it.
    const applicantAuthorizer = props.applicants
      ? new HttpJwtAuthorizer(
          'ApplicantJwt',
          `https://cognito-idp.${this.region}.amazonaws.com/${props.applicants.pool.userPoolId}`,
          { jwtAudience: [props.applicants.client.userPoolClientId] },
        )
      : undefined;
    const routeAuthorizer = (route: RouteSpec) => {
      if (route.public) return undefined;
      const tokens = route.tokens ?? 'staff';
      if (tokens === 'staff') return authorizer;
      if (!applicantAuthorizer) {
        throw new Error(`route ${route.path} takes applicant tokens, but the stack has no applicant pool`);
      }
      return tokens === 'applicants' ? applicantAuthorizer : undefined;
    };

    for (const spec of props.functions) {
      const role = this.functionRoles[spec.name]!;
      const needs = new Set(spec.needs);
      if (needs.has('documents')) {
        for (const statement of importFileAccess(props.documentsBucket)) role.addToPolicy(statement);
        role.addToPolicy(documentsKeyUse(props.documentsBucket, props.documentsKey));
        NagSuppressions.addResourceSuppressions(role, [IMPORT_OBJECTS_SUPPRESSION], true);
      }
      if (needs.has('leave-documents')) {
        for (const statement of leaveFileAccess(props.documentsBucket)) role.addToPolicy(statement);
        role.addToPolicy(documentsKeyUse(props.documentsBucket, props.documentsKey));
        NagSuppressions.addResourceSuppressions(role, [LEAVE_OBJECTS_SUPPRESSION], true);
      }
      if (needs.has('skp-documents')) {
        for (const statement of skpFileAccess(props.documentsBucket)) role.addToPolicy(statement);
        role.addToPolicy(documentsKeyUse(props.documentsBucket, props.documentsKey));
        NagSuppressions.addResourceSuppressions(role, [SKP_OBJECTS_SUPPRESSION], true);
      }
      const bucketNeeded =
        needs.has('documents') || needs.has('leave-documents') || needs.has('skp-documents');
      const environment = {
        TABLE_NAME: props.table.tableName,
        TENANT_ACCESS_ROLE_ARN: this.tenantAccessRole.roleArn,
        USER_POOL_ID: props.userPool.userPoolId,
        USER_POOL_CLIENT_ID: props.userPoolClient.userPoolClientId,
        // Every function verifies applicant tokens; only some hold the client's secret.
        ...(props.applicants
          ? {
              APPLICANT_POOL_ID: props.applicants.pool.userPoolId,
              APPLICANT_POOL_CLIENT_ID: props.applicants.client.userPoolClientId,
              ...(APPLICANT_ACCOUNT_FUNCTIONS.includes(spec.name)
                ? { APPLICANT_CLIENT_SECRET_ARN: props.applicants.clientSecret.secretArn }
                : {}),
            }
          : {}),
        CURSOR_SECRET_ARN: cursorSecret.secretArn,
        WEB_ORIGIN: props.webOrigin,
        ...(bucketNeeded ? { DOCUMENTS_BUCKET: props.documentsBucket.bucketName } : {}),
      };
      // A worker runs background tasks only: it registers no applicant, so it has no client secret.
      const { APPLICANT_CLIENT_SECRET_ARN: _secret, ...workerEnvironment } = environment as Record<
        string,
        string
      >;
      const worker = spec.worker
        ? new ServiceFunction(this, `${pascal(spec.name)}Worker`, {
            name: `${spec.name}-worker`,
            entry: spec.worker,
            projectRoot: props.projectRoot,
            role,
            timeout: TASK_TIMEOUT,
            memorySize: WORKER_MEMORY_MB,
            environment: workerEnvironment,
          }).fn
        : undefined;
      if (worker) this.allowTaskInvoke(spec.name, worker, role);
      const { fn } = new ServiceFunction(this, pascal(spec.name), {
        name: spec.name,
        entry: spec.entry,
        projectRoot: props.projectRoot,
        role,
        memorySize: MEMORY_MB[spec.name] ?? MEMORY_MB.default!,
        environment: {
          ...environment,
          ...(worker ? { TASK_FUNCTION_NAME: worker.functionName } : {}),
        },
      });
      const integration = new HttpLambdaIntegration(`${pascal(spec.name)}Integration`, fn);
      for (const route of spec.routes) {
        for (const path of [route.path, `${route.path}/{proxy+}`]) {
          const [created] = this.httpApi.addRoutes({
            path,
            methods: [apigw.HttpMethod.ANY],
            integration,
            authorizer: routeAuthorizer(route),
          });
          if (route.public && created) {
            NagSuppressions.addResourceSuppressions(created, [
              {
                id: 'AwsSolutions-APIG4',
                reason: `${path} is public by design (manifest of functions/${spec.name}); the WAF rate rules cover it.`,
              },
            ]);
          } else if (route.tokens === 'both' && created) {
            NagSuppressions.addResourceSuppressions(created, [
              {
                id: 'AwsSolutions-APIG4',
                reason: `${path} takes staff and applicant tokens (two pools, and a JWT authorizer has one issuer); functions/${spec.name} verifies either on every request.`,
              },
            ]);
          }
        }
      }
    }
  }

  /**
   * The HTTP function queues background tasks on its worker (InvocationType Event; it reads the
   * worker's name from TASK_FUNCTION_NAME). Both share the role, so the grant is a policy of its
   * own, outside the role: the worker depends on the role and its default policy, so a statement
   * there naming the worker's ARN would be a circular reference.
   */
  private allowTaskInvoke(name: string, fn: lambda.IFunction, role: iam.IRole) {
    new iam.Policy(this, `${pascal(name)}TaskInvoke`, {
      roles: [role],
      statements: [
        new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [fn.functionArn] }),
      ],
    });
    // A task is run once: a retry would find its job no longer queued. An event older than a
    // minute is dropped, before the job may be restarted (STALE_RUN_MS), so it never runs a newer run.
    fn.configureAsyncInvoke({ retryAttempts: 0, maxEventAge: Duration.minutes(1) });
  }

  private addDefaultStage() {
    const accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: logs.RetentionDays.ONE_YEAR });
    // The route key, not the raw path: paths may one day carry NIK/NIP, and logs hold no personal data.
    const format = {
      requestId: '$context.requestId',
      ip: '$context.identity.sourceIp',
      requestTime: '$context.requestTime',
      method: '$context.httpMethod',
      routeKey: '$context.routeKey',
      status: '$context.status',
      protocol: '$context.protocol',
      responseLength: '$context.responseLength',
      latency: '$context.responseLatency',
      integrationLatency: '$context.integrationLatency',
      integrationError: '$context.integrationErrorMessage',
      authorizerError: '$context.authorizer.error',
    };
    this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 200, burstLimit: 400 },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(format)),
      },
    });
  }
}
