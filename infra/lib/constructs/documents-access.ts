import { Aws } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as s3 from 'aws-cdk-lib/aws-s3';

/**
 * Where the employee import keeps its files: `<tenantId>/imports/<jobId>.<format>` (the import
 * job's documentKey, packages/db/src/repos/personnel/imports.ts). The tenant comes first, so the
 * prefix is a pattern, not a literal.
 */
export const IMPORT_OBJECTS = '*/imports/*';

/**
 * Read and write of import files: the API presigns the browser's PUT with these credentials, and
 * the worker reads the file back. ListBucket (bucket-wide; it reveals key names, which are ids
 * only) is what makes S3 answer 404 rather than 403 for a file not uploaded yet, which the API
 * turns into a 409 "upload first".
 */
export function importFileAccess(bucket: s3.IBucket): iam.PolicyStatement[] {
  return [
    new iam.PolicyStatement({
      actions: ['s3:GetObject', 's3:PutObject'],
      resources: [bucket.arnForObjects(IMPORT_OBJECTS)],
    }),
    new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }),
  ];
}

/**
 * The bucket's key, only through S3 and only for this bucket: with an S3 bucket key the encryption
 * context is the bucket ARN. GenerateDataKey for writes, Decrypt for reads.
 */
export function documentsKeyUse(bucket: s3.IBucket, key: kms.IKey): iam.PolicyStatement {
  return new iam.PolicyStatement({
    actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
    resources: [key.keyArn],
    conditions: {
      StringEquals: {
        'kms:ViaService': `s3.${Aws.REGION}.${Aws.URL_SUFFIX}`,
        'kms:EncryptionContext:aws:s3:arn': bucket.bucketArn,
      },
    },
  });
}

export const IMPORT_OBJECTS_SUPPRESSION = {
  id: 'AwsSolutions-IAM5',
  reason:
    'Import files are keyed <tenantId>/imports/<jobId>; the leading wildcard is the tenant segment, and nothing outside imports/ is reachable.',
  appliesTo: [{ regex: '/^Resource::.*\\/\\*\\/imports\\/\\*$/g' }],
};

/**
 * Where a leave request's attachments live (a sick leave's doctor's note: health data, UU 27/2022):
 * `<tenantId>/leave/<employeeId>/<id>.<ext>` (packages/db/src/repos/attendance/leave-files.ts). Only
 * the attendance function reaches them, and only this prefix.
 */
export const LEAVE_OBJECTS = '*/leave/*';

/** Read and write of leave attachments, and ListBucket so a missing upload is a 404, not a 403. */
export function leaveFileAccess(bucket: s3.IBucket): iam.PolicyStatement[] {
  return [
    new iam.PolicyStatement({
      actions: ['s3:GetObject', 's3:PutObject'],
      resources: [bucket.arnForObjects(LEAVE_OBJECTS)],
    }),
    new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }),
  ];
}

export const LEAVE_OBJECTS_SUPPRESSION = {
  id: 'AwsSolutions-IAM5',
  reason:
    'Leave attachments are keyed <tenantId>/leave/<employeeId>/<id>; the leading wildcard is the tenant segment, and nothing outside leave/ is reachable.',
  appliesTo: [{ regex: '/^Resource::.*\\/\\*\\/leave\\/\\*$/g' }],
};

/**
 * Where an SKP realisation's evidence documents live: `<tenantId>/skp/<skpId>/<documentId>`
 * (packages/db/src/repos/performance/skp-documents.ts). Only the performance function reaches them,
 * and only this prefix.
 */
export const SKP_OBJECTS = '*/skp/*';

/** Read and write of SKP evidence, and ListBucket so a missing upload is a 404, not a 403. */
export function skpFileAccess(bucket: s3.IBucket): iam.PolicyStatement[] {
  return [
    new iam.PolicyStatement({
      actions: ['s3:GetObject', 's3:PutObject'],
      resources: [bucket.arnForObjects(SKP_OBJECTS)],
    }),
    new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }),
  ];
}

export const SKP_OBJECTS_SUPPRESSION = {
  id: 'AwsSolutions-IAM5',
  reason:
    'SKP evidence is keyed <tenantId>/skp/<skpId>/<documentId>; the leading wildcard is the tenant segment, and nothing outside skp/ is reachable.',
  appliesTo: [{ regex: '/^Resource::.*\\/\\*\\/skp\\/\\*$/g' }],
};
