import { join } from 'node:path';
import { Duration } from 'aws-cdk-lib';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';

export interface ServiceFunctionProps {
  name: string;
  entry: string;
  projectRoot: string;
  role: iam.IRole;
  environment: Record<string, string>;
  /** Default 15 s: API Gateway gives up on a request after 30 s anyway. */
  timeout?: Duration;
  /** MB; also the CPU share. Set per function from the bench's memory section. */
  memorySize: number;
}

/** One bounded context's Lambda: Node.js 22 on arm64, an ESM bundle, and its own log group. */
export class ServiceFunction extends Construct {
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, props: ServiceFunctionProps) {
    super(scope, id);

    const logGroup = new logs.LogGroup(this, 'Logs', { retention: logs.RetentionDays.THREE_MONTHS });
    // The role is ours, not the Lambda default: it gets no managed policy, only writes to this log group.
    logGroup.grantWrite(props.role);

    this.fn = new NodejsFunction(this, 'Fn', {
      entry: props.entry,
      handler: 'handler',
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout ?? Duration.seconds(15),
      role: props.role,
      logGroup,
      projectRoot: props.projectRoot,
      depsLockFilePath: join(props.projectRoot, 'package-lock.json'),
      environment: {
        POWERTOOLS_SERVICE_NAME: `pamong-${props.name}`,
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        minify: true,
        // No source maps: with NODE_OPTIONS=--enable-source-maps every cold start paid 28-170 ms
        // more (tests/bench/report.md, "What source maps cost"), and unused, the map only makes
        // the zip Lambda downloads at init bigger. A stack trace's position is mapped offline by
        // building the same commit with `sourcemap: true` (esbuild's output is deterministic).
        sourceMap: false,
        target: 'node22',
        mainFields: ['module', 'main'],
        banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
        // Ship the AWS SDK we test against instead of whatever version the runtime happens to carry.
        externalModules: [],
        forceDockerBundling: false,
      },
    });
    NagSuppressions.addResourceSuppressions(this.fn, [
      {
        id: 'AwsSolutions-L1',
        reason: 'Node.js 22 is the runtime the foundation issue fixes for Lambda (bundles target node22).',
      },
    ]);
  }
}
