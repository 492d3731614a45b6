import { Stack, type StackProps } from 'aws-cdk-lib';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { logBucket } from './constructs/buckets';

/** Citizens and applicants reach these without signing in, so they get the tight limit. */
export const PUBLIC_ROUTE_PREFIX = '/v1/public/';
export const PUBLIC_RATE_LIMIT = 300;
/** Per IP per 5 minutes. Loose on purpose: a whole Pemda office often sits behind one NAT address. */
export const GLOBAL_RATE_LIMIT = 10_000;

const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
  metricName,
  cloudWatchMetricsEnabled: true,
  sampledRequestsEnabled: true,
});

function managedRule(
  name: string,
  priority: number,
  overrides: wafv2.CfnWebACL.RuleActionOverrideProperty[] = [],
): wafv2.CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    overrideAction: { none: {} },
    statement: {
      managedRuleGroupStatement: {
        vendorName: 'AWS',
        name,
        ...(overrides.length ? { ruleActionOverrides: overrides } : {}),
      },
    },
    visibilityConfig: visibility(name),
  };
}

function rateRule(
  name: string,
  priority: number,
  limit: number,
  scopeDownStatement?: wafv2.CfnWebACL.StatementProperty,
): wafv2.CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    action: { block: {} },
    statement: {
      rateBasedStatement: { limit, aggregateKeyType: 'IP', evaluationWindowSec: 300, scopeDownStatement },
    },
    visibilityConfig: visibility(name),
  };
}

/**
 * The edge: a CLOUDFRONT-scoped web ACL, which AWS only accepts in us-east-1, and the CloudFront log
 * bucket, which cannot live in Jakarta (CloudFront does not deliver standard logs to opt-in regions).
 */
export class ProtectionStack extends Stack {
  readonly webAclArn: string;
  readonly cloudFrontLogs: s3.Bucket;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const publicRoutes: wafv2.CfnWebACL.StatementProperty = {
      byteMatchStatement: {
        searchString: PUBLIC_ROUTE_PREFIX,
        fieldToMatch: { uriPath: {} },
        positionalConstraint: 'STARTS_WITH',
        // Normalised so that //v1/public/ or /V1/./public/ cannot dodge the tighter limit.
        textTransformations: [
          { priority: 0, type: 'NORMALIZE_PATH' },
          { priority: 1, type: 'LOWERCASE' },
        ],
      },
    };

    const webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('pamong-edge'),
      rules: [
        managedRule('AWSManagedRulesAmazonIpReputationList', 0),
        rateRule('PublicRoutesRateLimit', 1, PUBLIC_RATE_LIMIT, publicRoutes),
        rateRule('GlobalRateLimit', 2, GLOBAL_RATE_LIMIT),
        // The API enforces its own 1 MB body limit (413); the rule set's 8 KB body cap would block imports.
        managedRule('AWSManagedRulesCommonRuleSet', 3, [
          { name: 'SizeRestrictions_BODY', actionToUse: { count: {} } },
        ]),
        managedRule('AWSManagedRulesKnownBadInputsRuleSet', 4),
      ],
    });
    this.webAclArn = webAcl.attrArn;
    this.cloudFrontLogs = logBucket(this, 'CloudFrontLogs', { acls: true });
  }
}
