import { TABLE } from '@pamong/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { only, resources, synthFast, type Templates } from './support';

let t: Templates;
beforeAll(async () => {
  ({ templates: t } = await synthFast());
});

describe('data stack: the table', () => {
  const table = () => {
    const found = resources(t.data, 'AWS::DynamoDB::Table');
    expect(found).toHaveLength(1);
    return found[0]![1];
  };

  it('has the keys and every GSI of the shared TABLE definition', () => {
    const { Properties: p } = table();
    expect(p.KeySchema).toEqual([
      { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
    ]);
    expect(
      p.GlobalSecondaryIndexes.map((ix: { IndexName: string; KeySchema: unknown; Projection: unknown }) => [
        ix.IndexName,
        ix.KeySchema,
        ix.Projection,
      ]),
    ).toEqual(
      TABLE.indexes.map((ix) => [
        ix.name,
        [
          { AttributeName: ix.partitionKey, KeyType: 'HASH' },
          { AttributeName: ix.sortKey, KeyType: 'RANGE' },
        ],
        { ProjectionType: 'ALL' },
      ]),
    );
    const names = [
      TABLE.partitionKey,
      TABLE.sortKey,
      ...TABLE.indexes.flatMap((i) => [i.partitionKey, i.sortKey]),
    ];
    expect(p.AttributeDefinitions).toEqual(
      expect.arrayContaining(names.map((AttributeName) => ({ AttributeName, AttributeType: 'S' }))),
    );
    expect(p.AttributeDefinitions).toHaveLength(new Set(names).size);
  });

  it('is on-demand, with PITR, deletion protection, TTL and retained on stack deletion', () => {
    const { Properties: p, DeletionPolicy, UpdateReplacePolicy } = table();
    expect(p.BillingMode).toBe('PAY_PER_REQUEST');
    expect(p.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(p.DeletionProtectionEnabled).toBe(true);
    expect(p.TimeToLiveSpecification).toEqual({ AttributeName: TABLE.ttlAttribute, Enabled: true });
    expect([DeletionPolicy, UpdateReplacePolicy]).toEqual(['Retain', 'Retain']);
  });

  it('is encrypted with the customer-managed key, which rotates and is retained', () => {
    const [keyId, key] = only(t.data, 'AWS::KMS::Key');
    expect(key.Properties.EnableKeyRotation).toBe(true);
    expect(key.DeletionPolicy).toBe('Retain');
    expect(table().Properties.SSESpecification).toEqual({
      SSEEnabled: true,
      SSEType: 'KMS',
      KMSMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] },
    });
  });
});

describe('data stack: the documents bucket', () => {
  it('is versioned, private, KMS-encrypted, access-logged and retained', () => {
    const [keyId] = only(t.data, 'AWS::KMS::Key');
    const docs = resources(t.data, 'AWS::S3::Bucket').filter(([, b]) => b.Properties.VersioningConfiguration);
    expect(docs).toHaveLength(1);
    const [, bucket] = docs[0]!;
    expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(
      bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault,
    ).toEqual({
      SSEAlgorithm: 'aws:kms',
      KMSMasterKeyID: { 'Fn::GetAtt': [keyId, 'Arn'] },
    });
    expect(bucket.Properties.LoggingConfiguration.DestinationBucketName).toEqual({ Ref: expect.any(String) });
    expect(bucket.DeletionPolicy).toBe('Retain');
  });
});
