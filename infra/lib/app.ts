import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Aspects, Tags } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ApiStack } from './api-stack';
import { DataStack } from './data-stack';
import { discoverFunctions } from './functions';
import { IdentityStack } from './identity-stack';
import { ProtectionStack } from './protection-stack';
import { WebStack } from './web-stack';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DEFAULT_REGION = 'ap-southeast-3';

export interface BuildOptions {
  /** Context on top of cdk.json's (the CLI's `-c` still wins over both). */
  context?: Record<string, unknown>;
  /** Tests: synthesize without running esbuild. */
  skipBundling?: boolean;
  outdir?: string;
  functionsDir?: string;
  /** The built SPA to upload; default web/dist when it exists, `null` for none. */
  webDistDir?: string | null;
}

export interface PamongApp {
  app: App;
  stage: string;
  stacks: {
    data: DataStack;
    identity: IdentityStack;
    api: ApiStack;
    protection: ProtectionStack;
    web: WebStack;
  };
}

function cdkJsonContext(): Record<string, unknown> {
  const file = join(REPO_ROOT, 'cdk.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')).context ?? {}) : {};
}

function defaultWebDist(): string | undefined {
  const dir = join(REPO_ROOT, 'web', 'dist');
  return existsSync(join(dir, 'index.html')) ? dir : undefined;
}

/** Builds every stack. Tests call this directly; `infra/bin/pamong.ts` is the CLI's entry. */
export async function buildApp(options: BuildOptions = {}): Promise<PamongApp> {
  const app = new App({
    outdir: options.outdir,
    context: {
      // Tests get the same feature flags as `cdk synth`.
      ...cdkJsonContext(),
      ...(options.skipBundling ? { 'aws:cdk:bundling-stacks': [] } : {}),
      ...options.context,
    },
  });
  const ctx = (key: string): string | undefined => {
    const value = app.node.tryGetContext(key);
    return value === undefined || value === null || value === '' ? undefined : String(value);
  };

  const stage = ctx('stage') ?? 'dev';
  if (!/^[a-z][a-z0-9-]{0,15}$/.test(stage))
    throw new Error(`stage "${stage}" must be short lower-case letters/digits`);
  const webOrigin = ctx('webOrigin');
  if (!webOrigin || !/^https?:\/\/[^/]+$/.test(webOrigin)) {
    throw new Error('context webOrigin must be an origin such as https://pamong.example.go.id (no path)');
  }
  const domainName = ctx('domainName');
  const certificateArn = ctx('certificateArn');
  if (Boolean(domainName) !== Boolean(certificateArn))
    throw new Error('domainName and certificateArn go together');

  const applicantEmailFrom = ctx('applicantEmailFrom');
  if (applicantEmailFrom && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(applicantEmailFrom))
    throw new Error(`context applicantEmailFrom "${applicantEmailFrom}" is not an email address`);
  if (!applicantEmailFrom && stage !== 'dev')
    throw new Error(
      `context applicantEmailFrom is required for stage "${stage}": an address on an identity verified in SES. Cognito's own sender allows 50 messages a day, and one recruitment round registers thousands of applicants.`,
    );
  const applicantEmail = applicantEmailFrom
    ? {
        from: applicantEmailFrom,
        verifiedDomain: ctx('applicantEmailDomain'),
        replyTo: ctx('applicantEmailReplyTo'),
        sesRegion: ctx('sesRegion'),
      }
    : undefined;

  // No account is needed to synthesize: stacks stay account-agnostic until the CLI knows one.
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  const env = { account, region: ctx('region') ?? process.env.CDK_DEFAULT_REGION ?? DEFAULT_REGION };
  const name = (part: string) => `Pamong-${stage}-${part}`;

  const functions = await discoverFunctions(options.functionsDir ?? join(REPO_ROOT, 'functions'));
  const data = new DataStack(app, name('Data'), { env, webOrigin });
  const identity = new IdentityStack(app, name('Identity'), { env, applicantEmail });
  const api = new ApiStack(app, name('Api'), {
    env,
    functions,
    projectRoot: REPO_ROOT,
    webOrigin,
    table: data.table,
    tableKey: data.dataKey,
    documentsBucket: data.documentsBucket,
    documentsKey: data.dataKey,
    userPool: identity.userPool,
    userPoolClient: identity.apiClient,
    applicants: {
      pool: identity.applicantPool,
      client: identity.applicantClient,
      clientSecret: identity.applicantClientSecret,
    },
  });
  // CLOUDFRONT-scoped WAF ACLs exist only in us-east-1.
  const protection = new ProtectionStack(app, name('Protection'), { env: { account, region: 'us-east-1' } });
  const webDistDir = options.webDistDir === null ? undefined : (options.webDistDir ?? defaultWebDist());
  // Loaded only when the site is uploaded: it imports every function's routes.
  const openApiDocument = webDistDir ? (await import('../../functions/registry')).apiDocument() : undefined;
  const web = new WebStack(app, name('Web'), {
    env,
    crossRegionReferences: true,
    apiDomainName: api.apiDomainName,
    documentsDomainName: data.documentsBucket.bucketRegionalDomainName,
    webAclArn: protection.webAclArn,
    cloudFrontLogs: protection.cloudFrontLogs,
    webDistDir,
    openApiDocument,
    domain: domainName && certificateArn ? { name: domainName, certificateArn } : undefined,
  });

  Tags.of(app).add('project', 'pamong');
  Tags.of(app).add('stage', stage);
  const nag = app.node.tryGetContext('nag');
  if (nag === true || nag === 'true') Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));

  return { app, stage, stacks: { data, identity, api, protection, web } };
}
