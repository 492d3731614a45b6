import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPA_REWRITE_CODE } from '../../infra/lib/constructs/spa-rewrite';
import { API_PATHS, CACHED_API_PATHS } from '../../infra/lib/web-stack';
import { type Json, only, resources, single, synthFast, type Templates } from './support';

// CloudFront managed policy ids (the same in every account).
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

let t: Templates;
beforeAll(async () => {
  ({ templates: t } = await synthFast());
});

const distribution = (tpl: Templates = t): Json => {
  const found = resources(tpl.web, 'AWS::CloudFront::Distribution');
  expect(found).toHaveLength(1);
  return found[0]![1];
};
const config = (tpl: Templates = t) => distribution(tpl).Properties.DistributionConfig;
const headersPolicy = (ref: { Ref: string }) =>
  t.web.toJSON().Resources[ref.Ref].Properties.ResponseHeadersPolicyConfig;

describe('web stack: the site', () => {
  it('serves a private bucket through Origin Access Control', () => {
    const [oacId, oac] = only(t.web, 'AWS::CloudFront::OriginAccessControl');
    expect(oac.Properties.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
    const s3Origins = config().Origins.filter((o: Json) => o.S3OriginConfig);
    expect(s3Origins).toHaveLength(1);
    expect(s3Origins[0].OriginAccessControlId).toEqual({ 'Fn::GetAtt': [oacId, 'Id'] });
    expect(s3Origins[0].S3OriginConfig.OriginAccessIdentity).toBe('');

    const siteId = s3Origins[0].DomainName['Fn::GetAtt'][0];
    expect(t.web.toJSON().Resources[siteId].Type).toBe('AWS::S3::Bucket');
    const [, policy] = single(
      resources(t.web, 'AWS::S3::BucketPolicy').filter(([, p]) => p.Properties.Bucket.Ref === siteId),
      'site bucket policy',
    );
    const fromCloudFront = policy.Properties.PolicyDocument.Statement.filter(
      (s: Json) => s.Effect === 'Allow' && s.Principal?.Service === 'cloudfront.amazonaws.com',
    );
    expect(fromCloudFront).toHaveLength(1);
    expect(fromCloudFront[0].Action).toBe('s3:GetObject');
    expect(JSON.stringify(fromCloudFront[0].Condition.StringEquals['AWS:SourceArn'])).toContain(
      'distribution/',
    );
  });

  it('redirects to HTTPS, serves index.html at the root and rewrites client-side routes to it', () => {
    const c = config();
    expect(c.DefaultRootObject).toBe('index.html');
    expect(c.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    const [fnId, fn] = only(t.web, 'AWS::CloudFront::Function');
    expect(fn.Properties.FunctionCode).toBe(SPA_REWRITE_CODE);
    expect(c.DefaultCacheBehavior.FunctionAssociations).toEqual([
      { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [fnId, 'FunctionARN'] } },
    ]);
    // Distribution-wide 403/404 error pages would also rewrite the API's own 403/404 answers.
    expect(c.CustomErrorResponses).toBeUndefined();
    for (const b of c.CacheBehaviors) expect(b.FunctionAssociations).toBeUndefined();
  });

  it('the rewrite sends routes to /index.html and leaves files alone', () => {
    const handler = new Function(`${SPA_REWRITE_CODE}; return handler;`)() as (e: Json) => { uri: string };
    const rewrite = (uri: string) => handler({ request: { uri, method: 'GET', headers: {} } }).uri;
    expect(rewrite('/')).toBe('/index.html');
    expect(rewrite('/login')).toBe('/index.html');
    expect(rewrite('/tenants/01HZX4K7Q9R2M3N4P5S6T7V8W9/users')).toBe('/index.html');
    expect(rewrite('/assets/index-Bx12.js')).toBe('/assets/index-Bx12.js');
    expect(rewrite('/favicon.ico')).toBe('/favicon.ico');
  });

  it('sends HSTS (2 years, preload), the CSP, frame DENY, nosniff and a referrer policy', () => {
    const policy = headersPolicy(config().DefaultCacheBehavior.ResponseHeadersPolicyId).SecurityHeadersConfig;
    expect(policy.StrictTransportSecurity).toEqual({
      AccessControlMaxAgeSec: 63_072_000,
      IncludeSubdomains: true,
      Preload: true,
      Override: true,
    });
    expect(policy.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
    expect(policy.ContentTypeOptions).toEqual({ Override: true });
    expect(policy.ReferrerPolicy.ReferrerPolicy).toBe('strict-origin-when-cross-origin');
    const csp = policy.ContentSecurityPolicy.ContentSecurityPolicy['Fn::Join'][1]
      .map((part: unknown) => (typeof part === 'string' ? part : '<token>'))
      .join('');
    expect(csp).toBe(
      "default-src 'self'; img-src 'self' data:; frame-src 'self' blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
        "connect-src 'self' https://<token>.execute-api.ap-southeast-3.<token> https://<token>; frame-ancestors 'none'",
    );
    // The last connect-src host is the documents bucket (presigned uploads go there from the browser).
    const parts = policy.ContentSecurityPolicy.ContentSecurityPolicy['Fn::Join'][1] as unknown[];
    expect(JSON.stringify(parts.filter((p) => typeof p !== 'string').at(-1))).toMatch(
      /Documents.*RegionalDomainName/,
    );
  });
});

describe('web stack: the API behind CloudFront', () => {
  it('forwards /v1/*, /health and /docs to the HTTP API uncached, with all viewer headers but Host', () => {
    const c = config();
    const apiOrigin = c.Origins.find((o: Json) => o.CustomOriginConfig);
    expect(apiOrigin.CustomOriginConfig).toEqual({
      OriginProtocolPolicy: 'https-only',
      OriginSSLProtocols: ['TLSv1.2'],
    });
    expect(JSON.stringify(apiOrigin.DomainName)).toContain('.execute-api.ap-southeast-3.');
    // The cached announcement paths come first: CloudFront takes the first pattern that matches.
    expect(c.CacheBehaviors.map((b: Json) => b.PathPattern)).toEqual([...CACHED_API_PATHS, ...API_PATHS]);
    expect(API_PATHS).toEqual(expect.arrayContaining(['/v1/*', '/health', '/docs']));
    // The document is a static file of the site, built at synth time (see the deployment test).
    expect(API_PATHS).not.toContain('/openapi.json');
    for (const b of c.CacheBehaviors.filter((x: Json) => API_PATHS.includes(x.PathPattern))) {
      expect(b.TargetOriginId).toBe(apiOrigin.Id);
      expect(b.CachePolicyId).toBe(CACHING_DISABLED);
      expect(b.OriginRequestPolicyId).toBe(ALL_VIEWER_EXCEPT_HOST_HEADER);
      expect(b.AllowedMethods).toEqual(expect.arrayContaining(['POST', 'PATCH', 'DELETE']));
      expect(b.ViewerProtocolPolicy).toBe('https-only');
      const headers = headersPolicy(b.ResponseHeadersPolicyId).SecurityHeadersConfig;
      expect(headers.StrictTransportSecurity.AccessControlMaxAgeSec).toBe(63_072_000);
    }
  });

  it('caches the public recruitment announcements at the edge as the API says, GET and HEAD only, forwarding nothing', async () => {
    const { apiDocument } = await import('../../functions/registry');
    const paths = Object.keys((apiDocument() as { paths: Record<string, unknown> }).paths);
    const glob = (pattern: string) =>
      new RegExp(`^${pattern.replace(/[.+^$()|{}[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    const c = config();
    const first = (path: string) => c.CacheBehaviors.find((b: Json) => glob(b.PathPattern).test(path));
    const id = '01HZX4K7Q9R2M3N4P5S6T7V8W9';
    const announcementPaths = paths.filter((p) => /\/announcements/.test(p) && p.startsWith('/v1/public/'));
    expect(announcementPaths).toHaveLength(2);
    const cachePolicyIds = new Set<string>();
    for (const p of announcementPaths) {
      const b = first(p.replace('{tenant}', 'lampung').replace(/\{[^}]+\}/g, id));
      expect(CACHED_API_PATHS, p).toContain(b.PathPattern);
      expect(b.AllowedMethods.sort()).toEqual(['GET', 'HEAD']);
      expect(b.OriginRequestPolicyId).toBeUndefined();
      expect(b.TargetOriginId).toBe(c.Origins.find((o: Json) => o.CustomOriginConfig).Id);
      cachePolicyIds.add(JSON.stringify(b.CachePolicyId));
    }
    expect(cachePolicyIds.size).toBe(1);
    const policy =
      t.web.toJSON().Resources[JSON.parse([...cachePolicyIds][0]!).Ref].Properties.CachePolicyConfig;
    expect(policy).toMatchObject({ MinTTL: 0, DefaultTTL: 0, MaxTTL: 86_400 });
    const key = policy.ParametersInCacheKeyAndForwardedToOrigin;
    expect(key).toMatchObject({
      CookiesConfig: { CookieBehavior: 'none' },
      HeadersConfig: { HeaderBehavior: 'none' },
      QueryStringsConfig: { QueryStringBehavior: 'none' },
    });
    // Everything else of /v1 stays uncached: the staff publishing route, the applicant's own routes.
    expect(first('/v1/recruitment/announcements').PathPattern).toBe('/v1/*');
    expect(first(`/v1/recruitment/me/applications/${id}`).PathPattern).toBe('/v1/*');
    expect(first(`/v1/public/lampung/recruitment/rounds/${id}`).PathPattern).toBe('/v1/*');
  });

  it("sets no CSP over the API's answers, so the QR poster's own policy (its print button) reaches the browser", async () => {
    const { apiDocument } = await import('../../functions/registry');
    const paths = Object.keys((apiDocument() as { paths: Record<string, unknown> }).paths);
    const poster = paths.find((p) => /^\/v1\/surveys\/units\/\{unitId\}\/poster$/.test(p));
    expect(poster).toBeDefined();
    // CloudFront takes the first behavior whose pattern matches (* any characters, ? one), else the default.
    const glob = (pattern: string) => {
      const escaped = pattern.replace(/[.+^$()|{}[\]\\]/g, '\\$&');
      return new RegExp(`^${escaped.replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
    };
    const c = config();
    const behavior = c.CacheBehaviors.find((b: Json) =>
      glob(b.PathPattern).test(poster!.replace('{unitId}', '01HZX4K7Q9R2M3N4P5S6T7V8W9')),
    );
    expect(behavior?.PathPattern).toBe('/v1/*');
    expect(behavior.TargetOriginId).toBe(c.Origins.find((o: Json) => o.CustomOriginConfig).Id);
    for (const b of c.CacheBehaviors) {
      const policy = headersPolicy(b.ResponseHeadersPolicyId);
      expect(policy.SecurityHeadersConfig.ContentSecurityPolicy).toBeUndefined();
      expect(JSON.stringify(policy.CustomHeadersConfig ?? {})).not.toMatch(/content-security-policy/i);
      // What the API's policy does set still holds for the page.
      expect(policy.SecurityHeadersConfig.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
    }
    // The SPA's CSP, which would refuse the handler, is the default behavior's alone.
    const web = headersPolicy(c.DefaultCacheBehavior.ResponseHeadersPolicyId);
    expect(web.SecurityHeadersConfig.ContentSecurityPolicy.Override).toBe(true);
  });

  it('is guarded by the us-east-1 web ACL and logs to the us-east-1 log bucket', () => {
    const c = config();
    expect(c.WebACLId['Fn::GetStackOutput']).toMatchObject({
      StackName: 'Pamong-dev-Protection',
      Region: 'us-east-1',
    });
    expect(c.WebACLId['Fn::GetStackOutput'].OutputName).toContain('WebAcl');
    expect(c.Logging.Bucket['Fn::GetStackOutput']).toMatchObject({ Region: 'us-east-1' });
    expect(c.Logging.Bucket['Fn::GetStackOutput'].OutputName).toContain('CloudFrontLogs');
  });
});

describe('web stack: options', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'pamong-web-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('uses the default certificate without a domain, and TLS 1.2 (2021) with one', async () => {
    expect(config().ViewerCertificate).toBeUndefined();
    const nag = distribution().Metadata.cdk_nag.rules_to_suppress.map((r: Json) => r.id);
    expect(nag).toContain('AwsSolutions-CFR4');

    const certificateArn =
      'arn:aws:acm:us-east-1:111111111111:certificate/00000000-0000-0000-0000-000000000000';
    const withDomain = await synthFast({ context: { domainName: 'pamong.example.go.id', certificateArn } });
    expect(config(withDomain.templates).Aliases).toEqual(['pamong.example.go.id']);
    expect(config(withDomain.templates).ViewerCertificate).toEqual({
      AcmCertificateArn: certificateArn,
      MinimumProtocolVersion: 'TLSv1.2_2021',
      SslSupportMethod: 'sni-only',
    });
    expect(distribution(withDomain.templates).Metadata?.cdk_nag).toBeUndefined();
    await expect(synthFast({ context: { domainName: 'pamong.example.go.id' } })).rejects.toThrow(
      'go together',
    );
  });

  it('uploads the built SPA only when there is one', async () => {
    expect(resources(t.web, 'Custom::CDKBucketDeployment')).toHaveLength(0);
    writeFileSync(join(scratch, 'index.html'), '<!doctype html><title>Pamong</title>');
    const withSite = await synthFast({ webDistDir: scratch });
    const deployments = resources(withSite.templates.web, 'Custom::CDKBucketDeployment');
    expect(deployments).toHaveLength(1);
    expect(deployments[0]![1].Properties.DistributionPaths).toEqual(['/*']);
    // Two sources: the SPA and /openapi.json, the document built from the routes at synth time.
    expect(deployments[0]![1].Properties.SourceObjectKeys).toHaveLength(2);
  });

  it('builds the uploaded OpenAPI document from the routes of every function', async () => {
    const { apiDocument } = await import('../../functions/registry');
    const doc = apiDocument() as { openapi: string; paths: Record<string, Record<string, Json>> };
    expect(doc.openapi).toBe('3.1.0');
    const ids = Object.values(doc.paths).flatMap((p) => Object.values(p).map((op) => op.operationId));
    expect(ids).toEqual(expect.arrayContaining(['login', 'submitSurveyResponse', 'createEmployee']));
  });
});
