import { beforeAll, describe, expect, it } from 'vitest';
import { GLOBAL_RATE_LIMIT, PUBLIC_RATE_LIMIT } from '../../infra/lib/protection-stack';
import { type Json, only, resources, synthFast, type Templates } from './support';

let t: Templates;
let region: string;
beforeAll(async () => {
  const built = await synthFast();
  t = built.templates;
  region = built.stacks.protection.region;
});

const rules = (): Json[] => {
  const acls = resources(t.protection, 'AWS::WAFv2::WebACL');
  expect(acls).toHaveLength(1);
  return acls[0]![1].Properties.Rules;
};
const rule = (name: string) => {
  const found = rules().find((r) => r.Name === name);
  expect(found, name).toBeDefined();
  return found;
};

describe('protection stack', () => {
  it('is a CLOUDFRONT-scoped web ACL, hence in us-east-1, allowing by default', () => {
    expect(region).toBe('us-east-1');
    const [, acl] = only(t.protection, 'AWS::WAFv2::WebACL');
    expect(acl.Properties.Scope).toBe('CLOUDFRONT');
    expect(acl.Properties.DefaultAction).toEqual({ Allow: {} });
  });

  it('runs the AWS common, known-bad-inputs and IP-reputation rule groups', () => {
    const managed = rules()
      .filter((r) => r.Statement.ManagedRuleGroupStatement)
      .map((r) => [
        r.Statement.ManagedRuleGroupStatement.VendorName,
        r.Statement.ManagedRuleGroupStatement.Name,
      ]);
    expect(managed).toEqual(
      expect.arrayContaining([
        ['AWS', 'AWSManagedRulesCommonRuleSet'],
        ['AWS', 'AWSManagedRulesKnownBadInputsRuleSet'],
        ['AWS', 'AWSManagedRulesAmazonIpReputationList'],
      ]),
    );
    for (const r of rules().filter((r) => r.Statement.ManagedRuleGroupStatement)) {
      expect(r.OverrideAction).toEqual({ None: {} });
    }
  });

  it('rate-limits /v1/public/ per IP, tighter than the global per-IP limit', () => {
    const pub = rule('PublicRoutesRateLimit');
    expect(pub.Action).toEqual({ Block: {} });
    const rate = pub.Statement.RateBasedStatement;
    expect(rate).toMatchObject({
      Limit: PUBLIC_RATE_LIMIT,
      AggregateKeyType: 'IP',
      EvaluationWindowSec: 300,
    });
    expect(rate.ScopeDownStatement.ByteMatchStatement).toMatchObject({
      SearchString: '/v1/public/',
      FieldToMatch: { UriPath: {} },
      PositionalConstraint: 'STARTS_WITH',
    });
    expect(rate.ScopeDownStatement.ByteMatchStatement.TextTransformations.map((x: Json) => x.Type)).toContain(
      'NORMALIZE_PATH',
    );

    const global = rule('GlobalRateLimit');
    expect(global.Action).toEqual({ Block: {} });
    expect(global.Statement.RateBasedStatement.ScopeDownStatement).toBeUndefined();
    expect(global.Statement.RateBasedStatement.Limit).toBe(GLOBAL_RATE_LIMIT);
    expect(PUBLIC_RATE_LIMIT).toBeLessThan(GLOBAL_RATE_LIMIT);
  });

  it('gives every rule a unique priority and metrics', () => {
    const priorities = rules().map((r) => r.Priority);
    expect(new Set(priorities).size).toBe(priorities.length);
    for (const r of rules()) expect(r.VisibilityConfig.CloudWatchMetricsEnabled).toBe(true);
  });
});
