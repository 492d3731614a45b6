import { beforeAll, describe, expect, it } from 'vitest';
import { asArray, type Json, resources, synthFast, type Templates } from './support';

let t: Templates;
beforeAll(async () => {
  ({ templates: t } = await synthFast());
});

const allBuckets = () =>
  Object.entries(t).flatMap(([stack, tpl]) =>
    resources(tpl, 'AWS::S3::Bucket').map(([id, bucket]) => ({ stack, id, bucket, tpl })),
  );

describe('every bucket', () => {
  it('exists where expected (documents, site, access logs, CloudFront logs)', () => {
    const perStack = Object.fromEntries(
      Object.entries(t).map(([s, tpl]) => [s, resources(tpl, 'AWS::S3::Bucket').length]),
    );
    expect(perStack).toEqual({ data: 2, identity: 0, api: 0, protection: 1, web: 2 });
  });

  it('blocks all public access', () => {
    for (const { stack, id, bucket } of allBuckets()) {
      expect(bucket.Properties.PublicAccessBlockConfiguration, `${stack}/${id}`).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties.BucketEncryption, `${stack}/${id}`).toBeDefined();
    }
  });

  it('has a bucket policy that denies any request without TLS, or below TLS 1.2', () => {
    for (const { stack, id, tpl } of allBuckets()) {
      const statements: Json[] = resources(tpl, 'AWS::S3::BucketPolicy')
        .filter(([, p]) => p.Properties.Bucket.Ref === id)
        .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
      const denies = statements.filter((s) => s.Effect === 'Deny' && s.Principal?.AWS === '*');
      const noTls = denies.find((s) => s.Condition?.Bool?.['aws:SecureTransport'] === 'false');
      expect(noTls, `${stack}/${id} denies plain HTTP`).toBeDefined();
      expect(asArray(noTls.Action)).toContain('s3:*');
      // Both the bucket and its objects.
      expect(asArray(noTls.Resource)).toHaveLength(2);
      const oldTls = denies.find((s) => s.Condition?.NumericLessThan?.['s3:TlsVersion'] === 1.2);
      expect(oldTls, `${stack}/${id} denies TLS < 1.2`).toBeDefined();
    }
  });
});
