import { Duration } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { NagSuppressions } from 'cdk-nag';
import type { Construct } from 'constructs';

/** What every bucket of ours has: no public access, TLS 1.2+ only. */
export const PRIVATE_BUCKET = {
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  enforceSSL: true,
  minimumTLSVersion: 1.2,
} as const satisfies s3.BucketProps;

export interface LogBucketProps {
  /** CloudFront standard logs are written with ACLs, so that bucket must keep ACLs enabled. */
  acls?: boolean;
}

/** A bucket that receives S3 server access logs or CloudFront logs, kept for a year. */
export function logBucket(scope: Construct, id: string, props: LogBucketProps = {}): s3.Bucket {
  const bucket = new s3.Bucket(scope, id, {
    ...PRIVATE_BUCKET,
    // Log delivery cannot write into SSE-KMS buckets without extra key policy; SSE-S3 is what AWS documents.
    encryption: s3.BucketEncryption.S3_MANAGED,
    objectOwnership: props.acls
      ? s3.ObjectOwnership.BUCKET_OWNER_PREFERRED
      : s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    lifecycleRules: [{ expiration: Duration.days(365) }],
  });
  NagSuppressions.addResourceSuppressions(bucket, [
    {
      id: 'AwsSolutions-S1',
      reason:
        'This is the access-log bucket itself; logging it into another bucket would only move the problem.',
    },
  ]);
  return bucket;
}
