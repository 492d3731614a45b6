import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { NagSuppressions } from 'cdk-nag';
import type { Construct } from 'constructs';
import { logBucket, PRIVATE_BUCKET } from './constructs/buckets';
import { SPA_REWRITE_CODE } from './constructs/spa-rewrite';

/**
 * Paths CloudFront sends to the HTTP API instead of the bucket, so the WAF guards the API as well.
 * `/openapi.json` is not among them: it is built at synth time and uploaded with the site, so no
 * function carries the document's generator.
 */
export const API_PATHS = ['/v1/*', '/health', '/docs', '/docs/*'];

/**
 * Recruitment announcements (issue 12 §4): public, the same for everyone, and read by everyone at
 * once on a results day. CloudFront caches them for as long as the API's Cache-Control says (a
 * version is immutable; a round's list is kept a minute), so that day is served from the edge.
 * Listed before `/v1/*`, which CloudFront would otherwise match first.
 */
export const CACHED_API_PATHS = [
  '/v1/public/*/recruitment/announcements/*',
  '/v1/public/*/recruitment/rounds/*/announcements',
];

export interface WebStackProps extends StackProps {
  apiDomainName: string;
  /**
   * The documents bucket's regional domain: the browser PUTs uploads (an employee import, a leave
   * attachment) straight to its presigned URLs, so the CSP must let it connect there.
   */
  documentsDomainName: string;
  webAclArn: string;
  cloudFrontLogs: s3.IBucket;
  /** Built SPA (web/dist); undefined on a fresh clone, and then nothing is uploaded. */
  webDistDir?: string;
  /** The merged OpenAPI document, uploaded with the site as `/openapi.json`. */
  openApiDocument?: unknown;
  /** A custom domain with an ACM certificate in us-east-1; without one CloudFront's default certificate is used. */
  domain?: { name: string; certificateArn: string };
}

export class WebStack extends Stack {
  readonly distribution: cloudfront.Distribution;
  readonly siteBucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, props);

    this.siteBucket = new s3.Bucket(this, 'Site', {
      ...PRIVATE_BUCKET,
      encryption: s3.BucketEncryption.S3_MANAGED,
      serverAccessLogsBucket: logBucket(this, 'AccessLogs'),
      serverAccessLogsPrefix: 'site/',
    });

    const hsts = {
      accessControlMaxAge: Duration.days(730),
      includeSubdomains: true,
      preload: true,
      override: true,
    };
    const common = {
      strictTransportSecurity: hsts,
      frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
      contentTypeOptions: { override: true },
      referrerPolicy: {
        referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
        override: true,
      },
    };
    const csp = [
      "default-src 'self'",
      "img-src 'self' data:",
      // Documents the app fetched with its token (a PDF of an application) shown in a frame.
      "frame-src 'self' blob:",
      "style-src 'self' 'unsafe-inline'",
      "script-src 'self'",
      `connect-src 'self' https://${props.apiDomainName} https://${props.documentsDomainName}`,
      "frame-ancestors 'none'",
    ].join('; ');
    const webHeaders = new cloudfront.ResponseHeadersPolicy(this, 'WebHeaders', {
      comment: 'SPA: HSTS, CSP, frame deny',
      securityHeadersBehavior: {
        ...common,
        contentSecurityPolicy: { contentSecurityPolicy: csp, override: true },
      },
    });
    // No CSP on API answers: JSON needs none, /docs loads its reference UI from a CDN, and the QR
    // poster (GET /v1/surveys/units/{unitId}/poster) sends its own, which allows its print button's
    // handler by hash; the SPA's CSP above, set with override, would refuse it (tests/infra/web.test.ts).
    const apiHeaders = new cloudfront.ResponseHeadersPolicy(this, 'ApiHeaders', {
      comment: 'API: HSTS, frame deny, nosniff',
      securityHeadersBehavior: common,
    });

    const apiBehavior: cloudfront.BehaviorOptions = {
      origin: new origins.HttpOrigin(props.apiDomainName, {
        protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
        originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
      }),
      // HTTPS only, not a redirect: a redirected POST would lose its body.
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: apiHeaders,
    };

    // The announcements' behaviour: GET and HEAD only, no cookies, headers or query in the key and
    // none forwarded (no Authorization: these routes are public), TTLs from the API's Cache-Control.
    const announcementCache = new cloudfront.CachePolicy(this, 'AnnouncementCache', {
      comment: 'Public recruitment announcements: as the API says',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.days(1),
      cookieBehavior: cloudfront.CacheCookieBehavior.none(),
      headerBehavior: cloudfront.CacheHeaderBehavior.none(),
      queryStringBehavior: cloudfront.CacheQueryStringBehavior.none(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    const cachedApiBehavior: cloudfront.BehaviorOptions = {
      ...apiBehavior,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
      cachedMethods: cloudfront.CachedMethods.CACHE_GET_HEAD,
      cachePolicy: announcementCache,
      originRequestPolicy: undefined,
    };

    const spaRewrite = new cloudfront.Function(this, 'SpaRewrite', {
      code: cloudfront.FunctionCode.fromInline(SPA_REWRITE_CODE),
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      comment: 'Client-side routes get /index.html',
    });

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: `Pamong ${this.stackName}`,
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.siteBucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: webHeaders,
        functionAssociations: [
          { function: spaRewrite, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST },
        ],
      },
      additionalBehaviors: Object.fromEntries([
        ...CACHED_API_PATHS.map((path) => [path, cachedApiBehavior] as const),
        ...API_PATHS.map((path) => [path, apiBehavior] as const),
      ]),
      webAclId: props.webAclArn,
      enableLogging: true,
      logBucket: props.cloudFrontLogs,
      logFilePrefix: `${this.stackName}/`,
      // Asia (incl. Jakarta) without the most expensive edge locations.
      priceClass: cloudfront.PriceClass.PRICE_CLASS_200,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      ...(props.domain
        ? {
            domainNames: [props.domain.name],
            certificate: acm.Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn),
            minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
            sslSupportMethod: cloudfront.SSLMethod.SNI,
          }
        : {}),
    });
    if (!props.domain) {
      NagSuppressions.addResourceSuppressions(this.distribution, [
        {
          id: 'AwsSolutions-CFR4',
          reason:
            'No custom domain yet: the default *.cloudfront.net certificate has a fixed policy. Pass -c domainName=... -c certificateArn=... to get TLSv1.2_2021.',
        },
      ]);
    }

    if (props.webDistDir) this.deploySite(props.webDistDir, props.openApiDocument);

    new CfnOutput(this, 'Url', {
      value: `https://${props.domain?.name ?? this.distribution.distributionDomainName}`,
    });
  }

  private deploySite(dir: string, openApiDocument: unknown) {
    new s3deploy.BucketDeployment(this, 'DeploySite', {
      sources: [
        s3deploy.Source.asset(dir),
        ...(openApiDocument ? [s3deploy.Source.jsonData('openapi.json', openApiDocument)] : []),
      ],
      destinationBucket: this.siteBucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
    });
    // BucketDeployment's handler is a CDK-provided singleton; its runtime and role are not ours to shape.
    for (const child of this.node.children) {
      if (!child.node.id.startsWith('Custom::CDKBucketDeployment')) continue;
      NagSuppressions.addResourceSuppressions(
        child,
        [
          {
            id: 'AwsSolutions-L1',
            reason: 'Runtime of the CDK-provided BucketDeployment handler, pinned by aws-cdk-lib.',
          },
          {
            id: 'AwsSolutions-IAM4',
            reason: 'The CDK BucketDeployment handler uses AWSLambdaBasicExecutionRole for its own logs.',
          },
          {
            id: 'AwsSolutions-IAM5',
            reason:
              'The CDK BucketDeployment handler copies whole prefixes (object wildcards) into the site bucket.',
          },
        ],
        true,
      );
    }
  }
}
